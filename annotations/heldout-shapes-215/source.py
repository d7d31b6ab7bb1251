"""Builds the two hundred and fifteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named first: "have now been reported on:"; "Inspectors
    #    landed on ‘Good’ for X, while Y and Z each ended up one grade lower, at ‘...’"; "the fortnight from 16 September
    #    2024"; ten recommendations "three go to X, three each to Y and Z, and one to the region"
    ("wroxton-shutford-and-hornton-pdus-2024", facts([
        svc("Wroxton Probation Delivery Unit", "Wroxton PDU", "PDU", GOOD),
        svc("Shutford Probation Delivery Unit", "Shutford PDU", "PDU", RI),
        svc("Hornton Probation Delivery Unit", "Hornton PDU", "PDU", RI)], "2024-12-03", "2024-09", 10),
     """N| Press release

N| Three north Oxfordshire probation units reported on

N| One unit holds steady while two fall short, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| Within the [Probation Service – South Central region|S], reports on three probation delivery units are out today: [Wroxton Probation Delivery Unit|S], [Shutford Probation Delivery Unit|S] and [Hornton Probation Delivery Unit|S].
N| Inspectors landed on ‘[Good|R]’ for [Wroxton|S], while [Shutford|S] and [Hornton|S] each ended up one grade lower, at ‘[Requires improvement|R]’.
N| The inspection team spent the fortnight from [16 September 2024|D] reading cases across the three units.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wroxton|S] has held on to its experienced officers, and its managers check the quality of every risk assessment before it is signed off.
W| “[Shutford|S] and [Hornton|S] have not been so lucky: both lean heavily on agency staff, and too many of the people they supervise meet a different officer every month.”

S| Inspectors singled out the units’ joint work with [Thames Valley Police|A] on integrated offender management as a real asset.
W| In Shutford and Hornton, though, under four cases in ten showed any planning around the children living in the home.

R| Of the report’s ten recommendations, three go to [Wroxton|S], three each to [Shutford|S] and [Hornton|S], and one to the region.

N| [Tessa Wyatt|X], the region’s probation director, said: “We have begun a recruitment drive aimed squarely at Shutford and Hornton.”
"""),
    # 2. two youth justice services in a local-news story: the reports out "on Monday (10 March)" under a byline of
    #    Thursday 13 March 2025; "X was given top marks – ‘Outstanding’ – and Y ‘Requires improvement’", in the other
    #    order from the one first named; "the first fortnight of November 2024"; "Y gets four of the six recommendations"
    ("tadmarton-and-swalcliffe-yjs-2025", facts([
        svc("Tadmarton Youth Justice Service", "Tadmarton YJS", "YJS", RI),
        svc("Swalcliffe Youth Justice Service", "Swalcliffe YJS", "YJS", OUT)], "2025-03-10", "2024-11", 6),
     """N| Mixed verdicts for two youth justice teams near Banbury

N| By [Helen Goddard|X]

N| [Thursday 13 March 2025|D]

N| The inspectorate’s reports on [Tadmarton Youth Justice Service|S] and [Swalcliffe Youth Justice Service|S] went online on Monday ([10 March|D]), four months after inspectors spent the first fortnight of [November 2024|D] with both teams.
N| [Swalcliffe|S] was given top marks – ‘[Outstanding|R]’ – and [Tadmarton|S] ‘[Requires improvement|R]’.

S| Inspectors said [Swalcliffe|S]’s case workers knew each child’s family, school and friends, and planned around all three.
S| Its partnership with the county’s youth health team meant children were seen by a nurse within days of their first appointment.
W| By contrast, [Tadmarton YJS|S] had let its out-of-court work drift, with several children waiting more than a month for any contact at all.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two services a few miles apart are giving children very different experiences, and in Tadmarton that gap is too wide.”

R| [Tadmarton|S] gets four of the six recommendations, [Swalcliffe|S] the remaining two.

