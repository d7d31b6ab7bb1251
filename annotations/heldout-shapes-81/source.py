"""Builds the eighty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Somerset PDUs on a GOV.UK page, the region named first: "X and Z were both assessed as ‘...’; Y fell to
    #    ‘...’"; fieldwork "between 3 and 14 March 2025"; nine recommendations, "three for each unit"
    ("wembdon-puriton-and-stogursey-pdus-2025", facts([
        svc("Wembdon Probation Delivery Unit", "Wembdon PDU", "PDU", RI),
        svc("Puriton Probation Delivery Unit", "Puriton PDU", "PDU", INAD),
        svc("Stogursey Probation Delivery Unit", "Stogursey PDU", "PDU", RI)], "2025-07-15", "2025-03", 9),
     """N| Press release

N| Inspection of three probation units in west Somerset

N| Three South West probation units inspected: reports out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 July 2025|D]

N| Today [HM Inspectorate of Probation|A] publishes reports on three units in the [Probation Service – South West region|S]: [Wembdon Probation Delivery Unit|S], [Puriton Probation Delivery Unit|S] and [Stogursey Probation Delivery Unit|S].
N| [Wembdon|S] and [Stogursey|S] were both assessed as ‘[Requires improvement|R]’; [Puriton|S] fell to ‘[Inadequate|R]’.
N| The three units were inspected between [3 and 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Puriton|S]’s practitioners were each supervising well over 60 people, and sentence plans were often little more than a list of appointments.
S| “[Wembdon|S] and [Stogursey|S] have held on to experienced officers, and it shows in the care they take with reports for the courts.”

S| Inspectors commended [Stogursey PDU|S]’s links with drug and alcohol services, which meant most people started treatment within a fortnight of sentence.
W| Across all three units, home visits were rare even for perpetrators of domestic abuse, and checks with [Avon and Somerset Constabulary|A] were not always made.

R| Nine recommendations have been made, three for each unit.

N| ENDS
"""),
    # 2. two Cornish youth services in a local-news story under a Friday byline: the reports "released on Wednesday
    #    (14 May)"; "Newlyn was given ‘Good’, and Mousehole ‘...’", in the other order from the one first named;
    #    eight recommendations, "five for Mousehole and three for Newlyn"
    ("mousehole-and-newlyn-yjs-2025", facts([
        svc("Mousehole Youth Justice Service", "Mousehole YJS", "YJS", RI),
        svc("Newlyn Youth Justice Service", "Newlyn YJS", "YJS", GOOD)], "2025-05-14", "2025-01", 8),
     """N| Mixed verdict for youth justice teams in west Cornwall

N| By [Tamsin Pascoe|X]

N| [Friday 16 May 2025|D]

N| Inspectors’ reports on [Mousehole Youth Justice Service|S] and [Newlyn Youth Justice Service|S] were released on Wednesday ([14 May|D]), four months after both were visited in [January 2025|D].
N| [Newlyn|S] was given ‘[Good|R]’, and [Mousehole|S] ‘[Requires improvement|R]’.

S| The inspectorate said [Newlyn|S]’s workers took time to get to know families and kept children engaged with school.
W| In [Mousehole YJS|S], it found that plans to keep children safe from exploitation were often drawn up late and seldom revisited.
W| Staff turnover had also hit the service hard, with three managers in as many years.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Newlyn|S]’s team should be proud of what they achieve for children.
R| “[Mousehole|S] now needs a settled leadership team and a sharper focus on the risks children face outside the home.”

R| There are eight recommendations altogether, five for [Mousehole|S] and three for [Newlyn|S].

N| A spokesperson for [Cornwall Council|A] said work on an action plan had already started.
"""),
    # 3. two Cornish PDUs on a justiceinspectorates news page, the region named in the first sentence: "Each unit has
    #    been given the lowest possible rating"; "Published: 3 Oct 2024"; fieldwork "10 - 14 June 2024"; ten
    #    recommendations, "five for each PDU"
    ("pensilva-and-gunnislake-pdus-2024", facts([
        svc("Pensilva Probation Delivery Unit", "Pensilva PDU", "PDU", INAD),
        svc("Gunnislake Probation Delivery Unit", "Gunnislake PDU", "PDU", INAD)], "2024-10-03", "2024-06", 10),
     """N| News

