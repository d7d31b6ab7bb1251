"""Benchmark `trends` and `report` over 1,000 summaries: wall time and peak memory (max RSS) of each.

The summaries are the gold summaries of the shipped releases (as a perfect `summarise` would give them),
repeated with new sources and dates until there are N; items carry no `themes` field, so the theme tagger
runs too (the slow path). Each stage runs in a fresh process so its peak RSS is its own.

    python benchmarks/bench_trends.py            # N=1000, prints a Markdown table
    python benchmarks/bench_trends.py --n 200 --json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(n: int, path: Path) -> Path:
    """N summaries from the gold ones: copy k of release r is re-dated k years later, same service."""
    sys.path.insert(0, str(ROOT / "tests"))
    from report_fixtures import gold_summaries

    base = gold_summaries()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            summary = json.loads(json.dumps(base[i % len(base)]))
            k = i // len(base)
            stem = Path(summary["source"]).stem
            summary["source"] = f"bench/{stem}-copy{k}.txt"
            if summary.get("published") and k:
                summary["published"] = f"{int(summary['published'][:4]) - k}{summary['published'][4:]}"
            fh.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return path


def run_stage(stage: str, corpus: Path, out: Path) -> dict:
    start = time.perf_counter()
    if stage == "trends":
        from nlp.trends import trends_from_inputs, write_trends

        trends, rows = trends_from_inputs([corpus])
        write_trends(trends, out)
        count = len(rows)
    else:
        from nlp.report import build_report

        result = build_report([corpus], out)
        count = result.pages + len(result.failed)
    seconds = time.perf_counter() - start
    return {"stage": stage, "summaries": count, "seconds": round(seconds, 2),
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    parser.add_argument("--stage", choices=["trends", "report"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.corpus, args.out)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(args.n, tmp / "summaries.jsonl")
        results = []
        for stage in ("trends", "report"):
            done = subprocess.run([sys.executable, __file__, "--stage", stage, "--corpus", str(corpus),
                                   "--out", str(tmp / stage)], check=True, capture_output=True, text=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        size = sum(p.stat().st_size for p in (tmp / "report").rglob("*") if p.is_file())
        results[-1]["site_mb"] = round(size / 2**20, 1)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("| stage | summaries | seconds | peak RSS (MB) |\n|---|---|---|---|")
    for r in results:
        print(f"| {r['stage']} | {r['summaries']} | {r['seconds']} | {r['max_rss_mb']} |")
    print(f"\nsite size: {results[-1]['site_mb']} MB")


if __name__ == "__main__":
    main()
