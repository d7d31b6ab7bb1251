"""Screen fine-tuning the encoder on more, more varied annotated text: the served held-out sets (issue 15).

Two variants per seed, the shipped configuration (torch fp32, not exported): (a) fine-tuned on the annotated
training releases alone, as shipped; (b) on the training releases plus the sentences of the held-out sets that
have served as blind tests (`annotations/served.json`), less every sentence that holds a challenge cue word under
the challenge checker's stemming (`served_training_releases`), so the challenge set stays vocabulary-disjoint.
Scored on the challenge set (text alone and with context), the hard cases, and as a guard the held-out sets that
are not in served.json (heldout-shapes-29 and later, pooled; no variant trains on them), each for the encoder
alone and mixed with the linear model (trained on the training releases only, seed 0, as shipped) at the shipped
temperature; the mix is also given at the temperature refitted on the guard's logits. One JSON line per variant
and seed; the seed sets the head's initialisation and the order the sentences are shown. After both variants of a
seed, one more line: (b) minus (a) in macro-F1 at the shipped temperature, with a 95% paired bootstrap interval
(the same resample for both; over sentences, and over releases for the guard and the shift split).

`--shift` runs the shift guard instead for the given seeds: (a) tidy + seeds -> real-voice against (b) tidy +
seeds + served -> real-voice (the linear model trained on tidy + seeds).

Fine-tuning took 10-11 minutes for (a) (3,757 sentences) and 19-20 for (b) (9,795) per seed on the 2-core machine
shared with other work (load 3-4), 1.5 and 28 for the shift guard's (1,890 and 7,928); logits are cached in
.cache/encoder-more-data/ (`encoder_logits`), so an interrupted run resumes where it stopped, and a second run
costs about two minutes (its `seconds` are then 0).

    python benchmarks/programs/encoder_more_data.py 0 1
    python benchmarks/programs/encoder_more_data.py --shift 0
"""

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from nlp.annotations import ANNOTATIONS_DIR, SERVED_FILE, load_dataset, load_shared_dir
from sklearn.metrics import f1_score

from nlp.classify.encoder import TEMPERATURE, mix, softmax
from nlp.classify.encoder_eval import _linear_proba, encoder_logits, sweep
from nlp.classify.evaluation import (LABELS, challenge_items, in_a_release, load_challenge_vocab, load_hard_cases,
                                     release_items, shift_splits)
from nlp.classify.finetune import FinetuneConfig, fit_temperature
from nlp.classify.served import served_training_releases

CACHE = Path(__file__).resolve().parents[2] / ".cache" / "encoder-more-data"
SHOWN = ("0.0", "0.5", "0.7", "1.0")


def guard_releases():
    """The held-out sets not (yet) in served.json, pooled: no variant trains on them."""
    served = set(json.loads((ANNOTATIONS_DIR / SERVED_FILE).read_text(encoding="utf-8"))["sets"])
    names = sorted((p.name for p in ANNOTATIONS_DIR.glob("heldout*") if p.is_dir() and p.name not in served),
                   key=lambda name: int(re.sub(r"\D", "", name) or 0))
    return names, [release for name in names for release in load_shared_dir(ANNOTATIONS_DIR / name)]


def rounded(table):
    return {setting: {w: round(f1, 3) for w, f1 in row.items() if w in SHOWN} for setting, row in table.items()}


