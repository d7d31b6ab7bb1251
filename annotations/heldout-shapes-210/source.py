"""Builds the two hundred and tenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the East Midlands region on a GOV.UK page, the region named before them: "X and Z each land on
    #    ‘...’; Y is placed at the foot of the scale, ‘...’"; "across a fortnight, 3 to 14 March 2025"; twelve
    #    recommendations "Tugby receives six, Billesdon and Skeffington three apiece"
    ("billesdon-tugby-and-skeffington-pdus-2025", facts([
        svc("Billesdon Probation Delivery Unit", "Billesdon PDU", "PDU", RI),
        svc("Tugby Probation Delivery Unit", "Tugby PDU", "PDU", INAD),
        svc("Skeffington Probation Delivery Unit", "Skeffington PDU", "PDU", RI)], "2025-07-22", "2025-03", 12),
     """N| Press release

N| Inspection of three probation units in east Leicestershire

N| One unit is failing the people it supervises, inspectors say, and two more have work to do.

N| From: [HM Inspectorate of Probation|A]

N| Published [22 July 2025|D]

N| Three probation delivery units belonging to the [Probation Service – East Midlands region|S] are the subject of reports out today: [Billesdon Probation Delivery Unit|S], [Tugby Probation Delivery Unit|S] and [Skeffington Probation Delivery Unit|S].
N| [Billesdon|S] and [Skeffington|S] each land on ‘[Requires improvement|R]’; [Tugby|S] is placed at the foot of the scale, ‘[Inadequate|R]’.
N| The inspection team spent a fortnight in the three units, from [3 to 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tugby|S] has had four senior managers in eighteen months, and each change has set the unit back.
W| “Its officers are carrying more than sixty cases apiece, and the checks that protect children were missing from most of the files we read.
S| “[Billesdon|S] and [Skeffington|S] have kept hold of experienced staff, and their work with [Leicestershire Police|A] on people who stalk is a real asset.”

S| Inspectors singled out the units’ partnership with a local drug and alcohol charity, which got people into treatment within days of sentence.
W| Yet in all three units, fewer than half of the plans inspected said how a known victim would be kept safe.

R| Between them the reports set out twelve recommendations: [Tugby|S] receives six, [Billesdon|S] and [Skeffington|S] three apiece.

N| [Rachel Ashby|X], Regional Probation Director for the East Midlands, said: “Additional managers started in Tugby this month, and we are taking every recommendation seriously.”
"""),
    # 2. two youth justice services in a local-news story, named Medbourne then Welham, rated in the other order:
    #    "Welham earned ‘...’, and its neighbour Medbourne went one better with ‘...’"; the reports "went live on Thursday
    #    (6 February)" under a byline of Saturday 8 February 2025; "Medbourne is given two ... Welham four"
    ("medbourne-and-welham-yjs-2025", facts([
        svc("Medbourne Youth Justice Service", "Medbourne YJS", "YJS", OUT),
        svc("Welham Youth Justice Service", "Welham YJS", "YJS", GOOD)], "2025-02-06", "2024-10", 6),
     """N| Praise for youth justice teams in the Welland valley

N| By [Helen Marriott|X]

N| [Saturday 8 February 2025|D]

N| Inspection reports on [Medbourne Youth Justice Service|S] and [Welham Youth Justice Service|S] went live on Thursday ([6 February|D]); inspectors had been with each team for a week in [October 2024|D].
N| [Welham|S] earned ‘[Good|R]’, and its neighbour [Medbourne|S] went one better with ‘[Outstanding|R]’.

