"""Agreement figures against hand computations, and the review step that writes adjudicated gold."""

from __future__ import annotations

import io
import json
import math

import pytest
from rich.console import Console

from nlp.agreement import (agreement, cohen_kappa, disagreements, krippendorff_alpha, plan_review, read_votes,
                           votes_by_annotator)
from nlp.annotate import KeyReader, annotate_sentences
from nlp.annotations import load_dataset

from .annotation_workspace import make_workspace

S, W, R, N = "STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL"
# Ten sentences, two annotators; they agree on 7 (items 0, 1, 3, 4, 5, 6, 8).
A = [S, S, S, W, W, N, N, N, R, R]
B = [S, S, W, W, W, N, N, R, R, N]


def votes(**annotators):
    return {name: {("rel", i, i + 1): label for i, label in enumerate(labels) if label}
            for name, labels in annotators.items()}


def test_cohen_kappa_matches_hand_computation():
    # p_o = 7/10. Marginals A: S3 W2 N3 R2, B: S2 W3 N3 R2, so p_e = (3*2 + 2*3 + 3*3 + 2*2) / 100 = 0.25.
    # kappa = (0.70 - 0.25) / (1 - 0.25) = 0.6
    v = votes(a=A, b=B)
    assert cohen_kappa(v["a"], v["b"]) == pytest.approx(0.6)


def test_krippendorff_alpha_two_annotators_matches_hand_computation():
    # Coincidences: o_SS = o_WW = o_NN = 4, o_RR = 2; o_SW = o_WS = 1; o_NR = o_RN = 2.
    # n_S = 5, n_W = 5, n_N = 6, n_R = 4, n = 20; sum of n_c n_k over c != k = 400 - 102 = 298.
    # alpha = 1 - (n - 1) * 6 / 298 = 1 - 114 / 298
    assert krippendorff_alpha(votes(a=A, b=B)) == pytest.approx(1 - 114 / 298)


def test_krippendorff_alpha_reproduces_krippendorffs_published_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: 4 observers,
    # 12 units, missing values; alpha = 0.743.
    table = {"A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
             "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
             "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
             "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]}
    v = {name: {u: str(x) for u, x in enumerate(row) if x is not None} for name, row in table.items()}
    assert krippendorff_alpha(v) == pytest.approx(0.743, abs=5e-4)


def test_perfect_and_degenerate_agreement():
    v = votes(a=[S, W, N], b=[S, W, N])
    assert cohen_kappa(v["a"], v["b"]) == 1 and krippendorff_alpha(v) == 1
    same = votes(a=[N, N], b=[N, N])
    assert math.isnan(cohen_kappa(same["a"], same["b"]))


def test_report_has_confusion_and_per_label_agreement():
    report = agreement(votes(a=A, b=B))
    assert report["annotators"] == ["a", "b"] and report["units"] == 10
    assert report["observed"] == pytest.approx(0.7) and report["kappa"] == pytest.approx(0.6)
    confusion = report["confusion"]
    assert confusion["labels"] == [S, W, R, N]
    # rows a, columns b
    assert confusion["matrix"] == [[2, 1, 0, 0], [0, 2, 0, 0], [0, 0, 1, 1], [0, 0, 1, 2]]
    # specific agreement for STRENGTH: o_SS / n_S = 4 / 5
    assert report["per_label"][S]["agreement"] == pytest.approx(0.8)
    assert report["per_label"][R]["agreement"] == pytest.approx(0.5)


def test_three_annotators_get_alpha_and_pairwise_kappa():
    report = agreement(votes(a=A, b=B, c=A))
    assert report["kappa"] is None and "confusion" not in report
    assert report["pairwise_kappa"]["a / c"] == 1
    assert report["pairwise_kappa"]["a / b"] == pytest.approx(0.6)
    assert 0.6 < report["alpha"] < 1


def test_agreement_needs_two_annotators():
    from nlp.errors import AnnotationFormatError

    with pytest.raises(AnnotationFormatError, match="two annotators"):
        agreement(votes(a=A))


def _lines(annotator, labels, release="rel"):
    return [{"release": release, "start": i, "end": i + 1, "text": "x", "label": label, "annotator": annotator,
             "time": "t"} for i, label in enumerate(labels)]


def test_files_with_the_same_annotator_name_count_as_two(tmp_path):
    for name, labels in (("first.jsonl", A), ("second.jsonl", B)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in _lines("gold", labels)))
    v = read_votes([tmp_path / "first.jsonl", tmp_path / "second.jsonl"])
    assert sorted(v) == ["first.jsonl:gold", "second.jsonl:gold"]
    assert agreement(v)["kappa"] == pytest.approx(0.6)


