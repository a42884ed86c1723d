"""A concrete act told in the progressive in wire or web copy: the story's news of the day, not a standing course.

The progressive alone was read as work going on with no day (``aspect.ongoing``: "The United States and Canada are
working together"), which suits a joint statement's cooperation and a stance held out ("Assad is resisting
international pressure", "Russia and China were refusing to discuss the draft"). In the body of a reporter's story,
though, a concrete act in the present progressive is what is happening as the story is filed ("Government forces are
continuing a fierce assault on rebels in Homs", "Gulf states say they are expelling Syria's ambassadors", "Ban
Ki-moon is visiting Beijing", "Syria's army is moving into the northern town"), and a past progressive in what a
source said is what was going on when it spoke ("He said security forces were entering homes", "Syrian TV said
security forces were pursuing a 'terrorist group'", "The US, she said, was also increasing aid"): the development
sets date both to the story's day (events_gold.md rule 1 (a)'s day of the story; fresh10 133#6, fresh11 bbc-185#8,
bbc-234#6, fresh15 bbc-235#14, fresh19 bbc-39#1, fresh20 bbc-290#5, fresh22 bbc-163#2, fresh28 bbc-36#4, #8, bbc
229#3). Not: an attempt or a stance going on ("is trying to", "is resisting", "are pressing for", "is waging a
guerrilla war", "is fighting armed gangs": rules 6 and 35, a position held, undated), supplies or backing kept up
("Russia was re-supplying", "are providing assistance"), a trip or a plan under way ("is heading to Damascus", "he
was sending a team to Damascus", "is drawing up sanctions": the act is to come), a perfect progressive ("had been chasing", "have long been partnering") or one under a modal or an
infinitive ("reported to be providing"), and a past progressive that no saying reports (the narrative's
background: "Jawabra ... was campaigning for the release").
"""

from __future__ import annotations

import re

from .predicates import Predicate

# the auxiliary of a present or past progressive right before the verb group ("are continuing", "is now visiting")
_PRESENT = re.compile(r"\b(?:is|are|[’']re)\s+(?:(?:also|still|now)\s+)*$")
_PAST = re.compile(r"\b(?:was|were)\s+(?:(?:also|still|now)\s+)*$")
# attempts, stances, supplies, war waged and trips under way: a course or a position, no act of the day
_COURSE = re.compile(r"(?:trying|seeking|attempting|struggling|resisting|refusing|pressing|opposing|campaigning|"
                     r"waging|fighting|heading|going|travell?ing|flying|leaving|coming|returning|sending|drawing|preparing|planning|"
                     r"considering|"
                     r"providing|supplying|re-supplying|resupplying|arming|funding|funnell?ing|backing|supporting|using|piling|"
                     r"working|cooperating|collaborating|coordinating|consulting|partnering|calling|urging|"
                     r"demanding|insisting|hoping|looking)\b")
# "are continuing to attack villages": the act itself goes on now (not "continues to urge", a course: ``aspect.continuing``)
_CONTINUING_TO = re.compile(r"\b(?:is|are|[’']re)\s+(?:still\s+)?continuing\s+to\s+(?:[a-z]+ly\s+)?$")
_QUOTE = re.compile(r'["“”]')
_NO_DAY_TYPES = frozenset({"reject", "cooperate", "support"})  # stances and partnerships held out (rules 6, 35)


def progressive_news(low: str, p: Predicate, content: tuple[int, int] | None, start: int | None = None) -> bool:
    """Is ``p`` a concrete act in the present progressive, or in the past progressive inside what a source said
    (``content``: the reported clause's span), so that it is the story's news of the day (module docstring)? Not
    inside a quotation opened in its sentence (from ``start``): '"Government troops are shelling everything," said
    Seif, who had fled', a witness's words of no day."""
    if p.reporting or p.quoted or p.status == "planned" or p.type in _NO_DAY_TYPES:
        return False
    if start is not None and len(_QUOTE.findall(low, start, p.start)) % 2:
        return False
    verb = low[p.start:p.trigger.end].split(" ")[0]
    before = low[max(0, p.start - 40):p.start]
    if _CONTINUING_TO.search(before):
        return not any(_COURSE.match(form) for form in (verb, verb + "ing", verb[:-1] + "ing"))  # ("to supply", "to provide")
    if not verb.endswith("ing") or _COURSE.match(verb):
        return False
    if _PRESENT.search(before):
        return True
    return _PAST.search(before) is not None and content is not None and content[0] <= p.trigger.start < content[1] \
        and _EARLIER_FRAME.search(low, max(0, content[0] - 40), content[0]) is None


# a saying in the past perfect or told as earlier ("Germany had earlier announced it was expelling four diplomats"):
# what was going on then, no act of the story's day
_EARLIER_FRAME = re.compile(r"\b(?:had|earlier|previously)\b[^,;]*$")
