"""PNG plots from an evaluation result: valid images, the right panels, nothing drawn without data."""

import json
from pathlib import Path

import matplotlib.image
import pytest

from nlp.evaluation.plots import (PLOT_FILES, confusion_figure, learning_curve_figure, per_label_f1_figure,
                                  reliability_figure, save_plots)

FIXTURE = Path(__file__).parent / "data" / "evaluation-result.json"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture()
def result() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_save_plots_writes_valid_pngs(result, tmp_path):
    paths = save_plots(result, tmp_path)
    assert set(paths) == set(PLOT_FILES)
    for name, path in paths.items():
        assert path.name == PLOT_FILES[name]
        assert path.read_bytes()[:8] == PNG_MAGIC
        height, width, channels = matplotlib.image.imread(path).shape
        assert height > 200 and width > 300 and channels in (3, 4)


def test_confusion_has_a_panel_per_setting_with_counts(result):
    figure = confusion_figure(result)
    assert [ax.get_title() for ax in figure.axes] == [
        "grouped CV", "shift: tidy → real-voice", "shift: real-voice → tidy"]
    counts = {text.get_text() for text in figure.axes[0].texts}
    assert {"201", "188", "96", "449"} <= counts


def test_per_label_f1_puts_baselines_beside_the_model(result):
    figure = per_label_f1_figure(result)
    sentence, entity = figure.axes
    assert (sentence.get_title(), entity.get_title()) == ("sentence labels", "entity labels")
    legend = [text.get_text() for text in sentence.get_legend().get_texts()]
    assert "keywords baseline macro-F1 (0.48)" in legend and "model, grouped CV" in legend
    heights = {round(bar.get_height(), 4) for bar in sentence.patches}
    assert result["classifier"]["grouped_cv"]["per_label"]["STRENGTH"]["f1"] in heights
    assert len(sentence.patches) == 3 * 4, "three settings, four labels; macro-only baselines are lines"


def test_per_label_f1_draws_per_label_baselines_as_bars(result):
    baselines = result["classifier"]["grouped_cv"]["baselines"]
    baselines["keywords"]["per_label"] = {"STRENGTH": {"f1": 0.61}, "WEAKNESS": {"f1": 0.42},
                                          "RECOMMENDATION": {"f1": 0.55}, "NEUTRAL": {"f1": 0.33}}
    sentence = per_label_f1_figure(result).axes[0]
    legend = [text.get_text() for text in sentence.get_legend().get_texts()]
    assert "keywords baseline, grouped CV" in legend
    assert 0.61 in {round(bar.get_height(), 2) for bar in sentence.patches}


def test_learning_curve_and_reliability(result):
    curve = learning_curve_figure(result).axes[0]
    assert list(curve.lines[0].get_xdata()) == [14, 28, 57, 86, 115]
    top, bottom = reliability_figure(result).axes
    labels = [text.get_text() for text in top.get_legend().get_texts()]
    assert "grouped CV (ECE 0.031)" in labels


def test_nothing_is_drawn_without_data(tmp_path):
    assert save_plots({"classifier": {"grouped_cv": {"macro_f1": 0.5}}}, tmp_path) == {}
    assert list(tmp_path.iterdir()) == []
    assert learning_curve_figure({"classifier": {"learning_curve": {"n_releases": []}}}) is None