def test_undone_and_adjudicated_lines_are_not_votes():
    rows = _lines("a", [S, S]) + [{"type": "undo", "release": "rel", "start": 1, "end": 2, "annotator": "a"}]
    rows += [{"release": "rel", "start": 0, "end": 1, "label": W, "annotator": "boss", "adjudicated": True}]
    assert votes_by_annotator(rows) == {"a": {("rel", 0, 1): S}}


def test_disagreements_skip_adjudicated_units():
    rows = _lines("a", A) + _lines("b", B)
    assert [unit[1] for unit, _ in disagreements(rows)] == [2, 7, 9]
    rows.append({"release": "rel", "start": 7, "end": 8, "label": N, "annotator": "boss", "adjudicated": True})
    assert [unit[1] for unit, _ in disagreements(rows)] == [2, 9]


def test_review_writes_adjudicated_gold_that_load_dataset_prefers(tmp_path):
    ws = make_workspace(tmp_path, releases=("westminster-yjs-2024",))
    gold = load_dataset(ws.corpus, ws.annotations)[0]
    (s0, e0, l0), (s1, e1, l1) = gold.sentences[2], gold.sentences[3]
    text = gold.text
    second = [{"release": gold.id, "start": s, "end": e, "text": text[s:e], "label": label, "annotator": "lee",
               "time": "t"} for s, e, label in ((s0, e0, W if l0 != W else S), (s1, e1, l1))]
    with open(ws.annotations / "sentences.jsonl", "a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in second)
    items, progress = plan_review(ws.corpus, ws.annotations)
    assert [(it.start, it.end) for it in items] == [(s0, e0)]
    assert items[0].votes == {"gold": l0, "lee": second[0]["label"]}
    result = annotate_sentences(items, progress, "boss", KeyReader(io.StringIO("r\n")), ws.annotations,
                                Console(file=io.StringIO()), adjudicate=True)
    assert result.written == 1
    last = json.loads((ws.annotations / "sentences.jsonl").read_text().splitlines()[-1])
    assert last["adjudicated"] is True and last["label"] == R and last["annotator"] == "boss"
    assert last["votes"] == {"gold": l0, "lee": second[0]["label"]}
    after = load_dataset(ws.corpus, ws.annotations)[0]
    assert (s0, e0, R) in after.sentences
    assert plan_review(ws.corpus, ws.annotations)[0] == []


def test_review_of_separate_files_writes_to_the_annotations_directory(tmp_path):
    ws = make_workspace(tmp_path, releases=("westminster-yjs-2024",))
    gold = load_dataset(ws.corpus, ws.annotations)[0]
    picked = gold.sentences[:3]
    files = []
    for name, flip in (("kim", False), ("lee", True)):
        path = tmp_path / f"{name}.jsonl"
        rows = [{"release": gold.id, "start": s, "end": e, "label": (S if label != S else W) if flip and i == 1 else label,
                 "annotator": name} for i, (s, e, label) in enumerate(picked)]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        files.append(path)
    items, _ = plan_review(ws.corpus, ws.annotations, files)
    assert [(it.start, it.end) for it in items] == [picked[1][:2]]
    annotate_sentences(items, {"total": 1, "done": 0, "labels": {}}, "boss", KeyReader(io.StringIO("n\n")),
                       ws.annotations, Console(file=io.StringIO()), adjudicate=True)
    assert plan_review(ws.corpus, ws.annotations, files)[0] == []
    assert (picked[1][0], picked[1][1], N) in load_dataset(ws.corpus, ws.annotations)[0].sentences
