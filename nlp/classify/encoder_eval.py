"""The encoder and the mix measured in the same settings as the linear model, and the mixing weight chosen.

Every fine-tune is on training releases only: k grouped folds (the linear model's folds for the same k and
seed), the shift split (tidy + seeds -> real-voice), and all releases for the held-out set, the hard cases
and the vocabulary-disjoint challenge set. As `train --encoder` does, each fine-tune also learns from the
sentences of the served held-out sets (``extra``, decontaminated against the challenge set, never a set under
test); the linear model, as it ships, learns from the training releases alone. The encoder's logits of each fine-tune are cached under
`.cache/encoder/` keyed by the training and test sentences, labels, configuration and seed, so a second run
costs seconds; delete the folder to fine-tune again.

The weight is chosen on the challenge set (mean macro-F1 of text alone and with context), among the weights
that lose at most `GUARD` macro-F1 against the linear model on the shift split and in grouped CV; the held-out
set is reported, never used to choose.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

from ..annotations import data_hash
from ..corpus import PROJECT_ROOT
from .encoder import encoder_text, load_encoder, mix, softmax
from .evaluation import (CHALLENGE_VOCAB, HARD_CASES, LABELS, _full_proba, _majority, _meta, build_classifier,
                         challenge_block, challenge_items, in_a_release, load_challenge_vocab, load_hard_cases,
                         release_items, score_block, shift_splits)
from .finetune import FinetuneConfig, finetune, fit_temperature

CACHE_DIR = PROJECT_ROOT / ".cache" / "encoder"
WEIGHTS = tuple(round(w, 1) for w in np.arange(0.0, 1.01, 0.1))
GUARD = 0.01  # at most one point of macro-F1 lost on the shift split and in grouped CV
# challenge means within half a point of the best are ties (one sentence of 185 moves macro-F1 by about that much):
# among them the weight nearest 0.5, where the real releases read best
TIE = 0.005


def _key(train_items, train_y, test_items, config, seed) -> str:
    digest = hashlib.sha256()
    for item, label in zip(train_items, train_y):
        digest.update(json.dumps([encoder_text(item), label]).encode())
    digest.update(b"|test|")
    for item in test_items:
        digest.update(json.dumps(encoder_text(item)).encode())
    digest.update(json.dumps([repr(config), seed]).encode())
    return digest.hexdigest()[:24]


def encoder_logits(train_items, train_y, test_items, *, config=None, seed=0, cache_dir=None, say=None):
    """Fine-tune on the training items and return the logits (LABELS order) of the test items, cached."""
    config = config or FinetuneConfig()
    cache = Path(cache_dir or CACHE_DIR)
    path = cache / f"{_key(train_items, train_y, test_items, config, seed)}.npy"
    if path.is_file():
        return np.load(path, allow_pickle=False)
    if say:
        say(f"fine-tuning the encoder on {len(train_items)} sentences for {len(test_items)} test sentences")
    tuned = finetune(train_items, train_y, seed=seed, config=config, label_order=LABELS)
    logits = tuned.logits(test_items)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, logits, allow_pickle=False)
    tmp.replace(path)
    return logits


def _linear_proba(train_items, train_y, test_items, seed):
    model = build_classifier("default", seed=seed).fit(train_items, train_y)
    return _full_proba(model.predict_proba(test_items), [str(c) for c in model.classes_])


def _shipped(models_dir, train, config, seed, extra=()):
    """The exported encoder in `models_dir` when it was fine-tuned on exactly these releases and served sentences
    (``extra``) with this configuration and seed (what `train --encoder` ships), else None."""
    if models_dir is None:
        return None
    encoder = load_encoder(models_dir)
    if encoder is None:
        return None
    # an encoder exported before the linear probe existed was fine-tuned without one
    saved = {"probe_steps": 0, **(encoder.config.get("finetune") or {})}
    served = (encoder.config.get("served") or {}).get("data_hash")
    same = (encoder.config.get("data_hash") == data_hash(train) and encoder.config.get("seed") == seed
            and saved == asdict(config or FinetuneConfig()) and served == (data_hash(extra) if extra else None))
    return encoder if same else None


def _with_extra(items, y, extra_items, extra_y):
    """The training items and labels of an encoder fine-tune: the releases' and then the served sentences."""
    return list(items) + list(extra_items), list(y) + list(extra_y)


def cv_setting(train, *, n_splits=3, seed=0, config=None, cache_dir=None, say=None, extra=()) -> dict:
    """Out-of-fold linear probabilities and encoder logits in `n_splits` grouped folds (StratifiedGroupKFold,
    the linear model's folds for the same k and seed); each fold's encoder also learns from ``extra``."""
    items, y, groups = release_items(train)
    extra_items, extra_y, _ = release_items(extra)
    y_arr = np.asarray(y)
    lin = np.zeros((len(y), len(LABELS)))
    logits = np.zeros((len(y), len(LABELS)))
    folds = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for number, (tr, te) in enumerate(folds.split(items, y, groups), 1):
        if say:
            say(f"grouped CV fold {number}/{n_splits}")
        tr_items, te_items = [items[i] for i in tr], [items[i] for i in te]
        lin[te] = _linear_proba(tr_items, list(y_arr[tr]), te_items, seed)
        fit_items, fit_y = _with_extra(tr_items, y_arr[tr], extra_items, extra_y)
        logits[te] = encoder_logits(fit_items, fit_y, te_items, config=config, seed=seed, cache_dir=cache_dir, say=say)
    return {"linear": lin, "logits": logits, "gold": y, "meta": _meta(train), "items": items, "majority": _majority(y)}


