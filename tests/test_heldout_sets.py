"""The held-out sets under annotations/heldout*: each builds from its source.py, where it has one, into exactly the
committed JSON, and loads with the loader `inspection-nlp evaluate --test` uses, gold facts included."""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
from pathlib import Path

import pytest

from nlp.annotations import FACT_FIELDS, load_shared_dir
from nlp.vocab import ENTITY_LABELS, SENTENCE_LABELS

ROOT = Path(__file__).resolve().parent.parent
SETS = sorted(p for p in (ROOT / "annotations").glob("heldout*") if p.is_dir())
BUILT = [p for p in SETS if (p / "source.py").is_file()]


def test_the_held_out_sets_are_found():
    names = [p.name for p in SETS]
    shapes = {"heldout-shapes", "heldout-shapes-2", "heldout-shapes-3", "heldout-shapes-4", "heldout-shapes-5",
              "heldout-shapes-6", "heldout-shapes-7", "heldout-shapes-8", "heldout-shapes-9",
              "heldout-shapes-10", "heldout-shapes-11", "heldout-shapes-12", "heldout-shapes-13",
              "heldout-shapes-14", "heldout-shapes-15", "heldout-shapes-16",
              "heldout-shapes-17", "heldout-shapes-18",
              "heldout-shapes-19", "heldout-shapes-20",
              "heldout-shapes-21", "heldout-shapes-22",
              "heldout-shapes-23", "heldout-shapes-24",
              "heldout-shapes-25", "heldout-shapes-26",
              "heldout-shapes-27", "heldout-shapes-28",
              "heldout-shapes-29", "heldout-shapes-30",
              "heldout-shapes-31", "heldout-shapes-32",
              "heldout-shapes-33", "heldout-shapes-34",
              "heldout-shapes-35", "heldout-shapes-36",
              "heldout-shapes-37", "heldout-shapes-38",
              "heldout-shapes-39", "heldout-shapes-40",
              "heldout-shapes-41", "heldout-shapes-42",
              "heldout-shapes-43", "heldout-shapes-44",
              "heldout-shapes-45", "heldout-shapes-46",
              "heldout-shapes-47", "heldout-shapes-48",
              "heldout-shapes-49", "heldout-shapes-50",
              "heldout-shapes-51", "heldout-shapes-52",
              "heldout-shapes-53", "heldout-shapes-54",
              "heldout-shapes-55", "heldout-shapes-56",
              "heldout-shapes-57", "heldout-shapes-58",
              "heldout-shapes-59", "heldout-shapes-60",
              "heldout-shapes-61", "heldout-shapes-62",
              "heldout-shapes-63", "heldout-shapes-64",
              "heldout-shapes-65", "heldout-shapes-66",
              "heldout-shapes-67", "heldout-shapes-68",
              "heldout-shapes-69", "heldout-shapes-70",
              "heldout-shapes-71", "heldout-shapes-72",
              "heldout-shapes-73", "heldout-shapes-74",
              "heldout-shapes-75", "heldout-shapes-76",
              "heldout-shapes-77", "heldout-shapes-78",
              "heldout-shapes-79", "heldout-shapes-80",
              "heldout-shapes-81", "heldout-shapes-82",
              "heldout-shapes-83", "heldout-shapes-84",
              "heldout-shapes-85", "heldout-shapes-86",
              "heldout-shapes-87", "heldout-shapes-88",
              "heldout-shapes-89", "heldout-shapes-90",
              "heldout-shapes-91", "heldout-shapes-92",
              "heldout-shapes-93", "heldout-shapes-94",
              "heldout-shapes-95", "heldout-shapes-96",
              "heldout-shapes-97", "heldout-shapes-98",
              "heldout-shapes-99", "heldout-shapes-100",
              "heldout-shapes-101", "heldout-shapes-102",
              "heldout-shapes-103", "heldout-shapes-104",
              "heldout-shapes-105", "heldout-shapes-106",
              "heldout-shapes-107", "heldout-shapes-108",
              "heldout-shapes-109", "heldout-shapes-110",
              "heldout-shapes-111", "heldout-shapes-112",
              "heldout-shapes-113", "heldout-shapes-114",
              "heldout-shapes-115", "heldout-shapes-116",
              "heldout-shapes-117", "heldout-shapes-118",
              "heldout-shapes-119", "heldout-shapes-120",
              "heldout-shapes-121", "heldout-shapes-122",
              "heldout-shapes-123", "heldout-shapes-124",
              "heldout-shapes-125", "heldout-shapes-126",
              "heldout-shapes-127", "heldout-shapes-128",
              "heldout-shapes-129", "heldout-shapes-130",
              "heldout-shapes-131", "heldout-shapes-132",
              "heldout-shapes-133", "heldout-shapes-134", "heldout-shapes-135", "heldout-shapes-136",
              "heldout-shapes-137", "heldout-shapes-138", "heldout-shapes-139", "heldout-shapes-140",
              "heldout-shapes-141", "heldout-shapes-142", "heldout-shapes-143", "heldout-shapes-144",
              "heldout-shapes-145", "heldout-shapes-146", "heldout-shapes-147", "heldout-shapes-148",
              "heldout-shapes-149", "heldout-shapes-150", "heldout-shapes-151", "heldout-shapes-152",
              "heldout-shapes-153", "heldout-shapes-154", "heldout-shapes-155", "heldout-shapes-156",
              "heldout-shapes-157", "heldout-shapes-158", "heldout-shapes-159", "heldout-shapes-160",
              "heldout-shapes-161", "heldout-shapes-162", "heldout-shapes-163", "heldout-shapes-164",
              "heldout-shapes-165", "heldout-shapes-166", "heldout-shapes-167", "heldout-shapes-168",
              "heldout-shapes-169", "heldout-shapes-170", "heldout-shapes-171", "heldout-shapes-172",
              "heldout-shapes-173", "heldout-shapes-174", "heldout-shapes-175", "heldout-shapes-176",
              "heldout-shapes-177", "heldout-shapes-178", "heldout-shapes-179", "heldout-shapes-180",
              "heldout-shapes-181", "heldout-shapes-182", "heldout-shapes-183", "heldout-shapes-184",
              "heldout-shapes-185", "heldout-shapes-186", "heldout-shapes-187", "heldout-shapes-188",
              "heldout-shapes-189", "heldout-shapes-190", "heldout-shapes-191", "heldout-shapes-192",
              "heldout-shapes-193", "heldout-shapes-194", "heldout-shapes-195", "heldout-shapes-196",
              "heldout-shapes-197", "heldout-shapes-198", "heldout-shapes-199", "heldout-shapes-200",
              "heldout-shapes-201", "heldout-shapes-202", "heldout-shapes-203", "heldout-shapes-204",
              "heldout-shapes-205", "heldout-shapes-206", "heldout-shapes-207", "heldout-shapes-208",
              "heldout-shapes-209", "heldout-shapes-210", "heldout-shapes-211", "heldout-shapes-212",
              "heldout-shapes-213", "heldout-shapes-214", "heldout-shapes-215", "heldout-shapes-216",
              "heldout-shapes-217", "heldout-shapes-218", "heldout-shapes-219", "heldout-shapes-220",
              "heldout-shapes-221", "heldout-shapes-222", "heldout-shapes-223", "heldout-shapes-224"}
    assert {"heldout"} | shapes <= set(names)
    assert shapes <= {p.name for p in BUILT}


