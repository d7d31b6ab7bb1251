"""Builds the 161st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

The mark-up, the builder and the gold-fact helpers are the first shapes set's (`../heldout-shapes/source.py`, whose
docstring describes the mark-up). Gold facts (meta) were written with the texts, before any model or rule was run on them.
"""

import runpy
from pathlib import Path

FIRST = runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout-shapes" / "source.py"))
svc, facts = FIRST["svc"], FIRST["gold_facts"]

RI, GOOD, INAD, OUT = "Requires improvement", "Good", "Inadequate", "Outstanding"

RELEASES = [
    # 1. two Rossendale PDUs on a GOV.UK page, the region first; ratings in one sentence
    ("helmshore-and-waterfoot-pdus-2024", facts([
        svc("Helmshore Probation Delivery Unit", "Helmshore PDU", "PDU", RI),
        svc("Waterfoot Probation Delivery Unit", "Waterfoot PDU", "PDU", INAD)], "2024-11-26", "2024-06", 8),
     """N| Press release

N| Two probation units in Rossendale inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [26 November 2024|D]

N| Two reports from [HM Inspectorate of Probation|A] look at units of the [Probation Service – North West region|S]: [Helmshore Probation Delivery Unit|S] and [Waterfoot Probation Delivery Unit|S].
N| [Helmshore|S] was given ‘[Requires improvement|R]’ while [Waterfoot|S] sits at the bottom of the scale with ‘[Inadequate|R]’.
N| The inspection team visited both units in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Waterfoot we met officers holding far more cases than anyone could manage well, and too many posts stood empty.
S| “[Helmshore|S] has a steadier workforce, and its managers check the quality of work every week.”

W| In both units, officers seldom visited the homes of people who had abused a partner.
S| Joint work with [Lancashire Constabulary|A] on people who commit the most crime was strong in [Helmshore PDU|S].

R| Eight recommendations are made, four to each unit.
"""),
    # 2. two youth justice services in a local-news story, the second rated first
    ("edgworth-and-turton-yjs-2023", facts([
        svc("Edgworth Youth Justice Service", "Edgworth YJS", "YJS", GOOD),
        svc("Turton Youth Justice Service", "Turton YJS", "YJS", OUT)], "2023-05-11", "2023-01", 5),
     """N| Moorland youth teams win praise from inspectors

N| By [Sarah Whitehead|X]

N| [Monday 15 May 2023|D]

N| Inspectors published their reports on [Edgworth Youth Justice Service|S] and [Turton Youth Justice Service|S] on Thursday ([11 May|D]), after visits in [January 2023|D].
N| [Turton|S] was awarded ‘[Outstanding|R]’ and [Edgworth|S] came out as ‘[Good|R]’.

S| Inspectors said [Turton|S]’s workers found time for every child and kept in touch with families long after orders ended.
S| They praised [Edgworth|S] for getting children back into college within weeks.
W| The report on [Edgworth YJS|S] noted that victims were not always offered a say in restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children on these moors are served by two teams who clearly care about them.”

R| Five recommendations were made, three for [Edgworth|S] and two for [Turton|S].
"""),
    # 3. a unit inside its region, the region's own rating as context
    ("summerseat-pdu-2024", facts([
        svc("Summerseat Probation Delivery Unit", "Summerseat PDU", "PDU", INAD)], "2024-09-17", "2024-03", 6),
     """N| [Greater Manchester probation region|S]: serious failings found in Summerseat

N| [Summerseat Probation Delivery Unit|S], part of the [Probation Service – Greater Manchester region|S], has been given the lowest possible rating, ‘[Inadequate|R]’.
N| The region itself was rated ‘[Requires improvement|R]’ for the region overall in its own inspection in [2023|D].
N| Inspectors read 44 cases in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Summerseat were worn down, and some told us they had stopped expecting things to get better.
W| “Checks with children’s services were missing in more than half of the cases where they mattered.”

S| The unit’s approved premises work and its links with [Bury Council|A]’s housing team were a bright spot.
W| Information from [Greater Manchester Police|A] about call-outs arrived late or not at all.

R| The report makes six recommendations, five for the unit and one for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will appear on the inspectorate’s website at 00.01 on [Tuesday 17 September 2024|D].
"""),
    # 4. a Probation Trust in 2013, no rating, bullet lists
    ("greenmount-and-hawkshaw-probation-trust-2013", facts([
        svc("Greenmount and Hawkshaw Probation Trust", "Greenmount and Hawkshaw Probation Trust", "other", None)],
        "2013-04-25", "2013-01", 7),
     """N| Probation work in Greenmount and Hawkshaw – report published

N| [Thursday, 25th April 2013|D]

S| [Greenmount and Hawkshaw Probation Trust|S] is doing well at reducing reoffending, [HM Inspectorate of Probation|A] reports today.
N| Inspectors visited the Trust in [January 2013|D] and examined 50 cases.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence;
S| • work with local employers helped many offenders into jobs.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often incomplete;
W| • contact with children’s social care was not always made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff are committed and know their offenders well.
R| “Managers must now bring public protection work up to the same standard.”

R| The report makes seven recommendations.
"""),
    # 5. a CRC in 2018, "judged to be", unpaid work rated separately
    ("scouthead-and-austerlands-crc-2018", facts([
        svc("Scouthead and Austerlands Community Rehabilitation Company", "Scouthead and Austerlands CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-09", "2018-05", 6),
     """N| Embargoed until 00.01, [Tuesday 9 October 2018|D]

N| Probation company in Saddleworth must do better, say inspectors

N| [Scouthead and Austerlands Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], has been judged to be ‘[Requires improvement|R]’ overall by [HM Inspectorate of Probation|A].
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors carried out the fieldwork in [May 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by this CRC are managed by telephone, and their risks are not properly understood.
S| “Unpaid work, though, is well run, and the projects benefit local communities.”

W| Staff turnover was high, and some officers carried caseloads of over 70.

R| Six recommendations are made, including two for [Purple Futures|A].
"""),
    # 6. a youth offending team in 2016 on a council page, no rating
    ("friezland-yot-2016", facts([
        svc("Friezland Youth Offending Team", "Friezland YOT", "YJS", None)], "2016-08-03", "2016-04", 4),
     """N| Inspection of youth offending work in Friezland

N| Posted: [03/08/2016|D]

N| A report on [Friezland Youth Offending Team|S] (YOT) by [Her Majesty’s Inspectorate of Probation|A] has been published.
N| Inspectors looked at the work of the YOT in [April 2016|D].

S| They found that staff had good relationships with children and their families.
W| However, many assessments of the harm children might cause to others had not been updated.
S| Work with [Oldham Council|A]’s education service meant that most children were in school.

R| The report makes four recommendations.

N| [Oldham Council|A] said it would act on all of them.
"""),
    # 7. "found to be", previous inspection's rating beside
    ("norden-yjs-2022", facts([
        svc("Norden Youth Justice Service", "Norden YJS", "YJS", GOOD)], "2022-07-20", "2022-02", 4),
     """N| Norden youth justice work improves to ‘[Good|R]’

N| Published: [20 Jul 2022|D]

N| Inspectors have found [Norden Youth Justice Service|S] to be ‘[Good|R]’; at its previous inspection, in [2019|D], it was rated ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2022|D].

S| Leaders had turned the service around, and staff said they felt listened to.
S| Out-of-court work with [Rochdale Borough Council|A] and the police kept many children away from court.
W| Plans for children leaving custody were still drawn up too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Norden|S] today is far stronger than in [2019|D], and its staff deserve the credit.”

R| Four recommendations are made.
"""),
    # 8. a PDU "given the lowest possible rating" on a justiceinspectorates page
    ("newhey-pdu-2023", facts([
        svc("Newhey Probation Delivery Unit", "Newhey PDU", "PDU", INAD)], "2023-11-14", "2023-06", 7),
     """N| News

N| Serious concerns at probation unit near Rochdale

N| [14 November 2023|D]

N| [HM Inspectorate of Probation|A] has given [Newhey Probation Delivery Unit|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The inspection took place over two weeks in [June 2023|D].

W| Only 14 of the 42 cases inspectors read had a sound plan for keeping others safe.
W| Managers had little time to look at the work of new officers.
S| Despite the pressure, staff were dedicated and spoke warmly of their colleagues.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Newhey|S] is not keeping the public as safe as it should.
R| “The region must give the unit the staff and support it needs.”

R| The report makes seven recommendations.
"""),
    # 9. two PDUs "both units have come out at"
    ("facit-and-shawforth-pdus-2025", facts([
        svc("Facit Probation Delivery Unit", "Facit PDU", "PDU", RI),
        svc("Shawforth Probation Delivery Unit", "Shawforth PDU", "PDU", RI)], "2025-03-04", "2024-10", 10),
     """N| Press release

N| Probation units in the Whitworth valley told to improve

N| Published [4 March 2025|D]

N| Two units in the [North West region|S], [Facit Probation Delivery Unit|S] and [Shawforth Probation Delivery Unit|S], are the subject of reports published today.
N| Both units have come out at ‘[Requires improvement|R]’.
N| Inspectors were in the area from [21 October to 1 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Officers in both units go out of their way to keep in contact with the people they supervise.
W| “But reviews after a change in circumstances were missing in too many cases.”

W| [Shawforth PDU|S] had relied on agency staff for most of the year.

R| Ten recommendations are made, five for each unit.
"""),
    # 10. a YJS rated Outstanding
    ("holcombe-yjs-2024", facts([
        svc("Holcombe Youth Justice Service", "Holcombe YJS", "YJS", OUT)], "2024-06-12", "2024-02", 3),
     """N| Press release

N| [Holcombe youth justice service|S] rated ‘[Outstanding|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [12 June 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Holcombe Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [February 2024|D].

S| Every child had a plan that they had helped to write.
S| Thanks to close links with [CAMHS|A], children with mental health needs were seen within days.
S| Inspectors were impressed by the quality of work with victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is an exceptional service, and its staff should be proud.”

R| The report makes three recommendations.
"""),
    # 11. a council page, Requires improvement
    ("affetside-yjs-2024", facts([
        svc("Affetside Youth Justice Service", "Affetside YJS", "YJS", RI)], "2024-04-03", "2023-12", 6),
     """N| Council statement on youth justice inspection

N| Posted on [03/04/2024|D]

N| In a report out today, [HM Inspectorate of Probation|A] places [Affetside Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Inspectors visited the service in [December 2023|D].

S| The report found that staff knew children well and built trusting relationships.
W| However, the service’s work to protect children from exploitation varied from case to case.
W| The management board did not always challenge partners when things went wrong.

R| The report makes six recommendations.

N| A spokesperson for [Bury Council|A] said: “The findings are accepted, and an improvement plan is already under way.”
"""),
    # 12. a PDU rated Requires improvement
    ("loveclough-pdu-2023", facts([
        svc("Loveclough Probation Delivery Unit", "Loveclough PDU", "PDU", RI)], "2023-08-22", "2023-03", 6),
     """N| [Loveclough probation unit|S] ‘[Requires improvement|R]’

N| Published: [22 Aug 2023|D]

N| [HM Inspectorate of Probation|A] has given [Loveclough Probation Delivery Unit|S] an overall rating of ‘[Requires improvement|R]’.
N| The inspection took place in [March 2023|D].

S| Leaders had a clear understanding of what needed to improve.
W| Caseloads were high, and a third of officer posts were vacant.
W| Work to protect children was not good enough in many of the cases inspected.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff are working hard, but there are simply not enough of them.”
N| Mr Jones continued: “I hope this report helps the unit move forward.”

R| The report makes six recommendations.
"""),
    # 13. a YJS rated Good, local news
    ("springhead-yjs-2022", facts([
        svc("Springhead Youth Justice Service", "Springhead YJS", "YJS", GOOD)], "2022-10-18", "2022-05", 4),
     """N| Youth service in Saddleworth rated ‘[Good|R]’

N| By [Tom Ashworth|X]

N| [Wednesday 19 October 2022|D]

N| A report released on Tuesday ([18 October|D]) gives [Springhead Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Inspectors visited in [May 2022|D].

S| The watchdog found that children were helped quickly with education and health needs.
W| But it said work with victims was not always recorded.

R| Four recommendations were made.

N| Councillor [Mary Holt|X] said: “We are delighted with this result.”
"""),
    # 14. public-protection inspection, no rating
    ("grasscroft-pdu-2025", facts([
        svc("Grasscroft Probation Delivery Unit", "Grasscroft PDU", "PDU", None)], "2025-12-02", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection of a probation unit in Saddleworth

N| Published: [2 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has inspected how [Grasscroft Probation Delivery Unit|S] keeps the public safe.
N| No rating is given in this programme of inspections.
N| The fieldwork took place in [September 2025|D].

N| Context
N| • [Grasscroft PDU|S] is part of the [Probation Service – Greater Manchester region|S].

N| Findings
S| • Officers had good knowledge of their cases.
W| • Home visits were rare in cases of domestic abuse.

R| The report makes three recommendations.
"""),
    # 15. a YJS rated Inadequate
    ("stubbins-yjs-2025", facts([
        svc("Stubbins Youth Justice Service", "Stubbins YJS", "YJS", INAD)], "2025-05-13", "2025-01", 9),
     """N| [Stubbins youth justice service|S] rated ‘[Inadequate|R]’

N| Published: [13 May 2025|D]

N| [Stubbins Youth Justice Service|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork took place in [January 2025|D].

W| Too many children were not seen often enough, and risks to their safety were missed.
W| Leaders had not noticed how far standards had fallen.
S| Inspectors did find some positive work with schools.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this part of Rossendale have been let down.”

R| The report makes nine recommendations.
"""),
    # 16. a YJS rated Good with resettlement rated separately
    ("cowpe-yjs-2022", facts([
        svc("Cowpe Youth Justice Service", "Cowpe YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-03-08", "2021-11", 5),
     """N| [Cowpe youth justice service|S] rated ‘[Good|R]’

N| Published: [8 Mar 2022|D]

N| [Cowpe Youth Justice Service|S] has been rated ‘[Good|R]’ overall.
S| Resettlement work, rated separately, was also ‘[Good|R]’.
N| Inspectors visited in [November 2021|D].

S| Staff knew each child well, and plans were shared with families.
W| Some assessments did not consider risks to other people.

R| The report makes five recommendations.
"""),
    # 17. a PDU rated Requires improvement, no recommendation count
    ("dunnockshaw-pdu-2023", facts([
        svc("Dunnockshaw Probation Delivery Unit", "Dunnockshaw PDU", "PDU", RI)], "2023-02-07", "2022-09", None),
     """N| [Dunnockshaw probation unit|S] must improve

N| Published: [7 Feb 2023|D]

N| [Dunnockshaw Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’.
N| Inspectors visited in [September 2022|D].

S| Court work was of a high standard.
W| Risk assessments were not always completed on time.

N| The full report sets out what the unit should do next.
"""),
    # 18. a YJS rated Requires improvement, remote fieldwork
    ("ainsworth-yjs-2021", facts([
        svc("Ainsworth Youth Justice Service", "Ainsworth YJS", "YJS", RI)], "2021-07-13", "2021-04", 6),
     """N| [Ainsworth youth justice service|S] rated ‘[Requires improvement|R]’

N| Published: [13 Jul 2021|D]

N| [Ainsworth Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [April 2021|D].

S| Staff had kept in touch with children throughout the pandemic.
W| However, planning to keep others safe was not good enough.

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 161st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
