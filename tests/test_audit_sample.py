"""scripts/audit_sample.py: the audit sample never holds a document of a gold set (blind ones included)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("audit_sample_script", ROOT / "scripts" / "audit_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_audit_sample_leaves_out_every_gold_document():
    script = _script()
    used = script.gold_ids()
    for path in sorted((ROOT / "tests" / "data").glob("events_gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["article_id"] in used, path.name


def test_audit_sample_takes_the_first_unused_records(tmp_path):
    script = _script()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": "x"}) + "\n" for i in range(6)), encoding="utf-8")
    kept = [json.loads(line)["id"] for line in script.first_unused(corpus, 3, {"d0", "d2"})]
    assert kept == ["d1", "d3", "d4"]
