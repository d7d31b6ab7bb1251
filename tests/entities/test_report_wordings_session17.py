"""Ways a release words its facts, met by the blind sets of session 17 (issue #16): bare places that "each receive" a
rating, "land in the ‘...’ band", "alone reached" one, are given a gapped rating after a word between commas ("and Y,
upriver, at ‘...’") or are where a rating "goes to"; a verdict "the same for both"; "‘...’ is the grade inspectors have
reached for X"; a unit's own aspect ("X’s unpaid work, scored as a separate element") is not its rating; recommendation
counts told as "a single one", in dozens, as "a six-point list", as changes "asked for", as shares "made to", "a further
three", after a semicolon, as "the tenth" or "Recommendations number seven"; a report "put out on" a day under a
byline's later date, and a visit date after a publishing verb; and a place whose name opens on "All". Sentences and
places are our own."""

import pytest

from nlp.entities import extract_facts


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


def test_a_place_opening_on_all_is_part_of_the_name_where_the_name_is_a_subject(rules):
    text = ("All Fenwold Youth Justice Service rated ‘Good’\n\nAll Fenwold Youth Justice Service has come out as ‘Good’ "
            "at its first inspection. All Fenwold YJS staff were praised.")
    out = facts(rules, text)
    assert (out["service"]["name"], out["overall_rating"]) == ("All Fenwold Youth Justice Service", "Good")
    assert [e.text for e in rules(text).ents if e.label_ == "SERVICE"][-1] == "Fenwold YJS"  # "All" of the staff


F, H, B = "Fenwold PDU", "Haddow PDU", "Brede PDU"
RI, INAD, GOOD = "Requires improvement", "Inadequate", "Good"


@pytest.mark.parametrize("sentence, expected", [
    ("Inspectors judged Haddow ‘Inadequate’; Fenwold and Brede each receive ‘Requires improvement’.", [RI, INAD, RI]),
    ("Inspectors judged Haddow ‘Inadequate’; Fenwold and Brede both get ‘Requires improvement’.", [RI, INAD, RI]),
    ("Inspectors judged Haddow ‘Inadequate’; Fenwold and Brede each hold ‘Requires improvement’.", [RI, INAD, RI]),
    ("Fenwold and Brede land in the ‘Requires improvement’ band, while Haddow was marked down to ‘Inadequate’.",
     [RI, INAD, RI]),
    ("Fenwold and Haddow are each placed at ‘Requires improvement’, and Brede, upriver, at ‘Inadequate’.", [RI, RI, INAD]),
    ("Fenwold and Haddow came out at ‘Requires improvement’ and Brede, whose caseloads were the highest in the region, at "
     "‘Inadequate’.", [RI, RI, INAD]),
    ("The lowest rating, ‘Inadequate’, goes to Haddow; Fenwold and Brede are each placed at ‘Requires improvement’.",
     [RI, INAD, RI]),
    ("Fenwold alone reached ‘Good’; Haddow and Brede both stopped at ‘Requires improvement’.", [GOOD, RI, RI]),
])
def test_bare_places_rated_in_session_17_wordings(rules, sentence, expected):
    text = ("Three units inspected\n\nThree units have now been reported on: Fenwold Probation Delivery Unit, Haddow "
            f"Probation Delivery Unit and Brede Probation Delivery Unit. {sentence}")
    assert rated(facts(rules, text)) == list(zip([F, H, B], expected))


@pytest.mark.parametrize("sentence, count", [
    # a share of one told without its number, and shares with "recommendations" after their number
    ("Three recommendations go to the unit and a single one to the region.", 4),
    ("Four recommendations are for the service and a lone recommendation for the police.", 5),
    ("The unit is asked to act on five recommendations, and the region a single one.", 6),
    ("The report makes four recommendations to the service and two recommendations to the board.", 6),
    # counts in dozens, as a point list, as requests called recommendations, shares "made to"
    ("The report makes half a dozen recommendations, five for the service and one for the council.", 6),
    ("A dozen recommendations are set out across the reports.", 12),
    ("Four recommendations are made to the two units, and a fifth to the council on housing.", 5),
    ("Inspectors have asked for seven improvements in their recommendations.", 7),
    ("The inspectors asked for six changes, set out as recommendations to the service and its board.", 6),
    ("The report closes with a six-point list of recommendations for the unit and the region.", 6),
    ("The report makes no fewer than eight recommendations.", 8),
    # a further share, or one after a semicolon
    ("Fenwold is given five recommendations to act on and Haddow a further three.", 8),
    ("The unit has six recommendations to act on; a seventh goes to the region.", 7),
    ("The unit has six recommendations to act on; two go to the region.", 8),
    # a count "number"-ed, a last share as "the tenth"
    ("Recommendations number seven in total.", 7),
    ("Recommendations number eight in all: six for the unit and two for HMPPS.", 8),
    ("The report asks the unit to act on nine recommendations, and HM Prison and Probation Service on the tenth.", 10),
    # a last share with its number first, "N in number", changes the inspectors "want to see", an ordinal "with" a share
    ("Six of the recommendations concern the CRC itself and two the Ministry of Justice.", 8),
    ("Six recommendations go to the Trust and one to the police.", 7),  # (each share once)
    ("Inspectors set five recommendations for Fenwold and five for Haddow.", 10),
    ("The report’s recommendations, six in number, are addressed to the division and to HMPPS.", 6),
    ("The inspectors want to see eleven changes, set out as recommendations, most of them for the partners.", 11),
    ("The team is given three recommendations, with a fourth for its management board.", 4),
])
def test_recommendation_counts_however_told_are_read(rules, sentence, count):
    assert facts(rules, f"Fenwold PDU inspected\n\nFenwold PDU was inspected. {sentence}")["recommendations"]["count"] == count