N| Two probation units in east Cornwall found to be failing

N| Published: [3 Oct 2024|D]

N| Inspectors have reported on [Pensilva Probation Delivery Unit|S] and [Gunnislake Probation Delivery Unit|S], and both sit in the [Probation Service – South West region|S].
N| Both have been put in the bottom rating band, ‘[Inadequate|R]’.
N| Inspectors were on site from [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small units cover a large, rural patch here, and neither had enough qualified staff to do the job.
W| “Too often, nobody had asked whether children living in the home could be harmed.
R| “The region must give both units urgent support.”

W| In [Gunnislake PDU|S], inspectors judged the assessment of risk of harm sufficient in only 11 of 32 cases.
S| [Pensilva|S]’s unpaid work team earned praise for arranging placements close to where people lived, despite poor public transport.
W| Neither unit had a reliable way of knowing whether people had turned up for accredited programmes.

R| The inspectorate makes ten recommendations, five for each PDU.
"""),
    # 4. a unit inside its region, the region in the headline ("South West probation region: ...") and as context with
    #    its own earlier rating; "found to be ‘...’"; fieldwork "took place in February 2024"; "available on the ...
    #    website on 20 June 2024 at 00.01" in the notes
    ("delabole-pdu-2024", facts([
        svc("Delabole Probation Delivery Unit", "Delabole PDU", "PDU", RI)], "2024-06-20", "2024-02", 6),
     """N| [South West probation region|S]: inspectors call for improvement in Delabole

N| Inspectors have concluded that [Delabole Probation Delivery Unit|S], which is managed by the [Probation Service – South West region|S], ‘[Requires improvement|R]’.
N| In [2023|D] the region itself was assessed as ‘[Requires improvement|R]’.
N| The unit was inspected in [February 2024|D].

S| Inspectors were impressed with the unit’s senior probation officers, who knew their teams well and checked their work closely.
S| Positively, those under supervision said their officers listened to them and helped them find work.
W| However, work to manage the risk of serious harm was sufficient in only 14 of the 31 cases inspected.
W| Checks with [Devon and Cornwall Police|A] on domestic abuse call-outs were made inconsistently, and some information arrived weeks late.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Delabole|S] are committed and resourceful, but they are stretched too thinly to keep on top of the risks in every case.
R| “The region must make sure the unit has the staff it needs.”

R| We have made six recommendations, four to [Delabole PDU|S] and two to the [Probation Service|A] in the South West.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [20 June 2024|D] at 00.01.
N| 2. [Delabole PDU|S] is among the probation delivery units that make up the [South West region|S].
"""),
    # 5. a unit inside its region beside a sibling PDU's rating and its own previous rating: "Inspectors judged X ...
    #    to ‘...’, up from ‘...’ in a report published in March 2022"; "Neighbouring Lympstone PDU ... ‘...’"; GOV.UK
    ("starcross-pdu-2024", facts([
        svc("Starcross Probation Delivery Unit", "Starcross PDU", "PDU", RI)], "2024-11-26", "2024-07", 5),
     """N| Press release

N| Probation unit in south Devon has improved, inspectors say

N| From: [HM Inspectorate of Probation|A]

N| Published [26 November 2024|D]

N| [Starcross Probation Delivery Unit|S], in the [South West probation region|S], was judged by inspectors to be ‘[Requires improvement|R]’, an improvement on the ‘[Inadequate|R]’ given in its [March 2022|D] report.
N| Neighbouring [Lympstone PDU|S], inspected earlier this year, was rated ‘[Inadequate|R]’.
N| Inspectors visited in [July 2024|D].

S| [Starcross|S] has filled most of its vacant posts, and caseloads are now at a level staff described as manageable.
S| Managers had introduced regular case audits, and the quality of assessments had risen as a result.
W| Planning to protect known victims, though, was still not good enough, and in several cases no contact had been made with the victim liaison unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Starcross|S] has come on a great deal since our previous inspection, yet people on probation are still not always getting the help they need with housing.
N| “I look forward to seeing further progress.”

