"""Builds the 195th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the Wales region on a GOV.UK page, the region named first: "Henllan has been given ‘...’ and
    #    Nantglyn has fallen to ‘...’"; fieldwork "during March 2024"; "nine recommendations, five for Nantglyn"
    ("henllan-and-nantglyn-pdus-2024", facts([
        svc("Henllan Probation Delivery Unit", "Henllan PDU", "PDU", RI),
        svc("Nantglyn Probation Delivery Unit", "Nantglyn PDU", "PDU", INAD)], "2024-06-18", "2024-03", 9),
     """N| Press release

N| Inspectors report on two probation units in Denbighshire

N| Reports on two units in the Vale of Clwyd are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [18 June 2024|D]

N| Two units of the [Probation Service – Wales region|S], [Henllan Probation Delivery Unit|S] and [Nantglyn Probation Delivery Unit|S], are covered in two reports that [His Majesty’s Inspectorate of Probation|A] has issued today.
N| [Henllan|S] has been given ‘[Requires improvement|R]’, while [Nantglyn|S] has fallen to the lowest grade, ‘[Inadequate|R]’.
N| Inspectors visited both units during [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Nantglyn we met practitioners carrying caseloads no one could manage safely, and managers above them seemed not to notice.
S| “[Henllan|S] has a steadier team, and its links with [Denbighshire County Council|A]’s housing officers are working well for people leaving custody.”

W| Across the two units, plans for managing domestic abuse perpetrators were often thin and out of date.
S| Inspectors praised [Henllan PDU|S]’s reception staff, who greeted people by name and rang round to remind them of appointments.

R| The reports contain nine recommendations, five for [Nantglyn|S] and four for [Henllan|S].
"""),
    # 2. two youth justice services in a local-news story, byline date after the report day "released on Tuesday (10
    #    October)"; "Gellifor secured the highest mark, ‘...’, and Llandyrnog was awarded ‘...’" (other order from first
    #    named); fieldwork "in June 2023"; "eight recommendations between them"
    ("llandyrnog-and-gellifor-yjs-2023", facts([
        svc("Llandyrnog Youth Justice Service", "Llandyrnog YJS", "YJS", GOOD),
        svc("Gellifor Youth Justice Service", "Gellifor YJS", "YJS", OUT)], "2023-10-10", "2023-06", 8),
     """N| Vale youth justice teams win praise from inspectors

N| By [Siân Pritchard|X]

N| [Friday 13 October 2023|D]

N| Inspection reports on [Llandyrnog Youth Justice Service|S] and [Gellifor Youth Justice Service|S] were released on Tuesday ([10 October|D]), after inspectors spent time with both teams in [June 2023|D].
N| [Gellifor|S] secured the highest mark, ‘[Outstanding|R]’, and [Llandyrnog|S] was awarded ‘[Good|R]’.

S| Inspectors said [Gellifor|S]’s workers won children’s trust and kept going with them through setbacks.
S| They also commended [Llandyrnog|S] for getting children quick access to mental health support.
W| The report on [Llandyrnog YJS|S] did find that work to keep victims informed was not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in these two services are lucky to have staff who care so much, and [Gellifor|S] sets a standard others should study.”

R| There are eight recommendations between them, five for [Llandyrnog|S] and three for [Gellifor|S].

N| A spokesperson for [Denbighshire County Council|A] said: “Both teams deserve this recognition, and the reports will guide our next steps.”
"""),
    # 3. three PDUs in one justiceinspectorates news item: "Two of the three, Bodfari and Tremeirchion, are placed at
    #    ‘...’; Nannerch is at ‘...’"; "Published: 11 Feb 2025"; fieldwork "between 14 and 25 October 2024"
    ("bodfari-tremeirchion-and-nannerch-pdus-2025", facts([
        svc("Bodfari Probation Delivery Unit", "Bodfari PDU", "PDU", RI),
        svc("Tremeirchion Probation Delivery Unit", "Tremeirchion PDU", "PDU", RI),
        svc("Nannerch Probation Delivery Unit", "Nannerch PDU", "PDU", GOOD)], "2025-02-11", "2024-10", 11),
     """N| News

N| Three probation units along the Clwydian Range inspected

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Bodfari Probation Delivery Unit|S], [Tremeirchion Probation Delivery Unit|S] and [Nannerch Probation Delivery Unit|S], three small units serving the villages and market towns of the Clwydian Range.
N| Two of the three, [Bodfari|S] and [Tremeirchion|S], are placed at ‘[Requires improvement|R]’; [Nannerch|S] is at ‘[Good|R]’.
N| Inspectors carried out their fieldwork between [14 and 25 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nannerch|S] shows that a rural unit can give people steady, thoughtful supervision even when they live an hour’s bus ride from the office.
W| “In Bodfari and Tremeirchion, though, too many reviews were late, and checks with children’s services were missed in around a third of the cases we read.”

