"""Builds the 112th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Oxfordshire PDUs in one GOV.UK release: "X has been assessed as ‘...’ and Y as ‘...’"; fieldwork "between
    #    13 and 24 May 2024"; eight recommendations, four per unit
    ("uffington-and-letcombe-pdus-2024", facts([
        svc("Uffington Probation Delivery Unit", "Uffington PDU", "PDU", RI),
        svc("Letcombe Probation Delivery Unit", "Letcombe PDU", "PDU", INAD)], "2024-10-15", "2024-05", 8),
     """N| Press release

N| Probation inspectors report on two units in the Vale of White Horse

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has released reports on [Uffington Probation Delivery Unit|S] and [Letcombe Probation Delivery Unit|S], two units in the [Probation Service – South Central region|S].
N| [Uffington PDU|S] has been assessed as ‘[Requires improvement|R]’ and [Letcombe PDU|S] as ‘[Inadequate|R]’.
N| Inspectors visited the two units between [13 and 24 May 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These neighbouring units share a building and a head of service, yet the experience of people on probation differs markedly between them.
S| “[Uffington|S] has a stable team of probation officers who know their cases well.
W| “In Letcombe, by contrast, almost half of the practitioner posts were empty and many cases had been passed from officer to officer.”

S| Inspectors commended [Uffington|S]’s close ties with drug and alcohol treatment providers, so that people were often in treatment within a fortnight.
W| In both units, those convicted of domestic abuse were seldom visited at home, and checks with [Thames Valley Police|A] were not always repeated when circumstances changed.

R| Between them the reports contain eight recommendations, with four for each unit.
"""),
    # 2. two youth justice services in a local-news story: the report "published on Tuesday (7 November)" under a byline
    #    of Friday 10 November 2023; ratings in the other order from the one the services were first named in
    ("chalgrove-and-wingrave-yjs-2023", facts([
        svc("Chalgrove Youth Justice Service", "Chalgrove YJS", "YJS", GOOD),
        svc("Wingrave Youth Justice Service", "Wingrave YJS", "YJS", OUT)], "2023-11-07", "2023-06", 6),
     """N| Inspectors hail youth justice work on both sides of the county line

N| By [Helen Ashby|X]

N| [Friday 10 November 2023|D]

N| Inspection reports on [Chalgrove Youth Justice Service|S] and [Wingrave Youth Justice Service|S] came out on Tuesday ([7 November|D]), after visits in [June and July 2023|D].
N| [Wingrave|S] was awarded ‘[Outstanding|R]’, the top mark on the inspectorate’s scale, while [Chalgrove|S] was found to be ‘[Good|R]’.

S| According to the reports, [Wingrave|S]’s workers built trusting relationships with children and kept going back when a child missed appointments.
S| Inspectors also singled out [Chalgrove|S] because children there saw a [CAMHS|A] worker within days of being referred.
W| However, the [Chalgrove YJS|S] report said that safety plans were not always revisited when things changed at home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both services have every reason to be proud, and [Wingrave|S] is now an example for others to follow.”

R| The two reports make six recommendations, three for each service.

N| [Buckinghamshire Council|A]’s cabinet member for children’s services, [Paul Reddington|X], said: “We are delighted, and the credit belongs to our youth justice team.”
"""),
    # 3. three Wiltshire PDUs on a GOV.UK page, the region named first: "X and Y were both assessed as ‘...’; Z was given
    #    the lowest possible rating"; fieldwork "during October 2024"; nine recommendations, three for each unit
    ("netheravon-heytesbury-and-shalbourne-pdus-2025", facts([
        svc("Netheravon Probation Delivery Unit", "Netheravon PDU", "PDU", RI),
        svc("Heytesbury Probation Delivery Unit", "Heytesbury PDU", "PDU", RI),
        svc("Shalbourne Probation Delivery Unit", "Shalbourne PDU", "PDU", INAD)], "2025-03-04", "2024-10", 9),
     """N| Press release

N| Wiltshire probation units: one judged ‘[Inadequate|R]’

N| Three Wiltshire probation delivery units have been inspected.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 March 2025|D]

