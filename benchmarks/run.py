"""Benchmarks for inspection-nlp: cold start, batch throughput, a plain spaCy ``ner`` reference, memory,
model load time and training time.

One command runs them all, prints a table and writes ``benchmarks/results.json`` and
``benchmarks/RESULTS.md`` with the machine the figures came from::

    .venv/bin/python benchmarks/run.py            # full run (about 5 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # fewer repeats and files, for smoke tests
    .venv/bin/python benchmarks/run.py --only cold,throughput --out /tmp/bench
    .venv/bin/python benchmarks/run.py --only encoder_train   # fine-tunes the encoder (minutes; [train] extra)

The default `summarise` mixes the linear classifier with the fine-tuned encoder (int8 ONNX); `cold_fast` and
`throughput_fast` measure `summarise --fast` (the linear classifier alone).

Every figure is measured in this run; nothing is copied from elsewhere. Timings on a shared machine are
noisy, so throughput takes the best of several repeats (as ``timeit`` does) and cold start the median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = Path(__file__).resolve().parent / "programs"  # the measured programs, each run in a fresh process
sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
CLI = str(Path(sys.executable).with_name("inspection-nlp"))
COLD_FILE = "corpus/releases/westminster-yjs-2024.txt"
BENCHMARKS = ("train", "load", "cold", "cold_fast", "throughput", "throughput_fast", "reference", "memory",
              "encoder_train")
DEFAULT_BENCHMARKS = tuple(name for name in BENCHMARKS if name != "encoder_train")  # that one is opt-in: minutes
SCHEMA = "inspection-benchmarks/1"
PACKAGES = ("inspection-nlp", "spacy", "thinc", "scikit-learn", "skops", "numpy", "scipy", "typer", "rich",
            "onnxruntime", "tokenizers", "torch")

# Targets from issue 8, revised by issue 15 for the encoder (2-core machine).
TARGETS = {
    "cold_seconds": 2.0,  # default summarise (linear + encoder)
    "cold_fast_seconds": 1.3,  # summarise --fast
    "words_per_second": 5_000,  # default summarise, one process, end to end
    "words_per_second_per_process": 30_000,  # --fast
    "speedup_2_processes": 1.7,  # "near-linear": at least 85% of 2x
    "ratio_to_reference": 1.5,
    "peak_rss_mb": 600,
    "encoder_train_seconds": 1800,
    "rss_growth_mb": 25,  # RSS after 1,000 releases minus after 200: flat means within allocator noise
    "train_total_seconds": 120,
    "train_classifier_seconds": 30,
}


# ---------------------------------------------------------------------------------------------- machine

def machine_info() -> dict:
    """Where the figures came from: CPU, cores, memory, load, Python and package versions."""
    import psutil

    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "cpu": cpu,
        "logical_cores": psutil.cpu_count(logical=True),
        "physical_cores": psutil.cpu_count(logical=False),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": versions,
        "git_commit": commit,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# ---------------------------------------------------------------------------------------------- helpers

def _run_program(name: str, *args: str, timeout: float = 900) -> dict:
    """Run benchmarks/programs/`name` with `args` in a fresh interpreter at the project root; it prints one JSON
    object as its last line."""
    proc = subprocess.run([PYTHON, str(PROGRAMS / name), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _models_args(models_dir: Path | None) -> list[str]:
    return ["--models", str(models_dir)] if models_dir else []


def corpus_paths() -> list[Path]:
    return sorted((ROOT / "corpus" / "releases").glob("*.txt"))


def words(text: str) -> int:
    """Words as whitespace-separated tokens (the same count for our pipeline and the reference)."""
    return len(text.split())


def row(benchmark: str, measure: str, value, unit: str, target=None, passed=None, note: str = "") -> dict:
    return {"benchmark": benchmark, "measure": measure, "value": value, "unit": unit,
            "target": target, "passed": passed, "note": note}


# ---------------------------------------------------------------------------------------------- training

def bench_train(out_dir: Path) -> dict:
    """Train both models (no cross-validation) in a fresh process and read the sidecar's timings."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = _run_program("train.py", str(out_dir))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    pipeline = out["train_seconds"]["pipeline"]
    total = out["train_seconds"]["total"]
    return {
        "models_dir": str(out_dir),
        "pipeline_seconds": pipeline,
        "classifier_seconds": round(total - pipeline, 1),
        "total_seconds": total,
        "wall_seconds": round(out["wall_seconds"], 1), "cpu_seconds": round(cpu, 1),
        "rows": [
            row("train", "both models (train_models, cv_folds=0)", total, "s", TARGETS["train_total_seconds"],
                total <= TARGETS["train_total_seconds"], note=f"process CPU time {cpu:.0f} s"),
            row("train", "entity pipeline alone", pipeline, "s"),
            row("train", "classifier alone", round(total - pipeline, 1), "s", TARGETS["train_classifier_seconds"],
                total - pipeline <= TARGETS["train_classifier_seconds"]),
        ],
    }