W| Staff across the three units said sickness absence had left gaps that managers struggled to cover.
S| [Nannerch|S]’s work with [North Wales Police|A] to share information on people who pose a high risk was thorough and timely.

R| Eleven recommendations are made, four each for [Bodfari|S] and [Tremeirchion|S] and three for [Nannerch|S].
"""),
    # 4. a unit inside its region, region in headline and in a sentence with its own rating as context; "Inspectors
    #    have judged Llanferres PDU to be ‘...’"; "Mr Jones continued"; notes "available ... at 00.01 on 26 November 2024"
    ("llanferres-pdu-2024", facts([
        svc("Llanferres Probation Delivery Unit", "Llanferres PDU", "PDU", INAD)], "2024-11-26", "2024-07", 7),
     """N| [Wales probation region|S]: unit in the Clwydian hills falls short

N| Inspectors have judged [Llanferres Probation Delivery Unit|S], which belongs to the [Probation Service – Wales region|S], to be ‘[Inadequate|R]’.
N| The [Wales region|S] was inspected on its own in [2023|D], ending at ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [July 2024|D] and examined 36 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanferres|S] is a small unit that nobody in the region has been looking out for.
W| “A third of its case manager posts were vacant, and the people still in post were worn out.”

W| Mr Jones continued: “Most of the files showed no sign that anyone had asked whether the person on probation had contact with children.”

S| Even so, inspectors found that the unit’s administrative team had kept appointments running through a difficult year, and people on probation spoke warmly of them.
W| Joint work with [Betsi Cadwaladr University Health Board|A] on mental health was patchy.

R| Seven recommendations are made; two of them fall to the [Probation Service|A] in Wales and five to the unit.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website at 00.01 on [26 November 2024|D].
N| 2. [Llanferres PDU|S] covers the southern end of the Clwydian Range for the [Wales region|S].
"""),
    # 5. a unit inside its region, region in the first sentence only as the unit's owner; "inspectors have awarded
    #    Bontuchel PDU ‘...’"; "published today (Tuesday 16 May)" with the fieldwork year; four recommendations
    ("bontuchel-pdu-2023", facts([
        svc("Bontuchel Probation Delivery Unit", "Bontuchel PDU", "PDU", RI)], "2023-05-16", "2023-01", 4),
     """N| Probation unit in the Clwyd valley ‘heading in the right direction’

N| In a report published today ([Tuesday 16 May|D]), inspectors have awarded [Bontuchel Probation Delivery Unit|S], which the [Probation Service – Wales region|S] runs from an office in the Clwyd valley, a rating of ‘[Requires improvement|R]’.
N| The fieldwork took place in [January 2023|D].

S| Since the arrival of a new head of service, staff said, morale had lifted and their views were taken seriously.
S| Most people on probation were seen by the same practitioner each time.
W| Yet assessments of the risk to partners and children were good enough in only 14 of 32 cases.
W| There was a long queue for unpaid work, and some people had waited months before doing a single hour.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bontuchel|S] has plenty to build on.
R| “Its leaders must now ensure that police and children’s services checks are requested in every case as soon as an order begins.”

R| We have made four recommendations, all of them for the unit.

N| ENDS
"""),
    # 6. a Probation Trust in 2011, before ratings: scores as percentages, bullet lists; "Thursday, 22nd September 2011"
    #    above "published today"; fieldwork "in May 2011"; eight recommendations
    ("gwyddelwern-probation-trust-2011", facts([
        svc("Gwyddelwern Probation Trust", "Gwyddelwern Probation Trust", "other", None)], "2011-09-22", "2011-05", 8),
     """N| Inspection of probation work in the Denbighshire uplands

N| [Thursday, 22nd September 2011|D]

