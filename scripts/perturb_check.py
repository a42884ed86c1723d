"""Text as users' files hold it: a seeded perturbation harness for ``timeline.build``.

Usage: python scripts/perturb_check.py [FILE.jsonl ...] [--sample N] [--seed S] [--only NAME,...]
                                       [--exclude-ids FILE] [--show N]

The corpora are clean UTF-8 with ``\\n`` line breaks; users' files are not. This takes real articles (by default the
JSON Lines files of ``../shared/corpora/tass``, ``whitehouse`` and ``t17_syria``; ``--sample`` of them, drawn with
``--seed``; ``--exclude-ids`` leaves out the ids listed in a file, one per line or space-separated), applies each
perturbation of ``PERTURBATIONS`` alone and the combinations of ``COMBINED`` to every sampled article's text (seeded
per article), writes each variant as a ``.jsonl`` and builds it with ``timeline.build`` (as a user's run would: the
reader, the anchors, extraction, merging), then checks what a user relies on:

1. no article fails (``articles.csv`` status ``failed``: a bug, exit status 3);
2. every row of ``mentions.csv`` (one report of one article) and every ``events.csv`` row is exact into the text as
   the user gave it: ``text[char_start:char_end] == sentence`` and ``text[date_char_start:date_char_end] ==
   date_text``;
3. a perturbation that changes no word (``WORDLESS``: line endings, Word's line and paragraph separators, no-break
   spaces, zero-width characters, soft hyphens, NFC/NFD, typographic quotes where the original had straight ones,
   tabs, trailing spaces, marks of direction) changes no event: each article's reports, as a multiset of (date,
   type, actor1, actor2, location), are those of the clean text. ``moved`` counts the reports only one side has
   (both sides' surplus).
   Perturbations that do change the text as a reader sees it (one long line, HTML entities, fullwidth digits,
   dashes) are checked for 1 and 2 and their moves shown for information.

Prints one line per perturbation: articles (whose text it changed), failed, offset violations, events moved (and
in how many articles); ``--show N`` prints up to N examples of each kind (the article id, the failure's reason, the
violating row, the moved keys), so use ``--exclude-ids`` for documents whose output must not be read. Exit status 1
when any article failed or any offset is off, or a WORDLESS perturbation moved an event.
``tests/test_perturbations.py`` runs a small seeded version on a handful of articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_INPUTS = (CORPORA / "tass" / "tass_dev.jsonl", CORPORA / "whitehouse" / "readouts_dev.jsonl",
                  CORPORA / "t17_syria" / "articles.jsonl")

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# a space that stands beside a date's words: "August 30", "30 August", "2018 at", "Monday, August"
_DATE_SPACE = re.compile(rf"(\b(?:{_MONTHS})\.?) (?=\d)|(\d) (?=(?:{_MONTHS})\b)|(\d,) (?=\d{{4}})")


def _by_dates(text: str, char: str) -> str:
    return _DATE_SPACE.sub(lambda m: next(g for g in m.groups() if g) + char, text)


def _spaces_by_dates(char: str) -> Callable[[str, random.Random], str]:
    def apply(text: str, rng: random.Random) -> str:
        return _by_dates(text, char)
    return apply


def _every_nth_space(char: str, rate: float, before: bool = True) -> Callable[[str, random.Random], str]:
    """``char`` at a share ``rate`` of the word starts (after a space), seeded: a zero-width space, a BOM."""
    def apply(text: str, rng: random.Random) -> str:
        return re.sub(r" (?=\w)", lambda m: " " + char if rng.random() < rate else " ", text)
    return apply


def _inside_words(char: str, rate: float, min_len: int = 6) -> Callable[[str, random.Random], str]:
    """``char`` inside a share ``rate`` of the words of ``min_len`` letters or more: a soft hyphen, a joiner."""
    def apply(text: str, rng: random.Random) -> str:
        def split(m: re.Match) -> str:
            word = m.group()
            if rng.random() >= rate:
                return word
            cut = rng.randrange(2, len(word) - 1)
            return word[:cut] + char + word[cut:]
        return re.sub(rf"[^\W\d_]{{{min_len},}}", split, text)
    return apply


def _around_names(text: str, rng: random.Random) -> str:
    """A right-to-left mark on both sides of a share of the capitalised words inside a sentence (a name pasted from
    a page that writes Arabic beside it)."""
    return re.sub(r"(?<=[a-z,] )[A-Z][a-z]+", lambda m: f"\u200f{m.group()}\u200f" if rng.random() < 0.2
                  else m.group(), text)


def _curly_quotes(text: str, rng: random.Random) -> str:
    """Straight quotes written as typographic ones: an apostrophe U+2019, quotes opening after a space or a line's
    start U+201C / U+2018, closing U+201D."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))\"", "\u201c", text, flags=re.M)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))'", "\u2018", text, flags=re.M)
    return text.replace("'", "\u2019")


