"""Builds the shapes held-out set 114 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Surrey PDUs on a GOV.UK page, the region named before the units: "The inspectorate found X to be ‘...’,
    #    while Y has been given its lowest rating, ‘...’"; eight recommendations "four for X and four for Y"
    ("merstham-and-nutfield-pdus-2024", facts([
        svc("Merstham Probation Delivery Unit", "Merstham PDU", "PDU", RI),
        svc("Nutfield Probation Delivery Unit", "Nutfield PDU", "PDU", INAD)], "2024-11-05", "2024-06", 8),
     """N| Press release

N| Two Surrey probation units inspected: one improving, one failing

N| Inspectors report on probation delivery units in the east of the county.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 November 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] visited two units of [Probation Service – Kent, Surrey and Sussex region|S] in [June 2024|D]: [Merstham Probation Delivery Unit|S] and [Nutfield Probation Delivery Unit|S].
N| The inspectorate found [Merstham|S] to be ‘[Requires improvement|R]’, while [Nutfield|S] has been given its lowest rating, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nutfield|S]’s managers were covering for absent colleagues week after week, and the quality of risk assessment has suffered badly.
W| “We found that nobody had asked the police or children’s services about domestic abuse in more than half the cases we read.
S| “[Merstham|S] is in a stronger position, with a settled team and leaders who have a clear plan.”

S| Inspectors commended [Merstham PDU|S]’s work with [Surrey County Council|A] to find housing for people leaving prison.
W| However, in both units, sentence plans tended to stay the same from one review to another, whatever had changed.

R| The reports make eight recommendations, four for [Merstham|S] and four for [Nutfield|S].

N| The Regional Probation Director for Kent, Surrey and Sussex said: “Experienced officers have already moved into the Nutfield office, and we accept the recommendations.”
"""),
    # 2. two youth justice services on a council page ("Posted: 21/09/2022", "has today published"): "Inspectors judged X
    #    to be ‘...’ and Y to be ‘...’"; seven recommendations "three for X and four for Y"
    ("plumpton-and-falmer-yjs-2022", facts([
        svc("Plumpton Youth Justice Service", "Plumpton YJS", "YJS", GOOD),
        svc("Falmer Youth Justice Service", "Falmer YJS", "YJS", RI)], "2022-09-21", "2022-05", 7),
     """N| News

N| Inspection reports published on the county’s two youth justice services

N| Posted: [21/09/2022|D]

N| Today [HM Inspectorate of Probation|A] put out reports on [Plumpton Youth Justice Service|S] and [Falmer Youth Justice Service|S], after inspecting both in [May 2022|D].
N| Inspectors judged [Plumpton YJS|S] to be ‘[Good|R]’ and [Falmer YJS|S] to be ‘[Requires improvement|R]’.

S| The inspectors were impressed with how [Plumpton|S]’s case managers involved parents and carers in planning.
S| They also found that children there were seen quickly after arrest, often within the same week.
W| In Falmer, safety work was inconsistent, and not all staff understood the risks of criminal exploitation.
W| The partnership board overseeing [Falmer YJS|S] met regularly but rarely challenged the figures it was given.

R| The reports contain seven recommendations: three for [Plumpton|S] and four for [Falmer|S].

N| Councillor [Helen Ashby|X], cabinet member for children and families at [East Sussex County Council|A], said: “Our staff deserve great credit, and we are determined that children in every part of the county get the same standard of service.”

N| Both reports are available on the inspectorate’s website.
"""),
    # 3. a PDU under its region's name in the headline of a justiceinspectorates news item; the region named again as the
    #    unit's context; "Staff in X" (a location); six recommendations "five for the unit and one for the region"
    ("bookham-pdu-2022", facts([
        svc("Bookham Probation Delivery Unit", "Bookham PDU", "PDU", RI)], "2022-09-13", "2022-03", 6),
     """N| News

N| [13 September 2022|D]

N| [Kent, Surrey and Sussex region|S]: [Bookham Probation Delivery Unit|S] rated ‘[Requires improvement|R]’

N| [Bookham PDU|S] covers the Mole Valley district for [Probation Service – Kent, Surrey and Sussex region|S].
N| Inspectors visited the unit in [March 2022|D] and have rated it ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bookham|S]’s staff have held the unit together through a difficult period, and I was struck by how well they knew the people they supervise.
W| “However, too many cases were handed from one officer to another, and with each change, important information about risk was lost.
R| “Leaders now need to get a firmer grip on workloads, so that each person on probation keeps the same officer wherever possible.”

