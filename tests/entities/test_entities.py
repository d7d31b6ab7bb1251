"""Entity pipeline: segmentation, patterns, normalisation, facts, robustness and a small training run."""

import re

import pytest

from nlp.annotations import load_dataset
from nlp.entities import build_pipeline, extract_facts, load_pipeline, sentence_spans, split_sentences, train_pipeline
from nlp.entities.normalise import normalise_date, normalise_rating, normalise_service


@pytest.fixture(scope="module")
def releases():
    return {r.id: r for r in load_dataset()}


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


# --- segmentation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Westminster YJS rated ‘Good’\n\nIt was rated well. Mr Jones said so.",
     ["Westminster YJS rated ‘Good’", "It was rated well.", "Mr Jones said so."]),
    ("He said: “This is particularly strong.” Then he left.", ["He said: “This is particularly strong.”", "Then he left."]),
    ("ENDS\n\nNotes to editors\n  1. The report is out. It is long.\n  2. Dr Smith, e.g. the head, spoke.",
     ["ENDS", "Notes to editors", "1. The report is out.", "It is long.", "2. Dr Smith, e.g. the head, spoke."]),
    ("Is probation in Hertfordshire keeping people safe? Inspectors give a mixed answer\n\nBody text here.",
     ["Is probation in Hertfordshire keeping people safe? Inspectors give a mixed answer", "Body text here."]),
    ("Intro.\n\n• First point here.\n• Second point, HM Inspectorate of Probation said.",
     ["Intro.", "• First point here.", "• Second point, HM Inspectorate of Probation said."]),
])
def test_segmentation_cases(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_component_sentences_match_function(rules):
    text = "Headline here\n\nOne sentence. Another “quoted.” Third."
    assert sentence_spans(rules(text)) == split_sentences(text)


def test_segmentation_reproduces_gold_sentences(releases):
    total = exact = 0
    for release in releases.values():
        predicted = set(split_sentences(release.text))
        for start, end, _ in release.sentences:
            piece = release.text[start:end]
            s = start + len(piece) - len(piece.lstrip())
            total += 1
            exact += (s, s + len(piece.strip())) in predicted
    assert exact / total >= 0.98


_FLAT = ("Leeds YJS rated ‘Good’ by inspectors, who praise its work with children and families\n\n"
         "Leeds Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation. "
         "Fieldwork took place in April 2024, and inspectors praised the service’s work with children and families. "
         "The report, published on 17 September 2024, makes four recommendations.\n\nENDS\n\nNotes to editors\n"
         "1. The report is on the website.")


def test_a_hard_wrapped_release_reads_as_its_unwrapped_text(rules):
    # text copied from an e-mail or a PDF: line breaks inside paragraphs at about 80 columns, inside names and dates
    for width in (40, 60, 72):
        wrapped = list(_FLAT)
        column, space = 0, None
        for i, char in enumerate(_FLAT):  # greedy, as a mail client or a PDF export breaks lines
            column, space = (0, None) if char == "\n" else (column + 1, i if char == " " else space)
            if column > width and space is not None:
                wrapped[space] = "\n"
                column, space = i - space, None
        _same_as_flat(rules, "".join(wrapped))


def _same_as_flat(rules, wrapped):
    assert len(wrapped) == len(_FLAT) and wrapped.count("\n") >= _FLAT.count("\n") + 3
    assert ents(rules, wrapped) == ents(rules, _FLAT)
    assert ("Leeds Youth Justice Service", "SERVICE") in ents(rules, wrapped)
    assert sentence_spans(rules(wrapped)) == sentence_spans(rules(_FLAT))
    facts = extract_facts(rules(wrapped))
    assert facts == extract_facts(rules(_FLAT)) and facts["published"] == "2024-09-17" and facts["fieldwork"] == "2024-04"


def test_line_breaks_of_an_unwrapped_release_stay_sentence_ends(rules):
    # lines of different lengths (a headline, a list, long paragraphs): no line is joined to the next
    text = "Leeds YJS rated ‘Good’\nLeeds Youth Justice Service\n\n" + "Staff were committed to the work. " * 5
    assert [text[s:e] for s, e in sentence_spans(rules(text))][:2] == ["Leeds YJS rated ‘Good’", "Leeds Youth Justice Service"]


# --- patterns -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("It has been rated ‘Good’ overall.", [("Good", "RATING")]),
    ("It was rated 'requires improvement' last week.", [("requires improvement", "RATING")]),
    ("It was rated Inadequate by inspectors.", [("Inadequate", "RATING")]),
    ("Staff did good quality work and had a good understanding.", []),
    ("Each area of work is judged good or satisfactory.", []),
    ("A four-point scale: ‘Outstanding’, ‘Good’, ‘Requires improvement’ and ‘Inadequate’.",
     [("Outstanding", "RATING"), ("Good", "RATING"), ("Requires improvement", "RATING"), ("Inadequate", "RATING")]),
])
def test_rating_patterns(rules, text, expected):
    assert ents(rules, text) == expected


@pytest.mark.parametrize("phrase", ["17 September 2024", "8 May 2024", "Thursday 16 May 2024", "May 2024",
                                    "4 and 8 March 2024", "10 - 14 June 2024", "19 Nov 2018", "4th June 2020",
                                    "12/03/2024", "Thursday, 13th October 2022",
                                    # an abbreviated weekday is inside the span ("Wed" is two tokens to spaCy)
                                    "Wed 9 April 2025", "Tues. 3 June 2025", "Fri, 6 June 2025",
                                    # a day range written with an en dash or a hyphen and no spaces
                                    "3–7 March 2025", "14th–18th July 2025",
                                    # the month first, as some news pages write it
                                    "March 6, 2024", "September 17th 2024",
                                    # ISO (three tokens to spaCy) and a local page's day.month.two-digit year
                                    "2024-11-05", "05.11.24", "05/11/24",
                                    # a day range whose days carry their weekdays
                                    "Tuesday 4 March to Friday 7 March 2025", "Monday 3 March – 7 March 2025"])
def test_date_patterns(rules, phrase):
    assert ents(rules, f"It happened on {phrase} as planned.") == [(phrase, "DATE")]


@pytest.mark.parametrize("text, dates", [
    # a month named alone after a word of time is a DATE, the word is not
    ("Inspectors visited the unit in October and read 40 cases.", ["October"]),
    ("During March, inspectors met staff.", ["March"]),
    ("Fieldwork ran in the second week of June and ended in late July.", ["June", "July"]),
    # a longer date keeps the month inside it
    ("Fieldwork took place in October and November 2024.", ["October and November 2024"]),
    ("They visited from June to August 2024.", ["June to August 2024"]),
    ("It was inspected in March 2025.", ["March 2025"]),
    # a month that is no time phrase's, or the modal verb, is no DATE
    ("May staff be told? March on, said the head.", []),
])
def test_a_month_named_alone_in_a_time_phrase(rules, text, dates):
    assert [t for t, label in ents(rules, text) if label == "DATE"] == dates


def test_a_day_range_with_weekdays_normalises_to_its_days():
    assert normalise_date("Tuesday 4 March to Friday 7 March 2025") == "2025-03-04/2025-03-07"


@pytest.mark.parametrize("text", ["Section 1.2.3 applies.", "It scored 2024 - 11 - 05 points.", "See 5.11.24 below."])
def test_numbers_that_are_no_dates(rules, text):
    # (a bare year stays a DATE; the numbers around it join none)
    assert [e for e in ents(rules, text) if e[1] == "DATE" and e[0] != "2024"] == []


@pytest.mark.parametrize("name", ["Westminster Youth Justice Service", "Westminster YJS", "Sunderland PDU",
                                  "Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU",
                                  "Gwynedd & Ynys Môn Youth Justice Service", "Reading youth justice service",
                                  "Blackburn with Darwen Youth Offending Team", "Probation Service – North East region",
                                  "Kent, Surrey and Sussex CRC", "Newcastle upon Tyne PDU", "HMP Lancaster Farms",
                                  "Wensleydale Youth Justice Partnership", "Wensleydale YJP"])
def test_service_patterns(rules, name):
    assert ents(rules, f"Inspectors praised {name} for its work.") == [(name, "SERVICE")]


@pytest.mark.parametrize("text, services", [
    # the place after "in" locates the service named before it; the next name starts after "and"
    ("Reports cover Wexcombe Probation Delivery Unit in Norbury Shire and Tarnley Probation Delivery Unit.",
     ["Wexcombe Probation Delivery Unit", "Tarnley Probation Delivery Unit"]),
    ("Reports cover Wexcombe YJS in Caldshire and Tarnley YJS.", ["Wexcombe YJS", "Tarnley YJS"]),
    # a joint name after no service's name stays whole
    ("Staff in Wexcombe and Tarnley PDU were praised.", ["Wexcombe and Tarnley PDU"]),
])
def test_a_place_locating_the_service_before_it_opens_no_name(rules, text, services):
    assert [t for t, label in ents(rules, text) if label == "SERVICE"] == services


@pytest.mark.parametrize("full, short", [("Westminster Youth Justice Service", "YJS"),
                                         ("Harrowfield Youth Justice Partnership", "YJP"),
                                         ("Tolsey Youth Justice and Prevention Service", "YJPS")])
def test_abbreviation_in_brackets_is_not_tagged(rules, full, short):
    assert ents(rules, f"{full} ({short}) was inspected.") == [(full, "SERVICE")]


@pytest.mark.parametrize("name", ["HM Inspectorate of Probation", "His Majesty’s Inspectorate of Probation",
                                  "Thames Valley Police", "Avon and Somerset Constabulary", "Camden Council",
                                  "Sussex Partnership NHS Foundation Trust", "Youth Justice Board", "CAMHS"])
def test_agency_patterns(rules, name):
    assert ents(rules, f"Work with {name} was strong.") == [(name, "AGENCY")]


# --- normalisation --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("17 September 2024", "2024-09-17"), ("8 May 2024", "2024-05-08"), ("Thursday 16 May 2024", "2024-05-16"),
    ("May 2024", "2024-05"), ("between 4 and 8 March 2024", "2024-03-04/2024-03-08"),
    ("10 - 14 June 2024", "2024-06-10/2024-06-14"), ("19 Nov 2018", "2018-11-19"), ("4th June 2020", "2020-06-04"),
    ("12/03/2024", "2024-03-12"), ("2023", "2023"), ("Thursday, 13th October 2022", "2022-10-13"),
    ("Wed 9 April 2025", "2025-04-09"), ("Tues. 3 June 2025", "2025-06-03"), ("3–7 March 2025", "2025-03-03/2025-03-07"),
    ("last year", None),
    # a range over the turn of a year, the year written once: the start is in the year before
    ("between 29 December and 2 January 2025", "2024-12-29/2025-01-02"), ("December and January 2025", "2024-12/2025-01"),
    ("2024-11-05", "2024-11-05"), ("05.11.24", "2024-11-05"), ("05/11/24", "2024-11-05"), ("13.05.24", "2024-05-13"),
    ("05.13.24", None),
])
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text, term", [("‘Good’", "Good"), ("REQUIRES IMPROVEMENT", "Requires improvement"),
                                        ("Requires Improvement", "Requires improvement"), ("inadequate", "Inadequate"),
                                        ("satisfactory", None)])
def test_normalise_rating(text, term):
    assert normalise_rating(text) == term


