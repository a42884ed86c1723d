"""Sentence spans with exact offsets.

Rule-based, for news copy: a sentence ends at ., ! or ? followed by space and
a capital, a digit or an opening quote, or at a paragraph break. Scraped wire
copy often loses the space ("Lavrov said.Moscow has sent", "Muallem.\"It
is"); a full stop between a lower-case word and a capital word is a
boundary too, unless the word before it is an abbreviation ("U.S.", "Dr.",
"Jan.": ``abbreviation_continues``), and so is one glued to a lower-case "the" or pronoun ("said.the
Russian top diplomat pointed out.he said"). A line that opens with a bullet
("-- ", "- ", "* ", "• ", as in Reuters factboxes) starts a new sentence, the
bullet left out of it; so does a first bullet glued to its intro ("Here are
some key facts about Assad: -- The world welcomed ..."), and a Markdown-escaped
"\\* " as scraped Reuters copy has it. A joint statement's bullets run into one paragraph ("... and products. - The United
States and Canada launched ...") start a sentence each after the one before ends. A subhead in capitals glued to the first
sentence under it ("PROTEST MOVEMENT IS CRUSHED Nearly 30 years ago, ...") is a
sentence of its own.

A new line that starts like a sentence ends one, unless the text is hard-wrapped and the line before it was only
wrapped there: no terminal punctuation ends that line, the text's lines are at most ``WRAP_WIDTH`` long, and the new
line's first word would not have fitted on the one before ("... Putin met Turkish\nPresident Recep Tayyip Erdogan ..."); a heading line, short of the
width, still ends. The text is never rewritten: the spans keep the line break inside.
"""

from __future__ import annotations

import re
from importlib import resources

# titles before a name: the sentence always goes on after them ("Gen. Mark A. Milley", "vs. the")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
                     "rep", "st", "pres", "gens", "reps", "messrs", "rev", "hon", "amb", "vs"})
