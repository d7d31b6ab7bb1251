"""Builds the 188th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Darlington PDUs on a GOV.UK page, the region after them: "Inspectors judged X to be ‘...’, while Y was found
    #    to be ‘...’"; ten recommendations "five for each unit"; the regional director's reply
    ("cockerton-and-whessoe-pdus-2025", facts([
        svc("Cockerton Probation Delivery Unit", "Cockerton PDU", "PDU", RI),
        svc("Whessoe Probation Delivery Unit", "Whessoe PDU", "PDU", INAD)], "2025-02-11", "2024-10", 10),
     """N| Press release

N| Inspectors report on two Darlington probation units

N| Reports on two probation delivery units in Darlington have been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] has today released separate reports on [Cockerton Probation Delivery Unit|S] and [Whessoe Probation Delivery Unit|S]; both belong to the [Probation Service – North East region|S].
N| Inspectors judged [Cockerton|S] to be ‘[Requires improvement|R]’, while [Whessoe|S] was found to be ‘[Inadequate|R]’.
N| Fieldwork took place in [October 2024|D].

W| “Both units are stretched, and in Whessoe several newly qualified officers were carrying caseloads that would test anyone,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| “Checks with the police and children’s services were missing from too many cases, so risks to partners and children were not always known.
S| “That said, [Cockerton|S] has a settled management team and its unpaid work scheme is well run.”

S| Inspectors praised links with [Darlington Borough Council|A]’s housing team, which helped people leaving prison find somewhere to live.
W| Sentence plans in Whessoe were often written weeks late and were rarely reviewed.

R| The reports make ten recommendations, five for each unit.

N| “The findings are accepted in full, and work has begun in both units,” said [Bronwen Hall|X], Regional Probation Director for the North East.
"""),
    # 2. two South Tyneside youth services in a local-news story: the reports "published on Tuesday (14 November)" under a
    #    byline of Friday 17 November 2023; "Y was awarded ‘...’ and X earned a ‘...’ rating", the other order from the one
    #    first named; five recommendations "three for X and two for Y"
    ("fellgate-and-simonside-yjs-2023", facts([
        svc("Fellgate Youth Justice Service", "Fellgate YJS", "YJS", GOOD),
        svc("Simonside Youth Justice Service", "Simonside YJS", "YJS", OUT)], "2023-11-14", "2023-08", 5),
     """N| Two South Tyneside youth justice teams praised by inspectors

N| By [Gemma Hardy|X]

N| [Friday 17 November 2023|D]

N| Inspection reports on [Fellgate Youth Justice Service|S] and [Simonside Youth Justice Service|S] were published on Tuesday ([14 November|D]).
N| [Simonside|S] was awarded ‘[Outstanding|R]’ and [Fellgate|S] earned a ‘[Good|R]’ rating.
N| Inspectors spent a week with each service in [August 2023|D].

S| The inspectorate found that [Simonside|S]’s workers built strong relationships with children and their families and stuck with them through setbacks.
S| Inspectors also praised [Fellgate|S] for the way it worked with [South Tyneside Council|A]’s education team to get children back into school.
W| However, the report on [Fellgate YJS|S] said that victim safety plans were sometimes left as they were after a child’s circumstances changed.

S| “Both teams serve South Tyneside’s children well, and [Simonside|S]’s practice is among the best we have seen this year,” said [Martin Jones|X], HM Chief Inspector of Probation.

R| Five recommendations are made altogether, three for [Fellgate|S] and two for [Simonside|S].

N| Councillor [Ruth Lamb|X], lead member for children at [South Tyneside Council|A], said: “We are delighted for our staff and will act on every recommendation.”
"""),
    # 3. a Sunderland PDU, the region in the headline and the first sentence, the region's own 2023 rating beside the
    #    unit's: "Among the units of ..., X is the latest to be assessed, and ... has placed it at ‘...’"; the headline's lower-case "Pallion unit"
    ("pallion-pdu-2024", facts([
        svc("Pallion Probation Delivery Unit", "Pallion PDU", "PDU", RI)], "2024-07-09", "2024-03", 5),
     """N| [North East probation region|S]: [Pallion unit|S] ‘on the way up’, say inspectors

