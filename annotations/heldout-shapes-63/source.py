"""Builds the sixty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, the region named in the first sentence: "Inspectors found X to be ‘...’, and
    #    judged Y ‘...’"; "between 15 and 26 January 2024"; ten recommendations "six for Taverham PDU and four for
    #    Sprowston PDU" (the other order); the regional director's reply
    ("sprowston-and-taverham-pdus-2024", facts([
        svc("Sprowston Probation Delivery Unit", "Sprowston PDU", "PDU", RI),
        svc("Taverham Probation Delivery Unit", "Taverham PDU", "PDU", INAD)], "2024-05-14", "2024-01", 10),
     """N| Press release

N| Two probation units in Norfolk told to improve

N| Inspectors report on the probation delivery units covering Sprowston and Taverham.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] today publishes its reports on [Sprowston Probation Delivery Unit|S] and [Taverham Probation Delivery Unit|S], two units in [Probation Service – East of England region|S].
N| Inspectors found [Sprowston|S] to be ‘[Requires improvement|R]’, and judged [Taverham|S] ‘[Inadequate|R]’.
N| The fieldwork took place between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People are working hard in both units, but too many people on probation are not getting the supervision they need.
W| “In Taverham, half of the practitioner posts were held by agency workers or trainees, and cases changed hands again and again.”

S| [Sprowston PDU|S] had built a close working relationship with [Norfolk Constabulary|A], and information about domestic abuse call-outs was usually requested before sentence.
W| However, in both units, fewer than half the cases inspectors read had a sound plan to protect children.
S| Inspectors were impressed with [Taverham|S]’s unpaid work team, which had cleared a backlog of hours built up over the previous year.

R| The reports make ten recommendations between them, six for [Taverham PDU|S] and four for [Sprowston PDU|S].

N| [Rachel Dunmore|X], Regional Probation Director for the East of England, said: “The findings are fair, and experienced managers have already moved into Taverham.”
"""),
    # 2. two Essex youth justice services in a local-news story: the reports "were published on Tuesday (6 February)"
    #    under a byline of Friday 9 February 2024; "X was given a ‘...’ rating, while Y was assessed as ‘...’"; "the
    #    reports make eight recommendations, five of which are for Shenfield"; the council's reply
    ("writtle-and-shenfield-yjs-2024", facts([
        svc("Writtle Youth Justice Service", "Writtle YJS", "YJS", GOOD),
        svc("Shenfield Youth Justice Service", "Shenfield YJS", "YJS", RI)], "2024-02-06", "2023-10", 8),
     """N| Inspectors give mixed verdict on two Essex youth justice services

N| By [Helen Marsh|X]

N| [Friday 9 February 2024|D]

N| Inspection reports on [Writtle Youth Justice Service|S] and [Shenfield Youth Justice Service|S] were published on Tuesday ([6 February|D]).
N| [Writtle|S] was given a ‘[Good|R]’ rating, while [Shenfield|S] was assessed as ‘[Requires improvement|R]’.
N| Both services were visited by inspectors in [October 2023|D].

S| The watchdog found that [Writtle|S]’s case managers knew children and their families well and stayed alongside them through difficult times.
S| Children in Writtle were helped back into school or college quickly, with a dedicated education worker in the team.
W| In Shenfield, inspectors said, assessments often missed the risks children faced from older people who exploited them.
W| The report also found that [Shenfield YJS|S]’s management board seldom questioned the data put in front of it.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Writtle|S] is a service that puts children first, and its staff should be proud of what they have achieved.”

R| Between them, the reports make eight recommendations, five of which are for [Shenfield|S].

N| A spokesperson for [Essex County Council|A] said: “We will work with partners to put the recommendations in place as quickly as possible.”
"""),
    # 3. a town PDU and its county PDU in a justiceinspectorates news item: "Inspectors judged both units to be ‘...’";
    #    "Published: 3 Sep 2025"; fieldwork "over two weeks, 24 March - 4 April 2025" (across two months); the region
    #    named after the units; twelve recommendations "six for each unit"; the four-point scale in a note
    ("limbury-and-sharnbrook-pdus-2025", facts([
        svc("Limbury Probation Delivery Unit", "Limbury PDU", "PDU", RI),
        svc("Sharnbrook Probation Delivery Unit", "Sharnbrook PDU", "PDU", RI)], "2025-09-03", "2025-03", 12),
     """N| News

