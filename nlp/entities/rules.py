"""The rule components of the entity pipeline: patterns as data, and what their matches become.

A ``span_ruler`` matches the JSONL patterns in annotations/patterns/ (spaCy/Prodigy pattern shape) into
``doc.spans[RULES_KEY]``; ``EntityRules`` trims each match to its entity (rating context, edge words, comma
lists) and sets ``doc.ents``. ``ServiceMentions`` (service_mentions.py) then adds a bare place standing for a
service the doc names. The components are registered in factories.py; pipeline.py assembles them into the
shipped pipeline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..corpus import PROJECT_ROOT, read_jsonl
from ..errors import ModelError
from ..lexflags import TextTest, flagged
from ..vocab import RATINGS

PATTERNS_DIR = PROJECT_ROOT / "annotations" / "patterns"
RULES_KEY = "entity_rules"
# Tokens that may open or close a matched place but never belong to a name at its edge.
_SCALE_TITLE = frozenset(r for r in RATINGS if " " not in r)  # the one-token scale terms as written: Good, ...
_EDGE_WORDS = {"and", "&", "with", "upon", "on", "-", ",", "of", "the", "’s", "'s", "le", "y"}
_TYPE_ABBREVIATIONS = {"YJS", "YOS", "YOT", "PDU", "CRC", "NPS", "YJT", "Y&JS", "YJP", "YJPS"}
_JOINERS = {"and", "&", "with", "of", "the", ","}
# Lower-case words that join a place only between hyphens: "Ashton-under-Lyne", "Chester-le-Street".
_HYPHEN_JOINERS = {"super", "under", "in", "de", "la", "en", "sur", "ym", "yn", "ar", "cum", "by", "next"}
# Words that open a region's name: "Cumbria in the North West region" is a place and its region, not one name
_COMPASS = {"North", "South", "East", "West", "Mid", "Central", "Greater"}
# A sentence adverb before a comma opens no list of places: "Positively, Tolsey YJS’s work ...", "Encouragingly,
# Tolsey PDU has ..." (an "-ly" word of six letters or more; "Ely, Newmarket PDU" and "-ley" places list places)
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
# ... and the sentence connectives that end in no "-ly": "Later, Tolsey YJS was ...", "Meanwhile, Tolsey PDU ..."
_CONNECTIVES = {"Later", "Afterwards", "Meanwhile", "However", "Elsewhere", "Earlier", "Since", "Then",
                "Now", "Today", "Yesterday", "Overall", "Also", "Again", "Still", "Instead", "Nevertheless",
                "Nonetheless", "Moreover", "Furthermore", "Besides", "Likewise", "Here", "There", "Thus", "Indeed",
                "Next", "Finally", "Lastly", "Together"}
# A name before a comma after one of these is a person's: "Councillor Ellen Mackay, Brighton and Hove Council".
_PERSON_TITLES = {"Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness",
                  "Professor", "Prof"}
# Words that open a multi-word place in a comma list: "North Somerset, Bath PDU".
_PLACE_OPENERS = _COMPASS | {"Upper", "Lower", "Great", "Little", "New", "St", "Isle", "Vale", "City"}


def load_patterns(patterns_dir: str | None = None) -> list[dict]:
    """All span_ruler patterns from the JSONL files in ``patterns_dir`` (default annotations/patterns).

    >>> any(p["label"] == "DATE" for p in load_patterns())
    True
    """
    root = Path(patterns_dir) if patterns_dir else PATTERNS_DIR
    files = sorted(root.glob("*.jsonl"))
    if not files:
        raise ModelError(f"no pattern files (*.jsonl) in {root}")
    patterns = []
    for path in files:
        patterns.extend(read_jsonl(path))
    return patterns


def _trim(span: Span, openers: frozenset[str] = frozenset()) -> Span | None:
    """The entity inside a matched span: drop the context tokens its pattern id names, and loose edges (and a
    sentence's opening common noun of ``openers`` with its joiner, `_common_opener`)."""
    doc = span.doc
    start, end = span.start, span.end
    ident = span.id_ or ""
    if ident == "month":  # "in August", "During June": the month alone, the word of time before it only its context
        start = end - 1
    if ident.startswith("term"):
        terms = _rating_terms(span)
        if not terms or (ident == "term:unquoted" and not _unquoted_rating(doc, span.start)):
            return None
        marks = ident.split(":")
        start, end = terms[-1] if "last" in marks else terms[0]
        if "context" in marks and not _lower_rating_in_context(doc, start, end):
            return None
    if span.label_ not in ("SERVICE", "AGENCY"):
        return Span(doc, start, end, label=span.label_) if start < end else None
    if ident == "pcc":
        # "... Commissioner for Devon, Cornwall and the Isles of Scilly and Devon and Cornwall Police": a list of
        # places closes with one "and"; the next one joins another organisation
        joins = [i for i in range(start, end) if doc[i].lower_ in ("and", "&") and doc[i - 1].text != "Police"]
        if len(joins) > 1:
            end = joins[1]
    if (span.label_ == "SERVICE" and end - start > 2 and doc[start + 1].text == ","
            and (_SENTENCE_ADVERB.fullmatch(doc[start].text) or doc[start].text in _CONNECTIVES)):
        start += 2  # "Positively, Tolsey YJS’s work": the sentence's adverb, not a place of a list
        if not any(doc[i].is_title for i in range(start, end)):
            return None  # "Positively, the PDU had ...": no place is left, a bare type word (guidelines §2)
    ofs = [i for i in range(start, end) if doc[i].lower_ == "of"]
    if ofs and _after_person_title(doc, start):
        start = ofs[0] + 1  # "Councillor Ann Smith of City of York Council": a person's name, then the organisation
    # a scale term opens no name: "‘Outstanding’ Glossop YJS" without its quotes, "rated Good and Haringey YJS
    # Requires improvement" (capitals only: "Good" is a rating, never a place, in a release)
    while start < end and (doc[start].lower_ in _EDGE_WORDS or doc[start].text in _SCALE_TITLE
                           or (doc[start].text == "Requires" and start + 1 < end and doc[start + 1].lower_ == "improvement")
                           or (doc[start].lower_ == "improvement" and start and doc[start - 1].text == "Requires")):
        start += 2 if doc[start].text == "Requires" else 1
    if span.label_ == "SERVICE" and _common_opener(doc, start, end, openers):
        start += 2  # "Reports on Looe YJS were released": the sentence's first words, not the place's
    joins = [i for i in range(start, end - 1) if doc[i].lower_ in ("and", "&")]
    if span.label_ == "SERVICE" and joins and _located(doc, start):
        # "Ledwick PDU in North Westshire and Tarnby PDU": the place before "and" locates the service named before
        # "in"; the name is what follows it
        start = joins[0] + 1
    if start < end and doc[end - 1].lower_ in _EDGE_WORDS:
        return None  # "Barnsley and the YJS": a connector before the suffix means a bad match
    if start >= end:
        return None
    if span.label_ == "SERVICE" and doc[end - 1].text == "services":
        return None  # "Other youth offending services": lower-case plural is generic (guidelines §2)
    for i in range(start, end - 1):
        # "England, and the YJS", "Barnsley and YOT": a joining word must be followed by a name (or stand between
        # the hyphens of one: "Stow-on-the-Wold")
        following = doc[i + 1]
        hyphened = i > start and doc[i - 1].text == "-" == following.text
        if (doc[i].lower_ in _JOINERS and not hyphened and not following.is_title
                and not (following.lower_ == "the" and doc[i].lower_ != "the")):
            return None
    for i in range(start + (ident == "nps_in") + 1, end):
        # "in" joins "Barrow-in-Furness" and, without hyphens, places `_in_joins_place` reads as one name; not
        # "Trafford in Wigan PDU" ("NPS in Humberside" is its own pattern)
        if doc[i].text in _HYPHEN_JOINERS and not (i < end - 1 and doc[i - 1].text == "-" == doc[i + 1].text) \
                and not _in_joins_place(doc, start, i, end):
            return None
    commas = [i for i in range(start, end) if doc[i].text == ","]
    if commas and _after_person_title(doc, start):
        return None  # the name before the comma is the person's; the match after the comma stands alone
    if commas and not any(doc[i].lower_ in ("and", "&") for i in range(commas[-1], end)):
        # a comma joins places only in a list closed by "and": "Kent, Surrey and Sussex CRC";
        # "Councillor Ellen Mackay, Merton Council" is two things. A service name that opens its sentence
        # may list places with commas alone: "Swansea, Neath Port Talbot PDU has been rated ..."
        opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].text in "“\"‘'(")
        # one place before each comma ("Bath, Bristol, ...", "North Somerset, ...", "Southend-on-Sea, ..."),
        # so a person's name never leads it
        single = all(_one_place(doc, prev + 1, c) for prev, c in zip([start - 1, *commas], commas))
        if not (span.label_ == "SERVICE" and opens and single and doc[end - 1].text in _TYPE_ABBREVIATIONS):
            return None
    return Span(doc, start, end, label=span.label_)


