"""Builds the fifty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

The mark-up, the builder and the gold-fact helpers are the first shapes set's (`../heldout-shapes/source.py`, whose
docstring describes the mark-up). Gold facts (meta) were written with the texts, before any model or rule was run on them.
"""

import runpy
from pathlib import Path

# The first set's source.py, run as a plain module (its files are written only under __main__).
FIRST = runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout-shapes" / "source.py"))
svc, facts = FIRST["svc"], FIRST["gold_facts"]

RI, GOOD, INAD, OUT = "Requires improvement", "Good", "Inadequate", "Outstanding"

RELEASES = [
    # 1. two youth justice services on a Walsall council news page, "Thursday, 4th June 2020"; "Bloxwich came away with
    #    ‘Good’ while Pelsall sits a grade lower"; eight recommendations split five and three
    ("bloxwich-and-pelsall-yjs-2020", facts([
        svc("Bloxwich Youth Justice Service", "Bloxwich YJS", "YJS", GOOD),
        svc("Pelsall Youth Justice Service", "Pelsall YJS", "YJS", RI)], "2020-06-04", "2020-02", 8),
     """N| Council news

N| Watchdog verdict on our two youth justice teams

N| [Thursday, 4th June 2020|D]

N| Reports on [Bloxwich Youth Justice Service|S] and [Pelsall Youth Justice Service|S] appeared this week on the [HM Inspectorate of Probation|A] website.
N| [Bloxwich|S] came away with ‘[Good|R]’ while [Pelsall|S] sits a grade lower with ‘[Requires improvement|R]’.
N| Inspectors visited both teams over a fortnight in [February 2020|D].

S| Staff in Bloxwich were found to be tenacious, staying in contact even when a child moved out of the borough.
W| In [Pelsall YJS|S], by contrast, safety planning for potential victims was thin and seldom revisited.
S| Both services were commended for close links with [West Midlands Police|A] custody officers.

R| Eight recommendations follow: five go to [Pelsall|S], three to [Bloxwich|S].

N| Cllr [Sandra Heath|X], lead member for young people, commented: “My thanks go to every member of staff, and our response to each point is being prepared.”
"""),
    # 2. a PDU inside its region on GOV.UK: "Published 17 September 2024"; fieldwork "10 - 14 June 2024"; the region's
    #    own earlier rating beside ("which the inspectorate judged ‘Requires improvement’ in 2023"); six recommendations
    ("northfield-pdu-2024", facts([
        svc("Northfield Probation Delivery Unit", "Northfield PDU", "PDU", INAD)], "2024-09-17", "2024-06", 6),
     """N| Press release

N| Probation unit in south Birmingham falls to lowest grade

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| [Northfield Probation Delivery Unit|S], one unit of the [Probation Service – West Midlands region|S], has been given the bottom mark of ‘[Inadequate|R]’.
N| The whole region, which the inspectorate judged ‘[Requires improvement|R]’ in [2023|D], has eleven such units.
N| Inspectors were on site on [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In south Birmingham, people on licence were, frankly, being left to their own devices.
W| “Almost half the officer posts were vacant and newly qualified staff held cases well beyond what their experience could support.”

S| Mr Jones continued: “There are green shoots: the recently appointed head of service brings a credible plan, and links with [Birmingham City Council|A] housing officers are strengthening.”

R| Of six recommendations, two are directed at the [Probation Service|A] at national level.

N| ENDS
"""),
    # 3. a youth offending team in a pre-2018 joint inspection, no overall rating, bullet lists after "pleased to find"
    #    and "concerned to find"; "Published: 19 Nov 2016"; fieldwork in July 2016; five recommendations
    ("tettenhall-and-perton-yot-2016", facts([
        svc("Tettenhall and Perton Youth Offending Team", "Tettenhall and Perton YOT", "YJS", None)],
        "2016-11-19", "2016-07", 5),
     """N| Youth offending in Tettenhall and Perton: joint inspection findings

N| Published: [19 Nov 2016|D]

N| In [July 2016|D], [HM Inspectorate of Probation|A] led a joint inspection, with [Ofsted|A] and the [Care Quality Commission|A] as partners, of the [Tettenhall and Perton Youth Offending Team|S].

N| Inspectors were pleased to find that:
S| most children and their families trusted their case managers;
S| victim contact work was a particular strength.

N| However, inspectors were concerned to find that:
W| assessments of a child’s danger to others were often stale;
W| health workers often went unaware when a child’s situation changed.

R| Five recommendations are made, among them a quarterly check on risk plans by the management board.

N| Notes to editors
N| 1. [Tettenhall and Perton YOT|S] works with about 90 children across the west of the city.
"""),
    # 4. an older name: a Probation Trust in 2013, percentage scores, no overall rating; published "12/03/2013" on a
    #    council page; fieldwork "in October and November 2012"; no count of recommendations (null)
    ("barlaston-and-tean-probation-trust-2013", facts([
        svc("Barlaston and Tean Probation Trust", "Barlaston and Tean Probation Trust", "other", None)],
        "2013-03-12", "2012-10", None),
     """N| Inspection of local probation trust published

N| [12/03/2013|D]

N| Offender management by the [Barlaston and Tean Probation Trust|S] features in a fresh report by [HM Inspectorate of Probation|A], based on visits in [October and November 2012|D].
S| On work to cut reoffending the trust achieved 79%, comfortably ahead of most trusts seen in this round.
W| Public protection work earned a weaker 64%, since harm assessments in a sizeable minority of cases fell short.
S| Offender managers were described as committed and knowledgeable about local services.
W| Contact with [Staffordshire Police|A] about domestic incidents was inconsistent.

N| Speaking for [Staffordshire County Council|A], a press officer promised continued joint working with the trust.
"""),
    # 5. a CRC in 2018 with unpaid work rated separately; "Published: 6 Dec 2018"; fieldwork "between 24 and 28
    #    September 2018"; seven recommendations
    ("dorridge-and-knowle-crc-2018", facts([
        svc("Dorridge and Knowle Community Rehabilitation Company", "Dorridge and Knowle CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-06", "2018-09", 7),
     """N| Rehabilitation company near Solihull told it ‘[Requires improvement|R]’

N| Published: [6 Dec 2018|D]

N| Following its latest visit, [HM Inspectorate of Probation|A] grades the [Dorridge and Knowle Community Rehabilitation Company|S] ‘[Requires improvement|R]’ overall.
S| Unpaid work got its own grade, ‘[Good|R]’, and did better.
N| Fieldwork ran between [24 and 28 September 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work placements here are well organised and people finish their hours.
W| “But staff supervising people day to day are stretched thin, and too often contact happens only by telephone.”

W| Worryingly, domestic abuse was addressed sufficiently in just 41 per cent of the sample.
S| The CRC’s partnership with [Solihull Council|A] on housing advice was impressive.

R| We make seven recommendations, five for [Dorridge and Knowle CRC|S] and two for [HMPPS|A].
"""),
    # 6. an NPS division in 2019 with "an overall regional rating"; fieldwork "in February 2019"; "Published: 3 Jul 2019";
    #    nine recommendations
    ("nps-alrewas-and-yoxall-division-2019", facts([
        svc("National Probation Service – Alrewas and Yoxall Division", "NPS Alrewas and Yoxall", "region", GOOD)],
        "2019-07-03", "2019-02", 9),
     """N| Probation division in Staffordshire earns ‘[Good|R]’

N| Published: [3 Jul 2019|D]

N| The [National Probation Service – Alrewas and Yoxall Division|S] receives ‘[Good|R]’, an overall regional rating, from [HMI Probation|A].
N| Inspectors visited in [February 2019|D].

S| Leaders at [NPS Alrewas and Yoxall|S] are visible; staff felt that their views counted.
S| Court reports were swift and of a high standard.
W| Whilst staffing had stabilised, probation officers still carried caseloads above the national target.
W| Victims were not always kept informed about release dates.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This division is bucking the trend, and I commend all its staff.”

R| Of nine recommendations, most are addressed to the division.
"""),
    # 7. two Birmingham PDUs in a local paper, neither "rated": "Kings Norton and Stechford were both handed ‘...’";
    #    byline date "Friday 28 February 2025", publication "on Wednesday (26 February)"; fieldwork "in October 2024"
    ("kings-norton-and-stechford-pdus-2025", facts([
        svc("Kings Norton Probation Delivery Unit", "Kings Norton PDU", "PDU", RI),
        svc("Stechford Probation Delivery Unit", "Stechford PDU", "PDU", RI)], "2025-02-26", "2024-10", 8),
     """N| City probation teams told ‘must do better’ by inspectors

N| By [Owen Pritchard|X]

N| [Friday 28 February 2025|D]

N| [Kings Norton Probation Delivery Unit|S] and [Stechford Probation Delivery Unit|S] were both handed ‘[Requires improvement|R]’ in reports made public on Wednesday ([26 February|D]).
N| Inspectors spent time in the two offices in [October 2024|D].

S| The watchdog found that staff in Kings Norton knew the people they supervised as individuals.
W| In contrast, [Stechford PDU|S] was relying heavily on agency staff, and morale was poor.
W| Across both units, children’s social care teams were not consistently consulted before plans were agreed.

R| There are eight recommendations, four for each of the two units.

N| Responding, a [Probation Service|A] spokesperson said: “These findings are accepted and recruitment is already under way.”
"""),
    # 8. a youth justice service rated Outstanding with resettlement graded separately and the previous rating beside;
    #    published "today (Wednesday, 19 July)", the year from the fieldwork (April 2023); three recommendations
    ("great-wyrley-yjs-2023", facts([
        svc("Great Wyrley Youth Justice Service", "Great Wyrley YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2023-07-19", "2023-04", 3),
     """N| Youth justice team in south Staffordshire climbs to top grade

N| The inspectorate’s report, published today ([Wednesday, 19 July|D]), places [Great Wyrley Youth Justice Service|S] at ‘[Outstanding|R]’, up from ‘[Good|R]’ last time, in [2019|D].
S| Resettlement, which was assessed on a standalone basis, also earned ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children here are never an afterthought.
S| “The partnership board challenges itself and the team is tenacious in finding education places.”

S| Inspectors highlighted creative work with [Staffordshire Police|A] that protected children from exploitation.
W| Recording of out-of-court decisions was an area to be strengthened.

R| [Great Wyrley YJS|S] receives three recommendations.
"""),
    # 9. a Youth Offending Service in Warwickshire down to Inadequate, with its previous rating beside; the notes give
    #    publication "on the inspectorate’s website on 11 March 2022 at 00.01"; "The inspection, which took place in
    #    November 2021"; ten recommendations
    ("hartshill-and-dordon-yos-2022", facts([
        svc("Hartshill and Dordon Youth Offending Service", "Hartshill and Dordon YOS", "YJS", INAD)],
        "2022-03-11", "2021-11", 10),
     """N| Youth offending service in north Warwickshire slips to ‘[Inadequate|R]’

N| [Hartshill and Dordon Youth Offending Service|S] is now ‘[Inadequate|R]’; a report issued in [May 2019|D] had put it at ‘[Requires improvement|R]’.
N| The inspection, which took place in [November 2021|D], examined 30 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The management board met, but little changed.
W| “Practitioners told us that, when a case worried them, nobody was available to advise.”

S| Despite this, inspectors saw that a speech and language therapist attached to the service made a real difference to many children.
W| Sadly, safety plans were simply copied forward at each review.

R| Mr Jones added: “I urge the board to act on our ten recommendations without delay.”

N| ENDS

N| Notes to editors
N| 1. The report will be on the inspectorate’s website on [11 March 2022|D] at 00.01.
N| 2. [Warwickshire County Council|A] hosts [Hartshill and Dordon YOS|S].
"""),
    # 10. a 2025 public-protection PDU inspection: "Skip to content", empty "Published:" line, Context and Findings
    #     bullets, no rating; fieldwork "in August 2025"; publication in the notes; four recommendations
    ("meriden-pdu-2025", facts([
        svc("Meriden Probation Delivery Unit", "Meriden PDU", "PDU", None)], "2025-11-25", "2025-08", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of probation in Meriden

N| This is [HM Inspectorate of Probation|A]’s public protection inspection of [Meriden Probation Delivery Unit|S], carried out in [August 2025|D].

N| Context
N| Within the [Probation Service – West Midlands region|S], [Meriden PDU|S] covers parts of Solihull and Coventry.

N| Findings
S| Risk assessments were of a high standard in most cases examined.
W| In domestic abuse cases, officers seldom visited the home.
W| Information from [West Midlands Police|A] arrived late and was not always used.

R| The report makes four recommendations, including that home visits must be planned in every case with children at risk.

N| Notes to editors
N| 1. Publication date: [25 November 2025|D].
"""),
    # 11. a youth justice service graded Good with out-of-court work rated separately a grade lower; fieldwork "carried
    #     out remotely in July 2021"; "Published: 14 Oct 2021"; six recommendations; "good-quality" as an adjective
    ("gnosall-yjs-2021", facts([
        svc("Gnosall Youth Justice Service", "Gnosall YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2021-10-14", "2021-07", 6),
     """N| [Gnosall youth justice|S] given ‘[Good|R]’ overall

N| Published: [14 Oct 2021|D]

N| Inspectors consider [Gnosall Youth Justice Service|S] ‘[Good|R]’ overall; out-of-court disposal work, which is graded on its own, drew ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [July 2021|D].

S| Case workers produced good-quality assessments and understood each child’s background.
W| Out-of-court decisions, however, were made without enough information from [Staffordshire County Council|A] children’s services.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gnosall|S] can be rightly proud of what it has achieved during a difficult year.
R| “The board must now give out-of-court work equal attention.”

R| The service is given six recommendations to build on.
"""),
    # 12. a youth justice service on a Warwickshire council page with "Requires Improvement" in capitals and a previous
    #     rating; published "25/01/2024"; fieldwork "between 9 and 13 October 2023"; four recommendations
    ("dunchurch-yjs-2024", facts([
        svc("Dunchurch Youth Justice Service", "Dunchurch YJS", "YJS", RI)], "2024-01-25", "2023-10", 4),
     """N| [25/01/2024|D]

N| Update on inspection of [Dunchurch Youth Justice Service|S]

N| Our [Dunchurch Youth Justice Service|S] has again been graded ‘[Requires Improvement|R]’ in a report from [HM Inspectorate of Probation|A], matching its previous inspection in [2020|D].
N| The inspectors were with our team for five days, between [9 and 13 October 2023|D].

S| The inspectors said that staff were dedicated and that children’s voices were heard in planning.
W| They also reported that keeping children safe was handled variably and that management oversight required strengthening.

R| There are four recommendations; our improvement plan goes before the partnership board in February.

N| Councillor [Jeff Morgan|X] commented: “It is right that the commitment of our staff has been recognised.”
"""),    # 13. a unit inside its region with a sibling unit's earlier rating beside it; "only its leadership kept the unit
    #     out of ‘Inadequate’" (a near miss, not the rating); fieldwork "between 4 and 8 September 2023"; publication in
    #     the notes "on 5 December 2023 at 00.01"; six recommendations
    ("streetly-pdu-2023", facts([
        svc("Streetly Probation Delivery Unit", "Streetly PDU", "PDU", RI)], "2023-12-05", "2023-09", 6),
     """N| Probation unit in Streetly ‘[Requires improvement|R]’, inspectors conclude

N| For [Streetly Probation Delivery Unit|S], inside the [Probation Service – West Midlands region|S], the conclusion reached by [HM Inspectorate of Probation|A] is ‘[Requires improvement|R]’.
N| A neighbouring unit, [Fillongley PDU|S], was placed at ‘[Inadequate|R]’ earlier in the year.
N| Inspectors examined [Streetly|S]’s work between [4 and 8 September 2023|D].

W| Only the steadiness of its senior managers kept the unit out of ‘[Inadequate|R]’.
W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Caseloads in Streetly were heavy and plans were often copied from one year to the next.
S| Mr Jones continued: “Practitioners nonetheless showed professional curiosity in the best cases, asking the questions that mattered.”

R| The region must act on two of the six recommendations and the unit on four.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [5 December 2023|D], when the report appears online.
"""),
    # 14. a youth justice service on a Staffordshire council page, "Tuesday, 8th November 2022", rating without "rated"
    #     ("Inspectors settled on ‘...’"); YJS / youth justice team switching; fieldwork "in July 2022"; six
    #     recommendations, one for the police
    ("audley-yjs-2022", facts([
        svc("Audley Youth Justice Service", "Audley YJS", "YJS", RI)], "2022-11-08", "2022-07", 6),
     """N| Council statement after inspectors visit young offenders’ service

N| [Tuesday, 8th November 2022|D]

N| Inspectors, who visited in [July 2022|D], judge that [Audley Youth Justice Service|S], for now, ‘[Requires improvement|R]’, the grade beneath ‘[Good|R]’.
S| The youth justice team was praised for giving children’s health a creditable focus and for quick referrals to [CAMHS|A].
W| On paper, plans looked thorough; in practice, many had not been updated when risks changed.
W| The inspectors also saw gaps in the education offer, with some children on reduced timetables for months.

R| [Staffordshire Police|A] receives one of the six recommendations; the rest are for the service.

N| A council spokesperson said: “[Audley YJS|S] staff and partners are already acting on what the inspectors asked of them.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
