"""Which filter drops the real events? Count, per reason, the trigger predicates the rules read and then rejected.

Usage: python scripts/drop_reasons.py [--corpora ../shared/corpora] [--sets a,b,...] [--json FILE] [--load FILE]
       [--top N] [--sort docs|fam] [--all] [--pool] [--per-set] [--show REASON] [--audit FILE ...]

(About 60 s for the 38 development sets on an idle machine; ``--json FILE`` keeps every dropped trigger so that
``--load FILE`` reads the table, ``--show`` and ``--per-set`` again without building.)

The thirty-fourth session's count (``drop34``; deterministic, no randomness; not used by the pipeline and it changes
no output: every development set is built exactly as ``scripts/score_events.py`` builds it).

How a drop is seen. While each article is built, a trace hook (``sys.settrace``, set only by this script) watches a
few filter functions of ``timeline.events`` return, and notes the line of each rejecting ``return`` with the trigger
it rejected:

- ``read``: ``predicates.PredicateReader.read`` returned None (a trigger the reader does not take as a predicate:
  part of a name, a modifier, a negation, "said to" hearsay ...);
- ``is_event``: ``extract._is_event`` returned False (quoted / topic / a noun no one owns, ``possible_force``, no
  agent ...); its first test is split into ``quoted``, ``topic`` and ``noun-unowned``;
- ``add``: ``extract._Builder.add`` returned None (an analyst's or a private person's saying, an unnamed source, a
  journalist's act, an unnamed toll ...); ``repeats`` / ``said-again`` / ``retold-point`` / ``emitted``: the
  builder's folds (True);
- ``no-act``: ``extract._no_act`` (the sentence holds no act);
- ``post:NAME``: a row the builder made that an article-level pass of ``extract_events`` (``fold_headline``,
  ``turn_repeats`` ...) took away;
- with no rejection noted: ``not-read`` (a sentence ``extract_events`` skipped: a headline, caption, credit line),
  ``narrowed`` (the reader read it but ``speech.read_sentence`` left it out of the sentence's predicates),
  ``unclaimed:FLAGS`` (a predicate of the sentence no pass made a row of; FLAGS are its own: embedded, noun,
  negated ...).

A trigger (``triggers.find_triggers`` over the body) is *dropped* when no final event's trigger starts inside it.
Its reason is the first rejection noted for it (``--all`` counts every distinct one), named by ``NAMES`` (words of
the comment at the rejecting return; an unnamed one is its function and line, "read:L731"). A dropped trigger is a
*positive* when a gold row the scoring left unmatched (MISSED) spans it (``pos``; ``fam``: of the trigger's family
too), a *negative* when no gold row spans it; one inside a matched row's span is neither. ``pool``: the trigger's
sentence has no system event at all. On the partly read sets (events_gold, _check, _blind) a negative may sit in a
sentence the gold never read. A positive only says the trigger stands in a missed row's sentence: the row may be of
another word of it ("the United [[States]]" in a sentence whose missed row is its other act), so ``fam``, the
positives of the gold row's own family, is the count to trust (``--sort fam``).

Output: one line per reason (positives, negatives, documents and sets of the positives, the random wire sets'
positives and negatives: fresh28-fresh41 since the thirty-ninth session, fresh28-fresh40 in the thirty-eighth,
fresh28-fresh39 in the thirty-seventh, fresh28-fresh34 before), then per set.
``--show REASON`` prints each of its dropped triggers in context (P positive, N negative); ``--audit FILE...`` counts
the reasons over unlabelled articles outside every development document (the audit sample, no labels: the negatives'
kin).
"""

from __future__ import annotations

import argparse
import json
import linecache
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.events import CUT_RECORDS, gold_span, canonical_events, load_articles, read_gold, score_events  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402
from timeline.events import extract, predicates  # noqa: E402
from timeline.events.triggers import event_type as type_info, find_triggers  # noqa: E402
from timeline.pipeline import process_article  # noqa: E402
from timeline.settings import Settings  # noqa: E402

