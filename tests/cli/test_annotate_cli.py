"""The annotation commands end to end: corpus add, scripted sessions (in process and a killed subprocess),
export / import, agreement, review and stats. Everything runs on copies under tmp_path."""

from __future__ import annotations

import json
import re
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from typer.testing import CliRunner

from nlp.annotate import FallbackModels
from nlp.cli import app

from ..annotation_workspace import NEW_RELEASE, ROOT, make_workspace

LEEDS = "leeds-yjs"  # service and year; this release states no year
KEYS = ["n", "n", "s", "s", "w", "r", "n"]  # the gold for NEW_RELEASE's seven sentences, in document order
LABELS = {"s": "STRENGTH", "w": "WEAKNESS", "r": "RECOMMENDATION", "n": "NEUTRAL"}

runner = CliRunner()


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path)


def dirs(ws):
    return ["--corpus", str(ws.corpus), "--annotations-dir", str(ws.annotations)]


def session_args(ws, *releases):
    return ["annotate", "sentences", *releases, "--annotator", "kim", "--order", "document", *dirs(ws),
            "--models", str(ws.root / "no-models")]


def kim_lines(ws):
    return [r for r in ws.lines() if r.get("annotator") == "kim"]


def assert_each_decision_once(ws):
    spans = FallbackModels().segment(NEW_RELEASE)
    rows = kim_lines(ws)
    assert Counter((r["start"], r["end"]) for r in rows) == Counter(spans)  # each sentence exactly once
    assert [r["label"] for r in sorted(rows, key=lambda r: r["start"])] == [LABELS[k] for k in KEYS]
    assert all(r["release"] == LEEDS and r["text"] == NEW_RELEASE[r["start"]:r["end"]] for r in rows)


# ------------------------------------------------------------------------------------------ corpus add

