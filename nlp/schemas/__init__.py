"""The JSON Schema of the summary document (`inspection-summary/1`), shipped with the package.

Described for people in docs/schema.md. Validate a summary with any JSON Schema (draft 2020-12) validator:

>>> import jsonschema  # doctest: +SKIP
>>> jsonschema.validate(summary, load_schema())  # doctest: +SKIP
"""

from __future__ import annotations

import json
from importlib import resources

SCHEMA_FILE = "inspection-summary-1.schema.json"


def load_schema() -> dict:
    """The summary document's JSON Schema as a dict.

    >>> load_schema()["$id"].endswith("inspection-summary-1.schema.json")
    True
    """
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


__all__ = ["SCHEMA_FILE", "load_schema"]