N| Probation in Luton and north Bedfordshire: two units judged ‘[Requires improvement|R]’

N| Published: [3 Sep 2025|D]

N| [HM Inspectorate of Probation|A] has inspected [Limbury Probation Delivery Unit|S], which covers the north of Luton, and [Sharnbrook Probation Delivery Unit|S], which covers rural north Bedfordshire.
N| Inspectors judged both units to be ‘[Requires improvement|R]’.
N| Fieldwork was carried out over two weeks, [24 March - 4 April 2025|D].
N| The two units belong to the [Probation Service – East of England region|S].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Limbury|S]’s staff understand the communities they serve remarkably well, and there is a wide range of help on offer through local charities.
W| “Yet in both units the management of risk was not good enough, and in Sharnbrook people on probation were sometimes waiting weeks for a first appointment.”

W| Inspectors found that home visits were rarely used, even where there were concerns about domestic abuse.
S| On a more positive note, [Sharnbrook PDU|S]’s staff told inspectors that their managers backed them.
W| Only 14 of the 42 cases inspected in [Limbury PDU|S] showed enough attention to keeping other people safe.

R| The reports make 12 recommendations, six for each unit, including that the region should review how work is shared between offices.

N| Note: the inspectorate uses four ratings, from highest to lowest ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 4. a unit inside its region, the region first in the headline: "has given X ... the lowest possible rating,
    #    ‘...’"; the region's own 2023 rating beside it; "Mr Jones continued"; a call inside the quote; fieldwork "in
    #    November 2024"; the notes' "available on the ... website on 11 March 2025 at 00.01"
    ("glinton-pdu-2025", facts([
        svc("Glinton Probation Delivery Unit", "Glinton PDU", "PDU", INAD)], "2025-03-11", "2024-11", 7),
     """N| [East of England probation region|S]: [Glinton Probation Delivery Unit|S] given lowest rating

N| [HM Inspectorate of Probation|A] has given [Glinton Probation Delivery Unit|S], in Peterborough, the lowest possible rating, ‘[Inadequate|R]’.
N| When the [East of England region|S] was itself inspected in [2023|D], it was rated ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [November 2024|D] and examined 54 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Glinton|S]’s staff are doing their best in very difficult circumstances, but the service people on probation receive is simply not safe enough.
W| “Almost four in ten posts were vacant, and caseloads of more than 70 were not unusual.”

W| Mr Jones continued: “Worryingly, checks with children’s social care were missing in most cases where a child could be at risk.
R| “Leaders must make sure that those checks are made every time, starting now.”

S| Inspectors did find that the unit’s work with [Cambridgeshire Constabulary|A] on prolific offenders was well organised.
S| Positively, people on probation told inspectors that their probation officers treated them with respect.

R| The report makes seven recommendations, four for [Glinton PDU|S] and three for the [East of England region|S].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [11 March 2025|D] at 00.01.
N| 2. [Glinton PDU|S] covers the north of Peterborough and nearby villages for [Probation Service – East of England region|S].
"""),
    # 5. a unit inside its region on a GOV.UK page, "which sits within the Probation Service’s East of England region"
    #    (two spans): "has been assessed as ‘...’"; "Inspectors carried out the inspection in June 2024"; "only 13 of
    #    the 38 cases"; "has the foundations in place"; six recommendations "including that X should ..."
    ("stanford-le-hope-pdu-2024", facts([
        svc("Stanford-le-Hope Probation Delivery Unit", "Stanford-le-Hope PDU", "PDU", RI)], "2024-10-17", "2024-06", 6),
     """N| Press release

N| Probation unit in Thurrock must improve, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [17 October 2024|D]

N| [Stanford-le-Hope Probation Delivery Unit|S], which sits within the [Probation Service|A]’s [East of England region|S], has been assessed as ‘[Requires improvement|R]’.
N| Inspectors carried out the inspection in [June 2024|D], looking at 38 cases and interviewing staff and partners.

S| Inspectors were pleased to see a stable leadership team that had a clear grip on the unit’s performance.
S| Work with women was a particular strength of the unit, thanks to a women’s centre run with local partners.
W| However, the quality of risk assessment was inconsistent, and too often practitioners accepted what people told them without checking.
W| Inspectors were disappointed to find that only 13 of the 38 cases had enough work to keep children safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Stanford-le-Hope|S] has the foundations in place to improve.
W| “But there is a lack of professional curiosity among some staff, and that must change if the public is to be properly protected.”

R| The report makes six recommendations, including that [Stanford-le-Hope PDU|S] should make better use of information held by [Essex Police|A].
"""),
    # 6. a 2025 public-protection inspection with no rating: "Skip to content", an empty "Published:" line, "Context"
    #    and "Findings" bullets; the report "is out today"; fieldwork in a bullet ("on site in September 2025"); "The
    #    report was published on Tuesday 9 December 2025"
    ("henlow-pdu-2025", facts([
        svc("Henlow Probation Delivery Unit", "Henlow PDU", "PDU", None)], "2025-12-09", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Public protection work in [Henlow Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A]’s report on public protection work in [Henlow Probation Delivery Unit|S], in central Bedfordshire, is out today.
N| Inspections in this series look at how well the risk of serious harm is managed, and they do not rate the unit.

N| Context
N| • [Henlow PDU|S] supervises around 900 people on probation across central Bedfordshire.
N| • Inspectors were on site in [September 2025|D].

N| Findings
S| • Managers had introduced weekly risk meetings that staff found useful.
S| • Joint work with [Bedfordshire Police|A] on domestic abuse was timely and well recorded.
W| • Home visits were not carried out in most cases where they were needed.
W| • Practitioners did not always check whether children lived at the address of a person convicted of violence.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Henlow|S] knows where its weaknesses lie, but it has not yet done enough about them.
R| “The unit needs to visit people at home as a matter of course, not only when something has gone wrong.”

R| The report makes five recommendations to the unit and to the region.
N| The report was published on [Tuesday 9 December 2025|D].
"""),
    # 7. a youth offending team written out in a 2015 joint inspection, before ratings: "..., leading a joint
    #    inspection, has found that ..." (the verdict in the first sentence), the partner inspectorates, bullet lists
    #    after "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"; a
    #    lower-case "judged good" (not a rating); "Thursday, 12th March 2015"; six recommendations; the council's
    #    promise in the third person
    ("methwold-yot-2015", facts([
        svc("Methwold Youth Offending Team", "Methwold YOT", "YJS", None)], "2015-03-12", "2014-11", 6),
     """N| Joint inspection of youth offending work in Methwold

N| [Thursday, 12th March 2015|D]

W| [HM Inspectorate of Probation|A], leading a joint inspection, has found that work to protect the public at [Methwold Youth Offending Team|S] (YOT) was not good enough.
N| The inspection, in [November 2014|D], also involved inspectors from the [Care Quality Commission|A], [Ofsted|A] and [HM Inspectorate of Constabulary|A].
S| The YOT’s work to reduce reoffending was judged good.

N| Inspectors were pleased to find that:
S| • staff knew the children well and were determined to help them;
S| • the YOT had strong links with schools across west Norfolk.

N| However, inspectors were concerned to find that:
W| • risk assessments were often out of date, sometimes by many months;
W| • some victims never heard from the YOT about restorative justice.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “[Methwold YOT|S] has a caring, hard-working staff group who want the best for children.
R| “Public protection must now become a priority for the management board, alongside reducing reoffending.”

R| The report makes six recommendations.

N| [Norfolk County Council|A] has promised an action plan by the summer.
"""),
    # 8. a Probation Trust in 2013, before ratings, on a justiceinspectorates page ("Published: 19 Nov 2013"): the
    #    verdict in the first sentence ("is doing well at ... but must improve ..."), percentage scores; "carried out in
    #    August 2013"; "We make four recommendations"
    ("rendlesham-and-trimley-probation-trust-2013", facts([
        svc("Rendlesham and Trimley Probation Trust", "Rendlesham and Trimley Probation Trust", "other", None)],
        "2013-11-19", "2013-08", 4),
     """N| Inspection of offender management in Rendlesham and Trimley

N| Published: [19 Nov 2013|D]

W| [Rendlesham and Trimley Probation Trust|S] is doing well at reducing reoffending but must improve the way it manages risk of harm, [HM Inspectorate of Probation|A] says in a report published today.
N| The inspection, carried out in [August 2013|D], looked at 72 cases across Suffolk.

S| The Trust scored 78% for its work on reducing reoffending, well above the average for Trusts inspected so far.
W| In contrast, work to protect the public scored 61%.
S| Inspectors found that offenders got their first appointment quickly and understood what their plan asked of them.
S| Partnership work with [Suffolk Constabulary|A] on prolific offenders was of a high standard.
W| Yet in a third of cases where a child might be at risk, no check had been made with children’s services.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Committed staff and a clear sense of purpose are this Trust’s great assets.
R| “It should now give public protection the same priority it already gives to reducing reoffending.”

R| We make four recommendations for improvement.
"""),
    # 9. a CRC in 2018 run by a named provider, in a local-news story: "has received the lowest rating inspectors can
    #    give" (no scale word), then "rated ‘...’ overall in an ... report published on Tuesday (11 December)" under a
    #    byline of Thursday 13 December 2018; unpaid work "which inspectors rate separately, was judged ‘...’"; "the
    #    watchdog found"; the provider's statement
    ("stopsley-and-leagrave-crc-2018", facts([
        svc("Stopsley and Leagrave Community Rehabilitation Company", "Stopsley and Leagrave CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2018-12-11", "2018-09", 6),
     """N| Probation company supervising offenders in Luton rated ‘[Inadequate|R]’

N| By [Tom Reeve|X]

N| [Thursday 13 December 2018|D]

N| A private company that supervises low and medium-risk offenders in Luton has received the lowest rating inspectors can give.
N| [Stopsley and Leagrave Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], was rated ‘[Inadequate|R]’ overall in an [HM Inspectorate of Probation|A] report published on Tuesday ([11 December|D]).
W| Its unpaid work, which inspectors rate separately, was judged ‘[Requires improvement|R]’.
N| Inspectors visited the CRC’s offices in [September 2018|D].

W| The watchdog found that many people on the CRC’s books were supervised by telephone only, with some not seen face to face for months.
W| Staff told inspectors their caseloads were unmanageable, and morale was low.
S| Inspectors did praise the CRC’s through-the-gate team, which helped people leaving prison to find somewhere to live.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by this CRC are not seen face to face, and I am concerned that some are not supervised in any meaningful sense.”

R| Of the six recommendations, four are directed at [Sodexo Justice Services|A] and its CRC, two at [HM Prison and Probation Service|A].

N| In a statement, [Sodexo Justice Services|A] accepted the findings and said it had recruited 20 new staff since the inspection.
"""),
    # 10. a Youth Offending Service in 2019, its capitalised name in the headline: "has judged X (YOS) to be ‘...’";
    #     "between 11 and 15 March 2019"; a concession ending critical ("While ..., children could wait months");
    #     "should be rightly proud"; "I urge ..."; the notes' "The report was published on 3 July 2019 at 00.01"
    ("heacham-yos-2019", facts([
        svc("Heacham Youth Offending Service", "Heacham YOS", "YJS", GOOD)], "2019-07-03", "2019-03", 4),
     """N| [Heacham Youth Offending Service|S] judged ‘[Good|R]’ by inspectors

N| [HM Inspectorate of Probation|A] has judged [Heacham Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| Fieldwork took place between [11 and 15 March 2019|D].

S| Inspectors found a well-run service with a strong board, chaired by a senior officer from [Norfolk County Council|A].
S| Case managers were tenacious and rarely lost touch with children, even those who were hard to reach.
S| Out-of-court disposals were handled well, with most children diverted from the courts getting help that matched their needs.
W| While the service had good links with [CAMHS|A], children could wait months to see a mental health worker.
W| Work to keep children themselves safe was not always recorded clearly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Heacham|S] should be rightly proud of this result.
R| “I urge the board to press health partners for quicker access to mental health support.”

R| We made four recommendations, three for the YOS and one for the local clinical commissioning group.

N| ENDS

N| Notes to editors
N| 1. The report was published on [3 July 2019|D] at 00.01.
"""),
    # 11. a GOV.UK page, "has achieved the highest rating, ‘...’, from ..."; resettlement "given a separate rating, was
    #     ‘...’"; "Bucking the national trend"; "stands out"; three recommendations
    ("lakenheath-yjs-2023", facts([
        svc("Lakenheath Youth Justice Service", "Lakenheath YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-11-21", "2023-07", 3),
     """N| Press release

N| Youth justice service in west Suffolk rated ‘[Outstanding|R]’

N| Report on [Lakenheath Youth Justice Service|S] published.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 November 2023|D]

