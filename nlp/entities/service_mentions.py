"""The ``inspection_service_mentions`` component: a bare place standing for a service the doc names.

"Tolsey stands out" once "Tolsey PDU" is tagged: the place's part in its sentence decides, by a table of
contexts that is data (annotations/patterns/service_mentions.json), saved with the pipeline. The component is
registered in factories.py; ``add_service_mentions`` adds it to a pipeline with the project's table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..vocab import NUMBER_WORDS, RATINGS
from .normalise import normalise_service, service_place
from .rules import PATTERNS_DIR
from .segment import doc_text


class ServiceMentions:
    """Tag "Trafford" as SERVICE in "Trafford stands out" when the doc names "Trafford PDU" elsewhere.

    The place's part in its sentence decides (subject of a verb, owner in "Trafford’s staff", object of "awarded",
    recipient in "four for Trafford", "staff at X", the topic in "For Trafford, ..."; never after another
    preposition or in a description of the place); the contexts are data: annotations/patterns/service_mentions.json
    when a pipeline is built, then saved with the pipeline (``to_disk`` writes ``service_mentions.json`` in the
    component's directory, so the models directory is complete and its hashes cover the table). The facts read
    these tags only (`nlp.entities.facts.mentions`): a context they need belongs in the table.

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline()("Tolsey PDU was inspected. Tolsey’s staff know their cases. Children in Tolsey are safe.")
    >>> [e.text for e in doc.ents if e.label_ == "SERVICE"]
    ['Tolsey PDU', 'Tolsey']
    """

    FILE_NAME = "service_mentions.json"
    KEYS = ("verb_after", "describes_place", "people_at", "preposition_before")
    # Added later: a table without them tags as before (a pipeline saved then still loads and behaves the same).
    OPTIONAL_KEYS = ("clause_start", "verb_after_clause_start", "possessive_after", "object_before",
                     "recipient_before", "rating_before", "rating_after", "names_service", "topic_before",
                     "topic_after", "name_continues", "echo_before", "echo_after", "with_before", "with_after",
                     "apposed_before", "apposed_after")

    def __init__(self, rules_path: str | Path | None = None):
        self.rules: dict | None = None
        if rules_path is not None:
            self.set_rules(_read_rules(Path(rules_path)), Path(rules_path))

    def set_rules(self, raw: dict, source: Path | str = "service mention rules") -> "ServiceMentions":
        """Use a rules table (the JSON object of service_mentions.json); ``source`` names it in errors."""
        missing = [key for key in self.KEYS if not isinstance(raw.get(key), str)]
        if missing:
            raise ModelError(f"{source}: service mention rules need {', '.join(missing)} (regular expressions)")
        wrong = [key for key in self.OPTIONAL_KEYS if key in raw and not isinstance(raw[key], str)]
        if wrong:
            raise ModelError(f"{source}: service mention rules {', '.join(wrong)} must be regular expressions")
        try:
            self.verb_after = re.compile(raw["verb_after"], re.I)
            self.describes = re.compile(raw["describes_place"], re.I)
            self.people_at = re.compile(raw["people_at"], re.I)
            self.preposition = re.compile(raw["preposition_before"], re.I)
            self.optional = {key: re.compile(_with_vocabulary(raw[key]), re.I)
                             for key in self.OPTIONAL_KEYS if key in raw}
        except re.error as err:
            raise ModelError(f"{source}: bad regular expression ({err})") from None
        self.rules = dict(raw)
        return self

    def _matches(self, key: str, text: str, search: bool = False) -> bool:
        pattern = self.optional.get(key)
        if pattern is None:
            return False
        return (pattern.search(text) if search else pattern.match(text)) is not None

    def _stands_for_service(self, text: str, start: int, end: int,
                            partners: tuple[re.Pattern, re.Pattern] | None = None) -> bool:
        before, after = text[max(0, start - 40):start], text[end:end + 80]
        if self._matches("name_continues", after):
            return False  # "Tolsey Castle", "Tolsey Magistrates’ Court": part of a longer name
        if partners is not None:
            # "Tolsey and Brede, by contrast, have ...": each place of a pair takes the pair's part
            while before and (m := partners[0].search(before)) is not None:
                before = before[:m.start()]
            while (m := partners[1].match(after)) is not None:
                after = after[m.end():]
        if (self.people_at.search(before) or self._matches("recipient_before", before, search=True)
                or self._matches("rating_before", before, search=True)):
            return True
        if self._matches("topic_before", before, search=True) and self._matches("topic_after", after):
            return True  # "For Tolsey, the verdict is ‘Good’": the sentence's topic, though after "for"
        if self._matches("echo_before", before, search=True) and self._matches("echo_after", after):
            return True  # "Tolsey was rated ‘Good’, as was Brede": the subject of a verb that echoes the last one
        if self._matches("with_before", before, search=True) and self._matches("with_after", after):
            return True  # "Brede was awarded ‘Good’, with Tolsey one step behind on ‘...’": rated in a with-clause
        if self._matches("apposed_before", before, search=True) and self._matches("apposed_after", after):
            return True  # "...; the third, Tolsey, is ‘Inadequate’": the subject, named in apposition to "the third"
        if self.preposition.search(before):
            return False
        if self._matches("object_before", before, search=True) or self._matches("rating_after", after):
            return True
        if self._matches("possessive_after", after) or self._matches("names_service", after):
            return True
        if self.verb_after.match(after) or (self._matches("clause_start", before, search=True)
                                            and self._matches("verb_after_clause_start", after)):
            # the description's window ends on a whole word ("Y was placed" cut to "Y was place" describes nothing),
            # in its own sentence ("Y was graded ‘Good’. The inspections took place ..." describes nothing) and at a
            # quote, which gives a grade ("Y was found to be ‘Good’, the only one of the three to ..." is rated)
            window = re.match(r"[^.!?;\n‘“]{0,45}\w*", after)  # always matches
            return not (window and self.describes.search(window.group()))
        return False

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
        names = "|".join(re.escape(p) for p in places)
        # another service's place joined to this one, on either side: "X and ", ", X", " and X"
        partners = (re.compile(rf"(?<![\w-])(?:{names})\s*(?:,|and|&)\s+$"),
                    re.compile(rf"\s*(?:,|,?\s+and|&)\s+(?:{names})(?![\w-])"))
        new = []
        for place in places:
            for m in re.finditer(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), label="SERVICE")
                if span is None or taken.intersection(range(span.start, span.end)):
                    continue
                if self._stands_for_service(text, m.start(), m.end(), partners):
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


def _with_vocabulary(pattern: str) -> str:
    """``pattern`` with ``{rating}`` and ``{number}`` replaced by the rating scale and the numbers of nlp/vocab.py."""
    ratings = "|".join(r.replace(" ", r"\s+") for r in RATINGS)
    return (pattern.replace("{rating}", f"(?:{ratings})")
            .replace("{number}", "(?:\\d+|" + "|".join(NUMBER_WORDS) + ")"))


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


def add_service_mentions(nlp: Language, patterns_dir: str | Path | None = None) -> Language:
    """Add ``inspection_service_mentions`` with the rules table of ``patterns_dir`` (default annotations/patterns)."""
    mentions = cast(ServiceMentions, nlp.add_pipe("inspection_service_mentions"))
    rules_path = (Path(patterns_dir) if patterns_dir else PATTERNS_DIR) / ServiceMentions.FILE_NAME
    mentions.set_rules(_read_rules(rules_path), rules_path)
    return nlp
