"""Builds the two hundred and twenty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one region on a GOV.UK page, the region named first: "X’s grade is ‘...’; Y’s is the bottom one,
    #    ‘...’"; "over a fortnight in July 2024"; nine recommendations "split five to four between X and Y"
    ("thorganby-and-skipwith-pdus-2024", facts([
        svc("Thorganby Probation Delivery Unit", "Thorganby PDU", "PDU", RI),
        svc("Skipwith Probation Delivery Unit", "Skipwith PDU", "PDU", INAD)], "2024-12-03", "2024-07", 9),
     """N| Press release

N| Two probation units on the Derwent found wanting

N| Reports on a pair of units in the [Yorkshire and the Humber region|S] show one struggling and one in crisis.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| The [Probation Service – Yorkshire and the Humber region|S] runs both [Thorganby Probation Delivery Unit|S] and [Skipwith Probation Delivery Unit|S], whose inspection reports appear today.
N| [Thorganby|S]’s grade is ‘[Requires improvement|R]’; [Skipwith|S]’s is the bottom one, ‘[Inadequate|R]’.
N| Inspectors spent a fortnight with the two units in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Skipwith|S] is a unit where probation officers have been stretched until something gave way.
W| “We looked at people convicted of stalking whose victims had never been contacted, and at licence breaches nobody had followed up.
S| “[Thorganby|S] is on firmer ground, with a settled management team and practitioners who know the families on their caseloads.”

S| Inspectors singled out [Thorganby PDU|S]’s partnership with [Humberside Police|A] on integrated offender management as a real asset.
W| Yet in both units the plans written at the start of an order were rarely revisited when circumstances changed.
W| Sickness absence in [Skipwith PDU|S] had reached a level that left duty rotas unfilled most weeks.

R| Nine recommendations are made, split five to four between [Thorganby|S] and [Skipwith|S].

N| ENDS
"""),
    # 2. two youth justice services in local news, the rating sentence in the other order: "X has picked up ‘...’,
    #    with Y securing ‘...’"; the reports "released on Thursday (6 February)" under a byline of Monday 10 February 2025;
    #    "a combined total of six recommendations"
    ("fangfoss-and-wilberfoss-yjs-2025", facts([
        svc("Fangfoss Youth Justice Service", "Fangfoss YJS", "YJS", GOOD),
        svc("Wilberfoss Youth Justice Service", "Wilberfoss YJS", "YJS", OUT)], "2025-02-06", "2024-09", 6),
     """N| Wolds youth teams celebrate strong inspection results

N| By [Helen Rowntree|X]

N| [Monday 10 February 2025|D]

N| Inspection findings for [Fangfoss Youth Justice Service|S] and [Wilberfoss Youth Justice Service|S] were released on Thursday ([6 February|D]), several months after inspectors spent time with both teams in [September 2024|D].
N| [Wilberfoss|S] has picked up the inspectorate’s top mark of ‘[Outstanding|R]’, with [Fangfoss|S] securing ‘[Good|R]’.

S| According to the reports, [Wilberfoss|S]’s case managers had built trust with children whom other services had given up on, visiting them at weekends if that was what it took.
S| [Fangfoss|S] was commended for employing its own speech and language therapist, who saw each child as their order began.
W| Inspectors did find that [Fangfoss YJS|S] sometimes closed cases before a child’s move to adult services had been arranged.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Rural children can be easy to overlook, and these teams plainly refuse to let that happen.”

R| Between them the reports contain a combined total of six recommendations.

N| [East Riding of Yorkshire Council|A] said in a statement that it was “immensely proud” of both teams.
"""),
    # 3. three PDUs on a GOV.UK page: "X and Y share a grade of ‘...’; Z sits a step lower, at ‘...’"; fieldwork
    #    "13 to 24 January 2025"; "Each unit receives four recommendations, twelve in all"
    ("barmby-moor-allerthorpe-and-everingham-pdus-2025", facts([
        svc("Barmby Moor Probation Delivery Unit", "Barmby Moor PDU", "PDU", RI),
        svc("Allerthorpe Probation Delivery Unit", "Allerthorpe PDU", "PDU", RI),
        svc("Everingham Probation Delivery Unit", "Everingham PDU", "PDU", INAD)], "2025-06-17", "2025-01", 12),
     """N| Press release