S| Inspectors found that work to assess and reduce reoffending was generally sound, with close links to drug and alcohol services.
W| Public protection work was weaker: victims’ safety had been properly considered in only 11 of 26 relevant cases.

R| The report sets out six recommendations, one of which falls to the region.

N| Notes to editors
N| 1. The unit supervises around 1,100 people on probation.
"""),
    # 4. a Probation Trust in 2013, before ratings: the verdict in the first sentence with "but"; "They were pleased to
    #    find that:" / "However, they were concerned that:" bullet lists; the date line above "published today"
    ("fernhurst-and-harting-probation-trust-2013", facts([
        svc("Fernhurst and Harting Probation Trust", "Fernhurst and Harting Probation Trust", "other", None)],
        "2013-03-06", "2012-11", 7),
     """N| Probation work in Fernhurst and Harting: encouraging signs, say inspectors

N| [Wednesday 6 March 2013|D]

W| [Fernhurst and Harting Probation Trust|S] is doing much to cut reoffending, but the quality of its public protection work varies, inspectors said in a report published today.
N| The inspection by [HM Inspectorate of Probation|A], supported by [HM Inspectorate of Constabulary|A], took place in [November 2012|D].
N| Inspectors looked at a sample of 96 cases supervised by the Trust.

N| They were pleased to find that:
S| • offender managers had built positive, trusting relationships with most of their offenders;
S| • work to get people into training and jobs was of a high standard;
S| • nearly all assessments of the likelihood of reoffending had been completed on time.

N| However, they were concerned that:
W| • risk of harm assessments were not always updated after significant events;
W| • in four cases in ten, not enough had been done to protect children known to be at risk;
W| • the Trust’s links with [Sussex Police|A] over domestic abuse were underdeveloped.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Everyone at the Trust can be proud of what they have achieved in helping offenders turn their lives around.
R| “Public protection work must now be given the same attention.”

R| The report makes seven recommendations for improvement.

N| ENDS

N| Notes to editors
N| 1. The Trust supervises about 2,300 offenders in West Sussex.
"""),
    # 5. a Youth Offending Team written out, 2016 joint inspection with Ofsted, CQC and HMIC, no rating; "Published: 19 Jul
    #    2016"; the short form only in the notes
    ("mayfield-yot-2016", facts([
        svc("Mayfield Youth Offending Team", "Mayfield YOT", "YJS", None)], "2016-07-19", "2016-04", 5),
     """N| Joint inspection of youth offending work in Mayfield

N| Published: [19 Jul 2016|D]

W| [Mayfield Youth Offending Team|S] (YOT) is not doing enough to protect the public or to keep children safe, according to inspectors.
N| Led by [HM Inspectorate of Probation|A], the joint inspection in [April 2016|D] also brought in [HM Inspectorate of Constabulary|A], with [Ofsted|A] and the [Care Quality Commission|A] covering education and health.

N| Inspectors were pleased to find that:
S| • most children had a good relationship with their case manager, who knew them well;
S| • the YOT’s work with local schools had helped many children back into education.

N| However, inspectors were concerned to find that:
W| • in more than half of the cases, assessments did not properly consider the risk of harm to others;
W| • plans to manage risk were often vague and were not reviewed when circumstances changed;
W| • the YOT management board had little grasp of the YOT’s performance.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Mayfield|S]’s staff were committed, but commitment alone cannot make up for weak oversight of risk.
R| “The management board must now take a much firmer hold of the YOT’s work on risk.”

R| Five recommendations are made in the report.

N| Notes to editors
N| 1. [Mayfield YOT|S] supervised about 150 children in the past year.
"""),
    # 6. a CRC in 2019 under an embargo line: "has inspected X (CRC) ... and found it to be ‘...’"; unpaid work "which
    #    inspectors also rated on its own"; "Mr Russell continued"; nine recommendations "seven to the CRC and two to HMPPS"
    ("cheriton-and-tichborne-crc-2019", facts([
        svc("Cheriton and Tichborne Community Rehabilitation Company", "Cheriton and Tichborne CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-21", "2019-07", 9),
     """N| Embargoed until 00.01, [Thursday 21 November 2019|D]

