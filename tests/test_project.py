"""Commands that work on a project (corpus/ and annotations/) find it in the current directory or --project,
and outside one say so in one line with exit 2."""

import pytest
from typer.testing import CliRunner

from nlp.cli import app
from nlp.errors import NotAProjectError
from nlp.project import find_project, is_project

runner = CliRunner()

PROJECT_COMMANDS = [
    ["train"],
    ["evaluate", "--quick"],
    ["corpus", "import", "."],
    ["corpus", "add", "x.txt"],
    ["annotate", "sentences", "--annotator", "kim"],
    ["annotate", "entities", "--annotator", "kim"],
    ["annotate", "facts", "--annotator", "kim"],
    ["annotations", "export", "out.jsonl"],
    ["annotations", "import", "in.jsonl", "--format", "prodigy"],
    ["annotations", "review", "--annotator", "kim"],
    ["annotations", "stats"],
]


@pytest.mark.parametrize("args", PROJECT_COMMANDS, ids=[" ".join(a[:2]) for a in PROJECT_COMMANDS])
def test_outside_a_project_one_line_and_exit_2(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()  # half a project is not one
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a project directory" in lines[0] and "--project" in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "models").exists()


def test_project_option_reaches_the_project_from_anywhere(root, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["annotations", "stats", "--project", str(root), "--json"])
    assert result.exit_code == 0, result.output
    assert '"releases": ' in result.stdout


def test_a_missing_project_directory_is_named(tmp_path):
    result = runner.invoke(app, ["train", "--project", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere" in result.stderr


def test_find_project(root, tmp_path):
    assert is_project(root) and find_project(root).models == root.resolve() / "models"
    with pytest.raises(NotAProjectError, match="not a project directory"):
        find_project(tmp_path)


def test_summarise_needs_no_project(root, tmp_path, monkeypatch):
    release = (root / "corpus/releases/westminster-yjs-2024.txt").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["summarise", "-", "--format", "json"], input=release)
    assert result.exit_code == 0, result.output
    assert '"overall_rating": "Good"' in result.stdout


def test_version():
    from importlib import metadata

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"inspection-nlp {metadata.version('inspection-nlp')}"
