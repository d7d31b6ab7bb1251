"""The sentence classifier: feature unions over sentence items, a linear model, calibrated scores."""

from __future__ import annotations

from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC

from ..errors import ModelError
from ..types import SentenceItem
from .embeddings import SentenceEncoder
from .features import CharNgrams, ContextFeatures, ItemText, make_items

# Compared by `nlp.classify.evaluation.compare_models`; "default" is the winner of that comparison.
KINDS = ("baseline", "svm", "context_lr", "context_svm", "embeddings")
DEFAULT_KIND = "context_svm"
DEFAULT_CHAR = True  # character n-grams in the context models


def _text_features(char: bool = True, char_range=(2, 5)) -> list[tuple[str, object]]:
    parts = [("word", Pipeline([("select", ItemText("text")),
                                ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True))]))]
    if char:
        parts.append(("char", CharNgrams("text", ngram_range=tuple(char_range), min_df=2, max_features=60000)))
    return parts


def _context_features(main_field: str = "main", **groups) -> list[tuple[str, object]]:
    return [
        ("main", Pipeline([("select", ItemText(main_field)),
                           ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True))])),
        # MaxAbsScaler bounds every context feature to [-1, 1]; the union weight sets its pull.
        ("context", Pipeline([("features", ContextFeatures(**groups)), ("scale", MaxAbsScaler())])),
    ]


# The dense context features pull a little less than the TF-IDF blocks: chosen by the mean of grouped CV and the
# shift split both ways (issue 11); 0.5-0.7 all beat 1.0, 0.6 is the middle of that plateau.
CONTEXT_WEIGHT = 0.6


def build_classifier(kind: str = "default", seed: int = 0, *, context_weight: float = CONTEXT_WEIGHT,
                     main_weight: float = 1.0,
                     char: bool | None = None, char_range=(2, 5), C: float | None = None, calibrate: bool = True,
                     main_field: str = "main", neighbour_text: float = 0.0, **groups):
    """An unfitted estimator over sentence items (see `make_items`); `predict_proba` is calibrated.

    kinds: baseline (word+char TF-IDF, logistic regression), svm (same, linear SVM), context_lr and
    context_svm (plus main-clause TF-IDF and context features), embeddings (context_svm plus MiniLM).

    >>> model = build_classifier("baseline")
    >>> type(model).__name__
    'Pipeline'
    """
    kind = DEFAULT_KIND if kind == "default" else kind
    if kind not in KINDS:
        raise ModelError(f"unknown classifier kind {kind!r}; choose one of {', '.join(('default',) + KINDS)}")
    contextual = kind in ("context_lr", "context_svm", "embeddings")
    parts = _text_features(char=(not contextual or DEFAULT_CHAR) if char is None else char, char_range=char_range)
    weights = {}
    if contextual:
        parts += _context_features(main_field=main_field, **groups)
        weights = {"context": context_weight, "main": main_weight}
        if neighbour_text:
            # The words of the neighbouring sentences, in their own feature space and with a lighter pull.
            for name in ("prev", "next"):
                parts.append((name, Pipeline([("select", ItemText(name)),
                                              ("tfidf", TfidfVectorizer(min_df=2, sublinear_tf=True))])))
                weights[name] = neighbour_text
    if kind == "embeddings":
        parts.append(("embeddings", SentenceEncoder()))
    union = FeatureUnion(parts, transformer_weights={name: weights.get(name, 1.0) for name, _ in parts})
    if kind in ("svm", "context_svm", "embeddings"):
        clf = LinearSVC(C=C or 1.0, class_weight="balanced", random_state=seed)
    else:
        clf = LogisticRegression(C=C or 20.0, class_weight="balanced", max_iter=3000, random_state=seed)
    if calibrate:
        # Calibration refits the linear model only, on features computed once; sigmoid is stable at our size.
        clf = CalibratedClassifierCV(clf, method="sigmoid", cv=3, ensemble=False)
    return Pipeline([("features", union), ("clf", clf)])


def release_items(releases) -> tuple[list[SentenceItem], list[str], list[str]]:
    """Items, gold labels and release ids (the CV groups) for annotated releases.

    >>> from nlp.annotations import load_dataset
    >>> items, y, groups = release_items(load_dataset()[:1])
    >>> len(items) == len(y) == len(groups)
    True
    """
    items: list[SentenceItem] = []
    labels: list[str] = []
    groups: list[str] = []
    for release in releases:
        spans = [(s, e) for s, e, _ in release.sentences]
        items.extend(make_items(release.text, spans, release.entities))
        labels.extend(label for _, _, label in release.sentences)
        groups.extend([release.id] * len(spans))
    return items, labels, groups


def train_classifier(releases, kind: str = "default", seed: int = 0, **options):
    """Fit the classifier on annotated releases; `predict_proba` columns follow `.classes_`.

    >>> from nlp.annotations import load_dataset
    >>> model = train_classifier(load_dataset()[:20], kind="baseline")  # doctest: +SKIP
    """
    items, labels, _ = release_items(releases)
    if len(set(labels)) < 2:
        raise ModelError("training needs sentences of at least two labels")
    return build_classifier(kind, seed=seed, **options).fit(items, labels)
