"""Builds the shapes held-out set 199 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs in the East Midlands region on a GOV.UK page: "Heage ... was given ‘...’; Pentrich fared worse, at
    #    ‘...’"; fieldwork "over two weeks in February 2025"; "nine recommendations, five for Pentrich and four for Heage"
    ("heage-and-pentrich-pdus-2025", facts([
        svc("Heage Probation Delivery Unit", "Heage PDU", "PDU", RI),
        svc("Pentrich Probation Delivery Unit", "Pentrich PDU", "PDU", INAD)], "2025-05-14", "2025-02", 9),
     """N| Press release

N| Two Amber Valley probation units inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2025|D]

N| Reports published today by [HM Inspectorate of Probation|A] cover [Heage Probation Delivery Unit|S] and [Pentrich Probation Delivery Unit|S], two units in the [East Midlands region of the Probation Service|S].
N| [Heage|S] was given ‘[Requires improvement|R]’; [Pentrich|S] fared worse, at ‘[Inadequate|R]’.
N| Inspectors visited both units over two weeks in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Pentrich, practitioners were managing far more cases than anyone could do well, and too many risk assessments had simply not been updated.
S| “[Heage|S] has a stable management team, and its links with [Derbyshire Constabulary|A] on domestic abuse call-outs were working as they should.”

W| In both units, fewer than half of the cases inspectors read had a plan that addressed the safety of children in the home.

R| The reports contain nine recommendations, five for [Pentrich|S] and four for [Heage|S].
"""),
    # 2. two youth justice services in a local-news story, byline a Friday, the reports "released on Tuesday (3 June)";
    #    "Swanwick was handed the inspectorate's highest grade, ‘...’, while Somercotes was judged ‘...’"; no count
    ("swanwick-and-somercotes-yjs-2025", facts([
        svc("Swanwick Youth Justice Service", "Swanwick YJS", "YJS", OUT),
        svc("Somercotes Youth Justice Service", "Somercotes YJS", "YJS", GOOD)], "2025-06-03", "2025-02", None),
     """N| Praise for two Amber Valley youth justice teams

N| By [Helen Ashby|X]

N| [Friday 6 June 2025|D]

N| Inspection reports on [Swanwick Youth Justice Service|S] and [Somercotes Youth Justice Service|S], released on Tuesday ([3 June|D]), follow visits made in [February 2025|D].
N| [Swanwick|S] was handed the inspectorate’s highest grade, ‘[Outstanding|R]’, while [Somercotes|S] was judged ‘[Good|R]’.

S| Inspectors said [Swanwick|S]’s case managers stayed with the same children for years and knew their families well.
S| They also found that staff at [Somercotes|S] had worked closely with schools to bring excluded children back into lessons.
W| The report on [Somercotes YJS|S] noted, however, that victims’ wishes were sometimes sought only after a plan had been agreed.

N| Councillor [Paul Greaves|X], of [Derbyshire County Council|A], said: “We are delighted with both reports and thank every member of staff.”
"""),
    # 3. a unit inside its region, the region in the headline; "X in the region sits second from the
    #    bottom of the inspectors' scale"; the region's own rating "for the region as a whole" as context; notes give publication
    ("whatstandwell-pdu-2024", facts([
        svc("Whatstandwell Probation Delivery Unit", "Whatstandwell PDU", "PDU", RI)], "2024-10-08", "2024-06", 6),
     """N| [East Midlands probation region|S]: improvement needed in Whatstandwell

N| [Whatstandwell Probation Delivery Unit|S] in the [Probation Service – East Midlands region|S] sits second from the bottom of the inspectors’ scale, at ‘[Requires improvement|R]’.
N| The region’s own inspection in [2023|D] had also ended with ‘[Requires improvement|R]’ for the region as a whole.
N| The fieldwork took place in [June 2024|D], when inspectors read 36 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit’s staff are committed and know the people they supervise well.
W| “But reviews after a new arrest or a change of address were missing in more than half the cases we read.”

S| Inspectors praised the unpaid work team for arranging placements with charities up and down the Derwent valley.
W| Access to accredited programmes was slow, and some people waited most of a year to begin one.

R| Six recommendations are made, four for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Tuesday 8 October 2024|D].
"""),
    # 4. an older name, a youth offending team in 2016 before ratings: "Inspectors were pleased to find that:" lists;
    #    "Thursday, 11th August 2016" above "published today"; fieldwork "in May 2016"; five recommendations
    ("cromford-yot-2016", facts([
        svc("Cromford Youth Offending Team", "Cromford YOT", "YJS", None)], "2016-08-11", "2016-05", 5),
     """N| Youth offending work in Cromford – inspection findings