# Words that place what follows them: "Staff in Trafford in Wigan PDU" is a place in a unit, not one name
_LOCATING = {"in", "at", "across", "within", "from", "around", "throughout", "near", "to", "outside", "inside"}


def _in_joins_place(doc: Doc, start: int, i: int, end: int) -> bool:
    """True where the "in" at ``i`` joins one place's name written without hyphens: before "the" and a name (not a
    compass word: "Cumbria in the North West region" is a place and its region), "Stanford in the Vale YJS"; or in a
    two-word place, "Sutton in Ashfield PDU", "Kirton in Lindsey YJS": one word before it, a name (not a compass word)
    after it and the service's type after that, no word placing the span before it ("Staff in Trafford in Wigan PDU"
    is Trafford in the unit) and, where the span opens its sentence ("Records in Wigan YJS were ..."), the release
    writing the same three words once more."""
    if doc[i].text == "in" and i + 2 < end and doc[i + 1].text == "the" and doc[i + 2].is_title \
            and doc[i + 2].text not in _COMPASS:
        return True
    if not (doc[i].text == "in" and i == start + 1 and i + 2 < end and doc[i + 1].is_title
            and doc[i + 1].text not in _COMPASS and (start == 0 or doc[start - 1].lower_ not in _LOCATING)):
        return False
    if not _opens(doc, start):
        return True
    words = (doc[start].text, "in", doc[i + 1].text)
    return any(j != start and (doc[j].text, doc[j + 1].text, doc[j + 2].text) == words
               and (j == 0 or doc[j - 1].lower_ not in _LOCATING) for j in range(len(doc) - 2))


