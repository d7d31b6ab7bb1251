"""Builds the 147th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Bodmin Moor PDUs on a GOV.UK page, the region named before the units: "X and Y were each placed at
    #    ‘...’, while Z fared worst of the three, with ‘...’"; "Inspectors visited the units during January 2024";
    #    nine recommendations "three per unit"; the regional director's reply
    ("altarnun-st-breward-and-warleggan-pdus-2024", facts([
        svc("Altarnun Probation Delivery Unit", "Altarnun PDU", "PDU", RI),
        svc("St Breward Probation Delivery Unit", "St Breward PDU", "PDU", INAD),
        svc("Warleggan Probation Delivery Unit", "Warleggan PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Inspection of three probation units on Bodmin Moor

N| Reports on three probation delivery units in Cornwall are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] has today released its findings on three units belonging to the [Probation Service – South West region|S]: [Altarnun Probation Delivery Unit|S], [St Breward Probation Delivery Unit|S] and [Warleggan Probation Delivery Unit|S].
N| [Altarnun|S] and [Warleggan|S] were each placed at ‘[Requires improvement|R]’, while [St Breward|S] fared worst of the three, with ‘[Inadequate|R]’.
N| Inspectors visited the units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across the moor, people on probation can live an hour or more from their officer, and in St Breward nobody had worked out how to make supervision work at that distance.
W| “A quarter of the unit’s cases had no up-to-date assessment of the harm the person might cause.
S| “[Altarnun|S] and [Warleggan|S], for their part, have steady teams who know the local police officers by name.”

S| [Warleggan PDU|S]’s unpaid work team was commended for finding placements that people could actually reach by bus.
W| None of the three units was routinely visiting homes where children might be at risk.

R| Nine recommendations are set out across the three reports, three per unit.

N| Responding, [Helen Trewin|X], Regional Probation Director for the South West, said: “[St Breward|S] is getting more officers this month, and we will act on every recommendation.”
"""),
    # 2. two youth justice services on the Lizard in a local-news story: the report "released on Tuesday (6 February)"
    #    under a byline of Friday 9 February 2024; "Cadgwith has been told it ‘...’, whereas Coverack earned ‘...’", the
    #    other order from the one first named; "eight ... five for Cadgwith and three for Coverack"
    ("coverack-and-cadgwith-yjs-2024", facts([
        svc("Coverack Youth Justice Service", "Coverack YJS", "YJS", GOOD),
        svc("Cadgwith Youth Justice Service", "Cadgwith YJS", "YJS", RI)], "2024-02-06", "2023-10", 8),
     """N| Mixed verdict for youth justice on the Lizard

N| By [Jenna Pascoe|X]

N| [Friday 9 February 2024|D]

N| Inspectors looked at [Coverack Youth Justice Service|S] and [Cadgwith Youth Justice Service|S] in [October 2023|D], and their reports were released on Tuesday ([6 February|D]).
N| [Cadgwith|S] has been told it ‘[Requires improvement|R]’, whereas [Coverack|S] earned ‘[Good|R]’.

S| According to the inspectorate, [Coverack|S]’s case managers kept in touch with children over the summer holidays, when trouble was most likely.
S| Inspectors also praised [Coverack|S] for the way it worked with the local secondary school.
W| At [Cadgwith YJS|S], by contrast, plans to keep children safe from exploitation were often thin and rarely reviewed.
W| Staff there told inspectors that they had gone months without proper supervision from a manager.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cadgwith|S] now has to bring its safety planning up to the standard its neighbour already reaches.”

R| Eight recommendations are made altogether, five for [Cadgwith|S] and three for [Coverack|S].

N| A spokesperson for [Cornwall Council|A] said the council was “proud of the staff who work with these children and determined to keep improving”.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "inspectors have judged X to
    #    ‘Require improvement’"; the region's own earlier rating as context; fieldwork "carried out in July 2024";
    #    "Publication of the report: 3 December 2024, 00.01" in the notes
    ("kingsand-pdu-2024", facts([
        svc("Kingsand Probation Delivery Unit", "Kingsand PDU", "PDU", RI)], "2024-12-03", "2024-07", 6),
     """N| [South West probation region|S]: [Kingsand unit|S] told to do better

N| Within the [Probation Service – South West region|S], inspectors have judged [Kingsand Probation Delivery Unit|S] to ‘[Require improvement|R]’.
N| The region itself was last inspected in [2023|D], when it was given ‘[Requires improvement|R]’ as well.
N| The inspection was carried out in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kingsand|S]’s practitioners work hard for the people they supervise, and it shows in how those people speak about them.
W| “But too many risk assessments had been copied forward from one review to the next without anyone asking what had changed.”

