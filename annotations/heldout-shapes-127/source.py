"""Builds the shapes held-out set 127 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Flintshire PDUs on a GOV.UK page, the Wales region named first: "Hawarden ... was given ‘...’ and Northop
    #    ... the lowest rating, ‘...’"; fieldwork "in January 2024"; ten recommendations
    ("hawarden-and-northop-pdus-2024", facts([
        svc("Hawarden Probation Delivery Unit", "Hawarden PDU", "PDU", RI),
        svc("Northop Probation Delivery Unit", "Northop PDU", "PDU", INAD)], "2024-06-11", "2024-01", 10),
     """N| Press release

N| Two probation units in Flintshire inspected

N| Reports on two probation delivery units in north-east Wales are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| In [January 2024|D], inspectors from [HM Inspectorate of Probation|A] visited a pair of units belonging to the [Probation Service – Wales region|S]: [Hawarden Probation Delivery Unit|S] and [Northop Probation Delivery Unit|S].
N| [Hawarden|S] was given ‘[Requires improvement|R]’, while [Northop|S] received the lowest rating, ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hawarden|S] has a steady team of practitioners who know the people they supervise well.
W| “In Northop, though, the unit was trying to manage with close to half its officer posts vacant, and those still in post described themselves as exhausted.”

S| Inspectors found that [Hawarden PDU|S]’s links with [North Wales Police|A] on domestic abuse call-outs worked smoothly.
W| In [Northop PDU|S], home visits to check on people assessed as high risk had largely stopped.
W| Across both units, plans rarely set out how children in the household would be kept safe.

R| Between them the reports contain ten recommendations, five per unit.
"""),
    # 2. two youth justice services in a local-news story, the report "published on Tuesday (14 November)" under a byline of
    #    Friday 17 November 2023; ratings given in the reverse of the order first named; eight recommendations
    ("sully-and-wenvoe-yjs-2023", facts([
        svc("Sully Youth Justice Service", "Sully YJS", "YJS", RI),
        svc("Wenvoe Youth Justice Service", "Wenvoe YJS", "YJS", GOOD)], "2023-11-14", "2023-07", 8),
     """N| Vale youth justice: one team praised, the other told to improve

N| By [Gareth Pritchard|X]

N| [Friday 17 November 2023|D]

N| The inspectorate’s reports on [Sully Youth Justice Service|S] and [Wenvoe Youth Justice Service|S], whose fieldwork was done in [July 2023|D], came out on Tuesday ([14 November|D]).
N| [Wenvoe|S] came out as ‘[Good|R]’, but [Sully|S] was placed at ‘[Requires improvement|R]’.

S| The watchdog reported that children and parents had real confidence in [Wenvoe|S]’s case workers.
S| It commended [Wenvoe|S] because nearly all the children it worked with were back in school, college or training.
W| In contrast, the report on [Sully YJS|S] said that managers did not check often enough whether plans to keep children safe were being followed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sully|S]’s staff care a great deal, but they have been let down by weak oversight.”

R| Of the eight recommendations in the two reports, five are for [Sully|S] and three for [Wenvoe|S].