def test_changes_asked_for_are_no_count_unless_called_recommendations(rules):
    text = "Fenwold PDU inspected\n\nFenwold PDU was inspected. Staff asked for two changes to their rotas."
    assert facts(rules, text)["recommendations"]["count"] is None


def test_the_report_put_out_on_a_day_is_published_then_not_on_the_bylines_day(rules):
    text = ("Youth service must do better\n\nBy Ann Reporter\n\nFriday 24 October 2025\n\nFenwold Youth Justice Service "
            "came in at ‘Requires improvement’, in a report that HM Inspectorate of Probation put out on 21 October 2025.")
    assert facts(rules, text)["published"] == "2025-10-21"


def test_a_visit_date_after_a_publishing_verb_is_not_the_publication_day(rules):
    text = ("Fenwold youth offending team judged ‘Good’\n\nThursday, 11th July 2019\n\nToday HM Inspectorate of "
            "Probation publishes its report on Fenwold Youth Offending Team (YOT), which it visited during the week "
            "beginning 8 April 2019. Inspectors concluded that the YOT was ‘Good’.")
    out = facts(rules, text)
    assert (out["published"], out["fieldwork"]) == ("2019-07-11", "2019-04")


def test_a_verdict_the_same_for_both_rates_both_and_a_units_own_aspect_is_not_its_rating(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation has today published its reports on Fenwold Probation "
            "Delivery Unit and Haddow Probation Delivery Unit. The inspectorate’s verdict is the same for both: "
            "‘Requires improvement’. Haddow’s unpaid work, which inspectors scored as a separate element, fell to "
            "‘Inadequate’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]
    assert out["services"][1]["ratings"] == [{"aspect": "unpaid work", "rating": "Inadequate"}]


def test_the_grade_reached_for_a_service_is_its_rating_and_a_stand_alone_element_an_aspect(rules):
    text = ("Probation unit given bottom grade\n\n‘Inadequate’ is the grade inspectors have reached for Fenwold Probation "
            "Delivery Unit in a report released today. Its unpaid work, graded as a stand-alone element, earned "
            "‘Requires improvement’.")
    out = facts(rules, text)
    assert (out["overall_rating"], out["ratings"]) == ("Inadequate", [{"aspect": "unpaid work", "rating": "Requires improvement"}])


def test_the_month_of_the_visit_a_report_followed_is_the_fieldwork(rules):
    text = ("Youth justice team told to improve\n\nMonday 14 April 2025\n\nInspectors have rated Fenwold Youth Justice "
            "Service ‘Inadequate’. The report, made public last Thursday (10 April), followed a visit to the service in "
            "January 2025.")
    assert facts(rules, text)["fieldwork"] == "2025-01"


def test_a_rating_the_inspectors_marked_a_service_down_to_is_its_rating_not_the_one_it_held(rules):
    text = ("Probation unit slips from ‘Good’\n\nIn a report released today (Tuesday, 7 October), inspectors have marked "
            "Fenwold Probation Delivery Unit, one of the region’s rural units, down to ‘Requires improvement’. That is a "
            "notch below the ‘Good’ the unit held after it was inspected in 2022.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_crcs_resettlement_work_named_through_the_gate_is_one_aspect(rules):
    text = ("Fenwold CRC inspected\n\nFenwold Community Rehabilitation Company has been rated ‘Requires improvement’. Its "
            "resettlement work with people leaving prison, Through the Gate, was judged separately as ‘Requires "
            "improvement’.")
    assert facts(rules, text)["ratings"] == [{"aspect": "Through the Gate", "rating": "Requires improvement"}]