@pytest.mark.parametrize("name, short, kind", [
    ("Westminster Youth Justice Service", "Westminster YJS", "YJS"), ("Westminster YJS", "Westminster YJS", "YJS"),
    ("Barnet Youth Offending Service", "Barnet YOS", "YJS"), ("Sunderland Probation Delivery Unit", "Sunderland PDU", "PDU"),
    ("Probation Service – North East region", "North East region", "region"),
    ("Kent, Surrey and Sussex Community Rehabilitation Company", "Kent, Surrey and Sussex CRC", "CRC"),
    ("HMP Exeter", "HMP Exeter", "prison"), ("Achieving for Children", "Achieving for Children", "other"),
    ("Wensleydale Youth Justice Partnership", "Wensleydale YJP", "YJS"), ("Wensleydale YJP", "Wensleydale YJP", "YJS"),
    ("National Probation Service Mendip Division", "NPS Mendip Division", "region"),
])
def test_normalise_service(name, short, kind):
    info = normalise_service(name)
    assert (info["short"], info["type"]) == (short, kind)


# --- facts ----------------------------------------------------------------------------------------

def _facts(rules, release):
    doc = rules(release.text)
    return extract_facts(doc, release.sentences)


def test_facts_westminster(rules, releases):
    facts = _facts(rules, releases["westminster-yjs-2024"])
    assert facts["service"]["name"] == "Westminster Youth Justice Service"
    assert facts["service"]["short"] == "Westminster YJS" and facts["service"]["type"] == "YJS"
    assert facts["overall_rating"] == "Good"
    assert facts["published"] == "2024-09-17"
    assert facts["fieldwork"] == "2024-04"
    assert facts["recommendations"]["count"] == 4
    assert "Westminster YJS" in facts["recommendations"]["recipients"]


def test_facts_waltham_forest(rules, releases):
    release = releases["waltham-forest-yjs-2024"]
    facts = _facts(rules, release)
    assert facts["service"]["name"] == release.facts["service"]
    assert facts["overall_rating"] == "Requires improvement"
    assert facts["published"] == "2024-05-08"
    assert facts["fieldwork"] == "2024-01"
    assert facts["recommendations"]["count"] is None  # the release does not say


def test_facts_are_null_when_not_stated(rules):
    doc = rules("Some service news\n\nStaff worked hard this year.")
    facts = extract_facts(doc, [])
    assert facts["overall_rating"] is None and facts["published"] is None and facts["fieldwork"] is None
    assert facts["recommendations"] == {"count": None, "recipients": []}


def test_overall_rating_ignores_previous_and_scale_note(rules):
    text = ("Leeds YJS rated ‘Good’\n\nLeeds Youth Justice Service has received an overall rating of ‘Good’. "
            "When it was last inspected, in 2019, it was rated ‘Inadequate’.\n\nNotes to editors\n"
            "  1. The Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, ‘Requires improvement’ and ‘Inadequate’.")
    assert extract_facts(rules(text))["overall_rating"] == "Good"


def test_recommendation_count_in_words_and_digits(rules):
    for sentence, count in [("The report makes a total of six recommendations.", 6),
                            ("Inspectors made 7 recommendations.", 7),
                            # a count per report with the total after it; shares for each recipient and no total
                            ("Every report makes four recommendations (12 in total).", 12),
                            ("The inspectors address three recommendations to the council and one to the police.", 4),
                            ("It makes 5 recommendations for the YJS, 2 for the police and one for the council.", 8),
                            # a total with its shares after a colon stays the total
                            ("It makes eight recommendations: five for the service and three for the board.", 8),
                            ("It makes six recommendations for the service and its partners.", 6),
                            # shares with a verb: "go to", "are for", "is for"
                            ("Five recommendations go to the service and two to the police.", 7),
                            ("Four recommendations are for the PDU, three are for the region and one is for HMPPS.", 8),
                            # a count out of the report's recommendations: all of them, or shares that add up
                            ("All five of its recommendations are addressed to the PDU.", 5),
                            ("Both of the report’s recommendations are for the council.", 2),
                            ("Four of the report’s recommendations are aimed at the YJS, and two at the police.", 6),
                            ("Four of the nine recommendations are for the PDU.", 9),
                            ("Two of the recommendations are for the council.", None),  # one share is no total
                            # shares only in brackets after each recipient: they add up where the list ends the
                            # sentence, else a share is untold
                            ("Recommendations go to the YJS (four), its partnership board (two) and the county "
                             "council (one).", 7),
                            ("The recommendations are split between the PDU (3) and the region (2).", 5),
                            ("The report’s recommendations, by recipient: the service (five); the police (one).", 6),
                            ("Recommendations go to the YJS (four) and to the police.", None),
                            ("The recommendations for the PDU (three) and the region (two) were all accepted.", None),
                            ("Recommendations go to the Youth Justice Board (YJB) and the council (two).", None),
                            # one report's count, then the others'
                            ("The Kendal report makes six recommendations and the Penrith report makes three.", 9),
                            ("Kendal’s report contains six recommendations, Penrith’s three and Keswick’s two.", 11),
                            ("Kendal's report makes 6 recommendations, while Penrith's report makes 4.", 10),
                            ("Kendal’s report makes five recommendations and the council has accepted all of them.", 5),
                            # a count made by each of several reports, their number given
                            ("The two reports each make five recommendations.", 10),
                            ("Each of the three reports makes six recommendations.", 18),
                            ("Both reports make three recommendations each.", 6),
                            ("Each of the four PDUs receives three recommendations.", 12),
                            ("The report makes four recommendations, each of which the PDU has accepted.", 4),
                            # ... or not: one service, no number of reports, so the total is not stated
                            ("Each report makes four recommendations.", None),
                            # the total stated as such, not a difference or a past count
                            ("The total number of recommendations is seven.", 7),
                            ("The number of recommendations made comes to 12.", 12),
                            ("In all, the total of recommendations stands at nine.", 9),
                            ("The number of recommendations is four fewer than at the last inspection.", None),
                            ("The total number of recommendations was nine when it was last inspected.", None)]:
        doc = rules(sentence)
        assert extract_facts(doc, [(0, len(sentence), "RECOMMENDATION")])["recommendations"]["count"] == count, sentence


_TWO_REPORTS = ("Inspectors rate two Cumbrian probation units\n\nKendal Probation Delivery Unit and Penrith Probation "
              "Delivery Unit were inspected by HM Inspectorate of Probation in May 2025. Kendal PDU has been rated "
              "‘Good’ and Penrith PDU has been rated ‘Requires improvement’.\n\n")


@pytest.mark.parametrize("ending, count", [
    ("Each report makes three recommendations.", 6),          # times the services inspected
    ("Kendal’s report makes three recommendations. The Penrith report makes five.", 8),  # one sentence a report
    ("Kendal’s report makes three recommendations. The council has accepted them.", 3),
])
def test_recommendation_count_of_several_reports(rules, ending, count):
    text = _TWO_REPORTS + ending
    doc = rules(text)
    sents = [(s.start_char, s.end_char, "RECOMMENDATION" if re.search(r"recommend|report makes", s.text) else "NEUTRAL")
             for s in doc.sents]
    facts = extract_facts(doc, sents)
    assert len(facts["services"]) == 2
    assert facts["recommendations"]["count"] == count


# --- robustness -----------------------------------------------------------------------------------

def test_quotes_and_spaces_do_not_change_entities(rules):
    curly = "Westminster YJS was rated ‘Good’ by HM Inspectorate of Probation in April 2024."
    straight = curly.replace("‘", "'").replace("’", "'")
    nbsp = curly.replace("April 2024", "April\u00a02024")
    assert ents(rules, curly) == ents(rules, straight)
    assert [label for _, label in ents(rules, nbsp)] == [label for _, label in ents(rules, curly)]


def test_lower_case_rating_in_quotes_is_still_a_rating(rules):
    assert [label for _, label in ents(rules, "It was rated ‘good’.")] == ["RATING"]


@pytest.mark.parametrize("text, expected", [
    # copies of a release drop the quotes and keep the capitals (REAL-RELEASES.md, hard case 1)
    ("Bexley Youth Justice Service has been told it Requires improvement by the watchdog.",
     [("Bexley Youth Justice Service", "SERVICE"), ("Requires improvement", "RATING")]),
    ("Its resettlement work was given the lowest possible rating, Inadequate, by inspectors.",
     [("Inadequate", "RATING")]),
    ("Inspectors found Leeds YJS to be Outstanding in every area.", [("Leeds YJS", "SERVICE"), ("Outstanding", "RATING")]),
    ("Thanet PDU was Requires Improvement and Dover PDU Inadequate.",
     [("Thanet PDU", "SERVICE"), ("Requires Improvement", "RATING"), ("Dover PDU", "SERVICE"), ("Inadequate", "RATING")]),
    ("It has been given the lowest possible rating, inadequate, by inspectors.", [("inadequate", "RATING")]),
    ("Inspectors rated the PDU Good for planning.", [("Good", "RATING")]),
    # no name starts with a scale term
    ("Camden YJS has been rated Good and Haringey YJS Requires improvement.",
     [("Camden YJS", "SERVICE"), ("Good", "RATING"), ("Haringey YJS", "SERVICE"), ("Requires improvement", "RATING")]),
    ("Outstanding Glossop Youth Justice Service sets the standard", [("Glossop Youth Justice Service", "SERVICE")]),
    # a capital that opens a name, or the lower-case adjective, is no rating
    ("Staff use the Good Lives Model with good results.", []),
])
def test_a_rating_without_quotes_is_read_by_its_capitals(rules, text, expected):
    assert ents(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # local news and council pages drop the quotes and the capitals (REAL-RELEASES.md, hard case 1): a lower-case
    # scale term is a rating where the words before it make it one under the four-point scale
    ("Tolsey YJS has been rated separately as outstanding for its resettlement work.",
     [("Tolsey YJS", "SERVICE"), ("outstanding", "RATING")]),
    ("Brede Probation Delivery Unit was re-rated as inadequate on Tuesday.",
     [("Brede Probation Delivery Unit", "SERVICE"), ("inadequate", "RATING")]),
    ("The council welcomed an overall rating of requires improvement.", [("requires improvement", "RATING")]),
    ("Tolsey was given a grade of good, inspectors said.", [("good", "RATING")]),
    ("The unit received a good rating from the watchdog.", [("good", "RATING")]),
    ("Inspectors found Tolsey YJS to be outstanding.", [("Tolsey YJS", "SERVICE"), ("outstanding", "RATING")]),
    ("Its youth work was assessed as good overall.", [("good", "RATING")]),
    ("Its court work was graded inadequate.", [("inadequate", "RATING")]),
    ("The service has slipped from good to requires improvement.",
     [("good", "RATING"), ("requires improvement", "RATING")]),
    ("The team climbs to outstanding", [("outstanding", "RATING")]),
    ("Inspectors gave the rural unit requires improvement.", [("requires improvement", "RATING")]),
    ("Out-of-court work came in at good; case work was awarded inadequate.",
     [("good", "RATING"), ("inadequate", "RATING")]),
    ("The region sits at requires improvement, as it did before.", [("requires improvement", "RATING")]),
    ("Its work fell to the bottom of the scale, inadequate.", [("inadequate", "RATING")]),
    ("The inspectorate has rated Tolsey Youth Justice Service as good.",
     [("Tolsey Youth Justice Service", "SERVICE"), ("good", "RATING")]),
    ("Its two aspects were rated separately, as requires improvement and inadequate respectively.",
     [("requires improvement", "RATING"), ("inadequate", "RATING")]),
    ("The grades are inadequate, requires improvement, good or outstanding.",
     [("inadequate", "RATING"), ("requires improvement", "RATING"), ("good", "RATING"), ("outstanding", "RATING")]),
    # an adjective, or a term before the noun it qualifies, stays untagged
    ("Its case work was found to be good practice in several areas.", []),
    ("Managers were found to be good-quality supervisors.", []),
    ("Staff received good support and earned good feedback from children.", []),
    ("The partnership was assessed as good partnership work by the board.", []),
    ("The board gave staff good training.", []),
    ("Plans are only as good as the people who deliver them.", []),
    # the pre-2018 wording: "judged good" is an adjective of the old scale (annotations/patterns/README.md)
    ("Work to reduce reoffending was judged good.", []),
    ("Inspectors judged its work to protect the public to be good.", []),
    # a verb, not the rating's name: "requires improvement" after its subject
    ("Inspectors said that case recording requires improvement.", []),
])
def test_a_lower_case_rating_without_quotes_is_read_by_its_context(rules, text, expected):
    assert ents(rules, text) == expected


