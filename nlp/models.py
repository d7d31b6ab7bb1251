"""Trained models on disk: the spaCy pipeline, the sentence classifier and their JSON sidecar.

Layout of a models directory::

    models/
      pipeline/          spaCy Language.to_disk (segmenter, span_ruler, entity rules; a ner if trained with one)
      classifier.skops   the scikit-learn sentence classifier (skops, explicit type allow-list)
      classifier.npz     the same classifier as plain arrays (`nlp.classify.linear`): what summarising reads
      facts/aspects.json the aspect table the facts read (copied from annotations/patterns/ by `train`)
      facts.npz          the fact-slot role models as plain arrays (`nlp.entities.roles`); optional
      themes/taxonomy.jsonl  the theme taxonomy summaries are tagged with (from annotations/themes/)
      encoder/           the fine-tuned MiniLM-L6 as int8 ONNX and its tokenizer (`nlp.classify.encoder`), mixed
                         with the linear classifier's scores unless loaded with fast=True
      meta.json          versions, labels, training data hash, metrics, and a SHA-256 of every model file
      __init__.py        a docstring: the directory is the package `nlp._models` (see below); hashed too

Loading checks each file against the hash in `meta.json` first, so a truncated or tampered file
gives a clear error before any of it is parsed; a model trained with other package versions warns.

The shipped models are the repository's `models/`, which the build maps into the wheel as the package
`nlp._models` (setup.py, pyproject.toml); they are found with importlib.resources, never from a checkout.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from dataclasses import dataclass, field
from importlib import metadata, resources
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not before
    from spacy.language import Language

from .errors import ModelError
from .types import Classifier
from .vocab import entity_spans

# The entity pipeline (spaCy) and the classifier's modules (numpy, scikit-learn, skops) are imported where a
# model is loaded or used, so that importing this module (every command does) loads none of them.

MODELS_PACKAGE = "nlp._models"
META_NAME = "meta.json"
PIPELINE_NAME = "pipeline"
CLASSIFIER_NAME = "classifier.skops"
LINEAR_NAME = "classifier.npz"
ROLES_NAME = "facts.npz"
ASPECTS_NAME = "facts/aspects.json"
TAXONOMY_NAME = "themes/taxonomy.jsonl"
PACKAGE_INIT = "__init__.py"
PACKAGE_INIT_TEXT = '"""Trained models shipped with inspection-nlp (data only; see nlp/models.py)."""\n'
# Not model files: the bytecode Python writes beside the package marker.
_NOT_MODEL_DIRS = {"__pycache__"}
TRACKED_PACKAGES = ("spacy", "scikit-learn", "skops", "numpy", "scipy")


class ModelVersionWarning(UserWarning):
    """The models were trained with other versions of the packages that read them."""


def shipped_models_dir() -> Path:
    """The models installed with the package (the package `nlp._models`, the repository's `models/`).

    >>> (shipped_models_dir() / META_NAME).is_file()
    True
    """
    try:
        root = resources.files(MODELS_PACKAGE)
    except ModuleNotFoundError:
        raise ModelError(f"{MODELS_PACKAGE}: the package was installed without its models; "
                         f"reinstall inspection-nlp (pip install .)") from None
    except Exception as err:  # a damaged __init__.py: name it like any other model file
        spec = find_spec(MODELS_PACKAGE)
        where = getattr(err, "filename", None) or (spec.origin if spec else None) or MODELS_PACKAGE
        raise ModelError(f"{where}: model file cannot be read ({type(err).__name__}); reinstall inspection-nlp") from None
    # Wheels install unzipped, so the resources are files; spaCy and numpy need a real path.
    return Path(str(root))


MODELS_DIR: Path | None
try:
    MODELS_DIR = shipped_models_dir()
except ModelError:  # raised again, as a one-line error, when the models are loaded
    MODELS_DIR = None


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
        rel = path.relative_to(models_dir)
        if _NOT_MODEL_DIRS.intersection(rel.parts):
            continue
        if path.is_file() and rel.as_posix() != META_NAME:  # the sidecar only: pipeline/meta.json is hashed
            hashes[path.relative_to(models_dir).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def meta_digest(meta: dict) -> str:
    """SHA-256 of the sidecar's content (its own `sha256` field left out), so an edited sidecar is caught too."""
    rest = {key: value for key, value in meta.items() if key != "sha256"}
    return hashlib.sha256(json.dumps(rest, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def write_meta(models_dir: Path, meta: dict) -> dict:
    """Complete the sidecar with versions, file hashes and its own hash, and write it."""
    meta = {**meta, "versions": package_versions(), "files": file_hashes(models_dir)}
    meta["sha256"] = meta_digest(meta)
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


def verify_files(models_dir: Path, meta: dict, *, unread: tuple[str, ...] = ()) -> None:
    """Raise ModelError when a model file is missing or differs from the hash recorded at training.

    `unread`: prefixes of files this load does not read (the encoder under `--fast`); they are checked when a
    load reads them, and hashing its 22 MB would be a third of `summarise --fast`'s model loading.
    """
    expected = meta.get("files") or {}
    if not expected:
        raise ModelError(f"{models_dir / META_NAME}: lists no model files")
    if "sha256" in meta and meta["sha256"] != meta_digest(meta):
        raise ModelError(f"{models_dir / META_NAME}: model metadata does not match its own hash (modified)")
    for rel in (ASPECTS_NAME, TAXONOMY_NAME):
        if rel not in expected:
            raise ModelError(f"{models_dir / rel}: not listed in meta.json; retrain with `inspection-nlp train`")
    for rel, digest in expected.items():
        if rel.startswith(unread):
            continue
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
    [(0, 26), (27, 65)]
    """

    pipeline: Language
    classifier: Classifier
    meta: dict = field(default_factory=dict)
    directory: Path | None = None
    roles: object = None  # nlp.entities.roles.RoleModel, or None (facts by the rules alone)

    @property
    def aspects_path(self) -> Path:
        """The aspect table the facts read (inside the models directory, hash-checked)."""
        return (self.directory or MODELS_DIR or shipped_models_dir()) / ASPECTS_NAME

    @property
    def taxonomy_path(self) -> Path:
        """The theme taxonomy summaries are tagged with (inside the models directory, hash-checked)."""
        return (self.directory or MODELS_DIR or shipped_models_dir()) / TAXONOMY_NAME

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
        return entity_spans(self._doc(text).ents)

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
            best = max(scores, key=scores.__getitem__)
            out.append((best, scores[best], scores))
        return out


_CACHE: dict[tuple[Path, bool], Models] = {}


def forget(models_dir: Path) -> None:
    """Drop a models directory from the cache (both the fast and the default form)."""
    for fast in (False, True):
        _CACHE.pop((Path(models_dir).resolve(), fast), None)


def load_models(models_dir: str | Path | None = None, *, verify: bool = True, fast: bool = False) -> Models:
    """Load the pipeline and classifier from a models directory (default: the models installed with the package).

    Each file is checked against its hash first; loading never executes code from the files. The classifier
    is the linear model mixed with the encoder when the sidecar says the mix is the default (`encoder.default`),
    and the linear model alone with `fast=True` or when there is no encoder.
    """
    models_dir = Path(models_dir or MODELS_DIR or shipped_models_dir()).resolve()
    if (models_dir, fast) in _CACHE:
        return _CACHE[models_dir, fast]
    meta = read_meta(models_dir)
    encoder = meta.get("encoder") or {}
    mixed = not fast and bool(encoder.get("default"))
    if verify:
        verify_files(models_dir, meta, unread=() if mixed else (f"{encoder.get('dir', 'encoder')}/",))
    check_versions(meta)
    from .entities import load_pipeline

    try:
        pipeline = load_pipeline(models_dir / PIPELINE_NAME)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"{models_dir / PIPELINE_NAME}: cannot load the spaCy pipeline ({err})") from None
    # The array form when the models have one: same scores, no scikit-learn import, nothing unpickled.
    linear_path = models_dir / LINEAR_NAME
    classifier_path = linear_path if linear_path.is_file() else models_dir / CLASSIFIER_NAME
    classifier: Classifier
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
    roles = None
    if (models_dir / ROLES_NAME).is_file():
        from .entities.roles import load_roles

        try:
            roles = load_roles(models_dir / ROLES_NAME)
        except (OSError, ValueError, KeyError) as err:
            raise ModelError(f"{models_dir / ROLES_NAME}: cannot load the fact role model ({err})") from None
    if mixed:
        from .classify.encoder import MixedClassifier, load_encoder

        loaded = load_encoder(models_dir)
        if loaded is None:
            raise ModelError(f"{models_dir / encoder.get('dir', 'encoder')}: encoder missing; use --fast or retrain")
        loaded.temperature = float(encoder.get("temperature", loaded.temperature))
        classifier = MixedClassifier(classifier, loaded, float(encoder.get("weight", 0.5)))
    models = Models(pipeline, classifier, meta, models_dir, roles)
    _CACHE[models_dir, fast] = models
    return models
