"""Reading release text from files, stdin and HTML pages, with clear errors for bad input.

Offsets everywhere index the text exactly as returned here: decoded, a leading BOM removed, line
endings untouched (docs/schema.md).
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

from .errors import NotAReleaseError

DEFAULT_MAX_BYTES = int(os.environ.get("INSPECTION_NLP_MAX_BYTES", 2_000_000))
RELEASE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class DecodingWarning(UserWarning):
    """A file was not UTF-8 and was decoded as Windows-1252."""


@dataclass(frozen=True)
class InputText:
    """A decoded input: where it came from, its text, and whether it was extracted from HTML."""

    source: str
    text: str
    from_html: bool = False


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a release's bytes: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 with a warning.

    >>> decode_bytes("caf\\u00e9".encode("utf-8"), "x.txt")
    'café'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise NotAReleaseError(f"{name}: invalid UTF-16 text ({err.reason})") from None
    if b"\x00" in data[:8192]:
        raise NotAReleaseError(f"{name}: binary data, not a text release")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise NotAReleaseError(f"{name}: not UTF-8 text and not Windows-1252 either") from None
    warnings.warn(f"{name}: not UTF-8, decoded as Windows-1252", DecodingWarning, stacklevel=2)
    return text


_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<div|<p[ >])", re.IGNORECASE)


def looks_like_html(text: str, name: str = "") -> bool:
    """True for `.html` files and for text that opens like an HTML page."""
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:512]))


_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dt", "dd", "blockquote"}
_INLINE_PARENTS = {"p", "li", "td", "th", "dt", "dd", "blockquote"}
# Site chrome of the inspectorate's WordPress pages and of most CMSs: never part of a release.
_CHROME = ("script", "style", "noscript", "nav", "footer", "form", "svg", "aside", "iframe", "template",
           "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]",
           ".skip-link", ".screen-reader-text", ".breadcrumbs", ".breadcrumb", "[class*=cookie]",
           "[id*=cookie]", ".share", ".sharing", ".social", ".related", ".sidebar", ".widget", ".pagination")
# Where the release text sits, most specific first.
_CONTENT = ("main article", "article", ".entry-content", ".post-content", ".page-content", "main", "[role=main]",
            "#content", "#main")


def html_to_text(html: str) -> str:
    """Extract the release text from an inspectorate web page: headline and body paragraphs.

    selectolax parses real-world HTML (unclosed tags, entities) far more robustly than a hand
    regex, and is fast; we keep block structure as blank-line separated paragraphs so the
    segmenter sees headlines and list items. The headline is the page's first `h1` when the
    content block (the article, else e.g. WordPress `.entry-content`) does not hold one.

    >>> html_to_text("<html><body><nav>Skip to content</nav><h1>Leeds YJS rated ‘Good’</h1>"
    ...              "<div class='entry-content'><p>It works   well.</p><ul><li>Staff care.</li></ul></div></body></html>")
    'Leeds YJS rated ‘Good’\\n\\nIt works well.\\n\\n- Staff care.\\n'
    """
    # the HTML parser (a compiled extension) is loaded only for pages: reading text needs no dependency at all,
    # which the examples' sandbox checks before it installs anything (tests/test_examples.py)
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for selector in _CHROME:
        for node in tree.css(selector):
            node.decompose()
    # The site header goes, but a header inside the article usually holds the headline.
    for node in tree.css("header"):
        if not any(parent.tag in {"article", "main"} for parent in _ancestors(node, None)):
            node.decompose()
    # Inline markup must not split words ("<b>impressed</b>." is "impressed."), but a line break separates.
    for node in tree.css("br"):
        node.replace_with(" ")
    for node in tree.css("p, div, li, td, th, dt, dd, tr, blockquote, h1, h2, h3, h4, h5, h6"):
        node.insert_after(" ")
    root = next((node for node in (tree.css_first(sel) for sel in _CONTENT) if node is not None), None)
    root = root or tree.body or tree.root
    if root is None:
        return ""
    blocks: list[str] = []
    if not root.css_first("h1"):
        headline = tree.css_first("h1")
        if headline is not None:
            text = " ".join(headline.text(separator="").split())
            if text:
                blocks.append(text)
    for node in root.traverse(include_text=False):
        if node.tag in _BLOCK_TAGS:
            if any(parent.tag in _INLINE_PARENTS for parent in _ancestors(node, root)):
                continue
            text = " ".join(node.text(separator="").split())
            if text:
                blocks.append(f"- {text}" if node.tag == "li" else text)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _ancestors(node, root):
    parent = node.parent
    while parent is not None and (root is None or parent != root):
        yield parent
        parent = parent.parent


def read_release_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    """Read one release from a path (or `-` for stdin), checking it is a non-empty text within the size limit.

    >>> read_release_text("corpus/releases/westminster-yjs-2024.txt").text[:21]
    '‘Positive findings’ a'
    """
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise NotAReleaseError(f"{name}: no such file")
        if p.is_dir():
            raise NotAReleaseError(f"{name}: is a directory")
        size = p.stat().st_size
        if size > max_bytes:
            raise NotAReleaseError(f"{name}: too large ({size:,} bytes; the limit is {max_bytes:,}, set with --max-bytes)")
        try:
            data = p.read_bytes()
        except OSError as err:
            raise NotAReleaseError(f"{name}: cannot read ({err.strerror})") from None
    if len(data) > max_bytes:
        raise NotAReleaseError(f"{name}: too large (over {max_bytes:,} bytes; set with --max-bytes)")
    text = decode_bytes(data, name)
    if not text.strip():
        raise NotAReleaseError(f"{name}: empty file")
    if looks_like_html(text, name):
        text = html_to_text(text)
        if not text.strip():
            raise NotAReleaseError(f"{name}: HTML page with no release text")
        return InputText(name, text, from_html=True)
    return InputText(name, text)


def expand_inputs(paths: list[str]) -> list[str]:
    """Expand directories into the release files they hold (sorted); keep files and `-` as given.

    A directory with no release files raises NotAReleaseError naming it.
    """
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in RELEASE_SUFFIXES)
            if not found:
                raise NotAReleaseError(f"{raw}: directory holds no releases (.txt, .md, .html)")
            out.extend(found)
        else:
            out.append(raw)
    return out


# Page furniture: what a browser copies from a saved web page around the release itself (REAL-RELEASES.md,
# hard case 6). Matched line by line on the whole line, so a sentence of the release that merely mentions
# a licence or a date is never taken for furniture.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content
      | (?:jump|go)\ to\ (?:main\ )?(?:content|navigation)
      | .*\bcookies?\b.*
      | hide\ (?:this\ )?message | accept | reject | (?:yes|no)(?:,?\ (?:yes|no))?
      | .*\bopen\ government\ licen[cs]e\b.*
      | this\ publication\ is\ licen[cs]ed\b.* | all\ content\ is\ available\ under\b.*
      | (?:©|\(c\)|copyright\b).* | crown\ copyright(?:\ \d{4})?\.?
      | (?:published|first\ published|last\ updated|updated|date|posted(?:\ on)?|page\ last\ (?:updated|reviewed))
        (?:\ on)?(?:\s*:\s*.{0,40}|\s+\d[\w\ ,./-]{0,30}|)
      | (?:press\ release|news\ story|news|press\ releases|latest\ news|media\ centre|media\ release)
      | (?:from|part\ of|topics?|tags?|categories|category|filed\ under|in|location)\s*:.*
      | home | contents | menu | search | print(?:\ this\ page)? | back\ to\ top | top\ of\ page | main\ navigation
      | home(?:\s*(?:>|›|»|/|\||→)\s*[^>›»/|→]{1,60})+ | (?:[^>›»\n]{1,40}\s*(?:>|›|»)\s*){2,}[^>›»\n]{1,80}
      | share(?:\ this)?(?:\ (?:page|article|story|post))?(?:\ (?:on|via)\ .*|\s*:.*)?
      | (?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|print|copy\ link)(?:\s*[|,·/]?\s*(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|print|copy\ link))*
      | follow\ us\b.* | sign\ up\b.* | subscribe\b.* | related\ (?:content|articles|news|links)
      | is\ this\ page\ useful\??.* | report\ a\ problem\b.* | help\ us\ improve\b.* | was\ this\ (?:page\ )?helpful\??.*
      | (?:telephone|tel|phone|email|e-mail|fax|address|contact\ us|contact|press\ office|media\ enquiries)\s*:.*
      | (?:image|photo|picture|caption|credit|source)\s*:.*
      | (?:hm|his\ majesty['’]s|her\ majesty['’]s)\ inspectorate\ of\ \w+(?:\ and\ \w+)?
      | gov\.uk
    )\s*$""", re.IGNORECASE | re.VERBOSE)
