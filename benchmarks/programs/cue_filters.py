"""What the cheap necessary conditions before the publication and fieldwork cues (`facts/dates.py`) save: each cue
searched over every line of the training and held-out releases, alone and behind its filter; best of five, seconds;
one JSON object. Run from the project directory.

    python benchmarks/programs/cue_filters.py
"""

import glob
import json
import re
import time

from nlp.annotations import load_dataset
from nlp.entities.facts.dates import _FIELDWORK, _PUBLISHED, may_be_fieldwork_cue, may_be_published_cue

texts = [r.text for r in load_dataset()]
texts += [json.loads(open(p, encoding="utf-8").read())["text"] for p in sorted(glob.glob("annotations/heldout*/*.json"))]
lines = [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n", text)]


def best(function, rounds=5):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for line in lines:
            function(line)
        times.append(time.perf_counter() - start)
    return round(min(times), 3)


out = {"lines": len(lines)}
for name, cue, cheap in (("published", _PUBLISHED, may_be_published_cue), ("fieldwork", _FIELDWORK, may_be_fieldwork_cue)):
    out[name] = {"cue alone": best(cue.search), "filter then cue": best(lambda line: cheap(line) and cue.search(line)),
                 "lines passing the filter": sum(map(cheap, lines)),
                 "cue matches dropped by the filter": sum(1 for line in lines if cue.search(line) and not cheap(line))}
print(json.dumps(out))