# the random wire sets in the gate: fresh28-fresh41 (fresh28-40 in the thirty-eighth session, fresh28-39 in the
# thirty-seventh, fresh28-34 before the thirty-sixth)
WIRE = tuple(f"events_fresh{n}" for n in range(28, 42))
POST_PASSES = ("fold_headline", "date_retold", "lead_retold", "turn_counterparts", "praised", "turn_repeats",
               "turn_sayings", "fold_turn_sayings", "readout_topics", "without_reporters_turns", "outside_pull_quotes")


def _start_of(p) -> int | None:
    return None if p is None else p.trigger.start


def _event_start(e) -> int | None:
    return None if e is None else e.trigger_char_start


def _is_event_sub(frame, line: int) -> str:
    p = frame.f_locals.get("p")
    if p is not None and "p.quoted and not witnessed" in linecache.getline(extract.__file__, line - 3) + \
            linecache.getline(extract.__file__, line - 2) + linecache.getline(extract.__file__, line - 1):
        return "quoted" if p.quoted else "topic" if p.topic else "noun-unowned"
    return ""


# code object -> (name, the rejecting return value's test, where its trigger starts, a sub-reason)
TARGETS = {
    predicates.PredicateReader.read.__code__: ("read", lambda v: v is None, lambda f: f.f_locals["t"].start, None),
    extract._is_event.__code__: ("is_event", lambda v: v is False, lambda f: _start_of(f.f_locals.get("p")),
                                 _is_event_sub),
    extract._Builder.add.__code__: ("add", lambda v: v is None, lambda f: _start_of(f.f_locals.get("p")), None),
    extract._Builder.repeats.__code__: ("repeats", lambda v: v is True,
                                        lambda f: _event_start(f.f_locals.get("event")), None),
    extract._Builder._said_again.__code__: ("said-again", lambda v: v is True,
                                            lambda f: _event_start(f.f_locals.get("event")), None),
    extract._Builder.retold_point.__code__: ("retold-point", lambda v: v is True,
                                             lambda f: _event_start(f.f_locals.get("event")), None),
    extract._Builder.emitted.__code__: ("emitted", lambda v: v is True,
                                        lambda f: _event_start(f.f_locals.get("event")), None),
}


class Trace:
    """The rejections of one article: trigger start -> [reason, ...] in the order noted."""

    def __init__(self):
        self.notes: dict[int, list[str]] = defaultdict(list)
        self.sentences: list[tuple[int, int, dict[int, str]]] = []  # read sentences: span, predicate start -> shape
        self.no_act: set[int] = set()  # sentence starts ``_no_act`` stopped
        self.built: set[int] = set()  # trigger starts of the builder's rows before the article-level passes

    def note(self, start: int | None, reason: str) -> None:
        if start is not None:
            self.notes[start].append(reason)


CURRENT: list[Trace] = []


def _local(spec):
    name, rejects, where, sub = spec

    def tracer(frame, event, arg):
        if event == "return" and CURRENT and rejects(arg):
            line = frame.f_lineno
            extra = sub(frame, line) if sub else ""
            try:
                start = where(frame)
            except Exception:  # noqa: BLE001 (a frame without the local: nothing to note)
                start = None
            CURRENT[-1].note(start, reason_name(name, line, extra))
        return tracer
    return tracer


# short names of the rejecting returns, found by words of the comment on the line (or on the lines of its test above), so that a name
# outlives an edit that moves the line; a return not listed is named by its function and line ("read:L731")
NAMES = (
    ("is_event", "foreign dignitaries flew in", "agentless"),
    ("is_event", "could end up entering Syria", "possible-force"),
    ("is_event", "does not mean that China has", "capacity-force"),
    ("is_event", "as UN chief Ban Ki-moon warns", "statement-not-a-verb"),
    ("is_event", "the witness's \"they\" resolved", "witness-they"),
    ("is_event", "They discussed ongoing efforts", "retells-last-meeting"),
    ("is_event", "as he sought to improve relations", "undated-effort"),
    ("read", "part of a name", "in-a-name"),
    ("read", "have strengthened and aligned", "joint-without-joint-subject"),
    ("read", "what Moscow described as", "described-as"),
    ("read", "did not attack", "negated"),
    ("read", "our shared interests", "adjective"),
    ("read", "a powerful political group", "plural-noun"),
    ("read", "came to power", "nobody-visits"),
    ("read", "is said to have placed orders", "said-to-hearsay"),
    ("read", "working with local communities", "worked-with-no-party"),
    ("read", "called on", "called-no-phone-call"),
    ("read", "talks moving toward a deal", "no-troop-movement"),
    ("read", "threatening to spread", "danger-no-threat"),
    ("read", "12 Syrian generals have already defected", "unnamed-defectors"),
    ("read", "prices could rise if", "in-a-condition"),
    ("read", "has shown no sign of", "sign-of"),
    ("read", "received a letter", "received-no-guest"),
    ("add", "a step toward civil war", "analyst"),
    ("add", "said Sheree Zielke", "private-person"),
    ("add", "a senior U.S. official said", "unnamed-source"),
    ("add", "the same analyst again", "analyst-again"),
    ("add", "Two aid workers were kidnapped", "unnamed-toll"),
    ("add", "The BBC's Ian Pannell", "journalist"),
    ("add", "An estimated 1.5 million people", "according-to"),
    ("repeats", "audit sample", "said-again"),
)