S| Inspectors found that women on probation were offered a dedicated space and a female officer wherever they wanted one.
W| Children’s social care had not been contacted in a third of the cases that called for it.
W| Practitioners had limited access to drug and alcohol treatment for the people they supervised, and waiting times were long.

R| There are six recommendations: four for [Kingsand PDU|S], and two for the regional leadership.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: [3 December 2024|D], 00.01.
N| 2. [Kingsand PDU|S] belongs to the [South West region|S], which covers Cornwall, Devon, Somerset and Dorset.
"""),
    # 4. a unit inside its region, the region in the first sentence: "has given X the lowest possible rating, ‘...’";
    #    "Published: 11 Mar 2025"; fieldwork "between 14 and 25 October 2024"; seven recommendations
    ("lamerton-pdu-2025", facts([
        svc("Lamerton Probation Delivery Unit", "Lamerton PDU", "PDU", INAD)], "2025-03-11", "2024-10", 7),
     """N| News

N| [Lamerton probation unit|S] in serious difficulty

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has given [Lamerton Probation Delivery Unit|S], one of the west Devon units of the [Probation Service – South West region|S], the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors were on site between [14 and 25 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lamerton|S] was running on goodwill alone.
W| “Managers were covering caseloads themselves, so nobody was checking the quality of the work, and it showed.”

W| Mr Jones continued: “In more than half of the cases involving domestic abuse, the police had not been asked what they knew.”

S| Despite the pressures, inspectors noted that [Lamerton|S]’s staff treated the people they supervised with patience and respect.
W| Links with [Devon and Cornwall Police|A] had weakened since the unit lost its police liaison officer.
W| The unit owed the community some 9,000 hours of unpaid work that had not been started.

R| The unit must act on five of the seven recommendations, and the region’s leadership on two.

