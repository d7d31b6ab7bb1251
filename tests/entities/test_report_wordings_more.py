"""More ways a release words its facts, met by the fourteenth round of blind sets (issue #16): aspects graded "for
the first / for the second", an aspect "marked separately" that earns the service a grade, a grade "of its four
grades", a need to improve "after inspectors gave it" a grade, a name written in full only in lower case, "Tolsey’s
youth justice team", work "to resettle children", and a report "released by the inspectorate on Tuesday". Sentences
and places are our own."""

import pytest

from nlp.entities import extract_facts
from nlp.entities.facts.aspects import aspects_in
from nlp.entities.facts.ratings import _wished
from nlp.entities.normalise import service_place


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


def test_aspects_graded_for_the_first_and_for_the_second(rules):
    text = ("Fenwold YJS inspected\n\nInspectors have rated Fenwold Youth Justice Service ‘Good’ overall. Court "
            "disposals and out-of-court disposals were graded separately: ‘Inadequate’ for the first, ‘Outstanding’ "
            "for the second.")
    assert facts(rules, text)["ratings"] == [{"aspect": "court disposals", "rating": "Inadequate"},
                                             {"aspect": "out-of-court disposals", "rating": "Outstanding"}]


def test_the_first_inspection_is_no_ordinal_of_aspects(rules):
    text = ("Fenwold YJS inspected\n\nInspectors have rated Fenwold Youth Justice Service ‘Good’ overall. Court "
            "disposals were rated ‘Good’ for the first time.")
    assert facts(rules, text)["ratings"] == [{"aspect": "court disposals", "rating": "Good"}]


def test_an_aspect_marked_separately_that_earns_the_service_a_grade_is_the_aspects(rules):
    text = ("Two youth teams inspected\n\nInspectors have given Fenwold Youth Justice Service the second-highest of "
            "its four grades, ‘Good’, and found Haddow Youth Justice Service ‘Inadequate’. Court work, marked "
            "separately by the inspectors, earned Fenwold an ‘Outstanding’.")
    assert rated(facts(rules, text)) == [("Fenwold YJS", "Good"), ("Haddow YJS", "Inadequate")]


def test_a_grade_of_its_four_grades_is_the_services(rules):
    text = ("Fenwold YJS inspected\n\nThe inspectorate has given Fenwold Youth Justice Service the lowest of its "
            "four grades, ‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Inadequate"


def test_a_need_to_improve_after_a_grade_was_given_rates_the_service(rules):
    text = ("Two youth teams inspected\n\nReports on Fenwold Youth Justice Service and Haddow Youth Justice Service "
            "are out today. Fenwold was rated ‘Good’; Haddow, by contrast, will need to improve after inspectors gave "
            "it ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold YJS", "Good"), ("Haddow YJS", "Inadequate")]


@pytest.mark.parametrize("gap, wished", [
    (" hopes to reach ‘", True),
    (" hopes, with new leaders in post, to reach ‘", True),
    (" will need to improve after inspectors gave it ‘", False),
    (" must do better after finishing a step further down, at ‘", False),
    (" hopes to be seen as ‘", True),
    (" was rated ‘", False),
])
def test_a_wish_ends_where_a_clause_of_its_own_leads_to_the_grade(gap, wished):
    text = "Haddow" + gap + "Good’"
    assert _wished(text, len("Haddow"), len(text) - len("Good’")) is wished


def test_a_full_name_written_only_in_lower_case_beats_its_abbreviation(rules):
    text = ("Fenwold youth offending team must do better\n\nToday’s report hands the Fenwold youth offending team a "
            "‘Requires improvement’ grade. The Fenwold YOT and its partners are given five recommendations.")
    out = facts(rules, text)
    assert (out["service"]["name"], out["service"]["short"]) == ("Fenwold youth offending team", "Fenwold YOT")


def test_a_capitalised_full_name_still_beats_a_lower_case_one(rules):
    text = ("Fenwold youth offending team must do better\n\nToday’s report hands Fenwold Youth Offending Team a "
            "‘Requires improvement’ grade. The Fenwold YOT is given five recommendations.")
    assert facts(rules, text)["service"]["name"] == "Fenwold Youth Offending Team"


def test_a_places_possessive_team_is_that_places_service(rules):
    assert service_place("Fenwold’s youth justice team") == "Fenwold"
    text = ("‘Good’ verdict for Fenwold’s youth justice team\n\nHM Inspectorate of Probation gives Fenwold Youth "
            "Justice Service a grade of ‘Good’. Work to resettle children leaving custody was scored separately and "
            "reached the top mark, ‘Outstanding’.")
    out = facts(rules, text)
    assert out["service"]["name"] == "Fenwold Youth Justice Service"
    assert out["ratings"] == [{"aspect": "resettlement policy and provision", "rating": "Outstanding"}]


