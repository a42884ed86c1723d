"""Scoring against gold data; each module is one yardstick, each has a script in scripts/.

- ``tempeval``: the TempEval-3 Task A scorer (TIMEX3 extents, types, values) for .tml folders;
- ``tbaq``: the temporal tagger on the TempEval-3 training set (``scripts/score_tempeval.py``);
- ``events``: events of TASS / White House articles against a hand-read gold (``scripts/score_events.py``);
- ``plover``: event categories and actors on PLOVER sentences (``scripts/score_plover.py``);
- ``gate``: which events gold files the quality gate scores (read by ``scripts/wrong_dates.py`` and
  ``scripts/audit_sample.py``, which takes the others for blind sets).

The figures are pinned as floors in ``tests/test_quality.py``.
"""
