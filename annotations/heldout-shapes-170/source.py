"""Builds the 170th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Herefordshire PDUs on a GOV.UK page, both "part of the Probation Service – West Midlands region": "X has been
    #    given ‘...’, while Y has been judged ‘...’"; fieldwork "in June 2024"; "ten ... six for Walford and four for Goodrich"
    ("goodrich-and-walford-pdus-2024", facts([
        svc("Goodrich Probation Delivery Unit", "Goodrich PDU", "PDU", RI),
        svc("Walford Probation Delivery Unit", "Walford PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Two Herefordshire probation units inspected

N| Inspectors report on probation delivery units in the south of the county.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two new reports from [His Majesty’s Inspectorate of Probation|A] look at [Goodrich Probation Delivery Unit|S] and [Walford Probation Delivery Unit|S], which belong to the [Probation Service – West Midlands region|S].
N| [Goodrich|S] has been given ‘[Requires improvement|R]’, while [Walford|S] has been judged ‘[Inadequate|R]’.
N| Inspectors visited both units in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Walford|S] has lost almost half of its probation officers in eighteen months, and the staff who remain are stretched far too thinly.
S| “[Goodrich|S], on the other hand, has kept its team together, and its managers look over a sample of cases every week.”

S| Inspectors praised [Goodrich PDU|S]’s links with [West Mercia Police|A]: before each sentencing hearing, the court team asked for any record of domestic abuse at the address.
W| In [Walford PDU|S], by contrast, plans to manage the risk of harm were sufficient in only 9 of 26 cases.
W| Neither unit offered enough accredited programmes, and some people waited nearly a year to start one.

R| The reports make ten recommendations in total, six for [Walford|S] and four for [Goodrich|S].
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Tuesday (14 November)" under a byline of
    #    Friday 17 November 2023; "Inspectors awarded Y ‘Outstanding’, the highest grade on their scale, and gave X ‘Good’"
    #    (the other order from the one first named); "five ... three of them for Tutshill"
    ("tutshill-and-woolaston-yjs-2023", facts([
        svc("Tutshill Youth Justice Service", "Tutshill YJS", "YJS", GOOD),
        svc("Woolaston Youth Justice Service", "Woolaston YJS", "YJS", OUT)], "2023-11-14", "2023-07", 5),
     """N| Two Forest of Dean youth services win inspectors’ praise

N| By [Helen Morgan|X]

N| [Friday 17 November 2023|D]

N| [Tutshill Youth Justice Service|S] and [Woolaston Youth Justice Service|S] have both come out of their inspections with high marks, in reports published on Tuesday ([14 November|D]).
N| Inspectors awarded [Woolaston|S] ‘[Outstanding|R]’, the highest grade on their scale, and gave [Tutshill|S] ‘[Good|R]’.
N| The inspections took place in [July 2023|D].

S| The watchdog said [Woolaston|S]’s staff made sure every child had a named worker in education, health and housing.
S| [Tutshill|S] was commended for the speed at which children were offered help after their first arrest.
W| However, inspectors found that at [Tutshill YJS|S] the work to keep victims informed was patchy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two very committed teams, and [Woolaston|S] in particular sets a standard others should study.”

R| There are five recommendations across the two reports, three of them for [Tutshill|S].

N| [Gloucestershire County Council|A] said it was delighted that the work of both teams had been recognised.
"""),
    # 3. two Monmouthshire PDUs in a justiceinspectorates news item, the Wales region in the second sentence: "Inspectors found
    #    both X and Y to be ‘...’"; how near Y came to ‘Inadequate’; "Published: 4 Mar 2025"; fieldwork "across November and
    #    December 2024"; "Eleven ..., six to Whitebrook and five to Llandogo"
    ("llandogo-and-whitebrook-pdus-2025", facts([
        svc("Llandogo Probation Delivery Unit", "Llandogo PDU", "PDU", RI),
        svc("Whitebrook Probation Delivery Unit", "Whitebrook PDU", "PDU", RI)], "2025-03-04", "2024-11", 11),
     """N| News