def bench_encoder_train(out_dir: Path) -> dict:
    """`train_models(tmp, cv_folds=0, encoder=True)` in a fresh process: the encoder's fine-tuning on all
    annotations (3 epochs, CPU) and its export, timed by the sidecar; plus the model's size on disk."""
    out = _run_program("encoder_train.py", str(out_dir), timeout=7200)
    seconds = out["encoder"]["train_seconds"]
    size = sum(p.stat().st_size for p in (out_dir / "encoder").iterdir()) / 2**20
    onnx = (out_dir / "encoder" / "model.onnx").stat().st_size / 2**20
    return {"wall_seconds": round(out["wall_seconds"], 1), "encoder_seconds": seconds, "onnx_mb": round(onnx, 1),
            "rows": [
                row("encoder_train", "fine-tune MiniLM-L6 on all annotations (3 epochs, 2 threads)", seconds, "s",
                    TARGETS["encoder_train_seconds"], seconds <= TARGETS["encoder_train_seconds"],
                    note=f"train_models(..., encoder=True) {out['wall_seconds']:.0f} s wall with export"),
                row("encoder_train", "int8 ONNX model size", round(onnx, 1), "MB",
                    note=f"models/encoder/ altogether {size:.1f} MB"),
            ]}


# ---------------------------------------------------------------------------------------------- load

def bench_load(models_dir: Path | None, repeats: int) -> dict:
    """load_models in a fresh process: the imports it needs, then the load proper (hash checks included)."""
    runs = [_run_program("load.py", *([str(models_dir)] if models_dir else [])) for _ in range(repeats)]
    imports = statistics.median(r["imports"] for r in runs)
    load = statistics.median(r["load"] for r in runs)
    hashing = statistics.median(r["hash_check"] for r in runs)
    skops = statistics.median(r["skops"] for r in runs)
    total = imports + load
    rss = max(r["rss_mb"] for r in runs)
    peak = max(r["peak_rss_mb"] for r in runs)
    return {
        "repeats": repeats, "imports_seconds": imports, "load_seconds": load, "hash_check_seconds": hashing, "skops_seconds": skops,
        "total_seconds": total, "rss_after_load_mb": round(rss, 1), "peak_rss_during_load_mb": round(peak, 1),
        "rows": [
            row("load", "load_models, fresh process (imports + load)", round(total, 3), "s"),
            row("load", "  of which imports (spaCy, numpy, nlp; no scikit-learn)", round(imports, 3), "s"),
            row("load", "  of which reading the models (hash check included)", round(load, 3), "s",
                note=f"SHA-256 check {hashing:.3f} s"),
            row("load", "reference: the skops classifier instead (scikit-learn import + skops load)", round(skops, 3),
                "s", note="what summarising paid before the array classifier (nlp.classify.linear)"),
            row("load", "RSS once loaded", round(rss, 1), "MB"),
            row("load", "peak RSS while loading", round(peak, 1), "MB", TARGETS["peak_rss_mb"],
                peak <= TARGETS["peak_rss_mb"], note="a peak far above the loaded size is transient parsing"),
        ],
    }


# ---------------------------------------------------------------------------------------------- cold start

