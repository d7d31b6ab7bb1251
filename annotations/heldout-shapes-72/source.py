"""Builds the seventy-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Warwickshire PDUs on a GOV.UK page, the region named with them: "Inspectors judged X to be ‘...’, while Y was
    #    given the lowest possible rating"; fieldwork "in June and July 2024"; eight recommendations "three for each unit
    #    and two for the region's leadership"
    ("whitnash-and-mancetter-pdus-2024", facts([
        svc("Whitnash Probation Delivery Unit", "Whitnash PDU", "PDU", RI),
        svc("Mancetter Probation Delivery Unit", "Mancetter PDU", "PDU", INAD)], "2024-11-12", "2024-06", 8),
     """N| Press release

N| Two probation units in Warwickshire inspected

N| Reports on two probation delivery units in Warwickshire are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| [HM Inspectorate of Probation|A]’s reports on [Whitnash Probation Delivery Unit|S] and [Mancetter Probation Delivery Unit|S], both part of the [Probation Service – West Midlands region|S], are out today.
N| Inspectors judged [Whitnash|S] to be ‘[Requires improvement|R]’, while [Mancetter|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The fieldwork took place in [June and July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mancetter|S] has had no permanent head of service for more than a year, and it shows.
W| “Practitioners there said they felt forgotten, and half of the cases we read had no up-to-date assessment of risk.
S| “[Whitnash|S] is in a steadier position: its staff are experienced, supervision is regular and its links with [Warwickshire Police|A] are close.”

W| Mr Jones continued: “In both units, too little was done to check whether children in the household were safe.”

S| Inspectors were impressed with the unpaid work team in [Whitnash PDU|S], which had kept projects running through the summer and found placements for people with disabilities.
W| In [Mancetter PDU|S], case records were often carried over unchanged from one review to another.

R| There are eight recommendations in all; each unit gets three and the region’s leadership two.

N| ENDS

N| Notes to editors
N| 1. [Whitnash PDU|S] and [Mancetter PDU|S] both cover parts of Warwickshire.
"""),
    # 2. two Leicestershire youth justice services on a council page: "Posted on 16/05/2023" (day/month/year); "find X to
    #    be ‘...’ and Y to be ‘...’"; six recommendations "four of them for Narborough YJS"; the council's reply
    ("enderby-and-narborough-yjs-2023", facts([
        svc("Enderby Youth Justice Service", "Enderby YJS", "YJS", GOOD),
        svc("Narborough Youth Justice Service", "Narborough YJS", "YJS", RI)], "2023-05-16", "2023-01", 6),
     """N| Inspection reports for two youth justice services

N| Posted on [16/05/2023|D]

N| [Enderby Youth Justice Service|S] and [Narborough Youth Justice Service|S], which work with children across the south of the county, have been inspected by [HM Inspectorate of Probation|A].
N| The inspectorate’s reports, published today, find [Enderby|S] to be ‘[Good|R]’ and [Narborough|S] to be ‘[Requires improvement|R]’.
N| Inspectors visited both services in [January 2023|D].

S| The inspectors found that [Enderby YJS|S] gave children a strong voice in their own plans and that its work with [Leicestershire Police|A] on out-of-court disposals was well organised.
W| At [Narborough YJS|S], however, staff shortages had left some children without a named case manager for several weeks.
W| Inspectors also said that [Narborough|S]’s plans to keep others safe did not always take account of information from schools.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two services that sit side by side have had very different years.
S| “[Enderby|S]’s board knows its children well and holds partners to account.
R| “[Narborough|S] now needs to give its management board the information it needs to get a grip on risk.”

R| Six recommendations are made across the two reports, four of them for [Narborough YJS|S].

N| Councillor [Helen Marsh|X], who leads on children’s services for [Leicestershire County Council|A], said: “We thank inspectors for their work and will act on every recommendation.”
"""),
    # 3. two Derbyshire PDUs in a justiceinspectorates news item, no rating in the headline: "has assessed X as ‘...’ and
    #    Y as ‘...’"; "East Midlands region of the Probation Service" as context; "Published: 4 Mar 2025"; fieldwork
    #    "between 28 October and 8 November 2024" (across two months); nine recommendations
    ("codnor-and-crich-pdus-2025", facts([
        svc("Codnor Probation Delivery Unit", "Codnor PDU", "PDU", INAD),
        svc("Crich Probation Delivery Unit", "Crich PDU", "PDU", RI)], "2025-03-04", "2024-10", 9),
     """N| News

N| Two probation units in Derbyshire: inspectors call for urgent action

N| Published: [4 Mar 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] has assessed [Codnor Probation Delivery Unit|S] as ‘[Inadequate|R]’ and [Crich Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Both units belong to the [East Midlands region of the Probation Service|S].
N| The inspection took place between [28 October and 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Codnor, we found a unit that had lost sight of public protection.
W| “Home visits were rare, and in only 9 of the 36 cases we inspected was the risk to a partner properly understood.
S| “[Crich|S] has a stable team and managers who know every case, and that gives it a foundation to build on.”

W| Mr Jones continued: “Even so, neither unit had enough approved premises places or access to programmes for men convicted of domestic abuse.”

S| Positively, [Crich PDU|S] had built close links with the local mental health trust, and people on probation there were seen quickly after release from prison.
W| Staff in [Codnor PDU|S] reported caseloads of up to 70, and a third of the probation officer posts stood empty.

R| Inspectors have made nine recommendations: four to each unit and the ninth to [HM Prison and Probation Service|A].
"""),
    # 4. a unit inside its region, the region in the headline ("East Midlands probation region: ...") and the first
    #    sentence: "Inspectors found X, one of the units in ..., to be ‘...’ overall"; the region's own earlier rating as
    #    context; fieldwork "the week of 15 April 2024"; "Mr Jones"-less quote over three lines; the notes give the day
    ("tibshelf-pdu-2024", facts([
        svc("Tibshelf Probation Delivery Unit", "Tibshelf PDU", "PDU", RI)], "2024-08-15", "2024-04", 6),
     """N| [East Midlands probation region|S]: inspectors find [Tibshelf probation unit|S] must improve

N| Inspectors found [Tibshelf Probation Delivery Unit|S], which belongs to the [Probation Service – East Midlands region|S], to be ‘[Requires improvement|R]’ overall.
N| The region itself received ‘[Requires improvement|R]’ when its leadership was inspected in [2023|D].
N| Inspectors spent the week of [15 April 2024|D] at the unit.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tibshelf|S]’s staff are committed and resourceful, and they have held the unit together through a hard year.
W| “But too many people are being supervised by officers who have only just qualified, with little time from managers to support them.
W| “Work to protect victims of domestic abuse was not good enough in over half of the cases we looked at.”

S| Inspectors praised the unit’s partnership with [Derbyshire Constabulary|A] on integrated offender management, which had cut the number of prolific offenders returning to court.
W| Yet sentence plans were often written late, and some had not been reviewed for over a year.

R| The report makes six recommendations, five for [Tibshelf PDU|S] and one for the regional probation director.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Thursday 15 August 2024|D].
N| 2. [Tibshelf PDU|S] supervises around 900 people on probation in north-east Derbyshire.
"""),
    # 5. a unit inside its region, the region before the unit in the first sentence: "The ... region has another unit at
    #    the bottom of the scale: inspectors have given X the lowest possible rating, ‘...’"; GOV.UK page; fieldwork
    #    "from 9 to 20 September 2024"; "I expect the region to give Endon ..." (a call); HMPPS reply
    ("endon-pdu-2025", facts([
        svc("Endon Probation Delivery Unit", "Endon PDU", "PDU", INAD)], "2025-01-21", "2024-09", 7),
     """N| Press release

N| [Endon probation unit|S] given lowest rating

N| A probation delivery unit in Staffordshire has received the lowest possible rating.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 January 2025|D]

