"""Shared fixtures: where the shared corpora and the samples are, and the fixed run date.

The corpora live beside the project (``../shared/corpora``); CI has them too.
Tests that read them are marked ``corpus`` and skip when they are missing.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
DATA = TESTS / "data"
SAMPLES = ROOT / "data" / "samples"
CORPORA = ROOT.parent / "shared" / "corpora"
SEEDS = CORPORA / "seeds"
SEED_DATELINE = "000_4ca74516ebb1d9ed"  # "WASHINGTON, August 30. /TASS/.", no year anywhere
SEED_NO_DATELINE = "003_a0fc1bd85d46184f"  # no dateline, no metadata
# Tests never read the clock: year inference is bounded by this run date.
RUN_DATE = dt.date(2026, 11, 22)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden output files in tests/golden/ from the current code.")
    parser.addoption("--update-floors", action="store_true",
                     help="Raise the pinned quality floors in tests/data/quality_floors.json to today's scores.")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_file(folder: Path, name: str, content: str | bytes) -> Path:
    """``folder / name`` written with ``content``: bytes as given, text as UTF-8 with its line ends as given."""
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def load_script(name: str, module_name: str):
    """``scripts/<name>.py`` imported as a module named ``module_name`` (registered in ``sys.modules``: dataclasses
    look their module up by name)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def corpus(*parts: str) -> Path:
    """A path in the shared corpora; skips the test when it is not there."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not found: {path}")
    return path


@pytest.fixture
def run_date() -> dt.date:
    return RUN_DATE


@pytest.fixture
def seeds_dir() -> Path:
    return corpus("seeds")