def test_lower_case_rating_contexts_tag_only_gold_ratings_in_the_training_releases(rules, releases):
    """The pre-2018 adjectives of the training releases ("judged good", "found to be of good quality", "a good
    understanding") stay untagged: every lower-case scale term the rules tag there is a gold RATING."""
    tagged = gold = 0
    for release in releases.values():
        want = {(s, e) for s, e, label in release.entities if label == "RATING"}
        for ent in rules(release.text).ents:
            if ent.label_ == "RATING" and ent.text.islower():
                tagged += 1
                gold += (ent.start_char, ent.end_char) in want
    assert tagged and tagged == gold


def test_facts_read_lower_case_ratings_in_rating_context(rules):
    text = ("Tolsey youth justice service rated good\n\nTolsey Youth Justice Service has been rated good overall by "
            "HM Inspectorate of Probation, up from requires improvement at its last inspection in 2021. Its "
            "resettlement work, rated separately, was found to be outstanding.")
    facts = _facts_of(rules, text)
    assert facts["overall_rating"] == "Good"
    assert facts["ratings"] == [{"aspect": "resettlement policy and provision", "rating": "Outstanding"}]


# --- training -------------------------------------------------------------------------------------

def test_default_pipeline_saves_and_reloads(tmp_path, releases):
    train = [releases[k] for k in sorted(releases)[:4]]
    nlp = train_pipeline(train, seed=0)
    nlp.to_disk(tmp_path / "entities")
    again = load_pipeline(tmp_path / "entities")
    text = train[0].text
    assert [(e.start_char, e.label_) for e in nlp(text).ents] == [(e.start_char, e.label_) for e in again(text).ents]
    assert "inspection_service_mentions" in again.pipe_names and any(e.label_ == "DATE" for e in again(text).ents)


@pytest.mark.parametrize("order, gated", [("rules_first", True), ("rules_first", False), ("ner_first", False)])
def test_small_ner_training_run_reloads(tmp_path, releases, order, gated):
    train = [releases[k] for k in sorted(releases)[:3]]
    nlp = train_pipeline(train, epochs=1, seed=0, order=order, gated=gated)
    nlp.to_disk(tmp_path / "entities")
    again = load_pipeline(tmp_path / "entities")
    text = train[0].text
    assert [(e.start_char, e.label_) for e in nlp(text).ents] == [(e.start_char, e.label_) for e in again(text).ents]
    assert "ner" in again.pipe_names and any(e.label_ == "DATE" for e in again(text).ents)


# --- variants and robustness (issue 11) ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Reading youth justice service has been inspected.", [("Reading youth justice service", "SERVICE")]),
    ("Inspectors visited Bolton Youth Offending Team (YOT).", [("Bolton Youth Offending Team", "SERVICE")]),
    ("Swindon Y&JS was inspected and Swindon YJT staff were praised.",
     [("Swindon Y&JS", "SERVICE"), ("Swindon YJT", "SERVICE")]),
    ("Her Majesty’s Inspectorate of Probation and His Majesty's Inspectorate of Probation met HM Inspectorate of Prisons.",
     [("Her Majesty’s Inspectorate of Probation", "AGENCY"), ("His Majesty's Inspectorate of Probation", "AGENCY"),
      ("HM Inspectorate of Prisons", "AGENCY")]),
    ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU was inspected.",
     [("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU", "SERVICE")]),
    ("Gwynedd & Ynys Môn Youth Justice Service was inspected.", [("Gwynedd & Ynys Môn Youth Justice Service", "SERVICE")]),
    ("Swansea, Neath Port Talbot PDU was inspected.", [("Swansea, Neath Port Talbot PDU", "SERVICE")]),
    ("Harrowfield, Tolsey YJP was inspected.", [("Harrowfield, Tolsey YJP", "SERVICE")]),
    ("Councillor Ann Lee, Merton Council, welcomed it.", [("Merton Council", "AGENCY")]),
])
def test_entity_variants(rules, text, expected):
    assert ents(rules, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare place standing for the service named elsewhere in the release
    ("Trafford PDU was inspected. Trafford is a small PDU with a settled team.", ["Trafford PDU", "Trafford"]),
    ("Bolton YOT was inspected. Staff at Bolton know what works.", ["Bolton YOT", "Bolton"]),
    # a place that is only a location, or described as a place, stays untagged
    ("Bolton YOT was inspected. Children in Bolton deserve better.", ["Bolton YOT"]),
    ("Derby YJS was inspected. Derby is a city of around 260,000 people.", ["Derby YJS"]),
    ("Children in Norwich were seen.", []),
])
def test_bare_place_standing_for_the_service(rules, text, expected):
    assert [t for t, label in ents(rules, text) if label == "SERVICE"] == expected


_TWO_UNITS = "Inspectors visited Bakewell PDU and Wetherby PDU. "


@pytest.mark.parametrize("sentence, expected", [
    # the owner of the staff or the work
    ("Wetherby’s case managers knew every person well.", ["Wetherby"]),
    ("Wetherby's unpaid work was well organised.", ["Wetherby"]),
    # the subject of any verb when it opens a clause, alone or with the other unit
    ("“Bakewell and Wetherby, on the other hand, have kept their officers.”", ["Bakewell", "Wetherby"]),
    ("Bakewell struggled, while Wetherby climbed to ‘Good’.", ["Bakewell", "Wetherby"]),
    ("Bakewell and Wetherby were both short of staff.", ["Bakewell", "Wetherby"]),
    ("Wetherby runs its own court team.", ["Wetherby"]),
    # the object of a verb that rates or awards, a place right before or after its rating in quotes
    ("The inspectorate awarded Bakewell its highest grade and gave Wetherby a ‘Good’.", ["Bakewell", "Wetherby"]),
    ("Derbyshire probation: Bakewell ‘Good’, Wetherby ‘Inadequate’", ["Bakewell", "Wetherby"]),
    ("Work with victims was ‘Good’ in Bakewell but ‘Inadequate’ in Wetherby.", ["Bakewell", "Wetherby"]),
    # the recipient of recommendations
    ("There are seven recommendations, four for Bakewell and three for Wetherby.", ["Bakewell", "Wetherby"]),
    ("Nine recommendations were made, five of them aimed at Wetherby.", ["Wetherby"]),
    # the place named as the service it is
    ("Wetherby is a small PDU serving a wide rural area.", ["Wetherby"]),
    # the topic of a sentence opening on "For X," (alone or with the other unit), the object of praise, the subject
    # after a sentence's connector without a comma
    ("For Wetherby, the verdict is ‘Good’.", ["Wetherby"]),
    ("For Bakewell and Wetherby, the picture was mixed.", ["Bakewell", "Wetherby"]),
    ("Inspectors praised Wetherby for its work with victims.", ["Wetherby"]),
    ("By contrast Wetherby earned ‘Good’.", ["Wetherby"]),
    ("Meanwhile Bakewell struggled to recruit.", ["Bakewell"]),
    ("Overall Wetherby climbed to ‘Good’.", ["Wetherby"]),
    ("This time Wetherby earned ‘Good’.", ["Wetherby"]),
    ("Wetherby itself is ‘Good’.", ["Wetherby"]),
    ("Inspectors found Wetherby to be ‘Good’ and considered Bakewell ‘Inadequate’.", ["Wetherby", "Bakewell"]),
    ("The verdict on Wetherby is ‘Good’.", ["Wetherby"]),
    ("Bakewell – ‘Good’; Wetherby: ‘Inadequate’.", ["Bakewell", "Wetherby"]),
    # a location, a description of the place, a place that only qualifies a noun: not the service
    ("In Wetherby, staff were settled.", []),
    ("Staff in Wetherby were commended.", []),
    ("Children in Bakewell and Wetherby are safer than before.", []),
    ("Wetherby’s population is older than the county average.", []),
    ("Wetherby is a market town of around 12,000 people.", []),
    ("Two in three Wetherby cases fell short.", []),
    ("Inspectors went to Wetherby in May.", []),
    ("Funding for Wetherby, the report says, is short.", []),
    ("For Wetherby there is more to do.", []),
    ("Meanwhile in Wetherby, staff were settled.", []),
    ("Inspectors found Wetherby Library a good place to meet people.", []),
    ("Overall Wetherby Castle draws visitors.", []),
])
def test_bare_place_by_its_part_in_the_sentence(rules, sentence, expected):
    found = [t for t, label in ents(rules, _TWO_UNITS + sentence) if label == "SERVICE"]
    assert found == ["Bakewell PDU", "Wetherby PDU", *expected]


def test_service_mention_table_without_the_later_keys_tags_as_before():
    from nlp.entities.pipeline import PATTERNS_DIR
    from nlp.entities.service_mentions import ServiceMentions, _read_rules
    from nlp.errors import ModelError

    table = _read_rules(PATTERNS_DIR / ServiceMentions.FILE_NAME)
    old = ServiceMentions().set_rules({k: v for k, v in table.items() if k not in ServiceMentions.OPTIONAL_KEYS})
    new = ServiceMentions().set_rules(table)
    text = _TWO_UNITS + "Wetherby’s case managers knew every person well. Bakewell has kept its staff."
    start = text.index("Wetherby’s")
    bakewell = text.rindex("Bakewell")
    assert new._stands_for_service(text, start, start + len("Wetherby"))
    assert not old._stands_for_service(text, start, start + len("Wetherby"))
    assert old._stands_for_service(text, bakewell, bakewell + len("Bakewell"))  # the first rules still hold
    with pytest.raises(ModelError, match="mentions.json: service mention rules possessive_after must be"):
        ServiceMentions().set_rules({**table, "possessive_after": ["’s"]}, "mentions.json")
    with pytest.raises(ModelError, match="mentions.json: bad regular expression"):
        ServiceMentions().set_rules({**table, "object_before": "(awarded"}, "mentions.json")


def test_bare_type_abbreviation_is_not_a_service(rules):
    # guidelines §2: "a bare generic 'the YJS'" and the abbreviation in brackets after the full name are untagged
    text = ("Helmsley Youth Offending Team (YOT) was inspected. The YOT knew each child, and inspectors made four "
            "recommendations for the YOT.")
    assert [t for t, label in ents(rules, text) if label == "SERVICE"] == ["Helmsley Youth Offending Team"]