def _dashes(text: str, rng: random.Random) -> str:
    """Typographic dashes: " - " and " -- " an em dash, a range "1990-1995" an en dash, "-5" a minus."""
    text = re.sub(r" --? ", " \u2014 ", text)
    text = re.sub(r"(?<=\d)-(?=\d)", "\u2013", text)
    return re.sub(r"(?<=\s)-(?=\d)", "\u2212", text)


def _html_entities(text: str, rng: random.Random) -> str:
    """Entities left in text by a scraper: &amp;, &nbsp; beside dates, &#8217; for an apostrophe, &quot;."""
    text = text.replace("&", "&amp;")
    text = _by_dates(text, "&nbsp;")
    text = re.sub(r"(?<=\w)'(?=\w)", "&#8217;", text)
    return text.replace('"', "&quot;")


def _nfd(text: str, rng: random.Random) -> str:
    """Letters decomposed, as a Mac's file names write them ("Erdog\u0306an"); an article with no letter that
    decomposes is unchanged (and not counted)."""
    return unicodedata.normalize("NFD", text)


_FULLWIDTH = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")

PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "crlf": lambda t, r: t.replace("\n", "\r\n"),
    "cr": lambda t, r: t.replace("\n", "\r"),
    "nbsp_dates": _spaces_by_dates("\u00a0"),
    "narrow_nbsp_dates": _spaces_by_dates("\u202f"),
    "nbsp_all": lambda t, r: t.replace(" ", "\u00a0"),
    "zwsp": _every_nth_space("\u200b", 0.1),
    "bom_inside": lambda t, r: "\ufeff" + _every_nth_space("\ufeff", 0.03)(t, r),
    "zwj_in_words": _inside_words("\u200d", 0.05),
    "soft_hyphen": _inside_words("\u00ad", 0.1, 7),
    "word_separators": lambda t, r: re.sub(r"\n\s*\n", "\u2029", t).replace("\n", "\u2028"),
    "rtl_marks": _around_names,
    "curly_quotes": _curly_quotes,
    "nfd": _nfd,
    "tab_indents": lambda t, r: re.sub(r"\n(?=\S)", "\n\t", t),
    "trailing_spaces": lambda t, r: re.sub(r"(?=\n)", "  ", t) + " ",
    "one_line": lambda t, r: re.sub(r"\s*\n\s*", " ", t),
    "dashes": _dashes,
    "html_entities": _html_entities,
    "fullwidth_digits": lambda t, r: t.translate(_FULLWIDTH),
}
COMBINED = {
    "windows_word": ("crlf", "nbsp_dates", "curly_quotes", "soft_hyphen"),
    "web_paste": ("zwsp", "nbsp_dates", "rtl_marks", "trailing_spaces", "nfd"),
    "all_wordless": ("cr", "narrow_nbsp_dates", "zwsp", "bom_inside", "zwj_in_words", "soft_hyphen", "rtl_marks",
                     "curly_quotes", "nfd", "tab_indents", "trailing_spaces"),
}
# the perturbations that change no word as a reader sees it: invariant 3 holds for them
WORDLESS = {"crlf", "cr", "word_separators", "nbsp_dates", "narrow_nbsp_dates", "nbsp_all", "zwsp", "bom_inside",
            "zwj_in_words", "soft_hyphen", "rtl_marks", "curly_quotes", "nfd", "tab_indents", "trailing_spaces",
            *COMBINED}


def perturb(name: str, text: str, seed: int, article_id: str) -> str:
    """``text`` under the perturbation (or combination) ``name``, seeded by ``seed`` and the article."""
    rng = random.Random(f"{seed}:{name}:{article_id}")
    for step in COMBINED.get(name, (name,)):
        text = PERTURBATIONS[step](text, rng)
    return text


@dataclass
class Outcome:
    name: str
    articles: int = 0  # articles whose text the perturbation changed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    offsets: list[tuple[str, str]] = field(default_factory=list)  # (article id, what is off)
    moved: dict[str, Counter] = field(default_factory=dict)  # article id -> keys only one side has (+1 new, -1 base)

    @property
    def moved_events(self) -> int:
        return sum(sum(abs(v) for v in c.values()) for c in self.moved.values())

    def line(self) -> str:
        mark = "" if self.name in WORDLESS else "  (changes words: moves for information)"
        return (f"{self.name:<18} articles {self.articles:>4}  failed {len(self.failed):>3}  "
                f"offsets {len(self.offsets):>4}"
                f"  moved {self.moved_events:>4} in {len(self.moved):>3} article(s){mark}")