N| [Lakenheath Youth Justice Service|S] has achieved the highest rating, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
S| Its resettlement work, given a separate rating, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July 2023|D].

S| Children were at the centre of everything the service did, and their views shaped their plans.
S| The partnership had invested in a specialist team for children at risk of exploitation, which worked closely with [Suffolk Constabulary|A].
S| Bucking the national trend, fewer children had come into the justice system for the first time in each of the last three years.
W| Inspectors noted, however, that some children leaving custody had not had a suitable place to live confirmed until the day of release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything here is built around the child, and the service stands out nationally as an example of what can be done.
R| “Its leaders should now bring the same care to finding homes for children before they leave custody.”

R| The report makes three recommendations.
"""),
    # 12. a justiceinspectorates news item: "X has moved up from ‘...’ to ‘...’ since its last inspection in 2019"
    #     (overall and previous in one sentence); resettlement "was also given a separate rating of ‘...’"; "I am
    #     encouraged by what I saw"; "in only 12 of 29 cases"; six recommendations
    ("gamlingay-yjs-2022", facts([
        svc("Gamlingay Youth Justice Service", "Gamlingay YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-11-08", "2022-06", 6),
     """N| News

N| [Gamlingay youth justice service|S] improves but still ‘[Requires improvement|R]’

