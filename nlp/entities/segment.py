"""Tokens and sentences for press releases: the tokenizer, then lines first, then sentence ends inside a line.

Headlines, numbered notes, bullets and "ENDS" sit on their own lines in every release we have seen,
so a line break always ends a sentence; inside a line a sentence ends at ``.``, ``!`` or ``?`` (with
any closing quotes or brackets kept) when the next word starts like a sentence and the word before is
not an abbreviation. ``SpaceTokenizer`` and ``SentenceSegmenter`` are the pipeline's first two steps
(registered in factories.py as ``inspection.tokenizer.v1`` and ``inspection_sentences``).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

# Words that end with a full stop without ending the sentence (compared lower-cased, without the stop).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "hm", "no", "nos", "st", "e.g", "i.e", "eg", "ie", "etc", "cf", "vs",
    "co", "ltd", "inc", "rev", "gen", "sgt", "insp", "supt", "cllr", "hon", "approx", "fig", "para", "ch",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cbe", "obe", "mbe",
})
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"
# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*(?=\s)")
_NEXT = re.compile(r"\s+([" + re.escape(OPENERS) + r"]*)(\S)")
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[•*–\-·▪●])\s")
# Flattened pages run a section heading or a list number into the line ("Notes to editors   1. The ...").
_HEADING = re.compile(r"(?:Notes? (?:to|for) editors?|About (?:HM|His Majesty’s|Her Majesty’s) Inspectorate of Probation"
                      r"|Background|Context|Findings)(?= +[A-Z0-9])")
_INLINE_NUMBER = re.compile(r"\s{2,}(?=\d{1,2}[.)]\s)")
# "Case supervision Case supervision was rated ...": a heading followed by a sentence opening with it.
_REPEATED_HEADING = re.compile(r"((?:\S+ ){0,3}\S+) (?=\1 )")


def _is_abbreviation(line: str, end: int) -> bool:
    """True when the full stop at ``end`` closes an abbreviation rather than a sentence."""
    word = re.search(r"([\w.]+)\.$", line[: end + 1])
    if not word:
        return False
    token = word.group(1).lower()
    if token in ABBREVIATIONS:
        return True
    # Single capitals ("J. Smith") are initials.
    return len(token) == 1 and token.isalpha()


def split_line(line: str, headline: bool = False) -> list[tuple[int, int]]:
    """Sentence offsets inside one line, stripped (a headline line is never split).

    >>> split_line('He said: “It is strong.” Then he left.')
    [(0, 24), (25, 38)]
    """
    if headline:
        return _strip_spans(line, [(0, len(line))])
    # Split off run-in headings and list numbers first, then split each piece.
    cuts = []
    m = _HEADING.match(line) or _REPEATED_HEADING.match(line)
    if m:
        cuts.append(m.end())
    cuts.extend(m.end() for m in _INLINE_NUMBER.finditer(line))
    if cuts:
        out: list[tuple[int, int]] = []
        bounds = [0, *sorted(set(cuts)), len(line)]
        for a, b in zip(bounds, bounds[1:]):
            out.extend((a + s, a + e) for s, e in _split_piece(line[a:b]))
        return out
    return _split_piece(line)


def _split_piece(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    marker = _LIST_MARK.match(line)
    # A list number's full stop ("1. ") is not a sentence end.
    search_from = marker.end() if marker else 0
    for m in _END.finditer(line, search_from):
        punct_end = m.start() + len(m.group(0).rstrip(CLOSERS)) - 1
        nxt = _NEXT.match(line, m.end())
        if not nxt:
            continue
        first = nxt.group(2)
        if not (first.isupper() or first.isdigit() or nxt.group(1)):
            continue
        if line[punct_end] == "." and _is_abbreviation(line, punct_end):
            # "Mr Jones", "No. 4": an abbreviation only ends a sentence before an opening quote.
            if not nxt.group(1):
                continue
        spans.append((start, m.end()))
        start = nxt.start(1)
    spans.append((start, len(line)))
    return _strip_spans(line, spans)


def _strip_spans(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        piece = line[s:e]
        stripped = piece.strip()
        if stripped:
            s2 = s + (len(piece) - len(piece.lstrip()))
            out.append((s2, s2 + len(stripped)))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character offsets of the sentences of ``text``, stripped, in order.

    >>> text = "Headline here\\n\\nMr Jones said it was good. It was."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Headline here', 'Mr Jones said it was good.', 'It was.']
    """
    out = []
    offset = 0
    seen_text = False
    for line in text.splitlines(keepends=True):
        # The first line is the headline: "Is probation keeping people safe? Inspectors give a mixed answer".
        headline = not seen_text and bool(line.strip()) and not line.rstrip().endswith(".") and len(line.split()) <= 25
        seen_text = seen_text or bool(line.strip())
        for s, e in split_line(line, headline=headline):
            out.append((offset + s, offset + e))
        offset += len(line)
    return out


TEXT_KEY = "inspection_text"


