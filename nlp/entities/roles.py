"""Fact slots learned: the role of each RATING, DATE and SERVICE mention, read from its context window.

A release names several ratings (the overall one, aspects, the previous inspection's, a sibling PDU's),
several dates and several services. The rules in `facts/` pick one by cue words; this module adds a small
linear model per entity label that scores each mention's role from the words around it and its place in
the release:

    RATING   overall / aspect / previous / another / other
    DATE     published / fieldwork / other
    SERVICE  inspected / context

Training labels come from the gold facts of each annotated release (`annotations/facts.jsonl`): a rating
mention is `overall` when it names the gold overall rating and no gold aspect in its sentence, `aspect` when
a gold aspect rating with its value is named in its sentence; of the rest, `previous` follows a past cue and
`another` shares its sentence with another service. A date is `published` when it is the gold publication day,
`fieldwork` when it falls in the gold fieldwork month; a service mention is `inspected` when it names the
place of a gold inspected service.

The fitted models are stored as plain arrays (`models/facts.npz`, read with ``allow_pickle=False``) and
scored here with numpy alone, so summarising never imports scikit-learn; `fit_roles` (scikit-learn) is only
used by `inspection-nlp train` and the evaluation.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import numpy as np

from ..vocab import place_key
from .facts.aspects import aspect_words, aspects_in
from .facts.mentions import _CHANGE_FROM, _CHANGE_TO, _PAST
from .facts.past import _RESUME, latest_year, past_after
from .normalise import normalise_date, normalise_rating, normalise_service, service_place

KINDS = {"RATING": ("overall", "aspect", "previous", "another", "other"),
         "DATE": ("published", "fieldwork", "other"),
         "SERVICE": ("inspected", "context")}
# The fact slots a mode is chosen for, and the modes: the rules alone, the rules with the role model deciding
# where the rules are silent or it is sure they picked the wrong mention, or the role model alone (for the
# comparison; aspect names always come from the rules). See facts.extract_facts.
SLOTS = ("service", "overall_rating", "ratings", "published", "fieldwork")
MODES = ("rules", "hybrid", "classifier")
# What `inspection-nlp train` chose from grouped CV (evaluation.choose_modes) on the 144 releases; used when
# training skips cross-validation (cv_folds=0), so the fast path ships the same behaviour. Aspect ratings: rules
# since the aspect "services" stopped matching the word for the services themselves (the hybrid lost one release
# in grouped CV, 138 against the rules' 139).
DEFAULT_MODES = {"service": "hybrid", "overall_rating": "hybrid", "ratings": "rules", "published": "hybrid",
                 "fieldwork": "rules"}
ROLES_NAME = "facts.npz"
WINDOW = 6
_WORD = re.compile(r"[a-z]+|\d+")
_PAST_CUE = re.compile(r"\b(previous(?:ly)?|last|earlier|before|since|was|had been|in a report|came close|"
                       r"narrowly|avoid\w*|rescued|kept|down from|up from|again)\b", re.I)
_NOTES = re.compile(r"^(?:ENDS|Notes? to editors?)\b", re.I)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@functools.lru_cache(maxsize=4096)
def _service_key(text: str) -> str:
    """The place of a SERVICE mention as the fact rules compare places (`vocab.place_key`), which the shipped
    features were trained on; cached, as features ask for every pair of mentions."""
    return place_key(service_place(text))


def _changed_from(text: str, start: int, end: int, entities) -> bool:
    """The old side of a change between two ratings ("from ‘Good’ to ‘Inadequate’"), as the fact rules read it."""
    if not _CHANGE_FROM.search(text, max(0, start - 12), start):
        return False
    m = _CHANGE_TO.match(text, end)
    if not m:
        return False
    to = m.end()
    return any(x[0] == to and x[2] == "RATING" for x in entities)


def mention_features(text: str, mention: tuple[int, int, str], sentences: list[tuple[int, int]],
                     entities: list[tuple[int, int, str]], notes_from: int) -> dict[str, float]:
    """Binary features of one mention ``(start, end, label)``: its context window, sentence and position."""
    start, end, label = mention
    index = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), 0)
    s, e = sentences[index] if sentences else (0, len(text))
    f: dict[str, float] = {"bias": 1.0}
    left, right = _words(text[s:start])[-WINDOW:], _words(text[end:e])[:WINDOW]
    for i, w in enumerate(reversed(left)):
        f[f"L:{w}"] = 1.0
        if i < 2:
            f[f"L{i}:{w}"] = 1.0
    for i, w in enumerate(right):
        f[f"R:{w}"] = 1.0
        if i < 2:
            f[f"R{i}:{w}"] = 1.0
    for w in set(_words(text[s:e])):
        f[f"S:{w}"] = 0.5
    f["pos:headline" if index == 0 else "pos:lead" if index <= 2 else "pos:notes" if s >= notes_from else "pos:body"] = 1.0
    same = [m for m in entities if m[2] == label and s <= m[0] < e]
    f[f"n:{min(len(same), 3)}"] = 1.0
    f["order:first" if same and same[0][0] == start else "order:later"] = 1.0
    past = None
    for past in _PAST_CUE.finditer(text, s, start):
        pass
    if past or (label == "RATING" and _changed_from(text, start, end, entities)):
        f["cue:past_before"] = 1.0
    surface = text[start:end]
    if label == "RATING":
        f[f"value:{normalise_rating(surface)}"] = 1.0
        # "Y PDU was rated ‘Inadequate’ last year", "rated ‘Good’ in 2019": a time of the past after the rating;
        # "X, previously rated ‘...’, is now rated ‘...’": back in the present after a past cue
        if past_after(text, end, latest_year(text, [(a, b) for a, b, kind in entities if kind == "DATE"])):
            f["cue:past_after"] = 1.0
        if past and _RESUME.search(text, past.end(), start):
            f["cue:resumed"] = 1.0
        if "overall" in text[s:e].lower():
            f["cue:overall"] = 1.0
    elif label == "DATE":
        iso = normalise_date(surface) or ""
        f["grain:" + ("range" if "/" in iso else "day" if len(iso) == 10 else "month" if len(iso) == 7
                      else "year" if len(iso) == 4 else "none")] = 1.0
    services = [m for m in entities if m[2] == "SERVICE"]
    if label == "SERVICE":
        info = normalise_service(surface)
        key = _service_key(surface)
        f[f"type:{info['type']}"] = 1.0
        f["case:lower" if surface[-1:].islower() and info["type"] != "region" else "case:title"] = 1.0
        first = services[0] if services else mention
        f["first_mention" if first[0] == start else "same_place_as_first" if _service_key(text[first[0]:first[1]]) == key
          else "other_place_than_first"] = 1.0
        f[f"mentions:{min(sum(_service_key(text[m[0]:m[1]]) == key for m in services), 3)}"] = 1.0
        if any(m[2] == "RATING" and s <= m[0] < e for m in entities):
            f["sentence_has_rating"] = 1.0
    elif services:
        main = _service_key(text[services[0][0]:services[0][1]])
        others = [m for m in services if s <= m[0] < e and _service_key(text[m[0]:m[1]]) != main]
        if others:
            f["other_service_in_sentence"] = 1.0
            if max(m[1] for m in others) <= start:
                f["other_service_before"] = 1.0
    return f


def release_mentions(text: str, sentences: list[tuple[int, int]], entities: list[tuple[int, int, str]],
                     labels=tuple(KINDS)):
    """``(mention, features)`` for every mention of ``labels`` (RATING, DATE, SERVICE) of a release, in text order."""
    notes_from = next((s for s, e in sentences if _NOTES.match(text[s:e])), len(text))
    ents = sorted(entities)
    return [(m, mention_features(text, m, sentences, ents, notes_from)) for m in ents if m[2] in labels]


# --- training labels from the gold facts ---------------------------------------------------------------

def gold_role(text: str, mention: tuple[int, int, str], facts: dict, sentence: tuple[int, int],
              entities: list[tuple[int, int, str]]) -> str | None:
    """The role gold facts give a mention (module docstring); None when the facts cannot tell."""
    start, end, label = mention
    s, e = sentence
    if label == "SERVICE":
        services = facts.get("services") or ([{"name": facts["service"]}] if facts.get("service") else [])
        keys = {_service_key(item["name"]) for item in services if item.get("name")}
        if not keys:
            return None
        return "inspected" if _service_key(text[start:end]) in keys else "context"
    if label == "DATE":
        iso = normalise_date(text[start:end]) or ""
        if facts.get("published") and iso[:10] == facts["published"]:
            return "published"
        if facts.get("fieldwork") and iso[:7] == facts["fieldwork"]:
            return "fieldwork"
        return "other"
    value = normalise_rating(text[start:end])
    if value is None:
        return None
    sentence_text = text[s:e]
    named = {w for aspect in aspects_in(sentence_text) for w in aspect_words(aspect)}
    if any(item["rating"] == value and aspect_words(item["aspect"]) & named for item in facts.get("ratings") or []):
        return "aspect"
    if value == facts.get("overall_rating"):
        return "overall"
    if _PAST.search(text, s, start) or _changed_from(text, start, end, entities) or past_after(
            text, end, latest_year(text, [(a, b) for a, b, kind in entities if kind == "DATE"])):
        return "previous"
    main = next((m for m in entities if m[2] == "SERVICE"), None)
    if main and any(m[2] == "SERVICE" and s <= m[0] < e and _service_key(text[m[0]:m[1]])
                    != _service_key(text[main[0]:main[1]]) for m in entities):
        return "another"
    return "other"


def training_rows(releases) -> dict[str, tuple[list[dict], list[str], list[str]]]:
    """Features, gold roles and release ids per entity label, from releases with gold facts and entities."""
    rows: dict[str, tuple[list[dict], list[str], list[str]]] = {label: ([], [], []) for label in KINDS}
    for release in releases:
        if not release.facts or not release.entities:
            continue
        sentences = [(s, e) for s, e, *_ in release.sentences]
        for mention, features in release_mentions(release.text, sentences, release.entities):
            sentence = next(((s, e) for s, e in sentences if s <= mention[0] < e), (0, len(release.text)))
            role = gold_role(release.text, mention, release.facts, sentence, release.entities)
            if role is None:
                continue
            X, y, groups = rows[mention[2]]
            X.append(features)
            y.append(role)
            groups.append(release.id)
    return rows


class RoleModel:
    """The three role models as arrays: ``predict(label, features)`` gives ``{role: probability}``."""

    def __init__(self, arrays: dict[str, np.ndarray], modes: dict[str, str]):
        self.modes = modes
        self._models = {}
        for label in KINDS:
            vocab = arrays[f"{label}_vocab"]
            self._models[label] = ({str(w): i for i, w in enumerate(vocab)}, arrays[f"{label}_coef"],
                                   arrays[f"{label}_intercept"], [str(c) for c in arrays[f"{label}_classes"]])

    def predict(self, label: str, features: dict[str, float]) -> dict[str, float]:
        index, coef, intercept, classes = self._models[label]
        known = [(index[name], value) for name, value in features.items() if name in index]
        columns = [i for i, _ in known]
        z = coef[:, columns] @ np.array([v for _, v in known]) + intercept if known else intercept.copy()
        if len(classes) == 2 and coef.shape[0] == 1:  # binary logistic regression: one row, for classes[1]
            p = 1.0 / (1.0 + np.exp(-z[0]))
            return {classes[0]: float(1 - p), classes[1]: float(p)}
        z = np.exp(z - z.max())
        return dict(zip(classes, (z / z.sum()).tolist()))

    def score(self, text: str, sentences: list[tuple[int, int]], entities: list[tuple[int, int, str]],
              labels=tuple(KINDS)) -> list[tuple[tuple[int, int, str], dict[str, float]]]:
        """``(mention, {role: probability})`` for every mention of ``labels`` of a release, in text order."""
        return [(m, self.predict(m[2], f)) for m, f in release_mentions(text, sentences, entities, labels=labels)]

    def save(self, path: str | Path) -> None:
        arrays: dict[str, Any] = {}
        for label, (index, coef, intercept, classes) in self._models.items():
            arrays[f"{label}_vocab"] = np.array(sorted(index, key=lambda name: index[name]), dtype=np.str_)
            arrays[f"{label}_coef"] = coef
            arrays[f"{label}_intercept"] = intercept
            arrays[f"{label}_classes"] = np.array(classes, dtype=np.str_)
        arrays["mode_slots"] = np.array(list(self.modes), dtype=np.str_)
        arrays["mode_values"] = np.array(list(self.modes.values()), dtype=np.str_)
        with open(path, "wb") as handle:
            np.savez(handle, **arrays)


def load_roles(path: str | Path) -> RoleModel:
    """Read a role model written by `RoleModel.save` (plain arrays, no pickle)."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    modes = dict(zip((str(s) for s in arrays.pop("mode_slots")), (str(v) for v in arrays.pop("mode_values"))))
    return RoleModel(arrays, modes)


def fit_roles(releases, *, modes: dict[str, str] | None = None, C: float = 1.0) -> RoleModel:
    """Fit the three role models on releases with gold facts (scikit-learn logistic regression, lbfgs:
    deterministic for the same data)."""
    # scikit-learn (and threadpoolctl, which comes with it) only for fitting: summarising scores with numpy alone
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    arrays: dict[str, Any] = {}
    for label, (X, y, _groups) in training_rows(releases).items():
        vectorizer = DictVectorizer(sort=True)
        matrix = vectorizer.fit_transform(X)
        # one thread: these fits are tiny, and BLAS/OpenMP threads on a busy 2-core machine made the
        # 5-class fit 50 times slower (4.6 CPU-seconds against 0.08)
        with threadpool_limits(1):
            model = LogisticRegression(C=C, max_iter=5000).fit(matrix, y)
        arrays[f"{label}_vocab"] = np.array(vectorizer.feature_names_, dtype=np.str_)
        arrays[f"{label}_coef"] = model.coef_.astype(float)
        arrays[f"{label}_intercept"] = model.intercept_.astype(float)
        arrays[f"{label}_classes"] = np.array(model.classes_, dtype=np.str_)
    return RoleModel(arrays, dict(modes or DEFAULT_MODES))
