"""Picture captions, credits and pull quotes that a scraped web page glues onto the story's sentences.

A page may print a caption or a pull quote right before a story sentence with no full stop between them
('Ban Ki-moon: "We continue to receive grisly reports ..." The government gave permission', "... sympathetic to
Syria's President Assad The detention of"): ``glued_starts`` finds where the story sentence starts, and the caption
becomes a sentence of its own (``caption_before`` tells the driver that a part is one: it is no lead). A photo credit
inside a sentence ("... in Douma (photo: AFP/HO/LCC) The mission commander ... said") is cut out
(``story_parts``, from the credits ``actors.credits.credit_spans`` finds). The sentence openers that start a glued
story sentence are data (``resources/glued_openers.txt``).
"""

from __future__ import annotations

import re

from ..cue_words import break_class
from ..actors.gazetteer import SPEECH_VERBS, opening_first, word_list
from ..temporal.lexicon import MONTHS, WEEKDAYS
from .frame_time import CLOCK
from .glued_subjects import GluedSubjects, subject_starts


# where a story sentence starts, glued to page furniture before it with no full stop: a closing quote of a quote of two
# words or more before a capital ('... and torture" The government gave permission', a pull quote), or a sentence
# opener in capitals after a word and before a lower-case word ("... President Assad The detention of", a caption), or
# a pronoun, subordinator or quantifier that opens a clause ("... humanitarian aid As the special envoy embarked",
# "... with Syrian refugees There is not much life", ``glued_clause_openers.txt``)
# (each starts with the character it matches, its look-behind after it: ``opening_first``)
# (the closing quote straight or typographic: '... to stop "right now" Speaking', '... to stop “right now” Speaking')
_GLUED_QUOTE = re.compile(opening_first('["”]', 1, r"\w", absent=False) + r"[ \t]+(?=[A-Z][a-z])")
_GLUED_OPENER = re.compile(opening_first(" ", 1, "[A-Za-z]{2}", absent=False)
                           + "(?=(?:%s) [a-z])" % "|".join(word_list("glued_openers.txt")
                                                          + word_list("glued_clause_openers.txt")
                                                          + word_list("glued_quantifiers.txt")))
# on a web story's first line (headline, caption and lead run together), such an opener, or "An", starts a sentence
# whatever word follows it: "... let into country An activist in Homs has said ... district of Baba Amr The UN Security
# Council is demanding", "... arrives in Damascus The BBC's Lina Sinjab says"; over the audit sample's BBC first lines
# every capitalised "The", "An" or "A" after a word starts a caption or the lead (no White House or TASS first line has
# one); not a title after a word that takes a name ("Speaking with UK newspaper The Sunday Times", ``_TAKES_TITLE``);
# and a quantifier before its noun or number ("... in the suburb of Sayyida Zainab Some 48 Iranian pilgrims have been
# kidnapped", "... in support of the protesters More Gulf Arab nations have withdrawn": audit t17-bbc-201, t17-bbc-204,
# the only two on the 420 first lines, both a caption's end: ``glued_quantifiers.txt``)
_GLUED_HEAD = re.compile(opening_first(" ", 1, "[A-Za-z]{2}", absent=False)
                         + "(?=(?:%s) )" % "|".join(word_list("glued_openers.txt") + ["An"] + word_list("glued_quantifiers.txt")))
# a month or a weekday of four letters or more, capitalised, as an alternation for regexes ("March", "Saturday",
# "Sept"; not a three-letter abbreviation, nor "May", a verb as well)
_DATE_WORD = "|".join(w.capitalize() for w in list(MONTHS) + list(WEEKDAYS) if w.isalpha() and len(w) > 3)
# a story sentence that opens on its date phrase, glued to a caption before it: a capitalised preposition of time after
# a word, a weekday or month, and the comma that closes the phrase ("... the restive cities of Hama, Homs and Deir
# al-Zour Since Saturday, Saudi Arabia, Bahrain and Kuwait have recalled their ambassadors": the caption, then the
# story; a capitalised "Since" or "On" inside a sentence opens nothing else). Below the first line too, as
# ``_GLUED_OPENER``; a caption on the first line that ends on its date is ``_GLUED_DATE``'s
_GLUED_DATE_OPENER = re.compile(opening_first(" ", 1, "[A-Za-z]{2}", absent=False)
                                + r"(?=(?:Since|On|Until|By|Last|Earlier|Late|Early)\s+(?:%s)(?:\s+\d{1,2})?,)"
                                % _DATE_WORD)