def _source(directory: Path):
    """The set's source.py as a module (its files are written only under ``__main__``)."""
    spec = importlib.util.spec_from_file_location(f"heldout_source_{directory.name.replace('-', '_')}",
                                                  directory / "source.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("directory", BUILT, ids=[p.name for p in BUILT])
def test_source_builds_the_committed_json(directory):
    source = _source(directory)
    built = {rid: source.build(rid, facts, body) for rid, facts, body in source.RELEASES}
    assert sorted(built) == sorted(p.stem for p in directory.glob("*.json"))  # no file missing, none extra
    for rid, doc in built.items():
        committed = (directory / f"{rid}.json").read_text(encoding="utf-8")
        assert json.loads(committed) == doc, rid
        # byte for byte as `python source.py` writes it
        assert committed == json.dumps(doc, ensure_ascii=False, indent=1) + "\n", rid


@pytest.mark.parametrize("directory", SETS, ids=[p.name for p in SETS])
def test_set_loads_with_the_evaluation_loader(directory):
    releases = load_shared_dir(directory)
    assert sorted(r.id for r in releases) == sorted(p.stem for p in directory.glob("*.json"))
    for release in releases:
        assert set(FACT_FIELDS) <= set(release.facts), release.id
        assert release.sentences and all(label in SENTENCE_LABELS for *_, label in release.sentences), release.id
        assert all(0 <= s < e <= len(release.text) for s, e, _ in release.sentences), release.id
        assert all(0 <= s < e <= len(release.text) and label in ENTITY_LABELS
                   for s, e, label in release.entities), release.id
        services = release.facts.get("services")
        if services:  # the top-level facts describe the first inspected service
            assert services[0]["name"] == release.facts["service"], release.id
            assert services[0]["overall_rating"] == release.facts["overall_rating"], release.id


def test_served_sets_are_held_out_sets_that_were_run_blind_and_never_the_newest():
    """annotations/served.json names sets that have served as blind tests: each exists, its README records
    its first run, and the newest set stays out, so it remains a test set."""
    from nlp.annotations import load_served

    served = json.loads((ROOT / "annotations" / "served.json").read_text(encoding="utf-8"))["sets"]
    assert set(served) <= {p.name for p in SETS}
    for name in served:
        readme = (ROOT / "annotations" / name / "README.md").read_text(encoding="utf-8")
        assert re.search(r"^#+ First (blind )?run", readme, re.MULTILINE | re.IGNORECASE), name
    newest = max(SETS, key=lambda p: int(p.name.rsplit("-", 1)[-1]) if p.name[-1].isdigit() else 0)
    assert newest.name not in served
    releases = load_served()
    assert len(releases) == sum(len(list((ROOT / "annotations" / name).glob("*.json"))) for name in served)
    # a set under test is left out, so it is never trained on
    without = load_served(leave_out={"heldout"})
    assert {r.id for r in without} == {r.id for r in releases} - {r.id for r in load_shared_dir(ROOT / "annotations" / "heldout")}


def _written(day: datetime.date, text: str) -> bool:
    """True where ``text`` writes ``day``: with its month ("3 December", "Dec 3rd", "3 Sept"), as numbers
    ("03/12/2024", "2024-12-03"), or relative to the page ("today", "Tuesday"), which the tools date from it."""
    names = [day.strftime("%B"), day.strftime("%b")] + (["Sept"] if day.month == 9 else [])
    month = "(?:" + "|".join(names) + ")"
    patterns = (rf"\b0?{day.day}(?:st|nd|rd|th)?\s+{month}\b", rf"\b{month}\.?\s+0?{day.day}(?:st|nd|rd|th)?\b",
                rf"\b0?{day.day}[/.-]0?{day.month}[/.-](?:{day.year}|{day.year % 100:02d})\b",
                rf"\b{day.isoformat()}\b", r"\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


@pytest.mark.parametrize("directory", SETS, ids=[p.name for p in SETS])
def test_a_gold_publication_date_is_written_in_its_release(directory):
    """A release whose text gives no day of publication has none in its gold (annotations/GUIDELINES.md, "Facts"):
    writers of sets 105, 109 and 116 took days from outside the text, found only by their blind runs."""
    for release in load_shared_dir(directory):
        published = release.facts.get("published")
        if published:
            assert _written(datetime.date.fromisoformat(published), release.text), (release.id, published)


def _month_written(month: str, text: str) -> bool:
    """True where ``text`` writes the month of ``month`` ("2024-11"): by name ("November", "Nov", "Sept") or as
    numbers in a day ("12/11/2024", "2024-11-12")."""
    first = datetime.date.fromisoformat(month + "-01")
    names = [first.strftime("%B"), first.strftime("%b")] + (["Sept"] if first.month == 9 else [])
    patterns = (r"\b(?:" + "|".join(names) + r")\b", rf"\b\d{{1,2}}[/.-]0?{first.month}[/.-](?:{first.year}|{first.year % 100:02d})\b",
                rf"\b{month}(?:-\d\d)?\b")
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


@pytest.mark.parametrize("directory", SETS, ids=[p.name for p in SETS])
def test_a_gold_fieldwork_month_is_written_in_its_release(directory):
    """As the publication date: a fieldwork month the text never gives is null in the gold."""
    for release in load_shared_dir(directory):
        fieldwork = release.facts.get("fieldwork")
        if fieldwork:
            assert _month_written(fieldwork, release.text), (release.id, fieldwork)


def test_a_malformed_list_of_served_sets_is_one_clear_error(tmp_path):
    from nlp.annotations import load_served
    from nlp.errors import AnnotationFormatError

    (tmp_path / "served.json").write_text('{"sets": ', encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match="served.json"):
        load_served(tmp_path)
    (tmp_path / "served.json").unlink()
    assert load_served(tmp_path) == []  # a project without the file trains on its own data alone
