"""Ways a release words its facts, met by the blind sets of session 13 (issue #16): a unit's share "of the
report's eight recommendations", the inspectors' visit "was in" a month, units "inspected together, 7 - 18 October",
a report "online from" a day, a bare place given a share "each" or owning "court staff"; and of session 14: a second unit rated in a with-clause
after a comma, a unit that "received the same", "the district unit", a rating a report "had placed" it at, a
service that "is now" rated, "published yesterday (Wednesday 19 February)", the report's day told in a sentence
before a page's label, "with publication following on Tuesday (14 November)", a further share as an ordinal ("and a sixth at HMPPS") or
with its verb left out ("and HMPPS one"), "its report of Tuesday 4 December 2018", an abbreviation in the headline
written out in lower case after it; and of session 15: units inspected together as one subject and rated together in
the next sentence ("Both units have come out at ..."), or as the subject of reports after the region they belong to
("Three units in the X region, A PDU, B PDU and C PDU, are the subject of new reports"), and a bare place rated before
an apposition that counts it among the rest ("Y was found to be ‘Good’, the only one of the three to ..."), a bare
place "handed" its grade, given it "at the bottom of the scale", named in apposition to "the third", or the subject of
a plural "come out at", and beside a unit's verdict the region's own inspection ending "with ‘...’ for the region
overall", and reports "published today by HM Inspectorate of Probation" that "cover X PDU on the coast and Y PDU in
the valley", and a place written with "in the" and no hyphens ("Stanford in the Vale"-style names). Sentences and
places are our own. "Reports from HM Inspectorate of Probation on X PDU and Y PDU, are out today" covers both; "NPS X" in a headline
and "National Probation Service – X Division" after it: the full name is the name."""

import pytest

from nlp.entities import extract_facts


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


@pytest.mark.parametrize("sentence, count", [
    ("Each unit receives four of the report’s eight recommendations.", 8),
    ("Each PDU is given three of its six recommendations.", 6),
    ("Each unit receives four recommendations.", 8),
])
def test_each_units_share_of_the_reports_recommendations_is_no_count_per_unit(rules, sentence, count):
    text = ("Two units inspected\n\nInspectors rated Fenwold PDU ‘Good’ and Haddow PDU ‘Requires improvement’. "
            f"{sentence}")
    assert facts(rules, text)["recommendations"]["count"] == count


@pytest.mark.parametrize("sentence, month", [
    ("The inspectors’ visit to Fenwold was in January 2025.", "2025-01"),
    ("The two units were inspected together, 7 - 18 October 2024.", "2024-10"),
    ("The inspectorate released its reports on both, following inspections of both in June 2023.", "2023-06"),
])
def test_the_rules_read_a_visit_or_inspections_told_with_their_month(rules, sentence, month):
    text = (f"Fenwold PDU inspected\n\nPublished: 15 May 2025\n\nInspectors rated Fenwold PDU ‘Good’ and Haddow PDU "
            f"‘Good’. {sentence}")
    assert facts(rules, text)["fieldwork"] == month


def test_the_visit_to_a_place_in_a_year_past_is_no_fieldwork_month(rules):
    text = ("Fenwold PDU inspected\n\nPublished: 15 May 2025\n\nFenwold PDU was rated ‘Good’. The minister’s visit "
            "to Fenwold was in January 2025.")
    assert facts(rules, text)["fieldwork"] is None


def test_a_report_online_from_a_day_is_published_that_day(rules):
    text = ("Skip to content\n\nPublished:\n\nFenwold PDU inspected\n\nFenwold PDU protects the public well. The report "
            "makes five recommendations.\n\nReport online from: 3 June 2025\n")
    assert facts(rules, text)["published"] == "2025-06-03"


@pytest.mark.parametrize("text, place", [
    ("Fenwold PDU and Haddow PDU were inspected. Ten recommendations: four for Haddow and three each for Fenwold.",
     "Fenwold"),
    ("Fenwold PDU was inspected. Fenwold’s court staff wrote clear reports.", "Fenwold"),
])
def test_a_bare_place_given_a_share_each_or_owning_court_staff_is_the_service(rules, text, place):
    assert place in [e.text for e in rules(text).ents if e.label_ == "SERVICE"]


def test_a_places_courts_stay_a_place(rules):
    doc = rules("Fenwold PDU was inspected. Fenwold’s courts are busy.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold PDU"]