N| Probation provider in mid-Hampshire ‘[Requires improvement|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has inspected [Cheriton and Tichborne Community Rehabilitation Company|S] (CRC) and found it to be ‘[Requires improvement|R]’.
N| Inspectors spent two weeks in [July 2019|D] with the CRC, which [Purple Futures|A] owns.
S| Unpaid work, which inspectors also rated on its own, was ‘[Good|R]’: projects were well organised and people started their hours promptly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I saw a committed workforce and some well-run unpaid work projects, and it is clear that staff care about the people on their books.
W| “But caseloads are far too high, and too often nobody had properly managed the risk of harm.”

W| Risk of harm had been assessed to a sufficient standard in just half of the cases inspectors examined.
W| Worryingly, officers rarely made home visits to those convicted of domestic abuse.

R| Mr Russell continued: “I want to see the CRC and its owners invest in smaller caseloads and better training.”

R| The report makes nine recommendations: [HMPPS|A] receives two and the CRC itself seven.

N| A spokesperson for [Cheriton and Tichborne CRC|S] said: “We are glad inspectors recognised our unpaid work, and we already have a plan to deal with the concerns they raised.”
"""),
    # 7. an NPS division in 2020: "has been given an overall regional rating of ‘...’"; "Published: 11 Feb 2020"; fieldwork
    #    "between 28 October and 8 November 2019"; the short "NPS Meon Valley"
    ("meon-valley-nps-division-2020", facts([
        svc("National Probation Service – Meon Valley Division", "NPS Meon Valley", "region", GOOD)],
        "2020-02-11", "2019-10", 6),
     """N| Probation division in the Meon Valley given ‘[Good|R]’ overall rating

N| Published: [11 Feb 2020|D]

N| An overall regional rating of ‘[Good|R]’ has gone to the [National Probation Service – Meon Valley Division|S], following its inspection by [HM Inspectorate of Probation|A].
N| Inspectors carried out their fieldwork between [28 October and 8 November 2019|D].

S| They found a division with strong leadership, in which staff felt valued and supported by their managers.
S| Reports for the courts were accurate and nearly always ready on the day they were requested.
W| Whilst most cases were well managed, safeguarding of children varied from one office to another.
W| Too few people on probation had been referred to services for mental health problems.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Meon Valley|S] can be rightly proud of this result, earned by staff at every grade.
R| “It should now make sure that every child who may be at risk from a person on probation is identified and protected.”

R| The report makes six recommendations, including four for the division.
"""),
    # 8. a youth justice service "judged to be ‘Inadequate’, two years after inspectors rated it ‘Good’ in 2022" (the
    #    previous rating beside); GOV.UK page; six recommendations "five for the service and one for" the council
    ("pyecombe-yjs-2024", facts([
        svc("Pyecombe Youth Justice Service", "Pyecombe YJS", "YJS", INAD)], "2024-04-30", "2024-01", 6),
     """N| Press release

N| Youth justice service near Brighton judged ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [30 April 2024|D]

N| Inspectors have judged [Pyecombe Youth Justice Service|S] to be ‘[Inadequate|R]’, two years after rating it ‘[Good|R]’ in [2022|D].
N| The inspection took place in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pyecombe|S]’s decline since [2022|D] has been steep and deeply disappointing.
W| “Many children were not safe, and the partnership had not noticed that things were going wrong.
R| “The council and its partners now need to agree a realistic plan for recovery, and quickly.”

W| Inspectors found that assessments of children’s safety were insufficient in 17 of 24 cases.
W| With staff leaving frequently, one child had been allocated four different case managers within twelve months.
S| Despite these problems, the service’s work in court was of a high standard.
S| Children said their case managers took the time to listen.

R| Of the six recommendations, one is addressed to [West Sussex County Council|A] and five to the service.
"""),
    # 9. a youth justice service awarded "its highest rating, ‘Outstanding’" on a justiceinspectorates news item dated
    #    "17 Dec 2024"; resettlement "rated separately" ‘Good’; four recommendations
    ("firle-yjs-2024", facts([
        svc("Firle Youth Justice Service", "Firle YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-12-17", "2024-08", 4),
     """N| News

N| [17 Dec 2024|D]

