"""The spaCy pipeline: sentences, entity rules (a ``span_ruler`` over JSONL patterns), bare-place service
mentions and, optionally, a small ``ner``.

Rules find the entities that have a fixed shape (ratings in rating context, dates, listed organisations,
"<place> YJS / PDU / ..."); ``inspection_service_mentions`` adds a bare place standing for a service the doc
names ("Trafford stands out" once "Trafford PDU" is tagged). The default is rules only: in grouped
cross-validation and the shift split the small ner, before the rules ("ner_first") or after them
("rules_first", also when it reads only sentences with an open capitalised word), added more false entities
than missing ones it found (table and commands in nlp/entities/README.md); so did "rules_plus_ner", where
the gated ner may add only well-formed SERVICE / AGENCY names (it adds regions and towns that are not the
service). The ner orders stay available (``order=``) for data the rules do not cover.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer, SpanRuler
from spacy.pipeline.ner import ner_score
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, minibatch

from ..corpus import PROJECT_ROOT, read_jsonl
from ..errors import ModelError
from ..vocab import ENTITY_LABELS, RATINGS
from .segment import TEXT_KEY, doc_text  # (importing segment registers "inspection_sentences")
from .normalise import normalise_service, service_place

PATTERNS_DIR = PROJECT_ROOT / "annotations" / "patterns"
RULES_KEY = "entity_rules"
LABELS = ENTITY_LABELS
# Chosen by grouped cross-validation and the shift split (table in nlp/entities/README.md): the small ner,
# before or after the rules, added more false entities than it found missing ones.
DEFAULT_ORDER = "rules_only"
ORDERS = ("rules_first", "ner_first", "rules_plus_ner", "rules_only")
# Tokens that may open or close a matched place but never belong to a name at its edge.
_EDGE_WORDS = {"and", "&", "with", "upon", "on", "-", ",", "of", "the", "’s", "'s", "le", "y"}
_TYPE_ABBREVIATIONS = {"YJS", "YOS", "YOT", "PDU", "CRC", "NPS", "YJT", "Y&JS"}
_JOINERS = {"and", "&", "with", "of", "the", ","}
# Lower-case words that join a place only between hyphens: "Ashton-under-Lyne", "Chester-le-Street".
_HYPHEN_JOINERS = {"super", "under", "in", "de", "la", "en", "sur", "ym", "yn", "ar", "cum", "by", "next"}
# A name before a comma after one of these is a person's: "Councillor Ellen Mackay, Brighton and Hove Council".
_PERSON_TITLES = {"Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness",
                  "Professor", "Prof"}
# Words that open a multi-word place in a comma list: "North Somerset, Bath PDU".
_PLACE_OPENERS = {"North", "South", "East", "West", "Mid", "Central", "Upper", "Lower", "Greater", "Great", "Little",
                  "New", "St", "Isle", "Vale", "City"}

NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 32,
    "maxout_pieces": 1,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        # narrow and shallow: the rules do the easy work, and issue 8 needs speed
        "width": 32,
        "depth": 1,
        "embed_size": 1000,
        "window_size": 1,
        "maxout_pieces": 1,
        "subword_features": False,
    },
}


# Capitalised words that open sentences or name roles, never a name the rules could have missed. A sentence
# whose only capitalised words are these (or rule entities) gives the ner nothing to find.
NOT_NAME_WORDS = frozenset("""
A About Across After All Also Although Among An And As At Before Both But By Chief Contact Despite Director
Does During Each Even Every For From He Head Her Here His How However I If In Inspector Inspectors It Its
Leaders Leadership Many Most Mr Mrs Ms Dr No Not Notes Now Of On Only Our Overall She Since So Some Staff
That The Their Then There These They This Those Through To Today Under We What When Where Which While Whilst
Who Why With Within Yet ENDS
""".split())


# What the filtered ner ("rules_plus_ner") may add: names the rules cannot list. Words that may join a name
# inside it, and single words that are a type or a body, never a name on their own.
NER_ADD_LABELS = frozenset({"SERVICE", "AGENCY"})
NAME_JOINERS = frozenset({"and", "of", "&", "for", "the"})
GENERIC_NAMES = frozenset({"Service", "Services", "PDU", "YJS", "YOS", "YOT", "YJT", "CRC", "Board", "Council"})


def is_addable_name(span: Span) -> bool:
    """True when a ner span looks like a name the rules could not list: what the filtered ner may add.

    SERVICE or AGENCY only; capitalised words (joined inside by "and", "of", "&", "for", "the"); two or more
    tokens, or one all-capitals acronym of three or more letters; not a type or body word alone.

    >>> nlp = build_pipeline(ner=False)
    >>> doc = nlp.make_doc("The Wessex Reducing Reoffending Board and YJS staff met CAMHS about PDU work")
    >>> [is_addable_name(Span(doc, a, b, label=l)) for a, b, l in [(1, 5, "AGENCY"), (6, 7, "AGENCY"),
    ...  (9, 10, "AGENCY"), (11, 12, "SERVICE"), (1, 5, "DATE"), (1, 6, "AGENCY")]]
    [True, False, True, False, False, False]
    """
    if span.label_ not in NER_ADD_LABELS or span.text in GENERIC_NAMES:
        return False
    words = [t.text for t in span]
    if words[0] in NOT_NAME_WORDS:
        return False  # "However Trafford", "The Board": a sentence opener or article is not part of a name
    for i, word in enumerate(words):
        inside = 0 < i < len(words) - 1
        if not (word[:1].isupper() or (inside and word.lower() in NAME_JOINERS)):
            return False
    if len(words) >= 2:
        return True
    letters = [c for c in words[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def needs_ner(sent: Span) -> bool:
    """True when the sentence holds a capitalised word that no rule entity covers: the only place the ner can add.

    >>> nlp = build_pipeline(ner=False)
    >>> [needs_ner(s) for s in nlp("The staff were rated ‘Good’. Trafford stands out.").sents]
    [False, True]
    """
    for token in sent:
        text = token.text
        if (token.ent_iob == 0 and text[:1].isupper() and text not in NOT_NAME_WORDS
                and any(c.isalpha() for c in text)):
            return True
    return False


@spacy.registry.tokenizers("inspection.tokenizer.v1")
def create_tokenizer():
    """spaCy's English tokenizer, reading a non-breaking space as a space (issue 11 robustness)."""
    default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> "SpaceTokenizer":
        return SpaceTokenizer(default(nlp))

    return make


