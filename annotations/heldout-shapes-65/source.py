"""Builds the sixty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three east London PDUs on a GOV.UK page, the London region named before them; "Dalston and Hoxton were both
    #    graded ‘...’, while Shoreditch fell to ‘...’" (rating order differs from naming order); fieldwork "between 3
    #    and 14 June 2024"; nine recommendations "three to each unit"
    ("dalston-shoreditch-and-hoxton-pdus-2024", facts([
        svc("Dalston Probation Delivery Unit", "Dalston PDU", "PDU", RI),
        svc("Shoreditch Probation Delivery Unit", "Shoreditch PDU", "PDU", INAD),
        svc("Hoxton Probation Delivery Unit", "Hoxton PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspectors report on three probation units in Hackney

N| Reports on three probation delivery units in north-east London are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Within [Probation Service – London region|S], inspectors looked at [Dalston Probation Delivery Unit|S], [Shoreditch Probation Delivery Unit|S] and [Hoxton Probation Delivery Unit|S] at the same time.
N| [Dalston|S] and [Hoxton|S] were both graded ‘[Requires improvement|R]’, while [Shoreditch|S] fell to ‘[Inadequate|R]’.
N| The inspection team was on site between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shoreditch|S] has lost too many experienced officers over the past two years, and trainees were being handed cases that were beyond them.
W| “Home visits in cases of domestic abuse had almost stopped, and that worries me a great deal.
S| “In Dalston and Hoxton, by contrast, I saw stable teams who talk to one another and to their partners.”

S| [Hoxton PDU|S]’s work with people leaving prison was a bright spot, with accommodation arranged before release in most of the cases examined.
W| Across all three units, practitioners rarely checked with [Hackney Council|A]’s children’s services before deciding how to manage someone who lived with children.

R| The reports contain nine recommendations, three to each unit.

N| [Helen Oduya|X], Regional Probation Director for London, said: “We accept the findings and have moved experienced staff into Shoreditch.”
"""),
    # 2. two youth justice services in a local-news story; byline Saturday 20 May 2023, the reports "came out on Tuesday
    #    (16 May)"; "Clapham has been given ‘...’ and Battersea ‘...’" (other order from the naming); five
    #    recommendations "three for Battersea and two for Clapham"
    ("battersea-and-clapham-yjs-2023", facts([
        svc("Battersea Youth Justice Service", "Battersea YJS", "YJS", GOOD),
        svc("Clapham Youth Justice Service", "Clapham YJS", "YJS", OUT)], "2023-05-16", "2023-01", 5),
     """N| Top marks for [Clapham|S] as inspectors report on two Wandsworth youth services

N| By [Daniel Okafor|X]

N| [Saturday 20 May 2023|D]

N| Inspectors have published reports on [Battersea Youth Justice Service|S] and [Clapham Youth Justice Service|S], which they visited in [January 2023|D].
N| The reports came out on Tuesday ([16 May|D]): [Clapham|S] has been given ‘[Outstanding|R]’ and [Battersea|S] ‘[Good|R]’.

S| According to the inspectors, [Clapham|S]’s staff go out of their way to find each child a trusted adult, and almost every child had been helped back into school or college.
S| [Battersea|S] was commended for the speed with which it offers help to children arrested for the first time.
W| The watchdog did find that [Battersea YJS|S]’s plans to protect victims were sometimes thin on detail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two strong teams serve Wandsworth’s children, and what [Clapham|S] has built is among the best we have seen.”

R| The inspectorate makes five recommendations, three for [Battersea|S] and two for [Clapham|S].

N| A spokesperson for [Wandsworth Council|A] said the council was “delighted” with both reports.
"""),
    # 3. two south-east London PDUs in a justiceinspectorates news item: "Woolwich PDU was assessed as ‘...’ and
    #    Plumstead PDU as ‘...’"; "Published: 11 Feb 2025"; fieldwork "in October and November 2024"; eight
    #    recommendations
    ("woolwich-and-plumstead-pdus-2025", facts([
        svc("Woolwich Probation Delivery Unit", "Woolwich PDU", "PDU", RI),
        svc("Plumstead Probation Delivery Unit", "Plumstead PDU", "PDU", INAD)], "2025-02-11", "2024-10", 8),
     """N| News

N| Probation units in Greenwich: one told to improve, one failing

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Woolwich Probation Delivery Unit|S] and [Plumstead Probation Delivery Unit|S], both part of the [London region of the Probation Service|S].
N| [Woolwich PDU|S] was assessed as ‘[Requires improvement|R]’ and [Plumstead PDU|S] as ‘[Inadequate|R]’.
N| Inspectors carried out the work in [October and November 2024|D].

W| In [Plumstead PDU|S], 36% of probation officer roles were empty and caseloads had climbed far above the national guideline.
W| Risk assessments there were sufficient in only 14 of the 38 cases inspected.
S| [Woolwich|S] had held on to most of its staff, and its managers made time to supervise practitioners properly.
S| Both units worked well with the [Metropolitan Police|A] on violent offenders.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Plumstead’s residents are not getting the probation service they deserve.
R| “The region must give the unit the experienced staff it needs, and quickly.”

R| Eight recommendations are made across the two reports.
"""),
    # 4. a unit inside its region, the region in the headline ("London region: ..."); "judged to be ‘...’"; a sibling
    #    PDU's earlier rating as context ("Archway PDU, inspected in March, was rated ‘...’"); "The inspection, which
    #    took place in May 2024"; "Mr Jones continued"; publication day in the notes
    ("wood-green-pdu-2024", facts([
        svc("Wood Green Probation Delivery Unit", "Wood Green PDU", "PDU", INAD)], "2024-08-22", "2024-05", 6),
     """N| [London region|S]: serious concerns over probation in Wood Green

N| [Wood Green Probation Delivery Unit|S], one of the north London units of [Probation Service – London region|S], has been judged to be ‘[Inadequate|R]’.
N| The inspection, which took place in [May 2024|D], examined 45 cases.
N| A neighbouring unit, [Archway PDU|S], inspected in March, was rated ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wood Green|S]’s staff told us they were exhausted, and I can see why.
W| “Half the officers had arrived within the past year, and many were managing high-risk cases without enough support from senior colleagues.”

W| Mr Jones continued: “When people missed appointments, too little was done to find out why, and some were not recalled when they should have been.
S| “I was, however, impressed by the unit’s work with women, which was thoughtful and well organised.”

S| Inspectors also found that [Wood Green PDU|S]’s unpaid work team had found new placements for people quickly after a major partner withdrew.
W| Police information about domestic abuse call-outs had been sought in under half the relevant cases.

R| Of its six recommendations, the report directs four to the unit, the other two to the regional leadership.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website from 00.01 on [Thursday 22 August 2024|D].
N| 2. [Wood Green PDU|S] covers the eastern half of the London Borough of Haringey.
"""),
    # 5. a unit inside its region, "the Probation Service’s London region" (two spans); "Inspectors found X to be
    #    ‘...’"; "published today (Wednesday, 8 November)" with no year (the fieldwork's: June 2023); four
    #    recommendations
    ("camberwell-pdu-2023", facts([
        svc("Camberwell Probation Delivery Unit", "Camberwell PDU", "PDU", RI)], "2023-11-08", "2023-06", 4),
     """N| [Camberwell probation unit|S] must do more to protect children, inspectors say

N| In a report published today ([Wednesday, 8 November|D]), inspectors found [Camberwell Probation Delivery Unit|S], part of the [Probation Service|A]’s [London region|S], to be ‘[Requires improvement|R]’.
N| The fieldwork for the inspection was carried out in [June 2023|D].

S| The unit’s leaders understood its problems clearly and had begun to tackle them, with a new training plan for practitioners.
S| Positively, people on probation told inspectors they felt respected and listened to.
W| Nevertheless, checks with children’s social care had been made in only 11 of the 27 cases where children were at risk.
W| Work to address the causes of offending was not always started promptly, and accredited programmes had long waiting lists.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The foundations are in place in Camberwell.
R| “Managers now need to make sure that every practitioner treats the safety of children as their first concern.”

R| We have made four recommendations, all of them to the PDU.

N| [Southwark Council|A] and the [Metropolitan Police|A] have both welcomed the report.
"""),
    # 6. a Probation Trust in 2012, before ratings: "Thursday, 8th November 2012" on top, "HM Inspectorate of Probation
    #    reports today"; bullet lists after "Inspectors were pleased to find that:" and "However, inspectors were
    #    concerned to find that:"; fieldwork "in July 2012"; seven recommendations; the verdict ("reasonable job but
    #    needs to improve") in the first sentence
    ("ruislip-and-northolt-probation-trust-2012", facts([
        svc("Ruislip and Northolt Probation Trust", "Ruislip and Northolt Probation Trust", "other", None)],
        "2012-11-08", "2012-07", 7),
     """N| Offender management inspection of [Ruislip and Northolt Probation Trust|S] published

N| [Thursday, 8th November 2012|D]

W| [Ruislip and Northolt Probation Trust|S] is doing a reasonable job but needs to improve its work to protect the public, [HM Inspectorate of Probation|A] reports today.
N| Inspectors read 72 cases when they visited the Trust in [July 2012|D].

S| The Trust scored 70% for reducing the likelihood of reoffending and 78% for ensuring sentences were served.
W| Public protection work lagged behind, at 63%.

N| Inspectors were pleased to find that:
S| • most initial sentence plans were completed on time and involved the offender;
S| • the Trust worked closely with the [Metropolitan Police|A] on integrated offender management.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were sometimes superficial;
W| • reviews were not carried out when circumstances changed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Enthusiastic practitioners, who understood the people they supervise, were a feature of this Trust.
R| “The Trust should now give the same attention to protecting the public that it already gives to reducing reoffending.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider: "has come out at ‘...’ overall in an inspection by", unpaid work
    #    "rated separately" ‘Good’; fieldwork "in July 2019"; the day in the notes ("from 00.01 on Tuesday 10 December
    #    2019"); six recommendations
    ("willesden-and-neasden-crc-2019", facts([
        svc("Willesden and Neasden Community Rehabilitation Company", "Willesden and Neasden CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-10", "2019-07", 6),
     """N| Probation company in north-west London needs to improve, say inspectors

N| [Willesden and Neasden Community Rehabilitation Company|S] (CRC) has come out at ‘[Requires improvement|R]’ overall in an inspection by [HM Inspectorate of Probation|A].
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors visited the CRC, which belongs to [Purple Futures|A], in [July 2019|D].

S| Unpaid work projects were well run and gave people useful skills, from painting community halls to clearing canal paths.
W| However, the CRC’s case supervision was uneven: some people had been seen only by telephone for long periods.
W| Plans to manage the risk of domestic abuse were insufficient in over half the cases inspected.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Working under difficult contracts, this CRC has tried hard, but too many of the people it supervises are not getting enough attention.
R| “It must make sure that every case with a history of domestic abuse gets a proper risk management plan.”

R| Six recommendations are made; five fall to the CRC and its owner, and one to the [National Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on the inspectorate’s website from 00.01 on [Tuesday 10 December 2019|D].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "headed by";
    #    "Posted: 27/07/2016" (day/month/year); fieldwork "in April 2016"; four recommendations
    ("hanwell-yot-2016", facts([
        svc("Hanwell Youth Offending Team", "Hanwell YOT", "YJS", None)], "2016-07-27", "2016-04", 4),
     """N| Inspection of youth offending work in Hanwell

N| Posted: [27/07/2016|D]

N| [Hanwell Youth Offending Team|S] (YOT) has been the subject of a joint inspection headed by [HM Inspectorate of Probation|A].
N| [Ofsted|A] took part too, as did the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A], during the visit in [April 2016|D].

S| [Hanwell YOT|S] staff were described as dedicated, with a detailed knowledge of the children in their care.
S| Work to get children into education, training and employment was effective, and most children had a place.
W| In around half of the cases, not enough was done to manage the risk that some children presented to others.
W| The YOT management board did not always hold partners to account for their contribution.

R| The report makes four recommendations, the majority addressed to the YOT management board.

N| [Ealing Council|A]’s cabinet member for children said: “We will act on every recommendation in the report.”
"""),
    # 9. "Youth Offending Service" in 2019: "Her Majesty’s Inspectorate of Probation has rated X ‘...’"; YOS / YOT
    #    switching; fieldwork "between 18 and 22 February 2019"; "Thursday, 6th June 2019"; five recommendations
    ("stoke-newington-yos-2019", facts([
        svc("Stoke Newington Youth Offending Service", "Stoke Newington YOS", "YJS", GOOD)], "2019-06-06", "2019-02", 5),
     """N| ‘[Good|R]’ verdict for youth offending work in Stoke Newington

N| [Thursday, 6th June 2019|D]

N| [Her Majesty’s Inspectorate of Probation|A] has rated [Stoke Newington Youth Offending Service|S] ‘[Good|R]’.
N| Inspectors visited the service between [18 and 22 February 2019|D].

S| The service’s management board was well attended, and senior partners from health and education were visibly committed.
S| Case managers got to know each child’s history, including any trauma or exclusion from school.
S| Supervision of children sentenced by the courts was of a high standard.
W| However, out-of-court work was inconsistent in quality, and some children waited weeks for a first meeting.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stoke Newington YOS|S] has a culture of learning, and its staff clearly care about the children in their charge.
R| “I would encourage the service to give diverted children the same attention as those on court orders.”

R| Five recommendations have been made: four for the YOT and one for [Homerton University Hospital NHS Foundation Trust|A].
"""),
    # 10. a GOV.UK page: "the highest possible rating, ‘...’", resettlement rated separately ‘Good’; fieldwork "in March
    #     2024"; no recommendation count (null)
    ("highgate-yjs-2024", facts([
        svc("Highgate Youth Justice Service", "Highgate YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-07-09", "2024-03", None),
     """N| Press release

N| ‘[Outstanding|R]’ rating for youth justice in Highgate

N| Inspectors report on youth justice work in Highgate.

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2024|D]

N| [Highgate Youth Justice Service|S] has received the highest possible rating, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
S| Resettlement policy and provision, which was rated separately, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [March 2024|D].

S| The partnership board knew the service well, asked searching questions and made sure children’s voices were heard at its meetings.
S| Case managers worked creatively with children, using sport, music and mentoring to keep them engaged.
S| Encouragingly, the number of first-time entrants locally had halved in three years.
W| Inspectors noted that a few plans for children leaving custody had been agreed later than they should have been.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Highgate|S] never stands still, and children benefit as a result.”

N| The report sets out a small number of areas where the service could go further.
"""),
    # 11. a council page in 2025, "Date: 13/05/2025"; "... in a report out today, finds X to be ‘...’"; fieldwork "in
    #     January 2025"; ten recommendations; the council's apology
    ("dulwich-yjs-2025", facts([
        svc("Dulwich Youth Justice Service", "Dulwich YJS", "YJS", INAD)], "2025-05-13", "2025-01", 10),
     """N| Council statement following inspection of [Dulwich Youth Justice Service|S]

N| Date: [13/05/2025|D]

N| [His Majesty’s Inspectorate of Probation|A], in a report out today, finds [Dulwich Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| The inspection took place in [January 2025|D].

W| Inspectors found that the service had not kept pace with a sharp rise in children being exploited through county lines.
W| Too many assessments underestimated the risks children faced, and safety plans were often copied from one review to the next.
W| The management board met regularly but had little information on the quality of work.
S| Inspectors recognised that children spoke warmly of their case managers.

R| The report makes ten recommendations, for the service, the management board, [Southwark Council|A] and the [Metropolitan Police|A].

N| [Alice Drummond|X], Strategic Director of Children’s Services, said: “I am sorry: our children should have had far better than this.
N| “We have already brought in additional managers and will report our progress to the board every month.”
"""),
    # 12. a justiceinspectorates news item: "Inspectors have assessed X as ‘...’", "Its previous inspection, reported in
    #     March 2021, ended in an ‘...’ rating"; "Published: 5 Sep 2023"; fieldwork "in April 2023"; six recommendations
    ("stockwell-yjs-2023", facts([
        svc("Stockwell Youth Justice Service", "Stockwell YJS", "YJS", RI)], "2023-09-05", "2023-04", 6),
     """N| News

N| [Stockwell youth justice service|S]: clear progress, more to do

N| Published: [5 Sep 2023|D]

N| Inspectors have assessed [Stockwell Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Its previous inspection, reported in [March 2021|D], ended in an ‘[Inadequate|R]’ rating.
N| Fieldwork took place in [April 2023|D].

S| Since the last inspection, [Stockwell|S] has recruited a permanent head of service and rebuilt its management board.
S| Children now met their case manager within days of sentence, and most understood their plan.
W| But work to keep other people safe still fell short in more than half of the cases inspected.
W| Access to mental health support was slow, with some children waiting five months for an appointment with [CAMHS|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stockwell|S] has travelled a long way, and I am encouraged, but children and the public are not yet as safe as they should be.
R| “Leaders need to concentrate now on the quality of risk assessment.”

R| The report makes six recommendations.

N| [Lambeth Council|A] said it accepted all of them.
"""),
    # 13. a remote inspection in 2021: "Inspectors have rated X as ‘...’"; "carried out this inspection remotely in
    #     February 2021"; "Published: 24 June 2021"; four recommendations
    ("sydenham-yjs-2021", facts([
        svc("Sydenham Youth Justice Service", "Sydenham YJS", "YJS", GOOD)], "2021-06-24", "2021-02", 4),
     """N| Youth service in south-east London praised for keeping in touch during lockdown

N| Published: [24 June 2021|D]

N| Inspectors have rated [Sydenham Youth Justice Service|S] as ‘[Good|R]’.
N| As COVID-19 restrictions were still in force, the team carried out this inspection remotely in [February 2021|D].

S| Throughout the pandemic, case managers kept in regular contact with children, visiting on the doorstep when they could not go inside.
S| The service had a strong focus on diversity, and its work with Black and mixed-heritage boys was thoughtful.
W| However, inspectors found that when new information came to light, the danger a child might pose to others was not always reassessed.
W| Not enough children were in full-time education.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sydenham|S] has shown real resilience in a very difficult year.
R| “It now needs to make sure that plans to keep others safe are kept up to date.”

R| The report makes four recommendations.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content", an empty "Published:" line and
    #     a dated one; "Context" and "Findings" bullets; fieldwork "between 8 and 19 September 2025"; five
    #     recommendations
    ("canning-town-pdu-2025", facts([
        svc("Canning Town Probation Delivery Unit", "Canning Town PDU", "PDU", None)], "2025-12-04", "2025-09", 5),
     """N| Skip to content

N| Public protection: inspectors publish findings on a unit in Newham

N| Published:

N| [4 December 2025|D]

N| [HM Inspectorate of Probation|A] has today released its public protection inspection of [Canning Town Probation Delivery Unit|S].
N| This inspection programme does not rate services.
N| Inspectors were on site between [8 and 19 September 2025|D].

N| Context
N| • [Canning Town PDU|S] belongs to [Probation Service – London region|S] and covers part of the London Borough of Newham.
N| • Roughly a third of the people it supervises present a high risk of serious harm.

N| Findings
W| • Practitioners did not always ask the [Metropolitan Police|A] for information about domestic abuse before making plans.
S| • Multi-agency public protection arrangements were well used, and meetings were well prepared.
W| • Practitioners seldom visited people at home, including where children lived with them.
S| • Managers had introduced regular case audits, and staff found them useful.

R| The report makes five recommendations, three for the PDU and two for the [London region|S].
"""),
    # 15. "came close to being judged ‘Inadequate’" (no fact); "The verdict on X is ‘...’"; "Thursday 13 October 2022"
    #     in the notes; fieldwork "in June 2022"; seven recommendations
    ("kennington-yjs-2022", facts([
        svc("Kennington Youth Justice Service", "Kennington YJS", "YJS", RI)], "2022-10-13", "2022-06", 7),
     """N| [Kennington youth justice service|S] ‘must act quickly’ – inspectors

N| The verdict of [HM Inspectorate of Probation|A] on [Kennington Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service came close to being judged ‘[Inadequate|R]’.
N| The fieldwork took place in [June 2022|D].

W| Caseloads were too high, and children were sometimes moved between workers without warning.
W| Planning for children’s safety was not good enough, and exploitation was not always recognised.
S| Despite these pressures, inspectors found the service’s victim work to be of a high standard.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders in Kennington knew there were problems but had been slow to act on them.
R| “The board must now get a grip on caseloads and make sure no child is left without a consistent worker.”

R| There are seven recommendations in the report, six for the service and one for [Lambeth Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Thursday 13 October 2022|D].
"""),
    # 16. "has placed X in the lowest of its four categories, ‘...’"; "The inspection was carried out in July 2024";
    #     "Tuesday 26 November 2024" in the notes; eight recommendations; the council's reply
    ("southgate-yjs-2024", facts([
        svc("Southgate Youth Justice Service", "Southgate YJS", "YJS", INAD)], "2024-11-26", "2024-07", 8),
     """N| [Southgate youth justice service|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has placed [Southgate Youth Justice Service|S] in the lowest of its four categories, ‘[Inadequate|R]’.
N| The inspection was carried out in [July 2024|D].

W| Inspectors found that the service had lost sight of its core task: assessments were out of date and plans did not reflect the risks children faced.
W| Worryingly, some children who had been reported missing from home had not been followed up.
S| Some individual case managers worked tenaciously to keep children engaged.
W| The management board had not challenged partners when health and education support fell away.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Southgate|S]’s leaders have let children down.
R| “I call on the board and [Enfield Council|A] to set out a credible plan for improvement without delay.”

R| The report makes eight recommendations.

N| [Enfield Council|A] said it had set up an improvement board chaired by its chief executive.

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website from 00.01 on [Tuesday 26 November 2024|D].
"""),
    # 17. an NPS division in 2019: "has given the X an overall rating of ‘...’"; short "NPS Colindale and Cricklewood";
    #     "Published: 18 Dec 2019"; fieldwork "in September 2019"; seven recommendations
    ("colindale-and-cricklewood-nps-division-2019", facts([
        svc("National Probation Service – Colindale and Cricklewood Division", "NPS Colindale and Cricklewood",
            "region", RI)], "2019-12-18", "2019-09", 7),
     """N| Probation division in north-west London must improve, inspectors find

N| Published: [18 Dec 2019|D]

N| [HM Inspectorate of Probation|A] has given the [National Probation Service – Colindale and Cricklewood Division|S] an overall rating of ‘[Requires improvement|R]’.
N| The division supervises around 4,000 people on community sentences and licences.
N| Inspectors visited in [September 2019|D].

S| Court work was a particular strength, with reports that were well researched and delivered quickly.
S| Staff were positive about their managers and felt well supported.
W| However, too many practitioners were covering more than one role, and vacancies had not been filled for months.
W| Victim contact work was slow, and some victims heard nothing about the offender’s release date.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Colindale and Cricklewood|S] has sound leadership, but staff shortages are undermining its work with victims.
R| “[HM Prison and Probation Service|A] should help the division recruit to its vacant posts without further delay.”

R| The report makes seven recommendations, three for the division and four for [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 18. "Thursday, 5th May 2022" on top; "Inspectors judged X to be ‘...’"; fieldwork "10 - 14 January 2022"; six
    #     recommendations; a headline with a dash and a quoted phrase, no rating
    ("twickenham-yjs-2022", facts([
        svc("Twickenham Youth Justice Service", "Twickenham YJS", "YJS", GOOD)], "2022-05-05", "2022-01", 6),
     """N| Twickenham youth justice – ‘children at the heart of everything’

N| [Thursday, 5th May 2022|D]

N| Inspectors judged [Twickenham Youth Justice Service|S] to be ‘[Good|R]’ following their visit on [10 - 14 January 2022|D].
N| The service is run by [Richmond upon Thames Council|A] with its partners.

S| Inspectors praised the service’s leaders for putting children at the heart of everything they did.
S| Children were helped to take part in planning their own supervision, and their families were involved too.
S| The service had a high-quality partnership with [Kingston and Richmond Safeguarding Children Partnership|A].
W| While staff were committed, assessments of the risks children faced from others were not always thorough enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Twickenham|S] can take real pride in this result.
R| “I want the service to treat children’s safety with the same care it already shows for their education and wellbeing.”

R| The report makes six recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
