"""Builds the fifty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the North East region on a GOV.UK page, the region named before the units: "Inspectors found X
    #    and Y to be ‘...’, while Z was assessed as ‘...’"; "carried out back to back in February 2024"; nine
    #    recommendations "three to each unit"; the regional director's reply
    ("pelton-sacriston-and-fencehouses-pdus-2024", facts([
        svc("Pelton Probation Delivery Unit", "Pelton PDU", "PDU", RI),
        svc("Sacriston Probation Delivery Unit", "Sacriston PDU", "PDU", INAD),
        svc("Fencehouses Probation Delivery Unit", "Fencehouses PDU", "PDU", RI)], "2024-06-11", "2024-02", 9),
     """N| Press release

N| Inspection of three probation delivery units in County Durham and Sunderland

N| Inspectors report on three units in the North East.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes three reports on units within the [North East region of the Probation Service|S]: [Pelton Probation Delivery Unit|S], [Sacriston Probation Delivery Unit|S] and [Fencehouses Probation Delivery Unit|S].
N| Inspectors found [Pelton|S] and [Fencehouses|S] to be ‘[Requires improvement|R]’, while [Sacriston|S] was assessed as ‘[Inadequate|R]’.
N| The three inspections were carried out back to back in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “All three units are short of experienced probation officers, and the gap is widest in Sacriston, where almost half of the qualified posts were vacant.
W| “Time and again in the cases we read, nobody had checked with the police or with children’s social care before deciding how risky someone was.
S| “There is real strength to build on, though: staff in Pelton and Fencehouses spoke highly of their managers, and their work with [Durham Constabulary|A] and [Northumbria Police|A] on prolific offenders was well established.”

S| Inspectors also commended [Fencehouses PDU|S]’s approach to unpaid work, with placements available on weekday evenings for people in employment.
W| In [Sacriston PDU|S], sentence plans were often copied unchanged from one review to another.

R| The reports make nine recommendations, three to each unit.

N| [Helen Tait|X], Regional Probation Director for the North East, said: “We accept every recommendation and have already moved experienced staff into Sacriston.”
"""),
    # 2. two youth justice services in a local-news story: the reports "released on Tuesday (14 November)" under a byline
    #    of Thursday 16 November 2023; "Inspectors have given X a ‘...’ rating, while Y has been told it ‘...’"; eight
    #    recommendations "three for X and five for Y"; the council's reply
    ("eaglescliffe-and-linthorpe-yjs-2023", facts([
        svc("Eaglescliffe Youth Justice Service", "Eaglescliffe YJS", "YJS", GOOD),
        svc("Linthorpe Youth Justice Service", "Linthorpe YJS", "YJS", RI)], "2023-11-14", "2023-07", 8),
     """N| Teesside youth justice services get their inspection results

N| By [Laura Whitfield|X]

N| [Thursday 16 November 2023|D]

N| Inspectors have given [Eaglescliffe Youth Justice Service|S] a ‘[Good|R]’ rating, while [Linthorpe Youth Justice Service|S] was placed at ‘[Requires improvement|R]’.
N| The two reports, released on Tuesday ([14 November|D]), follow visits by [HM Inspectorate of Probation|A] in [July 2023|D].

S| The watchdog found that [Eaglescliffe|S]’s case managers got to know children and their families quickly and kept in close touch with schools.
S| Children there were offered sport, music and work experience through a partnership with local employers.
W| At [Linthorpe YJS|S], however, inspectors said the quality of planning was inconsistent and that work to keep other people safe was not always thorough enough.
W| Too few children, they added, had seen a health worker before their plans were drawn up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Eaglescliffe|S] has built a stable, confident team that puts children first.
R| “[Linthorpe|S] now needs to bring the same consistency to its planning, so that every child gets a plan that fits their needs.”

R| The reports make eight recommendations: three for [Eaglescliffe|S] and five for [Linthorpe|S].

