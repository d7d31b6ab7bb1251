"""Builds the two hundred and twentieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the Wales region on a GOV.UK page, the region named first: "X and Z each land at ‘...’, while Y
    #    is placed at the foot of the scale"; "over a fortnight in March 2024"; "Between them the three reports carry
    #    twelve recommendations"
    ("llanfaethlu-bodffordd-and-rhostryfan-pdus-2024", facts([
        svc("Llanfaethlu Probation Delivery Unit", "Llanfaethlu PDU", "PDU", RI),
        svc("Bodffordd Probation Delivery Unit", "Bodffordd PDU", "PDU", INAD),
        svc("Rhostryfan Probation Delivery Unit", "Rhostryfan PDU", "PDU", RI)], "2024-07-16", "2024-03", 12),
     """N| Press release

N| Three north Wales probation units reported on together

N| Inspectors say one unit is failing and two more have work to do.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| Within the [Probation Service – Wales region|S], inspectors have now reported on three neighbouring units: [Llanfaethlu Probation Delivery Unit|S], [Bodffordd Probation Delivery Unit|S] and [Rhostryfan Probation Delivery Unit|S].
N| [Llanfaethlu|S] and [Rhostryfan|S] each land at ‘[Requires improvement|R]’, while [Bodffordd|S] is placed at the foot of the scale, ‘[Inadequate|R]’.
N| The inspection team spent a fortnight across the three sites in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bodffordd we found a unit running on goodwill alone, with senior officers gone and nobody steering the work.
W| “Cases of domestic abuse were left for months without a proper look at who else might be in danger.
S| “By contrast, staff in Llanfaethlu and Rhostryfan knew their caseloads well and spoke Welsh with the people they supervise whenever it was wanted.”

S| Inspectors singled out the links between [Rhostryfan PDU|S] and [North Wales Police|A], which meant that arrests were passed to probation staff the same morning.
W| None of the three units, though, made enough use of approved premises and housing support before release from custody.

R| Between them the three reports carry twelve recommendations, five of which are addressed to [Bodffordd|S].

N| [Ian Barrow|X], Regional Probation Director for Wales, said: “We have moved an experienced senior manager into Bodffordd and will report on progress every month.”
"""),
    # 2. two youth justice services in a local-news story: byline Monday 10 February 2025, the reports "released on
    #    Thursday 6 February"; "Tudweiliog earned the top mark ... its neighbour Llangwnnadl was graded ‘Good’" in the other
    #    order from the one first named; "is asked to act on three recommendations and Tudweiliog on one"
    ("llangwnnadl-and-tudweiliog-yjs-2025", facts([
        svc("Llangwnnadl Youth Justice Service", "Llangwnnadl YJS", "YJS", GOOD),
        svc("Tudweiliog Youth Justice Service", "Tudweiliog YJS", "YJS", OUT)], "2025-02-06", "2024-10", 4),
     """N| Llŷn youth teams among the best in Wales, say inspectors

N| By [Elin Parry|X]

N| [Monday 10 February 2025|D]

N| Inspection reports on two small youth justice teams on the peninsula have now been made public.
N| The reports on [Llangwnnadl Youth Justice Service|S] and [Tudweiliog Youth Justice Service|S] were released on [Thursday 6 February|D], after inspectors spent a week with each team in [October 2024|D].
N| [Tudweiliog|S] earned the top mark of all, ‘[Outstanding|R]’; its neighbour [Llangwnnadl|S] was graded ‘[Good|R]’.

S| The inspectors found that [Tudweiliog|S]’s case managers built trust with families who had often been let down by other services, and that children stayed in touch with them long after their orders ended.
S| [Llangwnnadl|S]’s partnership with [Betsi Cadwalader University Health Board|A] gave children quick access to a nurse and to mental health support.
W| Even so, inspectors found that [Llangwnnadl YJS|S] did not always check back with victims once a restorative meeting had taken place.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are rural teams covering long distances with very few staff, and what they achieve for children is remarkable.”

R| [Llangwnnadl|S] is asked to act on three recommendations and [Tudweiliog|S] on one.

