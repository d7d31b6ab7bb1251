"""Train both models and the encoder (fine-tuning, export) into OUT_DIR, offline; print the wall time and the
sidecar's encoder block as one JSON line. Run in a fresh process by `benchmarks/run.py` (encoder_train).

    python benchmarks/programs/encoder_train.py OUT_DIR
"""

import json
import os
import sys
import time

os.environ["HF_HUB_OFFLINE"] = "1"
from nlp.train import train_models  # noqa: E402  (after the offline switch)

t0 = time.perf_counter()
meta = train_models(sys.argv[1], cv_folds=0, encoder=True, log=lambda *a: None)
print(json.dumps({"wall_seconds": time.perf_counter() - t0, "encoder": meta["encoder"]}))