# every abbreviation: the titles and those after which a sentence may end (``abbreviation_continues``)
ABBREVIATIONS = _TITLES | {
    "jr", "sr", "co", "corp", "inc", "ltd", "no", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.n", "u.k",
    "e.u", "d.c", "n.y", "mt", "ft", "ave", "blvd", "dept", "est", "approx", "fig", "sec", "op", "art", "vol",
}
_BOUNDARY = re.compile(
    r"""(?:
        [.!?](?<![.!?]{2})[.!?]*["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])  # "said. The" / "said." He (from a run's first mark
        # only: tried at each mark of a long "......" run that fails it, it was quadratic)
      | [.!?]["'”’]?(?=["“]?[A-Z][a-z])                # glued: "said.Moscow", "Muallem.\"It"
      | \.(?<=[a-z]{3}\.)(?=(?:the|he|she|they|we|it|this|his|her)[ ])  # glued, lower case: "said.the Russian"
      | \n\s*(?:--?|\\?[*•])[ \t]+(?=["“]?[A-Z0-9])  # a bullet line: "\n-- The world welcomed", "\n\\* ASSAD ..."
      | [ \t](?<=:[ \t])[ \t]*(?:--|\\?[*•])[ \t]+(?=["“]?[A-Z0-9])  # a factbox's first bullet after its intro
      | [.!?]["'”’)\]]*[ \t]+-[ \t]+(?=["“]?[A-Z0-9])  # a bullet run into the paragraph: "products. - The ..."
      | \n\s*\n                                         # paragraph break
      | (?P<line>\n)(?=\s*[A-Z"“])                       # a new line that starts like a sentence
    )""",
    re.VERBOSE,
)  # (each lookbehind comes after a character the branch needs: the branch fails at that character first)
# after any other abbreviation or an initial, a word that opens a sentence ends it (resources/sentence_openers.txt)
_OPENERS = frozenset(line.strip() for line in resources.files("timeline.resources").joinpath("sentence_openers.txt")
                     .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
_NEXT_OPENER = re.compile(r"[\"'”’)\]]*[ \t\u00a0]+[\"“‘(]?([A-Z][a-z]*)\b(?![-.]\w)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
WRAP_WIDTH = 100  # the widest line of a hard-wrapped text (they wrap at 60 to 80 characters)
_TERMINAL = frozenset(".!?:;\"'”’)]")


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")  # "u.s", "e.g"


def _abbreviation(text: str, end: int) -> str | None:
    """The abbreviation or initial the full stop at text[end] ends, lower-cased and without its last full stop ("u.s",
    "gen", "r"), or None (``abbreviation_continues`` asks which, to tell a title from the rest)."""
    match = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if not match:
        return None
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return word
    if len(word) == 1:  # an initial: "Joseph R. Biden", "U.S."
        # (not the plural "s" of a number: "in the 1990s. Turkey denies", "F-16s.")
        return None if match.start() > 0 and text[match.start() - 1].isdigit() else word
    return word if _INITIALS.fullmatch(word) else None


def abbreviation_continues(text: str, stop: int) -> bool:
    """Does the sentence go on after the full stop at ``text[stop]``? It does after a title ("Dr.", "Gen.", "vs.")
    whatever follows, and after another abbreviation or an initial ("U.S.", "Jan.", "No.", "Inc.", "R.") unless the
    next word is one that opens a sentence: "U.S. officials", "Jan. 5", "the U.S. National Science Foundation" go on,
    "throughout the U.S. The company said" ends (resources/sentence_openers.txt). Decided by the next word, not by the
    abbreviation alone: none of "U.S.", "U.N.", "U.K.", "Jan.", "Gen.", "No." ends a sentence before a lower-case
    word, a number or a name in the corpora, and "U.S." ends one only before "The", "That", "And" (TempEval)."""
    word = _abbreviation(text, stop)
    if word is None:
        return False
    if word in _TITLES:
        return True
    opener = _NEXT_OPENER.match(text, stop + 1)
    return opener is None or opener.group(1) not in _OPENERS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text[start:end]``, trimmed of white space."""
    end = len(text) if end is None else end
    spans = []
    begin = start
    width = None  # the widest line of what is split, measured at its first new line that starts like a sentence
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.start()
        if match.group("line") is not None:
            width = max(map(len, text[start:end].split("\n"))) if width is None else width
            if _wrapped(text, stop, width):
                continue
        mark = text[stop] if stop < len(text) else ""
        if mark == "." and abbreviation_continues(text, stop):
            continue  # "U.S. officials", "the U.S. National Science Foundation" are one sentence; "the U.S. The" two
        # keep closing quotes and brackets with the sentence they close
        cut = stop
        while cut < end and text[cut] in ".!?\"'”’)]":
            if text[cut] == '"' and cut + 1 < end and text[cut + 1].isalpha() \
                    and text.count('"', _paragraph_start(text, cut), cut) % 2 == 0:
                break  # no quote open: a glued '"' opens the next sentence ('Muallem."It is')
            cut += 1
        _add(text, spans, begin, cut)
        begin = cut if cut < end and text[cut] == '"' else max(match.end(), cut)
    _add(text, spans, begin, end)
    return spans


def _wrapped(text: str, newline: int, width: int) -> bool:
    """Is the line break at ``newline`` a hard wrap inside a sentence (see the module's docstring), in a text whose
    widest line is ``width`` long?"""
    if width > WRAP_WIDTH:
        return False
    before = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    if not before or before[-1] in _TERMINAL:
        return False
    word = len(_NEXT_WORD.match(text, newline + 1).group(1))  # (a match, not a copy of the rest of the text per
    # line break: a long hard-wrapped text is read in linear time)
    return len(before) + 1 + word > width


_NEXT_WORD = re.compile(r"\s*(\S*)")  # the first word after the line break (past blank lines), or none


def _paragraph_start(text: str, index: int) -> int:
    return text.rfind("\n\n", 0, index) + 1


_BULLET = re.compile(r"(?:--?|\\?[*•])[ \t]+")  # (a Markdown-escaped "\\*" as well: scraped Reuters subheads)


# a subhead in capitals glued to the first sentence under it, at a line's start: "* PROTEST MOVEMENT IS CRUSHED Nearly 30
# years ago, the elder Assad ...", "BLEND OF OLD VERSUS NEW One of Arbil's main appeals ..." (three or more words in
# capitals, then a capitalised word in lower case)
_AFTER_BULLET = re.compile(r"[\n:][ \t]*(?:--?|\\?[*•])[ \t]+$")  # (the boundary's match ends after a line's bullet)
_GLUED_HEADING = re.compile(r"(?:[A-Z][A-Z'’-]*,?[ \t]+){2,}[A-Z][A-Z'’-]*(?=[ \t]+[A-Z][a-z])")


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    line_start = start == 0 or text[start - 1] == "\n"
    bullet = _BULLET.match(text, start, end)
    if bullet and line_start:
        start = bullet.end()  # a bullet opening the text or a line is no part of the sentence
    heading = _GLUED_HEADING.match(text, start, end) \
        if line_start or bullet or _AFTER_BULLET.search(text, max(0, start - 8), start) else None
    if heading is not None and heading.end() - start > 10:
        spans.append((start, heading.end()))  # the subhead is a line of its own, not the sentence's opening words
        start = heading.end() + 1
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
