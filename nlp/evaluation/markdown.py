"""The evaluation as Markdown (report.md): every figure of a result as a table, the plots linked by file
name. `_fmt` is the one number format, shared with the terminal tables of `nlp/cli/evaluate.py`.
"""

from __future__ import annotations

from ..vocab import SENTENCE_LABELS
from ..types import EvaluationResult
from .results import ERRORS_NAME, METRICS_NAME, fact_blocks, iter_settings, iter_settings_keyed, shipped_test_facts


def render_report(result: EvaluationResult, plots: dict[str, str] | None = None) -> str:
    """The evaluation as Markdown: every figure as a table, plots linked by file name.

    >>> render_report({"data": {"releases": 0, "sentences": 0}}).startswith("# Evaluation report")
    True
    """
    plots = plots or {}
    data = result.get("data", {})
    settings = result.get("settings", {})
    out = ["# Evaluation report", ""]
    out.append(f"Trained and evaluated on {data.get('releases', '?')} releases, {data.get('sentences', '?')} "
               f"sentences and {data.get('entities', '?')} entities"
               + (f" (styles: {_counts(data['styles'])})" if data.get("styles") else "")
               + (f"; data hash `{data['hash'][:12]}`" if data.get("hash") else "") + ".")
    if data.get("left_out_of_training"):
        out.append(f"Left out of training because they are in the test set: "
                   f"{', '.join(data['left_out_of_training'])}.")
    if data.get("test"):
        test = data["test"]
        out.append(f"Held-out test set: {test['releases']} releases, {test['sentences']} sentences, "
                   f"{test.get('entities', '?')} entities (hash `{str(test.get('hash', ''))[:12]}`); "
                   "nothing was trained on it.")
    if settings:
        out.append(f"Folds grouped by release: {settings.get('n_splits')}; seed {settings.get('seed')}. "
                   "Shift: train on one style, test on the other (the best proxy for unseen real text).")
    out.append("")

    classifier = result.get("classifier")
    if classifier:
        out += ["## Sentence classifier", ""]
        out += _classifier_summary(classifier)
        out += _f1_across_settings(classifier)
        if "per_label_f1" in plots:
            out += [f"![Per-label F1]({plots['per_label_f1']})", ""]
        for key, name, block in iter_settings(classifier):
            out += [f"### {name}", ""]
            out += _per_label_table(block, with_baselines=True)
            out += [f"Macro-F1 **{_fmt(block.get('macro_f1'))}** (95% CI {_ci(block)}), "
                    f"accuracy **{_fmt(block.get('accuracy'))}**."
                    + _errors_note(block), ""]
            out += _confusion_table(block.get("confusion"))
            out += _reliability_table(block.get("reliability"))
        if "confusion" in plots:
            out += [f"![Confusion matrices]({plots['confusion']})", ""]
        if "reliability" in plots:
            out += [f"![Reliability diagram]({plots['reliability']})", ""]
        curve = classifier.get("learning_curve")
        if curve and curve.get("n_releases"):
            out += ["### Learning curve", "",
                    "Macro-F1 in grouped CV against the number of training releases: if it still climbs at the "
                    "right, more annotation pays.", "",
                    "| training releases | macro-F1 | std |", "| ---: | ---: | ---: |"]
            stds = curve.get("std") or [None] * len(curve["n_releases"])
            for n, f1, std in zip(curve["n_releases"], curve["macro_f1"], stds):
                out.append(f"| {n} | {_fmt(f1)} | {_fmt(std)} |")
            out.append("")
            if "learning_curve" in plots:
                out += [f"![Learning curve]({plots['learning_curve']})", ""]
        out += _worst_errors(classifier.get("grouped_cv"))

    encoder = result.get("encoder")
    if encoder:
        out += _encoder_section(encoder)

    if result.get("comparison"):
        out += ["## Model comparison", "", *_comparison_table(result["comparison"] or [])]

    entities = result.get("entities")
    if entities:
        out += ["## Entities", "", "| setting | precision | recall | micro-F1 | support |",
                "| --- | ---: | ---: | ---: | ---: |"]
        for _, name, block in iter_settings(entities):
            micro = block.get("micro", {})
            out.append(f"| {name} | {_fmt(micro.get('precision'))} | {_fmt(micro.get('recall'))} | "
                       f"**{_fmt(micro.get('f1'))}** | {micro.get('support', '')} |")
        out.append("")
        out += _f1_across_settings(entities)
        shipped = shipped_test_facts(result)
        for key, name, block in iter_settings(entities):
            out += [f"### {name}", ""]
            out += _per_label_table(block)
            if key == "test" and shipped:
                out += _facts_table(shipped, "Summary facts with the shipped modes against the gold facts, per "
                                             "release, the held-out sets pooled:")
            else:
                out += _facts_table(block.get("facts"))
    fact_modes = result.get("facts")
    if fact_modes:
        out += ["## Facts: rules against the role model", "",
                "Per release, correct / releases, for the rules alone, the rules with the role model (hybrid), "
                "the role model alone, and the modes chosen by grouped CV (shipped): "
                + ", ".join(f"{slot} {mode}" for slot, mode in fact_modes["modes"].items()) + ".", ""]
        out += _fact_modes_table(fact_modes)
    out += ["## Files", "",
            f"- `{METRICS_NAME}`: every figure above; `{ERRORS_NAME}`: every wrong sentence and entity "
            "(task, setting, release, offsets, text, gold, predicted, score) and every wrong fact (task, setting, "
            "mode, release, field, gold, predicted).", ""]
    return "\n".join(out).rstrip() + "\n"


