"""TempEval-3 Task A: timex extraction and normalization scores.

Gold and system are TimeML documents with the same ``<TEXT>``; only the TIMEX3
inside ``<TEXT>`` count (the DCT is the anchor, not a timex to find).

Matching, per document (``align``): both lists are sorted by (start, end);
each system timex, in that order, is paired with the first gold timex, in
that order, that is still unpaired and whose span overlaps it (shares at least
one character: ``max(starts) < min(ends)``, so touching spans and an empty
span overlap nothing). The pairing is one-to-one and greedy in document order:
a system span covering two gold spans takes the first and the second is
missed; of two system spans inside one gold span the first is matched and the
second is spurious. This is what the official TE3 toolkit does after its
TimeML-Normalizer has aligned ids by overlap (there at token level, here at
character level: the same whenever spans start and end on token boundaries).
It is not a maximum matching: with gold A and B, system X overlapping both
and system Y overlapping only A, X takes A, Y is spurious and B is missed.

Counts, pooled over documents: gold, system, relaxed (paired), strict (paired
with identical start and end), value_correct and type_correct (paired with the
identical TimeML value / type string). Measures, as the TE3 scorer reports:

- relaxed P = relaxed / system, R = relaxed / gold, F1 their harmonic mean;
  strict likewise with the strict count;
- value (and type) "attribute F1": P = value_correct / system, R =
  value_correct / gold, F1 = 2 * value_correct / (system + gold), which equals
  the official ``value accuracy * relaxed F1``;
- value (type) accuracy = value_correct (type_correct) / relaxed.

``measures`` returns percentages rounded to one decimal. A ratio with a zero
denominator is 0, except that with no gold and no system timexes at all every
measure is 100 (nothing to find, nothing wrong), as in the official scorer.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.errors import InputError, NoInputError, examples
from timeline.export.timeml import non_overlapping
from timeline.ingest.tml import Timex, TmlDocument, read_tml
from timeline.model import Mention

TYPES = ("DATE", "TIME", "DURATION", "SET")

# The phenomenon of a gold timex: the first row whose every given condition
# holds names it (type: equal; value: regex search; text: regex search,
# case-insensitive). Dates with a month come before weekdays ("Monday, Oct. 26"
# is resolved by its month-day), "ago/later" before deictic ("two weeks from
# now"), deictic before fuzzy references ("now" is PRESENT_REF).
_MONTH = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_WEEKDAY = r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satur|Sat|Sun)(?:day\b|\.)"
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|centurie)s?"
_YEAR = r"(?:\b(?:1[0-9]|20)[0-9]{2}\b|\bnineteen[- ]\w+|\btwo thousand\b)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
PHENOMENA: tuple[tuple[str, str | None, str | None, str | None], ...] = (
    # (name, type, value regex, text regex)
    ("set", "SET", None, None),
    ("duration", "DURATION", None, None),
    ("full_date", None, None,
     rf"{_MONTH}\s*{_DAY}\b,?\s*{_YEAR}|\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s*{_YEAR}"
     r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"),
    ("month_year", None, None, rf"{_MONTH},?\s+(?:of\s+)?(?:{_YEAR}|'\d\d\b)"),
    ("month_day", None, None, rf"{_MONTH}\s*{_DAY}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH}"),
    ("ago_later", None, None, rf"\b{_UNIT}[- ](?:ago|later|earlier|before|after|hence|from now)\b"),
    ("deictic", None, None, r"\b(?:today|yesterday|tomorrow|tonight|now)\b"),
    ("fuzzy_ref", None, r"^(?:PAST|PRESENT|FUTURE)_REF$", None),
    ("quarter_season", None, None, r"\b(?:quarter|half|spring|summer|fall|autumn|winter)s?\b"),
    ("quarter_season", None, r"-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$", None),
    ("weekday", None, None, _WEEKDAY),
    ("month", None, None, _MONTH),
    ("year", None, None, rf"{_YEAR}|'\d\d\b"),
    ("relative_unit", None, None,
     r"\b(?:last|this|next|past|coming|previous|current|latest|following|same|that|the)"
     rf"\s+(?:[\w-]+\s+)?{_UNIT}\b"),
    ("time_of_day", "TIME", None, None),
    ("time_of_day", None, None,
     r"\b\d{1,2}:\d\d\b|\b[ap]\.?m\b\.?|\b(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk)\b"),
)
_PHENOMENA = tuple((name, type_, re.compile(value) if value else None,
                    re.compile(text, re.I) if text else None)
                   for name, type_, value, text in PHENOMENA)
PHENOMENON_NAMES = tuple(dict.fromkeys(name for name, *_ in PHENOMENA)) + ("other",)


def phenomenon(text: str, type: str, value: str) -> str:
    """The phenomenon of a gold timex: the first matching row of ``PHENOMENA``, else "other"."""
    for name, type_, value_re, text_re in _PHENOMENA:
        if ((type_ is None or type == type_)
                and (text_re is None or text_re.search(text))
                and (value_re is None or value_re.search(value))):
            return name
    return "other"


def measures(*, gold: int, system: int, relaxed: int, strict: int,
             value_correct: int, type_correct: int) -> dict[str, float]:
    """TE3 Task A measures from pooled counts, in percent with one decimal (see module doc)."""
    perfect = gold == 0 and system == 0
    result: dict[str, float] = {}
    for name, hits in (("relaxed", relaxed), ("strict", strict),
                       ("value", value_correct), ("type", type_correct)):
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        f1 = 2 * hits / (system + gold) if system + gold else 0.0
        result[f"{name}_p"], result[f"{name}_r"], result[f"{name}_f1"] = p, r, f1
    result["value_accuracy"] = value_correct / relaxed if relaxed else 0.0
    result["type_accuracy"] = type_correct / relaxed if relaxed else 0.0
    return {key: 100.0 if perfect else round(100 * share, 1) for key, share in result.items()}


@dataclass(frozen=True, slots=True)
class Alignment:
    """One row of the listing: a gold timex and what the system made of it, or a spurious one."""

    document: str
    status: str  # correct | wrong | missed | spurious
    problems: tuple[str, ...]  # for "wrong": some of "extent", "type", "value"
    phenomenon: str | None  # of the gold timex; None when spurious
    gold: Timex | None
    system: Timex | None

    def format(self) -> str:
        where = f"{self.document}:{(self.gold or self.system).start}"
        label = self.status if self.status != "wrong" else "wrong " + "+".join(self.problems)
        gold = _describe(self.gold) if self.gold else "-"
        system = _describe(self.system) if self.system else "missed"
        return f"{where}\t{label}\t{self.phenomenon or '-'}\t{gold}\t->\t{system}"


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    """Gold timexes of one type or phenomenon: how many were found, and how well."""

    key: str
    gold: int
    found: int  # paired with a system timex (relaxed)
    strict: int
    value_correct: int
    type_correct: int

    @property
    def found_pct(self) -> float:
        return round(100 * self.found / self.gold, 1) if self.gold else 0.0

    @property
    def value_accuracy(self) -> float:
        """Percent of the found ones with the right value."""
        return round(100 * self.value_correct / self.found, 1) if self.found else 0.0


@dataclass(frozen=True, slots=True)
class TempevalReport:
    """Pooled TE3 Task A counts, breakdowns and the alignment listing."""

    documents: int
    gold: int
    system: int
    relaxed: int
    strict: int
    value_correct: int
    type_correct: int
    by_type: tuple[BreakdownRow, ...] = ()
    by_phenomenon: tuple[BreakdownRow, ...] = ()
    rows: tuple[Alignment, ...] = ()  # every gold timex, and every spurious system timex
    missing: tuple[str, ...] = ()  # gold documents with no system document (all gold missed)
    unpaired: tuple[str, ...] = ()  # system files with no gold file (not scored)

    def measures(self) -> dict[str, float]:
        """relaxed_p/r/f1, strict_p/r/f1, value_p/r/f1, type_p/r/f1, value_accuracy,
        type_accuracy: percentages with one decimal."""
        return measures(gold=self.gold, system=self.system, relaxed=self.relaxed, strict=self.strict,
                        value_correct=self.value_correct, type_correct=self.type_correct)

    @property
    def errors(self) -> tuple[Alignment, ...]:
        """The rows that are not correct: wrong extent/type/value, missed, spurious."""
        return tuple(row for row in self.rows if row.status != "correct")

    def format(self, errors: bool = False) -> str:
        """A plain-text table for the terminal; with ``errors`` the listing follows."""
        m = self.measures()
        lines = [f"TempEval-3 Task A: {self.documents} documents, {self.gold} gold timexes, "
                 f"{self.system} system timexes"]
        if self.missing:
            lines.append(f"no system file for {len(self.missing)} of {self.documents} gold documents "
                         f"(their gold counted as missed): {examples(self.missing)}")
        if self.unpaired:
            lines.append(f"system files without gold, not scored: {len(self.unpaired)}")
        lines += ["", f"{'':<10}{'P':>7}{'R':>7}{'F1':>7}{'count':>8}"]
        for name, count in (("relaxed", self.relaxed), ("strict", self.strict),
                            ("value", self.value_correct), ("type", self.type_correct)):
            lines.append(f"{name:<10}{m[name + '_p']:>7.1f}{m[name + '_r']:>7.1f}"
                         f"{m[name + '_f1']:>7.1f}{count:>8}")
        lines.append(f"value accuracy over found: {m['value_accuracy']:.1f}   "
                     f"type accuracy over found: {m['type_accuracy']:.1f}")
        for title, table in (("by gold type", self.by_type), ("by phenomenon", self.by_phenomenon)):
            lines += ["", f"{title:<16}{'gold':>6}{'found':>7}{'found%':>8}{'strict':>8}"
                          f"{'value':>7}{'value%':>8}"]
            for row in table:
                lines.append(f"{row.key:<16}{row.gold:>6}{row.found:>7}{row.found_pct:>8.1f}"
                             f"{row.strict:>8}{row.value_correct:>7}{row.value_accuracy:>8.1f}")
        text = "\n".join(lines) + "\n"
        return text + "\n" + self.format_errors() if errors else text

    def format_errors(self) -> str:
        """One tab-separated line per error: where, status, phenomenon, gold -> system."""
        return "".join(row.format() + "\n" for row in self.errors)


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex | None, Timex | None]]:
    """Greedy one-to-one overlap pairing (module doc); pairs in document order.

    Each gold timex appears once (with its system timex or None); each
    unpaired system timex appears once as (None, system).
    """
    gold_sorted = sorted(gold, key=lambda t: (t.start, t.end))
    partner: list[Timex | None] = [None] * len(gold_sorted)
    spurious: list[Timex] = []
    for candidate in sorted(system, key=lambda t: (t.start, t.end)):
        for index, g in enumerate(gold_sorted):
            if g.start >= candidate.end:
                spurious.append(candidate)
                break
            if partner[index] is None and max(g.start, candidate.start) < min(g.end, candidate.end):
                partner[index] = candidate
                break
        else:
            spurious.append(candidate)
    pairs = [(g, s) for g, s in zip(gold_sorted, partner)] + [(None, s) for s in spurious]
    return sorted(pairs, key=lambda pair: ((pair[0] or pair[1]).start, pair[0] is None))


def score_documents(pairs: Iterable[tuple[str, TmlDocument, TmlDocument | None]]) -> TempevalReport:
    """Score (name, gold, system) triples; system None means no system output for that document.

    Raises ``InputError`` when a system text differs from its gold text.
    """
    documents = 0
    system_total = 0
    rows: list[Alignment] = []
    missing: list[str] = []
    for name, gold, system in pairs:
        documents += 1
        if system is None:
            missing.append(name)
            rows += [_row(name, g, None) for g in gold.timexes]
            continue
        difference = _text_difference(gold.text, system.text)
        if difference:
            raise InputError(name, f"the system text differs from the gold text ({difference})",
                             "the system must keep the gold <TEXT> exactly and only add TIMEX3 tags")
        system_total += len(system.timexes)
        rows += [_row(name, g, s) for g, s in align(gold.timexes, system.timexes)]
    return _report(documents, system_total, rows, tuple(missing))


def score_dirs(gold_dir: str | Path, system_dir: str | Path, *,
               exclude: Iterable[str] = ()) -> TempevalReport:
    """Score the ``.tml`` files under ``system_dir`` against those under ``gold_dir``.

    Files are paired by file name, searching both folders recursively (so a
    gold folder with TimeBank/ and AQUAINT/ pairs with a flat system folder).
    ``exclude`` names gold files to leave out, with or without ``.tml``. A
    missing system file counts its gold as missed and is listed in
    ``report.missing``; a system text different from its gold raises
    ``InputError`` naming both files.
    """
    excluded = {name.removesuffix(".tml") for name in exclude}
    gold_files = [path for path in _tml_files(gold_dir) if path.stem not in excluded]
    if not gold_files:
        raise NoInputError(f"{gold_dir}: no .tml gold files (check the folder; "
                           "TempEval-3's training data, TBAQ-cleaned, is not shipped: the README's `timeline "
                           "timex` says where it comes from)")
    if not Path(system_dir).exists():
        raise InputError(str(system_dir), "the system folder does not exist",
                         "write the system's .tml files there first")
    gold_by_name = _by_name(gold_files, gold_dir)
    system_by_name = _by_name(_tml_files(system_dir), system_dir)
    if not any(name in system_by_name for name in gold_by_name):
        # Scoring nothing against everything would print F1 0.0 as if it were a result.
        raise NoInputError(
            f"none of the {len(gold_by_name)} gold files in {gold_dir} has a system file of the same name in "
            f"{system_dir} (it holds {len(system_by_name)} .tml file(s); files are paired by name; "
            f"missing e.g. {examples(sorted(gold_by_name), 3)}); write the system files first: "
            f"`timeline timex {gold_dir} -o {system_dir}`")

    rewrite = f"`timeline timex {shlex.quote(str(gold_dir))} -o {shlex.quote(str(system_dir))}`"

    def pairs() -> Iterable[tuple[str, TmlDocument, TmlDocument | None]]:
        for name, gold_path in sorted(gold_by_name.items()):
            gold = read_tml(gold_path)
            system_path = system_by_name.get(name)
            system = _read_system(system_path, rewrite) if system_path else None
            if system is not None:
                difference = _text_difference(gold.text, system.text)
                if difference:
                    raise InputError(str(system_path),
                                     f"its text differs from the gold file {gold_path} ({difference})",
                                     "the system must keep the gold <TEXT> exactly and only add TIMEX3 tags; "
                                     f"to write timeline's system files again from the gold files, re-run {rewrite}")
            yield name, gold, system

    report = score_documents(pairs())
    unpaired = tuple(sorted(name for name in system_by_name if name not in gold_by_name
                            and Path(name).stem not in excluded))
    return replace(report, unpaired=unpaired)


def _read_system(path: Path, rewrite: str) -> TmlDocument:
    """A system file; one that cannot be read (no <TEXT>, no DCT, not UTF-8: cut short or edited by hand) is fixed by
    writing it again from its gold file, not by the TimeML advice ``read_tml`` gives for an article or a gold file."""
    try:
        return read_tml(path)
    except InputError as err:
        raise InputError(err.path, f"the system file cannot be read: {err.problem}",
                         f"write the system files again from the gold files: re-run {rewrite}") from None


def document_from_mentions(gold: TmlDocument, mentions: Iterable[Mention]) -> TmlDocument:
    """A system document for in-memory scoring: the gold text with ``mentions`` as its timexes.

    Overlapping mentions are thinned exactly as when writing TimeML
    (``timeline.export.timeml.non_overlapping``), so scoring in memory and
    scoring written files give the same figures.
    """
    timexes = tuple(Timex(start=m.start, end=m.end, text=gold.text[m.start:m.end], tid=f"t{number}",
                          type=m.type, value=m.value, mod=m.mod)
                    for number, m in enumerate(non_overlapping(mentions), start=1))
    return TmlDocument(docid=gold.docid, dct=gold.dct, text=gold.text, timexes=timexes, title=gold.title)


def _row(document: str, gold: Timex | None, system: Timex | None) -> Alignment:
    if gold is None:
        return Alignment(document, "spurious", (), None, None, system)
    kind = phenomenon(gold.text, gold.type, gold.value)
    if system is None:
        return Alignment(document, "missed", (), kind, gold, None)
    problems = tuple(name for name, bad in (
        ("extent", (gold.start, gold.end) != (system.start, system.end)),
        ("type", gold.type != system.type),
        ("value", gold.value != system.value)) if bad)
    return Alignment(document, "wrong" if problems else "correct", problems, kind, gold, system)


def _report(documents: int, system: int, rows: list[Alignment], missing: tuple[str, ...]) -> TempevalReport:
    paired = [row for row in rows if row.gold is not None and row.system is not None]
    return TempevalReport(
        documents=documents,
        gold=sum(row.gold is not None for row in rows),
        system=system,
        relaxed=len(paired),
        strict=sum("extent" not in row.problems for row in paired),
        value_correct=sum("value" not in row.problems for row in paired),
        type_correct=sum("type" not in row.problems for row in paired),
        by_type=_breakdown(rows, lambda row: row.gold.type, TYPES),
        by_phenomenon=_breakdown(rows, lambda row: row.phenomenon, PHENOMENON_NAMES),
        rows=tuple(rows),
        missing=missing,
    )


def _breakdown(rows: list[Alignment], key, order: Sequence[str]) -> tuple[BreakdownRow, ...]:
    groups: dict[str, list[Alignment]] = {}
    for row in rows:
        if row.gold is not None:
            groups.setdefault(key(row), []).append(row)
    keys = [k for k in order if k in groups] + sorted(k for k in groups if k not in order)
    result = []
    for k in keys:
        found = [row for row in groups[k] if row.system is not None]
        result.append(BreakdownRow(
            key=k, gold=len(groups[k]), found=len(found),
            strict=sum("extent" not in row.problems for row in found),
            value_correct=sum("value" not in row.problems for row in found),
            type_correct=sum("type" not in row.problems for row in found)))
    return tuple(result)


def _tml_files(root: str | Path) -> list[Path]:
    root = Path(root)
    if root.is_file():
        return [root]
    return sorted(path for path in root.rglob("*.tml") if path.is_file())


def _by_name(paths: list[Path], root: str | Path) -> dict[str, Path]:
    by_name: dict[str, Path] = {}
    for path in paths:
        if path.name in by_name:
            raise InputError(str(root), f"two files named {path.name}: {by_name[path.name]} and {path}",
                             "files are paired by name; keep one of them or score the folders separately")
        by_name[path.name] = path
    return by_name


def _text_difference(gold: str, system: str) -> str | None:
    """Where two texts first differ, shown briefly; None when they are equal."""
    if gold == system:
        return None
    at = next((i for i, (a, b) in enumerate(zip(gold, system)) if a != b), min(len(gold), len(system)))
    return (f"first difference at character {at}: gold {gold[at:at + 30]!r}, system {system[at:at + 30]!r}; "
            f"lengths {len(gold)} and {len(system)}")


def _describe(timex: Timex) -> str:
    mod = f" mod={timex.mod}" if timex.mod else ""
    return f"{timex.text!r} {timex.type} {timex.value}{mod}"