N| [Thursday, 11th August 2016|D]

N| A report on youth offending work in Cromford, published today by [HM Inspectorate of Probation|A], follows a short quality screening of [Cromford Youth Offending Team|S] (YOT) in [May 2016|D].

N| Inspectors were pleased to find that:
S| • case managers met children often and understood their histories;
S| • the YOT had good links with local schools and with the [Cromford YOT management board|A].

N| However, inspectors were concerned to find that:
W| • the risk children posed to others was not always reassessed after a significant event;
W| • too little attention was paid to the wishes of victims.

R| The report makes five recommendations, three of them for the management board.
"""),
    # 5. other name and aspect: a Youth Offending Service in 2019 rated overall and resettlement rated separately, with
    #    "Published: 21 Nov 2019" and fieldwork "in August 2019"
    ("fritchley-yos-2019", facts([
        svc("Fritchley Youth Offending Service", "Fritchley YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-11-21", "2019-08", 7),
     """N| ‘[Good|R]’ rating for Fritchley youth offending work

N| Published: [21 Nov 2019|D]

N| [Fritchley Youth Offending Service|S] (YOS) has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
W| Its resettlement work with children leaving custody, looked at on its own, was judged ‘[Requires improvement|R]’.
N| Inspectors visited the service in [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fritchley|S]’s staff are tenacious in getting children the help they need, from mental health care to a place at college.
W| “However, plans for a child’s release were often left until the last few days of a sentence.”

S| Inspectors were impressed by a joint panel with [Derbyshire Constabulary|A] that diverted many children away from court.

R| Seven recommendations are made, including that the management board should ensure release plans begin as soon as a child is sentenced.
"""),
    # 6. previous rating beside, no "rated": "now stands at ‘Requires improvement’, a step up from the ‘Inadequate’ it
    #    received in 2022"; "between 9 and 20 September 2024"; council page date "26/11/2024"
    ("turnditch-pdu-2024", facts([
        svc("Turnditch Probation Delivery Unit", "Turnditch PDU", "PDU", RI)], "2024-11-26", "2024-09", 4),
     """N| [Turnditch probation unit|S] inspection report

N| [26/11/2024|D]

N| [Turnditch Probation Delivery Unit|S] now stands at ‘[Requires improvement|R]’, up from ‘[Inadequate|R]’ at its [2022|D] inspection, according to an inspection report published today.
N| Inspectors were in the unit between [9 and 20 September 2024|D].

S| The report found a much steadier workforce, with most vacancies now filled and caseloads brought down.
S| Encouragingly, most people on probation said their officers listened to them.
W| Yet children’s social care had been contacted in only 14 of the 32 relevant cases.

R| Four recommendations have been made to the unit.

N| A spokesperson for the [Probation Service|A] said: “We welcome the recognition of the progress made in Turnditch.”
"""),
    # 7. two PDUs, aspects "scored separately": "Shottle and Breadsall both come out at ‘...’"; leadership ‘Good’ in
    #    Shottle; "in March and April 2025"; "eight recommendations between them"
    ("shottle-and-breadsall-pdus-2025", facts([
        svc("Shottle Probation Delivery Unit", "Shottle PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}]),
        svc("Breadsall Probation Delivery Unit", "Breadsall PDU", "PDU", RI)], "2025-07-02", "2025-03", 8),
     """N| News

N| Two Derbyshire probation units must improve

N| Published: [2 Jul 2025|D]

N| New inspection reports cover [Shottle Probation Delivery Unit|S] and [Breadsall Probation Delivery Unit|S], two neighbouring units of the [Probation Service – East Midlands region|S].
N| [Shottle|S] and [Breadsall|S] both come out at ‘[Requires improvement|R]’.
S| Leadership, scored separately, reached ‘[Good|R]’ in [Shottle|S].
N| The fieldwork was done in [March and April 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shottle|S]’s leaders have a clear grip on what needs to change.
W| “In Breadsall, by contrast, staff told us they rarely saw a senior manager, and supervision of their work was thin.”

R| There are eight recommendations between them.
"""),
    # 8. older and other names: "Little Eaton Youth Justice Service (formerly Little Eaton Youth Offending Team)"; "the
    #    inspectorate's verdict is ‘Good’"; previous 2021 rating beside; five recommendations
    ("little-eaton-yjs-2024", facts([
        svc("Little Eaton Youth Justice Service", "Little Eaton YJS", "YJS", GOOD)], "2024-04-17", "2024-01", 5),
     """N| [Little Eaton youth justice service|S] ‘[Good|R]’, say inspectors