S| [Gwyddelwern Probation Trust|S] does a good job of making sure offenders complete their sentences, [HM Inspectorate of Probation|A] says in a report released today.
N| Inspectors assessed a sample of 55 cases in [May 2011|D].

S| The Trust scored 79% for work to make sure sentences were served and 71% for work to reduce the likelihood of reoffending.
W| Its work to protect the public scored 63%, and inspectors said this needed to improve.

N| Inspectors were pleased to find that:
S| • almost every offender was seen within five working days of sentence;
S| • staff had good working relationships with [North Wales Police|A] in managing the most prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often completed late;
W| • too few cases showed that home visits had been considered where children were present.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff understand the people they supervise and clearly care about their work.
R| “Managers must now give public protection the same attention they have given to enforcement.”

R| The report contains eight recommendations.
"""),
    # 7. a CRC in 2018 with a provider and an embargo line: "found to be ‘...’ overall"; unpaid work "rated separately";
    #    fieldwork "in August 2018"; "six recommendations"
    ("efenechtyd-crc-2018", facts([
        svc("Efenechtyd Community Rehabilitation Company", "Efenechtyd CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-04", "2018-08", 6),
     """N| Embargoed until 00.01, [Tuesday 4 December 2018|D]

N| Probation company in north Wales told it must do better

N| [HM Inspectorate of Probation|A] has found [Efenechtyd Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’ overall.
N| The CRC is run by [Working Links|A].
S| Its unpaid work, rated separately, was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC has some capable staff, but too many of the people it supervises are seen only by telephone, and risk is not reviewed often enough.
S| “Its unpaid work is well organised, with placements that give something back to the communities of the Vale of Clwyd.”

W| Inspectors found that the quality of sentence plans varied a great deal between officers.
W| Communication with the [National Probation Service|A] about cases where risk had increased was sometimes slow.

R| Of the six recommendations, four are for [Working Links|A] and its CRC and two for [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We welcome the recognition of our unpaid work team and will act on every recommendation.”
"""),
    # 8. a youth offending team written out, 2016 council page, before ratings; "Posted: 24/08/2016"; joint inspection
    #    led by HMI Probation with Estyn and Care Inspectorate Wales; fieldwork "in May 2016"; five recommendations
    ("llanelidan-yot-2016", facts([
        svc("Llanelidan Youth Offending Team", "Llanelidan YOT", "YJS", None)], "2016-08-24", "2016-05", 5),
     """N| Inspection of youth offending work in Llanelidan

N| Posted: [24/08/2016|D]

N| [HM Inspectorate of Probation|A] has published the report of its joint inspection, with [Estyn|A] and [Care and Social Services Inspectorate Wales|A], of [Llanelidan Youth Offending Team|S] (YOT).
N| The inspection took place in [May 2016|D].

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence and most kept their appointments;
S| • close work with local schools meant most children stayed in education.

N| However, inspectors were concerned to find that:
W| • plans for managing risk of harm were not always updated after a change in a child’s life;
W| • the management board was told too little about how good the YOT’s work was.

R| Five recommendations are made: four to the YOT and one to its management board.

N| Councillor [Elen Morris|X], lead member for social care, said: “We thank the inspectors and will draw up an action plan with our partners.”
"""),
    # 9. a Youth Offending Service (YOS) in 2019, previous rating beside: "Maeshafn YOS has been judged to be ‘...’, an
    #    improvement on the ‘...’ given in 2017"; out-of-court disposals rated separately; fieldwork "in July 2019"
    ("maeshafn-yos-2019", facts([
        svc("Maeshafn Youth Offending Service", "Maeshafn YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2019-11-19", "2019-07", 6),
     """N| Press release

N| [Maeshafn youth offending service|S] improves

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2019|D]

N| Inspectors have judged [Maeshafn Youth Offending Service|S] (YOS) to be ‘[Good|R]’, higher than the ‘[Requires improvement|R]’ it received in [2017|D].
W| Work on out-of-court disposals, which inspectors rate separately, was assessed as ‘[Requires improvement|R]’.
N| The inspection took place in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Maeshafn|S] has listened to what we said last time and acted on it.
S| “Case managers now plan carefully with each child and their family, and the service’s links with local health teams are strong.”

W| However, inspectors found that children given a community resolution by the police did not always receive an assessment of their needs.
S| The management board was described as well informed and willing to challenge.