N| The [Vale of Glamorgan Council|A] said in a statement: “Both reports will be studied carefully with our partners.”
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have judged X to be ‘...’"; the region's own
    #    earlier rating as context; "inspected Cwmcarn in March 2024"; the notes' "will be published on ... at 00.01"
    ("cwmcarn-pdu-2024", facts([
        svc("Cwmcarn Probation Delivery Unit", "Cwmcarn PDU", "PDU", INAD)], "2024-08-20", "2024-03", 6),
     """N| [Wales probation region|S]: serious concerns about Cwmcarn unit

N| Inspectors have judged [Cwmcarn Probation Delivery Unit|S] to be ‘[Inadequate|R]’, a blow for the [Probation Service – Wales region|S] to which it belongs.
N| In [2023|D], inspectors had placed the [Wales region|S] as a whole at ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] inspected [Cwmcarn|S] in [March 2024|D], looking at 45 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cwmcarn|S] is struggling on almost every front.
W| “A third of practitioners were newly qualified, few had an experienced colleague to turn to, and many risk assessments had not been revisited for months.”

W| Mr Jones continued: “People released on licence could go for weeks without meeting their probation officer in person.”

S| Despite the pressures, inspectors praised the unit’s work with [Gwent Police|A] on managing people convicted of sexual offences.
W| Checks with [Caerphilly County Borough Council|A]’s children’s services were missing in most of the cases where they were needed.

R| Of its six recommendations, the report addresses four to the unit and the remainder to regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [Tuesday 20 August 2024|D].
N| 2. [Cwmcarn PDU|S] covers much of the Caerphilly county borough.
"""),
    # 4. a unit inside its region, the region in the headline and the notes; "found to be ‘...’" in a report "published
    #    today (Thursday, 7 September)" with no year (the fieldwork's, April 2023); five recommendations
    ("llanfoist-pdu-2023", facts([
        svc("Llanfoist Probation Delivery Unit", "Llanfoist PDU", "PDU", RI)], "2023-09-07", "2023-04", 5),
     """N| [Probation Service – Wales|S]: [Llanfoist probation unit|S] making progress

N| A report published today ([Thursday, 7 September|D]) finds [Llanfoist Probation Delivery Unit|S] to be at ‘[Requires improvement|R]’.
N| Inspectors spent a fortnight in [April 2023|D] looking at the unit’s work.

S| Leaders understood the unit’s weaknesses and had started to clear a backlog of cases.
S| People on probation felt their officers listened to them and were fair.
W| However, enough had been done to assess the risk to known victims in just 14 of 38 cases.
W| Access to drug and alcohol treatment was patchy, particularly in the rural north of the county.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanfoist|S] has committed staff, and the unit is heading in the right direction.
R| “Managers must now make sure that every case involving domestic abuse is checked with the police before sentencing.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. [Llanfoist PDU|S] covers most of Monmouthshire and is part of the [Probation Service|A] in Wales.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores in per cent, bullet lists after "Inspectors found that:" and
    #    "But they were concerned that:"; "Tuesday, 15th March 2011" above "published today"; fieldwork "in November 2010"
    ("mathern-and-caerwent-probation-trust-2011", facts([
        svc("Mathern and Caerwent Probation Trust", "Mathern and Caerwent Probation Trust", "other", None)],
        "2011-03-15", "2010-11", 7),
     """N| Report on probation work in Mathern and Caerwent

N| [Tuesday, 15th March 2011|D]

N| Today sees publication of [Her Majesty’s Inspectorate of Probation|A]’s findings on the [Mathern and Caerwent Probation Trust|S], whose work inspectors examined in [November 2010|D].
N| It forms part of the inspectorate’s rolling programme of offender management inspections.

S| For reducing reoffending the Trust achieved 78%, and for seeing that court orders were properly carried out, 83%.
W| Its score for protecting the public, 63%, was lower than inspectors had hoped.

N| Inspectors found that:
S| • soon after sentence, most offenders had been seen and understood the conditions of their order;
S| • the Trust worked well with [Gwent Police|A] on prolific and priority offenders.

N| But they were concerned that:
W| • risk of harm assessments were too often completed late or not reviewed;
W| • few home visits were made where there was domestic abuse.

S| [Andrew Bridges|X], HM Chief Inspector of Probation, said: “A workforce that is capable, committed and understands its offenders is this Trust’s great asset.
R| “Public protection must now be brought up to the Trust’s standard elsewhere.”

R| Seven recommendations are made in the report.
"""),
    # 6. a CRC in 2019 run by a named provider, an embargo line: "Inspectors have found X (CRC) to be ‘...’ overall";
    #    unpaid work "rated separately" ‘Good’; "The fieldwork took place in October 2018"; six recommendations
    ("rogiet-and-undy-crc-2019", facts([
        svc("Rogiet and Undy Community Rehabilitation Company", "Rogiet and Undy CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-12", "2018-10", 6),
     """N| Embargoed until 00.01, [Tuesday 12 February 2019|D]

N| Probation company in Monmouthshire must improve, say inspectors

N| Inspectors have judged [Rogiet and Undy Community Rehabilitation Company|S] (CRC), in Monmouthshire, to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| The fieldwork took place in [October 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “For many people under this CRC’s supervision, contact amounts to an occasional phone call.
S| “That said, unpaid work is well organised, with useful placements and little time wasted.”

W| Information from the [National Probation Service|A] often reached the CRC late, inspectors found.
W| Caseloads for some officers were above 70, and several staff said they felt unsupported.

R| There are six recommendations in all: [HM Prison and Probation Service|A] has two to act on, and the CRC, with its owner [Working Links|A], four.

N| A [Working Links|A] spokesperson said: “We have begun acting on every one of the report’s recommendations.”
"""),
    # 7. a youth offending team written out, a 2016 joint inspection on a council page, "12/04/2016"; no rating; fieldwork
    #    "between 18 and 22 January 2016"; nine recommendations
    ("crosskeys-yot-2016", facts([
        svc("Crosskeys Youth Offending Team", "Crosskeys YOT", "YJS", None)], "2016-04-12", "2016-01", 9),
     """N| Inspection of youth offending work in Crosskeys

N| [HM Inspectorate of Probation|A], [Estyn|A] and [Care and Social Services Inspectorate Wales|A] jointly inspected [Crosskeys Youth Offending Team|S] (YOT), and their report was published on [12/04/2016|D].
N| Inspectors were in the area between [18 and 22 January 2016|D].

N| The report said that:
S| • children were helped to get back into education, with support from a specialist education worker;
S| • the YOT’s health worker made sure children with mental health needs were seen quickly.

N| However, the inspectors were concerned that:
W| • the risk that some children presented to the public was not given enough weight;
W| • the board had too little information on how well [Crosskeys YOT|S] was doing its work.

R| The report makes nine recommendations, and the YOT’s management board is expected to take the lead on seven of them.

N| Councillor [Rhian Morgan|X], [Caerphilly County Borough Council|A]’s lead member for education and children, said: “We have drawn up an action plan that deals with each of the report’s points.”
"""),
    # 8. a "Youth Offending Service" in 2019, the headline's lower-case name: "assessed X as ‘...’"; fieldwork "in May 2019";
    #    the notes' "The report is available from Tuesday 22 October 2019"; four recommendations
    ("oakdale-yos-2019", facts([
        svc("Oakdale Youth Offending Service", "Oakdale YOS", "YJS", GOOD)], "2019-10-22", "2019-05", 4),
     """N| [Oakdale youth offending service|S] assessed as ‘[Good|R]’

N| Inspectors have assessed [Oakdale Youth Offending Service|S] as ‘[Good|R]’ following fieldwork in [May 2019|D].

S| The service’s management board, chaired by the director of education, gave clear direction and challenged partners when needed.
S| Children who had refused help in the past were often won round by patient, persistent case managers.
S| Work to help children into training and employment was a particular strength.
W| When a child’s circumstances changed, the assessment of their risk to others was not always revisited.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Oakdale|S] is well run, and everyone who works there has earned the right to be proud of it.
R| “I want to see children on out-of-court disposals receive planning of the same quality as those on orders.”

R| Of the report’s four recommendations, three concern the service and one [Aneurin Bevan University Health Board|A].

N| ENDS

N| Notes to editors
N| 1. The report is available from [Tuesday 22 October 2019|D].
"""),
    # 9. "Inspectors judged X ‘...’, the same rating as in 2019"; resettlement rated separately ‘Requires improvement’;
    #    fieldwork "in July 2022"; "Published: 29 Nov 2022"; six recommendations
    ("penallt-yjs-2022", facts([
        svc("Penallt Youth Justice Service", "Penallt YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2022-11-29", "2022-07", 6),
     """N| News

N| [Penallt youth justice service|S] still has work to do

N| Published: [29 Nov 2022|D]

N| Inspectors judged [Penallt Youth Justice Service|S] ‘[Requires improvement|R]’, the same rating as after its previous inspection in [2019|D].
W| Its resettlement work, which was rated separately, was also ‘[Requires improvement|R]’.
N| The fieldwork by [HM Inspectorate of Probation|A] was in [July 2022|D].

S| Staff were enthusiastic and had good links with local youth clubs and sports groups.
W| Yet the service had been slow to put right the problems found three years ago.
W| Often, nobody planned a child’s release from custody until a few days beforehand.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Penallt|S] has some strong foundations, but progress since our last visit has been too slow.
R| “The management board must now own the improvement plan and see it through.”

