"""load_models in a fresh process: the imports it needs, the load proper (hash checks included), the hash check
alone, the skops classifier for reference, and the memory; one JSON line. Run by `benchmarks/run.py` (load).

    python benchmarks/programs/load.py [MODELS_DIR]
"""

import json
import sys
import time

t0 = time.perf_counter()
from nlp.classify.linear import load_linear  # noqa: E402,F401  (the imports are what is timed)
from nlp.entities import load_pipeline  # noqa: E402,F401
from nlp.models import MODELS_DIR, load_models, read_meta, verify_files  # noqa: E402

t1 = time.perf_counter()
models_dir = sys.argv[1] if len(sys.argv) > 1 else None
models = load_models(models_dir)
t2 = time.perf_counter()
from pathlib import Path  # noqa: E402

d = Path(models_dir or MODELS_DIR)
t3 = time.perf_counter(); verify_files(d, read_meta(d)); t4 = time.perf_counter()  # noqa: E702
status = open("/proc/self/status").read()
# For reference, what loading took before the array form: scikit-learn's import and the skops file.
from nlp.classify import load_classifier  # noqa: E402

t5 = time.perf_counter(); load_classifier(d / "classifier.skops"); t6 = time.perf_counter()  # noqa: E702
rss = int(status.split("VmRSS:")[1].split()[0]) / 1024
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024  # not ru_maxrss: vfork+exec inherits the parent's
print(json.dumps({"imports": t1 - t0, "load": t2 - t1, "hash_check": t4 - t3, "skops": t6 - t5, "rss_mb": rss,
                  "peak_rss_mb": peak}))
