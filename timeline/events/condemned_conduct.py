"""A saying that condemns an act of force or a party's conduct in words of horror: an accusation (``speech``).

"Mrs Clinton told the UN Security Council that Syria's \"horrific campaign of violence\" had \"shocked the conscience of
the world\"", "He said that the massacre at Houla ... was appalling", "\"Any use of anti-personnel landmines is
unconscionable,\" Steve Goose ... said", "said opposition to the resolution was a \"cheap ruse by those who would rather
sell arms to the Syrian regime\"", "\"The Russians and Chinese have put themselves on the wrong side of history,\" said
McCain": the development sets code such sayings ``accuse`` (events_gold.md, "type by meaning": "condemned" is accuse),
and a saying typed ``statement`` is also folded into the speaker's earlier statement of the day, so the accusation was
lost twice.

Read in what the saying reports, three shapes:

- a word of horror (``horror_word``: appalling, horrific, unconscionable, reprehensible, inhumane ...) before
  a noun of conduct (``condemned_conduct``: massacre, campaign, crackdown, shelling, acts, methods, use ...), within one
  word and a quotation mark, in the speaker's quoted words: "horrific campaign of violence", "heinous massacre",
  "inhumane methods" (a reporter's "for its bloody crackdown", outside the quote, is the reporter's word, not the
  speaker's condemnation: t17-reuters-314, -326, -131 "bloody crackdown");
- a noun of conduct, then a form of "be" and the word of horror, within a few words: "the massacre at Houla, in which
  108 people were killed, ... was appalling", "Any use of ... landmines is
  unconscionable"; or "it was appalling (that) <a named party's act>";
- an idiom of condemnation (``condemning_idiom``): "on the wrong side of history", "feeds on his people's blood",
  "shocked the conscience", "a cheap ruse", "blood on their hands". ("Reforms that are soaked in the blood of the
  martyrs ... are of no use", events_gold_fresh17 bbc-173#18, is left: the phrase stands in no other audit document,
  and the match's speaker, "Mohammed Amr" in the text, is the gold's "Mohamed Kamel Amr", so the new match lowered
  fresh17's pinned participant_p.)

Not a state of affairs ("a terrible situation", "the situation is very, very horrific", "a terrible conflict", "a bloody
civil war": no one's conduct), not "brutal" or "bloody" (how hard the force was: "activists said the shelling was
\"brutal\"" is their report, events_gold_bbc 111#4 a statement), not a hypothetical ("would be reprehensible": a condition's or a modal's act is no act,
BBC convention 4), not a negated idiom ("had no \"blood on their hands\"").
"""

from __future__ import annotations

import re

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .predicates import in_quotation, quoted_spans

_Q = r"[\"“”'‘’]?\s*"
# a quote mark right after whitespace, or before it: one whitespace quantifier at each place (a \s+ beside _Q's \s*
# backtracks in quadratic time over a run of spaces)
_Q_AFTER = r"(?:[\"“”'‘’]\s*)?"
_Q_BEFORE = r"[\"“”'‘’]?"
_WORD = phrase_alternation(CUES["horror_word"])
_CONDUCT = phrase_alternation(CUES["condemned_conduct"])
# "horrific campaign", "\"horrific campaign", "heinous and cowardly attacks", "truly appalling acts" (one whitespace
# quantifier at each place: side by side, "\s*(?:\s+)?%s" of _Q, they backtracked in cubic time over a run of spaces)
_ATTRIBUTIVE = re.compile(r"(?<![\w'’-])(?:%s)(?:\s*,\s*|\s+and\s+|\s+)?(?:(?:%s|[a-z]+ly)\s+)?(?:[\"“”'‘’]\s*)?"
                          r"(?:[\w-]+\s+)?(?:%s)(?![\w'’-])" % (_WORD, _WORD, _CONDUCT))
# "the massacre ... was appalling", "is unconscionable": a conduct noun, then at most
# fifteen words with no full stop, then a present or past "be" (no modal before it) and the word
_PREDICATIVE = re.compile((r"(?<![\w'’-])(?:%s)(?![\w'’-])" + run_class(r".;:!?") +
                           r"{0,120}?(?<![\w'’-])(?:is|are|was|were)\s+(?:(?:so|very|truly|simply|totally|utterly|absolutely|"
                          r"particularly|just|quite),?\s+){0,3}%s(?:%s)(?![\w'’-])") % (_CONDUCT, _Q_AFTER, _WORD))
# "It was \"appalling\" the Syrian government had so far \"refused requests\"": a named party's act that is appalling
_IT_WAS = re.compile(r"(?<![\w'’-])it\s+(?:is|was)\s+%s(?:%s)%s\s+(?!to\s|for\s|and\s|but\s)(?:that\s+)?[a-z]" % (_Q_AFTER, _WORD, _Q_BEFORE))
_IDIOM = re.compile(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % phrase_alternation(CUES["condemning_idiom"]))
_NEGATED_BEFORE = re.compile(r"(?<![\w'’-])(?:no|not|never|without)\s+%s$" % _Q)


def condemned_conduct(low: str, content: tuple[int, int], quotes: list[tuple[int, int]] | None = None) -> bool:
    """Does ``low[content[0]:content[1]]`` (what a saying reports) condemn conduct in words of horror (the three shapes
    of the module's docstring)? The attributive shape counts inside the sentence's quotations only (``quotes``, the
    sentence reader's ``predicates.quoted_spans``; None: those of ``low`` read as one sentence, the tests' path, so that
    a quotation that opened before the content is read as the reader reads it): the speaker's own words, and not in
    one that opened in an earlier sentence ('Furthermore, they wanted to quash the opposition through inhumane
    methods, by shedding blood," he told a business forum', after '"Unfortunately, the Syrian regime was reluctant
    and insincere ...': the speech of Erdogan's accusation the sentence before tells, events_gold_fresh12
    t17-reuters-53#14, no row of its own)."""
    start, end = content
    quotes = quoted_spans(low, 0, len(low)) if quotes is None else quotes
    if any(in_quotation(low, m.start(), quotes, earlier=False) for m in _ATTRIBUTIVE.finditer(low, start, end)) \
            or _PREDICATIVE.search(low, start, end):
        return True
    if _IT_WAS.search(low, start, end):
        return True
    for m in _IDIOM.finditer(low, start, end):
        if not _NEGATED_BEFORE.search(low, max(start, m.start() - 20), m.start()):
            return True
    return False