_TAKES_TITLE = re.compile(r"\b(?:newspaper|paper|daily|weekly|magazine|with|to|told|tells|of|in|"
                          r"from|by|at|on|for|and|or|the)\s*$", re.IGNORECASE)
# the first line of a web story that runs headline, picture caption and lead together: a caption that ends on its
# date, right before a capitalised word ("... attended President Assad's meeting with Kofi Annan in July The Chinese
# foreign ministry said", "... to target Syria's central bank in February French Foreign Minister Alain Juppe has
# said", "... after retreating on Thursday Syrian civilians are fleeing"); not a date right after a verb of saying, whose
# reported clause may follow it with no "that" ("said on Monday Russia opposed", ``_SAID_BEFORE``)
_GLUED_DATE = re.compile(r"\b(?:in|on|last|since)\s+(?:early\s+|late\s+|mid-)?(?:%s)(?:\s+\d{4})?[ \t]+(?=[A-Z][a-z]|An? [A-Z])"
                         % _DATE_WORD)
_SAID_BEFORE = re.compile(r"\b%s\s+(?:%s\s+)?$" % (SPEECH_VERBS, CLOCK), re.IGNORECASE)  # (its clock: "said at 10:30 on")
# nor a date that opens a coordinated or subordinate clause ("protests erupted in Deraa and on Friday President Bashar
# al-Assad promised reforms"): a conjunction or a comma right before it
_CLAUSE_BEFORE = re.compile(r"(?:" + break_class(r",;:") + r"|\b(?:and|but|or|while|whereas|then|when|as|after|before"
                            r"|until|because|so|yet))\s*$",
                            re.IGNORECASE)


def first_line_furniture(text: str, end: int, first_line: int, glued: set[int]) -> bool:
    """Is the part ending at ``end`` headline, byline or picture caption that a web story's first line runs into its
    lead: a part of that line a glued story sentence follows ("Syria crisis: UN humanitarian chief arrives in Damascus",
    "By Jim Muir BBC News, Beirut", "Bouthaina Shaaban, right, attended President Assad's meeting with Kofi Annan in
    July", 'Ban Ki-moon: "We continue to receive grisly reports"')? Page furniture: a headline retells the lead's act, a
    caption a picture of an act the story tells or an older one, and neither gives an event (events_gold_bbc.md, BBC
    convention 1). Only the line's last part, after its last cut, is the lead."""
    return end <= first_line and caption_before(text, end, glued)


# a date that labels an item of a box of dated items ("23 Dec: Two bombs hit ... 6 Jan: Car bomb in Damascus kills 26"):
# the box's items are dated acts the chronology keeps (tests/data/constructions/list_labels.jsonl)
_DATED_ITEM = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]+:\s")
_CAPTION_LENGTH = 200  # a caption or pull quote is one short clause; a longer part holds a story sentence
# nor does a part that opens on a subordinate clause before its main one: "While Assad has sent troops and tanks to crush
# protests, he has also pledged reforms" (a video page's narration glued to "He has also promised ..."; audit
# t17-reuters-168, events_gold_fresh10 #8/#9) is a story sentence of two clauses
_SUBORDINATE_OPENING = re.compile(r"(?:While|When|Whereas|Although|Though|As|After|Before|Since|Until|If|Because|Despite)"
                                  r"\b[^,]{3,120},\s+[a-z]")


def body_caption(text: str, start: int, end: int, first_line: int, glued: set[int]) -> bool:
    """Is the part ``text[start:end]``, below a web story's first line, a picture caption or pull quote glued before a
    story sentence: it opens its line, a glued story sentence follows it, and it is short and no box of dated items
    ('Arab League Secretary-General Nabil al-Araby calls for killings in Syria to stop "right now" Mr Araby said ...',
    'Deserted: Syrians protested unsuccessfully against the closure of the camp The camp ...')? Page furniture, no
    event (BBC convention 1)."""
    return 0 < first_line < start and text[start - 1] == "\n" and end - start <= _CAPTION_LENGTH \
        and caption_before(text, end, glued) and _DATED_ITEM.search(text, start, end) is None \
        and _SUBORDINATE_OPENING.match(text, start, end) is None


