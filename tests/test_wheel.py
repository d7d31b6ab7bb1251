"""The package as it ships: `python -m build` makes an sdist and a wheel (the wheel built from the sdist),
the wheel installs into a fresh virtual environment outside the checkout with its declared dependencies
only, and works from an empty directory: summarise (JSON valid against the installed schema), --version,
every command's --help, train outside a project (one line, exit 2), and a changed byte in any installed
model file or table (exit 4 naming the file).

The new environment is made with `python -m venv` without system site-packages and the wheel is installed
the normal way (dependencies resolved by pip, wheels from pip's cache), so a dependency missing from
pyproject.toml, a data file missing from the wheel or a path into the checkout fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import jsonschema
import pytest
import typer.main

from nlp.cli import app

pytestmark = pytest.mark.slow


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


def _run(args, cwd, env, **kwargs):
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          **kwargs)


@pytest.fixture(scope="module")
def installed(root, tmp_path_factory):
    """Build the sdist and wheel, install the wheel into a fresh venv; (venv, wheel, clean environment)."""
    work = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    built = _run([sys.executable, "-m", "build", "--outdir", work / "dist", root], cwd=work, env=env)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels, sdists = list((work / "dist").glob("*.whl")), list((work / "dist").glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    venv = work / "venv"
    made = _run([sys.executable, "-m", "venv", venv], cwd=work, env=env)
    assert made.returncode == 0, made.stderr
    pip = _run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheels[0]], cwd=work, env=env)
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    empty = work / "empty"
    empty.mkdir()
    return venv, wheels[0], env, empty


def test_the_wheel_holds_the_package_and_models_and_no_tests(installed):
    _, wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert all(n.startswith(("nlp/", "inspection_nlp-")) for n in names), [n for n in names if not n.startswith("nlp/")]
    assert {"nlp/_models/meta.json", "nlp/_models/classifier.npz", "nlp/_models/facts/aspects.json",
            "nlp/_models/themes/taxonomy.jsonl", "nlp/_models/pipeline/config.cfg",
            "nlp/_models/pipeline/inspection_service_mentions/service_mentions.json",
            "nlp/schemas/inspection-summary-1.schema.json", "nlp/templates/base.html"} <= set(names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n or "corpus/" in n]


def test_installed_from_the_venv_not_the_checkout(installed, root):
    venv, _, env, empty = installed
    out = _run([venv / "bin" / "python", "-c", "import nlp.models as m, nlp.cli; print(m.MODELS_DIR); "
                "print(nlp.cli.__file__)"], cwd=empty, env=env)
    assert out.returncode == 0, out.stderr
    for line in out.stdout.split():
        assert Path(line).is_relative_to(venv) and not Path(line).is_relative_to(root)


def test_version(installed, root):
    venv, _, env, empty = installed
    version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    out = _run([venv / "bin" / "inspection-nlp", "--version"], cwd=empty, env=env)
    assert out.returncode == 0 and out.stdout.strip() == f"inspection-nlp {version}"


def test_summarise_the_westminster_release(installed, root):
    venv, _, env, empty = installed
    release = shutil.copy(root / "corpus" / "releases" / "westminster-yjs-2024.txt", empty / "westminster.txt")
    out = _run([venv / "bin" / "inspection-nlp", "summarise", Path(release).name, "--format", "json"], cwd=empty, env=env)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    schema_path = _installed_models(venv).parent / "schemas" / "inspection-summary-1.schema.json"
    jsonschema.Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8"))).validate(summary)
    assert (summary["overall_rating"], summary["published"], summary["fieldwork"],
            summary["recommendations"]["count"]) == ("Good", "2024-09-17", "2024-04", 4)
    assert summary["service"]["name"] == "Westminster Youth Justice Service"
    assert summary["themes"]  # the taxonomy travelled too


# Run inside the installed environment, in one process (a process per command costs minutes on a busy
# machine): every command of the installed package, through typer's test runner.
HELP_SCRIPT = """
import json, typer.main
from typer.testing import CliRunner
from nlp.cli import app

def commands(group, prefix=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from commands(command, (*prefix, name))
        else:
            yield (*prefix, name)

runner = CliRunner()
for command in commands(typer.main.get_command(app)):
    result = runner.invoke(app, [*command, "--help"])
    print(json.dumps([" ".join(command), result.exit_code, "Example" in result.stdout]))
"""


def test_every_command_has_help(installed):
    venv, _, env, empty = installed
    out = _run([venv / "bin" / "python", "-c", HELP_SCRIPT], cwd=empty, env=env)
    assert out.returncode == 0, out.stderr
    results = {name: (code, example) for name, code, example in map(json.loads, out.stdout.splitlines())}
    assert set(results) == {" ".join(c) for c in _commands(typer.main.get_command(app))}
    assert all(value == (0, True) for value in results.values()), results
    for command in (["summarise"], ["annotate", "facts"]):  # and through the console script
        shown = _run([venv / "bin" / "inspection-nlp", *command, "--help"], cwd=empty, env=env)
        assert shown.returncode == 0 and "Example" in shown.stdout


def test_train_outside_a_project(installed):
    venv, _, env, empty = installed
    out = _run([venv / "bin" / "inspection-nlp", "train"], cwd=empty, env=env)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "not a project directory" in out.stderr
    assert not (empty / "models").exists()


def _installed_models(venv: Path) -> Path:
    found = list(venv.glob("lib/python*/site-packages/nlp/_models"))
    assert len(found) == 1
    return found[0]


TAMPER_SCRIPT = """
import json, sys
from pathlib import Path
from typer.testing import CliRunner
from nlp.cli import app

release, files = sys.argv[1], sys.argv[2:]
runner = CliRunner()
for name in files:
    path = Path(name)
    original = path.read_bytes()
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 1
    path.write_bytes(bytes(changed))
    try:
        result = runner.invoke(app, ["summarise", release])
    finally:
        path.write_bytes(original)
    print(json.dumps([name, result.exit_code, result.stderr]))
"""


def test_one_changed_byte_in_any_installed_model_file(installed, root):
    venv, _, env, empty = installed
    release = shutil.copy(root / "corpus" / "releases" / "westminster-yjs-2024.txt", empty / "tamper.txt")
    models = _installed_models(venv)
    files = sorted(p for p in models.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    names = {p.relative_to(models).as_posix() for p in files}
    assert {"__init__.py", "meta.json", "pipeline/meta.json", "facts/aspects.json", "themes/taxonomy.jsonl",
            "pipeline/inspection_service_mentions/service_mentions.json", "pipeline/span_ruler/patterns"} <= names
    # every file, in one process of the installed package
    out = _run([venv / "bin" / "python", "-c", TAMPER_SCRIPT, Path(release).name, *files], cwd=empty, env=env)
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [name for name, _, _ in results] == [str(p) for p in files]
    for name, code, stderr in results:
        assert code == 4 and name in stderr and len(stderr.strip().splitlines()) == 1, (name, code, stderr)
    # and one table through the console script, as a user meets it
    table = models / "facts" / "aspects.json"
    original = table.read_bytes()
    table.write_bytes(original.replace(b"staffing", b"staffinG", 1))
    try:
        out = _run([venv / "bin" / "inspection-nlp", "summarise", Path(release).name], cwd=empty, env=env)
    finally:
        table.write_bytes(original)
    assert out.returncode == 4 and str(table) in out.stderr and "Traceback" not in out.stderr
    out = _run([venv / "bin" / "inspection-nlp", "summarise", Path(release).name], cwd=empty, env=env)
    assert out.returncode == 0, out.stderr
