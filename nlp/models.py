"""Trained models on disk: the spaCy pipeline, the sentence classifier and their JSON sidecar.

Layout of a models directory::

    models/
      pipeline/          spaCy Language.to_disk (segmenter, span_ruler, entity rules; a ner if trained with one)
      classifier.skops   the scikit-learn sentence classifier (skops, explicit type allow-list)
      classifier.npz     the same classifier as plain arrays (`nlp.classify.linear`): what summarising reads
      encoder/           the fine-tuned MiniLM-L6 as int8 ONNX and its tokenizer (`nlp.classify.encoder`), mixed
                         with the linear classifier's scores unless loaded with fast=True
      meta.json          versions, labels, training data hash, metrics, and a SHA-256 of every model file

Loading checks each file against the hash in `meta.json` first, so a truncated or tampered file
gives a clear error before any of it is parsed; a model trained with other package versions warns.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .corpus import PROJECT_ROOT
from .errors import ModelError

MODELS_DIR = PROJECT_ROOT / "models"
META_NAME = "meta.json"
PIPELINE_NAME = "pipeline"
CLASSIFIER_NAME = "classifier.skops"
LINEAR_NAME = "classifier.npz"
TRACKED_PACKAGES = ("spacy", "scikit-learn", "skops", "numpy", "scipy")


class ModelVersionWarning(UserWarning):
    """The models were trained with other versions of the packages that read them."""


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in ("inspection-nlp", *TRACKED_PACKAGES):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "unknown"
    return versions


def file_hashes(models_dir: Path) -> dict[str, str]:
    """SHA-256 of every model file under the directory (the sidecar itself excluded), by relative path."""
    hashes = {}
    for path in sorted(models_dir.rglob("*")):
        if path.is_file() and path.name != META_NAME:
            hashes[path.relative_to(models_dir).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def write_meta(models_dir: Path, meta: dict) -> dict:
    """Complete the sidecar with versions and file hashes, and write it."""
    meta = {**meta, "versions": package_versions(), "files": file_hashes(models_dir)}
    (models_dir / META_NAME).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def read_meta(models_dir: Path) -> dict:
    path = models_dir / META_NAME
    if not path.exists():
        raise ModelError(f"{path}: no model metadata; train models with `inspection-nlp train`")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ModelError(f"{path}: unreadable model metadata ({err})") from None


def verify_files(models_dir: Path, meta: dict) -> None:
    """Raise ModelError when a model file is missing or differs from the hash recorded at training."""
    expected = meta.get("files") or {}
    if not expected:
        raise ModelError(f"{models_dir / META_NAME}: lists no model files")
    for rel, digest in expected.items():
        path = models_dir / rel
        if not path.is_file():
            raise ModelError(f"{path}: model file missing")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise ModelError(f"{path}: model file does not match its hash in meta.json (truncated or modified)")


def check_versions(meta: dict) -> None:
    trained = meta.get("versions", {})
    now = package_versions()
    for name in TRACKED_PACKAGES:
        was, is_ = trained.get(name), now.get(name)
        if was and is_ and was.split(".")[:2] != is_.split(".")[:2]:
            warnings.warn(f"models were trained with {name} {was}, this is {is_}; retrain with "
                          f"`inspection-nlp train` if results look wrong", ModelVersionWarning, stacklevel=3)


@dataclass
class Models:
    """The loaded models and their metadata.

    >>> models = load_models()
    >>> models.segment("Inspectors were impressed. The report makes four recommendations.")
    [(0, 26), (27, 66)]
    """

    pipeline: object
    classifier: object
    meta: dict = field(default_factory=dict)

    @property
    def classifier_name(self) -> str:
        """The classifier as named in the sidecar, with the encoder and its weight when mixed."""
        name = self.meta.get("classifier", {}).get("name", type(self.classifier).__name__)
        weight = getattr(self.classifier, "weight", None)
        if weight is not None:
            encoder = self.meta.get("encoder") or {}
            name = f"{name} + {encoder.get('name', 'encoder')} (weight {weight:g})"
        return name

    @property
    def labels(self) -> list[str]:
        return [str(label) for label in self.classifier.classes_]

    _last: tuple = field(default=(None, None), repr=False, compare=False)

    def _doc(self, text: str):
        """The pipeline's Doc for a text; the last one is kept, as segment, entities and suggest are
        called in turn on the same release."""
        if self._last[0] != text:
            self._last = (text, self.pipeline(text))
        return self._last[1]

    def segment(self, text: str) -> list[tuple[int, int]]:
        from .entities import sentence_spans

        return sentence_spans(self._doc(text))

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        return [(ent.start_char, ent.end_char, ent.label_) for ent in self._doc(text).ents]

    def suggest(self, text: str, spans: list[tuple[int, int]], entities=None) -> list[tuple[str, float, dict]]:
        """The classifier's label, its score and all four scores for each sentence span."""
        from .classify import make_items

        if not spans:
            return []
        if entities is None:
            entities = self.entities(text)
        proba = self.classifier.predict_proba(make_items(text, spans, entities))
        labels = self.labels
        out = []
        for row in proba:
            scores = {label: float(p) for label, p in zip(labels, row)}
            best = max(scores, key=scores.get)
            out.append((best, scores[best], scores))
        return out


