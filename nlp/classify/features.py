"""Sentence items (text plus context) and the scikit-learn transformers that turn them into features.

An *item* is a plain dict, so it pickles, prints and serialises without custom types:
`make_items(text, spans)` builds one per sentence with its normalised text, its neighbours, the lead-in
of the list it belongs to, its role in the release and the entity types inside it.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .lexicon import compile_lexicon, freeze, load_lexicon, match_lexicon, tokenize

# Bullets of any kind, numbered notes "1." "2)" "(a)", and dashes used as bullets.
BULLET = re.compile(r"^\s*(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u00b7\u2013\u2014*>+-]|"
                    r"\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s*")
QUOTE_CHARS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                             "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u00b4": "'", "`": "'"})
SPEAKER = re.compile(r"\b(?:said|says|added|continued|commented|explained|stated|concluded|remarked)\b\s*[:,]?\s*\"",
                     re.IGNORECASE)
ENDS = re.compile(r"^\W*(?:ends|-ends-|notes? (?:to|for) (?:the )?editors?)\W*$", re.IGNORECASE)
RATING = re.compile(r"'(?:outstanding|good|requires improvement|inadequate)'", re.IGNORECASE)


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


def make_items(text: str, spans, entities=None) -> list[dict]:
    """One feature item per sentence span: its text plus context (role, neighbours, lead-in, entities).

    `spans` are (start, end) or (start, end, label) character offsets; `entities` optional
    (start, end, label) spans of the whole release.

    >>> items = make_items("Key findings:\\n\\u2022 Staff were skilled.", [(0, 13), (14, 36)])
    >>> items[1]["is_list_item"], items[1]["leadin"]
    (True, 'Key findings:')
    """
    spans = [(int(s[0]), int(s[1])) for s in spans]
    entities = list(entities or [])
    n = len(spans)
    items: list[dict] = []
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


class ItemTransformer(BaseEstimator, TransformerMixin):
    """Base of our transformers: they read lists of sentence items (or strings), not 2-D arrays."""

    _stateless = False  # True where fit learns nothing, so sklearn's checks need no fit first

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        if self._stateless:
            tags.requires_fit = False
        return tags


class ItemText(ItemTransformer):
    """Select one text field of each item (`text`, `prev`, `next`, `leadin`, or `main` for the main clause).

    >>> ItemText("text").fit_transform([{"text": "Staff were skilled."}])
    ['Staff were skilled.']
    """

    _stateless = True

    def __init__(self, field="text", prefix=""):
        self.field = field
        self.prefix = prefix

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        if self.field == "main":
            return [self.prefix + split_clauses(_text(x))[0] for x in X]
        if self.field == "main_only":
            # The main clause only where a concession or contrast split the sentence; empty otherwise.
            out = []
            for x in X:
                main, concession, _ = split_clauses(_text(x))
                out.append(self.prefix + main if concession else "")
            return out
        return [self.prefix + (_text(x) if self.field == "text" else x.get(self.field, "")) for x in X]


def _text(x) -> str:
    return x["text"] if isinstance(x, dict) else normalise_text(str(x))


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
NUMBERISH = re.compile(r"\b(?:0+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b",
                       re.IGNORECASE)
OVERALL = re.compile(r"\boverall\b.*\brat(?:ed|ing)\b|\brat(?:ed|ing)\b.*\boverall\b", re.IGNORECASE)
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


def polarity(lexicon_key, text: str) -> tuple[float, float, float, float]:
    """(praise, criticism, praise under negation, criticism under negation) counts in `text`.

    >>> from nlp.classify.lexicon import freeze, load_lexicon
    >>> polarity(freeze(load_lexicon()), "This is not good enough.")[1] > 0
    True
    """
    return analyse(lexicon_key, text)[1]


class ContextFeatures(ItemTransformer):
    """Dense features beyond keywords: role, lexicon counts, negation scope, main clause, calls to action
    with tense, neighbours. Each group can be switched off to measure what it brings.

    >>> from nlp.classify import make_items
    >>> items = make_items("Although staff were committed, checks were not always made.", [(0, 60)])
    >>> f = ContextFeatures().fit(items)
    >>> bool(dict(zip(f.get_feature_names_out(), f.transform(items)[0]))["main_criticism"] > 0)
    True
    """

    def __init__(self, roles=True, lexicon=True, negation=True, clauses=True, modals=True, neighbours=True,
                 lexicon_dir=None):
        self.roles = roles
        self.lexicon = lexicon
        self.negation = negation
        self.clauses = clauses
        self.modals = modals
        self.neighbours = neighbours
        self.lexicon_dir = lexicon_dir

    def fit(self, X, y=None):
        # The lexicon is copied into the model so a saved classifier keeps what it was trained with.
        self.lexicon_ = {k: list(v) for k, v in load_lexicon(self.lexicon_dir).items()}
        self._key = freeze(self.lexicon_)
        self.feature_names_ = self._row({"text": "", "prev": "", "next": "", "leadin": ""}, names=True)
        self.n_features_out_ = len(self.feature_names_)
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.feature_names_, dtype=object)

    def transform(self, X):
        out = np.zeros((len(X), len(self.feature_names_)), dtype=np.float64)
        self._key = freeze(self.lexicon_)
        for row, item in enumerate(X):
            if not isinstance(item, dict):
                item = {"text": normalise_text(str(item))}
            out[row] = self._row(item)
        return out

    def _row(self, item: dict, names: bool = False):
        patterns = self._key
        text = item.get("text", "")
        feats: dict[str, float] = {}
        lower = text.lower()
        if self.roles:
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
            })
            ratio = case_ratio(item.get("raw", ""))
            feats["ratio_high"] = float(ratio is not None and ratio >= 0.75)
            feats["ratio_low"] = float(ratio is not None and ratio <= 0.5)
        if self.lexicon:
            counts = analyse(patterns, text)[0]
            for category in sorted(self.lexicon_):
                feats[f"lex_{category}"] = math.log1p(counts.get(category, 0))
        if self.negation:
            pp, cp, pn, cn = polarity(patterns, text)
            feats.update({"neg_praise": pn, "neg_criticism": cn,
                          "net_positive": math.log1p(pp + cn), "net_negative": math.log1p(cp + pn),
                          "net_sign": float(np.sign((pp + cn) - (cp + pn)))})
        if self.clauses:
            main, concession, kind = split_clauses(text)
            mp, mc, mpn, mcn = polarity(patterns, main)
            cp_, cc, cpn, ccn = polarity(patterns, concession)
            feats.update({
                "clause_concession_start": float(kind == "concession_start"),
                "clause_contrast_mid": float(kind == "contrast_mid"),
                "clause_concession_mid": float(kind == "concession_mid"),
                "clause_contrast_start": float(kind == "contrast_start"),
                "main_praise": math.log1p(mp + mcn), "main_criticism": math.log1p(mc + mpn),
                "conc_praise": math.log1p(cp_ + ccn), "conc_criticism": math.log1p(cc + cpn),
                "main_sign": float(np.sign((mp + mcn) - (mc + mpn))) if concession else 0.0,
            })
        if self.modals:
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
        if self.neighbours:
            for name in ("prev", "next", "leadin"):
                other = item.get(name, "")
                pp, cp, pn, cn = polarity(patterns, other)
                feats[f"{name}_positive"] = math.log1p(pp + cn)
                feats[f"{name}_negative"] = math.log1p(cp + pn)
                present, _, formal = cues(other) if other else (False, False, False)
                feats[f"{name}_cta"] = float(present)
                feats[f"{name}_rec"] = float(formal)
            feats["leadin_present"] = float(bool(item.get("leadin")))
        if names:
            return list(feats)
        return np.fromiter(feats.values(), dtype=np.float64, count=len(feats))


_WORD_CACHE: dict[str, dict[str, np.ndarray]] = {}
_WORD_CACHE_LIMIT = 200_000


def _word_ngrams(word: str, low: int, high: int) -> list[str]:
    padded = f" {word} "
    grams = []
    for n in range(low, high + 1):
        if n > len(padded):
            break
        grams.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


class CharNgrams(ItemTransformer):
    """Character n-gram TF-IDF inside word boundaries (like TfidfVectorizer(analyzer="char_wb")), but
    computed once per distinct word and cached, which makes prediction several times faster.

    >>> X = CharNgrams(min_df=1).fit_transform(["Staff were skilled.", "Staff were not skilled."])
    >>> X.shape[0]
    2
    """

    def __init__(self, field="text", ngram_range=(2, 5), min_df=2, max_features=60000, sublinear_tf=True):
        self.field = field
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _texts(self, X):
        return [(x.get(self.field, "") if isinstance(x, dict) else str(x)).lower() for x in X]

    def fit(self, X, y=None):
        low, high = self.ngram_range
        df: dict[str, int] = {}
        for text in self._texts(X):
            grams = set()
            for word in set(text.split()):
                grams.update(_word_ngrams(word, low, high))
            for gram in grams:
                df[gram] = df.get(gram, 0) + 1
        kept = [g for g, count in df.items() if count >= self.min_df]
        if self.max_features and len(kept) > self.max_features:
            kept = sorted(kept, key=lambda g: (-df[g], g))[:self.max_features]
        kept.sort()
        self.vocabulary_ = {gram: i for i, gram in enumerate(kept)}
        n_docs = len(X)
        self.idf_ = np.array([math.log((1 + n_docs) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float64)
        # A fresh cache per fitted vocabulary; the key is plain data so the model stays skops-serialisable.
        self.cache_key_ = f"{id(self)}-{len(kept)}-{hash(tuple(kept[:50]))}-{n_docs}"
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(sorted(self.vocabulary_, key=self.vocabulary_.get), dtype=object)

    def transform(self, X):
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        low, high = self.ngram_range
        cache = _WORD_CACHE.setdefault(self.cache_key_, {})
        if len(cache) > _WORD_CACHE_LIMIT:
            cache.clear()
        vocabulary = self.vocabulary_
        indices, indptr = [], [0]
        for text in self._texts(X):
            for word in text.split():
                ids = cache.get(word)
                if ids is None:
                    ids = np.fromiter((vocabulary[g] for g in _word_ngrams(word, low, high) if g in vocabulary),
                                      dtype=np.int32)
                    cache[word] = ids
                indices.append(ids)
            indptr.append(indptr[-1] + sum(len(a) for a in indices[len(indices) - len(text.split()):]))
        flat = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32)
        matrix = sp.csr_matrix((np.ones(len(flat)), flat, np.asarray(indptr)), shape=(len(X), len(vocabulary)))
        matrix.sum_duplicates()
        if self.sublinear_tf:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        matrix = matrix @ sp.diags(self.idf_)
        return normalize(matrix.tocsr(), copy=False)
