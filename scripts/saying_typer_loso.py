"""Could a learned reader type what a saying says better than the rules? Leave one set out, sayings only.

Usage: python scripts/saying_typer_loso.py [--corpora ../shared/corpora] [--cache FILE] [--per-set] [--slow]

The twenty-ninth session's experiment (``stat29``; deterministic, no randomness). It was not adopted: no variant
gains under leave-one-set-out (the README's Quality note "A learned saying typer, measured" has the table).

Data. Every development events set of the quality gate (``gate.gate_sets``: never a blind one) is built and
paired with its gold rows exactly as ``scripts/score_events.py`` does (``system_events``, ``score_events``). A
*saying row* is a matched system event the rules typed ``statement`` or whose trigger's first word is a verb of
saying (``speech_verbs.txt``: "accused", "urged", "warned" ...). Label: the gold ``event_type``.

Features: the sentence's lowercased words and word pairs (digits as NUM), the speaker (the row's ``actor1``)
masked as SPK, the trigger; with ``rule`` also the rules' type (three times: the rules' reading as evidence).

Models: multinomial naive Bayes (add-0.5) and softmax regression (numpy, full batch, 200 steps, L2 1, features
seen twice or more).

Variants (thresholds fixed before the folds were looked at; every one is printed, none is chosen):

- ``alone``: the model's top type, trained on the saying rows with the rules' type as a feature;
- ``margin t``: the top type only when p(top) - p(rules' type) > t, else the rules' type (same training);
- ``away POOL t``: only rows the rules typed ``statement`` move, to the top type when p(top) - p(statement) > t;
  trained without the rules' type on POOL: the ``statement`` rows, every saying row, or (``--slow``, regression
  only) every matched row of every type.

Each set is held out in turn (the model never sees its rows); ``fix`` counts rows the rules typed wrong that the
model types right, ``break`` rows the rules typed right that the model types wrong. The rules were tuned on every
set, the held-out one too, so this favours the rules somewhat; fresh29 (untuned when drawn) is the fairest row.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.actors.gazetteer import SPEECH_VERB  # noqa: E402
from timeline.evaluate.events import CUT_RECORDS, load_articles, read_gold, score_events, system_events  # noqa: E402
from timeline.evaluate import naive_bayes  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402

WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
THRESHOLDS = (0.0, 0.2, 0.4, 0.6, 0.8)


def matched_rows(corpora: Path) -> list[dict]:
    """One dict per matched (gold row, system event) pair of every development set."""
    out = []
    for name, gold_path in gate_sets(ROOT / "tests" / "test_quality.py").items():
        gold = read_gold(ROOT / gold_path)
        articles = load_articles(gold, corpora, (ROOT / gold_path).with_name(CUT_RECORDS))
        for row, e in score_events(gold, system_events(articles)).pairs:
            if e is not None:
                out.append({"set": name, "gold": row["event_type"], "rule": e.event_type, "trigger": e.trigger or "",
                            "sentence": e.sentence, "speaker": e.actor1 or ""})
    return out


def is_saying(x: dict) -> bool:
    first = x["trigger"].lower().split()[:1]
    return x["rule"] == "statement" or bool(first and SPEECH_VERB.fullmatch(first[0]))


def features(x: dict, rule: bool) -> Counter:
    text = x["sentence"]
    if x["speaker"]:
        text = re.sub(re.escape(x["speaker"]), " SPK ", text, flags=re.I)
    words = ["NUM" if w.isdigit() else w for w in WORD.findall(text.lower())]
    f = Counter(words)
    f.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    f["TRIG=" + x["trigger"].lower()] += 1
    if rule:
        f["RULE=" + x["rule"]] += 3
    return f


class NaiveBayes(naive_bayes.NaiveBayes):
    """The shared naive Bayes (``timeline.evaluate.naive_bayes``) over ``features``, with or without the rules' type."""

    def __init__(self, rows: list[dict], rule: bool, alpha: float = 0.5):
        super().__init__(rows, lambda x: features(x, rule).elements(), label="gold", alpha=alpha)

    proba = naive_bayes.NaiveBayes.probabilities