N| Published: [8 Nov 2022|D]

N| [Gamlingay Youth Justice Service|S] has moved up from ‘[Inadequate|R]’ to ‘[Requires improvement|R]’ since its last inspection in [2019|D].
W| Resettlement policy and provision was also given a separate rating of ‘[Requires improvement|R]’.
N| Inspectors were in Gamlingay in [June 2022|D], looking at 29 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gamlingay|S] has come a long way in three years, and I am encouraged by what I saw.
S| “There is a new leadership team, the board is asking the right questions, and children are seen more quickly than before.
W| “However, the quality of planning remains variable, and not enough is done to keep children safe from exploitation.”

W| Inspectors found that in only 12 of 29 cases had enough attention been paid to the safety of others.
S| Work with the [Cambridgeshire and Peterborough NHS Foundation Trust|A] meant children had quicker access to mental health support.

R| Six recommendations are made, five for [Gamlingay YJS|S] and one for [Cambridgeshire County Council|A].
"""),
    # 13. a council page: "Posted: 21/05/2024" (day/month/year); "... today judged X ‘...’"; the headline's lower-case
    #     "Willingham youth justice service"; the council's reply after the recommendations sentence
    ("willingham-yjs-2024", facts([
        svc("Willingham Youth Justice Service", "Willingham YJS", "YJS", RI)], "2024-05-21", "2024-01", 7),
     """N| News

