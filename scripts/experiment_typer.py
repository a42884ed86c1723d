"""Does a learned event typer beat the typing rules on documents it was not built from?

Usage: python scripts/experiment_typer.py [--corpora ../shared/corpora] [--cache FILE] [--no-plover]
                                          [--blind-time] [--documents] [--json]

The experiment behind the README note "A learned typer, measured" (deterministic: no randomness anywhere).

Data. The 15 development gold sets (named one by one in ``SETS``; never the blind ones), each run through the
pipeline exactly as ``scripts/score_events.py`` runs it, and matched to its gold rows as
``timeline.evaluate.events.match`` matches them. Each matched pair is one example: the system event's sentence,
its trigger (the predicate the rules typed it by), the rules' type and status, the kinds of its actor1 and
actor2, and the gold type as the label. The PLOVER dev sentences (``plover/sentences_dev.jsonl``) add training
examples: the rules' reading of the sentence (``sentence_event``), labelled with the rules' own fine type when
its PLOVER category is the gold one, else with the one fine type of the gold category (CONSULT, which has five,
gives no example then).

Model. A multinomial naive Bayes over the clause's features (``features``): the rules' type (and with its
status), the trigger as written and its crude stem, the stems of the four words either side of the trigger and
of the next ten (the clause a speech verb reports), the sentence's words when no trigger typed it, the actor
kinds, negation and modality before the trigger. Add-``ALPHA`` smoothing. A softmax regression (numpy) was tried
as the model alone; it agrees with the rules almost everywhere (its fits are too slow for the nested threshold folds
on a shared machine), and its code is gone (git log of this file).

Measures, on the system events that match a gold event (type accuracy: the system type equals the gold one):

- (a) the rules: the pipeline's type as it is;
- (b) the model alone: its most probable type;
- (c) the model overriding the rules only when it disagrees with them at probability >= t, where t is chosen
  inside the training folds: for each held-out set, an inner leave-one-set-out over the 14 training sets gives
  the model's predictions on each of them, and t is the grid value that makes (c) best over those; the model
  trained on all 14 (and PLOVER) then types the held-out set with that t.

Leave-one-SET-out: each of the 15 sets is held out in turn (its documents are no training data). Today's
rules were tuned on every set, the held-out one too, so (a) is in-sample for the rules there; ``--blind-time``
also reads each held-out set (in the outer and the inner folds) with the rules of the commit that added it
(``BLIND_COMMITS``: annotated before the rules ran on it), the comparison that stands for new documents. With
``--documents``, also leave-one-DOCUMENT-out within the pooled sets (train on every other document, of every
set, and PLOVER), with t chosen by an inner leave-one-set-out over the other sets. The figures after training
on a set are no measure of that set (it was the training data); only held-out figures are reported.

``--cache FILE`` keeps the extracted examples (a JSON file) so that a second run skips the pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.actors import ActorRegistry, find_actors  # noqa: E402
from timeline.evaluate.events import load_articles, match, read_gold  # noqa: E402
from timeline.evaluate.naive_bayes import NaiveBayes  # noqa: E402
from timeline.events import sentence_event  # noqa: E402
from timeline.events.triggers import event_type as type_info  # noqa: E402
from timeline.pipeline import _canonical_actors, process_article  # noqa: E402
from timeline.settings import Settings  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
DATA = ROOT / "tests" / "data"
# the development gold sets, named one by one (the blind sets are never read)
SETS = ("events_gold.jsonl", "events_gold_check.jsonl", "events_gold_blind.jsonl", "events_gold_fresh.jsonl",
        "events_gold_fresh2.jsonl", "events_gold_fresh3.jsonl", "events_gold_fresh4.jsonl",
        "events_gold_fresh5.jsonl", "events_gold_fresh6.jsonl", "events_gold_fresh7.jsonl",
        "events_gold_fresh8.jsonl", "events_gold_fresh9.jsonl", "events_gold_fresh10.jsonl",
        "events_gold_fresh11.jsonl", "events_gold_bbc.jsonl")
# the commit that added each set, annotated before the rules were ever run on it: its rules had not been tuned
# on the set yet (events_gold.jsonl has none: the rules were written from it)
BLIND_COMMITS = {"events_gold_check.jsonl": "44b7ef8", "events_gold_blind.jsonl": "e4a26a7",
                 "events_gold_fresh.jsonl": "91e5de2", "events_gold_fresh2.jsonl": "5d0b2cb",
                 "events_gold_fresh3.jsonl": "06a1e2c", "events_gold_fresh4.jsonl": "686a593",
                 "events_gold_fresh5.jsonl": "e93b837", "events_gold_fresh6.jsonl": "fdb16e9",
                 "events_gold_fresh7.jsonl": "044e034", "events_gold_fresh8.jsonl": "9c2b78a",
                 "events_gold_fresh9.jsonl": "8366162", "events_gold_fresh10.jsonl": "517451a",
                 "events_gold_fresh11.jsonl": "8396760", "events_gold_bbc.jsonl": "26b84eb"}
PLOVER_TYPES = {"AGREE": "agreement", "COOPERATE": "cooperate", "AID": "aid", "SUPPORT": "support",
                "CONCEDE": "concede", "RETREAT": "retreat", "INVESTIGATE": "investigate", "DEMAND": "demand",
                "DISAPPROVE": "accuse", "REJECT": "reject", "THREATEN": "threaten", "PROTEST": "protest",
                "MOBILIZE": "mobilize", "SANCTION": "sanction", "COERCE": "coerce", "FIGHT": "military",
                "ASSAULT": "assault"}
ALPHA = 0.5
WINDOW = 4
GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.01)  # 1.01: never override
NEGATIONS = {"not", "n't", "no", "never", "nor", "without", "refused", "declined"}
MODALS = {"will", "would", "may", "might", "could", "should", "shall", "must", "plans", "planned", "intends",
          "expected", "to", "ready", "willing", "if"}
CLAUSE = 10  # words after the window (the reported clause of a speech verb), as a bag
BAG = False  # the whole sentence's words as a bag for every clause (always when no trigger typed it)
STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "that", "this", "by", "at", "as",
        "is", "was", "were", "be", "been", "are", "it", "its", "his", "her", "their", "he", "she", "they", "we",
        "from", "has", "have", "had", "said", "says"}
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")


# ---------------------------------------------------------------- data

def _example(sentence: str, trigger: str | None, rule: str, status: str, kind1: str | None, kind2: str | None,
             label: str, **where) -> dict:
    return {"sentence": sentence, "trigger": trigger, "rule": rule, "status": status, "kind1": kind1,
            "kind2": kind2, "label": label, **where}


def set_examples(name: str, corpora: Path, settings: Settings = Settings()) -> list[dict]:
    """The matched (gold, system event) pairs of one gold set, as examples."""
    gold = read_gold(DATA / name)
    articles = load_articles(gold, corpora)
    results = {aid: process_article(a, settings) for aid, a in articles.items()}
    registry = ActorRegistry()
    for aid, result in results.items():
        registry.add(aid, result.actors)
    kinds = {}  # (article, event index) -> (kind of actor1, kind of actor2), read before names are made canonical
    for aid, result in results.items():
        by_name = {m.name: m.kind for m in result.actors}
        for i, e in enumerate(result.events):
            kinds[(aid, i)] = (by_name.get(e.actor1) if e.actor1 else None, by_name.get(e.actor2) if e.actor2 else None)
    events = {aid: _canonical_actors(result, registry) for aid, result in results.items()}
    index = {id(e): (aid, i) for aid, evs in events.items() for i, e in enumerate(evs)}
    out = []
    for row, e in match(gold, events):
        if e is None:
            continue
        k1, k2 = kinds[index[id(e)]]
        out.append(_example(e.sentence, e.trigger, e.event_type, e.status, k1, k2, row["event_type"],
                            set=name, article=row["article_id"], gold_id=row["id"]))
    return out


def blind_examples(name: str, commit: str, corpora: Path) -> list[dict]:
    """``set_examples`` of one set (today's gold rows) with the rules as they were at ``commit``: a detached
    worktree of that commit in a temporary folder runs a copy of this script, then is removed."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="typer_") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True,
                       capture_output=True)
        try:
            (tree / "scripts" / "_experiment_typer.py").write_text(Path(__file__).read_text(encoding="utf-8"),
                                                                  encoding="utf-8")
            out = Path(tmp) / "examples.json"
            code = ("import sys, json; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
                    "import _experiment_typer as E; E.DATA = Path(sys.argv[2]); "
                    "json.dump(E.set_examples(sys.argv[3], Path(sys.argv[4])), open(sys.argv[5], 'w'))")
            env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
            subprocess.run([sys.executable, "-c", code, str(tree / "scripts"), str(DATA), name, str(corpora), str(out)],
                           check=True, cwd=tree, env=env)
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True,
                           capture_output=True)


