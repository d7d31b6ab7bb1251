"""Reading the inputs of a trends run into one small ``ReleaseRow`` per release.

Inputs are summary files (`.json`: one summary or a list; `.jsonl`: one per line, as written by
`inspection-nlp summarise --format json/jsonl`) or release files and directories, summarised on the fly.
Everything streams, so 1,000 summaries cost little memory; the same release given twice is counted once.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import InspectionNLPError
from ..models import load_models
from ..textio import RELEASE_SUFFIXES, read_release_text, release_year
from ..vocab import RATINGS, service_key

# summarise.py and themes.py import spaCy, so they are imported where used: a corpus of summaries that are
# already tagged is read without loading spaCy or any model.
SUMMARY_SUFFIXES = (".json", ".jsonl")


def _release_id(summary: dict, fallback: str) -> str:
    """A stable id for a summary: its source file's stem, else the fallback."""
    source = summary.get("source") or ""
    stem = Path(source).stem if source and not source.startswith("<") else ""
    return stem or fallback


@dataclass
class ReleaseRow:
    """What trends and the report index need from one summary (or the error that stopped it)."""

    id: str
    source: str
    service: str = ""
    short: str = ""
    service_type: str = ""
    key: str = ""
    published: str | None = None
    fieldwork: str | None = None
    overall_rating: str | None = None
    ratings: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    themes: dict[str, list[list[str]]] = field(default_factory=dict)
    error: str | None = None
    # the release's year when the summary has no publication date, and where it was read (textio.release_year)
    year_found: str | None = None
    year_source: str | None = None
    # False when the release states no recommendation count and counts["recommendations"] counts items
    recommendations_stated: bool = True

    @property
    def year(self) -> str:
        return (self.published or "")[:4] or self.year_found or "unknown"

    @property
    def sort_date(self) -> str:
        """Publication date, else fieldwork month, else a year in the file name ("merton-yjs-2021"): for ordering."""
        if self.published or self.fieldwork:
            return self.published or self.fieldwork or ""
        found = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", Path(self.source).stem)
        return found[-1] if found else ""

    @classmethod
    def from_summary(cls, summary: dict, fallback_id: str, item_themes: dict[str, list[list[str]]],
                     text: str | None = None) -> ReleaseRow:
        service = summary.get("service") or {}
        rating = summary.get("overall_rating")
        recommendations = summary.get("recommendations") or {}
        stated = recommendations.get("count")
        stated = stated if isinstance(stated, int) and not isinstance(stated, bool) else None
        if not text and not summary.get("text"):  # one sentence a line is enough to find a page's date line
            text = "\n".join(str(s.get("text", "")) for s in summary.get("sentences") or [] if isinstance(s, dict))
        year, year_source = release_year(summary.get("published"), _indexed_published(summary.get("source")),
                                         text or summary.get("text"), summary.get("fieldwork"))
        return cls(
            id=_release_id(summary, fallback_id),
            source=summary.get("source") or fallback_id,
            service=service.get("name") or "",
            short=service.get("short") or "",
            service_type=service.get("type") or "unknown",
            key=service_key(service.get("name")),
            published=summary.get("published"),
            fieldwork=summary.get("fieldwork"),
            overall_rating=rating if rating in RATINGS else None,
            ratings=[r for r in summary.get("ratings") or [] if isinstance(r, dict)],
            counts={
                "strengths": len(summary.get("strengths") or []),
                "weaknesses": len(summary.get("weaknesses") or []),
                # the number the release states; the classifier's items only where it states none
                "recommendations": stated if stated is not None else len(recommendations.get("items") or []),
            },
            themes=item_themes,
            year_found=year,
            year_source=year_source,
            recommendations_stated=stated is not None,
        )


_INDEXES: dict[Path, dict[str, dict]] = {}


