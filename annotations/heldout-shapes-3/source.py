"""Builds the third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one region in one release, the ratings in a bulleted list; the region named as context;
    #    an embargo line at the top; fieldwork as a range of days
    ("workington-and-whitehaven-pdus-2024", facts([
        svc("Workington Probation Delivery Unit", "Workington PDU", "PDU", INAD),
        svc("Whitehaven Probation Delivery Unit", "Whitehaven PDU", "PDU", RI)], "2024-10-17", "2024-06", 13),
     """N| West Cumbria: inspectors publish findings on two probation delivery units

N| Embargoed: 00.01 hrs Thursday [17 October 2024|D]

N| [HM Inspectorate of Probation|A] today publishes separate reports on two probation delivery units (PDUs) in the [North West region|S]: [Workington Probation Delivery Unit|S] and [Whitehaven Probation Delivery Unit|S].
N| Inspectors visited both units between [3 and 14 June 2024|D].
N| Their verdicts:
N| • [Workington PDU|S] – ‘[Inadequate|R]’
N| • [Whitehaven PDU|S] – ‘[Requires improvement|R]’

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These two units sit a few miles apart on the same coast and answer to the same head of service.
W| “In Workington, the office had been without a permanent senior probation officer for most of the year, and people on probation told us they rarely saw the same practitioner twice.
S| “Whitehaven has held on to experienced staff, and its work with local housing providers meant fewer people were released from prison with nowhere to live.”

W| Across the two units, only 38 per cent of cases had a sufficient plan to keep other people safe.
W| Inspectors were also disappointed to find that home visits to people convicted of domestic abuse offences had largely stopped in Workington.
S| Positively, court work in both PDUs was prompt and thorough.

R| Together the two reports contain 13 recommendations, most of them directed at the [North West region|S] and its head of service for West Cumbria.

N| ENDS
N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services in England and Wales.
"""),
    # 2. two youth services, "has received" a rating (no "rated"); one aspect found for both services;
    #    "published today (<weekday> <day> <month>)" with no year
    ("tynedale-and-cheviot-yjs-2025", facts([
        svc("Tynedale Youth Justice Service", "Tynedale YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}]),
        svc("Cheviot Youth Justice Service", "Cheviot YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2025-07-08", "2025-03", 6),
     """N| Youth justice in Tynedale and Cheviot: inspectors publish joint findings

N| [Tynedale Youth Justice Service|S] has received a ‘[Good|R]’ rating from [HM Inspectorate of Probation|A], while its neighbour, [Cheviot Youth Justice Service|S], has received ‘[Requires improvement|R]’.
N| The findings are set out in a joint report published today ([Tuesday 8 July|D]) after fieldwork in both services in [March 2025|D].
W| In both services, resettlement policy and provision was found to be ‘[Requires improvement|R]’.

S| Chief Inspector of Probation [Martin Jones|X] said: “[Tynedale YJS|S] has a management board that asks hard questions and a team that knows each child’s story.
S| “Children told us their workers had helped them back into school or into training, and the figures bear this out.
W| “[Cheviot|S] is not there yet: assessments were often completed late, and in too many cases the risk a child posed to others was underestimated.
R| “The board in Cheviot now needs to make sure that every child who is at risk of exploitation is known to children’s social care.”

R| The report makes six recommendations, four of which are for [Cheviot YJS|S].

N| ENDS
N| Notes to editors
N| 1. The two services share a management board chair but are managed separately.
"""),
    # 3. a unit inside its region: the region named first, as background; "assessed overall as";
    #    the region's own earlier rating given to it as an object ("had given the region ... a rating of")
    ("bideford-pdu-2024", facts([
        svc("Bideford Probation Delivery Unit", "Bideford PDU", "PDU", INAD)], "2024-11-05", "2024-05", 8),
     """N| [South West region|S]: [Bideford Probation Delivery Unit|S] inspected

N| The [South West region|S] of the [Probation Service|A] covers Devon, Cornwall, Somerset, Dorset, Gloucestershire and Wiltshire, and [Bideford Probation Delivery Unit|S] serves the north of Devon from two offices.
N| After inspecting it in [May 2024|D], [HM Inspectorate of Probation|A] has assessed the PDU overall as ‘[Inadequate|R]’.
N| Eighteen months earlier, inspectors had given the [South West region|S] itself a rating of ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I have rarely seen a unit so dependent on agency staff.
W| “More than half of the practitioners in Bideford had been there for less than a year, and many had not completed their training in assessing risk.
R| “The region must now give this PDU the stable leadership and experienced staff it needs.”

S| Inspectors did, however, find that accredited programmes were delivered on time and that attendance on them was high.
W| Only 11 of 30 cases showed enough work to protect known victims.

R| The report makes eight recommendations, six of them for the [South West region|S] rather than for [Bideford PDU|S] itself.

