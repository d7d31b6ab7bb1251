"""Fact slots (issue #16): several services, a unit inside its region, older names, ratings without "rated",
and the role models that score each RATING, DATE and SERVICE mention. Sentences are our own."""

import json

import numpy as np
import pytest

from nlp.annotations import fact_problem, load_dataset
from nlp.entities import extract_facts
from nlp.entities.evaluation import choose_modes, ratings_match, services_match
from nlp.entities.roles import KINDS, fit_roles, gold_role, load_roles, release_mentions, training_rows
from nlp.summarise import summarise_text, to_markdown


@pytest.fixture(scope="module")
def roles():
    # a small deterministic slice: enough mentions of every role to fit, fast
    return fit_roles(load_dataset()[:40])


def facts(nlp, text, roles=None):
    return extract_facts(nlp(text), roles=roles)


def test_several_services_each_with_its_rating(rules):
    text = ("Crawley and Horsham probation units inspected\n\nInspectors have rated Crawley Probation Delivery Unit "
            "‘Good’ and Horsham Probation Delivery Unit ‘Requires improvement’. Both are in the Kent, Surrey and "
            "Sussex region.")
    out = facts(rules, text)
    assert [(s["name"], s["overall_rating"]) for s in out["services"]] == [
        ("Crawley Probation Delivery Unit", "Good"), ("Horsham Probation Delivery Unit", "Requires improvement")]
    # the old fields describe the first service
    assert out["service"]["name"] == "Crawley Probation Delivery Unit" and out["overall_rating"] == "Good"


def test_a_sibling_rated_earlier_is_not_inspected(rules):
    text = ("Crewe PDU rated ‘Requires improvement’\n\nCrewe PDU has been rated ‘Requires improvement’. "
            "Neighbouring Nantwich PDU was rated ‘Good’ in 2023.")
    out = facts(rules, text)
    assert [s["name"] for s in out["services"]] == ["Crewe PDU"]
    assert out["overall_rating"] == "Requires improvement"


def test_a_separate_report_is_not_a_second_service(rules):
    text = ("Yeadon PDU rated ‘Good’\n\nYeadon PDU has been rated ‘Good’. A separate report on Otley PDU, rated "
            "‘Inadequate’, is also published today.")
    assert [s["name"] for s in facts(rules, text)["services"]] == ["Yeadon PDU"]


def test_unit_named_after_its_region_is_the_service(rules):
    text = ("North West region: Preston PDU rated ‘Inadequate’\n\nPreston Probation Delivery Unit, part of the "
            "Probation Service – North West region, has been rated ‘Inadequate’.")
    out = facts(rules, text)
    assert out["service"]["name"] == "Preston Probation Delivery Unit"
    assert out["overall_rating"] == "Inadequate"


def test_region_release_keeps_its_region(rules):
    text = ("South East probation region rated ‘Requires improvement’\n\nProbation services across the South East "
            "have been given an overall regional rating of ‘Requires improvement’. Inspectors visited Dover PDU.")
    out = facts(rules, text)
    assert out["service"]["type"] == "region" and out["overall_rating"] == "Requires improvement"


@pytest.mark.parametrize("text, rating", [
    ("Inspectors have judged the Ludlow Probation Delivery Unit to be ‘Inadequate’.", "Inadequate"),
    ("Inspectors found Bridgend Youth Justice Service to be ‘Good’ after visiting in May 2022.", "Good"),
    ("Whitby Probation Delivery Unit has received the lowest possible rating of ‘Inadequate’.", "Inadequate"),
    ("Bognor Regis PDU has been assessed as ‘Requires improvement’ by HM Inspectorate of Probation.",
     "Requires improvement"),
])
def test_overall_rating_without_rated(rules, text, rating):
    assert facts(rules, "Headline\n\n" + text)["overall_rating"] == rating


def test_aspects_respectively_and_previous_rating(rules):
    text = ("Leek YJS rated ‘Good’\n\nLeek YJS has been rated ‘Good’. Court work and out-of-court work were rated "
            "separately: ‘Outstanding’ and ‘Requires improvement’ respectively. At the last inspection it was "
            "rated ‘Inadequate’.")
    out = facts(rules, text)
    assert out["ratings"] == [{"aspect": "court disposals", "rating": "Outstanding"},
                              {"aspect": "out-of-court disposals", "rating": "Requires improvement"}]
    assert out["overall_rating"] == "Good"


def test_probation_trust_is_a_service_and_unrated_before_2018(rules):
    text = ("Inspection of probation services: Cleveland Probation Trust\n\nCleveland Probation Trust was "
            "inspected in March 2013 and its work was judged ‘good’.")
    out = facts(rules, text)
    assert out["service"]["name"] == "Cleveland Probation Trust"
    assert out["fieldwork"] == "2013-03" and out["overall_rating"] is None


def test_fieldwork_from_inspected_name_in_month(rules):
    text = "Wells YJS rated ‘Good’\n\nHM Inspectorate of Probation inspected Wells YJS in September 2021."
    assert facts(rules, text)["fieldwork"] == "2021-09"