@pytest.mark.parametrize("phrase", ["work to resettle children", "helping to resettle young people"])
def test_resettling_children_is_resettlement(phrase):
    assert aspects_in(f"Its {phrase} was rated") == ["resettlement policy and provision"]


def test_work_with_children_diverted_away_from_court_is_out_of_court_work():
    assert aspects_in("Its work with children diverted away from court was marked") == ["out-of-court disposals"]


@pytest.mark.parametrize("sentence, published", [
    ("according to a report released by the probation inspectorate on Tuesday", "2024-10-15"),
    ("according to a report released by HM Inspectorate of Probation on Monday", "2024-10-14"),
])
def test_a_report_released_by_the_inspectorate_on_a_weekday_before_the_by_line(rules, sentence, published):
    text = ("Fenwold youth justice service slips\n\nThursday 17 October 2024\n\nFenwold Youth Justice Service has "
            f"fallen to ‘Inadequate’, {sentence}. Inspectors were in the service in June 2024.")
    assert facts(rules, text)["published"] == published


def test_a_bare_place_before_a_relative_clause_that_rates_it(rules):
    text = ("Two youth teams inspected\n\nReports on Fenwold Youth Justice Service and Haddow Youth Justice Service "
            "came out today. Haddow was judged ‘Good’, one grade above Fenwold, which ‘Requires improvement’.")
    doc = rules(text)
    assert "Fenwold" in [e.text for e in doc.ents if e.label_ == "SERVICE"]
    assert rated(extract_facts(doc)) == [("Fenwold YJS", "Requires improvement"), ("Haddow YJS", "Good")]


@pytest.mark.parametrize("clause", [", which is rated ‘Good’.", ", which was judged ‘Good’ in March."])
def test_a_bare_place_rated_in_its_relative_clause_is_the_service(rules, clause):
    doc = rules(f"Inspectors visited Fenwold Youth Justice Service. They also looked at Fenwold{clause}")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold Youth Justice Service", "Fenwold"]


def test_a_bare_place_before_a_relative_clause_that_does_not_rate_it_is_not_tagged(rules):
    doc = rules("Inspectors visited Fenwold Youth Justice Service. Staff moved above Fenwold, which is a market town.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold Youth Justice Service"]


def test_an_aspect_rated_separately_in_an_earlier_clause_leaves_the_services_own_rating(rules):
    text = ("Two units inspected\n\nReports on Haddow Probation Delivery Unit and Fenwold Probation Delivery Unit are "
            "out today. Haddow was rated ‘Good’. Its resettlement work was rated separately, at ‘Outstanding’, while "
            "Fenwold itself was rated ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Haddow PDU", "Good"), ("Fenwold PDU", "Inadequate")]


def test_places_judged_to_be_a_grade_each(rules):
    text = ("Three units inspected\n\nThree units were inspected at the same time: Fenwold Probation Delivery Unit, "
            "Haddow Probation Delivery Unit and Brede Probation Delivery Unit. Inspectors judged Fenwold and Brede to "
            "be ‘Requires improvement’ and Haddow to be ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate"),
                                         ("Brede PDU", "Requires improvement")]


def test_findings_published_on_two_services_report_on_both(rules):
    text = ("Two youth teams inspected\n\nInspectors have published their findings on Fenwold Youth Justice Service and "
            "Haddow Youth Justice Service. Haddow was handed a ‘Requires improvement’ verdict, while Fenwold was graded "
            "‘Good’. The inspections took place in July 2023.")
    assert rated(facts(rules, text)) == [("Fenwold YJS", "Good"), ("Haddow YJS", "Requires improvement")]


def test_a_sentence_after_a_bare_place_does_not_describe_it(rules):
    doc = rules("Inspectors visited Fenwold Youth Justice Service. Fenwold was graded ‘Good’. The visit took place in "
                "July.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold Youth Justice Service", "Fenwold"]


