"""Builds the 182nd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Thurrock PDUs on a GOV.UK page, the region named as their home: "Orsett ... came out at ‘...’ and Stifford
    #    ... a grade lower"; fieldwork "between 16 and 27 September 2024"; ten recommendations, five per unit
    ("orsett-and-stifford-pdus-2025", facts([
        svc("Orsett Probation Delivery Unit", "Orsett PDU", "PDU", RI),
        svc("Stifford Probation Delivery Unit", "Stifford PDU", "PDU", INAD)], "2025-02-11", "2024-09", 10),
     """N| Press release

N| Inspectors report on two probation units in Thurrock

N| Reports on two probation delivery units in south Essex are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] has today published reports on [Orsett Probation Delivery Unit|S] and [Stifford Probation Delivery Unit|S], both managed by the [Probation Service – East of England region|S].
N| [Orsett|S] came out at ‘[Requires improvement|R]’, while [Stifford|S] was placed a grade lower, at ‘[Inadequate|R]’.
N| Inspectors visited both units between [16 and 27 September 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These two units sit only a few miles apart, yet the people they supervise can expect a very different service.
W| “At Stifford, close to half of the probation officer posts were empty or held by agency workers, and some high-risk people had gone weeks without being seen.
S| “[Orsett|S] has a stable team of managers who know their staff well and have built a good working relationship with [Essex Police|A].”

S| Inspectors highlighted the work of [Orsett PDU|S]’s women’s team, which kept contact going with women who had missed appointments instead of simply returning them to court.
W| In both units, home visits were rarely used to check on people convicted of domestic abuse.
W| Checks with children’s social care at [Thurrock Council|A] were made in fewer than half of the relevant cases in [Stifford PDU|S].

R| Between them, the two reports set out ten recommendations, five for each unit.

N| [Kerry Lawson|X], Regional Probation Director for the East of England, said: “We accept the findings and have already moved experienced staff into Stifford.”
"""),
    # 2. two Basildon youth services in a local-news story: the report "released on Wednesday (14 June)" under a byline of
    #    Friday 16 June 2023; "Inspectors gave Nevendon ‘...’ and awarded Vange ‘...’", in the other order from the one
    #    first named (Vange, Nevendon); fieldwork "in February 2023"; eight recommendations
    ("vange-and-nevendon-yjs-2023", facts([
        svc("Vange Youth Justice Service", "Vange YJS", "YJS", GOOD),
        svc("Nevendon Youth Justice Service", "Nevendon YJS", "YJS", RI)], "2023-06-14", "2023-02", 8),
     """N| Mixed verdict for two youth justice teams in Basildon

N| By [Harriet Cole|X]

N| [Friday 16 June 2023|D]

N| Inspectors visited [Vange Youth Justice Service|S] and [Nevendon Youth Justice Service|S] during [February 2023|D]; the two reports came out on Wednesday ([14 June|D]).
N| They gave [Nevendon|S] ‘[Requires improvement|R]’ and awarded [Vange|S] ‘[Good|R]’.

S| The inspectors said [Vange|S]’s case managers built trusting relationships with children and spent time getting to know their families.
S| They also praised the way [Vange YJS|S] worked with local schools to get excluded children back into lessons.
W| At Nevendon, however, safety plans for children were often out of date, and a few had gone months without review.
W| The report on [Nevendon YJS|S] also found that the management board did not always know what was happening on the ground.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “We inspected these two services side by side, in the same month.
S| “Staff in Vange should be proud of what they have achieved for the children they work with.”

R| Eight recommendations are made across the two reports, three for [Vange|S] and five for [Nevendon|S].

N| A spokesperson for [Basildon Council|A] said: “We will work with both teams to act on the inspectors’ advice.”
"""),
    # 3. a unit inside its region, the region in the headline: "East of England probation region: Chafford Hundred unit
    #    judged to ..."; "judged to be ‘...’"; the region's own rating as context; "Fieldwork was carried out in January
    #    2025"; the notes give publication "at 00.01 on Thursday 10 April 2025"
    ("chafford-hundred-pdu-2025", facts([
        svc("Chafford Hundred Probation Delivery Unit", "Chafford Hundred PDU", "PDU", RI)], "2025-04-10", "2025-01", 6),
     """N| [East of England probation region|S]: probation in Chafford Hundred ‘has the right foundations’

N| Inspectors have judged [Chafford Hundred Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| When the [East of England region|S] itself was inspected in [2023|D], it also received ‘[Requires improvement|R]’.
N| Fieldwork was carried out in [January 2025|D]; inspectors examined 42 cases and held meetings with staff, managers and partner agencies.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit has the right foundations: a head of service who is respected by staff, and a team that cares about the people it supervises.
W| “But the quality of everyday work to manage risk was simply not consistent enough, and too much depended on which officer a person happened to be allocated.”

S| Inspectors found that sentence plans were drawn up with the person on probation in most of the cases they looked at.
W| Only 19 of the 42 cases showed enough attention to the safety of partners and ex-partners.
W| On several occasions unpaid work sessions had been called off at short notice, leaving people unable to complete their hours.

R| Mr Jones continued: “Leaders now need to give every officer the time and the training to look properly at risk.”

R| The report makes six recommendations, four to the unit and two to the region.

N| ENDS

N| Notes to editors
N| 1. The full report goes online at 00.01 on [Thursday 10 April 2025|D].
N| 2. [Chafford Hundred PDU|S] covers much of western Thurrock and belongs to the [East of England region|S].
"""),
    # 4. a CRC in early 2019 owned by a named provider: "Inspectors found the CRC to be ‘...’ overall"; unpaid work "which
    #    is rated separately, was found to be ‘...’"; "Published: 16 Jan 2019"; "in October 2018"
    ("stambridge-and-hawkwell-crc-2019", facts([
        svc("Stambridge and Hawkwell Community Rehabilitation Company", "Stambridge and Hawkwell CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-01-16", "2018-10", 5),
     """N| News

N| Probation company in the Rochford area must do more to protect the public

N| Published: [16 Jan 2019|D]

N| Inspectors visited [Stambridge and Hawkwell Community Rehabilitation Company|S] (CRC), a [Sodexo Justice Services|A] company, in [October 2018|D].
N| Inspectors found the CRC to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, which is rated separately, was found to be ‘[Good|R]’, with placements that gave people useful skills.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This is a CRC with some strengths to build on.
W| “Yet too many of its cases are managed by telephone, and that is no way to keep the public safe.”

S| The inspection found that staff in the CRC were committed and well supported by their managers.
W| However, assessments often failed to take account of information from the police, and in only 14 of 32 cases had domestic abuse enquiries been made.
W| Work to help people find settled accommodation was variable.

R| Of the report’s five recommendations, four are addressed to the CRC and [Sodexo Justice Services|A], one to [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said: “We welcome this report and are already putting its recommendations into practice.”
"""),
    # 5. a youth offending team written out, in 2016, before ratings: a joint inspection with bullet lists; "Posted:
    #    08/11/2016" (day/month/year); "took place during July 2016"; seven recommendations
    ("horndon-on-the-hill-yot-2016", facts([
        svc("Horndon-on-the-Hill Youth Offending Team", "Horndon-on-the-Hill YOT", "YJS", None)], "2016-11-08", "2016-07", 7),
     """N| Joint inspection of youth offending work in Horndon-on-the-Hill

N| Posted: [08/11/2016|D]

N| [HM Inspectorate of Probation|A] has published the report of a joint inspection, which it led, of [Horndon-on-the-Hill Youth Offending Team|S] (YOT).
N| Carried out during [July 2016|D], the inspection also involved colleagues from [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • children were seen often by case managers who knew them well;
S| • children’s views were sought and recorded at the start of their orders;
S| • work with [Essex Police|A] to keep children out of the courts was well organised.

N| However, inspectors were concerned to find that:
W| • the risk that some children posed to others had not been properly assessed;
W| • plans were seldom updated when a child’s circumstances changed;
W| • children referred to [CAMHS|A] for mental health support could wait months.

R| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The [Horndon-on-the-Hill YOT|S] has much to be positive about, but it must now get a firmer grip on risk.”

R| Of the seven recommendations in the report, most are addressed to the YOT’s management board.
"""),
    # 6. an NPS division in December 2019: "Inspectors have awarded the division ‘...’ overall"; the embargo line;
    #    fieldwork "in August and September 2019"; four recommendations
    ("nps-rawreth-and-runwell-division-2019", facts([
        svc("National Probation Service – Rawreth and Runwell Division", "NPS Rawreth and Runwell", "region", GOOD)],
        "2019-12-03", "2019-08", 4),
     """N| Embargoed until 00.01, [Tuesday 3 December 2019|D]

N| ‘Well-led’ probation division in Essex praised by inspectors

N| Inspectors have awarded the [National Probation Service – Rawreth and Runwell Division|S] ‘[Good|R]’ overall, following an inspection carried out in [August and September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Rawreth and Runwell|S] is well led, and its staff told us they felt listened to.
S| “Court reports were prepared quickly and accurately, and magistrates trusted them.”

S| Inspectors found that the division’s work with [Essex Police|A] and [Essex County Council|A] to manage sexual and violent offenders through [MAPPA|A] was thorough and well recorded.
W| On the other hand, work with victims was not good enough, and some victims had not been offered contact before an offender was released.
W| Workloads in several offices were too high, and newly qualified officers were holding complex cases without enough support.

R| Inspectors make four recommendations; the division is asked to act on three, [HM Prison and Probation Service|A] on one.

N| ENDS
"""),
    # 7. a youth justice service given "the lowest possible rating", down from a previous rating; resettlement "rated
    #    separately"; fieldwork "in February 2024"; the notes' "Report online from: Tuesday 21 May 2024"; nine
    #    recommendations
    ("shotgate-yjs-2024", facts([
        svc("Shotgate Youth Justice Service", "Shotgate YJS", "YJS", INAD,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2024-05-21", "2024-02", 9),
     """N| [Shotgate youth justice service|S] given lowest rating by inspectors

N| [HM Inspectorate of Probation|A] has given [Shotgate Youth Justice Service|S] (YJS) the lowest possible rating, ‘[Inadequate|R]’.
N| At its last inspection, in [2021|D], the service was rated ‘[Requires improvement|R]’.
W| Resettlement policy and provision, rated separately, was also found to be ‘[Inadequate|R]’.
N| Inspectors were on site in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Shotgate are being let down.
W| “Leaders had not acted on what we told them in [2021|D], and in many of the cases we looked at nobody had properly considered whether the child was at risk of exploitation.”

S| Inspectors did find committed case managers, several of whom had stayed with the service through repeated changes of leadership.
W| But the management board met rarely, and partners such as [Essex Police|A] and the local health services were not always represented.
W| Children leaving custody sometimes had nowhere confirmed to live on the day of their release.

R| The report makes nine recommendations, seven for the YJS and two for its management board.

N| ENDS

N| Notes to editors
N| Report online from: [Tuesday 21 May 2024|D].
"""),
    # 8. a youth justice service on a council page: "The inspectorate has assessed X as ‘...’", up from a previous
    #    ‘Good’; resettlement "rated on its own"; "Posted on 27/09/2023"; fieldwork "in June 2023"; three recommendations
    ("langdon-hills-yjs-2023", facts([
        svc("Langdon Hills Youth Justice Service", "Langdon Hills YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2023-09-27", "2023-06", 3),
     """N| Top rating for [Langdon Hills youth justice team|S]

N| Posted on [27/09/2023|D]

N| [HM Inspectorate of Probation|A] has assessed [Langdon Hills Youth Justice Service|S] as ‘[Outstanding|R]’ following its inspection in [June 2023|D].
N| When it was last inspected, in [2020|D], the service received ‘[Good|R]’.
S| Resettlement policy and provision, which receives its own rating, was judged ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Langdon Hills|S] puts children first in everything it does.
S| “Case managers were creative and persistent, and the service’s work to prevent children entering the justice system stands out.”

S| The report praised the speed with which children were offered help with speech, language and communication needs.
W| Inspectors noted that the work to help children make amends to victims was not always recorded in enough detail.

R| The report contains three recommendations: two are for the service, one for the [Youth Justice Board|A].

N| Councillor [Paul Hammond|X], cabinet member for children at [Basildon Council|A], said: “Our youth justice team has worked incredibly hard for this, and the young people of the borough will benefit.”
"""),
    # 9. a unit inside its region, on a justiceinspectorates news item: the region named first, "X ... has been found to be
    #    ‘...’"; "Published: 05 Nov 2024"; fieldwork "during June and July 2024"; seven recommendations
    ("noak-bridge-pdu-2024", facts([
        svc("Noak Bridge Probation Delivery Unit", "Noak Bridge PDU", "PDU", INAD)], "2024-11-05", "2024-06", 7),
     """N| News

N| Serious concerns at probation unit in Basildon

N| Published: [05 Nov 2024|D]

N| Within the [Probation Service – East of England region|S], inspectors have found [Noak Bridge Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| The inspection took place during [June and July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Noak Bridge|S] are working under enormous pressure, and it shows in the quality of their work.
W| “In too many cases, we could find no evidence that anyone had thought about the risk to children in the household.”

W| Inspectors found that a third of the unit’s probation officer posts were empty, and some officers were managing more than 70 cases each.
W| Work to tackle substance misuse was rarely started, even where drugs or alcohol were linked to offending.
S| Despite the pressures, inspectors found that the unit’s partnership with [Essex County Council|A]’s housing team had helped many people leaving prison into accommodation.

R| The report makes seven recommendations: five for [Noak Bridge PDU|S], and two for the [Probation Service|A] nationally.

N| A spokesperson for the [Probation Service|A] said: “We are taking urgent action in Noak Bridge, including bringing in extra staff from elsewhere in the region.”
"""),
    # 10. an ordinary GOV.UK release for a youth justice service rated ‘Good’ in 2022
    ("ashingdon-yjs-2022", facts([
        svc("Ashingdon Youth Justice Service", "Ashingdon YJS", "YJS", GOOD)], "2022-08-16", "2022-04", 6),
     """N| Press release

N| [Ashingdon youth justice service|S] rated ‘[Good|R]’

N| A good service that keeps children at the centre of its work, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 August 2022|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Ashingdon Youth Justice Service|S] ‘[Good|R]’.
N| Inspectors visited the service in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ashingdon YJS|S] knows its children well and works hard to understand what lies behind their behaviour.
S| “The management board is well informed and challenges partners when they fall short.”

S| Inspectors were impressed by the service’s approach to out-of-court disposals, which kept many children away from the courts.
W| However, practice to keep other people safe varied in quality, and contingency plans were sometimes missing.
W| Some children waited too long for an education or training place.

R| The report makes six recommendations, including that the service should review how it plans for risks to victims.
"""),
    # 11. an ordinary youth justice service ‘Requires improvement’ in local news: "published today (Thursday 7 March)",
    #     year from the byline; fieldwork "in November 2023"
    ("chadwell-st-mary-yjs-2024", facts([
        svc("Chadwell St Mary Youth Justice Service", "Chadwell St Mary YJS", "YJS", RI)], "2024-03-07", "2023-11", 4),
     """N| Youth justice team ‘must improve’, say inspectors

N| By [Tom Baxter|X]

N| [7 March 2024|D]

N| A report published today ([Thursday 7 March|D]) rates [Chadwell St Mary Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out in [November 2023|D].

S| Inspectors found that staff were dedicated and that children felt able to talk to their case managers.
W| But they said leaders had been slow to tackle gaps in the service’s work to protect children from exploitation.
W| In only 9 of 20 cases was the child’s safety planned for well enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has many of the right people in place.
R| “Leaders now need to make sure that the good intentions of staff turn into plans that keep children safe.”

R| Inspectors make four recommendations: three to the service and one to [Thurrock Council|A].

N| A council spokesperson said: “We have already begun to act on the inspectors’ findings.”
"""),
    # 12. a 2025-26 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; the report's day "14 January 2026" in the text; fieldwork "in September 2025"
    ("daws-heath-pdu-2026", facts([
        svc("Daws Heath Probation Delivery Unit", "Daws Heath PDU", "PDU", None)], "2026-01-14", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Daws Heath Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] published its public protection inspection of [Daws Heath Probation Delivery Unit|S] on [14 January 2026|D].
N| Inspections in this programme do not give a rating.
N| Fieldwork took place in [September 2025|D].

N| Context
N| • [Daws Heath PDU|S] covers Castle Point for the [Probation Service – East of England region|S].
N| • At the time of the inspection, it supervised around 900 people in the community.

N| Findings
S| • Staff understood the signs of domestic abuse and most were confident in raising concerns.
W| • Where police information was needed, it had been asked for in fewer than half of the cases.
W| • Risk assessments were not reviewed when circumstances changed in a third of the cases inspected.
S| • Managers checked the work of newly qualified officers closely, and this was valued by staff.

R| The report makes five recommendations to strengthen the unit’s work to protect the public.
"""),
    # 13. an ordinary youth justice service rated ‘Outstanding’ in 2021, fieldwork "carried out remotely in March 2021"
    ("bulphan-yjs-2021", facts([
        svc("Bulphan Youth Justice Service", "Bulphan YJS", "YJS", OUT)], "2021-06-29", "2021-03", 2),
     """N| ‘[Outstanding|R]’ rating for [Bulphan Youth Justice Service|S]

N| [Tuesday 29 June 2021|D]

N| [HM Inspectorate of Probation|A]’s report, out today, rates [Bulphan Youth Justice Service|S] ‘[Outstanding|R]’.
N| The pandemic meant the inspection was done remotely, in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is an exceptional service.
S| “Throughout the pandemic, case managers kept in touch with every child, often in person, and made sure no one was forgotten.”

S| Inspectors were impressed by the service’s success in keeping Black and mixed-heritage children out of the justice system.
S| Inspectors described its partnerships with schools, the police and health services as among the strongest they had seen.
W| The one area for development was the recording of work with victims, which was sometimes too brief.

R| The report makes two recommendations.

N| ENDS
"""),
    # 14. an ordinary youth justice service ‘Requires improvement’, fieldwork "between 20 and 24 January 2020", the notes'
    #     publication day, "Mr Russell continued"
    ("great-burstead-yjs-2020", facts([
        svc("Great Burstead Youth Justice Service", "Great Burstead YJS", "YJS", RI)], "2020-05-12", "2020-01", 7),
     """N| Inspectors call for improvements at [Great Burstead Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has placed [Great Burstead Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Inspectors visited between [20 and 24 January 2020|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has a clear vision, and its staff are enthusiastic and well trained.
W| “However, too little attention was paid to keeping children and the public safe.”

W| Mr Russell continued: “In over half of the cases we inspected, plans did not address the risks that had been identified.”

S| Work on court disposals was of a high standard, inspectors found, with reports to court that were timely and balanced.
W| Out-of-court disposals were less well managed, and decisions were not always recorded.
W| The management board had not challenged partners about the low number of children in full-time education.

R| The report makes seven recommendations, including five for the service’s management board.

N| ENDS

N| Notes to editors
N| The report is published on [12 May 2020|D] on the inspectorate’s website.
"""),
    # 15. an ordinary PDU ‘Requires improvement’ on a justiceinspectorates news item: "Published: 31 Oct 2023";
    #     "Fieldwork for this inspection took place in May 2023"
    ("battlesbridge-pdu-2023", facts([
        svc("Battlesbridge Probation Delivery Unit", "Battlesbridge PDU", "PDU", RI)], "2023-10-31", "2023-05", 6),
     """N| News

N| [Battlesbridge PDU|S] ‘[Requires improvement|R]’

N| Published: [31 Oct 2023|D]

N| [Battlesbridge Probation Delivery Unit|S] has been rated as ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Battlesbridge|S] has a committed workforce and leaders who are honest about the challenges they face.
W| “Even so, caseloads were too high, and staff told us they had little time to think about the cases they held.”

S| Links between the unit and local drug and alcohol services were strong, so people were referred without delay.
W| Inspectors found that assessments did not always draw on information held by [Essex Police|A] and children’s services.
W| Just 12 of the 30 inspected cases contained a good enough plan to manage the risk of serious harm.

R| Six recommendations are made; four fall to the unit and two to the [Probation Service|A].
"""),
    # 16. an ordinary youth justice service ‘Inadequate’ on a council page, "Posted on 22/11/2022", fieldwork "in August
    #     2022", the council leader's reply
    ("south-fambridge-yjs-2022", facts([
        svc("South Fambridge Youth Justice Service", "South Fambridge YJS", "YJS", INAD)], "2022-11-22", "2022-08", 8),
     """N| Council response to [South Fambridge Youth Justice Service|S] inspection

N| Posted on [22/11/2022|D]

N| [HM Inspectorate of Probation|A] has rated [South Fambridge Youth Justice Service|S] ‘[Inadequate|R]’ following an inspection in [August 2022|D].

W| According to the inspectors, the service’s leaders lacked a clear enough picture of the quality of work with children.
W| They said that the risk some children posed to others was often underestimated, and that safety plans were too general.
S| They did recognise the commitment of frontline staff, who had kept in regular contact with children despite staff shortages.
W| Too few children were receiving the education they were entitled to.

R| Eight recommendations are made in the report: six for the service, and two for [Rochford District Council|A] and [Essex County Council|A].

N| Councillor [Margaret Ellis|X], portfolio holder for children, said: “We are disappointed by the report, but we accept every one of its recommendations.
N| “An improvement plan has already been agreed with our partners.”
"""),
    # 17. an ordinary youth justice service rated ‘Good’ in 2019: "Wednesday, 18th December 2019" as the date line of a
    #     release that says "published today"; fieldwork "in September 2019"
    ("ramsden-heath-yjs-2019", facts([
        svc("Ramsden Heath Youth Justice Service", "Ramsden Heath YJS", "YJS", GOOD)], "2019-12-18", "2019-09", 4),
     """N| [Ramsden Heath youth justice service|S] ‘[Good|R]’, say inspectors

N| [Wednesday, 18th December 2019|D]

N| In its report published today, [HM Inspectorate of Probation|A] gives [Ramsden Heath Youth Justice Service|S] a rating of ‘[Good|R]’.
N| Inspectors visited the service in [September 2019|D].

S| Leadership was strong, the report found, and the management board understood the needs of local children.
S| Staff were skilled at gaining the confidence of children whom other services had failed.
W| However, work to address the risk of harm to others was not always good enough, particularly in out-of-court cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ramsden Heath|S] can be rightly proud of this report.
R| “The service should now make sure that every child’s risk to others is reviewed as carefully as their own needs.”

R| There are four recommendations in the report.
"""),
    # 18. a Probation Trust in 2013, before ratings: scores in per cent, "Friday, 15th March 2013", fieldwork "in November
    #     2012", eleven recommendations
    ("barling-probation-trust-2013", facts([
        svc("Barling Probation Trust", "Barling Probation Trust", "other", None)], "2013-03-15", "2012-11", 11),
     """N| [Barling Probation Trust|S]: inspection of adult offender management

N| [Friday, 15th March 2013|D]

N| Today [Her Majesty’s Inspectorate of Probation|A] releases its findings on how [Barling Probation Trust|S] manages offenders.
N| Inspectors visited the Trust in [November 2012|D] and looked at 90 cases.

S| A score of 79% for reducing the likelihood of reoffending put the Trust above the average of those inspected so far.
W| Its work to protect the public scored 64%, and inspectors said this needed to improve.

S| Inspectors were impressed that offenders were seen promptly after sentence and that staff knew their cases well.
W| They were concerned that too few cases had a risk management plan that was reviewed when things changed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a good deal to be pleased about.
R| “The Trust must now raise its public protection work to the standard of its work on reoffending.”

R| The report contains eleven recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 182nd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