def test_corpus_add_text_markdown_and_html(ws, tmp_path):
    md = tmp_path / "incoming" / "york.md"
    md.write_text("# York YJS rated ‘Outstanding’\n\nInspectors praised the service.\n", encoding="utf-8")
    page = tmp_path / "incoming" / "bury.html"
    page.write_text(
        "<html><body><a class='skip-link' href='#c'>Skip to content</a><header><nav>Home</nav></header>"
        "<main><article><header><h1>Bury PDU rated &lsquo;Inadequate&rsquo;</h1></header>"
        "<p>Published: 4 June 2025</p><div class='entry-content'><p>Inspectors were <b>concerned</b>.</p>"
        "<ul><li>Caseloads were too high.</li></ul></div><div class='share'><p>Share this</p></div></article>"
        "</main><footer><p>Crown copyright</p></footer></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["corpus", "add", str(ws.new_release), str(md), str(page), "--corpus", str(ws.corpus),
                                 "--licence", "Open Government Licence v3.0"])
    assert result.exit_code == 0, result.output
    index = {e["id"]: e for e in map(json.loads, (ws.corpus / "index.jsonl").read_text().splitlines())}
    # ids are the service and the year the page gives ("Published: 4 June 2025"), furniture never
    assert {LEEDS, "york-yjs", "bury-pdu-2025"} <= set(index)
    assert re.findall(r"^added: (\S+)", result.output, re.MULTILINE) == [LEEDS, "york-yjs", "bury-pdu-2025"]
    bury = index["bury-pdu-2025"]
    assert bury["licence"] == "Open Government Licence v3.0" and bury["source"].endswith("bury.html")
    assert bury["title"] == "Bury PDU rated ‘Inadequate’"
    text = (ws.corpus / bury["path"]).read_text(encoding="utf-8")
    assert text == ("Bury PDU rated ‘Inadequate’\n\nPublished: 4 June 2025\n\nInspectors were concerned.\n\n"
                    "- Caseloads were too high.\n")
    import hashlib
    assert bury["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert index["york-yjs"]["title"] == "York YJS rated ‘Outstanding’"


def test_corpus_add_refuses_duplicates(ws, tmp_path):
    assert runner.invoke(app, ["corpus", "add", str(ws.new_release), "--corpus", str(ws.corpus)]).exit_code == 0
    copy = tmp_path / "copy.txt"
    copy.write_text(NEW_RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["corpus", "add", str(copy), "--corpus", str(ws.corpus)])
    assert result.exit_code == 2
    assert f"already in the corpus as '{LEEDS}'" in result.output
    shipped = ROOT / "corpus" / "releases" / "westminster-yjs-2024.txt"
    assert runner.invoke(app, ["corpus", "add", str(shipped), "--corpus", str(ws.corpus)]).exit_code == 2
    skipped = runner.invoke(app, ["corpus", "add", str(copy), "--corpus", str(ws.corpus), "--skip-duplicates"])
    assert skipped.exit_code == 0 and "already in the corpus" in skipped.output
    assert len((ws.corpus / "index.jsonl").read_text().splitlines()) == 4


# ------------------------------------------------------------------------------------------ sessions

def test_scripted_session_in_process_quits_resumes_and_finishes(ws):
    first = runner.invoke(app, session_args(ws, str(ws.new_release)), input="\n".join(KEYS[:3]) + "\nq\n")
    assert first.exit_code == 0, first.output
    assert "no model suggestions" in first.output  # stderr is mixed into output by the runner
    assert "3 saved" in first.output and "3/7 done" in first.output
    assert len(kim_lines(ws)) == 3
    # resume by id; the last key of the first run is not repeated
    second = runner.invoke(app, session_args(ws, LEEDS), input="\n".join(KEYS[3:]) + "\n")
    assert second.exit_code == 0, second.output
    assert "7/7 done" in second.output
    assert_each_decision_once(ws)
    again = runner.invoke(app, session_args(ws, LEEDS), input="s\n")
    assert again.exit_code == 0 and "nothing to annotate: 7/7" in again.output
    assert_each_decision_once(ws)


def test_session_without_releases_finds_the_unannotated_one(ws):
    assert runner.invoke(app, ["corpus", "add", str(ws.new_release), "--corpus", str(ws.corpus)]).exit_code == 0
    result = runner.invoke(app, session_args(ws), input="\n".join(KEYS) + "\n")
    assert result.exit_code == 0, result.output
    assert_each_decision_once(ws)


def test_unknown_release_is_a_clear_error(ws):
    result = runner.invoke(app, session_args(ws, "no-such-release"), input="")
    assert result.exit_code == 2 and "neither a release id" in result.output


def _wait_for(ws, count, proc, timeout=180.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if len(kim_lines(ws)) >= count:
            return
        if proc.poll() is not None:
            raise AssertionError(f"session ended early: {proc.stderr.read().decode()}")
        time.sleep(0.2)
    raise AssertionError("session did not write its answers in time")


@pytest.mark.slow
def test_killed_subprocess_loses_nothing_and_resumes(ws):
    command = [sys.executable, "-m", "nlp", *session_args(ws, str(ws.new_release))]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    try:
        proc.stdin.write(("\n".join(KEYS[:4]) + "\n").encode())
        proc.stdin.flush()
        _wait_for(ws, 4, proc)
    finally:
        proc.send_signal(signal.SIGKILL)  # no chance to clean up: only what is on disk counts
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert [r["label"] for r in kim_lines(ws)] == [LABELS[k] for k in KEYS[:4]]
    done = subprocess.run(command, cwd=ROOT, input=("\n".join(KEYS[4:]) + "\n").encode(), capture_output=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert b"7/7 done" in done.stdout
    assert_each_decision_once(ws)


def test_undo_in_a_scripted_session(ws):
    result = runner.invoke(app, session_args(ws, str(ws.new_release)), input="w\nu\n" + "\n".join(KEYS) + "\n")
    assert result.exit_code == 0, result.output
    rows = [r for r in ws.lines() if r.get("release") == LEEDS]
    assert rows[0]["label"] == "WEAKNESS" and rows[1]["type"] == "undo"
    from nlp.annotations import load_dataset

    release = {r.id: r for r in load_dataset(ws.corpus, ws.annotations)}[LEEDS]
    assert [label for _, _, label in release.sentences] == [LABELS[k] for k in KEYS]


def test_entities_session_from_the_cli(ws):
    result = runner.invoke(app, ["annotate", "entities", str(ws.new_release), "--annotator", "kim", *dirs(ws),
                                 "--models", str(ws.root / "no-models")], input="\n\nq\n")
    assert result.exit_code == 0, result.output
    rows = [r for r in ws.lines("entities.jsonl") if r.get("release") == LEEDS]
    assert len(rows) == 2 and all("spans" in r and "start" in r for r in rows)


# ------------------------------------------------------------------------------------------ annotations

def test_export_import_stats_agreement_review(ws, tmp_path):
    runner.invoke(app, session_args(ws, str(ws.new_release)), input="\n".join(KEYS) + "\n")
    for fmt, name in (("prodigy", "p.jsonl"), ("doccano", "d.jsonl"), ("spacy", "g.spacy")):
        out = tmp_path / name
        exported = runner.invoke(app, ["annotations", "export", str(out), "--format", fmt, *dirs(ws)])
        assert exported.exit_code == 0, exported.output
        fresh = tmp_path / f"fresh-{fmt}"
        imported = runner.invoke(app, ["annotations", "import", str(out), "--format", fmt, "--corpus", str(ws.corpus),
                                       "--annotations-dir", str(fresh)])
        assert imported.exit_code == 0, imported.output
        from nlp.annotations import load_dataset

        def table(root):
            return {r.id: (r.sentences, r.entities) for r in load_dataset(ws.corpus, root)}
        assert table(fresh) == table(ws.annotations)

    # a second annotator disagrees on two sentences
    keys = ["n", "n", "s", "w", "w", "r", "s"]
    second = runner.invoke(app, [*session_args(ws, LEEDS)[:4], "lee", *session_args(ws, LEEDS)[5:]],
                           input="\n".join(keys) + "\n")
    assert second.exit_code == 0, second.output
    report = runner.invoke(app, ["annotations", "agreement", str(ws.annotations / "sentences.jsonl"), "--json"])
    assert report.exit_code == 0, report.output
    figures = json.loads(report.output)
    assert figures["pairwise_kappa"]["kim / lee"] == pytest.approx(
        (5 / 7 - 13 / 49) / (1 - 13 / 49))  # p_e: N 3*2 + S 2*2 + W 1*2 + R 1*1
    shown = runner.invoke(app, ["annotations", "agreement", str(ws.annotations / "sentences.jsonl")])
    assert "Krippendorff's alpha" in shown.output and "kim / lee" in shown.output

    review = runner.invoke(app, ["annotations", "review", "--annotator", "boss", *dirs(ws)], input="s\nn\n")
    assert review.exit_code == 0, review.output
    adjudicated = [r for r in ws.lines() if r.get("adjudicated")]
    assert [(r["label"], r["votes"]) for r in adjudicated] == [
        ("STRENGTH", {"kim": "STRENGTH", "lee": "WEAKNESS"}), ("NEUTRAL", {"kim": "NEUTRAL", "lee": "STRENGTH"})]
    assert "no disagreements" in runner.invoke(app, ["annotations", "review", "-a", "boss", *dirs(ws)]).output

    stats = runner.invoke(app, ["annotations", "stats", *dirs(ws), "--json"])
    counts = json.loads(stats.output)
    assert counts["per_annotator"]["kim"]["decisions"] == 7 and counts["per_annotator"]["boss"]["adjudicated"] == 2
    assert counts["per_release"][LEEDS]["sentences"] == 7 and counts["not_annotated"] == []
    table = runner.invoke(app, ["annotations", "stats", *dirs(ws), "--per-release"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and LEEDS in table.output


def test_export_needs_a_format_for_jsonl(ws, tmp_path):
    result = runner.invoke(app, ["annotations", "export", str(tmp_path / "x.jsonl"), *dirs(ws)])
    assert result.exit_code == 2 and "--format" in result.output


def test_facts_session_from_the_cli_resumes_and_reports_a_bad_facts_line(ws):
    args = ["annotate", "facts", "--release", "westminster-yjs-2024", "-r", "barnet-yos-2019", "--annotator", "kim",
            *dirs(ws)]
    first = runner.invoke(app, args, input="\n" * 7 + "e\nBarnet YOS\nq\n", env={"COLUMNS": "200"})
    assert first.exit_code == 0, first.output
    assert "1 release(s) saved" in first.output and "1 field(s) of barnet-yos-2019 kept as a draft" in first.output
    second = runner.invoke(app, args, input="\n" * 6)
    assert second.exit_code == 0 and "2/2 done" in second.output
    rows = [r for r in ws.lines("facts.jsonl") if r.get("annotator") == "kim"]
    assert [(r["release"], r["service"]) for r in rows] == [("westminster-yjs-2024", "Westminster Youth Justice Service"),
                                                           ("barnet-yos-2019", "Barnet YOS")]
    again = runner.invoke(app, args, input="")
    assert again.exit_code == 0 and "nothing to annotate: 2/2 releases have your facts" in again.output
    with open(ws.annotations / "facts.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"release": "barnet-yos-2019", "published": "2019-3-12"}\n')
    number = len((ws.annotations / "facts.jsonl").read_text(encoding="utf-8").splitlines())
    bad = runner.invoke(app, args, input="")
    assert bad.exit_code == 3
    assert bad.output.strip().splitlines()[-1] == (f"inspection-nlp: error: {ws.annotations / 'facts.jsonl'}:{number}: "
                                                   "published: '2019-3-12' is not an ISO date YYYY-MM-DD")
