"""No import circle in `nlp/` at module level: the modules' top-level imports, read with `ast`, form no cycle.

Imports inside functions are not followed (they run later, when the function is called); each of those
says why it is there (a heavy library kept off start-up, or a platform-only module)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NLP = ROOT / "nlp"


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


MODULES = {_module_name(path): path for path in NLP.rglob("*.py")}


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name of ``from <level dots><target> import ...`` written in ``module``."""
    if not level:
        return target or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def top_level_imports(name: str) -> set[str]:
    """The modules of ours that ``name`` imports when it is imported (statements outside functions)."""
    path = MODULES[name]
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def visit(nodes):
        for node in nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                continue  # read by type checkers only
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, is_package, node.level, node.module)
                # `from . import factories` imports a submodule; any other name comes from the module itself
                submodules = {f"{base}.{alias.name}" for alias in node.names} & MODULES.keys()
                found.update(submodules)
                if len(submodules) < len(node.names):
                    found.add(base)
            # statements nested in if / try / with / class bodies run at import time too
            visit([child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt)])

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return {module for module in found if module in MODULES and module != name}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` as a list of names (first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = walk(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = walk(node)
            if cycle:
                return cycle
    return None


def test_the_walk_sees_imports_and_cycles():
    assert "nlp.entities.factories" in top_level_imports("nlp.entities")  # `from . import factories`
    assert "nlp.entities" not in top_level_imports("nlp.entities.pipeline")  # its own package: not an edge
    assert "nlp.cli" in top_level_imports("nlp.cli.trends")  # `from . import app`: a name of the package
    assert "nlp.vocab" in top_level_imports("nlp.trends.counting")  # `from ..vocab import ...`
    assert "nlp.trends.charts" in top_level_imports("nlp.trends.files")
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_no_import_circle_in_nlp():
    graph = {name: top_level_imports(name) for name in MODULES}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_evaluation_flows_one_way():
    evaluation = {name for name in MODULES if name.startswith("nlp.evaluation.")}
    assert evaluation == {"nlp.evaluation.results", "nlp.evaluation.run", "nlp.evaluation.markdown",
                          "nlp.evaluation.plots"}
    # inner imports count here too (`run` imports `plots` only when it writes files)
    assert not _all_imports("nlp.evaluation.results") & evaluation
    for name in ("nlp.evaluation.markdown", "nlp.evaluation.plots"):
        assert _all_imports(name) & evaluation == {"nlp.evaluation.results"}


def _all_imports(name: str) -> set[str]:
    """The modules of ours that ``name`` imports anywhere, inside functions too."""
    found = set()
    for node in ast.walk(ast.parse(MODULES[name].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = _resolve(name, MODULES[name].name == "__init__.py", node.level, node.module)
            found |= {f"{base}.{alias.name}" for alias in node.names} & MODULES.keys() or {base}
    return found & MODULES.keys()


MAX_LINES = 500
LONG_REASON = "over 500 lines"  # a longer module says why in its docstring, with these words


def test_no_module_over_500_lines_without_a_reason():
    long = {str(path.relative_to(ROOT)): n for path in NLP.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
            and LONG_REASON not in (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "")}
    assert not long, long
