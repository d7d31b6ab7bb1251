"""The statistical ``ner`` experiments: measured, and not shipped.

The shipped entity pipeline is rules only (pipeline.py). These are the ways a small spaCy ``ner`` was
combined with the rules (``order``), kept so the measurements can be repeated (``inspection-nlp evaluate``,
``python -m nlp.entities.evaluation 5 --order ...``, ``python -m nlp.entities.robustness``) and for data
the rules do not cover:

- "ner_first": the ner, then the rules overwrite what they overlap;
- "rules_first": the rules set entities, the ner fills the rest; gated (``GatedEntityRecognizer``) it reads
  only sentences where a capitalised word is left open (:func:`needs_ner`);
- "rules_plus_ner": rules_first, gated, and the ner may add only SERVICE / AGENCY names that
  :func:`is_addable_name` accepts;
- "rules_only": the shipped pipeline, the baseline.

Measured (grouped 5-fold CV by release on 144 releases, strict spans, micro-F1; shift split
tidy->real-voice; seed 0, 10 epochs; table and commands in nlp/entities/README.md): ner_first 0.817 (shift
0.905), rules_first with the ner on every sentence 0.863 (0.923), rules_first gated 0.936 (0.964),
rules_plus_ner 0.990 (0.993), rules_only with service mentions 0.994 (0.993). On releases with unseen place
names (robustness.py) rules_plus_ner 0.990 against rules_only 0.994. In every split the ner added more false
entities than the missing ones it found, so ``DEFAULT_ORDER`` (pipeline.py) is "rules_only".
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, minibatch

from ..errors import ModelError
from ..vocab import ENTITY_LABELS
from .rules import add_entity_rules, start_pipeline
from .service_mentions import add_service_mentions

# What was measured; "rules_only" is the shipped pipeline, the baseline.
ORDERS = ("rules_first", "ner_first", "rules_plus_ner", "rules_only")

NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 32,
    "maxout_pieces": 1,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        # narrow and shallow: the rules do the easy work, and issue 8 needs speed
        "width": 32,
        "depth": 1,
        "embed_size": 1000,
        "window_size": 1,
        "maxout_pieces": 1,
        "subword_features": False,
    },
}


# Capitalised words that open sentences or name roles, never a name the rules could have missed. A sentence
# whose only capitalised words are these (or rule entities) gives the ner nothing to find.
NOT_NAME_WORDS = frozenset("""
A About Across After All Also Although Among An And As At Before Both But By Chief Contact Despite Director
Does During Each Even Every For From He Head Her Here His How However I If In Inspector Inspectors It Its
Leaders Leadership Many Most Mr Mrs Ms Dr No Not Notes Now Of On Only Our Overall She Since So Some Staff
That The Their Then There These They This Those Through To Today Under We What When Where Which While Whilst
Who Why With Within Yet ENDS
""".split())


# What the filtered ner ("rules_plus_ner") may add: names the rules cannot list. Words that may join a name
# inside it, and single words that are a type or a body, never a name on their own.
NER_ADD_LABELS = frozenset({"SERVICE", "AGENCY"})
NAME_JOINERS = frozenset({"and", "of", "&", "for", "the"})
GENERIC_NAMES = frozenset({"Service", "Services", "PDU", "YJS", "YOS", "YOT", "YJT", "CRC", "Board", "Council"})


def is_addable_name(span: Span) -> bool:
    """True when a ner span looks like a name the rules could not list: what the filtered ner may add.

    SERVICE or AGENCY only; capitalised words (joined inside by "and", "of", "&", "for", "the"); two or more
    tokens, or one all-capitals acronym of three or more letters; not a type or body word alone.

    >>> from nlp.entities import build_pipeline
    >>> nlp = build_pipeline()
    >>> doc = nlp.make_doc("The Wessex Reducing Reoffending Board and YJS staff met CAMHS about PDU work")
    >>> [is_addable_name(Span(doc, a, b, label=l)) for a, b, l in [(1, 5, "AGENCY"), (6, 7, "AGENCY"),
    ...  (9, 10, "AGENCY"), (11, 12, "SERVICE"), (1, 5, "DATE"), (1, 6, "AGENCY")]]
    [True, False, True, False, False, False]
    """
    if span.label_ not in NER_ADD_LABELS or span.text in GENERIC_NAMES:
        return False
    words = [t.text for t in span]
    if words[0] in NOT_NAME_WORDS:
        return False  # "However Trafford", "The Board": a sentence opener or article is not part of a name
    for i, word in enumerate(words):
        inside = 0 < i < len(words) - 1
        if not (word[:1].isupper() or (inside and word.lower() in NAME_JOINERS)):
            return False
    if len(words) >= 2:
        return True
    letters = [c for c in words[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def needs_ner(sent: Span) -> bool:
    """True when the sentence holds a capitalised word that no rule entity covers: the only place the ner can add.

    >>> from nlp.entities import build_pipeline
    >>> nlp = build_pipeline()
    >>> [needs_ner(s) for s in nlp("The staff were rated ‘Good’. Trafford stands out.").sents]
    [False, True]
    """
    for token in sent:
        text = token.text
        if (token.ent_iob == 0 and text[:1].isupper() and text not in NOT_NAME_WORDS
                and any(c.isalpha() for c in text)):
            return True
    return False


class GatedEntityRecognizer(EntityRecognizer):
    """spaCy's ``ner`` that reads only the sentences the rules left something open in (issue 8 speed).

    Rule entities stay; the ner's entities in the sentences it reads are added where they overlap none.
    It is trained on the same kind of sentences (see :func:`train_pipeline`), so nothing it learned is lost.
    With ``filtered`` it adds only what :func:`is_addable_name` accepts (names the rules cannot list).
    """

    filtered = False

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, *, batch_size: int = 256):
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            subs, where = [], []
            for doc in batch:
                for sent in doc.sents:
                    if needs_ner(sent):
                        subs.append(sent.as_doc())
                        where.append((doc, sent.start))
            found: dict[int, list[tuple[int, int, int]]] = {}  # id(doc) -> (start, end, label id)
            for sub, (doc, offset) in zip(super().pipe(subs, batch_size=max(len(subs), 1)), where):
                for ent in sub.ents:
                    found.setdefault(id(doc), []).append((offset + ent.start, offset + ent.end, ent.label))
            for doc in batch:
                spans = found.get(id(doc))
                if spans:
                    taken = {i for e in doc.ents for i in range(e.start, e.end)}
                    new = [Span(doc, s, e, label=label) for s, e, label in spans
                           if not any(i in taken for i in range(s, e))]
                    if self.filtered:
                        new = [span for span in new if is_addable_name(span)]
                    if new:
                        doc.set_ents(new, default="unmodified")
            yield from batch


def build_ner_pipeline(patterns_dir: str | Path | None = None, *, order: str, ner: bool = True,
                       gated: bool = True) -> Language:
    """A blank English pipeline with our sentences, entity rules and an untrained ner, combined by ``order``.

    ``order`` is "rules_first" (rules set entities, the ner fills the rest), "ner_first" (the ner runs,
    then rules overwrite what they overlap), "rules_plus_ner" (rules_first, gated, and the ner may add
    only SERVICE / AGENCY names that :func:`is_addable_name` accepts) or "rules_only". With ``gated``
    (rules_first only) the ner reads only the sentences where the rules left a capitalised word open.

    >>> build_ner_pipeline(order="ner_first").pipe_names
    ['inspection_sentences', 'span_ruler', 'ner', 'inspection_entity_rules']
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    nlp = start_pipeline(patterns_dir)
    component = None
    if order == "ner_first" and ner:
        component = nlp.add_pipe("ner", config={"model": NER_MODEL})
        add_entity_rules(nlp, patterns_dir, overwrite=True)
    else:
        add_service_mentions(add_entity_rules(nlp, patterns_dir), patterns_dir)
        if ner and order != "rules_only":
            if order == "rules_plus_ner":
                component = nlp.add_pipe("inspection_gated_ner", name="ner",
                                         config={"model": NER_MODEL, "filtered": True})
            else:
                factory = "inspection_gated_ner" if gated else "ner"
                component = nlp.add_pipe(factory, name="ner", config={"model": NER_MODEL})
    if component is not None:
        for label in ENTITY_LABELS:
            # add_pipe is typed as returning any callable; these names make an EntityRecognizer
            cast(EntityRecognizer, component).add_label(label)
    return nlp