N| [HM Inspectorate of Probation|A]’s latest reports concern three units of the [Probation Service – South West region|S]: [Netheravon Probation Delivery Unit|S], [Heytesbury Probation Delivery Unit|S] and [Shalbourne Probation Delivery Unit|S].
N| [Netheravon|S] and [Heytesbury|S] were both assessed as ‘[Requires improvement|R]’; [Shalbourne|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The inspections were carried out during [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Shalbourne we found a unit where staff were working hard but were overwhelmed, and where too many people were supervised by agency staff who had barely met them.
S| “[Netheravon|S] and [Heytesbury|S] have kept their teams together, and there is a real sense of purpose among their middle managers.”

W| Across the three units, assessments of the risk posed to known adults were sufficient in only 19 of 45 cases.
S| Inspectors found good links with the local army welfare services, which helped practitioners working with serving and former soldiers.

R| The inspectorate makes nine recommendations, three per unit.

N| [Karen Blake|X], the region’s probation director, said: “We accept the inspectors’ conclusions, and several senior officers have already transferred to Shalbourne.”
"""),
    # 4. a unit inside its region: the region in the headline and first sentence; "found X to be ‘...’"; the publication
    #    day only in the notes ("at 00.01 on Thursday 20 February 2025"); "Mr Jones continued"
    ("bucklebury-pdu-2025", facts([
        svc("Bucklebury Probation Delivery Unit", "Bucklebury PDU", "PDU", INAD)], "2025-02-20", "2024-10", 7),
     """N| [South Central probation region|S]: [Bucklebury unit|S] failing, say inspectors

N| Inspectors have found [Bucklebury Probation Delivery Unit|S], a unit of the [Probation Service – South Central region|S], to be ‘[Inadequate|R]’.
N| The inspection team was on site in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bucklebury|S] has been expected to manage with too few staff for too long, and the consequences for public safety are plain to see.
W| “In over half the files we examined, nobody had asked the police about recent call-outs to the home.”

W| Mr Jones continued: “Probation officers said they no longer bothered to raise concerns, as nothing ever happened.”

S| Despite these pressures, inspectors praised the unit’s work with women, delivered from a community centre in Thatcham with support from local charities.
W| Arrangements with [Thames Valley Police|A] for managing people convicted of sexual offences were not working as they should.

R| There are seven recommendations: the unit is to act on five, and the [Probation Service|A] nationally on two.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 20 February 2025|D].
N| 2. [Bucklebury PDU|S] supervises around 1,100 people across West Berkshire.
"""),
    # 5. a unit inside its region on justiceinspectorates: the region in the headline; "has been judged ‘...’" with no
    #    "rated"; "Published: 9 Aug 2023"; fieldwork "in March 2023"
    ("tingewick-pdu-2023", facts([
        svc("Tingewick Probation Delivery Unit", "Tingewick PDU", "PDU", RI)], "2023-08-09", "2023-03", 6),
     """N| News

N| [South Central region|S]: work to protect the public must improve in Tingewick

N| Published: [9 Aug 2023|D]

