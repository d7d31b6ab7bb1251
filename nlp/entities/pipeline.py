"""The shipped entity pipeline: build it, "train" it, load it.

Rules find the entities that have a fixed shape (ratings in rating context, dates, listed organisations,
"<place> YJS / PDU / ..."); ``inspection_service_mentions`` adds a bare place standing for a service the doc
names ("Trafford stands out" once "Trafford PDU" is tagged). The components are in rules.py, service_mentions.py
and segment.py, registered in factories.py. The shipped pipeline is rules only (``DEFAULT_ORDER``): in grouped
cross-validation and the shift split every way of adding a small statistical ner added more false entities
than missing ones it found; those ways stay available as ``order=`` and live in ner_experiments.py with the
figures (table and commands in nlp/entities/README.md).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from ..errors import ModelError
from . import factories  # noqa: F401  (registers every component before anything is built or loaded)
from .ner_experiments import ORDERS, build_ner_pipeline, train_ner_pipeline
from .rules import PATTERNS_DIR, add_entity_rules, start_pipeline
from .service_mentions import add_service_mentions

__all__ = ["DEFAULT_ORDER", "ORDERS", "PATTERNS_DIR", "build_pipeline", "train_pipeline", "load_pipeline"]

# Chosen by grouped cross-validation and the shift split (table in nlp/entities/README.md): the small ner,
# before or after the rules, added more false entities than it found missing ones.
DEFAULT_ORDER = "rules_only"


def build_pipeline(patterns_dir: str | Path | None = None, *, order: str = DEFAULT_ORDER,
                   ner: bool = True, gated: bool = True) -> Language:
    """The shipped pipeline: our tokenizer and sentences, the entity rules and the service mentions.

    Another ``order`` ("rules_first", "ner_first", "rules_plus_ner"; ``ner``, ``gated``) builds one of the
    measured ner variants with an untrained ner (:func:`ner_experiments.build_ner_pipeline`).

    >>> nlp = build_pipeline(ner=False)
    >>> [(e.text, e.label_) for e in nlp("It was rated ‘Good’ in May 2024.").ents]
    [('Good', 'RATING'), ('May 2024', 'DATE')]
    """
    if order != DEFAULT_ORDER:
        return build_ner_pipeline(patterns_dir, order=order, ner=ner, gated=gated)
    nlp = start_pipeline(patterns_dir)
    return add_service_mentions(add_entity_rules(nlp, patterns_dir), patterns_dir)


def train_pipeline(releases, seed: int = 0, *, order: str = DEFAULT_ORDER,
                   patterns_dir: str | Path | None = None, **ner_options: Any) -> Language:
    """The entity pipeline for ``releases`` (AnnotatedRelease): the shipped one has nothing to learn.

    Another ``order`` trains the ner of that variant on the releases' gold entities
    (:func:`ner_experiments.train_ner_pipeline`, which takes ``ner_options``: epochs, gated, dropout,
    batch_size, verbose).

    >>> from nlp.annotations import load_dataset
    >>> train_pipeline(load_dataset()[:3]).pipe_names[-1]
    'inspection_service_mentions'
    """
    if order != DEFAULT_ORDER:
        return train_ner_pipeline(releases, seed, order=order, patterns_dir=patterns_dir, **ner_options)
    # seeded as when the ner was trained here, so whatever runs next in the process starts from the same state
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    return build_pipeline(patterns_dir)


def load_pipeline(path: str | Path) -> Language:
    """Load a pipeline saved with ``Language.to_disk`` (our components are registered by factories.py).

    >>> load_pipeline("models/pipeline").pipe_names[:2]
    ['inspection_sentences', 'span_ruler']
    """
    path = Path(path)
    if not (path / "config.cfg").exists():
        raise ModelError(f"{path} is not a saved entity pipeline (no config.cfg); run `inspection-nlp train`")
    # The tokenizer the config builds (English rules, our sentence-aware wrapper) is the one saved beside it
    # (tests/entities/test_pipeline_load.py compares them); reading it again from disk would add every special
    # case a second time: 65 ms of a 1.3 s cold start.
    return spacy.load(path, exclude=["tokenizer"])
