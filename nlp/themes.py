"""Themes: what a strength, weakness or recommendation is about, from a versioned taxonomy kept as data.

The taxonomy lives in `annotations/themes/taxonomy.jsonl`: a header line `{"taxonomy", "version", ...}` then one
line per theme `{"id", "name", "description", "phrases": [...], "patterns": [[token pattern], ...]}`. Phrases are
matched with spaCy's PhraseMatcher on LEMMA, token patterns with the Matcher, so "assessments", "assessed" and
"assessment" all match the phrase "assessment". spaCy's blank English pipeline has no lemma tables (they come
with the 100 MB spacy-lookups-data), so lemmas come from `light_lemma`, a small suffix-stripping rule applied to
both the phrases and the text.

>>> ThemeTagger().tag(["Contingency plans were not always specific."])
[['contingency-planning']]
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern

from .corpus import PROJECT_ROOT, read_jsonl
from .errors import AnnotationFormatError
from .lexflags import MappedIn, flagged
from .models import TAXONOMY_NAME, shipped_models_dir
from .types import Summary

# The project's taxonomy (edited by people, relative to the project directory); `train` copies it into the
# models, and tagging without a path reads that installed copy (`installed_taxonomy`).
THEMES_DIR = PROJECT_ROOT / "annotations" / "themes"
TAXONOMY_PATH = THEMES_DIR / "taxonomy.jsonl"
GOLD_PATH = THEMES_DIR / "gold.jsonl"
THEMED_LABELS = ("STRENGTH", "WEAKNESS", "RECOMMENDATION")
# Summary fields holding themed items, keyed by the sentence label they carry.
SUMMARY_SECTIONS = {"STRENGTH": "strengths", "WEAKNESS": "weaknesses", "RECOMMENDATION": "recommendations"}

# Irregular plurals the suffix rule cannot reach; inspection prose uses few of them.
_IRREGULAR = {"children": "child", "people": "person", "women": "woman", "men": "man", "analyses": "analysis",
              "staffing": "staffing", "housing": "housing", "training": "training", "funding": "funding"}


def light_lemma(word: str) -> str:
    """A crude lemma: lower case, plural and -ed/-ing endings stripped, the same way for phrases and text.

    >>> [light_lemma(w) for w in ("Assessments", "planned", "planning", "shared", "share", "children")]
    ['assessment', 'plan', 'plan', 'shar', 'shar', 'child']
    """
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    else:
        for suffix in ("ing", "ed"):
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3:
                w = stem
                # planned -> plann -> plan (but staffed, assessed, filled keep theirs, as staff, assess, fill do)
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsfz":
                    w = w[:-1]
                break
    # a final e goes on both sides, so shared, sharing and share meet at "shar"
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


_cached_lemma = functools.lru_cache(maxsize=65536)(light_lemma)  # a release repeats most of its words


@Language.component("inspection_light_lemmas_v1")
def light_lemmas(doc):
    """Set `token.lemma_` with `light_lemma`, since spacy.blank("en") ships no lemma tables."""
    for token in doc:
        token.lemma_ = _cached_lemma(token.text)
    return doc


@dataclass
class Theme:
    """One theme of the taxonomy: its id, a readable name, what it covers, and how it is recognised."""

    id: str
    name: str
    description: str = ""
    phrases: list[str] = field(default_factory=list)
    patterns: list[list[dict]] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)  # phrases whose wording is not the theme ("police custody")


@dataclass
class Taxonomy:
    """The themes and the taxonomy's version (changed whenever a theme's meaning changes)."""

    name: str
    version: int
    themes: list[Theme]

    @property
    def ids(self) -> list[str]:
        return [theme.id for theme in self.themes]

    @property
    def names(self) -> dict[str, str]:
        return {theme.id: theme.name for theme in self.themes}

    @property
    def tag(self) -> str:
        return f"{self.name}/{self.version}"


def installed_taxonomy() -> Path:
    """The taxonomy inside the installed models (hash-checked when the models load)."""
    return shipped_models_dir() / TAXONOMY_NAME


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and check a taxonomy file (header line, then one theme per line); default the installed models' copy.

    >>> load_taxonomy().version >= 1
    True
    """
    path = Path(path or installed_taxonomy())
    if not path.exists():
        raise AnnotationFormatError(f"{path}: no such taxonomy file")
    rows = read_jsonl(path)
    if not rows or "taxonomy" not in rows[0] or "version" not in rows[0]:
        raise AnnotationFormatError(f"{path}:1: the first line must be a header with 'taxonomy' and 'version'")
    themes, seen = [], set()
    for number, row in enumerate(rows[1:], 2):
        if not isinstance(row.get("id"), str) or not row["id"]:
            raise AnnotationFormatError(f"{path}:{number}: a theme needs an 'id'")
        if row["id"] in seen:
            raise AnnotationFormatError(f"{path}:{number}: theme {row['id']!r} defined twice")
        phrases, patterns = row.get("phrases", []), row.get("patterns", [])
        if not (isinstance(phrases, list) and isinstance(patterns, list) and (phrases or patterns)):
            raise AnnotationFormatError(f"{path}:{number}: theme {row['id']!r} needs 'phrases' or 'patterns' (lists)")
        seen.add(row["id"])
        themes.append(Theme(row["id"], row.get("name", row["id"]), row.get("description", ""), phrases, patterns,
                            row.get("exclude", [])))
    return Taxonomy(rows[0]["taxonomy"], int(rows[0]["version"]), themes)


