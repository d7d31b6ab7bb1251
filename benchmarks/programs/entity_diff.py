"""Entity spans that differ between two entity pipelines, on the training releases and every held-out set.

    .venv/bin/python benchmarks/programs/entity_diff.py OLD_PIPELINE [NEW_PIPELINE]

OLD_PIPELINE and NEW_PIPELINE are saved pipelines (`models/pipeline` of two revisions); without NEW_PIPELINE the
pipeline of this checkout's annotations/patterns. Prints each span one side has and the other lacks (+ new, - gone),
whether the gold has it, and the count: a rules change meant to add lower-case ratings should print 0 here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nlp.annotations import load_dataset, load_shared_dir
from nlp.entities.pipeline import build_pipeline, load_pipeline


def main(argv: list[str]) -> int:
    old = load_pipeline(argv[0])
    new = load_pipeline(argv[1]) if len(argv) > 1 else build_pipeline(ner=False)
    sets = {"train": load_dataset()}
    sets.update({d.name: load_shared_dir(str(d)) for d in sorted(Path("annotations").glob("heldout*")) if d.is_dir()})
    count = 0
    for name, releases in sets.items():
        texts = [r.text for r in releases]
        for release, a, b in zip(releases, old.pipe(texts), new.pipe(texts)):
            before = {(e.start_char, e.end_char, e.label_) for e in a.ents}
            after = {(e.start_char, e.end_char, e.label_) for e in b.ents}
            for s, e, label in sorted(before ^ after):
                count += 1
                gold = "gold" if (s, e, label) in set(release.entities) else "not gold"
                print(name, release.id, "+" if (s, e, label) in after else "-", label, gold, repr(release.text[s:e]))
    print("differences", count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
