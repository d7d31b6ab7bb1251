"""Ways a release words its facts that the fourth round of blind sets met (issue #16): a rating "found" without "to
be" or "given it" without a noun, a region's earlier rating behind an apposition, units "looked at" together,
"each unit", a report that "appeared on" or "is dated" a day, an aspect's description set off by commas, a
headline's "a south-east X probation unit" beside its region, and "National Probation Service, X Division".
Sentences and places are our own."""

import pytest

from nlp.entities import extract_facts
from nlp.entities.facts.aspects import _own_clause, aspects_in


def facts(nlp, text):
    return extract_facts(nlp(text))


def rated(out):
    return [(s["short"], s["overall_rating"]) for s in out["services"]]


@pytest.mark.parametrize("sentence", [
    "Fenwold Probation Delivery Unit has been found ‘Inadequate’ by inspectors.",
    "Inspectors have given it ‘Inadequate’ after visiting Fenwold Probation Delivery Unit.",
])
def test_a_rating_found_or_given_with_no_verb_of_rating(rules, sentence):
    text = f"Fenwold unit inspected\n\nHM Inspectorate of Probation has reported on Fenwold PDU. {sentence}"
    assert facts(rules, text)["overall_rating"] == "Inadequate"


def test_a_regions_earlier_rating_behind_an_apposition_is_not_the_units(rules):
    text = ("Marl Vale region: Fenwold unit inspected\n\nOne of the units of Probation Service – Marl Vale region, "
            "Fenwold Probation Delivery Unit, has been found ‘Inadequate’ by inspectors. The unit has not been "
            "inspected before; the region, last visited by inspectors in 2021, was then rated ‘Requires improvement’.")
    assert facts(rules, text)["overall_rating"] == "Inadequate"


@pytest.mark.parametrize("lead", [
    "Inspectors who looked at Fenwold Youth Justice Service and Haddow Youth Justice Service in May 2024 reached "
    "different verdicts.",
    "Two reports out today look at Fenwold Youth Justice Service and Haddow Youth Justice Service.",
])
def test_units_looked_at_together_are_each_listed_with_their_ratings(rules, lead):
    text = (f"Two youth teams inspected\n\n{lead} The reports give Haddow a ‘Good’ and leave Fenwold on ‘Requires "
            "improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold YJS", "Requires improvement"), ("Haddow YJS", "Good")]


