"""Builds the seventy-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three South Yorkshire PDUs on a GOV.UK page, the region named first: "Grimethorpe and Darton were both graded
    #    ‘...’; Thurcroft fared worse, with ‘...’"; fieldwork "between 3 and 14 June 2024"; nine recommendations, "three
    #    to each PDU"
    ("grimethorpe-darton-and-thurcroft-pdus-2024", facts([
        svc("Grimethorpe Probation Delivery Unit", "Grimethorpe PDU", "PDU", RI),
        svc("Darton Probation Delivery Unit", "Darton PDU", "PDU", RI),
        svc("Thurcroft Probation Delivery Unit", "Thurcroft PDU", "PDU", INAD)], "2024-09-17", "2024-06", 9),
     """N| Press release

N| Inspection of three South Yorkshire probation delivery units

N| Reports on three units in Barnsley and Rotherham are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have looked at three units within [Probation Service – Yorkshire and the Humber region|S]: [Grimethorpe Probation Delivery Unit|S], [Darton Probation Delivery Unit|S] and [Thurcroft Probation Delivery Unit|S].
N| [Grimethorpe|S] and [Darton|S] were both graded ‘[Requires improvement|R]’; [Thurcroft|S] fared worse, with ‘[Inadequate|R]’.
N| The fieldwork for all three ran between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thurcroft|S] has had a string of temporary managers since the spring of last year, and it shows.
W| “Practitioners there told us they were managing more than 70 cases each, and risk assessments were routinely left unfinished.
S| “In Grimethorpe and Darton, by contrast, middle managers are visible, and staff said they felt listened to.”

S| [Darton PDU|S]’s work with local employment services had helped a good number of people on licence into jobs.
W| Across the three units, too few home visits were carried out where there were concerns about domestic abuse.
W| Checks with [South Yorkshire Police|A] were often late, and in some cases never made.

R| Each PDU receives three recommendations, nine in all.

N| [Lucy Ashworth|X], Regional Probation Director, said: “Experienced officers from neighbouring units are already working in Thurcroft.”
"""),
    # 2. two Nottinghamshire youth services in a local-news story: report "out on Tuesday (6 June)" under a byline of
    #    Friday 9 June 2023; "Ravenshead’s service was given ‘...’ and Farnsfield’s ‘...’"; seven recommendations,
    #    "three for Ravenshead and four for Farnsfield"
    ("ravenshead-and-farnsfield-yjs-2023", facts([
        svc("Ravenshead Youth Justice Service", "Ravenshead YJS", "YJS", GOOD),
        svc("Farnsfield Youth Justice Service", "Farnsfield YJS", "YJS", RI)], "2023-06-06", "2023-02", 7),
     """N| Mixed verdicts for two youth justice teams north of Nottingham

N| By [Tom Whitlock|X]

N| [Friday 9 June 2023|D]

N| Inspectors visited [Ravenshead Youth Justice Service|S] and [Farnsfield Youth Justice Service|S] in [February 2023|D], and their reports came out on Tuesday ([6 June|D]).
N| [Ravenshead|S]’s service was given ‘[Good|R]’ and [Farnsfield|S]’s ‘[Requires improvement|R]’.

S| According to the reports, [Ravenshead|S]’s staff spent time getting to know each child’s family and kept in close touch with schools.
S| Children there had quick access to a clinical psychologist, which inspectors called a real asset.
W| In [Farnsfield YJS|S], however, several children at risk of exploitation had waited weeks before anyone met them.
W| The team’s records were patchy, and managers were not checking the quality of plans.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Farnsfield|S] needs to learn quickly from the practice just down the road in Ravenshead.”

R| There are seven recommendations altogether, three for [Ravenshead|S] and four for [Farnsfield|S].

N| A spokesperson for [Nottinghamshire County Council|A] said the authority would support both teams in acting on the reports.
"""),
    # 3. two Lincolnshire PDUs in a justiceinspectorates news item, the region named as context: "Gosberton was found to
    #    ‘...’, while Sutterton received the lowest grade, ‘...’"; "Published: 11 Mar 2025"; fieldwork "in October and
    #    November 2024"; eight recommendations
    ("gosberton-and-sutterton-pdus-2025", facts([
        svc("Gosberton Probation Delivery Unit", "Gosberton PDU", "PDU", RI),
        svc("Sutterton Probation Delivery Unit", "Sutterton PDU", "PDU", INAD)], "2025-03-11", "2024-10", 8),
     """N| News

