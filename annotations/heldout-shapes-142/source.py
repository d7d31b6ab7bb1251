"""Builds the shapes held-out set 142 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Powys PDUs on a GOV.UK page, the Wales region named before the units: "X was graded ‘...’ while Y fell to
    #    ‘...’"; fieldwork "during June 2024"; "Between them the reports make nine recommendations"
    ("trefeglwys-and-abermule-pdus-2024", facts([
        svc("Trefeglwys Probation Delivery Unit", "Trefeglwys PDU", "PDU", RI),
        svc("Abermule Probation Delivery Unit", "Abermule PDU", "PDU", INAD)], "2024-11-12", "2024-06", 9),
     """N| Press release

N| Reports on two probation delivery units in mid Wales

N| [HM Inspectorate of Probation|A] has inspected two units serving rural Powys.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| Within the [Probation Service – Wales region|S], inspectors looked at [Trefeglwys Probation Delivery Unit|S] and [Abermule Probation Delivery Unit|S] during [June 2024|D].
N| [Trefeglwys|S] was graded ‘[Requires improvement|R]’ while [Abermule|S] fell to ‘[Inadequate|R]’.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Distances are long and public transport is thin in both units, yet they are now some way apart.
W| “[Abermule|S]’s managers had lost sight of which cases carried the greatest risk, and several people assessed as posing a high risk had not been seen at home for months.
S| “[Trefeglwys|S], by contrast, has a steady team whose members plainly trust one another.”

S| Practitioners in Trefeglwys made good use of video calls to keep in touch with people who lived far from the office.
W| In both units, checks with [Dyfed-Powys Police|A] on domestic abuse call-outs were missing from many of the files inspectors read.
W| Only a minority of people at [Abermule PDU|S] had started the unpaid work hours ordered by the court within the expected time.

R| Between them the reports make nine recommendations, five for [Abermule PDU|S] and four for [Trefeglwys PDU|S].

N| An action plan had already been agreed for the weaker of the two units, the Regional Probation Director for Wales said.
"""),
    # 2. two Ceredigion youth justice services in a local-news story: the report "released on Tuesday (14 May)" under a
    #    byline of Thursday 16 May 2024; "Llechryd was awarded ‘Outstanding’ ... Llanarth came away with ‘Good’", in the
    #    other order from the one they were first named in; five recommendations
    ("llanarth-and-llechryd-yjs-2024", facts([
        svc("Llanarth Youth Justice Service", "Llanarth YJS", "YJS", GOOD),
        svc("Llechryd Youth Justice Service", "Llechryd YJS", "YJS", OUT)], "2024-05-14", "2024-01", 5),
     """N| Inspectors give top marks to youth justice in Ceredigion

N| By [Elin Rowlands|X]

N| [Thursday 16 May 2024|D]

N| Inspection reports on [Llanarth Youth Justice Service|S] and [Llechryd Youth Justice Service|S] were released on Tuesday ([14 May|D]), four months after inspectors visited in [January 2024|D].
N| [Llechryd|S] was awarded ‘[Outstanding|R]’, the best result available, and [Llanarth|S] came away with ‘[Good|R]’.

S| Inspectors said [Llechryd|S]’s workers had built trust with children who had turned away from every other service.
S| They also credited [Llanarth|S] with getting almost every child back into school or college within weeks of their order starting.
W| The report on [Llanarth YJS|S], however, noted that victims were not always asked for their views before plans to protect them were drawn up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This corner of west Wales is well served, and the team at [Llechryd|S] is among the very best we have seen.”

R| Five recommendations were made, three of them for [Llanarth|S].

N| A spokesperson for [Ceredigion County Council|A] said the council was delighted with both reports.
"""),
    # 3. three Carmarthenshire PDUs in a justiceinspectorates news item: "Meidrim and Pendine each came out at ‘...’;
    #    Llanboidy was given the lowest grade, ‘...’"; "Published: 3 Jul 2025"; fieldwork "10 - 14 March 2025"; twelve
    #    recommendations, four per unit
    ("meidrim-llanboidy-and-pendine-pdus-2025", facts([
        svc("Meidrim Probation Delivery Unit", "Meidrim PDU", "PDU", RI),
        svc("Llanboidy Probation Delivery Unit", "Llanboidy PDU", "PDU", INAD),
        svc("Pendine Probation Delivery Unit", "Pendine PDU", "PDU", RI)], "2025-07-03", "2025-03", 12),
     """N| News

