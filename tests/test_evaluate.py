"""Evaluation files from a result of the contract's shape, and one real run on a small slice of the corpus."""

import copy
import json
from pathlib import Path

import pytest

from nlp.evaluation.markdown import render_report
from nlp.evaluation.results import ERRORS_NAME, METRICS_NAME, REPORT_NAME, collect_errors, iter_settings, metrics_only
from nlp.evaluation.run import describe_data, quick_subset, run_evaluation, write_outputs

FIXTURE = Path(__file__).parent / "data" / "evaluation-result.json"


@pytest.fixture()
def result() -> dict:
    """A full evaluation result in the shape of the shared contracts, with distinctive numbers."""
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_write_outputs_writes_every_file(result, tmp_path):
    paths = write_outputs(result, tmp_path / "eval")
    assert {"metrics", "report", "errors", "confusion", "per_label_f1", "learning_curve", "reliability"} == set(paths)
    for path in paths.values():
        assert path.is_file() and path.stat().st_size > 0
    assert {p.name for p in (tmp_path / "eval").iterdir()} == {
        METRICS_NAME, REPORT_NAME, ERRORS_NAME, "confusion.png", "per-label-f1.png", "learning-curve.png",
        "reliability.png"}


def test_metrics_json_keeps_figures_and_counts_errors(result, tmp_path):
    write_outputs(result, tmp_path)
    metrics = json.loads((tmp_path / METRICS_NAME).read_text(encoding="utf-8"))
    cv = metrics["classifier"]["grouped_cv"]
    assert cv["macro_f1"] == 0.9137
    assert cv["confusion"]["matrix"][0] == [201, 9, 2, 12]
    assert "errors" not in cv and cv["n_errors"] == 2
    assert metrics["classifier"]["shift"]["tidy_to_real_voice"]["n_errors"] == 1
    assert metrics["entities"]["grouped_cv"]["micro"]["f1"] == 0.9489
    assert metrics["comparison"][0]["model"] == "tfidf-logreg"
    assert "errors" not in json.dumps(metrics).replace("n_errors", "")


