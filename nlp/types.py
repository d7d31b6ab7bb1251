"""The public shapes, typed: a summary (the `inspection-summary/1` JSON document), its sentences and entities,
a release's facts, and an evaluation result.

They are `TypedDict`s, not classes: the values stay the plain dicts that `json.dumps` writes and a reader
of the JSON gets back, while a reader of the code and the type checker know the keys. A leaf like
`nlp.vocab`: it imports nothing of ours. The schema's rules are in OUTPUT-SCHEMA.md; fields are only
ever added.

>>> from typing import get_type_hints
>>> list(get_type_hints(Sentence))
['text', 'start', 'end', 'label', 'scores']
"""

from typing import Any, NotRequired, Protocol, TypedDict

Span = tuple[int, int]  # (start, end) character offsets into a release's text
EntitySpan = tuple[int, int, str]  # (start, end, label)
LabelledSpan = tuple[int, int, str | None]  # a sentence and its label, None where not yet labelled


class SentenceItem(TypedDict, total=False):
    """A sentence as the classifier reads it (`nlp.classify.make_items`): normalised text, its neighbours and
    where it stands in the release. Only `text` is needed: a plain string is read as {"text": ...}."""

    text: str  # normalised: digits as 0, straight quotes, a leading bullet dropped
    raw: str  # as in the release
    prev: str
    next: str
    leadin: str  # the lead-in line ("Key findings:") of a list item, else ""
    is_headline: bool
    is_leadin: bool
    is_list_item: bool
    in_quote: bool
    has_speaker: bool
    in_notes: bool  # after "ENDS" / "Notes to editors"
    new_paragraph: bool
    index: int
    n_sentences: int
    position: float  # index / (n_sentences - 1)
    entities: list[str]  # labels of the entities it overlaps
    other_service: bool  # names a service other than the release's own


class Classifier(Protocol):
    """What the library asks of a sentence classifier: the scikit-learn model (skops) and its array form
    (`nlp.classify.linear`) both give it."""

    classes_: Any  # the labels, in the order of predict_proba's columns

    def predict_proba(self, X: list[Any]) -> Any: ...


class Service(TypedDict):
    """The inspected service: "Westminster Youth Justice Service", "Westminster YJS", "YJS"."""

    name: str
    short: str
    type: str  # one of vocab.SERVICE_TYPES


class AspectRating(TypedDict):
    """One aspect's rating: {"aspect": "court disposals", "rating": "Good"}."""

    aspect: str
    rating: str  # one of vocab.RATINGS


class RecommendationFacts(TypedDict):
    count: int | None
    recipients: list[str]


class ServiceFacts(TypedDict):
    """One inspected service of a release, with its own ratings (`services`; issue #16)."""

    name: str
    short: str
    type: str
    overall_rating: str | None
    ratings: list[AspectRating]


class Facts(TypedDict):
    """A release's facts as `nlp.entities.extract_facts` reads them; None where no sentence states one."""

    service: Service | None
    overall_rating: str | None
    ratings: list[AspectRating]
    published: str | None  # ISO date, YYYY-MM-DD
    fieldwork: str | None  # ISO month or date
    recommendations: RecommendationFacts
    services: list[ServiceFacts]  # every inspected service in order; the first is `service`


class Sentence(TypedDict):
    """A sentence of the release with the classifier's label and all four scores (they sum to 1)."""

    text: str
    start: int
    end: int
    label: str  # one of vocab.SENTENCE_LABELS
    scores: dict[str, float]


class Item(TypedDict):
    """A strength, weakness or recommendation: a sentence, the score of its label and its themes."""

    text: str
    start: int
    end: int
    score: float
    themes: NotRequired[list[str]]  # added by nlp.themes.add_themes


class Recommendations(RecommendationFacts):
    items: list[Item]


class Entity(TypedDict):
    text: str
    label: str  # one of vocab.ENTITY_LABELS
    start: int
    end: int


class ModelInfo(TypedDict):
    version: str
    classifier: str
    ner: str


class Summary(TypedDict):
    """An `inspection-summary/1` document (OUTPUT-SCHEMA.md), as `nlp.summarise` builds it."""

    schema: str
    source: str
    title: str
    service: Service | None
    overall_rating: str | None
    ratings: list[AspectRating]
    services: list[ServiceFacts]  # every inspected service in order; service/overall_rating/ratings are the first's
    published: str | None
    fieldwork: str | None
    strengths: list[Item]
    weaknesses: list[Item]
    recommendations: Recommendations
    entities: list[Entity]
    sentences: list[Sentence]
    model: ModelInfo
    themes: NotRequired[dict[str, int]]  # theme -> items tagged with it, added by nlp.themes.add_themes
    text: NotRequired[str]  # the text offsets refer to, when it was read from HTML


class EvaluationSettings(TypedDict):
    n_splits: int
    seed: int
    compare: bool
    learning_curve: bool
    entities: bool
    seconds: dict[str, float]
    versions: dict[str, str]


class EvaluationResult(TypedDict):
    """What `nlp.evaluation.run.run_evaluation` returns and writes as metrics.json.

    The sections' inner blocks (per-label precision/recall/F1, confusion matrices, learning curves) are
    described in the README's evaluation section; they are kept as plain dicts here.
    """

    data: dict[str, Any]
    settings: EvaluationSettings
    classifier: dict[str, Any]
    entities: dict[str, Any] | None
    facts: NotRequired[dict[str, Any] | None]  # rules against the fact role models (entities.evaluation.compare_fact_modes)
    comparison: list[dict[str, Any]] | None
    encoder: NotRequired[dict[str, Any] | None]  # the encoder and the mix (classify.encoder_eval), with --encoder


__all__ = ["Span", "EntitySpan", "LabelledSpan", "SentenceItem", "Classifier", "Service", "AspectRating", "RecommendationFacts", "Facts",
           "Sentence", "Item", "Recommendations", "Entity", "ModelInfo", "Summary", "EvaluationSettings",
           "EvaluationResult", "ServiceFacts"]