def test_region_of_the_probation_service_is_one_span(rules):
    # as the training gold and the guidelines' "Probation Service – North East region": the region's full name
    text = "Pickering PDU is part of the North East region of the Probation Service."
    assert ents(rules, text) == [("Pickering PDU", "SERVICE"), ("North East region of the Probation Service", "SERVICE")]
    # the organisation written first: two spans
    assert ents(rules, "Pickering PDU belongs to the Probation Service’s North East region.") == [
        ("Pickering PDU", "SERVICE"), ("Probation Service", "AGENCY"), ("North East region", "SERVICE")]


_SWAPS = [
    ("curly to straight quotes", lambda t: t.translate(str.maketrans("‘’“”", "''\"\""))),
    ("non-breaking spaces", lambda t: t.replace(" ", "\u00a0")),
    ("lower-case ratings in quotes", lambda t: re.sub(r"(?<=[‘'“\"])(Good|Outstanding|Inadequate|Requires improvement)(?=[’'”\"])",
                                                     lambda m: m[1].lower(), t)),
]


@pytest.mark.parametrize("name, change", _SWAPS, ids=[n for n, _ in _SWAPS])
def test_entities_survive_quotes_spaces_and_case(rules, releases, name, change):
    for key in sorted(releases)[:12]:
        text = releases[key].text
        changed = change(text)
        assert len(changed) == len(text)
        before = [(e.start_char, e.end_char, e.label_) for e in rules(text).ents]
        after = [(e.start_char, e.end_char, e.label_) for e in rules(changed).ents]
        assert after == before, (name, key)


# --- facts chosen by context -----------------------------------------------------------------------

def _facts_of(rules, text):
    return extract_facts(rules(text))


def test_published_day_without_year_takes_the_year_from_fieldwork(rules):
    text = ("Southend YJS rated ‘Good’\n\nSouthend Youth Justice Service has been judged ‘Good’ overall in a report "
            "published today (Wednesday 19 March), following fieldwork carried out in November 2024.")
    facts = _facts_of(rules, text)
    assert facts["fieldwork"] == "2024-11" and facts["published"] == "2025-03-19"


def test_past_rating_after_this_one_is_ignored(rules):
    text = ("Suffolk YJS improves\n\nSuffolk Youth Justice Service has been rated ‘Requires improvement’, an "
            "improvement on the ‘Inadequate’ rating it received when it was last inspected in 2022.")
    assert _facts_of(rules, text)["overall_rating"] == "Requires improvement"


def test_scale_note_and_near_miss_do_not_set_the_rating(rules):
    text = ("Wandsworth YOS ‘Requires improvement’\n\nThe PDU came within a single point of an overall rating of "
            "‘Inadequate’.\n\n4. The total gives the overall rating: 0 to 6 is ‘Inadequate’, 7 to 18 ‘Requires "
            "improvement’, 19 to 30 ‘Good’ and 31 to 36 ‘Outstanding’.")
    assert _facts_of(rules, text)["overall_rating"] == "Requires improvement"


def test_aspect_ratings_with_their_aspects(rules):
    text = ("Headline\n\nOrganisational delivery and work with children sentenced by the courts were both rated "
            "‘Outstanding’, while out-of-court disposal work was rated ‘Good’. The PDU was rated ‘Good’ for the "
            "services it offers, and ‘Inadequate’ for staffing. Resettlement policy and provision was rated "
            "‘Requires improvement’.\n\n2. Services are rated ‘Outstanding’, ‘Good’, ‘Requires improvement’ or "
            "‘Inadequate’.")
    assert _facts_of(rules, text)["ratings"] == [
        {"aspect": "organisational delivery", "rating": "Outstanding"},
        {"aspect": "court disposals", "rating": "Outstanding"},
        {"aspect": "out-of-court disposals", "rating": "Good"},
        {"aspect": "services", "rating": "Good"},
        {"aspect": "staffing", "rating": "Inadequate"},
        {"aspect": "resettlement policy and provision", "rating": "Requires improvement"},
    ]


@pytest.mark.parametrize("sentence, ratings", [
    # an aspect named after its rating and a comma, as the service's own work ("work at court" is court work)
    ("The unit has also been given the top grade, ‘Outstanding’, for its work at court, which is rated in its own "
     "right.", [{"aspect": "court disposals", "rating": "Outstanding"}]),
    ("It was judged ‘Inadequate’, for their work in court, by the inspectors.",
     [{"aspect": "court disposals", "rating": "Inadequate"}]),
    # a comma and "for" naming no aspect of its own
    ("It was rated ‘Good’, for the second time running.", []),
])
def test_an_aspect_named_after_its_rating_and_a_comma(rules, sentence, ratings):
    text = "Probation in Wendle\n\nWendle Probation Delivery Unit has been rated ‘Good’ overall. " + sentence
    facts = _facts_of(rules, text)
    assert facts["overall_rating"] == "Good" and facts["ratings"] == ratings


@pytest.mark.parametrize("stretch, aspects", [
    # the word for the services themselves, beside a real aspect or counting them: no aspect "services"
    ("For both services, out-of-court disposal work was", ["out-of-court disposals"]),
    ("In each of the three services, work with victims was", ["statutory victim work"]),
    ("its Through the Gate services for people leaving prison were", ["Through the Gate"]),
    ("resettlement services for children leaving custody were", ["resettlement policy and provision"]),
    ("links with local health services were", []),
    # the aspect "services" (the standard for what a PDU offers), an item of its own
    ("Staffing and services were both", ["staffing", "services"]),
    ("The services available to people on probation were", ["services"]),
    ("the PDU was rated ‘Good’ for the services it offers", ["services"]),
    ("leadership, services, and information and facilities were each", ["leadership", "services",
                                                                        "information and facilities"]),
])
def test_services_is_an_aspect_only_as_an_item_of_its_own(stretch, aspects):
    from nlp.entities.facts import aspects_in
    assert aspects_in(stretch) == aspects


def test_services_beside_an_aspect_gives_no_services_rating(rules):
    youth = ("Lydney and Cinderford youth justice\n\nLydney Youth Justice Service has been rated ‘Good’ and "
             "Cinderford Youth Justice Service ‘Inadequate’. For both services, out-of-court disposal work was "
             "judged ‘Requires improvement’.")
    assert _facts_of(rules, youth)["ratings"] == [{"aspect": "out-of-court disposals", "rating": "Requires improvement"}]
    crc = ("Tiverton CRC rated ‘Inadequate’\n\nTiverton Community Rehabilitation Company has been rated ‘Inadequate’. "
           "Unpaid work was rated ‘Good’, while its Through the Gate services were rated ‘Inadequate’.")
    assert _facts_of(rules, crc)["ratings"] == [{"aspect": "unpaid work", "rating": "Good"},
                                                {"aspect": "Through the Gate", "rating": "Inadequate"}]


@pytest.mark.parametrize("stretch, aspects", [
    # the inspectors' own act of judging: their verdict, no aspect
    ("The inspectorate’s assessment places the service at", []),
    ("In the inspectors' overall assessment, the YOT is", []),
    ("HM Inspectorate of Probation’s assessment gives the unit", []),
    ("the inspection team’s final assessment was that it deserved", []),
    ("In our assessment, the service is", []),
    ("Our assessment is that the partnership merits", []),
    ("the assessment made by inspectors was", []),
    # the standard itself, by the service or its work
    ("Assessment and planning were both", ["assessment", "planning"]),
    ("Our assessment work was rated", ["assessment"]),
    ("our assessment, planning and reviewing were all", ["assessment", "planning", "reviewing"]),
    ("The team’s assessment of children was", []),
    ("The team’s assessments were", ["assessment"]),
])
def test_the_inspectors_assessment_is_their_verdict_not_an_aspect(stretch, aspects):
    from nlp.entities.facts import aspects_in
    assert aspects_in(stretch) == aspects


@pytest.mark.parametrize("sentence", [
    "The inspectorate’s assessment places Lonsdale Youth Justice Service at ‘Good’.",
    "In the inspectors’ assessment, Lonsdale Youth Justice Service now merits ‘Good’.",
])
def test_the_inspectors_assessment_beside_the_overall_rating_adds_no_aspect_rating(rules, sentence):
    text = (f"Lonsdale youth justice: a turnaround\n\n{sentence} Work with children leaving custody, judged "
            "separately, came out at ‘Requires improvement’.")
    facts = _facts_of(rules, text)
    assert facts["overall_rating"] == "Good"
    assert facts["ratings"] == [{"aspect": "resettlement policy and provision", "rating": "Requires improvement"}]


def test_gated_ner_reads_only_sentences_with_open_capitalised_words(rules):
    from nlp.entities.ner_experiments import needs_ner
    doc = rules("It was rated ‘Good’ in May 2024. Trafford stands out. The staff were committed.")
    assert [needs_ner(s) for s in doc.sents] == [False, True, False]


@pytest.mark.parametrize("text, start, end, label, addable", [
    ("Officers met the Wessex Reducing Reoffending Board today.", 3, 7, "AGENCY", True),
    ("Officers met the Wessex Reducing Reoffending Board today.", 2, 7, "AGENCY", False),   # opens with "the"
    ("Officers met the Wessex Reducing Reoffending Board today.", 3, 7, "DATE", False),     # not a name label
    ("Officers met Barnet and Enfield Youth Service today.", 2, 7, "SERVICE", True),       # inner "and"
    ("Officers met Barnet and Enfield Youth Service today.", 2, 4, "SERVICE", False),      # ends on "and"
    ("Officers met CAMHS staff.", 2, 3, "AGENCY", True),                                   # acronym, 5 letters
    ("Officers met NHS staff.", 2, 3, "AGENCY", True),
    ("Officers met the PDU staff.", 3, 4, "SERVICE", False),                               # type word alone
    ("Officers met the Council staff.", 3, 4, "AGENCY", False),
    ("Officers met Trafford staff.", 2, 3, "SERVICE", False),                              # one word, not an acronym
    ("Officers met partner agencies.", 2, 4, "AGENCY", False),                             # lower case
])
def test_filtered_ner_adds_only_capitalised_names(rules, text, start, end, label, addable):
    from spacy.tokens import Span
    from nlp.entities.ner_experiments import is_addable_name
    doc = rules.make_doc(text)
    assert is_addable_name(Span(doc, start, end, label=label)) is addable


def test_rules_plus_ner_keeps_rule_entities_and_adds_only_filtered_names(releases):
    from nlp.entities.ner_experiments import is_addable_name
    train = [releases[k] for k in sorted(releases)[:3]]
    nlp = train_pipeline(train, epochs=2, seed=0, order="rules_plus_ner")
    rules_only = build_pipeline(ner=False)
    assert nlp.get_pipe("ner").filtered
    for release in train + [releases[k] for k in sorted(releases)[3:6]]:
        doc, base = nlp(release.text), rules_only(release.text)
        kept = {(e.start, e.end, e.label_) for e in doc.ents}
        assert {(e.start, e.end, e.label_) for e in base.ents} <= kept  # the ner never removes a rule entity
        assert all(is_addable_name(e) for e in doc.ents if (e.start, e.end, e.label_) not in
                   {(b.start, b.end, b.label_) for b in base.ents})


# --- evaluation --------------------------------------------------------------------------------------

