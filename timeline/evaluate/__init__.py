"""Scoring against gold corpora (TempEval-3 timexes: ``timeline.evaluate.tempeval``)."""
