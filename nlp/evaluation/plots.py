"""PNG plots of an evaluation result (the dict `nlp.evaluation.run.run_evaluation` returns), drawn with matplotlib.

Figures are built with `matplotlib.figure.Figure` on the Agg canvas, never through pyplot, so the library
leaves no global state behind (a notebook's inline backend stays as it was) and works without a display.
Each `*_figure` function returns the Figure (a notebook can show it); `save_plots` writes them all.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..types import EvaluationResult
from .results import iter_settings

PLOT_FILES = {
    "confusion": "confusion.png",
    "per_label_f1": "per-label-f1.png",
    "learning_curve": "learning-curve.png",
    "reliability": "reliability.png",
}
DPI = 120
MIN_BIN_COUNT = 10
MODEL_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd")
BASELINE_STYLES = {"majority": ("#7f7f7f", ":"), "keywords": ("#d62728", "--")}


def save_plots(result: EvaluationResult, output_dir: str | Path) -> dict[str, Path]:
    """Write every plot the result has data for into `output_dir`; return the paths by plot name.

    >>> paths = save_plots(result, "eval")  # doctest: +SKIP
    >>> paths["confusion"].name  # doctest: +SKIP
    'confusion.png'
    """
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    makers = {
        "confusion": confusion_figure,
        "per_label_f1": per_label_f1_figure,
        "learning_curve": learning_curve_figure,
        "reliability": reliability_figure,
    }
    paths = {}
    for name, make in makers.items():
        figure = make(result)
        if figure is None:
            continue
        path = output_dir / PLOT_FILES[name]
        figure.savefig(path, dpi=DPI, format="png", bbox_inches="tight")
        paths[name] = path
    return paths


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _sentence_settings(result: EvaluationResult):
    return list(iter_settings(result.get("classifier")))


def confusion_figure(result: EvaluationResult) -> Figure | None:
    """Confusion matrices of the sentence classifier, one panel per setting, counts in the cells.

    Colour is the share of the gold row, so rare labels are as readable as common ones.

    >>> confusion_figure({"classifier": {"grouped_cv": {"confusion": {"labels": ["A", "B"],
    ...     "matrix": [[3, 1], [0, 4]]}}}}).axes[0].get_title()
    'grouped CV'
    """
    panels = [(name, block["confusion"]) for _, name, block in _sentence_settings(result)
              if (block.get("confusion") or {}).get("matrix")]
    if not panels:
        return None
    figure = _figure(4.6 * len(panels), 4.4)
    axes = figure.subplots(1, len(panels), squeeze=False)[0]
    for ax, (name, confusion) in zip(axes, panels):
        labels = confusion["labels"]
        matrix = confusion["matrix"]
        shares = [[n / max(sum(row), 1) for n in row] for row in matrix]
        ax.imshow(shares, cmap="Blues", vmin=0, vmax=1)
        for i, row in enumerate(matrix):
            for j, n in enumerate(row):
                ax.text(j, i, str(n), ha="center", va="center", fontsize=9,
                        color="white" if shares[i][j] > 0.6 else "black")
        short = [label[:4] for label in labels]
        ax.set_xticks(range(len(labels)), short)
        ax.set_yticks(range(len(labels)), short)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        ax.set_title(name)
    return figure


def per_label_f1_figure(result: EvaluationResult) -> Figure | None:
    """Per-label F1 bars of the model in each setting, with the baselines beside it; entities on the right.

    A baseline that reports only macro-F1 is drawn as a horizontal line at that value.

    >>> per_label_f1_figure({}) is None
    True
    """
    sentence = [(name, block) for _, name, block in _sentence_settings(result) if block.get("per_label")]
    entity = [(name, block) for _, name, block in iter_settings(result.get("entities")) if block.get("per_label")]
    panels = [(title, series) for title, series in (("sentence labels", sentence), ("entity labels", entity))
              if series]
    if not panels:
        return None
    figure = _figure(6.2 * len(panels), 4.2)
    axes = figure.subplots(1, len(panels), squeeze=False)[0]
    for ax, (title, series) in zip(axes, panels):
        labels = series[0][1].get("labels") or list(series[0][1]["per_label"])
        bars = [(f"model, {name}", [(block["per_label"].get(label) or {}).get("f1") or 0 for label in labels])
                for name, block in series]
        lines = []
        if title == "sentence labels":
            baselines = series[0][1].get("baselines") or {}
            for base_name, base in baselines.items():
                if not isinstance(base, dict):
                    continue
                if base.get("per_label"):
                    values = [base["per_label"].get(label) for label in labels]
                    bars.append((f"{base_name} baseline, {series[0][0]}",
                                 [(v.get("f1") if isinstance(v, dict) else v) or 0 for v in values]))
                elif base.get("macro_f1") is not None:
                    lines.append((base_name, base["macro_f1"]))
        width = 0.8 / len(bars)
        for k, (name, values) in enumerate(bars):
            xs = [i - 0.4 + width * (k + 0.5) for i in range(len(labels))]
            ax.bar(xs, values, width, label=name, color=MODEL_COLOURS[k % len(MODEL_COLOURS)]
                   if k < len(series) else "#bbbbbb")
        for base_name, value in lines:
            colour, style = BASELINE_STYLES.get(base_name, ("black", "-."))
            ax.axhline(value, color=colour, linestyle=style, label=f"{base_name} baseline macro-F1 ({value:.2f})")
        ax.set_xticks(range(len(labels)), labels, fontsize=8)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("F1")
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.3)
        # Below the axes: inside, it would hide the bars it explains.
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, frameon=False)
    return figure


def learning_curve_figure(result: EvaluationResult) -> Figure | None:
    """Grouped-CV macro-F1 of the sentence classifier against the number of training releases.

    >>> learning_curve_figure({"classifier": {"learning_curve": {"n_releases": [10, 20],
    ...     "macro_f1": [0.7, 0.8], "std": [0.05, 0.04]}}}).axes[0].get_xlabel()
    'training releases'
    """
    curve = (result.get("classifier") or {}).get("learning_curve") or {}
    if not curve.get("n_releases"):
        return None
    xs, ys = curve["n_releases"], curve["macro_f1"]
    stds = curve.get("std") or [0] * len(xs)
    figure = _figure(5.5, 3.8)
    ax = figure.subplots()
    ax.plot(xs, ys, marker="o", color=MODEL_COLOURS[0], label="model")
    ax.fill_between(xs, [y - s for y, s in zip(ys, stds)], [y + s for y, s in zip(ys, stds)],
                    color=MODEL_COLOURS[0], alpha=0.2, label="± 1 std over folds")
    baselines = ((result.get("classifier") or {}).get("grouped_cv") or {}).get("baselines") or {}
    for name, base in baselines.items():
        if isinstance(base, dict) and base.get("macro_f1") is not None:
            colour, style = BASELINE_STYLES.get(name, ("black", "-."))
            ax.axhline(base["macro_f1"], color=colour, linestyle=style, label=f"{name} baseline")
    ax.set_xlabel("training releases")
    ax.set_ylabel("macro-F1")
    ax.set_ylim(0, 1.02)
    ax.set_title("learning curve (grouped CV)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    return figure


def reliability_figure(result: EvaluationResult) -> Figure | None:
    """Reliability diagram: accuracy against mean score per score bin, one line per setting, ECE in the legend.

    Points on the diagonal mean a score of 0.8 is right 8 times in 10; a point's size and the bars show how
    many sentences fall in each bin.

    >>> reliability_figure({}) is None
    True
    """
    series = [(name, block["reliability"]) for _, name, block in _sentence_settings(result)
              if (block.get("reliability") or {}).get("bins")]
    if not series:
        return None
    figure = _figure(5.5, 5.2)
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    top.plot([0, 1], [0, 1], color="#999999", linestyle="--", label="perfect calibration")
    for k, (name, reliability) in enumerate(series):
        bins = [b for b in reliability["bins"] if b.get("count")]
        # A bin of two sentences says little about calibration; leave it off the line, keep it in the bars.
        solid = [b for b in bins if b["count"] >= MIN_BIN_COUNT]
        colour = MODEL_COLOURS[k % len(MODEL_COLOURS)]
        ece = reliability.get("ece")
        top.plot([b["confidence"] for b in solid], [b["accuracy"] for b in solid], color=colour,
                 label=f"{name}" + (f" (ECE {ece:.3f})" if ece is not None else ""))
        top.scatter([b["confidence"] for b in solid], [b["accuracy"] for b in solid], color=colour,
                    s=[12 + 4 * b["count"] ** 0.5 for b in solid], zorder=3)
        # Settings share each bin side by side: bar k takes the k-th slice of the bin's width.
        share = 0.9 / len(series)
        for b in bins:
            span = b["hi"] - b["lo"]
            bottom.bar(b["lo"] + span * (0.05 + share * (k + 0.5)), b["count"], width=span * share, color=colour)
    top.set_ylabel("accuracy")
    top.set_xlim(0, 1)
    top.set_ylim(0, 1.02)
    top.set_title(f"reliability of the classifier's scores (bins of ≥ {MIN_BIN_COUNT} sentences)")
    top.grid(alpha=0.3)
    top.legend(fontsize=8, loc="upper left")
    bottom.set_xlabel("score of the predicted label")
    bottom.set_ylabel("sentences")
    bottom.set_yscale("log")
    return figure