N| A spokesperson for [Gwynedd Council|A] said the authority was “immensely proud” of both teams.
"""),
    # 3. a unit inside its region with an aspect rated separately and the previous rating beside it: embargo line;
    #    "Inspectors have graded X, one of the units of the Probation Service – Wales region, ‘...’"; unpaid work "marked
    #    on its own"; previous ‘Requires improvement’ (2022); "for eight days in September 2024"; "Seven recommendations
    #    follow from the report"
    ("penmynydd-pdu-2025", facts([
        svc("Penmynydd Probation Delivery Unit", "Penmynydd PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2025-01-22", "2024-09", 7),
     """N| EMBARGOED: 00:01 [Wednesday 22 January 2025|D]

N| Probation unit on Anglesey falls to bottom grade

N| Inspectors have graded [Penmynydd Probation Delivery Unit|S] ‘[Inadequate|R]’; the unit belongs to the [Probation Service – Wales region|S].
N| At its last inspection, in [2022|D], the unit was ‘[Requires improvement|R]’.
W| Unpaid work, marked on its own, stays at ‘[Requires improvement|R]’, with too many placements cancelled at short notice.
N| Inspectors were at the unit for eight days in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two years on, [Penmynydd|S] has gone backwards.
W| “Practitioners told us they had stopped raising concerns because nothing happened when they did.
W| “Sentence plans for men convicted of violence were often a single line long.”

W| Mr Jones continued: “The unit had lost contact with several people on licence, and warrants had not been sought for weeks.”

S| There were brighter spots: women on probation were seen at a community hub alongside a local charity, and the sessions were thoughtful and well attended.

R| Seven recommendations follow from the report, most of them about the oversight of risk.
R| The region must give the unit the management time it needs to carry them out.

N| ENDS
"""),
    # 4. a Probation Trust in 2012, before ratings: the verdict in the first sentence, "Inspectors were pleased to find
    #    that:" / "However, inspectors were concerned to find that:" lists; "Thursday, 14th June 2012" with "published
    #    today"; "took place in March 2012"; five recommendations
    ("gwyrfai-and-llyfni-probation-trust-2012", facts([
        svc("Gwyrfai and Llyfni Probation Trust", "Gwyrfai and Llyfni Probation Trust", "other", None)], "2012-06-14", "2012-03", 5),
     """N| [Thursday, 14th June 2012|D]

N| Gwyrfai and Llyfni probation: good work with offenders, but public protection needs attention

W| [Gwyrfai and Llyfni Probation Trust|S] is helping offenders to change their lives, but its work to protect the public still falls short of where it should be, said [Liz Calderbank|X], HM Chief Inspector of Probation, publishing today the report of an inspection that took place in [March 2012|D].

N| Inspectors were pleased to find that:
S| • nearly every offender was seen within days of an order or licence starting;
S| • staff knew the local courts and magistrates well and their reports were valued;
S| • work to help offenders into training and employment was of a high standard.

N| However, inspectors were concerned to find that:
W| • the risk of harm to others had been assessed correctly in only 58 per cent of cases;
W| • in a third of the relevant cases, nobody had checked with children’s services;
W| • managers rarely looked over the plans of the most dangerous offenders.

S| Liz Calderbank said: “The Trust has a loyal and experienced staff who care a great deal about the people they work with.
R| “It should now make the assessment of risk of harm its first priority.”

R| The inspectors set out five recommendations for the Trust and its partners.

N| ENDS
"""),
    # 5. a CRC in 2019 owned by Working Links: "HM Inspectorate of Probation’s verdict on X is ‘...’"; unpaid work "given a
    #    separate grade of"; "Published: 24 September 2019"; "in May 2019"; "a list of eight recommendations"
    ("cefni-and-alaw-crc-2019", facts([
        svc("Cefni and Alaw Community Rehabilitation Company", "Cefni and Alaw CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-09-24", "2019-05", 8),
     """N| News

N| [Cefni and Alaw Community Rehabilitation Company|S] inspection

N| Published: [24 September 2019|D]