def test_each_unit_shares_one_rating(rules):
    text = ("Two units inspected\n\nTwo reports out today look at Fenwold Probation Delivery Unit and Haddow Probation "
            "Delivery Unit. Each unit lands at ‘Requires improvement’, one grade above the bottom.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


@pytest.mark.parametrize("sentence, day", [
    ("The report itself appeared on 11 March 2025.", "2025-03-11"),
    ("The two reports appeared on Tuesday (11 March).", "2025-03-11"),
    ("Their report is dated 11 March 2025.", "2025-03-11"),
    # something else that appeared, or a letter dated: the page's date stays
    ("A letter from the council, dated 11 March 2025, thanked staff.", "2025-03-14"),
])
def test_a_report_that_appeared_or_is_dated_on_a_day(rules, sentence, day):
    text = (f"Fenwold youth service inspected\n\nFriday 14 March 2025\n\nFenwold Youth Justice Service has been rated "
            f"‘Good’ after an inspection in December 2024. {sentence}")
    assert facts(rules, text)["published"] == day


@pytest.mark.parametrize("stretch, left", [
    ("Through the Gate, its resettlement service for people leaving prison, got ", ["Through the Gate"]),
    ("Its organisational delivery, which covers leadership and staffing, was rated ", ["organisational delivery"]),
    # a list, not a description: both aspects stay
    ("Unpaid work, the resettlement work and victim work were ", ["unpaid work", "resettlement policy and provision",
                                                                    "statutory victim work"]),
])
def test_an_aspects_description_set_off_by_commas_rates_nothing(stretch, left):
    assert aspects_in(_own_clause(stretch)) == left


def test_advice_to_court_is_a_rated_aspect(rules):
    text = ("Fenwold division rated ‘Good’\n\nNational Probation Service – Fenwold Division has been rated ‘Good’. "
            "Advice to court, which carries a separate rating, reached ‘Outstanding’.")
    assert [(r["aspect"], r["rating"]) for r in facts(rules, text)["ratings"]] == [
        ("court reports and case allocation", "Outstanding")]


def test_a_headlines_unit_in_a_wider_place_is_the_unit_the_lead_names_not_the_region(rules):
    text = ("Public protection work in a south-east Marlbury probation unit\n\nFindings on public protection at "
            "Fenwold Probation Delivery Unit are published today. Fenwold PDU belongs to the Probation Service – "
            "Marlbury region.")
    assert facts(rules, text)["service"]["name"] == "Fenwold Probation Delivery Unit"


def test_a_division_named_after_a_comma(rules):
    text = ("Probation division rated ‘Good’\n\nInspectors judge the National Probation Service, Fenwold and Haddow "
            "Division to be ‘Good’ overall. They worked with the National Probation Service, Marlshire Police and "
            "the council.")
    doc = rules(text)
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["National Probation Service, Fenwold and Haddow "
                                                                   "Division"]
    out = extract_facts(doc)
    assert (out["service"]["short"], out["service"]["type"], out["overall_rating"]) == (
        "NPS Fenwold and Haddow Division", "region", "Good")


def test_an_agent_who_considers_the_service_rated_and_an_aspect_rated_as_a_separate_area(rules):
    text = ("‘Good’ for Fenwold youth offending service\n\nPublished: 7 Nov 2019\n\nInspectors consider Fenwold Youth "
            "Offending Service (YOS) ‘Good’. Its work with out-of-court disposals, rated as a separate area, reached the "
            "highest grade, ‘Outstanding’. The inspection visit was in June 2019.")
    out = facts(rules, text)
    assert (out["overall_rating"], out["fieldwork"]) == ("Good", "2019-06")
    assert [(r["aspect"], r["rating"]) for r in out["ratings"]] == [("out-of-court disposals", "Outstanding")]


def test_a_rating_settled_on_years_earlier_is_not_this_inspections(rules):
    text = ("Fenwold youth service improves\n\nFenwold Youth Justice Service is now ‘Good’; three years earlier, in "
            "2021, inspectors had settled on ‘Requires improvement’. Fieldwork took place in March 2024.")
    assert facts(rules, text)["overall_rating"] == "Good"


@pytest.mark.parametrize("sentence", [
    "During the inspection, in May 2024, inspectors looked closely at 42 cases.",
    "After inspecting Fenwold Probation Delivery Unit in May 2024, the inspectorate found its work strong.",
])
def test_fieldwork_during_the_inspection_or_after_inspecting(rules, sentence):
    text = (f"Fenwold unit rated ‘Good’\n\nFenwold Probation Delivery Unit has been rated ‘Good’. {sentence} The report "
            "was published on 24 September 2024.")
    assert facts(rules, text)["fieldwork"] == "2024-05"


def test_an_aspect_the_inspectors_assess_on_its_own_gives_no_overall_rating(rules):
    text = ("Fenwold youth service rated\n\nA report published today (Wednesday, 9 November 2022) puts Fenwold Youth "
            "Justice Service in the second-highest of four bands, ‘Good’. Resettlement, which inspectors assess on its "
            "own, fell short, at ‘Requires improvement’.")
    assert facts(rules, text)["overall_rating"] == "Good"


def test_a_service_rated_in_a_with_clause(rules):
    text = ("Two youth teams inspected\n\nInspectors visited Fenwold Youth Justice Service and Haddow Youth Justice "
            "Service in February 2024. Haddow was awarded ‘Outstanding’, the highest mark available, with Fenwold one "
            "step behind on ‘Good’. Work with partners, with Fenwold Council on ‘Good’ terms, was strong.")
    doc = rules(text)
    assert [e.text for e in doc.ents if e.label_ == "SERVICE" and e.text == "Fenwold"] == ["Fenwold"]
    assert rated(extract_facts(doc)) == [("Fenwold YJS", "Good"), ("Haddow YJS", "Outstanding")]


def test_ratings_after_a_colon_in_the_order_the_units_are_named(rules):
    text = ("Two units inspected\n\nReports on Fenwold Probation Delivery Unit and Haddow Probation Delivery Unit are out "
            "today. Fenwold comes out one notch above Haddow: ‘Requires improvement’ against ‘Inadequate’.")
    out = facts(rules, text)
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate")]
    assert out["overall_rating"] == "Requires improvement"


def test_the_units_as_one_subject_rated_respectively_in_the_order_first_named(rules):
    text = ("Two probation units in Marlshire\n\nReports on two neighbouring units.\n\nWithin Probation Service – "
            "Marlshire region, inspectors looked at Fenwold Probation Delivery Unit and Haddow Probation Delivery Unit "
            "side by side. The two units were judged to be ‘Requires improvement’ and ‘Inadequate’ respectively.")
    out = facts(rules, text)
    assert out["service"]["name"] == "Fenwold Probation Delivery Unit"  # not the region the lead names first
    assert rated(out) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate")]


def test_reports_that_cover_three_units_and_a_pair_that_sits_on_a_rating(rules):
    text = ("Three units inspected\n\nThree reports released together cover Fenwold Probation Delivery Unit, Haddow "
            "Probation Delivery Unit and Marlby Probation Delivery Unit. Fenwold and Haddow both sit on ‘Requires "
            "improvement’; Marlby falls a grade further, to ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement"),
                                         ("Marlby PDU", "Inadequate")]