@pytest.mark.parametrize("text, name", [
    ("Positively, Fenwold YJS’s work with victims was of a high standard.", "Fenwold YJS"),
    ("Encouragingly, Fenwold PDU has kept its staff.", "Fenwold PDU"),
    ("Bexley, Bromley PDU has kept its staff.", "Bexley, Bromley PDU"),
    ("Ely, Newmarket PDU has kept its staff.", "Ely, Newmarket PDU"),
    ("Later, Fenwold YJS was praised for its work with victims.", "Fenwold YJS"),
    ("Meanwhile, Fenwold PDU has kept its staff.", "Fenwold PDU"),
])
def test_a_sentence_adverb_before_a_comma_is_no_place_of_the_name(rules, text, name):
    assert [e.text for e in rules(text).ents if e.label_ == "SERVICE"] == [name]


def test_the_week_they_spent_with_the_service_is_fieldwork(rules):
    text = ("Fenwold YOS praised\n\nInspectors judged Fenwold Youth Offending Service (YOS) to be ‘Good’ overall. They "
            "spent the week of 8 to 12 April 2019 with the service.\n\n1. Publication date: Tuesday 6 August 2019.")
    assert facts(rules, text)["fieldwork"] == "2019-04"


def test_a_sentence_adverb_before_the_services_name_with_its_article(rules):
    doc = rules("Fenwold YJT was inspected. Notably, the Fenwold YJT kept its staff.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold YJT", "Fenwold YJT"]


def test_a_sentence_adverb_before_a_bare_type_word_tags_nothing(rules):
    doc = rules("Fenwold PDU was inspected. Positively, the PDU had better staffing. Encouragingly, the region’s plan works.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold PDU"]


def test_fieldwork_done_before_a_lockdown_in_a_later_month_keeps_its_own_month(rules):
    text = ("Fenwold YJS rated ‘Good’\n\nHM Inspectorate of Probation rated Fenwold Youth Justice Service ‘Good’ after "
            "inspecting it between 24 and 28 February 2020.\n\nNotes to editors\n\n1. The report was published on "
            "Thursday 16 July 2020.\n2. Fieldwork was completed before the national lockdown in March 2020.")
    assert facts(rules, text)["fieldwork"] == "2020-02"


def test_fieldwork_in_a_month_before_the_pandemic_is_that_month(rules):
    text = ("Fenwold YJS rated ‘Good’\n\nFenwold Youth Justice Service was rated ‘Good’. Fieldwork took place in "
            "February 2020, before the pandemic.")
    assert facts(rules, text)["fieldwork"] == "2020-02"


@pytest.mark.parametrize("text, agencies", [
    ("Councillor Ann Fenn of Fenwold Council said: “We welcome the report.”", ["Fenwold Council"]),
    ("Councillor Ann Fenn of City of Fenwold Council said: “We welcome it.”", ["City of Fenwold Council"]),
    ("Fenwold CRC, run by Seetec, was inspected; Sodexo ran its neighbour.", ["Seetec", "Sodexo"]),
])
def test_a_councillors_council_and_the_crc_owners_are_agencies(rules, text, agencies):
    assert [e.text for e in rules(text).ents if e.label_ == "AGENCY"] == agencies


def test_a_visit_just_before_a_lockdown_keeps_its_month(rules):
    text = ("Fenwold YJS inadequate\n\nThursday, 2nd July 2020\n\nFenwold Youth Justice Service has been deemed "
            "‘Inadequate’. Inspectors came to Fenwold between 9 and 13 March 2020, just before the national lockdown.")
    assert facts(rules, text)["fieldwork"] == "2020-03"


def test_other_units_tally_is_not_the_services_rating(rules):
    text = ("Fenwold PDU inspected\n\nFenwold Probation Delivery Unit, within the Probation Service’s Brede region, has "
            "received ‘Inadequate’, the bottom of the scale. Of the Brede units inspected so far this year, only one "
            "has been rated ‘Good’.")
    assert facts(rules, text)["overall_rating"] == "Inadequate"


def test_a_neighbour_named_in_apposition_before_its_verb_is_rated(rules):
    text = ("Two youth services inspected\n\nHM Inspectorate of Probation looked at Fenwold Youth Justice Service and "
            "Haddow Youth Justice Service at the same time. Fenwold comes out as ‘Good’, while its neighbour to the "
            "east, Haddow, has to settle for ‘Requires improvement’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold YJS", "Good"), ("Haddow YJS", "Requires improvement")]


