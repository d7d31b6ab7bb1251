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
    # 1. two north-east Wales PDUs on a GOV.UK page, the region named as context: "X was placed at ‘...’, while Y fell
    #    to the bottom of the scale"; fieldwork "10 - 14 June 2024"; nine recommendations "five ... four"
    ("connahs-quay-and-coedpoeth-pdus-2024", facts([
        svc("Connah’s Quay Probation Delivery Unit", "Connah’s Quay PDU", "PDU", RI),
        svc("Coedpoeth Probation Delivery Unit", "Coedpoeth PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspectors report on probation in Connah’s Quay and Coedpoeth

N| Reports on probation work in Flintshire and Wrexham county borough are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Inspectors spent [10 - 14 June 2024|D] at [Connah’s Quay Probation Delivery Unit|S] and [Coedpoeth Probation Delivery Unit|S], both within [Probation Service – Wales region|S].
N| The verdict for [Connah’s Quay|S] is ‘[Requires improvement|R]’; [Coedpoeth|S] fell to the bottom of the scale with ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Coedpoeth|S] had newly qualified officers running the unit’s most complex cases with hardly any oversight from a manager.
W| “Hardly anyone on a domestic abuse case was being visited at home any more, and nobody had noticed.
S| “[Connah’s Quay|S] is steadier, with a manager who meets every practitioner fortnightly and a court team that turns reports round quickly.”

S| Inspectors heard from people on probation in Connah’s Quay whose officers had helped them find a tenancy and hold on to it.
W| Across both units, more than half the cases reviewed lacked any enquiry to [North Wales Police|A] about police call-outs for domestic abuse.

R| Nine recommendations are shared between the units: five aimed at [Coedpoeth PDU|S] and four at [Connah’s Quay PDU|S].

N| Notes to editors
N| 1. Both reports went online on [15 October 2024|D].
"""),
    # 2. two youth justice services on a Welsh county council news page dated "05/03/2024": "Both services ... one has
    #    earned the highest grade"; fieldwork "in October and November 2023"; the council's reply
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
    # 3. a unit inside its region, the region first in the headline: "given the lowest possible rating"; the region's own
    #    rating as context; fieldwork "The inspection, which took place in September 2024"; the notes' "available on
    #    the ... website on 11 February 2025 at 00.01"
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
    #    unit's region in the first sentence; "Fieldwork for this inspection took place in January 2024"
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
    #    bullet lists; the verdict in plain words; seven recommendations
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
    # 6. a CRC in 2019 owned by Working Links: "The CRC’s overall grade is ‘...’"; unpaid work "assessed on its own";
    #    fieldwork "between 24 and 28 June 2019"; "will be published ... at 00.01 on 22 October 2019"
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
    #    "The inspection, which took place in September 2016"; lists; "8 recommendations" in digits
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
    # 8. a youth service on a council news page dated "27/06/2023": "has been awarded the top grade"; the previous
    #    rating "previously rated ‘...’ in a report published in March 2020"; fieldwork "in March 2023"
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
    # 9. a youth service in a local paper: "published today (Tuesday, 12 October)" in a story dated 12 Oct 2021;
    #    "was found to be ‘...’"; resettlement "scored separately";
    #    fieldwork "carried out remotely in July 2021"
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
    # 10. a Youth Offending Service (YOS): "judged ‘...’, a fall from the ‘Good’ rating given in 2019"; fieldwork
    #     "between 4 and 8 March 2024"; the notes' "on 18 June 2024 at 00.01"
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
    #     "Context" / "Findings" bullets; fieldwork "10 - 14 March 2025"; "Report published on 2 July 2025"
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
    # 12. a youth service with three aspects rated on their own and an overall grade "of ‘...’" in a GOV.UK-style page
    #     dated "Thursday, 30th January 2025"; fieldwork "took place in October 2024"
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
    # 13. a youth service on a GOV.UK page, 2022: "Inspectors consider ... to be ‘...’ overall"; the Y&JS short form;
    #     fieldwork "over the week of 4 July 2022"; four recommendations "three ... one"
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
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fortieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
