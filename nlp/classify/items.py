"""Sentence items and the features read from them, in plain Python: no scikit-learn here.

An *item* is a plain dict, so it pickles, prints and serialises without custom types:
`make_items(text, spans)` builds one per sentence with its normalised text, its neighbours, the lead-in
of the list it belongs to, its role in the release and the entity types inside it. `context_features`
reads the dense features of one item, `word_ngrams` the character n-grams of one word.

The scikit-learn transformers in `features` and the array scorer in `linear` both call these functions,
so training and the fast prediction path read exactly the same features.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from typing import NamedTuple

from ..types import SentenceItem
from ..vocab import RATINGS, number_alternation, service_place_key
from .lexicon import compile_lexicon, match_lexicon, tokenize

# Bullets of any kind, numbered notes "1." "2)" "(a)", and dashes used as bullets.
BULLET = re.compile(r"^\s*(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u00b7\u2013\u2014*>+-]|"
                    r"\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s*")
QUOTE_CHARS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                             "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u00b4": "'", "`": "'"})
SPEAKER = re.compile(r"\b(?:said|says|added|continued|commented|explained|stated|concluded|remarked)\b\s*[:,]?\s*\"",
                     re.IGNORECASE)
ENDS = re.compile(r"^\W*(?:ends|-ends-|notes? (?:to|for) (?:the )?editors?)\W*$", re.IGNORECASE)
RATING = re.compile("'(?:" + "|".join(r.lower() for r in RATINGS) + ")'", re.IGNORECASE)
GOOD_RATINGS = {f"'{rating.lower()}'" for rating in RATINGS[:2]}  # 'Outstanding', 'Good'


def normalise_text(text: str) -> str:
    """The form every feature reads: straight quotes, plain spaces, no bullet, digits as 0, one space.

    >>> normalise_text("\\u2022 In 21\\u00a0of 24 cases, \\u2018Good\\u2019")
    "In 00 of 00 cases, 'Good'"
    """
    text = unicodedata.normalize("NFKC", text).translate(QUOTE_CHARS)
    text = BULLET.sub("", text, count=1)
    text = re.sub(r"\d", "0", text)
    return " ".join(text.split())


def _is_headline(raw: str, index: int, before: str, after: str) -> bool:
    line = raw.strip()
    alone = (before.endswith("\n") or index == 0) and (after.startswith("\n") or not after)
    if index == 0 and alone:
        return True
    words = len(line.split())
    return alone and words <= 16 and not re.search(r"[.:;!?]['\"\u2019\u201d]?$", line) and not BULLET.match(line)


def _lf(gap: str) -> str:
    return gap.replace("\r\n", "\n").replace("\r", "\n") if "\r" in gap else gap


def make_items(text: str, spans, entities=None) -> list[SentenceItem]:
    """One feature item per sentence span: its text plus context (role, neighbours, lead-in, entities).

    `spans` are (start, end) or (start, end, label) character offsets; `entities` optional
    (start, end, label) spans of the whole release.

    >>> items = make_items("Key findings:\\n\\u2022 Staff were skilled.", [(0, 13), (14, 36)])
    >>> items[1]["is_list_item"], items[1]["leadin"]
    (True, 'Key findings:')
    """
    spans = [(int(s[0]), int(s[1])) for s in spans]
    entities = list(entities or [])
    services = [(s, e, service_place_key(text[s:e])) for s, e, label in entities if label == "SERVICE"]
    main_service = services[0][2] if services else None
    n = len(spans)
    items: list[SentenceItem] = []
    leadin = ""
    in_notes = False
    quote_open = False
    cursor = 0
    for index, (start, end) in enumerate(spans):
        raw = text[start:end]
        # Line structure is read from the gaps between sentences; CRLF and CR count as LF.
        before = _lf(text[cursor:start])
        after = _lf(text[end:spans[index + 1][0]] if index + 1 < n else text[end:])
        # Quote state carried across sentences: a paragraph break closes a quote unless the next
        # paragraph reopens it (the UK style for quotes running over paragraphs).
        if "\n\n" in before or (index == 0):
            quote_open = False
        inside_at_start = quote_open
        for char in text[start:end].translate(QUOTE_CHARS):
            if char == '"':
                quote_open = not quote_open
        stripped = raw.strip()
        norm = normalise_text(raw)
        new_line = index == 0 or "\n" in before
        new_paragraph = index == 0 or "\n\n" in before or before.count("\n") >= 2
        bulleted = bool(BULLET.match(stripped)) and (new_line or bool(re.match(r"^\s*\d{1,2}[.)]\s", raw)))
        is_leadin = norm.rstrip("\"' ").endswith(":")
        is_list_item = bool(leadin) and new_line and (bulleted or not new_paragraph)
        is_list_item = is_list_item or (bulleted and new_line)
        if not is_list_item and not is_leadin:
            leadin = ""
        if ENDS.match(norm):
            in_notes = True
        headline = _is_headline(raw, index, before, after)
        speaker = '"' in norm and bool(SPEAKER.search(norm))
        labels = sorted({label for s, e, label in entities if s < end and e > start})
        # Another service named here (a neighbouring PDU and its rating): context, not a finding (tie-break 10).
        other_service = any(s < end and e > start and key != main_service for s, e, key in services)
        items.append({
            "text": norm,
            "raw": raw,
            "prev": "",
            "next": "",
            "leadin": leadin if is_list_item else "",
            "is_headline": headline,
            "is_leadin": is_leadin,
            "is_list_item": is_list_item,
            "in_quote": inside_at_start or '"' in norm[:3] or speaker,
            "has_speaker": speaker,
            "in_notes": in_notes,
            "new_paragraph": new_paragraph,
            "index": index,
            "n_sentences": n,
            "position": index / max(n - 1, 1),
            "entities": labels,
            "other_service": other_service,
        })
        if is_leadin:
            leadin = norm
        cursor = end
    for index, item in enumerate(items):
        item["prev"] = items[index - 1]["text"] if index > 0 else ""
        item["next"] = items[index + 1]["text"] if index + 1 < n else ""
    return items


def item_role(item: dict) -> str:
    """The sentence's role as one word: headline, leadin, list_item, notes, quote or body."""
    for role, key in (("notes", "in_notes"), ("headline", "is_headline"), ("leadin", "is_leadin"),
                      ("list_item", "is_list_item"), ("quote", "in_quote")):
        if item.get(key):
            return role
    return "body"


