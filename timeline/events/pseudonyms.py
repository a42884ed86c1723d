"""A name the story gives as a pseudonym or as the name a speaker gave for himself names no one it vouches for.

Features and wire copy quote people who will not be named under a name they choose: "Maya, a Syrian activist who uses
a pseudonym", "Mohammed Fazo, an activist using a pseudonym, told the BBC", "a resident of Homs, who gave his name as
Osama", "the man, who identified himself only as Abu Fadi", "another activist, who asked to be referred to as Ammar".
events_gold_fresh3's and events_gold_fresh21's notes: "unnamed or pseudonymous speakers are no rows"; such a speaker
is a source no one names (rule 9 (b)), so his plain sayings are no rows anywhere in the story ('"This scene shocked
people in the market," Maya says'), while his own acts and what he reports a party did keep theirs. The sentence that
gives the pseudonym is ``unnamed_sources``'s; this module lists the names for the sentences after it. "(not her real
name)" stays out: events_gold_fresh20 keeps Kholood's first saying as a row (t17-bbc-89#1).
"""

from __future__ import annotations

import re

from ..cue_words import run_class

# a capitalised name of one to three words ("Maya", "Abu Fadi", "Mohammed Fazo")
_NAME = r"([A-Z][\w'’-]+(?:[ ]+(?:al-|el-|bin[ ]+|abu[ ]+)?[A-Z][\w'’-]+){0,2})"
# the phrase that gives a name the speaker chose ("who gave his name as Osama", "identified himself only as Abu Fadi",
# "asked to be referred to as Rana"), and with "uses a pseudonym" what makes a speaker no one the story vouches for
# (``unnamed_sources`` reads SELF_NAMED in the sentence that gives it)
def _given_as(word: str) -> str:
    """The phrases that give a chosen name, ending in ``word`` ("as", or "as" or "by")."""
    return (rf"\b(?:gave|giving|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?names?\s+(?:only\s+)?as\b"
            rf"|\bidentif(?:ied|ying|ies)\s+(?:(?:himself|herself|themselves)\s+)?(?:only\s+)?{word}\b"
            rf"|\basked\s+to\s+be\s+(?:referred\s+to|identified|called|named|known)\s+(?:only\s+)?{word}\b")


# in the speaker's own noun phrase, "by" gives the name too ("identified only by his first name"); across the text
# only "as" does ("identified by Human Rights Watch" names a source, not a pseudonym)
SELF_NAMED = _given_as(r"(?:as|by)") + r"|\b(?:uses|using|used)\s+(?:a|the)\s+pseudonym\b"
# the name after the phrase that gives it
_AFTER = re.compile(rf"(?:{_given_as('as')})\s+")
# the name before an apposition that says it is a pseudonym ("Maya, a Syrian activist who uses a pseudonym")
_BEFORE = re.compile(rf"{_NAME},\s+(?:a|an)\s+" + run_class(r",.;:") +
                     r"{0,60}?\b(?:who\s+uses|using)\s+a\s+pseudonym\b")


def pseudonyms(text: str) -> dict[str, int]:
    """The names ``text`` gives as pseudonyms or as names its speakers gave for themselves, each with where the text
    first gives it: the start of the sentence that gives a pseudonym before its apposition, else the end of the name
    (the sentences after it are this module's; the one that gives it after the speaker is ``unnamed_sources``'s)."""
    found: dict[str, int] = {}
    # (_BEFORE tries every capitalised word of the text: a story with no "pseudonym" in it, most, is passed over)
    for m in _BEFORE.finditer(text) if "pseudonym" in text else ():  # (from the start of its own sentence: "Mohammed
        # Fazo, an activist using a pseudonym, told the BBC ..." gives the name before the subject's apposition, which
        # ``unnamed_sources`` reads)
        begin = max(text.rfind("\n", 0, m.start()) + 1, *(text.rfind(c + " ", 0, m.start()) + 2 for c in ".!?\""))
        found[m.group(1)] = min(found.get(m.group(1), len(text)), begin)
    for m in _AFTER.finditer(text):
        name = re.match(_NAME, text[m.end():])
        if name is not None:
            found[name.group(1)] = min(found.get(name.group(1), len(text)), m.end() + name.end())
    return found