def test_evaluate_entities_blocks_on_a_slice(releases):
    from nlp.entities.evaluation import evaluate_entities
    picked = [releases[k] for k in sorted(releases)[:8]]
    metrics = evaluate_entities(picked, n_splits=2)
    block = metrics["grouped_cv"]
    assert set(block) == {"per_label", "micro", "facts", "errors", "fact_errors"}
    wrong = sum(f["wrong_nonnull"] + f["null"] for f in block["facts"].values())
    assert len(block["fact_errors"]) == wrong
    assert all(e["field"] in block["facts"] and e["gold"] != e["predicted"] for e in block["fact_errors"])
    assert block["micro"]["support"] == sum(len(r.entities) for r in picked)
    assert block["micro"]["f1"] > 0.9
    assert block["facts"]["ratings"]["n"] == len(picked)
    assert set(metrics["shift"]) <= {"tidy_to_real_voice", "real_voice_to_tidy"}


def test_ratings_match_is_one_to_one_and_needs_the_same_rating():
    from nlp.entities.evaluation import ratings_match
    gold = [{"aspect": "court disposals", "rating": "Good"}, {"aspect": "out-of-court disposals", "rating": "Good"}]
    assert ratings_match(gold, [{"aspect": "work with children sentenced by the court", "rating": "Good"},
                                {"aspect": "out-of-court work", "rating": "Good"}])
    assert not ratings_match(gold, [{"aspect": "court disposals", "rating": "Good"}])
    assert not ratings_match(gold[:1], [{"aspect": "court disposals", "rating": "Inadequate"}])
    assert not ratings_match([], [{"aspect": "staffing", "rating": "Good"}])


@pytest.mark.parametrize("change", [lambda t: t.replace("\n", "\r\n"), lambda t: t.replace("•", "◦"),
                                    lambda t: t.replace("•", "-"), lambda t: t.replace("•", "▪")],
                         ids=["crlf", "white-bullet", "dash-bullet", "square-bullet"])
def test_entities_and_sentences_survive_line_endings_and_bullets(rules, releases, change):
    for key in sorted(releases)[:12]:
        text = releases[key].text
        doc, changed = rules(text), rules(change(text))
        assert [(e.text, e.label_) for e in changed.ents] == [(e.text, e.label_) for e in doc.ents], key
        assert len(sentence_spans(changed)) == len(sentence_spans(doc)), key


@pytest.mark.parametrize("sentence, month", [
    ("Hull PDU, inspected between 24 and 28 June 2019, was rated 'Good'.", "2019-06"),
    ("Leeds Youth Offending Service was inspected 10 - 14 June 2024 and rated 'Good'.", "2024-06"),
    ("Inspectors made two visits in March 2023 and rated Leeds Youth Offending Service 'Good'.", "2023-03"),
])
def test_fieldwork_read_from_inspected_between_and_visits(rules, sentence, month):
    facts = _facts_of(rules, "Inspection report\n\n" + sentence + " It was last inspected in 2016.")
    assert facts["fieldwork"] == month


@pytest.mark.parametrize("sentence, month", [
    # a stay "at the end of" / "at the start of" a month, the inspectors' days counted
    ("Inspectors spent four days with the Buxton team at the end of September 2023.", "2023-09"),
    ("The inspection team spent two weeks in Matlock at the start of February 2022.", "2022-02"),
    # "the week beginning / commencing" a day, whatever the inspectors did in it
    ("Inspectors met children, parents and magistrates in the week commencing 6 November 2023.", "2023-11"),
    ("Staff were interviewed during the week beginning 15 January 2024.", "2024-01"),
    # remote and virtual inspections
    ("Owing to lockdown, the inspection was undertaken virtually in February 2021.", "2021-02"),
    ("The whole inspection was conducted remotely in November 2020.", "2020-11"),
    # ranges of days with spaced hyphens and dashes, across a month end
    ("Inspectors were in Dorking from 2 – 6 October 2023.", "2023-10"),
    ("The inspection ran from 11 - 15 March 2024.", "2024-03"),
    ("The inspection was held 29 April – 3 May 2024.", "2024-04"),
    ("Inspectors assessed 36 cases during July 2022.", "2022-07"),
])
def test_fieldwork_from_stays_weeks_remote_work_and_day_ranges(rules, sentence, month):
    facts = _facts_of(rules, "Redhill PDU inspection\n\n" + sentence + " The PDU was last inspected in 2019.")
    assert facts["fieldwork"] == month


@pytest.mark.parametrize("sentence", [
    "At the end of March 2024, the PDU had 12 vacant probation officer posts.",
    "The report will be published in the week beginning 3 June 2024.",
    "Practitioners spent three weeks covering vacancies in May 2024.",
])
def test_a_date_that_dates_something_else_is_not_the_fieldwork(rules, sentence):
    assert _facts_of(rules, "Redhill PDU inspection\n\n" + sentence)["fieldwork"] is None


@pytest.mark.parametrize("sentence, month", [
    # the inspectors' own work in a month, with no fieldwork cue
    ("Inspectors met children, carers and magistrates in Leyburn in April 2023.", "2023-04"),
    ("Evidence for the inspection was collected during October 2024.", "2024-10"),
    ("Our inspectors interviewed 25 people on probation in early March 2025.", "2025-03"),
    ("We spoke to staff and partners throughout June 2022, and the report followed on 9 September 2022.", "2022-06"),
])
def test_fieldwork_from_the_inspectors_activity_in_a_month(rules, sentence, month):
    facts = _facts_of(rules, "Hawes PDU inspection\n\n" + sentence + " Hawes PDU was last inspected in 2019.")
    assert facts["fieldwork"] == month


@pytest.mark.parametrize("sentence", [
    # another event's date after the activity, or the activity after the date of something else
    "Inspectors met people who had been released in May 2024.",
    "Inspectors spoke to staff about the office that opened in August 2023.",
    "The report, published in May 2024, shows that inspectors spoke to 40 people on probation.",
])
def test_an_activity_beside_another_events_date_gives_no_fieldwork(rules, sentence):
    assert _facts_of(rules, "Hawes PDU inspection\n\n" + sentence)["fieldwork"] is None


def test_a_near_miss_gives_neither_the_overall_nor_an_aspect_rating(rules):
    text = ("Redcar PDU rated ‘Requires improvement’\n\nRedcar Probation Delivery Unit has been rated ‘Requires "
            "improvement’. Good work on unpaid work alone saved the PDU from an overall rating of ‘Inadequate’.")
    facts = _facts_of(rules, text)
    assert facts["overall_rating"] == "Requires improvement"
    assert {"aspect": "unpaid work", "rating": "Inadequate"} not in facts["ratings"]


def test_an_ampersand_does_not_make_another_service(rules):
    text = ("Conwy & Denbighshire YJS rated ‘Good’\n\nConwy and Denbighshire Youth Justice Service has been rated "
            "‘Good’. Of the other Welsh services inspected this year, most have been rated ‘Requires improvement’.")
    facts = _facts_of(rules, text)
    assert facts["overall_rating"] == "Good"
    assert facts["service"]["name"] == "Conwy and Denbighshire Youth Justice Service"


@pytest.mark.parametrize("text, field, expected", [
    ("Watchdog verdict on Dudley youth justice\n\nDudley Youth Justice Service has been told it ‘Requires "
     "improvement’ by inspectors.", "overall_rating", "Requires improvement"),
    ("Sutton YJS rated ‘Good’\n\nSutton Youth Justice Service has been rated ‘Good’. Inspectors examined 30 cases in "
     "January 2020.\n\nNotes\n1. The Inspectorate suspended its fieldwork in March 2020.", "fieldwork", "2020-01"),
], ids=["told it: the overall rating", "a suspended fieldwork month is not the fieldwork"])
def test_fact_from_wording(rules, text, field, expected):
    assert _facts_of(rules, text)[field] == expected


def test_a_lower_case_headline_description_is_not_the_service_name(rules):
    text = ("Council welcomes inspection of Powys youth justice service\n\nPowys Youth Justice Team has been rated "
            "‘Good’ by HM Inspectorate of Probation.")
    assert _facts_of(rules, text)["service"]["name"] == "Powys Youth Justice Team"


def test_each_rating_reads_its_own_aspects_across_a_turn(rules):
    text = ("Rochdale YOT rated ‘Good’\n\nRochdale Youth Offending Team has been rated ‘Good’. The YOT was rated "
            "‘Good’ for organisational delivery and for court disposals, but its out-of-court work was rated "
            "‘Inadequate’. It was rated ‘Inadequate’ for three of the four standards of case supervision: "
            "assessment, planning and reviewing.")
    ratings = _facts_of(rules, text)["ratings"]
    assert {"aspect": "organisational delivery", "rating": "Good"} in ratings
    assert {"aspect": "court disposals", "rating": "Good"} in ratings
    assert {"aspect": "out-of-court disposals", "rating": "Inadequate"} in ratings
    assert {"aspect": "out-of-court disposals", "rating": "Good"} not in ratings
    assert {"aspect": "implementation and delivery", "rating": "Inadequate"} not in ratings


@pytest.mark.parametrize("sentences, expected", [
    ("Its resettlement work and its work with victims were each graded on their own: the first came in at "
     "‘Inadequate’, the second at ‘Good’.",
     [("resettlement policy and provision", "Inadequate"), ("statutory victim work", "Good")]),
    ("Two parts of its work were graded on their own, unpaid work and accredited programmes. The former was "
     "judged ‘Good’ and the latter ‘Requires improvement’.",
     [("unpaid work", "Good"), ("accredited programmes", "Requires improvement")]),
    ("Unpaid work, accredited programmes and statutory victim work were rated separately; the third was rated "
     "‘Outstanding’.", [("statutory victim work", "Outstanding")]),
], ids=["the first, the second", "the former, the latter", "the third"])
def test_an_ordinal_stands_for_one_of_the_aspects_named_before_it(rules, sentences, expected):
    text = "Bakewell PDU rated ‘Good’\n\nBakewell Probation Delivery Unit has been rated ‘Good’. " + sentences
    ratings = _facts_of(rules, text)["ratings"]
    assert ratings == [{"aspect": aspect, "rating": rating} for aspect, rating in expected]


@pytest.mark.parametrize("sentence, expected", [
    # as many aspects as ratings, the ratings one list: paired in order, "respectively" or not
    ("Unpaid work and its Through the Gate work, which inspectors grade on their own, were judged ‘Outstanding’ "
     "and ‘Requires improvement’.", [("unpaid work", "Outstanding"), ("Through the Gate", "Requires improvement")]),
    ("Leadership, staffing and services came out at ‘Good’, ‘Good’ and ‘Inadequate’.",
     [("leadership", "Good"), ("staffing", "Good"), ("services", "Inadequate")]),
    # more aspects than ratings: which rating goes with which aspect is not said, so none
    ("Leadership, staffing and services were rated ‘Good’ and ‘Inadequate’.", []),
    # an aspect after the list: the last rating is its own ("‘Inadequate’ for services"), not a pair
    ("Leadership and staffing were rated ‘Good’, and ‘Inadequate’ for services.",
     [("leadership", "Good"), ("staffing", "Good"), ("services", "Inadequate")]),
], ids=["two pairs", "three pairs", "counts differ", "the last for its own aspect"])
def test_aspects_pair_in_order_with_a_list_of_as_many_ratings(rules, sentence, expected):
    text = "Hawes PDU rated ‘Good’\n\nHawes Probation Delivery Unit has been rated ‘Good’. " + sentence
    ratings = _facts_of(rules, text)["ratings"]
    assert ratings == [{"aspect": aspect, "rating": rating} for aspect, rating in expected]


