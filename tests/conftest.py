"""Shared fixtures: real sentences and releases from the shipped corpus, the shipped models."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_TRAIN = ROOT.parent / "shared" / "data" / "train"
WESTMINSTER = ROOT / "corpus" / "releases" / "westminster-yjs-2024.txt"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Keep the classifier cache of the tests out of the user's ~/.cache."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session", autouse=True)
def _in_the_project():
    """The library's defaults for corpus, annotations and patterns are relative to the project directory,
    the repository here, wherever pytest was started from."""
    import os

    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def westminster_text() -> str:
    return WESTMINSTER.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def models():
    """The shipped models, loaded once."""
    from nlp.models import load_models

    return load_models()


@pytest.fixture(scope="session")
def dataset():
    from nlp.annotations import load_dataset

    return load_dataset()
