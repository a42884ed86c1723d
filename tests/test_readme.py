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


def test_readme_publication_date_forms_read_as_it_says():
    """The forms "Publication dates" lists are those `anchor.parse_published` reads, and the one that reads either
    way is read month first and flagged."""
    import datetime as dt

    from timeline.anchor import ambiguous_published, parse_published

    section = " ".join(README.split("**Publication dates.**", 1)[1].split("\n\n", 1)[0].split())
    for form in ("2018-08-30", "2018-08-30T21:09:18-04:00", "08/30/2018", "30/08/2018", "Aug 30, 2018",
                 "30 August 2018"):
        assert f"`{form}`" in section
        assert parse_published(form) == dt.date(2018, 8, 30) and not ambiguous_published(form)
    assert "`03/04/2019`" in section and parse_published("03/04/2019") == dt.date(2019, 3, 4)
    assert ambiguous_published("03/04/2019")
    for word in ("yesterday", "2018-13-45"):
        assert f'"{word}"' in section and parse_published(word) is None


def test_readme_read_table_example_runs_on_a_build(tmp_path, monkeypatch):
    """The README's `timeline.read_table` block runs as written in a folder with a build's outputs/, and gives the
    types it promises."""
    import shutil

    import timeline
    from timeline.settings import Settings

    match = re.search(r"<!-- read-table -->\s*```python\n(.+?)\n```", README, re.S)
    assert match, "README has no read-table block"
    timeline.build([ROOT / "data" / "samples"], Settings()).write(tmp_path / "outputs")
    shutil.copy(tmp_path / "outputs" / "events.csv", tmp_path / "renamed.csv")
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(match.group(1), names)
    events, mine = names["events"], names["mine"]
    assert str(events["cameo"].dtype) == "string" and (events["cameo"] == "04").any()
    assert str(events["date_char_start"].dtype) == "Int64" and str(names["articles"]["record"].dtype) == "Int64"
    assert mine.equals(events)