def plover_examples(path: Path) -> list[dict]:
    """The PLOVER dev sentences as training examples (see the module docstring)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        event = sentence_event(text, find_actors(text))
        if event is None:
            continue
        predicted = type_info(event.event_type).codes(event.status)[1]
        if predicted == record["event"]:
            label = event.event_type
        elif record["event"] in PLOVER_TYPES:
            label = PLOVER_TYPES[record["event"]]
        else:
            continue
        out.append(_example(text, event.predicate.trigger.text, event.event_type, event.status,
                            event.actor1.kind if event.actor1 else None, event.actor2.kind if event.actor2 else None,
                            label, set="plover", article=record["id"], gold_id=record["id"],
                            plover=record["event"]))
    return out


# ---------------------------------------------------------------- features

def stem(word: str) -> str:
    """A crude stem: "meetings" / "meeting" / "met" are not joined, but "accused" / "accuses" / "accusing" are."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def features(x: dict) -> list[str]:
    """The clause's features (see the module docstring)."""
    sentence = x["sentence"]
    low = sentence.lower()
    trigger = (x["trigger"] or "").lower()
    at = low.find(trigger) if trigger else -1
    if at < 0:
        at, end = 0, 0
    else:
        end = at + len(trigger)
    left = WORD.findall(low[:at])[-WINDOW:]
    right = WORD.findall(low[end:])[:WINDOW]
    words = WORD.findall(trigger)
    out = [f"R={x['rule']}", f"RS={x['rule']}/{x['status']}", f"S={x['status']}", f"T={trigger}",
           f"K1={x['kind1']}", f"K2={x['kind2']}"]
    out += [f"TS={stem(w)}" for w in words]
    out += [f"RT={x['rule']}/{stem(words[0])}"] if words else []
    out += [f"L={stem(w)}" for w in left] + [f"N={stem(w)}" for w in right]
    if CLAUSE:
        out += [f"C={stem(w)}" for w in WORD.findall(low[end:])[WINDOW:WINDOW + CLAUSE] if w not in STOP]
    if not trigger or BAG:
        out += [f"W={stem(w)}" for w in sorted(set(WORD.findall(low))) if w not in STOP]
    if any(w in NEGATIONS for w in left + words):
        out.append("NEG")
    if any(w in MODALS for w in left):
        out.append("MOD")
    return out