N| ENDS
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores; "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Wednesday, 6th March 2013" above "published today"; fieldwork
    #    "in November 2012"; eight recommendations
    ("polbathic-and-st-germans-probation-trust-2013", facts([
        svc("Polbathic and St Germans Probation Trust", "Polbathic and St Germans Probation Trust", "other", None)],
        "2013-03-06", "2012-11", 8),
     """N| Report on probation work in Polbathic and St Germans published

N| [Wednesday, 6th March 2013|D]

N| [Her Majesty’s Inspectorate of Probation|A] today published its report on the work of [Polbathic and St Germans Probation Trust|S].
N| The inspection looked at 52 cases and took place in [November 2012|D].

S| Its scores were 78% for work to reduce reoffending and 83% for making sure sentences were carried out.
W| On protecting the public its score was lower, at 64%.

N| Inspectors were pleased to find that:
S| • initial assessments were completed on time in almost every case;
S| • offender managers built honest, steady relationships with the people they supervised.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were sometimes vague about who would do what;
W| • home visits had not been made in several cases where children lived with the offender.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Much of this Trust’s work is sound, and its staff clearly care about getting it right.
R| “Managers must now make sure that risk of harm to children is given the same attention as everything else.”

R| There are eight recommendations in the report.
"""),
    # 6. a CRC in 2019 run by a named provider, with an embargo line: "X (CRC), owned by Working Links, ‘...’ overall,
    #    according to inspectors" (no verb);
    #    unpaid work "rated separately ... was judged ‘...’"; "in November and December 2018"; the provider's reply
    ("antony-and-millbrook-crc-2019", facts([
        svc("Antony and Millbrook Community Rehabilitation Company", "Antony and Millbrook CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-21", "2018-11", 5),
     """N| EMBARGOED: 00:01 [Thursday 21 March 2019|D]

N| Rame peninsula probation company ‘must tighten up’

N| [Antony and Millbrook Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], ‘[Requires improvement|R]’ overall, according to inspectors from [HM Inspectorate of Probation|A].
S| The CRC’s unpaid work was rated separately and was judged ‘[Good|R]’.
N| Inspectors visited the CRC in [November and December 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Telephone calls have taken the place of proper supervision in this CRC, and some people had gone months without a meeting in person.
S| “Unpaid work is a different story: placements are well organised and people finish their hours.”

W| Inspectors were disappointed to find that the CRC’s staff were not always told by the [National Probation Service|A] when risk had increased.
S| Encouragingly, the through-the-gate team at [HMP Channings Wood|S] found housing for nearly everyone it worked with before their release.

R| The report contains five recommendations; [Antony and Millbrook CRC|S] and its owner must act on three, [HM Prison and Probation Service|A] on the remaining two.

N| In a statement, [Working Links|A] said it accepted the findings and had introduced a new way of supervising people.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by HMI
    #    Probation; "Posted: 15/09/2016" (day/month/year); fieldwork "in the week of 13 June 2016"; six recommendations
    ("kelly-bray-yot-2016", facts([
        svc("Kelly Bray Youth Offending Team", "Kelly Bray YOT", "YJS", None)], "2016-09-15", "2016-06", 6),
     """N| Inspection of youth offending work in Kelly Bray

N| Posted: [15/09/2016|D]

N| Inspectors have reported on [Kelly Bray Youth Offending Team|S] (YOT) after a joint inspection under the lead of [HM Inspectorate of Probation|A].
N| [Ofsted|A] and the [Care Quality Commission|A] took part as well, alongside [HM Inspectorate of Constabulary|A], and fieldwork was in the week of [13 June 2016|D].

N| Inspectors were pleased to find that:
S| • most children met their case manager within days of sentence and came to trust them;
S| • thanks to the YOT’s links with schools, most children stayed in full-time education;

N| However, inspectors were concerned that:
W| • public protection work was sometimes poorly planned;
W| • the management board did not challenge the [Kelly Bray YOT|S] enough about the quality of its work.

R| Six recommendations are made, most of them for the YOT management board.

N| Councillor [Sally Hocking|X], [Cornwall Council|A] portfolio holder for children, said: “We welcome the report’s recognition of our staff and have agreed an action plan with our partners.”
"""),
    # 8. an NPS division in 2019: "Inspectors have given X an overall rating of ‘...’"; court work "was given its own
    #    rating: ‘...’";
    #    "Fieldwork took place in August 2019"; notes "published on ... on 26 November 2019"
    ("cardinham-and-bolventor-nps-division-2019", facts([
        svc("National Probation Service – Cardinham and Bolventor Division",
            "NPS Cardinham and Bolventor", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-11-26", "2019-08", 5),
     """N| NPS division in Cornwall judged ‘[Good|R]’

N| Inspectors have given the [National Probation Service – Cardinham and Bolventor Division|S] an overall rating of ‘[Good|R]’.
S| Court work was given its own rating: ‘[Outstanding|R]’.
N| Fieldwork took place in [August 2019|D].

S| Pre-sentence reports were thorough, and magistrates told inspectors they trusted them.
S| Leaders were visible, and staff said they felt listened to.
W| However, victim contact varied in quality, and a few victims were never told that the person who harmed them had left prison.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Cardinham and Bolventor|S] is a well-run division with a strong court team.
R| “Its managers should now give victim liaison the attention it deserves.”

R| Our report sets five recommendations, aimed at the division and at [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [26 November 2019|D].
"""),
    # 9. a GOV.UK page: "X has earned ‘...’ from HM Inspectorate of Probation"; resettlement "given a separate
    #     rating, reached ‘...’"; fieldwork
    #    "took place in May 2022"; four recommendations
    ("manaccan-yjs-2022", facts([
        svc("Manaccan Youth Justice Service", "Manaccan YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-08-16", "2022-05", 4),
     """N| Press release

N| Youth justice on the Lizard earns ‘[Good|R]’ rating

N| The inspectorate’s report on [Manaccan Youth Justice Service|S] is out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 August 2022|D]

N| [Manaccan Youth Justice Service|S] has earned ‘[Good|R]’ from [HM Inspectorate of Probation|A].
S| Resettlement, which was given a separate rating, reached ‘[Outstanding|R]’.
N| The inspection took place in [May 2022|D].

S| When children came out of custody, housing, education and a familiar worker were ready for them.
S| The service had built a strong relationship with [CAMHS|A], so children were seen within weeks rather than months.
W| However, plans for children diverted from court were seldom updated when their lives changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Manaccan|S] can be rightly proud of the care they show these children.”

R| The inspectorate has made four recommendations, one of which is for [Cornwall Council|A].
"""),
    # 10. a Youth Offending Service in 2021, inspected remotely: "inspectors assessed X as ‘...’, up from the ‘...’ it
    #     was given in 2018"; "carried out remotely in November 2020"; notes "at 00.01 on 2 February 2021";
    #     "Mr Russell continued"
    ("porthallow-yos-2021", facts([
        svc("Porthallow Youth Offending Service", "Porthallow YOS", "YJS", RI)], "2021-02-02", "2020-11", 7),
     """N| [Porthallow youth offending service|S] improves, but more to do

N| Following an inspection carried out remotely in [November 2020|D], inspectors assessed [Porthallow Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’, up from the ‘[Inadequate|R]’ it was given in [2018|D].

S| The service had responded well to the last inspection, replacing its management board chair and rewriting its policies.
S| Through the pandemic, case managers stayed in touch with children, often meeting them for walks outdoors.
W| Nevertheless, assessments of risk to others were still not good enough in almost half the cases inspected.
W| Children’s health needs were not consistently identified, and access to a nurse had stopped during lockdown.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Porthallow|S] has made real progress since [2018|D], but it has further to go before children are properly protected.”
R| Mr Russell continued: “The board must make sure that risk assessments improve quickly.”

R| The report makes seven recommendations, most of them for [Porthallow YOS|S] and its board.

N| ENDS

N| Notes to editors
N| 1. The report is due on the [HM Inspectorate of Probation|A] website at 00.01 on [2 February 2021|D].
"""),
    # 11. a local-news story: "X is ‘...’, the top mark inspectors can give"; a byline date and "published today";
    #     fieldwork "in February 2023"; no recommendation count (null)
    ("gulworthy-yjs-2023", facts([
        svc("Gulworthy Youth Justice Service", "Gulworthy YJS", "YJS", OUT)], "2023-06-08", "2023-02", None),
     """N| Top marks for [Gulworthy youth justice team|S]

N| By [Tom Rowe|X]

N| [Thursday 8 June 2023|D]

N| [Gulworthy Youth Justice Service|S] is ‘[Outstanding|R]’, the top mark inspectors can give, according to a report published today.
N| Inspectors from [HM Inspectorate of Probation|A] spent time with the service in [February 2023|D].

S| They said every child had a plan written with them, not for them.
S| The service’s partnership with [Devon and Cornwall Police|A] had cut the number of children arrested for the first time.
S| Children and parents told inspectors that staff never gave up on them.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gulworthy|S] stands out, and its leaders are not complacent.”

