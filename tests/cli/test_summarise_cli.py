"""The summarise command in-process: formats, batches, stdin and bad input."""

import json

import pytest
from typer.testing import CliRunner

from nlp.cli import app

runner = CliRunner()


def test_markdown_default(westminster_text, root):
    result = runner.invoke(app, ["summarise", str(root / "corpus/releases/westminster-yjs-2024.txt")])
    assert result.exit_code == 0, result.output
    assert "Westminster Youth Justice Service" in result.stdout
    assert "Overall rating:** Good" in result.stdout


def test_json_and_stdin(westminster_text):
    result = runner.invoke(app, ["summarise", "-", "--format", "json"], input=westminster_text)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["source"] == "<stdin>"
    assert summary["overall_rating"] == "Good"


def test_jsonl_batch_in_input_order_with_a_bad_file(tmp_path, root):
    releases = root / "corpus" / "releases"
    good = [releases / "westminster-yjs-2024.txt", releases / "barnet-yos-2019.txt"]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["summarise", str(good[0]), str(empty), str(good[1]), "--format", "jsonl"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(p) for p in good]
    assert "empty.txt: empty file" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_two_jobs_give_the_same_output_as_one(root):
    directory = str(root / "corpus" / "releases")
    one = runner.invoke(app, ["summarise", directory, "--format", "jsonl", "--no-progress"])
    two = runner.invoke(app, ["summarise", directory, "--format", "jsonl", "--jobs", "2", "--no-progress"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == len(list((root / "corpus" / "releases").glob("*.txt")))


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "missing.txt: no such file"),
    (lambda d: (d / "e").mkdir() or d / "e", "directory holds no releases"),
    (lambda d: (d / "b.bin").write_bytes(b"\x00\xff\x00binary") and d / "b.bin", "binary data"),
    (lambda d: (d / "w.txt").write_text("   \n\n ") and d / "w.txt", "empty file"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    result = runner.invoke(app, ["summarise", str(make(tmp_path))])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Inspectors were impressed. " * 100)
    result = runner.invoke(app, ["summarise", str(path), "--max-bytes", "100"])
    assert result.exit_code == 2
    assert "too large" in result.stderr


def test_html_input_gives_text_field(tmp_path):
    page = tmp_path / "r.html"
    page.write_text("<html><body><main><h1>Barnet YOS rated &lsquo;Good&rsquo;</h1>"
                    "<p>Inspectors were impressed with the partnership work.</p></main></body></html>")
    result = runner.invoke(app, ["summarise", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    text = summary["text"]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in summary["sentences"])