def test_gold_roles_from_facts(rules):
    text = ("Leek YJS rated ‘Good’\n\nLeek YJS has been rated ‘Good’. It was previously rated ‘Inadequate’. "
            "Fieldwork took place in May 2024. The report was published on 2 October 2024.")
    doc = rules(text)
    gold = {"service": "Leek Youth Justice Service", "overall_rating": "Good", "ratings": [],
            "published": "2024-10-02", "fieldwork": "2024-05"}
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    got = {text[m[0]:m[1]]: gold_role(text, m, gold, next(s for s in spans if s[0] <= m[0] < s[1]), ents)
           for m in ents if m[2] in KINDS}
    assert got == {"Leek YJS": "inspected", "Good": "overall", "Inadequate": "previous",
                   "May 2024": "fieldwork", "2 October 2024": "published"}


def test_role_model_scores_and_round_trip(roles, tmp_path, rules):
    text = "Leek YJS rated ‘Good’\n\nLeek YJS has been rated ‘Good’. It was previously rated ‘Inadequate’."
    doc = rules(text)
    mentions = release_mentions(text, [(s.start_char, s.end_char) for s in doc.sents],
                                [(e.start_char, e.end_char, e.label_) for e in doc.ents])
    path = tmp_path / "facts.npz"
    roles.save(path)
    again = load_roles(path)
    assert again.modes == roles.modes
    for mention, features in mentions:
        p, q = roles.predict(mention[2], features), again.predict(mention[2], features)
        assert set(p) == set(KINDS[mention[2]]) and abs(sum(p.values()) - 1) < 1e-9
        assert p == pytest.approx(q, abs=1e-12)
    previous = next(f for m, f in mentions if text[m[0]:m[1]] == "Inadequate")
    assert max(roles.predict("RATING", previous).items(), key=lambda x: x[1])[0] != "overall"


def test_role_model_is_deterministic(roles):
    again = fit_roles(load_dataset()[:40])
    for label in KINDS:
        assert np.array_equal(roles._models[label][1], again._models[label][1])


def test_role_file_with_objects_is_refused(tmp_path):
    path = tmp_path / "facts.npz"
    np.savez(path, RATING_vocab=np.array([{"x": 1}], dtype=object))
    with pytest.raises(ValueError):
        load_roles(path)


def test_training_rows_cover_every_role_kind():
    rows = training_rows(load_dataset()[:40])
    for label, (X, y, groups) in rows.items():
        assert len(X) == len(y) == len(groups) > 0
        assert set(y) <= set(KINDS[label])


def test_choose_modes_ties_go_to_hybrid_only_without_more_wrong_values():
    def block(acc, wrong):
        return {"facts": {slot: {"accuracy": acc, "wrong_nonnull": wrong} for slot in
                          ("service", "overall_rating", "ratings", "published", "fieldwork")}}
    assert set(choose_modes({"rules": block(1.0, 0), "hybrid": block(1.0, 0)}).values()) == {"hybrid"}
    assert set(choose_modes({"rules": block(1.0, 0), "hybrid": block(0.99, 1)}).values()) == {"rules"}


def test_services_gold_is_validated_and_loaded():
    assert fact_problem("services", [{"name": "X PDU"}]) is not None
    assert fact_problem("services", [{"name": "X PDU", "short": "X PDU", "type": "PDU", "overall_rating": "Good",
                                      "ratings": []}]) is None
    release = next(r for r in load_dataset() if r.id == "liverpool-south-pdu-2024")
    assert [s["name"] for s in release.facts["services"]] == ["Liverpool South Probation Delivery Unit", "Sefton PDU"]
    assert services_match(release.facts["services"], [{"name": "Liverpool South PDU", "overall_rating": "Inadequate"},
                                                      {"name": "Sefton PDU", "overall_rating": "Requires improvement"}])


def test_summary_lists_services_in_json_and_markdown(models):
    text = ("Selby Youth Justice Service ‘Good’, Ryedale Youth Justice Service ‘Inadequate’\n\nTwo youth services "
            "were inspected together in March 2023. Selby Youth Justice Service was rated ‘Good’. Ryedale Youth "
            "Justice Service was rated ‘Inadequate’.")
    summary = summarise_text(text, models=models)
    assert [(s["short"], s["overall_rating"]) for s in summary["services"]] == [
        ("Selby YJS", "Good"), ("Ryedale YJS", "Inadequate")]
    assert summary["service"]["name"] == "Selby Youth Justice Service" and summary["overall_rating"] == "Good"
    json.dumps(summary)
    markdown = to_markdown(summary)
    assert "Ryedale Youth Justice Service (Ryedale YJS): Inadequate" in markdown


def test_shipped_models_carry_the_role_model(models):
    assert models.roles is not None
    assert set(models.roles.modes) == {"service", "overall_rating", "ratings", "published", "fieldwork"}
    assert "facts.npz" in models.meta["files"]
    assert models.meta["facts"]["modes"] == models.roles.modes


def test_second_service_rated_in_a_later_sentence(rules):
    text = ("Two Surrey units inspected\n\nInspectors published reports on Woking Probation Delivery Unit and Guildford "
            "Probation Delivery Unit, which were inspected jointly in June 2023. Woking PDU has been rated ‘Good’ "
            "and Guildford PDU has been rated ‘Inadequate’.")
    out = facts(rules, text)
    assert [(s["short"], s["overall_rating"]) for s in out["services"]] == [("Woking PDU", "Good"),
                                                                             ("Guildford PDU", "Inadequate")]
    assert out["fieldwork"] == "2023-06"