def _indexed_published(source: str | None) -> str | None:
    """The publication date the corpus index records for a release file (`corpus add --published`), if any."""
    if not source or str(source).startswith("<"):
        return None
    path = Path(str(source))
    for root in (path.parent.parent, path.parent):
        index = root / "index.jsonl"
        if not index.is_file():
            continue
        key = index.resolve()
        if key not in _INDEXES:
            try:
                rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
            except (OSError, ValueError):
                rows = []
            _INDEXES[key] = {str((root / r["path"]).resolve()): r for r in rows if isinstance(r, dict) and r.get("path")}
        entry = _INDEXES[key].get(str(path.resolve()))
        if entry:
            return entry.get("published")
    return None


@dataclass
class Loaded:
    """One input release: its summary (and release text when known) or the error that stopped it."""

    source: str
    summary: dict | None = None
    text: str | None = None
    error: str | None = None


def _read_summary_file(path: Path) -> Iterator[Loaded]:
    """Summaries in a .json (one object or a list) or .jsonl file; a bad line is an error record, not fatal."""
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        yield Loaded(name, error=f"{name}: cannot read ({err})")
        return
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                yield Loaded(f"{name}:{number}", error=f"{name}:{number}: not JSON ({err.msg})")
                continue
            yield _check_summary(value, f"{name}:{number}")
        return
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as err:
        yield Loaded(name, error=f"{name}: not JSON ({err.msg} at line {err.lineno})")
        return
    values = value if isinstance(value, list) else [value]
    for i, item in enumerate(values):
        yield _check_summary(item, name if len(values) == 1 else f"{name}[{i}]")


def _check_summary(value, where: str) -> Loaded:
    if not isinstance(value, dict) or not str(value.get("schema", "")).startswith("inspection-summary/"):
        return Loaded(where, error=f"{where}: not an inspection summary (no 'schema': 'inspection-summary/N')")
    if "error" in value and not value.get("sentences"):
        return Loaded(value.get("source") or where, error=str(value["error"]))
    return Loaded(value.get("source") or where, summary=value, text=value.get("text"))


def iter_inputs(inputs: Iterable[str | Path], *, models_dir: str | Path | None = None, jobs: int = 1) -> Iterator[Loaded]:
    """Every release in the inputs, in order: summaries read from JSON/JSONL, release files summarised.

    A missing file, a bad JSON line or a release whose summary fails yields a `Loaded` with `error`.
    """
    release_files: list[str] = []

    def flush() -> Iterator[Loaded]:
        if not release_files:
            return
        files = list(release_files)
        release_files.clear()
        for outcome in _summarise_files(files, models_dir=models_dir, jobs=jobs):
            if outcome.error:
                yield Loaded(outcome.path, error=outcome.error)
                continue
            summary = outcome.summary
            text = summary.get("text")
            yield Loaded(outcome.path, summary=summary, text=text if text is not None else _read_text(outcome.path))

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUMMARY_SUFFIXES + RELEASE_SUFFIXES)
            if not found:
                yield Loaded(str(path), error=f"{path}: directory holds no summaries or releases")
            for p in found:
                if p.suffix.lower() in SUMMARY_SUFFIXES:
                    yield from flush()
                    yield from _read_summary_file(p)
                else:
                    release_files.append(str(p))
        elif not path.exists():
            yield Loaded(str(path), error=f"{path}: no such file")
        elif path.suffix.lower() in SUMMARY_SUFFIXES:
            yield from flush()
            yield from _read_summary_file(path)
        else:
            release_files.append(str(path))
    yield from flush()