def caption_before(text: str, end: int, glued: set[int]) -> bool:
    """Does a glued story sentence start right after the part ending at ``end``, so that the part is a caption?"""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after in glued


def glued_starts(text: str, start: int, end: int, first_line: int = 0,
                 subjects: GluedSubjects | None = None) -> list[int]:
    """Where a story sentence starts inside the span, glued with no full stop to a picture caption, pull quote or
    byline before it ('Ban Ki-moon: "We continue to receive grisly reports ..." The government gave permission',
    "... sympathetic to Syria's President Assad The detention of"), in text order; with the article's actors indexed
    (``subjects``: a web page's, not wire copy's), also where a named subject opens one ("... firing on residents
    Russian Foreign Minister Sergei Lavrov has called for": ``glued_subjects``)."""
    cuts = set()
    for m in _GLUED_QUOTE.finditer(text, start, end):
        if _closes_open_quote(text, start, m.start()):
            cuts.add(m.end())
    cuts.update(m.end() for m in _GLUED_OPENER.finditer(text, start, end))
    cuts.update(m.end() for m in _GLUED_DATE_OPENER.finditer(text, start, end))
    cuts.update(m.end() for m in _GLUED_HEAD.finditer(text, start, min(end, first_line))
                if not _TAKES_TITLE.search(text, max(start, m.start() - 12), m.start()))
    for m in _GLUED_DATE.finditer(text, start, min(end, first_line)):  # a caption ending on its date (first line only)
        if m.start() > start and not _SAID_BEFORE.search(text, max(start, m.start() - 70), m.start()) \
                and not _CLAUSE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            cuts.add(m.end())
    # a named subject's sentence (``glued_subjects``): on the first line, or below it after a caption that opens its
    # line and is short, the subject's sentence being no caption itself (no other glued start within a caption's
    # length: "Dutch journalist based in Damascus Sander Van Hoorn says there is tension on the streets The head of the
    # UN monitors"); not inside a fact box ("... an expanded force of about 250 observers Ban Ki-Moon has said")
    opens_line = start == 0 or text[start - 1] == "\n"
    for cut in subject_starts(text, start, end, subjects) if subjects is not None else ():
        if cut < first_line or opens_line and cut - start <= _CAPTION_LENGTH \
                and not any(cut < other <= cut + _CAPTION_LENGTH for other in cuts):
            cuts.add(cut)
    return sorted(cuts)


def _closes_open_quote(text: str, start: int, at: int) -> bool:
    """Does the quote mark at ``text[at]`` close a quotation of two words or more opened in ``text[start:at]``? A
    straight one when an odd number stand before it; a typographic one when a “ stands before it with no ” between."""
    if text[at] == '"':
        opened = text.rfind('"', start, at)
        return text.count('"', start, at) % 2 == 1 and re.search(r"\s", text[opened:at]) is not None
    opened = text.rfind("“", start, at)
    return opened > text.rfind("”", start, at) and re.search(r"\s", text[opened:at]) is not None


def _unglued(text: str, sentences, cuts: set[int], first_line: int = 0, actors=()):
    """The sentences, each cut where a story sentence is glued to the caption or pull quote before it (``glued_starts``):
    the caption is a sentence of its own, and the story sentence is read alone. ``cuts`` gets the cut points."""
    subjects = GluedSubjects(actors) if actors else None
    for start, end in sentences:
        for cut in glued_starts(text, start, end, first_line, subjects):
            cuts.add(cut)
            stop = cut
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            yield start, stop
            start = cut
        yield start, end


_WORDS = re.compile(r"[^\W\d_]{2,}")


def story_parts(text: str, sentences, credits: list[tuple[int, int]], cuts: set[int], first_line: int = 0,
                actors=()):
    """The sentences with photo captions and credits cut out ("... in Douma (photo: AFP/HO/LCC) The mission
    commander ... said": two parts; "Photo: A Libyan rebel fighter walks past ...": none), each part
    stripped of spaces; a part with no word left is dropped."""
    for start, end in _unglued(text, sentences, cuts, first_line, actors):
        inside = [(s, e) for s, e in credits if s < end and start < e]
        if not inside:
            yield start, end
            continue
        pos = start
        for s, e in inside + [(end, end)]:
            lo, hi = pos, min(s, end)
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if _WORDS.search(text, lo, hi):
                yield lo, hi
            pos = max(pos, e)
