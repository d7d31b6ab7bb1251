"""Screen per-sentence mixing rules of the linear model and the encoder (issue 15) on the settings `evaluate
--encoder` scores: arithmetic (shipped), weighted by each model's confidence (max probability, or its square),
weighted by one minus normalised entropy, and geometric (a product of experts).

Uses the shipped int8 encoder for the held-out set, the hard cases and the challenge set, and the fine-tunes cached in
`.cache/encoder/` by `inspection-nlp evaluate --encoder --encoder-folds 3` for the shift split and the three grouped
folds (fine-tuned afresh when the cache is empty: about 25 minutes on the idle 2-core machine). One JSON line per
rule and weight. Measured and not adopted: README, "The encoder and the mix".

    python benchmarks/programs/encoder_mixes.py
"""

import json
from pathlib import Path

import numpy as np

from nlp.annotations import load_dataset, load_shared_dir
from nlp.classify import encoder_eval
from nlp.classify.encoder import TEMPERATURE, softmax

WEIGHTS = (0.4, 0.5, 0.6, 0.7, 0.8)


def arithmetic(lin, enc, w):
    return (1 - w) * lin + w * enc


def by_confidence(power):
    def rule(lin, enc, w):
        c_lin, c_enc = lin.max(1, keepdims=True) ** power, enc.max(1, keepdims=True) ** power
        a = w * c_enc / (w * c_enc + (1 - w) * c_lin)
        return (1 - a) * lin + a * enc
    return rule


def by_entropy(lin, enc, w):
    def certainty(p):
        return 1 + (p * np.log(p + 1e-12)).sum(1, keepdims=True) / np.log(p.shape[1])
    c_lin, c_enc = certainty(lin), certainty(enc)
    a = w * c_enc / (w * c_enc + (1 - w) * c_lin + 1e-12)
    return (1 - a) * lin + a * enc


def geometric(lin, enc, w):
    z = (1 - w) * np.log(lin + 1e-9) + w * np.log(enc + 1e-9)
    z = np.exp(z - z.max(1, keepdims=True))
    return z / z.sum(1, keepdims=True)


RULES = {"arithmetic": arithmetic, "confidence": by_confidence(1.0), "confidence^2": by_confidence(2.0),
         "entropy": by_entropy, "geometric": geometric}

settings = encoder_eval.collect(load_dataset(), load_shared_dir(Path("annotations/heldout")), n_splits=3,
                                models_dir=Path("models"), cache_dir=Path(".cache/encoder"))
for name, rule in RULES.items():
    for w in WEIGHTS:
        scores = {s: round(encoder_eval._macro(st, rule(st["linear"], softmax(st["logits"], TEMPERATURE), w)), 3)
                  for s, st in settings.items()}
        print(json.dumps({"rule": name, "weight": w, **scores}), flush=True)