N| The full report sets out how the service can build on its success.

N| [Devon County Council|A]’s cabinet member for children said: “This is wonderful news for our young people and our staff.”
"""),
    # 12. a council page with a dd/mm date: "inspectors concluded X is ‘...’"; fieldwork "during July 2024"; ten
    #     recommendations in digits; the director's reply
    ("brentor-yjs-2024", facts([
        svc("Brentor Youth Justice Service", "Brentor YJS", "YJS", INAD)], "2024-11-19", "2024-07", 10),
     """N| Statement: inspection of [Brentor Youth Justice Service|S]

N| Date published: [19/11/2024|D]

N| After their visit during [July 2024|D], inspectors concluded that [Brentor Youth Justice Service|S] is ‘[Inadequate|R]’.

W| The report found that leaders did not have an accurate picture of how well children were being supported.
W| Inspectors said too many children at risk of exploitation had no plan to keep them safe.
S| They did find that case managers knew their children well and were persistent in trying to engage them.
W| The partnership board met every quarter, yet children saw no difference from what it decided.

R| There are 10 recommendations for the service, the board and partners including [Devon County Council|A] and [NHS Devon|A].

N| [Mark Yeo|X], Director of Children’s Services, said: “We apologise to the children and families affected, and work on every recommendation has begun.”
"""),
    # 13. a justiceinspectorates item with a weekday date line: "inspectors place X at ‘...’, lower than the ‘...’ it
    #     received in 2021"; out-of-court disposals "rated separately ... ‘...’"; fieldwork "10 - 14 November 2024"
    ("lydford-yjs-2025", facts([
        svc("Lydford Youth Justice Service", "Lydford YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2025-03-13", "2024-11", 6),
     """N| News

N| [Thursday 13 March 2025|D]

N| [Lydford youth justice service|S] slips back

N| Inspectors place [Lydford Youth Justice Service|S] at ‘[Requires improvement|R]’, lower than the ‘[Good|R]’ it received in [2021|D].
S| Out-of-court disposals were rated separately and reached ‘[Good|R]’.
N| Fieldwork took place on [10 - 14 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lydford|S] has lost some of the grip it had three years ago.
W| “Several experienced case managers have left, and those who replaced them have not had the training they need.”

S| Inspectors praised the diversion panel, which made sure children received the right help without going to court.
W| Work with children sentenced by the court was less effective, and plans rarely addressed the harm the child might cause.

R| Six recommendations follow, among them an urgent review of staffing by the management board.
"""),
    # 14. "found X to be ‘...’"; "Mr Russell continued"; remote fieldwork "in January 2021"; date "Tuesday, 4th May 2021"
    ("goonhilly-yjs-2021", facts([
        svc("Goonhilly Youth Justice Service", "Goonhilly YJS", "YJS", GOOD)], "2021-05-04", "2021-01", 4),
     """N| [Goonhilly youth justice service|S] receives ‘[Good|R]’ rating