def collect(train, test=None, *, n_splits=3, seed=0, config=None, cache_dir=None, say=None,
            models_dir=None, cv_config=None, shift: bool = True, extra=()) -> dict:
    """Linear probabilities and encoder logits, with gold labels, for every setting (one dict per setting).

    Order: the shift split (one fine-tune), all releases (one fine-tune, or the shipped encoder in
    `models_dir` when it was trained on the same releases, configuration and seed: then the int8 model that
    ships is what is scored), then `n_splits` grouped folds (0 skips them), fine-tuned with `cv_config` if given
    (fewer epochs: k fine-tunes cost k times one). Every fine-tune also learns from the ``extra`` releases'
    sentences (the served held-out sets, as in `train --encoder`)."""
    items, y, groups = release_items(train)
    extra_items, extra_y, _ = release_items(extra)
    y_arr = np.asarray(y)
    settings = {}
    tidy, voice = shift_splits(train)["tidy_to_real_voice"]
    if tidy and voice and shift:
        if say:
            say("shift: tidy -> real-voice")
        a_items, a_y, _ = release_items(tidy)
        b_items, b_y, _ = release_items(voice)
        fit_items, fit_y = _with_extra(a_items, a_y, extra_items, extra_y)
        settings["shift:tidy_to_real_voice"] = {
            "linear": _linear_proba(a_items, a_y, b_items, seed),
            "logits": encoder_logits(fit_items, fit_y, b_items, config=config, seed=seed, cache_dir=cache_dir, say=say),
            "gold": b_y, "meta": _meta(voice), "items": b_items, "majority": _majority(a_y)}
    # one fine-tune on all training releases for the held-out set, the hard cases and the challenge set
    parts: dict[str, tuple[Any, ...]] = {}
    # the shipped int8 model quantises activations per batch, so it is fed as `summarise` feeds it: each release's
    # sentences batched among themselves (a hard case or a challenge sentence alone), never with other releases'
    batch_sizes: dict[str, list[int]] = {}
    if test:
        t_items, t_y, t_groups = release_items(test)
        parts["test"] = (t_items, t_y, _meta(test), None)
        batch_sizes["test"] = [len(list(run)) for _, run in itertools.groupby(t_groups)]
    if HARD_CASES.is_file():
        cases = load_hard_cases()
        h_items = [in_a_release(case["text"])[0][2] for case in cases]
        parts["hard_cases"] = (h_items, [c["label"] for c in cases],
                               [(c.get("case", "hard case"), 0, len(c["text"]), c["text"]) for c in cases],
                               list(range(len(cases))))
    if CHALLENGE_VOCAB.is_dir():
        cases = load_challenge_vocab()
        for name, context in (("challenge_vocab", False), ("challenge_vocab_context", True)):
            parts[name] = (challenge_items(cases, context), [c["label"] for c in cases], cases, "challenge")
    if parts:
        if say:
            say("all training releases -> " + ", ".join(parts))
        all_items = [item for part in parts.values() for item in part[0]]
        lin = _linear_proba(items, y, all_items, seed)
        shipped = _shipped(models_dir, train, config, seed, extra)
        if shipped is not None:
            if say:
                say(f"the shipped encoder ({shipped.directory}) was trained on these releases: scoring with it")
            # the shipped model's columns follow its own label order: put them in LABELS order
            order = [list(map(str, shipped.classes_)).index(label) for label in LABELS]
            sizes = [n for name, part in parts.items() for n in batch_sizes.get(name, [1] * len(part[0]))]
            logits = shipped.logits(all_items, groups=sizes)[:, order]
        else:
            fit_items, fit_y = _with_extra(items, y, extra_items, extra_y)
            logits = encoder_logits(fit_items, fit_y, all_items, config=config, seed=seed, cache_dir=cache_dir, say=say)
        start = 0
        for name, (p_items, p_y, meta, groups_) in parts.items():
            end = start + len(p_items)
            settings[name] = {"linear": lin[start:end], "logits": logits[start:end], "gold": p_y, "meta": meta,
                              "items": p_items, "majority": _majority(y), "groups": groups_}
            start = end
    # grouped CV (last: k fine-tunes), the same folds as the linear model's for this k and seed
    if n_splits and n_splits > 1:
        settings["grouped_cv"] = cv_setting(train, n_splits=n_splits, seed=seed, config=cv_config or config,
                                            cache_dir=cache_dir, say=say, extra=extra)
    return settings