N| [Tingewick Probation Delivery Unit|S] has been judged ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| The unit, which serves north Buckinghamshire, is one of 12 in the [Probation Service – South Central region|S].
N| Inspectors were in Tingewick in [March 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The leaders of [Tingewick PDU|S] have a clear grasp of where the unit is falling short and a sensible plan for putting it right.
W| “But the quality of day-to-day supervision is too variable, and people who may be a risk to children are not always identified at the start.”

S| Inspectors were impressed with the unit’s approach to unpaid work, with placements that let people learn skills such as bricklaying and horticulture.
W| Worryingly, practitioners had received little training on safeguarding since the unification of probation services.
W| Caseloads were high, with some officers supervising more than 60 people.

R| There are six recommendations in the report.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; "Tuesday 8th November 2011"; fieldwork "in July 2011"
    ("wytham-and-fyfield-probation-trust-2011", facts([
        svc("Wytham and Fyfield Probation Trust", "Wytham and Fyfield Probation Trust", "other", None)],
        "2011-11-08", "2011-07", 7),
     """N| [Wytham and Fyfield Probation Trust|S] – inspection findings published

N| [Tuesday 8th November 2011|D]

W| [Wytham and Fyfield Probation Trust|S] has made a good start in most areas, but public protection is not yet strong enough, [HM Inspectorate of Probation|A] reports today.
N| The inspection of offender management took place in [July 2011|D].

S| Work to lower the chance of reoffending earned the Trust a score of 77%, and work to ensure that the sentence was served scored 84%.
W| The score for protecting the public from harm, at 65%, was under the average for the Trusts inspected to date.

N| Inspectors were pleased to find that:
S| • most offenders had their first appointment within five working days;
S| • prolific offenders were managed effectively alongside [Thames Valley Police|A];
S| • staff were enthusiastic and well supported by their managers.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were often incomplete or out of date;
W| • contact with children’s services was not made in some cases where it was needed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust has committed staff who know their offenders well.
R| “Managers must now make sure that the assessment of risk of harm receives the same attention.”

R| We have made seven recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "has been assessed as ‘...’ overall"; unpaid work
    #    "rated separately, received ‘...’"; fieldwork "between 26 and 30 November 2018"
    ("ardington-and-shrivenham-crc-2019", facts([
        svc("Ardington and Shrivenham Community Rehabilitation Company", "Ardington and Shrivenham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-13", "2018-11", 5),
     """N| Embargoed: 00.01 [Wednesday 13 March 2019|D]

N| Probation company in Oxfordshire needs to improve, report finds

N| [Ardington and Shrivenham Community Rehabilitation Company|S] (CRC), run by [Purple Futures|A], is assessed as ‘[Requires improvement|R]’ overall in a report from [Her Majesty’s Inspectorate of Probation|A].
S| Its unpaid work, which is rated separately, received ‘[Good|R]’.
N| Inspectors carried out their fieldwork between [26 and 30 November 2018|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Reporting by telephone had become the norm for many of this CRC’s cases, and some had not seen their officer in person for months.
S| “That said, the CRC’s unpaid work is well organised, and people told us the placements had given them skills and self-respect.”

W| Inspectors found that plans were not reviewed after important events, such as a new arrest or a change of address.
W| Dealings with the [National Probation Service|A] were tense, with cases sometimes transferred without a full handover.

R| Inspectors set out five recommendations: four for the CRC and its owner, [Purple Futures|A], and one for [HM Prison and Probation Service|A].

N| A spokesperson for [Interserve|A], which leads [Purple Futures|A], said: “The report is fair, and work on its recommendations started the week the inspectors left.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by" the
    #    probation inspectorate with Ofsted, CQC and HMIC; "Posted: 21/07/2016"; "in April 2016"; ten recommendations
    ("everleigh-yot-2016", facts([
        svc("Everleigh Youth Offending Team", "Everleigh YOT", "YJS", None)], "2016-07-21", "2016-04", 10),
     """N| Inspection of youth offending work in Everleigh

N| Posted: [21/07/2016|D]

N| Findings are out from a joint inspection of [Everleigh Youth Offending Team|S] (YOT); [HM Inspectorate of Probation|A] led it, working with [Ofsted|A], [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A].
N| The inspection took place in [April 2016|D].

N| Among the positives, inspectors found that:
S| • staff in the YOT were knowledgeable and cared about the children they worked with;
S| • children who had dropped out of school were quickly found a place in education or training.

N| However, inspectors were concerned that:
W| • the management board did not challenge partners over their contribution to the YOT’s work;
W| • risk management plans were often too brief to be of use.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The staff at [Everleigh|S] are clearly dedicated, and that gives the service a base to build on.
R| “The board now needs to give the YOT the direction and support it requires.”

R| Ten recommendations were made, the majority for the board.

N| [Wiltshire Council|A]’s cabinet member for children, [Jane Milton|X], said: “We are pleased the report recognises the dedication of our staff, and the board has agreed an action plan.”
"""),
    # 9. a Youth Offending Service in 2019: "has been given an overall rating of ‘...’" (YOS/YOT switching); the report
    #    "available ... on 22 May 2019 at 00.01" in the notes; fieldwork "in January 2019"; four recommendations
    ("padbury-yos-2019", facts([
        svc("Padbury Youth Offending Service", "Padbury YOS", "YJS", RI)], "2019-05-22", "2019-01", 4),
     """N| [Padbury youth offending service|S] told to improve

N| [Padbury Youth Offending Service|S] (YOS) must improve, [HM Inspectorate of Probation|A] has said, rating it ‘[Requires improvement|R]’ overall.
N| Inspectors visited the service in [January 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Padbury are lucky to have case managers who care so much about them.
W| “However, the service’s leaders had not watched the quality of work closely enough, and the board was not told when things went wrong.”

S| The report praises the YOT’s work with victims, who could choose how children put things right.
W| Inspectors found that too few children had their health needs assessed, and speech and language therapy was hard to obtain.
W| In only 9 of the 20 cases inspected was enough done to keep the child safe.

R| The YOS is to act on three of the four recommendations, with the fourth going to [Buckinghamshire Council|A]’s children’s services.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [22 May 2019|D].
N| 2. [Padbury YOS|S] covers the north of Buckinghamshire, working with children aged 10 to 17.
"""),
    # 10. an NPS division in 2019: "receives an overall regional rating of ‘...’"; "Tuesday 3 December 2019" date line;
    #     fieldwork "in July and August 2019"; six recommendations
    ("ashendon-and-dinton-nps-division-2019", facts([
        svc("National Probation Service – Ashendon and Dinton Division", "NPS Ashendon and Dinton", "region", GOOD)],
        "2019-12-03", "2019-07", 6),
     """N| National Probation Service division earns ‘[Good|R]’ rating

N| [Tuesday 3 December 2019|D]

N| [National Probation Service – Ashendon and Dinton Division|S] has today been handed an overall regional rating of ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the division’s offices in [July and August 2019|D] and examined more than 200 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This division has strong leaders, and its staff are confident and well trained.
S| “Pre-sentence reports were consistently strong, and magistrates told us they relied on them.”

S| Inspectors found that the great majority of assessments took proper account of the risk to others.
W| Nonetheless, the quality of victim work varied, and some victims were not contacted before the offender was released from prison.
W| Too few people convicted of domestic abuse began an accredited programme during their sentence.

R| Six recommendations follow, aimed at the division itself, [HMPPS|A] and the [Ministry of Justice|A].

N| [Probation Service|A] regional leaders said the division would publish an improvement plan in the new year.
"""),
    # 11. a YJS in 2022 with resettlement rated separately: "Inspectors rated X ‘...’ overall"; "Published 26 April 2022";
    #     fieldwork "in January 2022"; three recommendations
    ("brimpton-yjs-2022", facts([
        svc("Brimpton Youth Justice Service", "Brimpton YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2022-04-26", "2022-01", 3),
     """N| Press release

N| [Brimpton youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [26 April 2022|D]

N| Inspectors rated [Brimpton Youth Justice Service|S] ‘[Good|R]’ overall.
S| Its resettlement policy and provision, which carry a separate rating, reached ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brimpton|S] gives children leaving custody a real chance of a fresh start, with a home, a school place and a trusted adult in place before the day of release.
S| “Staff work closely with [West Berkshire Council|A]’s housing team, and this pays off.”

S| Inspectors were impressed by efforts to divert children away from formal court proceedings.
W| However, risk plans were not always good enough, and what staff should do if things went wrong was often left vague.

R| The report makes three recommendations.
"""),
    # 12. a YJS in 2021, the overall rating with the previous one beside it ("judged to be ‘...’, an improvement on the
    #     ‘...’ it received in 2019"); "published today (Thursday 14 October)" with no year; fieldwork "carried out
    #     remotely in July 2021"
    ("yattendon-yjs-2021", facts([
        svc("Yattendon Youth Justice Service", "Yattendon YJS", "YJS", RI)], "2021-10-14", "2021-07", 7),
     """N| [Yattendon youth justice service|S] makes progress, inspectors say

N| In a report published today ([Thursday 14 October|D]), [Yattendon Youth Justice Service|S] is judged to be ‘[Requires improvement|R]’, better than the ‘[Inadequate|R]’ given to it in [2019|D].
N| Covid rules meant the fieldwork, in [July 2021|D], was done online.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Yattendon|S] has moved on since we last inspected it, but there is still some way to go.
S| “The new leadership team has brought stability, and staff said that at last they felt heard.
W| “Even so, work to keep children safe from exploitation is not yet good enough.”

S| Inspectors praised the service’s education worker, who had got several children back into full-time education.
W| In contrast, the board had been slow to make sure that children’s health needs were met.

R| The report makes seven recommendations, including that [Yattendon YJS|S] reviews how it shares information with [Thames Valley Police|A].
"""),
    # 13. a YJS in 2024 "given the lowest possible rating", down from the 2019 rating; fieldwork "10 - 14 June 2024";
    #     the publication day in the notes ("on 12 September 2024"); nine recommendations
    ("baydon-yjs-2024", facts([
        svc("Baydon Youth Justice Service", "Baydon YJS", "YJS", INAD)], "2024-09-12", "2024-06", 9),
     """N| Serious concerns about [Baydon youth justice service|S]

N| [Baydon Youth Justice Service|S] has fallen to ‘[Inadequate|R]’, the lowest grade on the scale used by [HM Inspectorate of Probation|A].
N| When it was last inspected, in [2019|D], it was rated ‘[Good|R]’.
N| The inspection took place on [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that has lost its way since our last inspection.
W| “Children who were being exploited by criminal gangs were not always recognised as victims, and some had no safety plan at all.”

W| Mr Jones continued: “The management board met regularly, but it did not ask hard questions and little changed as a result.”

S| Inspectors did find case workers tenacious, often calling at children’s homes when they failed to turn up.
W| Disappointingly, only a third of children had been offered the support with their emotional health that they needed.

R| Nine recommendations are made: seven go to the service and its board, one to the [Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board|A] and one for [Wiltshire Police|A].

N| ENDS

N| Notes to editors
N| 1. Publication date of the report: [12 September 2024|D].
N| 2. [Baydon YJS|S] covers the east of Wiltshire.
"""),
    # 14. a YJS in 2023 with an embargo line, out-of-court disposals rated separately: "The inspectorate’s overall verdict
    #     on X is ‘...’"; fieldwork "in February 2023"; six recommendations
    ("oakley-yjs-2023", facts([
        svc("Oakley Youth Justice Service", "Oakley YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2023-06-02", "2023-02", 6),
     """N| Embargoed until 00.01 [Friday 2 June 2023|D]

N| Inspectors call for sharper focus on safety at [Oakley youth justice service|S]

N| The inspectorate’s overall verdict on [Oakley Youth Justice Service|S] is ‘[Requires improvement|R]’.
S| Out-of-court disposals, which are rated separately, were ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] carried out the inspection in [February 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Oakley|S]’s diversion work is a credit to the service, and most children who received an out-of-court disposal did not offend again.
W| “For children on court orders, though, we found that risks were too often underestimated.”

W| Inspectors found that the service’s own quality checks had not picked up these gaps.
S| Children described their workers as approachable, and said they never gave up.

R| The report makes six recommendations.

N| [Buckinghamshire Council|A] said it accepted the findings and would report progress to its children’s scrutiny committee.
"""),
    # 15. a 2025 public-protection PDU inspection: "Skip to content", an empty "Published:" line, "Context" / "Findings"
    #     bullets, no rating; fieldwork "in June 2025"; publication in the notes; five recommendations
    ("ickford-pdu-2025", facts([
        svc("Ickford Probation Delivery Unit", "Ickford PDU", "PDU", None)], "2025-11-18", "2025-06", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Ickford Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has reported on how well [Ickford Probation Delivery Unit|S] protects the public.
N| Public protection inspections are not rated.

N| Context
N| • [Ickford PDU|S] supervises about 900 people and belongs to the [Probation Service – South Central region|S].
N| • Inspectors visited the unit in [June 2025|D].

N| Findings
S| • Managers had a sound understanding of the people who posed the highest risk, and reviewed those cases every month.
W| • A quarter of relevant cases had no check with children’s social care.
W| • Practitioners seldom visited people at home, even when domestic abuse was suspected.
S| • [MAPPA|A] cases were well coordinated with [Thames Valley Police|A].

R| Five recommendations are made; [HMPPS|A] is asked to act on one, and the unit on the rest.

N| Notes to editors
N| 1. Report publication: [18 November 2025|D].
"""),
    # 16. a YJS on a council page in 2021: "Posted on 19/01/2021" (day/month/year); "found it to be ‘...’"; fieldwork
    #     "carried out remotely in October 2020"; four recommendations
    ("edlesborough-yjs-2021", facts([
        svc("Edlesborough Youth Justice Service", "Edlesborough YJS", "YJS", GOOD)], "2021-01-19", "2020-10", 4),
     """N| Good news for [Edlesborough youth justice service|S]

N| Posted on [19/01/2021|D]

N| [HM Inspectorate of Probation|A] has inspected [Edlesborough Youth Justice Service|S] and found it to be ‘[Good|R]’.
N| With pandemic rules in force, the fieldwork in [October 2020|D] was done by video.

S| Inspectors found that [Edlesborough|S] had kept in close contact with children throughout lockdown, using video calls and doorstep visits.
S| The service’s partnership with local schools was a particular strength.
W| However, inspectors felt that work to understand the diversity needs of children required further development.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Edlesborough|S] deserves credit for how they adapted to such a difficult year.”

R| There are four recommendations in the report.

N| [Buckinghamshire Council|A]’s director of children’s services said: “We would like to thank the inspectors and all our partners.”
"""),
    # 17. a YJS in 2024 with the top rating: "has been awarded the highest possible rating, ‘...’"; "Thursday, 5th December
    #     2024"; fieldwork "between 2 and 6 September 2024"; two recommendations
    ("ashampstead-yjs-2024", facts([
        svc("Ashampstead Youth Justice Service", "Ashampstead YJS", "YJS", OUT)], "2024-12-05", "2024-09", 2),
     """N| [Ashampstead youth justice service|S] ‘[Outstanding|R]’, says inspectorate

N| [Thursday, 5th December 2024|D]

N| ‘[Outstanding|R]’, the top grade available from [HM Inspectorate of Probation|A], goes to [Ashampstead Youth Justice Service|S].
N| The inspection team spent the week of [2 to 6 September 2024|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everything we saw at Ashampstead was built around the child.
S| “Leaders know their service inside out, and the board challenges partners when they fall short.”

S| Inspectors found that children’s views shaped their plans, and that every child had access to a nurse and a speech and language therapist.
S| Work to support victims was thoughtful and well timed.
W| The one area for improvement was the recording of decisions when a child moved between teams.

R| The report makes two recommendations.
"""),
    # 18. a YJS in a local-news story in 2022, the watchdog's findings in the third person beside the council's reply: "the
    #     watchdog gave it ‘...’"; "published on Wednesday (9 November)" under a byline of Friday 11 November 2022
    ("sutton-courtenay-yjs-2022", facts([
        svc("Sutton Courtenay Youth Justice Service", "Sutton Courtenay YJS", "YJS", RI)], "2022-11-09", "2022-06", 6),
     """N| Youth justice service told to improve after inspection

N| By [Tom Hadley|X]

N| [Friday 11 November 2022|D]

N| [Sutton Courtenay Youth Justice Service|S] needs to do better, according to the probation watchdog, which gave it ‘[Requires improvement|R]’ in a report published on Wednesday ([9 November|D]).
N| Inspectors visited in [June 2022|D].

W| The watchdog found that [Sutton Courtenay|S] had too few staff to cope with a sharp rise in referrals, and that some children had waited weeks to be allocated a worker.
S| It did, though, praise the service’s work with the police to divert children from prosecution.
W| Inspectors said the management board had not made sure that partners, including health, played their full part.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “The council and its partners must now give this service the resources it needs.”

R| The report makes six recommendations.

N| A spokesperson for [Oxfordshire County Council|A] said: “We recognise the findings and have already recruited three new case managers.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 112th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