def _lemmatise_pattern(pattern: list[dict]) -> list[dict]:
    """Token patterns are written with ordinary words; their LEMMA values go through the same rule as the text."""
    out = []
    for token in pattern:
        token = dict(token)
        value = token.get("LEMMA")
        if isinstance(value, str):
            token["LEMMA"] = light_lemma(value)
        elif isinstance(value, dict):
            token["LEMMA"] = {op: [light_lemma(v) for v in vs] if isinstance(vs, list) else vs for op, vs in value.items()}
        out.append(token)
    return out


class ThemeTagger:
    """Tag sentences with the themes of a taxonomy: `tag(texts) -> list[list[str]]` (theme ids, taxonomy order).

    >>> ThemeTagger().tag(["Too many people were released without anywhere to live.", "A fine day."])
    [['resettlement-custody', 'accommodation'], []]
    """

    def __init__(self, taxonomy_path: str | Path | None = None, *, tokenizer_from: Language | None = None):
        """`tokenizer_from`: a loaded pipeline whose vocab and tokenizer the tagger shares (the summaries' entity
        pipeline: the same English rules), instead of building its own (a tenth of a second at every start)."""
        self.taxonomy_path = taxonomy_path
        self.taxonomy = load_taxonomy(taxonomy_path)
        if tokenizer_from is None:
            self.nlp = spacy.blank("en")
        else:
            shared = tokenizer_from.tokenizer
            language = spacy.util.get_lang_class(tokenizer_from.lang or "en")
            self.nlp = language(vocab=tokenizer_from.vocab, create_tokenizer=lambda _: shared)
        self.nlp.add_pipe("inspection_light_lemmas_v1")
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        # patterns are validated as written (below); their lexeme-flag form has no schema
        self.matcher = Matcher(self.nlp.vocab, validate=False)
        self.exclude_matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        for theme in self.taxonomy.themes:
            if theme.phrases:
                self.phrase_matcher.add(theme.id, list(self.nlp.pipe(theme.phrases)))
            if theme.patterns:
                try:
                    patterns = [_lemmatise_pattern(p) for p in theme.patterns]
                    errors = {i: e for i, e in enumerate(validate_token_pattern(p) for p in patterns) if e}
                    if errors:
                        raise MatchPatternError(theme.id, errors)
                    self.matcher.add(theme.id, [self._flagged(p) for p in patterns])
                except (ValueError, TypeError) as err:
                    raise AnnotationFormatError(f"{self.taxonomy_path or installed_taxonomy()}: bad token pattern in theme "
                                                f"{theme.id!r}: {err}") from None
            if theme.exclude:
                self.exclude_matcher.add(theme.id, list(self.nlp.pipe(theme.exclude)))
        self._order = {theme_id: i for i, theme_id in enumerate(self.taxonomy.ids)}

    def _flagged(self, pattern: list[dict]) -> list[dict]:
        """A token pattern with its LEMMA and LOWER sets as lexeme flags (nlp/lexflags.py): the same matches, and
        the Matcher no longer calls a Python predicate for each pattern at each token (most of the tagging time)."""
        out = []
        for token in pattern:
            for attr, transform in (("LEMMA", light_lemma), ("LOWER", str.lower)):
                test = token.get(attr)
                if isinstance(test, dict) and set(test) == {"IN"}:
                    token = flagged(self.nlp.vocab, token, attr, MappedIn(transform, test["IN"]))
            out.append(token)
        return out

    def _doc_matches(self, doc) -> list[tuple[str, int, int]]:
        """Theme matches as (theme, start token, end token), minus those inside an exclude phrase of that theme."""
        strings = self.nlp.vocab.strings
        # an empty Matcher warns on every call, and small taxonomies may have no token patterns or excludes
        excluded = [(strings[m], s, e) for m, s, e in self.exclude_matcher(doc)] if len(self.exclude_matcher) else []
        found = list(self.phrase_matcher(doc)) if len(self.phrase_matcher) else []
        found += list(self.matcher(doc)) if len(self.matcher) else []
        out = []
        for match_id, start, end in found:
            theme = strings[match_id]
            if not any(t == theme and s <= start and end <= e for t, s, e in excluded):
                out.append((theme, start, end))
        return out

    def matches(self, text: str) -> list[tuple[str, int, int, str]]:
        """Every match in one text as (theme, start_char, end_char, matched text), for explaining a tag."""
        doc = self.nlp(text)
        out = [(theme, doc[s:e].start_char, doc[s:e].end_char, doc[s:e].text) for theme, s, e in self._doc_matches(doc)]
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))

    def tag(self, texts) -> list[list[str]]:
        """Themes of each text, in taxonomy order, no repeats."""
        out = []
        for doc in self.nlp.pipe(texts, batch_size=256):
            found = {theme for theme, _, _ in self._doc_matches(doc)}
            out.append(sorted(found, key=self._order.__getitem__))
        return out


