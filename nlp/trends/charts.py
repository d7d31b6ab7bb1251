"""The trend charts as PNG files, drawn on ``matplotlib.figure.Figure`` (never pyplot), like plots.py.

No backend is chosen and no figure is left open: each chart is its own Figure on an Agg canvas, so the
library leaves no global matplotlib state behind (a notebook's backend stays as it was).
"""

from __future__ import annotations

from pathlib import Path

from ..vocab import RATINGS
from .counting import NOT_RATED

YEAR_SOURCE_NAMES = {"published": "publication date", "corpus index": "corpus index", "page date": "date on the page",
                     "dated sentence": "a dated sentence", "fieldwork": "fieldwork month", "unknown": "unknown"}
CHART_FILES = {
    "ratings_by_year": "ratings-by-year.png",
    "ratings_by_type": "ratings-by-type.png",
    "weakness_themes": "weakness-themes.png",
    "strength_themes": "strength-themes.png",
    "weakness_themes_by_year": "weakness-themes-by-year.png",
}
_RATING_COLOURS = {"Outstanding": "#1a7f37", "Good": "#7cc47f", "Requires improvement": "#f2a93b",
                   "Inadequate": "#c93c3c", NOT_RATED: "#bbbbbb"}


def draw_charts(trends: dict, out_dir: str | Path) -> list[Path]:
    """Draw the trend charts as PNG files (matplotlib Figures on the Agg canvas) and return their paths.

    Drawn at 10 x 5 inches and 120 dpi (1200 px wide) with 11-12 pt text, so that shown at the width of a
    page the labels and legends stay readable; counts get integer ticks.
    """
    # matplotlib is heavy and only needed when charts are drawn: imported here, not with the module
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    out = Path(out_dir)
    written = []

    def figure(width: float, height: float):
        fig = Figure(figsize=(width, height))
        FigureCanvasAgg(fig)
        return fig, fig.subplots()

    def save(fig, key):
        path = out / CHART_FILES[key]
        fig.tight_layout()
        fig.savefig(path, dpi=120)
        written.append(path)

    # rc_context restores the settings on leaving: the fonts apply to these figures only
    with matplotlib.rc_context({"font.size": 12, "axes.titlesize": 14, "legend.fontsize": 11, "axes.labelsize": 12}):
        years = trends.get("years") or {}
        year_note = "year from " + ", ".join(f"{YEAR_SOURCE_NAMES.get(k, k)}: {v}" for k, v in years.items()) if years else ""

        for key, column, title in (("ratings_by_year", "year", "Overall ratings by year"),
                                   ("ratings_by_type", "service_type", "Overall ratings by type of service")):
            table = trends[key]
            fig, ax = figure(10, 5)
            labels = [str(r[column]) for r in table]
            bottom = [0] * len(table)
            for rating in (*RATINGS, NOT_RATED):
                values = [r[rating] for r in table]
                if any(values):
                    ax.bar(labels, values, bottom=bottom, label=rating, color=_RATING_COLOURS[rating])
                    bottom = [b + v for b, v in zip(bottom, values)]
            if key == "ratings_by_year" and year_note:
                fig.suptitle(title, fontsize=14)
                ax.set_title(year_note, fontsize=10, color="#555555")
            else:
                ax.set_title(title)
            ax.set_ylabel("inspections")
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 inspections
            if table:
                ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
            ax.tick_params(axis="x", labelrotation=45 if len(labels) > 8 else 0)
            save(fig, key)

        for key, section, title, colour in (("weakness_themes", "weaknesses", "Most frequent themes of weaknesses", "#c93c3c"),
                                            ("strength_themes", "strengths", "Most frequent themes of strengths", "#1a7f37")):
            items = trends["themes"][section]["overall"][:12][::-1]
            fig, ax = figure(10, 5.5)
            ax.barh([i["name"] for i in items], [100 * i["share"] for i in items], color=colour)
            ax.set_xlabel("% of inspections mentioning it")
            ax.set_title(title)
            save(fig, key)

        block = trends["themes"]["weaknesses"]
        top = [i["theme"] for i in block["overall"][:6]]
        years = [y for y in sorted(block["by_year"]) if y != "unknown"]
        fig, ax = figure(10, 5)
        for theme in top:
            shares = [next((100 * i["share"] for i in block["by_year"][y] if i["theme"] == theme), 0.0) for y in years]
            name = next(i["name"] for i in block["overall"] if i["theme"] == theme)
            ax.plot(years, shares, marker="o", label=name)
        ax.set_ylabel("% of that year's inspections")
        ax.tick_params(axis="x", labelrotation=45 if len(years) > 8 else 0)
        ax.set_title("Weakness themes by year")
        if top:
            ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10)
        save(fig, "weakness_themes_by_year")
    return written