N| Probation in south Lincolnshire: two units fall short

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A]’s reports on [Gosberton Probation Delivery Unit|S] and [Sutterton Probation Delivery Unit|S], which sit within the [Probation Service – East Midlands region|S], came out today.
N| [Gosberton|S] was found to ‘[Require improvement|R]’, while [Sutterton|S] received the lowest grade, ‘[Inadequate|R]’.
N| The inspection team visited the two units in [October and November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In a rural area like this, getting to appointments can mean a long bus journey, and [Gosberton|S]’s staff have worked hard to meet people closer to home.
W| “At Sutterton, though, we found a team stretched to breaking point, with a third of its probation officer posts empty.”

W| In both units, plans to protect known victims were often thin, and contact with children’s social care was not always followed up.
S| [Gosberton PDU|S] had built a strong working relationship with [Lincolnshire Police|A] over prolific offenders.
W| Staff at [Sutterton|S] said they rarely received supervision from a manager.

R| Inspectors made eight recommendations across the two reports.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence, with the region's own rating as
    #    context; "has been given the lowest possible rating, ‘...’"; "Mr Jones continued"; fieldwork "in January 2024";
    #    the notes' "published on the inspectorate’s website at 00.01 on Tuesday 16 July 2024"
    ("kiveton-park-pdu-2024", facts([
        svc("Kiveton Park Probation Delivery Unit", "Kiveton Park PDU", "PDU", INAD)], "2024-07-16", "2024-01", 6),
     """N| [Yorkshire and the Humber probation region|S]: unit in Rotherham borough ‘not keeping the public safe enough’

N| [Kiveton Park Probation Delivery Unit|S], which sits within [Probation Service – Yorkshire and the Humber region|S], has received the lowest possible rating, ‘[Inadequate|R]’.
N| The region as a whole was placed at ‘[Requires improvement|R]’ after its own inspection, in [2023|D].
N| Inspectors examined 52 cases in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kiveton Park|S] cannot currently give many of the people it supervises a regular probation officer, and nobody has a full picture of the risks they pose.
W| “Managers were aware of the problems but had no plan to deal with them.”

R| Mr Jones continued: “Regional leaders must now give this unit the staff and the leadership it needs, and quickly.”

W| Only one in four assessments considered the safety of children in the household.
S| On a more positive note, inspectors found that the unit’s programmes team ran well-attended groups and that staff were loyal to one another.
W| Links with [Rotherham Metropolitan Borough Council|A]’s children’s services had weakened since the last reorganisation.

R| Six recommendations are made, four for [Kiveton Park PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. Publication on the inspectorate’s website: 00.01, [Tuesday 16 July 2024|D].
N| 2. [Kiveton Park PDU|S] covers the south of Rotherham borough.
"""),
    # 5. a unit inside its region, the region only in the notes; an embargo line; "judged to be ‘...’"; "The inspection,
    #    which took place in May 2023"; five recommendations
    ("balderton-pdu-2023", facts([
        svc("Balderton Probation Delivery Unit", "Balderton PDU", "PDU", RI)], "2023-10-19", "2023-05", 5),
     """N| Embargoed until 00.01 [Thursday 19 October 2023|D]

N| Probation unit in Newark area must improve its work to protect the public

N| [HM Inspectorate of Probation|A] has judged [Balderton Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Inspectors read 44 cases when they visited in [May 2023|D].

S| Inspectors found a stable and experienced staff group who knew the local area and its services well.
S| The unit’s unpaid work placements were varied, and many were with small local charities glad of the extra hands.
W| However, assessments of the risk people posed to partners were not thorough enough in almost half of cases.
W| Too little use was made of information held by [Nottinghamshire Police|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Balderton|S] has a committed team and a sound foundation to build on.
R| “Leaders should now make sure every practitioner understands what a good risk assessment looks like.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. Based in Newark, [Balderton PDU|S] serves the town and its surrounding villages as part of [Probation Service – East Midlands region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: an older name, scores in per cent, bullet lists after "Inspectors
    #    found that:" / "However, they were concerned that:"; "Tuesday, 15th January 2013" at the top; fieldwork "in
    #    September 2012"; seven recommendations
    ("barton-upon-humber-probation-trust-2013", facts([
        svc("Barton-upon-Humber Probation Trust", "Barton-upon-Humber Probation Trust", "other", None)],
        "2013-01-15", "2012-09", 7),
     """N| Offender management in Barton-upon-Humber: inspection report

N| [Tuesday, 15th January 2013|D]

N| [HM Inspectorate of Probation|A]’s report on offender management by [Barton-upon-Humber Probation Trust|S] is published today.
N| The inspection was carried out in [September 2012|D] and looked at 75 cases.

S| The Trust achieved 71% for its work to cut reoffending, one of the higher scores recorded by inspectors in this round.
W| Work to protect the public was weaker, scoring 64%.

N| Inspectors found that:
S| • sentence plans were completed on time in most cases;
S| • offenders were generally well motivated to comply with their orders.

N| However, they were concerned that:
W| • risk of harm assessments were too often of poor quality;
W| • officers rarely went to the homes of men convicted of domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Fairness runs through this Trust’s work with offenders, and its officers know them well.
R| “Managers now need to make sure that work to protect the public is given the same priority as work to reduce reoffending.”

R| The report sets out seven recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider: "found ... to be ‘...’ overall"; unpaid work "rated separately, was
    #    judged ‘...’"; "Published: 23 October 2018"; fieldwork "in June 2018"; six recommendations
    ("ecclesfield-and-oughtibridge-crc-2018", facts([
        svc("Ecclesfield and Oughtibridge Community Rehabilitation Company", "Ecclesfield and Oughtibridge CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-23", "2018-06", 6),
     """N| Probation company in north Sheffield must do more to manage risk

N| Published: [23 October 2018|D]

N| [Ecclesfield and Oughtibridge Community Rehabilitation Company|S] (CRC) has been assessed as ‘[Requires improvement|R]’ overall by inspectors.
S| Unpaid work, which was rated separately, was judged ‘[Good|R]’.
N| The CRC is owned by [Sodexo Justice Services|A].
N| Inspectors were on site in [June 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “People doing unpaid work can see the value of it for the community, and the scheme is well organised.
W| “But supervision too often amounts to a brief conversation every few weeks, and that is not enough to change behaviour.”

W| Many staff were managing caseloads well above what the CRC itself considered safe.
W| Prisoners about to be released got little from the CRC’s Through the Gate team beyond a list of phone numbers.
S| The CRC had a sound relationship with [Sheffield City Council|A]’s housing team, which had helped several people find settled accommodation.

R| Inspectors make six recommendations: two to the [National Probation Service|A] and the remaining four to the CRC and [Sodexo Justice Services|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Ofsted,
    #    HMIC and the CQC; "Date: 21/07/2016"; fieldwork "during April 2016"; bullet lists; four recommendations
    ("moorends-yot-2016", facts([
        svc("Moorends Youth Offending Team", "Moorends YOT", "YJS", None)], "2016-07-21", "2016-04", 4),
     """N| Council welcomes youth offending inspection report

N| Date: [21/07/2016|D]

N| [Moorends Youth Offending Team|S] (YOT) was inspected by [HM Inspectorate of Probation|A], in partnership with [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].
N| Their report is out today.
N| Inspectors spent time with the team during [April 2016|D].

N| The inspectors were pleased to find that:
S| • case managers were persistent in keeping in touch with children who were hard to reach;
S| • the [Moorends YOT|S] worked closely with schools to get children back into education.

N| They were worried that:
W| • not enough attention was paid to the risk some children posed to others;
W| • the health needs of children were not always assessed.

R| The inspectors make four recommendations, including that the YOT management board should monitor the quality of work more closely.

N| Councillor [Nuala Fennelly|X], cabinet member for children at [Doncaster Council|A], said: “We will be drawing up an action plan with our partners straight away.”
"""),
    # 9. a Youth Offending Service in 2019: "inspectors considered ... to be ‘...’"; year-less "published today
    #    (Wednesday 21 August)" under no byline, the year from the fieldwork ("In April 2019"); four recommendations
    ("carcroft-yos-2019", facts([
        svc("Carcroft Youth Offending Service", "Carcroft YOS", "YJS", GOOD)], "2019-08-21", "2019-04", 4),
     """N| ‘[Good|R]’ rating for youth offending service near Doncaster

N| In a report published today ([Wednesday 21 August|D]), inspectors considered [Carcroft Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| In [April 2019|D], inspectors from [HM Inspectorate of Probation|A] interviewed staff, partners and children over five days.

S| Members of the YOS management board came to meetings prepared, and they challenged one another when partners fell short.
S| Case managers were skilled at building trust, and children spoke warmly about the people who worked with them.
S| Work with victims was thoughtful: victims were offered a say in what reparation children carried out.
W| However, plans to keep children safe did not always reflect the latest information from social workers.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Carcroft YOS|S] knows exactly what it is trying to achieve for children, and it is achieving it.
N| “I hope the partnership will use this report to go further still.”

R| Inspectors made four recommendations to improve the service further.
"""),
    # 10. a GOV.UK page: "X now ‘...’, a step up from the ‘...’ it was given in 2019"; resettlement "rated on its own,
    #     achieved ‘...’"; fieldwork "between 24 and 28 January 2022"; six recommendations
    ("clipstone-yjs-2022", facts([
        svc("Clipstone Youth Justice Service", "Clipstone YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-05-10", "2022-01", 6),
     """N| Press release

N| Youth justice service in Nottinghamshire improves but has further to go

N| Our report on [Clipstone Youth Justice Service|S] is published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 May 2022|D]

N| [Clipstone Youth Justice Service|S] is now ‘[Requires improvement|R]’, a step up from its ‘[Inadequate|R]’ rating in [2019|D].
S| Its resettlement work, rated on its own, achieved ‘[Good|R]’.
N| Inspectors were on site from [24 to 28 January 2022|D].

S| Since the last inspection a new head of service had steadied the team, and the management board now met regularly and followed up its decisions.
S| Children coming out of custody had accommodation and a school or training place arranged before their release.
W| Yet the quality of work to keep children safe varied a great deal from one case manager to another.
W| Children given out-of-court disposals were sometimes dealt with before anyone had assessed them properly.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Clipstone|S] has moved forward a long way since [2019|D], but there is still some distance to travel.
R| “The board must make sure the improvements reach every child, not just some.”

R| Six recommendations are made: five to [Clipstone YJS|S] and one to [Nottinghamshire Police|A].
"""),
    # 11. a GOV.UK page: "awarded X the top rating, ‘...’"; fieldwork "10 - 14 June 2024"; three recommendations; "bucking
    #     the trend"; "outstanding work" in a quote (not a rating)
    ("ancaster-yjs-2024", facts([
        svc("Ancaster Youth Justice Service", "Ancaster YJS", "YJS", OUT)], "2024-10-03", "2024-06", 3),
     """N| Press release

N| Lincolnshire youth justice service earns top rating

N| Inspectors publish their findings on [Ancaster Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [3 October 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Ancaster Youth Justice Service|S] the top rating, ‘[Outstanding|R]’.
N| Inspectors visited the service on [10 - 14 June 2024|D].

S| Bucking the trend of rising caseloads elsewhere, [Ancaster|S] had kept its case managers’ workloads small enough to give each child real attention.
S| Every child inspectors asked said they understood their plan and had helped to write it.
S| The service’s speech and language therapist saw every new child within a fortnight.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ancaster|S]’s small team is doing outstanding work, and they should be very proud.
S| “Its leaders never stop asking how they could do better for children.”

R| Three recommendations are made, all for the [Ancaster YJS|S] management board.
"""),
    # 12. a council page: "Published: 12/02/2025"; "found the service to be ‘...’"; fieldwork "in September 2024"; eleven
    #     recommendations; the council's apology
    ("brinsworth-yjs-2025", facts([
        svc("Brinsworth Youth Justice Service", "Brinsworth YJS", "YJS", INAD)], "2025-02-12", "2024-09", 11),
     """N| Response to the inspection of [Brinsworth Youth Justice Service|S]

N| Published: [12/02/2025|D]

N| [HM Inspectorate of Probation|A], in its report issued today, found [Brinsworth Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors visited in [September 2024|D].

W| The report says staff were too slow to spot children who were being drawn into criminal exploitation, and some went weeks without a plan.
W| It found that board members rarely questioned whether partners were playing their full part.
S| Inspectors recognised that front-line staff were caring and worked hard for the children on their caseloads.
W| Only 8 of the 22 cases inspected had an adequate plan to stop a child harming others.

R| There are 11 recommendations, for the service, its board, [Rotherham Metropolitan Borough Council|A], [South Yorkshire Police|A] and the local [NHS|A].

N| [Helen Kerridge|X], the council’s Strategic Director for Children and Young People, said: “We apologise to every child this service has failed, and we are determined to put this right.
N| “A new chair of the management board has already been appointed.”
"""),
    # 13. a justiceinspectorates news item with a date line: "Inspectors have assessed X as ‘...’"; the headline's
    #     lower-case "Deepcar youth justice service"; "The inspection took place in July 2023"; "in only 10 of 24 cases";
    #     six recommendations
    ("deepcar-yjs-2023", facts([
        svc("Deepcar Youth Justice Service", "Deepcar YJS", "YJS", RI)], "2023-11-28", "2023-07", 6),
     """N| News

N| [Deepcar youth justice service|S] told to strengthen its safety work

N| [28 November 2023|D]

N| Inspectors have assessed [Deepcar Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [July 2023|D].

S| Inspectors were impressed by the dedicated education worker, who had helped many children back into school.
S| Relationships between children and their case managers were strong, and parents said they felt included.
W| However, in only 10 of 24 cases had enough been done to protect other people.
W| Contingency plans were often vague, setting out no clear steps if a child’s risk increased.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Deepcar|S]’s staff are plainly committed, but their plans do not yet protect the public well enough.
R| “I want to see managers reviewing the plan of every child who poses a risk to others.”

R| The report makes six recommendations, one of them for [South Yorkshire Police|A].

N| A spokesperson for [Sheffield City Council|A] said an improvement plan was being drawn up with partners.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", an empty "Published:" line, the
    #     day in the notes; "Context" and "Findings" bullets, the region in a bullet; fieldwork "between 8 and 19
    #     September 2025"; four recommendations
    ("langold-pdu-2025", facts([
        svc("Langold Probation Delivery Unit", "Langold PDU", "PDU", None)], "2025-12-09", "2025-09", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of probation in north Bassetlaw

N| [HM Inspectorate of Probation|A]’s latest public protection report covers [Langold Probation Delivery Unit|S] and how it keeps the public safe from the people it supervises.
N| Public protection inspections carry no rating.
N| Inspectors were in the unit between [8 and 19 September 2025|D].

N| Context
N| • [Langold PDU|S] covers the north of Bassetlaw for [Probation Service – East Midlands region|S].
N| • About 550 people are supervised by the unit.

N| Findings
S| • Practitioners were experienced and took care to check information from other agencies.
W| • In about half of the cases inspected, nobody had revisited the risk management plan after a significant change in the person’s life.
W| • Joint work with children’s social care was inconsistent, and some referrals were not followed up.
S| • [Nottinghamshire Police|A] and the unit shared information well about people managed under [MAPPA|A].

R| The report makes four recommendations.

N| Notes to editors
N| 1. The report was published on [9 December 2025|D].
"""),
    # 15. a remote inspection in 2021: "has slipped to ‘...’"; the previous rating beside it ("last inspected in 2018,
    #     when it was rated ‘...’"); "Published: Thursday 15th July 2021"; "carried out remotely in March 2021"; five
    #     recommendations; the council's reply
    ("misterton-yjs-2021", facts([
        svc("Misterton Youth Justice Service", "Misterton YJS", "YJS", RI)], "2021-07-15", "2021-03", 5),
     """N| Youth justice service in north Nottinghamshire slips a grade

N| Published: [Thursday 15th July 2021|D]

N| [Misterton Youth Justice Service|S] has come down a grade, to ‘[Requires improvement|R]’.
N| It was last inspected in [2018|D], when it was rated ‘[Good|R]’.
N| Because of the pandemic, inspectors worked remotely, in [March 2021|D].

W| During lockdown, contact with many children had moved to video calls, and some children had not met their case manager in the same room since the previous spring.
W| Assessments did not always consider the danger a child might pose to brothers and sisters at home.
S| The service’s work with children in care was a strength, with case managers and social workers planning together.
S| Positively, nearly all children had been given a say in how they would make amends to their victims.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Misterton|S] has lost some of its edge during the pandemic.
R| “Its leaders must make seeing children in person the norm again, and soon.”

R| The report includes five recommendations.

N| [Nottinghamshire County Council|A] said it was already acting on the findings.
"""),
    # 16. a 2020 release: "has been judged ‘...’"; "Tuesday, 8th September 2020" at the top; fieldwork "between 2 and 6
    #     March 2020", before lockdown; "can be rightly proud"; two recommendations
    ("lowdham-yjs-2020", facts([
        svc("Lowdham Youth Justice Service", "Lowdham YJS", "YJS", GOOD)], "2020-09-08", "2020-03", 2),
     """N| Youth justice in Lowdham: a ‘[Good|R]’ service

N| [Tuesday, 8th September 2020|D]

N| [HM Inspectorate of Probation|A]’s verdict on [Lowdham Youth Justice Service|S] is ‘[Good|R]’.
N| The inspection team arrived on [2 March 2020|D] and stayed for the week, leaving just before COVID-19 restrictions were imposed.

S| The service knew its children well, and assessments took account of their experiences of trauma.
S| Decisions to divert children from court were taken jointly by the service and [Nottinghamshire Police|A], and this work was a particular strength.
W| Inspectors did find that case managers’ notes were not always kept up to date.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lowdham|S]’s staff can be rightly proud of what this report says about their work.
N| “I hope they will find it useful as they plan for the year ahead.”

R| We make two recommendations, both for the service’s management board.
"""),
    # 17. an NPS division in 2019, the headline naming no service: "has received an overall regional rating of ‘...’";
    #     the short "NPS Sprotbrough and Finningley"; "Published: 3 Dec 2019"; fieldwork "in July and August 2019";
    #     seven recommendations
    ("sprotbrough-and-finningley-nps-division-2019", facts([
        svc("National Probation Service – Sprotbrough and Finningley Division", "NPS Sprotbrough and Finningley",
            "region", GOOD)], "2019-12-03", "2019-07", 7),
     """N| Probation division around Doncaster is ‘[Good|R]’ overall

N| Published: [3 Dec 2019|D]

N| The [National Probation Service – Sprotbrough and Finningley Division|S] has received an overall regional rating of ‘[Good|R]’.
N| Inspectors visited the division in [July and August 2019|D].

S| The division was well led, and senior managers had a clear understanding of its strengths and weaknesses.
S| Reports prepared for courts were accurate and timely.
W| However, risk of harm from people convicted of domestic abuse was not managed consistently enough.
W| Some victims were not contacted before the person who had harmed them was released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Sprotbrough and Finningley|S] is a well-run division, and staff told us they felt supported.
R| “I would like to see the same care taken over victim contact as over work with the courts.”

R| Seven recommendations are made, for the division itself, for [HMPPS|A] and for the [Ministry of Justice|A].
"""),
    # 18. a local-news story copying the rating without quotes or capitals: "rated inadequate" (headline), "rated
    #     Inadequate"; resettlement "rated separately as Requires Improvement"; "Inspectors carried out their fieldwork
    #     in April 2024"; ten recommendations; the council's reply
    ("scotter-yjs-2024", facts([
        svc("Scotter Youth Justice Service", "Scotter YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-11-19", "2024-04", 10),
     """N| Youth justice team in north Lincolnshire rated [inadequate|R]

N| By [Sarah Pickering|X]

N| [Tuesday 19 November 2024|D]

N| [Scotter Youth Justice Service|S] has been rated [Inadequate|R] by the probation inspectorate in a report published today.
W| Its resettlement work, rated separately, was found to be [Requires Improvement|R].
N| Inspectors spent time with the service in [April 2024|D].

W| The watchdog found that the service had lost most of its experienced case managers in a year, and some children had had three workers in as many months.
W| Risks to children from exploitation were not always recognised, and referrals to the local safeguarding hub were slow.
S| Inspectors praised [Scotter|S]’s work with local sports clubs, which gave children positive things to do.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scotter|S] is failing the young people it exists to help, and has been for some time.”

R| The report contains ten recommendations, most of them aimed at the service’s management board.

N| A spokesperson for [North Lincolnshire Council|A] said: “We are disappointed with the outcome, and improvement work has already begun.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