def test_a_service_that_settles_for_a_grade_has_it(rules):
    text = "Fenwold YJS inspected\n\nFenwold Youth Justice Service has had to settle for ‘Requires improvement’."
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_report_day_opening_the_sentence_before_the_release_verb(rules):
    text = ("Two youth services inspected\n\nFriday 17 February 2023\n\nOn Tuesday (14 February) inspectors released "
            "their reports into Fenwold Youth Justice Service and Haddow Youth Justice Service, which they visited in "
            "October 2022. Fenwold was rated ‘Good’ and Haddow ‘Good’.")
    assert facts(rules, text)["published"] == "2023-02-14"


def test_a_headline_place_told_to_improve_is_named_first(rules):
    text = ("Youth justice in the dales: Fenwold told to improve, Haddow ‘Good’\n\nInspectors have reported on Fenwold "
            "Youth Justice Service and Haddow Youth Justice Service in reports released on Tuesday. Haddow was awarded "
            "‘Good’, but Fenwold was told it ‘Requires improvement’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold YJS", "Requires improvement"), ("Haddow YJS", "Good")]


def test_reports_with_an_aside_that_cover_two_units_each_landed_on_a_grade(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation’s reports, published today, cover Fenwold Probation "
            "Delivery Unit and Haddow Probation Delivery Unit, two units within the Brede probation region. Each unit "
            "has landed on ‘Requires improvement’, just above the lowest grade.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_shares_told_out_of_the_whole_are_not_added_to_it(rules):
    text = ("Two youth services inspected\n\nInspectors rated Fenwold Youth Justice Service ‘Good’ and Haddow Youth "
            "Justice Service ‘Good’. Four of the seven recommendations are for Fenwold, and three are for Haddow.")
    assert facts(rules, text)["recommendations"]["count"] == 7


def test_units_each_placed_by_a_location_are_reported_on_together(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation has reported on Fenwold Probation Delivery Unit on the "
            "Isle of Brede and Haddow Probation Delivery Unit in Tolsey, both under the Brede probation region. Both "
            "units fall into the second-lowest band of the inspectorate’s scale, ‘Requires improvement’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_a_community_safety_partnership_is_an_agency(rules):
    doc = rules("Fenwold YJS was inspected. The Haddow Community Safety Partnership funds its diversion work.")
    assert [e.text for e in doc.ents if e.label_ == "AGENCY"] == ["Haddow Community Safety Partnership"]


def test_a_unit_in_the_probation_services_region_keeps_the_regions_name_whole(rules):
    doc = rules("Inspectors have given their lowest grade, ‘Inadequate’, to Fenwold Probation Delivery Unit in the "
                "Probation Service – Yorkshire and the Humber region.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Fenwold Probation Delivery Unit",
                                                                   "Probation Service – Yorkshire and the Humber region"]


def test_for_each_unit_the_verdict_was_and_for_the_other_it_was(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation visited Fenwold Probation Delivery Unit and Haddow "
            "Probation Delivery Unit during June 2024. For Fenwold the verdict was ‘Requires improvement’, and for "
            "Haddow it was ‘Inadequate’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate")]


def test_units_looked_at_side_by_side_after_a_colon_are_reported_on_together(rules):
    text = ("Two units inspected\n\nIn November 2024 inspectors looked side by side at two units belonging to the "
            "Brede region: Fenwold Probation Delivery Unit and Haddow Probation Delivery Unit. Each has been placed at "
            "‘Requires improvement’, the second-lowest of the four ratings.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_a_unit_rated_in_a_with_clause_after_a_comma(rules):
    text = ("Two units inspected\n\nHM Inspectorate of Probation has reported on Fenwold Probation Delivery Unit and "
            "Haddow Probation Delivery Unit. Fenwold has been put in the bottom category, ‘Inadequate’, with Haddow one "
            "step higher, at ‘Requires improvement’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Inadequate"), ("Haddow PDU", "Requires improvement")]


@pytest.mark.parametrize("sentence", [
    "The city unit was given ‘Requires improvement’; its neighbour, the county unit, received the same.",
    "Brede City PDU was rated ‘Requires improvement’ and Brede County PDU received the same rating.",
    "Brede City PDU earned ‘Requires improvement’, and Brede County PDU has been given the same grade too.",
])
def test_a_unit_that_received_the_same_takes_the_rating_named_before_it(rules, sentence):
    text = ("Two units inspected\n\nInspectors have reported on Brede City Probation Delivery Unit and Brede County "
            f"Probation Delivery Unit. {sentence}")
    out = facts(rules, text)
    assert rated(out) == [("Brede City PDU", "Requires improvement"), ("Brede County PDU", "Requires improvement")]


@pytest.mark.parametrize("sentence", [
    "Brede City PDU was rated ‘Good’ and Brede County PDU received the same number of recommendations.",
    "Brede City PDU was rated ‘Good’ in 2021, and Brede County PDU received the same.",
])
def test_the_same_of_something_else_or_of_an_earlier_verdict_is_no_rating(rules, sentence):
    text = ("Two units inspected\n\nPublished: 15 May 2025\n\nInspectors have reported on Brede City Probation Delivery "
            f"Unit and Brede County Probation Delivery Unit. {sentence}")
    assert facts(rules, text)["services"][1]["overall_rating"] is None


def test_the_district_unit_is_the_unit_named_district(rules):
    text = ("Two units inspected\n\nNew reports cover Brede City Probation Delivery Unit and Brede District Probation "
            "Delivery Unit. The city unit has been placed at ‘Inadequate’ and the district unit at ‘Requires "
            "improvement’.")
    out = facts(rules, text)
    assert rated(out) == [("Brede City PDU", "Inadequate"), ("Brede District PDU", "Requires improvement")]


def test_a_rating_a_report_had_placed_it_at_is_the_earlier_one(rules):
    text = ("Fenwold youth justice service rated Good\n\nFenwold Youth Justice Service is now ‘Good’, two grades higher "
            "than at its last inspection. A report in March 2022 had placed it at ‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Good"


@pytest.mark.parametrize("bracket, day", [("(Wednesday 19 February)", "2020-02-19"), ("(Wednesday)", "2020-02-19")])
def test_published_yesterday_with_the_day_in_brackets(rules, bracket, day):
    text = ("Youth justice service told to improve\n\nBy a reporter\n\nThursday 20 February 2020\n\nFenwold Youth "
            f"Justice Service ‘Requires improvement’, according to an inspection report published yesterday {bracket}. "
            "The watchdog inspected the service in November 2019.")
    assert facts(rules, text)["published"] == day


@pytest.mark.parametrize("sentence", [
    "In a report it published on 28 February 2023, HM Inspectorate of Probation found Fenwold Youth Justice Service "
    "to be ‘Inadequate’.",
    "HM Inspectorate of Probation published its report on 28 February 2023 and found Fenwold Youth Justice Service "
    "to be ‘Inadequate’.",
])
def test_the_reports_day_told_in_a_sentence_comes_before_the_pages_label(rules, sentence):
    text = f"Statement on youth justice inspection\n\nPosted: 01/03/2023\n\n{sentence} The inspection took place in November 2022."
    assert facts(rules, text)["published"] == "2023-02-28"


@pytest.mark.parametrize("sentence, day", [
    ("Inspectors visited Fenwold Youth Justice Service in July 2023, with publication following on Tuesday (14 "
     "November).", "2023-11-14"),
    ("The publication of the inspectorate’s two reports on Tuesday drew comment from the council.", "2023-11-14"),
    ("The council’s publication on Monday of its own plan drew comment.", "2023-11-17"),
])
def test_publication_following_on_a_weekday_is_the_reports_day(rules, sentence, day):
    text = ("Youth justice teams praised\n\nBy a reporter\n\nFriday 17 November 2023\n\n"
            f"{sentence} Fenwold Youth Justice Service was awarded ‘Good’.")
    assert facts(rules, text)["published"] == day


@pytest.mark.parametrize("sentence, count", [
    ("Five recommendations are aimed at the unit, and a sixth at HMPPS.", 6),
    ("Three recommendations go to the unit and a fourth to the Fenwold Probation Board.", 4),
    ("The unit has seven recommendations to act on, and HM Prison and Probation Service one.", 8),
    ("The report makes seven recommendations.", 7),
])
def test_a_further_share_as_an_ordinal_or_with_its_verb_left_out(rules, sentence, count):
    text = f"Fenwold PDU inspected\n\nInspectors rated Fenwold Probation Delivery Unit ‘Good’. {sentence}"
    assert facts(rules, text)["recommendations"]["count"] == count


def test_the_report_by_its_day_is_the_publication_date(rules):
    text = ("Inspectors report on probation company\n\nIn its report of Tuesday 4 December 2018, the inspectorate rated "
            "Fenwold Community Rehabilitation Company (CRC) ‘Requires improvement’ overall. Inspectors visited the CRC "
            "in September 2018.")
    out = facts(rules, text)
    assert (out["published"], out["fieldwork"]) == ("2018-12-04", "2018-09")


def test_an_abbreviation_first_and_its_full_form_in_lower_case_after_it(rules):
    text = ("Fenwold YOT must improve, say inspectors\n\nHM Inspectorate of Probation inspected the Fenwold youth "
            "offending team in June 2022 and found it to be ‘Requires improvement’. Inspectors praised the Fenwold "
            "YOT’s diversion scheme.")
    service = facts(rules, text)["service"]
    assert (service["name"], service["short"]) == ("Fenwold youth offending team", "Fenwold YOT")


@pytest.mark.parametrize("opening", [
    "Fenwold PDU and Haddow PDU were inspected by HM Inspectorate of Probation.",
    "Fenwold Probation Delivery Unit and Haddow Probation Delivery Unit, both part of the Probation Service – Wessex "
    "region, have each been inspected by HM Inspectorate of Probation.",
])
def test_units_inspected_together_are_both_reported_on_when_rated_together_later(rules, opening):
    text = f"Two probation units must improve\n\n{opening} Both units have come out at ‘Requires improvement’."
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_units_inspected_at_another_time_are_not_reported_on_together(rules):
    text = ("Fenwold PDU rated ‘Good’\n\nFenwold PDU has been rated ‘Good’. When Fenwold PDU and Haddow PDU were last "
            "inspected in 2019, both were rated ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Good")]


def test_units_after_their_region_as_the_subject_of_reports_are_all_reported_on(rules):
    text = ("Three probation units must improve\n\nThree units in the Probation Service – Wessex region, Fenwold "
            "Probation Delivery Unit, Haddow Probation Delivery Unit and Brackmoor Probation Delivery Unit, are the "
            "subject of new reports by HM Inspectorate of Probation. Each of the three units has been assessed as "
            "‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement"),
                                         ("Brackmoor PDU", "Requires improvement")]