N| [HM Inspectorate of Probation|A]’s verdict on the [Cefni and Alaw Community Rehabilitation Company|S] (CRC), a [Working Links|A] company, is ‘[Requires improvement|R]’.
S| Its unpaid work, given a separate grade, is ‘[Good|R]’.
N| Inspectors visited the CRC’s offices in [May 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has been through a difficult few years, and its staff have felt every change of ownership and structure.
W| “Too many of the people it supervises get nothing more than a phone call, and some of them pose a real risk to partners and children.
S| “Unpaid work is a different story: it is well organised, and projects on the coast and in village halls are valued by local people.”

W| Inspectors found that only half of the cases they read had a plan that dealt with the person’s drinking or drug use.
S| The CRC’s partnership with [North Wales Police|A] on the management of prolific offenders worked well.

R| The report includes a list of eight recommendations; six fall to the CRC itself and two to [HM Prison and Probation Service|A].

N| In a short statement, [Working Links|A] told us its managers had “started work on every point raised”.
"""),
    # 6. an NPS division in 2019 with "overall divisional rating", short "NPS Fadryn"; "between 1 and 12 April 2019"; notes' "will be published on"; "Six of the report’s nine
    #    recommendations"
    ("nps-fadryn-division-2019", facts([
        svc("National Probation Service – Fadryn Division", "NPS Fadryn", "region", GOOD)], "2019-07-09", "2019-04", 9),
     """N| Inspectors award ‘[Good|R]’ to [National Probation Service – Fadryn Division|S]

N| ‘[Good|R]’ is the overall divisional rating the [National Probation Service – Fadryn Division|S] has received from [HM Inspectorate of Probation|A].
N| The inspection ran from [1 to 12 April 2019|D] and covered the division’s court, case management and victim work.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Fadryn|S] is a confident division that knows its business.
S| “Its court reports are quick and accurate, and sentencers trust them.
W| “Its work to keep children safe, though, had too many gaps, and that must now be its priority.”

S| Victims who had chosen to take part in the statutory contact scheme were kept well informed, inspectors said.
W| The picture for people released from long prison sentences was less consistent, and some had waited weeks for accommodation to be found.

R| Six of the report’s nine recommendations are for the division; the other three go to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Tuesday 9 July 2019|D].
N| 2. The [National Probation Service|A] manages those judged to be at high risk of causing serious harm.
"""),
    # 7. a youth offending team written out in a 2017 joint inspection, no rating: council page "Posted 09/11/2017";
    #    "in the first week of July 2017"; "half a dozen recommendations"
    ("llanengan-yot-2017", facts([
        svc("Llanengan Youth Offending Team", "Llanengan YOT", "YJS", None)], "2017-11-09", "2017-07", 6),
     """N| Council welcomes youth offending inspection report

N| Posted [09/11/2017|D]

N| A report on the [Llanengan Youth Offending Team|S] (YOT) was published today by [HM Inspectorate of Probation|A].
N| The inspection, carried out in the first week of [July 2017|D], looked at work with children serving community sentences.

S| Inspectors reported that case managers had built strong relationships with the children they supervised and with their parents.
S| The YOT’s links with schools across the peninsula meant that almost all of the children were in full-time education.
W| However, the inspectors said that work to reduce the risk children might pose to others was not always thorough enough.
W| Plans were too rarely reviewed when a child’s circumstances changed.

R| The inspectors made half a dozen recommendations, one of them for [Gwynedd Council|A]’s children’s services.

N| Councillor [Dafydd Owen|X], the council’s cabinet member for children, said: “The team is small but dedicated, and we will support it in taking the recommendations forward.”
"""),
    # 8. a youth offending service written out in 2019: "Inspectors have placed X ... one rung below ‘Good’, at ‘...’";
    #    out-of-court disposals "assessed on their own, came out ‘Good’"; "The picture in Rhoscolyn is uneven" `WEAKNESS`; notes give 19 December 2019; "in September 2019";
    #    "The report closes with five recommendations"
    ("rhoscolyn-yos-2019", facts([
        svc("Rhoscolyn Youth Offending Service", "Rhoscolyn YOS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2019-12-19", "2019-09", 5),
     """N| Youth offending service on Anglesey must improve, say inspectors

