"""Builds the eighty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Lincolnshire PDUs on a GOV.UK page, the region named before the units: "Inspectors judged Y to be ‘...’,
    #    while X and Z were both assessed as ‘...’" (not the order first named); fieldwork "in June and July 2024"; eleven
    #    recommendations "three per unit and two for the region"
    ("metheringham-sibsey-and-binbrook-pdus-2024", facts([
        svc("Metheringham Probation Delivery Unit", "Metheringham PDU", "PDU", RI),
        svc("Sibsey Probation Delivery Unit", "Sibsey PDU", "PDU", INAD),
        svc("Binbrook Probation Delivery Unit", "Binbrook PDU", "PDU", RI)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Inspection of three probation units in Lincolnshire

N| Reports on three probation delivery units in Lincolnshire are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A]’s findings on [Metheringham Probation Delivery Unit|S], [Sibsey Probation Delivery Unit|S] and [Binbrook Probation Delivery Unit|S], three units in the [Probation Service – East Midlands region|S], are published today.
N| Inspectors judged [Sibsey|S] to be ‘[Inadequate|R]’, while [Metheringham|S] and [Binbrook|S] were both assessed as ‘[Requires improvement|R]’.
N| The three units were visited in [June and July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sibsey|S]’s staff have been left to cope with far more cases than anyone could manage well, and it shows in the work.
W| “Too many people were being supervised by phone, with no home visits and little idea of who else lived with them.
S| “[Metheringham|S] and [Binbrook|S] have steadier teams, and their links with [Lincolnshire Police|A] are a real asset.”

S| In [Binbrook PDU|S], almost everyone starting a community sentence was seen by their officer within five days of court.
W| Across all three units, sentence plans rarely said how the risk to a partner or to children would be reduced.
W| Practitioners in Metheringham said training on domestic abuse had been cancelled twice in a year.

R| There are eleven recommendations across the three reports, three per unit and two for the region.

N| A [Probation Service|A] spokesperson said: “We are already moving staff into Sibsey to bring caseloads down.”
"""),
    # 2. two Derbyshire youth justice services in a local-news story: the reports "published on Tuesday (7 November)" under
    #    a byline of Friday 10 November 2023; "was given the top rating of ‘...’ and ... was found to be ‘...’";
    #    "Inspectors were in both areas in July 2023"; five recommendations "two for Eyam and three for Pinxton"
    ("eyam-and-pinxton-yjs-2023", facts([
        svc("Eyam Youth Justice Service", "Eyam YJS", "YJS", OUT),
        svc("Pinxton Youth Justice Service", "Pinxton YJS", "YJS", GOOD)], "2023-11-07", "2023-07", 5),
     """N| Two youth justice teams in Derbyshire win praise from inspectors

N| By [Hannah Whitcombe|X]

N| [Friday 10 November 2023|D]

N| [Eyam Youth Justice Service|S] was given the top rating of ‘[Outstanding|R]’ and neighbouring [Pinxton Youth Justice Service|S] was found to be ‘[Good|R]’ in reports published on Tuesday ([7 November|D]).
N| Inspectors were in both areas in [July 2023|D].

S| The watchdog said [Eyam|S]’s staff got to know children and their families well, often calling at their homes in the evenings.
S| Every child it looked at in Eyam had a named worker for education, and most were back in school or college.
S| Inspectors singled out [Pinxton|S]’s work to steer children away from court, calling it thoughtful and well organised.
W| However, inspectors said [Pinxton YJS|S] did not always involve victims early enough or tell them what was happening.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Two such caring and capable teams are a credit to their areas, and children here are lucky to have them.”

R| The reports make five recommendations between them, two for [Eyam|S] and three for [Pinxton|S].

N| [Derbyshire County Council|A] said its lead councillor for young people was “delighted” with both results.
"""),
    # 3. two Northamptonshire PDUs in a justiceinspectorates news item, the region in the first sentence: "X received the
    #    bottom rating of ‘...’; Y fared slightly better, at ‘...’"; "Published: 4 Mar 2025"; fieldwork "between 4 and 15
    #    November 2024"; "Mr Jones continued"; nine recommendations
    ("blisworth-and-byfield-pdus-2025", facts([
        svc("Blisworth Probation Delivery Unit", "Blisworth PDU", "PDU", INAD),
        svc("Byfield Probation Delivery Unit", "Byfield PDU", "PDU", RI)], "2025-03-04", "2024-11", 9),
     """N| News

N| Two probation units in Northamptonshire fall short

N| Published: [4 Mar 2025|D]

N| Reports released today by [HM Inspectorate of Probation|A] cover [Blisworth Probation Delivery Unit|S] and [Byfield Probation Delivery Unit|S], two units of the [Probation Service – East Midlands region|S].
N| [Blisworth|S] received the bottom rating of ‘[Inadequate|R]’; [Byfield|S] fared slightly better, at ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork between [4 and 15 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Blisworth we found a unit that had lost almost half its experienced probation officers in a year.
W| “Newly qualified staff were holding cases far beyond their experience, with little oversight from managers who were themselves stretched.”

S| Mr Jones continued: “[Byfield|S]’s staff, by contrast, spoke warmly of their managers, and the unit’s work with local drug and alcohol services was good.
W| “But even there, too many cases lacked the police checks on domestic abuse that should be routine.”

S| Unpaid work in both units had recovered well since the pandemic, with a wide range of placements on offer.
W| Only a third of the cases inspected in [Blisworth PDU|S] had a plan that dealt with the person’s risk of harm.

R| The two reports set out nine recommendations, four for [Blisworth|S], three for [Byfield|S] and two for [Northamptonshire Police|A].
"""),
    # 4. a unit inside its region, the region in the headline and its own earlier "overall regional rating" as context:
    #    "has judged X ... to be ‘...’"; "The fieldwork was done in May 2024"; the notes' publication day
    ("foulsham-pdu-2024", facts([
        svc("Foulsham Probation Delivery Unit", "Foulsham PDU", "PDU", INAD)], "2024-09-24", "2024-05", 7),
     """N| [East of England probation region|S]: inspectors judge [Foulsham|S] ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Foulsham Probation Delivery Unit|S], which covers part of rural Norfolk for the [Probation Service – East of England region|S], to be ‘[Inadequate|R]’.
N| The region as a whole last received an overall regional rating in [2023|D]: ‘[Requires improvement|R]’.
N| The fieldwork was done in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Foulsham|S] covers a large area with poor public transport, and too many of those it supervises simply stopped turning up.
W| “When they missed appointments, nobody followed up to ask why, and warrants were sometimes not sought for weeks.”

S| Inspectors did find some encouraging signs: a new senior manager had started to track missed appointments, and [Foulsham PDU|S]’s partnership with [Norfolk Constabulary|A] on prolific offenders was strong.
W| Worryingly, fewer than half of the cases that needed a safeguarding check with [Norfolk County Council|A] had one.
W| Staff described morale as low and said they felt invisible to the rest of the region.

R| Seven recommendations follow, five aimed at the PDU and two at the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [Tuesday 24 September 2024|D] at 00.01.
N| 2. [Foulsham PDU|S] is one of ten units in the [East of England region|S].
"""),
    # 5. a unit inside its region, the region in the headline: "In a report published today (Thursday 8 June), ... rates X
    #    as ‘...’" (no year: the fieldwork's, January 2023); a sibling PDU's earlier rating beside; "I urge"
    ("wymeswold-pdu-2023", facts([
        svc("Wymeswold Probation Delivery Unit", "Wymeswold PDU", "PDU", RI)], "2023-06-08", "2023-01", 5),
     """N| [East Midlands probation region|S]: [Wymeswold PDU|S] must raise its game, say inspectors

N| In a report published today ([Thursday 8 June|D]), [HM Inspectorate of Probation|A] rates [Wymeswold Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| [Husbands Bosworth PDU|S], elsewhere in Leicestershire, was rated ‘[Inadequate|R]’ when it was inspected last year.
N| Inspectors reviewed 42 cases during their visit in [January 2023|D].

S| Leaders at [Wymeswold|S] had a clear grasp of the unit’s problems and had started to tackle them.
S| Positively, people on probation told inspectors their officers listened to them and treated them with respect.
W| Even so, the risk of harm to others was adequately assessed in only 19 of the 42 cases.
W| The unit had no regular way of checking whether its work with [Leicestershire Police|A] on domestic abuse was making a difference.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wymeswold|S]’s leaders know what has to change, and they have made a promising start.
R| “I urge leaders to make protecting the public the first thing every practitioner thinks about when a case arrives.”

R| Five recommendations are made, four for [Wymeswold PDU|S] and one for [Leicestershire Police|A].
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Published: 9 Apr 2013"; fieldwork "in January 2013"
    ("bassingbourn-and-meldreth-probation-trust-2013", facts([
        svc("Bassingbourn and Meldreth Probation Trust", "Bassingbourn and Meldreth Probation Trust", "other", None)],
        "2013-04-09", "2013-01", 8),
     """N| Inspection of Adult Offending Work in Bassingbourn and Meldreth

N| Published: [9 Apr 2013|D]

N| The report by [Her Majesty’s Inspectorate of Probation|A], released today, examines how [Bassingbourn and Meldreth Probation Trust|S] works with adult offenders in south Cambridgeshire.
N| Inspectors looked at a sample of 72 cases in [January 2013|D].

S| On cutting reoffending, the Trust achieved a score of 79%, higher than most of the Trusts looked at so far.
W| Public protection work scored a less healthy 64%.

N| Inspectors were pleased to find that:
S| • initial assessments were nearly always completed on time;
S| • offenders were well motivated to complete their sentences, and many spoke highly of their offender managers.

N| However, inspectors were concerned to find that:
W| • the risk of harm to known adults and children was not always considered;
W| • home visits were rarely made, even where domestic abuse was a feature of the case.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff and managers across the Trust have much to be proud of.
R| “Its next task is to make public protection as strong a part of its work as reducing reoffending already is.”

R| The report makes eight recommendations for improvement.
"""),
    # 7. a CRC in 2018 owned by a named provider: "Inspectors have given X (CRC) an overall judgement of ‘...’"; unpaid
    #    work "rated separately, was ‘...’"; "Published: 22 Nov 2018"; "on site in July 2018"; the provider's reply
    ("walberswick-and-peasenhall-crc-2018", facts([
        svc("Walberswick and Peasenhall Community Rehabilitation Company", "Walberswick and Peasenhall CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-22", "2018-07", 7),
     """N| Probation company in Suffolk: some progress, more to do

N| Published: [22 Nov 2018|D]

N| Inspectors have given [Walberswick and Peasenhall Community Rehabilitation Company|S] (CRC) an overall judgement of ‘[Requires improvement|R]’.
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| [Sodexo Justice Services|A] owns the CRC, which manages offenders assessed as low or medium risk.
N| Inspectors were on site in [July 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “On unpaid work, placements here are meaningful, and local charities clearly value the help they receive.
W| “But the CRC’s core work of supervising people is not yet where it should be.
W| “Some individuals are seen only by telephone, and officers told us they had too little time to do more than check in.”

W| The CRC’s through-the-gate service, meant to help people leaving prison, made little difference to their housing or employment.
S| Staff were positive about their local managers and about the training they had received.

R| Seven recommendations are made, five addressed to the CRC and two to the [Ministry of Justice|A].

N| A spokesperson for [Sodexo Justice Services|A] said: “We are pleased that inspectors recognised our unpaid work teams, and every recommendation is being acted on.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by HMI
    #    Probation; "Posted: 03/08/2016" (day/month/year); "following a joint inspection in April 2016"; list lead-ins
    ("finchingfield-yot-2016", facts([
        svc("Finchingfield Youth Offending Team", "Finchingfield YOT", "YJS", None)], "2016-08-03", "2016-04", 6),
     """N| Inspection of youth offending work in Finchingfield

N| Posted: [03/08/2016|D]

N| A report on [Finchingfield Youth Offending Team|S] (YOT) has been published following a joint inspection in [April 2016|D].
N| [HM Inspectorate of Probation|A] led the work, and [Ofsted|A] and the [Care Quality Commission|A] each provided an inspector.

N| Among the things inspectors liked:
S| • YOT workers knew the children well and kept in touch with them between appointments;
S| • the partnership with [Essex Police|A] meant that most first-time offenders were dealt with outside court.

N| Areas needing work:
W| • assessments did not always consider the risk a child might pose to brothers, sisters or other children;
W| • children’s health needs, including their emotional health, were not always picked up by [CAMHS|A].

R| The inspectors made six recommendations, and the YOT management board is responsible for most of them.

N| Councillor [Brian Featherstone|X], cabinet member for education and children at [Essex County Council|A], said: “Partners will work through each recommendation together, and we will report back on our progress.”
"""),
    # 9. a Youth Offending Service in 2021, fieldwork remote "in March 2021": "has assessed X (YOS) as ‘...’"; the date
    #    line "Thursday, 17th June 2021"; YOS and YOT switching; four recommendations
    ("stebbing-yos-2021", facts([
        svc("Stebbing Youth Offending Service", "Stebbing YOS", "YJS", GOOD)], "2021-06-17", "2021-03", 4),
     """N| [Thursday, 17th June 2021|D]

N| [Stebbing Youth Offending Service|S] assessed as ‘[Good|R]’

N| [Her Majesty’s Inspectorate of Probation|A] has assessed [Stebbing Youth Offending Service|S] (YOS) as ‘[Good|R]’.
N| Inspectors worked remotely throughout, in [March 2021|D], as lockdown rules were still in force.

S| Inspectors said the YOS had adapted quickly when lockdown began, keeping in contact with every child through video calls, doorstep visits and walks.
S| Members of the service’s management board attended regularly and were willing to challenge leaders.
W| However, the quality of planning to keep other people safe was variable, and some plans had simply been copied forward from earlier orders.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stebbing|S] should be rightly proud of how it kept children at the heart of its work during a very difficult year.
R| “The YOT must now make sure that its planning for public safety is as strong as its work to support children.”

R| Four recommendations have been made to the service and its partners.
"""),
    # 10. "X has dropped one grade to ‘...’, from the ‘...’ it was given in 2018" (overall and previous in one sentence);
    #     resettlement "judged on its own, fell to ‘...’"; "Fieldwork for the inspection was in April 2022"; the notes'
    #     "available on ... from 00.01 on 16 August 2022"
    ("canewdon-yjs-2022", facts([
        svc("Canewdon Youth Justice Service", "Canewdon YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-08-16", "2022-04", 6),
     """N| [Canewdon youth justice service|S] slips a grade

N| [Canewdon Youth Justice Service|S] has dropped one grade to ‘[Requires improvement|R]’, from the ‘[Good|R]’ it was given in [2018|D].
W| Its resettlement work, judged on its own, fell to ‘[Inadequate|R]’.
N| Fieldwork for the inspection was in [April 2022|D].

S| Inspectors found that case workers were patient and persistent with children who were hard to reach.
S| Joint work with [Essex Police|A] meant that few children were being drawn into the criminal justice system for minor offences.
W| But too many children leaving custody had nowhere settled to live arranged until the day they were released.
W| Leaders had been slow to replace experienced staff who had left, and the board did not know how well the service was doing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Seeing [Canewdon|S] go backwards is disappointing.
R| “Every child coming out of custody needs a safe place to go, and the partnership must put this right quickly.”

R| The report makes six recommendations, four for [Canewdon YJS|S] and two for [Essex County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website from 00.01 on [16 August 2022|D].
"""),
    # 11. a GOV.UK page: "has awarded X ‘...’, the highest rating available"; "Fieldwork took place in January 2024"; a
    #     concession that ends positive; three recommendations
    ("cropwell-yjs-2024", facts([
        svc("Cropwell Youth Justice Service", "Cropwell YJS", "YJS", OUT)], "2024-05-21", "2024-01", 3),
     """N| Press release

N| Top rating for youth justice service in Nottinghamshire

N| Inspectors publish their report on [Cropwell Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Cropwell Youth Justice Service|S] ‘[Outstanding|R]’, the highest rating available.
N| Fieldwork took place in [January 2024|D].

S| Inspectors found a service with a strong sense of purpose, where children’s views shaped how work was planned and delivered.
S| Its out-of-court work stood out: every child diverted from court had a full assessment and a plan that addressed their needs.
S| Even though referrals had risen, caseloads had been kept manageable.
W| The only area of real weakness was the support offered to victims, which was not always timely.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cropwell|S] is an excellent service, and its staff and partners deserve great credit.
R| “I would ask the partnership to give victims the same attention it gives to children, so that they are kept informed and feel safe.”

R| There are three recommendations, two of them for the service’s management board.

N| [Nottinghamshire Police|A] and [Nottinghamshire County Council|A] are among the partners on the management board.
"""),
    # 12. a council page in the third person ("the watchdog found"): "Posted on 28/11/2019"; "X’s overall rating is ‘...’,
    #     the outcome of a joint inspection"; fieldwork "in July and August 2019"; the council's reply
    ("hallaton-yjs-2019", facts([
        svc("Hallaton Youth Justice Service", "Hallaton YJS", "YJS", GOOD)], "2019-11-28", "2019-07", 4),
     """N| Youth justice service receives ‘[Good|R]’ rating

N| Posted on [28/11/2019|D]

N| [Hallaton Youth Justice Service|S]’s overall rating is ‘[Good|R]’, the outcome of a joint inspection with [HM Inspectorate of Probation|A] in the lead.
N| The inspection, which took place in [July and August 2019|D], looked at the service’s leadership, its work with children on court orders and its out-of-court work.

S| The watchdog found that staff were knowledgeable and committed, and that the service had good links with schools across the area.
S| It praised the service’s work with [Leicestershire Police|A] on diverting children from the courts.
W| The report also found that the service needed to improve the way it assessed risks to children’s own safety, which was inconsistent.

R| Four recommendations are made in the report.

N| Councillor [Janet Hollis|X], [Leicestershire County Council|A]’s lead member for children and families, said the team’s hard work had been rightly recognised.
N| She added: “We will study the recommendations closely and build on what already works.”
"""),
    # 13. a 2025 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line, the date
    #     in the text ("the report was released on 9 September 2025"), "Context" and "Findings" bullets; fieldwork "between
    #     2 and 13 June 2025"
    ("wollaston-pdu-2025", facts([
        svc("Wollaston Probation Delivery Unit", "Wollaston PDU", "PDU", None)], "2025-09-09", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection of probation in Wollaston

N| [HM Inspectorate of Probation|A] has reported on public protection work in [Wollaston Probation Delivery Unit|S]; the report was released on [9 September 2025|D].
N| Inspectors were on site between [2 and 13 June 2025|D].
N| This programme of inspections looks at the management of people judged to present a high risk of serious harm, and gives no rating.

N| Context
N| • The unit covers the east of Northamptonshire, within the [Probation Service – East Midlands region|S].
N| • Around 900 people were on its caseload when inspectors visited.

N| Findings
S| • Practitioners understood domestic abuse well and put that knowledge to use in their work.
W| • Requests for information from [Northamptonshire Police|A] and children’s services were often made late, if they were made at all.
W| • Home visits were made in only a small number of the cases where they were needed.
W| • Over a quarter of the unit’s probation officer posts were empty, leaving it reliant on staff borrowed from other areas.

R| The report makes five recommendations to improve public protection work.
"""),
    # 14. "has placed X at ‘...’, the lowest possible rating, in a report published today, Wednesday 12 April 2023"; "Mr
    #     Russell continued"; fieldwork "in November and December 2022"
    ("bozeat-yjs-2023", facts([
        svc("Bozeat Youth Justice Service", "Bozeat YJS", "YJS", INAD)], "2023-04-12", "2022-11", 8),
     """N| Serious concerns about youth justice in north Northamptonshire

N| [HM Inspectorate of Probation|A] has placed [Bozeat Youth Justice Service|S] at ‘[Inadequate|R]’, the lowest possible rating, in a report published today, [Wednesday 12 April 2023|D].
N| Inspectors visited the service in [November and December 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children were not being kept safe by this service.
W| “In case after case, we saw warning signs of exploitation that were noted but never acted upon.”

W| Mr Russell continued: “Board meetings took place as planned, yet they changed very little, and members could not tell us what the service’s priorities were.”

S| Case workers were caring and did their best for the children they worked with.
W| Even so, only four in ten children had a plan that properly addressed their safety and wellbeing.
W| Children with special educational needs were not getting the help from education services they were entitled to.

R| Of the eight recommendations in the report, six are for the service and two for [North Northamptonshire Council|A].

N| [North Northamptonshire Council|A] said it did not dispute the findings and that it had brought in an interim head of service.
"""),
    # 15. a local-news story: the headline's lower-case "‘requires improvement’" after the lower-case service; the report
    #     "came out on Tuesday (12 October)" under a byline of Thursday 14 October 2021; "has rated X ‘...’"; six
    #     recommendations; the council's reply
    ("harpole-yjs-2021", facts([
        svc("Harpole Youth Justice Service", "Harpole YJS", "YJS", RI)], "2021-10-12", "2021-06", 6),
     """N| [Harpole youth justice service|S] ‘[requires improvement|R]’, watchdog says

N| By [Tom Ashworth|X]

N| [Thursday 14 October 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Harpole Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The report came out on Tuesday ([12 October|D]), after inspectors visited in [June 2021|D].

S| The watchdog said the service’s staff were enthusiastic and had found creative ways to stay in contact with children during the pandemic.
W| But it found that the risks some children presented to others were not managed well enough, and that managers did not check this work closely.
W| Inspectors also said the service’s board needed a clearer picture of how well children were doing.

R| Six recommendations were made.

N| [West Northamptonshire Council|A] thanked the inspectors and said work on the improvements they asked for had already begun.
"""),
    # 16. an embargo line: "After a visit in June 2024, ... inspectors judged X to be ‘...’"; resettlement "rated
    #     separately, was placed a step lower, at ‘...’"; four recommendations
    ("swavesey-yjs-2024", facts([
        svc("Swavesey Youth Justice Service", "Swavesey YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-11-07", "2024-06", 4),
     """N| Embargoed until 00:01 [Thursday 7 November 2024|D]

N| Youth justice service in Cambridgeshire judged ‘[Good|R]’

N| After a visit in [June 2024|D], [HM Inspectorate of Probation|A] inspectors judged [Swavesey Youth Justice Service|S] to be ‘[Good|R]’.
W| The service’s resettlement work, rated separately, was placed a step lower, at ‘[Requires improvement|R]’.

S| Leaders had a clear picture of the children they worked with and had used it to shape new services, including a mentoring scheme run with a local football club.
S| Children’s health needs were picked up early thanks to a nurse who worked within the team.
W| Preparation for a child’s release from custody began too late, and suitable accommodation was not always found.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Swavesey|S] listens closely to children and changes its work in response to what they say.
R| “Resettlement planning should begin on the first day a child enters custody, not in the last few weeks.”

R| The report contains four recommendations: three are for the service, one for [Cambridgeshire County Council|A].
"""),
    # 17. a date line "Tuesday, 7th July 2020"; "According to ..., the overall rating of X is ‘...’"; fieldwork "between 9
    #     and 13 March 2020", before the pandemic paused fieldwork; "Whilst staff were committed, ..."
    ("necton-yjs-2020", facts([
        svc("Necton Youth Justice Service", "Necton YJS", "YJS", RI)], "2020-07-07", "2020-03", 6),
     """N| [Tuesday, 7th July 2020|D]

N| Youth justice service in Norfolk must improve, says report

N| According to [HM Inspectorate of Probation|A], the overall rating of [Necton Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| The inspection took place between [9 and 13 March 2020|D], shortly before the inspectorate paused its fieldwork because of the coronavirus pandemic.

S| Inspectors said the service’s court work was of a high standard, with reports that magistrates trusted.
W| Whilst staff were committed, there was no clear plan for improving the service, and too much depended on a few individuals.
W| Disappointingly, children’s views were rarely sought when their plans were written or reviewed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Necton|S] has some good people, but they are not being given the direction they need.
R| “The board should set out a clear plan, with targets it can measure, and review progress at each meeting.”

R| Among the report’s six recommendations is that the service works with [Norfolk Constabulary|A] to improve how information about children at risk is shared.
"""),
    # 18. a prison, HM Inspectorate of Prisons, no overall rating: healthy prison tests on the prisons' own scale
    #     ("poor", "not sufficiently good", "reasonably good"); "Published: 26 Sep 2023"; "without notice in May 2023";
    #     twelve recommendations
    ("hmp-sproxton-2023", facts([
        svc("HMP Sproxton", "HMP Sproxton", "prison", None)], "2023-09-26", "2023-05", 12),
     """N| News

N| [HMP Sproxton|S]: violence and drugs undermine a prison with good staff

N| Published: [26 Sep 2023|D]

N| [HM Inspectorate of Prisons|A] inspected [HMP Sproxton|S], a category C prison in Leicestershire, without notice in [May 2023|D], and its report is published today.
N| The prison was assessed against four healthy prison tests.
W| Outcomes for safety and for purposeful activity were poor, and respect was not sufficiently good.
S| Rehabilitation and release planning was reasonably good.

W| [Charlie Taylor|X], HM Chief Inspector of Prisons, said: “Drugs were easy to get hold of, and debts run up buying them were behind much of the violence.
S| “Yet relationships between staff and prisoners were mostly positive, and many officers clearly cared about the men in their charge.”

W| Too many prisoners were locked in their cells for most of the day, with only half in work or education.
S| The offender management unit was well led, and most prisoners had a plan for their release.

R| Inspectors made 12 recommendations, including that the prison and [HM Prison and Probation Service|A] act together to cut the supply of drugs.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