N| [Tuesday 9 July 2024|D]

N| Among the units of the [Probation Service – North East region|S], [Pallion Probation Delivery Unit|S] in Sunderland is the latest to be assessed, and [HM Inspectorate of Probation|A] has placed it at ‘[Requires improvement|R]’.
N| The [North East region|S] had its own inspection in [2023|D] and was given ‘[Requires improvement|R]’ then.
N| Inspectors visited the unit in [March 2024|D].

S| Inspectors found that the unit had turned a corner since a new head of service arrived, with vacancies down and morale noticeably higher.
S| The unit’s work alongside [Northumbria Police|A] with men who abuse their partners stood out.
W| However, in only 14 of 30 cases had enough been done to keep children in the household safe.
W| Home visits were rare, and some practitioners relied on phone calls for months at a time.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pallion|S] is heading in the right direction and its leaders deserve credit for that.
R| “The unit now needs to make safeguarding checks routine in every case.”

R| The report makes five recommendations, four for [Pallion PDU|S] and one for the region.
"""),
    # 4. three Sunderland PDUs in a justiceinspectorates news item, the region before them: "X and Z have both come out
    #    at ‘...’; Y has been given the lowest rating"; "Published: 5 Dec 2024"; fieldwork "between 9 and 20 September 2024";
    #    the name first written is the short "Doxford PDU"
    ("doxford-offerton-and-hylton-pdus-2024", facts([
        svc("Doxford PDU", "Doxford PDU", "PDU", RI),
        svc("Offerton PDU", "Offerton PDU", "PDU", INAD),
        svc("Hylton PDU", "Hylton PDU", "PDU", RI)], "2024-12-05", "2024-09", 12),
     """N| News

N| Three Sunderland probation units inspected

N| Published: [5 Dec 2024|D]

N| Three units in the [North East region of the Probation Service|S], [Doxford PDU|S], [Offerton PDU|S] and [Hylton PDU|S], are the subject of reports published today by [HM Inspectorate of Probation|A].
N| [Doxford|S] and [Hylton|S] have both come out at ‘[Requires improvement|R]’; [Offerton|S] has been given the lowest rating, ‘[Inadequate|R]’.
N| The inspections were carried out between [9 and 20 September 2024|D].

W| Inspectors found that [Offerton|S] had lost almost half of its probation officers in a year, and agency staff were filling many of the gaps.
W| Risk assessments across the three units were often out of date, and domestic abuse checks with the police had not been requested in a third of cases.
S| Inspectors were impressed by [Doxford|S]’s work with [Sunderland City Council|A] on accommodation, so that few people came out of prison homeless.
S| [Hylton|S]’s women’s group, run with local charities, gave women on probation a safe place to meet their officers.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The position in Offerton is serious, and staff there told us they felt forgotten.
R| “Regional leaders must give the unit the people and support it needs without delay.”

R| Twelve recommendations are made across the three reports.
"""),
    # 5. a Probation Trust in 2013, before the four-point scale: bullet lists after "Inspectors were pleased to find
    #    that:" and "However, inspectors were concerned to find that:"; no overall rating
    ("redmarshall-and-thorpe-thewles-probation-trust-2013", facts([
        svc("Redmarshall and Thorpe Thewles Probation Trust", "Redmarshall and Thorpe Thewles Probation Trust", "other",
            None)], "2013-03-07", "2012-11", 4),
     """N| Probation in Redmarshall and Thorpe Thewles: inspection findings published

N| [Thursday, 7th March 2013|D]

S| [Redmarshall and Thorpe Thewles Probation Trust|S] is doing sound work to cut reoffending and keep the public safe, [HM Inspectorate of Probation|A] reports today.
N| Inspectors read 80 cases from across the Trust in [November 2012|D].

