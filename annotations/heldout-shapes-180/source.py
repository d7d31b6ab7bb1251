"""Builds the hundred-and-eightieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. three Somerset Levels PDUs on a GOV.UK page, the region named in the first sentence: "The inspectorate gave X
    #    and Y its second-lowest grade, ‘...’, while Z was found to be ‘...’"; fieldwork "over a fortnight in May 2024";
    #    "Eleven recommendations: five for Huntspill and three each for Woolavington and Catcott"
    ("woolavington-huntspill-and-catcott-pdus-2024", facts([
        svc("Woolavington Probation Delivery Unit", "Woolavington PDU", "PDU", RI),
        svc("Huntspill Probation Delivery Unit", "Huntspill PDU", "PDU", INAD),
        svc("Catcott Probation Delivery Unit", "Catcott PDU", "PDU", RI)], "2024-10-10", "2024-05", 11),
     """N| Press release

N| Three probation units in Somerset inspected

N| Inspectors report on three probation delivery units on the Somerset Levels.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 October 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes its reports on [Woolavington Probation Delivery Unit|S], [Huntspill Probation Delivery Unit|S] and [Catcott Probation Delivery Unit|S], all of them part of [Probation Service – South West region|S].
N| The inspectorate gave [Woolavington|S] and [Catcott|S] its second-lowest grade, ‘[Requires improvement|R]’, while [Huntspill|S] was found to be ‘[Inadequate|R]’.
N| Inspectors visited the three units over a fortnight in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Huntspill|S] has lost so many experienced officers that trainees were holding cases they should never have been given.
W| “Contact with people on licence had become irregular, and in too many cases nobody had asked whether children were at risk.
S| “[Woolavington|S] and [Catcott|S] have more settled teams, and their links with [Avon and Somerset Constabulary|A] over domestic abuse call-outs are a real asset.”

S| [Catcott PDU|S]’s unpaid work team won praise for finding placements on farms and at community halls all over the Levels.
W| Across all three units, sentence plans were often written weeks late and rarely reviewed.

R| Eleven recommendations are made in the three reports: five for [Huntspill|S] and three each for [Woolavington|S] and [Catcott|S].

N| Regional Probation Director for the South West [Alison Beale|X] said: “Experienced staff have already been moved into Huntspill, and we accept the findings in full.”
"""),
    # 2. two youth justice services in a local-news story: reports "released on Tuesday (21 November)" under a byline of
    #    Friday 24 November 2023; "The inspectorate’s verdict was ‘...’ for X and ‘...’ for Y", in the other order from the
    #    one the services were first named in; "six recommendations in total: four for Dunster and two for Carhampton"
    ("dunster-and-carhampton-yjs-2023", facts([
        svc("Dunster Youth Justice Service", "Dunster YJS", "YJS", GOOD),
        svc("Carhampton Youth Justice Service", "Carhampton YJS", "YJS", OUT)], "2023-11-21", "2023-06", 6),
     """N| Two youth justice services in west Somerset praised by inspectors

N| By [Tom Hurley|X]

N| [Friday 24 November 2023|D]

N| Inspection reports released on Tuesday ([21 November|D]) cover [Dunster Youth Justice Service|S] and [Carhampton Youth Justice Service|S], which inspectors visited in [June 2023|D].
N| The inspectorate’s verdict was ‘[Outstanding|R]’ for [Carhampton|S] and ‘[Good|R]’ for [Dunster|S].

S| According to the reports, [Carhampton|S]’s case managers were skilled at keeping children engaged, calling at their homes when they missed appointments.
S| [Dunster|S] won praise for a diversion scheme run with [Avon and Somerset Police|A] that kept first-time offenders out of court.
W| However, the [Dunster YJS|S] report said that children’s health needs were not always assessed, because a nurse post had been empty since the spring.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This rural corner of Somerset is well served by its youth justice teams, and [Carhampton|S] in particular sets an example to others.”

R| There are six recommendations in total: four for [Dunster|S] and two for [Carhampton|S].