def text_of(x) -> str:
    return x["text"] if isinstance(x, dict) else normalise_text(str(x))


def item_field(x, field: str = "text", prefix: str = "") -> str:
    """One text field of an item: `text`, `prev`, `next`, `leadin`, `main` (the main clause), or `main_only`
    (the main clause where a concession or contrast split the sentence, empty otherwise).

    >>> item_field({"text": "Although staff tried, checks were not made."}, "main")
    'checks were not made.'
    """
    if field == "main":
        return prefix + split_clauses(text_of(x))[0]
    if field == "main_only":
        main, concession, _ = split_clauses(text_of(x))
        return prefix + main if concession else ""
    return prefix + (text_of(x) if field == "text" else x.get(field, ""))


CONCESSION_START = re.compile(r"^(?:\W*(?:and|but|so)\s+)?(?:even\s+)?(although|though|while|whilst|despite|"
                              r"in spite of|notwithstanding)\b", re.IGNORECASE)
CONTRAST_MID = re.compile(r"(?:[,;:\u2013\u2014-]\s*|\s)(?:but|however|yet|although this|though this|nevertheless)\b[,]?"
                          r"|\bhowever,", re.IGNORECASE)
CONCESSION_MID = re.compile(r",\s*(?:although|though|while|whilst|despite|even though|in spite of)\b", re.IGNORECASE)
CONTRAST_START = re.compile(r"^\W*(?:however|but|yet|nevertheless|in contrast|despite this|on the other hand)\b",
                            re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def split_clauses(text: str) -> tuple[str, str, str]:
    """(main clause, concession, kind) by tie-break 2: after however/but/yet is the point; a clause
    opened by although/while/though/despite is a concession.

    >>> split_clauses("Although the panel worked well, checks were not always made.")[:2]
    ('checks were not always made.', 'Although the panel worked well')
    """
    start = CONCESSION_START.match(text)
    if start:
        # The concession runs to the first comma after its opening word (or a dash/semicolon).
        rest = text[start.end():]
        cut = re.search(r"[,;\u2013\u2014]\s", rest)
        if cut and cut.end() < len(rest) - 2:
            return rest[cut.end():].strip(), text[:start.end() + cut.start()].strip(), "concession_start"
        return text, "", "none"
    if CONTRAST_START.match(text):
        return text, "", "contrast_start"
    lower = text.lower()
    if not any(cue in lower for cue in ("but", "however", "yet", "though", "nevertheless", "while", "despite",
                                        "in spite")):
        return text, "", "none"
    mids = [m for m in CONTRAST_MID.finditer(text) if m.start() > 8]
    if mids:
        last = mids[-1]
        main = text[last.end():].strip()
        if len(main.split()) >= 3:
            return main, text[:last.start()].strip(), "contrast_mid"
    mid = CONCESSION_MID.search(text)
    if mid and mid.start() > 8:
        return text[:mid.start()].strip(), text[mid.start() + 1:].strip(), "concession_mid"
    return text, "", "none"


NEGATION_WINDOW = 4
CTA_PRESENT = re.compile(r"\b(?:should|must|needs? to|now needs?|ought to|has to|have to|i want to see|we want to see|"
                         r"i expect to see|i urge|we urge|i call on|we call on|it will be (?:critical|vital|important|"
                         r"essential) to|is (?:essential|vital|critical)|action is (?:now )?required|further work is "
                         r"(?:now )?needed|is (?:now )?(?:needed|required) to|needs? more)\b", re.IGNORECASE)
CTA_PAST = re.compile(r"\b(?:needed|required|had to|was necessary|were necessary|should have|could have)\b",
                      re.IGNORECASE)
CTA_PRAISE = re.compile(r"\b(?:should|can|must) (?:rightly )?(?:be (?:very |rightly |justly )?proud|take credit|be pleased)",
                        re.IGNORECASE)
CTA_HOPE = re.compile(r"\b(?:i|we) (?:expect to see|hope|trust|look forward)\b.*\b(?:progress|improve|respond)",
                      re.IGNORECASE)
SHORTCOMING = re.compile(r"\b(?:too|not yet|not always|inconsistent\w*|mixed|poor\w*|slow\w*|insufficient\w*|"
                         r"variable|lack\w*|gaps?)\b", re.IGNORECASE)
FORMAL_REC = re.compile(r"\b(?:makes?|made|making|sets? out|contains?|includes?|are|is|were)\s+(?:a total of\s+)?"
                        r"(?:\w+\s+){0,2}recommendations?\b|\brecommendations?\s+(?:are|is|were|was|for|to|have)\b|"
                        r"\brecommends?\b|\brecommendations?\b", re.IGNORECASE)
# Stops at fourteen, as when the shipped classifier was trained: a longer list changes `rec_count`.
NUMBERISH = re.compile(r"\b(?:0+|" + number_alternation(1, 14) + r")\b", re.IGNORECASE)
OVERALL = re.compile(r"\boverall\b.*\brat(?:ed|ing)\b|\brat(?:ed|ing)\b.*\boverall\b", re.IGNORECASE)
# How near the service came to another rating is a judgement (tie-break 9), unlike the rating history.
NEAR_MISS = re.compile(r"\b(?:c[ao]me (?:close|within)|narrowly (?:missed|avoided|escaped)|only (?:just )?(?:rescued|avoided|"
                       r"escaped)|close to (?:being|an?)\b|(?:a single|one|two|just \w+) points? (?:of|from|short)|fell (?:just )?"
                       r"short of)", re.IGNORECASE)
HISTORY = re.compile(r"\b(?:last inspected|previously rated|previous inspection|last inspection|was rated|were rated in "
                     r"0000|in 0000, it was)\b", re.IGNORECASE)
REPLY = re.compile(r"\b(?:we (?:accept|welcome|will|are pleased|are delighted|are committed)|i am (?:delighted|thrilled|"
                   r"pleased) (?:with|by|that)|thank\w*)\b", re.IGNORECASE)
PERCENT = re.compile(r"\b0+(?:\.0+)? ?(?:per ?cent|%)|\b0+ (?:of|out of) 0+\b", re.IGNORECASE)
DIGIT = re.compile(r"\d")
RATIO = re.compile(r"\b(\d+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d+)\b|\b(\d+(?:\.\d+)?)\s?(?:per\s?cent|%)",
                   re.IGNORECASE)


def case_ratio(raw: str) -> float | None:
    """The first "N of M" or "N per cent" figure as a fraction (tie-break 10: figures judge the work).

    >>> case_ratio("sufficient in 21 of 24 cases")
    0.875
    """
    if not DIGIT.search(raw):
        return None
    for match in RATIO.finditer(raw):
        if match.group(3):
            value = float(match.group(3)) / 100
        else:
            n, m = int(match.group(1)), int(match.group(2))
            if m == 0 or n > m:
                continue
            value = n / m
        if 0 <= value <= 1:
            return value
    return None


FIRST_PERSON_CALL = re.compile(r"\b(?:i|we) (?:want|expect|urge|call)")
FIRST_PERSON = re.compile(r"^\W*(?:i|we)\b", re.IGNORECASE)


NEGATORS = frozenset({"not", "no", "never", "nor", "without", "neither", "none", "nothing", "lack", "lacked",
                      "lacking", "little"})
CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014", "but", "however", "although",
                          "while", "whilst", "though", "despite", "yet"})


