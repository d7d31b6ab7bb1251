"""Train both models (no cross-validation) into OUT_DIR; print the import and training times and the sidecar's
timings as one JSON line. Run in a fresh process by `benchmarks/run.py` (train).

    python benchmarks/programs/train.py OUT_DIR
"""

import json
import sys
import time

t0 = time.perf_counter()
from nlp.train import train_models  # noqa: E402  (the import is what is timed)

t1 = time.perf_counter()
meta = train_models(sys.argv[1], cv_folds=0, log=lambda *a: None)
t2 = time.perf_counter()
print(json.dumps({"import_seconds": t1 - t0, "wall_seconds": t2 - t1,
                  "train_seconds": meta["train_seconds"], "version": meta["version"]}))