N| [Somerset Council|A]’s lead member for children, Councillor [Jane Fowler|X], said: “We are proud of both teams and of the children they work with.”
"""),
    # 3. a town PDU and its rural neighbour in a justiceinspectorates news item, the region named first: "X came out at
    #    ‘...’, and Y was assessed as ‘...’"; "Published: 4 Mar 2025"; fieldwork "from 21 October to 1 November 2024"
    #    (across two months); nine recommendations "four for X and five for Y"
    ("staplegrove-and-hatch-beauchamp-pdus-2025", facts([
        svc("Staplegrove Probation Delivery Unit", "Staplegrove PDU", "PDU", RI),
        svc("Hatch Beauchamp Probation Delivery Unit", "Hatch Beauchamp PDU", "PDU", INAD)], "2025-03-04", "2024-10", 9),
     """N| News

N| Probation around Taunton: one unit told to improve, one failing

N| Published: [4 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has looked at two neighbouring units in the [Probation Service – South West region|S]: [Staplegrove Probation Delivery Unit|S], which covers the north of Taunton, and [Hatch Beauchamp Probation Delivery Unit|S], which covers the villages to the south-east.
N| [Staplegrove PDU|S] came out at ‘[Requires improvement|R]’, and [Hatch Beauchamp PDU|S] was assessed as ‘[Inadequate|R]’.
N| Fieldwork ran from [21 October to 1 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Whether in Staplegrove or Hatch Beauchamp, practitioners care about the people they supervise and put in long hours for them.
W| “But at [Hatch Beauchamp|S] the basics were missing: a quarter of cases had no up-to-date risk assessment, and managers were stretched across two offices.”

S| Inspectors found that [Staplegrove|S]’s work with women on probation, delivered with a local women’s centre, was of a high standard.
W| Both units struggled to get people onto accredited programmes, and some had waited more than a year.

R| The reports make nine recommendations: four for [Staplegrove PDU|S] and five for [Hatch Beauchamp PDU|S].
"""),
    # 4. a unit inside its region, the region in the headline ("South West probation region: ...") and the first sentence:
    #    "has given X, one of the units that make up the ... region, the lowest possible rating, ‘...’"; "Mr Jones
    #    continued"; "The inspection took place in January 2024"; the notes' "at 00.01 on Thursday 6 June 2024"
    ("bishops-lydeard-pdu-2024", facts([
        svc("Bishops Lydeard Probation Delivery Unit", "Bishops Lydeard PDU", "PDU", INAD)], "2024-06-06", "2024-01", 7),
     """N| [South West probation region|S]: [Bishops Lydeard PDU|S] given lowest rating

N| Inspectors have given [Bishops Lydeard Probation Delivery Unit|S], within [Probation Service – South West region|S], the lowest rating on [HM Inspectorate of Probation|A]’s scale, ‘[Inadequate|R]’.
N| The inspection took place in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Workloads at this unit have simply outgrown the staff available to manage them.
W| “Some officers were responsible for more than 70 people, and supervision had shrunk to phone calls rather than meaningful work.”

W| Mr Jones continued: “Even in cases with clear signs of domestic abuse, police information had been sought less than half the time.”

S| Inspectors did find that the unit’s court team worked well, and that its new managers had a realistic plan.
W| Links with [Somerset Council|A]’s children’s social care were weak, and joint visits were rare.

R| The report makes seven recommendations; the PDU is asked to act on five, and the [Probation Service|A] in the South West on two.

N| ENDS

N| Notes to editors
N| 1. The report is online from 00.01 on [Thursday 6 June 2024|D].
N| 2. [Bishops Lydeard PDU|S] is one of the probation delivery units serving Somerset.
"""),
    # 5. a unit inside its region, "part of the South West region of the Probation Service", with the region's own earlier
    #    rating beside ("When the inspectorate last looked at the South West region as a whole, in 2022, ..."): "has been
    #    judged to be ‘...’"; "Published: Wednesday 11 October 2023"; "Inspectors were in Spaxton in May 2023"; "only 19
    #    of the 36 cases"; five recommendations
    ("spaxton-pdu-2023", facts([
        svc("Spaxton Probation Delivery Unit", "Spaxton PDU", "PDU", RI)], "2023-10-11", "2023-05", 5),
     """N| Probation in the Quantocks: [Spaxton PDU|S] must improve

N| Published: [Wednesday 11 October 2023|D]

N| [HM Inspectorate of Probation|A] has placed [Spaxton Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The unit belongs to the [South West region of the Probation Service|S].
N| When the inspectorate last looked at the [South West region|S] as a whole, in [2022|D], the region was given ‘[Requires improvement|R]’ overall.
N| Inspectors were in Spaxton in [May 2023|D].

S| They found a stable staff group, low sickness absence and managers who made time to talk through difficult cases with officers.
W| Yet the quality of risk assessment was uneven, and only 19 of the 36 cases inspected had a sound plan for protecting known victims.
W| Work with people convicted of sexual offences was held back by long waits for specialist programmes.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Spaxton|S] has a great deal going for it: its people know the area and the families in it.
R| “The unit now needs to make its risk management as dependable as its relationships.”

R| Five recommendations are made in the report.
"""),
    # 6. a Probation Trust in 2011, before ratings: "Tuesday, 13th September 2011" above "a report published today";
    #    percentage scores; "Inspectors were pleased to find that:" / "However, they were concerned that:" bullet lists;
    #    "Fieldwork took place in March 2011"; eight recommendations
    ("burrowbridge-and-athelney-probation-trust-2011", facts([
        svc("Burrowbridge and Athelney Probation Trust", "Burrowbridge and Athelney Probation Trust", "other", None)],
        "2011-09-13", "2011-03", 8),
     """N| Inspection of offender management in Burrowbridge and Athelney

N| [Tuesday, 13th September 2011|D]

W| [Burrowbridge and Athelney Probation Trust|S] does much of its work well, but its assessment of the risk some offenders pose was too often weak, [HM Inspectorate of Probation|A] says in a report issued today.
N| Fieldwork took place in [March 2011|D], and 54 cases were examined.

S| The Trust achieved 78% for its work on reoffending and 83% for enforcing sentences.
W| Protecting the public scored lowest of the three, at 64%.

N| Inspectors were pleased to find that:
S| • most offenders were seen within days of sentence and knew their obligations;
S| • offender managers made good use of interpreters and local community groups.

N| However, they were concerned that:
W| • plans to manage risk of harm were often incomplete;
W| • offender managers had hardly ever gone to offenders’ homes, even with children in the household.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Burrowbridge and Athelney|S]’s staff are committed, but too often they had not asked the questions that would reveal whether an offender was a danger to others.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "has been judged ‘...’ overall"; "Inspectors gave its
    #    unpaid work a separate rating of ‘...’"; "Fieldwork took place in August 2018"; a partner prison; seven
    #    recommendations; the provider's reply
    ("washford-and-roadwater-crc-2018", facts([
        svc("Washford and Roadwater Community Rehabilitation Company", "Washford and Roadwater CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-12-13", "2018-08", 7),
     """N| Embargoed: 00.01 [Thursday 13 December 2018|D]

N| Probation company in west Somerset must improve, inspectors say

N| [Washford and Roadwater Community Rehabilitation Company|S] (CRC), a [Working Links|A] company, was judged ‘[Requires improvement|R]’ overall by [HM Inspectorate of Probation|A].
W| Inspectors gave its unpaid work a separate rating of ‘[Inadequate|R]’.
N| Fieldwork took place in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Washford and Roadwater|S]’s workforce is committed, but it is stretched far too thinly, and many people under its supervision get too little help to move away from crime.”

W| Unpaid work sessions were frequently cancelled at short notice, and hours were not always recorded accurately.
S| On the positive side, the CRC’s through-the-gate team at [HMP Bristol|S] helped most prisoners find somewhere to live before release.
W| The CRC got on well with the [National Probation Service|A], but information was often missing when cases passed between them.

R| The report makes seven recommendations, six for the CRC and [Working Links|A] and one for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said: “Work on the recommendations has started.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by" the
    #    probation inspectorate with three others; "Date published: 28/04/2016" (day/month/year); fieldwork "which took
    #    place in January 2016"; "Among the positive findings:" / "Areas for improvement included:"; the councillor's
    #    reply; five recommendations
    ("kilve-yot-2016", facts([
        svc("Kilve Youth Offending Team", "Kilve YOT", "YJS", None)], "2016-04-28", "2016-01", 5),
     """N| Inspection of youth offending work in Kilve

N| Date published: [28/04/2016|D]

N| The council has received the report of [HM Inspectorate of Probation|A]’s joint inspection of the [Kilve Youth Offending Team|S] (YOT).
N| The inspection, in [January 2016|D], also involved [Ofsted|A] and the [Care Quality Commission|A], with [HM Inspectorate of Constabulary|A] looking at police work.

N| Among the positive findings:
S| • children and their parents trusted their case managers;
S| • close links with schools meant most children stayed in education.

N| Areas for improvement included:
W| • work to assess the harm children might cause others was not always thorough;
W| • plans were not reviewed when a child’s circumstances changed.

R| The report contains five recommendations, which the YOT management board will take forward.

N| Councillor [Peter Lacey|X], cabinet member for children, said: “We thank the inspectors for a fair report that recognises how hard our staff work.”
"""),
    # 9. an NPS division in 2019: "has awarded the X an overall regional rating of ‘...’"; the headline naming no service;
    #    "Published: 2 Jul 2019"; "The fieldwork was carried out in February 2019"; the short "NPS Cutcombe and
    #    Luxborough"; "I would now like to see ..."; six recommendations
    ("nps-cutcombe-and-luxborough-division-2019", facts([
        svc("National Probation Service – Cutcombe and Luxborough Division", "NPS Cutcombe and Luxborough", "region",
            GOOD)], "2019-07-02", "2019-02", 6),
     """N| Probation division on the edge of Exmoor rated ‘[Good|R]’

N| Published: [2 Jul 2019|D]

N| The [National Probation Service – Cutcombe and Luxborough Division|S] has earned an overall regional rating of ‘[Good|R]’ in its inspection by [HM Inspectorate of Probation|A].
N| The fieldwork was carried out in [February 2019|D].

S| Inspectors found that the division’s reports to court were thorough and well argued, and that sentencers trusted them.
S| Staff morale was high, and caseloads were manageable for most officers.
W| In contrast, victim work was inconsistent: several victims heard about an offender’s release after the event.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Cutcombe and Luxborough|S] is well led, and its staff do a difficult job with real skill.
R| “I would now like to see the division give victims the same attention it gives to offenders.”

R| Inspectors have made six recommendations, four to the division and two to [HMPPS|A].
"""),
    # 10. an ordinary GOV.UK page: "has been rated ‘...’"; resettlement policy and provision "which is rated separately,
    #     was also found to be ‘...’"; "Inspectors carried out their fieldwork in December 2023"; four recommendations
    ("crowcombe-yjs-2024", facts([
        svc("Crowcombe Youth Justice Service", "Crowcombe YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-04-23", "2023-12", 4),
     """N| Press release

N| Youth justice service in the Quantock Hills rated ‘[Good|R]’

N| Inspectors publish their report on [Crowcombe Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Crowcombe Youth Justice Service|S] ‘[Good|R]’.
S| Its resettlement policy and provision, which is rated separately, was also found to be ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [December 2023|D].

S| The service had a clear focus on children’s safety, and case managers worked closely with social workers from [Somerset Council|A].
S| Children told inspectors that they felt listened to and that their workers could be relied on.
W| However, out-of-court disposal work was of more variable quality, and some children waited too long for an intervention to start.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Crowcombe|S] is a well-run service with a strong sense of purpose.
R| “The board should now make sure that children on out-of-court disposals receive the same standard of help as those sentenced by the courts.”

R| The report makes four recommendations.

N| ENDS
"""),
    # 11. a council page: "Posted on 09/08/2023"; "has been rated ‘...’ following an inspection by"; "The inspection took
    #     place in March 2023"; no count of recommendations (null); the director's reply
    ("creech-st-michael-yjs-2023", facts([
        svc("Creech St Michael Youth Justice Service", "Creech St Michael YJS", "YJS", RI)], "2023-08-09", "2023-03",
        None),
     """N| Council responds to youth justice inspection

N| Posted on [09/08/2023|D]

N| [HM Inspectorate of Probation|A] has rated [Creech St Michael Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection took place in [March 2023|D].

S| The inspectors recognised strong work to prevent offending, with most children referred early by schools and the police.
W| However, they found that plans to keep children safe were not always put into practice, and that management oversight was inconsistent.
W| Staff turnover had been high, with almost half of the case managers new in post within the last year.

N| The report sets out the areas the service and its partners will now work on.

N| Councillor [Claire Winter|X], cabinet member for children’s services, said: “All of the findings are accepted, and work to address them started before the report was published.”
"""),
    # 12. a justiceinspectorates news item with a date line: the headline's lower-case "Selworthy youth justice service";
    #     "Inspectors have awarded X the top rating, ‘...’"; fieldwork "between 7 and 11 October 2024"; two
    #     recommendations
    ("selworthy-yjs-2025", facts([
        svc("Selworthy Youth Justice Service", "Selworthy YJS", "YJS", OUT)], "2025-01-30", "2024-10", 2),
     """N| News

N| [Selworthy youth justice service|S] is ‘[Outstanding|R]’, say inspectors

N| [30 January 2025|D]

N| Inspectors have awarded [Selworthy Youth Justice Service|S] the top rating, ‘[Outstanding|R]’.
N| Fieldwork took place between [7 and 11 October 2024|D].

S| Every child had a plan they had helped to write, and case managers saw children at home, at school and in custody.
S| Children with speech and language needs were identified early, thanks to a therapist employed jointly with [NHS Somerset|A].
S| Leaders knew the service’s strengths and weaknesses and had acted quickly on the findings of their own audits.
W| The one area needing attention was the recording of decisions about children’s safety, which was sometimes incomplete.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Selworthy|S] is an exceptional service, and everyone involved in it should be proud of what they have built.”

R| The report makes two recommendations.
"""),
    # 13. a plain release with notes: "has published its report on X, which it has rated ‘...’"; "The inspection took place
    #     in May 2022"; notes "at 00.01 on Wednesday 7 September 2022"; six recommendations
    ("goathurst-yjs-2022", facts([
        svc("Goathurst Youth Justice Service", "Goathurst YJS", "YJS", GOOD)], "2022-09-07", "2022-05", 6),
     """N| ‘[Good|R]’ rating for [Goathurst Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has published its report on [Goathurst Youth Justice Service|S], which it has rated ‘[Good|R]’.
N| The inspection took place in [May 2022|D].

S| Inspectors were impressed by how the service protected children drawn into criminal exploitation, often working jointly with [Avon and Somerset Constabulary|A].
S| Board meetings were well attended, and partners were willing to question each other.
W| On the other hand, children leaving custody received too little attention, and two recent releases had been poorly planned.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goathurst|S] has much to be pleased about, but its planning for children coming out of custody was not yet good enough.”

R| Six recommendations have been made, including that the board should review how releases from custody are planned.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Wednesday 7 September 2022|D], on the website of [HM Inspectorate of Probation|A].
N| 2. [Goathurst YJS|S] works with children aged 10 to 17 in rural Somerset.
"""),
    # 14. a local-news story with a byline date and "in a report published today": "Inspectors have given X their lowest
    #     rating, ‘...’"; "The service was inspected in November 2022"; ten recommendations; the council's replies
    ("stogumber-yjs-2023", facts([
        svc("Stogumber Youth Justice Service", "Stogumber YJS", "YJS", INAD)], "2023-03-16", "2022-11", 10),
     """N| Youth justice service rated ‘[Inadequate|R]’ by inspectors

N| By [Helen Marsh|X], local democracy reporter

N| [Thursday 16 March 2023|D]

N| Inspectors have given [Stogumber Youth Justice Service|S] their lowest rating, ‘[Inadequate|R]’, in a report published today.
N| The service was inspected in [November 2022|D].

W| The watchdog found that children being exploited were not always spotted, and that some who went missing again and again had no plan to protect them.
W| Case managers told inspectors that they felt unsupported, and several had left in the months before the inspection.
S| The report did praise the service’s reparation projects, which gave children the chance to put right damage in their own communities.

R| It makes ten recommendations, most of them for the service’s management board.

N| [Somerset Council|A] said an improvement plan was being drawn up.
N| A council spokesperson said: “We apologise to children and families: they deserved a better service than we provided.”
"""),
    # 15. a 2025-26 public-protection inspection of a PDU on a GOV.UK page: no rating ("As with all inspections in this
    #     programme, no rating has been given"), "Context" and "Findings" bullets, the region in a bullet; "Published 15
    #     January 2026"; "Inspectors visited the unit in October 2025"; four recommendations
    ("enmore-pdu-2026", facts([
        svc("Enmore Probation Delivery Unit", "Enmore PDU", "PDU", None)], "2026-01-15", "2025-10", 4),
     """N| Press release

N| Public protection work in a probation unit in Somerset

N| From: [HM Inspectorate of Probation|A]

N| Published [15 January 2026|D]

N| Today [HM Inspectorate of Probation|A] publishes its findings on how [Enmore Probation Delivery Unit|S] protects the public.
N| As with all inspections in this programme, no rating has been given.
N| Inspectors visited the unit in [October 2025|D].

N| Context
N| • [Enmore PDU|S] belongs to [Probation Service – South West region|S].
N| • At the time of the inspection it was supervising about 850 people.

N| Findings
S| • Practitioners knew what risks each person on their caseload presented.
W| • Practitioners seldom made home visits, even in domestic abuse cases.
W| • Only in half of the relevant cases had anyone asked [Avon and Somerset Constabulary|A] for information.
S| • Work with approved premises was well coordinated.

R| The report sets out four recommendations for the PDU and the region.
"""),
    # 16. a remote inspection in 2021: "has judged X to be ‘...’, a fall from the ‘...’ it was given at its previous
    #     inspection in 2018"; "the inspection in April 2021 was carried out remotely"; "Published: Thursday 15th July
    #     2021"; "only 11 of 24 cases"; five recommendations
    ("north-curry-yjs-2021", facts([
        svc("North Curry Youth Justice Service", "North Curry YJS", "YJS", RI)], "2021-07-15", "2021-04", 5),
     """N| [North Curry Youth Justice Service|S] falls to ‘[Requires improvement|R]’

N| Published: [Thursday 15th July 2021|D]

N| [HM Inspectorate of Probation|A] has judged [North Curry Youth Justice Service|S] to be ‘[Requires improvement|R]’; it was ‘[Good|R]’ when inspectors last visited, in [2018|D].
N| Because of the pandemic, the inspection in [April 2021|D] was carried out remotely.

W| During lockdown, face-to-face contact with children had been cut back further than it needed to be, inspectors found.
W| Only 11 of the 24 cases inspected showed enough thought about whether the child was safe.
S| Despite the pressures of the past year, the service had kept nearly all its children in education, training or work.
S| Its work with victims was thoughtful, and victims were offered restorative justice wherever it was appropriate.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[North Curry|S] has done well in some areas, but the drop in its rating reflects real gaps in how it keeps children safe.”

R| The report makes five recommendations.
"""),
    # 17. an embargo line: "Embargoed until 00:01 on Tuesday 25 April 2023"; "has been rated ‘...’"; fieldwork "over two
    #     weeks in December 2022"; "Mr Jones continued"; six recommendations; notes
    ("combwich-pdu-2023", facts([
        svc("Combwich Probation Delivery Unit", "Combwich PDU", "PDU", INAD)], "2023-04-25", "2022-12", 6),
     """N| Embargoed until 00:01 on [Tuesday 25 April 2023|D]

N| Probation unit on the Somerset coast rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has rated [Combwich Probation Delivery Unit|S] ‘[Inadequate|R]’.
N| Inspectors visited the unit over two weeks in [December 2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Combwich|S] is a unit under intense strain, where too few staff were trying to manage too many cases.
W| “Many people on probation had not been seen for weeks, and risks to children and partners had not been properly assessed.”

W| Mr Jones continued: “Leaders had raised the alarm about staffing, but the response had been too slow.”

S| Inspectors noted that the unit’s staff were loyal to one another and that new recruits were well supported by their mentors.
W| Work to help people find accommodation was limited, and around one in five people left prison with nowhere to live.

R| The report makes six recommendations, including that the [Probation Service|A] must urgently address staffing levels in the unit.

N| ENDS

N| Notes to editors
N| 1. [Combwich PDU|S] covers the coastal strip of west Somerset.
"""),
    # 18. a justiceinspectorates news item with a date line: the headline's lower-case "Brushford youth justice service";
    #     "Inspectors have assessed X as ‘...’"; resettlement "given its own rating and judged to be ‘...’"; "was inspected
    #     in January 2022"; six recommendations
    ("brushford-yjs-2022", facts([
        svc("Brushford Youth Justice Service", "Brushford YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-05-27", "2022-01", 6),
     """N| News

N| Mixed picture at [Brushford youth justice service|S]

N| [27 May 2022|D]

N| Inspectors have assessed [Brushford Youth Justice Service|S] as ‘[Requires improvement|R]’.
S| Resettlement was given its own rating and judged to be ‘[Good|R]’.
N| The service, on the southern edge of Exmoor, was inspected in [January 2022|D].

S| Children in custody had strong support, and every child released during the inspection period had a place to live and something to do.
W| However, in the community too little attention was paid to children’s safety, and case managers rarely challenged other agencies when help was slow to arrive.
W| The management board had not received reliable information about the service’s performance for some time.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brushford|S] has shown what it can do for children leaving custody, yet its work with children in the community is not yet good enough.
R| “The board must now get a firm grip on performance and make sure every child in the community is kept safe.”

R| There are six recommendations in the report.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-eightieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