S| Inspectors found that [Medbourne|S]’s case workers stuck with children through setbacks, and that not one child had been passed between workers in the past year.
S| [Welham|S]’s education worker had helped a dozen children back into school after long absences.
W| Inspectors did note, though, that [Welham YJS|S] was slow to share worries about exploitation with [Leicestershire Police|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are small services with big ambitions for their children, and the staff in both should be very proud.”

R| [Medbourne|S] is given two recommendations and [Welham|S] four.

N| [Leicestershire County Council|A]’s lead member for children and families, Councillor [Deborah Taylor|X], said: “Both teams deserve this recognition, and we will support them to keep improving.”
"""),
    # 3. two PDUs in a justiceinspectorates news item, the region in apposition: "X is graded ‘...’; Y’s grade is one
    #    notch higher: ‘...’"; "Published: 11 Mar 2025"; fieldwork "began on 28 October 2024 and lasted two weeks"; nine
    #    recommendations "of which five concern Bringhurst"
    ("bringhurst-and-blaston-pdus-2025", facts([
        svc("Bringhurst Probation Delivery Unit", "Bringhurst PDU", "PDU", INAD),
        svc("Blaston Probation Delivery Unit", "Blaston PDU", "PDU", RI)], "2025-03-11", "2024-10", 9),
     """N| News

N| Two Welland valley probation units fall short

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Bringhurst Probation Delivery Unit|S] and [Blaston Probation Delivery Unit|S], neighbouring units of the [Probation Service – East Midlands region|S].
N| [Bringhurst|S] is graded ‘[Inadequate|R]’; [Blaston|S]’s grade is one notch higher: ‘[Requires improvement|R]’.
N| Fieldwork began on [28 October 2024|D] and lasted two weeks.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bringhurst we met officers who had been qualified for less than a year running caseloads that would stretch a veteran.
S| “[Blaston|S], for its part, has a settled leadership team that understands where the gaps are.”

W| In both units, inspectors found that people convicted of domestic abuse offences were rarely visited at home.
S| Encouragingly, [Blaston PDU|S] had built a quick referral route into housing advice with [Harborough District Council|A].

R| The reports contain nine recommendations in all, of which five concern [Bringhurst|S].
"""),
    # 4. a unit inside its region, the region in the headline: "The verdict ... on X is that it ‘Requires improvement’";
    #    the region's own 2023 rating beside it; "The inspectors’ visit was in January 2025"; the notes' "at 00.01 on
    #    Tuesday 3 June 2025"; seven recommendations "all but two of them addressed to the unit"
    ("horninghold-pdu-2025", facts([
        svc("Horninghold Probation Delivery Unit", "Horninghold PDU", "PDU", RI)], "2025-06-03", "2025-01", 7),
     """N| [East Midlands probation region|S]: inspectors report on [Horninghold unit|S]

N| The verdict of [HM Inspectorate of Probation|A] on [Horninghold Probation Delivery Unit|S] is that it ‘[Requires improvement|R]’.
N| The region it belongs to, the [Probation Service – East Midlands region|S], was given ‘[Requires improvement|R]’ for the region overall after its own inspection in [2023|D].
N| The inspectors’ visit to the unit was in [January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Horninghold|S] has a head of service who is visible, listens to staff and has begun to turn things round.
W| “The trouble is that the quality of everyday casework has not yet caught up with that leadership.”

W| Assessments of the risk people posed to others were sound in just 19 of the 40 cases inspected.
S| On the other hand, the unit’s approved premises staff and offender managers worked closely, so people leaving prison had somewhere to live on their first night.

R| Mr Jones continued: “The unit must now make sure that every case has a plan that reflects what is actually happening in that person’s life.”

R| Seven recommendations are made, all but two of them addressed to the unit.

N| ENDS

N| Notes to editors
N| 1. The report can be found on the inspectorate’s website from 00.01 on [Tuesday 3 June 2025|D].
N| 2. [Horninghold PDU|S] covers a largely rural patch on the Leicestershire and Rutland border.
"""),
    # 5. a unit inside its region with an aspect rated on its own and the previous rating beside: "X ... comes out at
    #    ‘Inadequate’, down from the ‘Requires improvement’ it was given in 2022"; unpaid work "graded on its own";
    #    "published today (Thursday 12 September)", the year from the fieldwork (May 2024)
    ("stockerston-pdu-2024", facts([
        svc("Stockerston Probation Delivery Unit", "Stockerston PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2024-09-12", "2024-05", 6),
     """N| Probation unit on the Rutland border slips to ‘[Inadequate|R]’

