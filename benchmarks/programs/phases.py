"""Where the cold start of `summarise FILE` goes, phase by phase in one process (imports, hash check, loading,
first and second summary), with the RSS after each; one JSON line of [phase, seconds, MB]. Run by
`benchmarks/run.py` (cold, when profiled).

    python benchmarks/programs/phases.py MODELS_DIR_OR_EMPTY FILE
"""
# ruff: noqa: E401, E402, E702

import json
import sys
import time

models_dir = sys.argv[1] or None
marks = []
t = time.perf_counter()
def mark(name):
    global t
    rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
    now = time.perf_counter(); marks.append((name, now - t, rss)); t = time.perf_counter()
import typer; mark("import typer")
import nlp.cli; mark("import nlp.cli (registers commands)")
import spacy; mark("import spacy")
import nlp.summarise, nlp.entities, nlp.classify.linear; mark("import nlp.entities + nlp.classify.linear")
from nlp.models import read_meta, verify_files, check_versions, MODELS_DIR
from pathlib import Path
d = Path(models_dir or MODELS_DIR).resolve()
meta = read_meta(d); verify_files(d, meta); check_versions(meta); mark("hash check (SHA-256 of model files)")
from nlp.entities import load_pipeline
pipeline = load_pipeline(d / "pipeline"); mark("load spaCy pipeline")
from nlp.classify.linear import load_linear
classifier = load_linear(d / "classifier.npz"); mark("load classifier (arrays)")
from nlp.models import Models
models = Models(pipeline, classifier, meta)
from nlp.summarise import summarise_path, to_markdown
s = summarise_path(sys.argv[2], models); mark("first summarise (incl. lazy imports, e.g. facts)")
to_markdown(s); mark("markdown")
summarise_path(sys.argv[2], models); mark("second summarise (warm, for comparison)")
print(json.dumps(marks))
