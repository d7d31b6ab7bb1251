"""Screen weight-space interpolation of the fine-tuned encoder towards its pretrained weights (WiSE-FT,
Wortsman et al. 2022) on the vocabulary-disjoint challenge set, the hard cases and the shift split (issue 15).

One fine-tune on the shift split's tidy releases and one on all annotated releases (the shipped configuration,
seed 0, torch fp32, not exported); then, for each alpha, the encoder body becomes pretrained + alpha * (fine-tuned
- pretrained) (the head as fine-tuned), the temperature is refitted on the shift split, and the mix is scored at
the usual weights. One JSON line per alpha (alpha 1.0 is the shipped configuration in fp32). Measured and not
adopted: README, "The encoder and the mix". About 20 minutes on the idle 2-core machine.

    python benchmarks/programs/encoder_wise.py 1.0 0.9 0.8 0.7 0.6 0.5
"""

import copy
import json
import sys

import numpy as np

from nlp.annotations import load_dataset
from nlp.classify import encoder_eval
from nlp.classify.finetune import FinetuneConfig, _imports, _module, finetune

ALPHAS = [float(a) for a in sys.argv[1:]] or [1.0, 0.9, 0.8, 0.7, 0.6, 0.5]
tuned_runs = []  # (fine-tuned model, its test items, the logits array the settings hold)


def fine_tune_and_keep(train_items, train_y, test_items, *, config=None, seed=0, cache_dir=None, say=None):
    """Stands in for `encoder_eval.encoder_logits`: fine-tunes, keeps the model, and returns an array that is
    filled in place for each alpha (the settings hold it, or views of it)."""
    tuned = finetune(train_items, train_y, seed=seed, config=config or FinetuneConfig(),
                     label_order=encoder_eval.LABELS)
    logits = np.zeros((len(test_items), len(encoder_eval.LABELS)), dtype=np.float32)
    tuned_runs.append((tuned, list(test_items), logits))
    return logits


encoder_eval.encoder_logits = fine_tune_and_keep
settings = encoder_eval.collect(load_dataset(), None, n_splits=0, shift=True)
torch, transformers, _ = _imports()
pretrained = _module(torch, transformers, len(encoder_eval.LABELS)).bert.state_dict()
fine_tuned = [copy.deepcopy(tuned.model.bert.state_dict()) for tuned, _, _ in tuned_runs]
for alpha in ALPHAS:
    for (tuned, items, logits), state in zip(tuned_runs, fine_tuned):
        tuned.model.bert.load_state_dict({
            name: pretrained[name] + alpha * (value - pretrained[name]) if value.is_floating_point() else value
            for name, value in state.items()})
        logits[:] = tuned.logits(items)
    temperature = encoder_eval.fit_temperature_out_of_sample(settings)
    table = encoder_eval.sweep(settings, temperature)
    print(json.dumps({"alpha": alpha, "temperature": temperature,
                      **{setting: {w: round(f1, 3) for w, f1 in row.items() if w in ("0.0", "0.5", "0.6", "0.7", "1.0")}
                         for setting, row in table.items()}}), flush=True)
