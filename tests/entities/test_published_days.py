"""The publication day where a page tells it in unusual ways: the report's day as a sentence's subject, a page
dated only by its "Last updated" line, the report's day as its attribute ("its Tuesday (28 May) report") or in
brackets after "today's report"; and the fieldwork month where "the inspection team's visit began" on a day."""

import pytest

from nlp.entities import extract_facts


def published(nlp, text):
    return extract_facts(nlp(text))["published"]


@pytest.mark.parametrize("sentence, day", [
    ("Wednesday (12 March) saw the publication of the inspectorate’s reports on Glanrafon Youth Justice Service and Pentrefoel "
     "Youth Justice Service.", "2025-03-12"),
    ("Tuesday saw the release of the watchdog’s findings on Glanrafon Youth Justice Service.", "2025-03-11"),
    ("Yesterday saw the publication of its report on Glanrafon Youth Justice Service.", "2025-03-13"),
    ("Last Monday, 10 March, saw the publication of the inspection report.", "2025-03-10"),
    # a day that does not fit the page, another month, something else published: the page date stays
    ("Wednesday (11 March) saw the publication of the inspectorate’s reports on Glanrafon Youth Justice Service.",
     "2025-03-14"),
    ("Wednesday (12 February) saw the publication of the inspectorate’s report on Glanrafon Youth Justice Service.",
     "2025-03-14"),
    ("Wednesday saw the publication of a new plan for Glanrafon’s schools.", "2025-03-14"),
    ("Staff said Wednesday saw the publication of the inspectorate’s reports.", "2025-03-14"),
])
def test_the_report_day_as_the_subject_of_saw_the_publication(rules, sentence, day):
    text = f"Glanrafon youth service inspected\n\nBy Nia Ellwood\n\nFriday 14 March 2025\n\n{sentence} Glanrafon Youth Justice " \
           "Service was rated ‘Good’."
    assert published(rules, text) == day


def test_the_subject_form_passes_the_report_day_pre_filter():
    from nlp.entities.facts.report_day import _REPORT_DAY_SUBJECT, may_be_report_day
    for line in ["Tuesday (11 March) saw the publication of its reports.", "Monday saw the release of its findings."]:
        assert _REPORT_DAY_SUBJECT.match(line) and may_be_report_day(line)


_REPORT = "The inspectorate’s report, released today, rates Glanrafon Youth Justice Service ‘Good’. "


@pytest.mark.parametrize("page, body, day", [
    # the page's only day, and the report out today: that day
    ("Last updated: 3 June 2025", _REPORT + "Inspectors visited between 7 and 11 April 2025.", "2025-06-03"),
    ("Updated on 3 June 2025", "Glanrafon Youth Justice Service was rated ‘Good’ in a report published today.",
     "2025-06-03"),
    # a "Published" day beside it wins
    ("Published: 2 June 2025\n\nLast updated: 3 June 2025", _REPORT, "2025-06-02"),
    # no "today", or another day on the page: unsure, so none
    ("Last updated: 3 June 2025", "The inspectorate’s report rates Glanrafon Youth Justice Service ‘Good’.", None),
    ("Last updated: 3 June 2025", _REPORT + "The board met on 14 May 2025 to plan for it.", None),
    ("Last updated: 3 June 2025", "Figures released today show Glanrafon Youth Justice Service was rated ‘Good’.", None),
])
def test_a_last_updated_line_dates_a_report_out_today(rules, page, body, day):
    text = f"Home › News\n\nGlanrafon youth service rated ‘Good’\n\n{page}\n\n{body}"
    assert published(rules, text) == day


@pytest.mark.parametrize("sentence, day", [
    ("The watchdog rated Glanrafon Youth Justice Service ‘Good’ in its Wednesday (12 March) report.", "2025-03-12"),
    ("Tuesday’s report rated Glanrafon Youth Justice Service ‘Good’.", "2025-03-11"),
    ("Glanrafon Youth Justice Service was rated ‘Good’ in a report on Wednesday (12 March).", "2025-03-12"),
    # a day that does not fit the page, or the topic of the report: the page date stays
    ("The watchdog rated Glanrafon Youth Justice Service ‘Good’ in its Wednesday (11 March) report.", "2025-03-14"),
    ("Glanrafon Youth Justice Service was rated ‘Good’ in its Wednesday (12 February) report.", "2025-03-14"),
    ("Glanrafon Youth Justice Service was rated ‘Good’ in a report on Wednesday’s meeting.", "2025-03-14"),
])
def test_the_report_day_as_an_attribute_of_the_report(rules, sentence, day):
    text = f"Glanrafon youth service inspected\n\nBy Nia Ellwood\n\nFriday 14 March 2025\n\n{sentence} Inspectors " \
           "visited in January 2025."
    assert published(rules, text) == day


@pytest.mark.parametrize("sentence, day", [
    ("Today’s report (Wednesday, 12 March) rates Glanrafon Youth Justice Service ‘Good’.", "2025-03-12"),
    # the weekday does not fit the year the fieldwork gives: none
    ("Today’s report (Tuesday, 12 March) rates Glanrafon Youth Justice Service ‘Good’.", None),
])
def test_the_day_in_brackets_after_todays_report(rules, sentence, day):
    text = f"Glanrafon youth service rated ‘Good’\n\n{sentence} The inspection took place in January 2025."
    assert published(rules, text) == day


@pytest.mark.parametrize("sentence, month", [
    ("The inspection team’s visit began on 6 October 2024.", "2024-10"),
    ("The inspectors’ visit started in late October 2024.", "2024-10"),
])
def test_the_inspectors_visit_began(rules, sentence, month):
    text = f"Glanrafon youth service rated ‘Good’\n\nGlanrafon Youth Justice Service was rated ‘Good’. {sentence}"
    assert extract_facts(rules(text))["fieldwork"] == month