def test_units_inspected_with_a_relative_clause_each_and_judged_together(rules):
    text = ("Two units judged ‘Requires improvement’\n\nHM Inspectorate of Probation has inspected Fenwold Probation "
            "Delivery Unit, which covers the north of the city, and Haddow Probation Delivery Unit, which covers the "
            "rural south. Inspectors judged both units to be ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_the_headline_after_page_furniture_gives_the_fallback_rating(rules):
    text = ("News\n\nYouth justice in Fenwold remains ‘Good’, say inspectors\n\n7 August 2023\n\nFenwold Youth Justice "
            "Service has held on to the ‘Good’ grade it was given at its previous inspection in 2020.")
    assert facts(rules, text)["overall_rating"] == "Good"


@pytest.mark.parametrize("sentence", [
    "Fenwold Youth Justice Service has held on to the ‘Good’ grade it was given at its previous inspection.",
    "Fenwold Youth Justice Service has kept the ‘Good’ it earned in 2020.",
])
def test_a_grade_kept_from_the_last_inspection_is_this_ones(rules, sentence):
    text = f"Fenwold YJS inspected\n\nPublished 7 August 2023\n\n{sentence} Inspectors visited in May 2023."
    assert facts(rules, text)["overall_rating"] == "Good"


def test_a_grade_given_years_before_is_not_this_ones(rules):
    text = ("Fenwold YJS downgraded\n\nHM Inspectorate of Probation has downgraded Fenwold Youth Justice Service to "
            "‘Requires improvement’, three years after the service was rated ‘Good’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_grade_from_an_earlier_years_inspection_is_not_this_ones(rules):
    text = ("Fenwold YJS slips\n\nPublished 18 July 2024\n\nInspectors have concluded that Fenwold Youth Justice "
            "Service ‘Requires improvement’, down a grade from the ‘Good’ it achieved at its 2021 inspection. "
            "Resettlement was given its own rating and was found to be ‘Inadequate’.")
    out = facts(rules, text)
    assert out["overall_rating"] == "Requires improvement"
    assert out["ratings"] == [{"aspect": "resettlement policy and provision", "rating": "Inadequate"}]


@pytest.mark.parametrize("sentence, month", [
    ("The two reports follow visits by HM Inspectorate of Probation in July 2023.", "2023-07"),
    ("Inspectors concluded that Fenwold Youth Justice Service ‘Requires improvement’ after visiting the service "
     "between 3 and 7 February 2023.", "2023-02"),
    ("The inspection, in November 2022, also involved inspectors from Ofsted.", "2022-11"),
])
def test_fieldwork_phrasings(rules, sentence, month):
    text = f"Fenwold YJS inspected\n\nPublished 14 November 2023\n\nFenwold Youth Justice Service was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


def test_a_grade_the_headline_denies_is_no_fallback(rules):
    text = ("News\n\nEssex unit falls short of ‘Good’\n\nPublished: 19 Nov 2024\n\nHM Inspectorate of Probation puts "
            "Fenwold Probation Delivery Unit, the district’s unit in the region, at ‘Requires improvement’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors judged the service to be ‘Good’ following their visit on 10 - 14 January 2023.", "2023-01"),
    ("The reports came out today, after visits to both teams in June 2023.", "2023-06"),
])
def test_fieldwork_after_a_visit(rules, sentence, month):
    text = f"Fenwold YJS inspected\n\nPublished 14 November 2023\n\nFenwold Youth Justice Service was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


def test_a_bare_place_told_its_grade_in_a_relative_clause(rules):
    text = ("Two youth teams inspected\n\nInspectors visited Haddow Youth Justice Service and Fenwold Youth Justice "
            "Service in July 2025. Haddow earned ‘Good’, a grade above Fenwold, which was told it ‘Requires "
            "improvement’. They also credited Fenwold with keeping children in school.")
    doc = rules(text)
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"][-2:] == ["Fenwold", "Fenwold"]
    assert rated(extract_facts(doc)) == [("Haddow YJS", "Good"), ("Fenwold YJS", "Requires improvement")]