N| Three East Riding probation units inspected at once

N| From: [HM Inspectorate of Probation|A]

N| Published [17 June 2025|D]

N| [HM Inspectorate of Probation|A] today reports on [Barmby Moor Probation Delivery Unit|S], [Allerthorpe Probation Delivery Unit|S] and [Everingham Probation Delivery Unit|S], three neighbouring units that belong to the [Probation Service – Yorkshire and the Humber region|S].
N| [Barmby Moor|S] and [Allerthorpe|S] share a grade of ‘[Requires improvement|R]’; [Everingham|S] sits a step lower, at ‘[Inadequate|R]’.
N| The three units were inspected together from [13 to 24 January 2025|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Three units, one region, and three rather different stories.
W| “[Everingham|S] has lost its way: a backlog of unallocated cases had been allowed to build for months, and some of those people were assessed as high risk.
S| “[Barmby Moor|S] and [Allerthorpe|S] can point to thoughtful work on women’s cases and good use of the local women’s centre.”

W| Across the three units, fewer than half of the cases inspectors read showed enough attention to the safety of children.
S| Reassuringly, every unit had a well-organised approach to unpaid work, and placements were finished on time.

R| Each unit receives four recommendations, twelve in all.
"""),
    # 4. a unit inside its region, the region in the headline and with its own 2023 rating: "inspectors have graded X
    #    ‘...’"; "inspectors were with the unit in November 2023"; notes "on Tuesday 16 April 2024 at 00.01"
    ("seaton-ross-pdu-2024", facts([
        svc("Seaton Ross Probation Delivery Unit", "Seaton Ross PDU", "PDU", RI)], "2024-04-16", "2023-11", 6),
     """N| [Yorkshire and the Humber probation region|S]: the [Seaton Ross unit|S] must improve

N| Having inspected it in [November 2023|D], inspectors have graded [Seaton Ross Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Its parent region, the [Probation Service – Yorkshire and the Humber region|S], was judged ‘[Requires improvement|R]’ in its own [2023|D] inspection.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Seaton Ross|S] has real promise, but that promise is not yet visible in the casework.
S| “Staff told us they felt listened to by their managers, and the new head of service has a clear grip on what needs fixing.
W| “However, the quality of risk assessments was a lottery, depending on which officer a person happened to be allocated.”

W| Only 14 of the 31 relevant cases showed that the police had been asked about domestic abuse.
S| [Seaton Ross PDU|S] made good use of approved premises and housing advice for people released from [HMP Full Sutton|S].

R| The unit must act on four of the report’s six recommendations; the region is asked to act on the other two.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [Tuesday 16 April 2024|D] at 00.01.
"""),
    # 5. a Probation Trust in 2012, no rating: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" lists; "Published: 21 Aug 2012"; "during the week of 14 May 2012"; eight recommendations
    ("londesborough-probation-trust-2012", facts([
        svc("Londesborough Probation Trust", "Londesborough Trust", "other", None)], "2012-08-21", "2012-05", 8),
     """N| News

N| Offender management in Londesborough: inspection report

N| Published: [21 Aug 2012|D]

N| Today’s report from [HM Inspectorate of Probation|A] examines how well [Londesborough Probation Trust|S] manages offenders.
N| Inspectors examined a sample of 96 cases during the week of [14 May 2012|D].

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “On balance this is an encouraging report, though it leaves the Trust with work to do on protecting the public.”

N| Inspectors were pleased to find that:
S| • offender managers knew their cases well and saw most individuals within five working days of sentence;
S| • enforcement action was prompt and properly recorded;
S| • the Trust’s links with [Humberside Police|A] and local drug treatment services were effective.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were completed late in around a third of cases;
W| • the needs of victims featured in too few sentence plans;
W| • home visits to people convicted of domestic violence were the exception rather than the rule.

R| The report contains eight recommendations for [Londesborough Trust|S] and its partners.
"""),
    # 6. a CRC in 2019 with aspects rated separately: "inspectors settled on ‘...’ for the CRC as a whole"; unpaid work
    #    ‘Good’ and Through the Gate ‘Inadequate’; "in October and November 2018"; "Published 26 March 2019"
    ("derwent-ings-crc-2019", facts([
        svc("Derwent Ings Community Rehabilitation Company", "Derwent Ings CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "Through the Gate", "rating": INAD}])],
        "2019-03-26", "2018-10", 7),
     """N| [Derwent Ings Community Rehabilitation Company|S]: mixed findings

N| Published [26 March 2019|D]

N| After fieldwork in [October and November 2018|D], inspectors settled on ‘[Requires improvement|R]’ for [Derwent Ings Community Rehabilitation Company|S] (CRC) as a whole.
N| The CRC is owned by [Sodexo Justice Services|A] and supervises around 4,200 people across the Vale of York and the Wolds.
S| Its unpaid work, looked at and graded on its own, earned ‘[Good|R]’.
W| Through the Gate, the CRC’s resettlement service for people leaving prison, was graded ‘[Inadequate|R]’, with many prisoners released to no fixed address.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a company pulled in two directions.
S| “Its unpaid work teams are well led, and the projects we saw gave something genuine back to local communities.
W| “But the resettlement work at [HMP Full Sutton|S] and in the local prisons was little more than form-filling.”

W| Too many responsible officers were managing well over 100 cases each.

R| Seven recommendations have been made, five of them to [Derwent Ings CRC|S] and two to [HM Prison and Probation Service|A].
"""),
    # 7. a youth offending team written out in lower case, then abbreviated: "given an overall verdict of ‘...’";
    #    "Thursday 5 September 2019"; "in June 2019"; "three recommendations, with a fourth for the management board"
    ("bugthorpe-yot-2019", facts([
        svc("Bugthorpe youth offending team", "Bugthorpe YOT", "YJS", GOOD)], "2019-09-05", "2019-06", 4),
     """N| Young people well served by [Bugthorpe YOT|S], inspectors say

N| [Thursday 5 September 2019|D]

N| Inspectors from [HM Inspectorate of Probation|A], who visited in [June 2019|D], have given the [Bugthorpe youth offending team|S] an overall verdict of ‘[Good|R]’.

S| Inspectors noted that the [Bugthorpe YOT|S] had shrunk its caseload of first-time entrants by working closely with schools and the police.
S| Case managers took the time to understand each child, and wrote plans the children recognised as their own.
W| On the other hand, the YOT’s management board rarely challenged partners when agreed actions slipped.
W| Appointments with [CAMHS|A] came too slowly for some of the children.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bugthorpe|S]’s staff should be rightly pleased with what they have achieved.”

