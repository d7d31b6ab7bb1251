"""Builds the twenty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cornish youth justice services on a GOV.UK page: "X lands at ‘...’ while its neighbour Y secures ‘...’";
    #    "Inspectors visited both services in January 2024"; "six recommendations between them: four go to Callington"
    ("callington-and-torpoint-yjs-2024", facts([
        svc("Callington Youth Justice Service", "Callington YJS", "YJS", RI),
        svc("Torpoint Youth Justice Service", "Torpoint YJS", "YJS", GOOD)], "2024-05-14", "2024-01", 6),
     """N| Press release

N| Youth justice in east Cornwall: two services, two verdicts

N| Reports on neighbouring youth justice services have been published by the probation inspectorate.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Today sees the publication of two reports, one on [Callington Youth Justice Service|S] and one on [Torpoint Youth Justice Service|S], both run with [Cornwall Council|A].
N| [Callington|S] lands at ‘[Requires improvement|R]’ while its neighbour [Torpoint|S] secures ‘[Good|R]’.
N| Inspectors visited both services in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Torpoint|S]’s case managers build trust with children quickly, and the service’s links with local schools meant almost every child was back in lessons within a term.
W| “Across the river valley in Callington, plans to protect potential victims were thin, and too many of them had been written once and never revisited.”

S| The report on [Torpoint YJS|S] highlights a well-run panel for out-of-court decisions, attended reliably by [Devon and Cornwall Police|A].
W| At [Callington YJS|S], by contrast, a long gap without a permanent manager had left staff uncertain who signed off risk decisions.

R| There are six recommendations between them: four go to [Callington|S], the other two to [Torpoint|S].
"""),
    # 2. two Surrey PDUs in a justiceinspectorates news item: "X was found ‘...’, and Y fared no better, sharing the bottom
    #    grade of ‘...’"; "Published: 11 Feb 2025"; fieldwork "between 4 and 15 November 2024"; "Mr Jones continued"
    ("haslemere-and-caterham-pdus-2025", facts([
        svc("Haslemere Probation Delivery Unit", "Haslemere PDU", "PDU", INAD),
        svc("Caterham Probation Delivery Unit", "Caterham PDU", "PDU", INAD)], "2025-02-11", "2024-11", 8),
     """N| News

N| Two probation units in Surrey rated at the foot of the scale

N| Published: [11 Feb 2025|D]