N| Council welcomes inspection of [Willingham youth justice service|S]

N| Posted: [21/05/2024|D]

N| [HM Inspectorate of Probation|A] today judged [Willingham Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors visited in [January 2024|D] and spoke to children, parents, staff and partners.

S| The inspectors found that staff were dedicated and knew the children they work with well.
S| They praised the service’s work with [Cambridgeshire Constabulary|A] to divert children away from court.
W| However, they also found that assessments did not always consider the risks some children posed to others, and that the management board did not know enough about the service’s performance.
W| Too few children were getting the education they were entitled to.

R| The report makes seven recommendations, six for the service and one for the [NHS|A].

N| Councillor [Jane Pryor|X], lead member for children and young people at [Cambridgeshire County Council|A], said: “It is good to see the hard work of our staff recognised by inspectors.
N| “We accept all of the recommendations, and an improvement plan is already in place.”
"""),
    # 14. "X is a ‘...’ service, according to ..."; "Published: Tuesday, 14th September 2021"; "carried out remotely in
    #     May 2021"; "a notable strength"; "On the other hand, ..."; "I would now like the board to ..."
    ("mistley-yjs-2021", facts([
        svc("Mistley Youth Justice Service", "Mistley YJS", "YJS", GOOD)], "2021-09-14", "2021-05", 4),
     """N| [Mistley Youth Justice Service|S] ‘[Good|R]’ – inspectors

N| Published: [Tuesday, 14th September 2021|D]

N| [Mistley Youth Justice Service|S] is a ‘[Good|R]’ service, according to [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [May 2021|D] because of COVID-19 restrictions.

S| When offices closed during the pandemic, case managers went on seeing children, often in parks or on walks.
S| Staff were skilled at building relationships, and children spoke warmly about their case managers.
S| Help for children who had been victims themselves was a notable strength.
W| On the other hand, the service’s work on out-of-court disposals was less developed, and some diverted children received no help at all.
W| The board had not yet looked closely at why Black children were over-represented in the caseload.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Mistley|S]’s staff have shown real commitment to children through a very difficult period.
R| “I would now like the board to find out why so many Black children come into the service, and to act on what it finds.”

R| The report makes four recommendations.

N| ENDS
"""),
    # 15. a local-democracy story: "has been assessed to be ‘...’ by ..., the bottom of its four grades"; "The report,
    #     published today" under the dateline Wednesday 18 June 2025; "only eight" of 24; "Rapid improvement is
    #     essential"; nine recommendations "most of them for" the council; the council's apology
    ("tollesbury-yjs-2025", facts([
        svc("Tollesbury Youth Justice Service", "Tollesbury YJS", "YJS", INAD)], "2025-06-18", "2025-02", 9),
     """N| [Tollesbury youth justice service|S] assessed as ‘[Inadequate|R]’

N| By [Owen Castle|X], local democracy reporter

N| [Wednesday 18 June 2025|D]

N| [Tollesbury Youth Justice Service|S] has been assessed to be ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A], the bottom of its four grades.
N| The report, published today, follows an inspection in [February 2025|D].