def reason_name(func: str, line: int, extra: str = "") -> str:
    if extra:
        return f"{func}:{extra}"
    path = (predicates if func == "read" else extract).__file__
    near, k = linecache.getline(path, line), line - 1  # the line, and up to 8 above it back to the return before
    while k > line - 9 and k > 0 and "return " not in linecache.getline(path, k):
        near, k = linecache.getline(path, k) + near, k - 1
    name = next((n for f, words, n in NAMES if f == func and words in near), None)
    return f"{func}:{name or f'L{line}'}"


def _global(frame, event, arg):
    spec = TARGETS.get(frame.f_code)
    return _local(spec) if spec is not None else None


def _shape(p) -> str:
    """A predicate's own flags, to split the unclaimed ones: its form and what holds it back."""
    flags = [p.form] + [name for name in ("embedded", "quoted", "passive", "negated", "topic") if getattr(p, name)]
    if p.form == "noun" and not p.owned:
        flags.append("unowned")
    if p.status != "reported":
        flags.append(p.status)
    return "+".join(flags)


def install_trace() -> None:
    """Wrap the module globals ``extract_events`` calls, to see sentences, ``_no_act`` and the article-level folds."""
    read_sentence, no_act, sentence_events = extract.read_sentence, extract._no_act, extract._sentence_events

    def traced_read(text, low, start, end, *args, **kwargs):
        reading = read_sentence(text, low, start, end, *args, **kwargs)
        if CURRENT:
            CURRENT[-1].sentences.append((start, end, {p.trigger.start: _shape(p) for p in reading.predicates}))
        return reading

    def traced_no_act(builder, sent, dates):
        stopped = no_act(builder, sent, dates)
        if stopped and CURRENT:
            CURRENT[-1].no_act.add(sent.start)
        return stopped

    def traced_sentence_events(builder, sent, *args):
        sentence_events(builder, sent, *args)
        if CURRENT:
            CURRENT[-1].built |= {e.trigger_char_start for e in builder.events if e.trigger_char_start is not None}

    extract.read_sentence, extract._no_act, extract._sentence_events = traced_read, traced_no_act, traced_sentence_events
    for name in POST_PASSES:
        _wrap_post(name)


def _wrap_post(name: str) -> None:
    fn = getattr(extract, name)

    def traced(events, *args, **kwargs):
        out = fn(events, *args, **kwargs)
        if CURRENT:
            kept = {e.trigger_char_start for e in out}
            for e in events:
                if e.trigger_char_start is not None and e.trigger_char_start not in kept:
                    CURRENT[-1].note(e.trigger_char_start, f"post:{name}")
        return out
    setattr(extract, name, traced)


def traced_article(article, settings: Settings):
    """``process_article`` with the trace on: (its result, the ``Trace``)."""
    trace = Trace()
    CURRENT.append(trace)
    sys.settrace(_global)
    try:
        result = process_article(article, settings)
    finally:
        sys.settrace(None)
        CURRENT.pop()
    return result, trace