R| Six recommendations are made, five for [Penallt YJS|S] and one for [Monmouthshire County Council|A].
"""),
    # 10. a GOV.UK page: "HM Inspectorate of Probation has given X its top rating, ‘...’"; fieldwork "10 - 14 June 2024";
    #     three recommendations
    ("talacre-yjs-2024", facts([
        svc("Talacre Youth Justice Service", "Talacre YJS", "YJS", OUT)], "2024-10-01", "2024-06", 3),
     """N| Press release

N| Youth justice service in Flintshire rated among the best

N| Inspectors publish their report on [Talacre Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [1 October 2024|D]

N| [HM Inspectorate of Probation|A] has given [Talacre Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Fieldwork took place on [10 - 14 June 2024|D].

S| Each child was known well by a single worker, and children told inspectors they trusted the adults around them.
S| Thanks to the partnership with [Betsi Cadwaladr University Health Board|A], children waited days rather than months for a speech therapist.
S| Leaders were not complacent and were already looking at ways to improve further.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Talacre|S] stands out: from a child’s first appointment to their last, nothing is left to chance.
R| “The service should share what it has learned with others across Wales.”

R| Three recommendations are made, intended to help the service go further still.
"""),
    # 11. "the lowest possible rating, ‘...’"; fieldwork "carried out remotely in February 2021"; seven recommendations
    ("gronant-yjs-2021", facts([
        svc("Gronant Youth Justice Service", "Gronant YJS", "YJS", INAD)], "2021-06-08", "2021-02", 7),
     """N| Inspectors find serious weaknesses in Gronant youth justice

N| [Gronant Youth Justice Service|S] has had the lowest possible rating, ‘[Inadequate|R]’, from the inspectorate.
N| Inspectors looked at the service in [February 2021|D], working remotely because of the pandemic.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Gronant’s children have too often been left without support at the very point they most needed it.
W| “Board meetings happened as planned, yet they changed very little.”

W| After a restructure in [2020|D], case managers told inspectors they no longer knew exactly what was expected of them.
W| Plans were often carried over unchanged, review after review, and some children had gone over a month without a visit.
S| On a positive note, victims were well supported, and their wishes were taken into account.

R| Seven recommendations are made, one of which asks the board to review who sits on it.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website on [8 June 2021|D] at 00.01.
"""),
    # 12. a 2025 public-protection inspection with no rating: "Skip to content", an empty "Published:" line, "Context" and
    #     "Findings" bullets; fieldwork "in August 2025"; the notes' publication day; four recommendations
    ("llandegla-yjs-2025", facts([
        svc("Llandegla Youth Justice Service", "Llandegla YJS", "YJS", None)], "2025-11-18", "2025-08", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Llandegla Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] inspected how [Llandegla Youth Justice Service|S] keeps the public safe in [August 2025|D].
N| Services in this programme of inspections are not rated.

N| Context
N| • [Llandegla YJS|S] works with around 40 children in rural Denbighshire.
N| • The service is hosted by [Denbighshire County Council|A].

N| Findings
S| • Managers reviewed every case where a child posed a high risk to others.
W| • Information from [North Wales Police|A] did not always reach case managers quickly.
W| • Safety plans were sometimes too general to guide staff.

R| The report makes four recommendations.

N| Notes to editors
N| 1. Date of publication: [18 November 2025|D].
"""),
    # 13. a justiceinspectorates news item: "Inspectors’ verdict on X is ‘...’"; "Published: 9 Aug 2022"; fieldwork "in
    #     March 2022"; six recommendations
    ("cilcain-pdu-2022", facts([
        svc("Cilcain Probation Delivery Unit", "Cilcain PDU", "PDU", RI)], "2022-08-09", "2022-03", 6),
     """N| News

N| [Cilcain probation delivery unit|S]: improvements needed

N| Published: [9 Aug 2022|D]

N| Inspectors’ verdict on [Cilcain Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A] was carried out in [March 2022|D].

S| Staff were dedicated and had kept in touch with people on probation throughout the pandemic.
W| Nevertheless, almost a third of posts were vacant, and managers spent much of their time covering cases.
W| In over half the cases inspectors read, the steps taken to protect children fell short.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cilcain|S]’s practitioners are trying hard, yet there are simply too few of them for the work.”

R| Six recommendations are made: four are for [Cilcain PDU|S], and two ask the [Probation Service|A] across Wales to act.
"""),
    # 14. an NPS division in 2019 with "an overall divisional rating of ‘...’"; victim work separately ‘Requires
    #     improvement’; fieldwork "in June and July 2019"; eight recommendations
    ("shirenewton-nps-division-2019", facts([
        svc("National Probation Service – Shirenewton Division", "NPS Shirenewton", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-12-10", "2019-06", 8),
     """N| [National Probation Service – Shirenewton Division|S] given overall rating of ‘[Good|R]’

N| Date: [10 December 2019|D]

N| The [National Probation Service – Shirenewton Division|S] has been given ‘[Good|R]’ as its overall divisional rating by [HM Inspectorate of Probation|A].
W| Work with victims, rated as a separate area, was ‘[Requires improvement|R]’.
N| Fieldwork ran over [June and July 2019|D].

S| Magistrates told inspectors they valued the division’s court reports, which were thorough and seldom late.
S| The division had a stable leadership team with a clear sense of purpose.
W| However, the victim liaison service was short of staff, and some victims were not contacted before an offender’s release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Shirenewton|S] is a well-led division that does much of its work to a high standard.
R| “Its leaders should make victim work a priority in the coming year.”

R| The division has five of the eight recommendations; [HMPPS|A] has two and the [Ministry of Justice|A] one.
"""),
    # 15. a council page in the third person, "Posted 21/03/2023"; "received a ‘...’ rating"; fieldwork "in November 2022";
    #     the council's reply; five recommendations
    ("dingestow-yjs-2023", facts([
        svc("Dingestow Youth Justice Service", "Dingestow YJS", "YJS", GOOD)], "2023-03-21", "2022-11", 5),
     """N| Youth justice service in Monmouthshire praised by inspectors

N| Posted [21/03/2023|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited [Dingestow Youth Justice Service|S] in [November 2022|D] and have rated it ‘[Good|R]’.

S| The watchdog said staff understood each child’s background in detail and cooperated closely with local schools and [Gwent Police|A].
S| It praised [Dingestow|S] for spotting the early signs of exploitation and acting on them.
W| The report noted that more needed to be done to support children’s emotional and mental health.

R| The inspectors have made five recommendations, aimed at the service and its partners.

N| Councillor [Owain Price|X], [Monmouthshire County Council|A]’s cabinet member for social care, said: “I would like to thank our dedicated team for their hard work.”
N| “Together with our partners, we will act on every recommendation.”
"""),
    # 16. "Tuesday, 28th July 2020" date line; "received an overall rating of ‘...’"; fieldwork "between 2 and 6 March 2020";
    #     seven recommendations
    ("llanbradach-yjs-2020", facts([
        svc("Llanbradach Youth Justice Service", "Llanbradach YJS", "YJS", RI)], "2020-07-28", "2020-03", 7),
     """N| Llanbradach youth justice: report published

N| [Tuesday, 28th July 2020|D]

N| The overall rating for [Llanbradach Youth Justice Service|S], announced by [HM Inspectorate of Probation|A] today, is ‘[Requires improvement|R]’.
N| Fieldwork was done between [2 and 6 March 2020|D], only weeks before lockdown.

S| The service had strong links with [Caerphilly County Borough Council|A]’s children’s services.
S| Children could choose from sport, music and cookery sessions, and most of them came along regularly.
W| Whilst staff were committed, case managers did not always consider the safety of others when planning work with children.
W| Just 9 of the 20 inspected cases had a sound plan for managing risk.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llanbradach|S] has a caring team, yet its public protection work was not up to standard in too many cases.”

R| Of the seven recommendations, five are for the service itself and two for its management board.
"""),
    # 17. "came within a point of ‘...’" is not the rating: "placed in the lowest band, ‘...’"; fieldwork "in January
    #     2023"; the notes' date; eight recommendations
    ("trethomas-pdu-2023", facts([
        svc("Trethomas Probation Delivery Unit", "Trethomas PDU", "PDU", INAD)], "2023-05-16", "2023-01", 8),
     """N| [Trethomas probation unit|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has placed [Trethomas Probation Delivery Unit|S] in the lowest band of its scale, ‘[Inadequate|R]’.
N| The inspection took place in [January 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trethomas|S]’s staff were demoralised, and many practitioners said they were looking for other jobs.
W| “Over half the cases we read had either no risk assessment or an old one.”

S| Some practice was good, though: women on probation valued the unit’s dedicated service for them, which was well run.
W| Referrals to local mental health services were often not followed up, and working links were weak.

R| Eight recommendations are made: six for the unit, two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [16 May 2023|D].
"""),
    # 18. "Inspectors gave X a ‘...’ rating", previous rating beside; fieldwork "in October 2023"; "27/02/2024" Welsh
    #     council-page date; six recommendations
    ("garndiffaith-yjs-2024", facts([
        svc("Garndiffaith Youth Justice Service", "Garndiffaith YJS", "YJS", RI)], "2024-02-27", "2023-10", 6),
     """N| Inspection report: [Garndiffaith Youth Justice Service|S]

N| [27/02/2024|D]

N| Inspectors gave [Garndiffaith Youth Justice Service|S] a ‘[Requires improvement|R]’ rating after visiting in [October 2023|D].
N| At its last inspection, in [2020|D], the service was rated ‘[Good|R]’.

S| Case managers were tenacious, staying in touch with children even when they moved from one placement to another.
W| However, the service’s leaders had not noticed that the quality of assessments had fallen.
W| Worryingly, some children at risk of exploitation had no up-to-date safety plan.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Garndiffaith|S] has slipped since our last visit, and the board needs to understand why.”

R| Six recommendations are made; four of them are for the management board.

N| Councillor [Sian Lewis|X], [Torfaen County Borough Council|A]’s executive member for children, said: “We think the findings are fair, and work to address them has begun.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 127")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