def test_tampered_role_model_is_refused(tmp_path, root):
    import shutil

    from nlp.errors import ModelError
    from nlp.models import load_models

    copy = tmp_path / "models"
    shutil.copytree(root / "models", copy)
    with open(copy / "facts.npz", "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="facts.npz"):
        load_models(copy)


# --- a rating beside the one it replaced (a change, a previous rating, an aspect rated separately) ---------------

@pytest.mark.parametrize("sentence, overall", [
    ("Kirkby Stephen Probation Delivery Unit has been downgraded from ‘Outstanding’ to ‘Good’ by inspectors. The "
     "unit had held its ‘Outstanding’ rating since 2019.", "Good"),
    ("Kirkby Stephen Probation Delivery Unit has moved from ‘Inadequate’ to ‘Requires improvement’.",
     "Requires improvement"),
    ("Kirkby Stephen Probation Delivery Unit rose from ‘Good’ to ‘Outstanding’ at this inspection.", "Outstanding"),
    ("Kirkby Stephen Probation Delivery Unit is now rated ‘Good’, up from ‘Inadequate’ in 2021.", "Good"),
    ("Kirkby Stephen Probation Delivery Unit has secured a ‘Good’ rating, an improvement on the ‘Inadequate’ it was "
     "given in 2020. Its work with victims, which is rated separately, reached ‘Outstanding’; at the last "
     "inspection the same work had been ‘Requires improvement’.", "Good"),
])
def test_the_current_rating_is_the_target_of_a_change(rules, roles, sentence, overall):
    text = "Kirkby Stephen PDU inspection\n\n" + sentence
    assert facts(rules, text)["overall_rating"] == overall
    # the role model reads the old side of a change as a previous rating too: the hybrid keeps the rules' value
    assert facts(rules, text, roles)["overall_rating"] == overall


@pytest.mark.parametrize("rated, overall", [
    ("Neither unit reached ‘Good’; both have been placed one step below, at ‘Requires improvement’.",
     "Requires improvement"),
    ("Neither unit reached ‘Good’.", None),
])
def test_a_rating_neither_unit_reached_is_never_the_overall(rules, roles, rated, overall):
    # however sure the role model is of the first rating, one the sentence denies is nobody's
    text = ("Two probation units told to improve\n\nTwo new reports cover Wexcombe Probation Delivery Unit in "
            "Norbury Shire and Tarnley Probation Delivery Unit in south Caldshire. " + rated)
    for out in (facts(rules, text), facts(rules, text, roles)):
        assert out["overall_rating"] == overall


def test_an_aspect_rated_separately_keeps_its_rating_but_is_not_the_overall(rules):
    text = ("Keld YJS inspection\n\nKeld Youth Justice Service has achieved a ‘Requires improvement’ rating. "
            "Out-of-court disposals, rated separately, fell short at ‘Inadequate’.")
    out = facts(rules, text)
    assert out["overall_rating"] == "Requires improvement"
    assert [(r["aspect"], r["rating"]) for r in out["ratings"]] == [("out-of-court disposals", "Inadequate")]


@pytest.mark.parametrize("sentence, overall", [
    # a rating the service would have had, or was kept from, is nobody's
    ("Inspectors have rated Wexcombe Youth Justice Service ‘Good’. Without its work with victims, the service would "
     "have been given ‘Requires improvement’ overall, the report says.", "Good"),
    ("Wexcombe Youth Justice Service ‘Requires improvement’, the inspectorate concludes. But for its partnerships, "
     "the service would otherwise have been ‘Inadequate’ overall.", "Requires improvement"),
    ("The inspectorate gives Wexcombe Youth Justice Service a rating of ‘Requires improvement’. The report says that "
     "only its strong board rescued the service from being rated ‘Inadequate’ overall.", "Requires improvement"),
    ("Wexcombe Youth Justice Service has been judged ‘Good’. Its case work came close to ‘Outstanding’ overall.",
     "Good"),
    ("Wexcombe Youth Justice Service was rated ‘Requires improvement’. It narrowly avoided an ‘Inadequate’ rating "
     "overall.", "Requires improvement"),
    ("Wexcombe Youth Justice Service narrowly escaped being rated ‘Inadequate’ overall.", None),
    ("Only its court work kept Wexcombe Youth Justice Service from being rated ‘Inadequate’ overall.", None),
    ("Wexcombe Youth Justice Service would have been rated ‘Inadequate’ were it not for its leaders.", None),
])
def test_a_counterfactual_rating_is_never_the_overall(rules, roles, models, sentence, overall):
    text = "Wexcombe youth justice: the inspectors report\n\n" + sentence
    for out in (facts(rules, text), facts(rules, text, roles), summarise_text(text, models=models)):
        assert out["overall_rating"] == overall


@pytest.mark.parametrize("sentence, overall", [
    # a movement gives the rating it ends on, past an aside on the one it left
    ("Tarnley Youth Justice Service has slipped from ‘Requires improvement’, the grade it was given in 2020, to "
     "‘Inadequate’.", "Inadequate"),
    ("Tarnley Youth Justice Service has moved from ‘Good’ (its grade since 2019) to ‘Outstanding’.", "Outstanding"),
    ("Tarnley Youth Justice Service has climbed from ‘Inadequate’ – the rating it had three years ago – to ‘Good’.",
     "Good"),
    ("Tarnley Youth Justice Service has gone up from ‘Requires improvement’ to ‘Good’.", "Good"),
    ("Tarnley Youth Justice Service has gone down from ‘Good’, its grade in 2020, to ‘Requires improvement’.",
     "Requires improvement"),
    ("Tarnley Youth Justice Service moves from ‘Requires improvement’ to ‘Good’.", "Good"),
    ("Tarnley Youth Justice Service is now rated ‘Good’, up from ‘Inadequate’ in 2021.", "Good"),
])
def test_a_movement_gives_the_rating_it_ends_on(rules, roles, models, sentence, overall):
    text = "Tarnley youth justice: the inspectors report\n\nPublished 4 March 2025\n\n" + sentence
    for out in (facts(rules, text), facts(rules, text, roles), summarise_text(text, models=models)):
        assert out["overall_rating"] == overall


def test_the_old_side_of_a_change_past_an_aside_is_a_previous_rating_for_the_role_model():
    text = "Keld PDU news\n\nKeld PDU has dropped from ‘Good’, its grade in 2020, to ‘Inadequate’."
    old, new = text.index("Good"), text.index("Inadequate")
    entities = [(old, old + 4, "RATING"), (new, new + 10, "RATING")]
    sentences = [(0, 12), (14, len(text))]
    features = dict(release_mentions(text, sentences, entities))
    assert features[entities[0]].get("cue:past_before") == 1.0
    assert gold_role(text, entities[0], {"overall_rating": "Inadequate", "ratings": []}, sentences[1],
                     entities) == "previous"


def test_the_old_side_of_a_change_is_a_previous_rating_for_the_role_model():
    text = "Keld PDU news\n\nKeld PDU has been upgraded from ‘Good’ to ‘Outstanding’."
    old, new = text.index("Good"), text.index("Outstanding")
    entities = [(old, old + 4, "RATING"), (new, new + 11, "RATING")]
    sentences = [(0, 12), (14, len(text))]
    features = dict(release_mentions(text, sentences, entities))
    assert features[entities[0]].get("cue:past_before") == 1.0 and "cue:past_before" not in features[entities[1]]
    facts_ = {"overall_rating": "Outstanding", "ratings": []}
    assert gold_role(text, entities[0], facts_, sentences[1], entities) == "previous"


def test_shipped_modes_take_the_report_day_over_a_byline(models):
    # the role model alone rates the byline date a likelier publication day than a day with no year; the shipped
    # modes keep the rules' report day, dated from the byline's year
    text = ("Keswick probation unit told to improve\n\nBy Ruth Dale, local democracy reporter\n\nWednesday 8 January "
            "2025\n\nThe inspectorate’s report on Keswick Probation Delivery Unit, released by HM Inspectorate of "
            "Probation on 30 December, rates it ‘Requires improvement’. Inspectors read case files and met staff in "
            "the first half of September 2024.")
    summary = summarise_text(text, models=models)
    assert summary["published"] == "2024-12-30" and summary["fieldwork"] == "2024-09"


# --- a rating given at an earlier time, by the time phrase after it or a clause back in the present ------------

@pytest.mark.parametrize("tail", ["last year", "at its last inspection", "in 2021", "three years ago", "previously"])
def test_a_neighbour_rated_at_an_earlier_time_is_neither_inspected_nor_the_rating(rules, roles, tail):
    text = ("Probation in Alston\n\nAlston Probation Delivery Unit has been rated ‘Good’, whereas neighbouring "
            f"Brampton Probation Delivery Unit was given ‘Inadequate’ {tail}. Report published on 4 March 2025.")
    for out in (facts(rules, text), facts(rules, text, roles)):
        assert [(s["name"], s["overall_rating"]) for s in out["services"]] == [("Alston Probation Delivery Unit", "Good")]
        assert out["overall_rating"] == "Good"


@pytest.mark.parametrize("sentence, overall", [
    ("Alston Youth Justice Service, last rated ‘Inadequate’ in a report published in May 2022, is now rated ‘Good’.",
     "Good"),
    ("Alston Youth Justice Service, which was previously rated ‘Outstanding’, has been judged ‘Requires improvement’.",
     "Requires improvement"),
    ("Alston Youth Justice Service, rated ‘Inadequate’ in 2020, has now been assessed as ‘Good’.", "Good"),
    ("Two years after it was rated ‘Inadequate’, Alston Youth Justice Service has been judged ‘Good’.", "Good"),
    ("When it was inspected in 2021, Alston Youth Justice Service was judged ‘Good’. This time inspectors rated it "
     "‘Inadequate’. The report was published on 2 April 2025.", "Inadequate"),
    ("Last year, neighbouring Brampton Youth Justice Service was judged ‘Outstanding’. Inspectors have now rated "
     "Alston Youth Justice Service ‘Good’.", None),
])
def test_a_clause_back_in_the_present_gives_the_current_rating(rules, sentence, overall):
    text = "Youth justice in Alston\n\n" + sentence
    out = facts(rules, text)
    if overall is None:  # the earlier verdict of another service is not the rating, whichever service is chosen
        assert out["overall_rating"] != "Outstanding"
    else:
        assert out["overall_rating"] == overall


@pytest.mark.parametrize("lead", [
    "Last year, neighbouring Brampton Youth Justice Service was judged ‘Outstanding’.",
    "When it was inspected in 2021, neighbouring Brampton Youth Justice Service was judged ‘Outstanding’.",
])
def test_a_service_named_only_in_the_past_is_not_the_inspected_one(rules, roles, lead):
    text = ("Youth justice in Alston\n\n" + lead + " Inspectors have now rated Alston Youth Justice Service ‘Good’. "
            "The report was published on 2 April 2025.")
    for out in (facts(rules, text), facts(rules, text, roles)):
        assert out["service"]["name"] == "Alston Youth Justice Service" and out["overall_rating"] == "Good"
        assert [s["name"] for s in out["services"]] == ["Alston Youth Justice Service"]


def test_a_service_named_in_the_past_and_in_the_present_stays_the_inspected_one(rules):
    # the service's own earlier verdict opens the release; it is still the service, and no partner takes its place
    text = ("Youth justice in Alston\n\nWhen it was last inspected in 2021, Alston Youth Justice Service was judged "
            "‘Good’. Alston Youth Justice Service has now been rated ‘Inadequate’. Brampton Youth Justice Service, "
            "its neighbour, offered help. The report was published on 2 April 2025.")
    out = facts(rules, text)
    assert out["service"]["name"] == "Alston Youth Justice Service" and out["overall_rating"] == "Inadequate"


@pytest.mark.parametrize("sentence, overall", [
    ("Alston Youth Justice Service, rated ‘Outstanding’ when the inspectorate last called in 2020, has this year been "
     "placed at the bottom of the scale, ‘Inadequate’.", "Inadequate"),
    ("Alston Youth Justice Service was graded ‘Good’ when HMI Probation previously inspected it; it is now graded "
     "‘Requires improvement’.", "Requires improvement"),
    # the first inspection, or the first under a new framework, is this one
    ("Alston Youth Justice Service has been rated ‘Good’ at its first inspection under the new standards.", "Good"),
])
def test_an_earlier_visit_or_a_first_inspection_after_a_rating(rules, roles, sentence, overall):
    # the role model may be sure of a mention the rules know to be an earlier verdict: it is never the rating
    text = "Youth justice in Alston\n\n" + sentence + " The report was published on 2 April 2025."
    for out in (facts(rules, text), facts(rules, text, roles)):
        assert out["overall_rating"] == overall


@pytest.mark.parametrize("sentence, overall", [
    ("Inspectors rated Alston Youth Justice Service ‘Requires improvement’.", "Requires improvement"),
    ("Inspectors assessed Alston Youth Justice Service as ‘Inadequate’.", "Inadequate"),
    ("Inspectors have commended Alston Youth Justice Service and rated it ‘Outstanding’.", "Outstanding"),
    ("The inspectorate’s verdict on Alston Youth Justice Service: ‘Good’.", "Good"),
    ("Alston Youth Justice Service has been rated ‘Good’; Haltwhistle, visited last year, was rated ‘Inadequate’.",
     "Good"),
])
def test_overall_rating_from_the_inspectors_as_agent_and_from_the_service_clause(rules, sentence, overall):
    assert facts(rules, "Youth justice in Alston\n\n" + sentence + " Staff were committed.")["overall_rating"] == overall


def test_a_past_time_after_a_rating_and_a_resumed_clause_are_features_and_gold_roles():
    text = ("Alston PDU news\n\nAlston PDU, previously rated ‘Inadequate’, is now rated ‘Good’, while Brampton PDU "
            "was rated ‘Outstanding’ last year.")
    spans = [(text.index(w), text.index(w) + len(w), "RATING") for w in ("Inadequate", "Good", "Outstanding")]
    entities = [(text.index("Alston PDU,"), text.index("Alston PDU,") + 10, "SERVICE"), *spans]
    sentences = [(0, 15), (17, len(text))]
    features = dict(release_mentions(text, sentences, sorted(entities)))
    assert "cue:resumed" in features[spans[1]] and "cue:resumed" not in features[spans[0]]
    assert "cue:past_after" in features[spans[2]] and "cue:past_after" not in features[spans[1]]
    facts_ = {"overall_rating": "Good", "ratings": []}
    assert gold_role(text, spans[2], facts_, sentences[1], sorted(entities)) == "previous"


@pytest.mark.parametrize("sentence, overall", [
    ("Alston Youth Justice Service scored ‘Good’ in its latest inspection.", "Good"),
    ("Alston Youth Justice Service now stands at ‘Requires improvement’, the inspectorate said.", "Requires improvement"),
    ("Alston Youth Justice Service is ‘Outstanding’, according to inspectors.", "Outstanding"),
    # a sole rating that grades one area, a rating in the notes, or one in a sentence not naming the service: none
    ("Alston Youth Justice Service came out ‘Good’ for its work with victims.", None),
    ("Children in Alston were well supported. The work with victims was ‘Good’.", None),
    ("Alston Youth Justice Service aims to reach ‘Outstanding’ by its next inspection.", None),
    ("Alston Youth Justice Service was not given a ‘Good’ rating this time.", None),
])
def test_a_sole_rating_after_the_service_without_a_cue(rules, sentence, overall):
    text = "Youth justice in Alston\n\n" + sentence + "\n\nNotes to editors\n\nServices rated ‘Inadequate’ get a revisit."
    assert facts(rules, text)["overall_rating"] == overall


@pytest.mark.parametrize("sentence, overall, ratings", [
    # two ratings in one sentence, the second an aspect's: the first is the overall rating
    ("Alston Youth Justice Service has been rated ‘Good’ at its first inspection under the new standards, and its "
     "resettlement work ‘Requires improvement’.", "Good", [("resettlement", "Requires improvement")]),
    ("Alston Youth Justice Service has been judged ‘Inadequate’, and its work with victims ‘Good’.", "Inadequate",
     [("work with victims", "Good")]),
    # a rating for one area is no overall rating
    ("Alston Youth Justice Service has been rated ‘Good’ for its leadership, and its resettlement work ‘Requires "
     "improvement’.", None, None),
])
def test_an_overall_rating_beside_an_aspect_rating_in_one_sentence(rules, sentence, overall, ratings):
    text = "Youth justice in Alston\n\n" + sentence + " The report was published on 2 April 2025."
    out = facts(rules, text)
    assert out["overall_rating"] == overall
    if ratings is not None:
        assert ratings_match([{"aspect": aspect, "rating": rating} for aspect, rating in ratings], out["ratings"])


@pytest.mark.parametrize("year, overall", [("2025", "Good"), ("2021", None)])
def test_a_year_is_past_only_before_the_release_year(rules, year, overall):
    # "was rated ‘Good’ in 2025" in a 2025 release is this inspection; in 2021, an earlier one
    text = (f"Youth justice in Alston\n\nAlston Youth Justice Service was rated ‘Good’ in {year} by HM Inspectorate "
            "of Probation. The report was published on 2 April 2025.")
    assert facts(rules, text)["overall_rating"] == overall


@pytest.mark.slow
def test_served_sets_train_the_role_model_and_are_never_scored():
    """`roles_extra` (the served held-out sets) joins the role model's training in every fold and for the test
    sets, while grouped CV still scores the training releases alone, each once."""
    from nlp.annotations import load_served
    from nlp.entities.evaluation import compare_fact_modes

    train, extra = load_dataset()[:12], load_served(leave_out={"heldout-shapes"})[:20]
    test = load_served()[-3:]
    plain = compare_fact_modes(train, {"t": test}, n_splits=2)
    more = compare_fact_modes(train, {"t": test}, n_splits=2, roles_extra=extra)
    for result in (plain, more):
        assert all(block["facts"]["service"]["n"] == len(train) for block in result["grouped_cv"].values())
        assert all(block["facts"]["service"]["n"] == len(test) for block in result["t"].values())
    # the role model that learnt from more releases scores the same mentions otherwise
    release = test[0]
    spans = [(s, e) for s, e, _ in release.sentences]
    small = fit_roles(train).score(release.text, spans, release.entities)
    large = fit_roles(train + extra).score(release.text, spans, release.entities)
    assert [m for m, _ in small] == [m for m, _ in large] and small != large


# --- set 11's shapes (our own wording): the report's day told relative to the page, a month range, shares ----------

@pytest.mark.parametrize("page, sentence, published", [
    # a by-line date two days after the report
    ("By Anna Price\n\nFriday 14 March 2025", "It was rated in an inspection report released on Wednesday.", "2025-03-12"),
    ("Published: 09:30, 6 Jun 2025\nUpdated: 11:00, 7 Jun 2025", "The report, issued yesterday (Thursday), rates it.",
     "2025-06-05"),
    ("Posted on: Monday 10 November 2025", "The inspectorate’s report came out on Friday 7 November.", "2025-11-07"),
    # no report day, a report still to come, or a day that does not fit: the page date stays
    ("By Anna Price\n\nFriday 14 March 2025", "Staff were told on Wednesday.", "2025-03-14"),
    ("By Anna Price\n\nFriday 14 March 2025", "The next report will be published on Wednesday.", "2025-03-14"),
    ("Published: 09:30, 6 Jun 2025", "The report, issued yesterday (Monday), rates it.", "2025-06-06"),
])
def test_the_report_day_told_relative_to_the_page_date(rules, page, sentence, published):
    text = f"Llanfrothen probation unit inspected\n\n{page}\n\n{sentence} Llanfrothen Probation Delivery Unit was rated ‘Good’."
    assert facts(rules, text)["published"] == published


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors carried out fieldwork between late May and early June 2024.", "2024-05"),
    ("The fieldwork ran from the end of December to mid January 2025.", "2024-12"),
    ("HM Inspectorate of Probation inspected Llanfrothen Probation Delivery Unit, Corwen Probation Delivery Unit and Ruthin "
     "Probation Delivery Unit in turn, over a fortnight from 3 March 2025.", "2025-03"),
])
def test_fieldwork_month_of_a_range_or_a_long_list(rules, sentence, month):
    text = f"Llanfrothen PDU rated ‘Good’\n\nPublished 2 July 2025\n\nLlanfrothen Probation Delivery Unit was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


