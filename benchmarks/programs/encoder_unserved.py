"""The shipped encoder and its mix scored on the vocabulary-disjoint challenge set, the hard cases, the shift split
(its own fine-tune on tidy + seeds, cached in .cache/encoder) and the held-out sets no learned component has seen
(heldout-shapes-57 to -84 by default, or the range given third, pooled; not in served.json when measured), at every
mixing weight (issue 15). The challenge and held-out
rows score the int8 model in MODELS; the chosen weight follows `choose_weight` (grouped CV left out: 0 folds); the
`mixed` blocks are at the shipped weight (the two JSON files in benchmarks/ were written at 0.7, before it became 0.6;
their sweeps hold every weight).

    python benchmarks/programs/encoder_unserved.py models benchmarks/encoder-served-after.json
    python benchmarks/programs/encoder_unserved.py models benchmarks/encoder-unserved-85-88.json 85-88

Since session 14 the shift split's fine-tune learns the served sets' sentences as well (the shipped recipe); the
files written before it fine-tuned the shift split on tidy + seeds alone.

`benchmarks/encoder-served-before.json` is the same run on the encoder trained on the 144 releases alone (a copy of
models/ at 390ca32).
"""
import json, sys
from nlp.annotations import load_dataset, load_served, load_shared_dir
from nlp.classify.encoder import MIX_WEIGHT
from nlp.classify.encoder_eval import evaluate_encoder
models, out = sys.argv[1], sys.argv[2]
first, last = map(int, (sys.argv[3] if len(sys.argv) > 3 else "57-84").split("-"))
train = load_dataset()
test = [r for n in range(first, last + 1) for r in load_shared_dir(f"annotations/heldout-shapes-{n}")]
# every fine-tune (the shift split's) learns the served sets' sentences too, as `train --encoder`; none under test
served = load_served(leave_out={f"heldout-shapes-{n}" for n in range(first, last + 1)})
res = evaluate_encoder(train, test, n_splits=0, models_dir=models, weight=MIX_WEIGHT, say=lambda m: print(m, flush=True),
                       served=served)
keep = {k: res[k] for k in ("temperature", "weights", "choice", "weight", "decision")}
for section in ("encoder", "mixed"):
    keep[section] = {}
    for name, block in res[section].items():
        if name == "shift":
            block = block.get("tidy_to_real_voice", {})
        keep[section][name] = {k: block.get(k) for k in ("macro_f1", "macro_f1_ci", "accuracy", "n")}
json.dump(keep, open(out, "w"), indent=1)
print(json.dumps(keep["weights"], indent=0))
