"""Builds the 173rd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Buckinghamshire PDUs on a GOV.UK page, the region named first: "X and Z were each placed at ‘...’, while
    #    Y fell to the bottom of the scale"; fieldwork "during October 2024"; "Eleven recommendations" split by unit
    ("bierton-weston-turville-and-marsworth-pdus-2025", facts([
        svc("Bierton Probation Delivery Unit", "Bierton PDU", "PDU", RI),
        svc("Weston Turville Probation Delivery Unit", "Weston Turville PDU", "PDU", INAD),
        svc("Marsworth Probation Delivery Unit", "Marsworth PDU", "PDU", RI)], "2025-03-11", "2024-10", 11),
     """N| Press release

N| Reports on three probation units in the Vale of Aylesbury

N| Inspectors publish findings on probation delivery units in Buckinghamshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 March 2025|D]

N| Three units of the [Probation Service – South Central region|S] are the subject of three reports issued today by [His Majesty’s Inspectorate of Probation|A]: [Bierton Probation Delivery Unit|S], [Weston Turville Probation Delivery Unit|S] and [Marsworth Probation Delivery Unit|S].
N| [Bierton|S] and [Marsworth|S] were each placed at ‘[Requires improvement|R]’, while [Weston Turville|S] fell to the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited all three units during [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Weston Turville we met practitioners holding twice the caseload they should, in an office where nearly half the posts had no permanent holder.
W| “Checks on whether a person posed a risk to children were missing from too many of the files we read.
S| “[Bierton|S] and [Marsworth|S] have steadier teams, and their links with local drug and alcohol services are working well for the people they supervise.”

S| Inspectors picked out [Marsworth PDU|S]’s weekly drop-in for women, which it runs jointly with a local charity, as something the rest of the region could copy.
W| Across the three units, plans to manage domestic abuse risk were reviewed too rarely after a new incident.

R| Eleven recommendations are made across the reports: four each for [Bierton|S] and [Weston Turville|S], and three for [Marsworth|S].

N| [Helen Ashby|X], Regional Probation Director for South Central, said: “We accept every recommendation and have already moved staff into Weston Turville.”
"""),
    # 2. two youth justice services in one local-news story, the report day ("released on Tuesday (20 June)") under a
    #    byline of Thursday 22 June 2023; the ratings in the other order from the names ("Naphill earned ..., the
    #    highest grade, while Prestwood was given ‘...’"); fieldwork "in February 2023"; eight recommendations
    ("prestwood-and-naphill-yjs-2023", facts([
        svc("Prestwood Youth Justice Service", "Prestwood YJS", "YJS", GOOD),
        svc("Naphill Youth Justice Service", "Naphill YJS", "YJS", OUT)], "2023-06-20", "2023-02", 8),
     """N| Inspectors praise two youth justice teams in the Chilterns

N| By [Tom Kerridge-Bell|X]

N| [Thursday 22 June 2023|D]

N| Inspection reports on [Prestwood Youth Justice Service|S] and [Naphill Youth Justice Service|S] were released on Tuesday ([20 June|D]), after inspectors spent time with both teams in [February 2023|D].
N| [Naphill|S] earned ‘[Outstanding|R]’, the highest grade, while [Prestwood|S] was given ‘[Good|R]’.

S| According to the reports, [Naphill|S]’s workers earned children’s trust and did not give up on them when things went wrong.
S| Inspectors also commended [Prestwood|S] for the speed with which children were linked up with mental health support.
W| However, the [Prestwood YJS|S] report says that victims were not always asked their views before a plan was agreed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both communities’ children are being well served, and the team at [Naphill|S] deserves particular credit for work of real quality.”

R| Eight recommendations have been made, five for [Prestwood|S] and three for [Naphill|S].

N| Councillor [Ruth Adeyemi|X], cabinet member for children’s services at [Buckinghamshire Council|A], said: “I want to thank every member of both teams for their hard work.”
"""),
    # 3. two Oxfordshire PDUs in a justiceinspectorates news item: "X has been assessed as ‘...’ and Y as ‘...’";
    #    "Published: 15 Oct 2024"; fieldwork "from 27 May to 7 June 2024" (two months); ten recommendations, five each
    ("lewknor-and-aston-rowant-pdus-2024", facts([
        svc("Lewknor Probation Delivery Unit", "Lewknor PDU", "PDU", RI),
        svc("Aston Rowant Probation Delivery Unit", "Aston Rowant PDU", "PDU", INAD)], "2024-10-15", "2024-05", 10),
     """N| News

N| Two probation units in Oxfordshire found wanting

N| Published: [15 Oct 2024|D]

N| [HM Inspectorate of Probation|A] has reported on [Lewknor Probation Delivery Unit|S] and [Aston Rowant Probation Delivery Unit|S], neighbouring units at the foot of the Chiltern escarpment.
N| [Lewknor|S] has been assessed as ‘[Requires improvement|R]’ and [Aston Rowant|S] as ‘[Inadequate|R]’.
N| The inspection team was in the two units from [27 May to 7 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Aston Rowant we found a unit that had lost its grip on the basics, with appointments missed and not followed up for weeks at a time.
S| “[Lewknor|S] is in a better place: its managers are visible and its staff told us they felt supported.”

S| Joint work between [Lewknor PDU|S] and [Thames Valley Police|A] on integrated offender management was singled out as effective.
W| In [Aston Rowant PDU|S], only nine of the 30 cases inspectors read had a sufficient plan to keep others safe.
W| Neither unit had enough places on accredited programmes, and some people had waited a year to start one.

R| Ten recommendations are made in total, split equally between the two units.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence, with the region's own rating as
    #    context ("The region’s own grade, from its inspection in 2023, is ‘...’"); "inspectors gave X their lowest
    #    rating, ‘...’"; "The fieldwork took place in March 2024"; the notes: "Publication of the report: 00.01, Tuesday
    #    30 July 2024"; "Mr Jones continued"
    ("ellesborough-pdu-2024", facts([
        svc("Ellesborough Probation Delivery Unit", "Ellesborough PDU", "PDU", INAD)], "2024-07-30", "2024-03", 6),
     """N| [South Central probation region|S]: [Ellesborough unit|S] rated lowest

N| Within the [Probation Service – South Central region|S], inspectors gave [Ellesborough Probation Delivery Unit|S] their lowest rating, ‘[Inadequate|R]’.
N| The region’s own grade, from its inspection in [2023|D], is ‘[Requires improvement|R]’.
N| The fieldwork took place in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ellesborough|S] has lacked a permanent head of service since early last year, and that absence shows.
W| “Practitioners did not know where to turn for advice, and in too many cases weeks had passed without a home visit.”

W| Mr Jones continued: “Where there were concerns about a child in the household, we found the unit had spoken to children’s social care in fewer than half of the cases we examined.”

S| On a more positive note, inspectors found that [Ellesborough PDU|S]’s unpaid work team had kept placements running and had built good links with local charities.
W| Sharing of information with [Thames Valley Police|A] was slow, and police call-outs to addresses were often not known to the officer managing the case.

R| There are six recommendations; four concern the unit, and two the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Tuesday 30 July 2024|D].
N| 2. [Ellesborough PDU|S] supervises people on probation in the villages below the Chiltern escarpment for the [South Central region|S].
"""),
    # 5. a unit inside its region, the region in the headline: "judged to be ‘...’ overall, the same grade it received in
    #    2021"; year-less "published today (Tuesday 24 January)", year from the fieldwork ("September 2022"); seven
    #    recommendations
    ("kingston-blount-pdu-2023", facts([
        svc("Kingston Blount Probation Delivery Unit", "Kingston Blount PDU", "PDU", RI)], "2023-01-24", "2022-09", 7),
     """N| [Probation Service – South Central region|S]: [Kingston Blount probation unit|S] ‘still has work to do’

N| In a report published today ([Tuesday 24 January|D]), [Kingston Blount Probation Delivery Unit|S] is judged to be ‘[Requires improvement|R]’ overall, the same grade it received in [2021|D].
N| Inspectors looked at 42 cases and spoke to staff and partners in [September 2022|D].

S| Inspectors found that the unit’s leaders had a realistic understanding of where the work fell short.
S| Reports prepared for court were thorough, and sentencers told inspectors they trusted them.
W| However, risk assessments in only 19 of the 42 cases were judged sufficient.
W| Some staff had not had regular supervision for months, and morale among newly qualified officers was low.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Most of what this unit needs is already there.
R| “What must come next is a sharper focus on the safety of victims and children, so that every case is reviewed when circumstances change.”

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. [Kingston Blount PDU|S] covers parts of south Oxfordshire and is part of the [South Central region of the Probation Service|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: the verdict in the first sentence, percentage scores, "Inspectors were
    #    pleased to find that:" / "However, they were concerned that:" bullets; "Thursday 17 November 2011"; fieldwork
    #    "in July 2011"; eight recommendations
    ("cholesbury-and-chartridge-probation-trust-2011", facts([
        svc("Cholesbury and Chartridge Probation Trust", "Cholesbury and Chartridge Probation Trust", "other", None)],
        "2011-11-17", "2011-07", 8),
     """N| Cholesbury and Chartridge probation work: report published

N| [Thursday 17 November 2011|D]

S| [Cholesbury and Chartridge Probation Trust|S] is doing well in helping offenders to turn away from crime, according to a new report by [HM Inspectorate of Probation|A].
N| Inspectors read 72 offender cases on their visit, which was made in [July 2011|D].

S| The Trust scored 77% on reducing reoffending and 83% on making sure that offenders kept to the terms of their sentences.
W| The public protection score was noticeably lower, at 64%.

N| Inspectors were pleased to find that:
S| • assessments of offenders’ needs were completed promptly in most cases;
S| • joint work with [Thames Valley Police|A] on prolific and priority offenders was well established.

N| However, they were concerned that:
W| • risk management plans frequently went unrevised after a change in an offender’s situation;
W| • contact with children’s services was not always made where it should have been.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “At every level, this Trust’s staff are committed, and its leaders know where they are going.
R| “Its managers should now bring public protection up to the standard they have reached on reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2018 with an embargo line: "has found that X (CRC), which is run by ..., ‘...’ overall"; unpaid work
    #    "assessed on its own, reached ‘Good’"; fieldwork "in June and July 2018"; five recommendations
    ("stonor-and-pyrton-crc-2018", facts([
        svc("Stonor and Pyrton Community Rehabilitation Company", "Stonor and Pyrton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-09", "2018-06", 5),
     """N| Embargoed until 00.01, [Tuesday 9 October 2018|D]

N| Probation company in south Oxfordshire must do more to protect the public

N| [HM Inspectorate of Probation|A] has found that [Stonor and Pyrton Community Rehabilitation Company|S] (CRC), which is run by [MTCnovo|A], ‘[Requires improvement|R]’ overall.
S| Unpaid work, assessed on its own, reached ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [June and July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “For far too many people supervised by this CRC, a phone call has replaced any real contact, and some have not been seen face to face for months.
S| “The unpaid work scheme, on the other hand, is well organised, and local people can see the benefit of the projects it runs.”

W| Inspectors found that the CRC’s staff did not always know whether the [National Probation Service|A] held information about risk in their cases.
W| Caseloads for some officers were above 70, and staff said training had been cut back.

R| Five recommendations are made: three for the CRC and [MTCnovo|A], and two for [HM Prison and Probation Service|A].

N| A spokesperson for [MTCnovo|A] said: “We are pleased our unpaid work has been recognised and are already acting on the findings.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ..."
    #    with Ofsted and the CQC; "Posted: 12/05/2016" (day/month/year); "The inspection took place in February 2016"
    ("towersey-yot-2016", facts([
        svc("Towersey Youth Offending Team", "Towersey YOT", "YJS", None)], "2016-05-12", "2016-02", 6),
     """N| Inspection of youth offending work in Towersey

N| Posted: [12/05/2016|D]

N| The report of a joint inspection of [Towersey Youth Offending Team|S] (YOT) has been released; [HM Inspectorate of Probation|A] led it, and [Ofsted|A] and the [Care Quality Commission|A] took part.
N| The inspection took place in [February 2016|D].

N| The inspectors said that they were pleased to find that:
S| • case managers knew the young people well and spent time listening to them;
S| • most young people were in education, training or employment by the end of their order.

N| But they were also concerned that:
W| • work to protect young people from harm was not always planned well enough;
W| • the [Towersey YOT Management Board|A] rarely challenged partners who did not deliver.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Here the YOT’s staff are dedicated and care about the young people they work with.
R| “The Board now needs to make sure that the whole partnership plays its part in keeping young people and the public safe.”

R| The report makes six recommendations for improvement.

N| [Oxfordshire County Council|A] said it welcomed the report and would publish an action plan.
"""),
    # 9. a youth offending service in 2021: "has been given the lowest possible rating, ‘...’", with its previous rating
    #    beside ("In 2018 the service had been rated ‘Good’"); resettlement "which is rated separately, was judged
    #    ‘...’"; "carried out remotely in August 2021"; notes "available on ... 7 December 2021 at 00.01"
    ("grendon-underwood-yos-2021", facts([
        svc("Grendon Underwood Youth Offending Service", "Grendon Underwood YOS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2021-12-07", "2021-08", 9),
     """N| Grendon Underwood youth offending work ‘not good enough’, say inspectors

N| [Grendon Underwood Youth Offending Service|S] (YOS) has been given the lowest possible rating, ‘[Inadequate|R]’, after an inspection by [HM Inspectorate of Probation|A].
N| In [2018|D] the service had been rated ‘[Good|R]’.
W| Resettlement work, which is rated separately, was judged ‘[Requires improvement|R]’.
N| The inspection was carried out remotely in [August 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Its fall since the last inspection, three years ago, has been steep.
W| “Board meetings took place as planned, yet nothing much changed because of them, and members knew too little about the children the service works with.”

W| Inspectors found that plans to keep children safe were sufficient in only 11 of the 27 cases they looked at.
S| Despite these problems, inspectors praised the [Grendon Underwood YOS|S] for its work with local schools, which meant that most children stayed in education.
W| Disappointingly, children’s health needs were not always identified, and access to [CAMHS|A] was slow.

R| Nine recommendations are made, two of them to [Buckinghamshire Council|A] and the remainder to the service and its board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [7 December 2021|D] at 00.01.
"""),
    # 10. an ordinary youth justice service on a GOV.UK page, rated ‘Good’; fieldwork in April 2024; four recommendations
    ("stewkley-yjs-2024", facts([
        svc("Stewkley Youth Justice Service", "Stewkley YJS", "YJS", GOOD)], "2024-09-10", "2024-04", 4),
     """N| Press release

N| ‘[Good|R]’ rating for [Stewkley youth justice service|S]

N| Inspectors praise the service’s work with children in north Buckinghamshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2024|D]

N| [HM Inspectorate of Probation|A] has rated [Stewkley Youth Justice Service|S] (YJS) as ‘[Good|R]’.
N| Inspectors visited the service in [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stewkley|S]’s team knows its children and wants the best for them, and it shows in the support they get.
S| “Case managers had a good understanding of each child’s background, and their assessments were of a high standard.”

S| Inspectors were impressed with the [Stewkley YJS|S]’s diversion work, which was well led and made good use of local youth clubs.
W| However, the service’s work to support victims was not always timely, and some victims waited weeks to be contacted.
W| The board had not yet made sure that every partner sent a senior representative to its meetings.

R| The report makes four recommendations, including that the board should review how it hears from children.
"""),
    # 11. an ordinary youth justice service on a council page: "Posted on 14/11/2023"; "X ‘Requires improvement’,
    #     according to a report from ...";
    #     "Fieldwork for the inspection took place in June 2023"; six recommendations; the council's reply
    ("brill-yjs-2023", facts([
        svc("Brill Youth Justice Service", "Brill YJS", "YJS", RI)], "2023-11-14", "2023-06", 6),
     """N| Youth justice inspection report published

N| Posted on [14/11/2023|D]

N| [Brill Youth Justice Service|S] ‘[Requires improvement|R]’, according to a report from [His Majesty’s Inspectorate of Probation|A] on its work with children.
N| Fieldwork for the inspection took place in [June 2023|D].

S| Inspectors found that staff were committed and had built strong relationships with the children they supervise.
S| Its response to children being drawn into county lines drug dealing was described as a particular strength.
W| However, inspectors were concerned to find that planning around the harm some children might cause to other people was inconsistent.
W| Information about children’s health needs was not always shared by partners in good time.

R| Six recommendations are set out in the report, for the service and for the agencies it works alongside.

N| Councillor [Anita Cranmer|X], cabinet member for children’s services at [Buckinghamshire Council|A], said: “We accept the recommendations and our improvement plan is already under way.”
"""),
    # 12. an ordinary youth justice service in a local-news story, ‘Outstanding’: "has come out at ‘...’, the very top
    #     of the scale"; byline and report day the same ("released today"); fieldwork "in May 2022"; two recommendations
    ("aston-clinton-yjs-2022", facts([
        svc("Aston Clinton Youth Justice Service", "Aston Clinton YJS", "YJS", OUT)], "2022-08-25", "2022-05", 2),
     """N| Top rating for youth justice work in Aston Clinton

N| By [Priya Lakhani-Moss|X]

N| [Thursday 25 August 2022|D]

N| [Aston Clinton Youth Justice Service|S] has come out at ‘[Outstanding|R]’, the very top of the scale, in a report released today by [HM Inspectorate of Probation|A].
N| Inspectors spent a week with the service in [May 2022|D].

S| The report says that children were at the heart of everything the service did, and that their views shaped their plans.
S| Inspectors highlighted the service’s partnership with [Thames Valley Police|A], which meant that most children were diverted away from court.
S| Staff at [Aston Clinton|S] were described as skilled and tenacious.
W| The only area singled out for improvement was the recording of decisions about children’s safety.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone connected with this service should be proud of what they have achieved.”

R| The report makes two recommendations.
"""),
    # 13. an ordinary PDU in a justiceinspectorates news item: "Published: 5 Dec 2023"; "has placed X at ‘...’, the
    #     second-lowest of its four grades" (rating without "rated"); fieldwork "between 10 and 21 July 2023"; six
    ("bledlow-pdu-2023", facts([
        svc("Bledlow Probation Delivery Unit", "Bledlow PDU", "PDU", RI)], "2023-12-05", "2023-07", 6),
     """N| News

N| [Bledlow probation unit|S] told to tighten risk work

N| Published: [5 Dec 2023|D]

N| [HM Inspectorate of Probation|A] has placed [Bledlow Probation Delivery Unit|S] at ‘[Requires improvement|R]’, the second-lowest of its four grades.
N| Inspectors were on site between [10 and 21 July 2023|D].

S| The unit’s leaders had a clear plan for improvement, and staff spoke well of their managers.
S| Work with people serving sentences for domestic abuse was well organised, with good use of programmes.
W| Yet inspectors found that in just over half of the cases, the risk of harm to others had not been properly assessed.
W| The unit was short of probation officers, and some service users had had three different officers in a year.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “I know this report will make hard reading for the unit’s staff.
R| “Leaders now need to make sure that every assessment takes account of information from the police and from children’s services.”

R| We have made six recommendations; one of them is addressed to the [Probation Service|A] nationally and the other five to the unit.
"""),
    # 14. an ordinary youth justice service in 2019: ‘Good’ overall, resettlement rated separately ‘Requires
    #     improvement’ (the guidelines' stock wording); notes "published on 18 June 2019"; fieldwork "in February 2019"
    ("lacey-green-yjs-2019", facts([
        svc("Lacey Green Youth Justice Service", "Lacey Green YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2019-06-18", "2019-02", 5),
     """N| [Lacey Green youth justice service|S] rated ‘[Good|R]’

N| Inspectors from [HM Inspectorate of Probation|A] have given [Lacey Green Youth Justice Service|S] an overall rating of ‘[Good|R]’.
W| The quality of resettlement policy and provision was also inspected and separately rated as ‘[Requires improvement|R]’.
N| The inspection took place in [February 2019|D].

S| Inspectors found a well-run service with a clear vision and strong leadership.
S| Out-of-court work stood out: decisions were quick and shaped around the needs of each child.
W| However, resettlement planning for children leaving custody often started too late to arrange housing and education.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Lacey Green|S] has much to be proud of.
R| “The service should now bring its resettlement work up to the level of the rest of its practice.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [18 June 2019|D].
"""),
    # 15. an ordinary youth justice service inspected remotely in 2021: "is at ‘...’, says a report", with "came very
    #     close to an overall rating of ‘Good’"; "inspectors worked remotely, in June 2021"; three recommendations;
    #     "Tuesday 19 October 2021" above "publishes today"
    ("ibstone-yjs-2021", facts([
        svc("Ibstone Youth Justice Service", "Ibstone YJS", "YJS", RI)], "2021-10-19", "2021-06", 3),
     """N| [Ibstone Youth Justice Service|S]: inspection report

N| [Tuesday 19 October 2021|D]

N| [Ibstone Youth Justice Service|S] is at ‘[Requires improvement|R]’, says a report that [HM Inspectorate of Probation|A] publishes today.
N| Because of the pandemic, inspectors worked remotely, in [June 2021|D].

S| The service came very close to an overall rating of ‘[Good|R]’.
S| Inspectors were impressed with the quality of relationships between case managers and children, and with the service’s work to reduce school exclusions.
W| However, the service’s work to keep children safe was variable, and contingency plans were often too general to be useful.
W| Children’s voices were not consistently heard by the management board.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There are real foundations for the service to build on.
R| “I would urge the board to make sure that safety planning is as strong as the relationships staff have built.”

R| The report makes three recommendations, all for the service and its management board.
"""),
    # 16. a 2025 public-protection inspection of a PDU with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" and "Findings" bullets, the date in the notes; fieldwork "10 - 14 March 2025"; no count stated
    ("radnage-pdu-2025", facts([
        svc("Radnage Probation Delivery Unit", "Radnage PDU", "PDU", None)], "2025-06-24", "2025-03", None),
     """N| Skip to content

N| Public protection inspection: [Radnage Probation Delivery Unit|S]

N| Published:

N| [HM Inspectorate of Probation|A] has looked at how well [Radnage Probation Delivery Unit|S] protects the public, and its report is out now.
N| Inspections in this programme do not give a rating.
N| Inspectors visited the unit from [10 - 14 March 2025|D].

N| Context
N| • [Radnage PDU|S], one of the units of the [Probation Service – South Central region|S], supervises about 900 people.
N| • Around one in four cases involves domestic abuse.

N| Findings
S| • Practitioners had a detailed knowledge of the people they supervised and worked well with [Thames Valley Police|A].
W| • Home visits were not used often enough in cases where children lived in the household.
W| • Plans to manage risk were not reviewed after significant events in too many cases.
S| • Management oversight of the highest-risk cases was effective.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “This report gives the unit a clear account of where it stands.”

N| Notes to editors
N| 1. The report was published on [24 June 2025|D].
"""),
    # 17. an ordinary youth justice service with an embargo line, ‘Inadequate’: "Inspectors have judged the work of X to be
    #     ‘...’"; fieldwork "in January 2024"; "14 recommendations"
    ("worminghall-yjs-2024", facts([
        svc("Worminghall Youth Justice Service", "Worminghall YJS", "YJS", INAD)], "2024-04-16", "2024-01", 14),
     """N| Embargoed until 00.01, [Tuesday 16 April 2024|D]

N| [Worminghall youth justice service|S] judged ‘[Inadequate|R]’

N| Inspectors have judged the work of [Worminghall Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| The inspection took place in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The help that children in Worminghall need is often simply not there, and some of them are at real risk.
W| “Leaders had not understood how far standards had slipped, and the board was not given the information it needed.”

W| Inspectors found that assessments were sufficient in only eight of the 24 cases they examined.
W| Staff turnover was high, and one in three case manager posts was held by an agency worker.
S| Despite these difficulties, the service’s work with children’s education providers was strong.

R| The report makes 14 recommendations, ten for the service and four for partners including [Thames Valley Police|A] and the [NHS|A].

R| “Rapid improvement is essential,” Mr Jones added.
"""),
    # 18. an ordinary youth justice service in 2018, the first year of ratings: "found to require improvement" in the
    #     headline, then "rated ‘Requires improvement’"; fieldwork "in August 2018"; notes "27 November 2018"; seven
    ("granborough-yjs-2018", facts([
        svc("Granborough Youth Justice Service", "Granborough YJS", "YJS", RI)], "2018-11-27", "2018-08", 7),
     """N| Granborough youth justice work found to require improvement

N| [Granborough Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ under [HM Inspectorate of Probation|A]’s new inspection standards.
N| Inspectors visited the service in [August 2018|D].

S| Inspectors found a well-motivated team with a good understanding of the children in its care.
S| Out-of-court disposals were handled well, with sound decisions and good joint work with [Thames Valley Police|A].
W| However, the service’s case records were not always up to date, and reviews were often late.
W| Although the board met regularly, its members had little idea whether the service was doing well or badly.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Plenty of the right building blocks are in place here.
R| “Leaders should now make sure that the quality of case management matches the commitment of the staff.”

R| We have made seven recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [27 November 2018|D] and can be found on the inspectorate’s website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 173rd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
