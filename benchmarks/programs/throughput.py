"""Words per second of `summarise_many` over the corpus in one process, in a fresh process; one JSON line.
Run by `benchmarks/compare.py` against two revisions, so it uses only what every revision has.

    python benchmarks/programs/throughput.py ROOT REPEAT [--fast]
"""

import inspect
import json
import sys
import time
from pathlib import Path

from nlp.summarise import summarise_many

root, repeat, fast = Path(sys.argv[1]), int(sys.argv[2]), "--fast" in sys.argv[3:]
paths = sorted(str(p) for p in (root / "corpus" / "releases").glob("*.txt")) * repeat
options = {"fast": fast} if "fast" in inspect.signature(summarise_many).parameters else {}
# the revision's own models (the package's are the editable install's, which another revision may not read)
options["models_dir"] = root / "models"
n_words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)
for outcome in summarise_many(paths[:5], jobs=1, **options):  # warm-up: lazy imports, caches
    assert outcome.error is None, outcome.error
wall, cpu = time.perf_counter(), time.process_time()
errors = [o.error for o in summarise_many(paths, jobs=1, **options) if o.error]
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
assert not errors, errors[0]
print(json.dumps({"releases": len(paths), "words": n_words, "seconds": wall, "cpu_seconds": cpu,
                  "words_per_second": n_words / wall, "words_per_cpu_second": n_words / cpu}))