R| The team is given three recommendations, with a fourth for its management board.
"""),
    # 8. a youth justice service with an aspect scored separately and the previous rating beside: "has earned a ‘...’
    #    from inspectors"; resettlement "scored separately" ‘Outstanding’; "in 2019 it was ‘Requires improvement’"
    ("sand-hutton-yjs-2023", facts([
        svc("Sand Hutton Youth Justice Service", "Sand Hutton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2023-11-14", "2023-06", 5),
     """N| News

N| [Sand Hutton Youth Justice Service|S] climbs a grade

N| Published: [14 Nov 2023|D]

N| [Sand Hutton Youth Justice Service|S] has earned a ‘[Good|R]’ from inspectors, who spent a week with the service in [June 2023|D].
N| At its last inspection, in [2019|D], the service was ‘[Requires improvement|R]’.
S| Its resettlement work, scored separately, was found to be ‘[Outstanding|R]’: every child leaving custody had somewhere safe to live and a place in education.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sand Hutton|S] took our last report seriously.
S| “The leadership team has rebuilt the board, recruited experienced staff and given case managers time to think.”

W| Not every area had moved on as far, and work to keep victims safe was uneven.
W| Out-of-court disposals were sometimes offered without a proper assessment of the child’s needs.

R| The report puts forward five recommendations to help [Sand Hutton YJS|S] keep improving.
"""),
    # 9. an NPS division in 2019: "has awarded X an overall divisional grade of ‘...’"; the notes' "at 00.01 on Tuesday
    #    30 July 2019"; fieldwork "in February 2019"; "the report makes a total of nine recommendations"
    ("garrowby-nps-division-2019", facts([
        svc("National Probation Service – Garrowby Division", "NPS Garrowby", "region", GOOD)],
        "2019-07-30", "2019-02", 9),
     """N| Inspection of the [National Probation Service – Garrowby Division|S]