def test_an_ordinal_that_names_no_aspect_leaves_the_aspects_to_their_stretch(rules):
    text = ("Bakewell PDU rated ‘Good’\n\nBakewell Probation Delivery Unit has been rated ‘Good’. For the second time, "
            "its unpaid work was rated ‘Outstanding’. Court work and out-of-court work were judged; the former, "
            "the latter and leadership were each rated ‘Good’.")
    ratings = _facts_of(rules, text)["ratings"]
    assert {"aspect": "unpaid work", "rating": "Outstanding"} in ratings
    assert {"aspect": "leadership", "rating": "Good"} in ratings
    # an ordinal the aspects named do not fit gives no aspect rather than the wrong ones
    text = ("Bakewell PDU rated ‘Good’\n\nBakewell Probation Delivery Unit has been rated ‘Good’. Leadership and "
            "staffing were rated separately; the third was rated ‘Outstanding’.")
    assert _facts_of(rules, text)["ratings"] == []


def test_a_release_from_before_the_ratings_has_no_overall_rating(rules):
    text = ("Joint inspection finds youth offending work in Selby ‘inadequate’\n\n17/10/2016\n\nA joint inspection "
            "of Selby Youth Offending Team took place in July 2016. The report makes seven recommendations.")
    facts = _facts_of(rules, text)
    assert facts["published"] == "2016-10-17" and facts["overall_rating"] is None
    later = text.replace("2016", "2019")
    assert _facts_of(rules, later)["overall_rating"] == "Inadequate"


def test_a_headline_grading_one_area_is_not_the_overall_rating(rules):
    text = ("Gwent Police rated ‘Good’ at preventing crime\n\nHMICFRS has published its inspection of Gwent Police. "
            "The inspection took place in March 2023.")
    assert _facts_of(rules, text)["overall_rating"] is None
    assert _facts_of(rules, text.replace(" at preventing crime", ""))["overall_rating"] == "Good"


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors were based at the Sedbergh office from 3 to 7 March 2025.", "2025-03"),
    ("Inspectors were stationed in Sedbergh between 10 and 14 June 2024.", "2024-06"),
    # the inspectors' work in the passive
    ("Files were read and managers interviewed in February 2019.", "2019-02"),
    ("Cases were reviewed during October 2023.", "2023-10"),
    # the inspected service in the passive, not an earlier verdict
    ("Sedbergh Youth Offending Team was examined in June 2023 by three inspectorates.", "2023-06"),
    ("The service was assessed as ‘Good’ in June 2019.", None),
    # the service's name ending in its abbreviation, or its work standing for it
    ("Sedbergh Youth Offending Team (YOT) was inspected in June 2023 by three inspectorates.", "2023-06"),
    ("The work of Sedbergh Youth Offending Team (YOT) was examined during June 2023 by a joint team.", "2023-06"),
    ("The work of Sedbergh YOT was scrutinised in June 2023 by Ofsted and the inspectorate.", "2023-06"),
    ("Sedbergh Youth Justice Service’s work was looked at in June 2023 by a team of inspectors.", "2023-06"),
    ("Its work was examined in June 2023 by a joint team.", "2023-06"),
    ("The work of Sedbergh Youth Offending Team (YOT) was assessed as ‘Good’ in June 2019.", None),
    ("The team’s work with victims was examined in a report published in June 2023.", None),
])
def test_fieldwork_from_a_base_and_passive_work(rules, sentence, month):
    assert _facts_of(rules, "Sedbergh PDU inspection\n\n" + sentence)["fieldwork"] == month


@pytest.mark.parametrize("sentence, month", [
    # the inspectors' presence in a place over some days
    ("The inspection team from HM Inspectorate of Probation was in North Yorkshire between 9 and 13 May 2023.",
     "2023-05"),
    ("Inspectors were with the Masham team from 2 to 6 October 2023.", "2023-10"),
    ("We were in Masham during the week of 16 January 2023.", "2023-01"),
    # reading cases dates the fieldwork only where no other event stands between the reading and the date
    ("Over four days, 20–23 November 2023, inspectors read cases and met staff.", "2023-11"),
    ("In September 2023, the inspection team examined 45 cases.", "2023-09"),
    ("Inspectors reviewed the cases of people released from prison in May 2023.", None),
    ("The inspection examined 30 cases of men sentenced in March 2023.", None),
    # not the inspectors' presence
    ("The team was in the middle of a restructure in March 2023.", None),
])
def test_fieldwork_from_the_inspectors_presence_and_their_reading(rules, sentence, month):
    assert _facts_of(rules, "Masham PDU inspection\n\n" + sentence)["fieldwork"] == month


@pytest.mark.parametrize("sentence, month", [
    # the latest such month not after the publication (4 March 2025)
    ("Inspectors visited the service over four days in February, reading cases and meeting staff.", "2025-02"),
    ("Inspectors visited the service in November and met the board.", "2024-11"),
    ("The fieldwork took place in early March.", "2025-03"),
    ("Inspectors visited the service in the second half of December, meeting staff.", "2024-12"),
    # the service examined in the passive
    ("The team was examined in November by Ofsted and HM Inspectorate of Probation.", "2024-11"),
    ("Sedbergh YJS was jointly inspected during February.", "2025-02"),
    ("The work of Sedbergh Youth Offending Team (YOT) was examined in February by a joint team.", "2025-02"),
    ("The service was assessed as ‘Good’ in January.", None),
    ("The team was last inspected in January.", None),
    # not the inspectors' visit, or another event between the visit and the month: no month
    ("Inspectors reviewed the cases of children sentenced in January.", None),
    ("The board met in January to plan for the inspection.", None),
    ("Inspectors visited the service, which opened a new office in January.", None),
])
def test_fieldwork_month_without_a_year_is_dated_from_the_publication(rules, sentence, month):
    text = "Sedbergh YJS inspection\n\nPublished 4 March 2025\n\n" + sentence
    assert _facts_of(rules, text)["fieldwork"] == month


@pytest.mark.parametrize("dateline, report_day, fieldwork", [
    ("Friday 14 April 2017", "Tuesday (11 April)", "2017-01"),
    ("Thursday 9 March 2017", "Monday (6 March)", "2016-11"),  # a month after the publication's: the year before
])
def test_fieldwork_month_without_a_year_in_a_news_story(rules, dateline, report_day, fieldwork):
    month = "November" if fieldwork.endswith("-11") else "January"
    text = (f"Youth team ‘must do better’\n\nBy Ann Hale\n\n{dateline}\n\nInspectors have reported on Sedbergh "
            f"Youth Offending Team. The team was examined in {month} by Ofsted and HM Inspectorate of Probation, and "
            f"their report was published on {report_day}.")
    facts = _facts_of(rules, text)
    assert facts["fieldwork"] == fieldwork and facts["published"][:4] == dateline[-4:]


def test_fieldwork_month_without_a_year_needs_a_publication_date(rules):
    text = "Sedbergh YJS inspection\n\nInspectors visited the service over four days in February."
    assert _facts_of(rules, text)["fieldwork"] is None


# a local-news story: the report's own release day beats the story's byline date; a day without a year is the
# latest such day not after the byline
_STORY = "Probation in Kendal ‘not yet good enough’\n\nBy Ruth Dale, local democracy reporter\n\n{dateline}\n\n{sentence}"


@pytest.mark.parametrize("dateline, sentence, published", [
    ("Thursday 13 February 2025",
     "The watchdog’s report on Kendal Probation Delivery Unit, issued by HM Inspectorate of Probation on "
     "11 February, criticises its risk assessments.", "2025-02-11"),
    ("Tuesday 14 January 2025",
     "A report released by the probation inspectorate on Friday 20 December found Kendal PDU short of staff.",
     "2024-12-20"),
    ("Monday 3 March 2025",
     "Findings published by HM Inspectorate of Probation on 27 February 2025 rate Kendal PDU ‘Good’.", "2025-02-27"),
    # another event released on a day: the byline still dates the story
    ("Thursday 13 February 2025",
     "Kendal PDU supervises people released by HMP Haverigg on 11 February and earlier.", "2025-02-13"),
], ids=["issued by, no year", "released by, the year before the byline", "published by, with a year",
        "people released by a prison"])
def test_a_report_released_by_an_agency_on_a_day_is_the_publication(rules, dateline, sentence, published):
    assert _facts_of(rules, _STORY.format(dateline=dateline, sentence=sentence))["published"] == published


@pytest.mark.parametrize("sentence, month", [
    ("The inspection team interviewed managers and read case files in the first half of October 2024.", "2024-10"),
    ("Inspectors met staff and partners during the second half of May 2023.", "2023-05"),
    ("Our inspectors spoke to people on probation in the middle of January 2025.", "2025-01"),
    ("Inspectors observed supervision sessions in the last week of September 2024.", "2024-09"),
    ("Inspectors reviewed 30 cases in late April 2024.", "2024-04"),
    # a part of another event's month is still not the fieldwork
    ("Inspectors met people released in the second half of May 2023.", None),
])
def test_fieldwork_from_the_inspectors_activity_in_part_of_a_month(rules, sentence, month):
    assert _facts_of(rules, "Ulverston PDU inspection\n\n" + sentence)["fieldwork"] == month


def test_upper_case_weekday_and_lower_case_probation_unit(rules):
    text = ("EMBARGOED UNTIL 00:01 ON FRIDAY 7 MARCH 2025\n\nSedbergh probation unit rated ‘Good’\n\n"
            "Sedbergh Probation Delivery Unit serves the Dales.")
    assert ents(rules, text) == [("FRIDAY 7 MARCH 2025", "DATE"), ("Sedbergh probation unit", "SERVICE"),
                                 ("Good", "RATING"), ("Sedbergh Probation Delivery Unit", "SERVICE")]
    assert normalise_date("FRIDAY 7 MARCH 2025") == "2025-03-07"
    facts = _facts_of(rules, text)
    # the description is not the name; the headline under the embargo line gives the rating
    assert facts["service"]["name"] == "Sedbergh Probation Delivery Unit" and facts["overall_rating"] == "Good"


# --- publication and fieldwork dates in the common page forms (the rules alone) ---------------------------------

_UNIT = "Amble YJS rated ‘Good’\n\nAmble Youth Justice Service has been judged ‘Good’ by inspectors."


