"""Who is in the news: people, countries and organisations, with in-article coreference.

Rule- and gazetteer-based (word lists in ``timeline/resources/``), fast enough
to run on every article. ``find_actors(text)`` returns every actor mention in
text order with exact offsets; ``ActorRegistry`` gathers mentions across
articles under one canonical name per actor.

    >>> [m.name for m in find_actors("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart.")]
    ['Sergei Lavrov']
"""

from __future__ import annotations

from collections.abc import Mapping

from .agencyref import agency_references
from .aliases import apply_aliases, read_alias_file
from .bodyref import body_leaders, pan_bodies
from .coref import Resolver
from .forces import story_country, story_forces, story_rebels
from .oppref import story_opposition
from .rebel_group import story_rebel_group
from .members import group_members
from .itacts import acting_it
from .jointoffice import joint_offices
from .kinref import kin_references
from .leadergov import leader_governments
from .mention import ActorMention
from .names import canonical_key
from .docref import document_speakers
from .counted import counted_states
from .govforce import government_forces
from .govref import government_references
from .govofficials import government_officials
from .officials import home_officials
from .orgref import organisation_references
from .outlets import reporting_papers
from .peoples import stateless_peoples
from .personref import lead_descriptions, person_references
from .recognize import find_candidates
from .registry import ActorRegistry
from .theyref import they_references

__all__ = ["ActorMention", "ActorRegistry", "canonical_key", "find_actors", "read_alias_file"]


def find_actors(text: str, *, aliases: Mapping[str, str] | None = None, title: str | None = None) -> list[ActorMention]:
    """All actor mentions in ``text``, in text order, coreference resolved.

    ``aliases`` (alias -> canonical name, as from ``read_alias_file``) renames
    the actors it covers and finds its alias strings in the text. ``title``, the
    headline when it is not part of ``text``, names people in full before the
    text does ("... Meeting with Prime Minister of Ukraine Denys Shmyhal": the
    text's "Prime Minister Shmyhal" is Denys Shmyhal); it gives no mentions.
    """
    scanner, bare, pronouns = find_candidates(text)
    resolver = Resolver(scanner)
    if title:
        resolver.prime(title)
    mentions = resolver.run(scanner.raws, bare, pronouns, text)
    mentions = joint_offices(text, mentions)  # "UN and Arab League envoy Kofi Annan": the UN is the title's, no party
    mentions = organisation_references(text, mentions)
    mentions = kin_references(text, mentions)  # "Assad's father crushed ...": Hafez al-Assad, whom the story may not name
    mentions = reporting_papers(text, mentions)  # "told the New York Times": the medium, no party
    mentions = person_references(text, mentions)  # "Tycoon Rami Makhlouf ... The tycoon said": the person so described
    mentions = lead_descriptions(text, mentions)  # "The most senior officer to defect ... has said": named next
    mentions = acting_it(text, mentions)  # "The EU imposed ... . It also imposed sanctions": the subject before
    mentions = leader_governments(text, mentions)  # "the Assad regime", "the Obama administration": the leader's state
    mentions = story_forces(text, mentions)  # "troops", "security forces": the story's country
    # the story's country, read once for the passes below: with the forces of leaders story_forces adds ("Assad's
    # forces": Syria), not with the states those passes add (mostly that country itself)
    country = story_country(mentions)
    mentions = story_rebels(text, mentions, country)  # "rebels had killed": the story's armed group, or its rebels
    mentions = story_rebel_group(mentions)  # "Syrian rebels" in a story naming the Free Syrian Army: it (rule 36)
    mentions = story_opposition(text, mentions, country)  # "The opposition has accused": the story's opposition
    mentions = document_speakers(text, mentions, country)  # "An official statement said": the story's government
    mentions = agency_references(text, mentions, country)  # "The official news agency said": the story's agency
    mentions = government_references(text, mentions, country)  # "Authorities responded", "the kingdom": the state
    mentions = government_officials(text, mentions, country)  # "Government officials had earlier denied": the state
    mentions = government_forces(text, mentions, country)  # "an armored government force stormed": the story's
    mentions = home_officials(text, mentions, country)  # "DAMASCUS (Reuters) - ... Officials later met": Syria's
    mentions = stateless_peoples(text, mentions, country)  # "Ethnic Kurds have long complained": the story's Kurds
    mentions = pan_bodies(text, mentions)  # "The pan-Arab body had threatened sanctions": the Arab League
    mentions = body_leaders(text, mentions)  # "European leaders warned": the body the story names (its summit)
    mentions = counted_states(text, mentions)  # "But the two permanent members have backed": the pair named before
    mentions = group_members(text, mentions)  # "Western countries including the United States and France"
    # again, now that the passes above named the states and bodies their descriptions are ("The government of
    # President X says ... . It blames the unrest on armed gangs": Syria; "The pan-Arab body ... . It")
    mentions = acting_it(text, mentions)
    mentions = they_references(text, mentions)  # "Britain and France ... . They": the plural subject before
    if aliases:
        mentions = apply_aliases(text, mentions, aliases)
    return mentions
