"""The vocabulary-disjoint challenge set: its checker runs in the repo, its loader, its scoring; bootstrap
intervals; the weight rule of the encoder mix."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from nlp.classify.evaluation import (CHALLENGE_VOCAB, LABELS, bootstrap_macro_f1, challenge_items, in_context,
                                     load_challenge_vocab)
from nlp.errors import AnnotationFormatError


def test_checker_passes_on_the_repo_training_text():
    proc = subprocess.run([sys.executable, str(CHALLENGE_VOCAB / "check.py")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert "161 sentences" in proc.stdout and "24 of our own" in proc.stdout
    assert "against 144 training texts" in proc.stdout


def test_checker_rejects_a_cue_word_from_the_training_text(tmp_path):
    copy = tmp_path / "annotations" / "challenge-vocab"
    copy.mkdir(parents=True)
    for name in ("check.py", "sentences.jsonl"):
        (copy / name).write_bytes((CHALLENGE_VOCAB / name).read_bytes())
    (tmp_path / "corpus" / "releases").mkdir(parents=True)
    (tmp_path / "corpus" / "releases" / "a.txt").write_text("Staff were nimble and meticulous.", encoding="utf-8")
    (copy / "own.jsonl").write_text(json.dumps({"id": "cv-599", "text": "Staff were nimble.", "label": "STRENGTH",
                                                "cue": ["nimble"], "context": ""}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(copy / "check.py")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "cv-599: cue word 'nimble'" in proc.stdout


def test_loader_reads_both_files_and_refuses_a_bad_label(tmp_path):
    cases = load_challenge_vocab()
    assert len(cases) == 185 and {c["source"] for c in cases} == {"sentences.jsonl", "own.jsonl"}
    assert {c["label"] for c in cases} == set(LABELS)
    (tmp_path / "sentences.jsonl").write_text('{"id": "cv-001", "text": "x", "label": "PRAISE", "context": ""}\n')
    with pytest.raises(AnnotationFormatError, match="sentences.jsonl:1"):
        load_challenge_vocab(tmp_path)


def test_context_comes_before_the_sentence():
    items, index = in_context("Its reviews were perfunctory.", "Inspectors looked at learning.")
    assert items[index]["text"] == "Its reviews were perfunctory." and items[index]["prev"] == "Inspectors looked at learning."
    alone = challenge_items([{"text": "Its reviews were perfunctory.", "context": "Inspectors looked."}], False)[0]
    assert alone["prev"] != "Inspectors looked."


def test_bootstrap_interval_brackets_the_score_and_widens_when_errors_cluster_in_releases():
    rng = np.random.default_rng(3)
    gold = rng.choice(LABELS, 400)
    # the mistakes sit in the first two of eight "releases": resampling releases must see that
    pred = np.where((np.arange(400) < 100) & (rng.random(400) < 0.6), rng.choice(LABELS, 400), gold)
    from sklearn.metrics import f1_score

    score = f1_score(gold, pred, labels=LABELS, average="macro")
    many = bootstrap_macro_f1(gold, pred, np.arange(400))
    few = bootstrap_macro_f1(gold, pred, np.arange(400) // 50)
    assert many[0] < score < many[1] and few[0] < score < few[1]
    assert few[1] - few[0] > many[1] - many[0]
    assert bootstrap_macro_f1(gold, pred, np.arange(400)) == many  # seeded


def test_weight_rule_respects_the_guards():
    from nlp.classify.encoder_eval import choose_weight, default_decision

    table = {
        "grouped_cv": {"0.0": 0.95, "0.5": 0.95, "1.0": 0.93},
        "shift:tidy_to_real_voice": {"0.0": 0.92, "0.5": 0.915, "1.0": 0.88},
        "test": {"0.0": 0.95, "0.5": 0.955, "1.0": 0.94},
        "challenge_vocab": {"0.0": 0.44, "0.5": 0.67, "1.0": 0.71},
        "challenge_vocab_context": {"0.0": 0.46, "0.5": 0.68, "1.0": 0.72},
    }
    choice = choose_weight(table)
    assert choice["weight"] == 0.5  # 1.0 is better on the challenge set but loses 4 points on the shift split
    assert choice["allowed"] == ["0.0", "0.5"]
    assert default_decision(table, 0.5)["default"] is True
    table["test"]["0.5"] = 0.93
    assert default_decision(table, 0.5)["default"] is False


def test_challenge_means_within_half_a_point_are_ties_won_by_the_weight_nearest_a_half():
    from nlp.classify.encoder_eval import choose_weight

    table = {"grouped_cv": {"0.0": 0.95, "0.6": 0.96, "0.9": 0.955},
             "challenge_vocab": {"0.0": 0.50, "0.6": 0.847, "0.9": 0.848},
             "challenge_vocab_context": {"0.0": 0.52, "0.6": 0.848, "0.9": 0.848}}
    assert choose_weight(table)["weight"] == 0.6  # 0.0005 better at 0.9: noise
    table["challenge_vocab"]["0.9"] = 0.87
    assert choose_weight(table)["weight"] == 0.9  # a gain beyond the tie



def test_decontaminate_drops_sentences_with_a_cue_word_or_its_inflection():
    from nlp.annotations import AnnotatedRelease
    from nlp.classify.served import decontaminate

    sentences = ["Staff were meticulous.", "Young people were thriving in the scheme.", "Far from the town, plans were late.",
                 "Reviews were done meticulously.", "Reviews were done on time."]
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence, label in zip(sentences, ["STRENGTH", "STRENGTH", "WEAKNESS", "STRENGTH", "NEUTRAL"]):
        start = text.index(sentence, start)
        spans.append((start, start + len(sentence), label))
    releases = [AnnotatedRelease("a", text, sentences=spans),
                AnnotatedRelease("b", "Staff were meticulous.", sentences=[(0, 22, "STRENGTH")])]
    # "from" is a function word of the cue phrase and bans nothing; "thrive" bans "thriving", "meticulous" bans
    # "meticulously"; a release left with no sentence goes
    kept, dropped = decontaminate(releases, [{"cue": ["far from meticulous"]}, {"cue": ["thrive"]}, {"cue": []}])
    assert dropped == 5
    assert [r.id for r in kept] == ["a"] and [text[s:e] for s, e, _ in kept[0].sentences] == [sentences[4]]
    kept, dropped = decontaminate(releases, [{"cue": ["meticulousness"]}])
    assert dropped == 0 and kept[0].sentences == spans  # a longer word is not stripped to the cue's stem


def test_served_training_releases_leave_out_a_set_under_test(tmp_path):
    from nlp.classify.served import served_training_releases

    for name, body in (("set-a", "Staff were meticulous. Plans were late."), ("set-b", "Reviews were done on time.")):
        (tmp_path / name).mkdir()
        ends = [i + 1 for i, ch in enumerate(body) if ch == "."]
        starts = [0] + [end + 1 for end in ends[:-1]]
        doc = {"id": name, "text": body, "meta": {}, "entities": [],
               "sentences": [{"start": s, "end": e, "label": "NEUTRAL"} for s, e in zip(starts, ends)]}
        (tmp_path / name / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "served.json").write_text(json.dumps({"sets": ["set-a", "set-b"]}), encoding="utf-8")
    cases = [{"cue": ["meticulously"]}]
    releases, dropped = served_training_releases(annotations_dir=tmp_path, cases=cases)
    assert dropped == 1 and [(r.id, len(r.sentences)) for r in releases] == [("set-a", 1), ("set-b", 1)]
    releases, dropped = served_training_releases(leave_out={"set-b"}, annotations_dir=tmp_path, cases=cases)
    assert [r.id for r in releases] == ["set-a"] and dropped == 1


def test_the_encoder_learns_from_the_releases_and_the_served_sentences_free_of_challenge_words():
    from nlp.annotations import AnnotatedRelease
    from nlp.classify.model import release_items
    from nlp.train import encoder_training_data

    own = [AnnotatedRelease("own", "Plans were late. Staff were kind.", sentences=[(0, 16, "WEAKNESS"),
                                                                                    (17, 33, "STRENGTH")])]
    served = [AnnotatedRelease("served", "Staff were nimble. Reviews were done on time.",
                               sentences=[(0, 18, "STRENGTH"), (19, 45, "NEUTRAL")])]
    items, _, _ = release_items(own)
    texts_labels = lambda data: [(item["raw"], label) for item, label in zip(data[0], data[1])]  # noqa: E731
    data = encoder_training_data(own, items, served, cases=[{"cue": ["nimble"]}])
    assert texts_labels(data) == [("Plans were late.", "WEAKNESS"), ("Staff were kind.", "STRENGTH"),
                                  ("Reviews were done on time.", "NEUTRAL")]
    assert {k: v for k, v in data[2].items() if k != "data_hash"} == {"releases": 1, "sentences": 1,
                                                                      "dropped_for_challenge_words": 1,
                                                                      "left_out_for_time": 0}
    assert encoder_training_data(own, items, [])[:2] == (items, ["WEAKNESS", "STRENGTH"])


def test_past_the_time_limit_the_encoder_takes_a_stable_sample_of_whole_served_releases():
    from nlp.annotations import AnnotatedRelease
    from nlp.classify.model import release_items
    from nlp.classify.served import capped
    from nlp.train import encoder_training_data

    text = "Plans were late. Staff were kind. Reviews were on time."
    spans = [(0, 16, "WEAKNESS"), (17, 33, "STRENGTH"), (34, 55, "NEUTRAL")]
    served = [AnnotatedRelease(f"set-{i}", text, sentences=spans[: 1 + i % 3]) for i in range(12)]
    ids = [r.id for r in served]
    items, _, _ = release_items(served[:1])
    whole = encoder_training_data(served[:1], items, served, cases=[])
    assert whole[2]["sentences"] == 24 and whole[2]["left_out_for_time"] == 0
    data = encoder_training_data(served[:1], items, served, cases=[], limit=10)
    assert 8 <= data[2]["sentences"] <= 10 and data[2]["left_out_for_time"] > 0
    assert len(data[0]) == len(data[1]) == 1 + data[2]["sentences"]
    # the sample depends on the releases, not on the order the sets are listed in, and keeps that order
    kept = [r.id for r in capped(served, 10)]
    assert sorted(r.id for r in capped(served[::-1], 10)) == sorted(kept) and kept == sorted(kept, key=ids.index)
    assert len(kept) == data[2]["releases"] == 12 - data[2]["left_out_for_time"]