N| ENDS
N| Notes to editors
N| 1. Publication date: Tuesday [5 November 2024|D].
"""),
    # 4. a CRC with ratings (2019): "received the lowest of the four ratings"; standards rated one by one;
    #    the NPS division beside it and the Probation Trust it replaced, both context
    ("severn-valley-crc-2019", facts([
        svc("Severn Valley Community Rehabilitation Company", "Severn Valley CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": INAD}, {"aspect": "Through the Gate", "rating": RI}])],
        "2019-07-11", "2019-02", 9),
     """N| Inspectors give community rehabilitation company an ‘[Inadequate|R]’ rating

N| [Severn Valley Community Rehabilitation Company|S] (CRC), which supervises low- and medium-risk offenders across the Severn valley, has received the lowest of the four ratings, ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] inspected the CRC in [February 2019|D], at the same time as the [National Probation Service|A]’s [Midlands division|A], which will be reported on separately.
W| Of the ratings given for individual standards, unpaid work was ‘[Inadequate|R]’ and Through the Gate services ‘[Requires improvement|R]’.
N| The CRC took over most of the work of the former [Severn Valley Probation Trust|S] in [2014|D].

W| Chief Inspector of Probation [Dame Glenys Stacey|X] said: “This CRC is not delivering the basics.
W| “Staff are carrying unmanageable caseloads, some of more than 100 people, and too much supervision is done by telephone.
W| “Unpaid work, which should be the most visible part of a community sentence, was disorganised, and many people were sent home because there were no supervisors.”

S| Inspectors found committed middle managers and a well-run service for women.

R| The report makes nine recommendations, seven to [Severn Valley CRC|S] and its owner and two to [HM Prison and Probation Service|A].

N| ENDS
N| Notes to editors
N| 1. The report was published on Thursday [11 July 2019|D].
"""),
    # 5. "youth offending team" written out, lower case in the body; "concluded that ... a ‘Good’ service
    #    overall"; a previous rating that is no aspect; an aspect "rated on its own"
    ("mendip-yot-2022", facts([
        svc("Mendip Youth Offending Team", "Mendip YOT", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2022-12-06", "2022-09", 3),
     """N| Youth offending work in Mendip: a ‘remarkable turnaround’

N| Inspectors have concluded that [Mendip Youth Offending Team|S] now delivers a ‘[Good|R]’ service overall, three years after the same team was told its work was ‘[Inadequate|R]’.
N| The youth offending team, part of the county’s children’s services, was visited by inspectors from [HM Inspectorate of Probation|A] over two weeks in [September 2022|D].
S| Its out-of-court disposal work was rated on its own and was ‘[Outstanding|R]’.

S| Chief Inspector of Probation [Justin Russell|X] said: “This is one of the most remarkable turnarounds I have seen.
S| “The new head of service and the management board have rebuilt the team from the ground up, and children now get help quickly, often on the day they are first referred.
W| “There is still work to do on planning for children in custody, which was not always started early enough.”

S| Inspectors singled out the YOT’s speech and language therapist, whose assessments shaped how case workers spoke to every child.
W| While health partners attended board meetings, access to mental health support still involved long waits.

R| The report makes three recommendations, including that the [Mendip YOT|S] board should check that custody planning begins at sentence.

N| ENDS
N| Published: [6 December 2022|D]
"""),
    # 6. a region: "the overall rating for the region ... is"; two aspects "given ratings of their own";
    #    earlier ratings of its PDUs (unnamed) that are not aspects; "published today", the date in the notes
    ("chiltern-probation-region-2025", facts([
        svc("Chiltern probation region", "Chiltern region", "region", RI,
            [{"aspect": "leadership", "rating": GOOD}, {"aspect": "staffing", "rating": INAD}])],
        "2025-01-28", "2024-11", 11),
     """N| Inspectors’ verdict on the [Chiltern probation region|S]: ‘[Requires improvement|R]’

N| The overall rating for the region, which is made up of five probation delivery units, is ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] said in a report published today.
N| The inspection was carried out in [November 2024|D].
W| Two aspects were given ratings of their own: leadership, which was ‘[Good|R]’, and staffing, which was ‘[Inadequate|R]’.
N| Each of the three PDUs in the region inspected during [2023|D] had also come out as ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The [Chiltern region|S]’s leadership team has a realistic grip on what needs fixing and is honest with its staff about it.
W| “But a leadership team cannot supervise cases: in some offices, newly qualified officers were holding caseloads well above what is safe.
R| “I call on [HM Prison and Probation Service|A] to treat the region’s staffing as a priority.”

S| Inspectors were impressed with the region’s work with the courts, where pre-sentence reports were thorough and well argued.
W| Worryingly, in fewer than half of the cases inspected had the risk of serious harm been reviewed when something changed.

R| There are 11 recommendations in the report.

N| ENDS
N| Notes to editors
N| 1. The report was published on [28 January 2025|D].
"""),
    # 7. ordinary YJS release: the rating in the headline only; "Published: 12 Mar 2025"; fieldwork
    #    "at the end of <month year>"
    ("spalding-yjs-2025", facts([
        svc("Spalding Youth Justice Service", "Spalding YJS", "YJS", GOOD)], "2025-03-12", "2025-01", 4),
     """N| [Spalding Youth Justice Service|S] rated ‘[Good|R]’ by inspectors

