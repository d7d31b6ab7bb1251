"""The corpus: release texts in `corpus/releases/<id>.txt` and an index with provenance and licence.

`corpus/index.jsonl` holds one JSON object per release:
`{"id", "title", "service", "service_type", "published", "path", "sha256", "source", "style", "licence"}`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AnnotationFormatError, NotAReleaseError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_ROOT / "corpus"
INDEX_NAME = "index.jsonl"
OGL = "Crown copyright; Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)"
SYNTHETIC = "synthetic"


@dataclass
class Release:
    """One release in the corpus: its id, its text and its index entry."""

    id: str
    text: str
    entry: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.entry.get("title") or first_line(self.text)


def first_line(text: str) -> str:
    """The first non-blank line, stripped: a release's headline."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(text: str) -> str:
    """A corpus id from a title or file name: lower case, ASCII letters and digits joined by hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80] or "release"


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSONL file; a malformed line raises AnnotationFormatError naming file and line."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise AnnotationFormatError(f"{path}:{number}: malformed JSON ({err.msg})") from None
            if not isinstance(row, dict):
                raise AnnotationFormatError(f"{path}:{number}: expected a JSON object")
            rows.append(row)
    return rows


def dumps_jsonl(rows) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)


class Corpus:
    """The corpus directory: `releases/*.txt` plus `index.jsonl`.

    >>> corpus = Corpus("corpus")
    >>> corpus.get("westminster-yjs-2024").title[:19]
    '‘Positive findings’'
    """

    def __init__(self, root: str | Path = CORPUS_DIR):
        self.root = Path(root)

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    def entries(self) -> list[dict]:
        if not self.index_path.exists():
            return []
        return read_jsonl(self.index_path)

    def ids(self) -> list[str]:
        return [entry["id"] for entry in self.entries()]

    def get(self, release_id: str) -> Release:
        for entry in self.entries():
            if entry["id"] == release_id:
                return self._load(entry)
        raise NotAReleaseError(f"{release_id}: not in the corpus index {self.index_path}")

    def releases(self) -> list[Release]:
        return [self._load(entry) for entry in self.entries()]

    def _load(self, entry: dict) -> Release:
        path = self.root / entry["path"]
        try:
            text = path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            raise NotAReleaseError(f"{path}: listed in {self.index_path} but missing") from None
        return Release(entry["id"], text, entry)

    def write(self, releases: list[tuple[dict, str]]) -> None:
        """Add or replace releases (entry, text); the index is rewritten atomically, sorted by id."""
        by_id = {entry["id"]: entry for entry in self.entries()}
        for entry, text in releases:
            entry = dict(entry)
            entry.setdefault("path", f"releases/{entry['id']}.txt")
            entry["sha256"] = sha256_text(text)
            target = self.root / entry["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            # newline="" keeps the text byte-identical: no line-ending translation.
            with open(target, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            by_id[entry["id"]] = entry
        atomic_write_text(self.index_path, dumps_jsonl(by_id[key] for key in sorted(by_id)))


class DuplicateReleaseError(NotAReleaseError):
    """A release being added is already in the corpus (same text, by content hash)."""


def title_of(text: str) -> str:
    """A release's title: its headline without Markdown heading marks.

    >>> title_of("\\n# Westminster YJS rated 'Good'\\n\\nText.")
    "Westminster YJS rated 'Good'"
    """
    return first_line(text).lstrip("#").strip()


def new_id(title: str, taken: set[str]) -> str:
    """A fresh corpus id from a title: its slug cut at a word boundary, numbered if already taken.

    >>> new_id("Westminster YJS rated ‘Good’ by inspectors", {"westminster-yjs-rated-good-by-inspectors"})
    'westminster-yjs-rated-good-by-inspectors-2'
    """
    slug = slugify(title)
    if len(slug) > 60:
        slug = slug[:60].rsplit("-", 1)[0]
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def find_by_hash(corpus: Corpus, text: str) -> dict | None:
    """The index entry of the release with exactly this text, or None."""
    digest = sha256_text(text)
    for entry in corpus.entries():
        if entry.get("sha256") == digest:
            return entry
    return None


def add_texts(items: list[tuple[str, str]], corpus_dir: str | Path | None = None, licence: str = "unknown",
              style: str = "real", skip_duplicates: bool = False) -> list[Release]:
    """Add (source, text) pairs to the corpus as new releases; a text already there (by hash) raises
    DuplicateReleaseError before anything is written, or is returned as it is with `skip_duplicates`.

    >>> add_texts([("note.txt", "Leeds YJS rated 'Good'\\n\\nIt works well.")], "/tmp/c")[0].id  # doctest: +SKIP
    'leeds-yjs-rated-good'
    """
    corpus = Corpus(corpus_dir or CORPUS_DIR)
    entries = corpus.entries()
    by_hash = {entry.get("sha256"): entry for entry in entries}
    taken = {entry["id"] for entry in entries}
    out: list[Release] = []
    new: list[tuple[dict, str]] = []
    for source, text in items:
        digest = sha256_text(text)
        if digest in by_hash:
            entry = by_hash[digest]
            if not skip_duplicates:
                raise DuplicateReleaseError(
                    f"{source}: already in the corpus as {entry['id']!r} (same text, sha256 {digest[:12]}); nothing added")
            out.append(Release(entry["id"], text, entry))
            continue
        title = title_of(text)
        if not title:
            raise NotAReleaseError(f"{source}: no text to add")
        entry = {"id": new_id(title, taken), "title": title, "service": None, "service_type": None,
                 "published": None, "source": source, "style": style, "licence": licence}
        taken.add(entry["id"])
        entry["path"] = f"releases/{entry['id']}.txt"
        entry["sha256"] = digest
        by_hash[digest] = entry
        new.append((entry, text))
        out.append(Release(entry["id"], text, entry))
    if new:
        corpus.write(new)
    return out


def add_releases(paths: Sequence[str | Path], corpus_dir: str | Path | None = None, licence: str = "unknown",
                 style: str = "real", skip_duplicates: bool = False) -> list[Release]:
    """Read release files (.txt, .md, .html pages of the inspectorate; directories expanded) and add them.

    The id is the title's slug; duplicates by content hash are refused (DuplicateReleaseError) unless
    `skip_duplicates`, which returns the release already in the corpus instead.

    >>> add_releases(["new/leeds-yjs.html"], "corpus", licence="OGL v3.0")  # doctest: +SKIP
    [Release(id='leeds-youth-justice-service-rated-good', ...)]
    """
    from .textio import expand_inputs, read_release_text

    items = []
    for path in expand_inputs([str(p) for p in paths]):
        found = read_release_text(path)
        items.append((str(Path(path).resolve()) if path != "-" else "<stdin>", found.text))
    return add_texts(items, corpus_dir, licence=licence, style=style, skip_duplicates=skip_duplicates)