W| The watchdog found that children were not safe enough, and that risks were not identified or acted on quickly.
W| It said leaders had been slow to respond to warnings in the service’s own audits.
W| Of the 24 cases inspectors examined, only eight had a sound plan to keep the child safe.
S| Inspectors did find some positive work, including a well-regarded reparation scheme run with local charities.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tollesbury|S] is letting its children down.
R| “Rapid improvement is essential, and I expect the council and the police, health and education partners to act with the utmost urgency.”

R| The inspectorate made nine recommendations, most of them for [Essex County Council|A] and the youth justice management board.

N| [Essex County Council|A]’s cabinet member for children, Councillor [Beth Aldous|X], said: “We are very sorry that we have let children down, and we have already begun to put things right.”
"""),
    # 16. "X has fallen to ‘...’, down from the ‘...’ rating it received in 2019" (overall and previous in one
    #     sentence); resettlement "inspected as a separate element, was rated ‘...’"; "Fieldwork ran from 6 to 17 March
    #     2023"; the notes' "The report goes online today, Thursday 13 July 2023"
    ("hoveton-yjs-2023", facts([
        svc("Hoveton Youth Justice Service", "Hoveton YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-07-13", "2023-03", 6),
     """N| Youth justice in Hoveton: rating falls to ‘[Requires improvement|R]’

