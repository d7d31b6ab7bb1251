"""Per-release facts chosen by context: the service, its ratings, dates and recommendations.

A wrong value is worse than none, so each fact comes from a sentence that states it, and is None
when no sentence does. One job per module:

- mentions.py: the sentences and entity mentions every fact reads, places compared, the past-inspection cue;
- services.py: the inspected service (name, short form, type) and the other services a release reports on;
- ratings.py: the overall rating (not a previous, a sibling's or the region's) and the cues it shares;
- past.py: when a rating was given (a time of the past after it, a clause back in the present, the latest year);
- service_ratings.py: each of several inspected services' own overall rating;
- aspects.py: the aspect table and the aspect ratings;
- dates.py: the published day and the fieldwork month;
- recommendations.py: how many recommendations, and to whom;
- extract.py: `extract_facts`, composing them with the role models of `nlp.entities.roles`.
"""

from ...vocab import NUMBERS
from .aspects import aspect_words, aspects_in, load_aspect_table
from .extract import FIRST_RATED, extract_facts
from .mentions import _PAST, _same_place

__all__ = ["extract_facts", "load_aspect_table", "aspects_in", "aspect_words", "FIRST_RATED", "NUMBERS", "_PAST", "_same_place"]