N| A spokesperson for [Oxfordshire County Council|A] said both teams would share what they had learned.
"""),
    # 3. a unit inside its region, the region in the headline: "has found X, one of the units making up the ..., to be
    #    ‘...’"; the region's own 2023 rating beside it; "Casework was examined on site during February 2024"; the notes'
    #    "goes live ... at 00.01 on Wednesday 29 May 2024"; "Recommendations number eight in all"
    ("ambrosden-pdu-2024", facts([
        svc("Ambrosden Probation Delivery Unit", "Ambrosden PDU", "PDU", INAD)], "2024-05-29", "2024-02", 8),
     """N| [South Central probation region|S]: [Ambrosden unit|S] found ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has found [Ambrosden Probation Delivery Unit|S] – whose parent is the [Probation Service – South Central region|S] – to be ‘[Inadequate|R]’.
N| A year earlier, in [2023|D], the whole region had been placed at ‘[Requires improvement|R]’.
N| Casework was examined on site during [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ambrosden|S] has been run by a succession of acting managers, none of whom stayed long enough to fix anything.
W| “Officers told us they felt forgotten, and we found cases where nobody had looked at the risk to a partner for over a year.”

W| Sentence plans were in place in barely half the cases read, and few had been shared with the person on probation.
S| Even so, inspectors were struck by the unit’s work with the local drug and alcohol service, which got people into treatment quickly.
W| Arrangements with [Oxfordshire County Council|A]’s children’s services were patchy, and safeguarding enquiries often went unanswered.

R| Recommendations number eight in all: six for the unit and two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Embargo lifts 00.01 [Wednesday 29 May 2024|D], when the report appears on the inspectorate’s site.
N| 2. [Ambrosden PDU|S] supervises adults on probation in the villages between Bicester and Otmoor.
"""),
    # 4. a unit inside its region with an aspect graded on its own and the previous rating beside: "now stands at ‘...’,
    #    down from the ‘...’ it was given after its last inspection in 2022"; "Unpaid work, graded on its own in this
    #    inspection, fared better at ‘...’"; "Publication date:"; "sets out a dozen recommendations"
    ("arncott-pdu-2025", facts([
        svc("Arncott Probation Delivery Unit", "Arncott PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2025-01-22", "2024-10", 12),
     """N| [Arncott probation unit|S] slips a grade

N| Publication date: [22 January 2025|D]

N| [Arncott Probation Delivery Unit|S], part of the [Probation Service|A]’s [South Central region|S], now stands at ‘[Inadequate|R]’; its previous report, in [2022|D], had put it a step higher, at ‘[Requires improvement|R]’.
W| Unpaid work, graded on its own in this inspection, fared better at ‘[Requires improvement|R]’.
N| The inspectors were in Arncott for two weeks in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Since our last visit, [Arncott|S] has lost most of its senior probation officers, and the gaps show up in almost every file.
W| “People who had been convicted of domestic abuse were too often supervised by newly qualified staff with no one checking their work.”

S| There were bright spots: the unit’s women’s group was well attended, and women who used it spoke warmly of the staff.
W| However, the unit had been slow to act on what the previous report asked of it, and some of the same weaknesses remained.

R| Mr Jones went on: “The region must now put experienced managers into Arncott and keep them there.”

R| The report sets out a dozen recommendations.
"""),
    # 5. a Probation Trust in 2012, no rating on the four-point scale: "This report was published on Thursday 7 June 2012";
    #    "pleased to find that:" / "concerned to find that:" lists; "Five recommendations appear at the end of the report"
    ("otmoor-probation-trust-2012", facts([
        svc("Otmoor Probation Trust", "Otmoor Probation Trust", "other", None)], "2012-06-07", "2012-02", 5),
     """N| Inspection of adult offending work in Otmoor

N| This report was published on [Thursday 7 June 2012|D].

N| [HM Inspectorate of Probation|A] carried out its inspection of adult offending work in [Otmoor Probation Trust|S] in [February 2012|D], reading 90 cases.
N| The inspection was led by [Liz Calderbank|X], HM Chief Inspector of Probation.

N| Inspectors were pleased to find that:
S| • offender managers were trusted by those on their caseloads, who described them as fair;
S| • work to help offenders into employment was well organised, with close links to local colleges.