def summary_item_themes(summary: Mapping[str, Any], tagger: ThemeTagger | None = None) -> dict[str, list[list[str]]]:
    """Themes of a summary's strengths, weaknesses and recommendation items: the summary's own `themes` fields
    where present, else tagged from the item texts (tagger built lazily).

    >>> summary_item_themes({"strengths": [{"text": "x", "themes": ["health"]}], "weaknesses": []})
    {'strengths': [['health']], 'weaknesses': [], 'recommendations': []}
    """
    sections = {
        "strengths": summary.get("strengths") or [],
        "weaknesses": summary.get("weaknesses") or [],
        "recommendations": (summary.get("recommendations") or {}).get("items") or [],
    }
    out: dict[str, list[list[str]]] = {}
    for name, items in sections.items():
        themes: list[list[str] | None] = [item.get("themes") if isinstance(item, dict) else None for item in items]
        missing = [i for i, t in enumerate(themes) if t is None]
        if missing:
            tagger = tagger or ThemeTagger()
            for i, tags in zip(missing, tagger.tag([items[i].get("text", "") for i in missing])):
                themes[i] = tags
        out[name] = [list(t or []) for t in themes]  # every None was tagged above
    return out


def add_themes(summary: Summary, tagger: ThemeTagger | None = None) -> Summary:
    """Add `themes` to each strength, weakness and recommendation item and a top-level `themes` count map.

    Returns the same dict (changed in place); fields are only added, so the schema stays compatible.

    >>> s = add_themes({"strengths": [{"text": "Unpaid work was well run."}], "weaknesses": [], "recommendations": {"items": []}})
    >>> s["strengths"][0]["themes"], s["themes"]
    (['unpaid-work'], {'unpaid-work': 1})
    """
    tagger = tagger or ThemeTagger()
    found = summary_item_themes(summary, tagger)
    counts: dict[str, int] = {}
    sections = {"strengths": summary.get("strengths") or [], "weaknesses": summary.get("weaknesses") or [],
                "recommendations": (summary.get("recommendations") or {}).get("items") or []}
    for name, items in sections.items():
        for item, tags in zip(items, found[name]):
            item["themes"] = tags
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
    summary["themes"] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return summary


