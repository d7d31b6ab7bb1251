"""Builds the seventy-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Neath Port Talbot PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X and Y to
    #    be ‘...’ and gave Z the lowest of the four grades"; fieldwork "between 15 and 26 January 2024"; nine
    #    recommendations "three for each unit"; the regional director's reply
    ("baglan-cwmavon-and-resolven-pdus-2024", facts([
        svc("Baglan Probation Delivery Unit", "Baglan PDU", "PDU", RI),
        svc("Cwmavon Probation Delivery Unit", "Cwmavon PDU", "PDU", INAD),
        svc("Resolven Probation Delivery Unit", "Resolven PDU", "PDU", RI)], "2024-04-23", "2024-01", 9),
     """N| Press release

N| Inspection of three probation units in Neath Port Talbot

N| Inspectors report on the work of probation delivery units in the south-west of Wales.

N| From: [His Majesty’s Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| Reports out today from [His Majesty’s Inspectorate of Probation|A] look at three units of [Probation Service – Wales|S]: [Baglan Probation Delivery Unit|S], [Cwmavon Probation Delivery Unit|S] and [Resolven Probation Delivery Unit|S].
N| Inspectors judged [Baglan|S] and [Resolven|S] to be ‘[Requires improvement|R]’ and gave [Cwmavon|S] the lowest of the four grades, ‘[Inadequate|R]’.
N| The fieldwork for all three reports was done between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cwmavon|S] has lost more experienced officers than it can absorb, and many of the people it supervises are now managed by staff still in training.
W| “Too many of the assessments we read there said little about the danger posed to partners and former partners.
S| “In Baglan and Resolven, senior managers have kept a close eye on the quality of work, and it shows.”

S| Inspectors highlighted [Resolven PDU|S]’s links with local drug and alcohol services, which meant that people were often seen by a specialist within a week of sentence.
W| Across the three units, checks with [Neath Port Talbot Council|A]’s children’s services were made in under half of the cases that called for them.

R| The three reports contain nine recommendations between them, three per unit.

N| [Heledd Price|X], Regional Probation Director for Wales, said: “These are fair findings, and experienced staff have already moved into Cwmavon.”
"""),
    # 2. two youth justice services in a local-news story: reports that "came out on Thursday (11 May)" under a byline of
    #    Tuesday 16 May 2023; "The inspectorate gave X a ‘...’ rating, while Y fell short of that, at ‘...’"; six
    #    recommendations "four for Rhoose and two for Dinas Powys" (the other order)
    ("dinas-powys-and-rhoose-yjs-2023", facts([
        svc("Dinas Powys Youth Justice Service", "Dinas Powys YJS", "YJS", GOOD),
        svc("Rhoose Youth Justice Service", "Rhoose YJS", "YJS", RI)], "2023-05-11", "2023-01", 6),
     """N| Youth justice in the Vale of Glamorgan: one service praised, one told to improve

N| By [Gareth Morgan|X]

N| [Tuesday 16 May 2023|D]

N| Reports on [Dinas Powys Youth Justice Service|S] and [Rhoose Youth Justice Service|S] came out on Thursday ([11 May|D]), after the two were inspected in [January 2023|D].
N| The inspectorate gave [Dinas Powys|S] a ‘[Good|R]’ rating, while [Rhoose|S] fell short of that, at ‘[Requires improvement|R]’.

S| According to the reports, [Dinas Powys|S]’s staff had won the trust of families who had previously refused to engage with any service.
W| In contrast, [Rhoose YJS|S] was said to have left several children without an up-to-date plan after their case manager moved on.
S| Both services were praised for helping children back into full-time education.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dinas Powys|S] has much to be pleased about, but [Rhoose|S] has more to do before every child there gets the help they need.”

R| Six recommendations are made between the two reports, four for [Rhoose|S] and two for [Dinas Powys|S].