N| The [National Probation Service – Garrowby Division|S] has been awarded an overall divisional grade of ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited offices and courts across the division in [February 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a division in good heart.
S| “Advice to the courts was consistently well researched, and [NPS Garrowby|S] staff were confident working with people who pose a high risk.
W| “I am concerned, though, that too many posts are filled by agency staff, which leaves the division exposed.”

S| The division’s work with [MAPPA|A] partners was robust and well recorded.
W| Sentence plans did not always address the needs of the victims of domestic abuse.

R| The report makes a total of nine recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Tuesday 30 July 2019|D].
"""),
    # 10. an ordinary youth justice service on a GOV.UK page: "has been handed the lowest of the inspectorate’s four
    #     grades, ‘...’"; "in April 2024"; "ten recommendations"
    ("leavening-yjs-2024", facts([
        svc("Leavening Youth Justice Service", "Leavening YJS", "YJS", INAD)], "2024-08-20", "2024-04", 10),
     """N| Press release

N| [Leavening Youth Justice Service|S] rated ‘[Inadequate|R]’

N| Inspectors found children at risk of exploitation were not being protected.

N| From: [HM Inspectorate of Probation|A]

N| Published [20 August 2024|D]

N| Following an inspection in [April 2024|D], [Leavening Youth Justice Service|S] has been given the inspectorate’s bottom grade, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Leavening are being let down.
W| “We found children who had been groomed by county lines gangs and whose case records said nothing about it.
W| “Nobody on the management board could tell us how many children the service was supervising.”

S| There were some bright spots: the reparation scheme with a local farm was well liked by children and victims alike.
W| But assessments were sufficient in only nine of the 22 cases inspected.

R| Inspectors have set out ten recommendations, most of them for the board and [North Yorkshire Council|A].
R| Mr Jones added: “The board must take hold of this service now, not in six months’ time.”
"""),
    # 11. an ordinary PDU in a justiceinspectorates news item: "Published: 7 Jun 2023"; "The inspectorate’s finding is that
    #     X ‘...’"; "carried out in February 2023"; "seven recommendations", the region as context
    ("burythorpe-pdu-2023", facts([
        svc("Burythorpe Probation Delivery Unit", "Burythorpe PDU", "PDU", RI)], "2023-06-07", "2023-02", 7),
     """N| News

N| [Burythorpe Probation Delivery Unit|S] inspection

N| Published: [7 Jun 2023|D]

