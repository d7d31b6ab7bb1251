"""Builds the fortieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two north-east Wales PDUs on a GOV.UK page, the region named as context: "The verdict for X is ‘...’; Y fell to
    #    the bottom of the scale with ‘...’"; fieldwork "Inspectors spent 10 - 14 June 2024 at"; nine recommendations
    ("shotton-and-coedpoeth-pdus-2024", facts([
        svc("Shotton Probation Delivery Unit", "Shotton PDU", "PDU", RI),
        svc("Coedpoeth Probation Delivery Unit", "Coedpoeth PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspectors report on probation in Shotton and Coedpoeth

N| Reports on probation work in Flintshire and Wrexham county borough are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Inspectors spent [10 - 14 June 2024|D] at [Shotton Probation Delivery Unit|S] and [Coedpoeth Probation Delivery Unit|S], both within [Probation Service – Wales region|S].
N| The verdict for [Shotton|S] is ‘[Requires improvement|R]’; [Coedpoeth|S] fell to the bottom of the scale with ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Coedpoeth|S] had newly qualified officers running the unit’s most complex cases with hardly any oversight from a manager.
W| “Hardly anyone on a domestic abuse case was being visited at home any more, and nobody had noticed.
S| “[Shotton|S] is steadier, with a manager who meets every practitioner fortnightly and a court team that turns reports round quickly.”

S| Inspectors heard from people on probation in Shotton whose officers had helped them find a tenancy and hold on to it.
W| Across both units, more than half the cases reviewed lacked any enquiry to [North Wales Police|A] about police call-outs for domestic abuse.

R| Nine recommendations are shared between the units: five aimed at [Coedpoeth PDU|S] and four at [Shotton PDU|S].

N| Notes to editors
N| 1. Both reports went online on [15 October 2024|D].
"""),
    # 2. two youth justice services on a county council news page dated "05/03/2024": "X has earned the inspectorate’s
    #    highest grade, ‘...’, and Y is one notch below at ‘...’"; fieldwork "in October and November 2023"; the reply
    ("llandeilo-and-rhydaman-yjs-2024", facts([
        svc("Llandeilo Youth Justice Service", "Llandeilo YJS", "YJS", OUT),
        svc("Rhydaman Youth Justice Service", "Rhydaman YJS", "YJS", GOOD)], "2024-03-05", "2023-10", 5),
     """N| Youth justice teams in the Tywi valley praised by inspectors

N| 05/03/2024

N| Inspectors’ reports on [Llandeilo Youth Justice Service|S] and [Rhydaman Youth Justice Service|S] are now out, following fieldwork in [October and November 2023|D].
N| [Llandeilo|S] has earned the inspectorate’s highest grade, ‘[Outstanding|R]’, and [Rhydaman|S] is one notch below at ‘[Good|R]’.

S| The inspectors found that children in both areas were offered help through the medium of Welsh whenever they asked for it.
S| In Llandeilo, children wrote their plans alongside their case workers and families.
S| [Hywel Dda University Health Board|A] had seconded a nurse to [Rhydaman YJS|S], so children waited days rather than months for health support.
W| On the other hand, the reports note that [Rhydaman|S] sometimes gave too little thought to protecting victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two small teams doing big things, and [Llandeilo|S] in particular is a model that other services in Wales can learn from.”

R| Between them, the reports make five recommendations: two for [Llandeilo|S] and three for [Rhydaman|S].

N| Cllr [Glenys Prydderch|X], a cabinet member at [Carmarthenshire County Council|A], said: “I am grateful to every one of our staff for what they have achieved.”
"""),
    # 3. a unit inside its region, "Probation Service in Wales" in the headline: "gives the lowest possible verdict,
    #    ‘...’, to X"; the region’s own 2023 grade as context; fieldwork "During the inspection, in September 2024";
    #    "Mr Jones continued"; the notes' "Embargo: 00.01 hours, 11 February 2025"
    ("flint-pdu-2025", facts([
        svc("Flint Probation Delivery Unit", "Flint PDU", "PDU", INAD)], "2025-02-11", "2024-09", 6),
     """N| [Probation Service|A] in Wales: [Flint unit|S] found ‘[Inadequate|R]’

N| A newly published [HM Inspectorate of Probation|A] report gives the lowest possible verdict, ‘[Inadequate|R]’, to [Flint Probation Delivery Unit|S].
N| During the inspection, in [September 2024|D], 52 of the unit’s cases were examined.
N| The [Wales region|S], to which the unit belongs, was graded ‘[Requires improvement|R]’ after a regional inspection in [2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Flint|S] is not a safe enough service, and I am deeply worried by it.
W| “Staff were stretched to breaking point, with some officers holding more than 70 cases, and people judged to pose a high risk were not being seen as often as their plans required.”

W| Mr Jones continued: “Leaders had a plan on paper, but very little of it had reached the front line.”

S| Even so, inspectors recognised the loyalty of a small group of long-serving staff who had kept the unit going.
W| Where a child was at risk, referrals to [Flintshire County Council|A]’s children’s services were too often late.

R| The report sets out six recommendations, four directed at the unit and two at [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 hours, [11 February 2025|D].
N| 2. [Flint PDU|S] is one of 12 probation delivery units in Wales.
"""),
    # 4. a unit inside its region, on a justiceinspectorates news item: "Published: 21 May 2024"; "judged to be"; the
    #    region in the first sentence; fieldwork "The inspection’s fieldwork was done in January 2024"
    ("llanfyllin-and-montgomery-pdu-2024", facts([
        svc("Llanfyllin and Montgomery Probation Delivery Unit", "Llanfyllin and Montgomery PDU", "PDU", RI)],
        "2024-05-21", "2024-01", 6),
     """N| News

N| Rural probation unit in Powys has work to do, say inspectors

N| Published: [21 May 2024|D]

N| [Llanfyllin and Montgomery Probation Delivery Unit|S], which covers north Powys for [Probation Service – Wales region|S], has been judged to be ‘[Requires improvement|R]’.
N| The inspection’s fieldwork was done in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners in this unit cover huge distances, and they do so cheerfully, with genuine care for the people they supervise.
W| “Yet the basics of keeping people safe were not consistently in place: only 19 of 36 cases we inspected had an adequate plan to manage risk.”

S| The unit’s unpaid work team impressed inspectors: it had set up projects in market towns so that nobody had to travel for two hours to complete their hours.
W| Access to accredited programmes was limited, and people convicted of sexual offences waited up to a year to start one.
W| Checks with [Dyfed-Powys Police|A] were frequently late, and sometimes never made.

R| There are six recommendations; among them, the unit is told to check each new case with police and children’s social care within ten days.

N| [Sarah Lewis|X], who leads probation in Wales as regional director, said the unit would act on every recommendation.
"""),
    # 5. a Probation Trust in 2013, before ratings: "Tuesday, 9th April 2013"; fieldwork "in October and November 2012";
    #    "Among the positive findings:" / "Areas needing attention included:" lists; a call in the quote
    ("dinefwr-probation-trust-2013", facts([
        svc("Dinefwr Probation Trust", "Dinefwr Probation Trust", "other", None)], "2013-04-09", "2012-10", 7),
     """N| [Dinefwr Probation Trust|S] – inspection findings

N| [Tuesday, 9th April 2013|D]

N| [Her Majesty’s Inspectorate of Probation|A] today publishes its report on offender management by [Dinefwr Probation Trust|S].
N| Inspectors visited the Trust in [October and November 2012|D], reading 72 cases and meeting staff, sentencers and partners.

S| Overall, the inspectors judged that the Trust’s work to reduce reoffending was sound.

N| Among the positive findings:
S| • almost every offender had met their supervisor in the first week after court;
S| • the Trust and [Dyfed-Powys Police|A] worked closely together to manage prolific and priority offenders;
S| • staff were well informed about their cases and spoke about offenders with respect.

N| Areas needing attention included:
W| • in a third of cases, harm assessments were incomplete or late;
W| • the needs of victims received too little attention;
W| • managers seldom scrutinised the quality of casework.

R| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Dinefwr|S]’s workforce is committed, and its leaders must now give the protection of the public the same weight as rehabilitation.”

R| Inspectors made seven recommendations.
"""),
    # 6. a CRC in 2018 run by Working Links: "Overall, inspectors graded the CRC ‘...’"; unpaid work "rated as a
    #    distinct element"; fieldwork "between 25 and 29 June 2018"; "Publication: 00.01, 23 October 2018"
    ("pencoed-and-pyle-crc-2018", facts([
        svc("Pencoed and Pyle Community Rehabilitation Company", "Pencoed and Pyle CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-23", "2018-06", 6),
     """N| Community Rehabilitation Company in Bridgend county borough inspected

N| [Working Links|A] runs [Pencoed and Pyle Community Rehabilitation Company|S] (CRC), whose inspection report is out today.
N| Overall, inspectors graded the CRC ‘[Requires improvement|R]’.
S| Unpaid work, rated as a distinct element, was ‘[Good|R]’.
N| Inspectors were on site between [25 and 29 June 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Years of uncertainty have taken their toll on this CRC: staff turnover is high and too much of the supervision we saw was done by telephone.
S| “Still, unpaid work is well organised, placements are meaningful, and the people doing their hours told us they were treated fairly.”

W| Fewer than half the cases showed enough effort to find out whether someone might harm a partner or child.
W| Links with the [National Probation Service|A] in Wales were cordial but ad hoc, and cases transferred between them were not always reviewed.

R| Of the six recommendations made, four are for the CRC to take forward and two for [HMPPS|A].

N| Notes to editors
N| Publication: 00.01, [23 October 2018|D].
"""),
    # 7. a youth offending team written out, 2016, a joint inspection before ratings: "Published: 15 Dec 2016";
    #    "The fieldwork, in September 2016"; "Inspectors said they were pleased that:" / "But they found that:"; digits
    ("buckley-and-saltney-yot-2016", facts([
        svc("Buckley and Saltney Youth Offending Team", "Buckley and Saltney YOT", "YJS", None)],
        "2016-12-15", "2016-09", 8),
     """N| Youth offending in Buckley and Saltney: joint inspection report published

N| Published: [15 Dec 2016|D]

N| Four inspectorates took part in the visit to [Buckley and Saltney Youth Offending Team|S] (YOT): [HM Inspectorate of Probation|A], which was leading, with [Estyn|A], [HM Inspectorate of Constabulary|A] and [Healthcare Inspectorate Wales|A].
N| The fieldwork, in [September 2016|D], covered children sentenced in court.

N| Inspectors said they were pleased that:
S| • YOT case managers had built trusting relationships with most of the children they supervised;
S| • nearly all the children attended school or college regularly, helped by close ties between the YOT and head teachers;

N| But they found that:
W| • work to protect the public and the children themselves was not good enough;
W| • the YOT’s management board, chaired by [Flintshire County Council|A], had little idea how good or bad the casework it oversaw really was.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Nobody could doubt that [Buckley and Saltney|S]’s staff care about the children, but caring is not enough when a child is at risk of serious harm.”

R| The report makes 8 recommendations.
"""),
    # 8. a youth service on a council news page dated "27/06/2023": "‘Outstanding’, the best of the four grades ... can
    #    award, goes to X"; the previous rating "Its previous report, released in March 2020, had rated it"; the reply
    ("bedwas-yjs-2023", facts([
        svc("Bedwas Youth Justice Service", "Bedwas YJS", "YJS", OUT)], "2023-06-27", "2023-03", 3),
     """N| Top marks for [Bedwas youth justice team|S]

N| 27/06/2023

N| ‘[Outstanding|R]’, the best of the four grades [His Majesty’s Inspectorate of Probation|A] can award, goes to [Bedwas Youth Justice Service|S].
N| Its previous report, released in [March 2020|D], had rated it ‘[Requires improvement|R]’.
N| Fieldwork lasted five days, in [March 2023|D].

S| The inspectors described a service that had been transformed, with a stable team and leaders who knew every child’s circumstances.
S| Children told inspectors that staff “never gave up on them”, and their parents agreed.
S| Joint work with [Gwent Police|A] meant that many children were diverted away from court without a criminal record.
S| Help with schooling, training and jobs was singled out as especially effective.

R| Its three recommendations are all addressed to the service’s management board.

N| Cllr [Carys Morgan|X], cabinet member for education and children’s services at [Caerphilly County Borough Council|A], said: “To go from ‘[Requires improvement|R]’ to ‘[Outstanding|R]’ in three years is a remarkable achievement.”
"""),
    # 9. a youth service in a local paper dated "12 Oct 2021": "The report on X, published today (Tuesday, 12 October),
    #    places it at ‘...’"; resettlement "scored separately"; fieldwork "remotely, in July 2021"
    ("tonypandy-yjs-2021", facts([
        svc("Tonypandy Youth Justice Service", "Tonypandy YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2021-10-12", "2021-07", 6),
     """N| Youth justice team in the Rhondda must improve, watchdog says

N| By [Owain Bevan|X]

N| [12 Oct 2021|D]

N| The report on [Tonypandy Youth Justice Service|S], published today ([Tuesday, 12 October|D]), places it at ‘[Requires improvement|R]’.
N| Coronavirus restrictions meant that [HM Inspectorate of Probation|A] had to carry out the fieldwork remotely, in [July 2021|D].
S| Resettlement work, scored separately, was ‘[Good|R]’.

W| The watchdog said the service’s board had been slow to react when more and more children were being charged with knife offences.
W| Safety plans for children were left untouched even when their circumstances changed, inspectors found.
S| However, they praised the service’s youth workers, who never lost touch with children during lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “When children in Tonypandy leave custody, someone meets them at the gate, and they have a home and a purpose to go to.
R| “The service’s leaders must now show the same grip for children serving community sentences.”

R| The report makes six recommendations.

N| [Rhondda Cynon Taf Council|A] said it accepted every recommendation and that work on them had already started.
"""),
    # 10. a Youth Offending Service (YOS): "judged X (YOS) ‘...’, a fall from the ‘Good’ rating it was given in 2019";
    #     fieldwork "ran between 4 and 8 March 2024"; "Mr Jones continued"; "Publication date: 18 June 2024, 00.01"
    ("mountain-ash-yos-2024", facts([
        svc("Mountain Ash Youth Offending Service", "Mountain Ash YOS", "YJS", INAD)], "2024-06-18", "2024-03", 7),
     """N| [Mountain Ash youth offending service|S] falls to ‘[Inadequate|R]’

N| Inspectors have judged [Mountain Ash Youth Offending Service|S] (YOS) ‘[Inadequate|R]’, a fall from the ‘[Good|R]’ rating it was given in [2019|D].
N| The inspectorate’s fieldwork ran between [4 and 8 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mountain Ash|S] has lost its way.
W| “Half of its case managers had left in the past year, and children were handed from one agency worker to another.”

W| Mr Jones continued: “Worryingly, there were children at clear risk of exploitation whose cases had not been discussed with [South Wales Police|A] or with children’s services.”

S| There was some good work with victims: they were contacted quickly and offered restorative justice.
W| The YOS management board met regularly, but its members rarely challenged what they were told.

R| Seven recommendations are made, five directed to the YOS and two to [Cwm Taf Morgannwg UHB|A].

N| ENDS

N| Notes to editors
N| 1. Publication date: [18 June 2024|D], 00.01.
"""),
    # 11. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; fieldwork "from 10 - 14 March 2025"; "Report published on 2 July 2025"
    ("bargoed-pdu-2025", facts([
        svc("Bargoed Probation Delivery Unit", "Bargoed PDU", "PDU", None)], "2025-07-02", "2025-03", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Bargoed Probation Delivery Unit|S]

N| In a fresh report, [HMI Probation|A] examines how well staff at [Bargoed Probation Delivery Unit|S] protect the public.
N| No grade is given in this strand of the inspectorate’s work.

N| Context
N| • Around 650 people in the Rhymney valley are supervised by [Bargoed PDU|S], one of the units in [Probation Service – Wales region|S].
N| • Inspectors were on site from [10 - 14 March 2025|D].

N| Findings
S| • Practitioners talked confidently with people on probation about the harm their crimes had caused.
W| • Home visits had not been done in most of the domestic abuse cases where one was needed.
W| • Managers seldom checked whether the risk of harm had been reviewed after an arrest.
S| • The unit and [Gwent Police|A] worked hand in glove when overseeing registered sex offenders.

R| The report makes five recommendations.

N| Report published on [2 July 2025|D].
"""),
    # 12. a youth service with three aspects rated on their own ("also ‘Good’", "reached", "graded separately, sits at")
    #     and "has judged X ‘...’ overall"; date line "Thursday, 30th January 2025"; fieldwork "After fieldwork in October 2024"
    ("sancler-yjs-2025", facts([
        svc("Sanclêr Youth Justice Service", "Sanclêr YJS", "YJS", GOOD,
            [{"aspect": "court disposals", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": OUT},
             {"aspect": "resettlement", "rating": RI}])], "2025-01-30", "2024-10", 4),
     """N| Youth justice in Sanclêr judged ‘[Good|R]’

N| [Thursday, 30th January 2025|D]

N| After fieldwork in [October 2024|D], [HMI Probation|A] has judged [Sanclêr Youth Justice Service|S] ‘[Good|R]’ overall.
S| Court disposals work was also ‘[Good|R]’, and out-of-court disposals reached ‘[Outstanding|R]’.
W| Resettlement, graded separately, sits at ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sanclêr|S]’s diversion work is as thoughtful as any we have seen in Wales.
S| “The team meets every child referred by [Dyfed-Powys Police|A] within days, and the programmes it offers are designed with children, not handed down to them.”

W| There was no written plan for how the service would support children released from custody, and their accommodation was arranged at the last minute.
S| Partnerships with schools run by [Carmarthenshire County Council|A] were strong.

R| The report’s four recommendations include one that the management board agree a resettlement policy within six months.
"""),
    # 13. a youth service on a GOV.UK page, 2022: "Inspectors consider X (Treharris Y&JS) to be ‘...’ overall"; the Y&JS
    #     short form; fieldwork "over the week of 4 July 2022"; four recommendations "three ... one"
    ("treharris-yjs-2022", facts([
        svc("Treharris Youth Justice Service", "Treharris Y&JS", "YJS", GOOD)], "2022-11-17", "2022-07", 4),
     """N| Press release

N| [Treharris youth justice team|S] ‘[Good|R]’

N| The inspectorate publishes its findings on youth justice work in Treharris.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 November 2022|D]

N| Inspectors consider [Treharris Youth Justice Service|S] ([Treharris Y&JS|S]) to be ‘[Good|R]’ overall.
N| The inspection team visited over the week of [4 July 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders here have built a team that children trust, and the results speak for themselves.
S| “Almost all the children whose cases we read had gone back to learning or into training before their sentence ended.”

S| Inspectors commended the links between the Y&JS and [Merthyr Tydfil County Borough Council|A]’s early help team.
W| Unfortunately, the quality of work to manage risk to others varied from one case manager to another.
W| Some staff were still waiting for trauma-informed practice training.

R| There are four recommendations, three for the [Treharris Y&JS|S] and one for [Cwm Taf Morgannwg UHB|A].
"""),
    # 14. an NPS division in 2020: "achieves ‘...’ as the overall rating for the division"; "Thursday, 11th June 2020" as
    #     the date line with "published today"; fieldwork "from 17 to 21 February 2020"; five recommendations
    ("gwendraeth-and-tawe-nps-division-2020", facts([
        svc("National Probation Service – Gwendraeth and Tawe Division", "NPS Gwendraeth and Tawe", "region", GOOD)],
        "2020-06-11", "2020-02", 5),
     """N| Probation division earns praise from inspectors

N| [Thursday, 11th June 2020|D]

N| The [National Probation Service – Gwendraeth and Tawe Division|S] achieves ‘[Good|R]’ as the overall rating for the division, according to [HMI Probation|A]’s report, published today.
N| Inspectors visited the division from [17 to 21 February 2020|D], shortly before coronavirus brought all fieldwork to a stop.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Gwendraeth and Tawe|S] runs a tight ship.
S| “Its court teams give magistrates reliable advice quickly, and its approved premises are well led.”

S| Inspectors found that risk of serious harm was assessed well in 29 of the 35 cases they examined.
W| The division was less effective in its work with victims: the victim liaison team had a backlog, and several victims had heard nothing before an offender was released.
W| Staffing was also a worry, with a fifth of probation officer posts vacant in the Swansea and Neath Port Talbot area.
S| Despite these pressures, morale was high and staff praised their managers.

R| The division must act on three of the five recommendations, while two fall to [HMPPS|A].

N| [Amanda Price|X], head of the [National Probation Service|A] in Wales, said: “We are proud of this result.”
"""),
    # 15. a youth service in a local-news story: a byline "07:30, 19 Mar 2025" and "published today (Wednesday, 19
    #     March)"; "has fallen a grade, to ‘...’"; the previous rating "When inspectors last visited, in 2022, ... rated";
    #     fieldwork "This time the inspectors came in November 2024"
    ("penygroes-yjs-2025", facts([
        svc("Penygroes Youth Justice Service", "Penygroes YJS", "YJS", RI)], "2025-03-19", "2024-11", 6),
     """N| Youth justice service in Dyffryn Nantlle slips to ‘[Requires improvement|R]’

N| By [Elin Roberts|X]

N| 07:30, [19 Mar 2025|D]

N| [Penygroes Youth Justice Service|S] has fallen a grade, to ‘[Requires improvement|R]’, according to the probation inspectorate’s report, published today ([Wednesday, 19 March|D]).
N| When inspectors last visited, in [2022|D], the service was rated ‘[Good|R]’.
N| This time the inspectors came in [November 2024|D].

W| Several experienced case workers had left, inspectors found, and new staff had not been properly inducted.
W| Keeping children safe was judged the weakest area: a third of the files inspected had no safety plan.
S| But the report praised the service’s bilingual approach: children could speak to their worker, and attend every session, in Welsh or English.
S| [Penygroes|S]’s joint diversion scheme with [North Wales Police|A] was also singled out.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Penygroes|S] was a good service in [2022|D] and can be one again, but right now too many children are missing out on the attention they need.”

R| Of the report’s six recommendations, one is addressed to [Betsi Cadwaladr University Health Board|A].

N| [Gwynedd Council|A] said an improvement plan was already in place.
"""),
    # 16. two neighbouring PDUs with the same rating: "share the same rating: ‘...’"; the region as "Wales region of the
    #     Probation Service"; fieldwork "in July 2024"; "Embargoed: 00.01, Tuesday 3 December 2024"; eleven recommendations
    ("gorseinon-and-pontarddulais-pdus-2024", facts([
        svc("Gorseinon Probation Delivery Unit", "Gorseinon PDU", "PDU", RI),
        svc("Pontarddulais Probation Delivery Unit", "Pontarddulais PDU", "PDU", RI)], "2024-12-03", "2024-07", 11),
     """N| Inspectors: two probation units near Swansea ‘need to improve’

N| [Gorseinon Probation Delivery Unit|S] and [Pontarddulais Probation Delivery Unit|S], next-door units within the [Wales region of the Probation Service|S], share the same rating: ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] did the fieldwork for both inspections in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In both units I was struck by how well practitioners knew the people they supervise.
W| “What is missing is consistency: in Gorseinon the quality of risk assessment depended on which officer you had, and in Pontarddulais checks with children’s services were often left undone.”

S| [Pontarddulais PDU|S] worked closely with local housing providers, and fewer people left prison homeless than elsewhere in the region.
W| [Gorseinon PDU|S]’s vacancy rate of 30 per cent had left its remaining staff with unmanageable caseloads.
W| In neither unit were there enough places on accredited courses for those who needed them.

R| There are eleven recommendations: six for [Gorseinon|S], five for [Pontarddulais|S].

N| ENDS

N| Notes to editors
N| 1. Embargoed: 00.01, [Tuesday 3 December 2024|D].
"""),
    # 17. a council statement dated "18/09/2019": "received the inspectorate’s lowest rating"; fieldwork "Four months after
    #     their visit in May 2019"; the count stated in the council's promise ("the report’s eight recommendations")
    ("ystalyfera-yjs-2019", facts([
        svc("Ystalyfera Youth Justice Service", "Ystalyfera YJS", "YJS", INAD)], "2019-09-18", "2019-05", 8),
     """N| Council statement on youth justice inspection

N| 18/09/2019

N| Four months after their visit in [May 2019|D], inspectors have set out their findings on [Ystalyfera Youth Justice Service|S]; the probation inspectorate issued the report today.
N| The service received the inspectorate’s lowest rating, ‘[Inadequate|R]’.

W| According to the inspectors, the management board had lost track of how children were doing, and reports to the board were often months late.
W| They also found that too few children had been assessed for speech and language needs.
S| The report recognised the commitment of front-line workers and how well they supported families.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Ystalyfera’s children deserve better than this, and I expect leaders to act quickly.”

N| Cllr [Rhys Price|X], cabinet member for children at [Neath Port Talbot Council|A], said: “We are disappointed by this outcome, and we accept what the inspectors have told us.”
R| The council and its partners will now act on the report’s eight recommendations.
"""),
    # 18. a youth service up two grades on a GOV.UK page: "now stands at ‘...’, two grades up on the ‘...’ given in a
    #     report of March 2023"; resettlement "which gets a separate grade"; fieldwork "The latest fieldwork was in February 2025"
    ("porthaethwy-yjs-2025", facts([
        svc("Porthaethwy Youth Justice Service", "Porthaethwy YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2025-05-14", "2025-02", 5),
     """N| Press release

N| Youth justice service near the Menai Strait climbs two grades

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2025|D]

N| [Porthaethwy Youth Justice Service|S] now stands at ‘[Good|R]’, two grades up on the ‘[Inadequate|R]’ given in a report of [March 2023|D].
N| The latest fieldwork was in [February 2025|D].
S| Its resettlement work, which gets a separate grade, reached ‘[Outstanding|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Porthaethwy|S] was failing children at our last visit; today other Welsh services could come here to learn.”

S| The report credits a new head of service and a refreshed management board, chaired by [Isle of Anglesey County Council|A]’s director of education, for the turnaround.
S| All the children released from custody during the period inspected had accommodation arranged before their release date.
W| Inspectors noted that the quality of work with victims still varied, and that not all case workers understood the service’s new assessment tool.

R| Five recommendations are made, one of them asking the service to make its work with victims more consistent.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fortieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