N| [Hoveton Youth Justice Service|S] has fallen to ‘[Requires improvement|R]’, down from the ‘[Good|R]’ rating it received in [2019|D].
S| The service’s resettlement work, inspected as a separate element, was rated ‘[Good|R]’.
N| Fieldwork ran from [6 to 17 March 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hoveton|S]’s staff remain committed, but since our last inspection the service has lost much of its experienced workforce and its grip on risk has loosened.
W| “Too many children’s plans did not address the harm they might cause to others.”

S| Inspectors praised the service for having every child assessed by a speech and language therapist early in their order.
W| Partnership with the [Norfolk and Suffolk NHS Foundation Trust|A] on mental health was described as patchy.

R| Six recommendations are made; among them, the board is asked to check regularly how well risks to others are being managed.

N| ENDS

N| Notes to editors
N| 1. The report goes online today, [Thursday 13 July 2023|D].
N| 2. [Hoveton YJS|S] covers north Norfolk and supervises around 60 children at any one time.
"""),
    # 17. "Inspectors have found X to be ‘...’ after a visit between 24 and 28 February 2020"; the date line "Tuesday,
    #     16th June 2020"; publication delayed by the pandemic; "can be pleased"; an impersonal call ("There is,
    #     however, more to do to make sure ..."); no recommendation count (null)
    ("glemsford-yjs-2020", facts([
        svc("Glemsford Youth Justice Service", "Glemsford YJS", "YJS", GOOD)], "2020-06-16", "2020-02", None),
     """N| [Glemsford Youth Justice Service|S] receives ‘[Good|R]’ rating

N| [Tuesday, 16th June 2020|D]

N| Inspectors have found [Glemsford Youth Justice Service|S] to be ‘[Good|R]’ after a visit between [24 and 28 February 2020|D].
N| The report was delayed because of the coronavirus pandemic.

S| [HM Inspectorate of Probation|A] said the service was well led, with a management board that understood its work and challenged partners when needed.
S| Staff had manageable caseloads and were given time to think about each child.
S| Links with [Suffolk County Council|A]’s children’s services were close, so concerns about children’s safety were shared quickly.
W| However, inspectors judged the service weaker at protecting the public, and some assessments underestimated the risk children posed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Glemsford|S] can be pleased with this report.
R| “There is, however, more to do to make sure that risk to others is always properly assessed.”

N| The full report lists where the service could do better.
"""),
    # 18. a Youth Justice Team (YJT), the headline's lower-case "Caddington youth justice team": "Inspectors have
    #     awarded X (YJT) the top rating of ‘...’"; YJT and YJS switching ("Caddington YJS" in the quote); "Published:
    #     27 Feb 2024"; two recommendations
    ("caddington-yjt-2024", facts([
        svc("Caddington Youth Justice Team", "Caddington YJT", "YJS", OUT)], "2024-02-27", "2023-10", 2),
     """N| ‘[Outstanding|R]’ rating for [Caddington youth justice team|S]

N| Published: [27 Feb 2024|D]

N| Inspectors have awarded [Caddington Youth Justice Team|S] (YJT) the top rating of ‘[Outstanding|R]’.
N| [HM Inspectorate of Probation|A]’s fieldwork was done in [October 2023|D].

S| The [Caddington YJT|S] was found to have an ambitious and stable leadership team, supported by a board whose members attended regularly and took an active part.
S| Every child inspectors looked at had a plan that was written with them and their family.
S| Staff at [Caddington|S] worked hard to keep children in education, and the team’s own teacher helped many return to school.
S| Inspectors were particularly impressed with the team’s work to reduce the over-representation of children from ethnic minority backgrounds.
W| The one area needing attention was the sharing of information with [Bedfordshire Police|A] about children missing from home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Caddington YJS|S] is an example to the rest of the country.
S| “Children are seen as children first, and the care staff take with each of them shows in the results.”

R| Two recommendations are made: one for the team and one for [Bedfordshire Police|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