N| [Little Eaton Youth Justice Service|S] (formerly [Little Eaton Youth Offending Team|S]) has been inspected again, and the inspectorate’s verdict is ‘[Good|R]’.
N| When last inspected, in [2021|D], as a youth offending team, it was ‘[Requires improvement|R]’.
N| The inspection took place in [January 2024|D], and the report was published on [17 April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has turned itself around, and children now get well-planned support from the day they are referred.
W| “Out-of-court work still lags behind, and its assessments were sometimes rushed.”

S| Inspectors singled out the partnership with [Derbyshire Constabulary|A] and the health team, which meant children were seen by a nurse within a week.

R| The report makes five recommendations.
"""),
    # 9. a CRC in 2018 with a named owner, unpaid work "assessed on its own"; "Fieldwork took place in April 2018"
    ("kirk-hallam-crc-2018", facts([
        svc("Kirk Hallam and Erewash Community Rehabilitation Company", "Kirk Hallam and Erewash CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-08-09", "2018-04", 6),
     """N| Embargoed until 00.01, [Thursday 9 August 2018|D]

N| Inspectors find mixed picture at Erewash probation company

N| [Kirk Hallam and Erewash Community Rehabilitation Company|S] (CRC), owned by [Reducing Reoffending Partnership|A], has been judged ‘[Requires improvement|R]’ overall by inspectors.
W| Unpaid work, assessed on its own, was ‘[Inadequate|R]’.
N| Fieldwork took place in [April 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people on unpaid work were sent home because no supervisor was available, and some placements had no work to offer at all.
S| “On the other hand, the CRC’s women’s service in Kirk Hallam is a real asset.”

W| Inspectors found that contact with people on licence was often by telephone only.

R| The report makes six recommendations, five for the CRC and one for the [National Probation Service|A].
"""),
    # 10. ordinary YJS on GOV.UK, Good
    ("quarndon-yjs-2023", facts([
        svc("Quarndon Youth Justice Service", "Quarndon YJS", "YJS", GOOD)], "2023-09-12", "2023-05", 4),
     """N| Press release

N| [Quarndon Youth Justice Service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [12 September 2023|D]

N| [Quarndon Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from inspectors who visited in [May 2023|D].

S| Inspectors found a service with a clear vision, led by managers who know each team member’s strengths.
S| Children’s views were sought at every stage and shaped the plans made with them.
W| However, work to keep victims safe was not always given enough weight in court cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff of [Quarndon|S] should be proud of what they have achieved.”

R| Four recommendations are made.
"""),
    # 11. ordinary YJS, Requires improvement, notes give the date
    ("makeney-yjs-2022", facts([
        svc("Makeney Youth Justice Service", "Makeney YJS", "YJS", RI)], "2022-11-29", "2022-07", 6),
     """N| [Makeney youth justice service|S] told to improve

N| [Makeney Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [July 2022|D].

S| Inspectors were impressed by the quality of support offered to children with special educational needs.
W| But the management board did not understand the service well, and its members rarely attended meetings.
W| How risks to other people were planned for varied a lot from one case manager to the next.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders had not noticed that the quality of case work had slipped over the last two years.
R| “The board must now take responsibility and set a clear plan for improvement.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [29 November 2022|D].
"""),
    # 12. ordinary PDU, Inadequate, justiceinspectorates layout
    ("openwood-pdu-2024", facts([
        svc("Openwood Probation Delivery Unit", "Openwood PDU", "PDU", INAD)], "2024-03-05", "2023-11", 7),
     """N| News

N| [Openwood probation unit|S] rated ‘[Inadequate|R]’

N| Published: [5 Mar 2024|D]

N| [Openwood Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ after inspectors visited in [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Half of this unit’s probation officer posts were empty, and the strain showed everywhere.
W| “People convicted of domestic abuse were often left without a proper assessment of the danger they posed.”

W| Mr Jones continued: “Worryingly, home visits had almost stopped.”

S| Inspectors noted that staff supported one another and that the court team worked well.

R| Five of the seven recommendations are for the unit; the other two go to the [Probation Service|A] nationally.
"""),
    # 13. ordinary YJS, Outstanding, notes give the date with time
    ("bullbridge-yjs-2024", facts([
        svc("Bullbridge Youth Justice Service", "Bullbridge YJS", "YJS", OUT)], "2024-06-20", "2024-02", 2),
     """N| [Bullbridge youth justice service|S] is ‘[Outstanding|R]’

N| [Bullbridge Youth Justice Service|S] has been given the inspectorate’s top mark, ‘[Outstanding|R]’.
N| Inspectors visited in [February 2024|D].

S| Inspectors found a tenacious staff group that never gave up on children, including those who had been let down before.
S| Because of joint work with [Derbyshire Healthcare NHS Foundation Trust|A], a child referred to a psychologist was usually seen inside a fortnight.
S| In 23 of the 25 cases inspected, plans to keep others safe were of a high standard.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bullbridge|S] is a model for other services.”

R| The report makes two recommendations.

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website on [20 June 2024|D] at 00.01.
"""),
    # 14. ordinary YJS, Good, local council page
    ("dethick-yjs-2023", facts([
        svc("Dethick Youth Justice Service", "Dethick YJS", "YJS", GOOD)], "2023-02-22", "2022-10", 3),
     """N| Council welcomes youth justice inspection

N| [22 February 2023|D]

N| [Dethick Youth Justice Service|S] has been judged ‘[Good|R]’ by inspectors, in a report published today.
N| The inspection was carried out in [October 2022|D].

S| Inspectors praised the service’s work to help children into training and jobs.
W| They said, though, that out-of-court cases were not always reviewed when circumstances changed.

R| Three recommendations are made.

N| Councillor [Julie Patten|X], who leads on young people for [Derbyshire County Council|A], said: “We thank the inspectors and accept their recommendations.”
"""),
    # 15. ordinary PDU, Requires improvement, GOV.UK
    ("kirk-langley-pdu-2023", facts([
        svc("Kirk Langley Probation Delivery Unit", "Kirk Langley PDU", "PDU", RI)], "2023-12-06", "2023-07", 6),
     """N| Press release

N| [Kirk Langley probation unit|S] must improve, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [6 December 2023|D]

N| [Kirk Langley Probation Delivery Unit|S] has received an overall rating of ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [July 2023|D].

S| Inspectors found the unit’s leaders open about its problems and keen to fix them.
W| Caseloads were too high, and newly qualified officers were managing high-risk cases without enough support.
W| Just 12 of 30 cases had a good enough plan to protect victims.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Kirk Langley are doing their best, yet there are simply too few of them to keep people safe.”

R| We have made six recommendations, including that the region should reduce caseloads across the unit.
"""),
    # 16. ordinary YJS, Requires improvement, local news with "on Wednesday (15 January)"
    ("west-hallam-yjs-2025", facts([
        svc("West Hallam Youth Justice Service", "West Hallam YJS", "YJS", RI)], "2025-01-15", "2024-09", 6),
     """N| Inspectors say [West Hallam youth service|S] ‘[Requires improvement|R]’

N| By [Tom Rigby|X]

N| [Saturday 18 January 2025|D]

N| [West Hallam Youth Justice Service|S] needs to improve, says a report published on Wednesday ([15 January|D]) that rates it ‘[Requires improvement|R]’.
N| The service was inspected in [September 2024|D].

S| Inspectors said case managers were caring and that children spoke highly of them.
W| But assessments were too often copied from earlier ones, and health needs were missed.

R| Six recommendations are made, to the service and its management board.

N| A spokesperson for [Erewash Borough Council|A] said the service was already acting on the findings.
"""),
    # 17. ordinary YJS, Inadequate, GOV.UK
    ("hazelwood-yjs-2024", facts([
        svc("Hazelwood Youth Justice Service", "Hazelwood YJS", "YJS", INAD)], "2024-08-13", "2024-04", 7),
     """N| Press release

N| [Hazelwood youth justice service|S] rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [13 August 2024|D]

N| [Hazelwood Youth Justice Service|S] has been rated ‘[Inadequate|R]’ by inspectors who visited it in [April 2024|D].

W| Inspectors found that the board had little grip on performance and had not challenged falling standards.
W| Enough had been done to protect the child in only nine of 24 cases.
S| Despite these problems, the service’s speech and language therapist was helping many children take part in their plans.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children here are being let down, and have been for some time.”
R| Mr Jones continued: “The board needs to act quickly to put a stable leadership team in place.”

R| The report makes seven recommendations.
"""),
    # 18. a public-protection PDU inspection in 2025 with no overall rating, bulleted Context / Findings
    ("idridgehay-pdu-2025", facts([
        svc("Idridgehay Probation Delivery Unit", "Idridgehay PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Public protection inspection: [Idridgehay Probation Delivery Unit|S]

N| Published: [21 Oct 2025|D]

N| [HM Inspectorate of Probation|A] inspected public protection work in [Idridgehay Probation Delivery Unit|S] in [June 2025|D].
N| These inspections do not give a rating.

N| Context
N| • [Idridgehay PDU|S] supervises around 700 people in the Derwent valley.

N| Findings
S| • Joint work with [Derbyshire Constabulary|A] on managing sex offenders was thorough.
W| • Home visits in domestic abuse cases were rare.
W| • Information from children’s services was not always requested.

R| The report makes four recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 199")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