N| A spokesperson for [Middlesbrough Council|A] said: “We are already acting on the inspectors’ findings.”
"""),
    # 3. two Gateshead PDUs sharing a management team in a justiceinspectorates news item, the region in the first
    #    sentence: "X was given the lowest possible rating, ‘...’, and Y one grade higher, ‘...’"; "Published: 3 Apr
    #    2025" and the notes' "at 00.01 on Thursday 3 April 2025"; fieldwork "between 18 and 29 November 2024"; "11
    #    recommendations between them"
    ("dunston-and-winlaton-pdus-2025", facts([
        svc("Dunston Probation Delivery Unit", "Dunston PDU", "PDU", INAD),
        svc("Winlaton and Rowlands Gill Probation Delivery Unit", "Winlaton and Rowlands Gill PDU", "PDU", RI)],
        "2025-04-03", "2024-11", 11),
     """N| News

N| Gateshead probation units: one ‘[Inadequate|R]’, one ‘[Requires improvement|R]’

N| Published: [3 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has inspected two units of the [Probation Service – North East region|S] that share a management team: [Dunston Probation Delivery Unit|S] and [Winlaton and Rowlands Gill Probation Delivery Unit|S].
N| [Dunston PDU|S] was given the lowest possible rating, ‘[Inadequate|R]’, and [Winlaton and Rowlands Gill PDU|S] one grade higher, ‘[Requires improvement|R]’.
N| Fieldwork took place between [18 and 29 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in Dunston were not being kept track of properly: in nearly a third of cases we looked at, appointments had been missed and nothing had been done about it.
W| “Staff sickness and a high turnover of managers had left the unit without a steady hand for much of the past year.”

S| Inspectors found that [Winlaton and Rowlands Gill PDU|S] had a settled, experienced workforce, and most assessments there were thorough.
W| However, in both units domestic abuse enquiries with [Northumbria Police|A] had not been made in around two in five relevant cases.
S| Both units had close links with [Gateshead Council|A]’s housing team, so that few people were released from prison without somewhere to live.

R| The two reports make 11 recommendations between them.

N| ENDS

N| Notes to editors
N| 1. The reports go online at 00.01 on [Thursday 3 April 2025|D].
"""),
    # 4. a unit inside its region, the region in the headline ("North West probation region: ...") and the first
    #    sentence: "In March 2025, ... inspected X"; "gives the unit the lowest of the four ratings: ‘...’"; the region's
    #    own 2023 rating as context; "Mr Jones continued"; the notes' "will be published at 00.01 on Thursday 10 July 2025"
    ("coniston-pdu-2025", facts([
        svc("Coniston Probation Delivery Unit", "Coniston PDU", "PDU", INAD)],
        "2025-07-10", "2025-03", 7),
     """N| [North West probation region|S]: inspectors rate south Cumbria unit ‘[Inadequate|R]’

N| In [March 2025|D], [HM Inspectorate of Probation|A] inspected [Coniston Probation Delivery Unit|S], one of the units of the [Probation Service – North West region|S].
N| Its report, published today, gives the unit the lowest of the four ratings: ‘[Inadequate|R]’.
N| The [North West region|S] was itself inspected in [2023|D], when it received ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit covering a large, rural area with a very small team, and it has been stretched past breaking point.
W| “Home visits had almost stopped, and some people judged to pose a high risk of serious harm were seen only once a month.”

W| Mr Jones continued: “Managers told us they spent most of their time covering for absent colleagues rather than checking the quality of work.”

S| Inspectors did find that the unit’s partnership with [Cumbria Constabulary|A] on integrated offender management worked well, with regular joint visits.
S| Staff at [Coniston|S] were committed to the people they supervised and knew their circumstances in detail.

R| Seven recommendations follow: five are addressed to the PDU, two to the [Probation Service|A] in the North West.

N| ENDS

N| Notes to editors
N| 1. The report will be published at 00.01 on [Thursday 10 July 2025|D].
"""),
    # 5. a unit inside its region, the region in the chief inspector's quote ("X stands out within the Probation Service
    #    – North East region"): "has been assessed to be ‘...’"; a GOV.UK page; "Fieldwork for this inspection took place
    #    in May 2024"; "Only 12 of the 30 cases"; six recommendations
    ("normanby-pdu-2024", facts([
        svc("Normanby Probation Delivery Unit", "Normanby PDU", "PDU", RI)], "2024-10-22", "2024-05", 6),
     """N| Press release

N| Probation unit in Redcar and Cleveland must improve, inspectors say

N| Inspectors publish their findings on [Normanby Probation Delivery Unit|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| [Normanby Probation Delivery Unit|S] has been assessed to be ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Normanby|S] stands out within the [Probation Service – North East region|S] for the way its leaders listen to staff, and morale was noticeably higher than in many units we visit.
W| “However, risk assessments varied too much in quality, and in almost half of the cases we inspected, children at risk were not properly protected.”

S| Inspectors praised the speed of the unit’s court work: most pre-sentence reports were prepared on the day of the hearing.
W| Only 12 of the 30 cases examined showed enough attention to the needs of victims.
W| Accredited programmes for people convicted of domestic abuse had long waiting lists, and some people had finished their orders without starting one.

R| Six recommendations are made: four to the PDU itself and two to the region.
"""),
    # 6. a Probation Trust in 2013, before ratings: percentages, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; the verdict in the first sentence; "Wednesday, 13th March
    #    2013" above "published today"; "The inspection, which took place in November 2012"; five recommendations
    ("penshaw-and-fatfield-probation-trust-2013", facts([
        svc("Penshaw and Fatfield Probation Trust", "Penshaw and Fatfield Probation Trust", "other", None)],
        "2013-03-13", "2012-11", 5),
     """N| Inspection of offender management in Penshaw and Fatfield

N| [Wednesday, 13th March 2013|D]

S| [Penshaw and Fatfield Probation Trust|S] is doing well in most areas of its work, according to a report from [Her Majesty’s Inspectorate of Probation|A] out today.
N| The inspection, which took place in [November 2012|D], looked at 70 cases supervised by the Trust.

S| Work to reduce the likelihood of reoffending was judged sufficient in 79% of cases.
W| Public protection work, however, was sufficient in only 64% of cases.

N| Inspectors were pleased to find that:
S| • nearly every offender was seen within five working days of being sentenced;
S| • the Trust worked closely with [Sunderland City Council|A] to find accommodation for offenders leaving prison;
S| • staff were well trained and felt supported by their managers.

N| However, inspectors were concerned to find that:
W| • too many assessments of risk of harm were not reviewed when circumstances changed;
W| • home visits were rarely used in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with a clear sense of purpose and staff who care about getting things right.
R| “Its managers should now make sure that public protection receives the same attention as the rest of the Trust’s work.”

R| Five recommendations are set out in the report.
"""),
    # 7. a CRC in 2019 run by a named provider: "Inspectors have found X (CRC), which is run by ..., to be ‘...’
    #    overall"; unpaid work "rated separately, was found to be ‘...’"; "Published: 24 Jul 2019" above the headline;
    #    fieldwork "between 25 February and 8 March 2019" (across two months); the provider's reply
    ("lynemouth-and-newbiggin-crc-2019", facts([
        svc("Lynemouth and Newbiggin Community Rehabilitation Company", "Lynemouth and Newbiggin CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-24", "2019-02", 8),
     """N| Published: [24 Jul 2019|D]

N| Northumberland probation company ‘[Requires improvement|R]’

N| Inspectors have found [Lynemouth and Newbiggin Community Rehabilitation Company|S] (CRC), which is run by [Sodexo Justice Services|A], to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated separately, was found to be ‘[Good|R]’.
N| The inspection took place between [25 February and 8 March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has a committed workforce, but too many of its staff are newly qualified and are managing cases they are not yet ready for.
W| “Through-the-gate services for people leaving prison were little more than signposting, and in most cases nobody had helped with housing before release.”

S| Inspectors found that unpaid work was well organised, with projects that benefited local communities and placements that started promptly.
S| The CRC’s work with women, delivered with a local charity, was of a high standard.
W| But information from the [National Probation Service|A] about the risks people posed was not always passed on, or acted upon when it was.

R| Eight recommendations are made: six for the CRC and its owner, [Sodexo Justice Services|A], and two for [HMPPS|A].

N| In a statement, [Sodexo Justice Services|A] said it was “pleased that inspectors had recognised the strength of our unpaid work”.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...
    #    with Ofsted and the Care Quality Commission"; "Inspectors found that:" / "Inspectors were concerned that:"
    #    bullets; "Posted: 08/11/2016" (day/month/year); "carried out in June 2016"; six recommendations
    ("haydon-bridge-yot-2016", facts([
        svc("Haydon Bridge Youth Offending Team", "Haydon Bridge YOT", "YJS", None)], "2016-11-08", "2016-06", 6),
     """N| Youth offending in Haydon Bridge: joint inspection findings

N| Posted: [08/11/2016|D]

N| A joint inspection of [Haydon Bridge Youth Offending Team|S] (YOT), led by [HM Inspectorate of Probation|A] with [Ofsted|A] and the [Care Quality Commission|A], has now reported.
N| The inspection was carried out in [June 2016|D].

N| Inspectors found that:
S| • the YOT management board was well attended and challenged partners when they fell short;
S| • links with local colleges meant that most children were in education or training;
S| • work to prevent children from reoffending was of a good standard in most cases.

N| Inspectors were concerned that:
W| • plans to manage the risk children posed to others were often incomplete;
W| • children’s health needs, including their emotional and mental health, were not always assessed;
W| • the YOT did not always share information promptly with [Northumbria Police|A].

S| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The YOT has strong leadership and a clear focus on keeping children out of trouble.
R| “It now needs to sharpen the way it assesses and plans for risk.”

R| The inspectors made six recommendations, for [Haydon Bridge YOT|S] and its partners in [Northumberland County Council|A].

N| [Northumberland County Council|A] said an action plan had been agreed.
"""),
    # 9. a Youth Offending Service in 2019, YOS and YOT switching: "has been judged ‘...’ overall"; the headline's
    #    lower-case "Grangetown youth offending service"; the date line "Friday 6 December 2019"; "Inspectors visited the
    #    service in September 2019"; four recommendations, one for a police force
    ("grangetown-yos-2019", facts([
        svc("Grangetown Youth Offending Service", "Grangetown YOS", "YJS", GOOD)], "2019-12-06", "2019-09", 4),
     """N| ‘[Good|R]’ rating for [Grangetown youth offending service|S]

N| [Friday 6 December 2019|D]

N| [Grangetown Youth Offending Service|S] (YOS) has been judged ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
N| Inspectors visited the service in [September 2019|D].

S| The report describes a well-run service whose management board, led by the council’s director for children, knew its strengths and weaknesses well.
S| Case managers at [Grangetown YOT|S] built trusting relationships, and children said they felt listened to.
S| Out-of-court work was a particular strength, with most children diverted from the formal system receiving help that lasted beyond the end of their programme.
W| However, inspectors found that planning for children’s safety and wellbeing was not always reviewed when things changed.
W| Some children waited too long for an appointment with [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Grangetown|S] knows each of its children well and does not give up on them.
N| “I hope this report helps the service go from strength to strength.”

R| Four recommendations are made, three for the service and one for [Cleveland Police|A].
"""),
    # 10. an embargo line for the date ("Embargoed: 00.01 Tuesday 18 April 2023"); "rated ‘...’ ..., a fall from the
    #     ‘Good’ it achieved in 2019"; resettlement "which inspectors rate separately, was found to be ‘...’";
    #     "Inspectors were in Teesville for a week in January 2023"; seven recommendations, one for the Youth Justice Board
    ("teesville-yjs-2023", facts([
        svc("Teesville Youth Justice Service", "Teesville YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2023-04-18", "2023-01", 7),
     """N| Embargoed: 00.01 [Tuesday 18 April 2023|D]

N| Inspectors find decline at [Teesville youth justice service|S]

N| [HM Inspectorate of Probation|A] has rated [Teesville Youth Justice Service|S] ‘[Requires improvement|R]’, a fall from the ‘[Good|R]’ it achieved in [2019|D].
W| Resettlement work, which inspectors rate separately, was found to be ‘[Inadequate|R]’.
N| Inspectors were in Teesville for a week in [January 2023|D].

W| Inspectors found that the service had lost several experienced case managers since the last inspection and that new staff had not been given enough training.
W| Children leaving custody were too often released without a confirmed address, and one child inspectors read about had spent his first night out of custody in a hotel.
S| Despite these pressures, work with children who had harmed others was careful and well supervised, and victims were kept well informed.
S| Thanks to the partnership with [Redcar and Cleveland Borough Council|A]’s education team, most children returned to school within weeks.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Teesville|S] has slipped since we last visited, and its leaders were slow to notice.
R| “Rapid improvement in resettlement is essential, so that no child leaves custody without knowing where they will sleep.”

R| Seven recommendations are made, including one for the [Youth Justice Board|A] on placements for children leaving custody.
"""),
    # 11. a GOV.UK page: "has been given the highest possible rating, ‘...’, by ..."; resettlement "inspected and rated in
    #     its own right, was judged ‘...’"; "Inspectors carried out their fieldwork in October 2023"; two recommendations
    ("warkworth-yjs-2024", facts([
        svc("Warkworth Youth Justice Service", "Warkworth YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-02-27", "2023-10", 2),
     """N| Press release

N| Youth justice service in north Northumberland rated ‘[Outstanding|R]’

N| Report on the inspection of [Warkworth Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| [Warkworth Youth Justice Service|S] has been given the highest possible rating, ‘[Outstanding|R]’, by [HM Inspectorate of Probation|A].
S| Resettlement, inspected and rated in its own right, was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [October 2023|D].

S| Inspectors found a service that was ambitious for children, with leaders who knew every case on the books.
S| Children spoke warmly about their case managers, and nearly all had been helped into education, training or work.
S| Because of joint work with [Northumbria Police|A], children picked up for minor offences were given support quickly rather than being charged.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Warkworth|S] has set the bar for other services to aim at.
S| “Its staff deserve great credit for what they have done, often with very limited resources.”

R| The report makes two recommendations, both aimed at improving how the service prepares children for release from custody.
"""),
    # 12. a council page: "Posted on 24/09/2024"; "has today published its report on X, which inspectors found to be ‘...’";
    #     fieldwork "from 10 - 14 June 2024"; "In only 7 of the 24 cases"; ten recommendations to four recipients; the
    #     director's apology
    ("westoe-yjs-2024", facts([
        svc("Westoe Youth Justice Service", "Westoe YJS", "YJS", INAD)], "2024-09-24", "2024-06", 10),
     """N| Statement: inspection of [Westoe Youth Justice Service|S]

N| Posted on [24/09/2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have found [Westoe Youth Justice Service|S] to be ‘[Inadequate|R]’, in a report published today.
N| The inspection fieldwork took place from [10 - 14 June 2024|D].

W| The report found that the service did not understand the risks faced by many of the children it worked with, including the risk of criminal exploitation.
W| Inspectors said that management oversight was weak and that the management board had not held partners to account.
W| A sufficient plan to keep the child safe was in place in only 7 of 24 cases.
S| Inspectors recognised that case managers were caring and that children valued the time they spent with them.

R| The report makes ten recommendations, to the service, its management board, [South Tyneside Council|A] and [Northumbria Police|A].

N| [Mark Redhead|X], Corporate Director of Children’s Services at [South Tyneside Council|A], said: “We accept the findings in full and recognise that some children have been let down.
N| “An improvement plan has been agreed, and progress will be reported to councillors every month.”
"""),
    # 13. a justiceinspectorates news item: "Published: 5 Sep 2023"; "has rated X as ‘...’"; the headline's lower-case
    #     "Lemington youth justice service"; "A lack of professional curiosity"; "I want to see ..."; six recommendations
    ("lemington-yjs-2023", facts([
        svc("Lemington Youth Justice Service", "Lemington YJS", "YJS", RI)], "2023-09-05", "2023-04", 6),
     """N| News

N| [Lemington youth justice service|S] ‘must do more to keep children safe’

N| Published: [5 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Lemington Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out in [April 2023|D].

S| Work with victims impressed inspectors: it was sensitive and well organised.
S| Children’s views were sought routinely and had shaped changes to how appointments were arranged.
W| However, assessments did not consider the risk of harm to others in enough depth, and contingency plans were often missing.
W| A lack of professional curiosity meant that warning signs of exploitation were sometimes missed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Lemington|S] clearly care about the children they work with, but good intentions are not enough when children are at risk.
R| “I want to see the management board paying far more attention to the quality of everyday practice.”

R| The report makes six recommendations, including one for [Newcastle City Council|A]’s children’s social care.

N| [Newcastle City Council|A] said it accepted the recommendations in full.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; "Inspectors were on site in September 2025"; four
    #     recommendations
    ("distington-pdu-2025", facts([
        svc("Distington Probation Delivery Unit", "Distington PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection in west Cumbria: inspection of a probation delivery unit

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published a public protection inspection of [Distington Probation Delivery Unit|S].
N| This type of inspection does not result in a rating.
N| Inspectors were on site in [September 2025|D].

N| Context
N| • [Distington PDU|S] covers the west coast of Cumbria and belongs to [Probation Service – North West region|S].
N| • It supervises around 550 people in the community and on licence.

N| Findings
S| • Most practitioners understood well the risks presented by those on their caseloads.
W| • Home visits were not carried out in many cases where they were needed to check on the safety of children.
W| • Information from [Cumbria Constabulary|A] about domestic abuse call-outs had been requested in only half of relevant cases.
S| • Approved premises and [MAPPA|A] arrangements were well used for the highest-risk cases.

R| The report makes four recommendations.
"""),
    # 15. a remote inspection in 2021: "has been assessed as ‘...’"; "carried out remotely in February 2021 because of
    #     coronavirus restrictions"; the date line "Thursday 20 May 2021"; the headline's "‘Good’ rating for Coxhoe";
    #     "I would like the partnership to ..."; five recommendations; the council's reply
    ("coxhoe-yjs-2021", facts([
        svc("Coxhoe Youth Justice Service", "Coxhoe YJS", "YJS", GOOD)], "2021-05-20", "2021-02", 5),
     """N| Youth justice inspection: ‘[Good|R]’ rating for [Coxhoe|S]

N| [Thursday 20 May 2021|D]

N| [HM Inspectorate of Probation|A] has assessed [Coxhoe Youth Justice Service|S] as ‘[Good|R]’.
N| The inspection was carried out remotely in [February 2021|D] because of coronavirus restrictions.

S| Throughout the pandemic, the service had stayed in touch with children, switching quickly to video calls and doorstep visits, inspectors found.
S| Diversion was a particular strength: a well-established panel, which included [Durham Constabulary|A], steered children away from prosecution.
W| Work with children in custody was less strong, and plans for their release were not always in place early enough.
W| Some children had waited several months for speech and language assessments.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In the most difficult of years, [Coxhoe|S] kept its focus firmly on the children.
R| “I would like the partnership to pay the same attention to children leaving custody.”

R| The report makes five recommendations.

N| [Durham County Council|A] welcomed the rating.
"""),
    # 16. a 2020 release: "Inspectors have judged X to be ‘...’"; "The inspection took place in February 2020, shortly
    #     before the national lockdown"; the notes' "available on the ... website from 00.01 on 15 September 2020"; no
    #     count of recommendations (null)
    ("hurworth-yjs-2020", facts([
        svc("Hurworth Youth Justice Service", "Hurworth YJS", "YJS", RI)], "2020-09-15", "2020-02", None),
     """N| Inspection report on youth justice in Hurworth published

N| Inspectors have judged [Hurworth Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| The inspection took place in [February 2020|D], shortly before the national lockdown.

S| Inspectors praised the service’s work with parents and carers, who were involved in planning from the start.
S| Help with education, training and employment was good, and the service had its own education worker.
W| However, inspectors found that the quality of assessment was mixed, and that the risks some children posed to others had been underestimated.
W| The management board received a great deal of data but rarely asked what it meant for children.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is much to admire in Hurworth, but the service is not yet getting the basics of risk assessment right.
N| “We will look closely at progress when we next visit.”

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website from 00.01 on [15 September 2020|D].
N| 2. [Hurworth Youth Justice Service|S] supervises children aged 10 to 17 across the Darlington area.
"""),
    # 17. an NPS division in 2019, the headline naming no service: "The X Division of the National Probation Service has
    #     been given an overall regional rating of ‘...’"; "Published: 2 Oct 2019"; "was inspected in May and June 2019";
    #     "Inspectors were disappointed to find"; "Of the report’s seven recommendations, five are for ..."
    ("staindrop-and-evenwood-nps-division-2019", facts([
        svc("Staindrop and Evenwood Division of the National Probation Service", "NPS Staindrop and Evenwood", "region",
            RI)], "2019-10-02", "2019-05", 7),
     """N| Inspectors publish findings on probation division in south Durham

N| Published: [2 Oct 2019|D]

N| [HM Inspectorate of Probation|A] has given the [Staindrop and Evenwood Division of the National Probation Service|S] an overall regional rating of ‘[Requires improvement|R]’.
N| The division, which works with about 4,000 people, was inspected in [May and June 2019|D].

S| The division’s leaders, inspectors found, had a clear vision and explained it well to staff.
S| Reports for courts were of good quality and were delivered promptly.
W| However, staffing shortfalls meant that some probation officers were managing more than 60 cases.
W| Inspectors were disappointed to find that work to keep other people safe was insufficient in almost half of the cases they examined.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Staindrop and Evenwood|S] has a committed workforce, but it is stretched too thin to manage risk well.
R| “The division must make risk management its first priority.”

R| Of the seven recommendations in the report, the division must act on five and [HMPPS|A] on two.
"""),
    # 18. a local-news story: "A youth justice service in County Durham has been rated ‘...’ in a report published on
    #     Tuesday (19 November)" under a byline of Wednesday 20 November 2024, the service named in the next sentence;
    #     "The watchdog, ..., inspected X in July 2024"; the headline's lower-case "Heighington youth justice team"; the
    #     councillor's reply
    ("heighington-yjs-2024", facts([
        svc("Heighington Youth Justice Service", "Heighington YJS", "YJS", GOOD)], "2024-11-19", "2024-07", 6),
     """N| [Heighington youth justice team|S] rated ‘[Good|R]’ by inspectors

N| By [Sam Hutchinson|X]

N| [Wednesday 20 November 2024|D]

N| A youth justice service in County Durham has been rated ‘[Good|R]’ in a report published on Tuesday ([19 November|D]).
N| The watchdog, [HM Inspectorate of Probation|A], inspected [Heighington Youth Justice Service|S] in [July 2024|D].

S| It found that children were given the help they needed quickly, and that case workers were skilled at building relationships with young people who had been let down before.
S| The watchdog also praised [Heighington YJS|S]’s work with [Durham Constabulary|A] to keep children out of court.
W| But inspectors said children in care who lived outside the area did not always get the same level of support.
W| They also found that risk plans were sometimes too brief to guide staff when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a caring, well-led service, and children here are better off because of it.”

R| The report makes six recommendations for the service and its partners.

N| Councillor [Jo Sutcliffe|X], cabinet member for children and young people at [Darlington Borough Council|A], said: “We are proud of our team and thank them for all they do.”
N| She added that an action plan would be in place by the new year.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
