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
