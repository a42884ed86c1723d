"""A small multinomial naive Bayes for the learned-typer experiments (``scripts/experiment_typer.py``,
``scripts/saying_typer_loso.py``): add-alpha smoothing over the features a function gives each example (a feature
listed twice counts twice); deterministic, with no randomness. Not used by the pipeline."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Callable, Iterable


class NaiveBayes:
    """Multinomial naive Bayes with add-``alpha`` smoothing, trained on ``examples`` labelled by their ``label`` key
    and described by ``features``; deterministic (ties go to the first label in sort order)."""

    def __init__(self, examples: list[dict], features: Callable[[dict], Iterable[str]], label: str = "label",
                 alpha: float = 0.5):
        self.features, self.alpha = features, alpha
        self.prior = Counter(x[label] for x in examples)
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for x in examples:
            self.counts[x[label]].update(features(x))
        self.labels = sorted(self.prior)
        self.vocab = {f for c in self.counts.values() for f in c}
        self.totals = {y: sum(self.counts[y].values()) for y in self.labels}
        self.n = sum(self.prior.values())

    def probabilities(self, x: dict) -> dict[str, float]:
        """Each label's probability for ``x`` (features never seen in training are left out)."""
        feats = [f for f in self.features(x) if f in self.vocab]
        v = len(self.vocab)
        scores = {}
        for y in self.labels:
            s = math.log(self.prior[y] / self.n)
            denominator = math.log(self.totals[y] + self.alpha * v)
            for f in feats:
                s += math.log(self.counts[y][f] + self.alpha) - denominator
            scores[y] = s
        top = max(scores.values())
        z = sum(math.exp(s - top) for s in scores.values())
        return {y: math.exp(s - top) / z for y, s in scores.items()}

    def predict(self, x: dict) -> tuple[str, float]:
        """The most probable label for ``x`` and its probability."""
        p = self.probabilities(x)
        best = max(self.labels, key=lambda y: (p[y], -self.labels.index(y)))
        return best, p[best]

    def predict_all(self, examples: list[dict]) -> list[tuple[str, float]]:
        return [self.predict(x) for x in examples]