def test_errors_jsonl_has_every_wrong_sentence_and_entity(result, tmp_path):
    write_outputs(result, tmp_path)
    rows = [json.loads(line) for line in (tmp_path / ERRORS_NAME).read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert [(r["task"], r["setting"]) for r in rows] == [
        ("sentence", "grouped_cv"), ("sentence", "grouped_cv"), ("sentence", "shift:tidy_to_real_voice"),
        ("entity", "grouped_cv"), ("entity", "shift:tidy_to_real_voice")]
    first = rows[0]
    assert first == {"task": "sentence", "setting": "grouped_cv", "release": "barnet-yos-2019", "start": 120,
                     "end": 180, "text": "Although the panel worked well, checks were not always made.",
                     "gold": "WEAKNESS", "predicted": "STRENGTH", "score": 0.8123}
    missed, spurious = rows[3], rows[4]
    assert (missed["gold"], missed["predicted"], missed["score"]) == ("SERVICE", None, None)
    assert (spurious["gold"], spurious["predicted"]) == (None, "SERVICE")


def test_report_contains_the_numbers(result):
    report = render_report(result, {"confusion": "confusion.png", "learning_curve": "learning-curve.png"})
    # Summary with baselines beside the model, each setting.
    assert "| grouped CV | **0.914** | – | 0.929 | 0.187 | 0.481 | 0.031 |" in report  # no interval in the fixture
    assert "| shift: tidy → real-voice | **0.871** | – | 0.884 |" in report
    assert "| shift: real-voice → tidy | **0.892** |" in report
    # Per-label P/R/F1/support and the confusion matrix with counts and row totals.
    assert "| STRENGTH | 0.926 | 0.897 | 0.912 | 224 |" in report
    assert "| STRENGTH | **201** | 9 | 2 | 12 | 224 |" in report
    assert "| WEAKNESS | 12 | **170** | 8 | 20 | 210 |" in report
    # Calibration, learning curve, comparison, entities and facts.
    assert "expected calibration error **0.031**" in report
    assert "| 0.9–1.0 | 600 | 0.950 | 0.920 |" in report
    assert "| 14 | 0.741 | 0.041 |" in report
    assert "| tfidf-logreg | 0.889 | 0.851 |" in report and "| **default** | 0.914 | 0.871 |" in report
    assert "| grouped CV | 0.958 | 0.940 | **0.949** | 1170 |" in report
    assert "| SERVICE | 0.901 | 0.868 | 0.884 | 310 |" in report
    assert "| service | 0.861 | 144 | 124 | 15 | 5 |" in report
    # The most confident mistake, and the plots linked.
    assert "| barnet-yos-2019 | WEAKNESS | STRENGTH | 0.812 | Although the panel worked well" in report
    assert "![Confusion matrices](confusion.png)" in report and "![Learning curve](learning-curve.png)" in report
    assert "held-out test" not in report


def test_report_says_when_errors_were_cut(result):
    cv = result["classifier"]["grouped_cv"]
    wrong = sum(map(sum, cv["confusion"]["matrix"])) - sum(row[i] for i, row in enumerate(cv["confusion"]["matrix"]))
    report = render_report(result)
    assert f"lists 2 of the {wrong} wrong sentences" in report


def test_report_with_a_held_out_test_set(result):
    result["classifier"]["test"] = copy.deepcopy(result["classifier"]["grouped_cv"])
    result["classifier"]["test"]["macro_f1"] = 0.7777
    result["data"]["test"] = {"releases": 10, "sentences": 250, "entities": 80, "hash": "feedbeef" * 8}
    report = render_report(result)
    assert "| held-out test | **0.778** |" in report
    assert "Held-out test set: 10 releases, 250 sentences" in report
    assert [key for key, _, _ in iter_settings(result["classifier"])][-1] == "test"


def test_report_of_a_partial_result():
    block = {"labels": ["A", "B"], "per_label": {"A": {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2},
                                                 "B": {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "support": 1}},
             "macro_f1": 0.6667, "accuracy": 0.6667}
    report = render_report({"classifier": {"grouped_cv": block}})
    assert "| A | 1.000 | 0.500 | 0.667 | 2 |" in report
    assert "## Entities" not in report and "Learning curve" not in report


def test_metrics_only_and_collect_errors_agree(result):
    stripped = metrics_only(result)
    counted = 0

    def walk(node):
        nonlocal counted
        if isinstance(node, dict):
            counted += node.get("n_errors", 0)
            for value in node.values():
                walk(value)
    walk(stripped)
    assert counted == len(collect_errors(result)) == 5
    assert result["classifier"]["grouped_cv"]["errors"], "the input is left untouched"


def test_quick_subset_is_balanced_and_deterministic(dataset):
    subset = quick_subset(dataset, n=12, seed=0)
    assert len(subset) == 12
    assert sum(r.style == "real-voice" for r in subset) == 6
    assert [r.id for r in subset] == [r.id for r in quick_subset(dataset, n=12, seed=0)]
    assert [r.id for r in subset] != [r.id for r in quick_subset(dataset, n=12, seed=1)]


def test_describe_data_counts_the_real_corpus(dataset):
    data = describe_data(dataset[:5], dataset[5:7])
    assert data["releases"] == 5
    assert data["sentences"] == sum(len(r.sentences) for r in dataset[:5])
    assert sum(data["labels"].values()) == data["sentences"]
    assert data["test"]["releases"] == 2 and len(data["hash"]) == 64


@pytest.mark.slow
def test_run_evaluation_on_a_real_slice(dataset, tmp_path):
    train = quick_subset(dataset, n=12, seed=0)
    test = [r for r in dataset if r.id not in {t.id for t in train}][:2]
    lines = []
    result = run_evaluation(train, test, tmp_path, n_splits=3, seed=0, learning_curve=False, progress=lines.append)
    assert lines and set(result) == {"data", "settings", "classifier", "encoder", "entities", "facts", "comparison"}
    assert result["encoder"] is None  # only with encoder=True
    # facts, rules against the role model: grouped CV and the test set, every mode scored on the same releases
    facts = result["facts"]
    assert set(facts["modes"].values()) <= {"rules", "hybrid"}
    assert set(facts["test"]) == {"rules", "hybrid", "classifier", "shipped"}
    assert all(block["facts"]["service"]["n"] == len(train) for block in facts["grouped_cv"].values())
    assert "## Facts: rules against the role model" in (tmp_path / "report.md").read_text(encoding="utf-8")

    sentences = sum(len(r.sentences) for r in train)
    cv = result["classifier"]["grouped_cv"]
    matrix = cv["confusion"]["matrix"]
    # Out-of-fold predictions: every training sentence is predicted exactly once.
    assert sum(map(sum, matrix)) == sentences
    wrong = sentences - sum(row[i] for i, row in enumerate(matrix))
    assert len(cv["errors"]) == min(wrong, len(cv["errors"])) and (wrong == 0 or cv["errors"])
    assert 0 <= cv["macro_f1"] <= 1 and 0 <= cv["reliability"]["ece"] <= 1
    assert sum(map(sum, result["classifier"]["test"]["confusion"]["matrix"])) == sum(len(r.sentences) for r in test)
    assert set(result["classifier"]["shift"]) == {"tidy_to_real_voice", "real_voice_to_tidy"}
    assert set(result["entities"]["grouped_cv"]["micro"]) >= {"precision", "recall", "f1", "support"}
    assert "test" in result["entities"]

    rows = [json.loads(line) for line in (tmp_path / ERRORS_NAME).read_text(encoding="utf-8").splitlines()]
    assert sum(r["task"] == "sentence" and r["setting"] == "grouped_cv" for r in rows) == len(cv["errors"])
    assert all(r["text"] for r in rows if r["task"] == "sentence")
    report = (tmp_path / REPORT_NAME).read_text(encoding="utf-8")
    assert f"**{cv['macro_f1']:.3f}**" in report and "held-out test" in report
    for name in ("confusion.png", "per-label-f1.png", "reliability.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_comparison_shows_calibration_when_the_rows_have_it(result):
    for row, ece in zip(result["comparison"], (0.051, 0.023)):
        row["ece"] = ece
    report = render_report(result)
    assert "| ECE | fit seconds |" in report
    assert "| **default** | 0.914 | 0.871 | 0.910 | 0.900 | 0.930 | 0.950 | 0.023 | 8.7 |" in report


def test_wrong_facts_are_rows_of_errors_jsonl_and_counted_in_metrics(tmp_path):
    fact_error = {"release": "leeds-yjs-2020", "field": "fieldwork", "gold": "2020-02", "predicted": None}
    result = {"entities": {"grouped_cv": {"micro": {"f1": 1.0}, "errors": [], "fact_errors": [fact_error]}}}
    rows = collect_errors(result)
    assert rows == [{"task": "fact", "setting": "grouped_cv", "mode": "rules", **fact_error}]
    stripped = metrics_only(result)["entities"]["grouped_cv"]
    assert stripped["n_fact_errors"] == 1 and "fact_errors" not in stripped


def _with_held_out_facts(result: dict) -> dict:
    """The fixture with a held-out entity block (facts by the rules alone, 3 of 4 services right) and a facts
    comparison whose shipped modes got all four on two sets (3 + 1)."""
    rules = {"accuracy": 0.75, "n": 4, "correct": 3, "wrong_nonnull": 0, "null": 1}
    result["entities"]["test"] = {**copy.deepcopy(result["entities"]["grouped_cv"]), "facts": {"service": rules}}
    one = {"accuracy": 1.0, "n": 3, "correct": 3, "wrong_nonnull": 0, "null": 0}
    two = {"accuracy": 1.0, "n": 1, "correct": 1, "wrong_nonnull": 0, "null": 0}
    block = {"facts": {"service": rules}, "fact_errors": []}
    result["facts"] = {"grouped_cv": {"rules": block, "hybrid": block, "classifier": block}, "modes": {"service": "hybrid"},
                       "one": {"rules": block, "shipped": {"facts": {"service": one}, "fact_errors": []}},
                       "two": {"rules": block, "shipped": {"facts": {"service": two}, "fact_errors": []}}}
    return result


def test_summary_facts_of_the_held_out_test_are_the_shipped_modes(result):
    report = render_report(_with_held_out_facts(result))
    held_out = report.split("### held-out test", 1)[1]
    assert "Summary facts with the shipped modes" in held_out
    assert "| service | 1.000 | 4 | 4 | 0 | 0 |" in held_out  # the two sets pooled, not the rules' 3 of 4
    assert "Summary facts by the rules alone" in report.split("### held-out test", 1)[0]
