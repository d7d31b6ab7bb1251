"""Builds the eighty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Barnsley PDUs on a GOV.UK page, the region named before the units: "X has been judged ‘...’ and Y ‘...’";
    #    fieldwork "from 3 to 14 June 2024"; eight recommendations "four to each unit"
    ("mapplewell-and-kexbrough-pdus-2024", facts([
        svc("Mapplewell Probation Delivery Unit", "Mapplewell PDU", "PDU", RI),
        svc("Kexbrough Probation Delivery Unit", "Kexbrough PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| Press release

N| Two probation units in Barnsley inspected

N| Inspectors report on two probation delivery units in South Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two units of the [Probation Service – Yorkshire and the Humber region|S], [Mapplewell Probation Delivery Unit|S] and [Kexbrough Probation Delivery Unit|S], have been examined by [HM Inspectorate of Probation|A], and both reports are out today.
N| [Mapplewell|S] has been judged ‘[Requires improvement|R]’ and [Kexbrough|S] ‘[Inadequate|R]’.
N| Fieldwork in the two units ran from [3 to 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners in Mapplewell told us they felt listened to, and it showed in the care they took over their cases.
W| “[Kexbrough|S] is a different story: close to half its probation officer posts were unfilled, and managers had lost track of whether people were actually being seen.”

S| [Mapplewell PDU|S]’s links with [South Yorkshire Police|A] on prolific offenders were close and well used.
W| In [Kexbrough PDU|S], risk assessments had been updated after a significant change in only 9 of the 30 cases examined.
W| Across both units, too little attention was paid to the safety of children living with people on probation.

R| The reports set out eight recommendations, four to each unit.

N| ENDS
"""),
    # 2. two youth justice services in a local-news story: the reports "appeared on Tuesday (7 November)" under a byline
    #    of Thursday 9 November 2023; "X was found to be ‘...’, while Y was given ‘...’"; nine recommendations
    ("arksey-and-scawsby-yjs-2023", facts([
        svc("Arksey Youth Justice Service", "Arksey YJS", "YJS", GOOD),
        svc("Scawsby Youth Justice Service", "Scawsby YJS", "YJS", RI)], "2023-11-07", "2023-06", 9),
     """N| Mixed results for Doncaster’s youth justice teams

N| By [Helen Birkby|X]

N| [Thursday 9 November 2023|D]

N| The reports on [Arksey Youth Justice Service|S] and [Scawsby Youth Justice Service|S] appeared on Tuesday ([7 November|D]); inspectors had visited in [June 2023|D].
N| [Arksey|S] was found to be ‘[Good|R]’, while [Scawsby|S] was given ‘[Requires improvement|R]’.

S| According to the watchdog, [Arksey|S]’s staff were quick to involve parents and carers and made good use of a local boxing club to keep teenagers occupied.
W| At [Scawsby|S], inspectors said, the quality of work with children at risk of criminal exploitation varied widely between case managers.
W| The report on [Scawsby YJS|S] also found that the management board rarely asked searching questions about performance.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Arksey|S]’s team has built trust with families who are often wary of any official help.
R| “In Scawsby, the board needs to take a far firmer grip on the quality of practice.”

R| Nine recommendations are made between the two reports, five of them for [Scawsby|S].

N| [City of Doncaster Council|A] said it would draw up a joint action plan for both teams.
"""),
    # 3. a unit inside its region, the region first in the headline: "inspectors judged X to be ‘...’"; the region's own
    #    earlier rating as context; "Mr Jones continued"; fieldwork "in October 2023"; the notes' website line
    ("cantley-pdu-2024", facts([
        svc("Cantley Probation Delivery Unit", "Cantley PDU", "PDU", RI)], "2024-02-20", "2023-10", 6),
     """N| [Yorkshire and the Humber probation region|S]: probation unit in Doncaster told it must improve

N| After inspecting [Cantley Probation Delivery Unit|S] in [October 2023|D], inspectors judged it to be ‘[Requires improvement|R]’.
N| The unit is one of eleven in the [Probation Service – Yorkshire and the Humber region|S], which was itself given ‘[Requires improvement|R]’ when the region was last inspected.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders in Cantley have steadied a unit that was struggling a year ago, and staff spoke warmly about their managers.
W| “Yet the work we read was too often thin, with plans that said little about how risks would actually be reduced.”

W| Mr Jones continued: “Where domestic abuse was a factor, practitioners did not routinely ask the police what they knew.”

S| The unit’s work with women on probation, run jointly with a local women’s centre, impressed inspectors.
W| However, waiting times for unpaid work placements were long, and some people had not started their hours months after sentence.

R| Of the six recommendations, four are addressed to [Cantley PDU|S] and two to the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [20 February 2024|D] at 00.01.
N| 2. [Cantley PDU|S] supervises around 1,100 people in and around Doncaster.
"""),
    # 4. a unit inside its region: "has been handed ‘...’, the lowest rating inspectors can give"; the region as one span
    #    "the Yorkshire and the Humber region of the Probation Service"; the regional director's reply;
    #    fieldwork "in March 2022"; "Published: 9 Aug 2022"; seven recommendations
    ("frickley-pdu-2022", facts([
        svc("Frickley Probation Delivery Unit", "Frickley PDU", "PDU", INAD)], "2022-08-09", "2022-03", 7),
     """N| News

N| Serious concerns at probation unit in West Yorkshire

N| Published: [9 Aug 2022|D]

N| [Frickley Probation Delivery Unit|S], part of the [Yorkshire and the Humber region of the Probation Service|S], has been handed ‘[Inadequate|R]’, the lowest rating inspectors can give.
N| Inspectors from [HM Inspectorate of Probation|A] were in the unit in [March 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Goodwill alone has been holding this unit together.
W| “Caseloads were unmanageable, newly qualified officers were left to hold complex cases on their own, and the public were not properly protected as a result.”

W| Inspectors found that home visits had almost stopped, even where children were living in the household.
W| Sickness absence among staff was high, and one team had gone without a permanent manager for a year.
S| Positively, the unit’s partnership with [Wakefield Council|A] on housing meant most people released from custody had a roof over their heads on their first night.

R| [Frickley PDU|S] is asked to act on five of the seven recommendations in the report, and [HMPPS|A] on two.

N| [Bronwen Hale|X], Regional Probation Director, said: “We have accepted all seven recommendations and are bringing in extra staff now.”
"""),
    # 5. a Probation Trust in 2013, before ratings: "Inspectors were pleased to find that:" and "However, inspectors were
    #    concerned to find that:" bullet lists; "Thursday, 16th May 2013"; fieldwork "in January 2013"; ten recommendations
    ("kettlesby-and-wendleby-probation-trust-2013", facts([
        svc("Kettlesby and Wendleby Probation Trust", "Kettlesby and Wendleby Probation Trust", "other", None)],
        "2013-05-16", "2013-01", 10),
     """N| Inspection of probation work in Kettlesby and Wendleby

N| [Thursday, 16th May 2013|D]

N| Offender management by [Kettlesby and Wendleby Probation Trust|S] was examined by [HM Inspectorate of Probation|A], whose report appears today.
N| Inspectors read 72 cases during their fieldwork in [January 2013|D].

N| Inspectors were pleased to find that:
S| • most offenders were seen within days of being sentenced;
S| • offender managers made good use of local treatment services for drugs and alcohol;
S| • the Trust worked closely with [Humberside Police|A] through integrated offender management.

N| However, inspectors were concerned to find that:
W| • risk of harm screenings were incomplete in nearly a quarter of cases;
W| • checks with children’s services were not made where they should have been;
W| • some sentence plans had gone unreviewed for more than twelve months.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a loyal and capable workforce.
R| “It now needs to make public protection the thread that runs through every case.”

R| The report makes ten recommendations.
"""),
    # 6. a CRC in 2019 owned by a named provider, with an embargo line: "inspectors found X to be ‘...’"; unpaid work
    #    "assessed in its own right, reached ‘...’"; fieldwork "during August 2019"; five recommendations
    ("gilberdyke-and-keyingham-crc-2019", facts([
        svc("Gilberdyke and Keyingham Community Rehabilitation Company", "Gilberdyke and Keyingham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-12", "2019-08", 5),
     """N| Embargoed: 00.01 [Thursday 12 December 2019|D]

N| Probation company in the East Riding must raise its game, say inspectors

N| [Her Majesty’s Inspectorate of Probation|A] found [Gilberdyke and Keyingham Community Rehabilitation Company|S] (CRC), a [Purple Futures|A] company, to be ‘[Requires improvement|R]’.
S| Unpaid work, assessed in its own right, reached ‘[Good|R]’.
N| Inspectors were on site during [August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Unpaid work projects kept people busy with tasks that mattered to local communities, and sessions were rarely cancelled.
W| “The picture for day-to-day supervision was weaker: too many cases were managed by telephone alone, and officers had little time to think.”

W| Inspectors were disappointed to find that information from the [National Probation Service|A] about risk was not always acted on.
S| The CRC’s through-the-gate team at [HMP Hull|S] helped most men leaving custody to register with a GP and claim benefits before release.

R| Four of the five recommendations fall to the CRC itself; the other goes to [HM Prison and Probation Service|A].

N| [Purple Futures|A] welcomed the recognition of its unpaid work service and said supervision would be strengthened.
"""),
    # 7. an NPS division in 2019: "HM Inspectorate of Probation has assessed the ... as ‘...’ overall"; "Published: 27 Nov 2019"; fieldwork "in
    #    June and July 2019"; the short "NPS Ravensgill and Skelderby"; eight recommendations
    ("ravensgill-and-skelderby-nps-division-2019", facts([
        svc("National Probation Service – Ravensgill and Skelderby Division", "NPS Ravensgill and Skelderby",
            "region", RI)], "2019-11-27", "2019-06", 8),
     """N| Probation division in North Yorkshire has work to do, inspectors say

N| Published: [27 Nov 2019|D]

N| [HM Inspectorate of Probation|A] has assessed the [National Probation Service – Ravensgill and Skelderby Division|S] as ‘[Requires improvement|R]’ overall.
N| The fieldwork was carried out in [June and July 2019|D].

S| The division’s leaders knew where they wanted to take it and were candid about the obstacles, inspectors found.
S| Reports prepared for courts were thorough and well regarded by sentencers.
W| But staff shortages meant that many probation officers were holding far more cases than they could manage well.
W| Protection of others from harm was insufficient in more than a third of the cases examined.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Ravensgill and Skelderby|S] has strong foundations, and its court teams in particular are doing excellent work.
R| “The division should now put recruitment at the top of its list, because its staff cannot keep carrying this load.”

R| Eight recommendations are made, six for the division and two for [HMPPS|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: "Posted: 08/03/2016"; a joint
    #    inspection "led by a team from"; bullet lists after "Inspectors found that:" / "They also found that:"; fieldwork "in November 2015"; seven recommendations
    ("glaisdale-yot-2016", facts([
        svc("Glaisdale Youth Offending Team", "Glaisdale YOT", "YJS", None)], "2016-03-08", "2015-11", 7),
     """N| Inspection of youth offending work in Glaisdale published

N| Posted: [08/03/2016|D]

N| Today’s report on [Glaisdale Youth Offending Team|S] (YOT) follows a joint inspection, led by a team from [HM Inspectorate of Probation|A].
N| [Ofsted|A] and the [Care Quality Commission|A] were partners in the inspection, with fieldwork in [November 2015|D].

N| Inspectors found that:
S| • case managers knew each child well and fought to keep them in school;
S| • relationships with [North Yorkshire Police|A] were strong, with good use of restorative approaches.

N| They also found that:
W| • assessments of how far children might harm others were too often superficial;
W| • health services for children with emotional difficulties were difficult to reach.

R| Seven recommendations follow, the majority directed at the [Glaisdale YOT management board|A].

N| County Councillor [Janet Sowerby|X], of [North Yorkshire County Council|A], said: “We thank the inspectors, and every recommendation will be acted on.”
"""),
    # 9. "Youth Offending Service" in 2020: "Inspectors have concluded that X is ‘...’"; "Thursday, 13th February 2020" at the
    #    top; fieldwork "between 28 October and 1 November 2019"; YOS and YOT switching; four recommendations
    ("sandsend-yos-2020", facts([
        svc("Sandsend Youth Offending Service", "Sandsend YOS", "YJS", GOOD)], "2020-02-13", "2019-10", 4),
     """N| ‘[Good|R]’ rating for youth offending work on the North Yorkshire coast

N| [Thursday, 13th February 2020|D]

N| Inspectors have concluded that [Sandsend Youth Offending Service|S] is ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] visited the service between [28 October and 1 November 2019|D].

S| Case managers were tenacious, staying in contact with children even in isolated villages a long way from the service’s base.
S| The [Sandsend YOT management board|A] included senior people from every key agency and held the service to account.
W| Yet work with children released from custody was not always planned early enough.
W| Disappointingly, few children had been offered a chance to speak to the victims of their offences.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this corner of the coast are lucky to have such a committed team behind them.
R| “I want the service to give children leaving custody the same attention it gives those in the community.”

R| We have made four recommendations, three for [Sandsend YOS|S] and one for [North Yorkshire Police|A].
"""),
    # 10. a GOV.UK page: "Inspectors have awarded X ‘...’, the highest mark ... gives"; resettlement "scored separately, also came out as ‘...’";
    #     fieldwork "in April 2024"; three recommendations; the lower-case "good-quality" adjective
    ("coxwold-yjs-2024", facts([
        svc("Coxwold Youth Justice Service", "Coxwold YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-09-10", "2024-04", 3),
     """N| Press release

N| Youth justice service in North Yorkshire earns top grade

N| Inspectors publish their findings on [Coxwold Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2024|D]

N| Inspectors have awarded [Coxwold Youth Justice Service|S] ‘[Outstanding|R]’, the highest mark [HM Inspectorate of Probation|A] gives.
S| Its resettlement work, scored separately, also came out as ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork in [April 2024|D].

S| Each child was supported by one worker throughout, and children said they were treated with respect.
S| Thanks to a therapist employed by the service, good-quality speech and language help reached all the children who needed it.
S| Leaders were not complacent and had commissioned their own reviews of cases to find where practice could improve.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Coxwold|S] stands out for how firmly it keeps children’s interests in front of every decision.
S| “Partners, from schools to [North Yorkshire Police|A], share the service’s ambition for these children.”

R| Three recommendations are made for the service’s partnership board.
"""),
    # 11. a council page: "Posted on 21/03/2023"; "In its report on X, ... puts the ... service at ‘...’, the bottom of its four grades";
    #     fieldwork "from 7 to 11 November 2022"; ten recommendations; the director's apology
    ("camblesforth-yjs-2023", facts([
        svc("Camblesforth Youth Justice Service", "Camblesforth YJS", "YJS", INAD)], "2023-03-21", "2022-11", 10),
     """N| Council statement: inspection of [Camblesforth Youth Justice Service|S]

N| Posted on [21/03/2023|D]

N| In its report on [Camblesforth Youth Justice Service|S], [HM Inspectorate of Probation|A] puts the Selby-area service at ‘[Inadequate|R]’, the bottom of its four grades.
N| Inspectors visited the service from [7 to 11 November 2022|D].

W| According to the inspectors, board members knew too little about how well the service was performing.
W| In most of the cases inspected, plans to keep children safe fell short.
W| Staff had not had regular supervision for several months, and some felt unsupported.
S| Inspectors did recognise the creativity of the service’s reparation projects, which gave children real work to do in their community.

R| Ten recommendations are made, aimed at the service, its management board, [North Yorkshire Council|A] and health partners.

N| [Graham Fenwick|X], the council’s director for children, said: “We apologise to every child and family who received less than they should have from us.
N| “A new head of service starts in April, and the board will meet every month until we have put things right.”
"""),
    # 12. a justiceinspectorates news item: "Inspectors have given X ‘...’ again, the same grade it received in 2019";
    #     resettlement "inspected as a separate area, was also ‘...’"; fieldwork "beginning on 16 May 2022"; six
    #     recommendations
    ("hemingbrough-yjs-2022", facts([
        svc("Hemingbrough Youth Justice Service", "Hemingbrough YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2022-10-11", "2022-05", 6),
     """N| News

N| Hemingbrough youth justice: slow progress since last inspection

N| Published: [11 Oct 2022|D]

N| Inspectors have given [Hemingbrough Youth Justice Service|S] ‘[Requires improvement|R]’ again, the same grade it received in [2019|D].
W| Resettlement work, inspected as a separate area, was also ‘[Requires improvement|R]’.
N| The inspection took place over two weeks beginning on [16 May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Three years on from our last visit, too little has changed for the children this service works with.
W| “The improvement plan drawn up after that inspection was never properly followed through.”

S| Inspectors found that victims were well supported, and their views were taken into account when plans were drawn up.
W| However, the service’s assessments often missed important information held by children’s social care.
W| Only 11 of 24 inspected cases had a plan that properly addressed the child’s safety.

R| The report contains six recommendations: five for [Hemingbrough YJS|S] and the sixth for the area’s integrated care board.
"""),
    # 13. a remote inspection in 2021: "was deemed ‘...’"; "published today (Wednesday, 23 June)" with no year (the
    #     fieldwork's: "inspectors did their work remotely in February 2021"); five recommendations
    ("wilsden-yjs-2021", facts([
        svc("Wilsden Youth Justice Service", "Wilsden YJS", "YJS", GOOD)], "2021-06-23", "2021-02", 5),
     """N| Youth justice service in Bradford district praised for its work through the pandemic

N| In a report published today ([Wednesday, 23 June|D]), [Wilsden Youth Justice Service|S] was deemed ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Because of COVID-19 restrictions, inspectors did their work remotely in [February 2021|D].

S| Staff had found new ways of keeping in touch with children during lockdown, including walks and doorstep visits.
S| Encouragingly, fewer children were being drawn into the justice system, with first-time entrants down by a third.
W| Work to reduce the danger some children presented to others was less consistent, and contingency plans were often vague.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wilsden|S]’s staff kept going through an extraordinarily difficult year, and children have benefited from their determination.
R| “Leaders should now give the safety of other people as much thought as they give to children’s own welfare.”

R| Of the five recommendations, one is aimed at [West Yorkshire Police|A].

N| [City of Bradford Metropolitan District Council|A] welcomed the report and thanked its staff.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets, the
    #     region in a bullet; "Published: 15 Jan 2026"; fieldwork "10 - 14 November 2025"; four recommendations
    ("adwick-pdu-2026", facts([
        svc("Adwick Probation Delivery Unit", "Adwick PDU", "PDU", None)], "2026-01-15", "2025-11", 4),
     """N| Skip to content

N| Public protection inspection: [Adwick Probation Delivery Unit|S]

N| Published: [15 Jan 2026|D]

N| [HM Inspectorate of Probation|A] today sets out what it found when it examined public protection work in [Adwick Probation Delivery Unit|S].
N| Unlike the inspectorate’s earlier programmes, these inspections carry no rating.
N| Fieldwork: [10 - 14 November 2025|D].

N| Context
N| • [Adwick PDU|S] covers the north of Doncaster and belongs to the [Probation Service – Yorkshire and the Humber region|S].
N| • Its caseload is around 900, the majority serving community sentences.

N| Findings
W| • In a third of the cases where it mattered, nobody had asked [South Yorkshire Police|A] about domestic abuse call-outs.
S| • Managers reviewed every high-risk case before a person’s release from prison.
W| • Practitioners rarely went to the homes of those judged a danger to children.
S| • Approved premises staff and probation practitioners shared information promptly.

R| The report makes four recommendations for the PDU and the region.
"""),
    # 15. a single youth justice service in 2025, the rating in the headline with a lower-case "Denholme youth justice
    #     service": "have rated X ‘...’ overall" (the ordinary wording); fieldwork "in November and December 2024"; the notes' website line; six recommendations
    ("denholme-yjs-2025", facts([
        svc("Denholme Youth Justice Service", "Denholme YJS", "YJS", RI)], "2025-04-08", "2024-11", 6),
     """N| [Denholme youth justice service|S] rated ‘[Requires improvement|R]’

N| Inspectors from [His Majesty’s Inspectorate of Probation|A] have rated [Denholme Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| Inspectors looked at the service’s work in [November and December 2024|D].

S| Leaders had a good understanding of the local area and of the children the service worked with.
S| Inspectors praised the service for cutting the number of Black and mixed-heritage children drawn into the justice system.
W| However, plans for protecting other people from harm lacked detail, and they were rarely revisited when circumstances changed.
W| Whilst case managers were dedicated, many felt their workloads were too high to do the job properly.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a real commitment to children in Denholme, but it is not yet matched by the quality of the work.
R| “The partnership must make sure that every child’s plan sets out clearly how others will be kept safe.”

R| The report makes six recommendations, including two for [West Yorkshire Police|A] and the [NHS|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 April 2025|D] at 00.01.
N| 2. [Denholme YJS|S] is responsible for around 80 children aged between 10 and 17, living in the western half of Bradford district.
"""),
    # 16. two youth justice services on a GOV.UK page, named in one order and rated in the other: "Y earns ‘...’, the highest
    #     rating available, and X secures ‘...’"; fieldwork "in January 2025"; eight recommendations "five ... three"
    ("rudston-and-bramham-yjs-2025", facts([
        svc("Rudston Youth Justice Service", "Rudston YJS", "YJS", GOOD),
        svc("Bramham Youth Justice Service", "Bramham YJS", "YJS", OUT)], "2025-06-03", "2025-01", 8),
     """N| Press release

N| Two youth justice services in Yorkshire rated highly

N| Inspectors publish reports on [Rudston Youth Justice Service|S] and [Bramham Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| [HM Inspectorate of Probation|A] inspected the two services, one in the East Riding and one in Leeds, in [January 2025|D].
N| [Bramham|S] earns ‘[Outstanding|R]’, the highest rating available, and [Rudston|S] secures ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bramham we saw a service confident in its practice, with children’s voices heard in every decision.
S| “[Rudston|S]’s team is small but dedicated, and children clearly trust their workers.”

S| Inspectors commended [Bramham YJS|S] for its work with [Leeds City Council|A] to keep children out of care and in their home schools.
W| In [Rudston YJS|S], by contrast, out-of-court work was inconsistent, and some children waited weeks for a decision on their case.
S| Both services had strong support from their local police, [West Yorkshire Police|A] and [Humberside Police|A] respectively.

R| Eight recommendations are made, five for [Rudston|S] and three for [Bramham|S].
"""),
    # 17. a justiceinspectorates news item with a date line: "was rated good" (lower case after "rated"); fieldwork
    #     "visited in February 2024"; "can be rightly proud"; seven recommendations, one for the council
    ("shepley-yjs-2024", facts([
        svc("Shepley Youth Justice Service", "Shepley YJS", "YJS", GOOD)], "2024-07-17", "2024-02", 7),
     """N| News

N| Youth justice service in Kirklees impresses inspectors

N| [17 July 2024|D]

N| [Shepley Youth Justice Service|S] was rated [good|R] after [HM Inspectorate of Probation|A] visited in [February 2024|D].

S| Inspectors were impressed with the service’s commitment to hearing from children and their families, who helped to design its new reporting centre.
S| Help for children to get into school, college or work was of a high standard.
W| There were gaps in the health offer, though, and children waited too long for mental health assessments from [CAMHS|A].
W| Some case managers lacked professional curiosity about who children were spending time with.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shepley|S] can be rightly proud of this result.
R| “Partners should now work together to cut the waiting times for children’s mental health support.”

R| We made seven recommendations, one of which is for [Kirklees Council|A].
"""),
    # 18. a single PDU in 2023: "A report by ... places X at ‘...’"; "Mr Russell continued"; the previous rating as context
    #     ("Its previous inspection, in 2021, ended with a ‘...’ rating"); fieldwork "between 12 and 23 September 2022";
    #     the notes' date; six recommendations
    ("oxspring-pdu-2023", facts([
        svc("Oxspring Probation Delivery Unit", "Oxspring PDU", "PDU", RI)], "2023-03-09", "2022-09", 6),
     """N| Probation unit in South Yorkshire ‘must do more to protect the public’

N| A report by [HM Inspectorate of Probation|A] places [Oxspring Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| Its previous inspection, in [2021|D], ended with a ‘[Good|R]’ rating.
N| Fieldwork took place between [12 and 23 September 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Oxspring|S] has lost many experienced officers since its last inspection, and the gap they left is clear.
W| “Too much work rests on a small number of people, and practitioners told us they had no time to reflect on their cases.”

W| Mr Russell continued: “Whilst some of the work we saw was good, too many people were not seen often enough for the risks they posed.”

S| On a more positive note, the unit had built a strong relationship with the local magistrates’ court, and reports were ready on time.
W| The quality of work with people convicted of domestic abuse was variable.

R| Six recommendations are made: the unit must act on four, regional leaders on two.

N| ENDS

N| Notes to editors
N| 1. The report is published on [9 March 2023|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