def test_inspectors_sent_in_a_bare_month_date_it_from_the_byline(rules):
    text = ("Rhyl youth service told to improve\n\nFriday 17 January 2025\n\nThe inspectorate sent a team of "
            "inspectors to Rhyl Youth Justice Service in October. Rhyl Youth Justice Service was rated ‘Good’.")
    assert facts(rules, text)["fieldwork"] == "2024-10"


@pytest.mark.parametrize("sentence, overall", [
    # the region's rating named before the unit's own
    ("Wales is a probation region with a regional rating of ‘Inadequate’, and one of its units, Llanfrothen Probation "
     "Delivery Unit, has now been judged ‘Good’.", "Good"),
    # the aspect's rating first, the overall one marked by "overall" after it
    ("While its victim work, which inspectors grade on its own, was ‘Outstanding’, Llanfrothen Probation Delivery Unit was "
     "given ‘Requires improvement’ overall.", "Requires improvement"),
])
def test_the_units_own_rating_beside_its_regions_or_an_aspects(rules, sentence, overall):
    text = f"Llanfrothen probation unit inspected\n\nPublished 2 July 2025\n\n{sentence} Staff were committed."
    assert facts(rules, text)["overall_rating"] == overall


def test_bare_places_rated_together_after_their_full_names(rules):
    text = ("Three Gwynedd probation units inspected\n\nPublished 2 July 2025\n\nThe inspectorate has today published "
            "reports on Llanfrothen Probation Delivery Unit, Corwen Probation Delivery Unit and Pennal Probation Delivery Unit. "
            "Inspectors judged Corwen to be ‘Inadequate’; Llanfrothen and Pennal each received ‘Good’.")
    out = facts(rules, text)
    assert [(s["name"], s["overall_rating"]) for s in out["services"]] == [
        ("Llanfrothen Probation Delivery Unit", "Good"), ("Corwen Probation Delivery Unit", "Inadequate"),
        ("Pennal Probation Delivery Unit", "Good")]
    assert out["overall_rating"] == "Good"