# ---------------------------------------------------------------- model

def MODEL(examples: list[dict]) -> NaiveBayes:
    """The naive Bayes over the clause's ``features``, add-``ALPHA`` (``timeline.evaluate.naive_bayes``)."""
    return NaiveBayes(examples, features, alpha=ALPHA)


def combined(x: dict, predicted: str, confidence: float, threshold: float) -> str:
    """(c): the model's type when it disagrees with the rules at probability >= threshold, else the rules'."""
    return predicted if predicted != x["rule"] and confidence >= threshold else x["rule"]


def choose_threshold(train_sets: dict[str, list[dict]], extra: list[dict],
                     tests: dict[str, list[dict]] | None = None) -> float:
    """The grid threshold that makes (c) best over an inner leave-one-set-out of ``train_sets`` (ties: the
    higher threshold, the fewer overrides); ``tests`` as in ``leave_one_set_out``."""
    tests = tests or train_sets
    scored = []  # (example, predicted, confidence)
    for held in train_sets:
        model = MODEL([x for s, xs in train_sets.items() if s != held for x in xs] + extra)
        scored += [(x, y, c) for x, (y, c) in zip(tests[held], model.predict_all(tests[held]))]
    best = max(GRID, key=lambda t: (sum(combined(x, y, c, t) == x["label"] for x, y, c in scored), t))
    return best