R| The report sets out five recommendations.
"""),
    # 6. a Probation Trust in 2011, no rating (before the scale): "Thursday, 17th November 2011" and "published today";
    #    scores in per cent; "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"
    ("harbertonford-and-dittisham-probation-trust-2011", facts([
        svc("Harbertonford and Dittisham Probation Trust", "Harbertonford and Dittisham Probation Trust", "other",
            None)], "2011-11-17", "2011-06", 5),
     """N| Offender management in Harbertonford and Dittisham – inspection findings

N| [Thursday, 17th November 2011|D]

S| [Harbertonford and Dittisham Probation Trust|S] is doing a sound job of protecting the public, in the judgement of inspectors from [HM Inspectorate of Probation|A].
N| The inspection, in [June 2011|D], looked at 90 cases supervised by the Trust.
S| Its scores were 74% on lowering the likelihood of reoffending and 71% on protecting the public from harm, both higher than the average across trusts inspected to date.

N| Inspectors were pleased to find that:
S| • pre-sentence reports were thorough and delivered on time;
S| • offender managers had built constructive relationships with those on their caseloads;
S| • work with [Devon and Cornwall Police|A] under [MAPPA|A] was well organised.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were not always revisited when circumstances changed;
W| • the needs of victims were not consistently considered in sentence plans.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Its managers and staff understand the area and the people they supervise.
R| “It now needs to make its reviews of risk as reliable as its first assessments.”

R| The report makes five recommendations for improvement.
"""),
    # 7. a CRC in 2018 "owned by Working Links": "given the lowest possible rating"; "Published: 25 Oct 2018"; fieldwork
    #    "in May and June 2018"; the NPS as a partner; eight recommendations, some for the Ministry of Justice
    ("carbis-bay-and-lelant-crc-2018", facts([
        svc("Carbis Bay and Lelant Community Rehabilitation Company", "Carbis Bay and Lelant CRC", "CRC", INAD)],
        "2018-10-25", "2018-05", 8),
     """N| Probation company in Cornwall falls short, inspectors find

N| Published: [25 Oct 2018|D]

N| [Carbis Bay and Lelant Community Rehabilitation Company|S], owned by [Working Links|A], has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A], the worst of the four possible outcomes.
N| Inspectors carried out fieldwork in [May and June 2018|D].

W| Many of the CRC’s staff were handling caseloads of more than 80, and some cases were supervised only by telephone.
W| Inspectors were disappointed that, in over half the cases they examined, work to keep people safe from harm was poor.
S| On a more positive note, the Through the Gate team’s work with people leaving prison was well organised.
W| Handovers of cases to and from the [National Probation Service|A] sometimes lacked the right information, and liaison was variable.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Carbis Bay and Lelant CRC|S] is not delivering the service the public are entitled to expect.
R| “The owners and the [Ministry of Justice|A] must act quickly.”

R| Of the eight recommendations, six are for the CRC and its owners, and two for the [Ministry of Justice|A] and [HM Prison and Probation Service|A].

N| [Working Links|A] said it was disappointed by the findings.
"""),
    # 8. an NPS division in 2019: "has been judged to be ‘...’ overall"; "Published: 24 Jan 2019"; the short "NPS Blagdon
    #    and Winscombe"; fieldwork "in September 2018"
    ("blagdon-and-winscombe-nps-division-2019", facts([
        svc("National Probation Service – Blagdon and Winscombe Division", "NPS Blagdon and Winscombe", "region",
            GOOD)], "2019-01-24", "2018-09", 6),
     """N| ‘[Good|R]’ for probation division in north Somerset

N| Published: [24 Jan 2019|D]

N| The [National Probation Service – Blagdon and Winscombe Division|S] has been judged to be ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [September 2018|D].
N| Around 2,800 people are under its supervision, most of them assessed as high risk.

S| Leaders had a clear vision and staff felt supported by their managers.
S| Its advice to sentencers was thorough, and nearly every report reached the court on time.
W| Yet the division struggled to get people onto accredited programmes, and waiting lists for some courses ran to six months.
W| Work to assess the risks posed to children was not always thorough enough.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Blagdon and Winscombe|S] is a well-run division, and its staff can take credit for it.
R| “It should now concentrate on getting people into the programmes their sentences require.”

