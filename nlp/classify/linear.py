"""The fitted sentence classifier as plain arrays: the same calibrated scores with numpy alone.

The shipped classifier is linear: TF-IDF blocks (word n-grams of the sentence and of its main clause,
character n-grams), the dense context features scaled by their largest absolute value, a linear SVM
(or logistic regression) and one sigmoid per class. `export_classifier` copies what each part learned
(vocabularies, idf, scales, coefficients, the sigmoids) into arrays; `LinearClassifier.predict_proba`
recomputes the scores from them with the feature functions of `items`, the ones training used.

Why: summarising one release from a cold start spent most of its time importing scikit-learn (about
0.9 s) and unpacking the skops file; this path imports neither. The `.npz` file is read with
`allow_pickle=False`, so loading it never executes code, and it is written byte for byte the same for
the same model. `tests/classify/test_linear.py` checks the scores equal scikit-learn's.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import cast

import numpy as np

from ..errors import ModelError
from ..types import SentenceItem
from .items import context_features, item_field, word_ngrams
from .lexicon import freeze

FORMAT = "inspection-nlp.linear.v1"
# A fixed timestamp makes the archive the same bytes for the same model.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class UnsupportedModelError(ModelError):
    """The classifier has a part the array form cannot reproduce (an encoder, another calibration...)."""


# --- export ----------------------------------------------------------------------------------------------


def _unsupported(what: str):
    return UnsupportedModelError(f"cannot export the classifier to arrays: {what}")


def _word_block(name: str, weight: float, pipeline) -> tuple[dict, dict]:
    steps = dict(pipeline.steps)
    select, tfidf = steps.get("select"), steps.get("tfidf")
    if select is None or tfidf is None or type(tfidf).__name__ != "TfidfVectorizer":
        raise _unsupported(f"block {name!r} is not ItemText + TfidfVectorizer")
    params = tfidf.get_params()
    expected = {"analyzer": "word", "binary": False, "lowercase": True, "preprocessor": None, "stop_words": None,
                "strip_accents": None, "tokenizer": None, "use_idf": True, "input": "content"}
    odd = [key for key, value in expected.items() if params[key] != value]
    if odd or params["norm"] not in ("l2", None):
        raise _unsupported(f"block {name!r} uses TfidfVectorizer options {', '.join(odd) or 'norm'}")
    spec = {"name": name, "kind": "word", "weight": weight, "field": select.field, "prefix": select.prefix,
            "token_pattern": params["token_pattern"], "ngram_range": list(params["ngram_range"]),
            "sublinear_tf": bool(params["sublinear_tf"]), "norm": params["norm"]}
    vocabulary = sorted(tfidf.vocabulary_, key=tfidf.vocabulary_.get)
    return spec, {"vocabulary": np.array(vocabulary, dtype=str), "idf": np.asarray(tfidf.idf_, dtype=np.float64)}


def _char_block(name: str, weight: float, char) -> tuple[dict, dict]:
    spec = {"name": name, "kind": "char", "weight": weight, "field": char.field,
            "ngram_range": list(char.ngram_range), "sublinear_tf": bool(char.sublinear_tf)}
    vocabulary = sorted(char.vocabulary_, key=char.vocabulary_.get)
    return spec, {"vocabulary": np.array(vocabulary, dtype=str), "idf": np.asarray(char.idf_, dtype=np.float64)}


def _context_block(name: str, weight: float, pipeline) -> tuple[dict, dict]:
    steps = dict(pipeline.steps)
    features, scale = steps.get("features"), steps.get("scale")
    if features is None or type(features).__name__ != "ContextFeatures":
        raise _unsupported(f"block {name!r} is not ContextFeatures")
    groups = {g: bool(getattr(features, g)) for g in ("roles", "lexicon", "negation", "clauses", "modals",
                                                       "neighbours")}
    spec = {"name": name, "kind": "context", "weight": weight, "groups": groups,
            "lexicon": {k: list(v) for k, v in features.lexicon_.items()},
            "feature_names": list(features.feature_names_)}
    n = len(features.feature_names_)
    if scale is None:
        scales = np.ones(n)
    elif type(scale).__name__ == "MaxAbsScaler":
        scales = np.asarray(scale.scale_, dtype=np.float64)
    else:
        raise _unsupported(f"block {name!r} is scaled by {type(scale).__name__}")
    return spec, {"scale": scales}


def export_classifier(model) -> tuple[dict, dict[str, np.ndarray]]:
    """A header (JSON-ready) and named arrays that reproduce a fitted classifier's `predict_proba`.

    Raises UnsupportedModelError for a pipeline of another shape (the embeddings kind, say).

    >>> header, arrays = export_classifier(load_classifier("models/classifier.skops"))  # doctest: +SKIP
    """
    steps = dict(getattr(model, "steps", []))
    union, clf = steps.get("features"), steps.get("clf")
    if union is None or clf is None or not hasattr(union, "transformer_list"):
        raise _unsupported("expected Pipeline([('features', FeatureUnion), ('clf', ...)])")
    weights = union.transformer_weights or {}
    blocks, arrays = [], {}
    for name, part in union.transformer_list:
        weight = float(weights.get(name, 1.0))
        kind = type(part).__name__
        if kind == "CharNgrams":
            spec, block_arrays = _char_block(name, weight, part)
        elif kind == "Pipeline" and "tfidf" in dict(part.steps):
            spec, block_arrays = _word_block(name, weight, part)
        elif kind == "Pipeline" and "features" in dict(part.steps):
            spec, block_arrays = _context_block(name, weight, part)
        else:
            raise _unsupported(f"block {name!r} ({kind})")
        blocks.append(spec)
        arrays.update({f"{name}.{key}": value for key, value in block_arrays.items()})

    if type(clf).__name__ == "CalibratedClassifierCV":
        if len(clf.calibrated_classifiers_) != 1 or clf.calibrated_classifiers_[0].method != "sigmoid":
            raise _unsupported("calibration must be sigmoid with ensemble=False")
        calibrated = clf.calibrated_classifiers_[0]
        estimator = calibrated.estimator
        a = np.array([c.a_ for c in calibrated.calibrators], dtype=np.float64)
        b = np.array([c.b_ for c in calibrated.calibrators], dtype=np.float64)
        arrays["calibration.a"], arrays["calibration.b"] = a, b
        calibration = "sigmoid"
    else:
        estimator, calibration = clf, "none"
    if type(estimator).__name__ not in ("LinearSVC", "LogisticRegression"):
        raise _unsupported(f"the classifier is {type(estimator).__name__}, not a linear model")
    if calibration == "none" and type(estimator).__name__ != "LogisticRegression":
        raise _unsupported("an uncalibrated linear SVM has no probabilities")

    coef = np.asarray(estimator.coef_, dtype=np.float64)
    start = 0
    for spec in blocks:
        width = len(arrays[f"{spec['name']}.idf"]) if spec["kind"] != "context" else len(spec["feature_names"])
        arrays[f"{spec['name']}.coef"] = np.ascontiguousarray(coef[:, start:start + width].T)
        start += width
    if start != coef.shape[1]:
        raise _unsupported(f"the blocks give {start} features, the model has {coef.shape[1]}")
    arrays["intercept"] = np.asarray(estimator.intercept_, dtype=np.float64).reshape(-1)
    header = {"format": FORMAT, "classes": [str(c) for c in model.classes_],
              "estimator_classes": [str(c) for c in estimator.classes_],
              "estimator": type(estimator).__name__, "calibration": calibration, "blocks": blocks}
    return header, arrays


def save_linear(model, path: str | Path) -> Path:
    """Export a fitted classifier to an `.npz` of plain arrays (atomic write, same bytes for the same model).

    >>> save_linear(model, "models/classifier.npz")  # doctest: +SKIP
    """
    header, arrays = export_classifier(model)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    members = {"header": np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8),
               **arrays}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for key in sorted(members):
            info = zipfile.ZipInfo(f"{key}.npy", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(members[key]), allow_pickle=False)
            archive.writestr(info, member.getvalue())
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)
    return path


# --- prediction ------------------------------------------------------------------------------------------


class _Block:
    """One feature block: the features of a batch of items as (row, column, value) triples, then scores."""

    def __init__(self, spec: dict, arrays: dict):
        self.spec = spec
        self.weight = float(spec["weight"])
        self.coef = arrays["coef"]
        # one contiguous row per class: gathering a class's weights for many columns is then a plain take
        self.coef_by_class = np.ascontiguousarray(self.coef.T)
        if spec["kind"] == "context":
            self.scale = arrays["scale"]
            self.lexicon = spec["lexicon"]
            self.key = freeze(self.lexicon)
            self.categories = sorted(self.lexicon)
            self.names = spec["feature_names"]
            return
        vocabulary = arrays["vocabulary"].tolist()
        self.vocabulary = dict(zip(vocabulary, range(len(vocabulary))))
        self.idf = arrays["idf"]
        self.low, self.high = spec["ngram_range"]
        if spec["kind"] == "word":
            self.token = re.compile(spec["token_pattern"])
        self._word_ids: dict[str, np.ndarray] = {}  # a word's character n-gram columns

    def scores(self, items: list) -> np.ndarray:
        if self.spec["kind"] == "context":
            return self._context_scores(items)
        rows, cols = self._char_ids(items) if self.spec["kind"] == "char" else self._word_ids_of(items)
        return self._tfidf_scores(len(items), rows, cols)

    def _texts(self, items: list) -> list[str]:
        return [item_field(x, self.spec["field"], self.spec.get("prefix", "")).lower() for x in items]

    def _word_ids_of(self, items: list) -> tuple[np.ndarray, np.ndarray]:
        """Row and column ids of each text's word n-grams, as TfidfVectorizer(analyzer="word") counts them."""
        vocabulary, low, high = self.vocabulary, self.low, self.high
        rows, cols = [], []
        for row, text in enumerate(self._texts(items)):
            tokens = self.token.findall(text)
            for n in range(max(low, 1), min(high, len(tokens)) + 1):
                for i in range(len(tokens) - n + 1):
                    column = vocabulary.get(tokens[i] if n == 1 else " ".join(tokens[i:i + n]))
                    if column is not None:
                        rows.append(row)
                        cols.append(column)
        return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)

    def _char_ids(self, items: list) -> tuple[np.ndarray, np.ndarray]:
        """Row and column ids of each text's character n-grams inside word boundaries, cached per word."""
        vocabulary, cache = self.vocabulary, self._word_ids
        if len(cache) > 200_000:
            cache.clear()
        pieces, lengths = [], []
        for text in self._texts(items):
            total = 0
            for word in text.split():
                ids = cache.get(word)
                if ids is None:
                    ids = np.array([vocabulary[g] for g in word_ngrams(word, self.low, self.high) if g in vocabulary],
                                   dtype=np.int64)
                    cache[word] = ids
                pieces.append(ids)
                total += len(ids)
            lengths.append(total)
        cols = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
        return np.repeat(np.arange(len(lengths), dtype=np.int64), lengths), cols

    def _tfidf_scores(self, n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if not len(cols):
            return np.zeros((n, len(self.coef_by_class)))
        width = len(self.idf)
        # Count each (row, column) once: rows are already in order, so a stable sort of the keys is cheap.
        keys = np.sort(rows * width + cols, kind="stable")
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        counts = np.diff(np.append(starts, len(keys))).astype(np.float64)
        keys = keys[starts]
        rows_, cols_ = keys // width, keys % width
        values = np.log(counts) + 1.0 if self.spec["sublinear_tf"] else counts
        values *= self.idf[cols_]
        if self.spec.get("norm", "l2") == "l2":
            norms = np.sqrt(np.bincount(rows_, weights=values * values, minlength=n))
            values /= norms[rows_]
        return np.stack([np.bincount(rows_, weights=values * coef[cols_], minlength=n)
                         for coef in self.coef_by_class], axis=1)

    def _context_scores(self, items: list) -> np.ndarray:
        groups = self.spec["groups"]
        matrix = np.zeros((len(items), len(self.scale)))
        for row, item in enumerate(items):
            if not isinstance(item, dict):
                item = {"text": item_field(item, "text", "")}
            feats = context_features(cast(SentenceItem, item), self.key, self.categories, **groups)
            matrix[row] = np.fromiter((feats[name] for name in self.names), dtype=np.float64, count=len(self.names))
        return (matrix / self.scale) @ self.coef


class LinearClassifier:
    """A classifier exported by `save_linear`: `predict_proba` and `classes_` as the scikit-learn model has.

    >>> model = load_linear("models/classifier.npz")
    >>> from nlp.classify.items import make_items
    >>> text = "Inspectors visited in May.\\n\\nStaff were skilled and caring."
    >>> proba = model.predict_proba(make_items(text, [(0, 26), (28, 58)]))
    >>> model.classes_[proba[1].argmax()]
    'STRENGTH'
    """

    def __init__(self, header: dict, arrays: dict[str, np.ndarray]):
        self.header = header
        self.classes_ = np.array(header["classes"], dtype=object)
        self.blocks = [_Block(spec, {key.split(".", 1)[1]: value for key, value in arrays.items()
                                     if key.startswith(spec["name"] + ".")}) for spec in header["blocks"]]
        self.intercept = arrays["intercept"]
        self.calibration = (arrays["calibration.a"], arrays["calibration.b"]) \
            if header["calibration"] == "sigmoid" else None
        order = {label: i for i, label in enumerate(header["classes"])}
        self._columns = [order[label] for label in header["estimator_classes"]]

    def decision_function(self, items: list) -> np.ndarray:
        """The linear model's scores, one column per estimator class (one column for two classes)."""
        scores = np.zeros((len(items), len(self.intercept)))
        for block in self.blocks:
            scores += block.weight * block.scores(items)
        return scores + self.intercept

    def predict_proba(self, items: list) -> np.ndarray:
        """Calibrated probabilities, columns in `classes_` order, each row summing to 1."""
        n_classes = len(self.classes_)
        decision = self.decision_function(items)
        if self.calibration is None:  # logistic regression: its own probabilities
            if n_classes == 2:
                positive = 1.0 / (1.0 + np.exp(-decision[:, 0]))
                return np.stack([1.0 - positive, positive], axis=1)
            shifted = np.exp(decision - decision.max(axis=1, keepdims=True))
            return shifted / shifted.sum(axis=1, keepdims=True)
        a, b = self.calibration
        proba = np.zeros((len(items), n_classes))
        with np.errstate(over="ignore"):
            for k, column in enumerate(self._columns if n_classes > 2 else [1]):
                proba[:, column] = 1.0 / (1.0 + np.exp(a[k] * decision[:, k] + b[k]))
        if n_classes == 2:
            proba[:, 0] = 1.0 - proba[:, 1]
        else:
            total = proba.sum(axis=1, keepdims=True)
            proba = np.divide(proba, total, out=np.full_like(proba, 1.0 / n_classes), where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def predict(self, items: list) -> np.ndarray:
        return self.classes_[self.predict_proba(items).argmax(axis=1)]


def load_linear(path: str | Path) -> LinearClassifier:
    """Load a classifier written by `save_linear`; never unpickles (allow_pickle=False).

    >>> load_linear("models/classifier.npz").classes_.tolist()
    ['NEUTRAL', 'RECOMMENDATION', 'STRENGTH', 'WEAKNESS']
    """
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}: no classifier file; run `inspection-nlp train` first")
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {key: archive[key] for key in archive.files}
        header = json.loads(arrays.pop("header").tobytes().decode("utf-8"))
    except Exception as err:  # zipfile, numpy and json all raise their own types for a damaged file
        raise ModelError(f"{path}: not a readable classifier archive ({type(err).__name__}: {err})") from None
    if header.get("format") != FORMAT:
        raise ModelError(f"{path}: unknown classifier format {header.get('format')!r} (expected {FORMAT})")
    try:
        return LinearClassifier(header, arrays)
    except (KeyError, ValueError, TypeError) as err:
        raise ModelError(f"{path}: incomplete classifier archive ({type(err).__name__}: {err})") from None