def dropped(result, trace: Trace, events) -> list[dict]:
    """The article's dropped triggers, each with its reasons."""
    text, low = result.article.text, result.article.text.lower()
    end = result.comments if result.comments is not None else len(text)
    rows = [(e.trigger_char_start, e.char_start, e.char_end) for e in events]
    out = []
    for t in find_triggers(low, result.anchor.body_start, end):
        if any(s is not None and t.start <= s < t.end for s, _, _ in rows):
            continue
        sentence = next(((a, b, preds) for a, b, preds in trace.sentences if a <= t.start < b), None)
        reasons = list(dict.fromkeys(trace.notes.get(t.start, [])))
        if not reasons:
            if sentence is None:
                reasons = ["not-read"]
            elif sentence[0] in trace.no_act:
                reasons = ["no-act"]
            elif t.start not in sentence[2]:
                reasons = ["narrowed"]
            elif t.start in trace.built:
                reasons = ["lost-later"]
            else:
                reasons = ["unclaimed:" + sentence[2][t.start]]
        span = (sentence[0], sentence[1]) if sentence else (t.start, t.end)
        pool = not any(max(a, span[0]) < min(b, span[1]) for _, a, b in rows)
        out.append({"start": t.start, "end": t.end, "trigger": t.text, "type": t.type, "form": t.form,
                    "reasons": reasons, "span": span, "pool": pool,
                    "shape": sentence[2].get(t.start, "") if sentence else ""})
    return out


def _label(d: dict, article_id: str, gold: list[dict], missed: set[int]) -> str:
    """P (inside a MISSED row's span), M (inside a matched row's only), N (no gold row spans it)."""
    inside = [i for i, row in enumerate(gold) if row["article_id"] == article_id
              and gold_span(row)[0] <= d["start"] < gold_span(row)[1]]
    if any(i in missed for i in inside):
        d["family_match"] = any(i in missed and type_info(gold[i]["event_type"]).family == type_info(d["type"]).family
                                for i in inside)
        return "P"
    return "M" if inside else "N"


def run_sets(corpora: Path, only: set[str] | None) -> list[dict]:
    settings = Settings()
    out = []
    for name, gold_path in gate_sets(ROOT / "tests" / "test_quality.py").items():
        if only and name not in only:
            continue
        gold = read_gold(ROOT / gold_path)
        articles = load_articles(gold, corpora, (ROOT / gold_path).with_name(CUT_RECORDS))
        traced = {aid: traced_article(a, settings) for aid, a in articles.items()}
        events = canonical_events({aid: r for aid, (r, _) in traced.items()})
        scores = score_events(gold, events)
        missed = {i for i, (row, e) in enumerate(scores.pairs) if e is None}
        for aid, (r, trace) in traced.items():
            for d in dropped(r, trace, events[aid]):
                d.update(set=name, article=aid, label=_label(d, aid, gold, missed),
                         sentence=r.article.text[d["span"][0]:d["span"][1]])
                out.append(d)
        print(f"{name}: {len(articles)} articles, {len(missed)} missed", file=sys.stderr)
    return out


def run_audit(paths: list[str], leave_out: set[str]) -> list[dict]:
    from timeline.ingest import read_articles, unique_ids
    from timeline.ingest.copies import read_once
    from timeline.model import Article
    settings = Settings()
    out = []
    for a in unique_ids(read_once(read_articles(paths, settings.fields, False))):  # (as ``build`` reads them)
        if not isinstance(a, Article) or a.id in leave_out:
            continue
        r, trace = traced_article(a, settings)
        for d in dropped(r, trace, r.events):
            d.update(set="audit", article=a.id, label="N?", sentence=a.text[d["span"][0]:d["span"][1]])
            out.append(d)
    return out