R| Inspectors have made six recommendations.
"""),
    # 9. a 2016 joint inspection of a youth offending team written out, no rating: "Pendeen Youth Offending Team (YOT)";
    #    Ofsted, CQC and HMIC; "Thursday 26 May 2016"; fieldwork "between 7 and 11 March 2016"; bullet lists
    ("pendeen-yot-2016", facts([
        svc("Pendeen Youth Offending Team", "Pendeen YOT", "YJS", None)], "2016-05-26", "2016-03", 9),
     """N| Joint inspection of youth offending work in Pendeen

N| [Thursday 26 May 2016|D]

N| [Pendeen Youth Offending Team|S] (YOT) has been inspected by four inspectorates, led by [HM Inspectorate of Probation|A].
N| Three other inspectorates took part: [Ofsted|A], then [HM Inspectorate of Constabulary|A] and, for health, the [Care Quality Commission|A].
N| Inspectors visited between [7 and 11 March 2016|D].

N| Inspectors were pleased to find that:
S| • case managers knew the children well and saw them often;
S| • the YOT and local schools worked together so that children stayed in education;
S| • victims were invited to take part in restorative justice, and many did.

N| However, inspectors were concerned to find that:
W| • plans to manage children’s risk of harm to others were too often missing or out of date;
W| • the management board had only a hazy idea of how the YOT was performing.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Pendeen|S] does much good work, and its staff are clearly committed to the children they work with.
R| “The board must now take firm charge of how well the YOT protects the public.”

R| The report makes nine recommendations, seven for [Pendeen YOT|S] and two for [Cornwall Council|A].
"""),
    # 10. a YJS "Good" overall with resettlement rated separately at ‘Requires improvement’ and the previous ‘Inadequate’;
    #     "will be published on ... 13 February 2024 at 00.01" in the notes; fieldwork "in October 2023"
    ("ipplepen-yjs-2024", facts([
        svc("Ipplepen Youth Justice Service", "Ipplepen YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2024-02-13", "2023-10", 4),
     """N| From ‘[Inadequate|R]’ to ‘[Good|R]’: Devon youth service turns a corner

N| [Ipplepen Youth Justice Service|S] has received an overall rating of ‘[Good|R]’, two steps higher than the ‘[Inadequate|R]’ awarded at its [2021|D] inspection.
W| Its resettlement work, which inspectors rated separately, was judged ‘[Requires improvement|R]’.
N| Inspectors visited the service in [October 2023|D].

S| Since a new head of service arrived, the team had become stable, and case managers said they felt valued and well supervised.
S| Children were helped to understand the impact of their offending on victims, and many had taken part in restorative meetings.
W| Children coming out of custody, however, did not always have suitable accommodation arranged in good time.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ipplepen|S]’s turnaround is remarkable, and the whole partnership deserves credit.
R| “Leaders should now give resettlement the same attention.”

R| Four recommendations are set out for the service and its board.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01 hours, [Tuesday 13 February 2024|D].
"""),
    # 11. a Devon council page: "Posted on 22/06/2023"; "awarded the top rating of ‘Outstanding’"; fieldwork "The
    #     inspection, which took place in February 2023"; three recommendations; the council's thanks
    ("stoke-gabriel-yjs-2023", facts([
        svc("Stoke Gabriel Youth Justice Service", "Stoke Gabriel YJS", "YJS", OUT)], "2023-06-22", "2023-02", 3),
     """N| Top rating for youth justice team in south Devon

N| Posted on [22/06/2023|D]

N| [Devon County Council|A] is delighted that [Stoke Gabriel Youth Justice Service|S] has been awarded the top rating of ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A].
N| The inspection, which took place in [February 2023|D], looked at the service’s work with children and its partnerships.

S| According to inspectors, children’s voices shaped everything the service did.
S| They praised joint work with [Devon and Cornwall Police|A] that kept many children out of the courts.
S| Every case inspected showed high-quality assessment and planning.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stoke Gabriel YJS|S] is an excellent service, led with real ambition.”