N| In a report published today ([Thursday 12 September|D]), [Stockerston Probation Delivery Unit|S], one of the units of the [East Midlands region of the Probation Service|S], comes out at ‘[Inadequate|R]’, down from the ‘[Requires improvement|R]’ it was given in [2022|D].
W| Unpaid work, which inspectors graded on its own, is ‘[Requires improvement|R]’.
N| Inspectors examined the unit’s work over a week in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Since our last visit, [Stockerston|S] has gone backwards.
W| “Nearly a third of the unit’s case-holding posts were empty, and the people on probation we spoke to could not name their officer.”

W| Too few cases had any record of checks with children’s services, even where children lived in the household.
S| The unit’s court team, however, produced reports that sentencers described as thorough and balanced.
W| Unpaid work placements were often cancelled at short notice for want of supervisors.

R| Of the six recommendations inspectors make, the unit must take forward four and the region two.
"""),
    # 6. a Probation Trust in 2012 (no rating), bullet lists after "Inspectors found much to praise:" and "But they also
    #    found that:"; "Tuesday, 17th July 2012"; "in March 2012"; five recommendations
    ("tixover-and-wakerley-probation-trust-2012", facts([
        svc("Tixover and Wakerley Probation Trust", "Tixover and Wakerley Probation Trust", "other", None)],
        "2012-07-17", "2012-03", 5),
     """N| Offender management in [Tixover and Wakerley Probation Trust|S]

N| [Tuesday, 17th July 2012|D]

N| A report published today by [HM Inspectorate of Probation|A] sets out the findings of its inspection of offender management in [Tixover and Wakerley Probation Trust|S], carried out in [March 2012|D].
N| The inspection looked at a sample of 90 cases across the Trust’s offices.

N| Inspectors found much to praise:
S| • offender managers knew their cases well and met them regularly;
S| • work to help offenders into jobs and training was of a high standard;
S| • the Trust’s partnership with [Leicestershire Constabulary|A] on prolific offenders was well established.

N| But they also found that:
W| • risk of harm assessments were completed late in a quarter of cases;
W| • sentence plans too seldom set out what would be done to protect victims.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust works hard and achieves a great deal with offenders, but its attention to public protection has slipped behind its other work.
R| “The Trust’s managers need to make sure that risk of harm is checked at every review.”

R| The report makes five recommendations.
"""),
    # 7. a CRC in 2019 run by Working Links: "Inspectors’ overall verdict for the CRC: ‘...’"; Through the Gate given its
    #    own rating (aspect "resettlement"); "Published: 21 May 2019"; "between 18 and 22 February 2019"; eight recommendations, "six of them for
    #    the CRC; the remaining pair go to HMPPS"
    ("launde-and-withcote-crc-2019", facts([
        svc("Launde and Withcote Community Rehabilitation Company", "Launde and Withcote CRC", "CRC", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2019-05-21", "2019-02", 8),
     """N| News

N| [Launde and Withcote CRC|S] inspection published

N| Published: [21 May 2019|D]

N| [HM Inspectorate of Probation|A] inspected [Launde and Withcote Community Rehabilitation Company|S], which is owned by [Working Links|A], between [18 and 22 February 2019|D].
N| Inspectors’ overall verdict for the CRC: ‘[Requires improvement|R]’.
W| Resettlement work, known as Through the Gate, was given a rating of its own, ‘[Inadequate|R]’.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC’s staff are loyal and hard-working, and unpaid work is well organised.
W| “But the CRC has too few qualified staff, and some were managing more than a hundred cases each.”

W| In Through the Gate work, resettlement plans were usually written in the last few days before release, too late to arrange housing.
W| Inspectors also found that home visits were rare and that information from the police was not always requested.

R| There are eight recommendations, six of them for the CRC; the remaining pair go to [HM Prison and Probation Service|A].
"""),
    # 8. a youth offending team in 2019: the headline's lower-case "Rolleston youth offending team"; "Inspectors concluded
    #    that the YOT was ‘...’"; "during the week beginning 8 April 2019"; "Thursday, 11th July 2019"; a management board
    ("rolleston-yot-2019", facts([
        svc("Rolleston Youth Offending Team", "Rolleston YOT", "YJS", GOOD)], "2019-07-11", "2019-04", 4),
     """N| [Rolleston youth offending team|S] judged ‘[Good|R]’

