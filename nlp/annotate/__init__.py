"""The interactive annotation session: one key per decision, the model suggesting, every answer on disk at once.

Three sessions: `annotate_sentences` (a label per sentence, written to `annotations/sentences.jsonl`),
`annotate_entities` (the entity spans of a sentence, written to `annotations/entities.jsonl`) and
`annotate_facts` (a release's facts field by field, one line per release in `annotations/facts.jsonl`,
the fields decided so far kept in a draft file until the line is written). Files are only appended to:
an undo is a retraction line, so a killed process or Ctrl-C loses nothing already answered, and resuming
skips what the annotator has done.

Keys come from a terminal one at a time, or, when standard input is not a terminal, one per line (an
empty line is Enter, end of input ends the session cleanly), so sessions can be scripted:

    printf 's\\nw\\n\\nq\\n' | inspection-nlp annotate sentences leeds-yjs-2025 --annotator kim

The package, each module importing only those above it:

    keys.py         KeyReader: a key (or a line) at a time
    fact_values.py  facts as typed, shown and extracted: parse_fact, format_fact, record_facts
    models.py       what a session asks of the models (SessionModels), FallbackModels, load_session_models
    plan.py         Item, Progress, releases named or new, what is left: shared by the tasks
    render.py       panels, tables, key legends, progress lines
    drafts.py       the facts draft files
    loop.py         run_session, the loop written once (keys, undo, skip, quit, Ctrl-C, storage), and Task
    tasks/          sentences.py, entities.py, facts.py: planning, and how an item is shown and decided
"""

from __future__ import annotations

from .drafts import facts_draft_path, read_facts_drafts
from .fact_values import format_fact, parse_fact, record_facts
from .keys import ENTER, KeyReader
from .loop import SessionResult, Task, run_session
from .models import FallbackModels, SessionModels, load_session_models, simple_segment
from .plan import Item, Progress, covered, resolve_release_refs
from .tasks.entities import ENTITY_KEYS, annotate_entities, find_surface, plan_entities
from .tasks.facts import FactsItem, annotate_facts, plan_facts
from .tasks.sentences import SENTENCE_ORDERS, SENTENCE_KEYS, annotate_sentences, plan_sentences

__all__ = ["SessionModels", "FallbackModels", "KeyReader", "Item", "Progress", "SessionResult", "Task", "run_session",
           "load_session_models", "simple_segment", "plan_sentences", "plan_entities", "annotate_sentences",
           "annotate_entities", "resolve_release_refs", "covered", "find_surface", "SENTENCE_KEYS", "ENTITY_KEYS",
           "SENTENCE_ORDERS", "ENTER", "FactsItem", "plan_facts", "annotate_facts", "parse_fact", "format_fact",
           "record_facts", "facts_draft_path", "read_facts_drafts"]