N| Inspectors have placed [Rhoscolyn Youth Offending Service|S] (YOS) one rung below ‘[Good|R]’, at ‘[Requires improvement|R]’.
S| Out-of-court disposals, assessed on their own, came out ‘[Good|R]’.
N| The inspection took place in [September 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The picture in Rhoscolyn is uneven.
S| “Children who receive a caution or a community resolution get swift and sensible help, often from the same worker throughout.
W| “But for children on court orders, assessments were thin and the management board asked few questions of the figures put in front of it.”

W| Inspectors found that in only 9 of the 20 court cases examined had enough been done to keep the child safe.
S| The [Rhoscolyn YOS|S] speech and language therapist, shared with the [Isle of Anglesey County Council|A] education service, was a real asset.

R| The report closes with five recommendations, four for the YOS and one for [North Wales Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [19 December 2019|D].
"""),
    # 9. two PDUs in a justiceinspectorates news item, the region named after them: "Brynsiencyn came out at ‘...’ and
    #    Malltraeth at ‘...’"; "Published: 11 Oct 2023"; "in the second half of June 2023"; "nine recommendations in
    #    all"
    ("brynsiencyn-and-malltraeth-pdus-2023", facts([
        svc("Brynsiencyn Probation Delivery Unit", "Brynsiencyn PDU", "PDU", RI),
        svc("Malltraeth Probation Delivery Unit", "Malltraeth PDU", "PDU", INAD)], "2023-10-11", "2023-06", 9),
     """N| News

N| Two probation units on Anglesey fall short

N| Published: [11 Oct 2023|D]

N| [His Majesty’s Inspectorate of Probation|A] today publishes its reports on [Brynsiencyn Probation Delivery Unit|S] and [Malltraeth Probation Delivery Unit|S], both part of the [Wales probation region|S].
N| [Brynsiencyn|S] came out at ‘[Requires improvement|R]’ and [Malltraeth|S], whose caseloads were the highest in the region, at ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in the second half of [June 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Malltraeth|S] is in a perilous position: half of its probation officer posts were empty when we visited.
S| “[Brynsiencyn|S] is steadier, and its managers have a realistic grip on what needs to change.”

W| In both units, inspectors judged that fewer than four in ten cases had a sound plan for handling the risk of serious harm.
S| Work with the local approved premises, though, was praised as careful and well coordinated.

R| The reports contain nine recommendations in all, shared between the two units and the region.
"""),
    # 10. an ordinary GOV.UK page: "has been rated ‘Good’ by HM Inspectorate of Probation"; "Publication date: 5 March
    #     2024"; "in late November 2023"; four recommendations
    ("edern-yjs-2024", facts([
        svc("Edern Youth Justice Service", "Edern YJS", "YJS", GOOD)], "2024-03-05", "2023-11", 4),
     """N| Press release

N| Edern youth justice service rated ‘[Good|R]’

N| Children are well supported by a stable and skilled team, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Publication date: [5 March 2024|D]

N| [Edern Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited in late [November 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Edern|S]’s staff know every child on their books by name and by story.
S| “They go the extra mile to keep children in school, and it shows in the results.
W| “The service should be a little more curious about what happens at home, though, where we found some risks had not been followed up.”

S| Inspectors were impressed with the service’s bilingual resources, which let children and parents work in the language they prefer.
W| The management board had not always challenged partners who failed to attend its meetings.

R| We have made four recommendations, which the service has already begun to address.

N| ENDS
"""),
    # 11. a Welsh council page told in the third person: "Date: 12/07/2022"; "sits at ‘Requires improvement’";
    #     "visited in March 2022"; "The report sets out six recommendations"
    ("llaniestyn-yjs-2022", facts([
        svc("Llaniestyn Youth Justice Service", "Llaniestyn YJS", "YJS", RI)], "2022-07-12", "2022-03", 6),
     """N| Inspection report on [Llaniestyn youth justice service|S]

N| Date: [12/07/2022|D]

N| The [Llaniestyn Youth Justice Service|S] sits at ‘[Requires improvement|R]’, in the verdict of a report issued today by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [March 2022|D].

S| The watchdog found that each child had a first meeting with a case manager soon after sentence, and that staff treated children with warmth and respect.
W| It also found too little attention to the safety of others, such as a child’s siblings or a parent.
W| Inspectors said the service’s records were patchy, so that it was hard to tell why decisions had been made.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is a committed team here who want the best for children.
R| “Leaders must now make sure that every assessment looks at risk to others as carefully as it looks at the child’s own needs.”

R| The report sets out six recommendations for the service and its board.

N| Councillor [Beca Roberts|X] said: “We accept every recommendation and an action plan is already in place.”
"""),
    # 12. an ordinary PDU release with an embargo line and "Mr Russell continued": "Inspectors have marked X down as ‘...’";
    #     "during a visit in February 2023"; "six recommendations, addressed to" the unit, "the Probation Service’s Wales region" and HMPPS
    ("rhosgadfan-pdu-2023", facts([
        svc("Rhosgadfan Probation Delivery Unit", "Rhosgadfan PDU", "PDU", INAD)], "2023-06-20", "2023-02", 6),
     """N| Embargoed until 00.01 on [Tuesday 20 June 2023|D]

N| Probation unit in Arfon ‘[Inadequate|R]’

N| Inspectors have marked [Rhosgadfan Probation Delivery Unit|S] down as ‘[Inadequate|R]’ after a visit in [February 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rhosgadfan|S] is a unit in real trouble.
W| “Nearly a third of the unit’s cases had been passed between three or more officers in a year, so nobody really knew the people they were supervising.
S| “The staff who remain are doing their utmost in very difficult conditions, and their commitment deserves recognition.”

W| Mr Russell continued: “Victims were rarely contacted, and the unit had no reliable way of knowing whether conditions on licence were being kept.”

W| Inspectors found that the quality of supervision was sufficient in only 11 of the 32 cases they examined.
S| Unpaid work was running again after the pandemic, and placements with local woodland projects were well supervised.

R| The report makes six recommendations, addressed to the unit, the [Probation Service|A]’s [Wales region|S] and [HMPPS|A].

N| ENDS
"""),
    # 13. a 2021 remote inspection, "awarded its best possible grade"; notes give 17 August 2021; "carried out remotely
    #     over May 2021"; "Just two recommendations"
    ("boduan-yjs-2021", facts([
        svc("Boduan Youth Justice Service", "Boduan YJS", "YJS", OUT)], "2021-08-17", "2021-05", 2),
     """N| [Boduan youth justice service|S] awarded top rating

N| [HM Inspectorate of Probation|A] has awarded [Boduan Youth Justice Service|S] its best possible grade, ‘[Outstanding|R]’.
N| Covid rules meant that the inspectors worked remotely, over video calls, in [May 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Even during lockdown, [Boduan|S] kept in close contact with every child, using walks on the beach and phone calls when meetings indoors were not allowed.
S| “Its leaders understand their children and their community extremely well.”

S| Inspectors found that every case they examined had a clear and personal plan.
S| The service’s partnership with [Gwynedd Council|A]’s education team had reduced school exclusions among the children it works with.
W| The only weak spot the inspectors flagged was how long some children waited for an appointment with [CAMHS|A].

R| Just two recommendations are made, both aimed at the service’s management board.

N| ENDS

N| Notes to editors
N| 1. The report can be read on the [HM Inspectorate of Probation|A] website from 00.01 on [17 August 2021|D].
"""),
    # 14. a 2025 public-protection inspection with no rating, "Context" and "Findings" bullets; "Published 3 June 2025";
    #     "in January 2025"; five recommendations
    ("llandwrog-pdu-2025", facts([
        svc("Llandwrog Probation Delivery Unit", "Llandwrog PDU", "PDU", None)], "2025-06-03", "2025-01", 5),
     """N| Press release

N| Public protection inspection: [Llandwrog Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| The focus of this inspection was public protection at [Llandwrog Probation Delivery Unit|S], which sits in the [Probation Service – Wales region|S].
N| This inspection programme does not award ratings.
N| Inspectors were on site in [January 2025|D].

N| Context
N| • The unit covers a largely rural area of north-west Wales, with one office.
N| • It supervises around 600 people on community sentences and licences.

N| Findings
S| • Staff had good links with [North Wales Police|A] and attended every relevant multi-agency meeting.
W| • Home visits to people convicted of domestic abuse were uncommon, even where children lived in the household.
W| • Information from children’s services was requested in fewer than half of the cases that needed it.
S| • Managers had introduced regular case discussions, and staff valued them.

R| The inspectorate has made five recommendations, three for the unit and two for the region.
"""),
    # 15. local news on a youth justice service: byline Friday 17 January 2020, report "published on Wednesday (15
    #     January)"; "has been handed the second-highest of the four grades, ‘Good’"; "in October 2019"; five
    #     recommendations
    ("gwalchmai-yjs-2020", facts([
        svc("Gwalchmai Youth Justice Service", "Gwalchmai YJS", "YJS", GOOD)], "2020-01-15", "2019-10", 5),
     """N| Youth justice team praised by watchdog

N| [Friday 17 January 2020|D]

N| [Gwalchmai Youth Justice Service|S] has been handed the second-highest of the four grades, ‘[Good|R]’, in a report published on Wednesday ([15 January|D]).
N| [HM Inspectorate of Probation|A] sent four inspectors to the service for five days in [October 2019|D].

S| The report praised [Gwalchmai|S] for its work to divert children from the courts, which had cut the number of first-time entrants sharply.
S| Its staff were described as experienced, calm and persistent.
W| But plans to protect children from exploitation were sometimes drawn up too late to make a difference, the report said.

S| Chief Inspector [Justin Russell|X] said: “[Gwalchmai|S] can be rightly proud of this result.”

R| The report lists five recommendations for the service and its partners.

N| A spokesperson for [Isle of Anglesey County Council|A] thanked the inspectors and said the team would build on the findings.
"""),
    # 16. a page that starts with "Skip to content" and an empty "Published:" line; "gets ‘Requires improvement’ from
    #     HM Inspectorate of Probation"; "from 13 to 17 March 2023"; notes give 18 July 2023; seven recommendations
    ("llanerchymedd-yjs-2023", facts([
        svc("Llanerchymedd Youth Justice Service", "Llanerchymedd YJS", "YJS", RI)], "2023-07-18", "2023-03", 7),
     """N| Skip to content

N| Published:

N| [Llanerchymedd Youth Justice Service|S]: inspection report

N| After an inspection from [13 to 17 March 2023|D], [HM Inspectorate of Probation|A] gives [Llanerchymedd Youth Justice Service|S] the grade ‘[Requires improvement|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Llanerchymedd|S] has had four heads of service in three years, and staff told us they were unsure who was in charge.
S| “Despite that, the case managers kept children at the centre of their work, and children told us they felt listened to.
W| “The board must get a grip on the basics, because at present it does not know how well the service is doing.”

W| Inspectors found that work with victims was limited, and some victims had not been offered any contact at all.
S| Children’s health needs were well met, thanks to a nurse and a psychologist who work from the team’s office.

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [18 July 2023|D].
"""),
    # 17. a justiceinspectorates news item on a PDU in 2022: "Published: 26 Jul 2022"; "Inspectors rate X as ‘...’"; the
    #     resettlement aspect "scored separately"; "in March and April 2022"; "three recommendations"
    ("bryngwran-pdu-2022", facts([
        svc("Bryngwran Probation Delivery Unit", "Bryngwran PDU", "PDU", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-07-26", "2022-03", 3),
     """N| News

N| [Bryngwran Probation Delivery Unit|S] inspection

N| Published: [26 Jul 2022|D]

N| Inspectors rate [Bryngwran Probation Delivery Unit|S] as ‘[Requires improvement|R]’ overall.
W| Resettlement work, scored separately, was ‘[Inadequate|R]’: several people had left prison with nowhere to live.
N| Fieldwork took place in [March and April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bryngwran|S] has real strengths to build on.
S| “Its court team is excellent, and magistrates told us they valued the quality of its advice.
W| “Yet for people coming out of custody, the arrangements were simply not good enough.”

S| Inspectors commended the unit for its attention to the diverse needs of the people it supervises, including Welsh speakers.

R| There are three recommendations, two for the PDU and one for [HMPPS|A].
"""),
    # 18. a 2018 GOV.UK-style release in the first year of ratings: "receives the inspectorate’s second-highest grade";
    #     "Thursday, 29th November 2018"; "in August 2018"; "four recommendations"
    ("llanaelhaearn-yjs-2018", facts([
        svc("Llanaelhaearn Youth Justice Service", "Llanaelhaearn YJS", "YJS", GOOD)], "2018-11-29", "2018-08", 4),
     """N| [Thursday, 29th November 2018|D]

N| [Llanaelhaearn Youth Justice Service|S] – inspection published

N| [Llanaelhaearn Youth Justice Service|S] receives the inspectorate’s second-highest grade, ‘[Good|R]’, in a report published today.
N| The service was inspected in [August 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Llanaelhaearn|S] punches well above its weight.
S| “This is a small service with a clear purpose, and its staff are thoughtful and skilled.”

S| Inspectors noted that children’s views were captured in every plan they read.
W| However, there was too little joint work with [CAMHS|A], and some children waited months for an assessment.
W| Plans for children coming out of custody were sometimes finished only days before release.

R| [HM Inspectorate of Probation|A] directs three of its four recommendations to the service and the fourth to [Betsi Cadwalader University Health Board|A].

N| ENDS
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """One release as the exchange format's JSON."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twentieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
