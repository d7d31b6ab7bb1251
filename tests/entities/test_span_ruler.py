"""The span ruler with lexeme flags finds exactly what spaCy's own span_ruler finds with the same patterns."""

from __future__ import annotations

import pytest
import spacy
from spacy.errors import MatchPatternError

from nlp.entities import build_pipeline, load_pipeline
from nlp.entities.rules import RULES_KEY, FlaggedSpanRuler, load_patterns
from nlp.lexflags import FIRST_FLAG


def _matches(doc):
    return sorted((s.start, s.end, s.label_, s.id_) for s in doc.spans[RULES_KEY])


@pytest.fixture(scope="module")
def pipelines():
    flagged = build_pipeline()
    plain = spacy.blank("en", vocab=flagged.vocab)  # a second vocab would compare other tokens
    plain.tokenizer = flagged.tokenizer
    ruler = plain.add_pipe("span_ruler", config={"spans_key": RULES_KEY, "validate": True})
    ruler.add_patterns(load_patterns())
    return flagged, plain


def test_the_flagged_ruler_matches_what_spacys_ruler_matches(pipelines, root):
    flagged, plain = pipelines
    assert isinstance(flagged.get_pipe("span_ruler"), FlaggedSpanRuler)
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpus" / "releases").glob("*.txt"))[:12]]
    texts.append("Councillor Ellen Mackay, Brighton and Hove Council, said Ashton-under-Lyne PDU and HMP Isle of Wight "
                 "were seen by the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly.")
    found = 0
    for text in texts:
        ours = _matches(flagged(text))
        with plain.select_pipes(enable=["span_ruler"]):
            theirs = _matches(plain(text))
        assert ours == theirs
        found += len(ours)
    assert found > 100  # the texts exercise the place patterns, not only the phrases


def test_patterns_keep_their_readable_form_and_are_validated(pipelines):
    flagged, _ = pipelines
    ruler = flagged.get_pipe("span_ruler")
    assert ruler.patterns == load_patterns()
    assert not any(key.startswith("FLAG") for p in ruler.patterns if isinstance(p["pattern"], list)
                   for token in p["pattern"] for key in token)
    with pytest.raises(MatchPatternError):
        ruler.add_patterns([{"label": "SERVICE", "pattern": [{"TEXT": {"REGEX": "^A"}, "NOT_AN_ATTRIBUTE": 1}]}])


def test_loading_again_adds_no_flags(tmp_path):
    nlp = build_pipeline()
    flags = {k for k in nlp.vocab.lex_attr_getters if FIRST_FLAG <= k < 64}
    assert flags  # the place patterns' text tests became flags
    nlp.to_disk(tmp_path / "pipeline")
    nlp.get_pipe("span_ruler").from_disk(tmp_path / "pipeline" / "span_ruler")
    assert {k for k in nlp.vocab.lex_attr_getters if FIRST_FLAG <= k < 64} == flags
    loaded = load_pipeline(tmp_path / "pipeline")
    text = "Inspectors rated Barnsley PDU ‘Good’ and North Somerset, Bath PDU ‘Requires improvement’."
    assert [(e.text, e.label_) for e in loaded(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