class SpaceTokenizer:
    """Tokenise as if every non-breaking or narrow space were a plain space.

    The doc keeps the character offsets of the input (each of these spaces is one character, like the plain
    space that stands in for it), so "17\u00a0September 2024" is one DATE at the same offsets as
    "17 September 2024", where spaCy's own tokenizer would make the space a token and break every pattern.
    """

    _SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        text = text.translate(self._SPACES)
        doc = self.inner(text)
        doc.user_data[TEXT_KEY] = text  # see segment.doc_text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        if name == "inner":  # not set yet while unpickling: no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)

    def to_disk(self, path, **kwargs):
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.inner.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs):
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.inner.from_bytes(data, **kwargs)
        return self


@spacy.registry.misc("inspection.patterns.v1")
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


def _trim(span: Span) -> Span | None:
    """The entity inside a matched span: drop the context tokens its pattern id names, and loose edges."""
    doc = span.doc
    start, end = span.start, span.end
    ident = span.id_ or ""
    if ident.startswith("term"):
        terms = _rating_terms(span)
        if not terms:
            return None
        start, end = terms[-1] if ident.endswith(":last") else terms[0]
    if span.label_ not in ("SERVICE", "AGENCY"):
        return Span(doc, start, end, label=span.label_) if start < end else None
    if ident == "pcc":
        # "... Commissioner for Devon, Cornwall and the Isles of Scilly and Devon and Cornwall Police": a list of
        # places closes with one "and"; the next one joins another organisation
        joins = [i for i in range(start, end) if doc[i].lower_ in ("and", "&") and doc[i - 1].text != "Police"]
        if len(joins) > 1:
            end = joins[1]
    while start < end and doc[start].lower_ in _EDGE_WORDS:
        start += 1
    if start < end and doc[end - 1].lower_ in _EDGE_WORDS:
        return None  # "Barnsley and the YJS": a connector before the suffix means a bad match
    if start >= end:
        return None
    if span.label_ == "SERVICE" and doc[end - 1].text == "services":
        return None  # "Other youth offending services": lower-case plural is generic (guidelines §2)
    for i in range(start, end - 1):
        # "England, and the YJS", "Barnsley and YOT": a joining word must be followed by a name
        following = doc[i + 1]
        if doc[i].lower_ in _JOINERS and not following.is_title and not (following.lower_ == "the" and doc[i].lower_ != "the"):
            return None
    for i in range(start + (ident == "nps_in") + 1, end):
        # "in" joins "Barrow-in-Furness", not "Trafford in Wigan PDU" ("NPS in Humberside" is its own pattern)
        if doc[i].text in _HYPHEN_JOINERS and not (i < end - 1 and doc[i - 1].text == "-" == doc[i + 1].text):
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


