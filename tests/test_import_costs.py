"""A command imports what it uses: ``timeline dates`` and ``timeline timex`` read dates only, and importing the actor
passes (``timeline.actors``: every pass, its patterns, and pandas) cost ``timeline dates "TEXT"`` about two seconds
of CPU on each call. Each check runs in a fresh interpreter, since this one has imported everything already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