def paired(a, b, rounds=1000):
    """(b) minus (a) in macro-F1 per setting and weight, with a 95% paired bootstrap interval."""
    rng = np.random.default_rng(0)
    out = {}
    for name, s in a.items():
        gold, groups = np.asarray(s["gold"]), np.asarray(s["groups"])
        names, index = np.unique(groups, return_inverse=True)
        members = [np.flatnonzero(index == g) for g in range(len(names))]
        draws = [np.concatenate([members[g] for g in rng.integers(0, len(names), len(names))]) for _ in range(rounds)]
        out[name] = {}
        for w in SHOWN[1:]:
            preds = [np.asarray(LABELS)[mix(x["linear"], softmax(x["logits"], TEMPERATURE), float(w)).argmax(axis=1)]
                     for x in (s, b[name])]
            f1 = [[f1_score(gold[d], p[d], labels=LABELS, average="macro", zero_division=0) for d in draws]
                  for p in preds]
            diff = np.asarray(f1[1]) - np.asarray(f1[0])
            full = [f1_score(gold, p, labels=LABELS, average="macro", zero_division=0) for p in preds]
            out[name][w] = [round(full[1] - full[0], 3), round(float(np.percentile(diff, 2.5)), 3),
                            round(float(np.percentile(diff, 97.5)), 3)]
    return out


def score(parts, train_items, train_y, linear_items, linear_y, seed):
    """Fine-tune once on the training items; the sweep of every part at the shipped and the refitted temperature,
    and the settings themselves (for the paired comparison)."""
    test_items = [item for part in parts.values() for item in part[0]]
    started = time.time()
    logits = encoder_logits(train_items, train_y, test_items, config=FinetuneConfig(), seed=seed, cache_dir=CACHE)
    seconds = round(time.time() - started)
    linear = _linear_proba(linear_items, linear_y, test_items, 0)
    settings, start = {}, 0
    for name, (items, gold, groups) in parts.items():
        end = start + len(items)
        settings[name] = {"linear": linear[start:end], "logits": logits[start:end], "gold": gold, "groups": groups}
        start = end
    held = settings.get("guard_29_56") or settings.get("shift:tidy_to_real_voice")
    refit = fit_temperature(held["logits"], held["gold"], LABELS)
    return seconds, refit, {"shipped_T": rounded(sweep(settings, TEMPERATURE)),
                            "refit_T": rounded(sweep(settings, refit))}, settings


def main(argv):
    shift = "--shift" in argv
    seeds = [int(a) for a in argv if a != "--shift"] or [0, 1]
    train = load_dataset()
    served, dropped = served_training_releases()
    s_items, s_y, _ = release_items(served)
    if shift:
        tidy, voice = shift_splits(train)["tidy_to_real_voice"]
        a_items, a_y, _ = release_items(tidy)
        v_items, v_y, v_groups = release_items(voice)
        parts = {"shift:tidy_to_real_voice": (v_items, v_y, v_groups)}
        base, name = (a_items, a_y), "tidy"
    else:
        names, guard = guard_releases()
        g_items, g_y, g_groups = release_items(guard)
        cases, hard = load_challenge_vocab(), load_hard_cases()
        labels = [c["label"] for c in cases]
        each = list(range(len(cases)))
        parts = {"challenge_vocab": (challenge_items(cases, False), labels, each),
                 "challenge_vocab_context": (challenge_items(cases, True), labels, each),
                 "hard_cases": ([in_a_release(c["text"])[0][2] for c in hard], [c["label"] for c in hard],
                                list(range(len(hard)))),
                 "guard_29_56": (g_items, g_y, g_groups)}
        base, name = release_items(train)[:2], "train"
        print(json.dumps({"guard_sets": f"{names[0]} .. {names[-1]}", "guard_n_sets": len(names),
                          "guard_releases": len(guard), "guard_sentences": len(g_items),
                          "served_releases": len(served), "served_sentences_kept": len(s_items),
                          "served_sentences_dropped": dropped}), flush=True)
    for seed in seeds:
        scored = []
        for variant, (items, y) in ((name, base), (f"{name}+served", (base[0] + s_items, base[1] + s_y))):
            seconds, refit, tables, settings = score(parts, items, y, *base, seed)
            scored.append(settings)
            print(json.dumps({"variant": variant, "seed": seed, "train_sentences": len(items), "seconds": seconds,
                              "refit_temperature": refit, **tables}), flush=True)
        print(json.dumps({"gain": f"{name}+served minus {name}", "seed": seed,
                          "shipped_T": paired(*scored)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
