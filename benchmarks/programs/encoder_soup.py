"""Screen a weight-space average of several fine-tunes of the encoder (a uniform "model soup", Wortsman et al.
2022) against the single fine-tunes on the vocabulary-disjoint challenge set, the hard cases and the shift split
(issue 15).

Every fine-tune starts from the same pretrained body and the same head (seed 0's initialisation) and differs only
in the order the sentences are shown (the data-order seeds on the command line), so the fine-tunes stay in one
basin and their weights can be averaged; a soup costs nothing at inference, unlike an ensemble of logits (also
printed, for reference). One fine-tune per seed on the shift split's tidy releases and one on all annotated
releases (the shipped configuration, torch fp32, not exported). For each single fine-tune, the soup and the
logit ensemble, the temperature is refitted on the shift split and the mix is scored at the usual weights; one
JSON line each. The spread of the single fine-tunes is the proxy's noise from training alone. About 7 minutes
per seed on the idle 2-core machine; each fine-tune's weights are cached in .cache/encoder-soup/ (loaded with
`weights_only=True`), so an interrupted run resumes where it stopped.

    python benchmarks/programs/encoder_soup.py 0 1 2
"""

import copy
import json
from dataclasses import replace
import sys
import types
from pathlib import Path

import numpy as np

from nlp.annotations import load_dataset
from nlp.classify import encoder_eval
from nlp.classify import finetune as finetune_module
from nlp.classify.finetune import FinetuneConfig, finetune

ORDER_SEEDS = [int(s) for s in sys.argv[1:]] or [0, 1, 2]
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "encoder-soup"
runs = []  # (per order seed: (fine-tuned model, its weights), test items, the logits array the settings hold)


def _numpy_with_order_seed(order_seed: int):
    """numpy as the fine-tune sees it, except that its shuffling generator takes `order_seed`."""
    shim = types.SimpleNamespace(**{name: getattr(np, name) for name in dir(np) if not name.startswith("__")})
    shim.random = types.SimpleNamespace(**{name: getattr(np.random, name) for name in dir(np.random)
                                           if not name.startswith("__")})
    shim.random.default_rng = lambda seed=None: np.random.default_rng(order_seed)
    return shim


def fine_tune_each_order(train_items, train_y, test_items, *, config=None, seed=0, cache_dir=None, say=None):
    """Stands in for `encoder_eval.encoder_logits`: one fine-tune per data-order seed (same initialisation), kept;
    returns an array that is filled in place for each candidate (the settings hold it, or views of it)."""
    import torch

    config = config or FinetuneConfig()
    key = encoder_eval._key(train_items, train_y, [], config, seed)
    tuned = []
    for order_seed in ORDER_SEEDS:
        path = CACHE / f"{key}-order{order_seed}.pt"
        finetune_module.np = _numpy_with_order_seed(order_seed)
        try:
            if path.is_file():  # a model of the right shape (no steps), then the cached weights
                model = finetune(train_items, train_y, seed=seed, config=replace(config, epochs=0),
                                 label_order=encoder_eval.LABELS)
                model.model.load_state_dict(torch.load(path, weights_only=True))
            else:
                model = finetune(train_items, train_y, seed=seed, config=config, label_order=encoder_eval.LABELS)
                CACHE.mkdir(parents=True, exist_ok=True)
                torch.save(model.model.state_dict(), path.with_suffix(".tmp"))
                path.with_suffix(".tmp").replace(path)
        finally:
            finetune_module.np = np
        tuned.append((model, copy.deepcopy(model.model.state_dict())))
        print(json.dumps({"fine-tuned": len(train_items), "order_seed": order_seed,
                          "seconds": round(model.seconds)}), file=sys.stderr, flush=True)
    logits = np.zeros((len(test_items), len(encoder_eval.LABELS)), dtype=np.float32)
    runs.append((tuned, list(test_items), logits))
    return logits


def report(name: str, settings) -> None:
    temperature = encoder_eval.fit_temperature_out_of_sample(settings)
    table = encoder_eval.sweep(settings, temperature)
    print(json.dumps({"candidate": name, "temperature": temperature,
                      **{setting: {w: round(f1, 3) for w, f1 in row.items() if w in ("0.0", "0.5", "0.6", "0.7", "1.0")}
                         for setting, row in table.items()}}), flush=True)


encoder_eval.encoder_logits = fine_tune_each_order
settings = encoder_eval.collect(load_dataset(), None, n_splits=0, shift=True)

for k, order_seed in enumerate(ORDER_SEEDS):
    for tuned, items, logits in runs:
        model, state = tuned[k]
        model.model.load_state_dict(state)
        logits[:] = model.logits(items)
    report(f"order seed {order_seed}", settings)

for tuned, items, logits in runs:
    logits[:] = np.mean([model.logits(items) for model, _ in tuned], axis=0)
report("logit ensemble (reference: k times the inference cost)", settings)

for tuned, items, logits in runs:
    states = [state for _, state in tuned]
    soup = {name: (sum(s[name] for s in states) / len(states)) if value.is_floating_point() else value
            for name, value in states[0].items()}
    model = tuned[0][0]
    model.model.load_state_dict(soup)
    logits[:] = model.logits(items)
report("uniform soup", settings)
