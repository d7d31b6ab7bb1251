"""Builds the sixty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs in Wrexham and Flintshire on a GOV.UK page, the Wales region named before the units: "X was given
    #    ‘...’, while Y fell into the bottom category, ‘...’"; "between 3 and 14 March 2025"; nine
    #    recommendations "five for X and four for Y"
    ("ruabon-and-caergwrle-pdus-2025", facts([
        svc("Ruabon Probation Delivery Unit", "Ruabon PDU", "PDU", RI),
        svc("Caergwrle Probation Delivery Unit", "Caergwrle PDU", "PDU", INAD)], "2025-06-17", "2025-03", 9),
     """N| Press release

N| Two probation units in north-east Wales inspected

N| Inspectors have published reports on two probation delivery units close to the English border.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 June 2025|D]

N| Both units belong to the [Wales probation region|S]: [Ruabon Probation Delivery Unit|S], which covers the south of Wrexham county, and [Caergwrle Probation Delivery Unit|S], which covers east Flintshire.
N| [Ruabon|S] was given ‘[Requires improvement|R]’, while [Caergwrle|S] fell into the bottom category, ‘[Inadequate|R]’.
N| The inspection team spent two weeks in the units, between [3 and 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Caergwrle, newly qualified officers were carrying caseloads that experienced staff would struggle with, and nobody was checking their work.
S| “[Ruabon|S] has a settled team and a manager who leads from the front, and it shows in the care people on probation receive.”

S| Inspectors praised [Ruabon PDU|S]’s links with [Wrexham County Borough Council|A]’s housing team, which meant that hardly anyone was released from prison without an address to go to.
W| In [Caergwrle PDU|S], checks with [North Wales Police|A] about domestic abuse were missing in more than half of the cases that required them.
W| Neither unit was doing enough to see people in their own homes.

R| The two reports make nine recommendations between them, five for [Ruabon|S] and four for [Caergwrle|S].

N| [Helen Hughes|X], Regional Probation Director for Wales, said: “The findings are fair, and experienced staff have already been moved to Caergwrle.”
"""),
    # 2. two youth justice services on Anglesey in a local-news story: "Both reports went online on Tuesday (4 November)"
    #    under a byline of Thursday 6 November 2025; "X earned ‘...’, a grade above Y, which was told it ‘Requires improvement’" (the scale term as a verb phrase); fieldwork
    #    "in July 2025"; six recommendations "four of them for Cemaes"
    ("menai-bridge-and-cemaes-yjs-2025", facts([
        svc("Menai Bridge Youth Justice Service", "Menai Bridge YJS", "YJS", GOOD),
        svc("Cemaes Youth Justice Service", "Cemaes YJS", "YJS", RI)], "2025-11-04", "2025-07", 6),
     """N| Youth justice teams on Anglesey get their inspection results

N| By [Sian Parry|X]

N| [Thursday 6 November 2025|D]

N| Inspectors visited [Menai Bridge Youth Justice Service|S] and [Cemaes Youth Justice Service|S] in [July 2025|D], and both reports went online on Tuesday ([4 November|D]).
N| [Menai Bridge|S] earned ‘[Good|R]’, a grade above [Cemaes|S], which was told it ‘[Requires improvement|R]’.

S| The inspectors said [Menai Bridge YJS|S]’s case managers spoke to children in Welsh or English as they preferred and planned their work with real care.
S| They also credited [Cemaes|S] with keeping almost every child it supervised in school or college.
W| However, the report on [Cemaes YJS|S] said that when a child was thought to be at risk of exploitation, the information was too often not passed on to [North Wales Police|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children on the island are lucky to have staff who know them and their families so well.
R| “[Cemaes|S] now needs to make sure that every warning sign reaches the people who can act on it.”

R| Of the six recommendations in the two reports, four are for [Cemaes|S].

N| A spokesperson for the [Isle of Anglesey County Council|A] said both teams would draw up action plans before Christmas.
"""),
    # 3. three Powys PDUs in a justiceinspectorates news item, the region named in the first sentence; "X and Z have both been
    #    placed at ‘...’, and Y has been judged ‘...’"; "during the weeks of 4 and 11 November 2024"; "Published: 26 Feb
    #    2025"; twelve recommendations "four for each unit"
    ("newtown-llanfair-caereinion-and-llanwrtyd-wells-pdus-2025", facts([
        svc("Newtown Probation Delivery Unit", "Newtown PDU", "PDU", RI),
        svc("Llanfair Caereinion Probation Delivery Unit", "Llanfair Caereinion PDU", "PDU", INAD),
        svc("Llanwrtyd Wells Probation Delivery Unit", "Llanwrtyd Wells PDU", "PDU", RI)], "2025-02-26", "2024-11", 12),
     """N| News

N| Probation in rural Powys: three reports published

N| Published: [26 Feb 2025|D]

N| Three Powys units of the [Probation Service – Wales region|S] have been inspected by [HM Inspectorate of Probation|A]: [Newtown Probation Delivery Unit|S], [Llanfair Caereinion Probation Delivery Unit|S] and [Llanwrtyd Wells Probation Delivery Unit|S].
N| [Newtown|S] and [Llanwrtyd Wells|S] have both been placed at ‘[Requires improvement|R]’, and [Llanfair Caereinion|S] has been judged ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork during the weeks of [4 and 11 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The distances here are huge, and I was struck by how far practitioners were prepared to travel to see the people they supervise.
W| “But [Llanfair Caereinion|S] had been without a manager for most of the year, and its team was left to work out its priorities on its own.”

W| Across all three units, fewer than half the risk management plans inspectors read said clearly what would be done if things went wrong.
S| [Llanwrtyd Wells PDU|S]’s unpaid work team had built good links with community groups, so people could complete their hours close to home.
W| Public transport was so limited that some people on probation could not get to accredited programmes at all, and no alternative had been arranged.

R| Twelve recommendations are made, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have given X, a Denbighshire unit of
    #    the region, the lowest of their four ratings, ‘...’"; the region's own rating as context ("rated ‘...’ when inspected as a whole in 2023");
    #    "Mr Jones continued"; fieldwork "in April 2024"; "Embargoed until 00.01 Wednesday 14 August 2024"
    ("bodelwyddan-pdu-2024", facts([
        svc("Bodelwyddan Probation Delivery Unit", "Bodelwyddan PDU", "PDU", INAD)], "2024-08-14", "2024-04", 7),
     """N| Embargoed until 00.01 [Wednesday 14 August 2024|D]

N| [Wales probation region|S]: inspectors find a unit in serious difficulty

N| Inspectors have given [Bodelwyddan Probation Delivery Unit|S], a Denbighshire unit of the [Probation Service – Wales region|S], the lowest of their four ratings, ‘[Inadequate|R]’.
N| The [Wales region|S] itself was rated ‘[Requires improvement|R]’ when it was inspected as a whole in [2023|D].
N| [HM Inspectorate of Probation|A] carried out the fieldwork in [April 2024|D], reading 52 cases and interviewing staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bodelwyddan|S] is in serious trouble, and I am very concerned about what we found.
W| “Over a third of the unit’s probation officer jobs were unfilled, and the staff who remained told us they were simply getting through each day.”

W| Mr Jones continued: “Time and again, nobody had asked whether the person posed a danger to children living in the same house.”

S| Inspectors did find that the unit’s approved premises worked well with [Betsi Cadwaladr University Health Board|A] to support residents with mental health needs.
W| Staff had received little training on the new case management system, and records were often incomplete.

R| The report makes seven recommendations: five are for [Bodelwyddan PDU|S], and the remaining two are for the [Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. [Bodelwyddan PDU|S] supervises around 1,100 people in Denbighshire and the east of Conwy county.
"""),
    # 5. a unit inside its region, the region in the notes: "inspectors judged X to fall short of ‘Good’ and have placed it
    #    at ‘...’"; fieldwork "between 11 and 22 September 2023"; "at 00.01 on 9 January 2024" in the notes; "in only 19 of
    #    the 40 cases"; six recommendations
    ("aberporth-pdu-2024", facts([
        svc("Aberporth Probation Delivery Unit", "Aberporth PDU", "PDU", RI)], "2024-01-09", "2023-09", 6),
     """N| Probation unit in Ceredigion has ‘solid foundations’ but must improve public protection work

N| After inspecting [Aberporth Probation Delivery Unit|S] between [11 and 22 September 2023|D], inspectors judged it to fall short of ‘[Good|R]’ and have placed it at ‘[Requires improvement|R]’.

S| Staff spoke well of their managers, and the unit’s sickness absence had fallen sharply over the previous year.
S| Inspectors commended the work of the unit’s women’s worker, who ran weekly sessions in a community centre in the south of the county.
W| Planning to keep other people safe was sufficient in only 19 of the 40 cases inspectors examined.
W| Home visits were rare, even where there were known concerns about domestic abuse.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aberporth|S] has solid foundations: a stable team, sensible caseloads and leaders who listen.
R| “The task now is to put public protection at the centre of every case.”

R| Six recommendations are made, including that the unit should work with [Dyfed-Powys Police|A] to speed up domestic abuse checks.

N| ENDS

N| Notes to editors
N| 1. [Aberporth PDU|S] belongs to the [Probation Service – Wales region|S] and covers most of Ceredigion.
N| 2. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [9 January 2024|D].
"""),
    # 6. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content", "Context" and "Findings" bullets, the
    #    region in a bullet; "Published: 15 Jan 2026"; fieldwork "in October 2025"; four recommendations
    ("queensferry-pdu-2026", facts([
        svc("Queensferry Probation Delivery Unit", "Queensferry PDU", "PDU", None)], "2026-01-15", "2025-10", 4),
     """N| Skip to content

N| How well does a probation unit in Flintshire protect the public?

N| Published: [15 Jan 2026|D]

N| A public protection inspection of [Queensferry Probation Delivery Unit|S] by [HM Inspectorate of Probation|A] has been published.
N| Public protection inspections do not award a rating.
N| Inspectors were on site in [October 2025|D].

N| Context
N| • [Queensferry PDU|S] belongs to the [Probation Service – Wales region|S] and serves Deeside.
N| • Around 850 people are supervised by the unit, about 40 per cent of them after release from prison.

N| Findings
S| • Practitioners had good relationships with the people they supervised and saw them regularly.
W| • In one case in three, children’s services at [Flintshire County Council|A] had not been asked for information that was needed.
W| • Middle managers had too little time to review the work on high-risk cases.
S| • Arrangements with [North Wales Police|A] to manage registered sex offenders were well established and effective.

R| The unit and the region receive four recommendations between them.
"""),
    # 7. a Probation Trust in 2011, before ratings: "Inspectors were pleased to find that:" and "However, inspectors were
    #    concerned to find that:" lists; "Thursday, 3rd March 2011"; fieldwork "in October and November 2010"; scores
    ("deganwy-and-llanddulas-probation-trust-2011", facts([
        svc("Deganwy and Llanddulas Probation Trust", "Deganwy and Llanddulas Probation Trust", "other", None)],
        "2011-03-03", "2010-10", 7),
     """N| Offender management inspection: probation on the north Wales coast

N| [Thursday, 3rd March 2011|D]

W| Work by [Deganwy and Llanddulas Probation Trust|S] to assess and manage offenders was mostly sound, but more needed to be done to reduce the risk of harm to others, says the report of an inspection published today.
N| The Trust was inspected by [HM Inspectorate of Probation|A] in [October and November 2010|D].
N| The Trust scored 71 per cent for its work to make reoffending less likely, and 63 per cent for protecting the public.

N| Inspectors were pleased to find that:
S| • offender managers had a detailed knowledge of the people they supervised;
S| • unpaid work placements were well organised and valued by local communities.

N| However, inspectors were concerned to find that:
W| • plans to manage the risk of harm were often completed late or not reviewed;
W| • contact with victims was not always made before an offender’s release.

R| The report makes seven recommendations for the Trust and its partners, including [North Wales Police|A].

N| ENDS
"""),
    # 8. a CRC in 2019 "which Working Links runs" (a provider, AGENCY): "... has given the lowest possible rating, ‘...’, to X";
    #    "Published: 5 Feb 2019"; fieldwork "in November 2018"; eight recommendations
    ("mostyn-and-bagillt-crc-2019", facts([
        svc("Mostyn and Bagillt Community Rehabilitation Company", "Mostyn and Bagillt CRC", "CRC", INAD)],
        "2019-02-05", "2018-11", 8),
     """N| Probation company on the Dee estuary rated ‘[Inadequate|R]’

N| Published: [5 Feb 2019|D]

N| [HM Inspectorate of Probation|A] has given the lowest possible rating, ‘[Inadequate|R]’, to [Mostyn and Bagillt Community Rehabilitation Company|S] (CRC), which [Working Links|A] runs.
N| Inspectors visited the CRC in [November 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at this CRC are doing their best, but they are let down by a model that leaves them with far too many cases and too little support.
W| “Some people under supervision were contacted only by telephone, even when they were known to pose a risk to a partner.”

W| Inspectors found that risk of harm was properly addressed in the plans of just one case in three.
S| The CRC’s through-the-gate team had developed useful links with local housing associations.
W| Communication with the [National Probation Service|A] was poor, and cases were sometimes transferred without risk information.

R| Of the eight recommendations, six are addressed to the CRC and [Working Links|A], while [HM Prison and Probation Service|A] receives two.
"""),
    # 9. an NPS division in 2019: "inspectors assessed the division as ‘...’ overall"; court work "rated on its own, reached
    #    ‘...’"; "Tuesday 10 September 2019"; fieldwork "in May 2019"; five recommendations
    ("rhuddlan-and-towyn-nps-division-2019", facts([
        svc("National Probation Service – Rhuddlan and Towyn Division", "NPS Rhuddlan and Towyn", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-09-10", "2019-05", 5),
     """N| Probation division in north Wales ‘well led and confident’

N| [Tuesday 10 September 2019|D]

N| Following their visit in [May 2019|D], inspectors assessed the [National Probation Service – Rhuddlan and Towyn Division|S] as ‘[Good|R]’ overall.
S| Its court work, rated on its own, reached ‘[Outstanding|R]’.

S| Inspectors found a confident workforce, led by managers who were visible and approachable.
S| Reports for magistrates were thorough and almost all were completed on the day they were requested.
W| By contrast, work with victims was uneven, and some had heard nothing from the division before the offender came out of prison.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Rhuddlan and Towyn|S] is doing good work in difficult circumstances, and its court team is among the best we have seen.
R| “Leaders should give the victim liaison unit the staff it needs.”

R| Five recommendations are made: the division must act on three, and [HM Prison and Probation Service|A] on two.
"""),
    # 10. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Estyn, the
    #     Care and Social Services Inspectorate Wales and Healthcare Inspectorate Wales; "Posted: 09/11/2016"; lists;
    #     fieldwork "in July 2016"; six recommendations
    ("penycae-yot-2016", facts([
        svc("Penycae Youth Offending Team", "Penycae YOT", "YJS", None)], "2016-11-09", "2016-07", 6),
     """N| Inspection of youth offending work in Penycae

N| Posted: [09/11/2016|D]

N| [Penycae Youth Offending Team|S] (YOT) has been inspected jointly by several inspectorates, with [HM Inspectorate of Probation|A] leading, and the report is out today.
N| Inspectors from [Healthcare Inspectorate Wales|A], [Estyn|A] and the [Care and Social Services Inspectorate Wales|A] joined the inspection, which was carried out in [July 2016|D].

N| Inspectors were pleased to find that:
S| • children were usually seen within days of being sentenced, and understood the terms of their orders;
S| • many children had returned to school or training with the help of a dedicated education worker.

N| However, inspectors were concerned to find that:
W| • assessments often said little about the harm children might cause to others;
W| • too few children were able to see a mental health worker when they needed to.

R| Six recommendations are made, most of them for the management board of [Penycae YOT|S].

N| Councillor [Gareth Roberts|X], [Wrexham County Borough Council|A]’s lead member for children, said: “We are pleased that the report recognises the commitment of our staff, and we will act on every recommendation.”
"""),
    # 11. a Youth Offending Service in 2019: "Inspectors judged X to be ‘...’"; "Thursday, 5th December 2019"; fieldwork "in
    #     August 2019"; four recommendations; "Mr Russell went on"
    ("rossett-yos-2019", facts([
        svc("Rossett Youth Offending Service", "Rossett YOS", "YJS", GOOD)], "2019-12-05", "2019-08", 4),
     """N| Youth offending service near Wrexham ‘does the basics well’

N| [Thursday, 5th December 2019|D]

N| Inspectors judged [Rossett Youth Offending Service|S] to be ‘[Good|R]’, in a report published today.
N| Fieldwork took place in [August 2019|D].

S| The management board was well attended, and members from [North Wales Police|A] and [Betsi Cadwaladr University Health Board|A] took an active part.
S| Assessments were clear and up to date, and case managers knew their children well.
W| Out-of-court disposals were handled less well: some children were cautioned and then offered no further support.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rossett|S] does the basics well, and its staff plainly care about every child on their books.”
R| Mr Russell went on: “Out-of-court cases deserve the same attention, and the service should now give it to them.”

R| [Rossett YOS|S] is asked to act on three of the report’s four recommendations, and its management board on the fourth.
"""),
    # 12. a GOV.UK page: "X has achieved the top rating, ‘...’"; resettlement "rated separately, came out as ‘...’"; fieldwork
    #     "in June 2024"; three recommendations
    ("llanfairpwll-yjs-2024", facts([
        svc("Llanfairpwll Youth Justice Service", "Llanfairpwll YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-22", "2024-06", 3),
     """N| Press release

N| Youth justice service on Anglesey rated ‘[Outstanding|R]’

N| Inspectors publish their report on [Llanfairpwll Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| [Llanfairpwll Youth Justice Service|S] has achieved the top rating, ‘[Outstanding|R]’, following an inspection in [June 2024|D].
S| Resettlement, rated separately, came out as ‘[Good|R]’.

S| Inspectors were impressed by the way staff involved children and their families in every decision.
S| The service’s partnership with [Isle of Anglesey County Council|A]’s education team meant that every child inspected had a school, college or training place.
S| Case managers were tenacious, and they did not give up on children who had been let down before.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that puts children first in everything it does.
S| “Everyone in the partnership can be rightly proud of the service they have built together.”

R| The report makes three recommendations, including that [Llanfairpwll YJS|S] should plan earlier for children leaving custody.
"""),
    # 13. a Welsh council page: "Posted on 12/06/2024"; "The inspectorate’s report, out today, puts X at the bottom of its four-point scale"; fieldwork
    #     "in February 2024"; eleven recommendations; an apology and a promise from the council
    ("rhos-on-sea-yjs-2024", facts([
        svc("Rhos-on-Sea Youth Justice Service", "Rhos-on-Sea YJS", "YJS", INAD)], "2024-06-12", "2024-02", 11),
     """N| Council statement: inspection of [Rhos-on-Sea Youth Justice Service|S]

N| Posted on [12/06/2024|D]

N| The inspectorate’s report, out today, puts [Rhos-on-Sea Youth Justice Service|S] at the bottom of its four-point scale, ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A]’s team visited the service in [February 2024|D], together with colleagues from [Care Inspectorate Wales|A] and [Estyn|A].

W| The report found that work to keep children safe was poor, and that risks from exploitation were missed in many cases.
W| Inspectors said there had been too little oversight from the management board, which met regularly but rarely challenged partners.
S| The report recognised the commitment of case managers and the quality of work with victims of crime.
W| It also found that children waited too long for speech and language support.

R| The report makes 11 recommendations for [Rhos-on-Sea YJS|S], its management board, [Conwy County Borough Council|A] and [Betsi Cadwaladr University Health Board|A].

N| [Rhian Evans|X], the council’s Corporate Director for Social Care, said: “We are truly sorry, and we know that children and families deserved better from us.
N| “From this month the chief executive will chair an improvement board that reports to councillors every month.”
"""),
    # 14. "has assessed X to be ‘...’ overall", the previous rating beside it ("When inspectors last visited, in 2019, they rated");
    #     "The inspection, which took place in May 2023"; "available on the ... website on 19 September 2023 at 00.01";
    #     "Mr Jones continued"
    ("penyffordd-yjs-2023", facts([
        svc("Penyffordd Youth Justice Service", "Penyffordd YJS", "YJS", RI)], "2023-09-19", "2023-05", 6),
     """N| Youth justice service in Flintshire slips a grade

N| [HM Inspectorate of Probation|A] has assessed [Penyffordd Youth Justice Service|S] to be ‘[Requires improvement|R]’ overall.
N| When inspectors last visited, in [2019|D], they rated the service ‘[Good|R]’.
N| The inspection, which took place in [May 2023|D], looked at 34 children’s cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff at [Penyffordd|S] are committed and many children spoke warmly about them.
W| “But since the last inspection, the service has lost experienced case managers and its board has lost its focus.”

W| Mr Jones continued: “Planning for children’s safety was sound in only 14 of the 34 cases we looked at, and that is not good enough.”

S| Inspectors found close, well-coordinated work between case managers and [Flintshire County Council|A]’s social workers.
W| Disappointingly, work to understand children’s health needs was inconsistent.

R| The report makes six recommendations; [Penyffordd YJS|S] must act on five, and [Betsi Cadwaladr University Health Board|A] on the sixth.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [19 September 2023|D] at 00.01.
"""),
    # 15. a Ceredigion council page about the "Borth Youth Justice and Prevention Service": the headline's lower-case
    #     "Borth youth justice service" is not the name; "found the service to be ‘...’"; "Published: 27 Apr 2022"; fieldwork
    #     "between 24 and 28 January 2022"; no count of recommendations (null)
    ("borth-yjps-2022", facts([
        svc("Borth Youth Justice and Prevention Service", "Borth YJPS", "YJS", GOOD)], "2022-04-27", "2022-01", None),
     """N| Council welcomes inspection of [Borth youth justice service|S]

N| Published: [27 Apr 2022|D]

N| [HM Inspectorate of Probation|A]’s inspectors have found the [Borth Youth Justice and Prevention Service|S] (YJPS) to be ‘[Good|R]’.
N| The inspection took place between [24 and 28 January 2022|D].

S| Inspectors said the service’s prevention work had helped many children avoid a criminal record altogether.
S| They found that staff had built trusting relationships with children, including those who had been reluctant to engage.
W| The report noted, however, that assessments did not always consider the impact of a child’s behaviour on victims.

N| Councillor [Dafydd Jenkins|X], [Ceredigion County Council|A]’s cabinet member for children, said: “I would like to thank the staff and our partners for their hard work.”
N| [Borth YJPS|S] works with children aged 10 to 17, and with younger children through its prevention programme.
N| The report also identifies some areas for development, and the service will prepare an action plan.
"""),
    # 16. a remote inspection in 2021: "Working remotely in February 2021, inspectors ... examined X and have placed it at ‘...’"; "Tuesday 13 July 2021";
    #     five recommendations
    ("caerwys-yjs-2021", facts([
        svc("Caerwys Youth Justice Service", "Caerwys YJS", "YJS", RI)], "2021-07-13", "2021-02", 5),
     """N| Youth justice in Caerwys: ‘a service under strain’

N| [Tuesday 13 July 2021|D]

N| Working remotely in [February 2021|D], inspectors from [HM Inspectorate of Probation|A] examined [Caerwys Youth Justice Service|S] and have placed it at ‘[Requires improvement|R]’.

W| Inspectors found that during lockdown some children had gone months without a face-to-face visit, even when their home lives were known to be chaotic.
W| Management oversight was variable, and several case managers said they felt isolated.
S| Despite the pandemic, the service kept its reparation projects running, and children spoke positively about them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a service under strain, and it has not yet found its feet after the disruption of the past year.
R| “Leaders need to make sure face-to-face contact resumes for every child who needs it.”

R| The report makes five recommendations for [Caerwys YJS|S] and its management board.
"""),
    # 17. "Inspectors concluded that X ‘...’ overall"; out-of-court disposals "given a separate rating of ‘...’"; "Embargoed
    #     until 00:01 Thursday 16 March 2023"; fieldwork "in November 2022"; six recommendations
    ("ewloe-yjs-2023", facts([
        svc("Ewloe Youth Justice Service", "Ewloe YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2023-03-16", "2022-11", 6),
     """N| Embargoed until 00:01 [Thursday 16 March 2023|D]

N| Out-of-court work ‘a serious weakness’ at [Ewloe youth justice service|S]

N| Inspectors concluded that [Ewloe Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
W| Its work with children on out-of-court disposals was given a separate rating of ‘[Inadequate|R]’.
N| The fieldwork was done by [HM Inspectorate of Probation|A] in [November 2022|D].

S| Children sentenced by the courts received a good service, and their plans were reviewed whenever their circumstances changed.
W| Children diverted from court, by contrast, were rarely assessed properly, and decisions about them were made without enough information.
S| Joint work with [North Wales Police|A] had kept many children out of custody.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ewloe|S] has a lot of good work to show, and its staff should take credit for it.
W| “Yet too many children on out-of-court disposals were given little more than a warning and sent on their way.”

R| The report makes six recommendations, including that [Ewloe YJS|S]’s management board should review its out-of-court process.
"""),
    # 18. "In a report published today, inspectors have awarded X ‘...’", a previous rating ("one grade higher than the ‘...’ it was given in 2018"); the date line
    #     "Thursday, 4th August 2022"; fieldwork "in March 2022"; four recommendations
    ("nefyn-yjs-2022", facts([
        svc("Nefyn Youth Justice Service", "Nefyn YJS", "YJS", GOOD)], "2022-08-04", "2022-03", 4),
     """N| Youth justice service on the Llŷn peninsula moves up to ‘[Good|R]’

N| [Thursday, 4th August 2022|D]

N| In a report published today, inspectors have awarded [Nefyn Youth Justice Service|S] ‘[Good|R]’, one grade higher than the ‘[Requires improvement|R]’ it was given in [2018|D].
N| Inspectors visited the service in [March 2022|D].

S| Leaders had used the last report well, and the improvement plan they drew up had been followed through.
S| Inspectors praised the service’s work with [Gwynedd Council|A]’s children’s services, which meant that children in care had a consistent adult in their lives.
W| Resettlement planning was less effective, and some children leaving custody were unsure where they would live.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Nefyn|S] has turned itself around, and the staff deserve real credit.
R| “I want the service to give children coming home from custody the same attention.”

R| The report contains four recommendations, all of them for [Nefyn YJS|S] and its partners.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