def test_a_bare_place_rated_before_an_apposition_that_counts_it_among_the_rest(rules):
    text = ("Three units inspected\n\nThree units were inspected together: Fenwold PDU, Haddow PDU and Brackmoor PDU. "
            "Inspectors judged Fenwold and Brackmoor to be ‘Requires improvement’, while Haddow was found to be ‘Good’, "
            "the only one of the three to reach that grade.")
    doc = rules(text)
    assert any(e.text == "Haddow" and e.label_ == "SERVICE" for e in doc.ents)
    assert rated(extract_facts(doc)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Good"),
                                         ("Brackmoor PDU", "Requires improvement")]


def test_a_bare_place_described_as_one_of_several_stays_a_location(rules):
    doc = rules("Fenwold PDU rated ‘Good’\n\nFenwold PDU has been rated ‘Good’. Haddow is one of the largest towns "
                "the unit covers.")
    assert not any(e.text == "Haddow" for e in doc.ents)


@pytest.mark.parametrize("sentence, expected", [
    ("Inspectors handed Haddow their highest grade, ‘Outstanding’, while Fenwold received ‘Good’.",
     [("Fenwold YJS", "Good"), ("Haddow YJS", "Outstanding")]),
    ("Fenwold was placed at ‘Good’ and Haddow at the bottom of the scale, ‘Inadequate’.",
     [("Fenwold YJS", "Good"), ("Haddow YJS", "Inadequate")]),
])
def test_a_bare_place_handed_its_grade_or_given_it_at_the_bottom_of_the_scale(rules, sentence, expected):
    text = ("Two youth justice services inspected\n\nInspectors looked at Fenwold Youth Justice Service and Haddow "
            f"Youth Justice Service in July 2023. {sentence}")
    assert rated(facts(rules, text)) == expected