N| Inspectors were pleased to find that:
S| • risk of harm assessments were completed on time in 86% of cases;
S| • people under supervision trusted their offender managers, who knew them well;
S| • joint work with [Cleveland Police|A] on prolific offenders was strong.

N| However, inspectors were concerned to find that:
W| • in only 58% of cases was work to protect children sufficient;
W| • some plans were not reviewed after a significant change in circumstances.

S| “The Trust has a firm base to build on,” said [Liz Calderbank|X], HM Chief Inspector of Probation.
R| She added: “It should now concentrate on the quality of its work to protect children.”

R| The report makes four recommendations.
"""),
    # 6. a CRC in 2019 under an embargo line: "has placed X ... at ‘...’ overall"; unpaid work "rated separately and came out as ‘Good’";
    #    the provider named; seven recommendations
    ("harton-and-whiteleas-crc-2019", facts([
        svc("Harton and Whiteleas Community Rehabilitation Company", "Harton and Whiteleas CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-09-12", "2019-05", 7),
     """N| Embargoed until 00.01, [Thursday 12 September 2019|D]

N| Probation company in South Tyneside told it ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has placed [Harton and Whiteleas Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], at ‘[Requires improvement|R]’ overall.
S| Unpaid work is rated separately and came out as ‘[Good|R]’.
N| Inspectors visited the CRC in [May 2019|D].

S| Inspectors found that unpaid work projects were well organised and that people finished their hours quickly.
W| But too many people were supervised by telephone, and a number of them had not sat down with their officer for months.
W| Work to manage domestic abuse was weak: in fewer than half the cases inspected had the CRC asked the police for information.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Harton and Whiteleas CRC|S] has kept its unpaid work in good order, but the basics of supervision are not yet in place.
R| “It must make sure that everyone on its caseload is seen face to face often enough to manage the risks they pose.”

R| Of the seven recommendations, five are for the CRC itself and two are for [HM Prison and Probation Service|A].
"""),
    # 7. a youth offending team in a 2016 joint inspection on a council page: "Posted: 24/08/2016"; no rating; "found
    #    that" lists
    ("newbottle-yot-2016", facts([
        svc("Newbottle Youth Offending Team", "Newbottle YOT", "YJS", None)], "2016-08-24", "2016-05", 6),
     """N| Inspection of youth offending work in Newbottle

N| Posted: [24/08/2016|D]

N| [HM Inspectorate of Probation|A] today published its joint inspection of [Newbottle Youth Offending Team|S] (YOT), carried out with [Ofsted|A] and the [Care Quality Commission|A], and with [HM Inspectorate of Constabulary|A] looking at policing.
N| Inspectors visited in [May 2016|D].

N| The inspectors found that:
S| • staff knew the children well and were committed to helping them;
S| • the [Newbottle YOT|S] had built a good working relationship with local schools;
W| • the risk that a child might pose to other people was often missing from assessments;
W| • the management board did not check closely enough how well the YOT was doing.

S| “This team has real strengths,” said [Dame Glenys Stacey|X], HM Chief Inspector of Probation.
W| She added: “But the board did not have a clear enough picture of what was and was not working.”

R| The report makes six recommendations.

N| [Sunderland City Council|A] said it welcomed the report and had already started work on an action plan.
"""),
    # 8. a youth offending service in 2019: "judged to be ‘...’ overall"; resettlement "rated on its own" below it;
    #    "published today (Tuesday 10 December)"; the headline's lower-case "Burnmoor youth offending service"; four
    #    recommendations
    ("burnmoor-yos-2019", facts([
        svc("Burnmoor Youth Offending Service", "Burnmoor YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-12-10", "2019-09", 4),
     """N| [Burnmoor youth offending service|S] judged ‘[Good|R]’ by inspectors

N| [HM Inspectorate of Probation|A] has judged [Burnmoor Youth Offending Service|S] (YOS) to be ‘[Good|R]’ overall, in a report published today ([Tuesday 10 December|D]).
W| Resettlement, rated on its own, was ‘[Requires improvement|R]’.
N| The inspection took place in [September 2019|D].