R| The inspectors made three recommendations, which the service has already started to address.

N| Councillor [Rachel Trewin|X] said: “Staff and partners alike deserve our thanks.”
"""),
    # 12. an embargo line for the date: "Embargoed until 00.01, Thursday 9 October 2025"; "Inspectors have given X the
    #     lowest possible rating"; fieldwork "during May 2025"; seven recommendations
    ("stithians-yjs-2025", facts([
        svc("Stithians Youth Justice Service", "Stithians YJS", "YJS", INAD)], "2025-10-09", "2025-05", 7),
     """N| Embargoed until 00.01, [Thursday 9 October 2025|D]

N| Cornish youth justice service rated ‘[Inadequate|R]’

N| [Stithians Youth Justice Service|S] has been rated ‘[Inadequate|R]’, the lowest grade inspectors can give.
N| The inspection was carried out during [May 2025|D].

W| Inspectors found that the service’s management board rarely challenged poor performance and did not know how many children were waiting to be seen.
W| Just 8 of the 22 cases examined showed sufficient work to keep the child safe.
W| Worryingly, some children at risk of criminal exploitation had not been referred to [Cornwall Council|A]’s children’s social care.
S| Case managers were caring and determined, and children spoke well of them.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “A partnership that paid too little attention to what was happening on the ground has let down children in Stithians.
R| “Rapid improvement is essential.”

R| The report makes seven recommendations.
"""),
    # 13. a Youth Offending Service (YOS) in 2019: "assessed as ‘...’"; "Tuesday 17 September 2019"; fieldwork "in April
    #     2019"; YOS / youth offending service switching; six recommendations
    ("chacewater-yos-2019", facts([
        svc("Chacewater Youth Offending Service", "Chacewater YOS", "YJS", RI)], "2019-09-17", "2019-04", 6),
     """N| [Chacewater Youth Offending Service|S] inspection report

N| [Tuesday 17 September 2019|D]

N| [HM Inspectorate of Probation|A] has assessed [Chacewater Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| Inspectors visited the service in [April 2019|D].

S| The YOS had strong links with local schools, and most children were in full-time education.
W| But case managers did not always consider how a child’s behaviour might affect others, particularly brothers and sisters.
W| Out-of-court disposals were not well managed, and some children waited weeks before any work began.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chacewater|S] has dedicated staff, but too much depends on individual effort rather than clear direction.
R| “I want to see the management board scrutinising the quality of casework far more closely.”

