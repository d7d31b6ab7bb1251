"""The benchmark command runs and writes its results (timings are checked by the benchmarks, not here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_quick_benchmarks_write_results(tmp_path):
    proc = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--only", "cold,throughput", "--profile", "never",
         "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert {"schema", "command", "quick", "machine", "targets", "benchmarks", "rows"} <= set(report)
    assert report["quick"] is True
    assert {"cpu", "logical_cores", "ram_gb", "python", "packages"} <= set(report["machine"])
    assert set(report["benchmarks"]) == {"cold", "throughput"}
    assert report["benchmarks"]["cold"]["median_seconds"] > 0
    throughput = report["benchmarks"]["throughput"]
    assert throughput["releases"] >= 144 and throughput["words"] > 0
    for jobs in ("jobs_1", "jobs_2"):
        assert {"words_per_second", "releases_per_second", "words_per_second_per_process"} <= set(throughput[jobs])
    assert {r["benchmark"] for r in report["rows"]} == {"cold", "throughput"}
    assert all({"measure", "value", "unit", "target", "passed"} <= set(r) for r in report["rows"])
    markdown = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert report["machine"]["cpu"] in markdown and "| Benchmark |" in markdown
