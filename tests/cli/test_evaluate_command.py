"""`inspection-nlp evaluate` in-process: options reach the evaluation, files and tables come out, bad input is
one line; and one real run on a tiny slice of the corpus."""

import dataclasses
import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.annotations import import_releases, load_served
from nlp.cli import app

runner = CliRunner()
FIXTURE = Path(__file__).parent.parent / "data" / "evaluation-result.json"


def write_exchange(releases, directory: Path) -> Path:
    """Releases in the exchange format (as annotations/heldout/*.json)."""
    directory.mkdir(parents=True, exist_ok=True)
    for rel in releases:
        doc = {"id": rel.id, "text": rel.text, "meta": {"style": rel.style, "source": "synthetic", **rel.facts},
               "sentences": [{"start": s, "end": e, "label": label} for s, e, label in rel.sentences],
               "entities": [{"start": s, "end": e, "label": label, "text": rel.text[s:e]}
                            for s, e, label in rel.entities]}
        (directory / f"{rel.id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return directory


@pytest.fixture()
def fake_evaluations(monkeypatch):
    """Stand-ins for the two evaluation modules returning the fixture result, recording their arguments."""
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    calls = {}

    def evaluate_classifier(train, test=None, *, n_splits=5, seed=0, learning_curve=True):
        calls["classifier"] = {"train": [r.id for r in train], "test": [r.id for r in test or []],
                               "n_splits": n_splits, "seed": seed, "learning_curve": learning_curve}
        return fixture["classifier"]

    def evaluate_entities(train, test=None, *, n_splits=5, seed=0):
        calls["entities"] = {"train": [r.id for r in train], "test": [r.id for r in test or []]}
        return fixture["entities"]

    def compare_models(releases, seed=0):
        calls["compare"] = len(releases)
        return fixture["comparison"]

    def compare_fact_modes(train, tests=None, *, n_splits=5, seed=0, roles_extra=()):
        calls["facts"] = {name: [r.id for r in releases] for name, releases in (tests or {}).items()}
        calls["roles_extra"] = [r.id for r in roles_extra]
        facts = fixture["entities"]["grouped_cv"]["facts"]
        block = {mode: {"facts": facts, "fact_errors": []} for mode in ("rules", "hybrid", "classifier")}
        return {"grouped_cv": block, "modes": {"service": "hybrid", "fieldwork": "rules"},
                **{name: {**block, "shipped": block["rules"]} for name in tests or {}}}

    classify = types.ModuleType("nlp.classify.evaluation")
    classify.evaluate_classifier, classify.compare_models = evaluate_classifier, compare_models
    entities = types.ModuleType("nlp.entities.evaluation")
    entities.evaluate_entities, entities.compare_fact_modes = evaluate_entities, compare_fact_modes
    monkeypatch.setitem(sys.modules, "nlp.classify.evaluation", classify)
    monkeypatch.setitem(sys.modules, "nlp.entities.evaluation", entities)
    return calls


def test_quick_run_writes_files_and_prints_tables(fake_evaluations, tmp_path):
    out = tmp_path / "eval"
    result = runner.invoke(app, ["evaluate", "--quick", "--output", str(out)])
    assert result.exit_code == 0, result.output
    calls = fake_evaluations["classifier"]
    assert len(calls["train"]) == 24 and calls["n_splits"] == 3 and calls["learning_curve"] is False
    assert "compare" not in fake_evaluations
    for name in ("metrics.json", "report.md", "errors.jsonl", "confusion.png", "per-label-f1.png"):
        assert (out / name).is_file(), name
    assert "Sentence classifier" in result.stdout and "0.914" in result.stdout
    assert "tidy→real-voice" in result.stdout and "Entities" in result.stdout
    assert "Summary facts" in result.stdout
    assert f"Report: {out / 'report.md'}" in result.stdout


def test_test_dir_is_scored_never_trained_on(fake_evaluations, dataset, tmp_path):
    # Two annotated releases under new ids, one under its own: all three must stay out of training.
    renamed = [dataclasses.replace(r, id=f"held-out-{k}") for k, r in enumerate(dataset[:2])]
    held_out = write_exchange([*renamed, dataset[5]], tmp_path / "held-out")
    result = runner.invoke(app, ["evaluate", "--test", str(held_out), "--output", str(tmp_path / "eval"),
                                 "--folds", "4", "--seed", "7", "--no-learning-curve", "--compare"])
    assert result.exit_code == 0, result.output
    calls = fake_evaluations["classifier"]
    assert calls["test"] == sorted(["held-out-0", "held-out-1", dataset[5].id]) == fake_evaluations["entities"]["test"]
    left_out = {dataset[0].id, dataset[1].id, dataset[5].id}
    assert set(calls["train"]) == {r.id for r in dataset} - left_out
    assert result.stderr.strip().splitlines() == [
        f"inspection-nlp: warning: 3 test release(s) also in the training data, left out of training: "
        f"{dataset[0].id}, {dataset[1].id}, {dataset[5].id}"]
    assert (calls["n_splits"], calls["seed"], calls["learning_curve"]) == (4, 7, False)
    assert fake_evaluations["compare"] == len(dataset) - 3
    metrics = json.loads((tmp_path / "eval" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["data"]["test"]["releases"] == 3 and metrics["settings"]["seed"] == 7
    assert sorted(metrics["data"]["left_out_of_training"]) == sorted(left_out)
    assert "Model comparison" in result.stdout


def test_two_test_sets_are_scored_together_and_facts_per_set(fake_evaluations, dataset, tmp_path):
    first = write_exchange([dataclasses.replace(r, id=f"one-{k}") for k, r in enumerate(dataset[:2])], tmp_path / "one")
    second = write_exchange([dataclasses.replace(dataset[2], id="two-0")], tmp_path / "two")
    result = runner.invoke(app, ["evaluate", "--test", str(first), "--test", str(second), "--output",
                                 str(tmp_path / "eval"), "--no-learning-curve"])
    assert result.exit_code == 0, result.output
    assert fake_evaluations["classifier"]["test"] == ["one-0", "one-1", "two-0"]
    assert fake_evaluations["facts"] == {"one": ["one-0", "one-1"], "two": ["two-0"]}
    # the served held-out sets train the role model, as in `train`
    assert sorted(fake_evaluations["roles_extra"]) == sorted(r.id for r in load_served())
    assert "Facts, grouped CV" in result.stdout and "Facts, one" in result.stdout and "Facts, two" in result.stdout
    report = (tmp_path / "eval" / "report.md").read_text(encoding="utf-8")
    assert "| fact | grouped_cv rules |" in report and "two shipped" in report


def test_disjoint_test_dir_leaves_training_whole(fake_evaluations, dataset, tmp_path):
    train = dataset[:20]
    import_releases(write_exchange(train, tmp_path / "train"), tmp_path / "corpus", tmp_path / "annotations")
    held_out = write_exchange(dataset[20:22], tmp_path / "held-out")
    result = runner.invoke(app, ["evaluate", "--corpus", str(tmp_path / "corpus"), "--annotations",
                                 str(tmp_path / "annotations"), "--test", str(held_out), "--output",
                                 str(tmp_path / "eval"), "--no-learning-curve"])
    assert result.exit_code == 0, result.output
    assert fake_evaluations["classifier"]["train"] == [r.id for r in train] and not result.stderr


def test_a_served_set_under_test_is_left_out_of_the_role_models_training(fake_evaluations, tmp_path):
    heldout = Path(__file__).resolve().parents[2] / "annotations" / "heldout"
    result = runner.invoke(app, ["evaluate", "--test", str(heldout), "--output", str(tmp_path / "eval"),
                                 "--no-learning-curve"])
    assert result.exit_code == 0, result.output
    tested = set(fake_evaluations["facts"]["heldout"])
    extra = set(fake_evaluations["roles_extra"])
    assert tested and extra and not tested & extra
    assert extra == {r.id for r in load_served(leave_out={"heldout"})}


@pytest.mark.parametrize("make, code, message", [
    (lambda tmp: tmp / "missing", 2, "no *.json releases found"),
    (lambda tmp: (tmp / "empty").mkdir() or tmp / "empty", 2, "no *.json releases found"),
    (lambda tmp: (tmp / "bad").mkdir() or (tmp / "bad" / "x.json").write_text("{nope") and tmp / "bad", 3,
     "not a release in the exchange format"),
])
def test_bad_test_dir_is_one_line(tmp_path, make, code, message):
    result = runner.invoke(app, ["evaluate", "--test", str(make(tmp_path)), "--output", str(tmp_path / "eval")])
    assert result.exit_code == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("inspection-nlp: error:")
    assert not (tmp_path / "eval").exists()


def test_output_that_is_a_file_is_one_line(tmp_path):
    (tmp_path / "taken").write_text("x")
    result = runner.invoke(app, ["evaluate", "--output", str(tmp_path / "taken")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"inspection-nlp: error: {tmp_path / 'taken'}: exists and is not a directory"]


def test_missing_annotations_dir_is_one_line(tmp_path):
    result = runner.invoke(app, ["evaluate", "--annotations", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "no such annotations directory" in result.stderr


@pytest.mark.slow
def test_real_evaluation_on_a_tiny_slice(dataset, tmp_path):
    """The real classifier and tagger evaluations, end to end through the command, on 8 + 2 releases."""
    voice = [r for r in dataset if r.style == "real-voice"][:4]
    tidy = [r for r in dataset if r.style == "tidy"][:4]
    held_out = [r for r in dataset if r.style == "real-voice"][4:6]
    import_releases(write_exchange(voice + tidy, tmp_path / "train"), tmp_path / "corpus", tmp_path / "annotations")
    out = tmp_path / "eval"
    result = runner.invoke(app, [
        "evaluate", "--corpus", str(tmp_path / "corpus"), "--annotations", str(tmp_path / "annotations"),
        "--test", str(write_exchange(held_out, tmp_path / "test")), "--output", str(out), "--folds", "2",
        "--no-learning-curve", "--robustness"])
    assert result.exit_code == 0, result.output
    swap = (out / "robustness.md").read_text(encoding="utf-8")
    assert "| rules_only | swapped |" in swap and "| rules_only | swapped |" in result.stdout
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["data"]["releases"] == 8 and metrics["data"]["test"]["releases"] == 2
    test_block = metrics["classifier"]["test"]
    assert sum(map(sum, test_block["confusion"]["matrix"])) == sum(len(r.sentences) for r in held_out)
    assert 0 <= metrics["entities"]["test"]["micro"]["f1"] <= 1
    report = (out / "report.md").read_text(encoding="utf-8")
    assert f"| held-out test | **{test_block['macro_f1']:.3f}** |" in report
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["task"] for e in errors} <= {"sentence", "entity", "fact"}
    behavioural = ("hard_cases", "challenge_vocab", "challenge_vocab_context")
    assert all(e["release"] in {r.id for r in voice + tidy + held_out} for e in errors
               if e["setting"] not in behavioural)
    assert all(e["release"].startswith("REAL-RELEASES.md") for e in errors if e["setting"] == "hard_cases")
    assert all(e["release"].startswith("cv-") for e in errors if e["setting"].startswith("challenge_vocab"))
    assert metrics["classifier"]["challenge_vocab"]["macro_f1_ci"][0] <= metrics["classifier"]["challenge_vocab"]["macro_f1"]
    assert "hard cases" in result.stdout
    assert "held-out test" in result.stdout
    assert f"Report: {out / 'report.md'}" in result.stdout


def test_encoder_evaluation_reads_the_projects_models(fake_evaluations, dataset, monkeypatch, tmp_path):
    """`--encoder` scores the encoder the project's `train --encoder` wrote, not the one installed with the package."""
    class Reached(Exception):
        pass

    def evaluate_encoder(train, test=None, *, models_dir=None, **options):
        raise Reached(models_dir)

    encoder_eval = types.ModuleType("nlp.classify.encoder_eval")
    encoder_eval.evaluate_encoder = evaluate_encoder
    monkeypatch.setitem(sys.modules, "nlp.classify.encoder_eval", encoder_eval)
    import_releases(write_exchange(dataset[:6], tmp_path / "train"), tmp_path / "corpus", tmp_path / "annotations")
    result = runner.invoke(app, ["evaluate", "--project", str(tmp_path), "--encoder", "--no-learning-curve",
                                 "--output", str(tmp_path / "eval")])
    assert isinstance(result.exception, Reached)
    assert Path(result.exception.args[0]) == tmp_path.resolve() / "models"


def test_summary_facts_table_shows_the_shipped_modes_on_the_held_out_sets(monkeypatch):
    from nlp.cli.evaluate import result_tables
    from rich.console import Console

    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rules = {"accuracy": 0.5, "n": 2, "correct": 1, "wrong_nonnull": 1, "null": 0}
    shipped = {"accuracy": 1.0, "n": 2, "correct": 2, "wrong_nonnull": 0, "null": 0}
    fixture["entities"]["test"] = {**fixture["entities"]["grouped_cv"], "facts": {"service": rules}}
    block = {"facts": {"service": rules}, "fact_errors": []}
    fixture["facts"] = {"grouped_cv": {"rules": block, "hybrid": block, "classifier": block}, "modes": {},
                        "set": {"rules": block, "shipped": {"facts": {"service": shipped}, "fact_errors": []}}}
    console = Console(width=300, record=True)
    for table in result_tables(fixture):
        if str(table.title).startswith("Summary facts"):
            console.print(table)
    text = console.export_text()
    header = next(line for line in text.splitlines() if line.strip("┃ ").startswith("fact"))
    assert header.rstrip(" ┃").endswith("held-out") and "with the shipped modes" in " ".join(text.split())
    row = next(line for line in text.splitlines() if line.strip("│ ").startswith("service"))
    assert row.rstrip(" │").endswith("1.000 (2/2)")  # the shipped modes' figure, not the rules' 1/2