@pytest.mark.parametrize("sentence, day", [
    ("Today (Tuesday, 12 June) sees the publication by HM Inspectorate of Probation of its report on Fenwold "
     "Probation Trust.", "2012-06-12"),
    ("Today (Tuesday, 12 June) sees the publication of a report on Fenwold Probation Trust.", "2012-06-12"),
])
def test_today_sees_the_publication(rules, sentence, day):
    text = f"Fenwold Probation Trust inspected\n\n{sentence} The inspection was carried out in February 2012."
    assert facts(rules, text)["published"] == day


@pytest.mark.parametrize("sentences, rating", [
    ("HM Inspectorate of Probation places Fenwold Probation Delivery Unit on ‘Requires improvement’. Unpaid work, which "
     "received its own rating, fell into the lowest band, ‘Inadequate’.", "Requires improvement"),
    ("Only the quality of its unpaid work kept Fenwold Probation Delivery Unit from an overall ‘Inadequate’. Instead, "
     "the unit’s grade is ‘Requires improvement’.", "Requires improvement"),
    ("The watchdog found Fenwold Probation Delivery Unit ‘Requires improvement’ overall, better than the ‘Inadequate’ "
     "handed to it in 2021.", "Requires improvement"),
    ("Fenwold Probation Delivery Unit now stands at ‘Requires improvement’, one grade up on its last report, in March "
     "2021, which found it ‘Inadequate’.", "Requires improvement"),
    ("Fenwold Probation Delivery Unit has risen to ‘Good’, the best rating it has had, from the ‘Inadequate’ it was "
     "awarded in 2021.", "Good"),
])
def test_the_rules_read_the_current_rating_beside_an_aspect_or_an_earlier_one(rules, sentences, rating):
    text = f"Fenwold unit inspected\n\n{sentences} Fieldwork took place in March 2024."
    assert facts(rules, text)["overall_rating"] == rating


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors went through 38 of the unit’s cases in March 2024.", "2024-03"),
    ("Inspectors were on the ground between 18 and 22 March 2024.", "2024-03"),
    ("Today’s report follows an inspection of the unit in March and April 2024.", "2024-03"),
])
def test_fieldwork_in_the_words_of_the_inspectors_activity(rules, sentence, month):
    text = f"Fenwold unit rated ‘Good’\n\nFenwold Probation Delivery Unit has been rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