def evaluate(held_out: list[dict], model: NaiveBayes, threshold: float) -> list[dict]:
    out = []
    for x, (y, c) in zip(held_out, model.predict_all(held_out)):
        out.append({**x, "model": y, "confidence": c, "combined": combined(x, y, c, threshold), "threshold": threshold})
    return out


def leave_one_set_out(by_set: dict[str, list[dict]], extra: list[dict],
                      tests: dict[str, list[dict]] | None = None) -> list[dict]:
    """Each set held out in turn; ``tests`` (the sets read by the rules of their blind time) replaces the held-out
    set's examples, in the outer folds and in the inner ones that choose the threshold."""
    tests = tests or by_set
    results = []
    for held in by_set:
        train = {s: xs for s, xs in by_set.items() if s != held}
        threshold = choose_threshold(train, extra, {s: xs for s, xs in tests.items() if s != held})
        model = MODEL([x for xs in train.values() for x in xs] + extra)
        results += evaluate(tests[held], model, threshold)
    return results


def leave_one_document_out(by_set: dict[str, list[dict]], extra: list[dict]) -> list[dict]:
    """Each document held out in turn, trained on every other document (of its own set too) and ``extra``;
    the threshold is the leave-one-set-out one of the other sets (chosen once per set, without that set)."""
    results = []
    for held in by_set:
        threshold = choose_threshold({s: xs for s, xs in by_set.items() if s != held}, extra)
        for article in sorted({x["article"] for x in by_set[held]}):
            train = [x for xs in by_set.values() for x in xs if x["article"] != article] + extra
            model = MODEL(train)
            results += evaluate([x for x in by_set[held] if x["article"] == article], model, threshold)
    return results


# ---------------------------------------------------------------- report

def _pct(n: int, d: int) -> float:
    return round(100.0 * n / d, 1) if d else 0.0


def table(results: list[dict], order: list[str]) -> tuple[list[str], dict]:
    lines = [f"{'held-out set':28} {'n':>4} {'(a) rules':>9} {'(b) model':>9} {'(c) both':>9} {'t':>6} {'c-a':>6}"]
    wins = 0
    for s in order + ["pooled"]:
        rs = [r for r in results if s == "pooled" or r["set"] == s]
        a = sum(r["rule"] == r["label"] for r in rs)
        b = sum(r["model"] == r["label"] for r in rs)
        c = sum(r["combined"] == r["label"] for r in rs)
        t = rs[0]["threshold"] if s != "pooled" and rs else float("nan")
        if s != "pooled":
            wins += _pct(c, len(rs)) > _pct(a, len(rs))
        lines.append(f"{s:28} {len(rs):4} {_pct(a, len(rs)):9.1f} {_pct(b, len(rs)):9.1f} {_pct(c, len(rs)):9.1f} "
                     f"{t:6.3f} {_pct(c, len(rs)) - _pct(a, len(rs)):+6.1f}")
    pooled = [r for r in results]
    summary = {"pooled_rules": _pct(sum(r["rule"] == r["label"] for r in pooled), len(pooled)),
               "pooled_model": _pct(sum(r["model"] == r["label"] for r in pooled), len(pooled)),
               "pooled_combined": _pct(sum(r["combined"] == r["label"] for r in pooled), len(pooled)),
               "sets_combined_better": wins,
               "sets_combined_worse": sum(
                   _pct(sum(r["combined"] == r["label"] for r in results if r["set"] == s), n)
                   < _pct(sum(r["rule"] == r["label"] for r in results if r["set"] == s), n)
                   for s in order for n in [sum(r["set"] == s for r in results)])}
    lines.append(f"(c) better than (a) on {wins} of {len(order)} held-out sets, worse on "
                 f"{summary['sets_combined_worse']}")
    return lines, summary