N| A spokesperson for the [Vale of Glamorgan Council|A] said: “We will work closely with both teams on the actions the inspectors have set out.”
"""),
    # 3. two Newport PDUs in a justiceinspectorates news item, ratings in the headline: "X was found to be ‘...’, and Y
    #    was assessed as ‘...’"; "Published: 26 Feb 2025"; fieldwork "from 28 October to 8 November 2024" (across two
    #    months); eleven recommendations, one for the police
    ("rogerstone-and-caerleon-pdus-2025", facts([
        svc("Rogerstone Probation Delivery Unit", "Rogerstone PDU", "PDU", INAD),
        svc("Caerleon Probation Delivery Unit", "Caerleon PDU", "PDU", RI)], "2025-02-26", "2024-10", 11),
     """N| News

N| Probation in Newport: one unit ‘[Inadequate|R]’, one ‘[Requires improvement|R]’

N| Published: [26 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has now published its findings on [Rogerstone Probation Delivery Unit|S] and [Caerleon Probation Delivery Unit|S], both in Newport.
N| [Rogerstone|S] was found to be ‘[Inadequate|R]’, and [Caerleon|S] was assessed as ‘[Requires improvement|R]’.
N| The inspection team was on site from [28 October to 8 November 2024|D].

W| Inspectors found that [Rogerstone PDU|S] had relied on interim leaders for more than a year, and several teams were being run by acting managers.
W| Caseloads in both units exceeded 70 for some probation officers.
S| [Caerleon|S]’s work with [Gwent Police|A] on integrated offender management was well organised, and those most likely to reoffend were seen often and by the same officer.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Rogerstone|S] is letting down the people it supervises, who deserve far better.
R| “Regional leaders must now put a permanent manager in place and keep one there.”

R| Eleven recommendations are made: six for [Rogerstone|S], four for [Caerleon|S] and one for [Gwent Police|A].
"""),
    # 4. a unit inside its region, the region in the headline, the first sentence and the notes: "has settled on a rating
    #    of ‘...’"; the region's own 2022 rating as context; "Mr Jones continued"; fieldwork "in June 2023"; "The report
    #    will be online from 00.01 on Tuesday 17 October 2023" in the notes
    ("sketty-pdu-2023", facts([
        svc("Sketty Probation Delivery Unit", "Sketty PDU", "PDU", RI)], "2023-10-17", "2023-06", 5),
     """N| [Wales probation region|S]: inspectors call for faster progress in Sketty

N| After inspecting [Sketty Probation Delivery Unit|S], part of the [Wales region of the Probation Service|S], [His Majesty’s Inspectorate of Probation|A] has settled on a rating of ‘[Requires improvement|R]’.
N| When the [Wales region|S] as a whole was last inspected, in [2022|D], it too received ‘[Requires improvement|R]’.
N| Inspectors visited in [June 2023|D] and read 52 cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sketty|S]’s leadership team has real energy, and staff told us they felt listened to.
W| “Yet the basics of assessing and managing risk were not being done consistently, and in 23 of the 52 cases we read the plan for keeping people safe fell short.”

W| Mr Jones continued: “Home visits, which can tell a practitioner so much, had become rare.”

S| Inspectors commended the support offered to women, delivered from a dedicated centre run with a local charity.
W| Links with [Swansea Bay University Health Board|A]’s mental health teams were underdeveloped, so people often waited months for an assessment.

R| There are five recommendations, four directed at the PDU and one at the [Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 17 October 2023|D].
N| 2. [Sketty PDU|S] covers the west of Swansea and belongs to the [Wales region of the Probation Service|S].
"""),
    # 5. a unit inside its region (named in the second sentence): "gives X its lowest rating, ‘...’" in "a report
    #    published today (Tuesday 9 July)" (no year: the fieldwork's, March 2024); the headline's lower-case "Tondu
    #    probation unit"; "Almost 40 per cent of ... posts were empty"; seven recommendations
    ("tondu-pdu-2024", facts([
        svc("Tondu Probation Delivery Unit", "Tondu PDU", "PDU", INAD)], "2024-07-09", "2024-03", 7),
     """N| [Tondu probation unit|S] rated ‘[Inadequate|R]’ by inspectors