def _ci(block: dict) -> str:
    """The 95% bootstrap interval of a block's macro-F1, as text ("–" when there is none)."""
    ci = block.get("macro_f1_ci")
    return f"{ci[0]:.3f}–{ci[1]:.3f}" if ci else "–"


def _encoder_section(section: dict) -> list[str]:
    """The encoder alone and mixed with the linear model in each setting, and the weight sweep."""
    weights = section.get("weights") or {}
    w = f"{section.get('weight', 0):.1f}"
    out = ["## Encoder (fine-tuned MiniLM-L6) and the mix", "",
           f"The encoder fine-tuned on the training releases of each setting ("
           + (f"{section.get('folds')} grouped folds of {section.get('cv_epochs')} epoch(s), "
              if section.get("folds") else "no grouped folds, ")
           + f"the shift split, all releases for the rest: the shipped encoder "
           f"when it was trained on them), softmax temperature {section.get('temperature')} fitted on the shift "
           f"split's logits; the mix gives the encoder weight {w}. The linear column is the "
           "linear model in the same folds (weight 0). 95% intervals resample releases (sentences for the "
           "hard cases and the challenge set).", "",
           f"| setting | linear | encoder | mix ({w}) | mix 95% CI | mix ECE |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    encoder, mixed = section.get("encoder") or {}, section.get("mixed") or {}
    for key, name, block in iter_settings(mixed):
        table_key = key
        enc = dict(iter_settings_keyed(encoder)).get(key) or {}
        out.append(f"| {name} | {_fmt((weights.get(table_key) or {}).get('0.0'))} | {_fmt(enc.get('macro_f1'))} | "
                   f"**{_fmt(block.get('macro_f1'))}** | {_ci(block)} | "
                   f"{_fmt((block.get('reliability') or {}).get('ece'))} |")
    out.append("")
    if weights:
        columns = list(next(iter(weights.values())))
        out += ["Macro-F1 against the encoder's weight (0 = linear alone, 1 = encoder alone):", "",
                "| setting | " + " | ".join(columns) + " |", "| --- |" + " ---: |" * len(columns)]
        for key, row in weights.items():
            out.append(f"| {key} | " + " | ".join(_fmt(row[c]) for c in columns) + " |")
        out.append("")
    choice, decision = section.get("choice") or {}, section.get("decision") or {}
    if choice:
        out.append(f"Chosen on the challenge set among the weights losing at most {choice.get('guard')} on "
                   f"{' and '.join(choice.get('guards', []))}: **{choice.get('weight')}** (allowed: "
                   f"{', '.join(choice.get('allowed', []))}). Mix as default by the rule (wins on the challenge set, "
                   f"at most a point lost on the shift split and the held-out set): "
                   f"**{'yes' if decision.get('default') else 'no'}**.")
        out.append("")
    return out


def _classifier_summary(classifier: dict) -> list[str]:
    out = ["| setting | macro-F1 | 95% CI | accuracy | majority macro-F1 | keywords macro-F1 | ECE | sentences |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, name, block in iter_settings(classifier):
        baselines = block.get("baselines") or {}
        support = sum((v.get("support") or 0) for v in (block.get("per_label") or {}).values())
        out.append(f"| {name} | **{_fmt(block.get('macro_f1'))}** | {_ci(block)} | {_fmt(block.get('accuracy'))} | "
                   f"{_fmt(baselines.get('majority', {}).get('macro_f1'))} | "
                   f"{_fmt(baselines.get('keywords', {}).get('macro_f1'))} | "
                   f"{_fmt((block.get('reliability') or {}).get('ece'))} | {support or ''} |")
    return out + [""]


def _errors_note(block: dict) -> str:
    matrix = (block.get("confusion") or {}).get("matrix")
    errors = block.get("errors")
    if not matrix or errors is None:
        return ""
    wrong = sum(map(sum, matrix)) - sum(row[i] for i, row in enumerate(matrix))
    if len(errors) >= wrong:
        return f" {wrong} wrong sentences, all in `{ERRORS_NAME}`."
    # The classifier's evaluation may keep only its most confident mistakes; say so rather than hide it.
    return f" `{ERRORS_NAME}` lists {len(errors)} of the {wrong} wrong sentences (the most confident ones)."


def _f1_across_settings(section: dict) -> list[str]:
    settings = [(name, block) for _, name, block in iter_settings(section) if block.get("per_label")]
    if not settings:
        return []
    labels = settings[0][1].get("labels") or list(settings[0][1]["per_label"])
    out = ["F1 per label in each setting:", "", "| label | " + " | ".join(name for name, _ in settings) + " |",
           "| --- |" + " ---: |" * len(settings)]
    for label in labels:
        out.append(f"| {label} | " + " | ".join(_fmt((block["per_label"].get(label) or {}).get("f1"))
                                                for _, block in settings) + " |")
    return out + [""]


def _per_label_table(block: dict, with_baselines: bool = False) -> list[str]:
    per_label = block.get("per_label") or {}
    if not per_label:
        return []
    labels = block.get("labels") or list(per_label)
    # Baselines report per-label F1 only if their evaluation produced it; show it beside the model then.
    extra = [name for name, base in (block.get("baselines") or {}).items()
             if with_baselines and isinstance(base, dict) and base.get("per_label")]
    head = "| label | precision | recall | F1 | support |" + "".join(f" {name} F1 |" for name in extra)
    out = [head, "| --- | ---: | ---: | ---: | ---: |" + " ---: |" * len(extra)]
    for label in labels:
        row = per_label.get(label, {})
        cells = "".join(f" {_fmt(_f1_of(block['baselines'][name]['per_label'].get(label)))} |" for name in extra)
        out.append(f"| {label} | {_fmt(row.get('precision'))} | {_fmt(row.get('recall'))} | "
                   f"{_fmt(row.get('f1'))} | {row.get('support', '')} |{cells}")
    return out + [""]


def _f1_of(value):
    return value.get("f1") if isinstance(value, dict) else value


def _confusion_table(confusion: dict | None) -> list[str]:
    if not confusion or not confusion.get("matrix"):
        return []
    labels = confusion["labels"]
    out = ["Confusion matrix (counts; rows gold, columns predicted):", "",
           "| gold \\ predicted | " + " | ".join(labels) + " | total |",
           "| --- |" + " ---: |" * (len(labels) + 1)]
    for i, (label, row) in enumerate(zip(labels, confusion["matrix"])):
        cells = " | ".join(f"**{n}**" if i == j else str(n) for j, n in enumerate(row))
        out.append(f"| {label} | {cells} | {sum(row)} |")
    return out + [""]


def _reliability_table(reliability: dict | None) -> list[str]:
    if not reliability or not reliability.get("bins"):
        return []
    out = [f"Reliability of the scores (expected calibration error **{_fmt(reliability.get('ece'))}**):", "",
           "| score bin | sentences | mean score | accuracy |", "| --- | ---: | ---: | ---: |"]
    for b in reliability["bins"]:
        if b.get("count"):
            out.append(f"| {b['lo']:.1f}–{b['hi']:.1f} | {b['count']} | {_fmt(b.get('confidence'))} | "
                       f"{_fmt(b.get('accuracy'))} |")
    return out + [""]


def _facts_table(facts: dict | None, title: str = "Summary facts by the rules alone against the gold facts, "
                                                  "per release:") -> list[str]:
    if not facts:
        return []
    out = [title, "",
           "| fact | accuracy | releases | correct | wrong | missing |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, row in facts.items():
        out.append(f"| {name} | {_fmt(row.get('accuracy'))} | {row.get('n', '')} | {row.get('correct', '')} | "
                   f"{row.get('wrong_nonnull', '')} | {row.get('null', '')} |")
    return out + [""]


def _fact_modes_table(facts: dict) -> list[str]:
    columns = [(name, mode) for name, modes in fact_blocks(facts) for mode in modes]
    out = ["| fact | " + " | ".join(f"{name} {mode}" for name, mode in columns) + " |",
           "| --- |" + " ---: |" * len(columns)]
    fields = next(iter(dict(fact_blocks(facts)).values()))["rules"]["facts"]
    for field in fields:
        cells = []
        for name, mode in columns:
            row = dict(fact_blocks(facts))[name][mode]["facts"].get(field) or {}
            cells.append(f"{row.get('correct', 0)}/{row.get('n', 0)}" if row.get("n") else "–")
        out.append(f"| {field} | " + " | ".join(cells) + " |")
    return out + [""]


def _comparison_table(rows: list[dict]) -> list[str]:
    labels = [label for label in SENTENCE_LABELS if any(label in (r.get("per_label_f1") or {}) for r in rows)]
    with_ece = any(r.get("ece") is not None for r in rows)
    out = ["Grouped-CV per-label F1; the shift is tidy → real-voice.", "",
           "| model | grouped-CV macro-F1 | shift macro-F1 | " + " | ".join(f"{label} F1" for label in labels)
           + (" | ECE" if with_ece else "") + " | fit seconds |",
           "| --- | ---: | ---: |" + " ---: |" * (len(labels) + 1 + with_ece)]
    best = max((r.get("grouped_cv_macro_f1") or 0 for r in rows), default=None)
    for row in rows:
        mark = "**" if row.get("grouped_cv_macro_f1") == best else ""
        cells = " | ".join(_fmt((row.get("per_label_f1") or {}).get(label)) for label in labels)
        ece = f" | {_fmt(row.get('ece'))}" if with_ece else ""
        out.append(f"| {mark}{row.get('model')}{mark} | {_fmt(row.get('grouped_cv_macro_f1'))} | "
                   f"{_fmt(row.get('shift_macro_f1'))} | {cells}{ece} | {_fmt(row.get('fit_seconds'), 1)} |")
    return out + [""]


def _worst_errors(block: dict | None, n: int = 10) -> list[str]:
    errors = [e for e in (block or {}).get("errors") or [] if e.get("score") is not None]
    if not errors:
        return []
    out = ["### Most confident mistakes (grouped CV)", "",
           "High-scoring errors are often annotation slips or a new way of saying things; check them first.", "",
           "| release | gold | predicted | score | sentence |", "| --- | --- | --- | ---: | --- |"]
    for error in sorted(errors, key=lambda e: -e["score"])[:n]:
        text = " ".join(str(error.get("text", "")).split()).replace("|", "\\|")
        text = text if len(text) <= 160 else text[:157] + "..."
        out.append(f"| {error.get('release')} | {error.get('gold')} | {error.get('predicted')} | "
                   f"{_fmt(error['score'])} | {text} |")
    return out + [""]


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, (int, float)):
        return f"{value:.{digits}f}"
    return str(value)


def _counts(counts: dict) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())
