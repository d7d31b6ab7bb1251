"""Is this revision slower than an earlier one? Both run on this machine, now, in the same environment.

A figure recorded weeks ago on a shared machine is no baseline: the same commit measured 35,400 words/s in one
session and 19,300 in the next. So this script checks the base revision out in a temporary git worktree and
runs the same programs on both revisions, alternating, so that a change of machine speed hits both alike:

- `throughput`: `summarise_many` over the corpus in one process (`benchmarks/programs/throughput.py`);
- `cold`: `python -m nlp summarise FILE` in a fresh process.

Each revision reads its own code and its own models. Reported: the median of each, and the ratio head / base
(words per CPU-second for throughput, wall seconds for the cold start).

    python benchmarks/compare.py 1fd7ce2               # base revision against the working tree, --fast
    python benchmarks/compare.py 1fd7ce2 --default     # the default summarise (with the encoder, if any)
    python benchmarks/compare.py 1fd7ce2 --rounds 5 --out benchmarks/compare.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = Path(__file__).resolve().parent / "programs" / "throughput.py"
COLD_FILE = "corpus/releases/westminster-yjs-2024.txt"


def run(root: Path, args: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}  # ahead of an editable install of another checkout
    return subprocess.run([sys.executable, *args], cwd=root, env=env, capture_output=True, text=True, check=True)


def has_fast(root: Path) -> bool:
    return "--fast" in run(root, ["-m", "nlp", "summarise", "--help"]).stdout


def throughput(root: Path, repeat: int, fast: bool) -> dict:
    flags = ["--fast"] if fast and has_fast(root) else []
    return json.loads(run(root, [str(PROGRAM), str(root), str(repeat), *flags]).stdout.strip().splitlines()[-1])


def cold(root: Path, fast: bool) -> float:
    flags = ["--fast"] if fast and has_fast(root) else []
    started = time.perf_counter()
    # its own models: the installed package's models are the editable checkout's, which another revision may not read
    run(root, ["-m", "nlp", "summarise", COLD_FILE, "--models", str(root / "models"), *flags])
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="git revision to compare against (e.g. a commit before a change)")
    parser.add_argument("--default", action="store_true", help="the default summarise, not --fast")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the corpus per throughput run")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    fast = not args.default
    head_rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="compare-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.base], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            roots = {"base": base, "head": ROOT}
            results: dict[str, dict[str, list[float]]] = {k: {"words_per_cpu_second": [], "words_per_second": [],
                                                              "cold_seconds": []} for k in roots}
            for _ in range(max(1, args.rounds)):
                for name, root in roots.items():
                    t = throughput(root, args.repeat, fast)
                    results[name]["words_per_cpu_second"].append(round(t["words_per_cpu_second"]))
                    results[name]["words_per_second"].append(round(t["words_per_second"]))
                    cold(root, fast)  # the first run warms the file cache
                    results[name]["cold_seconds"].append(round(cold(root, fast), 3))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
    medians = {name: {k: statistics.median(v) for k, v in r.items()} for name, r in results.items()}
    ratio_tp = medians["head"]["words_per_cpu_second"] / medians["base"]["words_per_cpu_second"]
    ratio_cold = medians["head"]["cold_seconds"] / medians["base"]["cold_seconds"]
    report = {"base": args.base, "head": head_rev + (" + working tree" if _dirty() else ""),
              "mode": "--fast" if fast else "default", "rounds": args.rounds, "runs": results, "medians": medians,
              "throughput_ratio": round(ratio_tp, 3), "cold_ratio": round(ratio_cold, 3),
              "load_average": os.getloadavg()}
    print(f"mode {report['mode']}, {args.rounds} alternating rounds, load average now "
          f"{', '.join(f'{x:.2f}' for x in report['load_average'])}")
    print(f"{'':6} {'words/CPU-s':>12} {'words/s':>10} {'cold s':>8}")
    for name in roots:
        m = medians[name]
        print(f"{name:6} {m['words_per_cpu_second']:>12,.0f} {m['words_per_second']:>10,.0f} {m['cold_seconds']:>8.3f}")
    print(f"head/base: throughput x{ratio_tp:.3f} (above 1 is faster), cold start x{ratio_cold:.3f} (below 1 is "
          "faster)")
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def _dirty() -> bool:
    return bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
