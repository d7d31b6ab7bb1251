"""Save and load the classifier with skops: loading executes no code outside an explicit allow-list."""

from __future__ import annotations

import io
import json
import re
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
    tmp.write_bytes(canonical(payload))
    tmp.replace(path)
    return path


_ARRAY_FILE = re.compile(r"(\d+)\.npy")
_PROCESS_STATE = frozenset({"_stop_words_id"})  # attributes that hold an id() of this process


def canonical(payload: bytes) -> bytes:
    """The same skops file with memory addresses and times taken out, so that the same model gives the same bytes.

    skops names each object by `id()` (the `__id__` of a node and the `<id>.npy` file of an array) and stamps
    every zip entry with the time of writing; both change from run to run. They become sequence numbers in
    order of first appearance in the schema (a one-to-one renaming, so shared references stay shared) and a
    fixed timestamp. scikit-learn's TF-IDF vectorisers also keep `_stop_words_id`, the `id()` of their stop-word
    list, only to skip re-checking it; it is dropped (the check runs once after loading, as it would anyway).
    """
    with zipfile.ZipFile(io.BytesIO(payload)) as source:
        schema = json.loads(source.read("schema.json"))
        names: dict[int, int] = {}

        def number(old: int) -> int:
            return names.setdefault(old, len(names) + 1)

        def renumber(node):
            if isinstance(node, dict):
                out = {}
                for key, value in node.items():
                    if key in _PROCESS_STATE:
                        continue
                    if key == "__id__" and isinstance(value, int):
                        out[key] = number(value)
                    elif key == "file" and isinstance(value, str) and _ARRAY_FILE.fullmatch(value):
                        out[key] = f"{number(int(value[:-4]))}.npy"
                    else:
                        out[key] = renumber(value)
                return out
            if isinstance(node, list):
                return [renumber(value) for value in node]
            return node

        schema = renumber(schema)
        entries = {}
        for info in source.infolist():
            match = _ARRAY_FILE.fullmatch(info.filename)
            name = f"{number(int(match.group(1)))}.npy" if match else info.filename
            entries[name] = (source.read(info), info.compress_type)
    entries["schema.json"] = (json.dumps(schema, indent=2).encode(), entries["schema.json"][1])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in sorted(entries, key=lambda n: (n != "schema.json", n)):
            data, compression = entries[name]
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            target.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


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