def _rating_terms(span: Span) -> list[tuple[int, int]]:
    """Token ranges of the scale terms inside a rating match ("Requires improvement" is two tokens)."""
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        lower = doc[i].lower_
        if lower in _SCALE:
            out.append((i, i + 1))
        elif lower == "requires" and i + 1 < span.end and doc[i + 1].lower_ == "improvement":
            out.append((i, i + 2))
            i += 1
        i += 1
    return out


def _after_name_in_brackets(span: Span, names: list[Span]) -> bool:
    """True for "(YJS)" right after "Westminster Youth Justice Service": the guidelines leave it untagged."""
    doc = span.doc
    return (span.text in _TYPE_ABBREVIATIONS and span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == "("
            and doc[span.end].text == ")" and any(n.end == span.start - 1 for n in names))


@Language.factory("inspection_entity_rules", default_config={"overwrite": False, "spans_key": RULES_KEY})
def make_entity_rules(nlp: Language, name: str, overwrite: bool, spans_key: str) -> "EntityRules":
    """The ``inspection_entity_rules`` component: turns the span_ruler's matches into ``doc.ents``."""
    return EntityRules(overwrite=overwrite, spans_key=spans_key)


class EntityRules:
    """Trim rule matches to their entity and set them as entities, leaving other tokens open for the ner.

    With ``overwrite`` (the component placed after the ner) a rule entity replaces any ner entity it
    overlaps; without it (placed before the ner) rule entities are set and the rest stays unknown.
    """

    def __init__(self, overwrite: bool = False, spans_key: str = RULES_KEY):
        self.overwrite = overwrite
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        found = [s for s in (_trim(span) for span in doc.spans.get(self.spans_key, [])) if s is not None]
        rules = filter_spans(found)
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
        pass

    def from_disk(self, path, exclude=()):
        return self


@Language.factory("inspection_gated_ner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  default_config={"model": NER_MODEL, "moves": None, "update_with_oracle_cut_size": 100,
                                  "incorrect_spans_key": None, "filtered": False},
                  default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None})
def make_gated_ner(nlp: Language, name: str, model, moves, update_with_oracle_cut_size: int,
                   incorrect_spans_key, filtered: bool) -> "GatedEntityRecognizer":
    """The ``inspection_gated_ner`` component: spaCy's ner, run only on sentences where :func:`needs_ner`."""
    component = GatedEntityRecognizer(nlp.vocab, model, name, moves,
                                      update_with_oracle_cut_size=update_with_oracle_cut_size,
                                      incorrect_spans_key=incorrect_spans_key, scorer=ner_score)
    component.filtered = filtered
    return component


class GatedEntityRecognizer(EntityRecognizer):
    """spaCy's ``ner`` that reads only the sentences the rules left something open in (issue 8 speed).

    Rule entities stay; the ner's entities in the sentences it reads are added where they overlap none.
    It is trained on the same kind of sentences (see :func:`train_pipeline`), so nothing it learned is lost.
    With ``filtered`` it adds only what :func:`is_addable_name` accepts (names the rules cannot list).
    """

    filtered = False

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, *, batch_size: int = 256):
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            subs, where = [], []
            for doc in batch:
                for sent in doc.sents:
                    if needs_ner(sent):
                        subs.append(sent.as_doc())
                        where.append((doc, sent.start))
            found: dict[int, list[tuple[int, int, int]]] = {}  # id(doc) -> (start, end, label id)
            for sub, (doc, offset) in zip(super().pipe(subs, batch_size=max(len(subs), 1)), where):
                for ent in sub.ents:
                    found.setdefault(id(doc), []).append((offset + ent.start, offset + ent.end, ent.label))
            for doc in batch:
                spans = found.get(id(doc))
                if spans:
                    taken = {i for e in doc.ents for i in range(e.start, e.end)}
                    new = [Span(doc, s, e, label=label) for s, e, label in spans
                           if not any(i in taken for i in range(s, e))]
                    if self.filtered:
                        new = [span for span in new if is_addable_name(span)]
                    if new:
                        doc.set_ents(new, default="unmodified")
            yield from batch