_CACHE: dict[tuple[Path, bool], Models] = {}


def forget(models_dir: Path) -> None:
    """Drop a models directory from the cache (both the fast and the default form)."""
    for fast in (False, True):
        _CACHE.pop((Path(models_dir).resolve(), fast), None)


def load_models(models_dir: str | Path | None = None, *, verify: bool = True, fast: bool = False) -> Models:
    """Load the pipeline and classifier from a models directory (default: the shipped `models/`).

    Each file is checked against its hash first; loading never executes code from the files. The classifier
    is the linear model mixed with the encoder when the sidecar says the mix is the default (`encoder.default`),
    and the linear model alone with `fast=True` or when there is no encoder.
    """
    models_dir = Path(models_dir or MODELS_DIR).resolve()
    if (models_dir, fast) in _CACHE:
        return _CACHE[models_dir, fast]
    meta = read_meta(models_dir)
    if verify:
        verify_files(models_dir, meta)
    check_versions(meta)
    from .entities import load_pipeline

    try:
        pipeline = load_pipeline(models_dir / PIPELINE_NAME)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"{models_dir / PIPELINE_NAME}: cannot load the spaCy pipeline ({err})") from None
    # The array form when the models have one: same scores, no scikit-learn import, nothing unpickled.
    linear_path = models_dir / LINEAR_NAME
    classifier_path = linear_path if linear_path.is_file() else models_dir / CLASSIFIER_NAME
    try:
        if classifier_path == linear_path:
            from .classify.linear import load_linear

            classifier = load_linear(classifier_path)
        else:
            from .classify import load_classifier

            classifier = load_classifier(classifier_path)
    except ModelError:
        raise
    except Exception as err:  # skops raises many types for a bad file; all mean the same to a user
        raise ModelError(f"{classifier_path}: cannot load the classifier ({type(err).__name__}: {err})") from None
    encoder = meta.get("encoder") or {}
    if not fast and encoder.get("default"):
        from .classify.encoder import MixedClassifier, load_encoder

        loaded = load_encoder(models_dir)
        if loaded is None:
            raise ModelError(f"{models_dir / encoder.get('dir', 'encoder')}: encoder missing; use --fast or retrain")
        loaded.temperature = float(encoder.get("temperature", loaded.temperature))
        classifier = MixedClassifier(classifier, loaded, float(encoder.get("weight", 0.5)))
    models = Models(pipeline, classifier, meta)
    _CACHE[models_dir, fast] = models
    return models