def test_bare_places_as_a_plural_subject_and_in_apposition_to_the_third(rules):
    text = ("Three units inspected\n\nInspectors released reports on three units: Fenwold Probation Delivery Unit, "
            "Haddow Probation Delivery Unit and Brackmoor Probation Delivery Unit. Both Fenwold and Haddow come out at "
            "‘Requires improvement’; the third, Brackmoor, is ‘Inadequate’.")
    out = facts(rules, text)
    assert out["overall_rating"] == "Requires improvement"
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement"),
                          ("Brackmoor PDU", "Inadequate")]


@pytest.mark.parametrize("sentence", [
    "Children come from Haddow and nearby villages.",
    "The third, in Haddow, is a hostel.",
])
def test_a_bare_place_after_a_preposition_stays_a_location(rules, sentence):
    doc = rules(f"Fenwold PDU rated ‘Good’\n\nFenwold PDU has been rated ‘Good’. {sentence}")
    assert not any(e.text == "Haddow" for e in doc.ents)


@pytest.mark.parametrize("sentence", [
    "The region’s own inspection in 2023 had ended with ‘Requires improvement’ for the region overall.",
    "In 2023, inspectors gave ‘Requires improvement’ for the region overall.",
    "The region’s last inspection gave it ‘Requires improvement’ overall.",
])
def test_the_regions_rating_beside_a_units_verdict_is_not_the_units(rules, sentence):
    text = ("Fenwold unit found to be failing\n\n‘Inadequate’, the bottom of the inspectors’ scale, is the verdict on "
            f"Fenwold Probation Delivery Unit, a unit of the Probation Service – Wessex region. {sentence}")
    out = facts(rules, text)
    assert out["overall_rating"] == "Inadequate" and rated(out) == [("Fenwold PDU", "Inadequate")]