def test_a_service_rated_in_the_past_and_now_in_one_clause(rules):
    text = ("Two Conwy units inspected\n\nPublished 2 July 2026\n\nInspectors have reported on Abergele Probation "
            "Delivery Unit and Llanrwst Probation Delivery Unit. Abergele, inspected in March, was judged ‘Good’, and "
            "Llanrwst, which had been rated ‘Outstanding’ in 2022, is now ‘Inadequate’.")
    out = facts(rules, text)
    assert [(s["name"], s["overall_rating"]) for s in out["services"]] == [
        ("Abergele Probation Delivery Unit", "Good"), ("Llanrwst Probation Delivery Unit", "Inadequate")]


@pytest.mark.parametrize("cue", ["Inspectors visited both services in May 2025.",
                                 "The inspection of our two youth justice services took place in May 2025."])
def test_a_second_service_of_a_release_on_both(rules, cue):
    text = ("Results for Denbigh and Prestatyn youth justice\n\nPublished 2 July 2025\n\nDenbigh Youth Justice Service "
            f"has been judged ‘Good’. Prestatyn Youth Justice Service was given ‘Inadequate’. {cue}")
    out = facts(rules, text)
    assert [(s["name"], s["overall_rating"]) for s in out["services"]] == [
        ("Denbigh Youth Justice Service", "Good"), ("Prestatyn Youth Justice Service", "Inadequate")]
    # without the cue the other service is a neighbour named as context
    alone = facts(rules, text.replace(cue, "Staff were committed."))
    assert [s["name"] for s in alone["services"]] == ["Denbigh Youth Justice Service"]


