"""Builds the 175th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Sandwell PDUs on a GOV.UK page, the region named before the units: "Tividale and Princes End both came out
    #    at ‘...’; Great Bridge was given the lowest mark, ‘...’"; fieldwork "during April 2024"; "Nine recommendations
    #    ... three per unit"; the regional director's reply
    ("tividale-great-bridge-and-princes-end-pdus-2024", facts([
        svc("Tividale Probation Delivery Unit", "Tividale PDU", "PDU", RI),
        svc("Great Bridge Probation Delivery Unit", "Great Bridge PDU", "PDU", INAD),
        svc("Princes End Probation Delivery Unit", "Princes End PDU", "PDU", RI)], "2024-09-17", "2024-04", 9),
     """N| Press release

N| Reports published on three probation units in Sandwell

N| Inspectors have looked at the work of three probation delivery units in the Black Country.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| Reports released today by [HM Inspectorate of Probation|A] cover three units in Sandwell, all part of the [Probation Service – West Midlands region|S]: [Tividale Probation Delivery Unit|S], [Great Bridge Probation Delivery Unit|S] and [Princes End Probation Delivery Unit|S].
N| [Tividale|S] and [Princes End|S] both came out at ‘[Requires improvement|R]’; [Great Bridge|S] was given the lowest mark, ‘[Inadequate|R]’.
N| The inspection team visited the three units during [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Great Bridge we found a team stretched to breaking point, where the hardest cases often sat with officers fresh from training.
W| “Staff there had all but stopped visiting the homes of men convicted of domestic abuse.
S| “[Tividale|S] and [Princes End|S] have steadier leadership, and their staff spoke warmly of the support they get from managers.”

S| Inspectors picked out [Princes End PDU|S]’s joint work with drug and alcohol services as a real strength.
W| Across all three units, checks with [West Midlands Police|A] on domestic abuse call-outs were missing in too many of the cases inspectors read.

R| Nine recommendations are made in the three reports, three per unit.

N| [Amanda Leighton|X], Regional Probation Director for the West Midlands, said: “The findings are fair, and extra managers are already in place at Great Bridge.”
"""),
    # 2. two youth justice services in a local-news story: the reports "came out on Thursday (12 October)" under a
    #    byline of Monday 16 October 2023; "Friar Park was handed ‘...’ while Hamstead earned ‘...’", in the other order
    #    from the one first named; "Eight recommendations ... five for Hamstead and three for Friar Park"
    ("hamstead-and-friar-park-yjs-2023", facts([
        svc("Hamstead Youth Justice Service", "Hamstead YJS", "YJS", GOOD),
        svc("Friar Park Youth Justice Service", "Friar Park YJS", "YJS", RI)], "2023-10-12", "2023-06", 8),
     """N| Mixed verdict for two youth justice teams in Sandwell

N| By [Daniel Corbett|X]

N| [Monday 16 October 2023|D]

N| Inspection reports on [Hamstead Youth Justice Service|S] and [Friar Park Youth Justice Service|S] came out on Thursday ([12 October|D]); inspectors had visited the two teams in [June 2023|D].
N| [Friar Park|S] was handed ‘[Requires improvement|R]’ while [Hamstead|S] earned ‘[Good|R]’.

S| Inspectors said [Hamstead|S]’s case workers noticed early when a child was being groomed by drug gangs, and acted the same day.
S| They also praised the two services’ shared education worker, who had found college places for a dozen children.
W| In [Friar Park YJS|S], however, plans for keeping children and the public safe were often thin and rarely reviewed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hamstead|S] is doing well, but children a couple of miles away in Friar Park are not getting the same careful attention.”

R| Eight recommendations are made across the two reports, five for [Hamstead|S] and three for [Friar Park|S].

N| [Sandwell Council|A] said both teams were now drawing up an action plan.
"""),
    # 3. two Walsall PDUs in a justiceinspectorates news item, the region named first: "Each unit has been judged
    #    ‘...’"; "Published: 11 Mar 2025"; fieldwork "between 14 and 25 October 2024"; "eleven recommendations, six for
    #    Moxley and five for Ocker Hill"
    ("moxley-and-ocker-hill-pdus-2025", facts([
        svc("Moxley Probation Delivery Unit", "Moxley PDU", "PDU", RI),
        svc("Ocker Hill Probation Delivery Unit", "Ocker Hill PDU", "PDU", RI)], "2025-03-11", "2024-10", 11),
     """N| News

