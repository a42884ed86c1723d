"""A command imports what it uses: ``timeline dates`` and ``timeline timex`` read dates only, and importing the actor
passes (``timeline.actors``: every pass, its patterns, and pandas) cost ``timeline dates "TEXT"`` about two seconds
of CPU on each call. Each check runs in a fresh interpreter, since this one has imported everything already."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("timeline.actors", "timeline.events", "pandas")


def _loaded_after(code: str) -> list[str]:
    """The modules of ``HEAVY`` that a fresh interpreter has loaded after running ``code``."""
    probe = code + f"\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_dates_command_loads_no_actor_passes():
    code = ("from click.testing import CliRunner\nfrom timeline.cli import main\n"
            "result = CliRunner().invoke(main, ['dates', 'Lavrov said on Wednesday.', '--reference-date', '2018-08-30'])\n"
            "assert result.exit_code == 0 and '2018-08-29' in result.output, result.output\n")
    assert _loaded_after(code) == []


def test_article_lead_and_timex_load_no_actor_passes():
    assert _loaded_after("import timeline.article_lead") == []
    assert _loaded_after("import timeline.timex") == []


def test_untitled_lead_still_reads_credits():
    """The lead of an untitled article still passes over its credits (the import moved into ``lead``)."""
    from timeline.article_lead import lead

    assert lead("By Jim Muir BBC News, Beirut\nSyrian forces shelled Homs on Monday.") == \
        "Syrian forces shelled Homs on Monday."


def test_date_rules_compile_when_first_used():
    """The 43 date rules' own expressions are compiled when a text first has a candidate of the rule: a weekday
    needs one of them; and a rule that does not compile is still named."""
    code = ("from timeline.temporal import find_mentions\nfrom timeline.temporal import grammar\n"
            "import datetime as dt\n"
            "assert [m.text for m in find_mentions('Lavrov said on Wednesday.', dt.date(2018, 8, 30))] == ['Wednesday']\n"
            "print(grammar.rule_pattern.cache_info().currsize, len(grammar.RULES))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    compiled, rules = map(int, done.stdout.split())
    assert compiled == 1 and rules > 40


def test_a_broken_date_rule_is_named(monkeypatch):
    from timeline.temporal import grammar

    monkeypatch.setattr(grammar, "RULES", grammar.RULES + [("broken_rule", r"(?P<x>a")])
    with pytest.raises(re.error, match="broken_rule"):
        grammar._master()