N| Inspectors examined two Surrey units of the [Probation Service|A] side by side: [Haslemere Probation Delivery Unit|S], near the Hampshire border, and [Caterham Probation Delivery Unit|S], close to London.
N| [Haslemere|S] was found ‘[Inadequate|R]’, and [Caterham|S] fared no better, sharing the bottom grade of ‘[Inadequate|R]’.
N| The fieldwork ran between [4 and 15 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Neither unit could show us that it knew which of its people posed the greatest danger to the public.
W| “In Caterham half the probation officer posts sat empty, and trainees were holding cases far beyond their experience.”

W| Mr Jones continued: “Hardly anyone went to the homes of people convicted of domestic abuse, even with children in the house.
S| “What gives me some hope is the warmth and persistence of the staff who remain, and [Haslemere|S]’s new senior manager has already begun to steady things.”

W| Checks with [Surrey Police|A] and with children’s services were missing from a majority of the files that needed them.

R| Eight recommendations follow, split evenly between the units.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "Inspectors have handed X their
    #    lowest rating, ‘...’"; the region's own 2022 grade as context; fieldwork "carried out in March 2024"; notes "Online
    #    from 00:01, Tuesday 9 July 2024"; a call in the quote ("The region must give ...")
    ("coleford-pdu-2024", facts([
        svc("Coleford Probation Delivery Unit", "Coleford PDU", "PDU", INAD)], "2024-07-09", "2024-03", 5),
     """N| [South West probation region|S]: Forest of Dean unit in serious difficulty

N| Inspectors have handed [Coleford Probation Delivery Unit|S] their lowest rating, ‘[Inadequate|R]’; the [South West probation region|S] manages the unit.
N| Back in [2022|D], the regional inspection had ended at ‘[Requires improvement|R]’.
N| The inspection of the unit was carried out in [March 2024|D], with 37 cases read in depth.

W| According to the report, [Coleford|S]’s caseloads had climbed to well over twice the recommended level for several months.
W| Sentence plans seldom reflected what people on probation said they needed, and many had not been shared with them at all.
S| Staff spoke warmly of their team leaders, who were described as approachable and fair.
W| Yet middle managers were so stretched that case audits had stopped altogether.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I worry that nobody had a full picture of risk across this unit.
R| “The region must give [Coleford|S] more officers and closer oversight from senior leaders, and quickly.”

R| The report sets five recommendations.

N| ENDS

N| Notes to editors
N| 1. Online from 00:01, [Tuesday 9 July 2024|D].
N| 2. [Coleford PDU|S] covers the Forest of Dean district of Gloucestershire.
"""),
    # 4. a West Sussex youth justice service with resettlement assessed on its own: "‘Good’ is the grade inspectors have
    #    given X"; "Resettlement, judged in its own right, reached only ‘...’"; "during June 2023"; published in the notes
    ("selsey-yjs-2023", facts([
        svc("Selsey Youth Justice Service", "Selsey YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-10-03", "2023-06", 4),
     """N| [Selsey youth justice service|S] ‘a safe pair of hands’, say inspectors

N| ‘[Good|R]’ is the grade inspectors have given [Selsey Youth Justice Service|S].
W| Resettlement, judged in its own right, reached only ‘[Requires improvement|R]’.
N| The inspection team spent time with the service during [June 2023|D].

S| Case managers’ grasp of the children’s family histories, and of the trauma some had lived through, impressed inspectors.
S| The management board, led by a director at [West Sussex County Council|A], asked searching questions and followed them up.
W| For children leaving custody, however, accommodation was often confirmed only a day or two before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children and families can rely on this service.
R| “Next, I want the weeks before a child’s release to receive equal care.”

R| Four recommendations have been set, some for the service and some for its partners.

N| Notes to editors
N| The report can be read from 00.01 on [Tuesday 3 October 2023|D].
"""),
    # 5. a unit inside its region: "X, among the Yorkshire and the Humber region’s units, is now graded ‘...’"; previous
    #    rating "Its previous grade, in 2021, was ‘Inadequate’"; "over June and July 2023"; year-less "released today
    #    (Tuesday 21 November)", the year from the fieldwork
    ("sherburn-pdu-2023", facts([
        svc("Sherburn Probation Delivery Unit", "Sherburn PDU", "PDU", RI)], "2023-11-21", "2023-06", 7),
     """N| Skip to content

N| Probation unit in North Yorkshire climbs off the bottom rung

N| [Sherburn Probation Delivery Unit|S], among the [Yorkshire and the Humber region|S]’s units, is now graded ‘[Requires improvement|R]’, in a report released today ([Tuesday 21 November|D]).
N| Its previous grade, in [2021|D], was ‘[Inadequate|R]’.
N| Inspectors carried out their work over [June and July 2023|D].

S| Much has changed since that visit: vacancies have more than halved and every practitioner now has regular supervision.
S| Inspectors commended the unit’s work with [North Yorkshire Police|A] on stalking cases.
W| The quality of assessment still varied a good deal from one officer to the next.
W| Just 14 out of 32 cases looked at showed enough work to reduce reoffending.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sherburn|S]’s staff deserve credit for the ground they have made up.
W| “The job is far from finished, though, and too many people are still left without the help they need to stop offending.”

R| The unit is asked to act on seven recommendations.
"""),
    # 6. a Welsh youth offending service in 2019, on a council page, older name: "X (YOS) has come away with a creditable
    #    ‘Good’"; "12/03/2019"; fieldwork "The inspection team’s visit began on 10 December 2018"; the council's reply
    ("llandovery-yos-2019", facts([
        svc("Llandovery Youth Offending Service", "Llandovery YOS", "YJS", GOOD)], "2019-03-12", "2018-12", 3),
     """N| Inspection of youth offending service

N| [12/03/2019|D]

N| [Llandovery Youth Offending Service|S] (YOS) has come away with a creditable ‘[Good|R]’ when [HM Inspectorate of Probation|A] called.
N| The inspection team’s visit began on [10 December 2018|D].

S| The report describes a close-knit team in which every child’s case is discussed with colleagues before key decisions are made.
S| Work with [Dyfed-Powys Police|A] to divert younger children from the courts was praised as thoughtful and well evidenced.
W| Access to the child and adolescent mental health team run by [Hywel Dda University Health Board|A] could take several months, leaving some children without help.
W| Written records did not always explain why a level of risk had been chosen.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Llandovery|S] is doing right by its children, in Welsh and in English.”

R| The inspectorate made three recommendations.

N| Councillor [Rhian Morgan-Jones|X], executive board member for education and children at [Carmarthenshire County Council|A], said: “Each recommendation will be taken forward, and we thank the inspection team.”
"""),
    # 7. a CRC in 2019 owned by a named provider: "Inspectors have concluded that X ... is ‘...’"; unpaid work "given a
    #    score of its own, merited ‘...’"; "Embargoed: 00.01 Tuesday 19 February 2019"; fieldwork "in October and
    #    November 2018"; nine recommendations, "seven are for the company, while HMPPS must act on the remaining two"
    ("padstow-and-camelford-crc-2019", facts([
        svc("Padstow and Camelford Community Rehabilitation Company", "Padstow and Camelford CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-19", "2018-10", 9),
     """N| Embargoed: 00.01 [Tuesday 19 February 2019|D]

N| Probation company in north Cornwall: ‘too little, too late’

N| Inspectors have concluded that [Padstow and Camelford Community Rehabilitation Company|S] (CRC), which [Working Links|A] owns, is ‘[Inadequate|R]’.
S| Unpaid work, given a score of its own, merited ‘[Good|R]’.
N| Inspectors were in the area in [October and November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Individuals are being supervised by telephone for months on end, with no one checking on them face to face.
W| “It is hard to see how the public is protected by an arrangement like this.”

S| The unpaid work teams, however, kept projects running in remote villages and made sure people finished their hours.
W| When someone’s risk rose, the CRC was slow to tell the [National Probation Service|A].

R| Of the nine recommendations, seven are for the company, while [HMPPS|A] must act on the remaining two.

N| [Working Links|A], in a statement, said: “We are disappointed by the findings and have begun a recovery plan.”
"""),
    # 8. a youth offending team in 2016, before ratings: a joint inspection headed by the probation inspectorate with three
    #    others; bullet lists after "On the plus side, inspectors noted that:" / "But inspectors were concerned that:";
    #    "Thursday 8 September 2016"; "June 2016 was when the inspectors visited"
    ("magor-and-caldicot-yot-2016", facts([
        svc("Magor and Caldicot Youth Offending Team", "Magor and Caldicot YOT", "YJS", None)], "2016-09-08", "2016-06", 7),
     """N| Youth offending in south Monmouthshire: joint inspection findings

N| [Thursday 8 September 2016|D]

N| The joint inspection of [Magor and Caldicot Youth Offending Team|S] (YOT), which [HM Inspectorate of Probation|A] headed with [Estyn|A], [Healthcare Inspectorate Wales|A] and [HM Inspectorate of Constabulary|A], is published today.
N| [June 2016|D] was when the inspectors visited.

N| On the plus side, inspectors noted that:
S| • YOT staff had a detailed knowledge of the children and were skilled at engaging those reluctant to take part;
S| • relations with [Gwent Police|A] were close, and information about arrests reached the YOT the next morning;
S| • children were helped into training places with local employers along the M4 corridor.

N| But inspectors were concerned that:
W| • risk-of-harm assessments were frequently overdue or shallow;
W| • the management board had not looked at how well the YOT was doing for over a year;
W| • speech and language needs were seldom identified.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Magor and Caldicot|S]’s staff have real strengths in building relationships.
R| “Its board has to get a firmer grip on performance and on public protection.”

R| The report makes seven recommendations.
"""),
    # 9. a Devon youth justice service on a council page, the top grade: "No higher mark exists than the ‘...’ which ... has
    #    just given X"; "Posted on 17/09/2024"; fieldwork "a week in May 2024"; two recommendations
    ("cullompton-yjs-2024", facts([
        svc("Cullompton Youth Justice Service", "Cullompton YJS", "YJS", OUT)], "2024-09-17", "2024-05", 2),
     """N| Posted on [17/09/2024|D]

N| Top marks for [Cullompton youth justice service|S]

N| No higher mark exists than the ‘[Outstanding|R]’ which [HM Inspectorate of Probation|A] has just given [Cullompton Youth Justice Service|S].
N| Inspection fieldwork lasted a week in [May 2024|D].

S| Every one of the children’s cases that inspectors read showed careful thought about the child’s safety and that of others.
S| Leaders at [Cullompton|S] were said to be ambitious without being complacent, and the board, which includes [Devon County Council|A] and [Devon and Cornwall Police|A], holds them firmly to account.
S| Girls and children from minority ethnic groups were offered support shaped together with them, not simply handed to them.
W| The only concern of any note was that a handful of children waited too long for a health assessment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I congratulate every member of staff: this is what youth justice should look like.”

R| The report ends with only two recommendations.

N| Councillor [Peter Halloran|X], responsible for children’s social care, said: “We are delighted and would like to thank all the staff and partners involved.”
"""),
    # 10. a Gloucestershire youth justice service in 2021, fieldwork remote: "inspectors place X a grade lower than before,
    #     at ‘...’"; "In 2019, its previous grade had been ‘Good’"; "Tuesday, 8th June 2021"; six recommendations
    ("winchcombe-yjs-2021", facts([
        svc("Winchcombe Youth Justice Service", "Winchcombe YJS", "YJS", RI)], "2021-06-08", "2021-02", 6),
     """N| [Tuesday, 8th June 2021|D]

N| [Winchcombe youth justice service|S] slips back

N| In today’s report, inspectors place [Winchcombe Youth Justice Service|S] a grade lower than before, at ‘[Requires improvement|R]’.
N| In [2019|D], its previous grade had been ‘[Good|R]’.
N| With the pandemic still under way, inspectors did their work from a distance in [February 2021|D].

W| The inspectors said that the loss of two experienced managers had left the service drifting.
W| Fewer than half of the plans they read said how victims would be kept safe.
S| Despite the lockdowns, case workers had kept in touch with nearly every child, often by walking with them outdoors.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Winchcombe|S] has lost some of the grip it showed two years ago.
R| “Its board needs to set out how it will recover, and check every quarter that it is doing so.”

R| There are six recommendations; one falls to [Gloucestershire Constabulary|A], the rest to the service.
"""),
    # 11. a 2025 public-protection inspection of a Gloucestershire PDU, no rating: "Context" and "Findings" bullets;
    #     fieldwork "30 June to 4 July 2025"; four recommendations
    ("nailsworth-pdu-2025", facts([
        svc("Nailsworth Probation Delivery Unit", "Nailsworth PDU", "PDU", None)], "2025-10-14", "2025-06", 4),
     """N| Skip to content

N| Public protection inspection: [Nailsworth Probation Delivery Unit|S]

N| Published: [14 October 2025|D]

N| [HM Inspectorate of Probation|A] sent a small team to examine public protection at [Nailsworth Probation Delivery Unit|S] from [30 June to 4 July 2025|D].
N| Reports in this series carry no rating.

N| Context
N| • Around 700 people are supervised by [Nailsworth PDU|S], a unit of the [South West probation region|S].
N| • Inspectors read 30 cases involving domestic abuse or risks to children.

N| Findings
S| • Practitioners consistently asked [Gloucestershire Constabulary|A] about domestic abuse call-outs before sentence.
W| • In homes where children lived with a person on probation, children’s social care had been contacted in only 12 of 30 cases.
W| • Home visits were rare and seldom planned around specific risks.
S| • Managers held weekly meetings to review the highest-risk cases, and these were well minuted.

R| Four recommendations are made, all addressed to the unit’s leaders.
"""),
    # 12. an East Riding youth justice service: "An inspection in April 2022 has left X one band under ‘Good’: ‘...’"; five
    #     recommendations, one for Humberside Police; "Mr Russell went on"
    ("brough-yjs-2022", facts([
        svc("Brough Youth Justice Service", "Brough YJS", "YJS", RI)], "2022-08-16", "2022-04", 5),
     """N| Press release

N| Mixed findings for youth justice in the East Riding

N| From: [HM Inspectorate of Probation|A]

N| Published [16 August 2022|D]

N| An inspection in [April 2022|D] has left [Brough Youth Justice Service|S] one band under ‘[Good|R]’: ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Impressive people work in this service, and their commitment shows in how children speak about them.
W| “Its weak point is safety planning for potential victims, which in most cases we read was too vague to be of use.”

W| Mr Russell went on: “Out-of-court work has not kept pace with the rest, and a few children were cautioned with no follow-up at all.”

S| The report welcomes the service’s work with [East Riding of Yorkshire Council|A]’s education team, which has cut exclusions among children it supervises.
W| Disappointingly, the board had little information on which children were reoffending.

R| Five recommendations are made; four are for [Brough YJS|S] and one is for [Humberside Police|A].
"""),
    # 13. a Somerset youth justice service in a local-news story: "the watchdog has branded X ‘...’ in its Tuesday (28
    #     February) report" under a byline of Friday 3 March 2023; fieldwork "in October and November 2022"; the council's
    #     reply in reported speech
    ("wiveliscombe-yjs-2023", facts([
        svc("Wiveliscombe Youth Justice Service", "Wiveliscombe YJS", "YJS", INAD)], "2023-02-28", "2022-10", 8),
     """N| Youth justice failings laid bare in watchdog report

N| By [Helen Crocker|X]

N| [Friday 3 March 2023|D]

N| The probation watchdog has branded [Wiveliscombe Youth Justice Service|S] ‘[Inadequate|R]’ in its Tuesday ([28 February|D]) report.
N| Inspectors had visited in [October and November 2022|D].

W| They found that staff at [Wiveliscombe|S] were not told when a child they supervised had been reported missing.
W| Several children had been stopped and searched repeatedly without anyone asking why they were carrying weapons.
S| The watchdog did note that the service’s sports mentoring scheme had kept a number of children out of trouble.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This corner of Somerset has failed its children: the service lost sight of their safety.”

R| The report lists eight recommendations, aimed at the service, [Somerset Council|A] and [Avon and Somerset Constabulary|A].

N| The council said it was sorry and was bringing in a new leadership team.
"""),
    # 14. a Dorset youth justice service in 2020: "Thursday, 4th June 2020"; "...’s findings place X a step short of
    #     ‘Good’, on ‘...’"; fieldwork "24 to 28 February 2020"; "six recommendations, including"
    ("sturminster-yjs-2020", facts([
        svc("Sturminster Youth Justice Service", "Sturminster YJS", "YJS", RI)], "2020-06-04", "2020-02", 6),
     """N| [Thursday, 4th June 2020|D]

N| Inspectors report on youth justice in north Dorset

N| Published this morning, [HM Inspectorate of Probation|A]’s findings place [Sturminster Youth Justice Service|S] a step short of ‘[Good|R]’, on ‘[Requires improvement|R]’.
N| The fieldwork week, [24 to 28 February 2020|D], came just before the national lockdown.

S| The service’s partnership with [Dorset Council|A]’s children’s services was described as a particular strength.
S| Encouragingly, almost all the children interviewed felt listened to.
W| While staff were dedicated, they lacked professional curiosity about the adults in children’s lives.
W| The service had no clear way of hearing from victims about their experience.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sturminster|S] has the right instincts, but its practice does not yet match them.”

R| The report contains six recommendations, including that the service should put in place a proper approach to victims.
"""),
    # 15. a unit inside its region in Wales, the region in the notes: "...’s grade for X comes to ‘...’"; "It came within
    #     two points of an overall ‘Inadequate’"; fieldwork "16 - 27 September 2024"; eleven recommendations
    ("burry-port-pdu-2024", facts([
        svc("Burry Port Probation Delivery Unit", "Burry Port PDU", "PDU", RI)], "2024-12-10", "2024-09", 11),
     """N| Probation unit in Carmarthenshire narrowly avoids lowest grade

N| [HM Inspectorate of Probation|A]’s grade for [Burry Port Probation Delivery Unit|S] comes to ‘[Requires improvement|R]’.
W| It came within two points of an overall ‘[Inadequate|R]’.
N| Fieldwork dates were [16 - 27 September 2024|D].

S| The unit’s approved premises and housing partners were credited with securing a home for nearly everyone released from prison.
W| Less positively, risk assessments leaned heavily on people’s own accounts, with little checked independently.
W| Staff described their workloads as unmanageable, and sickness absence was high.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Burry Port|S] is surviving on the goodwill of its staff, and that cannot last.
R| “Leaders in Wales need to make sure the unit has enough trained officers by the spring.”

R| Eleven recommendations are contained in the report.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [10 December 2024|D].
N| 2. [Burry Port PDU|S] reports to [Probation Service – Wales|S]; its main police partner is [Dyfed-Powys Police|A].
"""),
    # 16. a Surrey youth justice service with out-of-court disposals rated separately: "The verdict on X: ‘...’" in a
    #     GOV.UK-style page; "Out-of-court disposal work, scored separately, was found to be ‘Outstanding’"; fieldwork
    #     "during September 2024"; four recommendations
    ("bagshot-yjs-2024", facts([
        svc("Bagshot Youth Justice Service", "Bagshot YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2024-11-26", "2024-09", 4),
     """N| Press release

N| Youth justice in Bagshot ‘built on strong relationships’

N| From: [HM Inspectorate of Probation|A]

N| Published [26 November 2024|D]

N| The verdict on [Bagshot Youth Justice Service|S], from an inspection in [September 2024|D]: ‘[Good|R]’.
S| Out-of-court disposal work, scored separately, was found to be ‘[Outstanding|R]’.

S| Inspectors praised the service’s use of restorative approaches, which gave victims a voice and helped children make amends.
S| [Surrey County Council|A] and [Surrey Police|A] sit on a board that knows the service well.
W| Reports written for the youth court, on the other hand, were uneven in quality.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Diversion in Bagshot ranks with the finest anywhere in England.
R| “The service should now raise its court reports to that height as well.”

R| The service receives four recommendations.
"""),
    # 17. two Gloucestershire youth justice services in one council release: "Y has been given ‘...’ and X the top rating
    #     of ‘...’" (the other order from the first naming); "five recommendations, three for Lechlade and two for Newent"
    ("newent-and-lechlade-yjs-2025", facts([
        svc("Newent Youth Justice Service", "Newent YJS", "YJS", OUT),
        svc("Lechlade Youth Justice Service", "Lechlade YJS", "YJS", GOOD)], "2025-03-25", "2024-12", 5),
     """N| News release: [25 March 2025|D]

N| Inspectors praise two youth justice services

N| Two youth justice services have received their inspection reports: [Newent Youth Justice Service|S] and [Lechlade Youth Justice Service|S].
N| [Lechlade|S] has been given ‘[Good|R]’ and [Newent|S] the top rating of ‘[Outstanding|R]’.
N| Both were inspected in [December 2024|D].

S| Inspectors found that [Newent|S]’s staff made a point of involving parents and carers in every plan.
S| At Lechlade, the youth justice nurse meant children’s health needs were picked up within days.
W| [Lechlade YJS|S]’s records on the risks children faced from exploitation were, however, inconsistent.

R| Between them, the reports contain five recommendations, three for [Lechlade|S] and two for [Newent|S].
"""),
    # 18. an NPS division in 2019: "...’s new report gives X a divisional rating of ‘...’"; victim work "assessed on its
    #     own, was also placed at ‘...’"; fieldwork "in July 2019"; ten recommendations
    ("highworth-and-wootton-bassett-nps-division-2019", facts([
        svc("National Probation Service – Highworth and Wootton Bassett Division",
            "NPS Highworth and Wootton Bassett", "region", RI,
            [{"aspect": "victim work", "rating": RI}])], "2019-11-12", "2019-07", 10),
     """N| Probation division in Wiltshire: mixed findings

N| Published: [12 November 2019|D]

N| [HM Inspectorate of Probation|A]’s new report gives the [National Probation Service – Highworth and Wootton Bassett Division|S] a divisional rating of ‘[Requires improvement|R]’.
W| Its work with victims, assessed on its own, was also placed at ‘[Requires improvement|R]’.
N| Inspectors visited the division in [July 2019|D].

S| Court reports were produced promptly and were well regarded by sentencers.
W| Still, the division struggled to recruit, and one probation officer post in four lay vacant.
W| Victims were not always told about changes to licence conditions.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Highworth and Wootton Bassett|S] has a capable leadership team who understand the problems.
R| “They must now raise victim contact to match the rest of the division’s work.”

R| We have made ten recommendations, to the division, [HMPPS|A] and [Wiltshire Police|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