N| [Tuesday, 4th May 2021|D]

N| [HM Inspectorate of Probation|A] has found [Goonhilly Youth Justice Service|S] to be ‘[Good|R]’ following a remote inspection in [January 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “All through the pandemic, staff at [Goonhilly|S] kept seeing the children who needed them most.
S| “The partnership with local schools is a particular strength.”
W| Mr Russell continued: “The service’s work to manage risk to others was more variable, and some plans lacked detail.”

S| Inspectors found that children’s voices were heard in every plan they examined.
W| Only a handful of children had had their communication needs checked.

R| Four recommendations are made in the report.
"""),
    # 15. "Requires Improvement" with a capital I; a year-less "published today (Tuesday 23 April)" taking the year of the
    #     fieldwork (January 2019); six recommendations
    ("mawnan-smith-yjs-2019", facts([
        svc("Mawnan Smith Youth Justice Service", "Mawnan Smith YJS", "YJS", RI)], "2019-04-23", "2019-01", 6),
     """N| Inspectors call for improvement at [Mawnan Smith Youth Justice Service|S]

N| [Mawnan Smith Youth Justice Service|S] is rated ‘[Requires Improvement|R]’ in a report published today ([Tuesday 23 April|D]).
N| Inspectors examined the service in [January 2019|D].

S| Staff were committed and knew the children well.
W| While the service offered a wide range of interventions, children were not always matched to the right one.
W| Inspectors were concerned that the board did not know enough about the service’s performance.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “There is good will here, but leadership has not given staff the direction they need.”

R| Six recommendations are made to the service and its board.
"""),
    # 16. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets; fieldwork "in April 2025"; notes give the day
    ("st-mellion-pdu-2025", facts([
        svc("St Mellion Probation Delivery Unit", "St Mellion PDU", "PDU", None)], "2025-09-16", "2025-04", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [St Mellion Probation Delivery Unit|S]

N| Context
N| • [St Mellion PDU|S] is part of the [Probation Service – South West region|S].
N| • Inspectors looked at how the unit managed people who pose a risk of serious harm, in [April 2025|D].
N| • Inspections in this programme do not give a rating.

N| Findings
S| • Most practitioners understood the risks posed by the people they supervised.
W| • Police checks with [Devon and Cornwall Police|A] were often missing when a case was allocated.
W| • Planning for people released from prison was often left until the last few days.
S| • Managers had a clear picture of the unit’s highest-risk cases.

R| The report makes five recommendations to the unit and the region.

N| Notes to editors
N| 1. The report will be published on [16 September 2025|D].
"""),
    # 17. a PDU with "came close to being judged ‘Inadequate’"; a headline with no place and no rating; fieldwork "in
    #     May and June 2023" (the month it began); seven recommendations
    ("chilsworthy-pdu-2023", facts([
        svc("Chilsworthy Probation Delivery Unit", "Chilsworthy PDU", "PDU", RI)], "2023-09-26", "2023-05", 7),
     """N| Press release

N| A probation unit under strain, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [26 September 2023|D]

N| [Chilsworthy Probation Delivery Unit|S] has received an overall rating of ‘[Requires improvement|R]’.
W| It came close to being judged ‘[Inadequate|R]’.
N| Inspectors visited in [May and June 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Caseloads were high, morale was low and a third of probation officer posts were vacant.
S| “Even so, I was struck by how well staff supported each other.”

W| Work to keep children safe was insufficient in 14 of the 30 cases inspected.
S| Inspectors commended the unit’s work with women, which was delivered with [Women’s Centre Cornwall|A].

R| The report makes seven recommendations, five for the unit and two for [HM Prison and Probation Service|A].
"""),
    # 18. a GOV.UK page: "X has been rated ‘...’ overall"; resettlement "rated separately, was judged ‘...’"; fieldwork
    #     "in March 2024"; "Leaders now need to make sure ..." (a call to action)
    ("latchley-yjs-2024", facts([
        svc("Latchley Youth Justice Service", "Latchley YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-07-09", "2024-03", 4),
     """N| Press release

N| [Latchley youth justice service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2024|D]

N| [Latchley Youth Justice Service|S] has been rated ‘[Good|R]’ overall.
W| Its resettlement work, rated separately, was judged ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork in [March 2024|D].

S| Case managers spent time getting to know each child and their family.
S| Partnership with [Cornwall Council|A]’s children’s social care was strong.
W| However, children returning from custody did not always have suitable accommodation.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Latchley|S]’s staff have created a service that children trust.
R| “Leaders now need to make sure every child leaving custody has a safe place to live.”

R| Inspectors make four recommendations; one of them is for partners, the rest for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 147th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