def test_a_verdict_that_the_service_requires_improvement(rules):
    text = ("Fenwold YJS inspected\n\nHM Inspectorate of Probation has reported on Fenwold Youth Justice Service. Its "
            "verdict is that the service ‘Requires improvement’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_fieldwork_before_a_suspension_in_a_later_month(rules):
    text = ("Fenwold YJS inspected\n\nPublished 9 June 2020\n\nFenwold Youth Justice Service was rated ‘Good’. "
            "Fieldwork took place in February 2020, before the Inspectorate suspended its fieldwork in March 2020.")
    assert facts(rules, text)["fieldwork"] == "2020-02"


def test_a_month_fieldwork_was_suspended_in_is_not_fieldwork(rules):
    text = ("Fenwold YJS inspected\n\nPublished 9 June 2020\n\nFenwold Youth Justice Service was rated ‘Good’. The "
            "Inspectorate suspended its fieldwork in March 2020.")
    assert facts(rules, text)["fieldwork"] is None


@pytest.mark.parametrize("sentence, count", [
    ("The inspectors recommend four improvements, for the service and its partnership board.", 4),
    ("The report has recommended six changes to the board.", 6),
    ("Inspectors recommend three ways to get better.", None),
])
def test_a_count_of_what_the_inspectors_recommend(rules, sentence, count):
    text = f"Fenwold YJS inspected\n\nFenwold Youth Justice Service was rated ‘Good’. {sentence}"
    assert facts(rules, text)["recommendations"]["count"] == count


def test_an_nps_division_named_by_its_place_alone_is_that_division(rules):
    from nlp.entities.normalise import normalise_service
    assert normalise_service("NPS Fenwold and Haddow") == {"name": "NPS Fenwold and Haddow",
                                                           "short": "NPS Fenwold and Haddow", "type": "region"}
    assert service_place("NPS Fenwold and Haddow") == service_place("National Probation Service – Fenwold and "
                                                                    "Haddow Division") == "Fenwold and Haddow"


def test_a_judgement_for_the_service_and_a_grade_it_was_points_away_from(rules):
    text = ("Fenwold YJS on the edge\n\nInspectors came to a judgement of ‘Requires improvement’ for Fenwold Youth "
            "Justice Service. It was only two points away from an overall ‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_service_come_out_at_a_grade_beside_an_aspect_with_a_rating_of_its_own(rules):
    text = ("Fenwold division inspected\n\nThe National Probation Service – Fenwold Division has come out at ‘Requires "
            "improvement’ in its first inspection. Work with victims was given a rating of its own: ‘Good’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_grade_given_years_after_rating_it_otherwise(rules):
    text = ("Fenwold YJS falls\n\nHM Inspectorate of Probation has given its lowest possible rating, ‘Inadequate’, to "
            "Fenwold Youth Justice Service, three years after rating it ‘Good’.")
    assert facts(rules, text)["overall_rating"] == "Inadequate"


@pytest.mark.parametrize("sentence", [
    "Fenwold Youth Justice Service has come away from its inspection with ‘Requires improvement’.",
    "Fenwold Youth Justice Service walks away from inspection holding a ‘Requires improvement’.",
])
def test_coming_away_from_an_inspection_with_a_grade_is_that_grade(rules, sentence):
    assert facts(rules, f"Fenwold YJS inspected\n\n{sentence}")["overall_rating"] == "Requires improvement"


def test_a_change_told_around_its_old_sides_time(rules):
    text = ("Fenwold YJS slips\n\nPublished 6 May 2021\n\nFenwold Youth Justice Service has slipped from ‘Good’ at its "
            "last inspection, in 2018, to ‘Requires improvement’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_the_same_grade_as_at_an_earlier_inspection_is_this_ones(rules):
    text = ("Fenwold YJS inspected\n\nPublished 21 September 2022\n\nInspectors have judged Fenwold Youth Justice "
            "Service to be ‘Requires improvement’, as it was in 2019.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_the_whole_told_after_one_share_of_the_recommendations(rules):
    text = ("Fenwold CRC inspected\n\nFenwold Community Rehabilitation Company was rated ‘Good’. The CRC must act on "
            "four recommendations; the remaining two of the six go to HM Prison and Probation Service.")
    assert facts(rules, text)["recommendations"]["count"] == 6


def test_a_grade_that_is_what_the_inspectorate_concluded(rules):
    text = ("Fenwold YJS has work to do\n\n‘Requires improvement’ is what HM Inspectorate of Probation has concluded "
            "about Fenwold Youth Justice Service. The service came within two points of an overall rating of "
            "‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors concluded that the service is ‘Good’ after inspecting it in August 2019.", "2019-08"),
    ("The inspection team arrived on 2 March 2020 and stayed for the week.", "2020-03"),
])
def test_fieldwork_inspecting_it_and_arriving(rules, sentence, month):
    text = f"Fenwold YJS inspected\n\nPublished 8 September 2020\n\nFenwold Youth Justice Service was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


@pytest.mark.parametrize("sentence, published", [
    ("Today, Tuesday 8 July 2025, the report on Fenwold Probation Delivery Unit has been released.", "2025-07-08"),
    ("The inspection took place in March 2025, and HM Inspectorate of Probation released its findings on 8 July 2025.",
     "2025-07-08"),
])
def test_publication_today_after_a_comma_and_findings_released_on(rules, sentence, published):
    text = f"Fenwold PDU inspected\n\n{sentence} Fenwold Probation Delivery Unit was rated ‘Good’."
    assert facts(rules, text)["published"] == published


def test_fieldwork_of_units_inspected_by_the_inspectorate_in_a_month(rules):
    text = ("Two units inspected\n\nPublished 5 November 2024\n\nFenwold Probation Delivery Unit and Haddow Probation "
            "Delivery Unit were inspected by HM Inspectorate of Probation in May and June 2024. Both units were rated "
            "‘Requires improvement’.")
    assert facts(rules, text)["fieldwork"] == "2024-05"
