"""The rules-only pipeline the entity and fact tests share (built once: building it reads every pattern table)."""

import pytest

from nlp.entities import build_pipeline


@pytest.fixture(scope="session")
def rules():
    return build_pipeline(ner=False)