def _reference(nlp: Language, text: str, entities) -> Doc:
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label in entities:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def train_ner_pipeline(releases, seed: int = 0, *, order: str, epochs: int = 10, gated: bool = True,
                       patterns_dir: str | Path | None = None, dropout: float = 0.1, batch_size: int = 8,
                       verbose: bool = False) -> Language:
    """Train the ner on gold entities of ``releases`` (AnnotatedRelease) and return the whole pipeline.

    The ner learns one sentence at a time, from docs the rules have already annotated, so it learns to
    complete the rules rather than to repeat them.

    >>> from nlp.annotations import load_dataset
    >>> nlp = train_ner_pipeline(load_dataset()[:3], order="rules_first", epochs=1)  # doctest: +SKIP
    """
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = build_ner_pipeline(patterns_dir, order=order, gated=gated)
    if "ner" not in nlp.pipe_names:
        return nlp
    gate = isinstance(nlp.get_pipe("ner"), GatedEntityRecognizer)
    ner_index = nlp.pipe_names.index("ner")
    before = nlp.pipe_names[:ner_index]
    examples = []
    for release in releases:
        if not release.text.strip():
            continue
        predicted = nlp.make_doc(release.text)
        for name in before:
            predicted = nlp.get_pipe(name)(predicted)
        reference = _reference(nlp, release.text, release.entities)
        for sent in predicted.sents:
            if not sent.text.strip() or (gate and not needs_ner(sent)):
                continue
            examples.append(Example(predicted[sent.start:sent.end].as_doc(),
                                    reference[sent.start:sent.end].as_doc()))
    if not examples:
        raise ModelError("no training text: the releases given have no text")
    # initialize() re-reads span_ruler patterns from the [initialize] config, so point it at our files
    nlp.config["initialize"]["components"]["span_ruler"] = {
        "patterns": {"@misc": "inspection.patterns.v1", "patterns_dir": str(patterns_dir) if patterns_dir else None}}
    optimizer = nlp.initialize(lambda: examples)
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(epochs):
            random.shuffle(examples)
            losses: dict = {}
            started = time.perf_counter()
            for batch in minibatch(examples, size=batch_size):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            if verbose:
                print(f"epoch {epoch}: loss {losses.get('ner', 0):.1f} ({time.perf_counter() - started:.1f}s)")
    return nlp