def _opens(doc: Doc, start: int) -> bool:
    """True where the token at ``start`` opens a sentence, a line or a quotation."""
    return start == 0 or doc[start].is_sent_start or doc[start - 1].is_space or doc[start - 1].text in ".!?:;“\"‘'("


# the last word of a service's name: "... Probation Delivery Unit", "... Youth Justice Service", "... PDU"
_NAME_ENDS = {"Unit", "Service", "Team", "Trust", "Partnership", "Company"}


def _located(doc: Doc, start: int) -> bool:
    """True where ``start`` is inside a place after "<a service's name> in" ("Ledwick PDU in North Westshire", "... on
    the Isle of Brede"): the capitalised words before it, then "in" or "on" (and "the") after a word that ends a
    service's name ("Unit", "Service", "PDU")."""
    k = start
    while k > 0 and start - k < 4 and (doc[k - 1].is_title or (doc[k - 1].lower_ == "of" and k >= 2 and doc[k - 2].is_title)):
        k -= 1
    if k >= 1 and doc[k - 1].lower_ == "the" and doc[k].text in ("Isle", "Vale", "City"):
        k -= 1  # "Ledwick PDU on the Isle of Brede and Tarnby PDU" (not "... in the Probation Service – X region")
    # not the national service's "Probation Service in ...", which names no unit
    return (k >= 2 and doc[k - 1].lower_ in ("in", "on") and (doc[k - 2].text in _TYPE_ABBREVIATIONS or doc[k - 2].text in _NAME_ENDS)
            and not (k >= 3 and doc[k - 3].text == "Probation" and doc[k - 2].text == "Service"))


