"""`extract_facts`: every fact of a release, the rules of this package composed with the role models of
`nlp.entities.roles` where the shipped modes say so."""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Doc

from ...types import Facts
from ...vocab import place_key
from ..normalise import date_month, normalise_date, normalise_rating, normalise_service, service_place
from ..segment import doc_text
from .aspects import _aspect_ratings, _overall_beside_aspects
from .dates import (_FIELDWORK, _FIELDWORK_STRONG, _PUBLISHED, _PUBLISHED_STRONG, _activity_month, _date_from,
                    _dateline, _updated_today, _yearless_fieldwork)
from .mentions import _BARE_KEY, _ENTS_KEY, _changed_from, _doc_ents, _mentions_of, _sentences, _typed_name
from .past import _YEAR_KEY
from .ratings import _given, _overall_rating
from .recommendations import _recommendations
from .report_day import _report_day
from .service_ratings import _own_rating
from .services import _co_inspected, _service

FIRST_RATED = "2018"


def _services(doc: Doc, sents, main: dict | None, overall: str | None, ratings: list[dict], others,
              aspects: dict | None = None, keep=None) -> list[dict]:
    """Every inspected service in order: the main one (the release's overall and aspect ratings), then the others
    in the order the release first names them, each with the aspect ratings the text ties to it."""
    if not main:
        return []
    out = [{**main, "overall_rating": overall, "ratings": ratings}]
    others = sorted(others, key=lambda ent: min(x.start_char for x in _mentions_of(doc, ent.text) or [ent]))
    places = [place_key(service_place(main["name"]))] + [place_key(service_place(ent.text)) for ent in others]
    infos = [_service(doc, _mentions_of(doc, ent.text)) or normalise_service(ent.text) for ent in others]
    for ent, place, info in zip(others, places[1:], infos):
        # the first sentence that gives it a rating, whichever of its mentions that is ("X and Y were inspected
        # together ... Y has been rated ..."), or "the division" where that names it alone
        out.append({**info, "overall_rating": _own_rating(doc, sents, info["name"], _mentions_of(doc, ent.text),
                                                          [main, *infos]),
                    "ratings": _aspect_ratings(doc, sents, aspects, keep, owner=place, places=places)})
    return out


def _first_named(doc: Doc, main: dict, others) -> tuple[dict, list]:
    """The main service and the others inspected with it, the one the release names first made the main one
    (annotations/GUIDELINES.md, "Several inspected services"): the rules or the role model may pick a unit the
    rating sentence puts first ("Y and Z came out at ‘...’; X at ‘...’") over the first one named."""
    named = _mentions_of(doc, main["name"])
    if not named:
        return main, others

    def first(ent) -> int:
        return min(x.start_char for x in _mentions_of(doc, ent.text) or [ent])

    earliest = min(others, key=first)
    if first(earliest) >= named[0].start_char:
        return main, others
    info = _service(doc, _mentions_of(doc, earliest.text)) or normalise_service(_typed_name(doc, earliest))
    return info, [named[0]] + [x for x in others if x is not earliest]


def extract_facts(doc: Doc, sentences=None, roles=None, *, aspects: dict | None = None) -> Facts:
    """Facts of one release from its entity-tagged doc and its labelled sentences ``[(start, end, label)]``.

    ``roles`` (a `nlp.entities.roles.RoleModel`, shipped in ``models/facts.npz``) lets the learned mention
    roles decide where its modes say so; without it the rules alone decide.
    ``aspects``: the aspect table (:func:`load_aspect_table`) of the models that made the doc; default the
    project's (for a pipeline built from the project's patterns).

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline(ner=False)("Leeds YJS rated ‘Good’\\n\\nLeeds Youth Justice Service has received an overall rating of ‘Good’.")
    >>> extract_facts(doc)["overall_rating"]
    'Good'
    """
    doc.user_data[_ENTS_KEY] = doc.ents
    try:
        return _extract(doc, sentences, roles, aspects)
    finally:
        doc.user_data.pop(_ENTS_KEY, None)
        doc.user_data.pop(_BARE_KEY, None)
        doc.user_data.pop(_YEAR_KEY, None)