def test_a_numbered_note_gives_the_publication_date_of_the_reports(rules):
    text = ("Two Conwy units inspected\n\nAbergele Probation Delivery Unit was rated ‘Good’.\n\nNotes to editors\n"
            "1. Publication date of the reports: 21/05/2025.\n2. The inspectorate is independent.")
    assert facts(rules, text)["published"] == "2025-05-21"


# --- the misses of the twelfth and thirteenth shapes sets (issue #16), in our own wording -------------------------

@pytest.mark.parametrize("sentence, published", [
    # "came out last <weekday> (<day month>)" under a later by-line: the report's day
    ("Reports on both Wrexham units came out last Tuesday (11 March) from the inspectorate.", "2025-03-11"),
    ("The inspectorate’s findings came out last Monday.", "2025-03-10"),
    # the day in brackets does not fit the weekday: the page date stays
    ("Reports on both Wrexham units came out last Tuesday (12 March) from the inspectorate.", "2025-03-14"),
])
def test_a_report_that_came_out_last_weekday_under_a_later_byline(rules, sentence, published):
    text = f"Llanfrothen probation unit inspected\n\nBy Anna Price\n\nFriday 14 March 2025\n\n{sentence} Llanfrothen Probation " \
           "Delivery Unit was rated ‘Good’."
    assert facts(rules, text)["published"] == published


