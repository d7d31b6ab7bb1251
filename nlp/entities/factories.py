"""Every spaCy registration of the package, in one module (like spaCy's ``registrations.py``).

The components are defined in their own modules (segment.py, rules.py, service_mentions.py,
ner_experiments.py) and know nothing of spaCy's registry; this module imports them and registers the names a
saved pipeline's config.cfg refers to.
``nlp/entities/__init__.py`` imports it first, so importing anything of ``nlp.entities`` registers every
name before a pipeline is built or loaded, and no component module imports another to get it registered.
The names are part of the saved models: changing one breaks loading ``models/pipeline``.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline.ner import ner_score

from .ner_experiments import NER_MODEL, GatedEntityRecognizer
from .rules import RULES_KEY, EntityRules, FlaggedSpanRuler, load_patterns
from .segment import SentenceSegmenter, SpaceTokenizer
from .service_mentions import ServiceMentions

spacy.registry.misc("inspection.patterns.v1")(load_patterns)


@spacy.registry.tokenizers("inspection.tokenizer.v1")
def create_tokenizer():
    """spaCy's English tokenizer, reading a non-breaking space as a space (issue 11 robustness)."""
    default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> SpaceTokenizer:
        return SpaceTokenizer(default(nlp))

    return make


@spacy.registry.tokenizers("inspection.tokenizer.v2")
def create_unwrapping_tokenizer():
    """v1, and a line break a hard wrap put inside a paragraph read as a space (`segment.unwrap_lines`)."""
    default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> SpaceTokenizer:
        return SpaceTokenizer(default(nlp), unwrap=True)

    return make


@Language.factory("inspection_sentences", default_config={})
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    """The ``inspection_sentences`` component: sets ``is_sent_start`` from ``segment.split_sentences``."""
    return SentenceSegmenter()


@Language.factory("inspection_span_ruler", assigns=["doc.spans"],
                  default_config={"spans_key": RULES_KEY, "validate": True, "overwrite": True,
                                  "phrase_matcher_attr": None})
def make_span_ruler(nlp: Language, name: str, spans_key: str, validate: bool, overwrite: bool,
                    phrase_matcher_attr: str | None) -> FlaggedSpanRuler:
    """The ``inspection_span_ruler`` component: spaCy's span_ruler (matches into ``doc.spans[spans_key]``, no
    entities) with the patterns' text tests as lexeme flags (rules.py)."""
    return FlaggedSpanRuler(nlp, name, spans_key=spans_key, annotate_ents=False, validate=validate,
                            overwrite=overwrite, phrase_matcher_attr=phrase_matcher_attr)


@Language.factory("inspection_entity_rules", default_config={"overwrite": False, "spans_key": RULES_KEY})
def make_entity_rules(nlp: Language, name: str, overwrite: bool, spans_key: str) -> EntityRules:
    """The ``inspection_entity_rules`` component: turns the span_ruler's matches into ``doc.ents``."""
    return EntityRules(overwrite=overwrite, spans_key=spans_key)


@Language.factory("inspection_service_mentions", default_config={})
def make_service_mentions(nlp: Language, name: str) -> ServiceMentions:
    """The ``inspection_service_mentions`` component: bare places standing for a service named in the doc.

    Created without rules; ``service_mentions.add_service_mentions`` gives it the project's table and
    ``from_disk`` the saved one.
    """
    return ServiceMentions()


@Language.factory("inspection_gated_ner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  default_config={"model": NER_MODEL, "moves": None, "update_with_oracle_cut_size": 100,
                                  "incorrect_spans_key": None, "filtered": False},
                  default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None})
def make_gated_ner(nlp: Language, name: str, model, moves, update_with_oracle_cut_size: int,
                   incorrect_spans_key, filtered: bool) -> GatedEntityRecognizer:
    """The ``inspection_gated_ner`` component (an experiment, ner_experiments.py): spaCy's ner, run only on
    sentences where ``ner_experiments.needs_ner``."""
    component = GatedEntityRecognizer(nlp.vocab, model, name, moves,
                                      update_with_oracle_cut_size=update_with_oracle_cut_size,
                                      incorrect_spans_key=incorrect_spans_key, scorer=ner_score)
    component.filtered = filtered
    return component
