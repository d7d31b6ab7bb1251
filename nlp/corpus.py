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
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AnnotationFormatError, InspectionNLPError, ModelError, NotAReleaseError
from .models import load_models
from .textio import expand_inputs, headline, read_release_text, release_year

# summarise.py imports spaCy: imported where a new release is described, so reading the corpus does not load it

# Library defaults for the project's data are relative to the current directory, the project directory
# (nlp/project.py): an installed package has no checkout to find them in. The CLI checks it is one.
PROJECT_ROOT = Path(".")
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
        return self.entry.get("title") or title_of(self.text)


def first_line(text: str) -> str:
    """The first non-blank line, stripped: a release's headline."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(text: str) -> str:
    """A corpus id from a title or file name: lower case, ASCII letters and digits joined by hyphens.

    >>> slugify("Gwynedd & Ynys Môn YJS")
    'gwynedd-and-ynys-mon-yjs'
    """
    text = unicodedata.normalize("NFKD", text.replace("&", " and ")).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80] or "release"


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back: there is no getter before Python 3.13)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file 0600; the file we replace it with gets the mode any new file would
        os.chmod(tmp, 0o666 & ~current_umask())
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
    """A release's title: its headline (the first line that is not page furniture) without Markdown heading marks.

    >>> title_of("Skip to content\\n\\n# Westminster YJS rated 'Good'\\n\\nText.")
    "Westminster YJS rated 'Good'"
    """
    return headline(text)


def new_id(title: str, taken: set[str]) -> str:
    """A fresh corpus id from a title (or a service and year): its slug cut at a word boundary, numbered
    if already taken.

    >>> new_id("Leeds YJS 2025", {"leeds-yjs-2025"})
    'leeds-yjs-2025-2'
    """
    slug = slugify(title)
    if len(slug) > 60:
        slug = slug[:60].rsplit("-", 1)[0]
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_published(value: str | None) -> str | None:
    """Validate a publication date given by hand (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if value is None or value == "":
        return None
    if not _ISO_DATE.match(value):
        raise NotAReleaseError(f"--published {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def describe_text(text: str, published: str | None = None, models=None) -> dict:
    """What the index records of a new release, read from its text: title (the headline), service, type,
    publication date and the year its id carries, with where that year came from.

    The service and dates come from the summary's facts (so the models are loaded); without usable models
    the id falls back to the headline. `published` (from `corpus add --published`) beats the text.
    """
    title = title_of(text)
    facts: Mapping[str, Any] = {}
    try:
        from .summarise import summarise_text  # spaCy: see the note at the imports

        facts = summarise_text(text, models=models)
    except ModelError:
        facts = {}
    service = facts.get("service") or {}
    year, source = release_year(published or facts.get("published"), None, text, facts.get("fieldwork"))
    if published:
        source = "--published"
    return {"title": title, "service": service.get("name"), "short": service.get("short"),
            "service_type": service.get("type"), "published": published or facts.get("published"),
            "year": year, "year_source": source}


def id_stem(description: dict) -> str:
    """The id a release should get before numbering: service and year (`leeds-yjs-2025`), else the headline.

    >>> id_stem({"short": "Leeds YJS", "year": "2025", "title": "Leeds YJS rated ‘Good’"})
    'leeds-yjs-2025'
    """
    name = description.get("short") or description.get("service")
    year = description.get("year")
    if name:
        return slugify(f"{name} {year}" if year else name)
    return slugify(description.get("title") or "")


def find_by_hash(corpus: Corpus, text: str) -> dict | None:
    """The index entry of the release with exactly this text, or None."""
    digest = sha256_text(text)
    for entry in corpus.entries():
        if entry.get("sha256") == digest:
            return entry
    return None


def add_texts(items: list[tuple[str, str]], corpus_dir: str | Path | None = None, licence: str = "unknown",
              style: str = "real", skip_duplicates: bool = False, published: str | None = None,
              models=None) -> list[Release]:
    """Add (source, text) pairs to the corpus as new releases; a text already there (by hash) raises
    DuplicateReleaseError before anything is written, or is returned as it is with `skip_duplicates`.

    Ids come from the service and year (`leeds-yjs-2025`), else the headline; page furniture never
    makes a title or an id. `published` (YYYY[-MM[-DD]]) is recorded as the publication date.

    >>> add_texts([("note.txt", "Leeds YJS rated 'Good' in 2025\\n\\nIt works well.")], "/tmp/c")[0].id  # doctest: +SKIP
    'leeds-yjs-2025'
    """
    published = check_published(published)
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
        if not title_of(text):
            raise NotAReleaseError(f"{source}: no text to add (only page furniture)")
        if models is None:
            try:
                models = load_models()
            except InspectionNLPError:
                models = False  # ids from the headline, the index without service and dates
        info = describe_text(text, published, models) if models is not False else \
            {"title": title_of(text), "published": published, "year": (published or "")[:4] or None,
             "year_source": "--published" if published else None}
        entry = {"id": new_id(id_stem(info), taken), "title": info["title"], "service": info.get("service"),
                 "service_type": info.get("service_type"), "published": info.get("published"),
                 "source": source, "style": style, "licence": licence}
        if info.get("year_source"):
            entry["year"], entry["year_source"] = info["year"], info["year_source"]
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
                 style: str = "real", skip_duplicates: bool = False, published: str | None = None,
                 models=None) -> list[Release]:
    """Read release files (.txt, .md, .html pages of the inspectorate; directories expanded) and add them.

    The id is the service and year (`leeds-yjs-2025`, see `add_texts`); duplicates by content hash are refused (DuplicateReleaseError) unless
    `skip_duplicates`, which returns the release already in the corpus instead.

    >>> add_releases(["new/leeds-yjs.html"], "corpus", licence="OGL v3.0")  # doctest: +SKIP
    [Release(id='leeds-yjs-2025', ...)]
    """
    items = []
    for path in expand_inputs([str(p) for p in paths]):
        found = read_release_text(path)
        items.append((str(Path(path).resolve()) if path != "-" else "<stdin>", found.text))
    return add_texts(items, corpus_dir, licence=licence, style=style, skip_duplicates=skip_duplicates,
                     published=published, models=models)