def _extract(doc: Doc, sentences, roles, aspects) -> Facts:
    sents = _sentences(doc, sentences)
    learned: Any = _Learned(doc, sents, roles) if roles is not None else None  # used only when roles is given
    mode = (lambda slot: roles.modes.get(slot, "rules")) if roles is not None else (lambda slot: "rules")
    service = _service(doc)
    if mode("service") != "rules":
        service = learned.service(service, alone=mode("service") == "classifier")
    fieldwork = (_date_from(doc, sents, _FIELDWORK, want_day=False, strong=_FIELDWORK_STRONG)
                 or _activity_month(doc, sents))
    stated = fieldwork is not None
    if mode("fieldwork") == "classifier" or (fieldwork is None and mode("fieldwork") == "hybrid"):
        fieldwork = learned.date("fieldwork")
    published = (_date_from(doc, sents, _PUBLISHED, want_day=True, after=fieldwork, strong=_PUBLISHED_STRONG)
                 or _dateline(doc, sents)
                 or _updated_today(doc, sents))
    if mode("published") == "classifier" or (published is None and mode("published") == "hybrid"):
        published = learned.date("published")
    if published and len(published) == 10:  # "published on Tuesday" under a by-line of Thursday: the Tuesday
        published = _report_day(doc, sents, published) or published
    if not stated and mode("fieldwork") != "classifier":  # "in January", dated from the publication
        fieldwork = _yearless_fieldwork(doc, sents, published) or fieldwork
    # Local inspections were first rated on the four-point scale in 2018: an earlier release's "'inadequate'"
    # is a judgement word, not an overall rating (docs/REAL-RELEASES.md; every pre-2018 release in the corpus).
    before_ratings = (published or fieldwork or "9999") < FIRST_RATED
    others = _co_inspected(doc, sents, service) if service and not before_ratings else []
    if others and service:
        service, others = _first_named(doc, service, others)
    overall = None
    if not before_ratings:
        overall = _overall_rating(doc, sents, service) or _overall_beside_aspects(doc, sents, service, aspects)
        if mode("overall_rating") != "rules":
            overall = learned.overall(overall, alone=mode("overall_rating") == "classifier")
        if others and service:  # several services: the first one's own rating, where a sentence gives it
            inspected = [service] + [_service(doc, _mentions_of(doc, e.text)) or normalise_service(e.text) for e in others]
            overall = _own_rating(doc, sents, service["name"], _mentions_of(doc, service["name"]), inspected) or overall
    keep = {"hybrid": learned.keep_aspect, "classifier": learned.is_aspect}.get(mode("ratings")) if learned else None
    keep_other = ({"hybrid": learned.keep_other_aspect, "classifier": learned.is_other_aspect}.get(mode("ratings"))
                  if learned else None)
    places = ([place_key(service_place(service["name"]))] + [place_key(service_place(e.text)) for e in others]
              if service and others else None)
    ratings = _aspect_ratings(doc, sents, aspects, keep, owner=places[0] if places else None, places=places,
                              main=place_key(service_place(service["name"])) if service else None)
    services = _services(doc, sents, service, overall, ratings, others, aspects, keep_other)
    # the helpers build plain dicts in the shapes of nlp.types (tests/test_types.py checks the keys)
    return cast(Facts, {
        "service": service,
        "overall_rating": overall,
        "ratings": ratings,
        "published": published,
        "fieldwork": fieldwork,
        "recommendations": _recommendations(doc, sents, service, services=len(services)),
        "services": services,
    })