S| Inspectors found a well-led service with a strong board chaired by the director of children’s services.
S| Children who had given up on other agencies found case managers they could trust.
W| However, release planning for children in custody often started late, and somewhere to live was sometimes arranged only hours before release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Burnmoor YOS|S] does a great deal well and its staff can be proud of their work with children.
R| “The same care should now go into planning for children coming home from custody.”

R| Four recommendations have been made.
"""),
    # 9. a youth justice service given "the lowest possible rating" in 2022, beside its ‘Good’ of 2019; "Published: 24
    #    May 2022"; fieldwork "in February 2022"
    ("great-lumley-yjs-2022", facts([
        svc("Great Lumley Youth Justice Service", "Great Lumley YJS", "YJS", INAD)], "2022-05-24", "2022-02", 8),
     """N| Youth justice service in County Durham given lowest rating

N| Published: [24 May 2022|D]

N| [HM Inspectorate of Probation|A] has given [Great Lumley Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The service was rated ‘[Good|R]’ at its previous inspection in [2019|D].
N| Inspectors carried out their fieldwork in [February 2022|D].

W| Inspectors found that the service had lost its way after several senior managers left within a few months.
W| Risks to children, including exploitation by adults, were not properly assessed in more than half the cases inspected.
W| The partnership board met regularly but little changed as a result.
S| Despite these problems, inspectors met some committed practitioners who did all they could for the children on their caseloads.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The fall from ‘[Good|R]’ to ‘[Inadequate|R]’ in under three years is stark.
R| “[Durham County Council|A] and its partners must act quickly to make children safe.”

R| The report makes eight recommendations.
"""),
    # 10. an ordinary GOV.UK release: "has awarded X an overall rating of"; notes to editors with the publication day
    ("biddick-yjs-2024", facts([
        svc("Biddick Youth Justice Service", "Biddick YJS", "YJS", GOOD)], "2024-04-16", "2023-12", 6),
     """N| Press release

N| ‘[Good|R]’ rating for [Biddick Youth Justice Service|S]

N| Inspectors publish their findings on youth justice work in Sunderland.

N| From: [HM Inspectorate of Probation|A]

N| [HM Inspectorate of Probation|A] has awarded [Biddick Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| Inspectors visited the service in [December 2023|D].

S| Staff understood the children they worked with, and a high proportion of those children were in education or training.
S| Inspectors were impressed by the speed with which children were referred to [CAMHS|A].
S| Work to divert children away from court, run with [Northumbria Police|A], was of a high standard.
W| However, plans did not always take enough account of the needs of victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Biddick YJS|S] is a caring, well-run service.
R| “The management board should make sure that victims’ views are heard in every case.”

R| The report makes six recommendations.

N| Notes to editors
N| 1. The report will be published on our website at 00.01 on [16 April 2024|D].
"""),
    # 11. an ordinary justiceinspectorates news item for a Darlington PDU: "Published: 20 Jun 2023"; "has been rated";
    #     seven recommendations
    ("middleton-st-george-pdu-2023", facts([
        svc("Middleton St George Probation Delivery Unit", "Middleton St George PDU", "PDU", RI)], "2023-06-20",
        "2023-02", 7),
     """N| News

N| Probation unit near Darlington rated ‘[Requires improvement|R]’

N| Published: [20 Jun 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Middleton St George Probation Delivery Unit|S] (PDU) as ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [February 2023|D].

S| Inspectors found committed staff who knew the people they supervised well.
S| Leaders had worked hard to fill vacancies, and caseloads had fallen over the last year.
W| But work to keep people safe was inconsistent, and in only 12 of 28 cases had risks to children been properly assessed.
W| Too few people were referred to the services they needed, such as drug and alcohol treatment.

W| “[Middleton St George|S]’s staff want to do a good job, but they do not yet have the time or support to do it consistently,” said [Justin Russell|X], HM Chief Inspector of Probation.
R| He added: “Leaders must make risk assessment the priority for the year ahead.”

R| The report makes seven recommendations.
"""),
    # 12. an ordinary council page in 2021: "Posted on 16/11/2021"; fieldwork "their fieldwork was done in July 2021" (remotely); the
    #     council's reply
    ("shiney-row-yjs-2021", facts([
        svc("Shiney Row Youth Justice Service", "Shiney Row YJS", "YJS", RI)], "2021-11-16", "2021-07", 5),
     """N| Youth justice inspection report published

N| Posted on [16/11/2021|D]

N| [HM Inspectorate of Probation|A] has rated [Shiney Row Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors worked remotely during the pandemic, and their fieldwork was done in [July 2021|D].

S| Inspectors said the service kept in touch with children throughout lockdown and made good use of video calls.
W| However, they found that out-of-court work was not well managed, and some children waited weeks for an assessment.
W| Information from children’s social care was not always shared with case managers.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shiney Row|S] has shown resilience, but its grip on the quality of its work is not yet firm enough.”

R| The report makes five recommendations.

N| A spokesperson for [Sunderland City Council|A] said: “We have accepted the recommendations and an improvement plan is under way.”
"""),
    # 13. an ordinary local-news story: a byline, the report "published on Thursday (3 October)"; "has been rated
    #     ‘Inadequate’"; nine recommendations
    ("philadelphia-pdu-2024", facts([
        svc("Philadelphia Probation Delivery Unit", "Philadelphia PDU", "PDU", INAD)], "2024-10-03", "2024-06", 9),
     """N| Probation unit in Houghton area branded ‘[Inadequate|R]’

N| By [Neil Forster|X]

N| [Saturday 5 October 2024|D]

N| [Philadelphia Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by inspectors, in a report published on Thursday ([3 October|D]).
N| Inspectors spent two weeks at the unit in [June 2024|D].

W| They found that a third of probation officer posts were vacant, and some staff were holding more than 70 cases.
W| Many people on probation had not had a proper assessment of the risk they posed, and home visits had almost stopped.
S| Inspectors did praise the unit’s court team, whose reports were prompt and well regarded by magistrates.

W| “This unit is not protecting the public as it should,” said [Martin Jones|X], HM Chief Inspector of Probation.
R| He added: “The [Probation Service|A] must get more experienced staff into Philadelphia as a matter of urgency.”

R| The report makes nine recommendations.

N| The [Probation Service|A] said it was sending extra staff to the unit.
"""),
    # 14. an ordinary release for an ‘Outstanding’ youth service: "has given X its highest possible rating"; notes with the
    #     publication day
    ("easington-lane-yjs-2022", facts([
        svc("Easington Lane Youth Justice Service", "Easington Lane YJS", "YJS", OUT)], "2022-08-09", "2022-04", 3),
     """N| ‘[Outstanding|R]’ youth justice work in Easington Lane

N| [HM Inspectorate of Probation|A] has given [Easington Lane Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
N| Inspectors visited the service in [April 2022|D].

S| Inspectors found a service where every child was treated as an individual and given the help they needed to move on from offending.
S| Leaders knew exactly what they wanted for children, and staff felt valued and well supported.
S| Work with [Together for Children|A] and local health services was a particular strength.
W| Inspectors’ one criticism concerned out-of-court cases: why a decision had been taken was not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Easington Lane|S] should be very proud of this result.”

R| The report makes three recommendations.

N| Notes to editors
N| 1. The report is published on [9 August 2022|D].
"""),
    # 15. an ordinary 2020 release: a date line "Tuesday, 4th February 2020"; "have found X to be ‘Good’"; fieldwork "between 14 and 18
    #     October 2019"
    ("coniscliffe-yjs-2020", facts([
        svc("Coniscliffe Youth Justice Service", "Coniscliffe YJS", "YJS", GOOD)], "2020-02-04", "2019-10", 4),
     """N| Youth justice work in Coniscliffe ‘[Good|R]’, say inspectors

N| [Tuesday, 4th February 2020|D]

N| Inspectors from [HM Inspectorate of Probation|A] have found [Coniscliffe Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection took place between [14 and 18 October 2019|D].

S| Assessments were thorough, and children helped to plan their own work.
S| The service had good links with [Durham Constabulary|A], and many children were diverted from the courts.
W| However, the service and social care did not always work together well when a child was at risk of exploitation.

S| “For its size, [Coniscliffe|S] does a lot of good work with children,” said [Justin Russell|X], HM Chief Inspector of Probation.
R| “It now needs to sharpen its approach to children at risk of exploitation.”

R| The report makes four recommendations.
"""),
    # 16. a 2025 public-protection release: "Skip to content", an empty "Published:" line, the day in the last line, "Context"
    #     and "Findings" bullets, no rating ("This inspection does not give a rating")
    ("chilton-pdu-2025", facts([
        svc("Chilton Probation Delivery Unit", "Chilton PDU", "PDU", None)], "2025-09-23", "2025-06", 4),
     """N| Skip to content

N| Public protection inspection: [Chilton Probation Delivery Unit|S]

N| Published:

N| This report sets out what [HM Inspectorate of Probation|A] found when it carried out a public protection inspection of [Chilton Probation Delivery Unit|S].
N| This inspection does not give a rating.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • [Chilton PDU|S] supervises about 1,400 people in the south of County Durham.
N| • It is part of the [Probation Service – North East region|S].

N| Findings
S| • Practitioners understood domestic abuse well, and this showed in their assessments.
W| • Home visits were not carried out often enough where children lived in the household.
W| • Information from [Durham Constabulary|A] was requested late in a quarter of cases.

R| The report makes four recommendations.

N| The report was published on [23 September 2025|D].
"""),
    # 17. an ordinary Sunderland youth service in 2023: "Inspectors have placed X at ‘...’ overall, the second-lowest of ...’s four ratings"; six recommendations
    ("castletown-yjs-2023", facts([
        svc("Castletown Youth Justice Service", "Castletown YJS", "YJS", RI)], "2023-10-31", "2023-06", 6),
     """N| Press release

N| [Castletown Youth Justice Service|S] ‘[Requires improvement|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [31 October 2023|D]

N| Inspectors have placed [Castletown Youth Justice Service|S] at ‘[Requires improvement|R]’ overall, the second-lowest of [His Majesty’s Inspectorate of Probation|A]’s four ratings.
N| Fieldwork took place in [June 2023|D].

S| Inspectors found that children were seen promptly after sentence and that staff knew them well.
S| Speech and language support was available to every child who needed it.
W| However, the service did not pay enough attention to the safety of other people, including victims and family members.
W| Staff turnover had been high, and several cases had changed hands three or four times.

W| “Much of the work here is good, but [Castletown|S] has not yet got a firm hold on keeping others safe,” said [Martin Jones|X], HM Chief Inspector of Probation.

R| Six recommendations are made: five to the service and one to [Sunderland City Council|A].
"""),
    # 18. an ordinary Stockton youth service in 2025 rated ‘Inadequate’; fieldwork "10 - 14 March 2025"; eleven
    #     recommendations
    ("bishopton-yjs-2025", facts([
        svc("Bishopton Youth Justice Service", "Bishopton YJS", "YJS", INAD)], "2025-06-17", "2025-03", 11),
     """N| Inspectors rate [Bishopton Youth Justice Service|S] ‘[Inadequate|R]’

N| [Tuesday 17 June 2025|D]

N| [HM Inspectorate of Probation|A] has rated [Bishopton Youth Justice Service|S] ‘[Inadequate|R]’.
N| Inspectors were on site from [10 - 14 March 2025|D].

W| Inspectors found that leaders did not know how well the service was doing, and the management board rarely asked.
W| Assessments of risk to others were insufficient in 17 of 25 cases.
W| Too many children were not in any education, training or work.
S| Positively, children told inspectors that they trusted their case workers.

W| “Leadership and oversight in Bishopton are weak, and children are being let down as a result,” said [Martin Jones|X], HM Chief Inspector of Probation.
R| “[Stockton-on-Tees Borough Council|A] and its partners must take urgent action.”

R| The report makes eleven recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 188th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
