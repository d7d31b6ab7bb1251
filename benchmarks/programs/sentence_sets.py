"""Sentence macro-F1 of the linear model in every setting at once: grouped CV (5 folds), the shift split both ways,
each held-out set under `annotations/heldout*` and all of them pooled (trained on all annotated releases), the hard
cases and the challenge-vocab set. One JSON line; about 4 minutes on the idle 2-core machine. Used to measure a
change of features against its parent commit (README, "Sentence classifier").

    python benchmarks/programs/sentence_sets.py
"""

import json
from pathlib import Path

from nlp.annotations import load_dataset, load_shared_dir
from nlp.classify import evaluation

train = load_dataset()
scores = {"grouped_cv": evaluation.grouped_cv(train)["macro_f1"]}
for name, (source, target) in evaluation.shift_splits(train).items():
    scores[name] = evaluation.holdout(source, target)["macro_f1"]
pooled = []
for directory in sorted(Path("annotations").glob("heldout*")):
    releases = load_shared_dir(directory)
    pooled += releases
    scores[directory.name] = evaluation.holdout(train, releases)["macro_f1"]
scores["heldout_pooled"] = evaluation.holdout(train, pooled)["macro_f1"]
scores["hard_cases"] = evaluation.hard_cases(train, evaluation.load_hard_cases())["macro_f1"]
for name, block in evaluation.challenge_vocab(train, evaluation.load_challenge_vocab()).items():
    scores[name] = block["macro_f1"]
print(json.dumps({name: round(value, 4) for name, value in scores.items()}))