N| [Thursday, 11th July 2019|D]

N| Today [HM Inspectorate of Probation|A] publishes its report on [Rolleston Youth Offending Team|S] (YOT), which it visited during the week beginning [8 April 2019|D].
N| Inspectors concluded that the YOT was ‘[Good|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in [Rolleston YOT|S]’s care are lucky to have case managers who know them this well.
S| “The partnership is mature, and the [Rolleston YOT Management Board|A] asks the right questions.”

S| Inspectors commended the YOT’s work with a local football club, whose coaches gave children a reason to turn up.
W| However, assessments did not always weigh up whether a child might harm brothers and sisters at home.
W| Victims were contacted in only about half of the out-of-court cases inspected.

R| The report makes four recommendations, three to the YOT and one to the board.
"""),
    # 9. an NPS division in 2019 on a justiceinspectorates news item: "The division’s overall regional rating stands at
    #    ‘...’"; "in the first half of July 2019"; "Published: 29 Oct 2019"; "Mr Russell went on"; seven recommendations
    ("nps-gwash-division-2019", facts([
        svc("National Probation Service – Gwash Division", "NPS Gwash", "region", RI)], "2019-10-29", "2019-07", 7),
     """N| News

N| Inspection of [National Probation Service – Gwash Division|S]

N| Published: [29 Oct 2019|D]

N| [HM Inspectorate of Probation|A] has published its inspection of [National Probation Service – Gwash Division|S], and the division’s overall regional rating stands at ‘[Requires improvement|R]’.
N| Inspectors were in the division in the first half of [July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Gwash|S] is well led at the top, but too much of that good intent is lost before it reaches the case manager.
W| “Staff told us that caseloads had crept up while training had been cut back.”

S| Pre-sentence reports were of a high standard, and magistrates told inspectors they trusted them.
W| Work with victims, though, lacked consistency, and some had not been told when the person who harmed them was released.

R| Mr Russell went on: “The division should give victim liaison officers the time and information they need to keep victims informed.”

R| The division is the target of five of the seven recommendations, [HMPPS|A] of the other two.
"""),
    # 10. an ordinary youth justice service on GOV.UK, "has secured a ‘Good’ rating from"
    ("glaston-yjs-2023", facts([
        svc("Glaston Youth Justice Service", "Glaston YJS", "YJS", GOOD)], "2023-08-15", "2023-04", 5),
     """N| Press release

N| [Glaston Youth Justice Service|S] rated ‘[Good|R]’

N| Inspectors find children are well supported by staff who know them.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 August 2023|D]