def moves(results: list[dict], column: str = "combined", top: int = 12) -> list[str]:
    """Where ``column`` ("combined": (c); "model": (b)) differs from the rules: (gold, rules, model) triples that
    it fixed, broke, or got wrong as the rules did."""
    fixed, broke, both = Counter(), Counter(), Counter()
    for r in results:
        if r[column] == r["rule"]:
            continue
        pair = (r["label"], r["rule"], r[column])
        if r[column] == r["label"]:
            fixed[pair] += 1
        elif r["rule"] == r["label"]:
            broke[pair] += 1
        else:
            both[pair] += 1
    name = "overrides of (c)" if column == "combined" else "disagreements of (b) the model alone"
    lines = [f"{name}: {sum(fixed.values())} fixed, {sum(broke.values())} broke, {sum(both.values())} wrong either way"]
    for name, counter in (("fixed", fixed), ("broke", broke), ("wrong either way", both)):
        for (gold, rule, model), n in counter.most_common(top):
            lines.append(f"  {name:16} gold {gold:11} rules {rule:11} model {model:11} {n}")
    return lines


def plover_check(by_set: dict[str, list[dict]], plover: list[dict]) -> list[str]:
    """The model trained on the 15 gold sets alone (no PLOVER) types the PLOVER dev sentences the rules found an
    event in: PLOVER category accuracy of the rules, the model alone and (c) at the threshold chosen by a
    leave-one-set-out over the gold sets."""
    threshold = choose_threshold(by_set, [])
    model = MODEL([x for xs in by_set.values() for x in xs])
    results = evaluate(plover, model, threshold)

    def category(event_type: str, status: str) -> str | None:
        return type_info(event_type).codes(status)[1]

    n = len(results)
    a = sum(category(r["rule"], r["status"]) == r["plover"] for r in results)
    b = sum(category(r["model"], r["status"]) == r["plover"] for r in results)
    c = sum(category(r["combined"], r["status"]) == r["plover"] for r in results)
    return [f"PLOVER dev ({n} sentences the rules read an event in; the model trained on the 15 gold sets only, "
            f"t {threshold}): category accuracy rules {_pct(a, n)}, model {_pct(b, n)}, (c) {_pct(c, n)}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(CORPORA))
    parser.add_argument("--cache", help="a JSON file keeping the extracted examples between runs")
    parser.add_argument("--no-plover", action="store_true", help="train on the gold sets only")
    parser.add_argument("--blind-time", action="store_true",
                        help="also test each set as the rules of its blind time read it (git worktrees of BLIND_COMMITS)")
    parser.add_argument("--documents", action="store_true", help="also leave one document out")
    parser.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    args = parser.parse_args(argv)
    corpora = Path(args.corpora)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
    else:
        data = {name: set_examples(name, corpora) for name in SETS}
        data["plover"] = plover_examples(corpora / "plover" / "sentences_dev.jsonl")
        if cache:
            cache.write_text(json.dumps(data), encoding="utf-8")
    if args.blind_time and "blind_time" not in data:
        data["blind_time"] = {name: blind_examples(name, commit, corpora) for name, commit in BLIND_COMMITS.items()}
        if cache:
            cache.write_text(json.dumps(data), encoding="utf-8")
    by_set = {name: data[name] for name in SETS}
    extra = [] if args.no_plover else data["plover"]
    results = leave_one_set_out(by_set, extra)
    lines, summary = table(results, list(SETS))
    report = {"leave_one_set_out": summary}
    text = ["Leave one SET out, today's rules (type accuracy over matched system events; the rules were tuned on "
            "every set, the held-out one too; PLOVER "
            + ("not used" if args.no_plover else f"adds {len(extra)} training examples") + ")", *lines, *moves(results)]
    if args.blind_time:
        tests = {name: data["blind_time"].get(name, by_set[name]) for name in SETS}
        blind_results = leave_one_set_out(by_set, extra, tests)
        lines, summary = table(blind_results, list(SETS))
        report["leave_one_set_out_blind_time"] = summary
        text += ["", "Leave one SET out, each held-out set read by the rules of its blind time (BLIND_COMMITS; "
                 "events_gold.jsonl by today's), the model trained on the other sets read by today's rules",
                 *lines, *moves(blind_results), *moves(blind_results, "model", 8)]
    if not args.no_plover:
        text += ["", *plover_check(by_set, data["plover"])]
    if args.documents:
        doc_results = leave_one_document_out(by_set, extra)
        lines, summary = table(doc_results, list(SETS))
        report["leave_one_document_out"] = summary
        text += ["", "Leave one DOCUMENT out (trained on the other documents of every set)", *lines, *moves(doc_results)]
    print(json.dumps(report, indent=2) if args.json else "\n".join(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
