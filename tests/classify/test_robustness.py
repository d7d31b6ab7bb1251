"""A sentence keeps its label when names, places, dates, numbers or typography change (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp.classify.evaluation import in_a_release

PLACES = ["Barnsley", "Waltham Forest", "Gwynedd", "Stockton-on-Tees", "Norwich", "Brighton and Hove", "Wirral",
          "Ynys M\u00f4n", "Kingston and Richmond", "Leeds North"]
PEOPLE = ["Martin Jones", "Justin Russell", "Glenys Stacey", "Priya Kendrick", "Sian Evans"]
MONTHS = ["January", "March", "June", "September", "November"]
BULLETS = ["", "\u2022 ", "- ", "* ", "\u25aa ", "\u2013 ", "1. ", "(a) ", "3) "]

TEMPLATES = [
    ("Inspectors were impressed by the work of {place} YJS with local schools.", "STRENGTH"),
    ("Planning to keep other people safe in {place} was not always sufficient.", "WEAKNESS"),
    ("The report makes {n} recommendations for {place} PDU.", "RECOMMENDATION"),
    ("The inspection of {place} took place in {month} {year}.", "NEUTRAL"),
    ("{person} said: \"Staff in {place} should be proud of what they have achieved.\"", "STRENGTH"),
]
NUMBERS = ["two", "four", "six", "seven", "nine"]


def _label(model, sentence: str) -> str:
    """The label of a sentence met in the body of a small release (after a headline and an intro)."""
    items, index = in_a_release(sentence)
    return str(model.predict(items)[index])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.sampled_from(TEMPLATES), place=st.sampled_from(PLACES), person=st.sampled_from(PEOPLE),
       month=st.sampled_from(MONTHS), year=st.integers(2015, 2026), n=st.sampled_from(NUMBERS))
def test_label_survives_names_places_dates_numbers(small_model, template, place, person, month, year, n):
    text, gold = template
    assert _label(small_model, text.format(place=place, person=person, month=month, year=year, n=n)) == gold


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.sampled_from(TEMPLATES), bullet=st.sampled_from(BULLETS), curly=st.booleans(),
       nbsp=st.booleans())
def test_label_survives_typography(small_model, template, bullet, curly, nbsp):
    text, gold = template
    sentence = text.format(place="Barnsley", person="Martin Jones", month="June", year=2024, n="four")
    base = _label(small_model, sentence)
    variant = sentence
    if curly:
        variant = variant.replace(': "', ": \u201c").replace('."', ".\u201d").replace("'", "\u2019")
    if nbsp:
        variant = variant.replace(" ", "\u00a0", 3)
    variant = bullet + variant
    assert base == gold
    assert _label(small_model, variant) == base