@pytest.mark.parametrize("text, published", [
    ("EMBARGOED UNTIL 00:01 WEDNESDAY 11 JUNE 2025\n\n" + _UNIT, "2025-06-11"),
    ("Under embargo to 00.01 on Wednesday 11 June 2025\n\n" + _UNIT, "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n1. This release is embargoed until 00:01, 11 June 2025.", "2025-06-11"),
    ("Date: 11 June 2025\n\n" + _UNIT, "2025-06-11"),
    ("Posted on 11 June 2025\n\n" + _UNIT, "2025-06-11"),
    ("Issued: Wed 11 June 2025\n\n" + _UNIT, "2025-06-11"),
    ("Not for publication before 00:01 hours on 11 June 2025\n\n" + _UNIT, "2025-06-11"),
    (_UNIT + " Their report, issued today (Wednesday 11 June), follows fieldwork in March 2025.", "2025-06-11"),
    # the hour an embargo lifts, a report made public, a labelled line in the notes, a dateline before a dash
    (_UNIT + "\n\nNotes to editors\n\n1. The findings appear online at 00.01 on Wednesday 11 June 2025.", "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n1. The inspectorate made the report public on 11 June 2025.", "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n2. Date of release: 11/06/2025", "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n1. Publication: Wednesday 11 June 2025.", "2025-06-11"),
    ("Press release – 11th June 2025\n\n" + _UNIT, "2025-06-11"),
    ("Amble YJS rated ‘Good’\n\n11 June 2025 – Amble Youth Justice Service has been judged ‘Good’ by inspectors.",
     "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n1. The findings went public on 11 June 2025.", "2025-06-11"),
    (_UNIT + " The inspectorate announced its findings on 11 June 2025.", "2025-06-11"),
    (_UNIT + "\n\nNotes to editors\n\n1. The report is out on Wednesday 11 June 2025.", "2025-06-11"),
    ("Amble YJS rated ‘Good’ | 11 June 2025\n\nAmble Youth Justice Service has been judged ‘Good’.", "2025-06-11"),
])
def test_publication_day_from_embargo_lines_and_page_labels(rules, text, published):
    assert _facts_of(rules, text)["published"] == published


@pytest.mark.parametrize("label", ["Published", "First published:", "Date published"])
def test_a_date_label_on_its_own_line_dates_the_publication_by_the_next_line(rules, label):
    # a GOV.UK page's header: the label on one line, the date on the next; "Last updated" is no such label
    text = (f"Press release\n{_UNIT}\nFrom: HM Inspectorate of Probation\n{label}\n11 June 2025\n"
            "Last updated\n2 July 2025\n\nInspectors read 30 cases.")
    assert _facts_of(rules, text)["published"] == "2025-06-11"
    assert _facts_of(rules, text.replace(f"{label}\n", "Updated\n"))["published"] != "2025-06-11"


def test_a_date_label_that_is_not_the_publication_is_not_read(rules):
    text = "Published: 11 June 2025\n\n" + _UNIT + "\n\nLast updated 2 July 2025"
    assert _facts_of(rules, text)["published"] == "2025-06-11"


@pytest.mark.parametrize("sentence, month", [
    ("Inspectors went to Amble in May 2025 to see the work first hand.", "2025-05"),
    ("The inspection team travelled to the service in February 2025.", "2025-02"),
    ("Fieldwork ran between 30 December and 3 January 2025.", "2024-12"),
    # a labelled line in the notes; a date that is the object of publishing is not the fieldwork
    ("Notes to editors\n\n1. Dates of inspection: 3 – 7 February 2025.", "2025-02"),
    ("Notes to editors\n\nInspection dates: 3-7 February 2025", "2025-02"),
    ("The report, published on 2 June 2025, follows fieldwork in February 2025.", "2025-02"),
    ("Our inspection of the service, in February 2025, found strong partnerships.", "2025-02"),
    # a year-less day range after the visit, dated from the publication day
    ("It was published on 2 June 2025. Inspectors were in Amble between 3 and 7 February.", "2025-02"),
])
def test_fieldwork_from_a_journey_and_over_the_turn_of_a_year(rules, sentence, month):
    assert _facts_of(rules, _UNIT + " " + sentence)["fieldwork"] == month


@pytest.mark.parametrize("sentence, aspect, rating", [
    ("Resettlement work, judged ‘Inadequate’ last year, is now ‘Good’.", "resettlement policy and provision", "Good"),
    ("Leadership, which had been rated ‘Inadequate’ at the previous inspection, is now rated ‘Requires improvement’.",
     "leadership", "Requires improvement"),
])
def test_an_aspect_rated_at_an_earlier_time_keeps_only_its_current_rating(rules, sentence, aspect, rating):
    out = _facts_of(rules, _UNIT + " " + sentence)
    assert [(r["aspect"], r["rating"]) for r in out["ratings"]] == [(aspect, rating)]
    assert out["overall_rating"] == "Good"


def test_an_aspect_rated_in_a_sentence_about_another_service_is_not_the_services(rules):
    text = (_UNIT + " At Warkworth Youth Justice Service, inspected last year, resettlement was rated ‘Inadequate’. "
            "Out-of-court disposal work at Amble Youth Justice Service was rated ‘Outstanding’.")
    out = _facts_of(rules, text)
    assert [(r["aspect"], r["rating"]) for r in out["ratings"]] == [("out-of-court disposals", "Outstanding")]


@pytest.mark.parametrize("line", [
    "The report is published today.", "It will be available on the website from 3 May.", "Released: 16/07/2019",
    "Not for release before 00.01 on Tuesday", "The findings went live on Monday.", "Inspectors announced their "
    "findings on 2 June.", "The report is out on Thursday.", "The council made the report public on 9 May.",
    "Date: 21 January 2025", "Posted on 14 May 2024", "EMBARGOED UNTIL 00:01 TUESDAY 3 JUNE 2025",
    "News release – 3rd April 2025", "30 October 2024 – The service said", "Its report, put out by the "
    "inspectorate on Friday 20 December, was read", "First published 16 July 2020",
    "1. Publication of this report: 4 March 2025", "The report’s publication date is 4 March 2025.", "Today’s report (Monday, 3 March) rates it ‘Good’."])
def test_the_publication_cue_pre_filter_lets_every_cue_through(line):
    from nlp.entities.facts.dates import _PUBLISHED, may_be_published_cue
    assert _PUBLISHED.search(line) and may_be_published_cue(line)


@pytest.mark.parametrize("line", [
    "Fieldwork took place in April 2024.", "The inspection, which took place in September 2020, found",
    "Inspectors visited the service in May.", "It was carried out remotely in July 2021.",
    "Our inspection of Leeds YJS, in February 2025, found", "Dates of inspection: 2 – 6 September 2024",
    "Inspectors spent a week with the service at the end of January 2025.", "We were in Thirsk from 3 - 7 June.",
    "The team were in the area between 4 and 8 March.", "It was done virtually in March 2021.",
    "We went over three weeks in June.", "in the week beginning 19 February 2024", "On-site dates: 3–7 March 2025",
    "The inspection lasted two weeks.", "The inspectorate had a team in Llanfrothen for a week.", "We had inspectors in Llanfrothen.",
    "The inspection team’s visit began on 3 March 2025."])
def test_the_fieldwork_cue_pre_filter_lets_every_cue_through(line):
    from nlp.entities.facts.dates import _FIELDWORK, may_be_fieldwork_cue
    assert _FIELDWORK.search(line) and may_be_fieldwork_cue(line)