def table(drops: list[dict], every: bool, pool_only: bool, top: int, by: str = "docs") -> list[str]:
    stats: dict[str, dict] = defaultdict(lambda: {"P": 0, "fam": 0, "N": 0, "M": 0, "docs": set(), "sets": set(),
                                                  "wireP": 0, "wireN": 0, "wireM": 0, "wire_docs": set()})
    for d in drops:
        if pool_only and not d["pool"]:
            continue
        for reason in (d["reasons"] if every else d["reasons"][:1]):
            s = stats[reason]
            s[d["label"][0]] += 1
            if d["label"] == "P":
                s["fam"] += d.get("family_match", False)
                s["docs"].add(d["article"])
                s["sets"].add(d["set"])
            if d["set"] in WIRE:
                s["wire" + d["label"][0]] += 1
                if d["label"] == "P":
                    s["wire_docs"].add(d["article"])
    lines = [f"{'reason':58} {'pos':>4} {'fam':>4} {'neg':>5} {'share':>6} {'docs':>4} {'sets':>4} "
             f"{'wP':>3} {'wN':>4} {'wdoc':>4}  {'comment'}"]
    order = sorted(stats.items(), key=lambda kv: (-kv[1]["fam"] if by == "fam" else -len(kv[1]["docs"]), -kv[1]["P"],
                                                  -kv[1]["N"], kv[0]))  # (``--audit``: no positives, by negatives)
    for reason, s in order[:top]:
        share = s["P"] / max(s["P"] + s["N"], 1)
        lines.append(f"{reason:58} {s['P']:4} {s['fam']:4} {s['N']:5} {share:6.1%} {len(s['docs']):4} "
                     f"{len(s['sets']):4} {s['wireP']:3} {s['wireN']:4} {len(s['wire_docs']):4}  {comment(reason)}")
    return lines


def comment(reason: str) -> str:
    """The source comment at a rejecting line (its first words), to name the reason."""
    parts = reason.split(":")
    if len(parts) < 2 or not parts[1].startswith("L") or not parts[1][1:].isdigit():
        return ""
    module = predicates if parts[0] == "read" else extract
    number = int(parts[1][1:])
    for k in (number, number + 1, number - 1, number - 2):
        line = linecache.getline(module.__file__, k)
        if "#" in line:
            return line.split("#", 1)[1].strip()[:60]
    return linecache.getline(module.__file__, number).strip()[:60]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--sets", default="", help="comma-separated set names (default: every development set)")
    parser.add_argument("--json", help="write every dropped trigger to this JSONL file")
    parser.add_argument("--load", help="read the dropped triggers from a --json file instead of building")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", choices=("docs", "fam"), default="docs",
                        help="order reasons by the documents of their positives (default) or by their 'fam' count")
    parser.add_argument("--all", action="store_true", help="count every distinct reason of a trigger, not the first")
    parser.add_argument("--pool", action="store_true", help="only triggers in sentences with no system event")
    parser.add_argument("--show", help="print the dropped triggers of this reason")
    parser.add_argument("--per-set", action="store_true", help="the top reasons' positives and negatives per set")
    parser.add_argument("--audit", nargs="*", help="count over these unlabelled article files instead")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    install_trace()
    if args.load:
        drops = [json.loads(line) for line in Path(args.load).read_text(encoding="utf-8").splitlines()]
    elif args.audit:
        leave = {row["article_id"] for path in gate_sets(ROOT / "tests" / "test_quality.py").values()
                 for row in read_gold(ROOT / path)}
        drops = run_audit(args.audit, leave)
    else:
        drops = run_sets(corpora, set(filter(None, args.sets.split(","))))
    if args.json and not args.load:
        with open(args.json, "w", encoding="utf-8") as f:
            for d in drops:
                f.write(json.dumps({**d, "span": list(d["span"])}, ensure_ascii=False) + "\n")
    if args.show:
        for d in drops:
            if args.show in (d["reasons"] if args.all else d["reasons"][:1]) and (not args.pool or d["pool"]):
                at = d["start"] - d["span"][0]
                s = d["sentence"]
                print(f"{d['label']} {d['set']} {d['article']} [{d['type']}/{d['form']}] "
                      f"{s[:at]}[[{s[at:at + d['end'] - d['start']]}]]{s[at + d['end'] - d['start']:]}".replace("\n", " "))
        return
    print("\n".join(table(drops, args.all, args.pool, args.top, args.sort)))
    if args.per_set:
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for d in drops:
            if not args.pool or d["pool"]:
                counts[(d["reasons"][0], d["set"])][d["label"][0]] += 1
        for (reason, name), c in sorted(counts.items()):
            print(f"{reason:58} {name:20} P {c['P']:3} N {c['N']:4}")


if __name__ == "__main__":
    main()