N| However, inspectors were concerned to find that:
W| • the likelihood of harm to others was underestimated in a quarter of the cases;
W| • home visits to people convicted of violent offences were rare.

R| “The Trust should give its managers the time to check the quality of risk assessments,” [Liz Calderbank|X] said.

R| Five recommendations appear at the end of the report.

N| The Trust’s chief executive said the board accepted the findings.
"""),
    # 6. a CRC in 2019 with unpaid work rated on its own: "The CRC’s overall grade is ‘...’"; "Issued 18 July 2019";
    #    "between 4 and 15 March 2019"; "Seven recommendations follow, five for the CRC and two for HMPPS"
    ("swere-valley-crc-2019", facts([
        svc("Swere Valley Community Rehabilitation Company", "Swere Valley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-18", "2019-03", 7),
     """N| News

N| [Swere Valley CRC|S]: inspection report

N| Issued [18 July 2019|D]

N| [Swere Valley Community Rehabilitation Company|S] (CRC), which is owned by [MTCnovo|A], was inspected between [4 and 15 March 2019|D].
N| The CRC’s overall grade is ‘[Requires improvement|R]’.
S| Its unpaid work, which received a separate grade, was found to be ‘[Good|R]’, with placements that taught useful skills.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “This CRC has been through several changes of management since it was set up in [2015|D].
W| “Officers are carrying caseloads of over 80 people, and work to manage the risk of harm suffers as a result.”

S| Inspectors were encouraged by the through-the-gate team at [HMP Bullingdon|S], which met almost every prisoner before release.
W| Yet many people released into the area had nowhere settled to live, and the CRC rarely knew where they had gone.

R| Seven recommendations follow, five for the CRC and two for [HMPPS|A].
"""),
    # 7. an NPS division in 2019: "has given ... an overall rating at divisional level of ‘...’"; "during September and
    #    October 2019"; "Tuesday 18 February 2020"; "The inspectorate’s report lists nine recommendations"
    ("ardley-nps-division-2020", facts([
        svc("National Probation Service – Ardley Division", "NPS Ardley", "region", RI)], "2020-02-18", "2019-09", 9),
     """N| [NPS Ardley|S] must improve, say inspectors

N| [Tuesday 18 February 2020|D]