def test_a_regions_release_keeps_its_own_overall_rating(rules):
    text = ("Wessex probation region rated\n\nThe Probation Service – Wessex region has been rated ‘Requires "
            "improvement’ overall by HM Inspectorate of Probation.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_reports_that_cover_units_each_placed_in_lower_case_words(rules):
    text = ("Two probation units must improve\n\nTwo reports published today by HM Inspectorate of Probation cover "
            "Fenwold Probation Delivery Unit on the coast and Haddow Probation Delivery Unit in the Brack valley. The "
            "inspectorate has assessed both units as ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_a_unit_placed_in_lower_case_words_beside_its_own_partners_stays_alone(rules):
    text = ("Fenwold PDU must improve\n\nTwo reports published today by HM Inspectorate of Probation cover Fenwold "
            "Probation Delivery Unit on the coast and its partners. The unit has been rated ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement")]


@pytest.mark.parametrize("sentence, names", [
    ("HM Inspectorate of Probation has given Fenwold in the Vale Youth Justice Service its highest rating, "
     "‘Outstanding’.", ["Fenwold in the Vale Youth Justice Service"]),
    # a place and the region it lies in, and a place in another, stay apart
    ("Probation in Fenwold in the North West region was inspected.", ["North West region"]),
    ("Staff in Fenwold in Haddow PDU said so.", ["Haddow PDU"]),
    # "in" and a name with no "the": one name inside a sentence, or opening two sentences; a common noun opening
    # one sentence ("Records in ...") is the sentence's word
    ("HM Inspectorate of Probation has rated Fenwold in Haddow Youth Justice Service ‘Good’.",
     ["Fenwold in Haddow Youth Justice Service"]),
    ("Fenwold in Haddow Youth Justice Service is rated ‘Good’. “Fenwold in Haddow YJS has earned it.”",
     ["Fenwold in Haddow Youth Justice Service", "Fenwold in Haddow YJS"]),
    ("Records in Haddow YJS were well kept.", ["Haddow YJS"]),
    ("Work at Fenwold in Haddow PDU was praised.", ["Haddow PDU"]),
])
def test_a_place_with_in_the_and_no_hyphens_is_one_name(rules, sentence, names):
    doc = rules(f"Service inspected\n\n{sentence}")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == names


@pytest.mark.parametrize("opening", [
    "Reports from HM Inspectorate of Probation on Fenwold Probation Delivery Unit and Haddow Probation Delivery Unit, "
    "are out today.",
    "Findings by the inspectorate on Fenwold PDU and Haddow PDU were published today.",
])
def test_reports_from_an_inspectorate_on_two_units_cover_both(rules, opening):
    text = f"Two probation units must improve\n\n{opening} Both units sit at ‘Requires improvement’."
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_an_nps_divisions_headline_abbreviation_gives_way_to_its_full_name(rules):
    text = ("NPS Fenwold rated ‘Good’\n\nNational Probation Service – Fenwold Division receives an overall regional "
            "rating of ‘Good’. Inspectors visited the division in March 2019.")
    out = facts(rules, text)
    assert out["service"]["name"] == "National Probation Service – Fenwold Division"
    assert rated(out) == [("NPS Fenwold", "Good")]