N| Two probation units in the Black Country must improve, say inspectors

N| Published: [11 Mar 2025|D]

N| In the [Probation Service – West Midlands region|S], inspectors have reported on [Moxley Probation Delivery Unit|S] and [Ocker Hill Probation Delivery Unit|S], which sit either side of the boundary between Walsall and Sandwell.
N| Each unit has been judged ‘[Requires improvement|R]’.
N| Inspectors were with the two units between [14 and 25 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across both units, staff care about the people they supervise and are keen to learn.
W| “What let them down was the quality of risk work: too many plans said little about how the danger to others would actually be managed.”

S| [Moxley|S]’s unpaid work team had built up placements with local charities and kept them going through the winter.
W| At [Ocker Hill PDU|S], agency workers held one in three probation officer posts, and some people had seen four officers in a year.
W| Men convicted of domestic abuse faced long waits for accredited programmes in both units.

R| The reports make eleven recommendations, six for [Moxley|S] and five for [Ocker Hill|S].
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have given their lowest
    #    grade, ‘...’, to X"; the region's own earlier rating as context; "Mr Jones continued"; fieldwork "in July 2024";
    #    the notes' "Embargo: 00.01, Thursday 5 December 2024"
    ("wall-heath-pdu-2024", facts([
        svc("Wall Heath Probation Delivery Unit", "Wall Heath PDU", "PDU", INAD)], "2024-12-05", "2024-07", 7),
     """N| [West Midlands probation region|S]: inspectors find unit in Dudley ‘not keeping people safe’

N| Inspectors have given their lowest grade, ‘[Inadequate|R]’, to [Wall Heath Probation Delivery Unit|S], which belongs to the [Probation Service – West Midlands region|S].
N| The region itself came out at ‘[Requires improvement|R]’ after its own inspection in [2023|D].
N| [HM Inspectorate of Probation|A] carried out the fieldwork in [July 2024|D], examining 44 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nobody at this unit had a firm grip on what was happening to the people it supervises.
W| “Nearly half of the practitioner posts were empty, and those who remained told us they dreaded coming to work.”

W| Mr Jones continued: “In only a small minority of the cases we read had the safety of children in the household been properly considered.”

S| Even so, inspectors found that [Wall Heath|S]’s court team produced timely, well-argued reports, and magistrates valued them.
W| Links with [Dudley Council|A]’s children’s services were weak, and requests for information often went unanswered for weeks.

R| Of the seven recommendations, the unit must act on five; the other two go to the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 5 December 2024|D], when the report appears on the inspectorate’s website.
N| 2. [Wall Heath PDU|S] covers the western edge of the borough of Dudley.
"""),
    # 5. a unit inside its region, region named in the headline and notes: "a report published today (Tuesday, 21
    #    November)" (no year: the fieldwork's, June 2023); "inspectors judge X to fall one step short of ‘Good’, at ‘...’";
    #    the headline's lower-case "Hasbury probation unit"; "in only 19 of the 42 cases"; five recommendations
    ("hasbury-pdu-2023", facts([
        svc("Hasbury Probation Delivery Unit", "Hasbury PDU", "PDU", RI)], "2023-11-21", "2023-06", 5),
     """N| [West Midlands region|S]: [Hasbury probation unit|S] ‘heading in the right direction’

N| In a report published today ([Tuesday, 21 November|D]), inspectors judge [Hasbury Probation Delivery Unit|S] to fall one step short of ‘[Good|R]’, at ‘[Requires improvement|R]’.
N| The inspection took place in [June 2023|D] and looked at 42 cases in depth.

S| Inspectors found a head of service who had a realistic plan and had shared it with every member of staff.
S| Most people on probation felt their officer listened to them and treated them fairly.
W| However, the risk to partners and children was properly assessed in only 19 of the 42 cases.
W| Staff were not always making the home visits that their own plans said were needed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hasbury|S] has a lot going for it.
R| “[Hasbury|S]’s managers should now insist that police checks are made before the first appointment in every case with a history of domestic abuse.”

R| Five recommendations are made, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Hasbury PDU|S] is one of the units of [Probation Service – West Midlands region|S] and supervises about 650 people in the south of the borough of Dudley.
"""),
    # 6. a CRC in 2019 "owned by the Reducing Reoffending Partnership": "Inspectors found the work of X to be ‘...’
    #    overall"; the CRC's unpaid work "rated separately ... ‘...’"; "Published: 3 Oct 2019"; fieldwork "in May and
    #    June 2019"; six recommendations
    ("leamore-and-blakenall-crc-2019", facts([
        svc("Leamore and Blakenall Community Rehabilitation Company", "Leamore and Blakenall CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-03", "2019-05", 6),
     """N| Probation company in Walsall told to improve

N| Published: [3 Oct 2019|D]

N| Inspectors found the work of the [Leamore and Blakenall Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| The CRC, owned by the [Reducing Reoffending Partnership|A], was inspected in [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “People supervised by this CRC are too often getting little more than a phone call every few weeks.
W| “Officers are managing caseloads that leave no room to get to know people or to check what they are telling us.”

S| On the positive side, unpaid work projects were well organised and gave people skills they could take into paid jobs.
W| Relations with the [National Probation Service|A] were uneven, and cases that needed to be passed back for a fresh risk assessment were sometimes not referred at all.

R| There are six recommendations: four for the CRC and its owner, two for [HM Prison and Probation Service|A].

N| A spokesperson for the [Reducing Reoffending Partnership|A] said: “We welcome the report and are recruiting more officers.”
"""),
    # 7. a Youth Offending Team in 2016 on a council page, before ratings: a joint inspection, "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:" bullet lists; "Posted: 08/11/2016"; fieldwork
    #    "in August 2016"; six recommendations
    ("warley-yot-2016", facts([
        svc("Warley Youth Offending Team", "Warley YOT", "YJS", None)], "2016-11-08", "2016-08", 6),
     """N| Inspection of youth offending work in Warley

N| Posted: [08/11/2016|D]

N| [HM Inspectorate of Probation|A] led a joint inspection of [Warley Youth Offending Team|S] (YOT), and its report is out today.
N| Staff from [Ofsted|A] and the [Care Quality Commission|A] took part too, as did [HM Inspectorate of Constabulary|A]; the visit was in [August 2016|D].

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence and knew what was expected of them;
S| • the YOT had strong links with local schools, so few children were out of education.

N| However, inspectors were concerned to find that:
W| • work to protect the public was not always planned or reviewed;
W| • board members had little information about how good the YOT’s work was.

R| Six recommendations are made, most of them for the [Warley YOT management board|A].

N| Councillor [Simon Hackett|X], [Sandwell Council|A]’s cabinet member for children, said: “Every recommendation will be acted on, and progress will be reported to the board.”
"""),
    # 8. "Youth Offending Service" in 2019, the headline's lower-case "Dickens Heath youth offending service": "visited X in
    #    September 2019 and found it to be ‘...’"; "Embargoed until 00.01 Thursday 12 December 2019"; four
    #    recommendations
    ("dickens-heath-yos-2019", facts([
        svc("Dickens Heath Youth Offending Service", "Dickens Heath YOS", "YJS", GOOD)], "2019-12-12", "2019-09", 4),
     """N| Embargoed until 00.01 [Thursday 12 December 2019|D]

N| [Dickens Heath youth offending service|S] judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] visited [Dickens Heath Youth Offending Service|S] in [September 2019|D] and found it to be ‘[Good|R]’.

S| Leaders from [Solihull Metropolitan Borough Council|A], [West Midlands Police|A] and health services sat on an active management board that knew the service well.
S| Case managers were patient and persistent with children who had missed appointments, and most children stayed engaged.
S| Work with victims was of a high standard.
W| Out-of-court work was less assured, and assessments of these children were often thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dickens Heath|S] is a confident service with a settled team, and children benefit from that stability.
R| “I want to see the same care given to children diverted from court as to those on court orders.”

R| We have made four recommendations, three for the service and one for its board.
"""),
    # 9. a Probation Trust in 2012, before ratings: the verdict in the first sentence ("reports today that X is reducing
    #    reoffending well"), percentage scores, "Inspectors were impressed that:" / "They found
    #    room for improvement in that:"; "Wednesday, 14th March 2012" above "published today"; fieldwork "in November
    #    2011"; seven recommendations
    ("bickenhill-and-berkswell-probation-trust-2012", facts([
        svc("Bickenhill and Berkswell Probation Trust", "Bickenhill and Berkswell Probation Trust", "other", None)],
        "2012-03-14", "2011-11", 7),
     """N| Probation work in Bickenhill and Berkswell – inspection findings

N| [Wednesday, 14th March 2012|D]

S| [Her Majesty’s Inspectorate of Probation|A] reports today that [Bickenhill and Berkswell Probation Trust|S] is reducing reoffending well.
N| Inspectors read 70 cases during a visit in [November 2011|D].

S| The Trust achieved 78% for reducing reoffending; for delivering sentences its score was 84%.
W| Public protection work scored a lower 66%.

N| Inspectors were impressed that:
S| • offender managers had a good knowledge of their cases;
S| • links with employers were helping people on probation into work.

N| They found room for improvement in that:
W| • assessments of the risk of harm were often late;
W| • managers did not check the quality of the work closely enough.

R| The report makes seven recommendations for the Trust.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “We trust the Trust will use this report to build on what it does well.”
"""),
    # 10. "X moves up to ‘...’, having been judged ‘...’ in 2019" (overall and previous in one sentence);
    #     resettlement "assessed on its own, came out at ‘...’"; fieldwork "in March 2022"; "published on 2 August 2022"
    #     in the notes; six recommendations
    ("lye-yjs-2022", facts([
        svc("Lye Youth Justice Service", "Lye YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-08-02", "2022-03", 6),
     """N| Lye youth justice: steady gains since [2019|D], inspectors find

N| [Lye Youth Justice Service|S] moves up to ‘[Requires improvement|R]’, having been judged ‘[Inadequate|R]’ in [2019|D].
S| Its resettlement work, assessed on its own, came out at ‘[Good|R]’.
N| Fieldwork was carried out in [March 2022|D].

S| Leaders had taken the last report seriously, and a new improvement plan had been followed step by step.
S| Children coming out of custody had a home and a college or training place arranged before the day of release.
W| Even so, the quality of case managers’ assessments still varied a great deal, and some plans had not been reviewed for months.
W| Access to emotional and mental health support for children was too slow.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lye|S] has moved in the right direction, but there is more ground to cover.
R| “The board should now make sure every child’s assessment is checked by a manager before the plan is agreed.”

R| Six recommendations are made, five for [Lye YJS|S] and one for the [Black Country Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on [2 August 2022|D].
"""),
    # 11. a GOV.UK page: "X has achieved ‘...’, the top rating HM Inspectorate of Probation gives"; resettlement, "which
    #     is rated as a separate area, also ‘...’"; fieldwork "across June and July 2024"; three recommendations
    ("gornal-yjs-2024", facts([
        svc("Gornal Youth Justice Service", "Gornal YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-11-28", "2024-06", 3),
     """N| Press release

N| Youth justice service in Dudley earns top rating

N| Inspectors publish their report on [Gornal Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [28 November 2024|D]

N| [Gornal Youth Justice Service|S] has achieved ‘[Outstanding|R]’, the top rating [HM Inspectorate of Probation|A] gives.
S| Resettlement, which is rated as a separate area, was also ‘[Outstanding|R]’.
N| The inspection took place across [June and July 2024|D].

S| Children had a real say in their plans, and many had helped to write them.
S| Thanks to close work with [West Midlands Police|A] and local schools, most children at risk of arrest were diverted away from court.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What an exceptional service this is, and the children of this part of Dudley are lucky to have it.
S| “Nobody we met was complacent; everyone was looking for the next improvement.”

R| Inspectors have made three recommendations, all for [Gornal YJS|S]’s management board.
"""),
    # 12. a council page: "Posted on 12/03/2025"; "X has been given the lowest rating, ‘...’, by ..."; fieldwork
    #     "in November 2024"; 13 recommendations in digits; the director's apology
    ("shirley-yjs-2025", facts([
        svc("Shirley Youth Justice Service", "Shirley YJS", "YJS", INAD)], "2025-03-12", "2024-11", 13),
     """N| Council statement: inspection of [Shirley Youth Justice Service|S]

N| Posted on [12/03/2025|D]

N| [Shirley Youth Justice Service|S] has been given the lowest rating, ‘[Inadequate|R]’, by [HM Inspectorate of Probation|A] in a report out today.
N| The inspection team was with the service in [November 2024|D].

W| According to the report, children’s safety was not well enough protected, and in several cases nobody had noticed signs that a child was being criminally exploited.
W| Inspectors also found that [Shirley YJS|S] did not have enough case managers, so some children had been passed between workers repeatedly.
S| They recognised the dedication of front-line staff and the care taken over work with victims.
W| Leaders, the inspectorate said, had been slow to notice that standards were falling.

R| There are 13 recommendations, aimed at the service, its management board, [Solihull Metropolitan Borough Council|A] and the [Birmingham and Solihull Integrated Care Board|A].

N| [Claire Dennison|X], who leads children’s services for the council, said: “We are sorry that children in Shirley have been let down, and the council accepts each recommendation in full.”
"""),
    # 13. a justiceinspectorates.gov.uk news item with a date line: "Inspectors rate X as ‘...’ overall"; the headline's
    #     lower-case "West Bromwich youth justice service"; fieldwork "between 13 and 17 February 2023"; "in only 11 of
    #     the 26 cases"; six recommendations
    ("west-bromwich-yjs-2023", facts([
        svc("West Bromwich Youth Justice Service", "West Bromwich YJS", "YJS", RI)], "2023-07-06", "2023-02", 6),
     """N| News

N| Improvement needed at [West Bromwich youth justice service|S]

N| [6 July 2023|D]

N| Inspectors rate [West Bromwich Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| Fieldwork took place between [13 and 17 February 2023|D].

S| The service’s work to reduce the number of Black and mixed-heritage boys entering the justice system was a particular strength.
S| Children told inspectors their workers were reliable and always turned up when they said they would.
W| However, a sound plan for managing the risk a child posed to others was in place in only 11 of the 26 cases inspected.
W| Health support had fallen away after two specialist posts were left vacant.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[West Bromwich|S] has warm, committed staff, but warmth alone does not keep children or the public safe.
R| “Leaders must make sure that every plan sets out clearly how risks will be managed and by whom.”

R| The report contains six recommendations, one of them for [West Midlands Police|A].

N| [Sandwell Children’s Trust|A] said it welcomed the report.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("pheasey-pdu-2025", facts([
        svc("Pheasey Probation Delivery Unit", "Pheasey PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection of a probation unit on the Walsall border

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published its findings on how well [Pheasey Probation Delivery Unit|S] manages the risk posed by the people it supervises.
N| This programme of inspections does not award ratings.
N| Inspectors carried out their fieldwork in [September 2025|D].

N| Context
N| • [Pheasey PDU|S] is one of the units of [Probation Service – West Midlands region|S].
N| • The unit has a caseload of about 800, of whom roughly a third are on licence.

N| Findings
S| • Practitioners understood the people they supervised and recorded clear reasons for their decisions.
W| • A quarter of the cases needing domestic abuse checks with [West Midlands Police|A] had none on file.
W| • Management oversight of cases with a high risk of serious harm was patchy.
S| • Partner agencies turned up and contributed at [MAPPA|A] meetings, which were well run.

R| The PDU and the region share four recommendations.
"""),
    # 15. a remote inspection in 2021: "X has fallen to ‘...’; at its last inspection, in 2018, it was ‘...’";
    #     "inspectors worked remotely throughout the fieldwork in April 2021"; "Published: Thursday 15th July 2021"; "Only 8 of 20"; the
    #     council's reply
    ("tidbury-green-yjs-2021", facts([
        svc("Tidbury Green Youth Justice Service", "Tidbury Green YJS", "YJS", RI)], "2021-07-15", "2021-04", 7),
     """N| Youth service in Solihull must put children’s safety first, say inspectors

N| Published: [Thursday 15th July 2021|D]

N| [Tidbury Green Youth Justice Service|S] has fallen to ‘[Requires improvement|R]’; at its last inspection, in [2018|D], it was ‘[Good|R]’.
N| COVID-19 restrictions meant that inspectors worked remotely throughout the fieldwork in [April 2021|D].

W| Inspectors found that in lockdown many children had mostly been spoken to on the phone, including some whose safety was a serious worry.
W| Only 8 of 20 assessments looked properly at the risk children posed to others.
S| Education was a strength: nearly all children were in school, college or training.
S| Joint work with [Solihull Metropolitan Borough Council|A]’s social workers was close, and decisions were made together.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tidbury Green|S] has kept going through a hard year, but it has lost some of its focus on keeping children safe.
R| “Face-to-face contact must return for the children who need it most.”

R| The report makes seven recommendations.

N| [Solihull Metropolitan Borough Council|A] said it had already started work on them.
"""),
    # 16. a 2020 release: "HM Inspectorate of Probation has given X a rating of ‘...’"; "Thursday, 10th September 2020"
    #     at the top; fieldwork "between 3 and 7 February 2020"; "The team at Woodsetton should be proud"; no count of
    #     recommendations (null)
    ("woodsetton-yjs-2020", facts([
        svc("Woodsetton Youth Justice Service", "Woodsetton YJS", "YJS", GOOD)], "2020-09-10", "2020-02", None),
     """N| Youth justice team in Dudley rated ‘[Good|R]’

N| [Thursday, 10th September 2020|D]

N| [HM Inspectorate of Probation|A] has given [Woodsetton Youth Justice Service|S] a rating of ‘[Good|R]’ in a report published today.
N| Inspectors visited between [3 and 7 February 2020|D], shortly before the pandemic began.

S| Children and their families were fully involved in decisions about their plans.
S| Children who had been exploited by adults got swift, joined-up help, often with [West Midlands Police|A].
W| But plans for children leaving custody were often put together at the last minute.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Woodsetton|S] does a great deal with a small team.
S| “The team at [Woodsetton|S] should be proud of the difference they are making for children.”

N| Areas for improvement are covered in the full report.
"""),
    # 17. "Inspectors’ verdict on X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement "rated as a
    #     separate element, was ‘...’"; the headline's lower-case "Cheswick Green youth justice service"; "Report
    #     publication: 19 June 2024" in the notes; fieldwork "during January 2024"; five recommendations
    ("cheswick-green-yjs-2024", facts([
        svc("Cheswick Green Youth Justice Service", "Cheswick Green YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-06-19", "2024-01", 5),
     """N| [Cheswick Green youth justice service|S] ‘only just avoided the bottom rating’

N| Inspectors’ verdict on [Cheswick Green Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| It came within two points of ‘[Inadequate|R]’.
W| Resettlement, rated as a separate element, was ‘[Inadequate|R]’.
N| Inspectors were with the service during [January 2024|D].

W| Managers had little grip on how well case managers were assessing risk, and audits had stopped during a long vacancy.
W| Case managers rarely went to see children held in custody, and most release plans were left until the final fortnight.
S| Despite this, a diversion scheme the service runs with [West Midlands Police|A] won praise from inspectors for keeping many children out of court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Worryingly, the partnership had not spotted how far standards had slipped.
R| “What is needed now is clear leadership from the board, with targets and regular reporting on progress.”

R| Five recommendations have been made.

N| Notes to editors
N| 1. Report publication: [19 June 2024|D].
N| 2. [Cheswick Green YJS|S] covers the south of the borough of Solihull.
"""),
    # 18. a GOV.UK news story in 2022: "Inspectors have found X to be ‘...’"; fieldwork "over a week in September 2021";
    #     "The report is published on Tuesday 25 January 2022"; "Old Hill’s staff"; four recommendations
    ("old-hill-yjs-2022", facts([
        svc("Old Hill Youth Justice Service", "Old Hill YJS", "YJS", GOOD)], "2022-01-25", "2021-09", 4),
     """N| Youth justice service in the Black Country praised by inspectors

N| Inspectors have found [Old Hill Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection was carried out over a week in [September 2021|D].

S| Case managers knew their children well and worked hard to involve parents and carers.
S| Keeping children in education was a particular strength, helped by a dedicated teacher on the team.
W| However, some risk assessments were not updated when a child’s circumstances changed.
W| Work with children given out-of-court disposals was inconsistent.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Old Hill|S]’s staff are ambitious for every child they work with.
R| “I would like the service to give out-of-court cases the same attention as the rest of its work.”

R| The report makes four recommendations, three for [Old Hill YJS|S] and one for [Sandwell Council|A].

N| ENDS

N| Notes to editors
N| The report is published on [Tuesday 25 January 2022|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 175th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
