"""Builds the ninety-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Devon PDUs on a GOV.UK page, the region named before the units: "X was assessed as ‘...’, while Y was
    #    given the lowest possible rating, ‘...’"; fieldwork "between 3 and 14 June 2024"; eight recommendations split
    ("lapford-and-ashwater-pdus-2024", facts([
        svc("Lapford Probation Delivery Unit", "Lapford PDU", "PDU", RI),
        svc("Ashwater Probation Delivery Unit", "Ashwater PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| Press release

N| Two probation units in Devon inspected

N| Reports on two probation delivery units in rural Devon have been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| In Devon, the [Probation Service – South West region|S] had two of its units inspected together: [Lapford Probation Delivery Unit|S] and [Ashwater Probation Delivery Unit|S].
N| [Lapford|S] was assessed as ‘[Requires improvement|R]’, while [Ashwater|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The fieldwork for both inspections took place between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ashwater|S] has seen nearly all its experienced officers go since 2023, and their newly qualified replacements were given little guidance.
W| “Where domestic abuse was a risk, the files often contained no plan of any kind to deal with it.
S| “[Lapford|S] is in a steadier position, with a stable team and a manager who reviews cases with staff every week.”

S| Inspectors commended [Lapford PDU|S] for its work with [Devon and Cornwall Police|A] on people released from custody.
W| Across the two units, help into jobs or training reached under half of those supervised.

R| The two reports make eight recommendations: three for [Lapford|S], three for [Ashwater|S] and two for the regional leadership.

N| [Helen Tregear|X], Regional Probation Director for the South West, said: “We have already moved experienced staff to Ashwater and we will report on progress.”
"""),
    # 2. a Berkshire youth service: "HM Inspectorate of Probation has judged X to be ‘Good’" (no "rated"); the notes'
    #    embargo line gives the day; fieldwork "Inspectors spent time with the service in September 2023"; six recommendations
    ("sonning-yjs-2023", facts([
        svc("Sonning Youth Justice Service", "Sonning YJS", "YJS", GOOD)], "2023-12-05", "2023-09", 6),
     """N| Sonning youth justice work ‘[Good|R]’, inspectors say

N| [HM Inspectorate of Probation|A] has judged [Sonning Youth Justice Service|S] to be ‘[Good|R]’.
N| Inspectors spent time with the service in [September 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Sonning are supported by a team that knows them as individuals and sticks with them.
S| “Case managers visit families at home, build trust over months, and are tenacious in getting children back into school.”

S| Inspectors were impressed with the service’s links with [Berkshire Healthcare NHS Foundation Trust|A], which meant that children with speech and language needs were assessed within weeks.
S| The management board, led by a director from [Wokingham Borough Council|A], was described as well informed and challenging.
W| However, work to protect victims was not always recorded, and some victims were never asked whether they wanted to take part in restorative work.
W| Out-of-court disposals were inconsistent, with decisions sometimes made before an assessment had been completed.

R| The report makes six recommendations, including that [Sonning YJS|S] improves its contact with victims.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Tuesday 5 December 2023|D], when the report goes on the [HM Inspectorate of Probation|A] website.
N| 2. Youth justice services are rated on a four-point scale.
"""),
    # 3. two neighbouring youth services, one in Somerset and one in Wiltshire, in a local-news story: the report day
    #    "on Tuesday (20 May)" under a byline of Friday 23 May 2025; ratings given in the other order; five recommendations
    ("nunney-and-seend-yjs-2025", facts([
        svc("Nunney Youth Justice Service", "Nunney YJS", "YJS", OUT),
        svc("Seend Youth Justice Service", "Seend YJS", "YJS", GOOD)], "2025-05-20", "2025-02", 5),
     """N| Youth justice teams in Somerset and Wiltshire win praise from inspectors

N| By [Tom Westcott|X]

N| [Friday 23 May 2025|D]

N| Inspectors visited [Nunney Youth Justice Service|S] and [Seend Youth Justice Service|S] in [February 2025|D], and their reports came out on Tuesday ([20 May|D]).
N| [Seend|S] collected a ‘[Good|R]’, and [Nunney|S] went one better, earning ‘[Outstanding|R]’, the top mark available.

S| The watchdog found that [Nunney|S]’s workers spent time with every child before court and made sure their views were heard by magistrates.
S| It also said the staff at [Seend|S] had built a strong partnership with local schools, so that exclusions among children known to the service had fallen.
W| But in [Seend YJS|S], safety plans were slow to catch up with changes in children’s lives.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services can be rightly proud, and the work in Nunney is among the best we have seen this year.”

R| There are five recommendations between the two reports, two for [Nunney|S] and three for [Seend|S].

N| A spokesperson for [Wiltshire Council|A] said: “Thank you to the inspectors, and to every family who gave up time to talk to them.”
"""),
    # 4. a unit inside its region: the region in the headline, after the unit in the first sentence and in the notes, with
    #    its own 2022 rating beside; "receives the bottom rating"; "inspected the unit in January 2024"; "Mr Jones continued";
    #    seven recommendations; "Report publication: Tuesday 21 May 2024"
    ("collingbourne-pdu-2024", facts([
        svc("Collingbourne Probation Delivery Unit", "Collingbourne PDU", "PDU", INAD)], "2024-05-21", "2024-01", 7),
     """N| [South West probation region|S]: unit in Wiltshire rated ‘[Inadequate|R]’

N| In a report out today, [Collingbourne Probation Delivery Unit|S] receives the bottom rating, ‘[Inadequate|R]’; the [Probation Service – South West region|S] runs it from Salisbury.
N| [HM Inspectorate of Probation|A] inspected the unit in [January 2024|D].
N| The region itself came out at ‘[Requires improvement|R]’ in its own inspection in [2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Collingbourne|S] is a unit under severe strain.
W| “Every second probation officer post stood vacant, and practitioners told us they felt they were failing the people they supervised.”

W| Mr Jones continued: “When risk went up, the response was too slow, and in several cases no home visit was made for months.”

S| Despite the shortages, inspectors found that [Collingbourne|S]’s unpaid work team had kept community placements going.
W| Of 38 cases needing checks with [Wiltshire Police|A] and children’s services, only 14 had them.

R| There are seven recommendations: the unit has five to act on, and the regional [Probation Service|A] has two.

N| ENDS

N| Notes to editors
N| 1. Report publication: [Tuesday 21 May 2024|D] (embargo lifts 00.01).
N| 2. [Collingbourne PDU|S] is one of several delivery units in the [South West region|S].
"""),
    # 5. a Hampshire unit inside its region, on a justiceinspectorates news page; "Inspectors assessed X ... as ‘...’"; a
    #    neighbouring unit's rating beside ("was found ‘Good’"); "Published: 11 Jul 2023"; fieldwork "over March and April
    #    2023"; a partner prison; four recommendations
    ("beaulieu-pdu-2023", facts([
        svc("Beaulieu Probation Delivery Unit", "Beaulieu PDU", "PDU", RI)], "2023-07-11", "2023-03", 4),
     """N| News

N| [Beaulieu probation unit|S]: inspectors call for better risk work

N| Published: [11 Jul 2023|D]

N| Inspectors assessed [Beaulieu Probation Delivery Unit|S], in Hampshire, as ‘[Requires improvement|R]’; it covers the New Forest for the [Probation Service – South Central region|S].
N| A neighbouring unit in the region, inspected last year, was found ‘[Good|R]’.
N| Inspectors read cases and met staff over [March and April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a great deal of commitment in Beaulieu, and staff spoke warmly of their managers.
W| “However, assessments of risk to partners and children were too often copied forward from earlier records instead of being thought through afresh.”

S| Inspectors praised [Beaulieu|S] for the speed with which it arranged accommodation for people leaving [HMP Isle of Wight|S].
W| Sentence plans were variable in quality, and a quarter of them did not mention the person’s own goals.
W| Disappointingly, training in safeguarding children had not been completed by a third of the staff.

R| Four recommendations are set out, aimed at the unit and at regional leaders.

N| [Hampshire Constabulary|A] said it would work with the unit on sharing information about domestic abuse call-outs.
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" and
    #    "However, inspectors were concerned to find that:" lists; date line "Wednesday, 13th March 2013" with "released
    #    today"; fieldwork "in November 2012"; seven recommendations
    ("kentisbeare-probation-trust-2013", facts([
        svc("Kentisbeare Probation Trust", "Kentisbeare Probation Trust", "other", None)], "2013-03-13", "2012-11", 7),
     """N| Offender management in Kentisbeare – report published

N| [Wednesday, 13th March 2013|D]

N| A report on how [Kentisbeare Probation Trust|S] manages offenders was released today by [HM Inspectorate of Probation|A].
N| The inspection took place in [November 2012|D] and looked at 55 cases.

S| On reducing reoffending, the Trust achieved 77%, a better result than most Trusts have managed in this round.
W| Public protection work lagged behind, at 64%.

N| Inspectors were pleased to find that:
S| • staff knew their cases well and had built constructive relationships with offenders;
S| • links with drug and alcohol services were of a high standard.

N| However, inspectors were concerned to find that:
W| • when an offender’s situation altered, the risk management plan often stayed as it was;
W| • contact with children’s social care was insufficient in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with dedicated staff and many strengths.
R| “Its managers should now make sure that every case with a risk of harm to others is reviewed promptly after any change.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC run by a named provider, 2019, with an embargo line; "has been found to be ‘...’ overall"; unpaid work
    #    "rated separately, was ‘Inadequate’"; "The inspection, which took place in April 2019"; six recommendations
    ("codford-and-tilshead-crc-2019", facts([
        svc("Codford and Tilshead Community Rehabilitation Company", "Codford and Tilshead CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-08-06", "2019-04", 6),
     """N| Embargoed until 00.01 [Tuesday 6 August 2019|D]

N| Probation company in Wiltshire must improve, says inspectorate

N| [Codford and Tilshead Community Rehabilitation Company|S] (CRC), run by the provider [Working Links|A], has been found to be ‘[Requires improvement|R]’ overall, say inspectors from [HM Inspectorate of Probation|A].
W| Unpaid work, rated separately, was ‘[Inadequate|R]’.
N| The inspection, which took place in [April 2019|D], examined 80 cases.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too many people given unpaid work by the courts were waiting months to start it, and some never did.
S| “Set against that, people leaving [HMP Erlestoke|S] got real help from the through-the-gate team, and most had a home to go to.”

W| Inspectors found that officers in [Codford and Tilshead CRC|S] had caseloads far above the national average.
S| Encouragingly, joint work with [Avon and Somerset Constabulary|A] to manage prolific offenders was described as strong.

R| Six recommendations are made; the CRC must act on four of them, and [HMPPS|A] on two.

N| A spokesperson for [Working Links|A] said: “New unpaid work supervisors are already in post, and we accept what the report says.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by HMI
    #    Probation with Ofsted and the CQC; "Posted: 08/11/2016"; fieldwork "in August 2016"; no count stated
    ("sheepwash-yot-2016", facts([
        svc("Sheepwash Youth Offending Team", "Sheepwash YOT", "YJS", None)], "2016-11-08", "2016-08", None),
     """N| Inspection of youth offending work in Sheepwash

N| Posted: [08/11/2016|D]

N| The report of a joint inspection of [Sheepwash Youth Offending Team|S] (YOT) has been published; [HM Inspectorate of Probation|A] led a team that also included [Ofsted|A] and the [Care Quality Commission|A].
N| The inspectors visited in [August 2016|D].

N| The inspectors found that:
S| • the [Sheepwash YOT management board|A] gave clear direction and understood the needs of local children;
S| • case managers were committed and saw children regularly;
W| • children’s health needs sometimes went unassessed, and waits for [CAMHS|A] were long.

S| According to the report, work to cut reoffending was good.
W| It adds that plans to manage risk to others were sometimes too general to be useful.

N| Councillor [James Pengelly|X], cabinet member for children’s services at [Devon County Council|A], said: “The report gives us a clear list of things to do, and we will do them with our partners.”
N| The inspectorate’s website has the full report.
"""),
    # 9. an NPS division in 2019: "earns an overall regional rating of ‘Good’"; "Her Majesty’s Inspectorate"; fieldwork
    #    "in October and November 2018"; the notes' "The report was published on"; nine recommendations
    ("micheldever-nps-division-2019", facts([
        svc("National Probation Service – Micheldever Division", "NPS Micheldever", "region", GOOD)],
        "2019-02-26", "2018-10", 9),
     """N| Probation division rated ‘[Good|R]’ by inspectors

N| The [National Probation Service – Micheldever Division|S] earns an overall regional rating of ‘[Good|R]’, [Her Majesty’s Inspectorate of Probation|A] announced today.
N| The division was inspected in [October and November 2018|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Micheldever|S] is well led, and staff were proud to work there.
S| “Magistrates and judges told us they could rely on the division’s court reports, which arrived on time and were thorough.”

W| Inspectors were less positive about the division’s work with victims, where contact was sometimes late.
W| Some staff had very high workloads, and sickness absence had risen in the months before the inspection.
S| Positively, the division worked closely with [Hampshire Constabulary|A] and [Thames Valley Police|A] on the management of sexual and violent offenders.

R| The report makes nine recommendations, including that the division reduce workloads for probation officers.

N| ENDS

N| Notes to editors
N| 1. The report was published on [26 February 2019|D].
N| 2. The [National Probation Service|A] manages offenders assessed as high risk.
"""),
    # 10. a Youth Offending Service in 2019: "was rated" overall; resettlement "inspected and rated separately" at ‘Good’;
    #     published in the text ("today (Thursday 10 October)", year from the fieldwork); fieldwork "during June 2019";
    #     six recommendations
    ("membury-yos-2019", facts([
        svc("Membury Youth Offending Service", "Membury YOS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2019-10-10", "2019-06", 6),
     """N| Youth offending work in Membury needs to improve

N| [Membury Youth Offending Service|S] (YOS) has been rated ‘[Requires improvement|R]’ in a report published today ([Thursday 10 October|D]).
S| Resettlement work, inspected and rated separately, was ‘[Good|R]’.
N| Inspectors visited the service during [June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The YOS has caring staff, but too much of their time has gone on paperwork rather than on children.
W| “Threats to a child’s own safety were missed in some assessments, and this needs attention.”

S| Inspectors praised [Membury YOS|S] for its work with children returning from custody, who were met at the gate and had somewhere to live.
W| Board members lacked the performance information they needed.
W| Unfortunately, education support was inconsistent, and some children of school age had fewer than ten hours a week.

R| Six recommendations are made, four for the YOS and two for its board.
"""),
    # 11. a youth service up from its last rating: "Inspectors found X to be ‘Good’; three years ago, in 2019, it was
    #     given ‘...’"; "Report published: 19 July 2022" at the end; fieldwork "in March 2022"; four recommendations
    ("silverton-yjs-2022", facts([
        svc("Silverton Youth Justice Service", "Silverton YJS", "YJS", GOOD)], "2022-07-19", "2022-03", 4),
     """N| Youth justice in Silverton improves to ‘[Good|R]’

N| Inspectors found [Silverton Youth Justice Service|S] to be ‘[Good|R]’; three years ago, in [2019|D], it was given ‘[Requires improvement|R]’.
N| The inspection was carried out in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Silverton|S] is a much stronger service than the one we saw three years ago, and the board deserves some of the credit.
S| “Children told us their workers listened to them and helped with the things that mattered most to them.”

S| Inspectors commended the early help offer, which had diverted many children away from court.
W| While reports to court were timely, they did not always explain a child’s background well enough.
W| Some children’s plans did not set out how the risk they posed to others would be managed.

R| Our report sets four recommendations for the service.

N| Report published: [19 July 2022|D]
"""),
    # 12. an Outstanding youth service on a council page: "The top grade, ‘Outstanding’, has been awarded to X", the
    #     headline's lower-case "Meonstoke youth justice service"; "Posted on 14/03/2024"; fieldwork "between 27 November
    #     and 1 December 2023"; three recommendations
    ("meonstoke-yjs-2024", facts([
        svc("Meonstoke Youth Justice Service", "Meonstoke YJS", "YJS", OUT)], "2024-03-14", "2023-11", 3),
     """N| [Meonstoke youth justice service|S] earns top grade

N| Posted on [14/03/2024|D]

N| The top grade, ‘[Outstanding|R]’, has been awarded to [Meonstoke Youth Justice Service|S] after this year’s visit from [HM Inspectorate of Probation|A].
N| Inspectors were with the service between [27 November and 1 December 2023|D].

S| They found each child had a worker they trusted, and families helped to write the plans.
S| The service’s work to reduce disproportionality was described as a particular strength.
S| Partnerships with the police and with social workers from [Hampshire County Council|A] were strong, and information was shared quickly.
W| Inspectors noted that help for victims could be further enhanced.

R| The report makes three recommendations.

N| Councillor [Sarah Ashdown|X] said: “I want to thank the staff for their hard work and the children who spoke to the inspectors.”
"""),
    # 13. a youth service in local news, third person ("According to the watchdog"); remote fieldwork "inspectors worked
    #     remotely, in February 2021"; the date line "Thursday, 17th June 2021"; "‘Requires Improvement’" capitalised; a call
    #     outside the formal count ("Inspectors want the service to ..."); the council's reply; seven recommendations
    ("lustleigh-yjs-2021", facts([
        svc("Lustleigh Youth Justice Service", "Lustleigh YJS", "YJS", RI)], "2021-06-17", "2021-02", 7),
     """N| Watchdog says [Lustleigh youth justice service|S] must do better

N| [Thursday, 17th June 2021|D]

N| [Lustleigh Youth Justice Service|S] requires improvement: [HM Inspectorate of Probation|A] has given it a ‘[Requires Improvement|R]’ rating in its latest report, out today.
N| Because of Covid restrictions, inspectors worked remotely, in [February 2021|D].

S| According to the watchdog, staff stayed in regular contact with children during lockdown, using video calls where visits were impossible.
W| But it said staff did not always grasp how dangerous a few children could be to others.
W| Just 9 of the 20 cases inspected had an adequate safety plan for the child.

R| Inspectors want the service to make sure that children’s safety plans are reviewed after every new incident.
R| The report makes seven recommendations.

N| A spokesperson for [Devon County Council|A] said: “We are disappointed with the rating but we accept the findings and have a plan in place.”
"""),
    # 14. a 2025 public-protection inspection with no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets; fieldwork "from 10 - 14 March 2025"; notes "We will publish the report on 24 June 2025"; five
    ("shebbear-yjs-2025", facts([
        svc("Shebbear Youth Justice Service", "Shebbear YJS", "YJS", None)], "2025-06-24", "2025-03", 5),
     """N| Skip to content

N| Published:

N| Inspection of public protection work in [Shebbear Youth Justice Service|S]

N| [HM Inspectorate of Probation|A] has inspected how well [Shebbear Youth Justice Service|S] protects the public and keeps children safe.
N| No rating is given in this programme of inspections.

N| Context
N| • The inspection took place from [10 - 14 March 2025|D].
N| • At the time of the inspection the service was supervising 38 children.

N| Findings
S| • Staff understood the children they worked with and knew their families well.
W| • Information from [Devon and Cornwall Police|A] about incidents was not always shared quickly.
W| • Risk assessments were sometimes out of date.

R| Five recommendations follow, one of them to the police.

N| Notes to editors
N| 1. We will publish the report on [24 June 2025|D].
"""),
    # 15. a Wiltshire PDU with an embargo line: "HM Inspectorate of Probation has judged X to be ‘Inadequate’"; fieldwork
    #     "two weeks at the unit from 13 January 2025"; "green shoots"; six recommendations
    ("mere-pdu-2025", facts([
        svc("Mere Probation Delivery Unit", "Mere PDU", "PDU", INAD)], "2025-04-29", "2025-01", 6),
     """N| Embargoed: 00.01 [Tuesday 29 April 2025|D]

N| Inspectors find serious problems at a probation unit in Wiltshire

N| [HM Inspectorate of Probation|A] has judged [Mere Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| Inspectors spent two weeks at the unit from [13 January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in Mere are not getting the supervision they need.
W| “We found a culture in which staff felt unsupported and unsure of their roles, and many were planning to leave.”

W| Only 12 of 34 cases had a sound assessment of harm.
S| There were some green shoots, notably a weekly group for women on probation, set up with a charity.

R| Six recommendations are made, and the regional director must make sure that [Mere PDU|S] has enough staff.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of youth justice and probation services.
"""),
    # 16. a Wiltshire youth service in 2020: "For X, inspectors settled on ‘...’"; fieldwork "between 24 and 28 February
    #     2020"; the notes' "put online on 11 June 2020"; six recommendations
    ("upavon-yjs-2020", facts([
        svc("Upavon Youth Justice Service", "Upavon YJS", "YJS", RI)], "2020-06-11", "2020-02", 6),
     """N| Mixed picture for youth justice in Upavon, inspectors find

N| For [Upavon Youth Justice Service|S], inspectors settled on ‘[Requires improvement|R]’.
N| The inspection team was in Upavon between [24 and 28 February 2020|D], weeks before the first lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has a strong team of case managers and a board that wants it to succeed.
W| “However, work to manage risk was not good enough, and too much depended on individual workers.”

S| Inspectors praised the service’s links with [Wiltshire Council|A]’s education team.
W| Disappointingly, some victims were never asked for their views.

R| The report makes six recommendations, including five for [Upavon YJS|S] and one for the [Youth Justice Board|A].

N| ENDS

N| Notes to editors
N| 1. The report was put online on [11 June 2020|D].
"""),
    # 17. a Berkshire "Youth and Justice Service (Y&JS)", later "Chieveley YJS" too; "Inspectors have rated X ‘Good’
    #     overall" under a capitalised full name in the headline; fieldwork "in May 2024" and the publication day in one
    #     sentence; four recommendations
    ("chieveley-yjs-2024", facts([
        svc("Chieveley Youth and Justice Service", "Chieveley Y&JS", "YJS", GOOD)], "2024-09-04", "2024-05", 4),
     """N| [Chieveley Youth and Justice Service|S] rated ‘[Good|R]’

N| Inspectors have rated the [Chieveley Youth and Justice Service|S] (Y&JS) ‘[Good|R]’ overall.
N| The inspection took place in [May 2024|D], and the report is published on [Wednesday 4 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chieveley Y&JS|S] puts children first, and their plans are the proof of that.
S| “Staff were skilled at helping children understand the harm they had caused.”

S| Inspectors singled out the close working between the service and [West Berkshire Council|A]’s family support team.
W| Some children waited months before a psychologist could see them, a gap in the health offer.

R| The report makes four recommendations, three for [Chieveley YJS|S] and one for [Thames Valley Police|A].
"""),
    # 18. a Wiltshire PDU up from its last rating, the region in the notes: "X has climbed to ‘...’, HM Inspectorate of
    #     Probation says"; "Its previous inspection, in 2021, ended with ‘Inadequate’"; fieldwork "in September 2024"; notes
    #     "on 28 January 2025"; six recommendations
    ("ogbourne-pdu-2025", facts([
        svc("Ogbourne Probation Delivery Unit", "Ogbourne PDU", "PDU", RI)], "2025-01-28", "2024-09", 6),
     """N| [Ogbourne probation unit|S] ‘[Requires improvement|R]’

N| [Ogbourne Probation Delivery Unit|S] has climbed to ‘[Requires improvement|R]’, [HM Inspectorate of Probation|A] says.
N| Its previous inspection, in [2021|D], ended with ‘[Inadequate|R]’.
N| The fieldwork was carried out in [September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ogbourne|S] has come a long way since our last visit, and its leaders deserve credit for that.
W| “But supervision is still not frequent enough for people who pose a high risk, and this must change.”

S| Inspectors found that [Ogbourne|S]’s practitioners valued their training and spoke well of their managers.
W| Domestic abuse cases were handled inconsistently, and the queue for accredited programmes was long.

R| The report makes six recommendations for the unit and the [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on [28 January 2025|D].
N| 2. [Ogbourne PDU|S] covers east Wiltshire; the [Probation Service – South West region|S] runs it.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