# Lower-case words that join a place's parts without hyphens ("Newcastle upon Tyne", "Isle of Wight") and also
# follow a common word that opens a sentence ("Reports on ...", "Findings of ...")
_OPENER_JOINS = {"on", "upon", "of", "with", "by", "in", "under"}


def _common_opener(doc: Doc, start: int, end: int, openers: frozenset[str] = frozenset()) -> bool:
    """True where a match opens its sentence on a capitalised common word and a joining word ("Reports on Looe
    YJS", "Inspections of ..."): a word of ``openers`` (common nouns, annotations/patterns/common_openers.json) or
    one the release also writes in lower case elsewhere is no place's (places that open on such a word and a
    joiner, "City of ...", "Isle of ...", are `_PLACE_OPENERS`)."""
    if end - start < 4 or doc[start + 1].text not in _OPENER_JOINS or doc[start].text in _PLACE_OPENERS:
        return False
    word = doc[start].text
    return bool(_opens(doc, start) and word.istitle() and doc[start + 2].is_title
                and (word in openers or any(t.text == word.lower() for t in doc if t.i != start)))


def _after_person_title(doc: Doc, start: int) -> bool:
    """True when a title ("Councillor") comes before ``start``, with at most capitalised words between."""
    k = start - 1
    while k >= 0 and doc[k].is_title and doc[k].text not in _PERSON_TITLES:
        k -= 1
    return k >= 0 and doc[k].text in _PERSON_TITLES


def _one_place(doc: Doc, start: int, end: int) -> bool:
    """True when tokens start..end are one place word: "Bath", "Southend-on-Sea", "North Somerset"."""
    words = [t for t in doc[start:end] if t.text != "-" and not (t.i > 0 and doc[t.i - 1].text == "-")]
    return len(words) == 1 or (len(words) == 2 and words[0].text in _PLACE_OPENERS)


_SCALE = {r.lower() for r in RATINGS if " " not in r}  # one-token terms


_BEFORE_UNQUOTED = frozenset({",", "(", ":"})
_AFTER_UNQUOTED = frozenset({",", ".", ";", ":", ")"})


def _unquoted_rating(doc: Doc, i: int) -> bool:
    """A capital scale term without quotes (``doc[i]``, a pattern matched it before a word that is not a name) is a
    rating after a lower-case word, an acronym or ", ( :" ("was Good for", "the PDU Good for", "rating, Inadequate,"),
    or before punctuation ("Dover PDU Inadequate."); the pattern starts on the term, so the matcher stays cheap."""
    if i == 0:
        return False
    before = doc[i - 1]
    return (before.is_lower or (before.is_upper and len(before) >= 2) or before.text in _BEFORE_UNQUOTED
            or (i + 1 < len(doc) and doc[i + 1].text in _AFTER_UNQUOTED))


# Words a lower-case scale term in rating context may stand before ("rated good overall", "rated good for its
# leadership", "assessed as good, and ..."): any other lower-case word may be the noun it qualifies ("good practice").
_AFTER_RATING = frozenset({
    "overall", "and", "or", "but", "in", "at", "for", "by", "from", "following", "after", "when", "with", "since",
    "on", "as", "while", "whilst", "across", "under", "respectively", "according", "last", "this", "to", "again",
    "too", "also", "then", "now", "because", "despite", "although", "though", "until", "before", "during", "where",
    "which", "who", "whereas", "against", "compared", "rating", "ratings", "verdict", "grade", "is", "was"})