@pytest.mark.parametrize("line", ["The report came out last Tuesday (11 March).", "It was published on Monday.",
                                  "The findings went online on Friday 7 March.", "It was made public yesterday.",
                                  "The inspectorate put out its reports on Llanfrothen and Pennal on Tuesday."])
def test_the_report_day_pre_filter_lets_every_report_day_through(line):
    from nlp.entities.facts.report_day import _REPORT_DAY, may_be_report_day
    assert _REPORT_DAY.search(line) and may_be_report_day(line)


def test_the_report_day_pre_filter_never_drops_a_sentence_of_our_releases():
    # a necessary condition: wherever `_REPORT_DAY` matches, in any sentence of the training and held-out releases
    import glob
    import re

    from nlp.corpus import PROJECT_ROOT
    from nlp.entities.facts.report_day import _REPORT_DAY, may_be_report_day
    texts = [r.text for r in load_dataset()]
    texts += [json.loads(open(p, encoding="utf-8").read())["text"]
              for p in glob.glob(str(PROJECT_ROOT / "annotations" / "heldout*" / "*.json"))]
    lines = [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n", text)]
    assert len(lines) > 5000 and any(_REPORT_DAY.search(line) for line in lines)
    assert [line for line in lines if _REPORT_DAY.search(line) and not may_be_report_day(line)] == []
    assert sum(map(may_be_report_day, lines)) < len(lines) / 4  # it does filter


@pytest.mark.parametrize("sentence, month", [
    # a year-less month opening the sentence, the inspectors' work right after it
    ("During May, inspectors read 30 case files and met staff.", "2025-05"),
    ("In March, the inspectors visited the unit’s two offices.", "2025-03"),
    # the month after a clause set off by commas that describes the place
    ("Inspectors spent a week at the office, which serves 1,400 people across Gwynedd, in April.", "2025-04"),
    # not the inspectors' work, or the month dates another event
    ("During May, the unit moved to new offices.", None),
    ("Inspectors read the cases of men who were released in April.", None),
    ("Inspectors met staff, who had started in April, and managers.", None),
])
def test_a_year_less_fieldwork_month_before_the_visit_or_after_an_aside(rules, sentence, month):
    text = f"Llanfrothen PDU rated ‘Good’\n\nPublished 2 July 2025\n\nLlanfrothen Probation Delivery Unit was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


@pytest.mark.parametrize("note, published", [
    ("1. Publication of this report: Tuesday 4 March 2025.", "2025-03-04"),
    ("1. The report’s publication date is 4 March 2025.", "2025-03-04"),
])
def test_a_notes_line_naming_this_reports_publication(rules, note, published):
    text = f"Llanfrothen PDU rated ‘Good’\n\nLlanfrothen Probation Delivery Unit was rated ‘Good’.\n\nNotes to editors\n{note}"
    assert facts(rules, text)["published"] == published


@pytest.mark.parametrize("sentence, month", [
    ("The inspection lasted two weeks, starting on 3 March 2025.", "2025-03"),
    ("HM Inspectorate of Probation had a team in Llanfrothen for a week from 10 March 2025.", "2025-03"),
    ("The inspectorate sent inspectors to Llanfrothen in the week of 10 March 2025.", "2025-03"),
])
def test_fieldwork_told_by_how_long_the_inspection_lasted_or_where_the_team_was(rules, sentence, month):
    text = f"Llanfrothen PDU rated ‘Good’\n\nPublished 2 July 2025\n\nLlanfrothen Probation Delivery Unit was rated ‘Good’. {sentence}"
    assert facts(rules, text)["fieldwork"] == month


# --- the misses of the nineteenth and twentieth shapes sets (issue #16), in our own wording -----------------------

@pytest.mark.parametrize("current", [
    "Corwen Youth Justice Service has been branded ‘Inadequate’ by the watchdog.",
    "Corwen Youth Justice Service was labelled ‘Inadequate’ after a visit from inspectors.",
    "Corwen Youth Justice Service has been declared ‘Inadequate’ by HM Inspectorate of Probation.",
    "Corwen Youth Justice Service was marked down as ‘Inadequate’.",
    "Corwen Youth Justice Service has been classed as ‘Inadequate’.",
])
@pytest.mark.parametrize("previous", [
    "Inspectors had rated the service ‘Good’ on their previous visit, in 2020.",
    "The inspectorate had judged it ‘Good’ when it last called.",
    "It had been deemed ‘Good’ on the last inspection.",
])
def test_a_label_put_on_the_service_beside_a_past_perfect_previous_rating(rules, current, previous):
    text = f"Youth team in Corwen ‘letting children down’\n\nBy Anna Price\n\n12 June 2025\n\n{current} {previous}"
    out = facts(rules, text)
    assert out["overall_rating"] == "Inadequate"
    assert [s["overall_rating"] for s in out["services"]] == ["Inadequate"]


@pytest.mark.parametrize("sentence, cue", [
    ("Llanfrothen PDU was named ‘Outstanding’.", True),
    ("Llanfrothen PDU was labelled as ‘Good’ by inspectors.", True),
    # a name or a label that is not a rating
    ("A new head of Llanfrothen PDU was named in March.", False),
    ("Files were labelled as urgent.", False),
])
def test_a_label_verb_is_a_rating_cue_only_right_before_a_rating(sentence, cue):
    from nlp.entities.facts.ratings import _OVERALL_CUE
    assert bool(_OVERALL_CUE.search(sentence)) is cue


@pytest.mark.parametrize("sentence, published", [
    # a verb of publishing with the reports as its object, what they are on between it and the day
    ("HM Inspectorate of Probation put out its reports on Llanfrothen Youth Justice Service and Pennal Youth Justice Service "
     "on Tuesday (11 March).", "2025-03-11"),
    ("The inspectorate released its findings on Wednesday.", "2025-03-12"),
    ("The watchdog issued its report on the unit on Monday 10 March.", "2025-03-10"),
    ("The inspectorate published its findings on Wednesday (12 March).", "2025-03-12"),
    ("The inspectorate made its findings public on Tuesday.", "2025-03-11"),
    # a report still to come, a clause between, another event's day, a day that does not fit: the page date stays
    ("The inspectorate will put out its report on Tuesday.", "2025-03-14"),
    ("The inspectorate issued a report that staff read on Tuesday.", "2025-03-14"),
    ("The watchdog released its findings on the unit, which met on Monday.", "2025-03-14"),
    ("The inspectorate published the report, ahead of a meeting on Thursday.", "2025-03-14"),
    ("HM Inspectorate of Probation put out its reports on Llanfrothen Youth Justice Service on Tuesday (12 March).",
     "2025-03-14"),
])
def test_the_report_day_after_other_verbs_of_publishing(rules, sentence, published):
    text = f"Llanfrothen youth service inspected\n\nBy Anna Price\n\nFriday 14 March 2025\n\n{sentence} Llanfrothen Youth Justice " \
           "Service was rated ‘Good’."
    assert facts(rules, text)["published"] == published
