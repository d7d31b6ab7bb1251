"""The shipped entity pipeline loads without reading its saved tokenizer: the one its config builds is the same."""

from __future__ import annotations

import spacy
import srsly

from nlp.entities import load_pipeline
from nlp.models import MODELS_DIR


def test_the_tokenizer_the_config_builds_is_the_one_saved():
    saved = spacy.load(MODELS_DIR / "pipeline")  # reads tokenizer/ from disk
    built = load_pipeline(MODELS_DIR / "pipeline")  # does not
    assert (srsly.msgpack_loads(built.tokenizer.to_bytes(exclude=["vocab"]))
            == srsly.msgpack_loads(saved.tokenizer.to_bytes(exclude=["vocab"])))
    text = "HMI Probation's report on Leeds YJS (published 3 Jan. 2025) rated it 'Good'. Dr. Smith's e-mail: x@y.uk"
    assert [t.text for t in built(text)] == [t.text for t in saved(text)]
    assert [(e.text, e.label_) for e in built(text).ents] == [(e.text, e.label_) for e in saved(text).ents]