def test_the_fieldwork_cue_pre_filter_never_drops_a_sentence_of_our_releases():
    # a necessary condition: wherever the cue matches, in any sentence of the training and held-out releases
    import glob
    import json

    from nlp.corpus import PROJECT_ROOT
    from nlp.entities.facts.dates import _FIELDWORK, may_be_fieldwork_cue
    texts = [r.text for r in load_dataset()]
    texts += [json.loads(open(p, encoding="utf-8").read())["text"]
              for p in glob.glob(str(PROJECT_ROOT / "annotations" / "heldout*" / "*.json"))]
    lines = [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n", text)]
    assert len(lines) > 5000
    assert [line for line in lines if _FIELDWORK.search(line) and not may_be_fieldwork_cue(line)] == []
    assert sum(map(may_be_fieldwork_cue, lines)) < len(lines) / 2  # it does filter


def test_the_publication_cue_pre_filter_never_drops_a_sentence_of_our_releases():
    # a necessary condition: wherever the cue matches, in any sentence of the training and held-out releases
    import glob
    import json

    from nlp.corpus import PROJECT_ROOT
    from nlp.entities.facts.dates import _PUBLISHED, may_be_published_cue
    texts = [r.text for r in load_dataset()]
    texts += [json.loads(open(p, encoding="utf-8").read())["text"]
              for p in glob.glob(str(PROJECT_ROOT / "annotations" / "heldout*" / "*.json"))]
    lines = [line for text in texts for line in re.split(r"(?<=[.!?])\s+|\n", text)]
    assert len(lines) > 5000
    assert [line for line in lines if _PUBLISHED.search(line) and not may_be_published_cue(line)] == []
    assert sum(map(may_be_published_cue, lines)) < len(lines) / 2  # it does filter


# --- the misses of the ninth and tenth shapes sets (issue #16), in our own wording ---------------------------

@pytest.mark.parametrize("sentence, published", [
    # the report's own day beats the byline date; a weekday in brackets before it
    ("The inspectorate rated Kirkby Lonsdale YOT ‘Good’; its report came out on Monday (3 March).", "2025-03-03"),
    ("Both teams were inspected in the autumn, and the inspectorate put its report online on 4 March.", "2025-03-04"),
    ("The watchdog put both reports live on Tuesday 4 March.", "2025-03-04"),
])
def test_a_report_that_came_out_or_was_put_online_on_a_day_is_the_publication(rules, sentence, published):
    text = _STORY.format(dateline="Friday 7 March 2025", sentence=sentence)
    assert _facts_of(rules, text)["published"] == published


def test_a_byline_date_stays_the_publication_when_nothing_else_came_out(rules):
    text = _STORY.format(dateline="Friday 7 March 2025", sentence="Kendal PDU came out of the inspection well.")
    assert _facts_of(rules, text)["published"] == "2025-03-07"


@pytest.mark.parametrize("sentence, month", [
    ("Kendal PDU has been rated ‘Good’ after a visit from HM Inspectorate of Probation in October 2024.", "2024-10"),
    ("Kendal PDU was rated ‘Good’ following a two-week visit by the inspectorate during October 2024.", "2024-10"),
    ("The police inspectorate also sent inspectors, who were in the town between 7 and 11 October 2024.", "2024-10"),
    ("Inspectors were with both teams in the first half of October 2024.", "2024-10"),
    ("Inspectors read 50 cases during the weeks beginning 7 and 14 October 2024.", "2024-10"),
    ("Kendal PDU is ‘Good’, inspectors have found, after examining its work in October 2024.", "2024-10"),
    ("Kendal PDU is ‘Good’, say inspectors, after visiting the unit in October 2024.", "2024-10"),
    # a visit from someone else, or "with both" about another thing, dates no fieldwork
    ("The office had a visit from the minister in October 2024.", None),
    ("Staff were with both families until October 2024.", None),
])
def test_fieldwork_from_a_visit_the_inspectors_presence_and_their_examining(rules, sentence, month):
    assert _facts_of(rules, "Kendal PDU inspection\n\n" + sentence)["fieldwork"] == month


def test_fieldwork_day_range_without_a_year_after_who_were_in(rules):
    text = ("Sedbergh YJS inspection\n\nPublished 4 March 2025\n\nThe police inspectorate also sent inspectors, who "
            "were in the town from 3 to 7 February.")
    assert _facts_of(rules, text)["fieldwork"] == "2025-02"


@pytest.mark.parametrize("sentence, ratings", [
    ("Inspectors gave separate ratings to staffing, ‘Good’, and to services, ‘Requires improvement’.",
     [("staffing", "Good"), ("services", "Requires improvement")]),
    ("Two areas were rated on their own this time, and both were ‘Good’: unpaid work and leadership.",
     [("unpaid work", "Good"), ("leadership", "Good")]),
    ("Rated separately, its unpaid work earned ‘Good’, but its through-the-gate work, also given a rating of its "
     "own, was ‘Inadequate’.", [("unpaid work", "Good"), ("Through the Gate", "Inadequate")]),
    ("Its work with children leaving custody, which inspectors rate separately, was ‘Good’.",
     [("resettlement policy and provision", "Good")]),
    # a colon after a rating that counts nothing: what follows is not its aspects
    ("The unit was found ‘Good’: leadership has improved since 2021.", []),
    # "access to services" is the services themselves, not the standard
    ("Access to services, rated ‘Inadequate’, worried the inspectors.", []),
])
def test_separate_ratings_given_to_and_listed_after_the_rating(rules, sentence, ratings):
    text = "Kendal PDU inspection\n\nKendal Probation Delivery Unit has been rated ‘Requires improvement’ overall. " + sentence
    assert [(r["aspect"], r["rating"]) for r in _facts_of(rules, text)["ratings"]] == ratings


def test_youth_and_justice_service_written_out():
    assert normalise_service("Sedbergh Youth and Justice Service") == {
        "name": "Sedbergh Youth and Justice Service", "short": "Sedbergh Y&JS", "type": "YJS"}


def test_youth_and_justice_service_is_a_service(rules):
    assert ents(rules, "Inspectors visited Sedbergh Youth and Justice Service in May.")[0] == (
        "Sedbergh Youth and Justice Service", "SERVICE")
    assert ents(rules, "Inspectors visited Sedbergh Youth & Justice Service in May.")[0] == (
        "Sedbergh Youth & Justice Service", "SERVICE")


@pytest.mark.parametrize("gold, predicted, same", [
    ("through-the-gate services", "Through the Gate", True),
    ("work to help children leaving custody", "resettlement policy and provision", True),
    ("work to help children leaving custody", "court disposals", False),
    ("out-of-court work", "court disposals", False),
    ("leadership", "staffing", False),
])
def test_an_aspect_matches_across_hyphens_and_by_the_aspect_table(gold, predicted, same):
    from nlp.entities.evaluation import ratings_match
    assert ratings_match([{"aspect": gold, "rating": "Good"}], [{"aspect": predicted, "rating": "Good"}]) is same


# --- the misses of the twenty-first and twenty-second shapes sets (issue #16), in our own wording ----------------

@pytest.mark.parametrize("sentence, count", [
    # a total after a colon or semicolon beats the count per unit
    ("Four recommendations apiece: twelve in all.", 12),
    ("Five recommendations per report; ten in total.", 10),
    ("Two recommendations each – eight altogether.", 8),
    # a count set out "as recommendations"
    ("Five areas for improvement are given as recommendations.", 5),
    ("The report lists three weaknesses as its recommendations.", 3),
    # a share of some areas, or no count, is no total
    ("Two of the five areas for improvement are framed as recommendations.", None),
    ("Areas for improvement are set out as recommendations.", None),
])
def test_recommendation_count_from_a_total_after_a_colon_and_areas_set_out_as_recommendations(rules, sentence, count):
    doc = rules(sentence)
    assert extract_facts(doc, [(0, len(sentence), "RECOMMENDATION")])["recommendations"]["count"] == count, sentence


@pytest.mark.parametrize("opening, published", [
    # a day without a year, after "appears today": the year of the fieldwork, the weekday must fit
    ("Sedbergh YOS is found ‘Good’ in a report that appears today (Thursday 14 March).", "2024-03-14"),
    ("Sedbergh YOS is found ‘Good’ in a report that is published today (Thursday 14 March).", "2024-03-14"),
    ("Sedbergh YOS is found ‘Good’ in a report issued today, Thursday 14 March.", "2024-03-14"),
    # 14 March 2024 is a Thursday, not a Monday: no day rather than a wrong one
    ("Sedbergh YOS is found ‘Good’ in a report that appears today (Monday 14 March).", None),
])
def test_a_day_without_a_year_after_appears_today(rules, opening, published):
    text = ("Sedbergh YOS rated ‘Good’\n\n" + opening + " Inspectors visited the service in January 2024.")
    assert _facts_of(rules, text)["published"] == published


@pytest.mark.parametrize("sentence, month", [
    ("Inspection teams worked in both units over the fortnight starting 2 October 2023.", "2023-10"),
    ("Inspectors worked alongside the case managers during the week beginning 9 October 2023.", "2023-10"),
    ("Our inspectors worked with the team over the two weeks from 16 October 2023.", "2023-10"),
    # another event between the work and its time dates no fieldwork
    ("Inspectors worked with people released over the week starting 2 October 2023.", None),
    # the inspections themselves ran over "a" span, with a day it began
    ("The two inspections ran in parallel over a fortnight beginning 4 March 2024.", "2024-03"),
    ("Inspectors read cases over a week beginning 9 October 2023.", "2023-10"),
    ("The two inspections ran in parallel, and the reports were published on 4 October 2024.", None),
])
def test_fieldwork_from_the_inspectors_work_over_a_span_starting_on_a_day(rules, sentence, month):
    assert _facts_of(rules, "Kendal PDU inspection\n\n" + sentence)["fieldwork"] == month


@pytest.mark.parametrize("opening", ["Reports on", "Findings on", "Inspections of"])
def test_a_common_word_opening_the_sentence_is_not_part_of_the_service_name(rules, opening):
    text = (f"Two teams praised\n\n{opening} Wrenmoor Youth Justice Service were made public on Monday. The "
            f"{opening.split()[0].lower()} praise the team's work with families.")
    assert ("Wrenmoor Youth Justice Service", "SERVICE") in ents(rules, text)
    assert extract_facts(rules(text))["service"]["name"] == "Wrenmoor Youth Justice Service"


def test_a_place_joined_by_a_lower_case_word_keeps_its_first_word(rules):
    # "Upton" is no common word of the release: the name stays whole
    text = "Team praised\n\nUpton on Wrenn Youth Justice Service has been rated ‘Good’. Upton is a small town."
    assert ("Upton on Wrenn Youth Justice Service", "SERVICE") in ents(rules, text)


@pytest.mark.parametrize("sentence", [
    "Four years after being rated ‘Inadequate’, Wrenmoor Youth Justice Service now sits at ‘Requires improvement’.",
    "Having been judged ‘Inadequate’ last time, Wrenmoor Youth Justice Service now stands at ‘Requires improvement’.",
    "Wrenmoor Youth Justice Service, two years after being graded ‘Inadequate’, has now been rated ‘Requires "
    "improvement’.",
])
def test_a_rating_held_before_is_not_the_current_one(rules, sentence):
    text = f"Wrenmoor youth justice: a team on the mend\n\n{sentence} Inspectors visited in May 2024."
    assert extract_facts(rules(text))["overall_rating"] == "Requires improvement"


@pytest.mark.parametrize("sentence", [
    "Wrenmoor Probation Delivery Unit comes out one rung below ‘Good’, at ‘Requires improvement’, in a report out today.",
    "Wrenmoor Probation Delivery Unit finishes a step above ‘Inadequate’, on ‘Requires improvement’.",
    "A visit in March 2024 has left Wrenmoor Probation Delivery Unit one grade under ‘Good’: ‘Requires improvement’.",
    "Wrenmoor Probation Delivery Unit now stands a rung below ‘Good’ – ‘Requires improvement’ – after a visit.",
])
def test_a_rating_compared_with_is_not_the_services(rules, sentence):
    text = f"Wrenmoor unit improving\n\n{sentence} Inspectors visited in May 2024."
    assert extract_facts(rules(text))["overall_rating"] == "Requires improvement"


@pytest.mark.parametrize("opening", ["Reports on", "Findings of", "Verdicts on", "Results of"])
def test_a_listed_common_noun_opening_the_sentence_is_no_part_of_the_name(rules, opening):
    # the word never appears in lower case in the release: the list of common nouns decides
    text = f"Team praised\n\n{opening} Quenby Youth Justice Service were made public on Monday. Staff are proud."
    assert ("Quenby Youth Justice Service", "SERVICE") in ents(rules, text)


def test_a_place_opening_on_a_word_and_a_joiner_stays_whole(rules):
    text = "Team praised\n\nStoke on Tollerton YJS has been rated ‘Good’. Staff are proud."
    assert ("Stoke on Tollerton YJS", "SERVICE") in ents(rules, text)


@pytest.mark.parametrize("sentence", [
    "Inspectors now judge that Brackley Vale Youth Justice Service deserves ‘Good’; their report of June 2020 had "
    "given it ‘Inadequate’.",
    "Brackley Vale Youth Justice Service deserves ‘Good’, inspectors say; the earlier report had awarded it "
    "‘Inadequate’.",
])
def test_a_rating_a_report_had_given_before_is_not_the_current_one(rules, sentence):
    text = f"Brackley Vale youth justice turns a corner\n\n{sentence} Inspectors visited in January 2024."
    assert extract_facts(rules(text))["overall_rating"] == "Good"


@pytest.mark.parametrize("sentence, rating", [
    # a movement after a rating held before: "has slipped (back) to", "has fallen / dropped / climbed to"
    ("Three years after being rated ‘Good’, Wrenmoor Youth Justice Service has slipped back to ‘Requires "
     "improvement’.", "Requires improvement"),
    ("Three years after being judged ‘Good’, Wrenmoor Youth Justice Service has fallen to ‘Inadequate’.", "Inadequate"),
    ("Wrenmoor Youth Justice Service, rated ‘Inadequate’ in 2019, has since climbed to ‘Good’.", "Good"),
    ("Two years after being rated ‘Good’, Wrenmoor Youth Justice Service is now ‘Requires improvement’.",
     "Requires improvement"),
    # the change written new rating first: "to ‘Y’ from the ‘X’ it held"
    ("Wrenmoor Youth Justice Service drops to ‘Requires improvement’ from the ‘Good’ it was given after its 2020 "
     "inspection.", "Requires improvement"),
    ("Wrenmoor Youth Justice Service climbs to ‘Good’ from its previous ‘Inadequate’.", "Good"),
])
def test_a_movement_away_from_a_rating_held_before_gives_the_new_one(rules, sentence, rating):
    text = f"Wrenmoor youth justice update\n\n{sentence} Inspectors visited in May 2024."
    assert extract_facts(rules(text))["overall_rating"] == rating


@pytest.mark.parametrize("sentence, ratings", [
    ("Quenby lands at ‘Requires improvement’; its neighbour Tollerton sinks to ‘Inadequate’.",
     ["Requires improvement", "Inadequate"]),
    ("Quenby rests at ‘Good’; its sister unit Tollerton drops to ‘Inadequate’.", ["Good", "Inadequate"]),
    ("Quenby lands at ‘Good’, while its neighbour Tollerton slips to ‘Requires improvement’.",
     ["Good", "Requires improvement"]),
    # a grade wished for is no rating
    ("Quenby lands at ‘Good’; its neighbour Tollerton hopes to reach ‘Good’ next time.", ["Good", None]),
])
def test_its_neighbour_before_a_place_and_a_verb_makes_the_place_the_subject(rules, sentence, ratings):
    text = ("Quenby and Tollerton PDUs inspected\n\nInspectors have reported on Quenby Probation Delivery Unit and "
            f"Tollerton Probation Delivery Unit. {sentence} Inspectors visited in May 2024.")
    assert [s["overall_rating"] for s in extract_facts(rules(text))["services"]] == ratings