_TERM = r"(?:outstanding|good|inadequate|requires\s+improvement)"
_WORD = r"[^\s.,;:!?()]+"
# What makes a lower-case scale term without quotes a rating of the four-point scale: the text right before it
# (a regular expression ending where the term starts) and, for a few, the text right after it. Not "judged (to be)
# good": the pre-2018 wording, an adjective in the training and held-out gold (annotations/patterns/README.md).
_RATING_BEFORE = re.compile(r"(?:" + "|".join([
    # "rated as good", "re-rated inadequate", "rated separately, as requires improvement", "graded good"
    r"\b(?:rated|graded|regraded|rerated)(?:\s+(?:separately|overall|again|now|both|each|all|it|them|jointly|first))?"
    r"\s*,?(?:\s+(?:as|at))?",
    r"\b(?:rated|graded)\s+(?:the|its|this)(?:\s+" + _WORD + r"){1,2}",  # "rated the PDU good"
    r"\b(?:rated|graded)(?:\s+(?!as\b)" + _WORD + r"){1,6}\s+as",  # "rated Tolsey Youth Justice Service as good"
    # "have rated Tolsey Youth Offending Service good": a capitalised name between the verb and the term
    r"\b(?:rated|graded|judged)(?:\s+(?-i:[A-Z][\w’'&-]*|\((?-i:[A-Z]{2,5})\)|and|of|the|&)){1,7}",
    r"\b(?:rating|grade|mark|verdict|score|judge?ment)\s+of",  # "an overall rating of good"
    r"\bfound(?:\s+(?!to\b)[^\s.;:!?()]+){0,5}\s+to\s+be",  # "found to be good", "found Tolsey YJS to be good"
    r"\bassessed(?:\s+(?:separately|overall))?\s*,?\s+as", r"\bassessed\s+to\s+be",
    # "the bottom of the four-point scale, inadequate", "the lowest rating it can award, inadequate"
    r"\b(?:scale|grades|ratings|band|bands|category|categories|level|award)\s*[,:–—]",
    r"\b(?:climbs|climbed|rises|rose|risen|falls|fell|fallen|drops|dropped|slips|slipped|improves|improved|moves|moved"
    r"|returns|returned|upgraded|downgraded|lifted|raised|lowered|up|down|back)\s+(?:to|from)",  # "climbs to good"
    r"\bfrom\s+" + _TERM + r"\s+to",  # the second of "from good to requires improvement"
    r"\b(?:given|awarded|received|receives|earned|earns|achieved|achieves|gets|got|secured|retained|reached|reaches)",
    r"\b(?:in|out|highest|lowest|best|worst|settled)\s+(?:at|on|as)",  # "came in at good", "settled on good"
    # "gave the town unit requires improvement", "awarded Clitheroe good" (not "gave staff good support": see below)
    r"\b(?:gave|give|gives|giving|awarded|handed)(?:\s+(?!(?:a|an|its|their|his|her)\b)" + _WORD + r"){1,3}",
    r"\brequires\s+improvement\s*(?:,|and|or)",  # "rated separately, as requires improvement and inadequate"
]) + r")\s+$", re.I)
# "from good to ...": the first of the two
_FROM_BEFORE, _TO_AFTER = re.compile(r"\bfrom\s+$", re.I), re.compile(r"\s+to\s+" + _TERM + r"\b", re.I)
# "requires improvement" never follows these as a verb: "at requires improvement", "up from requires improvement"
_NAMED_BEFORE = re.compile(
    r"\b(?:at|to|from|as|a|an|the|its|of|with|on|into|is|was|were|are|be|been|being|remains|remained|stays|stayed"
    r"|received|receives|earned|earns|gets|got|given|awarded|achieved|judged|deemed|rated|graded)\s+$", re.I)


def _lower_rating_in_context(doc: Doc, start: int, end: int) -> bool:
    """A lower-case scale term without quotes (tokens ``start..end``, local news and council copies: "rated good") is
    a rating where the text before it makes it one (``_RATING_BEFORE``) and it does not qualify the word after it;
    "requires improvement", no adjective, also after a preposition, an article or a form of "be". The span_ruler
    pattern is the term alone, so the matcher's cost is one test per token; these run only where it matched."""
    if not doc[start].is_lower:
        return False  # capitals and quotes have their own patterns
    at = doc[start].idx
    before = doc.text[max(0, at - 80):at]
    if doc[start].lower_ == "requires" and _NAMED_BEFORE.search(before):
        return True
    after = doc[end - 1].idx + len(doc[end - 1])
    if _RATING_BEFORE.search(before) or (_FROM_BEFORE.search(before) and _TO_AFTER.match(doc.text, after)):
        return not _qualifies_next(doc, end)
    return False


