"""Save and load the classifier with skops: loading executes no code outside an explicit allow-list."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import ModelError

# skops (and scikit-learn with it) is imported where a .skops file is read or written: the prediction path
# reads the array form (linear.py) and never pays for it.

# Types a saved classifier may contain beyond what skops trusts by default. Anything else in a file makes
# `load_classifier` refuse it, so a tampered or foreign model cannot smuggle in code.
ALLOWED_TYPES = frozenset({
    "nlp.classify.features.ContextFeatures",
    "nlp.classify.features.ItemText",
    "nlp.classify.features.CharNgrams",
    "nlp.classify.embeddings.SentenceEncoder",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.MaxAbsScaler",
    "sklearn.frozen._frozen.FrozenEstimator",
    "builtins.frozenset",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "scipy.sparse._csr.csr_array",
    "builtins.slice",
})


def save_classifier(model, path: str | Path) -> Path:
    """Write a fitted classifier to a .skops file, refusing one that holds types outside the allow-list.

    >>> save_classifier(model, "models/classifier.skops")  # doctest: +SKIP
    """
    import skops.io as sio

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Vocabularies dominate the file; deflate shrinks it several-fold at little cost on load.
    payload = sio.dumps(model, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    unknown = sorted(set(sio.get_untrusted_types(data=payload)) - ALLOWED_TYPES)
    if unknown:
        raise ModelError(f"the classifier holds types outside the allow-list: {', '.join(unknown)}")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(payload)
    tmp.replace(path)
    return path


def load_classifier(path: str | Path):
    """Load a classifier saved by `save_classifier`; a file with unknown types raises ModelError.

    >>> sorted(str(label) for label in load_classifier("models/classifier.skops").classes_)
    ['NEUTRAL', 'RECOMMENDATION', 'STRENGTH', 'WEAKNESS']
    """
    import skops.io as sio

    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}: no classifier file; run `inspection-nlp train` first")
    try:
        payload = path.read_bytes()
        untrusted = set(sio.get_untrusted_types(data=payload))
    except Exception as err:  # skops raises zipfile/json/KeyError on damaged files
        raise ModelError(f"{path}: not a readable skops classifier ({type(err).__name__}: {err})") from None
    unknown = sorted(untrusted - ALLOWED_TYPES)
    if unknown:
        raise ModelError(f"{path}: refusing to load types outside the allow-list: {', '.join(unknown)}")
    try:
        model = sio.loads(payload, trusted=sorted(untrusted))
    except Exception as err:
        raise ModelError(f"{path}: the classifier could not be loaded ({type(err).__name__}: {err})") from None
    if not hasattr(model, "predict_proba") or not hasattr(model, "classes_"):
        raise ModelError(f"{path}: not a fitted sentence classifier")
    return model