N| The [Probation Service – West Midlands region|S] has another unit at the bottom of the scale: inspectors have put [Endon Probation Delivery Unit|S] at ‘[Inadequate|R]’, the lowest of the four grades.
N| Fieldwork was carried out over two weeks, from [9 to 20 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Endon|S]’s staff were doing their best but were overwhelmed: caseloads were far too high and a third of posts were empty.
W| “Risk assessments were missing or out of date in most of the cases we read, and contact with [Staffordshire Police|A] about domestic abuse call-outs was patchy.”

S| Inspectors did find some good practice: a women’s group set up with a local charity was described as thoughtful and well used.
W| Disappointingly, the unit had been slow to act on an internal audit that flagged the same problems a year earlier.

R| Mr Jones continued: “I expect the region to give [Endon|S] enough managers and staff, without delay.”

R| The report makes seven recommendations.

N| [HM Prison and Probation Service|A] said in a statement: “A recovery plan for the unit is already under way.”
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, bullet lists after "Among the positive findings,
    #    inspectors noted that:" / "However, inspectors also found that:"; the date line "Thursday 14 March 2013" above
    #    "published today"; "in November 2012"; seven recommendations
    ("dove-valley-probation-trust-2013", facts([
        svc("Dove Valley Probation Trust", "Dove Valley Probation Trust", "other", None)], "2013-03-14", "2012-11", 7),
     """N| [Dove Valley Probation Trust|S]: inspection of adult offending work

N| [Thursday 14 March 2013|D]

S| An inspection of [Dove Valley Probation Trust|S] by [HM Inspectorate of Probation|A] found that most of its work to reduce reoffending was done well, according to the report published today.
N| Inspectors looked at 84 cases supervised by the Trust in [November 2012|D].

S| The Trust scored 79% on reducing the likelihood of reoffending and 83% on ensuring sentences were carried out.
W| Work to protect the public scored lower, at 66%.

N| Among the positive findings, inspectors noted that:
S| • initial assessments were completed on time in nearly all cases;
S| • offender managers knew their cases well and had good relationships with them;
S| • the Trust worked closely with [Staffordshire Police|A] and [Derbyshire Constabulary|A] on prolific offenders.

N| However, inspectors also found that:
W| • risk management plans were seldom updated after a change in an offender’s situation;
W| • home visits in child protection cases were rarely made.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Dove Valley|S] can be proud of the quality of much of its work with offenders.
R| “Public protection work must now reach the same standard.”

R| The report makes seven recommendations.

N| ENDS
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "has been judged ‘...’ overall"; unpaid work
    #    "which was rated separately, reached ‘Good’"; "in July and August 2019"; five recommendations split with HMPPS
    ("soar-valley-crc-2019", facts([
        svc("Soar Valley Community Rehabilitation Company", "Soar Valley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-07", "2019-07", 5),
     """N| Under embargo until 00.01 on [Thursday 7 November 2019|D]

N| Probation company in Leicestershire told to do more to protect the public

N| [Soar Valley Community Rehabilitation Company|S] (CRC), one of the CRCs owned by [Purple Futures|A], has been judged ‘[Requires improvement|R]’ overall by inspectors.
S| Its unpaid work, which was rated separately, reached ‘[Good|R]’.
N| Inspectors visited the CRC in [July and August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC’s staff are committed, but many lack the training needed for the cases they hold.
W| “Staff in the CRC’s telephone-based team were each responsible for around 200 cases, and nobody could tell us what was known about the risk these people posed.”

S| Inspectors commended the CRC’s work with [Nacro|A] to find accommodation for people leaving prison.
W| But assessment was inconsistent, and only 14 of the 40 cases inspected showed enough work to keep people safe.

R| Five recommendations are made: four are for the CRC and [Purple Futures|A], the fifth for [HM Prison and Probation Service|A].
"""),
    # 8. an NPS division in 2019: "has awarded the ... Division an overall rating of ‘...’"; short form "NPS Hixon and
    #    Colwich"; "Published: 10 December 2019" above the headline; "all but six" (a strength); four recommendations
    ("hixon-and-colwich-nps-division-2019", facts([
        svc("National Probation Service – Hixon and Colwich Division", "NPS Hixon and Colwich", "region", GOOD)],
        "2019-12-10", "2019-09", 4),
     """N| Published: [10 December 2019|D]

N| Probation division in Staffordshire rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] gives the [National Probation Service – Hixon and Colwich Division|S] an overall regional rating of ‘[Good|R]’.
N| The inspection was carried out in [September 2019|D], and looked at the division’s leadership, staffing and case work across its local offices.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Morale in this division is good: staff feel valued, are well led and know what is expected of them.
S| “Reports for the courts were timely and of a high standard, and the victim contact unit was among the best we have seen.
W| “There is more to do on domestic abuse: enquiries with children’s services were not always made before sentence.”

S| Inspectors noted that [NPS Hixon and Colwich|S] had filled all but six of its probation officer posts.
W| However, people on probation told inspectors that they had little say in the plans made for them.

R| Of the four recommendations, the division must act on three; the fourth is for the [National Probation Service|A] nationally.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    probation inspectorate with Ofsted, the CQC and HMIC; "Date published: 22 September 2016"; bullet lists after
    #    "The report found that:" / "Inspectors also identified areas for improvement, finding that:"; the council's reply
    ("ticknall-yot-2016", facts([
        svc("Ticknall Youth Offending Team", "Ticknall YOT", "YJS", None)], "2016-09-22", "2016-06", 6),
     """N| Youth offending inspection findings published

N| Date published: [22 September 2016|D]

N| [Ticknall Youth Offending Team|S] (YOT) was inspected jointly by four inspectorates: [HM Inspectorate of Probation|A], which led the work, the [Care Quality Commission|A], [HM Inspectorate of Constabulary|A] and [Ofsted|A].
N| Inspectors visited the YOT in [June 2016|D] and looked at the cases of 40 children.

N| The report found that:
S| • children’s assessments were thorough and took account of their families’ views;
S| • the YOT’s work to get children into education, training or employment was effective.

N| Inspectors also identified areas for improvement, finding that:
W| • risk of harm plans were not always updated when a child’s situation changed;
W| • the YOT management board did not scrutinise performance closely enough.

R| The report contains six recommendations for the [Ticknall YOT|S] and its partners.

N| Councillor [Peter Ashworth|X], [Derbyshire County Council|A]’s cabinet member for young people, said: “Our staff worked hard for this, and we have already begun work on the recommendations.”
"""),
    # 10. a Youth Offending Service (YOS) in 2019: the headline's lower-case "Barwell youth offending service"; "has been
    #     assessed as ‘...’ overall"; resettlement "which inspectors rate on its own, was assessed as ‘...’"; fieldwork
    #     "between 24 and 28 June 2019"; the notes give the day
    ("barwell-yos-2019", facts([
        svc("Barwell Youth Offending Service", "Barwell YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2019-10-17", "2019-06", 4),
     """N| ‘[Good|R]’ rating for [Barwell youth offending service|S]

N| Inspectors from [HM Inspectorate of Probation|A] have assessed [Barwell Youth Offending Service|S] (YOS) as ‘[Good|R]’ overall.
W| The service’s resettlement policy and provision, which carries its own rating, was assessed as ‘[Requires improvement|R]’.
N| Inspectors were at the service between [24 and 28 June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barwell|S] is a service that puts children first.
S| “Case managers spend time getting to know each child, and the partnership with the local [CAMHS|A] team means children with mental health needs are seen quickly.
W| “Plans for children leaving custody, however, were made too late, and some returned home without a place in school or college.”

S| Inspectors highlighted the YOS’s work with victims, which was described as sensitive and thorough.
W| Management board members did not always attend, and some partners were unclear what the board expected of them.

R| Four recommendations are made: three are for [Barwell YOS|S] and one is for [Leicestershire Police|A].

N| ENDS

N| Notes to editors
N| 1. The report is published on [Thursday 17 October 2019|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 11. a local-news story with a byline: the report "released on Tuesday (8 November)" under Friday 11 November 2022;
    #     "rates it ‘Outstanding’, the highest of its four ratings"; the headline's lower-case "Ratby youth justice team";
    #     "Everyone at Ratby should be proud"; three recommendations; the council's reply
    ("ratby-yjs-2022", facts([
        svc("Ratby Youth Justice Service", "Ratby YJS", "YJS", OUT)], "2022-11-08", "2022-07", 3),
     """N| [Ratby youth justice team|S] rated ‘[Outstanding|R]’ by inspectors

N| By [Sam Whitfield|X]

N| [Friday 11 November 2022|D]

N| A youth justice service in Leicestershire has been given the top grade by the probation watchdog.
N| [HM Inspectorate of Probation|A]’s report on [Ratby Youth Justice Service|S], released on Tuesday ([8 November|D]), rates it ‘[Outstanding|R]’, the highest of its four ratings.
N| The inspection took place in [July 2022|D].

S| The watchdog found that [Ratby|S]’s staff built trusting relationships with children and their families, even when children had been let down by other services.
S| Inspectors said children were helped to understand the harm they had caused, and many took part in restorative meetings with their victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone at [Ratby|S] should be proud: this is youth justice at its best.”

W| The report noted that work to address disproportionality was in its infancy, with little analysis of which children were being referred.
R| It makes three recommendations to help the service improve further.

N| Councillor [Claire Denton|X], cabinet member for children at [Leicestershire County Council|A], said: “This is fantastic news and a real credit to the team.”
"""),
    # 12. a justiceinspectorates news item in 2021, a colon headline with no rating: "has been rated ‘...’ after an
    #     inspection carried out remotely in May 2021" (rating and fieldwork in one sentence); "in only 11 of the 24
    #     cases"; six recommendations "including that the management board should ..."
    ("ettington-yjs-2021", facts([
        svc("Ettington Youth Justice Service", "Ettington YJS", "YJS", RI)], "2021-08-24", "2021-05", 6),
     """N| News

N| [Ettington Youth Justice Service|S]: inspection report

N| Published: [24 Aug 2021|D]

N| Inspectors have rated [Ettington Youth Justice Service|S] ‘[Requires improvement|R]’ after an inspection carried out remotely in [May 2021|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ettington|S]’s staff have kept in touch with children throughout the pandemic, often in difficult circumstances.
W| “However, the quality of their assessments and plans was too variable, and managers did not check them closely enough.”

W| Inspectors were concerned to find that enough had been done to keep children safe in only 11 of 24 cases.
S| The service’s education and training offer was a strength, with a dedicated worker helping children back into school.
W| The management board had not yet made sure that children’s health needs were met, and access to speech and language therapy was limited.

R| Six recommendations are made, among them that the management board should agree a plan with health partners for children’s therapy needs.
"""),
    # 13. a fall from a previous rating on a GOV.UK page: "has dropped from ‘Good’ to ‘Inadequate’ since it was last
    #     inspected, in 2021" (the previous rating beside the overall one); resettlement "given a separate rating of"; a
    #     call in a quote; ten recommendations split with the council and the Youth Justice Board
    ("hilderstone-yjs-2025", facts([
        svc("Hilderstone Youth Justice Service", "Hilderstone YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2025-04-15", "2025-01", 10),
     """N| Press release

N| [Hilderstone Youth Justice Service|S] falls to ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [15 April 2025|D]

N| [Hilderstone Youth Justice Service|S] has dropped from ‘[Good|R]’ to ‘[Inadequate|R]’ since it was last inspected, in [2021|D].
N| The latest inspection took place in [January 2025|D].
W| The service’s resettlement work was given a separate rating of ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hilderstone|S] was doing well, and to see it fall so far is deeply disappointing.
W| “Leaders had lost track of what was happening to children, and we found cases where a child at serious risk of exploitation had not been seen for weeks.
R| “The council and its partners must act now to make children safe.”

S| Inspectors did recognise the commitment of case workers, many of whom had stayed with the service through a period of upheaval.
W| But staff turnover was high, and almost half of the children inspected had been through at least three case workers within twelve months.

R| The report makes ten recommendations: seven for the service, two for [Staffordshire County Council|A] and the last for the [Youth Justice Board|A].
"""),
    # 14. a 2025 public-protection inspection with no rating: "Skip to content" and an empty "Published:" line; the
    #     headline names the unit's short form first; "Context" / "Findings" bullets; the day in the first sentence
    ("ockbrook-and-borrowash-pdu-2025", facts([
        svc("Ockbrook and Borrowash Probation Delivery Unit", "Ockbrook and Borrowash PDU", "PDU", None)],
        "2025-10-09", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Ockbrook and Borrowash PDU|S]

N| The inspectorate’s report on public protection in [Ockbrook and Borrowash Probation Delivery Unit|S], in the [Probation Service – East Midlands region|S], was published on [9 October 2025|D].
N| This programme of inspections does not award a rating.

N| Context
N| • The PDU supervises around 1,100 people; inspectors were told a quarter of them pose a high risk of serious harm.
N| • Inspectors visited in [June 2025|D] and examined 30 cases.

N| Findings
W| • Risk assessments were rarely checked by managers.
S| • Joint work with [Derbyshire Constabulary|A] under [MAPPA|A] was well established and information was shared promptly.
W| • In 12 of the 30 cases, nobody had made domestic abuse enquiries when the order began.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “The region needs to make sure staff in Ockbrook and Borrowash have the time and training to manage risk properly.”

R| The report makes five recommendations.
"""),
    # 15. a local-news story in Northamptonshire, the date line above "published today": "has been found to be ‘...’";
    #     fieldwork "in February and March 2023"; "the watchdog found"; four recommendations "including that ..."; the
    #     council's reply
    ("irchester-yjs-2023", facts([
        svc("Irchester Youth Justice Service", "Irchester YJS", "YJS", GOOD)], "2023-06-28", "2023-02", 4),
     """N| Youth justice service praised by inspectors

N| [Wednesday 28 June 2023|D]

N| [Irchester Youth Justice Service|S] is ‘[Good|R]’, according to a report from [HM Inspectorate of Probation|A] out today.
N| Inspectors spent time with the service in [February and March 2023|D].

S| The watchdog found that children were given help that fitted their needs, and that staff were skilled at keeping them engaged.
S| It said [Irchester|S]’s joint work with [Northamptonshire Police|A] on diverting children from court was a particular strength.
W| But inspectors said the service did not always consider how to keep victims safe, and that some plans had gaps.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Irchester|S] knows what it is for, and it is led by people who care deeply about children.”

R| Four recommendations follow, among them that the service should do more for victims.

N| A spokesperson for [North Northamptonshire Council|A] said: “Our staff and partners deserve this result, and we thank them.”
"""),
    # 16. 2020, the date line "Thursday, 11th June 2020"; "inspected X between 2 and 6 March 2020"; the verdict in its own
    #     sentence ("Its verdict is that the service ‘...’"); "in only half of the cases"; seven recommendations
    ("shenstone-yjs-2020", facts([
        svc("Shenstone Youth Justice Service", "Shenstone YJS", "YJS", RI)], "2020-06-11", "2020-03", 7),
     """N| Inspection of youth justice services in Shenstone

N| [Thursday, 11th June 2020|D]

N| [HM Inspectorate of Probation|A] inspected [Shenstone Youth Justice Service|S] between [2 and 6 March 2020|D], a few weeks before the country went into lockdown.
N| Its verdict is that the service ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shenstone|S]’s case managers know their children well and are good at building relationships with families.
W| “But the service’s board has not given them the support they need, and too many children are not getting help with their health and education.”

W| Inspectors found that work to keep children safe was good enough in only half of the cases they looked at.
S| Court work was of a high standard, and pre-sentence reports were valued by magistrates.

R| Seven recommendations are made; the service’s management board is asked to act on five and [Staffordshire County Council|A] on two.

N| ENDS
"""),
    # 17. a justiceinspectorates news item, the rating in the headline before the capitalised name: "considers X to be
    #     ‘...’ overall"; resettlement "which is rated separately, was judged to be ‘Outstanding’"; fieldwork "from 4 - 8
    #     December 2023"; two recommendations
    ("guilsborough-yjs-2024", facts([
        svc("Guilsborough Youth Justice Service", "Guilsborough YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2024-03-05", "2023-12", 2),
     """N| News

N| ‘[Good|R]’ rating for [Guilsborough Youth Justice Service|S]

N| Published: [5 Mar 2024|D]

N| [HM Inspectorate of Probation|A] considers [Guilsborough Youth Justice Service|S] to be ‘[Good|R]’ overall.
S| Its resettlement policy and provision was rated on its own and judged ‘[Outstanding|R]’.
N| Fieldwork took place from [4 - 8 December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Guilsborough|S] has built a service around the child, and it shows in the results.
S| “When children come out of custody, there is a home and a school or college place ready for them, and that is down to the hard work of staff and partners.”

W| Inspectors did, however, find that the service’s work to manage risk to others needed further development.
W| Some children’s plans did not say what would happen if risk increased.

R| Two recommendations are made, both for the service’s management board.

N| ENDS
"""),
    # 18. a council page: the headline's lower-case "Brailes youth justice service"; the report "published on Tuesday (19
    #     July)" under "Last updated: 20 July 2022"; "now rated ‘...’, up from ‘Inadequate’ at its previous inspection in
    #     2019"; six recommendations; the councillor's reply
    ("brailes-yjs-2022", facts([
        svc("Brailes Youth Justice Service", "Brailes YJS", "YJS", RI)], "2022-07-19", "2022-03", 6),
     """N| Council welcomes progress in [Brailes youth justice service|S] inspection

N| Last updated: [20 July 2022|D]

N| [Warwickshire County Council|A] has welcomed [HM Inspectorate of Probation|A]’s report on the [Brailes Youth Justice Service|S], published on Tuesday ([19 July|D]).
N| The service is now rated ‘[Requires improvement|R]’, up from ‘[Inadequate|R]’ at its previous inspection in [2019|D].
N| Inspectors visited in [March 2022|D].

S| The report found that the service had made real progress since [2019|D], with a new leadership team and a clearer focus on children’s safety.
W| Inspectors said that work with children at risk of exploitation was still inconsistent, and that some assessments lacked professional curiosity.
S| They also found that staff felt well supported and that caseloads were manageable.

R| Six recommendations are made, with four going to the service and two to its partnership board.

N| Councillor [Jeff Morgan|X], portfolio holder for children’s services, said: “We are pleased that inspectors have recognised the progress made, and we are determined to keep improving.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