@functools.lru_cache(maxsize=65536)
def analyse(lexicon_key, text: str) -> tuple[dict[str, int], tuple[float, float, float, float]]:
    """Lexicon counts per category and (praise, criticism, praise negated, criticism negated) for a text.

    Negation scope: a praise or criticism term up to NEGATION_WINDOW tokens after a negator, with no
    clause break between, is negated ("not good enough", "no concerns").
    """
    if not text:
        return {}, (0.0, 0.0, 0.0, 0.0)
    index = compile_lexicon(lexicon_key)
    tokens = tokenize(text)
    found = match_lexicon(index, tokens)
    counts: dict[str, int] = {}
    for _, _, category in found:
        counts[category] = counts.get(category, 0) + 1
    crit_spans = [(s, e) for s, e, c in found if c == "criticism"]

    def negated(start: int, end: int) -> bool:
        if any(tok in NEGATORS for tok in tokens[start:end]):
            return False  # the term carries its own negation ("not always", "lack of")
        for j in range(start - 1, max(start - 1 - NEGATION_WINDOW, -1), -1):
            if tokens[j] in CLAUSE_BREAK:
                return False
            if tokens[j] in NEGATORS:
                return True
        return False

    pp = cp = pn = cn = 0.0
    for s, e, category in found:
        if category == "praise":
            if any(cs <= s < ce for cs, ce in crit_spans):
                continue  # a praise word inside a criticism phrase belongs to that phrase
            if negated(s, e):
                pn += 1
            else:
                pp += 1
        elif category == "criticism":
            if negated(s, e):
                cn += 1
            else:
                cp += 1
    return counts, (pp, cp, pn, cn)