N| A ‘[Good|R]’ rating has been secured by [Glaston Youth Justice Service|S] at its latest inspection by [HM Inspectorate of Probation|A].
N| Inspectors spent time with the service in [April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What struck us in Glaston was how much the children trusted their workers.
S| “The service’s leaders know where they are strong and where they still have work to do.”

S| A dedicated health worker meant children’s mental health needs were picked up early and referred on quickly.
W| However, work to keep other people safe was variable, and contingency plans were often vague.
W| Out-of-court work had no written policy until shortly before the inspection.

R| Five recommendations are set out in the report.
"""),
    # 11. an ordinary PDU on a justiceinspectorates news item: "have handed X the lowest of the four grades, ‘...’";
    #     "over two weeks in November 2023"; "Mr Jones continued"
    ("caldecott-pdu-2024", facts([
        svc("Caldecott Probation Delivery Unit", "Caldecott PDU", "PDU", INAD)], "2024-04-30", "2023-11", 7),
     """N| News

N| [Caldecott Probation Delivery Unit|S] rated ‘[Inadequate|R]’

N| Published: [30 Apr 2024|D]

N| Inspectors have handed [Caldecott Probation Delivery Unit|S] the lowest of the four grades, ‘[Inadequate|R]’.
N| They carried out their fieldwork over two weeks in [November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in Caldecott are not being supervised in a way that keeps the public safe.
W| “We found cases with no contact for two months, and managers who had no time to notice.”

W| Domestic abuse enquiries with the police had been made in only 14 of the 38 relevant cases.
S| In spite of everything, staff were warm towards the people they supervised and spoke up for them in court.

R| Mr Jones continued: “[HMPPS|A] and the region need to put experienced staff into this unit without delay.”

R| The report contains seven recommendations.
"""),
    # 12. an ordinary youth justice service on a council page (Rutland County Council) in the third person: "found the
    #     service ‘...’"; "Posted 04/03/2024"; "inspected during November 2023"; the council's reply
    ("clipsham-yjs-2024", facts([
        svc("Clipsham Youth Justice Service", "Clipsham YJS", "YJS", RI)], "2024-03-04", "2023-11", 6),
     """N| Inspection of [Clipsham Youth Justice Service|S]

N| Posted [04/03/2024|D]

N| Inspectors who looked at [Clipsham Youth Justice Service|S] during [November 2023|D] have found the service ‘[Requires improvement|R]’.

S| They reported that children were seen quickly after sentence and that their views were written into their plans.
W| But they also said managers did not check the quality of casework often enough, and that some risk plans were years out of date.
W| The report notes that the [Clipsham YJS Partnership Board|A] had rarely asked for information on children in care.

R| The inspectorate has made six recommendations.

N| Councillor [Alison Frith|X], portfolio holder for children’s services at [Rutland County Council|A], said: “We recognise the picture in the report and have already appointed a new practice lead.
N| “Thank you to the staff and children who gave their time to the inspectors.”
"""),
    # 13. an ordinary youth justice service with an embargo line; "The inspectorate’s rating is ‘Outstanding’, the top of
    #     its scale"; resettlement given its own ‘Good’; "between 7 and 11 July 2025"
    ("egleton-yjs-2025", facts([
        svc("Egleton Youth Justice Service", "Egleton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-11-26", "2025-07", 3),
     """N| Embargo: not for publication before 00:01, [Wednesday 26 November 2025|D]

N| Inspectors hail [Egleton Youth Justice Service|S]

N| For [Egleton Youth Justice Service|S], [HM Inspectorate of Probation|A]’s rating is ‘[Outstanding|R]’, the top of its scale.
S| Resettlement, assessed as a separate strand, is ‘[Good|R]’.
N| Inspectors were with the service between [7 and 11 July 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Egleton|S] listens to its children and shapes the work around what they say, and the results show.
S| “Every child we met could name an adult in the service they trusted.”

S| Speech and language screening was in place for every child, so that plans were written in words children understood.
W| Inspectors flagged just one weakness: finding somewhere to live for children coming out of custody took too long.

R| Three recommendations are made.
"""),
    # 14. an ordinary youth offending service in 2020: "The grading for X (YOS) is ‘...’"; "Tuesday 3rd March 2020";
    #     "Their report, out today, follows fieldwork in October 2019"; a "Though ..." concession ending critical
    ("gumley-yos-2020", facts([
        svc("Gumley Youth Offending Service", "Gumley YOS", "YJS", RI)], "2020-03-03", "2019-10", 5),
     """N| [Gumley Youth Offending Service|S] told to improve

N| [Tuesday 3rd March 2020|D]

N| The grading that inspectors have given [Gumley Youth Offending Service|S] (YOS) is ‘[Requires improvement|R]’.
N| Their report, out today, follows fieldwork in [October 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Though [Gumley YOS|S] has caring staff, too many children’s plans were written for the service rather than with the child.”

S| The YOS had good links with schools, and exclusions among children it supervised had fallen.
W| Work to manage the risk of harm was weak in over half the cases inspected.
W| The management board had not reviewed the YOS’s out-of-court work since [2017|D].

R| Of the report’s five recommendations, four are for the YOS and one is for [Leicestershire Police|A].
"""),
    # 15. a 2025 public-protection PDU inspection, no rating, "Context" / "Findings" bullets on a GOV.UK page, the
    #     region named as context
    ("lubenham-pdu-2025", facts([
        svc("Lubenham Probation Delivery Unit", "Lubenham PDU", "PDU", None)], "2025-10-14", "2025-06", 4),
     """N| Press release

N| Public protection inspection: [Lubenham Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| The latest report in [HM Inspectorate of Probation|A]’s public protection programme looks at [Lubenham Probation Delivery Unit|S]; the [Probation Service – East Midlands region|S] runs it.
N| Reports in this programme carry no rating.
N| Fieldwork took place in [June 2025|D].

N| Context
N| • [Lubenham PDU|S] supervises around 600 people in the south of Leicestershire.
N| • Just over a quarter of its caseload have a history of domestic abuse.

N| Findings
S| • Officers understood well what danger the people on their caseloads might pose.
W| • Safeguarding enquiries with children’s social care were missing from a third of the cases where they were needed.
S| • Multi-agency meetings with [Leicestershire Police|A] were well attended and led to clear actions.
W| • Risk assessments were seldom updated after an arrest or a new allegation.

R| Four recommendations follow, addressed jointly to the unit and the region.
"""),
    # 16. an ordinary youth justice service in a local-news story: "the inspectorate concluded that X was ‘...’"; the
    #     report "published on Tuesday (23 January)" under a byline of Monday 29 January 2024; the council's reply
    ("teigh-yjs-2024", facts([
        svc("Teigh Youth Justice Service", "Teigh YJS", "YJS", INAD)], "2024-01-23", "2023-10", 8),
     """N| Youth justice service in Rutland needs urgent change, say inspectors

N| By [Owen Pritchard|X]

N| [Monday 29 January 2024|D]

N| In a report published on Tuesday ([23 January|D]), the inspectorate concluded that [Teigh Youth Justice Service|S] was ‘[Inadequate|R]’ after a visit in [October 2023|D].

W| The watchdog said staff were slow to notice when children were being groomed for exploitation, and that some had gone missing repeatedly without any joint plan.
W| It also criticised the service for failing to tell victims what was happening.
S| Inspectors did praise the reparation projects, which children said had given them something to be proud of.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Teigh have been let down by leaders who did not know what was happening on the front line.”

R| Eight recommendations are made in the report.

N| A spokesperson for [Rutland County Council|A] said: “We are sorry that the service has fallen short, and an improvement board chaired by our chief executive has been set up.”
"""),
    # 17. an ordinary PDU page opening on "Skip to content" and an empty "Published:" line; "has given X an overall
    #     ‘...’"; "inspected in April 2022"; the notes' day
    ("tinwell-pdu-2022", facts([
        svc("Tinwell Probation Delivery Unit", "Tinwell PDU", "PDU", RI)], "2022-08-09", "2022-04", 6),
     """N| Skip to content

N| Published:

N| [Tinwell probation delivery unit|S] told it ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has given [Tinwell Probation Delivery Unit|S] an overall ‘[Requires improvement|R]’.
N| The unit was inspected in [April 2022|D].

S| Inspectors found a committed staff group who had kept working through long periods of sickness absence among colleagues.
W| However, too many people on probation had waited weeks to start accredited programmes.
W| Some officers were unsure of their roles after a recent reorganisation.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Whilst there is goodwill in Tinwell, it is not yet translating into consistent casework.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [9 August 2022|D] at 00.01.
"""),
    # 18. an ordinary youth justice service rated ‘Good’ in 2021, the inspection done remotely "in June 2021";
    #     "published today" with the date line "Wednesday 8 September 2021"
    ("keyham-yjs-2021", facts([
        svc("Keyham Youth Justice Service", "Keyham YJS", "YJS", GOOD)], "2021-09-08", "2021-06", 4),
     """N| ‘[Good|R]’ verdict for [Keyham Youth Justice Service|S]

N| [Wednesday 8 September 2021|D]

N| Published today, the report of [HM Inspectorate of Probation|A] places [Keyham Youth Justice Service|S] in the ‘[Good|R]’ category.
N| Pandemic restrictions meant the inspectors worked from a distance, reading cases and holding interviews by video in [June 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Keyham|S] did not let lockdown break its contact with children; workers found a way to reach every one of them.
S| “Its board is engaged, and partners turn up.”

S| Inspectors praised the joint work with [Leicestershire Police|A] to divert children from the courts.
W| Victim work, however, was patchy, and some victims were never offered any say in how the harm done to them was put right.

R| The report makes four recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and tenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