def test_a_hyphenated_place_with_joining_words_is_one_name(rules):
    doc = rules("Stow-on-the-Fenwold Probation Delivery Unit has been rated ‘Good’. Barnsley and the YJS met.")
    assert [e.text for e in doc.ents if e.label_ == "SERVICE"] == ["Stow-on-the-Fenwold Probation Delivery Unit"]


@pytest.mark.parametrize("sentence, day", [
    ("Today (Thursday 6 November 2025) HM Inspectorate of Probation released what it found at Fenwold Probation "
     "Delivery Unit.", "2025-11-06"),
    ("In a report out on Tuesday (4 November), Fenwold Probation Delivery Unit was ranked ‘Requires improvement’.",
     "2025-11-04"),
])
def test_the_report_day_after_today_in_brackets_or_a_report_out_on(rules, sentence, day):
    text = f"Fenwold unit inspected\n\n7 November 2025\n\n{sentence} The fieldwork was in July 2025."
    assert facts(rules, text)["published"] == day


def test_a_pair_in_apposition_and_a_list_of_places_in_apposition_share_their_ratings(rules):
    text = ("Three units inspected\n\nInspectors have reported on Fenwold and Ware Probation Delivery Unit, Haddow "
            "Probation Delivery Unit and Marlby Probation Delivery Unit. Two of the three, Fenwold and Ware and Marlby, "
            "sit at ‘Requires improvement’, while Haddow has been put on the bottom rung, ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold and Ware PDU", "Requires improvement"), ("Haddow PDU", "Inadequate"),
                                         ("Marlby PDU", "Requires improvement")]
    text = ("Two units inspected\n\nFenwold Probation Delivery Unit and Haddow Probation Delivery Unit, next-door units "
            "within the Marlshire region of the Probation Service, share the same rating: ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_a_rating_the_service_was_spared_is_nobodys(rules):
    text = ("Fenwold youth service inspected\n\nInspectors have told our Fenwold Youth Justice Service that its work "
            "‘Requires improvement’. Inspectors said that only strong leadership had spared the service an overall "
            "‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_childrens_services_are_the_councils_not_a_rated_aspect(rules):
    text = ("Fenwold youth service rated ‘Outstanding’\n\nFenwold Youth Justice Service has been rated ‘Outstanding’. "
            "Cllr Ann Bell, cabinet member for children’s services, said: “To go from ‘Requires improvement’ to "
            "‘Outstanding’ in three years is remarkable.”")
    assert facts(rules, text)["ratings"] == []


def test_a_neighbour_in_its_own_report_the_same_day_is_reported_on_where_it_gets_recommendations(rules):
    base = ("Two youth services rated\n\nInspectors have handed Fenwold Youth Justice Service the highest grade, "
            "‘Outstanding’. Its neighbour, Haddow Youth Justice Service, came out as ‘Good’ in a report released the same "
            "day. {recs}")
    out = facts(rules, base.format(recs="Haddow is asked to act on four recommendations and Fenwold on two."))
    assert rated(out) == [("Fenwold YJS", "Outstanding"), ("Haddow YJS", "Good")]
    assert out["recommendations"]["count"] == 6
    out = facts(rules, base.format(recs="Fenwold is asked to act on two recommendations."))
    assert rated(out) == [("Fenwold YJS", "Outstanding")]  # the neighbour's report is its own


@pytest.mark.parametrize("sentence, month", [
    ("A short inspection of Fenwold Youth Offending Team (YOT), done in May 2016, has produced its report.", "2016-05"),
    ("Inspectors did this work in May 2016, among the first visits of the year.", "2016-05"),
    ("Inspectors gave the team a clean bill after a visit lasting from 23 to 27 May 2016.", "2016-05"),
    ("A team of inspectors assessed a sample of 72 cases in May 2016.", "2016-05"),
    ("The inspection took two weeks of May 2016.", "2016-05"),
    ("This time the inspectors came in May 2016.", "2016-05"),
    ("In May and June 2016, HM Inspectorate of Probation examined the work of the team.", "2016-05"),
])
def test_more_ways_to_tell_the_fieldwork(rules, sentence, month):
    text = f"Fenwold youth team inspected\n\nPublished: 12 Sep 2016\n\nFenwold Youth Offending Team has been inspected. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


@pytest.mark.parametrize("sentences, rating", [
    ("Inspectors gave Fenwold Youth Justice Service a ‘Good’. Court disposals, graded on their own, reached "
     "‘Outstanding’.", "Good"),
    ("HM Inspectorate of Probation now classes Fenwold Youth Justice Service as ‘Inadequate’, a steep fall from the "
     "‘Good’ it earned last time, in 2021.", "Inadequate"),
])
def test_the_rules_read_the_rating_beside_an_aspect_graded_on_its_own_or_one_earned_last_time(rules, sentences, rating):
    text = f"Fenwold youth service inspected\n\n{sentences} Fieldwork took place in March 2024."
    assert facts(rules, text)["overall_rating"] == rating


@pytest.mark.parametrize("sentences, rating", [
    ("Fenwold Youth Justice Service, rated ‘Inadequate’ in March 2020, has climbed to ‘Requires improvement’.",
     "Requires improvement"),
    ("The National Probation Service – Fenwold Division was given ‘Requires improvement’, an overall regional rating one "
     "step below ‘Good’.", "Requires improvement"),
    ("HMI Probation places Fenwold Youth Justice Service a grade below ‘Good’, at ‘Requires improvement’. Its total score "
     "put it only two points clear of an overall ‘Inadequate’.", "Requires improvement"),
    ("Rated ‘Good’ when last inspected, in 2020, Fenwold Youth Offending Service (YOS) has dropped a grade, to ‘Requires "
     "improvement’.", "Requires improvement"),
    # a negated comparison names the grade itself
    ("Inspectors could not award Fenwold Probation Delivery Unit anything higher than ‘Inadequate’.", "Inadequate"),
])
def test_the_rating_beside_a_yardstick_a_near_miss_or_an_earlier_month(rules, sentences, rating):
    text = f"Fenwold inspected\n\n{sentences} Fieldwork took place in March 2024."
    assert facts(rules, text)["overall_rating"] == rating


@pytest.mark.parametrize("sentence, ratings", [
    ("The verdict for Fenwold and Marlby is ‘Requires improvement’; Haddow sits a step lower, on ‘Inadequate’.",
     ["Requires improvement", "Inadequate", "Requires improvement"]),
])
def test_the_verdict_for_a_pair_is_theirs(rules, sentence, ratings):
    text = ("Three units inspected\n\nInspectors have reported on Fenwold Probation Delivery Unit, Haddow Probation "
            f"Delivery Unit and Marlby Probation Delivery Unit. {sentence}")
    assert [r for _, r in rated(facts(rules, text))] == ratings


@pytest.mark.parametrize("sentence", [
    "It is ‘Outstanding’ for Fenwold Youth Justice Service and ‘Good’ for its neighbour, Haddow Youth Justice Service.",
    "Inspectors have handed an ‘Outstanding’ verdict to Fenwold Youth Justice Service, but its neighbour, Haddow Youth "
    "Justice Service, must do better after finishing a step further down, at ‘Good’.",
])
def test_a_neighbour_named_after_its_description_or_past_a_wish_keeps_its_rating(rules, sentence):
    text = f"Two youth services rated\n\n{sentence} Both reports went online on Tuesday (21 November 2023)."
    assert rated(facts(rules, text)) == [("Fenwold YJS", "Outstanding"), ("Haddow YJS", "Good")]


def test_an_aspect_that_stopped_the_unit_sliding_to_a_grade_rates_nothing(rules):
    text = ("Fenwold unit rated\n\nFenwold Probation Delivery Unit has been rated ‘Requires improvement’. A strong showing "
            "on court work was all that stopped the unit sliding to ‘Inadequate’.")
    assert facts(rules, text)["ratings"] == []


def test_reports_out_since_a_day(rules):
    text = ("Two youth services inspected\n\nFriday 8 November 2019\n\nInspection reports on Fenwold Youth Justice Service "
            "and Haddow Youth Justice Service, out since Tuesday (5 November), drew on visits made in July 2019.")
    assert facts(rules, text)["published"] == "2019-11-05"


def test_a_crc_alongside_an_nps_division_and_the_divisions_own_aspect(rules):
    text = ("Probation in Marlshire: the company and the division\n\nIn May 2018, HM Inspectorate of Probation examined "
            "both halves of probation in the area: Fenwold Community Rehabilitation Company (CRC), alongside the National "
            "Probation Service – Haddow Division. The CRC, which supervises lower-risk offenders, emerges as ‘Inadequate’; "
            "the division, which handles high-risk cases, as ‘Good’. Victim work in the division carries a separate "
            "grade, and it fell a step short of the division as a whole: ‘Requires improvement’.")
    out = facts(rules, text)
    assert [(s["short"], s["overall_rating"], [(r["aspect"], r["rating"]) for r in s["ratings"]]) for s in out["services"]] == [
        ("Fenwold CRC", "Inadequate", []), ("Haddow Division", "Good", [("statutory victim work", "Requires improvement")])]


def test_the_verbs_form_of_requires_improvement_in_quotes(rules):
    text = ("Fenwold company must do more\n\nInspectors have found Fenwold Community Rehabilitation Company (CRC) to "
            "‘Require improvement’. Unpaid work, assessed in its own right, earned a ‘Good’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_three_units_one_a_grade_lower_in_a_gapped_clause(rules):
    text = ("Three units inspected\n\nThe region’s three units – Fenwold Probation Delivery Unit, Haddow Probation Delivery "
            "Unit and Marlby Probation Delivery Unit – were inspected side by side. Fenwold and Marlby land on ‘Requires "
            "improvement’, and Haddow a grade lower, on ‘Inadequate’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Inadequate"),
                                         ("Marlby PDU", "Requires improvement")]


def test_units_inspectors_spent_time_in_share_both(rules):
    text = ("Two units inspected\n\nIn May 2024, inspectors spent time in Fenwold Probation Delivery Unit and Haddow "
            "Probation Delivery Unit, two units of the region. Both were assessed as ‘Requires improvement’.")
    assert rated(facts(rules, text)) == [("Fenwold PDU", "Requires improvement"), ("Haddow PDU", "Requires improvement")]


def test_the_units_parent_region_holding_a_grade_is_the_regions(rules):
    text = ("Probation unit rated ‘Inadequate’\n\nFenwold Probation Delivery Unit is ‘Inadequate’: that is the conclusion "
            "of HMI Probation. The unit’s parent region, which covers Kent, Surrey and Sussex, currently holds ‘Requires "
            "improvement’ as its overall grade.")
    assert facts(rules, text)["overall_rating"] == "Inadequate"


def test_a_division_after_the_services_possessive(rules):
    doc = rules("Inspectors assess the National Probation Service’s Fenwold and Haddow Division as ‘Good’.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "RATING"] == [
        ("National Probation Service", "AGENCY"), ("Fenwold and Haddow Division", "SERVICE")]


def test_a_units_grade_beside_its_regions_other_units_and_a_near_thing(rules):
    text = ("Probation unit given ‘Requires improvement’\n\nFenwold Probation Delivery Unit, within the Probation Service – "
            "Marlshire region, lands at ‘Requires improvement’, the grade both of the region’s other units inspected this "
            "year also received. It was a near thing: Fenwold scored just a single point more than a unit judged "
            "‘Inadequate’.")
    assert facts(rules, text)["overall_rating"] == "Requires improvement"


def test_a_lower_case_rating_after_the_services_name(rules):
    text = ("Youth service rated good\n\nInspectors have rated Fenwold Youth Offending Service good, among the earliest "
            "verdicts under a new inspection framework. Fieldwork took place in August 2018.")
    assert facts(rules, text)["overall_rating"] == "Good"


def test_a_pair_of_recommendations(rules):
    text = ("Fenwold youth service rated ‘Good’\n\nFenwold Youth Justice Service has been rated ‘Good’. The report "
            "contains only a pair of recommendations, both aimed at keeping standards high.")
    assert facts(rules, text)["recommendations"]["count"] == 2