@functools.lru_cache(maxsize=65536)
def cues(text: str) -> tuple[bool, bool, bool]:
    """(call to action in the present, a past need, formal recommendation) for a text; cached for neighbours."""
    return bool(CTA_PRESENT.search(text)), bool(CTA_PAST.search(text)), bool(FORMAL_REC.search(text))


class Polarity(NamedTuple):
    """Lexicon counts of praise and criticism in a text, each plain or under negation."""

    praise: float
    criticism: float
    negated_praise: float
    negated_criticism: float

    @property
    def positive(self) -> float:
        """Praise, and criticism negated ("not poor")."""
        return self.praise + self.negated_criticism

    @property
    def negative(self) -> float:
        """Criticism, and praise negated ("not good enough")."""
        return self.criticism + self.negated_praise


def polarity(lexicon_key, text: str) -> Polarity:
    """Praise, criticism, praise under negation and criticism under negation counted in `text`.

    >>> from nlp.classify.lexicon import freeze, load_lexicon
    >>> found = polarity(freeze(load_lexicon()), "This is not good enough.")
    >>> found.criticism > 0, found.negative > 0
    (True, True)
    """
    return Polarity(*analyse(lexicon_key, text)[1])



def word_ngrams(word: str, low: int, high: int) -> list[str]:
    padded = f" {word} "
    grams: list[str] = []
    for n in range(low, high + 1):
        if n > len(padded):
            break
        grams.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


def _sign(value: float) -> float:
    return 1.0 if value > 0 else -1.0 if value < 0 else 0.0


