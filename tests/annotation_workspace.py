"""A small copy of the corpus and its annotations under tmp_path, and a new release to annotate.

Tests of annotate, interchange and agreement write only here, never to the real corpus/ or annotations/.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from nlp.annotate import simple_segment

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ("westminster-yjs-2024", "barnet-yos-2019", "barnsley-yjs-2023")

# A new release in the inspectorate's usual shape (headline, rating, praise, "However", recommendations).
NEW_RELEASE = """Leeds Youth Justice Service rated ‘Good’ by inspectors

Leeds Youth Justice Service has received an overall rating of ‘Good’ from HM Inspectorate of Probation.

Inspectors were impressed with the quality of work to support children's desistance. Staff knew the children well and built trusting relationships with them. However, work to keep other people safe was not always sufficient. The report makes four recommendations, including that the service should improve its risk assessments.

ENDS
"""


@dataclass
class Workspace:
    root: Path
    corpus: Path
    annotations: Path
    new_release: Path

    def lines(self, name: str = "sentences.jsonl") -> list[dict]:
        path = self.annotations / name
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_workspace(tmp_path: Path, releases=RELEASES) -> Workspace:
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    (corpus / "releases").mkdir(parents=True)
    annotations.mkdir()
    wanted = set(releases)
    index = [json.loads(line) for line in (ROOT / "corpus" / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = [entry for entry in index if entry["id"] in wanted]
    (corpus / "index.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in kept), encoding="utf-8")
    for entry in kept:
        shutil.copyfile(ROOT / "corpus" / entry["path"], corpus / entry["path"])
    for name in ("sentences.jsonl", "entities.jsonl", "facts.jsonl"):
        lines = (ROOT / "annotations" / name).read_text(encoding="utf-8").splitlines()
        mine = [line for line in lines if json.loads(line)["release"] in wanted]
        (annotations / name).write_text("".join(line + "\n" for line in mine), encoding="utf-8")
    new = tmp_path / "incoming" / "leeds-yjs.txt"
    new.parent.mkdir()
    new.write_text(NEW_RELEASE, encoding="utf-8")
    return Workspace(tmp_path, corpus, annotations, new)


class FakeModels:
    """Deterministic stand-in for nlp.models: punctuation sentences, keyword suggestions, regex entities."""

    CUES = (("recommendation", "RECOMMENDATION", 0.9), ("however", "WEAKNESS", 0.6),
            ("impressed", "STRENGTH", 0.8), ("rating", "NEUTRAL", 0.95))

    def segment(self, text):
        return simple_segment(text)

    def suggest(self, text, spans):
        out = []
        for s, e in spans:
            sentence = text[s:e].lower()
            label, score = next(((lab, sc) for cue, lab, sc in self.CUES if cue in sentence), ("NEUTRAL", 0.4))
            rest = (1 - score) / 3
            out.append((label, score, {lab: (score if lab == label else rest)
                                       for lab in ("STRENGTH", "WEAKNESS", "RECOMMENDATION", "NEUTRAL")}))
        return out

    def entities(self, text):
        found = [(m.start(), m.end(), "SERVICE") for m in re.finditer(r"Leeds Youth Justice Service", text)]
        found += [(m.start(), m.end(), "AGENCY") for m in re.finditer(r"HM Inspectorate of Probation", text)]
        found += [(m.start(), m.end(), "RATING") for m in re.finditer(r"(?<=‘)Good(?=’)", text)]
        return sorted(found)
