"""Training both models from the corpus and annotations, with a metadata sidecar."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from .annotations import ANNOTATIONS_DIR, ENTITY_LABELS, data_hash, load_dataset, load_served, load_shared_dir
from .classify.encoder import CONFIG_NAME, ENCODER_DIR, MIX_DEFAULT, MIX_WEIGHT, TEMPERATURE
from .classify.finetune import FinetuneConfig, export_encoder, finetune
from .classify.linear import UnsupportedModelError, load_linear, save_linear
from .errors import InspectionNLPError
from .models import (ASPECTS_NAME, CLASSIFIER_NAME, LINEAR_NAME, PACKAGE_INIT, PACKAGE_INIT_TEXT, PIPELINE_NAME,
                     ROLES_NAME, TAXONOMY_NAME, forget, write_meta)
from .project import MODELS

# The tables summaries read besides the two models, copied from the project's annotations into the models
# directory so that its hashes cover them: (source under annotations/, name in the models directory).
# Like the patterns and the lexicon they come from the project directory (the current one), whatever
# `annotations_dir` the gold labels are read from.
TABLES = (("patterns/aspects.json", ASPECTS_NAME), ("themes/taxonomy.jsonl", TAXONOMY_NAME))

# spaCy (nlp.entities and its roles and evaluation) and scikit-learn (classify.model, classify.evaluation,
# classify.io through skops) are imported inside train_models: heavy, and only training needs them.

__version__ = "0.1.0"


def _headline(block: dict) -> dict:
    """The figures of an evaluation block worth keeping in the sidecar (no errors, no matrices)."""
    keep = ("macro_f1", "accuracy", "per_label", "micro", "facts", "baselines")
    return {key: block[key] for key in keep if key in block}


def _facts_hash(releases) -> str:
    rows = [[r.id, r.facts] for r in sorted(releases, key=lambda r: r.id)]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def behaviour_fingerprint(proba) -> str:
    """A hash of the classifier's scores on its training sentences (``proba``), to 6 places.

    skops names arrays by object id, so the same model is not the same bytes twice; this hash is
    what stays equal when the same data and seed give the same model.
    """
    return hashlib.sha256(np.round(proba, 6).astype("<f8").tobytes()).hexdigest()


def write_linear(classifier, path: Path, items, proba, log=print) -> bool:
    """Write the array form of the classifier and check it scores the training ``items`` as scikit-learn
    does (``proba``); False (and no file) for a kind the array form cannot hold, which then loads from skops."""
    try:
        save_linear(classifier, path)
    except UnsupportedModelError as err:
        log(f"{err}; summaries will load the skops file")
        return False
    gap = float(np.abs(load_linear(path).predict_proba(items) - proba).max())
    if gap > 1e-9:
        path.unlink()
        raise InspectionNLPError(f"{path}: the array classifier differs from scikit-learn's by {gap:.2g}")
    return True


def encoder_training_data(releases, items, served, cases=None, limit: int | None = None) -> tuple[list, list[str], dict]:
    """The encoder's training sentences: the releases' ``items`` (in `release_items` order) and every sentence of the
    ``served`` held-out releases that holds no word of the challenge set (``cases``, by default the project's), whole
    releases of them up to ``limit`` sentences (`served.capped`, by default `SERVED_SENTENCES`: the training time),
    with their labels and what was taken from the served sets.

    >>> encoder_training_data([], [], [])[2]
    {'releases': 0, 'sentences': 0, 'dropped_for_challenge_words': 0, 'left_out_for_time': 0, 'data_hash': None}
    """
    from .classify.evaluation import load_challenge_vocab
    from .classify.model import release_items
    from .classify.served import SERVED_SENTENCES, capped, decontaminate

    clean, dropped = decontaminate(served, load_challenge_vocab() if cases is None else cases) if served else ([], 0)
    extra = capped(clean, SERVED_SENTENCES if limit is None else limit)
    extra_items, extra_labels, _ = release_items(extra)
    labels = [label for r in releases for _, _, label in r.sentences] + list(extra_labels)
    info = {"releases": len(extra), "sentences": len(extra_items), "dropped_for_challenge_words": dropped,
            "left_out_for_time": len(clean) - len(extra), "data_hash": data_hash(extra) if extra else None}
    return list(items) + list(extra_items), labels, info


def _encoder(out_dir: Path, staging: Path, releases, items, classifier, *, seed: int, fit: bool, config, progress,
             log, heldout: Path, served=()) -> dict | None:
    """Fine-tune and export the encoder into `staging/encoder` (fit), or carry over the one in `out_dir`.

    The encoder learns from the annotated releases and the sentences of the ``served`` held-out sets, less every
    sentence that holds a word of the vocabulary-disjoint challenge set (`encoder_training_data`): four times
    the data, from as many writers (README, "The encoder and the mix"). The linear model keeps to the releases.

    Returns the sidecar's `encoder` entry: where it is, the mixing weight, whether summaries use it by default,
    and the hash of the data it was trained on (which may be older than the linear model's when it was kept).
    """
    target = staging / ENCODER_DIR
    if fit:
        from .classify.model import release_items

        items, labels, served_info = encoder_training_data(releases, items, served)
        config = config or FinetuneConfig()
        log(f"fine-tuning the encoder on {len(items)} sentences ({served_info['sentences']} of them from "
            f"{served_info['releases']} served held-out releases, {served_info['dropped_for_challenge_words']} left out "
            f"for holding a challenge word, {served_info['left_out_for_time']} releases for time; {config.epochs} epochs, "
            "CPU)")
        tuned = finetune(items, labels, seed=seed, config=config, progress=progress,
                         label_order=[str(c) for c in classifier.classes_])
        reference_items, reference_labels = [], []
        if heldout.is_dir():
            # Every eighth sentence of the held-out releases: the export's check that the int8 model labels them as
            # the torch model does (agreement, not accuracy: the set is among the served ones the encoder learns from)
            ref_items, ref_labels, _ = release_items(load_shared_dir(heldout))
            reference_items, reference_labels = ref_items[::8], ref_labels[::8]
        export_encoder(tuned, target, temperature=TEMPERATURE, reference_items=reference_items,
                       reference_labels=reference_labels,
                       extra={"data_hash": data_hash(releases), "seed": seed, "served": served_info})
        log(f"fine-tuned in {tuned.seconds:.0f}s; exported to {target.name}/")
    elif (out_dir / ENCODER_DIR / CONFIG_NAME).is_file():
        shutil.copytree(out_dir / ENCODER_DIR, target)
        log(f"kept the encoder in {out_dir / ENCODER_DIR} (retrain it with --encoder)")
    else:
        return None
    config = json.loads((target / CONFIG_NAME).read_text(encoding="utf-8"))
    return {"dir": ENCODER_DIR, "name": config.get("name"), "weight": MIX_WEIGHT, "temperature": TEMPERATURE,
            "default": MIX_DEFAULT,
            "data_hash": config.get("data_hash"), "current": config.get("data_hash") == data_hash(releases),
            "train_seconds": config.get("train_seconds")}


def train_models(out_dir: str | Path | None = None, *, corpus_dir=None, annotations_dir=None, seed: int = 0,
                 cv_folds: int = 5, releases=None, log=print, encoder: bool = False, encoder_config=None,
                 progress=None) -> dict:
    """Train the spaCy pipeline and the sentence classifier on all annotations and write a models directory.

    cv_folds > 1 also cross-validates both (folds grouped by release) and records the metrics in the
    sidecar; 0 skips it. The directory is replaced only once everything is written. Default: the project's
    models/ (relative to the current directory, the project directory).

    encoder=True also fine-tunes MiniLM-L6 (`nlp.classify.finetune`, the `[train]` extra; minutes) and exports it
    to `encoder/`; `progress(done, total)` follows its steps. Without it the encoder already in `out_dir` is kept
    as it is (and its files stay covered by the sidecar's hashes).

    >>> meta = train_models("/tmp/models", cv_folds=0)  # doctest: +SKIP
    """
    from .classify import save_classifier, train_classifier
    from .classify.model import DEFAULT_KIND, release_items
    from .entities import train_pipeline

    out_dir = Path(out_dir or MODELS).resolve()
    # the served held-out sets (annotations/served.json) train the fact-slot role model and the encoder (less the
    # challenge set's words), with the project's data; the linear model and the entity pipeline never see them
    served = load_served(annotations_dir) if releases is None else []
    releases = releases if releases is not None else load_dataset(corpus_dir, annotations_dir)
    if not releases:
        raise InspectionNLPError("no annotated releases to train on (see `inspection-nlp corpus import`)")
    tables = [(ANNOTATIONS_DIR / source, name) for source, name in TABLES]
    for source, _ in tables:
        if not source.is_file():
            raise InspectionNLPError(f"{source.resolve()}: missing; the models need this table (run in a project "
                                     f"directory)")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}-"))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; the models directory is for every reader
    try:
        started = time.perf_counter()
        # A release whose entities nobody annotated would teach the ner that it holds none.
        entity_releases = [r for r in releases if getattr(r, "entity_coverage", None) is None]
        log(f"training the entity pipeline on {len(entity_releases)} releases")
        pipeline = train_pipeline(entity_releases, seed=seed)
        pipeline.to_disk(staging / PIPELINE_NAME)
        pipeline_seconds = time.perf_counter() - started
        log(f"training the sentence classifier ({pipeline_seconds:.1f}s so far)")
        classifier = train_classifier(releases, seed=seed)
        save_classifier(classifier, staging / CLASSIFIER_NAME)
        # the training sentences' scores serve twice: the check of the array form, and the fingerprint
        items, _, _ = release_items(releases)
        proba = classifier.predict_proba(items)
        arrays = write_linear(classifier, staging / LINEAR_NAME, items, proba, log=log)
        # the fact-slot role models (nlp.entities.roles); where they decide is chosen below by grouped CV
        from .entities.roles import DEFAULT_MODES, KINDS, fit_roles

        roles = fit_roles(releases + served)
        for source, name in tables:
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, staging / name)
        # the directory is also the package nlp._models when it is the shipped one (nlp/models.py)
        (staging / PACKAGE_INIT).write_text(PACKAGE_INIT_TEXT, encoding="utf-8")
        encoder_meta = _encoder(out_dir, staging, releases, items, classifier, seed=seed, fit=encoder,
                                config=encoder_config, progress=progress, log=log,
                                heldout=Path(annotations_dir or ANNOTATIONS_DIR) / "heldout", served=served)
        train_seconds = time.perf_counter() - started
        metrics, fact_metrics, modes = {}, {}, dict(DEFAULT_MODES)
        if cv_folds and cv_folds > 1:
            from .entities.evaluation import compare_fact_modes

            log(f"choosing the fact modes ({cv_folds} folds grouped by release)")
            compared = compare_fact_modes(releases, n_splits=cv_folds, seed=seed, roles_extra=served)
            modes = compared["modes"]
            fact_metrics = {mode: {field: row["accuracy"] for field, row in block["facts"].items()}
                            for mode, block in compared["grouped_cv"].items()}
        roles.modes = modes
        roles.save(staging / ROLES_NAME)
        if cv_folds and cv_folds > 1:
            from .classify.evaluation import evaluate_classifier
            from .entities.evaluation import evaluate_entities

            log(f"cross-validating ({cv_folds} folds grouped by release)")
            sentences = evaluate_classifier(releases, n_splits=cv_folds, seed=seed, learning_curve=False)
            entities = evaluate_entities(releases, n_splits=cv_folds, seed=seed)
            metrics = {
                "folds": cv_folds,
                "sentences": {"grouped_cv": _headline(sentences["grouped_cv"]),
                              "shift": {k: _headline(v) for k, v in sentences.get("shift", {}).items()}},
                "entities": {"grouped_cv": _headline(entities["grouped_cv"]),
                             "shift": {k: _headline(v) for k, v in entities.get("shift", {}).items()}},
            }
        digest = data_hash(releases)
        fingerprint = behaviour_fingerprint(proba)
        meta = write_meta(staging, {
            "version": f"{__version__}+{digest[:8]}.{fingerprint[:8]}",
            "trained": dt.date.today().isoformat(),
            "seed": seed,
            "data": {"hash": digest, "releases": len(releases),
                     "sentences": sum(len(r.sentences) for r in releases),
                     "entities": sum(len(r.entities) for r in releases)},
            "labels": {"sentences": [str(c) for c in classifier.classes_], "entities": list(ENTITY_LABELS)},
            "classifier": {"name": f"sklearn:{DEFAULT_KIND}", "file": CLASSIFIER_NAME,
                           "arrays": LINEAR_NAME if arrays else None, "fingerprint": fingerprint},
            "pipeline": {"name": "spacy:" + "+".join(pipeline.pipe_names), "file": PIPELINE_NAME},
            "facts": {"name": "roles:logistic_regression", "file": ROLES_NAME, "modes": modes,
                      # the role models learn from the gold facts too, which data.hash does not cover
                      "facts_hash": _facts_hash(releases + served),
                      "served": {"releases": len(served), "hash": data_hash(served) if served else None},
                      "labels": {label: list(roles_) for label, roles_ in KINDS.items()},
                      "grouped_cv": fact_metrics},
            "encoder": encoder_meta,
            "train_seconds": {"pipeline": round(pipeline_seconds, 1), "total": round(train_seconds, 1)},
            "metrics": metrics,
        })
        backup = None
        if out_dir.exists():
            backup = out_dir.with_name(f".{out_dir.name}-old")
            shutil.rmtree(backup, ignore_errors=True)
            out_dir.rename(backup)
        staging.rename(out_dir)
        if backup:
            shutil.rmtree(backup, ignore_errors=True)
        forget(out_dir)
        return meta
    finally:
        shutil.rmtree(staging, ignore_errors=True)