def load_gold(path: str | Path | None = None) -> list[dict]:
    """The gold theme labels: one line per sentence `{"release", "start", "end", "text", "label", "themes", "split"}`."""
    path = Path(path or GOLD_PATH)
    rows = read_jsonl(path)
    for number, row in enumerate(rows, 1):
        if not isinstance(row.get("text"), str) or not isinstance(row.get("themes"), list):
            raise AnnotationFormatError(f"{path}:{number}: a gold line needs 'text' and a 'themes' list")
    return rows


def _scores(gold: list[set[str]], predicted: list[set[str]], theme_ids: list[str]) -> dict:
    per_theme = {}
    tp_all = fp_all = fn_all = 0
    for theme in theme_ids:
        tp = sum(1 for g, p in zip(gold, predicted) if theme in g and theme in p)
        fp = sum(1 for g, p in zip(gold, predicted) if theme not in g and theme in p)
        fn = sum(1 for g, p in zip(gold, predicted) if theme in g and theme not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per_theme[theme] = _prf(tp, fp, fn)
    micro = _prf(tp_all, fp_all, fn_all)
    scored = [s["f1"] for s in per_theme.values() if s["support"]]
    return {"n": len(gold), "per_theme": per_theme, "micro": micro,
            "macro_f1": round(sum(scored) / len(scored), 4) if scored else 0.0}


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "support": tp + fn, "predicted": tp + fp}


def evaluate_themes(gold_path: str | Path | None = None, taxonomy_path: str | Path | None = None) -> dict:
    """Precision, recall and F1 per theme and micro-averaged, of the tagger against the gold theme labels.

    Keys: "taxonomy", "all" (every gold sentence), "dev", "test" and "fresh" (the gold's `split` field: the
    taxonomy was tuned on dev; test was read while labelling but not tuned on; fresh was labelled after the
    taxonomy was frozen, so it is the fairest figure), each {"n", "per_theme", "micro", "macro_f1"}; plus
    "errors" (gold sentences whose themes differ).

    >>> evaluate_themes()["all"]["micro"]["f1"] > 0.5
    True
    """
    tagger = ThemeTagger(taxonomy_path or TAXONOMY_PATH)
    rows = load_gold(gold_path)
    predicted = [set(t) for t in tagger.tag([row["text"] for row in rows])]
    gold = [set(row["themes"]) for row in rows]
    ids = tagger.taxonomy.ids
    unknown = sorted({t for g in gold for t in g} - set(ids))
    if unknown:
        raise AnnotationFormatError(f"{gold_path or GOLD_PATH}: themes not in the taxonomy: {', '.join(unknown)}")
    out = {"taxonomy": tagger.taxonomy.tag, "all": _scores(gold, predicted, ids)}
    for split in ("dev", "test", "fresh"):
        keep = [i for i, row in enumerate(rows) if row.get("split") == split]
        if keep:
            out[split] = _scores([gold[i] for i in keep], [predicted[i] for i in keep], ids)
    out["errors"] = [
        {"release": row.get("release"), "start": row.get("start"), "end": row.get("end"), "text": row["text"],
         "split": row.get("split"), "missing": sorted(g - p), "extra": sorted(p - g)}
        for row, g, p in zip(rows, gold, predicted) if g != p
    ]
    return out


__all__ = ["ThemeTagger", "Taxonomy", "Theme", "load_taxonomy", "light_lemma", "add_themes", "summary_item_themes",
           "evaluate_themes", "load_gold", "THEMED_LABELS", "SUMMARY_SECTIONS", "TAXONOMY_PATH", "GOLD_PATH"]