N| Probation in the lower Wye valley: two units inspected

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has today released separate reports on two Monmouthshire units, [Llandogo Probation Delivery Unit|S] and [Whitebrook Probation Delivery Unit|S].
N| Both sit within the [Probation Service – Wales region|S].
N| Inspectors found both [Llandogo|S] and [Whitebrook|S] to be ‘[Requires improvement|R]’.
W| [Whitebrook|S]’s score sat just one point clear of ‘[Inadequate|R]’.
N| Fieldwork took place across [November and December 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people working in these two units clearly care about those on their caseloads and have kept going through a very difficult period.
W| “But too many cases are still being held by agency staff who move on after a few months, and continuity suffers as a result.”

S| Inspectors highlighted [Llandogo PDU|S]’s work with [Gwent Police|A] on integrated offender management as a real strength.
W| At [Whitebrook PDU|S], assessments of the risk posed to children were good enough in just over a third of cases.

R| Eleven recommendations are made, six to [Whitebrook|S] and five to [Llandogo|S].
"""),
    # 4. a unit inside its region, the region first in the headline and in the first sentence ("one of the units of the
    #    Wales region"): "has judged X ... to be ‘...’"; the region's own 2023 rating "for the region overall"; "Mr Jones
    #    continued"; fieldwork "in March 2024"; the notes' "will be published ... at 00.01 on Thursday 8 August 2024"
    ("redbrook-pdu-2024", facts([
        svc("Redbrook Probation Delivery Unit", "Redbrook PDU", "PDU", RI)], "2024-08-08", "2024-03", 6),
     """N| [Probation Service – Wales region|S]: [Redbrook unit|S] told to improve

N| [HM Inspectorate of Probation|A] has judged [Redbrook Probation Delivery Unit|S], one of the units of the [Wales region|S], to be ‘[Requires improvement|R]’.
N| The region as a whole was last inspected in [2023|D], when it received ‘[Requires improvement|R]’ for the region overall.
N| Inspectors reviewed 42 cases at the unit in [March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Redbrook|S]’s partnerships with local housing and substance misuse services are strong, and goodwill towards the unit runs deep.
W| “However, the unit does not yet have enough qualified staff, and senior probation officers are carrying cases of their own instead of supervising.”

W| Mr Jones continued: “Too often we saw plans carried over unchanged from one review to another, with no sign of fresh thinking.”

S| Inspectors were impressed that women on probation could meet their officer at a women’s centre in the town rather than at the probation office.
W| Unpaid work placements had fallen behind, and some people had waited over three months to begin their hours.

R| The report makes six recommendations, including that the unit should check police and children’s services records at the start of every case.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 on [Thursday 8 August 2024|D]; the full report will then be online.
N| 2. [Redbrook PDU|S] covers a largely rural patch of south-east Wales.
"""),
    # 5. a unit inside its region on a GOV.UK page: "X, part of the Probation Service – South West region, has been given the
    #    lowest possible rating, ‘...’"; the previous inspection's rating beside ("last inspected, in 2021, it was rated");
    #    fieldwork "between 11 and 22 September 2023"; "seven ..., five to Parkend PDU and two to the South West region"
    ("parkend-pdu-2023", facts([
        svc("Parkend Probation Delivery Unit", "Parkend PDU", "PDU", INAD)], "2023-12-12", "2023-09", 7),
     """N| Press release

N| Probation unit in the Forest of Dean falls to ‘[Inadequate|R]’

N| Inspectors say the unit’s work to protect the public has gone backwards since [2021|D].

N| From: [HM Inspectorate of Probation|A]

N| Published [12 December 2023|D]

N| [Parkend Probation Delivery Unit|S], which covers the Forest of Dean for the [Probation Service – South West region|S], has received the lowest possible rating, ‘[Inadequate|R]’, from [His Majesty’s Inspectorate of Probation|A].
N| Its previous inspection, in [2021|D], had ended with a rating of ‘[Requires improvement|R]’.
N| The inspection took place between [11 and 22 September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders at [Parkend|S] have been overwhelmed by staff shortages, and the quality of supervision has slipped badly as a result.
W| “Nearly half of the people whose cases we looked at had not been seen in person for over a month.”

S| Despite these pressures, inspectors found that the unit’s court staff produced timely and well-researched reports.
W| Work with [Gloucestershire Constabulary|A] to manage domestic abuse perpetrators was inconsistent, and home visits were rare.
W| Little had changed since the last inspection’s recommendations were made.

R| The report makes seven recommendations, five to [Parkend PDU|S] and two to the [South West region|S].

N| The [Probation Service|A] said in a statement that experienced managers had already been moved into the unit.
"""),
    # 6. a Probation Trust in 2012, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; "Tuesday, 11th September 2012" above "today published";
    #    fieldwork "in May 2012"; eight recommendations
    ("yorkley-probation-trust-2012", facts([
        svc("Yorkley Probation Trust", "Yorkley Probation Trust", "other", None)], "2012-09-11", "2012-05", 8),
     """N| Inspection of [Yorkley Probation Trust|S] published

N| [Tuesday, 11th September 2012|D]

N| [HM Inspectorate of Probation|A]’s Offender Management Inspection report on [Yorkley Probation Trust|S] is published today.
N| Inspectors looked at 70 cases during fieldwork in [May 2012|D].

S| For reducing reoffending, the Trust’s score was 78%.
W| Its score for protecting the public was lower, at 64%.

N| Inspectors were pleased to find that:
S| • initial assessments were nearly always completed on time;
S| • offender managers got on well with the offenders they supervised and knew their circumstances;
S| • joint work with [Gloucestershire Constabulary|A] on prolific offenders was well established.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often too vague to be useful;
W| • where children lived in the household, a home visit had often not been made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Yorkley|S] is a well-run Trust with committed staff.
R| “It now needs to give the same attention to public protection that it already gives to reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. "Youth Offending Team" written out, on a council page in 2016, before ratings: "following a joint inspection led by";
    #    "Posted: 05/07/2016" (day/month/year); "the fieldwork was carried out in March 2016"; bullet lists
    ("skenfrith-yot-2016", facts([
        svc("Skenfrith Youth Offending Team", "Skenfrith YOT", "YJS", None)], "2016-07-05", "2016-03", 6),
     """N| Inspection of youth offending work in Skenfrith

N| Posted: [05/07/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Skenfrith Youth Offending Team|S] (YOT), and its findings are out today.
N| Inspectors from [Estyn|A] and [Healthcare Inspectorate Wales|A] also took part, and the fieldwork was carried out in [March 2016|D].

N| Among the positives, inspectors found that:
S| • YOT staff had a good knowledge of the children they worked with and their families;
S| • children were helped back into school or training quickly;
S| • the YOT had strong links with [Gwent Police|A] on diverting children from court.

N| They were, however, concerned that:
W| • the risk that some children posed to others was not always recognised;
W| • board members were given too little data to question how well the YOT was doing.

R| Six recommendations are made, the majority aimed at the management board.

N| Councillor [Gareth Price|X], who holds the social care portfolio at [Monmouthshire County Council|A], said: “The report is fair, and work on each of its recommendations has already begun.”
"""),
    # 8. a CRC in 2019 owned by a named provider, justiceinspectorates layout: "has found X (CRC) to be ‘...’ overall"; unpaid
    #    work "which is rated separately, was assessed as ‘...’"; "inspected in June and July 2019"; "Published: 23 Oct 2019"
    ("kerne-bridge-crc-2019", facts([
        svc("Kerne Bridge Community Rehabilitation Company", "Kerne Bridge CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-23", "2019-06", 5),
     """N| News

N| Probation company on the Herefordshire border must improve, inspectors say

N| Published: [23 Oct 2019|D]

N| [HM Inspectorate of Probation|A] has found [Kerne Bridge Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’ overall.
N| The CRC, owned by [Working Links|A], was inspected in [June and July 2019|D].
S| Its unpaid work, which is rated separately, was assessed as ‘[Good|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has too few qualified staff, and some officers are holding more than 70 cases each.
W| “In a third of the cases we inspected, nobody had checked whether the person posed a risk to children.”

S| Inspectors commended the CRC’s unpaid work team, which had found placements for people within days of sentence.
S| Relationships with the [National Probation Service|A] were described as constructive.
W| However, the CRC’s work to help people find settled housing was weak.

R| There are five recommendations; [HM Prison and Probation Service|A] must act on one and the CRC and its owner on the rest.
"""),
    # 9. "Youth Offending Service" in 2019 in a local-news story: the headline's lower-case "Portskewett youth offending
    #    service judged ‘...’"; "Inspectors have concluded that X (YOS) is ‘...’ in a report published on Wednesday (11
    #    December)" under a byline of Friday 13 December 2019; out-of-court work "rated as a separate element"; eight
    ("portskewett-yos-2019", facts([
        svc("Portskewett Youth Offending Service", "Portskewett YOS", "YJS", INAD,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2019-12-11", "2019-09", 8),
     """N| [Portskewett youth offending service|S] judged ‘[Inadequate|R]’

N| By [Owain Davies|X]

N| [Friday 13 December 2019|D]

N| Inspectors have concluded that [Portskewett Youth Offending Service|S] (YOS) is ‘[Inadequate|R]’ in a report published on Wednesday ([11 December|D]).
W| The service’s out-of-court disposal work, which was rated as a separate element, also received ‘[Inadequate|R]’.
N| Fieldwork was carried out over five days in [September 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Portskewett are not being kept safe enough, and leaders were slow to see how serious the problems had become.
W| “We found a management board that met regularly but rarely asked hard questions.”

S| Inspectors did find some committed case workers who knew the children well.
W| But most case files held no current plan for managing the risk to others.

R| The report makes eight recommendations for the YOS and its partners, including [Gwent Police|A] and [Aneurin Bevan University Health Board|A].

N| [Monmouthshire County Council|A] said it accepted the findings in full.
"""),
    # 10. an ordinary youth justice release on a GOV.UK page: "has rated X as ‘...’ following an inspection in January 2024"
    ("milkwall-yjs-2024", facts([
        svc("Milkwall Youth Justice Service", "Milkwall YJS", "YJS", GOOD)], "2024-05-02", "2024-01", 4),
     """N| Press release

N| [Milkwall Youth Justice Service|S] rated ‘[Good|R]’

N| Inspectors praise the service’s focus on children’s education.

N| From: [HM Inspectorate of Probation|A]

N| Published [2 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has rated [Milkwall Youth Justice Service|S] as ‘[Good|R]’ following an inspection in [January 2024|D].

S| Inspectors found a service with a clear sense of purpose and a management board that understood the needs of local children.
S| Nine in ten children supervised by the service were in full-time education, training or employment.
S| Case workers took time to build trust with children and their parents, and plans reflected what children said about themselves.
W| However, the service and [Gloucestershire Constabulary|A] did not always share what they knew about children being exploited.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Milkwall|S] never loses sight of the child, and its staff can be rightly proud of what they have achieved.
R| “Leaders should now make sure that every child at risk of exploitation has a single plan shared by all agencies.”

R| The report makes four recommendations.
"""),
    # 11. an ordinary youth justice release on justiceinspectorates: "Published: 27 Jun 2023"; "Fieldwork for the inspection
    #     took place in February 2023"; "if it is to reach ‘Good’" (no fact); seven recommendations
    ("coalway-yjs-2023", facts([
        svc("Coalway Youth Justice Service", "Coalway YJS", "YJS", RI)], "2023-06-27", "2023-02", 7),
     """N| News

N| Youth justice in Coalway needs to improve, inspectors say

N| Published: [27 Jun 2023|D]

N| [Coalway Youth Justice Service|S] has come out at ‘[Requires improvement|R]’ in its inspection by [HM Inspectorate of Probation|A].
N| Fieldwork for the inspection took place in [February 2023|D].

N| The inspection covered how the service is led, the supervision of children sentenced by the courts, and diversion work.
W| Although staff were committed to the children they worked with, their assessments too often underplayed the risk some children posed to others.
S| Close working with head teachers stood out, and fewer of the children it supervised had been excluded than two years earlier.
W| Inspectors were disappointed to find that the health needs of children were not always met, with long waits for [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Coalway|S] has good foundations to build on.
R| “But the service must get a firmer grip on safety and risk if it is to reach ‘[Good|R]’.”

R| Seven recommendations are set out in the report; [Gloucestershire County Council|A] is asked to take forward one of them.
"""),
    # 12. an ordinary council page: the headline's lower-case "Soudley youth justice team"; "has been awarded the highest
    #     rating, ‘...’"; "The report, published on 18 October 2022" under "Posted on 19/10/2022"; two recommendations
    ("soudley-yjs-2022", facts([
        svc("Soudley Youth Justice Service", "Soudley YJS", "YJS", OUT)], "2022-10-18", "2022-06", 2),
     """N| [Soudley youth justice team|S] achieves top rating

N| Posted on [19/10/2022|D]

N| [Soudley Youth Justice Service|S] has been awarded the highest rating, ‘[Outstanding|R]’, by [His Majesty’s Inspectorate of Probation|A].
N| The report, published on [18 October 2022|D], follows an inspection in [June 2022|D].

S| Inspectors found that leaders had a clear vision, shared by every partner on the management board.
S| They said the service’s work with children at risk of criminal exploitation was exceptional, with police, social workers and youth workers meeting daily.
S| A speech and language therapist worked with every child who needed one.
W| The only weakness inspectors found was in out-of-court work, where the reasons for decisions were not always written down.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Soudley|S] stands out, because every partner around the table takes responsibility for these children.”

R| The report makes two recommendations.

N| Councillor [Sarah Hillier|X], cabinet member for children and families at [Gloucestershire County Council|A], said: “I am so proud of the team, and of the children and families they work alongside.”
"""),
    # 13. a 2025 public-protection inspection, no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets; the publication day in the notes ("on 30 September 2025 at 00.01"); fieldwork "in May 2025"
    ("llangybi-pdu-2025", facts([
        svc("Llangybi Probation Delivery Unit", "Llangybi PDU", "PDU", None)], "2025-09-30", "2025-05", 5),
     """N| Skip to content

N| Public protection inspection: [Llangybi Probation Delivery Unit|S]

N| Published:

N| This report from [HM Inspectorate of Probation|A] looks at how [Llangybi Probation Delivery Unit|S], in the [Probation Service – Wales region|S], protects the public.
N| Inspections in this programme look at how well the [Probation Service|A] manages the risk of serious harm, and they do not give a rating.

N| Context
N| • [Llangybi PDU|S] supervises around 900 people in Monmouthshire and Torfaen.
N| • Inspectors visited in [May 2025|D] and reviewed 40 cases.

N| Findings
S| • Initial assessments of risk were completed on time in most cases.
W| • Staff asked [Gwent Police|A] for domestic abuse call-out records in fewer than half of the cases where they should have.
W| • Risk management plans were not reviewed when circumstances changed.
S| • Work with partners under [MAPPA|A] was well organised and well recorded.

R| Inspectors set out five recommendations, three for the unit and two for regional leaders.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [30 September 2025|D] at 00.01.
"""),
    # 14. an ordinary GOV.UK page in 2021: "has been rated ‘...’ following an inspection carried out remotely in July 2021";
    #     "Despite this, ..." (tie-break 2); "The board now needs to ..." (tie-break 7); six recommendations
    ("whitecroft-yjs-2021", facts([
        svc("Whitecroft Youth Justice Service", "Whitecroft YJS", "YJS", RI)], "2021-10-14", "2021-07", 6),
     """N| Press release

N| Inspectors call for improvement at [Whitecroft Youth Justice Service|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2021|D]

N| After an inspection conducted remotely in [July 2021|D], [Whitecroft Youth Justice Service|S] has been rated ‘[Requires improvement|R]’.

W| Inspectors found that the pandemic had disrupted face-to-face work, and some children had gone weeks without seeing their case worker.
S| Despite this, the service had kept most children in education, and its work with victims was of a high standard.
W| The quality of assessment was variable, and plans rarely set out how children would be kept safe.
W| Management board members did not always attend, and the board had little data on which to judge performance.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Whitecroft|S] have shown real dedication through an extraordinarily difficult year.
R| “The board now needs to give them the leadership and support they need to improve the quality of their work.”

R| The report makes six recommendations.
"""),
    # 15. an ordinary Youth Offending Service release in 2020: the date line "Tuesday, 8th December 2020"; "an overall rating
    #     of ‘...’"; "remotely between 21 September and 2 October 2020"; ENDS and a notes line
    ("ruspidge-yos-2020", facts([
        svc("Ruspidge Youth Offending Service", "Ruspidge YOS", "YJS", GOOD)], "2020-12-08", "2020-09", 5),
     """N| [Ruspidge Youth Offending Service|S] rated ‘[Good|R]’ by inspectors

N| [Tuesday, 8th December 2020|D]

N| [HM Inspectorate of Probation|A] has given [Ruspidge Youth Offending Service|S] (YOS) an overall rating of ‘[Good|R]’.
N| The inspection took place remotely between [21 September and 2 October 2020|D].

S| Inspectors found that the YOS had responded quickly to the pandemic, keeping in touch with every child by phone and video and resuming home visits as soon as it could.
S| Case managers knew their children well and made good use of local sport and arts projects.
W| However, work to manage the risk some children posed to others was not consistently strong.
W| The YOS also had limited access to mental health support, with children waiting months for [CAMHS|A] appointments.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ruspidge|S] has much to be proud of.
N| “I hope the report helps the team to keep moving forward.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth offending and probation services in England and Wales.
"""),
    # 16. an ordinary PDU release under an embargo line ("Embargoed until 00.01, Wednesday 6 March 2024"); "in only 11 of 36
    #     cases"; fieldwork "in October 2023"; six recommendations "including that HMPPS should ..."
    ("hewelsfield-pdu-2024", facts([
        svc("Hewelsfield Probation Delivery Unit", "Hewelsfield PDU", "PDU", INAD)], "2024-03-06", "2023-10", 6),
     """N| Embargoed until 00.01, [Wednesday 6 March 2024|D]

N| Probation unit in Gloucestershire rated ‘[Inadequate|R]’

N| Inspectors from [HM Inspectorate of Probation|A] have given [Hewelsfield Probation Delivery Unit|S] their lowest grade, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [October 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hewelsfield|S] is struggling on almost every front.
W| “Almost half of probation officer posts were vacant, and the staff we met were exhausted and unsure what was expected of them.”

W| Inspectors judged that work to protect others was sufficient in only 11 of 36 cases.
S| Positively, the unit’s accommodation officer had helped many people leaving prison into settled housing.
W| Links with children’s social care were weak, and safeguarding checks were missing in many cases.

R| The report makes six recommendations, including that [HM Prison and Probation Service|A] should make sure the unit has enough staff.

N| ENDS
"""),
    # 17. an ordinary local-news story: the headline's lower-case "Goytre youth justice service"; "Inspectors have rated X
    #     ‘...’ in a report published today" under the byline "Thursday 20 April 2023"; "was inspected in January 2023"
    ("goytre-yjs-2023", facts([
        svc("Goytre Youth Justice Service", "Goytre YJS", "YJS", RI)], "2023-04-20", "2023-01", 5),
     """N| [Goytre youth justice service|S] must improve, say inspectors

N| By [Rhian Jenkins|X]

N| [Thursday 20 April 2023|D]

N| A report published today by inspectors gives [Goytre Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.
N| The service was inspected in [January 2023|D].

S| The report said staff were passionate about their work and many children had formed strong bonds with their case workers.
W| But inspectors said the service’s plans for keeping children safe were often out of date.
W| They were also worried that board members had little picture of who the children on the caseload were.

S| The inspectors praised [Goytre|S] for its work with victims, which they described as thoughtful.
R| The report makes five recommendations.

N| A spokesperson for [Monmouthshire County Council|A] said: “Our staff work incredibly hard for these young people, and we now have a plan to put each recommendation into practice.”
"""),
    # 18. an ordinary youth justice release with resettlement "given a separate rating"; fieldwork "between 10 and 14 January
    #     2022"; the notes' "available on the ... website on 17 May 2022 at 00.01"; "I would like to see" (tie-break 7)
    ("cwmcarvan-yjs-2022", facts([
        svc("Cwmcarvan Youth Justice Service", "Cwmcarvan YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-05-17", "2022-01", 3),
     """N| [Cwmcarvan Youth Justice Service|S] judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has judged [Cwmcarvan Youth Justice Service|S] to be ‘[Good|R]’ overall.
S| Resettlement work, which was given a separate rating, was also judged ‘[Good|R]’.
N| Inspectors visited the service between [10 and 14 January 2022|D].

S| Inspectors found a confident team of case workers who knew their children well.
S| Thanks to a health worker seconded from [Aneurin Bevan University Health Board|A], children rarely waited long for a nurse or psychologist.
W| However, safety plans often stayed the same after a child’s circumstances had changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cwmcarvan|S]’s staff have created a service where children are listened to and treated as individuals.
R| “I would like to see the same quality in the work to keep children safe.”

R| Of the three recommendations in the report, one is addressed to [Gwent Police|A].

N| ENDS

N| Notes to editors
N| 1. Report publication date: [17 May 2022|D], 00.01, on the [HM Inspectorate of Probation|A] website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 170th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