R| The report makes six recommendations, including that the service and [North Wales Police|A] agree a joint policy for out-of-court work.
"""),
    # 10. ordinary YJS on GOV.UK, "Good"; fieldwork "in November 2023"; notes publication day
    ("llanynys-yjs-2024", facts([
        svc("Llanynys Youth Justice Service", "Llanynys YJS", "YJS", GOOD)], "2024-03-05", "2023-11", 4),
     """N| Press release

N| Youth justice service in Denbighshire rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [5 March 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has rated [Llanynys Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [November 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanynys|S] is a service that puts children first.
S| “Staff were knowledgeable and caring, and children told us they trusted them.”

S| Inspectors were impressed by the education worker based in the team, who helped keep children in school.
S| Because of close work with [Betsi Cadwaladr University Health Board|A], a child who needed a nurse could see one within days.
W| However, risk plans did not always say what should happen if a child’s situation got worse.

R| Of the four recommendations, three are aimed at the service and one at the management board.
"""),
    # 11. ordinary YJS on a council page, Welsh date format "15/03/2022"; "Requires improvement"; council reply
    ("aberwheeler-yjs-2022", facts([
        svc("Aberwheeler Youth Justice Service", "Aberwheeler YJS", "YJS", RI)], "2022-03-15", "2021-11", 6),
     """N| Inspection report on [Aberwheeler Youth Justice Service|S]

N| Posted on [15/03/2022|D]

N| [HM Inspectorate of Probation|A] has published its report on [Aberwheeler Youth Justice Service|S], which is rated ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [November 2021|D].

S| Inspectors found a committed staff group with a detailed knowledge of each child on their caseload.
W| But the work to keep children and others safe was not good enough in too many cases.
W| The management board had not yet got a clear view of how well the service was performing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is a firm foundation here, but the service has more to do.
R| “The board needs to make sure it understands what happens to children day to day, and to hold partners to account.”

R| The report makes six recommendations.

N| The council’s lead member for children said: “This is a fair report, and we began acting on it before it was even published.”
"""),
    # 12. ordinary YJS justiceinspectorates news item, "Outstanding"; "Published: 6 Sep 2023"; fieldwork "in April 2023"
    ("derwen-yjs-2023", facts([
        svc("Derwen Youth Justice Service", "Derwen YJS", "YJS", OUT)], "2023-09-06", "2023-04", 2),
     """N| News

N| [Derwen youth justice service|S] rated ‘[Outstanding|R]’

N| Published: [6 Sep 2023|D]

N| [Derwen Youth Justice Service|S] has been rated ‘[Outstanding|R]’, the highest possible rating, by [HM Inspectorate of Probation|A].
N| Inspectors visited in [April 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Derwen|S] is a small service with big ambitions for its children, and it delivers on them.
S| “Each child had a worker who understood their history and would fight their corner.”

S| Inspectors praised the service’s work with victims, which was thoughtful and well recorded.
S| Leaders were described as visible, ambitious and not complacent.

R| The report makes two recommendations.
"""),
    # 13. ordinary YJS 2021, "Inadequate", fieldwork carried out remotely in May 2021; notes publication day
    ("graigfechan-yjs-2021", facts([
        svc("Graigfechan Youth Justice Service", "Graigfechan YJS", "YJS", INAD)], "2021-08-17", "2021-05", 7),
     """N| Inspectors find serious shortcomings at [Graigfechan youth justice service|S]

N| [HM Inspectorate of Probation|A] has rated [Graigfechan Youth Justice Service|S] ‘[Inadequate|R]’, the lowest of its four ratings.
N| The inspection was carried out remotely in [May 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Graigfechan are being let down.
W| “Too often, nobody had properly considered whether a child was at risk of exploitation, and plans were copied forward from one order to the next.”

W| For more than a year the service had had no permanent manager, inspectors found.
S| Despite these problems, case workers were dedicated and several children said their worker had helped them turn things around.

R| The report makes seven recommendations, including that [Denbighshire County Council|A] should strengthen the management board.

N| ENDS

N| Notes to editors
N| 1. The report is published on [17 August 2021|D] on the inspectorate’s website.
"""),
    # 14. ordinary PDU 2023, "Requires improvement", GOV.UK page; fieldwork "in August 2023"
    ("bryneglwys-pdu-2023", facts([
        svc("Bryneglwys Probation Delivery Unit", "Bryneglwys PDU", "PDU", RI)], "2023-12-12", "2023-08", 5),
     """N| Press release

N| Probation unit rated ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [12 December 2023|D]

N| Inspectors have rated [Bryneglwys Probation Delivery Unit|S] ‘[Requires improvement|R]’ after visiting in [August 2023|D].

S| Inspectors found a stable leadership team and staff who felt well supported by their managers.
W| However, only half of the assessments inspectors read gave enough attention to the safety of children.
W| Caseloads were high, and some practitioners were supervising more than 60 people.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bryneglwys|S] is a unit with real strengths, but its work to keep people safe is not yet where it should be.
R| “Managers need to make sure that every case has the checks with police and children’s services that it needs.”

R| We have made five recommendations.
"""),
    # 15. ordinary YJS 2025, "Good"; fieldwork "10 - 14 February 2025"
    ("cynwyd-yjs-2025", facts([
        svc("Cynwyd Youth Justice Service", "Cynwyd YJS", "YJS", GOOD)], "2025-06-24", "2025-02", 6),
     """N| Press release

N| [Cynwyd youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [24 June 2025|D]

N| [HM Inspectorate of Probation|A] has rated [Cynwyd Youth Justice Service|S] as ‘[Good|R]’.
N| Fieldwork took place from [10 - 14 February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cynwyd|S]’s staff are tenacious in their efforts to keep children engaged.
S| “The children we spoke to said their workers treated their views with respect and helped them look ahead.”

S| The service had strong links with local schools and colleges.
W| However, work with children who had been diverted from court was inconsistent.

R| The report makes six recommendations.
"""),
    # 16. a 2025 public-protection PDU inspection: no rating; "Context" / "Findings" bullets; "Skip to content"
    ("gwaenynog-pdu-2025", facts([
        svc("Gwaenynog Probation Delivery Unit", "Gwaenynog PDU", "PDU", None)], "2025-09-30", "2025-05", 4),
     """N| Skip to content

N| Public protection inspection of [Gwaenynog PDU|S]

N| Published: [30 September 2025|D]

N| A report on how well [Gwaenynog Probation Delivery Unit|S] protects the public has been issued by [HM Inspectorate of Probation|A].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [May 2025|D].

N| Context
N| • [Gwaenynog PDU|S] is part of the [Probation Service – Wales region|S].

N| Findings
S| • Practitioners had a good understanding of domestic abuse and its effects on children.
W| • Many cases that called for a home visit had none.
W| • Checks with [North Wales Police|A] on domestic abuse call-outs were often missing when supervision began.

R| The report makes four recommendations.
"""),
    # 17. ordinary YJS 2020, "Requires improvement"; local news, fieldwork "in July 2020"
    ("clocaenog-yjs-2020", facts([
        svc("Clocaenog Youth Justice Service", "Clocaenog YJS", "YJS", RI)], "2020-10-27", "2020-07", 5),
     """N| [Clocaenog youth justice service|S] must improve, say inspectors

N| [Tuesday 27 October 2020|D]

N| [Clocaenog Youth Justice Service|S] has been told to improve after an inspection carried out remotely in [July 2020|D].
N| The report, published today, rates the service ‘[Requires improvement|R]’ overall.

S| Inspectors said the service had adapted quickly to the pandemic and kept in touch with children throughout.
W| But they found that the risk a child might pose to other people was too often left out of assessments.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Clocaenog|S] has much to be proud of, but it needs to sharpen its focus on keeping people safe.”

R| The report makes five recommendations.
"""),
    # 18. ordinary PDU 2022, "Inadequate"
    ("cyffylliog-pdu-2022", facts([
        svc("Cyffylliog Probation Delivery Unit", "Cyffylliog PDU", "PDU", INAD)], "2022-07-19", "2022-03", 6),
     """N| Press release

N| Probation unit rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [19 July 2022|D]

N| [HM Inspectorate of Probation|A] has given [Cyffylliog Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| Inspectors visited in [March 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cyffylliog|S]’s staff shortages have reached a point where safe practice is hard to sustain.
W| “In too many cases we found no clear plan to manage the risk of harm.”

S| Inspectors did find committed staff and a helpful approach to people with housing needs.
W| Disappointingly, work with victims was largely absent.

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 195th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
