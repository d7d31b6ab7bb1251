"""The JSON summaries of the two seed releases (corpus style `real`) stay byte for byte what they were.

A refactor must not change what the shipped models say about a real release. The expected output lives in
`tests/data/golden/<release id>.json`, written by `inspection-nlp summarise corpus/releases/<id>.txt --format json`
run from the repository root.

Regenerating the files is a deliberate step, for a change that is meant to alter the summaries (a new model,
a new fact slot): run

    INSPECTION_NLP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_golden.py

then read `git diff tests/data/golden` and commit it with the change that explains it.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
SEEDS = [
    record["id"]
    for record in map(json.loads, (ROOT / "corpus" / "index.jsonl").read_text(encoding="utf-8").splitlines())
    if record.get("style") == "real"
]


def test_the_seed_releases_are_the_two_real_ones():
    assert sorted(SEEDS) == ["waltham-forest-yjs-2024", "westminster-yjs-2024"]


@pytest.mark.parametrize("release_id", SEEDS)
def test_seed_summary_is_byte_identical(release_id, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["summarise", f"corpus/releases/{release_id}.txt", "--format", "json"])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{release_id}.json"
    if os.environ.get("INSPECTION_NLP_UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), result.stdout.splitlines(keepends=True),
            fromfile=str(golden.relative_to(ROOT)), tofile="today's summary",
        )
        pytest.fail("the summary changed (see the module docstring to regenerate):\n" + "".join(diff), pytrace=False)
