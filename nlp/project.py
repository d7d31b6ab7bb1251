"""The project directory that training, annotation and evaluation work on: `corpus/` and `annotations/`
side by side (and `models/`, which `train` writes). Summarising needs none: it reads the models installed
with the package.

>>> find_project(".").corpus.name
'corpus'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import NotAProjectError

CORPUS = "corpus"
ANNOTATIONS = "annotations"
MODELS = "models"


@dataclass(frozen=True)
class Project:
    """A project directory and the folders in it."""

    root: Path

    @property
    def corpus(self) -> Path:
        return self.root / CORPUS

    @property
    def annotations(self) -> Path:
        return self.root / ANNOTATIONS

    @property
    def models(self) -> Path:
        return self.root / MODELS


def is_project(path: str | Path) -> bool:
    """True when the directory holds both `corpus/` and `annotations/`."""
    path = Path(path)
    return (path / CORPUS).is_dir() and (path / ANNOTATIONS).is_dir()


def find_project(path: str | Path | None = None) -> Project:
    """The project at ``path`` (default: the current directory), or NotAProjectError saying what is missing."""
    root = Path(path) if path is not None else Path.cwd()
    if not root.is_dir():
        raise NotAProjectError(f"{root}: no such project directory")
    if not is_project(root):
        where = "the current directory" if path is None else str(root)
        raise NotAProjectError(f"{where} is not a project directory (it needs corpus/ and annotations/); "
                               f"run this from one or pass --project DIR")
    return Project(root.resolve())