def _qualifies_next(doc: Doc, end: int) -> bool:
    """True when the scale term ending before ``doc[end]`` may be an adjective of what follows ("good practice",
    "good-quality"): the next token is a lower-case word outside ``_AFTER_RATING`` or a hyphen joined to the term;
    punctuation, a line break, a capitalised word (a headline's next line) or the end of the text close it."""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.text in ("-", "‐", "‑") and not doc[end - 1].whitespace_:
        return True
    return after.is_alpha and not after.text[0].isupper() and after.lower_ not in _AFTER_RATING


def _rating_terms(span: Span) -> list[tuple[int, int]]:
    """Token ranges of the scale terms inside a rating match ("Requires improvement" is two tokens)."""
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        lower = doc[i].lower_
        if lower in _SCALE:
            out.append((i, i + 1))
        elif lower in ("requires", "require") and i + 1 < span.end and doc[i + 1].lower_ == "improvement":
            out.append((i, i + 2))
            i += 1
        i += 1
    return out


def _after_name_in_brackets(span: Span, names: list[Span]) -> bool:
    """True for "(YJS)" right after "Westminster Youth Justice Service": the guidelines leave it untagged."""
    doc = span.doc
    return (span.text in _TYPE_ABBREVIATIONS and span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == "("
            and doc[span.end].text == ")" and any(n.end == span.start - 1 for n in names))


# what follows a service's name as the subject of its sentence: "All Stretton YJS has been rated", "... rated ‘Good’"
_SUBJECT_VERBS = {"has", "had", "is", "was", "rated", "came", "comes", "received", "receives", "got", "gets",
                  "earned", "earns", "achieved", "remains", "stays", "now", "today", "must", "should", "needs"}


def _with_all(span: Span) -> Span:
    """A name whose place opens on "All" ("All Stretton Youth Justice Service has ..."), which the place patterns
    leave out as the determiner it mostly is ("All Tolsey YJS staff"): taken in where the name opens its sentence or
    line, ends on a singular type word and is the subject of a verb (`_SUBJECT_VERBS`) or ends its line."""
    doc, start, end = span.doc, span.start, span.end
    if not (span.label_ == "SERVICE" and start >= 1 and doc[start - 1].text == "All" and _opens(doc, start - 1)
            and (doc[end - 1].text in _NAME_ENDS or doc[end - 1].text in _TYPE_ABBREVIATIONS)):
        return span
    after = doc[end] if end < len(doc) else None
    if after is None or after.lower_ in _SUBJECT_VERBS or after.text == ":" or after.is_space:
        return Span(doc, start - 1, end, label=span.label_)
    return span


class EntityRules:
    """Trim rule matches to their entity and set them as entities, leaving other tokens open for the ner.

    With ``overwrite`` (the component placed after the ner) a rule entity replaces any ner entity it
    overlaps; without it (placed before the ner) rule entities are set and the rest stays unknown.
    """

    OPENERS_FILE = "common_openers.json"

    def __init__(self, overwrite: bool = False, spans_key: str = RULES_KEY):
        self.overwrite = overwrite
        self.spans_key = spans_key
        # set where the pipeline is built (`add_entity_rules`) or loaded (`from_disk`): reading the project's file
        # here would tie loading a saved pipeline to the working directory
        self.openers: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for span in doc.spans.get(self.spans_key, []):
            if span.id_ == "term:each":  # a list of the scale: every term in it
                found.extend(Span(doc, a, b, label=span.label_) for a, b in _rating_terms(span))
            elif (entity := _trim(span, self.openers)) is not None:
                found.append(entity)
        rules = [_with_all(s) for s in filter_spans(found)]
        rules = [s for s in rules if not _after_name_in_brackets(s, rules)]
        if self.overwrite:
            taken = {i for span in rules for i in range(span.start, span.end)}
            kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
            doc.ents = filter_spans(rules + kept)
        else:
            existing = list(doc.ents)
            taken = {i for span in existing for i in range(span.start, span.end)}
            new = [s for s in rules if not any(i in taken for i in range(s.start, s.end))]
            # "unmodified" leaves the other tokens unknown, not "outside", so the ner may still tag them.
            doc.set_ents(existing + new, default="unmodified")
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.OPENERS_FILE).write_text(json.dumps({"words": sorted(self.openers)}, ensure_ascii=False) + "\n",
                                              encoding="utf-8")

    def from_disk(self, path, exclude=()):
        file = Path(path) / self.OPENERS_FILE
        if not file.exists():  # a pipeline saved before the list existed: the project's list, where there is one
            file = PATTERNS_DIR / self.OPENERS_FILE
        self.openers = _read_openers(file) if file.exists() else frozenset()
        return self


