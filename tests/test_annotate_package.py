"""The annotate package itself: its doctests run, its modules import one way, and the loop serves a new task."""

from __future__ import annotations

import ast
import doctest
import importlib
import io
import json
import pkgutil
from pathlib import Path

import pytest
from rich.console import Console

import nlp.annotate
from nlp.annotate import KeyReader, Task, run_session
from nlp.annotate.plan import new_progress

PACKAGE = Path(nlp.annotate.__file__).parent
MODULES = sorted(name for _, name, _ in pkgutil.walk_packages([str(PACKAGE)], "nlp.annotate."))


@pytest.mark.parametrize("name", ["nlp.annotate", *MODULES])
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    assert doctest.testmod(module).failed == 0, name


def _imports(path: Path, name: str) -> set[str]:
    """The nlp.annotate modules `name` (at `path`) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            found |= {target} | {f"{target}.{alias.name}" for alias in node.names}
    return {t for t in found if t in MODULES}


def test_modules_import_one_way_and_stay_short():
    paths = {name: PACKAGE.joinpath(*name.split(".")[2:]).with_suffix(".py") for name in MODULES}
    paths = {name: p if p.exists() else p.with_suffix("") / "__init__.py" for name, p in paths.items()}
    graph = {name: _imports(path, name) for name, path in paths.items()}
    assert graph["nlp.annotate.loop"] and graph["nlp.annotate.tasks.facts"]  # the walk sees imports at all
    done: set[str] = set()

    def visit(name, stack):
        assert name not in stack, f"import circle: {' -> '.join([*stack, name])}"
        if name not in done:
            for target in graph[name]:
                visit(target, [*stack, name])
            done.add(name)

    for name in graph:
        visit(name, [])
    long = {name: n for name, path in paths.items() if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long


class Echo(Task[str]):
    """A task of our own: a word per item, y writes it, anything else is refused."""

    def show(self, i, progress):
        self.console.print(self.items[i])

    def decide(self, i, key):
        return {"release": self.items[i], "label": "YES"} if key == "y" else None

    def labels_of(self, row):
        return [row["label"]]


def test_the_loop_serves_a_new_task_with_undo_skip_and_retraction(tmp_path):
    path = tmp_path / "echo.jsonl"
    out = io.StringIO()
    task = Echo(["alpha", "beta", "gamma"], path, "kim", KeyReader(io.StringIO("y\nx\nu\nz\ny\nu\nu\ny\n")),
                Console(file=out, highlight=False))
    result = run_session(task, new_progress(3))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # alpha written, beta skipped then unskipped, beta refused (z) then written, both lines undone, alpha again
    assert [(line.get("type"), line["release"]) for line in lines] == [
        (None, "alpha"), (None, "beta"), ("undo", "beta"), ("undo", "alpha"), (None, "alpha")]
    assert (result.written, result.undone, result.skipped, result.ended) == (1, 2, 0, "end of input")
    assert result.labels["YES"] == 1
    assert "1 saved, 2 undone, 0 skipped (end of input); 1/3 done" in out.getvalue()