def doc_text(doc: Doc) -> str:
    """The doc's text, from the copy our tokenizer keeps (``Doc.text`` rebuilds it token by token each time).

    >>> from nlp.entities import build_pipeline
    >>> doc_text(build_pipeline().make_doc("Thames Valley stands out."))
    'Thames Valley stands out.'
    """
    text = doc.user_data.get(TEXT_KEY)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != size:  # a doc made elsewhere, or user_data copied from another doc
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


_WRAP_MAX = 100    # a text whose every line is at most this long, with a few long ones, is hard-wrapped
_WRAP_LINES = 3   # ... where at least this many lines fill most of the width
_ENDS_SENTENCE = re.compile(r"[.!?:;][" + re.escape(CLOSERS) + r"]*\s*$")


def unwrap_lines(text: str) -> str:
    r"""``text`` with the line breaks a hard wrap put inside its paragraphs read as spaces (same length, so every
    offset stays): text copied from an e-mail or a PDF breaks its lines at 70-80 columns, and a break inside
    "Youth Justice\nService" or "rated\n‘Good’" would end a sentence and split every name and date across it.

    Only in a text whose lines are all short (at most 100 characters) and that has at least three nearly full
    ones; there, a break is a wrap where its line was nearly full (or the next word would not have fitted) and does not
    end a sentence, and the next line is no list item, "ENDS" or notes heading. The headline goes on in the next
    lines only where a blank line closes it within three lines.

    >>> wrapped = ("Leeds YJS rated Good\n\nLeeds Youth Justice Service has been rated ‘Good’ by\nHM Inspectorate of "
    ...            "Probation, whose inspectors praised\nits work with children and their families. They found\nthe "
    ...            "board strong.\n\nENDS")
    >>> [line[:40] for line in unwrap_lines(wrapped).split("\n")]
    ['Leeds YJS rated Good', '', 'Leeds Youth Justice Service has been rat', '', 'ENDS']
    >>> len(unwrap_lines(wrapped)) == len(wrapped)
    True
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths, default=0)
    if not 40 <= width <= _WRAP_MAX or sum(n >= 0.75 * width for n in lengths) < _WRAP_LINES:
        return text
    out = list(text)
    position = 0
    # the headline goes on in the next lines only where a blank line closes it within three lines
    head = next((i for i, line in enumerate(lines) if line.strip()), 0)
    close = next((i for i in range(head, len(lines)) if not lines[i].strip()), len(lines))
    for i, (line, following) in enumerate(zip(lines, lines[1:])):
        position += len(line)
        words = following.split()
        if i == head and close - head > 3:
            position += 1
            continue
        if (line.strip() and words and not _ENDS_SENTENCE.search(line)
                and (len(line.rstrip()) >= 0.75 * width or len(line.rstrip()) + 1 + len(words[0]) > width - 2)
                and not _LIST_MARK.match(following) and not re.match(r"\s*(?:ENDS|Notes? (?:to|for) editors?)\b", following)):
            out[position] = " "
        position += 1
    return "".join(out)


class SpaceTokenizer:
    """Tokenise as if every non-breaking or narrow space were a plain space (and, with ``unwrap``, every line break
    a hard wrap put inside a paragraph: `unwrap_lines`).

    The doc keeps the character offsets of the input (each of these spaces is one character, like the plain
    space that stands in for it), so "17\u00a0September 2024" is one DATE at the same offsets as
    "17 September 2024", where spaCy's own tokenizer would make the space a token and break every pattern.
    """

    _SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
    unwrap = False

    def __init__(self, inner, unwrap: bool = False):
        self.inner = inner
        self.unwrap = unwrap

    def __call__(self, text: str) -> Doc:
        text = text.translate(self._SPACES)
        if self.unwrap:
            text = unwrap_lines(text)
        doc = self.inner(text)
        doc.user_data[TEXT_KEY] = text  # see segment.doc_text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        if name == "inner":  # not set yet while unpickling: no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)

    def to_disk(self, path, **kwargs):
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.inner.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs):
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.inner.from_bytes(data, **kwargs)
        return self


class SentenceSegmenter:
    """Sets sentence starts on every token from the text's line and punctuation structure."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Every token is marked (1 starts a sentence, -1 does not): a doc of one sentence then still has
        # sentence boundaries for spaCy, which a doc with only its first token set does not (E030).
        marks = numpy.full((len(doc), 1), -1, dtype="int64")
        marks[0, 0] = 1
        for start, end in split_sentences(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                marks[span.start, 0] = 1
        doc.from_array([SENT_START], marks.astype("uint64"))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray mypy cannot match
        return doc

    def to_disk(self, path, exclude=()):  # stateless: nothing to save
        pass

    def from_disk(self, path, exclude=()):
        return self


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences as stripped character offsets, non-empty, in order.

    >>> from nlp.entities import build_pipeline
    >>> doc = build_pipeline()("ENDS\\n\\nNotes to editors")
    >>> sentence_spans(doc)
    [(0, 4), (6, 22)]
    """
    out = []
    text = doc_text(doc)
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            s2 = s + len(piece) - len(piece.lstrip())
            out.append((s2, s2 + len(stripped)))
    return out