# A news page's byline: "By Jane Smith, Local Democracy Reporter".
_BYLINE = re.compile(r"^[Bb]y [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}(?:,|$)")
# An item of a breadcrumb trail: a few words, no sentence punctuation, no quotes (a headline quotes its rating).
_CRUMB = re.compile(r"^[^.!?:;‘’'\"“”\d]{1,40}$")
# A UK postcode on a short line: an address of the inspectorate or of a press office.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_BARE_DATE = re.compile(r"[\d\s/.,:-]*((mon|tues|wednes|thurs|fri|satur|sun)day,? )?\d{1,2}(st|nd|rd|th)? \w+,? \d{4}\.?"
                        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """True when a whole line is page furniture: cookie banners, skip links, licence and copyright lines,
    breadcrumbs, share links, addresses, "Published:" stubs, section labels such as "Press release".

    >>> [is_furniture(s) for s in ("Skip to content", "Published:", "Home > News > Leeds",
    ...                             "Leeds YJS rated ‘Good’", "Inspectors praised the licence to innovate.")]
    [True, True, True, False, False]
    """
    line = " ".join(line.split())
    if not line:
        return False
    if _FURNITURE_LINE.match(line):
        return True
    if _BYLINE.match(line) and len(line.split()) <= 10 and not line.endswith("."):
        return True
    return bool(_POSTCODE.search(line)) and len(line.split()) <= 14 and not line.endswith(".")


