"""Place swap: unseen place names in SERVICE / AGENCY entities, the gold kept valid, the rules on unseen shapes."""

import json
import re

import pytest

from nlp.corpus import PROJECT_ROOT
from nlp.entities.robustness import (apply_mapping, atomic_places, load_unseen_places, measure_robustness,
                                     place_mapping, place_of, robustness_table, swap_places)


@pytest.fixture(scope="module")
def by_id(dataset):
    return {r.id: r for r in dataset}


def _occurs(name: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def _back(text: str, mapping: dict) -> str:
    """Undo a swap: the unseen names occur nowhere in the corpus, so the reverse mapping is exact."""
    return apply_mapping(text, {new: old for old, new in mapping.items()})


# --- the list of unseen places ----------------------------------------------------------------------

def test_unseen_places_occur_nowhere_in_the_corpus_the_held_out_set_or_the_rules(dataset):
    texts = [r.text for r in dataset]
    # rules fixed on swapped releases must not be tuned to the places of the held-out test set
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"]
              for p in (PROJECT_ROOT / "annotations" / "heldout").glob("*.json")]
    texts += [p.read_text(encoding="utf-8") for p in (PROJECT_ROOT / "annotations" / "patterns").glob("*")]
    texts += [(PROJECT_ROOT / "nlp" / "entities" / f"{m}.py").read_text(encoding="utf-8")
              for m in ("pipeline", "segment", "normalise")]
    texts += [p.read_text(encoding="utf-8") for p in (PROJECT_ROOT / "nlp" / "entities" / "facts").glob("*.py")]
    seen = [name for name in load_unseen_places() if any(_occurs(name, t) for t in texts)]
    assert seen == []


def test_unseen_places_cover_the_hard_shapes():
    names = set(load_unseen_places())
    assert len(names) >= 80
    assert {"Tŷ Ddewi", "Rhondda Cynon Taf", "Merthyr Tydfil", "Kingston upon Hull", "Cheshire West and Chester",
            "Weston-super-Mare", "St Austell", "King's Lynn and West Norfolk", "Bishop’s Stortford",
            "Llanrhaeadr-ym-Mochnant"} <= names
    assert any(n.startswith("City of ") for n in names) and any(n.startswith("Isle of ") for n in names)


# --- what the place of a name is -------------------------------------------------------------------

@pytest.mark.parametrize("text, label, atoms", [
    ("Barnsley Youth Justice Service", "SERVICE", ["Barnsley"]),
    ("Barnet youth offending service", "SERVICE", ["Barnet"]),
    ("Liverpool South PDU", "SERVICE", ["Liverpool"]),
    ("Leicester City Youth Justice Service", "SERVICE", ["Leicester"]),
    ("Swansea, Neath Port Talbot PDU", "SERVICE", ["Swansea", "Neath Port Talbot"]),
    ("Blackburn with Darwen Youth Offending Team", "SERVICE", ["Blackburn with Darwen"]),
    ("Newcastle upon Tyne PDU", "SERVICE", ["Newcastle upon Tyne"]),
    ("HMP YOI Parc", "SERVICE", ["Parc"]),
    ("Trafford", "SERVICE", ["Trafford"]),
    ("Barnsley Metropolitan Borough Council", "AGENCY", ["Barnsley"]),
    ("Avon and Somerset Constabulary", "AGENCY", ["Avon", "Somerset"]),
    ("Royal Borough of Windsor and Maidenhead", "AGENCY", ["Windsor", "Maidenhead"]),
    ("City of Wolverhampton Council", "AGENCY", ["Wolverhampton"]),
    ("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "AGENCY",
     ["Devon", "Cornwall", "Isles of Scilly"]),
    ("City and Hackney Safeguarding Children Partnership", "AGENCY", ["Hackney"]),
    ("Essex Police, Fire and Crime Commissioner", "AGENCY", ["Essex"]),
    ("Hartlepool Youth Justice Strategic Board", "AGENCY", ["Hartlepool"]),
])
def test_place_of_names(text, label, atoms):
    assert atomic_places(place_of(text, label)) == atoms


@pytest.mark.parametrize("text, label", [
    ("HM Inspectorate of Probation", "AGENCY"), ("Probation Service", "AGENCY"), ("Ofsted", "AGENCY"),
    ("Probation Service – North East region", "SERVICE"), ("West Midlands region of the Probation Service", "SERVICE"),
    ("Greater Manchester Police", "AGENCY"), ("Betsi Cadwaladr University Health Board", "AGENCY"),
    ("KSS CRC", "SERVICE"), ("‘Good’", "RATING"), ("May 2024", "DATE"),
])
def test_national_bodies_regions_and_other_labels_are_left_alone(text, label):
    assert place_of(text, label) is None


# --- the swap keeps the gold valid -------------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 1])
def test_swap_keeps_every_span_and_label(dataset, seed):
    for release in dataset:
        swapped = swap_places(release, seed)
        mapping = place_mapping(release, seed)
        assert _back(swapped.text, mapping) == release.text
        assert [label for *_, label in swapped.entities] == [label for *_, label in release.entities]
        assert [label for *_, label in swapped.sentences] == [label for *_, label in release.sentences]
        for (s, e, _), (s2, e2, _) in zip(release.entities + release.sentences, swapped.entities + swapped.sentences):
            assert _back(swapped.text[s2:e2], mapping) == release.text[s:e], (release.id, release.text[s:e])


