"""Who, in the words of the text, makes a statement: the speaker's kind and office.

A statement's ``actor1`` codes an organisation's or a country's unnamed official as the body ("a UN
spokeswoman", "the UN rights chief": United Nations; "a U.S. official": United States). Different officials
of one body are different speakers, so merging (``timeline/merge.py``) needs more than ``actor1``: the
phrase that names the speaker. ``speaker_office`` gives it as ``(kind, office)``: ``kind`` is how the speaker is
coded (person, country, organization, group) and ``office`` the official the phrase names ("united nations
spokesperson", "officials"), or "" when the body speaks itself ("The United Nations says", "Washington
voiced concern", "the League said").
"""

from __future__ import annotations

import re

from ..actors import ActorMention
from .roles import coded


def speaker_office(actors: list[ActorMention], actor1: str | None, at: int) -> tuple[str, str] | None:
    """(kind, office) of the mention that codes to ``actor1`` nearest to ``at`` (the reporting verb), or None
    when no mention of the sentence codes to it (the authors of a joint statement, a transcript's speaker)."""
    found = _coding_to(actors, actor1)
    if not found:
        return None
    a, code = min(found, key=lambda ac: (abs(ac[0].start - at), ac[0].start))
    if code.kind == "person":
        return code.kind, ""
    return code.kind, (a.role or "").lower()


def _coding_to(actors: list[ActorMention], actor1: str | None) -> list[tuple[ActorMention, ActorMention]]:
    """(mention, its code) for each of the sentence's own mentions (not a place, not the dateline) that codes to
    ``actor1``, coding each mention once; none when ``actor1`` is None."""
    if actor1 is None:
        return []
    out = []
    for a in actors:
        if a.placed or "dateline" in a.flags:
            continue
        code = coded(a)
        if code.name == actor1:
            out.append((a, code))
    return out


# the unnamed officials through whom a body speaks ("a UN spokeswoman", "one senior Jordanian official", "the French
# foreign ministry", "one of the senior FSA commanders"): each is a speaker of their own
_OFFICIAL = re.compile(r"(?:^|\s)(?:officials?|spokes(?:man|woman|person)|commanders?|ministry)$")
# between the official and the verb: nothing, "who" ("one senior Jordanian official, who said"), or a few words of
# the phrase ("officials in the area told"), no clause break
_OFFICIAL_TO_VERB = re.compile(r"(?:,\s*who)?(?:\s+[\w-]+){0,3}\s+(?:also\s+)?")


def official_speaker(text: str, actors: list[ActorMention], actor1: str | None, start: int, end: int) -> str | None:
    """The office of the unnamed official of ``actor1`` (a body or a state) that is the subject of the saying verb at
    ``start``-``end``, right before it ("a UN spokeswoman said", "government officials say") or right after it
    ("said a UN spokeswoman"), or None (the body itself, "the league said"; a person; a mention further off)."""
    for a, code in _coding_to(actors, actor1):
        role = (a.role or "").lower()
        if code.kind == "person" or not _OFFICIAL.search(role):
            continue
        if a.end <= start and _OFFICIAL_TO_VERB.fullmatch(text, a.end, start) is not None \
                or a.start >= end and not text[end:a.start].strip(" "):
            return role
    return None


# a quotation mark between a name and the verb: the name is the quotation's ('"President Assad must go," he said')
_QUOTE_MARK = re.compile(r"[\"“”]")


def introduced(text: str, actors: list[ActorMention], at: int) -> bool:
    """Does the saying verb at ``at`` have a speaker brought in right before it by name and title ("Jakob Kellenberger,
    president of the International Committee of the Red Cross (ICRC), said"), not one referred back to ("he said",
    "Lavrov added", "the ministry said")? A person's name with its role, a few words before the verb, no quotation
    mark between."""
    return any(a.kind == "person" and a.basis == "name" and a.role and not a.placed and a.end <= at <= a.end + 40
               and _QUOTE_MARK.search(text, a.end, at) is None for a in actors)


# a quotation ending right before its attribution ('"...," he said', '"...," Mr Maliki said', 'out," he told reporters')
_QUOTE_BEFORE = re.compile(r"[,.?!…-]\s*[\"”]\s+[^\"“”]{0,60}$")
_QUOTE_OPENS = re.compile(r"\s*[\"“]")
_QUOTE_AFTER = re.compile(r"\s*:\s*[\"“]")  # 'He said: "It has been one year ..."'


def quote_goes_on(text: str, start: int, verb_end: int) -> bool:
    """Is the saying whose verb ends at ``verb_end``, in the sentence from ``start``, the attribution of a quotation
    ('"They will be held accountable ...," President Obama added', 'He said: "..."'): the speaker's own words?"""
    head = text[start:verb_end]
    return _QUOTE_BEFORE.search(head) is not None \
        and (_QUOTE_OPENS.match(head) is not None or "“" not in head and head.count('"') == 1) \
        or _QUOTE_AFTER.match(text, verb_end) is not None


# what may stand between a saying's subject and its verb: "Hamas has since said", "the Interior Ministry now says"
SUBJECT_TO_SAYING = re.compile(r"\s*(?:(?:has|have|had|now|also|still|since|previously|long|repeatedly|again|often)\s+)*")
# the end of a subject's apposition that names the body its speaker speaks for: "Adrian Edwards, spokesman for the UN
# refugee agency (UNHCR), told"
_APPOSITION_END = re.compile(r"\)?,\s*")
# between an inverted saying and its subject: "said the lawmaker", "says Anatolia"
_INVERTED_TO_SUBJECT = re.compile(r"\s+(?:the\s+)?")


def names_again(subject: ActorMention | None, phrases: frozenset[str] | set[str], actor1: str, low: str, start: int,
                end: int) -> bool:
    """Does the subject of the saying whose verb group runs from ``start`` to ``end`` refer back to the speaker
    ``actor1`` of an earlier speech named by ``phrases`` (the lowered phrases that named it): a pronoun ("It said"),
    the same phrase ("Turkey says ... Turkey said") or a phrase that names the speaker itself ("Anatolia news agency
    says ... Anatolia reports"), written as the saying's subject (``stands_as_subject``)?"""
    if subject is None:
        return False
    if subject.basis == "pronoun":
        return True
    return (subject.text.lower() in phrases or subject.name == actor1) and stands_as_subject(subject, low, start, end)


def stands_as_subject(subject: ActorMention, low: str, start: int, end: int) -> bool:
    """Is ``subject`` written as the subject of the saying whose verb group runs from ``start`` to ``end``: right before
    it ("Turkey said", "the UN now says"), ending the apposition of a speaker who speaks for it ("Adrian Edwards,
    spokesman for the UN refugee agency (UNHCR), told") or right after it ("said the lawmaker")? Not a name the speaker
    was resolved from elsewhere: inside a quotation ('"Iran has many good relationship ...," said the Shi'ite
    lawmaker'), or modifying the subject's noun ("Some NTC combatants said": other people of the body)."""
    if subject.end <= start:
        return SUBJECT_TO_SAYING.fullmatch(low, subject.end, start) is not None \
            or _APPOSITION_END.fullmatch(low, subject.end, start) is not None
    return _INVERTED_TO_SUBJECT.fullmatch(low, end, subject.start) is not None
