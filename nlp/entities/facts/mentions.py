"""What every fact reads: the release's sentences and entity mentions, places compared, the past-inspection cue."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...vocab import place_key
from ..normalise import normalise_rating, normalise_service, service_place
from ..segment import doc_text, sentence_spans

_PAST = re.compile(r"\b(previous(?:ly)?|last inspect\w*|last (?:visit(?:ed)?|report(?:ed on)?)|last time|"
                   r"(?:a|one|two|three|four|five|six|\d+) years? (?:earlier|before)|when it was last|in a report published in|"
                   r"was rated .{0,40} in (?P<rated_year>(?:19|20)\d\d)|rescued from|came close|close to being|narrowly missed|"
                   r"uses a four-point scale|on a four-point scale|(?P<moved>down from|up from)|improvement on|compared with|"
                   r"came within|narrowly (?:avoid|escap|miss)\w*|avoided|escaped|(?:kept|saved|stopped|held) (?:\S+ ){1,6}"
                   r"(?:from|short of)|"
                   # the pluperfect tells of an earlier state: "The PDU had held its ‘Good’ rating since 2021",
                   # "Inspectors had judged the team ‘Good’ when they last came", "their report had given it ‘...’"
                   r"had (?:held|kept|retained|received|achieved|earned|rated|judged|graded|deemed|given|awarded|handed|"
                   r"settled on|placed|put|branded|labell?ed|marked|"
                   r"been (?:rated|judged|graded|given|placed|deemed|branded|labell?ed))|"
                   # a rating the service held before: "Three years after being rated ‘Inadequate’, X now ...",
                   # "Having been judged ‘Good’ in 2021, X ..."
                   r"(?:after|since) (?:being|having been) (?:rated|judged|graded|given|placed|deemed|found)|"
                   r"having (?:previously |once |last )?been (?:rated|judged|graded|given|placed|deemed)|"
                   # an earlier report by its date: "their report of March 2021" (a year before the latest named)
                   r"(?:its|their|the|an?) (?:(?:last|previous|earlier|first) )?(?:report|inspection) (?:of|from) "
                   r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
                   r"(?P<report_year>(?:19|20)\d\d)|"
                   r"previous inspection)\b", re.I)


def _sentences(doc: Doc, sentences) -> list[tuple[int, int, str | None]]:
    if sentences:
        return [(s, e, label) for s, e, label in sentences]
    return [(s, e, None) for s, e in sentence_spans(doc)]


_ENTS_KEY = "inspection_facts_ents"


def _doc_ents(doc: Doc):
    """``doc.ents``, built once per `extract_facts` call: spaCy makes new Span objects on every access, and
    the fact rules ask thousands of times per release."""
    cached = doc.user_data.get(_ENTS_KEY)
    return cached if cached is not None else doc.ents


def _ents_in(doc: Doc, start: int, end: int, label: str | None = None):
    return [e for e in _doc_ents(doc) if e.start_char >= start and e.end_char <= end and (label is None or e.label_ == label)]


# "downgraded from ‘Good’ to ‘Requires improvement’", "moved from ... into ...": the rating before "to" is history
_CHANGE_FROM = re.compile(r"\bfrom\s*[‘'“\"]?$", re.I)
# (past an aside on the old rating: "slipped from ‘Good’, the grade it got in 2021, to ‘...’", "from ‘Good’ (its
# grade since 2019) to ‘...’", "from ‘Good’ – where it stood for six years – to ‘...’")
_CHANGE_TO = re.compile(r"[’'”\"]?\s*(?:,[^.;:,‘’'“”\"]{1,60},\s*|\([^()‘’'“”\"]{1,60}\)\s*|[–—-]\s[^.;:‘’'“”\"]{1,60}?\s[–—-]\s*)?"
                        r"(?:to|into)\s*[‘'“\"]?")


_QUOTED_TERM = re.compile(r"\s*[‘'“\"][^‘’'“”\"]{1,30}")


def _moved_to(text: str, start: int) -> bool:
    """True where a change between two quoted ratings begins at ``start`` ("‘Good’, its grade in 2021, to ‘")."""
    m = _QUOTED_TERM.match(text, start)
    to = _CHANGE_TO.match(text, m.end()) if m else None
    return to is not None and text[to.end() - 1] in "‘'“\""


# "one rung below ‘Good’, at ‘Requires improvement’", "a step above ‘Inadequate’, on ‘...’": the first rating is
# the yardstick of a comparison, the second the service's (also after a colon or a dash: "one band under ‘Good’:
# ‘Requires improvement’")
_COMPARED = re.compile(r"\b(?:below|above|beneath|under|short of|(?:higher|lower|better|worse) than)\s*[‘'“\"]?$", re.I)
_STEP_FROM = re.compile(r"(?:below|above|beneath|under)\b", re.I)
_COMPARED_TO = re.compile(r"[’'”\"]?\s*(?:,?\s*(?:at|on|with|as)|[:–—-])\s*[‘'“\"]?")


def _rating_at(doc: Doc, start: int) -> bool:
    return any(x.start_char == start and x.label_ == "RATING" and normalise_rating(x.text) for x in _doc_ents(doc))


# the change written the other way round, the new rating first: "slips to ‘Requires improvement’ from the ‘Good’ it
# held", "moves to ‘Good’ from its previous ‘Inadequate’"
_CHANGED_BACK = re.compile(r"\bto\s*[‘'“\"](?P<term>[^‘’'“”\"]{1,30})[’'”\"]\s+from\s+(?:(?:the|its|their|an?)\s+)?"
                           r"(?:(?:old|previous|former|earlier|prior)\s+)?[‘'“\"]?$", re.I)


def _changed_from(doc: Doc, rating) -> bool:
    """True for the old side of a change between two ratings ("from ‘Good’ to ‘Inadequate’"), and for the yardstick
    of a comparison ("one step below ‘Good’, at ‘Requires improvement’", "a rating one step below ‘Good’")."""
    text = doc_text(doc)
    compared = _COMPARED.search(text, max(0, rating.start_char - 16), rating.start_char)
    if compared:
        # a step below or above a grade is never that grade ("an overall regional rating one step below ‘Good’");
        # "nothing higher than ‘Inadequate’" is, so a "than" is the yardstick only where a rating answers it
        m = _COMPARED_TO.match(text, rating.end_char)
        if _STEP_FROM.match(compared[0]) or (m and _rating_at(doc, m.end())):
            return True
    back = _CHANGED_BACK.search(text, max(0, rating.start_char - 80), rating.start_char)
    if back and normalise_rating(back["term"]) and _rating_at(doc, back.start("term")):
        return True
    if not _CHANGE_FROM.search(text, max(0, rating.start_char - 12), rating.start_char):
        return False
    m = _CHANGE_TO.match(text, rating.end_char)
    if not m:
        return False
    return _rating_at(doc, m.end())


def _ratings_in(doc: Doc, start: int, end: int):
    """The RATING mentions between ``start`` and ``end`` that name a term of the scale, less the old side of a
    change ("from ‘Good’ to ‘Inadequate’" rates ‘Inadequate’)."""
    return [r for r in _ents_in(doc, start, end, "RATING") if normalise_rating(r.text) and not _changed_from(doc, r)]


def _same_place(a: str, b: str) -> bool:
    return place_key(a) == place_key(b)


def _in_place(a: str, b: str) -> bool:
    return place_key(a) in place_key(b)


_UNIT_TYPES = ("PDU", "YJS", "CRC")
# where the release ends and its notes begin: "ENDS", "Notes to editors"
_NOTES_START = re.compile(r"\W*(?:ENDS|Notes? to editors?)\b", re.I)


def _before_past(text: str, s: int, e: int, latest: int | None = None) -> int:
    """End of the part of a sentence that speaks of this inspection: up to the first past-rating cue.

    "rated ‘Requires improvement’, an improvement on the ‘Inadequate’ rating it received ..." keeps the first rating.
    Given the release's ``latest`` year, "was rated ‘Good’ in <year>" is a past cue only for an earlier year.
    """
    for m in _PAST.finditer(text, s, e):
        year = m["rated_year"] or m["report_year"]
        if year and (latest is None and m["report_year"] or latest is not None and int(year) >= latest):
            continue
        if m["moved"] and _moved_to(text, m.end()):
            continue  # "has gone up from ‘Good’ to ‘...’": the old side is the change's (`_changed_from`), not the rest
        return m.start()
    return e


def _mentions_of(doc: Doc, name: str) -> list:
    """The SERVICE mentions of the place of the service ``name``, in order."""
    return [x for x in _doc_ents(doc) if x.label_ == "SERVICE" and _same_place(service_place(x.text), service_place(name))]


_BARE_KEY = "inspection_facts_typed"


def _typed_places(doc: Doc) -> dict[str, tuple[str, str]]:
    """The place of each typed service the release names (a unit, a youth service, a CRC: not a region, an agency
    or a bare place), as written, with the first typed name for it: {"Dartmouth": ("Dartmouth", "Dartmouth
    Probation Delivery Unit")}. Found once per `extract_facts` call (kept in ``doc.user_data`` while it runs, as
    `_doc_ents`)."""
    typed = doc.user_data.get(_BARE_KEY)
    if typed is None:
        typed = {}
        for x in _doc_ents(doc):
            if x.label_ == "SERVICE" and normalise_service(x.text)["type"] not in ("region", "other"):
                place = service_place(x.text)
                if place and place[0].isupper():
                    typed.setdefault(place, (place, x.text))
        if doc.user_data.get(_ENTS_KEY) is not None:
            doc.user_data[_BARE_KEY] = typed
    return typed


def _typed_name(doc: Doc, mention) -> str:
    """The typed name a SERVICE mention stands for: its own text, or for a bare place ("Dartmouth", tagged by
    `ServiceMentions`) the first typed name of that place in the release."""
    if normalise_service(mention.text)["type"] == "other":
        key = place_key(mention.text)
        return next((name for place, name in _typed_places(doc).values() if place_key(place) == key), mention.text)
    return mention.text
