"""Draft files: the facts decided so far of releases whose facts line is not yet written.

One file per annotator, `annotations/drafts/facts-<annotator>.json`, replaced whole and atomically at each
field, removed (with the folder, when empty) once every line is written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, TypedDict, cast

from ..annotations import ANNOTATIONS_DIR, now
from ..corpus import atomic_write_text
from ..errors import AnnotationFormatError


class Draft(TypedDict):
    """A release's unfinished facts: when they were last changed and the fields decided so far."""

    time: str
    values: dict[str, Any]


def facts_draft_path(annotations_dir: str | Path | None, annotator: str) -> Path:
    """Where the fields of unfinished releases are kept: annotations/drafts/facts-<annotator>.json, shaped
    `{"annotator", "releases": {id: {"time", "values": {field: value}}}}`, gone once every line is written.

    >>> facts_draft_path("annotations", "kim o'neil").as_posix()
    'annotations/drafts/facts-kim_o_neil.json'
    """
    safe = re.sub(r"[^\w.-]+", "_", annotator) or "_"
    return Path(annotations_dir or ANNOTATIONS_DIR) / "drafts" / f"facts-{safe}.json"


def read_facts_drafts(path: Path) -> dict[str, Draft]:
    """The unfinished releases in a draft file: {release: {"time", "values"}}; {} when there is none."""
    try:
        drafts = json.loads(path.read_text(encoding="utf-8")).get("releases", {})
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, AttributeError) as err:
        raise AnnotationFormatError(f"{path}: unreadable facts draft ({err}); move it aside to go on") from None
    return {release: cast(Draft, d) for release, d in drafts.items()
            if isinstance(d, dict) and isinstance(d.get("values"), dict)}


def save_draft(path: Path, annotator: str, release: str, values: dict) -> None:
    """Keep `values` as the draft of `release` (none: forget it); the file is replaced whole, atomically."""
    drafts = read_facts_drafts(path)
    if values:
        drafts[release] = {"time": now(), "values": values}
    else:
        drafts.pop(release, None)
    if drafts:
        atomic_write_text(path, json.dumps({"annotator": annotator, "releases": drafts}, ensure_ascii=False) + "\n")
        return
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()  # only when empty: other annotators' drafts stay
    except OSError:
        pass
