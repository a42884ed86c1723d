"""Where the development gold codes the same sentence differently in two documents (Timeline17 stories repeat
whole paragraphs of other stories): a split gold caps every figure and sends code changes chasing noise.

Usage: python scripts/gold_consistency.py [--json] [--no-texts] [--near 0.8] [--corpora ../shared/corpora]

The sets are those of ``tests/test_quality.py``'s ``HOW`` (``timeline.evaluate.gate.gate_sets``; a blind set is
never read). A group is one sentence (whitespace and quotes normalised) that is a gold row's sentence in one
document and a gold row's sentence, or part of the text, of another development document (a document of two sets
counts once per set). Its rows are paired by act: the same ``event_type``, else the same actors (the gold has no
trigger field: the actors stand in for the trigger words), else the one row left on each side. For each act it
prints every field the rows disagree on: ``date`` (given the anchors: the same date, or the same distance from each
row's anchor, agrees), ``precision``, ``event_type``, ``status``, ``actor1``, ``actor2``, ``location``, and
``row`` (a row in one document and none for that act in another whose text holds the sentence), with the row ids
and the notes' first words; and ``day``: the same reading of the date (the same distance from each anchor), with no
date words in one row at least, in stories filed on different days, which puts one act on two days (a dateline-dated saying copied into the next
day's story: stale copy, or a link to a dated episode one story gives and the other does not). Reading the documents' texts (for ``row``) needs the corpora; ``--no-texts`` compares
the gold rows alone. ``--near RATIO`` also groups two rows' sentences alike to that ratio (a wire paragraph
lightly edited in the story's next update: "the new amendments ... such as the military intervention" beside "the
amendments ... like the military action"); its groups are for reading, the test pins the exact ones. ``--json`` prints the disagreements as a list. It decides nothing: the lead rules on each.
"""

from __future__ import annotations

import argparse
import difflib
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's code, not the editable install's (README "Fragile")