def _time_command(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from the kernel's rusage of the child) of a command."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.read()[-2000:].decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _importtime(cmd_args: list[str], top: int = 15) -> list[dict]:
    """The slowest imports of a CLI run (`python -X importtime`), by cumulative time, top-level packages first."""
    proc = subprocess.run([PYTHON, "-X", "importtime", "-m", "nlp", *cmd_args], cwd=ROOT, capture_output=True,
                          text=True)
    entries = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            entries.append({"module": m.group(4), "self_ms": int(m.group(1)) / 1000,
                            "cumulative_ms": int(m.group(2)) / 1000, "depth": len(m.group(3)) // 2})
    roots = [e for e in entries if e["depth"] == 0]
    roots.sort(key=lambda e: e["cumulative_ms"], reverse=True)
    return [{k: (round(v, 1) if isinstance(v, float) else v) for k, v in e.items() if k != "depth"}
            for e in roots[:top]]


def _pyinstrument(cmd_args: list[str], out_path: Path) -> str | None:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return None
    subprocess.run([PYTHON, "-m", "pyinstrument", "-r", "text", "-o", str(out_path), "-m", "nlp", *cmd_args],
                   cwd=ROOT, capture_output=True, text=True)
    return str(out_path.relative_to(ROOT)) if out_path.is_relative_to(ROOT) else str(out_path)


def bench_cold(models_dir: Path | None, repeats: int, out_dir: Path, profile: str = "auto", fast: bool = False) -> dict:
    """Wall time of `inspection-nlp summarise FILE` (with `--fast` if `fast`) in a fresh process; profiled when over
    target."""
    flags = ["--fast"] if fast else []
    target = TARGETS["cold_fast_seconds" if fast else "cold_seconds"]
    name = "cold_fast" if fast else "cold"
    cmd = [CLI, "summarise", COLD_FILE, *flags, *_models_args(models_dir)]
    _time_command(cmd)  # the first run warms the OS file cache; users run it more than once too
    runs = [_time_command(cmd) for _ in range(repeats)]
    times = [wall for wall, _ in runs]
    cpu = statistics.median(c for _, c in runs)
    bare = statistics.median(_time_command([PYTHON, "-c", "pass"])[0] for _ in range(3))
    median = statistics.median(times)
    result = {
        "command": " ".join(["inspection-nlp", "summarise", COLD_FILE, *flags, *_models_args(models_dir)]),
        "repeats": repeats, "seconds": [round(x, 3) for x in times], "median_seconds": round(median, 3),
        "median_cpu_seconds": round(cpu, 3), "python_startup_seconds": round(bare, 3),
        "rows": [row(name, f"summarise {' '.join(flags + [''])}one release, fresh process (median of {repeats})",
                     round(median, 3), "s", target, median <= target,
                     note=f"CPU time {cpu:.2f} s (what it would take on an idle machine, roughly)"),
                 row(name, "  of which bare Python start-up", round(bare, 3), "s")],
    }
    if not fast and (profile == "always" or (profile == "auto" and median > target)):
        phases = _run_program("phases.py", str(models_dir) if models_dir else "", COLD_FILE)
        result["phases"] = [{"phase": name, "seconds": round(sec, 3), "rss_mb": round(rss, 1)}
                            for name, sec, rss in phases]
        result["importtime_top"] = _importtime(["summarise", COLD_FILE, *_models_args(models_dir)])
        result["pyinstrument"] = _pyinstrument(["summarise", COLD_FILE, *_models_args(models_dir)],
                                               out_dir / "profile-cold.txt")
    return result


# ---------------------------------------------------------------------------------------------- throughput

def batch_paths(minimum: int) -> list[str]:
    """All corpus releases, repeated until there are at least `minimum`."""
    paths = [str(p) for p in corpus_paths()]
    out = []
    while len(out) < minimum:
        out.extend(paths)
    return out


def _component_breakdown(models, texts: list[str]) -> list[dict]:
    """Where the time of one pass over the texts goes: each spaCy component, the classifier, the facts."""
    from nlp.classify import make_items
    from nlp.entities import extract_facts, sentence_spans

    cost: dict[str, float] = {}

    def add(name, started):
        cost[name] = cost.get(name, 0.0) + time.perf_counter() - started

    pipeline = models.pipeline
    all_items = []
    for text in texts:
        t = time.perf_counter()
        doc = pipeline.make_doc(text)
        add("spaCy tokenizer", t)
        for name, proc in pipeline.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            add(f"spaCy {name}", t)
        t = time.perf_counter()
        spans = sentence_spans(doc)
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        add("sentence_spans + entities", t)
        t = time.perf_counter()
        items = make_items(text, spans, entities) if spans else []
        all_items.extend(items)
        add("classifier features (make_items)", t)
        t = time.perf_counter()
        proba = models.classifier.predict_proba(items) if items else []
        add("classifier predict_proba", t)
        t = time.perf_counter()
        extract_facts(doc, [(s, e, "NEUTRAL") for (s, e) in spans])
        add("extract_facts", t)
    total = sum(cost.values())
    n_words = sum(words(t) for t in texts)
    steps = [{"step": name, "seconds": round(sec, 3), "share": round(sec / total, 3),
              "words_per_second_alone": round(n_words / sec) if sec else None}
             for name, sec in sorted(cost.items(), key=lambda kv: -kv[1])]
    return steps, _classifier_breakdown(models.classifier, all_items)


def _classifier_breakdown(classifier, items: list[dict]) -> list[dict]:
    """Seconds each feature block of the classifier takes over all items (the array classifier's blocks, or
    a Pipeline's FeatureUnion parts), and the final estimator's share; the encoder's share when mixed."""
    if hasattr(classifier, "encoder") and hasattr(classifier, "linear"):  # nlp.classify.encoder.MixedClassifier
        t = time.perf_counter()
        classifier.encoder.predict_proba(items)
        encoder = {"block": "encoder (int8 ONNX, batched by length)", "seconds": round(time.perf_counter() - t, 3)}
        return [*_classifier_breakdown(classifier.linear, items), encoder]
    if hasattr(classifier, "blocks"):  # nlp.classify.linear.LinearClassifier
        out = []
        for block in classifier.blocks:
            t = time.perf_counter()
            block.scores(items)
            out.append({"block": f"features and scores: {block.spec['name']}",
                        "seconds": round(time.perf_counter() - t, 3)})
        return out
    steps = getattr(classifier, "steps", None)
    union = steps[0][1] if steps else None
    if not hasattr(union, "transformer_list"):
        return []
    out = []
    for name, transformer in union.transformer_list:
        t = time.perf_counter()
        transformer.transform(items)
        out.append({"block": f"features: {name}", "seconds": round(time.perf_counter() - t, 3)})
    t = time.perf_counter()
    features = union.transform(items)
    union_seconds = time.perf_counter() - t
    t = time.perf_counter()
    classifier[1:].predict_proba(features)
    out.append({"block": f"estimator: {type(steps[-1][1]).__name__}", "seconds": round(time.perf_counter() - t, 3)})
    out.append({"block": "(all features together)", "seconds": round(union_seconds, 3)})
    return out


def bench_throughput(models_dir: Path | None, minimum: int, repeats: int, fast: bool = False) -> dict:
    """Full pipeline (read, entities, classifier, summary) over the corpus repeated, with 1 and 2 processes;
    `fast` is `summarise --fast` (the linear classifier alone), else the default (linear + encoder)."""
    from nlp.models import load_models
    from nlp.summarise import summarise_many

    paths = batch_paths(minimum)
    n_words = sum(words(Path(p).read_text(encoding="utf-8")) for p in paths)
    models = load_models(models_dir, fast=fast)
    for outcome in summarise_many(paths[:5], jobs=1, models_dir=models_dir, fast=fast):  # warm-up
        assert outcome.error is None, outcome.error

    def timed(jobs: int) -> tuple[float, float]:
        import resource

        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = time.process_time()
        started = time.perf_counter()
        failed = [o.error for o in summarise_many(paths, jobs=jobs, models_dir=models_dir, fast=fast) if o.error]
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = time.process_time() - cpu + (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime)
        if failed:
            raise RuntimeError(f"{len(failed)} releases failed, first: {failed[0]}")
        return elapsed, cpu

    result = {"releases": len(paths), "words": n_words}
    for jobs in (1, 2):
        # Best of `repeats`, but stop repeating after two minutes: a slow pipeline is slow enough to see.
        runs, spent = [], 0.0
        while len(runs) < repeats and (not runs or spent < 120):
            runs.append(timed(jobs))
            spent += runs[-1][0]
        best = min(wall for wall, _ in runs)
        cpu = min(c for _, c in runs)
        result[f"jobs_{jobs}"] = {
            "seconds": [round(wall, 3) for wall, _ in runs], "cpu_seconds": [round(c, 3) for _, c in runs],
            "best_seconds": round(best, 3), "words_per_second": round(n_words / best),
            "releases_per_second": round(len(paths) / best, 1),
            "words_per_second_per_process": round(n_words / best / jobs),
            "words_per_cpu_second": round(n_words / cpu),
        }
    one, two = result["jobs_1"], result["jobs_2"]
    speedup = two["words_per_second"] / one["words_per_second"]
    result["speedup_2_processes"] = round(speedup, 2)
    texts = [Path(p).read_text(encoding="utf-8") for p in corpus_paths()]
    result["breakdown"], result["classifier_breakdown"] = _component_breakdown(models, texts)
    per_process = one["words_per_second"]
    name = "throughput_fast" if fast else "throughput"
    target = TARGETS["words_per_second_per_process" if fast else "words_per_second"]
    what = "--fast" if fast else "default (linear + encoder)"
    result["rows"] = [
        row(name, f"{what}, 1 process: words/s ({len(paths)} releases, {n_words:,} words)", per_process, "words/s",
            target, per_process >= target),
        row(name, "1 process: words per CPU-second", one["words_per_cpu_second"], "words/s",
            note="CPU time instead of wall time: robust to other work on the machine"),
        row(name, "1 process: releases/s", one["releases_per_second"], "releases/s"),
        row(name, "2 processes: words/s", two["words_per_second"], "words/s"),
        row(name, "2 processes: words/s per process", two["words_per_second_per_process"], "words/s",
            target if fast else None, two["words_per_second_per_process"] >= target if fast else None),
        row(name, "2 processes: releases/s", two["releases_per_second"], "releases/s"),
        row(name, "speed-up from a second process", round(speedup, 2), "x",
            TARGETS["speedup_2_processes"] if fast else None,
            speedup >= TARGETS["speedup_2_processes"] if fast else None,
            note="" if fast else "onnxruntime already uses both cores in one process"),
    ]
    return result


# ---------------------------------------------------------------------------------------------- reference

def default_ner_config():
    """The config `spacy init config --lang en --pipeline ner --optimize efficiency` (CPU) writes."""
    from spacy.cli.init_config import init_config

    return init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False, pretraining=False,
                       silent=True)


def train_reference(epochs: int = 1, seed: int = 0):
    """A plain spaCy `ner` with the default config, trained on our entity annotations for `epochs` epochs."""
    import random

    import spacy
    from spacy.training import Example
    from spacy.util import filter_spans, minibatch

    from nlp.annotations import load_dataset

    spacy.util.fix_random_seed(seed)
    nlp = spacy.util.load_model_from_config(default_ner_config(), auto_fill=True, validate=True)
    examples = []
    for release in load_dataset():
        reference = nlp.make_doc(release.text)
        spans = [reference.char_span(s, e, label, alignment_mode="contract") for s, e, label in release.entities]
        reference.ents = filter_spans([s for s in spans if s is not None])
        examples.append(Example(nlp.make_doc(release.text), reference))
    started = time.perf_counter()
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp, time.perf_counter() - started


def bench_reference(minimum: int, repeats: int, ours: dict | None) -> dict:
    """Words/s of the default-config spaCy `ner` (nlp.pipe, 1 process) on the same texts as `throughput`."""
    nlp, train_seconds = train_reference(epochs=1)
    texts = [Path(p).read_text(encoding="utf-8") for p in batch_paths(minimum)]
    n_words = sum(words(t) for t in texts)
    list(nlp.pipe(texts[:5]))  # warm-up
    times, cpus = [], []
    for _ in range(repeats):
        cpu = time.process_time()
        started = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    best = min(times)
    rate = round(n_words / best)
    cpu_rate = round(n_words / min(cpus))
    result = {
        "pipeline": nlp.pipe_names, "config": "spacy init config --lang en --pipeline ner --optimize efficiency (CPU)",
        "epochs": 1, "train_seconds": round(train_seconds, 1), "releases": len(texts), "words": n_words,
        "seconds": [round(t, 3) for t in times], "cpu_seconds": [round(t, 3) for t in cpus],
        "words_per_second": rate, "words_per_cpu_second": cpu_rate,
        "rows": [row("reference", "default-config spaCy ner, nlp.pipe, 1 process", rate, "words/s",
                     note=f"trained 1 epoch only ({train_seconds:.0f} s): its speed does not depend on how well "
                          f"it is trained; {cpu_rate:,} words per CPU-second")],
    }
    if ours:
        ratio = ours["jobs_1"]["words_per_second"] / rate
        cpu_ratio = ours["jobs_1"]["words_per_cpu_second"] / cpu_rate
        result["ratio_ours_to_reference"] = round(ratio, 2)
        result["cpu_ratio_ours_to_reference"] = round(cpu_ratio, 2)
        result["rows"].append(row("reference", "our end to end (1 process) / reference ner", round(ratio, 2), "x",
                                  TARGETS["ratio_to_reference"], ratio >= TARGETS["ratio_to_reference"],
                                  note=f"{cpu_ratio:.2f}x by CPU time"))
    return result


# ---------------------------------------------------------------------------------------------- memory

def write_variants(directory: Path, count: int) -> int:
    """`count` release files cycling through the corpus; every other one with CRLF line endings."""
    sources = [p.read_text(encoding="utf-8") for p in corpus_paths()]
    n_words = 0
    for i in range(count):
        text = sources[i % len(sources)]
        if i % 2:
            text = text.replace("\n", "\r\n")
        (directory / f"release-{i:05d}.txt").write_bytes(text.encode("utf-8"))
        n_words += words(text)
    return n_words


def _rss_mb(pids: list[int], field: str = "VmRSS") -> float:
    """Resident memory (VmRSS) or its high-water mark (VmHWM) from /proc, summed over the processes."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _pss_mb(pids: list[int]) -> float:
    """Proportional set size from /proc/PID/smaps_rollup, summed: pages shared by the forked workers
    (the models, loaded once before the fork) count once in all, not once per process as in RSS."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def bench_memory(models_dir: Path | None, count: int, jobs: int = 1) -> dict:
    """Peak RSS of `inspection-nlp summarise DIR --format jsonl` streaming `count` releases.

    RSS and its high-water mark (VmHWM) are read from /proc each time a result line arrives, summed over
    the workers when jobs > 1. The high-water mark read after the last line is the process's peak (only exit
    follows). The exit rusage's ru_maxrss is not used: after vfork + exec, Linux reports the parent's
    high-water mark there when it was larger.
    """
    import psutil

    # Growth is read between 20% and 90% of the stream: at the very end workers are already exiting.
    checkpoint, late = max(1, count // 5), max(1, count * 9 // 10)
    with tempfile.TemporaryDirectory(prefix="inspection-bench-") as tmp:
        n_words = write_variants(Path(tmp), count)
        cmd = [CLI, "summarise", tmp, "--format", "jsonl", "--no-progress", "--jobs", str(jobs),
               *_models_args(models_dir)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        main = psutil.Process(proc.pid)
        lines = 0
        series = []
        peak_total = peak_main = peak_pss = 0.0
        for line in proc.stdout:
            if not line.strip():
                continue
            lines += 1
            pids = [proc.pid] + [c.pid for c in main.children(recursive=True)] if jobs > 1 else [proc.pid]
            rss = _rss_mb(pids)
            peak_main = _rss_mb([proc.pid], "VmHWM")
            # Each process's own high-water mark; summed, an upper bound on the simultaneous peak.
            peak_total = max(peak_total, rss, _rss_mb(pids, "VmHWM"))
            peak_pss = max(peak_pss, _pss_mb(pids))
            if lines % max(1, count // 20) == 0 or lines in (checkpoint, late, count):
                series.append((lines, round(rss, 1)))
        stderr = proc.stderr.read()
        proc.wait()
        elapsed = time.perf_counter() - started
    if proc.returncode != 0 or lines != count:
        raise RuntimeError(f"summarise DIR exited {proc.returncode} after {lines}/{count} lines: {stderr[-2000:]}")
    at = dict(series)
    rss_checkpoint, rss_end = at[checkpoint], at[late]
    growth = rss_end - rss_checkpoint
    peak = peak_total if jobs > 1 else peak_main
    label = f"--jobs {jobs}" + (" (main + workers)" if jobs > 1 else "")
    pss_rows = [] if jobs <= 1 else [
        row("memory", f"peak PSS streaming {count:,} releases, {label}", round(peak_pss, 1), "MB",
            TARGETS["peak_rss_mb"], peak_pss <= TARGETS["peak_rss_mb"],
            note="shared copy-on-write pages counted once; sampled at each result line"),
    ]
    return {
        "releases": count, "words": n_words, "jobs": jobs, "seconds": round(elapsed, 1),
        "peak_rss_mb": round(peak, 1), "rss_series_mb": series,
        "rss_after_checkpoint_mb": rss_checkpoint, "rss_late_mb": rss_end, "checkpoint": checkpoint, "late": late,
        "rows": [
            row("memory", f"peak RSS streaming {count:,} releases, {label}", round(peak, 1), "MB",
                TARGETS["peak_rss_mb"] if jobs <= 1 else None, peak <= TARGETS["peak_rss_mb"] if jobs <= 1 else None,
                note="" if jobs <= 1 else "summed RSS counts the shared model pages once per process"),
            *pss_rows,
            row("memory", f"RSS growth from release {checkpoint:,} to {late:,}, {label}", round(growth, 1), "MB",
                TARGETS["rss_growth_mb"], growth <= TARGETS["rss_growth_mb"],
                note=f"{rss_checkpoint:.0f} -> {rss_end:.0f} MB"),
        ],
    }


# ---------------------------------------------------------------------------------------------- report

def print_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="inspection-nlp benchmarks")
    for name, justify in (("Benchmark", "left"), ("Measure", "left"), ("Value", "right"), ("Target", "right"),
                          ("Result", "center")):
        table.add_column(name, justify=justify)
    for r in rows:
        value = f"{r['value']:,}" if isinstance(r["value"], (int, float)) else str(r["value"])
        target = "" if r["target"] is None else (("<= " if r["unit"] in ("s", "MB") else ">= ") + f"{r['target']:,}")
        result = "" if r["passed"] is None else ("[green]pass[/green]" if r["passed"] else "[red]MISS[/red]")
        table.add_row(r["benchmark"], r["measure"], f"{value} {r['unit']}", target, result)
    Console().print(table)


def _md_table(header: list[str], body: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in line) + " |" for line in body]
    return lines


def write_markdown(report: dict, path: Path) -> None:
    m = report["machine"]
    lines = [
        "# Benchmark results", "",
        f"Measured {report['finished']} with `{report['command']}`"
        f"{' (quick mode: fewer repeats and files)' if report['quick'] else ''}.", "",
        "## Machine", "",
        *_md_table(["", ""], [
            ["CPU", m["cpu"]], ["Cores", f"{m['logical_cores']} logical, {m['physical_cores']} physical"],
            ["RAM", f"{m['ram_gb']} GB"], ["OS", m["os"]], ["Python", m["python"]],
            ["Packages", ", ".join(f"{k} {v}" for k, v in m["packages"].items())],
            ["Commit", m["git_commit"]], ["Models", report.get("models", {}).get("version", "")],
            ["Load average (start / end)", f"{m['load_average_at_start']} / {m.get('load_average_at_end')}"],
        ]),
        "",
        "The machine is shared: a load average above the core count means other work competed for the CPUs "
        "and the timings are pessimistic.", "",
        "## Results", "",
    ]
    body = []
    for r in report["rows"]:
        target = "" if r["target"] is None else (("≤ " if r["unit"] in ("s", "MB") else "≥ ") + f"{r['target']:,}")
        result = "" if r["passed"] is None else ("pass" if r["passed"] else "**MISS**")
        value = f"{r['value']:,}" if isinstance(r["value"], (int, float)) else r["value"]
        body.append([r["benchmark"], r["measure"], f"{value} {r['unit']}", target, result, r["note"]])
    lines += _md_table(["Benchmark", "Measure", "Value", "Target", "Result", "Note"], body)
    b = report["benchmarks"]
    lines += ["", "## How each figure is measured", ""]
    notes = {
        "cold": "`inspection-nlp summarise corpus/releases/westminster-yjs-2024.txt` (Markdown output) in a fresh "
                "process, median wall time after one untimed run that warms the OS file cache.",
        "throughput": "`summarise_many(paths, jobs=N)` over all corpus releases repeated to at least 300 (read, "
                      "spaCy pipeline, classifier, facts, summary dict; with 2 processes the summaries are also "
                      "pickled back), models already loaded, best of the repeats. Words are whitespace-separated "
                      "tokens.",
        "reference": "A plain spaCy `ner` from `spacy init config --lang en --pipeline ner --optimize efficiency` "
                     "(CPU: tok2vec HashEmbedCNN width 96, depth 4, + ner), trained on the same entity "
                     "annotations for 1 epoch only (its speed does not depend on how well it is trained), run "
                     "with `nlp.pipe` in one process on the same texts, best of the repeats.",
        "memory": "`inspection-nlp summarise DIR --format jsonl` over copies of the corpus releases (every other "
                  "one with CRLF endings) in a subprocess; RSS and its high-water mark (VmHWM) read from /proc as "
                  "each line arrives (with --jobs 2, summed over the main process and its workers).",
        "load": "`load_models()` in a fresh process, median; imports and the load proper (which includes the "
                "SHA-256 check of every model file) shown apart.",
        "train": "`train_models(tmp, cv_folds=0)` in a fresh process; the sidecar's `train_seconds`.",
        "cold_fast": "As cold, with `--fast` (the linear classifier alone, no encoder).",
        "throughput_fast": "As throughput, with `fast=True` (`summarise --fast`).",
        "encoder_train": "`train_models(tmp, cv_folds=0, encoder=True)` in a fresh process: the encoder's "
                         "fine-tuning time from its `encoder.json`, and the size of the int8 ONNX file.",
    }
    for name in BENCHMARKS:
        if name in b:
            lines.append(f"- **{name}**: {notes[name]}")
    if "throughput" in b and b["throughput"].get("breakdown"):
        lines += ["", "## Where the time goes (one pass over the corpus, 1 process)", ""]
        lines += _md_table(["Step", "Seconds", "Share", "Words/s if it ran alone"],
                           [[s["step"], s["seconds"], f"{s['share']:.0%}", f"{s['words_per_second_alone']:,}"]
                            for s in b["throughput"]["breakdown"]])
    if "throughput" in b and b["throughput"].get("classifier_breakdown"):
        lines += ["", "Inside the classifier (all sentences of the pass at once):", ""]
        lines += _md_table(["Block", "Seconds"], [[s["block"], s["seconds"]]
                                                  for s in b["throughput"]["classifier_breakdown"]])
    cold = b.get("cold", {})
    if cold.get("phases"):
        lines += ["", "## Cold start, phase by phase (fresh process)", ""]
        lines += _md_table(["Phase", "Seconds", "RSS after (MB)"],
                           [[p["phase"], p["seconds"], p["rss_mb"]] for p in cold["phases"]])
        lines += ["", "Slowest top-level imports during `summarise` (`python -X importtime`):", ""]
        lines += _md_table(["Module", "Cumulative ms", "Self ms"],
                           [[e["module"], e["cumulative_ms"], e["self_ms"]] for e in cold["importtime_top"]])
        if cold.get("pyinstrument"):
            lines += ["", f"Full call profile: `{cold['pyinstrument']}` (pyinstrument)."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and files (smoke test)")
    parser.add_argument("--only", default=",".join(DEFAULT_BENCHMARKS),
                        help=f"comma-separated subset of {','.join(BENCHMARKS)}")
    parser.add_argument("--models", type=Path, default=None,
                        help="models directory (default: the shipped models/, or freshly trained ones if absent)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks",
                        help="where results.json and RESULTS.md go (default: benchmarks/)")
    parser.add_argument("--profile", choices=("auto", "always", "never"), default="auto",
                        help="profile the cold start: when it misses its target (auto), always or never")
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(only) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)
    quick = args.quick
    command = "python benchmarks/run.py" + (" --quick" if quick else "") + \
              (f" --only {args.only}" if set(only) != set(DEFAULT_BENCHMARKS) else "")
    report = {"schema": SCHEMA, "command": command, "quick": quick, "started": dt.datetime.now().isoformat(
        timespec="seconds"), "machine": machine_info(), "targets": TARGETS, "benchmarks": {}}
    scratch = Path(tempfile.mkdtemp(prefix="inspection-bench-models-"))
    try:
        models_dir = args.models.resolve() if args.models else None
        shipped = ROOT / "models" / "meta.json"
        if "train" in only:
            print("train: training both models in a fresh process ...", flush=True)
            report["benchmarks"]["train"] = bench_train(scratch / "models")
        if models_dir is None and not shipped.exists():
            if "train" not in report["benchmarks"] and set(only) - {"train", "reference"}:
                print("no shipped models/: training a private copy (not timed) ...", flush=True)
                bench_train(scratch / "models")
            models_dir = scratch / "models"
        from nlp.models import read_meta
        if set(only) - {"train", "reference"}:
            report["models"] = {"dir": str(models_dir or ROOT / "models"),
                                "version": read_meta(models_dir or ROOT / "models").get("version")}
        if "load" in only:
            print("load: load_models in fresh processes ...", flush=True)
            report["benchmarks"]["load"] = bench_load(models_dir, 1 if quick else 3)
        if "cold" in only:
            print("cold: summarise one release in fresh processes ...", flush=True)
            report["benchmarks"]["cold"] = bench_cold(models_dir, 2 if quick else 5, args.out, args.profile)
        if "cold_fast" in only:
            print("cold_fast: summarise --fast one release in fresh processes ...", flush=True)
            report["benchmarks"]["cold_fast"] = bench_cold(models_dir, 2 if quick else 5, args.out, "never", fast=True)
        minimum = 144 if quick else 300
        repeats = 1 if quick else 3
        if "throughput" in only:
            print(f"throughput: >= {minimum} releases with 1 and 2 processes ...", flush=True)
            report["benchmarks"]["throughput"] = bench_throughput(models_dir, minimum, repeats)
        if "throughput_fast" in only:
            print(f"throughput_fast: summarise --fast, >= {minimum} releases with 1 and 2 processes ...", flush=True)
            report["benchmarks"]["throughput_fast"] = bench_throughput(models_dir, minimum, repeats, fast=True)
        if "reference" in only:
            print("reference: default-config spaCy ner (1 epoch) on the same texts ...", flush=True)
            report["benchmarks"]["reference"] = bench_reference(minimum, repeats,
                                                                report["benchmarks"].get("throughput_fast")
                                                                or report["benchmarks"].get("throughput"))
        if "memory" in only:
            count = 250 if quick else 1000
            print(f"memory: streaming {count} releases through `summarise DIR --format jsonl` ...", flush=True)
            report["benchmarks"]["memory"] = bench_memory(models_dir, count)
            if not quick:
                report["benchmarks"]["memory_jobs_2"] = bench_memory(models_dir, count, jobs=2)
        if "encoder_train" in only:
            print("encoder_train: fine-tuning the encoder on all annotations in a fresh process (minutes) ...",
                  flush=True)
            report["benchmarks"]["encoder_train"] = bench_encoder_train(scratch / "encoder-models")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    report["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    report["rows"] = [r for name in ("train", "load", "cold", "cold_fast", "throughput", "throughput_fast", "reference",
                                     "memory", "memory_jobs_2", "encoder_train")
                      if name in report["benchmarks"] for r in report["benchmarks"][name].pop("rows")]
    print_table(report["rows"])
    (args.out / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_markdown(report, args.out / "RESULTS.md")
    print(f"wrote {args.out / 'results.json'} and {args.out / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