N| The inspectorate’s finding is that [Burythorpe Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| The inspection was carried out in [February 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Burythorpe|S]’s leaders have done well to hold on to their staff.
W| “Even so, the work we saw to protect the public fell short in more than half the cases.”

S| The unit’s court team produced timely reports, and magistrates told inspectors they valued them.
W| Inspectors were disappointed that accredited programmes had waiting lists running to several months.
W| Worryingly, some people assessed as high risk of serious harm had not had a home visit in over a year.

R| Seven recommendations follow, among them that the [Probation Service|A] in the region fill vacant senior probation officer posts.
"""),
    # 12. a council page: "Posted on 19/05/2022", the report "published on Tuesday 17 May"; "the inspectorate concluded
    #     that X is ‘...’"; "in January 2022"; "five recommendations"; the councillor's reply
    ("buttercrambe-yjs-2022", facts([
        svc("Buttercrambe Youth Justice Service", "Buttercrambe YJS", "YJS", GOOD)], "2022-05-17", "2022-01", 5),
     """N| Youth justice service praised by inspectors

N| Posted on [19/05/2022|D]

N| A report from [HM Inspectorate of Probation|A], published on [Tuesday 17 May|D], judges [Buttercrambe Youth Justice Service|S] to be ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [January 2022|D].

S| The inspectorate concluded that the service knew its children well and tailored its work to each of them.
S| Inspectors were particularly taken with the way the service involved parents and carers in planning.
W| The report notes that risk plans were not always updated after a new arrest.

R| The inspectors leave the service and its partners with five recommendations.

N| Councillor [Margaret Dobson|X], cabinet member for children, said: “Every member of the team has earned this, and I am delighted for them.”
N| “We will now work through the recommendations with our partners.”
"""),
    # 13. an embargo line: "Embargoed until 00.01 Wednesday 9 April 2025"; "inspectors gave X their highest rating,
    #     ‘...’"; "between 2 and 6 December 2024"; "a short list of three recommendations"
    ("scrayingham-yjs-2025", facts([
        svc("Scrayingham Youth Justice Service", "Scrayingham YJS", "YJS", OUT)], "2025-04-09", "2024-12", 3),
     """N| Embargoed until 00.01 [Wednesday 9 April 2025|D]

N| ‘[Outstanding|R]’ verdict for [Scrayingham Youth Justice Service|S]

N| Inspectors gave [Scrayingham Youth Justice Service|S] their highest rating, ‘[Outstanding|R]’, after visiting between [2 and 6 December 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scrayingham|S] is a service that never settles for second best.
S| “Every child we read about had a named adult they trusted, and that relationship was at the heart of all the work.”

S| Children’s education, training and employment outcomes were well above the national picture.
S| Diversion work alongside [North Yorkshire Police|A] kept many children out of court altogether and was exemplary.
W| The only significant gap inspectors identified was in the recording of work with victims.

R| A short list of three recommendations is included in the report.

N| ENDS
"""),
    # 14. a 2025 public-protection PDU inspection with no rating: "Context" / "Findings" bullets, the region as context;
    #     "the inspection does not result in a rating"; "in June 2025"; "four recommendations"
    ("westow-pdu-2025", facts([
        svc("Westow Probation Delivery Unit", "Westow PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Press release

N| Public protection inspection: [Westow Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [21 October 2025|D]

N| [Westow Probation Delivery Unit|S] is the subject of a new public protection report from [HM Inspectorate of Probation|A]; the unit reports to regional leaders in the [Probation Service – Yorkshire and the Humber region|S].
N| Inspectors were on site in [June 2025|D]; as with all inspections in this programme, the inspection does not result in a rating.

N| Context
N| • [Westow PDU|S] covers a mainly rural patch along the western edge of the Wolds.
N| • About 620 people were under its supervision at the time of the inspection.

N| Findings
W| • Information from children’s services was requested in too few cases where children lived in the household.
S| • Practitioners were skilled at talking to people about their offending and what lay behind it.
W| • Reviews of risk were often triggered only by a new offence rather than by changes in circumstances.

R| Four recommendations are addressed to the unit and the region.
"""),
    # 15. local news: the report "came out on Tuesday (8 November)" under a byline of Friday 11 November 2022; "the
    #     inspectorate rated X at the foot of its scale, ‘...’"; "visited in July 2022"; "eight recommendations"
    ("howsham-pdu-2022", facts([
        svc("Howsham Probation Delivery Unit", "Howsham PDU", "PDU", INAD)], "2022-11-08", "2022-07", 8),
     """N| Probation unit at foot of inspection scale

N| By [Daniel Hebden|X]

N| [Friday 11 November 2022|D]

N| A report on [Howsham Probation Delivery Unit|S] came out on Tuesday ([8 November|D]), and the inspectorate placed the unit at the foot of its scale, ‘[Inadequate|R]’.
N| Inspectors visited the unit in [July 2022|D].

W| The watchdog found that half of the probation officer posts in [Howsham PDU|S] were either vacant or covered by trainees.
W| People on licence were often seen only by phone, and home visits had all but ceased.
S| Inspectors did praise a new partnership with a local housing association that had helped dozens of people into accommodation.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Howsham are doing their best, but the unit is simply not able to keep the public safe at present.”

R| Eight recommendations are contained in the report.

N| A [Probation Service|A] spokesperson said: “We have read the report carefully, and recovery work began over the summer.”
"""),
    # 16. a remote inspection in 2021: "carried out remotely in March 2021"; "has been found to be ‘...’ overall";
    #     notes "on 15 June 2021 at 00.01"; "six recommendations"
    ("menethorpe-yjs-2021", facts([
        svc("Menethorpe Youth Justice Service", "Menethorpe YJS", "YJS", GOOD)], "2021-06-15", "2021-03", 6),
     """N| [Menethorpe Youth Justice Service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has found [Menethorpe Youth Justice Service|S] to be ‘[Good|R]’ overall.
N| Pandemic restrictions meant the whole inspection, in [March 2021|D], took place remotely.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The team in Menethorpe adapted quickly when schools closed and kept children engaged.
W| “There is more to do to make sure that every child’s diversity needs are understood, which was not always the case.”

S| Staff had a detailed understanding of the risks children faced in the community.
S| Partners, including [North Yorkshire Police|A] and health services, were well represented on the board.
W| Work to support victims had been slow to restart after the first lockdown.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [15 June 2021|D] at 00.01.
"""),
    # 17. a youth offending service in 2020: "Thursday, 23rd January 2020"; "inspected X in September 2019 and judged it
    #     to ‘...’"; "two recommendations for the YOS and two for its board"
    ("gate-helmsley-yos-2020", facts([
        svc("Gate Helmsley Youth Offending Service", "Gate Helmsley YOS", "YJS", RI)], "2020-01-23", "2019-09", 4),
     """N| [Gate Helmsley Youth Offending Service|S] inspection report

N| [Thursday, 23rd January 2020|D]

N| [HM Inspectorate of Probation|A] inspected [Gate Helmsley Youth Offending Service|S] (YOS) in [September 2019|D] and judged that it ‘[Requires improvement|R]’.

S| Inspectors found a committed staff group who were determined to do right by the children they worked with.
W| Planning to manage children’s safety and wellbeing, though, was frequently too vague to be useful.
W| Court work had been affected by delays in receiving information from the youth court.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “I know [Gate Helmsley YOS|S] wants to improve.
R| “Its board should now focus its energy on making planning sharper and more specific.”

R| There are two recommendations for the YOS and two for its board.
"""),
    # 18. a youth justice page opening on "Skip to content" and an empty "Published:" line; "comes out at ‘...’";
    #     the notes' day "29 October 2024"; "in May 2024"; "six recommendations"
    ("skirpenbeck-yjs-2024", facts([
        svc("Skirpenbeck Youth Justice Service", "Skirpenbeck YJS", "YJS", RI)], "2024-10-29", "2024-05", 6),
     """N| Skip to content

N| Published:

N| [Skirpenbeck youth justice service|S] inspection

N| In [HM Inspectorate of Probation|A]’s latest report, [Skirpenbeck Youth Justice Service|S] comes out at ‘[Requires improvement|R]’.
N| Inspectors visited the service in [May 2024|D].

S| The service had built a positive, trusting culture, and staff spoke warmly about their managers.
W| Yet the reviews inspectors read often failed to pick up on new risks, such as a child going missing from home.
W| Disappointingly, the board had not kept track of how many children were out of school.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Skirpenbeck|S] has the foundations, but the day-to-day casework is not yet good enough.”

R| Six recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [29 October 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twenty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