from timeline.evaluate.events import CUT_RECORDS, load_articles, read_gold  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
FIELDS = ("date", "precision", "event_type", "status", "actor1", "actor2", "location")
_QUOTES = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"} |
                        {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032`"})
_SPACE = re.compile(r"\s+")
_NAMES = re.compile(r"\b[A-Z][\w'-]*|\d[\d,.]*")
_MIN_CONTAINED = 40  # a sentence shorter than this is not looked for inside another document's text


def normalise(text: str) -> str:
    """``text`` with curly quotes straight, runs of whitespace one space, and no quote or space at either end."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().strip("\"' ").strip()


def dev_rows(root: Path | None = None) -> list[dict]:
    """Every row of the development sets of ``root`` (this checkout), each with its set's name under ``set``."""
    root = root or ROOT
    rows = []
    for name, gold in gate_sets(root / "tests" / "test_quality.py").items():
        for row in read_gold(root / gold):
            rows.append(dict(row, set=name))
    return rows


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text and len(text) == 10 else None
    except ValueError:
        return None


def _relative(row: dict) -> tuple | None:
    """The row's date as a distance from its anchor at its precision (None when it cannot be told)."""
    date, anchor, precision = row.get("date"), row.get("anchor"), row.get("precision")
    if not date or not anchor or len(anchor) < 10:
        return None
    day = _day(anchor)
    if day is None:
        return None
    if precision == "day" and _day(date):
        return ("day", (_day(date) - day).days)
    if precision == "month" and re.fullmatch(r"\d{4}-\d{2}", date):
        return ("month", (int(date[:4]) - day.year) * 12 + int(date[5:7]) - day.month)
    if precision == "year" and re.fullmatch(r"\d{4}", date):
        return ("year", int(date) - day.year)
    match = re.fullmatch(r"(\d{4})-W(\d{2})", date)
    if precision == "week" and match:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return ("week", (monday - (day - dt.timedelta(days=day.weekday()))).days // 7)
    return None


def dates_agree(a: dict, b: dict) -> bool:
    """The same date, or the same distance from each row's anchor (a story's "yesterday" filed a day later)."""
    if a.get("date") == b.get("date"):
        return True
    rel = _relative(a)
    return rel is not None and rel == _relative(b)


def _value(row: dict, field: str):
    if field in ("date", "day"):
        return f"{row.get('date')} (anchor {row.get('anchor')}, {row.get('date_basis')})"
    return row.get(field)


def _actors(row: dict) -> tuple:
    return (row.get("actor1"), row.get("actor2"))


def pair_acts(docs: dict[tuple, list[dict]]) -> list[dict[tuple, dict]]:
    """The rows of each document of one sentence, paired across documents by act: {document: row} per act."""
    acts: list[dict[tuple, dict]] = []
    for doc, rows in docs.items():
        left = list(rows)
        free = list(acts)
        for key in (lambda r: r["event_type"], _actors):
            for row in list(left):
                for act in free:
                    if any(key(row) == key(other) for other in act.values()):
                        act[doc] = row
                        free.remove(act)
                        left.remove(row)
                        break
        if len(left) == 1 and len(free) == 1:
            free[0][doc] = left.pop()
        acts.extend({doc: row} for row in left)
    return acts


def _disagrees(rows: list[dict], field: str) -> bool:
    if field == "day":  # the same reading of stories filed on different days puts one act on two days
        return (not _disagrees(rows, "date") and len({r.get("date") for r in rows}) > 1
                and any(r.get("date_basis") in ("dateline", "inferred") for r in rows))  # no date words of its own
    if field == "date":
        return any(not dates_agree(a, b) for i, a in enumerate(rows) for b in rows[i + 1:])
    return len({_value(r, field) for r in rows}) > 1


def _cite(row: dict) -> dict:
    note = " ".join((row.get("note") or "").split()[:8])
    return {"set": row["set"], "id": row["id"], "note": note}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans share at least half of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= min(a[1] - a[0], b[1] - b[0])


def near_pairs(sentences: list[str], docs: list[tuple], ratio: float) -> list[tuple[int, int]]:
    """Pairs of sentences of two documents, each of at least ``_MIN_CONTAINED`` characters, alike to ``ratio``
    (difflib's) or more and with the same capitalised words and numbers: a wire story's paragraph lightly
    edited in its next update, not a readout's template filled with another leader's name."""
    shingles: dict[tuple, list[int]] = defaultdict(list)
    for i, text in enumerate(sentences):
        words = text.lower().split()
        if len(text) >= _MIN_CONTAINED:
            for k in set(zip(words, words[1:], words[2:])):
                shingles[k].append(i)
    shared: Counter = Counter()
    for rows in shingles.values():
        if len(rows) < 50:  # a phrase many sentences share links nothing
            shared.update((a, b) for n, a in enumerate(rows) for b in rows[n + 1:] if docs[a] != docs[b])
    names = [set(_NAMES.findall(text)) for text in sentences]
    return [(a, b) for (a, b), n in shared.items() if n >= 3 and sentences[a] != sentences[b]
            and names[a] == names[b] and difflib.SequenceMatcher(None, sentences[a], sentences[b]).ratio() >= ratio]


def groups(rows: list[dict], texts: dict[str, str] | None = None, near: float | None = None) -> list[dict]:
    """The rows of one text told in two or more documents, one group each: rows whose sentences are the same
    (normalised) or hold one another; with ``texts`` (article id -> text), also a row whose sentence another
    development document's text holds is grouped with that document's rows covering at least half of it, or,
    with none, that document stands in the group with no row. Each group: its sentence (the shortest), its
    documents and its acts."""
    docs = sorted({(r["set"], r["article_id"]) for r in rows})
    by_doc: dict[tuple, list[int]] = defaultdict(list)
    sentences = [normalise(r["sentence"]) for r in rows]
    for i, row in enumerate(rows):
        by_doc[(row["set"], row["article_id"])].append(i)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rowless: dict[int, set[tuple]] = defaultdict(set)  # row -> documents holding its sentence with no row on it
    if texts is None:
        for i, a in enumerate(sentences):
            for j in range(i + 1, len(rows)):
                b = sentences[j]
                if (rows[i]["set"], rows[i]["article_id"]) != (rows[j]["set"], rows[j]["article_id"]) and (
                        a == b or (min(len(a), len(b)) >= _MIN_CONTAINED and (a in b or b in a))):
                    parent[find(i)] = find(j)
    else:
        plain = {doc: normalise(texts.get(doc[1], "")) for doc in docs}
        spans = {i: plain[(r["set"], r["article_id"])].find(sentences[i]) for i, r in enumerate(rows)}
        for i, row in enumerate(rows):
            if len(sentences[i]) < _MIN_CONTAINED:
                continue
            for doc in docs:
                if doc == (row["set"], row["article_id"]):
                    continue
                at = plain[doc].find(sentences[i])
                if at < 0:
                    continue
                here = (at, at + len(sentences[i]))
                covering = [j for j in by_doc[doc] if spans[j] >= 0 and
                            _overlap(here, (spans[j], spans[j] + len(sentences[j])))]
                for j in covering:
                    parent[find(i)] = find(j)
                if not covering:
                    rowless[i].add(doc)
        for i, a in enumerate(sentences):  # rows whose sentence is not found in the normalised text
            for j in range(i + 1, len(rows)):
                if a == sentences[j] and rows[i]["article_id"] != rows[j]["article_id"]:
                    parent[find(i)] = find(j)
    if near is not None:
        for i, j in near_pairs(sentences, [(r["set"], r["article_id"]) for r in rows], near):
            parent[find(i)] = find(j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        members[find(i)].append(i)
    out = []
    for ids in members.values():
        group: dict[tuple, list[dict]] = {}
        for i in ids:
            group.setdefault((rows[i]["set"], rows[i]["article_id"]), []).append(rows[i])
        for i in ids:
            for doc in sorted(rowless[i]):
                group.setdefault(doc, [])
        if len(group) < 2:
            continue
        shortest = min((sentences[i] for i in ids), key=len)
        out.append({"sentence": shortest, "documents": list(group), "acts": pair_acts(group)})
    return out


def disagreements(found: list[dict]) -> list[dict]:
    """Every field an act's rows disagree on, and every document holding the sentence with no row for an act."""
    out = []
    for group in found:
        for act in group["acts"]:
            rows = list(act.values())
            for field in FIELDS + ("day",):
                if len(rows) > 1 and _disagrees(rows, field):
                    values: dict = {}
                    for row in rows:
                        values.setdefault(json.dumps(_value(row, field)), []).append(_cite(row))
                    out.append({"sentence": group["sentence"], "field": field,
                                "values": [{"value": json.loads(v), "rows": c} for v, c in values.items()]})
            absent = [doc for doc in group["documents"] if doc not in act]
            if absent:
                out.append({"sentence": group["sentence"], "field": "row",
                            "values": [{"value": f"{rows[0]['event_type']} row", "rows": [_cite(r) for r in rows]},
                                       {"value": f"no {rows[0]['event_type']} row", "rows": [{"set": s, "id": a, "note": ""}
                                                                    for s, a in absent]}]})
    return out


def _load_texts(rows: list[dict], corpora: Path) -> dict[str, str]:
    """article id -> text of every development document (a cut record's part from ``cut_records.jsonl``)."""
    articles = load_articles(rows, corpora, ROOT / "tests" / "data" / CUT_RECORDS)
    return {aid: article.text for aid, article in articles.items()}


def report(found: list[dict], listed: list[dict]) -> str:
    lines = []
    by_sentence: dict[str, list[dict]] = defaultdict(list)
    for item in listed:
        by_sentence[item["sentence"]].append(item)
    ranked = sorted(by_sentence.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for sentence, items in ranked:
        docs = next(g["documents"] for g in found if g["sentence"] == sentence)
        lines.append(f"\n{sentence[:160]!r}  ({len(docs)} documents, {len(items)} disagreements)")
        for item in items:
            lines.append(f"  {item['field']}:")
            for value in item["values"]:
                cites = "; ".join(f"{c['id']} [{c['set']}]" + (f" ({c['note']})" if c["note"] else "")
                                  for c in value["rows"])
                lines.append(f"    {value['value']!r}: {cites}")
    counts = Counter(item["field"] for item in listed)
    lines.append(f"\n{len(found)} sentences in two or more documents; {len(by_sentence)} with a disagreement; "
                 f"{len(listed)} disagreements")
    for field in FIELDS + ("row", "day"):
        lines.append(f"  {field:11} {counts.get(field, 0)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the disagreements as a JSON list")
    parser.add_argument("--no-texts", action="store_true", help="compare the gold rows only (no corpora read)")
    parser.add_argument("--near", type=float, metavar="RATIO",
                        help="also group sentences this alike (difflib ratio, e.g. 0.8): a lightly edited paragraph")
    parser.add_argument("--corpora", default=str(CORPORA))
    args = parser.parse_args(argv)
    rows = dev_rows()
    texts = None if args.no_texts else _load_texts(rows, Path(args.corpora))
    found = groups(rows, texts, args.near)
    listed = disagreements(found)
    print(json.dumps(listed, indent=1, ensure_ascii=False) if args.json else report(found, listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