class _Learned:
    """The role model's reading of one release: each mention's role probabilities, and the slot decisions
    built on them (used where the rules are silent or the model is sure they picked the wrong mention)."""

    SURE = 0.6     # the model's role probability needed to give a value the rules did not
    UNSURE = 0.2   # below this, the model vetoes the rules' mention

    def __init__(self, doc: Doc, sents, roles):
        self.doc, self.sents, self.roles = doc, sents, roles
        self._scored: dict[str, list] = {}

    def _of(self, label: str):
        """``(entity, role probabilities)`` for the mentions of one label, scored on first use (summarising
        only pays for the labels a slot asks about)."""
        if label not in self._scored:
            spans = [(s, e) for s, e, _ in self.sents]
            ents = {(x.start_char, x.end_char): x for x in _doc_ents(self.doc)}
            scored = self.roles.score(doc_text(self.doc), spans, [(s, e, x.label_) for (s, e), x in ents.items()],
                                      labels=(label,))
            self._scored[label] = [(ents[(m[0], m[1])], p) for m, p in scored]
        return self._scored[label]

    def service(self, rules: dict | None, alone: bool = False) -> dict | None:
        services = self._of("SERVICE")
        if not services or (rules is None and not alone):
            return rules
        best: dict[str, float] = {}
        for ent, p in services:
            key = place_key(service_place(ent.text))
            best[key] = max(best.get(key, 0.0), p.get("inspected", 0.0))
        top = max(best, key=lambda key: best[key])
        if alone:
            return _service(self.doc, [ent for ent, _ in services if place_key(service_place(ent.text)) == top])
        if rules is None:
            return None
        chosen = place_key(service_place(rules["name"]))
        if top != chosen and best[top] >= self.SURE and best.get(chosen, 0.0) < self.UNSURE:
            return _service(self.doc, [ent for ent, _ in services if place_key(service_place(ent.text)) == top])
        return rules

    def overall(self, rules: str | None, alone: bool = False) -> str | None:
        # a mention the rules know to be an earlier verdict ("judged ‘Good’ when inspectors last visited", the old
        # side of a change "from ‘Good’, its grade in 2021, to ‘...’") or a rating denied or counterfactual ("was not
        # given ‘Good’", "would have been rated ‘Inadequate’") is never the overall rating, however sure the model is
        ratings = [(normalise_rating(ent.text), p.get("overall", 0.0)) for ent, p in self._of("RATING")
                   if _given(self.doc, ent) and not _changed_from(self.doc, ent)]
        ratings = [(value, p) for value, p in ratings if value]
        if not ratings:
            return None if alone else rules
        value, p = max(ratings, key=lambda x: x[1])
        if alone:
            return value if p >= 0.5 else None
        if rules is None:
            return value if p >= self.SURE else None
        support = max((q for v, q in ratings if v == rules), default=0.0)
        return value if value != rules and p >= self.SURE and support < self.UNSURE else rules

    # the roles an aspect rating of the release's first service may take, and of any other service it reports on
    # (to the model, trained on the first service's facts, the others' aspect ratings are "another" service's)
    FIRST, OTHER = ("aspect", "overall"), ("aspect", "overall", "another")

    def keep_aspect(self, ent, roles: tuple[str, ...] = FIRST) -> bool:
        p = next((p for x, p in self._of("RATING") if x == ent), None)
        return p is None or p.get("aspect", 0.0) >= self.UNSURE or max(p, key=p.get) in roles

    def is_aspect(self, ent, roles: tuple[str, ...] = ("aspect",)) -> bool:
        p = next((p for x, p in self._of("RATING") if x == ent), None)
        return p is not None and max(p, key=p.get) in roles

    def keep_other_aspect(self, ent) -> bool:
        return self.keep_aspect(ent, self.OTHER)

    def is_other_aspect(self, ent) -> bool:
        return self.is_aspect(ent, ("aspect", "another"))

    def date(self, role: str) -> str | None:
        best, best_p = None, self.SURE
        for ent, p in self._of("DATE"):
            iso = normalise_date(ent.text)
            value = (iso if iso and len(iso) == 10 else None) if role == "published" else date_month(iso)
            if value and p.get(role, 0.0) >= best_p:
                best, best_p = value, p[role]
        return best