def _summarise_files(files: list[str], *, models_dir=None, jobs: int = 1):
    """Summarise release files, one outcome per file; any failure of one release is its error, not fatal."""
    from ..summarise import Outcome, summarise_many, summarise_path  # spaCy: see the note at the imports

    if jobs > 1:
        done = 0
        try:
            for outcome in summarise_many(files, jobs=jobs, models_dir=models_dir):
                done += 1
                yield outcome
        except Exception as err:  # a worker died on one release: report it for the rest rather than stop
            for path in files[done:]:
                yield Outcome(path, error=f"{path}: not summarised ({type(err).__name__}: {err})")
        return
    models = load_models(models_dir)  # a missing or broken model is a ModelError for the whole run
    for path in files:
        try:
            yield Outcome(path, summarise_path(path, models))
        except InspectionNLPError as err:
            yield Outcome(path, error=str(err))
        except Exception as err:  # noqa: BLE001 - one bad release must not sink a report of a thousand
            yield Outcome(path, error=f"{path}: summary failed ({type(err).__name__}: {err})")


def _read_text(path: str) -> str | None:
    try:
        return read_release_text(path).text
    except InspectionNLPError:
        return None


def _same_release_keys(loaded: Loaded) -> list[str]:
    """What makes two inputs the same release: the source file, the text's hash, the sentences' hash."""
    keys = []
    summary = loaded.summary or {}
    source = summary.get("source") or loaded.source
    if source and not str(source).startswith("<") and Path(str(source)).is_file():
        keys.append("file:" + str(Path(str(source)).resolve()))
    if loaded.text:
        keys.append("text:" + hashlib.sha256(loaded.text.encode("utf-8")).hexdigest())
    sentences = summary.get("sentences") or []
    if sentences:
        digest = hashlib.sha256(json.dumps([(s.get("start"), s.get("end"), s.get("text")) for s in sentences
                                            if isinstance(s, dict)], ensure_ascii=False).encode("utf-8"))
        keys.append("sentences:" + digest.hexdigest())
    return keys


def iter_rows(inputs: Iterable[str | Path], *, tagger=None, models_dir=None, jobs: int = 1,
              duplicates: list[dict] | None = None) -> Iterator[tuple[ReleaseRow, Loaded]]:
    """`(ReleaseRow, Loaded)` per input release; themes from the summary's fields or tagged (tagger built lazily).

    The same release given twice (the same file or text, or a summary and the release it was made from) is
    yielded once; each repeat is appended to `duplicates` as {"source", "same_as"}.
    """
    from ..themes import summary_item_themes  # spaCy: see the note at the imports

    used: Counter = Counter()
    seen: dict[str, str] = {}
    for number, loaded in enumerate(iter_inputs(inputs, models_dir=models_dir, jobs=jobs), 1):
        if not loaded.error:
            keys = _same_release_keys(loaded)
            first = next((seen[k] for k in keys if k in seen), None)
            if first is not None:
                if duplicates is not None:
                    duplicates.append({"source": loaded.source, "same_as": first})
                continue
            for key in keys:
                seen[key] = loaded.source
        if loaded.error:
            row = ReleaseRow(id=_release_id({"source": loaded.source.split(":")[0]}, f"release-{number}"),
                             source=loaded.source, error=loaded.error)
        elif loaded.summary is not None:  # a Loaded has a summary or an error
            if tagger is None and _needs_tagging(loaded.summary):
                from ..themes import ThemeTagger

                tagger = ThemeTagger()
            row = ReleaseRow.from_summary(loaded.summary, f"release-{number}", summary_item_themes(loaded.summary, tagger),
                                          loaded.text)
        # ids name the release pages, so two summaries of one file (or same-named files) must not collide
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", row.id).strip("-.") or f"release-{number}"
        used[base] += 1
        row.id = base if used[base] == 1 else f"{base}-{used[base]}"
        yield row, loaded


def _needs_tagging(summary: dict) -> bool:
    items = (summary.get("strengths") or []) + (summary.get("weaknesses") or []) + \
        ((summary.get("recommendations") or {}).get("items") or [])
    return any(isinstance(item, dict) and "themes" not in item for item in items)



def row_dict(row: ReleaseRow) -> dict:
    """A release row as a plain dict (for JSON), with its year."""
    return {**asdict(row), "year": row.year}