N| Published: [12 Mar 2025|D]

N| Inspectors spent a week with the service at the end of [January 2025|D], reading case files, meeting children and their parents and talking to staff and partners.
S| They found a service that knows its children well and a management board whose members turn up, ask questions and follow through on what they promise.
S| Case workers were tenacious in keeping children engaged, and 19 of the 22 court cases inspected had a sound assessment of the child’s safety and wellbeing.
W| However, work to keep other people safe was less consistent, and victims were not always offered a say in out-of-court decisions.

S| Chief Inspector of Probation [Martin Jones|X] said: “I want to congratulate everyone involved in youth justice in Spalding.
S| “The service has built its work around what children tell it, and that shows in the results.
R| “Leaders should now make sure that the same care goes into planning for the safety of others.”

R| Four recommendations are made to [Spalding YJS|S] and its board.

N| ENDS
"""),
    # 8. ordinary YJS release on a council page: the date as dd/mm/yyyy, third person ("the watchdog"),
    #    fieldwork "in the week beginning", the council's reply
    ("rhyl-and-prestatyn-yjs-2024", facts([
        svc("Rhyl and Prestatyn Youth Justice Service", "Rhyl and Prestatyn YJS", "YJS", RI)],
        "2024-05-14", "2024-02", 5),
     """N| Youth justice service receives inspection report

N| [14/05/2024|D]

N| The [Rhyl and Prestatyn Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ following an inspection by [His Majesty’s Inspectorate of Probation|A].
N| The watchdog’s inspectors visited the service, which the council runs with its health and police partners, in the week beginning [19 February 2024|D].
S| The inspectors found that staff were committed and that children had good access to education and training through the service’s own learning mentor.
W| They also found that the [Rhyl and Prestatyn YJS|S] management board did not have a clear picture of how well children were doing, and that plans to keep children safe were not always reviewed when things changed.
S| The report highlights the work of the service’s restorative justice worker, which victims described as respectful and well organised.
R| The inspectors made five recommendations, three for the management board and two for the service.

N| Councillor [Ann Pritchard|X], Cabinet Lead Member for Children and Young People, said: “We welcome the report and accept its recommendations in full.
N| “We are pleased that inspectors recognised the commitment of our staff, and an action plan is already in place.”
N| The full report is available on the [HM Inspectorate of Probation|A] website.
"""),
    # 9. ordinary PDU release (2021): "Thursday, 4th November 2021" under the headline; fieldwork
    #    "carried out remotely in <month year>"
    ("keighley-pdu-2021", facts([
        svc("Keighley Probation Delivery Unit", "Keighley PDU", "PDU", RI)], "2021-11-04", "2021-07", 7),
     """N| Keighley: probation inspection report published

N| Thursday, [4th November 2021|D]

N| [Keighley Probation Delivery Unit|S] has been given an overall rating of ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Because of COVID-19 restrictions, the inspection was carried out remotely in [July 2021|D], with inspectors interviewing staff and people on probation by video and telephone.
W| Inspectors found that staff had worked hard to keep in touch with people during the pandemic, but that much of this contact was by telephone and too little of it addressed the reasons people had offended.
S| Work to prepare reports for court was a strength, and the PDU had built good links with the local substance misuse service.
W| Only 44 per cent of cases had a sufficient assessment of risk of harm, and managers did not routinely check the quality of this work.

N| Chief Inspector of Probation [Justin Russell|X] said: “The last 18 months have been exceptionally hard for probation staff, and [Keighley|S] is no exception.
R| “As restrictions ease, the PDU must return to seeing people face to face and get a grip on the quality of its risk assessments.”

R| The report makes seven recommendations, including that the [Probation Service|A] should reduce caseloads in the [Keighley PDU|S].

N| ENDS
"""),
    # 10. ordinary PDU release: a unit named "X and Y"; fieldwork "10 - 14 March 2025"; the date in an
    #     embargo note
    ("huntingdon-and-wisbech-pdu-2025", facts([
        svc("Huntingdon and Wisbech Probation Delivery Unit", "Huntingdon and Wisbech PDU", "PDU", INAD)],
        "2025-05-21", "2025-03", 6),
     """N| [Huntingdon and Wisbech PDU|S] rated ‘[Inadequate|R]’

N| [Huntingdon and Wisbech Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| The unit, which covers Huntingdon, Wisbech and the surrounding villages, was inspected [10 - 14 March 2025|D].
W| Inspectors found a unit under severe strain, with a third of probation officer posts vacant and some practitioners responsible for more than 70 people.
W| In only 9 of the 28 cases inspected was there enough work to keep potential victims safe.
S| Despite the pressures, staff spoke highly of their line managers, and the unit’s work with the local women’s centre was of a high standard.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people who work in this unit told us they felt they were firefighting every day, and the cases we read showed why.
R| “The [Probation Service|A] must urgently agree a plan with the region to bring caseloads down to a safe level.”

R| The inspectorate has made six recommendations.

N| ENDS
N| Notes to editors
N| 1. This report is embargoed until it is published on Wednesday [21 May 2025|D] at 00:01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
