"""Every docstring example in the package runs: one test per module of `nlp`, run from the repository root
(examples read `corpus/...` and `models/...` by relative path). An example that cannot run here (it needs a
terminal, the network-free embeddings extra, or minutes of training) is marked `# doctest: +SKIP` in place."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for path in (ROOT / "nlp").rglob("*.py")
    if path.stem != "__main__"  # importing it runs the CLI
)


def test_every_module_is_collected():
    assert len(MODULES) > 50 and "nlp.vocab" in MODULES and "nlp.annotate" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    result = doctest.testmod(module, verbose=False, report=True)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed (output above)"
