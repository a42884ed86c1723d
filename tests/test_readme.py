"""The README's promises: the Quickstart commands and what CI runs."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```bash\n(.+?)\n```", README, re.S)
    assert match, f"README has no {marker} block"
    return match.group(1).strip()


@pytest.mark.parametrize("marker", ["main-command", "test-command"])
def test_readme_quickstart_is_one_command_each(marker):
    command = _command(marker)
    assert "\n" not in command and command.startswith("python3 -m venv .venv")


@pytest.mark.parametrize("marker", ["test-command"])
def test_readme_ci_runs_the_test_command_verbatim(marker):
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in ci.splitlines()]
    assert _command(marker) in lines