def is_bare_date(line: str) -> bool:
    """True for a line that is only a date ("Thursday, 4th June 2020", "12/03/2024")."""
    return bool(_BARE_DATE.fullmatch(" ".join(line.split())))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets (start, end) of the lines of `text` that are page furniture or bare dates standing alone.

    Offsets index `text` as given, so summaries keep the furniture in `sentences` but can leave it out of
    titles and listed items, and the report can fold it.

    >>> text = "Skip to content\\nLeeds YJS rated ‘Good’\\n\\n© Crown copyright\\n"
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ['Skip to content', '© Crown copyright']
    """
    spans, offset = [], 0
    trail = False  # inside a breadcrumb trail copied one item a line: "Home", "Crime, justice and law", ...
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            crumb = trail and _CRUMB.match(stripped) is not None
            if crumb or is_furniture(stripped) or is_bare_date(stripped):
                start = offset + line.index(stripped[0])
                spans.append((start, start + len(stripped)))
            trail = stripped.lower() == "home" or (crumb and not is_furniture(stripped))
        offset += len(line)
    return spans


def in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies inside one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


def headline(text: str) -> str:
    """A release's headline: its first line that is neither page furniture nor a bare date, without
    Markdown heading marks.

    >>> headline("Skip to content\\nPublished:\\n\\n# Leeds YJS rated ‘Good’\\n\\nText.")
    'Leeds YJS rated ‘Good’'
    """
    furniture = furniture_spans(text)
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip().lstrip("#").strip()
        if stripped and not in_spans(offset + line.index(stripped[0]), offset + len(line.rstrip()), furniture):
            return stripped
        offset += len(line)
    return ""


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_YEAR = r"((?:19|20)\d\d)"
_PAGE_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+{_YEAR}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}\b",
                        re.IGNORECASE)
_DATED_SENTENCE = re.compile(rf"\b(?:published|publishes|available)\b[^.\n]{{0,80}}?\b{_MONTHS}\s+{_YEAR}\b", re.IGNORECASE)
YEAR_SOURCES = ("published", "corpus index", "page date", "dated sentence", "fieldwork")


def release_year(published: str | None, indexed: str | None, text: str | None,
                 fieldwork: str | None) -> tuple[str | None, str | None]:
    """The year a release belongs to and where it was read: the summary's publication date, the corpus
    index's (`corpus add --published`), a date line of the page ("Published: 19 Nov 2018", "12/03/2024"),
    a dated sentence ("available on the website on 17 September 2024"), else the fieldwork month.

    >>> release_year(None, None, "Skip to content\\nPublished: 19 Nov 2018\\nSuffolk YOS ...", "2018-10")
    ('2018', 'page date')
    >>> release_year(None, None, "No date here.", "2024-06")
    ('2024', 'fieldwork')
    """
    for value, source in ((published, "published"), (indexed, "corpus index")):
        if value and re.match(r"\d{4}", str(value)):
            return str(value)[:4], source
    if text:
        for start, end in furniture_spans(text):
            found = _PAGE_DATE.search(text[start:end])
            if found:
                return found.group(1) or found.group(2), "page date"
        found = _DATED_SENTENCE.search(text)
        if found:
            return found.group(1), "dated sentence"
    if fieldwork and re.match(r"\d{4}", str(fieldwork)):
        return str(fieldwork)[:4], "fieldwork"
    return None, None