def test_swap_replaces_every_occurrence_of_the_place(by_id):
    release = by_id["barnsley-yjs-2023"]
    swapped = swap_places(release, seed=0)
    new = place_mapping(release, 0)["Barnsley"]
    assert "Barnsley" not in swapped.text and "BARNSLEY" not in swapped.text
    names = [swapped.text[s:e] for s, e, label in swapped.entities if label in ("SERVICE", "AGENCY")]
    assert f"{new} Youth Justice Service" in names and f"{new} Metropolitan Borough Council" in names
    assert swapped.facts["service"] == f"{new} Youth Justice Service"
    assert "HM Inspectorate of Probation" in swapped.text or "His Majesty’s Inspectorate of Probation" in swapped.text


def test_swap_leaves_ratings_dates_and_national_bodies(by_id):
    release = by_id["westminster-yjs-2024"]
    swapped = swap_places(release, seed=2)
    keep = [(release.text[s:e], label) for s, e, label in release.entities
            if label in ("RATING", "DATE") or place_of(release.text[s:e], label) is None]
    assert keep and keep == [(swapped.text[s:e], label) for (s, e, label), (s0, e0, _) in
                             zip(swapped.entities, release.entities)
                             if label in ("RATING", "DATE") or place_of(release.text[s0:e0], label) is None]


def test_region_in_a_release_is_not_swapped(by_id):
    release = by_id["kent-surrey-sussex-crc-2020"]
    swapped = swap_places(release, seed=0)
    assert "Kent, Surrey and Sussex Community Rehabilitation Company" in swapped.text
    assert swapped.facts["service"] == release.facts["service"]


def test_swap_is_deterministic_for_a_seed(by_id):
    release = by_id["sefton-yjs-2023"]
    assert swap_places(release, 1).text == swap_places(release, 1).text
    assert place_mapping(release, 1) == place_mapping(release, 1)
    assert swap_places(release, 0).text != swap_places(release, 1).text


def test_prisons_get_a_single_place(dataset):
    for release in dataset:
        for seed in (0, 1, 2):
            swapped = swap_places(release, seed)
            for s, e, label in swapped.entities:
                if swapped.text[s:e].startswith(("HMP", "HMYOI")):
                    assert " and " not in swapped.text[s:e]


# --- the rules on unseen places --------------------------------------------------------------------

@pytest.mark.parametrize("release_id", ["barnsley-yjs-2023", "westminster-yjs-2024", "salford-pdu-2024",
                                        "hartlepool-yjs-2023", "stockton-and-hartlepool-pdu-2023"])
def test_rules_find_the_service_in_swapped_releases(rules, by_id, release_id):
    hard = ("Weston-super-Mare", "Newcastle-under-Lyme", "Ashby-de-la-Zouch", "Bishop's Castle", "Tŷ Ddewi",
            "Rhondda Cynon Taf", "King's Lynn and West Norfolk", "Kingston upon Hull")
    for seed in (0, 1, 2):
        swapped = swap_places(by_id[release_id], seed, names=hard)
        doc = rules(swapped.text)
        found = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        services = [(s, e, label) for s, e, label in swapped.entities if label == "SERVICE"]
        assert services and set(services) <= found, [swapped.text[s:e] for s, e, _ in set(services) - found]


@pytest.mark.parametrize("text, expected", [
    ("Inspectors praised Weston-super-Mare Youth Justice Service.", [("Weston-super-Mare Youth Justice Service", "SERVICE")]),
    ("Newcastle-under-Lyme Police and Ashby-de-la-Zouch Council met.",
     [("Newcastle-under-Lyme Police", "AGENCY"), ("Ashby-de-la-Zouch Council", "AGENCY")]),
    ("People leaving HMP Bishop's Castle were met.", [("HMP Bishop's Castle", "SERVICE")]),
    ("People leaving HMP Isle of Anglesey were met.", [("HMP Isle of Anglesey", "SERVICE")]),
    ("Councillor Ellen Mackay, King's Lynn and West Norfolk Council, said so.",
     [("King's Lynn and West Norfolk Council", "AGENCY")]),
    ("North Lincolnshire, Tandridge PDU has been rated ‘Good’.",
     [("North Lincolnshire, Tandridge PDU", "SERVICE"), ("Good", "RATING")]),
    ("Staff in Trafford in Wigan PDU said so.", [("Wigan PDU", "SERVICE")]),
    ("Work with Tŷ Ddewi Youth Justice Service and Glyndŵr Council.",
     [("Tŷ Ddewi Youth Justice Service", "SERVICE"), ("Glyndŵr Council", "AGENCY")]),
    ("Martin Jones, Tandridge PDU head, said so.", [("Tandridge PDU", "SERVICE")]),
    ("The London Borough of Camden agreed.", [("London Borough of Camden", "AGENCY")]),
])
def test_rules_on_unseen_name_shapes(rules, text, expected):
    assert [(e.text, e.label_) for e in rules(text).ents] == expected


def test_measure_robustness_on_a_few_releases(dataset):
    metrics = measure_robustness(dataset[:5], ner=False, seeds=(0, 1))
    block = metrics["rules_only"]["swapped"]
    assert block["micro"]["f1"] >= 0.95 and block["facts"]["service_type"] == 1.0
    table = robustness_table(metrics)
    assert "| rules_only | original |" in table and "| rules_only | swapped |" in table
