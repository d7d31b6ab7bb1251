"""Sentence classifier: STRENGTH / WEAKNESS / RECOMMENDATION / NEUTRAL with calibrated scores.

>>> from nlp.classify import make_items, train_classifier
"""

from .features import CharNgrams, ContextFeatures, ItemText, make_items, normalise_text, split_clauses
from .io import load_classifier, save_classifier
from .lexicon import load_lexicon
from .model import build_classifier, release_items, train_classifier

__all__ = ["CharNgrams", "ContextFeatures", "ItemText", "build_classifier", "load_classifier", "load_lexicon", "make_items",
           "normalise_text", "release_items", "save_classifier", "split_clauses", "train_classifier"]