N| In a report published today ([Tuesday 9 July|D]), [His Majesty’s Inspectorate of Probation|A] gives [Tondu Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| The unit, which covers the Llynfi, Garw and Ogmore valleys for the [Wales region of the Probation Service|S], was inspected in [March 2024|D].

W| Almost 40 per cent of probation officer posts were empty, and agency staff were covering much of the work.
W| Inspectors found that in most cases involving domestic abuse, no one had checked with [South Wales Police|A] whether officers had been called to the home.
S| Staff who remained were described as loyal and hard-working, and many had taken on extra cases to cover gaps.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tondu|S] is not keeping the public safe enough, and the region has known about its problems for some time.
R| “The region now needs to put senior support into Tondu and keep it there until the unit is stable.”

R| The report sets out seven recommendations, five for the unit and the other two for the [Probation Service|A] across Wales.

N| [Tondu PDU|S] supervises around 900 people living in Bridgend county.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentages, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; the verdict in the first sentence ("sound ... but needed to do
    #    more"); "Thursday 24 November 2011" above "published ... today"; fieldwork "in July 2011"; eight recommendations
    ("crumlin-and-nantyglo-probation-trust-2011", facts([
        svc("Crumlin and Nantyglo Probation Trust", "Crumlin and Nantyglo Probation Trust", "other", None)],
        "2011-11-24", "2011-07", 8),
     """N| Offender management inspection: Crumlin and Nantyglo

N| [Thursday 24 November 2011|D]

W| Offender management by [Crumlin and Nantyglo Probation Trust|S] was sound in most respects but needed to do more to protect children, HM Chief Inspector of Probation [Liz Calderbank|X] said today on publishing the inspection report.
N| [HM Inspectorate of Constabulary|A] joined the inspection, carried out in [July 2011|D].

S| Seventy-one per cent of work to reduce reoffending met the required standard, as did 84% of work to make sure sentences were served.
W| Public protection work scored 61%, less than most Trusts have managed.

N| Inspectors were pleased to find that:
S| • offenders were usually seen soon after sentence, and understood the requirements of their order;
S| • unpaid work placements were well supervised and valued by local communities.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often not reviewed when circumstances changed;
W| • children’s services were not contacted in over a third of cases that called for it.

R| [Liz Calderbank|X] said: “I want the Trust to give public protection equal weight with its reoffending work, and quickly.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider: "has given X (CRC), which is owned by ..., an overall grade of ‘...’";
    #    unpaid work "graded separately, came out as ‘...’"; Dame Glenys Stacey; "Inspectors visited the CRC in
    #    September 2018"; "Report published: 4 December 2018" in the notes; five recommendations
    ("aberfan-and-dowlais-crc-2018", facts([
        svc("Aberfan and Dowlais Community Rehabilitation Company", "Aberfan and Dowlais CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-04", "2018-09", 5),
     """N| Probation company in Merthyr Tydfil must do more to protect the public

N| [HM Inspectorate of Probation|A] has given [Aberfan and Dowlais Community Rehabilitation Company|S] (CRC), part of [Working Links|A], an overall grade of ‘[Requires improvement|R]’.
S| Its unpaid work, graded separately, came out as ‘[Good|R]’.
N| Inspectors visited the CRC in [September 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Contact with many people supervised by this CRC is by telephone only, and for some it amounts to little more than a check-in.
W| “Where people posed a risk to their partners, that risk was often poorly understood.”

S| Inspectors found unpaid work well run, with placements that gave people real skills, including work on local footpaths and community gardens.
W| The CRC’s ‘through the gate’ work with prisoners nearing release did little more than signpost them to other organisations.

R| Five recommendations are set out: three for the CRC and [Working Links|A], and the remaining two for [HMPPS|A].

N| A [Working Links|A] spokesperson said the company was already acting on the report.

N| ENDS

N| Notes to editors
N| 1. Report published: [4 December 2018|D].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by" the
    #    probation inspectorate with three Welsh inspectorates; "Posted: 03/11/2016" (day/month/year); fieldwork "in the
    #    week of 13 June 2016"; "Among the positive findings:" / "Areas for improvement included:" lists; six
    #    recommendations
    ("senghenydd-yot-2016", facts([
        svc("Senghenydd Youth Offending Team", "Senghenydd YOT", "YJS", None)], "2016-11-03", "2016-06", 6),
     """N| Inspection of youth offending work in Senghenydd

N| Posted: [03/11/2016|D]

N| The report of a joint inspection of [Senghenydd Youth Offending Team|S] (YOT) comes out today, with [HM Inspectorate of Probation|A] as lead inspectorate.
N| The inspection team included staff from the [Care and Social Services Inspectorate Wales|A], [Estyn|A] and [Healthcare Inspectorate Wales|A].
N| The inspection took place in the week of [13 June 2016|D].

N| Among the positive findings:
S| • case managers understood each child’s circumstances and had won the confidence of their families;
S| • help with school, training and work was good, with support from [Caerphilly County Borough Council|A].

N| Areas for improvement included:
W| • when things changed, the risk each child posed to others was not always reassessed;
W| • the YOT’s management board did not look closely enough at the quality of work.

N| Councillor [Rhian Jenkins|X], Cabinet Member for Education, said: “We welcome the report, and it is good to see our staff’s commitment recognised.”

R| The report makes six recommendations, which the YOT and its board will now take forward.
"""),
    # 9. "Llangennech Youth Offending Service (YOS)" in 2019, switching to "YOT" in a quote: "inspected X (YOS) in June
    #    2019 and has judged it to be ‘...’"; the headline's lower-case "Llangennech youth offending service"; a date line
    #    "15 October 2019"; four recommendations
    ("llangennech-yos-2019", facts([
        svc("Llangennech Youth Offending Service", "Llangennech YOS", "YJS", GOOD)], "2019-10-15", "2019-06", 4),
     """N| News

N| ‘[Good|R]’ rating for [Llangennech youth offending service|S]

N| [15 October 2019|D]

N| [HM Inspectorate of Probation|A] inspected [Llangennech Youth Offending Service|S] (YOS) in [June 2019|D] and has judged it to be ‘[Good|R]’.

S| [Llangennech YOS|S] had strong leadership, and its management board brought together senior people from education, health and [Dyfed-Powys Police|A].
S| Children’s views shaped their plans, and the service made good use of Welsh-speaking workers for children who preferred to speak Welsh.
W| However, work to protect children from exploitation was not always coordinated with social services, inspectors found.
W| Out-of-court disposals were less well handled, and some children received a caution without a proper assessment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llangennech YOT|S]’s team has a lot to be proud of, and children in its care have benefited.
R| “I would encourage the board to look again at how decisions on out-of-court disposals are made.”

R| Inspectors make four recommendations.
"""),
    # 10. an NPS division in 2019-20, the headline's rating and a county: "has come out at ‘...’ in its first inspection";
    #     victim work "given a rating of its own: ‘...’"; "Published: 8 Jan 2020"; fieldwork "in September and October
    #     2019"; the short "NPS Cross Hands"; six recommendations
    ("cross-hands-nps-division-2020", facts([
        svc("National Probation Service – Cross Hands Division", "NPS Cross Hands", "region", RI,
            [{"aspect": "victim work", "rating": GOOD}])], "2020-01-08", "2019-09", 6),
     """N| Probation division in Carmarthenshire ‘[Requires improvement|R]’

N| Published: [8 Jan 2020|D]

N| The [National Probation Service – Cross Hands Division|S] has come out at ‘[Requires improvement|R]’ in its first inspection by [HM Inspectorate of Probation|A].
S| Work with victims was given a rating of its own: ‘[Good|R]’.
N| Inspectors carried out fieldwork in [September and October 2019|D].

S| [NPS Cross Hands|S]’s advice to courts was accurate and timely, and magistrates said they trusted it.
W| But staff shortages meant that some probation officers were managing well over 50 cases, many of them high risk.
W| Sentence plans in sexual offending cases were often generic and seldom reviewed.
S| Victims who had joined the victim contact scheme were kept well informed, and their concerns were reflected in licence conditions.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This division has good foundations, but it has been stretched too thin for too long.
R| “[HMPPS|A] must make sure the division has the staff it needs to manage high-risk cases safely.”

R| The report contains six recommendations.
"""),
    # 11. a GOV.UK page: "X has earned the top mark on ...’s scale, ‘...’"; resettlement "judged on its own, was found to
    #     be ‘...’"; fieldwork "between 1 and 12 July 2024"; a lower-case "outstanding work"; three recommendations
    ("talbot-green-yjs-2024", facts([
        svc("Talbot Green Youth Justice Service", "Talbot Green YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-11-28", "2024-07", 3),
     """N| Press release

N| Youth justice service in Rhondda Cynon Taf judged ‘[Outstanding|R]’

N| The inspectorate’s report on [Talbot Green Youth Justice Service|S] is out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [28 November 2024|D]

N| [HM Inspectorate of Probation|A] has placed [Talbot Green Youth Justice Service|S] in the top band of its four-point scale: ‘[Outstanding|R]’.
S| Its resettlement work, which is judged on its own, was found to be ‘[Good|R]’.
N| The inspection took place between [1 and 12 July 2024|D].

S| Inspectors saw outstanding work to protect children at risk of criminal exploitation, carried out jointly with [South Wales Police|A] and [Cwm Taf Morgannwg University Health Board|A].
S| Every child had a named worker who knew them well, and children said they could always reach someone.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nothing is left to chance in this service: leaders know exactly what is happening in every case.
W| “The one area where more could be done is planning for children leaving custody, where accommodation was sometimes confirmed very late.”

R| We have made three recommendations, which should help the service build on its success.
"""),
    # 12. a Welsh council page dated "12/03/2024": "has today published its inspection of X, which it has placed in its
    #     lowest category, ‘...’"; fieldwork "in November 2023"; ten recommendations to four bodies; the cabinet member's
    #     apology
    ("machen-yjs-2024", facts([
        svc("Machen Youth Justice Service", "Machen YJS", "YJS", INAD)], "2024-03-12", "2023-11", 10),
     """N| Council statement: youth justice inspection report

N| [12/03/2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has today published its inspection of [Machen Youth Justice Service|S], which it has placed in its lowest category, ‘[Inadequate|R]’.
N| The inspection was carried out in [November 2023|D].

W| Inspectors found that the service did not do enough to keep children safe, and that plans to manage risks to other people were weak in most of the cases they examined.
W| Leadership was unstable: the service had had three managers in two years, and the management board rarely challenged partners.
S| Inspectors did recognise that case managers had built strong bonds with children, and praised the service’s restorative work with victims.
W| The report also says that children’s health needs, including speech and language needs, were too often not identified.

R| Ten recommendations are made, for the service, its management board, [Caerphilly County Borough Council|A] and [Aneurin Bevan University Health Board|A].

N| Councillor [Carys Hughes|X], Cabinet Member for Education and Communities, said: “We fully accept the findings and are sorry that we have let down children in our area.
N| “An improvement plan has been agreed with our partners and will be monitored closely.”
"""),
    # 13. a justiceinspectorates news item with a date line: the capitalised name in the headline; "The inspectorate’s
    #     verdict on X is ‘...’"; "previously rated ‘Good’ in a report published in March 2019"; fieldwork "in April
    #     2022"; six recommendations, one for the police
    ("llanharan-yjs-2022", facts([
        svc("Llanharan Youth Justice Service", "Llanharan YJS", "YJS", RI)], "2022-08-25", "2022-04", 6),
     """N| News

N| Inspectors call for improvement at [Llanharan Youth Justice Service|S]

N| [25 August 2022|D]

N| The inspectorate’s verdict on [Llanharan Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| Its previous rating, in a report published in [March 2019|D], was ‘[Good|R]’.
N| Inspectors examined its work in [April 2022|D].

S| Work to prevent children from entering the justice system was a real strength, and the service’s prevention team was well known in local schools.
W| However, for children already under court orders, assessments often ignored what social care and health already knew about the child.
W| Several staff told inspectors that they were unsure who to turn to for advice on complex cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llanharan|S] has slipped since its last inspection, and the partnership has been too slow to notice.
R| “The management board should set clear expectations and check that they are being met.”

R| The report contains six recommendations: five are for the service, one for [South Wales Police|A].
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 20 Jan 2026"; fieldwork "in October 2025"; four recommendations
    ("blaina-pdu-2026", facts([
        svc("Blaina Probation Delivery Unit", "Blaina PDU", "PDU", None)], "2026-01-20", "2025-10", 4),
     """N| Skip to content

N| Probation unit in Blaenau Gwent: public protection inspection

N| Published: [20 Jan 2026|D]

N| This report by [HM Inspectorate of Probation|A] looks at how [Blaina Probation Delivery Unit|S] manages the risk of serious harm posed by people on probation.
N| As with the rest of this programme of inspections, no rating is given.
N| Inspectors were on site in [October 2025|D].

N| Context
N| • [Blaina PDU|S] sits within [Probation Service – Wales|S].
N| • Around a third of the 650 people it supervises are classed as high risk.

N| Findings
S| • Case managers worked closely with prison staff to plan people’s release.
W| • Home visits to people with a history of domestic abuse were rare.
W| • Information from [Gwent Police|A] was not routinely sought when a person’s circumstances changed.
S| • Staff felt well supported by their managers and had regular supervision.

R| Three of the report’s four recommendations go to the PDU, the fourth to the region.
"""),
    # 15. a remote inspection in 2021: "is now at ‘...’, one step below the ‘...’ awarded at its previous inspection in
    #     2018"; "carried out remotely in May 2021"; "Published: Tuesday 7th September 2021"; "In only 10 of the 24
    #     cases"; the council's reply
    ("pontyberem-yjs-2021", facts([
        svc("Pontyberem Youth Justice Service", "Pontyberem YJS", "YJS", RI)], "2021-09-07", "2021-05", 7),
     """N| Youth justice in Pontyberem: inspectors find a service that has slipped

N| Published: [Tuesday 7th September 2021|D]

N| [Pontyberem Youth Justice Service|S] is now at ‘[Requires improvement|R]’, one step below the ‘[Good|R]’ awarded at its previous inspection in [2018|D].
N| COVID-19 restrictions meant inspectors had to work remotely during their [May 2021|D] fieldwork.

W| During lockdown, many children had seen their case manager only on video calls, and some had gone weeks without any contact at all.
W| Only 10 of the 24 cases had a sound plan for managing the risk of harm to others.
S| Despite the pressures of COVID-19, reparation projects had continued, and children valued them.
S| Inspectors praised the service’s close work with [Hywel Dda University Health Board|A], which gave children quick access to mental health support.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pontyberem|S] has some real strengths, but it has lost sight of how much risk some of its children pose.
R| “Seeing the most vulnerable children in person should now be the priority.”

R| Seven recommendations are made in the report.

N| [Carmarthenshire County Council|A] said the service had begun to act on the findings.
"""),
    # 16. a 2020 release: "Inspectors have awarded X a ‘...’ rating"; "Tuesday, 13th October 2020" at the top; fieldwork
    #     "between 2 and 6 March 2020"; "Ferndale should be proud"; no count of recommendations (null)
    ("ferndale-yjs-2020", facts([
        svc("Ferndale Youth Justice Service", "Ferndale YJS", "YJS", GOOD)], "2020-10-13", "2020-03", None),
     """N| ‘[Good|R]’ youth justice work in the Rhondda

N| [Tuesday, 13th October 2020|D]

N| Inspectors have awarded [Ferndale Youth Justice Service|S] a ‘[Good|R]’ rating.
N| The inspection took place between [2 and 6 March 2020|D], a fortnight before the country went into lockdown.

S| Case managers were skilled at winning over children whom other agencies had failed.
S| The service worked closely with local schools, and fewer children were excluded than in neighbouring areas.
W| However, managers did not always check that risk assessments had been completed before children’s plans were agreed.
W| Inspectors also found that victims were not always offered restorative justice.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “A small, close-knit team, it puts children first, and [Ferndale|S] should be proud of the results.
N| “The full report sets out where they can strengthen their work further.”
"""),
    # 17. "Inspectors have judged X to be ‘...’ overall"; resettlement "Separately, ... was placed at ‘...’"; fieldwork
    #     "in February 2023"; "The report is available ... from 00.01 on 27 June 2023" in the notes; four
    #     recommendations
    ("brynamman-yjs-2023", facts([
        svc("Brynamman Youth Justice Service", "Brynamman YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-06-27", "2023-02", 4),
     """N| Brynamman youth justice: strong practice, but resettlement lags behind

N| Inspectors have judged [Brynamman Youth Justice Service|S] to be ‘[Good|R]’ overall.
W| Separately, its resettlement work was placed at ‘[Requires improvement|R]’.
N| The inspection fieldwork took place in [February 2023|D].

S| Inspectors were impressed by the quality of assessment, which took account of each child’s history and the views of their family.
S| Thanks to the service’s links with [Dyfed-Powys Police|A], children arrested for a first offence were quickly offered help through a diversion scheme.
W| Children returning from custody, though few in number, often left without a confirmed address to go to.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brynamman|S] does most things well, but its work with children leaving custody has not kept pace with the rest.
R| “Leaders should make sure that no child is released without a safe place to live.”

R| There are four recommendations: three are addressed to the service and one to [Carmarthenshire County Council|A]’s housing team.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [27 June 2023|D].
"""),
    # 18. a Cardiff council page dated "10/06/2025", the capitalised name in the headline: "has moved up to ‘...’ ...,
    #     having previously been rated ‘...’ in a report published in March 2022"; fieldwork "in January and February
    #     2025"; "I am encouraged by"; six recommendations "including"; the cabinet member's thanks
    ("radyr-yjs-2025", facts([
        svc("Radyr Youth Justice Service", "Radyr YJS", "YJS", RI)], "2025-06-10", "2025-01", 6),
     """N| [Radyr Youth Justice Service|S] inspection: ‘real progress’ recognised

N| [10/06/2025|D]

N| [Radyr Youth Justice Service|S] has climbed to ‘[Requires improvement|R]’ in [His Majesty’s Inspectorate of Probation|A]’s most recent inspection, up from the ‘[Inadequate|R]’ given in its previous report, published in [March 2022|D].
N| The inspection fieldwork ran through [January and February 2025|D].

S| The report says leaders now have a clear grip on performance and that the management board holds partners to account.
S| Inspectors noted much better joint work with [Cardiff Council|A]’s children’s services, which meant safeguarding concerns were passed on without delay.
W| However, the quality of plans to manage risks to others was still too variable, and out-of-court work was not always overseen properly.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Radyr|S] has travelled a long way since its last inspection, and what we found gives me real encouragement.
R| “Now the priority must be to bring every child’s plan up to the standard of the best ones we saw.”

R| Among the six recommendations in the report is one asking the service to tighten its oversight of out-of-court disposals.

N| Councillor [Siân Pritchard|X], who leads on children’s services for the council, said: “Our thanks go to staff for their hard work, and we will build on this progress.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
