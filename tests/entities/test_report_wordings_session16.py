"""Ways a release words its facts, met by the blind sets of session 16 (issue #16): a bare place given "the lowest
of the four grades, ‘...’" after a gap, places in apposition to a count of the units ("Two of the three, X and Y,
came out at ...", "Two of them, X and Y, come out at ..."), units "now reported on:" after a colon or "covered in
reports issued today" after their region, a bare place described between commas before its gapped rating, units
rated together "in the inspectorate’s judgement" beside their last inspection's ratings, and a last share of
recommendations told as an ordinal with its verb left out. Sentences and places are our own."""

import pytest

from nlp.entities import extract_facts


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


def test_a_bare_place_given_the_lowest_of_the_grades_after_a_gap_is_rated(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation has released two reports today: Fenwold Probation "
            "Delivery Unit and Haddow Probation Delivery Unit. Fenwold was given ‘Requires improvement’ and Haddow the "
            "lowest of the four grades, ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate")]


def test_places_in_apposition_to_two_of_the_three_are_rated_with_the_third(rules):
    text = ("Three units must improve\n\nInspectors have reported on three units: Fenwold Probation Delivery Unit, "
            "Haddow Probation Delivery Unit and Brede Probation Delivery Unit. Two of the three, Fenwold and Brede, came "
            "out at ‘Requires improvement’; the third, Haddow, was judged ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate"),
                                         ("Brede PDU", "Requires improvement")]


def test_units_listed_after_have_been_reported_on_and_a_colon_are_all_reported_on(rules):
    text = ("Two units inspected\n\nTwo units of the region have now been reported on: Fenwold Probation Delivery Unit "
            "and Haddow Probation Delivery Unit. Fenwold PDU was rated ‘Good’.")
    assert [s["short"] for s in facts(rules, text)["services"]] == ["Fenwold PDU", "Haddow PDU"]


def test_units_in_apposition_to_a_region_covered_in_reports_are_all_reported_on(rules):
    text = ("Two units inspected\n\nTwo units of the Probation Service – North West region, Fenwold Probation Delivery "
            "Unit and Haddow Probation Delivery Unit, are covered in reports issued today by HM Inspectorate of "
            "Probation. Fenwold PDU was rated ‘Good’.")
    assert [s["short"] for s in facts(rules, text)["services"]] == ["Fenwold PDU", "Haddow PDU"]


def test_a_bare_place_described_in_commas_before_its_gapped_rating_is_rated(rules):
    text = ("Two units inspected\n\nInspectors have reported on Fenwold Probation Delivery Unit and Haddow Probation "
            "Delivery Unit. Fenwold has come out at ‘Requires improvement’ and Haddow, a few miles inland, at the bottom "
            "of the scale, ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate")]


def test_units_rated_together_in_the_inspectorates_judgement_not_by_their_last_inspection(rules):
    text = ("Two units must improve\n\nHM Inspectorate of Probation has today published reports on Fenwold Probation "
            "Delivery Unit and Haddow Probation Delivery Unit. Both units now stand at ‘Requires improvement’ in the "
            "inspectorate’s judgement. When last inspected, in 2022, Fenwold had been ‘Good’ and Haddow ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_places_in_apposition_to_two_of_them_come_out_at_a_rating(rules):
    text = ("Three units inspected\n\nThree units are the subject of reports published today: Fenwold Probation "
            "Delivery Unit, Haddow Probation Delivery Unit and Brede Probation Delivery Unit. Two of them, Fenwold and "
            "Haddow, come out at ‘Requires improvement’; the third, Brede, is ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement"),
                                         ("Brede PDU", "Inadequate")]


@pytest.mark.parametrize("sentence, count", [
    ("The PDU is asked to act on three recommendations, and the region on a fourth.", 4),
    ("The PDU is asked to act on five recommendations, and HM Prison and Probation Service on a sixth.", 6),
    ("The report asks the service to act on three recommendations and its management board on a fourth.", 4),
    ("The report asks the service to act on three recommendations and the local police on two.", 5),
    ("The service has been given three recommendations, and its management board a fourth.", 4),
])
def test_a_last_share_told_as_an_ordinal_with_its_verb_left_out_adds_one(rules, sentence, count):
    assert facts(rules, f"Fenwold PDU inspected\n\nFenwold PDU was inspected. {sentence}")["recommendations"]["count"] == count


@pytest.mark.parametrize("sentence, rating", [
    ("The service now stands at ‘Good’; when it was last inspected, in 2021, it was at ‘Requires improvement’.", "Good"),
    ("The service sits at ‘Requires improvement’.", "Requires improvement"),
])
def test_where_the_service_now_stands_or_sits_is_its_overall_rating(rules, sentence, rating):
    text = ("Youth justice inspection report published\n\nThe inspection of Fenwold Youth Justice Service by HM "
            f"Inspectorate of Probation, carried out in November 2024, has been published today. {sentence}")
    assert facts(rules, text)["overall_rating"] == rating


def test_a_place_in_apposition_to_the_third_with_its_verb_left_out_is_rated(rules):
    text = ("Three units inspected\n\nNew reports cover three units: Fenwold Probation Delivery Unit, Haddow Probation "
            "Delivery Unit and Brede Probation Delivery Unit. Two of the three, Fenwold and Haddow, were placed at "
            "‘Requires improvement’; the third, Brede, at ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement"),
                                         ("Brede PDU", "Inadequate")]

