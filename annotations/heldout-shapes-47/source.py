"""Builds the forty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Hampshire PDUs on a GOV.UK page, the region and its own earlier rating named first: "X lands at ‘...’ while Y
    #    falls to ‘...’"; "between 22 and 26 January 2024"; eight recommendations "spread over the reports"
    ("farnborough-and-fleet-pdus-2024", facts([
        svc("Farnborough Probation Delivery Unit", "Farnborough PDU", "PDU", RI),
        svc("Fleet Probation Delivery Unit", "Fleet PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| North Hampshire probation units: inspection findings

N| Two neighbouring units are assessed in reports out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Both units belong to [South Central probation region|S], which was itself given ‘[Requires improvement|R]’ in [2023|D].
N| In the reports released today, [Farnborough Probation Delivery Unit|S] lands at ‘[Requires improvement|R]’ while [Fleet Probation Delivery Unit|S] falls to ‘[Inadequate|R]’.
N| The inspection team visited the two units between [22 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fleet|S] has had half of its senior probation officer posts empty since the summer, and newly qualified staff were being left to handle cases far beyond their experience.
S| “[Farnborough|S] has held on to an experienced core of staff, which is visible in how carefully assessments are written.”

S| Inspectors found that unpaid work in [Farnborough PDU|S] ran smoothly, with placements chosen to suit people’s skills and working hours.
W| [Fleet PDU|S] seldom visited people at home, even in households where police had previously been called about a partner, and reviews of risk were overdue in most of the files read.
W| No dependable route existed in either unit for obtaining safeguarding information from [Hampshire County Council|A] before sentence.

R| Eight recommendations are spread over the reports: [Farnborough|S] has three, [Fleet|S] four, and the regional leadership one.
"""),
    # 2. two West Sussex youth services in a local-news story: "Thursday, 12th November 2020" date line; "scooped the
    #    inspectorate’s top mark" / "was one notch below it on"; inspectors "worked remotely ... in July 2020"; six recommendations
    ("angmering-and-arundel-yjs-2020", facts([
        svc("Angmering Youth Justice Service", "Angmering YJS", "YJS", OUT),
        svc("Arundel Youth Justice Service", "Arundel YJS", "YJS", GOOD)], "2020-11-12", "2020-07", 6),
     """N| Youth justice teams in Arun district win praise from watchdog

N| [Thursday, 12th November 2020|D]

N| Reports on [Angmering Youth Justice Service|S] and [Arundel Youth Justice Service|S] appeared early this morning on the website of [HMI Probation|A].
N| [Angmering|S] scooped the inspectorate’s top mark, ‘[Outstanding|R]’, and [Arundel|S] was one notch below it on ‘[Good|R]’.
N| Covid rules meant the inspectors worked remotely, over video calls, in [July 2020|D].

S| Inspectors said [Angmering|S] helped children to shape their own plans, and its reparation projects along the coast gave them a real stake in their community.
S| They called the way [Arundel|S] and [Sussex Police|A] steer children away from court a model for others.
W| Yet in [Arundel YJS|S], the team’s thinking about the safety of younger brothers and sisters was not always written down.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout a very difficult year, these teams kept children at the heart of their work.”

R| The reports share six recommendations: [Angmering|S] gets two, [Arundel|S] four.

N| [Mark Thorne|X], who holds the young people’s brief on [West Sussex County Council|A]’s cabinet, called the reports “a credit to everyone involved”.
"""),
    # 3. a Surrey PDU inside its region, the region in the headline: "inspectors found X to be ‘...’"; "Evidence was
    #    gathered on site during July 2024"; "Mr Jones continued"; the notes' "Publication date: 3 December 2024, 00.01"
    ("hindhead-pdu-2024", facts([
        svc("Hindhead Probation Delivery Unit", "Hindhead PDU", "PDU", INAD)], "2024-12-03", "2024-07", 7),
     """N| [Kent, Surrey & Sussex probation region|S]: concerns over probation in Hindhead

N| After reading 52 cases and talking with staff and partners, inspectors found [Hindhead Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| Evidence was gathered on site during [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hindhead|S]’s practitioners are working hard, but there are simply too few of them.
W| “Some officers we met held more than 70 cases; several admitted they had stopped reading the police call-out logs for lack of time.”

W| Mr Jones continued: “When a person on licence moved in with a new partner, it was rare for anyone to ask whether that partner had children.”

S| Inspectors were struck by a women’s group the unit runs in partnership with a local charity; many women described it as the first place they had felt listened to.
W| Links with [Surrey Police|A]’s domestic abuse unit, on the other hand, relied on individual goodwill rather than agreed processes.

R| Seven recommendations are made; [HMPPS|A] is asked to take forward the seventh, the unit itself the rest.

N| ENDS

N| Notes to editors
N| 1. Publication date: [3 December 2024|D], 00.01 (inspectorate website).
N| 2. Around 750 people are supervised by [Hindhead PDU|S], one of the region’s Surrey units.
"""),
    # 4. a New Forest PDU inside its region on a justiceinspectorates news page: "Published: 8 Apr 2025"; "The
    #    inspectorate’s judgement: ‘...’ – no change on its grade from 2022"; "The on-site week ran 10 - 14 November 2024"
    ("lyndhurst-pdu-2025", facts([
        svc("Lyndhurst Probation Delivery Unit", "Lyndhurst PDU", "PDU", RI)], "2025-04-08", "2024-11", 6),
     """N| News

N| Probation unit in the New Forest – steady progress but more to do

N| Published: [8 Apr 2025|D]

N| [His Majesty’s Inspectorate of Probation|A]’s latest report concerns [Lyndhurst Probation Delivery Unit|S], the New Forest unit of [South Central probation region|S].
N| The inspectorate’s judgement: ‘[Requires improvement|R]’ – no change on its grade from [2022|D].
N| The on-site week ran [10 - 14 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Green shoots are visible: after several unsettled years the unit has a stable management team, and staff told us they feel supported.
W| “Even so, much of the planning we read was generic, the same objectives copied from one person to the next.”

S| Court work stood out as a strength: almost every report was prepared on the day.
W| By contrast, a proper plan to address risk to children existed in just 14 of 33 relevant cases.

R| The report lists six recommendations.
"""),
    # 5. a Probation Trust in 2011, before ratings: percentage scores; "Among the positive findings were that:" / "However,
    #    inspectors were worried that:" lists; "Wednesday 16 March 2011"; fieldwork "in October and November 2010"
    ("godstone-and-warlingham-probation-trust-2011", facts([
        svc("Godstone and Warlingham Probation Trust", "Godstone and Warlingham Probation Trust", "other", None)],
        "2011-03-16", "2010-10", 8),
     """N| Offender management inspection: [Godstone and Warlingham Probation Trust|S]

N| [Wednesday 16 March 2011|D]

N| Offender management in [Godstone and Warlingham Probation Trust|S] comes under scrutiny today, in a new report by [HMI Probation|A].
N| Seventy cases were examined during fieldwork in [October and November 2010|D].

S| Its score for reducing reoffending, 77%, was comfortably above the national average to date.
W| Public protection work lagged behind at 64%.

N| Among the positive findings were that:
S| • almost all offenders had been seen promptly once sentenced;
S| • the Trust’s accommodation workers had found settled housing for many who had been sleeping rough;
S| • arrangements with [Surrey Police|A] for managing prolific offenders worked smoothly.

N| However, inspectors were worried that:
W| • risk management plans were often left unchanged after significant events;
W| • too few case records showed checks with children’s services.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders here are well understood by practitioners who are committed to helping them change.
R| “Managers must now raise public protection work to the standard they have achieved on reducing reoffending.”

R| Eight recommendations for improvement are included in the report.
"""),
    # 6. a CRC in 2019 owned by a named provider: the page date above "published today"; "deems X (CRC) ‘...’ overall";
    #    unpaid work "scored independently of the rest, reached ‘...’"; "when inspectors visited in December 2018"
    ("overton-and-kingsclere-crc-2019", facts([
        svc("Overton and Kingsclere Community Rehabilitation Company", "Overton and Kingsclere CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-04-09", "2018-12", 5),
     """N| [9 April 2019|D]

N| Probation company in Hampshire told it must do better

N| In a report published today, [HM Inspectorate of Probation|A] deems [Overton and Kingsclere Community Rehabilitation Company|S] (CRC) ‘[Requires improvement|R]’ overall; the CRC belongs to [Purple Futures|A].
S| The company’s unpaid work, scored independently of the rest, reached ‘[Good|R]’.
N| Sixty cases were examined when inspectors visited in [December 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Telephone calls had replaced too much face-to-face supervision in this CRC, and officers often knew little about what was happening in people’s homes.
S| “On the positive side, the unpaid work team is well run, and people doing their hours were treated with respect.”

W| Inspectors also found that cases handed over from the [National Probation Service|A] sometimes arrived without the information needed to manage them safely.

R| Five recommendations are made; [HM Prison and Probation Service|A] receives one, the CRC four.

N| [Purple Futures|A] responded that it was already cutting back on telephone contact.
"""),
    # 7. an NPS division in 2019: "awards X ‘Good’ as its overall regional rating"; court work "rated separately, is
    #    considered ‘...’"; "Published: 26 Nov 2019"; fieldwork "during September 2019"; nine recommendations
    ("bursledon-and-hamble-nps-division-2019", facts([
        svc("National Probation Service – Bursledon and Hamble Division", "NPS Bursledon and Hamble", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-11-26", "2019-09", 9),
     """N| Probation division in south Hampshire: ‘[Good|R]’ overall and ‘[Outstanding|R]’ court work

N| Published: [26 Nov 2019|D]

N| [HM Inspectorate of Probation|A] awards [National Probation Service – Bursledon and Hamble Division|S] ‘[Good|R]’ as its overall regional rating.
S| Its work at court, rated separately, is considered ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork during [September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Strong, visible leaders and a workforce proud of what it does mark this division out.
S| “Advice given to the courts was timely, balanced and respected by sentencers.”

W| Inspectors noted, however, that victim liaison officers had caseloads well above the expected level, so contact with some victims came late.
W| Supervision of sex offenders was inconsistent, varying from one office of the division to the next.

R| Nine recommendations follow; seven fall to the division and two to [HMPPS|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: "Date: 14/07/2016"; a joint
    #    inspection with "HMI Probation" as lead; "Inspectors were glad to note the following:" / "Against that, there were
    #    worries that:"
    ("ropley-and-four-marks-yot-2016", facts([
        svc("Ropley and Four Marks Youth Offending Team", "Ropley and Four Marks YOT", "YJS", None)],
        "2016-07-14", "2016-03", 4),
     """N| Youth offending in Ropley and Four Marks: joint inspection report

N| Date: [14/07/2016|D]

N| Today sees publication of the joint inspection report on [Ropley and Four Marks Youth Offending Team|S] (YOT), in which [HMI Probation|A] was the lead inspectorate.
N| Carried out in [March 2016|D], it also drew on staff of the [Care Quality Commission|A] as well as [Ofsted|A].

N| Inspectors were glad to note the following:
S| • each child was known well by a named worker;
S| • the YOT’s work with schools had reduced the count of children missing education.

N| Against that, there were worries that:
W| • vulnerability assessments sometimes ignored what health services knew about a child;
W| • the management board was told little about how good the work was.

R| Of the four recommendations, the YOT’s management board receives three and local health commissioners one.

N| Councillor [Peter Hale|X], children’s services lead for [Hampshire County Council|A], gave a promise to act on every recommendation.
"""),
    # 9. a youth offending service in 2019: "out today (Wednesday, 14 August)" with no year (the fieldwork's, April 2019);
    #    "marks X as ‘...’"; resettlement "receives a grade of its own, the verdict went one better: ‘...’"
    ("botley-yos-2019", facts([
        svc("Botley Youth Offending Service", "Botley YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2019-08-14", "2019-04", 5),
     """N| [Botley youth offending service|S] ‘[Good|R]’, with resettlement ‘[Outstanding|R]’

N| An inspection report out today ([Wednesday, 14 August|D]) marks [Botley Youth Offending Service|S] (YOS) as ‘[Good|R]’.
S| For resettlement, which receives a grade of its own, the verdict went one better: ‘[Outstanding|R]’.
N| [HM Inspectorate of Probation|A]’s fieldwork in Botley was done in [April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Botley YOS|S] gets the basics right, and its planning for children leaving custody ranks with the strongest we have come across.”
S| Inspectors praised the close involvement of [CAMHS|A] workers, who saw children within days of referral.
W| Out-of-court disposals were a weaker area: panels sometimes decided a child’s outcome before anyone had looked properly at his or her needs.

R| Inspectors set out five recommendations, one of which falls to [Hampshire Constabulary|A]; the service must tackle the remaining four.
"""),
    # 10. an Isle of Wight youth justice service in 2024 with its previous rating: "now merits ‘...’, an improvement on its
    #     2021 result of ‘...’"; fieldwork "8 - 12 July 2024"; "The report went live on 24 September 2024" in the notes
    ("godshill-yjs-2024", facts([
        svc("Godshill Youth Justice Service", "Godshill YJS", "YJS", GOOD)], "2024-09-24", "2024-07", 4),
     """N| Big step forward for island youth justice service

N| [HM Inspectorate of Probation|A] says [Godshill Youth Justice Service|S] now merits ‘[Good|R]’, an improvement on its [2021|D] result of ‘[Requires improvement|R]’.
N| On-site fieldwork took the week of [8 - 12 July 2024|D], with inspectors based on the island.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Godshill|S] took our last report seriously and has acted on it.
S| “Children told us their workers stuck with them through setbacks, and the service’s new approach to education has kept far more of them in school.”

W| Inspectors did find that plans for protecting the public were not consistently revisited when a child’s circumstances changed.
R| The service needs to make sure its partnership board holds every agency to account for its part in the plan.

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report went live on [24 September 2024|D].
"""),
    # 11. a 2025 public-protection inspection of a Surrey PDU, no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; the publication date in the GOV.UK "From / Published" lines; fieldwork "in June
    #     and July 2025"; five recommendations
    ("tadworth-pdu-2025", facts([
        svc("Tadworth Probation Delivery Unit", "Tadworth PDU", "PDU", None)], "2025-11-11", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Tadworth Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]
N| Published [11 November 2025|D]

N| This inspection of [Tadworth PDU|S] focused on how well the unit keeps the public safe.
N| Inspectors looked at cases and met staff in [June and July 2025|D].
N| This programme of inspections awards no ratings.

N| Context
N| • [Tadworth PDU|S] covers part of east Surrey.
N| • When inspected, it was supervising about 480 people.

N| Findings
S| • Most staff had completed training in domestic abuse and used it confidently.
W| • Home visits to people assessed as high risk happened in under a third of the cases that called for one.
W| • In many cases, information from [Surrey County Council|A]’s children’s services was asked for late, if at all.

R| Five recommendations are addressed jointly to the unit and to regional leaders.
"""),
    # 12. a council news page on an ‘Outstanding’ youth justice service: "Date published: 05/03/2024"; "inspectors have
    #     placed X at the very top of their scale"; fieldwork "After an inspection in November 2023"; two recommendations
    ("horndean-yjs-2024", facts([
        svc("Horndean Youth Justice Service", "Horndean YJS", "YJS", OUT)], "2024-03-05", "2023-11", 2),
     """N| Top marks for [Horndean youth justice team|S]

N| Date published: [05/03/2024|D]

N| After an inspection in [November 2023|D], inspectors have placed [Horndean Youth Justice Service|S] at the very top of their scale: ‘[Outstanding|R]’.
S| [HM Inspectorate of Probation|A] singled [Horndean|S] out for the time its staff took to understand each child’s background.
S| Victim work was thoughtful, they found, with victims kept informed and offered a say in reparation.
S| Every child the inspectors asked said they felt safe with their worker.
W| The one area inspectors felt was less developed was the recording of decisions made at the out-of-court panel.

R| The report makes two recommendations.

N| Councillor [Sue Bradbury|X] said: “My thanks go to the whole team and our partners for this remarkable result.”
"""),
    # 13. a West Sussex youth justice service at the lowest rating in 2022, ‘Good’ in 2018: "‘...’, the inspectorate’s
    #     lowest possible rating, is the verdict on X"; GOV.UK "Published 17 March 2022"; "between 17 and 21 January 2022"
    ("rustington-yjs-2022", facts([
        svc("Rustington Youth Justice Service", "Rustington YJS", "YJS", INAD)], "2022-03-17", "2022-01", 6),
     """N| Press release

N| Lowest rating for youth justice service on the Sussex coast

N| Published [17 March 2022|D]

N| ‘[Inadequate|R]’, the inspectorate’s lowest possible rating, is the verdict on [Rustington Youth Justice Service|S]; in [2018|D] it was judged ‘[Good|R]’.
N| The inspection ran from Monday to Friday, between [17 and 21 January 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Frankly, the findings in Rustington worry me a great deal.
W| “Board meetings came and went with little changing, and some children who faced a real danger of exploitation had not been identified.”
W| After a reorganisation, staff were unclear what their roles were, and several described morale as poor.

S| Despite these problems, diversion work done jointly with [Sussex Police|A] remained sound.

R| Among its six recommendations, the report asks the management board to appoint a permanent head of service without delay.

N| ENDS
"""),
    # 14. two Mid Sussex PDUs in a justiceinspectorates news item: "Both were assessed as ‘...’"; fieldwork "In May and
    #     June 2024"; the notes' "Embargo: 00.01, Thursday 10 October 2024"; ten recommendations
    ("burgess-hill-and-cuckfield-pdus-2024", facts([
        svc("Burgess Hill Probation Delivery Unit", "Burgess Hill PDU", "PDU", RI),
        svc("Cuckfield Probation Delivery Unit", "Cuckfield PDU", "PDU", RI)], "2024-10-10", "2024-05", 10),
     """N| News

N| Two probation units in Mid Sussex: inspection reports

N| In [May and June 2024|D], inspectors spent time in [Burgess Hill Probation Delivery Unit|S] and [Cuckfield Probation Delivery Unit|S], two Sussex units of the probation region that also takes in Kent and Surrey.
N| Both were assessed as ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Managers in both units were honest about their problems and determined to fix them.
W| “What concerned us most was the number of people whose risk had changed without anyone noticing, because contact had slipped to once a month or less.”

S| [Burgess Hill|S] had built a strong working relationship with the drug and alcohol service nearby, so people were referred within days.
W| [Cuckfield|S]’s unpaid work scheme had a backlog of several thousand hours, and some people had completed none of their hours after six months.
W| In each unit, fewer than half of the relevant cases showed enquiries to [Sussex Police|A] about domestic abuse.

R| Each unit receives five recommendations, ten in all.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 10 October 2024|D]; the reports then go online at the [HM Inspectorate of Probation|A] site.
"""),
    # 15. a Hampshire youth justice service in 2023: "judged it to be ‘...’"; "Inspectors visited in September 2023";
    #     "Mr Jones continued"; notes "under embargo until Tuesday 19 December 2023, 00:01"; seven recommendations
    ("liphook-yjs-2023", facts([
        svc("Liphook Youth Justice Service", "Liphook YJS", "YJS", RI)], "2023-12-19", "2023-09", 7),
     """N| Safety work must sharpen, say inspectors after Liphook visit

N| [HM Inspectorate of Probation|A] looked closely at [Liphook Youth Justice Service|S] (YJS) and judged it to be ‘[Requires improvement|R]’.
N| Inspectors visited in [September 2023|D], looking at both court work and out-of-court disposals.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Liphook|S]’s staff are tenacious: they keep knocking on doors until children engage.
W| “But exploitation plans were often thin, and too much rested on the knowledge of one or two experienced workers.”

W| Mr Jones continued: “The management board has not yet asked hard enough questions about why children from some groups are over-represented in the caseload.”

S| Inspectors were impressed that every child coming to the service was screened for speech and language needs.
W| Out-of-court panel decisions often went unrecorded, so nobody could say why one child got a caution while another was given a community resolution.

R| Of seven recommendations, five go to [Liphook YJS|S] and two to [NHS Hampshire and Isle of Wight|A].

N| ENDS

N| Notes to editors
N| 1. The report is under embargo until [Tuesday 19 December 2023|D], 00:01.
"""),
    # 16. a Surrey youth justice service in 2021 kept from ‘Inadequate’ by its court work: "the inspectors’ overall verdict
    #     was ‘...’"; resettlement "rated separately" ‘Inadequate’; "Published: 2 Nov 2021"; "three weeks ... in June 2021"
    ("chobham-yjs-2021", facts([
        svc("Chobham Youth Justice Service", "Chobham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2021-11-02", "2021-06", 6),
     """N| Youth justice service in Surrey narrowly avoids lowest grade

N| Published: [2 Nov 2021|D]

N| After three weeks with [Chobham Youth Justice Service|S] in [June 2021|D], the inspectors’ overall verdict was ‘[Requires improvement|R]’.
W| Resettlement, which is rated separately, was ‘[Inadequate|R]’: children leaving custody often had nowhere confirmed to live until the day of release.
W| Had its court work been weaker, the service would have been placed at ‘[Inadequate|R]’ overall.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chobham|S] has some capable practitioners, but they are working without the support of a functioning partnership.
W| “Children’s health needs were assessed late, and [CAMHS|A] waiting times in the area ran to many months.”

S| Inspectors found the service’s reports to court were well argued, and magistrates valued them.

R| Six recommendations are listed: two are addressed to [Surrey County Council|A], four to the service itself.
"""),
    # 17. an Isle of Wight youth offending service in 2018, the first year of ratings: "The rating for X ..., is ‘...’";
    #     "Tuesday, 4th December 2018"; fieldwork "in August and September 2018"; "I urge"; three recommendations
    ("sandown-yos-2018", facts([
        svc("Sandown Youth Offending Service", "Sandown YOS", "YJS", GOOD)], "2018-12-04", "2018-08", 3),
     """N| [Sandown Youth Offending Service|S] awarded a ‘[Good|R]’ rating

N| [Tuesday, 4th December 2018|D]

N| The rating for [Sandown Youth Offending Service|S] (YOS), in a report published today, is ‘[Good|R]’.
N| [HMI Probation|A] inspectors were on the island in [August and September 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “For its size, [Sandown|S] achieves a remarkable amount.
S| “Its staff know the island’s schools and families well, and children credited their workers with helping them turn things round.”
W| She added that risk-to-others assessments were not always revised as fresh information emerged.
R| “I urge the board to ensure each child’s plan is looked at again following any further arrest.”

R| The report makes three recommendations.
"""),
    # 18. a Surrey PDU with its region's overall grade beside it: "X is ‘...’: that is the conclusion of HMI Probation,
    #     whose report comes out today (Tuesday 13 June)" with no year (the fieldwork's); "over two weeks from 6 March 2023"
    ("frimley-pdu-2023", facts([
        svc("Frimley Probation Delivery Unit", "Frimley PDU", "PDU", INAD)], "2023-06-13", "2023-03", 6),
     """N| Probation unit in west Surrey rated ‘[Inadequate|R]’

N| [Frimley Probation Delivery Unit|S] is ‘[Inadequate|R]’: that is the conclusion of [HMI Probation|A], whose report comes out today ([Tuesday 13 June|D]).
N| The unit’s parent region, which covers Kent, Surrey and Sussex, currently holds ‘[Requires improvement|R]’ as its overall grade.
N| Inspectors were in the unit over two weeks from [6 March 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Frimley|S] has seen so many experienced officers leave that the work is now being held together by agency staff and trainees.
W| “Over half the files we examined showed no check on whether the household’s children were known to social services.”
S| “There is real commitment among the staff who remain, and the new head of service has a credible plan.”

R| Six recommendations are made; the most pressing asks the region to fill the unit’s vacancies urgently.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