N| A report published today gives the [National Probation Service – Ardley Division|S] an overall rating at divisional level of ‘[Requires improvement|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] were in the division across [September and October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Court teams in [NPS Ardley|S] produce timely, well-argued reports, and sentencers told us they trust them.
W| “But in the offices that supervise people after sentence, we found too little attention paid to the safety of children.”

W| Staffing was thin, with one in five probation officer posts empty at the time of the inspection.
S| Work with victims, by contrast, was handled with care, and victims were kept informed at each stage.

R| Mr Russell added: “The division needs to get a grip on its vacancies before anything else.”

R| The inspectorate’s report lists nine recommendations.
"""),
    # 8. a youth offending team in 2017 written out in lower case, the abbreviation first in the headline; no rating
    #    (before the four-point scale); "Posted on 21/11/2017"; "in August 2017"; "It made eight recommendations"
    ("wardington-yot-2017", facts([
        svc("Wardington youth offending team", "Wardington YOT", "YJS", None)], "2017-11-21", "2017-08", 8),
     """N| Inspectors publish findings on [Wardington YOT|S]

N| Posted on [21/11/2017|D]

N| Inspectors from [HM Inspectorate of Probation|A] and partner inspectorates inspected the [Wardington youth offending team|S] in [August 2017|D], and their report is out today.
N| The inspection looked at the work done with children who had been sentenced by the courts.

S| The inspectors found that staff at the [Wardington YOT|S] were skilled at engaging children who had previously refused help.
S| They praised the YOT’s links with schools, which kept most of the children it supervised in education.
W| However, the inspectors said the YOT often overlooked the danger of a child being drawn in by older criminals.
W| They also found that the management board received little information about the quality of casework.

R| It made eight recommendations for the YOT and its partners.

N| Councillor [Ruth Dyer|X], cabinet member for children’s services, said: “We are glad inspectors saw the commitment of our staff, and we are already acting on the report.”
"""),
    # 9. two PDUs, town and county, on a justiceinspectorates news item, the region named as context after them: "The
    #    inspectorate’s verdict is ‘...’ for X and ‘...’ for Y"; "from 29 April to 10 May 2024" (across two months);
    #    "X is set five recommendations and Y six"
    ("bodicote-and-milcombe-pdus-2024", facts([
        svc("Bodicote Probation Delivery Unit", "Bodicote PDU", "PDU", RI),
        svc("Milcombe Probation Delivery Unit", "Milcombe PDU", "PDU", INAD)], "2024-08-06", "2024-04", 11),
     """N| News

N| Two probation units south of Banbury fall short

N| Published: [6 Aug 2024|D]

N| New reports from [HM Inspectorate of Probation|A] cover [Bodicote Probation Delivery Unit|S] and [Milcombe Probation Delivery Unit|S], both within the [Probation Service – South Central region|S].
N| The inspectorate’s verdict is ‘[Requires improvement|R]’ for [Bodicote|S] and ‘[Inadequate|R]’ for [Milcombe|S].
N| Inspectors read cases in both units from [29 April to 10 May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Milcombe|S] is a small unit that has been asked to absorb far more work than it can manage.
W| “Its officers were each holding more than 70 cases, and some people on licence had not been seen since their release.”

S| [Bodicote|S]’s managers, on the other hand, had a firm hold on performance and gave their staff regular, useful supervision.
W| In both units, information from [Thames Valley Police|A] about domestic abuse callouts was often missing from the file.

R| [Bodicote|S] is set five recommendations and [Milcombe|S] six.
"""),
    # 10. an ordinary youth justice service on GOV.UK, rated ‘Good’; "spent the week of 6 March 2023 with the service";
    #     "Just four recommendations are made"
    ("tackley-yjs-2023", facts([
        svc("Tackley Youth Justice Service", "Tackley YJS", "YJS", GOOD)], "2023-06-20", "2023-03", 4),
     """N| Press release

N| [Tackley youth justice service|S] rated ‘[Good|R]’

N| A service where children are listened to and staff are well supported.

N| From: [HM Inspectorate of Probation|A]

N| Published [20 June 2023|D]

N| [Tackley Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors spent the week of [6 March 2023|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tackley|S] may be small, yet its children get the kind of attention that bigger services struggle to offer.
S| “Children told us their workers turned up when they said they would, and that made all the difference.”

S| Inspectors were impressed by the care taken over each child’s first assessment, which drew on school, health and family.
W| Planning to protect victims, though, was thinner than the rest of the work and did not always name who was at risk.

R| Just four recommendations are made.
"""),
    # 11. an ordinary youth justice service on a council page, told in the third person, with the council's reply:
    #     "News release – 11 October 2022"; "carried out in July 2022 has placed it in the ‘...’ category"; "half a dozen"
    ("fencott-yjs-2022", facts([
        svc("Fencott Youth Justice Service", "Fencott YJS", "YJS", RI)], "2022-10-11", "2022-07", 6),
     """N| [Fencott Youth Justice Service|S]: inspection outcome

N| News release – [11 October 2022|D]

N| An inspection of [Fencott Youth Justice Service|S] carried out in [July 2022|D] has placed it in the ‘[Requires improvement|R]’ category.

S| The inspectors concluded that the service’s staff were caring and that children had good access to health workers.
W| But they reported that the service’s judgements about the danger children might pose to others were often out of date.
W| The inspectors also noted that the [Fencott YJS management board|A] had not tracked whether its own actions were making a difference.

R| Half a dozen recommendations are included in the report.

N| [Oxfordshire County Council|A]’s cabinet member for children, young people and families said: “We accept every one of the recommendations, and the board will hear regularly how we are getting on.”
N| “Our thanks go to the young people and families who spoke to the inspectors.”
"""),
    # 12. an ordinary PDU rated ‘Inadequate’ on a news item: "Inspectors have handed X the lowest of their four grades";
    #     "Fieldwork was completed in June 2023"; "In total the report carries seven recommendations"
    ("murcott-pdu-2023", facts([
        svc("Murcott Probation Delivery Unit", "Murcott PDU", "PDU", INAD)], "2023-11-14", "2023-06", 7),
     """N| News

N| [Murcott probation unit|S] ‘[Inadequate|R]’

N| Published: [14 Nov 2023|D]

N| Inspectors have handed [Murcott Probation Delivery Unit|S] the bottom grade on their scale, ‘[Inadequate|R]’.
N| Fieldwork was completed in [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Murcott|S] has been kept afloat by the goodwill of its staff, and that cannot last.
W| “Of the 45 cases we looked at, only 12 had a plan that properly addressed the risk of serious harm.”

W| Three of the unit’s five senior officer posts were unfilled when inspectors arrived.
S| Encouragingly, staff had set up a weekly drop-in with a housing charity, and it was helping people find somewhere to live.

R| “[HMPPS|A] needs to treat this unit as a priority for recruitment,” Mr Jones added.

R| In total the report carries seven recommendations.
"""),
    # 13. an ordinary youth justice service rated ‘Outstanding’, resettlement graded apart from the main rating; "between
    #     2 and 6 September 2024"; the notes' "available from 00.01 on 10 December 2024"; "Only two recommendations"
    ("epwell-yjs-2024", facts([
        svc("Epwell Youth Justice Service", "Epwell YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-12-10", "2024-09", 2),
     """N| [Epwell Youth Justice Service|S] earns top grade

N| [Epwell Youth Justice Service|S] has earned ‘[Outstanding|R]’, the top of the inspectorate’s scale.
S| Its resettlement work, which inspectors assess apart from the main rating, was graded ‘[Good|R]’.
N| The inspection took place between [2 and 6 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every child we read about had someone at [Epwell|S] who was clearly on their side.
S| “The board knows its service inside out and is not afraid to ask hard questions of partners.”

S| Inspectors found the service’s work to keep children safe was sound in all but one of the cases they examined.
W| The one weaker area was resettlement planning, where a child’s housing was sometimes settled only on the morning of release.

R| Only two recommendations are made.

N| Notes to editors
N| 1. The report is available from 00.01 on [10 December 2024|D] on the [HM Inspectorate of Probation|A] website.
"""),
    # 14. an ordinary youth offending service in 2020: "A rating of ‘...’ has been given to X (YOS)"; "Tuesday, 11th
    #     February 2020"; "visited in October 2019"; five recommendations "four for the YOS and one for ..."
    ("shenington-yos-2020", facts([
        svc("Shenington Youth Offending Service", "Shenington YOS", "YJS", RI)], "2020-02-11", "2019-10", 5),
     """N| [Shenington Youth Offending Service|S] told to improve

N| [Tuesday, 11th February 2020|D]

N| A rating of ‘[Requires improvement|R]’ has been given to [Shenington Youth Offending Service|S] (YOS) by [HM Inspectorate of Probation|A].
N| Inspectors visited in [October 2019|D] and looked at leadership, court work and out-of-court disposals.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Shenington YOS|S] has a committed team, but too much of its work depends on a few people holding everything together.
W| “When those people are away, children’s plans are not reviewed and nobody picks up the warning signs.”

S| Inspectors found that the YOS’s work with the local magistrates was strong, and reports to court were of a high standard.
W| Out-of-court disposals were another matter: in only four of the 12 cases examined was there a sound assessment.

R| There are five recommendations, four for the YOS and one for [Oxfordshire County Council|A].
"""),
    # 15. an ordinary PDU with an embargo line: "EMBARGOED: not for publication before 00.01 on Thursday 7 November
    #     2024"; "X’s overall grade is ‘...’"; "interviewed staff and read cases in June 2024"; a "Despite ..." finding
    ("enslow-pdu-2024", facts([
        svc("Enslow Probation Delivery Unit", "Enslow PDU", "PDU", RI)], "2024-11-07", "2024-06", 6),
     """N| EMBARGOED: not for publication before 00.01 on [Thursday 7 November 2024|D]

N| [Enslow probation unit|S] needs to improve, say inspectors

N| [Enslow Probation Delivery Unit|S]’s overall grade from [HM Inspectorate of Probation|A] is ‘[Requires improvement|R]’.
N| Inspectors interviewed staff and read cases in [June 2024|D].

S| Despite a large rise in cases from the new housing estates, every person starting probation was seen within five working days.
W| Yet risk assessments were not always revisited when circumstances changed, and several missed new offences.
W| The unit’s link with mental health services had lapsed, leaving officers unsure where to refer people.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Enslow|S]’s staff can be proud of how they have coped with a rapidly growing caseload.
R| “Leaders now need to make sure that risk is reassessed every time something important changes in a person’s life.”

R| The inspectorate has made six recommendations.
"""),
    # 16. an ordinary youth justice service rated ‘Good’ in 2021, all fieldwork "in January 2021" done remotely; "Friday
    #     30 April 2021" with "published today"; "The report closes with five recommendations"
    ("mollington-yjs-2021", facts([
        svc("Mollington Youth Justice Service", "Mollington YJS", "YJS", GOOD)], "2021-04-30", "2021-01", 5),
     """N| ‘[Good|R]’ rating for [Mollington Youth Justice Service|S]

N| [Friday 30 April 2021|D]

N| [Mollington Youth Justice Service|S] comes out as ‘[Good|R]’ in an inspection report published today.
N| All of the fieldwork, in [January 2021|D], was done remotely because of the pandemic.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Mollington|S] adapted quickly when lockdown came, and children still had regular contact with the people who mattered to them.
S| “The service’s leaders know their strengths and are honest about what still needs work.”