def read_records(paths: list[Path], exclude: set[str]) -> list[dict]:
    records = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("id") not in exclude:
                    records.append(record)
    return records


def _build(records: list[dict], folder: Path, name: str, settings=None):
    import timeline

    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return timeline.build([str(path)], settings or timeline.Settings())


def _keys(frame) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for row in frame.itertuples():
        key = (row.event_date, row.event_type, row.actor1, row.actor2, row.location)
        out.setdefault(row.article_id, Counter())[tuple(None if _blank(v) else v for v in key)] += 1
    return out


def _blank(value) -> bool:
    return value is None or bool(pd.isna(value))


def _offsets(frame, texts: dict[str, str], table: str) -> list[tuple[str, str]]:
    off = []
    for row in frame.itertuples():
        ids = str(row.article_id)
        if ids not in texts:
            continue
        text = texts[ids]
        if text[int(row.char_start):int(row.char_end)] != row.sentence:
            off.append((ids, f"{table} sentence {int(row.char_start)}:{int(row.char_end)} {row.sentence[:60]!r}"))
        if not _blank(row.date_text) and not _blank(row.date_char_start):
            if text[int(row.date_char_start):int(row.date_char_end)] != row.date_text:
                off.append((ids, f"{table} date_text {int(row.date_char_start)}:{int(row.date_char_end)} "
                                 f"{row.date_text!r} reads {text[int(row.date_char_start):int(row.date_char_end)]!r}"))
    return off


def check(records: list[dict], names: list[str], seed: int, settings=None) -> tuple[list[Outcome], Outcome]:
    """Build the clean records and each perturbation of them (with ``settings``, a ``timeline.Settings``); the
    outcomes, and the clean build's own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clean = _build(records, folder, "clean", settings)
        base = Outcome("clean", articles=len(records))
        base_texts = {r["id"]: r["text"] for r in records}
        _fill(base, clean, base_texts)
        base_keys = _keys(clean.mentions)
        outcomes = []
        for name in names:
            variant = [{**r, "text": perturb(name, r["text"], seed, r["id"])} for r in records]
            texts = {r["id"]: r["text"] for r in variant}
            outcome = Outcome(name, articles=sum(v["text"] != r["text"] for v, r in zip(variant, records)))
            result = _build(variant, folder, name, settings)
            _fill(outcome, result, texts)
            keys = _keys(result.mentions)
            for aid in base_texts:
                diff = Counter(keys.get(aid, Counter()))
                diff.subtract(base_keys.get(aid, Counter()))
                diff = Counter({k: v for k, v in diff.items() if v})
                if diff:
                    outcome.moved[aid] = diff
            outcomes.append(outcome)
    return outcomes, base


def _fill(outcome: Outcome, result, texts: dict[str, str]) -> None:
    failed = result.articles[result.articles["status"] == "failed"]
    outcome.failed = [(str(r.article_id), str(r.reason)) for r in failed.itertuples()]
    outcome.offsets = _offsets(result.mentions, texts, "mentions") + _offsets(result.events, texts, "events")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=list(DEFAULT_INPUTS))
    parser.add_argument("--sample", type=int, default=300, help="articles drawn (all when fewer)")
    parser.add_argument("--seed", type=int, default=47)
    parser.add_argument("--only", help="comma-separated perturbations (and combinations) to run")
    parser.add_argument("--exclude-ids", type=Path, help="a file of article ids to leave out")
    parser.add_argument("--show", type=int, default=0, help="examples printed per kind and perturbation")
    args = parser.parse_args(argv)
    exclude = set(args.exclude_ids.read_text(encoding="utf-8").split()) if args.exclude_ids else set()
    records = read_records(args.inputs, exclude)
    if len(records) > args.sample:
        records = random.Random(args.seed).sample(records, args.sample)
    names = args.only.split(",") if args.only else [*PERTURBATIONS, *COMBINED]
    outcomes, base = check(records, names, args.seed)
    print(f"{len(records)} article(s), seed {args.seed}; clean build: {len(base.failed)} failed, "
          f"{len(base.offsets)} offset(s) off")
    bad = bool(base.failed or base.offsets)
    for outcome in outcomes:
        print(outcome.line())
        bad |= bool(outcome.failed or outcome.offsets or (outcome.name in WORDLESS and outcome.moved))
        for aid, reason in outcome.failed[:args.show]:
            print(f"    failed {aid}: {reason}")
        for aid, what in outcome.offsets[:args.show]:
            print(f"    offset {aid}: {what}")
        for aid, diff in list(outcome.moved.items())[:args.show]:
            for key, n in sorted(diff.items(), key=str):
                print(f"    moved {aid}: {'+' if n > 0 else '-'}{abs(n)} {key}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