class Softmax:
    def __init__(self, rows: list[dict], rule: bool, l2: float = 1.0, steps: int = 200, rate: float = 1.0):
        self.rule, self.labels = rule, sorted({x["gold"] for x in rows})
        seen = Counter(w for x in rows for w in features(x, rule))
        self.vocab = {w: i for i, w in enumerate(sorted(w for w, n in seen.items() if n >= 2))}
        cols = [self._cols(x) for x in rows]
        idx = np.array([j for c in cols for j in c], dtype=int)
        assert all(cols), "a row with no feature seen twice"  # reduceat below needs one entry a row
        starts = np.cumsum([0] + [len(c) for c in cols[:-1]])
        row_of = np.repeat(np.arange(len(rows)), [len(c) for c in cols])
        order = np.argsort(idx, kind="stable")  # the entries by column, for the gradient's sums
        used, col_starts = np.unique(idx[order], return_index=True)
        Y = np.eye(len(self.labels))[[self.labels.index(x["gold"]) for x in rows]]
        W, b, n = np.zeros((len(self.vocab), len(self.labels))), np.zeros(len(self.labels)), len(rows)
        for _ in range(steps):
            Z = np.add.reduceat(W[idx], starts) + b
            E = np.exp(Z - Z.max(1, keepdims=True))
            G = E / E.sum(1, keepdims=True) - Y
            gW = np.zeros_like(W)
            gW[used] = np.add.reduceat(G[row_of[order]], col_starts)
            W -= rate * (gW + l2 * W) / n
            b -= rate * G.mean(0)
        self.W, self.b = W, b

    def _cols(self, x: dict) -> list[int]:
        return sorted({self.vocab[w] for w in features(x, self.rule) if w in self.vocab})

    def proba(self, x: dict) -> dict[str, float]:
        z = self.W[self._cols(x)].sum(0) + self.b
        z = np.exp(z - z.max())
        return dict(zip(self.labels, (z / z.sum()).tolist()))


def held_out(model, pool: list[dict], test: list[dict], rule: bool, sets: list[str]) -> list[dict[str, float]]:
    """The model's probabilities for each test row, trained on the pool's rows of the other sets."""
    out: list = [None] * len(test)
    for s in sets:
        m = model([x for x in pool if x["set"] != s], rule)
        for i, x in enumerate(test):
            if x["set"] == s:
                out[i] = m.proba(x)
    return out


def decide(p: dict[str, float], rule: str, variant: str, t: float) -> str:
    top = max(sorted(p), key=p.get)
    if variant == "alone":
        return top
    if variant == "away" and rule != "statement":
        return rule
    return top if p[top] - p.get(rule, 0.0) > t else rule


def count(test: list[dict], probs: list, variant: str, t: float, sets: list[str]) -> dict[str, Counter]:
    per = {s: Counter() for s in sets}
    for x, p in zip(test, probs):
        d, c = decide(p, x["rule"], variant, t), per[x["set"]]
        c["rows"] += 1
        c["moved"] += d != x["rule"]
        c["fix"] += d == x["gold"] != x["rule"]
        c["break"] += x["rule"] == x["gold"] != d
    return per


def line(label: str, per: dict[str, Counter]) -> str:
    tot = sum(per.values(), Counter())
    up = sum(c["fix"] > c["break"] for c in per.values())
    down = sum(c["fix"] < c["break"] for c in per.values())
    return (f"{label:34} moved {tot['moved']:4}  fix {tot['fix']:3}  break {tot['break']:3}  "
            f"net {tot['fix'] - tot['break']:+4}  sets up {up:2} down {down:2}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--cache", help="keep the matched rows in this JSON file (a second run skips the pipeline)")
    ap.add_argument("--per-set", action="store_true", help="print each set's counts for every variant")
    ap.add_argument("--slow", action="store_true", help="also the regression trained on every matched row")
    args = ap.parse_args(argv)
    if args.cache and Path(args.cache).exists():
        rows = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    else:
        rows = matched_rows(Path(args.corpora))
        if args.cache:
            Path(args.cache).write_text(json.dumps(rows), encoding="utf-8")
    sets = list(dict.fromkeys(x["set"] for x in rows))
    sayings = [x for x in rows if is_saying(x)]
    statements = [x for x in sayings if x["rule"] == "statement"]
    print(f"{len(sets)} sets, {len(rows)} matched rows, {len(sayings)} saying rows "
          f"({sum(x['rule'] == x['gold'] for x in sayings)} typed right by the rules), {len(statements)} typed "
          f"statement ({sum(x['gold'] != 'statement' for x in statements)} of them gold another type)")
    runs = []
    for name, model in (("bayes", NaiveBayes), ("softmax", Softmax)):
        probs = held_out(model, sayings, sayings, True, sets)
        runs.append((f"{name} alone", count(sayings, probs, "alone", 0.0, sets)))
        runs += [(f"{name} margin {t:.1f}", count(sayings, probs, "margin", t, sets)) for t in THRESHOLDS]
        pools = [("statement", statements), ("saying", sayings)] + ([("all", rows)] if args.slow and name == "softmax" else [])
        for pool_name, pool in pools:
            probs = held_out(model, pool, statements, False, sets)
            runs += [(f"{name} away {pool_name} {t:.1f}", count(statements, probs, "away", t, sets)) for t in THRESHOLDS]
    if not args.slow:  # the naive Bayes over every matched row is quick
        probs = held_out(NaiveBayes, rows, statements, False, sets)
        runs += [(f"bayes away all {t:.1f}", count(statements, probs, "away", t, sets)) for t in THRESHOLDS]
    for label, per in runs:
        print(line(label, per))
        if args.per_set:
            for s, c in per.items():
                if c["moved"]:
                    print(f"    {s:16} rows {c['rows']:3} moved {c['moved']:3} fix {c['fix']:2} break {c['break']:2}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
