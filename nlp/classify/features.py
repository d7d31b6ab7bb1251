"""The scikit-learn transformers that turn sentence items (see `items`) into feature matrices.

The item and feature functions themselves live in `items`, which imports no scikit-learn; they are
re-exported here, where they were first defined, so `from nlp.classify.features import ...` keeps working.
"""

from __future__ import annotations

import hashlib
import math
from typing import cast

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.preprocessing import normalize

from .items import (BULLET, CTA_PRESENT, FORMAL_REC, NEGATION_WINDOW, QUOTE_CHARS, analyse, case_ratio,  # noqa: F401
                    context_features, cues, item_field, item_role, make_items, normalise_text, polarity, split_clauses, text_of,
                    word_ngrams)
from ..types import SentenceItem
from .lexicon import freeze, load_lexicon


class ItemTransformer(BaseEstimator, TransformerMixin):
    """Base of our transformers: they read lists of sentence items (or strings), not 2-D arrays."""

    _stateless = False  # True where fit learns nothing, so sklearn's checks need no fit first

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        if self._stateless:
            tags.requires_fit = False
        return tags


class ItemText(ItemTransformer):
    """Select one text field of each item (`text`, `prev`, `next`, `leadin`, or `main` for the main clause).

    >>> ItemText("text").fit_transform([{"text": "Staff were skilled."}])
    ['Staff were skilled.']
    """

    _stateless = True

    def __init__(self, field="text", prefix=""):
        self.field = field
        self.prefix = prefix

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [item_field(x, self.field, self.prefix) for x in X]


class ContextFeatures(ItemTransformer):
    """Dense features beyond keywords: role, lexicon counts, negation scope, main clause, calls to action
    with tense, neighbours. Each group can be switched off to measure what it brings.

    >>> from nlp.classify import make_items
    >>> items = make_items("Although staff were committed, checks were not always made.", [(0, 60)])
    >>> f = ContextFeatures().fit(items)
    >>> bool(dict(zip(f.get_feature_names_out(), f.transform(items)[0]))["main_criticism"] > 0)
    True
    """

    def __init__(self, roles=True, lexicon=True, negation=True, clauses=True, modals=True, neighbours=True,
                 lexicon_dir=None):
        self.roles = roles
        self.lexicon = lexicon
        self.negation = negation
        self.clauses = clauses
        self.modals = modals
        self.neighbours = neighbours
        self.lexicon_dir = lexicon_dir

    def fit(self, X, y=None):
        # The lexicon is copied into the model so a saved classifier keeps what it was trained with.
        self.lexicon_ = {k: list(v) for k, v in load_lexicon(self.lexicon_dir).items()}
        self._key = freeze(self.lexicon_)
        self.feature_names_ = self._row({"text": "", "prev": "", "next": "", "leadin": ""}, names=True)
        self.n_features_out_ = len(self.feature_names_)
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.feature_names_, dtype=object)

    def transform(self, X):
        out = np.zeros((len(X), len(self.feature_names_)), dtype=np.float64)
        self._key = freeze(self.lexicon_)
        for row, item in enumerate(X):
            if not isinstance(item, dict):
                item = {"text": normalise_text(str(item))}
            out[row] = self._row(cast(SentenceItem, item))
        return out

    def _row(self, item: SentenceItem, names: bool = False):
        feats = context_features(item, self._key, sorted(self.lexicon_), roles=self.roles, lexicon=self.lexicon,
                                 negation=self.negation, clauses=self.clauses, modals=self.modals,
                                 neighbours=self.neighbours)
        if names:
            return list(feats)
        # By name, so a model fitted before a feature was added still reads the features it was fitted on.
        return np.fromiter((feats[name] for name in self.feature_names_), dtype=np.float64,
                           count=len(self.feature_names_))


_WORD_CACHE: dict[str, dict[str, np.ndarray]] = {}
_WORD_CACHE_LIMIT = 200_000


class CharNgrams(ItemTransformer):
    """Character n-gram TF-IDF inside word boundaries (like TfidfVectorizer(analyzer="char_wb")), but
    computed once per distinct word and cached, which makes prediction several times faster.

    >>> X = CharNgrams(min_df=1).fit_transform(["Staff were skilled.", "Staff were not skilled."])
    >>> X.shape[0]
    2
    """

    def __init__(self, field="text", ngram_range=(2, 5), min_df=2, max_features=60000, sublinear_tf=True):
        self.field = field
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _texts(self, X):
        # A plain string is read as the other blocks read it: normalised (digits as 0, straight quotes).
        return [item_field(x, self.field).lower() for x in X]

    def fit(self, X, y=None):
        low, high = self.ngram_range
        df: dict[str, int] = {}
        for text in self._texts(X):
            grams = set()
            for word in set(text.split()):
                grams.update(word_ngrams(word, low, high))
            for gram in grams:
                df[gram] = df.get(gram, 0) + 1
        kept = [g for g, count in df.items() if count >= self.min_df]
        if self.max_features and len(kept) > self.max_features:
            kept = sorted(kept, key=lambda g: (-df[g], g))[:self.max_features]
        kept.sort()
        self.vocabulary_ = {gram: i for i, gram in enumerate(kept)}
        n_docs = len(X)
        self.idf_ = np.array([math.log((1 + n_docs) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float64)
        # One cache per fitted vocabulary, keyed by what a word's vector depends on (fits that agree on it may
        # share one). Plain data, so the model stays skops-serialisable, and the same in every run and process,
        # so the same data gives the same model file.
        digest = hashlib.sha256(repr((self.field, self.ngram_range, kept)).encode())
        digest.update(self.idf_.tobytes())
        self.cache_key_ = digest.hexdigest()[:32]
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(sorted(self.vocabulary_, key=self.vocabulary_.get), dtype=object)

    def transform(self, X):
        low, high = self.ngram_range
        cache = _WORD_CACHE.setdefault(self.cache_key_, {})
        if len(cache) > _WORD_CACHE_LIMIT:
            cache.clear()
        vocabulary = self.vocabulary_
        indices, indptr = [], [0]
        for text in self._texts(X):
            for word in text.split():
                ids = cache.get(word)
                if ids is None:
                    ids = np.fromiter((vocabulary[g] for g in word_ngrams(word, low, high) if g in vocabulary),
                                      dtype=np.int32)
                    cache[word] = ids
                indices.append(ids)
            indptr.append(indptr[-1] + sum(len(a) for a in indices[len(indices) - len(text.split()):]))
        flat = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32)
        matrix = sp.csr_matrix((np.ones(len(flat)), flat, np.asarray(indptr)), shape=(len(X), len(vocabulary)))
        matrix.sum_duplicates()
        if self.sublinear_tf:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        matrix = matrix @ sp.diags(self.idf_)
        return normalize(matrix.tocsr(), copy=False)