def add_entity_rules(nlp: Language, patterns_dir: str | Path | None = None, *, overwrite: bool = False) -> Language:
    """Add ``inspection_entity_rules`` with the common openers of ``patterns_dir`` (default the project's)."""
    rules = cast(EntityRules, nlp.add_pipe("inspection_entity_rules", config={"overwrite": overwrite}))
    rules.openers = _read_openers(Path(patterns_dir or PATTERNS_DIR) / EntityRules.OPENERS_FILE)
    return nlp


def _read_openers(path: Path) -> frozenset[str]:
    """The common nouns of ``path`` (a JSON object whose ``words`` is a list of strings) that may open a sentence
    before a service's name (`_common_opener`)."""
    try:
        words = json.loads(path.read_text(encoding="utf-8")).get("words")
    except (OSError, json.JSONDecodeError, UnicodeDecodeError, AttributeError) as err:
        raise ModelError(f"{path}: unreadable common openers ({err})") from None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ModelError(f"{path}: common openers need \"words\", a list of strings")
    return frozenset(words)


class FlaggedSpanRuler(SpanRuler):
    """spaCy's ``span_ruler`` with each distinct ``TEXT`` test of REGEX (and NOT_IN) computed once per word type.

    The Matcher runs a Python predicate (REGEX, IN, NOT_IN) for every pattern state at every token; the place
    patterns open with such a test ("a capitalised word not in the stop list"), so they were over a quarter of
    ``summarise --fast``. Here each distinct test becomes a lexeme flag (``Vocab.add_flag``, computed when a
    word enters the vocabulary) that the Matcher checks natively: the same matches, 20-25% less time in the
    ruler. The patterns keep their readable form (``patterns``, ``to_disk``); validation runs on that form.

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline()("Inspectors rated Barnsley PDU ‘Good’.")
    >>> [(s.text, s.label_) for s in doc.spans[RULES_KEY] if s.label_ == "SERVICE"]
    [('Barnsley PDU', 'SERVICE')]
    """

    def clear(self) -> None:
        super().clear()
        # patterns are validated in their readable form in add_patterns; the flag form has no schema
        self.matcher = Matcher(self.nlp.vocab, validate=False, fuzzy_compare=self.matcher_fuzzy_compare)

    def add_patterns(self, patterns) -> None:
        patterns = list(patterns)
        compiled = []
        for entry in patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, list):
                if self.validate:
                    errors = validate_token_pattern(pattern)
                    if errors:
                        raise MatchPatternError(repr((entry["label"], entry.get("id", ""))), {0: errors})
                entry = {**entry, "pattern": [self._flagged(token) for token in pattern]}
            compiled.append(entry)
        first = len(self._patterns)
        super().add_patterns(compiled)
        self._patterns[first:] = patterns

    def _flagged(self, token: dict) -> dict:
        test = token.get("TEXT")
        if not (isinstance(test, dict) and "REGEX" in test and set(test) <= {"REGEX", "NOT_IN"}):
            return token
        return flagged(self.nlp.vocab, token, "TEXT", TextTest(test["REGEX"], test.get("NOT_IN", ())))


def start_pipeline(patterns_dir: str | Path | None = None) -> Language:
    """A blank English pipeline with our tokenizer, sentences and a ``span_ruler`` over the patterns.

    The ruler's matches are in ``doc.spans[RULES_KEY]``; nothing sets entities yet.

    >>> start_pipeline().pipe_names
    ['inspection_sentences', 'span_ruler']
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "inspection.tokenizer.v2"}}})
    nlp.add_pipe("inspection_sentences")
    # add_pipe is typed as returning any callable; this name makes a SpanRuler
    ruler = cast(SpanRuler, nlp.add_pipe("inspection_span_ruler", name="span_ruler"))
    ruler.add_patterns(load_patterns(str(patterns_dir) if patterns_dir else None))
    return nlp