N| Top rating for youth justice service on the Downs

N| [HM Inspectorate of Probation|A] has awarded [Firle Youth Justice Service|S] its highest rating, ‘[Outstanding|R]’.
N| Fieldwork for the inspection took place in [August 2024|D].
S| Resettlement policy and provision, which had its own rating, reached ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across Firle, children come first in everything the service does, and its partners share that commitment.
S| “Its diversion scheme, run with [Sussex Police|A], steers many children away from court and stands out nationally.”

S| Inspectors praised the quality of case managers’ assessments, which were thorough in all but two of the cases examined.
S| Board meetings were well attended, and members challenged the service when figures slipped.
W| There was one area where improvement was needed: accommodation for children coming out of custody was sometimes arranged only at the last minute.

R| The report makes four recommendations.

N| A spokesperson for [East Sussex County Council|A] described the result as a tribute to the team.
"""),
    # 10. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", "Context" / "Findings" bullets,
    #     "Staff at X" (the service); three recommendations "two for the unit and one for the Probation Service"
    ("brockham-pdu-2025", facts([
        svc("Brockham Probation Delivery Unit", "Brockham PDU", "PDU", None)], "2025-12-09", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: probation delivery unit in Mole Valley

N| Published: [9 December 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its inspection of public protection work in [Brockham Probation Delivery Unit|S].
N| These inspections look closely at one area of practice and do not result in a rating.

N| Context
N| • [Brockham PDU|S] supervises around 900 people, about a quarter of them for domestic abuse offences.
N| • Inspectors visited the unit in [September 2025|D] and examined 40 cases.

N| Findings
W| • Only 19 of the 40 cases had a risk of harm assessment that inspectors judged sufficient.
W| • Officers asked the police for details of domestic abuse call-outs in under half the cases where that mattered.
S| • Positively, officers had built strong working relationships with the local multi-agency risk assessment conference.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brockham|S]’s officers are working hard, yet public protection work is not where it needs to be.
R| “The region must give the unit enough experienced officers to do this work properly.”

R| Of the three recommendations, two are for the unit itself and the third is for the [Probation Service|A] nationally.
"""),
    # 11. an ordinary youth justice release on a GOV.UK page, "rated ... as ‘Good’"; "While ..., its out-of-court work was
    #     less consistent" (WEAKNESS); "Mr Russell continued"; "‘Good’ in X" in the headline (the service, not its name)
    ("effingham-yjs-2022", facts([
        svc("Effingham Youth Justice Service", "Effingham YJS", "YJS", GOOD)], "2022-06-28", "2022-03", 4),
     """N| Press release

N| Youth justice inspection: ‘[Good|R]’ in [Effingham|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [28 June 2022|D]

N| [Effingham Youth Justice Service|S] is ‘[Good|R]’, inspectors have concluded after visiting it in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Effingham|S] is a well-run service with a clear sense of purpose.
S| “Case managers are tenacious in keeping children engaged, and they work closely with schools and [CAMHS|A] to meet children’s needs.
W| “While the service’s work with children released from custody was sound, its out-of-court work was less consistent, and some decisions were not well recorded.”

R| Mr Russell continued: “The partnership should now make sure that out-of-court decisions are recorded clearly and reviewed.”

S| Inspectors liked the variety of activities open to children, from sport and music to mentoring.
W| However, planning to keep other people safe sometimes missed risks that a child posed.

R| The report makes four recommendations to improve the service further.

N| ENDS
"""),
    # 12. a local-news story: "has slipped a grade, from ‘Good’ to ‘...’, in a report published on Tuesday (9 November)"
    #     under a byline of Friday 12 November 2021; remote fieldwork in July 2021; the council's reply
    ("wilmington-yjs-2021", facts([
        svc("Wilmington Youth Justice Service", "Wilmington YJS", "YJS", RI)], "2021-11-09", "2021-07", 7),
     """N| Youth justice service slips to ‘[Requires improvement|R]’

N| By [Tom Harding|X]

N| [Friday 12 November 2021|D]

N| A report published on Tuesday ([9 November|D]) shows that [Wilmington Youth Justice Service|S] now ‘[Requires improvement|R]’, having been ‘[Good|R]’ before.
N| The service was last inspected in [2019|D].
N| Because of the pandemic, [HM Inspectorate of Probation|A] inspected the service remotely, in [July 2021|D].

W| According to the watchdog, several experienced case managers had left and caseloads had risen sharply.
W| It said efforts to protect children from exploitation were not joined up with children’s social care.
S| But inspectors praised [Wilmington|S] for helping most children stay in education, training or employment.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wilmington|S] has had a difficult couple of years, and it shows.
R| “Leaders need to rebuild the team and make sure every child’s plan is reviewed when things change.”

R| Seven recommendations have been made.

N| An [East Sussex County Council|A] spokesperson said: “Two new team managers are already in post, and we accept every one of the report’s recommendations.”
"""),
    # 13. a PDU "given the lowest possible rating, ‘Inadequate’", named with its region in the first sentence; an embargo
    #     line and the notes' publication day; "Nevertheless, ..." (STRENGTH)
    ("mickleham-pdu-2024", facts([
        svc("Mickleham Probation Delivery Unit", "Mickleham PDU", "PDU", INAD)], "2024-10-15", "2024-06", 6),
     """N| EMBARGOED UNTIL 00:01 [Tuesday 15 October 2024|D]

N| Inspectors give lowest possible rating to probation unit

N| [Mickleham Probation Delivery Unit|S], which serves part of Surrey within [Probation Service – Kent, Surrey and Sussex region|S], has received from [HM Inspectorate of Probation|A] the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited in [June 2024|D].

W| They found a unit where one in three probation officer posts was empty and where many staff had only just qualified.
W| Risk assessments were sufficient in only 14 of 38 cases.
W| Unpaid work had been badly disrupted, with few placements available and a long backlog of hours.
S| Nevertheless, the unit’s managers were open about its problems, and staff spoke highly of the support they received from them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Mickleham, people on probation are too often supervised in ways that do not keep the public safe.
R| “The region needs to give this unit sustained support until it can stand on its own feet.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. The report will be published on our website on [15 October 2024|D].
"""),
    # 14. a Youth Offending Service in 2019, "judged ‘Good’ overall", out-of-court disposals "judged separately and found
    #     to be ‘Outstanding’"; the date line "Thursday, 5th September 2019" above "published today"
    ("medstead-yos-2019", facts([
        svc("Medstead Youth Offending Service", "Medstead YOS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-09-05", "2019-06", 4),
     """N| [Thursday, 5th September 2019|D]

N| Youth offending service praised by inspectors

N| [HM Inspectorate of Probation|A]’s report, published today, judges [Medstead Youth Offending Service|S] (YOS) ‘[Good|R]’ overall.
S| Its work on out-of-court disposals was judged separately and found to be ‘[Outstanding|R]’.
N| The inspection took place in [June 2019|D].

S| Inspectors said that [Medstead YOS|S] staff were skilled and highly motivated.
S| Children were involved in planning their own work, and their views were recorded.
W| However, the quality of work to manage the risk of harm that children posed to others was variable.
W| Some children waited too long to be seen by [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Families in Medstead trust this service, and the partnership has earned that trust.
R| “Leaders should now turn their attention to risk of harm work, so that it reaches the standard of the rest.”

R| The report makes four recommendations.

N| [Hampshire County Council|A]’s lead member for children’s services, Councillor [Ruth Dale|X], said: “This is an excellent report, and I thank everyone involved.”
"""),
    # 15. a youth justice service "assessed ... as ‘Requires improvement’" on a justiceinspectorates news item; fieldwork
    #     "between 15 and 19 April 2024"; "X has many of the right ingredients, but ..." (WEAKNESS)
    ("ockham-yjs-2024", facts([
        svc("Ockham Youth Justice Service", "Ockham YJS", "YJS", RI)], "2024-07-23", "2024-04", 6),
     """N| News

N| [23 Jul 2024|D]

N| Ockham youth justice: good foundations, but consistency needed

N| Inspectors have assessed [Ockham Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Fieldwork was carried out between [15 and 19 April 2024|D].

S| Inspectors found committed staff who knew the children they worked with well.
S| Getting children into school, college or work was a particular strength.
W| However, inspectors were concerned to find that safety planning was not always done when a child’s circumstances changed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ockham|S] has much to build on, but it is not yet delivering a consistently good service to every child.
R| “The management board needs to monitor the quality of work far more closely than it does at present.”

R| Six recommendations are made, and [Surrey Police|A] must act on one.

N| Notes to editors
N| 1. [Ockham YJS|S] works with around 80 children a year.
"""),
    # 16. two Hampshire PDUs on a GOV.UK page, their region named in the first sentence: "Each has been placed at ‘...’,
    #     the second-lowest of the four ratings"; "X’s score was just one point clear of ‘Inadequate’" (no fact); ten
    #     recommendations "five for each unit"
    ("upham-and-durley-pdus-2025", facts([
        svc("Upham Probation Delivery Unit", "Upham PDU", "PDU", RI),
        svc("Durley Probation Delivery Unit", "Durley PDU", "PDU", RI)], "2025-03-11", "2024-11", 10),
     """N| Press release

N| Two probation units in south Hampshire inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [11 March 2025|D]

N| In [November 2024|D] inspectors looked side by side at two units belonging to [Probation Service – South Central region|S]: [Upham Probation Delivery Unit|S] and [Durley Probation Delivery Unit|S].
N| Each has been placed at ‘[Requires improvement|R]’, the second-lowest of the four ratings.
W| [Durley|S]’s score was just one point clear of ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Vacancies are high in both units, and officers told us they could not see people as often as they wanted to.
S| “Even so, [Upham|S]’s leaders have made real progress in the past year, and its work with local prisons to prepare people for release stands out.”

W| Inspectors found that domestic abuse enquiries with [Hampshire and Isle of Wight Constabulary|A] were made in just over half of the relevant cases.
S| Work to help people find accommodation was better, with effective use of local authority housing schemes.

R| Each unit receives five recommendations, ten in total.

N| The Regional Probation Director for the South Central region said: “We will act on every recommendation.”
"""),
    # 17. a council's response page ("Posted on 14/10/2025"): "which inspectors found to be ‘...’ following their visit in
    #     July 2025"; the council reports the findings; the chief inspector quoted from the report; 14 recommendations
    ("thursley-yjs-2025", facts([
        svc("Thursley Youth Justice Service", "Thursley YJS", "YJS", RI)], "2025-10-14", "2025-07", 14),
     """N| Posted on [14/10/2025|D]

N| Our response to the inspection of youth justice in Thursley

N| Following their visit in [July 2025|D], inspectors from [HM Inspectorate of Probation|A] concluded that [Thursley Youth Justice Service|S] ‘[Requires improvement|R]’.

S| The report recognises how well case managers and children get on, and the range of activities available through our youth centres.
W| Inspectors also identified areas that require development, particularly the quality of assessments of risk to others and the consistency of management oversight.
W| They found that some children had waited several weeks for a first appointment.

R| There are 14 recommendations, for the service and for its partners.

N| Councillor [Mark Hadley|X], Cabinet Member for Children, said: “The findings and recommendations are accepted in full.
N| “An improvement plan has been agreed by the management board, and we will report on progress every three months.”

S| [Martin Jones|X], HM Chief Inspector of Probation, says in the report: “[Thursley|S]’s practitioners are committed, and it is plain that they care about each child.
R| “The partnership must now ensure that every child is seen promptly and that risks to others are properly understood.”
"""),
    # 18. a 2020 youth justice release with the date line "Thursday, 11th June 2020" above "published today"; fieldwork
    #     "between 2 and 6 March 2020"; no recommendation count (null)
    ("hawkley-yjs-2020", facts([
        svc("Hawkley Youth Justice Service", "Hawkley YJS", "YJS", GOOD)], "2020-06-11", "2020-03", None),
     """N| [Thursday, 11th June 2020|D]

N| Youth justice service in East Hampshire rated ‘[Good|R]’

N| Inspectors rate [Hawkley Youth Justice Service|S] ‘[Good|R]’ in their report, out today.
N| The fieldwork ran from [2 to 6 March 2020|D], only weeks before lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hawkley|S] has a stable, experienced team, and the quality of its casework reflects that.
S| “The service has well-established links with schools, health services and the police, and children get help quickly.”

S| Inspectors found that nine in ten children had a plan that addressed their needs.
W| However, work to understand and reduce the risks some children faced from criminal exploitation was less developed.
W| The board did not always receive the information it needed to challenge performance.

N| The report also identifies what the service could do better.

N| ENDS
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 114")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