def context_features(item: SentenceItem, patterns, categories, *, roles=True, lexicon=True, negation=True,
                     clauses=True, modals=True, neighbours=True) -> dict[str, float]:
    """The dense features of one item by name, in a fixed order: role, lexicon counts, negation scope, main
    clause, calls to action with tense, neighbours. `patterns` is a frozen lexicon (`lexicon.freeze`),
    `categories` its categories in order; each group can be switched off to measure what it brings.

    >>> from nlp.classify.lexicon import freeze, load_lexicon
    >>> lexicon = load_lexicon()
    >>> item = make_items("Although staff were committed, checks were not always made.", [(0, 60)])[0]
    >>> context_features(item, freeze(lexicon), sorted(lexicon))["main_criticism"] > 0
    True
    """
    text = item.get("text", "")
    feats: dict[str, float] = {}
    lower = text.lower()
    if roles:
        n_words = len(text.split())
        position = float(item.get("position", 0.0))
        index = int(item.get("index", 0))
        ents = set(item.get("entities", []))
        feats.update({
            "role_headline": float(bool(item.get("is_headline"))),
            "role_leadin": float(bool(item.get("is_leadin"))),
            "role_list_item": float(bool(item.get("is_list_item"))),
            "role_quote": float(bool(item.get("in_quote"))),
            "role_speaker": float(bool(item.get("has_speaker"))),
            "role_notes": float(bool(item.get("in_notes"))),
            "role_first": float(index == 0),
            "role_early": float(index <= 2),
            "role_pos": position,
            "role_late": float(position > 0.8),
            "len_short": float(n_words < 6),
            "len_log": math.log1p(n_words) / 4.0,
            "ent_service": float("SERVICE" in ents),
            "ent_agency": float("AGENCY" in ents),
            "ent_rating": float("RATING" in ents or bool(RATING.search(text))),
            "ent_date": float("DATE" in ents),
            "has_percent": float("0" in text and bool(PERCENT.search(text))),
            "has_overall": float("overall" in lower and bool(OVERALL.search(text))),
            "has_history": float(("inspect" in lower or "rated" in lower) and bool(HISTORY.search(text))),
            "has_reply": float(("we " in lower or "i am" in lower or "thank" in lower) and bool(REPLY.search(text))),
            "first_person": float(bool(FIRST_PERSON.match(text.lstrip('"')))),
            "near_miss": float(bool(NEAR_MISS.search(text))),
            "other_service_rating": float(bool(item.get("other_service")) and ("RATING" in ents
                                                                            or bool(RATING.search(text)))),
        })
        ratio = case_ratio(item.get("raw", ""))
        feats["ratio_high"] = float(ratio is not None and ratio >= 0.75)
        feats["ratio_low"] = float(ratio is not None and ratio <= 0.5)
    if lexicon:
        counts = analyse(patterns, text)[0]
        for category in categories:
            feats[f"lex_{category}"] = math.log1p(counts.get(category, 0))
        # Tie-break 3: a sentence rating an aspect on its own takes its rating's side (any rating below 'Good'
        # makes it a weakness), a rating with no aspect named is the overall announcement (NEUTRAL): interactions
        # of the lexicon's aspect terms and the rating terms that a linear model cannot form from either alone.
        rated = {match.lower() for match in RATING.findall(text)}
        good, poor = bool(rated & GOOD_RATINGS), bool(rated - GOOD_RATINGS)
        aspect = counts.get("aspect", 0) > 0
        feats["aspect_rated_good"] = float(aspect and good and not poor)
        feats["aspect_rated_poor"] = float(aspect and poor)
        feats["rating_without_aspect"] = float((good or poor) and not aspect)
    if negation:
        whole = polarity(patterns, text)
        feats.update({"neg_praise": whole.negated_praise, "neg_criticism": whole.negated_criticism,
                      "net_positive": math.log1p(whole.positive), "net_negative": math.log1p(whole.negative),
                      "net_sign": float(_sign(whole.positive - whole.negative))})
    if clauses:
        main, concession, kind = split_clauses(text)
        in_main, in_concession = polarity(patterns, main), polarity(patterns, concession)
        feats.update({
            "clause_concession_start": float(kind == "concession_start"),
            "clause_contrast_mid": float(kind == "contrast_mid"),
            "clause_concession_mid": float(kind == "concession_mid"),
            "clause_contrast_start": float(kind == "contrast_start"),
            "main_praise": math.log1p(in_main.positive), "main_criticism": math.log1p(in_main.negative),
            "conc_praise": math.log1p(in_concession.positive), "conc_criticism": math.log1p(in_concession.negative),
            "main_sign": float(_sign(in_main.positive - in_main.negative)) if concession else 0.0,
        })
    if modals:
        main = split_clauses(text)[0]
        present, past, _ = cues(main)
        formal = cues(text)[2]
        praise_call = present and bool(CTA_PRAISE.search(text))
        feats.update({
            "cta_present": float(present and not praise_call),
            "cta_past": float(past and not present),
            "cta_with_shortcoming": float(present and bool(SHORTCOMING.search(text))),
            "cta_praise": float(praise_call),
            "cta_hope": float(("hope" in lower or "trust" in lower or "expect" in lower or "forward" in lower)
                              and bool(CTA_HOPE.search(text))),
            "cta_first_person": float(present and bool(FIRST_PERSON_CALL.search(lower))),
            "rec_formal": float(formal),
            "rec_count": float(formal and bool(NUMBERISH.search(text))),
        })
    if neighbours:
        for name in ("prev", "next", "leadin"):
            other = str(item.get(name, ""))
            in_other = polarity(patterns, other)
            feats[f"{name}_positive"] = math.log1p(in_other.positive)
            feats[f"{name}_negative"] = math.log1p(in_other.negative)
            present, _, formal = cues(other) if other else (False, False, False)
            feats[f"{name}_cta"] = float(present)
            feats[f"{name}_rec"] = float(formal)
        feats["leadin_present"] = float(bool(item.get("leadin")))
    return feats