S| The service had built a strong partnership with [Thames Valley Police|A], so that most children arrested for a first offence were diverted from court.
W| Inspectors were less positive about protecting children from exploitation, which was not always joined up with children’s social care.

R| The report closes with five recommendations.
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets, the region named as context;
    #     "Published 15 October 2025"; "visited in June 2025"; "four recommendations, addressed to ..."
    ("duns-tew-pdu-2025", facts([
        svc("Duns Tew Probation Delivery Unit", "Duns Tew PDU", "PDU", None)], "2025-10-15", "2025-06", 4),
     """N| Press release

N| Public protection work in [Duns Tew Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2025|D]

N| [HM Inspectorate of Probation|A] has reported on how well [Duns Tew Probation Delivery Unit|S] protects the public.
N| Its parent region is the [Probation Service – South Central region|S].
N| No rating is given in this programme of inspections.
N| The unit was visited in [June 2025|D].

N| Context
N| • [Duns Tew PDU|S] manages around 600 people across north Oxfordshire.
N| • Roughly one case in four involves domestic abuse.

N| Findings
S| • Officers understood well what danger the people on their books might pose.
W| • Safeguarding enquiries were not made in over a third of the cases that needed them.
S| • Arrangements under [MAPPA|A] with [Thames Valley Police|A] were well organised.
W| • After an arrest or a fresh allegation, risk plans were seldom revised.

R| The report makes four recommendations, addressed to the unit and to the region.
"""),
    # 18. an ordinary youth justice service page opening on "Skip to content" and an empty "Published:" line: "The
    #     service comes out at ‘...’"; "in the week beginning 13 May 2024"; the notes' "was published on 24 September 2024"
    ("piddington-yjs-2024", facts([
        svc("Piddington Youth Justice Service", "Piddington YJS", "YJS", RI)], "2024-09-24", "2024-05", 7),
     """N| Skip to content

N| Published:

N| Inspection of [Piddington youth justice service|S]

N| [HM Inspectorate of Probation|A] has inspected [Piddington Youth Justice Service|S], and the service comes out at ‘[Requires improvement|R]’.
N| The inspection was carried out in the week beginning [13 May 2024|D].

S| Staff were praised for the patience they showed with children who had been excluded from school.
W| However, the inspectors found that plans to manage a child’s risk to others were often generic and rarely mentioned named victims.
W| Too few children given community resolutions received any follow-up at all.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Whilst the staff clearly care, [Piddington|S] cannot yet show that its work keeps children and the public safe.”

R| Seven recommendations have been made.

N| ENDS

N| Notes to editors
N| 1. The report was published on [24 September 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and fifteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
