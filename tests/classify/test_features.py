"""Sentence items and context features on real sentences from the shipped corpus."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.utils.estimator_checks import (check_get_params_invariance, check_no_attributes_set_in_init,
                                            check_parameters_default_constructible, check_set_params)

from nlp.classify import ContextFeatures, ItemText, make_items, normalise_text, split_clauses
from nlp.classify.features import case_ratio, item_role, polarity
from nlp.classify.lexicon import freeze, load_lexicon, tokenize

BARNSLEY = "barnsley-yjs-2023"


@pytest.fixture(scope="module")
def barnsley(dataset):
    release = next(r for r in dataset if r.id == BARNSLEY)
    items = make_items(release.text, [(s, e) for s, e, _ in release.sentences], release.entities)
    return release, items


@pytest.mark.parametrize("sentence, main, concession", [
    ("Although the panel worked well, checks were not always made.", "checks were not always made.",
     "Although the panel worked well"),
    ("Despite a rise in referrals, every child was seen within a week.", "every child was seen within a week.",
     "Despite a rise in referrals"),
    ("Staff at Waltham Forest know what 'Good' looks like but need to demonstrate this more consistently in practice.",
     "need to demonstrate this more consistently in practice.", "Staff at Waltham Forest know what 'Good' looks like"),
    ("Resettlement policy and provision was separately rated 'Good', although the written policy had not been "
     "reviewed since 2020.", "Resettlement policy and provision was separately rated 'Good'",
     "although the written policy had not been reviewed since 2020."),
])
def test_split_clauses_finds_the_main_point(sentence, main, concession):
    assert split_clauses(sentence)[:2] == (main, concession)


def test_concession_main_clause_features_point_the_right_way():
    items = make_items("While staff were committed, management oversight was inconsistent.", [(0, 66)])
    features = ContextFeatures().fit(items)
    row = dict(zip(features.get_feature_names_out(), features.transform(items)[0]))
    assert row["clause_concession_start"] == 1.0
    assert row["main_criticism"] > 0 and row["main_praise"] == 0
    assert row["conc_praise"] > 0
    assert row["main_sign"] == -1.0


def test_negation_scope_turns_praise_into_criticism():
    key = freeze(load_lexicon())
    praise, _, praise_negated, _ = polarity(key, "Work with victims was not effective.")
    assert (praise, praise_negated) == (0, 1)
    # A phrase that carries its own negation is criticism, and its praise word is not counted twice.
    assert polarity(key, "This is not good enough for the children of this borough.")[:3] == (0, 1, 0)
    assert polarity(key, "There were no concerns about the board.")[3] == 1  # criticism negated


def test_roles_of_a_real_release(barnsley):
    release, items = barnsley
    texts = [item["text"] for item in items]
    assert items[0]["is_headline"] and item_role(items[0]) == "headline"
    quote = texts.index(next(t for t in texts if t.startswith("Case managers in Barnsley YJS")))
    assert items[quote]["in_quote"], "a sentence inside a quote that opened in the previous sentence"
    ends = texts.index("ENDS")
    assert all(item["in_notes"] for item in items[ends:]) and not any(item["in_notes"] for item in items[:ends])
    assert all(item["is_list_item"] for item in items[ends + 2:]), "numbered notes are list items"
    assert "SERVICE" in items[1]["entities"]
    assert items[1]["prev"] == items[0]["text"] and items[1]["next"] == items[2]["text"]


def test_list_items_know_their_lead_in():
    text = ("The report makes six recommendations, among them that Bristol YJS should:\n"
            "\u2022 improve the quality of assessment\n"
            "\u2022 strengthen management oversight.\n\nENDS")
    parts = ["The report makes six recommendations, among them that Bristol YJS should:",
             "\u2022 improve the quality of assessment", "\u2022 strengthen management oversight.", "ENDS"]
    spans = [(text.index(p), text.index(p) + len(p)) for p in parts]
    items = make_items(text, spans)
    assert items[0]["is_leadin"]
    assert [item["is_list_item"] for item in items[1:3]] == [True, True]
    assert items[1]["leadin"] == items[0]["text"] and items[2]["leadin"] == items[0]["text"]
    assert items[3]["leadin"] == "" and items[3]["in_notes"]


def test_normalise_text_removes_typography_and_digits():
    assert normalise_text("\u2022\u00a0In 21 of 24 cases, \u2018Good\u2019") == "In 00 of 00 cases, 'Good'"
    assert normalise_text("  3. The report") == "The report"
    assert tokenize("Didn't") == ("did", "not")


def test_case_ratio_reads_figures():
    assert case_ratio("sufficient in only 11 of 25 cases") == pytest.approx(0.44)
    assert case_ratio("in 94 per cent of the cases") == pytest.approx(0.94)
    assert case_ratio("no figures here") is None


@pytest.mark.parametrize("estimator", [ContextFeatures(), ItemText("main", prefix="m_")])
def test_transformers_follow_sklearn_conventions(estimator):
    name = type(estimator).__name__
    check_no_attributes_set_in_init(name, estimator)
    check_parameters_default_constructible(name, estimator)
    check_get_params_invariance(name, estimator)
    check_set_params(name, estimator)
    assert clone(estimator).get_params() == estimator.get_params()


def test_context_features_are_a_stable_dense_matrix(barnsley):
    _, items = barnsley
    features = ContextFeatures().fit(items)
    matrix = features.transform(items)
    assert matrix.shape == (len(items), len(features.get_feature_names_out()))
    assert np.isfinite(matrix).all()
    assert features.fit(items) is features
    off = ContextFeatures(neighbours=False, roles=False).fit(items)
    assert off.transform(items).shape[1] < matrix.shape[1]


def test_docstring_examples_run():
    import doctest

    from nlp.classify import evaluation, features, items, lexicon, model

    for module in (features, items, lexicon, evaluation, model):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_another_services_rating_is_marked_as_context():
    from nlp.classify.items import context_features
    from nlp.vocab import service_place_key
    from nlp.classify.lexicon import freeze, load_lexicon

    text = ("Sefton PDU rated 'Requires improvement'\n\nSefton Probation Delivery Unit was rated 'Good' for leadership. "
            "Neighbouring Knowsley PDU was rated 'Good' in July.")
    first = text.index("Sefton Probation")
    second = text.index("Neighbouring")
    entities = [(0, 10, "SERVICE"), (first, first + 30, "SERVICE"), (first + 41, first + 45, "RATING"),
                (second + 12, second + 24, "SERVICE"), (second + 37, second + 41, "RATING")]
    items = make_items(text, [(0, 39), (first, second - 1), (second, len(text))], entities)
    assert [item["other_service"] for item in items] == [False, False, True]
    lexicon = load_lexicon()
    feats = [context_features(item, freeze(lexicon), sorted(lexicon))["other_service_rating"] for item in items]
    assert feats == [0.0, 0.0, 1.0]
    assert service_place_key("Knowsley PDU") != service_place_key("Sefton PDU")


@pytest.mark.parametrize("sentence, expected", [
    ("The PDU came within a single point of an overall rating of 'Inadequate'.", 1.0),
    ("It was only rescued from an overall 'Inadequate' rating by its unpaid work.", 1.0),
    ("The YOS narrowly missed a 'Good' rating overall.", 1.0),
    ("When it was last inspected, in 2019, it was rated 'Requires improvement'.", 0.0),
])
def test_a_near_miss_of_another_rating_is_a_feature(sentence, expected):
    from nlp.classify.items import context_features
    from nlp.classify.lexicon import freeze, load_lexicon

    lexicon = load_lexicon()
    item = make_items(sentence, [(0, len(sentence))])[0]
    assert context_features(item, freeze(lexicon), sorted(lexicon))["near_miss"] == expected


@pytest.mark.parametrize("sentence, expected", [
    # tie-break 3: an aspect rated on its own takes its rating's side; mixed ratings make a weakness
    ("Resettlement work, which inspectors rated separately, was found to be ‘Outstanding’.", (1.0, 0.0, 0.0)),
    ("Inspectors gave separate ratings to leadership, ‘Good’, and to services, ‘Inadequate’.", (0.0, 1.0, 0.0)),
    ("Its unpaid work was judged ‘Requires improvement’.", (0.0, 1.0, 0.0)),
    # the overall rating with no aspect named: the announcement, NEUTRAL
    ("The inspectorate’s assessment of Andover Probation Delivery Unit is that it ‘Requires improvement’.",
     (0.0, 0.0, 1.0)),
    # no quoted rating: a good word is not a rating
    ("Leadership was good and staff felt supported.", (0.0, 0.0, 0.0)),
])
def test_an_aspect_rated_on_its_own_is_told_from_the_overall_rating(sentence, expected):
    from nlp.classify.items import context_features
    from nlp.classify.lexicon import freeze, load_lexicon

    lexicon = load_lexicon()
    item = make_items(sentence, [(0, len(sentence))])[0]
    feats = context_features(item, freeze(lexicon), sorted(lexicon))
    assert (feats["aspect_rated_good"], feats["aspect_rated_poor"], feats["rating_without_aspect"]) == expected