def _block(setting: dict, proba) -> dict:
    if setting.get("groups") == "challenge":
        return challenge_block(setting["meta"], proba, setting["majority"], setting["items"])
    pred = [LABELS[i] for i in np.asarray(proba).argmax(axis=1)]
    return score_block(setting["gold"], pred, proba, LABELS, setting["meta"], setting["majority"], setting["items"],
                       groups=setting.get("groups"))


def _macro(setting, proba) -> float:
    pred = [LABELS[i] for i in np.asarray(proba).argmax(axis=1)]
    return float(f1_score(setting["gold"], pred, labels=LABELS, average="macro", zero_division=0))


def fit_temperature_out_of_sample(settings) -> float:
    """The softmax temperature fitted on the shift split's logits (out of sample, available first)."""
    held = settings.get("shift:tidy_to_real_voice") or settings.get("grouped_cv")
    if held is None:
        return 1.0  # no out-of-sample logits from training releases: leave the softmax as it is
    return fit_temperature(held["logits"], held["gold"], LABELS)


def sweep(settings, temperature: float, weights=WEIGHTS) -> dict[str, dict[str, float]]:
    """Macro-F1 of the mix at each weight (0 = linear alone, 1 = encoder alone) in every setting."""
    return {name: {f"{w:.1f}": _macro(s, mix(s["linear"], softmax(s["logits"], temperature), w)) for w in weights}
            for name, s in settings.items()}


def choose_weight(table: dict[str, dict[str, float]], guard: float = GUARD, tie: float = TIE) -> dict:
    """The weight with the best challenge-set macro-F1 (text alone and with context, averaged) among those that
    lose at most `guard` against the linear model (weight 0) on the shift split and in grouped CV; of the weights
    within `tie` of the best, the one nearest 0.5."""
    def challenge(w):
        names = [n for n in ("challenge_vocab", "challenge_vocab_context") if n in table]
        return float(np.mean([table[n][w] for n in names])) if names else 0.0

    guards = [n for n in ("shift:tidy_to_real_voice", "grouped_cv") if n in table]
    weights = list(next(iter(table.values())))
    allowed = [w for w in weights if all(table[n][w] >= table[n]["0.0"] - guard for n in guards)]
    top = max(challenge(w) for w in allowed)
    best = min((w for w in allowed if challenge(w) >= top - tie), key=lambda w: (abs(float(w) - 0.5), -challenge(w)))
    return {"weight": float(best), "challenge_mean": challenge(best), "allowed": allowed, "guards": guards,
            "guard": guard, "tie": tie}


def default_decision(table: dict, weight: float, guard: float = GUARD) -> dict:
    """The issue's rule: the mix is the default if it wins on the challenge set and loses at most a point on the
    shift split and the held-out set."""
    w = f"{weight:.1f}"
    gains = {name: table[name][w] - table[name]["0.0"] for name in table}
    wins = all(gains[n] > 0 for n in ("challenge_vocab", "challenge_vocab_context") if n in gains)
    holds = all(gains[n] >= -guard for n in ("shift:tidy_to_real_voice", "test") if n in gains)
    return {"default": bool(wins and holds), "gains": gains}


def evaluate_encoder(train, test=None, *, n_splits=3, seed=0, config=None, cache_dir=None, say=None,
                     weight: float | None = None, models_dir=None, cv_epochs: int | None = None,
                     shift: bool = True, served=()) -> dict:
    """The encoder alone and the mix, a block per setting, the weight sweep, the chosen weight and the rule's
    verdict. `weight` overrides the chosen one for the `mixed` blocks (the shipped weight, for instance); the
    ``served`` held-out releases, less every sentence holding a challenge word (`served.decontaminate`, as
    `train --encoder`, and whole releases of them up to `served.SERVED_SENTENCES`), join every fine-tune's training
    sentences."""
    from .served import capped, decontaminate

    extra = capped(decontaminate(served, load_challenge_vocab())[0]) if served else []
    cv_config = replace(config or FinetuneConfig(), epochs=cv_epochs) if cv_epochs else None
    settings = collect(train, test, n_splits=n_splits, seed=seed, config=config, cache_dir=cache_dir, say=say,
                       models_dir=models_dir, cv_config=cv_config, shift=shift, extra=extra)
    temperature = fit_temperature_out_of_sample(settings)
    table = sweep(settings, temperature)
    choice = choose_weight(table)
    used = choice["weight"] if weight is None else weight
    encoder: dict[str, Any] = {}
    mixed: dict[str, Any] = {}
    for name, s in settings.items():
        enc = softmax(s["logits"], temperature)
        block_enc, block_mix = _block(s, enc), _block(s, mix(s["linear"], enc, used))
        if name.startswith("shift:"):
            encoder.setdefault("shift", {})[name.split(":", 1)[1]] = block_enc
            mixed.setdefault("shift", {})[name.split(":", 1)[1]] = block_mix
        else:
            encoder[name], mixed[name] = block_enc, block_mix
    return {"folds": n_splits, "cv_epochs": (cv_config or config or FinetuneConfig()).epochs,
            "temperature": temperature, "weights": table, "choice": choice, "weight": used,
            "decision": default_decision(table, used), "encoder": encoder, "mixed": mixed}
