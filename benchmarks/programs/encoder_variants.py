"""Screen fine-tuning settings of the encoder on the vocabulary-disjoint challenge set and the hard cases (issue 15).

Each variant is fine-tuned once on all annotated releases (seed 0, torch fp32, not exported) and scored on the
challenge set (text alone and with context) and the hard cases, alone and mixed with the linear model at the
shipped temperature; one JSON line per variant. This is the screen that tried the linear probe before fine-tuning
(README, "The encoder and the mix": it won here in fp32 and lost once exported to int8, so it was not adopted); the
full guard run (shift split, grouped CV) of a variant is `inspection-nlp evaluate --encoder` after
`inspection-nlp train --encoder` with it as the default. About 10 minutes per variant on the 2-core machine; logits are cached in .cache/encoder-variants.

    python benchmarks/programs/encoder_variants.py before lpft lpft_lr4
"""

import json
import sys
import time
from pathlib import Path

from nlp.annotations import load_dataset
from nlp.classify.encoder import TEMPERATURE
from nlp.classify.encoder_eval import collect, sweep
from nlp.classify.finetune import FinetuneConfig

VARIANTS = {
    "before": FinetuneConfig(probe_steps=0, learning_rate=8e-5),  # the shipped configuration
    "lpft": FinetuneConfig(probe_steps=300, learning_rate=8e-5),
    "lpft_lr4": FinetuneConfig(probe_steps=300, learning_rate=4e-5),
    "lr4": FinetuneConfig(probe_steps=0, learning_rate=4e-5),
}
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "encoder-variants"

train = load_dataset()
for name in sys.argv[1:] or list(VARIANTS):
    started = time.time()
    settings = collect(train, None, n_splits=0, shift=False, config=VARIANTS[name], cache_dir=CACHE)
    table = sweep(settings, TEMPERATURE)
    print(json.dumps({"variant": name, "seconds": round(time.time() - started),
                      **{setting: {w: round(f1, 3) for w, f1 in row.items() if w in ("0.0", "0.5", "0.7", "1.0")}
                         for setting, row in table.items()}}), flush=True)
