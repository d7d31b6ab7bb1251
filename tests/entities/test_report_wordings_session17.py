"""Ways a release words its facts, met by the blind sets of session 17 (issue #16): bare places that "each receive" a
rating, a last share of recommendations told as "a single one", and a place whose name opens on "All". Sentences and
places are our own."""

import pytest

from nlp.entities import extract_facts


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


@pytest.mark.parametrize("verb", ["each receive", "both get", "each hold"])
def test_bare_places_that_each_receive_a_rating_are_rated(rules, verb):
    text = ("Three units inspected\n\nThe region's three units have now been inspected: Fenwold Probation Delivery "
            "Unit, Haddow Probation Delivery Unit and Brede Probation Delivery Unit. Inspectors judged Haddow "
            f"‘Inadequate’; Fenwold and Brede {verb} ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate"),
                                         ("Brede PDU", "Requires improvement")]


@pytest.mark.parametrize("sentence, count", [
    ("Three recommendations go to the unit and a single one to the region.", 4),
    ("Four recommendations are for the service and a lone recommendation for the police.", 5),
    ("The unit is asked to act on five recommendations, and the region a single one.", 6),
    ("The report makes four recommendations to the service and two recommendations to the board.", 6),
])
def test_a_share_of_one_told_without_its_number_adds_one(rules, sentence, count):
    assert facts(rules, f"Fenwold PDU inspected\n\nFenwold PDU was inspected. {sentence}")["recommendations"]["count"] == count


def test_a_place_opening_on_all_is_part_of_the_name_where_the_name_is_a_subject(rules):
    text = ("All Fenwold Youth Justice Service rated ‘Good’\n\nAll Fenwold Youth Justice Service has come out as ‘Good’ "
            "at its first inspection. All Fenwold YJS staff were praised.")
    out = facts(rules, text)
    assert (out["service"]["name"], out["overall_rating"]) == ("All Fenwold Youth Justice Service", "Good")
    assert [e.text for e in rules(text).ents if e.label_ == "SERVICE"][-1] == "Fenwold YJS"  # "All" of the staff