R| There are six recommendations in the report.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content", "Context" and "Findings" bullets
    #     with the region; "Published: 27 Nov 2025"; fieldwork "carried out in July 2025"; four recommendations
    ("kilkhampton-pdu-2025", facts([
        svc("Kilkhampton Probation Delivery Unit", "Kilkhampton PDU", "PDU", None)], "2025-11-27", "2025-07", 4),
     """N| Skip to content

N| Public protection inspection of a north Cornwall probation unit

N| Published: [27 Nov 2025|D]

N| [HM Inspectorate of Probation|A] has examined how [Kilkhampton Probation Delivery Unit|S] keeps the public safe.
N| Public protection inspections are not rated.
N| Fieldwork was carried out in [July 2025|D].

N| Context
N| • [Kilkhampton PDU|S] covers north Cornwall and belongs to the [Probation Service – South West region|S].
N| • It manages about 550 people on probation.

N| Findings
S| • Practitioners were trusted by the people on their caseloads and knew their circumstances well.
W| • Where someone had a history of domestic abuse, home visits happened less often than the risk demanded.
W| • Information from [Devon and Cornwall Police|A] was not always requested at the start of a sentence.
S| • Managers had a good understanding of the unit’s highest-risk cases.

R| The report makes four recommendations.
"""),
    # 15. a 2022 justiceinspectorates news item: "Published: 31 Aug 2022"; a headline with no verb; "Inspectors found X to
    #     be ‘...’"; fieldwork "in April 2022"; the council's reply
    ("curry-rivel-yjs-2022", facts([
        svc("Curry Rivel Youth Justice Service", "Curry Rivel YJS", "YJS", RI)], "2022-08-31", "2022-04", 6),
     """N| News

N| Youth justice in Curry Rivel: inspection report

N| Published: [31 Aug 2022|D]

N| Inspectors found [Curry Rivel Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| The fieldwork took place in [April 2022|D].

S| The service had a clear understanding of the children it worked with, and its staff were knowledgeable and caring.
W| However, health support for children was patchy, with long waits for [CAMHS|A] appointments.
W| Some plans lacked detail on how the child’s risk to others would be managed.
S| Work with victims was a particular strength.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Curry Rivel|S] has the foundations in place, but its work to keep others safe is not yet good enough.
R| “The board should make sure children can get the health support they need without delay.”

R| The report makes six recommendations.

N| [Somerset County Council|A] said it accepted the findings.
"""),
    # 16. "published today (Thursday, 7 December)" (year from the fieldwork); "Inspectors have rated X ‘...’"; out-of-court
    #     disposals "rated separately" ‘Outstanding’; fieldwork "two weeks with the service in July 2023"; five recommendations
    ("evercreech-yjs-2023", facts([
        svc("Evercreech Youth Justice Service", "Evercreech YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2023-12-07", "2023-07", 5),
     """N| Somerset youth justice service rated ‘[Good|R]’

N| Inspectors have rated [Evercreech Youth Justice Service|S] ‘[Good|R]’ in a report out today ([Thursday, 7 December|D]).
S| Out-of-court disposals were rated separately, and were judged ‘[Outstanding|R]’.
N| Inspectors’ fieldwork ran for a fortnight in [July 2023|D].

S| Children who received a community resolution were offered support that was tailored to their needs and delivered quickly.
S| The partnership with [Avon and Somerset Constabulary|A] was close, and decisions about diversion were made jointly.
W| In contrast, court work was less consistent, and reviews were not always completed when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Evercreech|S]’s approach to diversion is among the best we have seen.”

R| The report makes five recommendations.
"""),
    # 17. a 2022 PDU judged ‘Inadequate’, the notes giving the publication day; fieldwork "in October and November 2021";
    #     seven recommendations; "Mr Russell continued"
    ("ermington-pdu-2022", facts([
        svc("Ermington Probation Delivery Unit", "Ermington PDU", "PDU", INAD)], "2022-03-10", "2021-10", 7),
     """N| Devon probation unit judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Ermington Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| Inspectors carried out the fieldwork in [October and November 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ermington|S]’s staff have been working under intense pressure, with almost half of probation officer posts vacant.
W| “Too many people on probation were not seen often enough, and risk was not properly managed.”

W| Mr Russell continued: “Morale was low, and several staff told us they were thinking of leaving.”

S| On the positive side, the unit’s work with local accommodation providers had helped many people leaving prison.
W| Sentence plans were often copied forward unchanged, review after review.

R| Seven recommendations are made, among them that the [Probation Service|A] treats recruitment to vacant posts as a priority.

N| Notes to editors
N| 1. The report was published on [10 March 2022|D].
"""),
    # 18. a 2021 remote inspection: "Thursday, 4th November 2021" date line; "awarded ‘...’"; "carried out remotely in
    #     July 2021"; "bucking the trend"; four recommendations
    ("montacute-yjs-2021", facts([
        svc("Montacute Youth Justice Service", "Montacute YJS", "YJS", GOOD)], "2021-11-04", "2021-07", 4),
     """N| South Somerset youth justice service awarded ‘[Good|R]’

N| [Thursday, 4th November 2021|D]

N| [Montacute Youth Justice Service|S] has been awarded ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| COVID-19 restrictions meant that the fieldwork, in [July 2021|D], was done remotely.

S| Bucking the trend, the service had continued to see most children in person throughout the lockdowns.
S| Inspectors praised the tenacious work of case managers, who went to great lengths to keep children engaged.
W| Still, some assessments did not look closely enough at the risks children faced from adults exploiting them.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Montacute|S] has come through the pandemic with its standards intact.”

R| Of the four recommendations, one is for [Somerset County Council|A] and the rest for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