@Language.factory("inspection_service_mentions", default_config={})
def make_service_mentions(nlp: Language, name: str) -> "ServiceMentions":
    """The ``inspection_service_mentions`` component: bare places standing for a service named in the doc.

    Created without rules; ``build_pipeline`` gives it the project's table and ``from_disk`` the saved one.
    """
    return ServiceMentions()


class ServiceMentions:
    """Tag "Trafford" as SERVICE in "Trafford stands out" when the doc names "Trafford PDU" elsewhere.

    The contexts (subject of a verb, "staff at X"; never after a preposition or in a description of the
    place) are data: annotations/patterns/service_mentions.json when a pipeline is built, then saved with
    the pipeline (``to_disk`` writes ``service_mentions.json`` in the component's directory, so the models
    directory is complete and its hashes cover the table).
    """

    FILE_NAME = "service_mentions.json"
    KEYS = ("verb_after", "describes_place", "people_at", "preposition_before")

    def __init__(self, rules_path: str | Path | None = None):
        self.rules: dict | None = None
        if rules_path is not None:
            self.set_rules(_read_rules(Path(rules_path)), Path(rules_path))

    def set_rules(self, raw: dict, source: Path | str = "service mention rules") -> "ServiceMentions":
        """Use a rules table (the JSON object of service_mentions.json); ``source`` names it in errors."""
        missing = [key for key in self.KEYS if not isinstance(raw.get(key), str)]
        if missing:
            raise ModelError(f"{source}: service mention rules need {', '.join(missing)} (regular expressions)")
        try:
            self.verb_after = re.compile(raw["verb_after"], re.I)
            self.describes = re.compile(raw["describes_place"], re.I)
            self.people_at = re.compile(raw["people_at"], re.I)
            self.preposition = re.compile(raw["preposition_before"], re.I)
        except re.error as err:
            raise ModelError(f"{source}: bad regular expression ({err})") from None
        self.rules = dict(raw)
        return self

    def _stands_for_service(self, text: str, start: int, end: int) -> bool:
        before, after = text[max(0, start - 25):start], text[end:end + 60]
        if self.people_at.search(before):
            return True
        if self.preposition.search(before) or not self.verb_after.match(after):
            return False
        return not self.describes.search(after[:45])

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise ModelError("inspection_service_mentions has no rules: build the pipeline with "
                             "build_pipeline() or load a saved one")
        places: Iterable[str] = {service_place(e.text) for e in doc.ents
                  if e.label_ == "SERVICE" and normalise_service(e.text)["type"] != "other"}
        places = sorted((p for p in places if len(p) >= 3 and p[0].isupper()), key=len, reverse=True)
        if not places:
            return doc
        text = doc_text(doc)
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        new = []
        for place in places:
            for m in re.finditer(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), label="SERVICE")
                if span is None or taken.intersection(range(span.start, span.end)):
                    continue
                if self._stands_for_service(text, m.start(), m.end()):
                    new.append(span)
                    taken.update(range(span.start, span.end))
        if new:
            doc.set_ents(new, default="unmodified")
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.FILE_NAME).write_text(json.dumps(self.rules, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")

    def from_disk(self, path, exclude=()):
        file = Path(path) / self.FILE_NAME
        return self.set_rules(_read_rules(file), file)


def _read_rules(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: service mention rules missing") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ModelError(f"{path}: unreadable service mention rules ({err})") from None
    if not isinstance(raw, dict):
        raise ModelError(f"{path}: service mention rules must be a JSON object")
    return raw


def build_pipeline(patterns_dir: str | Path | None = None, *, order: str = DEFAULT_ORDER,
                   ner: bool = True, gated: bool = True) -> Language:
    """A blank English pipeline with our sentences, entity rules and an untrained ner.

    ``order`` is "rules_first" (rules set entities, the ner fills the rest), "ner_first" (the ner runs,
    then rules overwrite what they overlap), "rules_plus_ner" (rules_first, gated, and the ner may add
    only SERVICE / AGENCY names that :func:`is_addable_name` accepts) or "rules_only". With ``gated``
    (rules_first only) the ner reads only the sentences where the rules left a capitalised word open.

    >>> nlp = build_pipeline(ner=False)
    >>> [(e.text, e.label_) for e in nlp("It was rated ‘Good’ in May 2024.").ents]
    [('Good', 'RATING'), ('May 2024', 'DATE')]
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "inspection.tokenizer.v1"}}})
    nlp.add_pipe("inspection_sentences")
    # add_pipe is typed as returning any callable; these names make a SpanRuler and an EntityRecognizer
    ruler = cast(SpanRuler, nlp.add_pipe("span_ruler", config={"spans_key": RULES_KEY, "annotate_ents": False,
                                                               "validate": True}))
    ruler.add_patterns(load_patterns(str(patterns_dir) if patterns_dir else None))
    component = None
    if order == "ner_first" and ner:
        component = nlp.add_pipe("ner", config={"model": NER_MODEL})
        nlp.add_pipe("inspection_entity_rules", config={"overwrite": True})
    else:
        nlp.add_pipe("inspection_entity_rules", config={"overwrite": False})
        mentions = cast(ServiceMentions, nlp.add_pipe("inspection_service_mentions"))
        rules_path = (Path(patterns_dir) if patterns_dir else PATTERNS_DIR) / ServiceMentions.FILE_NAME
        mentions.set_rules(_read_rules(rules_path), rules_path)
        if ner and order != "rules_only":
            if order == "rules_plus_ner":
                component = nlp.add_pipe("inspection_gated_ner", name="ner",
                                         config={"model": NER_MODEL, "filtered": True})
            else:
                factory = "inspection_gated_ner" if gated else "ner"
                component = nlp.add_pipe(factory, name="ner", config={"model": NER_MODEL})
    if component is not None:
        for label in LABELS:
            cast(EntityRecognizer, component).add_label(label)
    return nlp


def _reference(nlp: Language, text: str, entities) -> Doc:
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label in entities:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def train_pipeline(releases, seed: int = 0, *, epochs: int = 10, order: str = DEFAULT_ORDER,
                   gated: bool = True, patterns_dir: str | Path | None = None, dropout: float = 0.1,
                   batch_size: int = 8, verbose: bool = False) -> Language:
    """Train the ner on gold entities of ``releases`` (AnnotatedRelease) and return the whole pipeline.

    The ner learns one sentence at a time, from docs the rules have already annotated, so it learns to
    complete the rules rather than to repeat them.

    >>> from nlp.annotations import load_dataset
    >>> nlp = train_pipeline(load_dataset()[:3], epochs=1)  # doctest: +SKIP
    """
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = build_pipeline(patterns_dir, order=order, gated=gated)
    if "ner" not in nlp.pipe_names:
        return nlp
    gate = isinstance(nlp.get_pipe("ner"), GatedEntityRecognizer)
    ner_index = nlp.pipe_names.index("ner")
    before = nlp.pipe_names[:ner_index]
    examples = []
    for release in releases:
        if not release.text.strip():
            continue
        predicted = nlp.make_doc(release.text)
        for name in before:
            predicted = nlp.get_pipe(name)(predicted)
        reference = _reference(nlp, release.text, release.entities)
        for sent in predicted.sents:
            if not sent.text.strip() or (gate and not needs_ner(sent)):
                continue
            examples.append(Example(predicted[sent.start:sent.end].as_doc(),
                                    reference[sent.start:sent.end].as_doc()))
    if not examples:
        raise ModelError("no training text: the releases given have no text")
    # initialize() re-reads span_ruler patterns from the [initialize] config, so point it at our files
    nlp.config["initialize"]["components"]["span_ruler"] = {
        "patterns": {"@misc": "inspection.patterns.v1", "patterns_dir": str(patterns_dir) if patterns_dir else None}}
    optimizer = nlp.initialize(lambda: examples)
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(epochs):
            random.shuffle(examples)
            losses: dict = {}
            started = time.perf_counter()
            for batch in minibatch(examples, size=batch_size):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            if verbose:
                print(f"epoch {epoch}: loss {losses.get('ner', 0):.1f} ({time.perf_counter() - started:.1f}s)")
    return nlp


def load_pipeline(path: str | Path) -> Language:
    """Load a pipeline saved with ``Language.to_disk``, registering our components first.

    >>> load_pipeline("models/pipeline").pipe_names[:2]
    ['inspection_sentences', 'span_ruler']
    """
    path = Path(path)
    if not (path / "config.cfg").exists():
        raise ModelError(f"{path} is not a saved entity pipeline (no config.cfg); run `inspection-nlp train`")
    return spacy.load(path)