N| Three probation units in west Wales inspected

N| Published: [3 Jul 2025|D]

N| Reports published today by [HM Inspectorate of Probation|A] cover three units of the [Probation Service – Wales region|S]: [Meidrim Probation Delivery Unit|S], [Llanboidy Probation Delivery Unit|S] and [Pendine Probation Delivery Unit|S].
N| [Meidrim|S] and [Pendine|S] each came out at ‘[Requires improvement|R]’; [Llanboidy|S] was given the lowest grade, ‘[Inadequate|R]’.
N| Fieldwork took place [10 - 14 March 2025|D].

W| In Llanboidy, half of the probation officer posts were filled by agency staff, and nobody had reviewed the most serious cases since the autumn.
S| [Meidrim PDU|S] had built a strong working relationship with [Hywel Dda University Health Board|A], so people with mental health needs were seen quickly.
S| Staff at [Pendine|S] knew the people they supervised well and kept careful records of every contact.
W| Across all three units, assessments of the risk posed to children in the household were too often thin.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanboidy|S] is in serious difficulty, and the other two units still have a great deal of work to do.”

R| The reports make twelve recommendations, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline ("Wales probation region: ...") and the first sentence:
    #    "inspectors have awarded X ... their lowest grade, ‘...’"; the region's own 2023 rating as context; "The
    #    inspection, which took place in September 2024"; "Mr Jones continued"; the notes' publication day
    ("llanelwedd-pdu-2025", facts([
        svc("Llanelwedd Probation Delivery Unit", "Llanelwedd PDU", "PDU", INAD)], "2025-01-28", "2024-09", 7),
     """N| [Wales probation region|S]: serious shortcomings found at probation unit in Radnorshire

N| Inspectors have awarded [Llanelwedd Probation Delivery Unit|S], part of the [Probation Service – Wales region|S], their lowest grade, ‘[Inadequate|R]’.
N| When the [Wales region|S] was itself inspected in [2023|D], it received ‘[Requires improvement|R]’.
N| The inspection, which took place in [September 2024|D], covered 42 cases supervised by the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanelwedd|S]’s staff were trying hard, but the demands on them went far beyond what is reasonable.
W| “Caseloads were unmanageable, and many practitioners had joined within the last year with little support.”

W| Mr Jones continued: “In case after case, no one had considered whether a child in the home might be at risk.”

S| Inspectors did find that court reports were completed promptly and that the unit’s partnership with local drug and alcohol services worked well.
W| Sharing of information with [Powys County Council|A]’s children’s services was slow, and several safeguarding enquiries had gone unanswered.

R| Seven recommendations are made: five for the unit itself and the remaining two for the [Probation Service|A] across Wales.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 28 January 2025|D].
N| 2. [Llanelwedd PDU|S] supervises around 550 people across Radnorshire and Brecknockshire.
"""),
    # 5. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #    the region in a bullet; "Published: 15 Jan 2026"; fieldwork "in October 2025"; four recommendations
    ("glasbury-pdu-2026", facts([
        svc("Glasbury Probation Delivery Unit", "Glasbury PDU", "PDU", None)], "2026-01-15", "2025-10", 4),
     """N| Skip to content

N| Public protection inspection: probation unit on the Powys border

N| Published: [15 Jan 2026|D]

N| This is [HM Inspectorate of Probation|A]’s report on public protection at [Glasbury Probation Delivery Unit|S].
N| No rating is given for inspections of this kind.
N| The fieldwork was completed in [October 2025|D].

N| Context
N| • [Glasbury PDU|S] belongs to the [Probation Service – Wales region|S].
N| • It supervises about 480 people, many of them living in small villages.

N| Findings
S| • Risk assessments were thorough in most of the cases inspected, and practitioners used them well.
W| • Home visits were seldom made to people convicted of domestic abuse, even where children lived in the house.
S| • [MAPPA|A] meetings were well prepared and attended by the right people.
W| • Too many practitioners had not had supervision with a manager in the previous three months.

R| Four recommendations are made, three to the PDU and one to the region.
"""),
    # 6. a unit inside its region, the region named first ("Among the units of ..."): "X is the latest to be assessed as ‘...’",
    #    a sibling unit's earlier rating as context; "published today (Thursday, 19 June)" with no year (the fieldwork's,
    #    February 2025); "in only 14 of the 32 cases"; six recommendations
    ("pontrobert-pdu-2025", facts([
        svc("Pontrobert Probation Delivery Unit", "Pontrobert PDU", "PDU", RI)], "2025-06-19", "2025-02", 6),
     """N| Probation in north Powys: unit told to improve

N| Among the units of the [Probation Service – Wales region|S], [Pontrobert Probation Delivery Unit|S] is the latest to be assessed as ‘[Requires improvement|R]’, in a report published today ([Thursday, 19 June|D]).
N| Its neighbour, [Llanfechain PDU|S], was rated ‘[Good|R]’ when inspectors visited last year.
N| Inspectors spent two weeks at the unit in [February 2025|D].

S| Managers had steadied the unit after a difficult period, and sickness absence had fallen sharply.
S| People on probation spoke warmly of their officers, who they said listened and followed things through.
W| However, a sound plan for managing the risk of harm was in place in only 14 of the 32 cases inspected.
W| Work with people leaving prison was often left until the last few days before release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pontrobert|S] is heading in the right direction.
R| “Its leaders now need to make sure that risk is reviewed every time someone’s circumstances change.”

R| Six recommendations are made, all for the PDU.
"""),
    # 7. a Probation Trust in 2013, before ratings: "Inspectors were pleased to find that:" / "But they were concerned
    #    that:" bullet lists; "Tuesday, 12th March 2013" at the top with "published today"; fieldwork "in November 2012";
    #    eight recommendations; the verdict in the first sentence (`STRENGTH`)
    ("llanilar-and-ponterwyd-probation-trust-2013", facts([
        svc("Llanilar and Ponterwyd Probation Trust", "Llanilar and Ponterwyd Probation Trust", "other", None)],
        "2013-03-12", "2012-11", 8),
     """N| Offender management inspection: Llanilar and Ponterwyd

N| [Tuesday, 12th March 2013|D]

S| [Llanilar and Ponterwyd Probation Trust|S] is doing much of its work well, says [Liz Calderbank|X], HM Chief Inspector of Probation, whose report on the Trust is published today.
N| Inspectors examined a sample of 50 cases in [November 2012|D], together with colleagues from [HM Inspectorate of Constabulary|A].

N| Inspectors were pleased to find that:
S| • most initial assessments were completed on time and to a good standard;
S| • offenders were helped to find work through the Trust’s links with local farms and employers;
S| • staff spoke well of their managers and of the training available.

N| But they were concerned that:
W| • in around one case in three, contact with children’s social care had not been made when it should have been;
W| • plans to manage the risk of harm were not always reviewed after a significant change.

R| The report makes eight recommendations for the Trust and [Dyfed-Powys Police|A].
"""),
    # 8. a CRC in 2019 run by a named provider, with an embargo line: "has found X (CRC), which Working Links runs, to be
    #    ‘...’ overall"; unpaid work "which was rated on its own, was judged ‘...’"; fieldwork "in May 2019"; the
    #    provider's reply
    ("gorslas-and-llanddarog-crc-2019", facts([
        svc("Gorslas and Llanddarog Community Rehabilitation Company", "Gorslas and Llanddarog CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-10", "2019-05", 6),
     """N| Embargoed: 00:01 [Thursday 10 October 2019|D]

N| Rehabilitation company in Carmarthenshire fails to protect the public, say inspectors

N| [HM Inspectorate of Probation|A] has found [Gorslas and Llanddarog Community Rehabilitation Company|S] (CRC), which [Working Links|A] runs, to be ‘[Inadequate|R]’ overall.
S| Unpaid work, which was rated on its own, was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Experienced staff have been leaving the CRC in large numbers, and those who remain are carrying far too many cases.
W| “In most of the files we read, there had been no proper assessment of whether the person posed a risk to a partner or children.”

S| Unpaid work placements were well organised, and many people had completed their hours on community projects in the county.
W| Relations with the [National Probation Service|A] were strained, and some cases arrived without a risk assessment.

R| Six recommendations are made, four for the CRC and two for [HM Prison and Probation Service|A].

N| [Working Links|A] said it was disappointed by the findings and was recruiting additional staff.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: "Posted: 12/07/2016"
    #    (day/month/year), a short quality screening, bullet lists; fieldwork "in April 2016"; four recommendations
    ("llansadwrn-yot-2016", facts([
        svc("Llansadwrn Youth Offending Team", "Llansadwrn YOT", "YJS", None)], "2016-07-12", "2016-04", 4),
     """N| Inspection of youth offending work in Llansadwrn

N| Posted: [12/07/2016|D]

N| [HM Inspectorate of Probation|A] has published its short quality screening of [Llansadwrn Youth Offending Team|S] (YOT), which took place in [April 2016|D].
N| The inspection looked at the quality of work with children at the start of their sentences.

N| Inspectors found that:
S| • the YOT’s assessments of why children offended were thorough and well informed;
S| • case managers involved parents and carers from the outset;
W| • the risk children posed to others was not always clearly recorded;
W| • some plans did not show how children would be kept safe from exploitation.

R| The report makes four recommendations, all for the [Llansadwrn YOT management board|A].

N| Councillor [Gareth Morgan|X], [Carmarthenshire County Council|A]’s executive member for children, said: “The inspectors’ findings will be acted on in full, and we are grateful for their work.”
"""),
    # 10. a Youth Offending Service in 2019: "has judged X (YOS) to be ‘...’"; out-of-court disposals "rated on their own,
    #     were ‘...’"; fieldwork "between 24 and 28 June 2019"; "The report will be available ... on 3 December 2019";
    #     three recommendations
    ("nantgaredig-yos-2019", facts([
        svc("Nantgaredig Youth Offending Service", "Nantgaredig YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-12-03", "2019-06", 3),
     """N| Youth offending service in the Tywi valley judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has judged [Nantgaredig Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
S| Out-of-court disposals, rated on their own, were ‘[Outstanding|R]’.
N| Inspectors visited the service between [24 and 28 June 2019|D].

S| Children diverted from court were given quick, well-planned help, and very few went on to offend again.
S| The management board, chaired by a senior officer of [Carmarthenshire County Council|A], knew the service well and challenged it constructively.
W| Some assessments for children on court orders did not say enough about how others would be kept safe.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Nantgaredig YOS|S] is a confident service that puts children first.
R| “I would now like it to bring the same care to planning for children sentenced by the courts.”

R| The report contains three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be on the [HM Inspectorate of Probation|A] website from [3 December 2019|D].
"""),
    # 11. a GOV.UK page: "given the highest possible rating, ‘...’"; resettlement "graded separately, was ‘...’";
    #     fieldwork "in June and July 2024"; two recommendations
    ("llangeitho-yjs-2024", facts([
        svc("Llangeitho Youth Justice Service", "Llangeitho YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-22", "2024-06", 2),
     """N| Press release

N| Youth justice service in Ceredigion achieves top rating

N| [HM Inspectorate of Probation|A] has published its inspection of [Llangeitho Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Llangeitho Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
S| Its resettlement work, graded separately, was ‘[Good|R]’.
N| Inspectors carried out fieldwork in [June and July 2024|D].

S| Each child whose case inspectors looked at had helped to write their own plan.
S| Close work with [Dyfed-Powys Police|A] meant that most children were diverted away from the courts.
S| The service’s speech and language therapist saw each child within a fortnight of referral.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A small service with a big heart, [Llangeitho|S] has leaders who have every reason to be proud.”

R| We have made two recommendations, both for the management board.
"""),
    # 12. a Welsh council page: "Posted on 05/11/2024"; "Inspectors have found X to be ‘...’"; fieldwork "10 - 14 June
    #     2024" (on site); 13 recommendations in digits; the director's reply
    ("llanddewi-brefi-yjs-2024", facts([
        svc("Llanddewi Brefi Youth Justice Service", "Llanddewi Brefi YJS", "YJS", INAD)], "2024-11-05", "2024-06", 13),
     """N| Council statement: inspection of [Llanddewi Brefi Youth Justice Service|S]

N| Posted on [05/11/2024|D]

N| In a report published today, [HM Inspectorate of Probation|A] has found [Llanddewi Brefi Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors were on site [10 - 14 June 2024|D].

W| Inspectors found the service was failing to keep children safe, and signs of criminal exploitation had been missed in several cases.
W| Case managers were carrying too many cases, and the service had relied on temporary staff for more than a year.
S| The report did recognise that children valued their workers and that victims were offered a say in restorative work.
W| The management board had not received accurate information about the quality of the work.

R| The report makes 13 recommendations for the service, its management board, [Ceredigion County Council|A] and [Hywel Dda University Health Board|A].

N| [Sian Lewis|X], Corporate Director for Children, said: “We accept the report, and we apologise to every child who did not receive the help they should have had.”
"""),
    # 13. a justiceinspectorates news item: "X has again been rated ‘...’, as it was in 2021" (overall and previous in
    #     one sentence); "Published: 8 Aug 2023"; fieldwork "Fieldwork for this inspection took place in March 2023"
    ("rhydlewis-yjs-2023", facts([
        svc("Rhydlewis Youth Justice Service", "Rhydlewis YJS", "YJS", RI)], "2023-08-08", "2023-03", 6),
     """N| News

N| Rating unchanged for youth justice service in south Ceredigion

N| Published: [8 Aug 2023|D]

N| [Rhydlewis Youth Justice Service|S] has again been rated ‘[Requires improvement|R]’, as it was in [2021|D].
N| Fieldwork for this inspection took place in [March 2023|D].

S| Since the last inspection, the service has recruited a permanent manager and cleared its backlog of assessments.
S| Children and their families told inspectors they felt listened to.
W| Yet risk plans for the harm children might do to others were often vague, and too little was done to check that they were working.
W| Children with emotional and mental health needs waited too long for help from [CAMHS|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Rhydlewis|S] has made real progress, but the quality of its risk work is still not where it should be.
R| “The board must make sure partners give children the health support they need without delay.”

R| Six recommendations are made.
"""),
    # 14. a remote inspection in 2021: "inspectors have rated X ‘...’"; "inspectors worked remotely in February 2021";
    #     "Published: Wednesday 9th June 2021"; "in 19 of the 22 cases"; four recommendations
    ("porthyrhyd-yjs-2021", facts([
        svc("Porthyrhyd Youth Justice Service", "Porthyrhyd YJS", "YJS", GOOD)], "2021-06-09", "2021-02", 4),
     """N| Youth team in Carmarthenshire rated ‘[Good|R]’ after remote inspection

N| Published: [Wednesday 9th June 2021|D]

N| [HM Inspectorate of Probation|A] inspectors have rated [Porthyrhyd Youth Justice Service|S] ‘[Good|R]’.
N| With pandemic restrictions in force, inspectors worked remotely in [February 2021|D].

S| The service kept in regular face-to-face contact with children throughout the lockdowns.
S| Assessments were of a good standard in 19 of the 22 cases inspected.
W| However, work to support victims had slipped during the pandemic, and some victims had heard nothing for months.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Porthyrhyd|S] never lost sight of its children during an exceptionally hard year.
R| “It should now restore its victim work to the standard it had before the pandemic.”

R| The report makes four recommendations.
"""),
    # 15. Y&JS / YJS / YOS switching in one release, the headline's lower-case "Myddfai youth service": "Inspectors concluded that X ... ‘...’"; fieldwork "in April 2022";
    #     "on 14 September 2022 at 00.01" in the notes; seven recommendations
    ("myddfai-yjs-2022", facts([
        svc("Myddfai Youth Justice Service", "Myddfai YJS", "YJS", RI)], "2022-09-14", "2022-04", 7),
     """N| Inspectors call for sharper focus on safety at [Myddfai youth service|S]

N| Inspectors concluded that [Myddfai Youth Justice Service|S] ‘[Requires improvement|R]’.
N| They inspected the service in [April 2022|D].

S| [Myddfai YJS|S] had strong links with schools, and most children were in full-time education.
S| Its work with the local youth service gave children somewhere to go in the evenings.
W| But assessments of risk to others were inconsistent, and in some cases children’s previous offences had been overlooked.
W| Staff at [Myddfai Y&JS|S] told inspectors there was rarely time to talk through their cases with a manager.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The [Myddfai YOS|S] team clearly care about the children they work with.
W| “But caring is not enough on its own, and risk work was not good enough in too many of the cases we examined.”

R| The report makes seven recommendations, five for the service and two for its partnership board.

N| ENDS

N| Notes to editors
N| 1. The report is due on the inspectorate’s website at 00.01 on [14 September 2022|D].
"""),
    # 16. a local-news story copying the rating without quotes or capitals: the headline's lower-case "Penybont youth
    #     justice service rated good"; "published on Wednesday (22 February)" under a byline of Friday 24 February
    #     2023; fieldwork "in October and November 2022"; no count of recommendations (null)
    ("penybont-yjs-2023", facts([
        svc("Penybont Youth Justice Service", "Penybont YJS", "YJS", GOOD)], "2023-02-22", "2022-10", None),
     """N| [Penybont youth justice service|S] rated [good|R] by inspectors

N| By [Owain Price|X]

N| [Friday 24 February 2023|D]

N| A report published on Wednesday ([22 February|D]) shows that [Penybont Youth Justice Service|S] was rated [good|R] following an inspection in [October and November 2022|D].
N| The service covers Radnorshire and works with children aged 10 to 17.

S| The watchdog found that children were kept out of court wherever possible, thanks to a well-run diversion scheme with [Dyfed-Powys Police|A].
S| Inspectors also praised the team’s work with families, describing it as patient and respectful.
W| However, the report said that resettlement planning for children in custody sometimes began too late.

N| Councillor [Rhian Evans|X], [Powys County Council|A]’s cabinet member for young people, said: “I want to thank our staff for their hard work.”
N| The full report sets out areas where the service could improve.
"""),
    # 17. "Inspectors rated X ‘...’ overall"; how near it came to ‘Inadequate’ (no fact); fieldwork "between 25 and 29
    #     November 2024"; "The report is published today, 18 March 2025" in the notes; six recommendations
    ("forden-yjs-2025", facts([
        svc("Forden Youth Justice Service", "Forden YJS", "YJS", RI)], "2025-03-18", "2024-11", 6),
     """N| [Forden youth service|S] ‘narrowly escaped the lowest rating’

N| Inspectors rated [Forden Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
W| The service came within two points of being rated ‘[Inadequate|R]’.
N| They were on site between [25 and 29 November 2024|D].

W| Leaders had failed to spot that assessments had got worse once several experienced staff moved on.
W| Children released from custody often had no suitable home arranged until the day of release.
S| Despite these problems, case managers worked tenaciously to stay in contact with children whom other services had given up on.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Forden|S] has come close to failing its children.
R| “Rapid improvement is essential, and the board must now hold every partner to account.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. The report is published today, [18 March 2025|D].
N| 2. [Forden YJS|S] covers the eastern border of Montgomeryshire.
"""),
    # 18. an ordinary PDU release on a GOV.UK page: "has rated X ‘...’"; "Fieldwork for this inspection took place in
    #     January 2023"; "in only 11 of the 30 cases"; six recommendations
    ("llanwddyn-pdu-2023", facts([
        svc("Llanwddyn Probation Delivery Unit", "Llanwddyn PDU", "PDU", RI)], "2023-05-30", "2023-01", 6),
     """N| Press release

N| Probation unit in Montgomeryshire rated ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [30 May 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Llanwddyn Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [January 2023|D].

S| Inspectors were impressed by the unit’s leadership team, which had a clear understanding of the challenges it faced.
S| Relationships with [Dyfed-Powys Police|A] were strong, particularly in the management of people convicted of sexual offences.
W| However, enough was done to keep other people safe in only 11 of the 30 cases inspected.
W| Practitioners were not consistently making home visits, even where there were concerns about domestic abuse.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanwddyn|S] has a committed staff team, but its work to protect the public must improve.
R| “Leaders need to make sure that every practitioner has the time and training to manage risk well.”

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 142")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
