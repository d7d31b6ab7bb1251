"""Builds the thirty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Hertfordshire PDUs on a GOV.UK page, the region named before the units: "Two of the three, X and Y, sit at
    #    ‘...’, while Z has been placed at the foot of the scale with ‘...’"; "between 15 and 26 January 2024"; nine
    #    recommendations "three for each unit"; the regional director's reply
    ("hertford-and-ware-potters-bar-and-tring-pdus-2024", facts([
        svc("Hertford and Ware Probation Delivery Unit", "Hertford and Ware PDU", "PDU", RI),
        svc("Potters Bar Probation Delivery Unit", "Potters Bar PDU", "PDU", INAD),
        svc("Tring Probation Delivery Unit", "Tring PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Hertfordshire probation: reports on three delivery units

N| A watchdog has looked at three units that supervise people on probation across Hertfordshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A]’s reports out today look at three Hertfordshire units, [Hertford and Ware Probation Delivery Unit|S], [Potters Bar Probation Delivery Unit|S] and [Tring Probation Delivery Unit|S], each run by the [East of England region|S].
N| Two of the three, [Hertford and Ware|S] and [Tring|S], sit at ‘[Requires improvement|R]’, while [Potters Bar|S] has been put on the bottom rung, ‘[Inadequate|R]’.
N| The inspection team worked in the units between [8 and 19 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Potters Bar, nearly half of the probation officer roles were empty, and temporary staff changed so often that some people had met four different officers in a year.
W| “Too many plans meant to protect partners and children had been drafted once and then left untouched.
S| “By contrast, the teams at [Hertford and Ware|S] and [Tring|S] were steadier, and their managers gave practitioners time to talk through difficult cases.”

S| Inspectors commended [Tring PDU|S] for its joint work with [Hertfordshire Constabulary|A] in tracking people convicted of stalking.
W| In all three units, nobody had contacted children’s services in most of the cases where that was needed.

R| The three reports carry nine recommendations, three per unit.

N| [Rebecca Thorne|X], who leads probation in the East of England, said: “We thank the inspectors for their work and have already moved experienced managers into Potters Bar.”
"""),
    # 2. two Suffolk youth justice services in a local-news story: report "released on Tuesday (17 October)" under a byline
    #    of Friday 20 October 2023; fieldwork "over June and July 2023"; "X was given the highest mark available, ‘...’,
    #    with Y one step behind on ‘...’", in the other order from the one they were first named in
    ("framlingham-and-aldeburgh-yjs-2023", facts([
        svc("Framlingham Youth Justice Service", "Framlingham YJS", "YJS", GOOD),
        svc("Aldeburgh Youth Justice Service", "Aldeburgh YJS", "YJS", OUT)], "2023-10-17", "2023-06", 5),
     """N| Suffolk youth justice teams earn inspectors’ praise

N| By [Tom Whitlock|X]

N| [Friday 20 October 2023|D]

N| Inspectors who looked at [Framlingham Youth Justice Service|S] and [Aldeburgh Youth Justice Service|S] over [June and July 2023|D] have given both teams high marks in reports released on Tuesday ([17 October|D]).
N| [Aldeburgh|S] was given the highest mark available, ‘[Outstanding|R]’, with [Framlingham|S] one step behind on ‘[Good|R]’.

S| According to the reports, [Aldeburgh|S]’s workers found inventive ways to keep children involved in sport and music long after their orders ended.
S| The inspectorate also singled out [Framlingham|S]’s quick referrals of children to the local [CAMHS|A] team.
W| However, it noted that [Framlingham YJS|S] did not always record why a child’s risk level had been lowered.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both areas are lucky to have teams this committed, and [Aldeburgh|S] ranks with the very best in the country.”

R| Between them, the reports list five recommendations: three aimed at [Framlingham|S] and two at [Aldeburgh|S].

N| Councillor [Helen Barwick|X], who holds the children’s brief at [Suffolk County Council|A], said: “Every member of staff deserves thanks for the hard work behind these results.”
"""),
    # 3. a unit inside its region, the region in the headline: "has been given the lowest possible rating, ‘...’"; the
    #    region's own earlier rating as context; "The inspection, which took place in September 2024"; "Mr Jones continued";
    #    the notes' "will be published on the ... website on 3 December 2024 at 00.01"
    ("arlesey-pdu-2024", facts([
        svc("Arlesey Probation Delivery Unit", "Arlesey PDU", "PDU", INAD)], "2024-12-03", "2024-09", 6),
     """N| [East of England probation region|S]: inspectors hand [Arlesey|S] the lowest rating

N| Run by the [East of England region|S], [Arlesey Probation Delivery Unit|S] has received [His Majesty’s Inspectorate of Probation|A]’s bottom grade, ‘[Inadequate|R]’.
N| When the [East of England region|S] itself came under inspection in [2023|D], it received ‘[Requires improvement|R]’.
N| The inspection of the unit, which took place in [September 2024|D], looked closely at 52 cases.

W| “What we found was a unit running on goodwill alone,” said [Martin Jones|X], HM Chief Inspector of Probation.
W| “Managers were covering several jobs at once, supervision of staff had all but lapsed, and the office had no working system for logging home visits.”

W| Mr Jones continued: “For people judged most dangerous to others, hardly any of the plans we read would have protected anyone.”

S| In spite of these pressures, inspectors found that practitioners at [Arlesey|S] had a detailed grasp of the lives of those they supervised and treated them with respect.
W| Links with [Bedfordshire Police|A] and [Central Bedfordshire Council|A] were described as weak, with requests for information often left unanswered for weeks.

R| Six recommendations are made; regional leaders are asked to carry out two, the unit itself four.

N| ENDS

N| Notes to editors
N| 1. Publication of the report on the inspectorate’s website: [3 December 2024|D], 00.01.
N| 2. [Arlesey PDU|S] is one of several units making up the [East of England region|S].
"""),
    # 4. a Probation Trust in 2011, before ratings: the verdict in the first sentence ("is sound but needs ..."),
    #    percentage scores, bullet lists after "Among the positives, inspectors noted that:" / "Areas for improvement
    #    identified by inspectors were that:"; "Tuesday, 8th November 2011" above "published today"; fieldwork "in July 2011"
    ("histon-and-cottenham-probation-trust-2011", facts([
        svc("Histon and Cottenham Probation Trust", "Histon and Cottenham Probation Trust", "other", None)],
        "2011-11-08", "2011-07", 8),
     """N| Inspection of [Histon and Cottenham Probation Trust|S] published

N| [Tuesday, 8th November 2011|D]

W| Public protection work by [Histon and Cottenham Probation Trust|S] is sound but needs sharper attention to detail, [HM Inspectorate of Probation|A] concludes in today’s report.
N| Seventy cases were examined in [July 2011|D] under the Offender Management Inspection programme.

S| On assessing and planning for the risk its offenders posed to others, the Trust scored 79%.
W| However, its score for delivering the planned work was lower, at 63%.

N| Inspectors recorded as positives that:
S| • court reports arrived on time and were well reasoned;
S| • the Trust worked closely with [Cambridgeshire Constabulary|A] on integrated offender management.

N| Areas for improvement identified by inspectors were that:
W| • staff seldom visited offenders at home, even where children lived with them;
W| • some sentence plans set out objectives the offender had never been told about.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff take their responsibilities seriously, and the results show it.
R| “What the Trust must do next is make certain that what is planned actually happens, case by case.”

R| Inspectors make eight recommendations.
"""),
    # 5. a CRC in 2019 in a provider partnership, with an embargo line: "has judged X (CRC), part of the ... partnership
    #    led by ..., to be ‘...’"; unpaid work "rated separately and was found to be ‘...’"; "between 4 and 8 February
    #    2019"; the provider's reply
    ("kings-langley-and-chorleywood-crc-2019", facts([
        svc("Kings Langley and Chorleywood Community Rehabilitation Company", "Kings Langley and Chorleywood CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": INAD}])], "2019-05-16", "2019-02", 6),
     """N| Embargoed: 00.01 hrs [Thursday 16 May 2019|D]

N| Rehabilitation company in Hertfordshire must raise its game, say inspectors

N| [Her Majesty’s Inspectorate of Probation|A]’s team judged that [Kings Langley and Chorleywood Community Rehabilitation Company|S] (CRC), which belongs to the [Interserve|A]-led [Purple Futures|A] group, ‘[Requires improvement|R]’.
W| Unpaid work was rated separately and was found to be ‘[Inadequate|R]’.
N| Inspectors visited the CRC between [4 and 8 February 2019|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Waits of several weeks to start unpaid work were common, and some people never started at all.
W| “Staff were trying hard, yet with 70 or more cases each they had little room for the careful work that reduces reoffending.”

S| Inspectors were complimentary about the CRC’s resettlement staff, who helped prison leavers into housing.
W| Contact between CRC staff and the [National Probation Service|A] was inconsistent, and risk information sometimes went missing along the way.

R| The report’s six recommendations ask the CRC for action on four points and ask [HM Prison and Probation Service|A] for action on two.

N| A spokesperson for [Purple Futures|A] said: “The findings are fair, and our plan to get unpaid work back on track is already being put into practice.”
"""),
    # 6. an NPS division on a justiceinspectorates news item: "Published: 11 Feb 2020"; "has been assessed as ‘...’
    #    overall"; victim work "which inspectors rated on its own, was judged ‘...’"; "in October and November 2019"
    ("nps-wensum-and-yare-division-2020", facts([
        svc("National Probation Service – Wensum and Yare Division", "NPS Wensum and Yare", "region", GOOD,
            [{"aspect": "work with victims", "rating": RI}])], "2020-02-11", "2019-10", 7),
     """N| News

N| ‘[Good|R]’ rating for a probation division in Norfolk

N| Published: [11 Feb 2020|D]

N| [HM Inspectorate of Probation|A]’s inspectors consider [National Probation Service – Wensum and Yare Division|S] to be ‘[Good|R]’ overall.
W| Work with victims, which inspectors rated on its own, was judged ‘[Requires improvement|R]’.
N| Inspectors spent time with the division in [October and November 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Wensum and Yare|S] is well led, with a senior team that listens to its staff and acts on what it hears.
S| “Reports to court were excellent, and almost every one we read gave sentencers what they needed.”

W| Yet victims too often learned nothing of the date an offender would leave prison.
R| Inspectors want the division to give victim contact the same priority as its court work.

R| Of the seven recommendations, five call for action by the division and two by [HMPPS|A].
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a short quality screening,
    #    "Posted: 22/09/2016" (day/month/year), bullet lists after "What inspectors found encouraging:" / "Inspectors were
    #    less satisfied that:"; the council's reply
    ("costessey-yot-2016", facts([
        svc("Costessey Youth Offending Team", "Costessey YOT", "YJS", None)], "2016-09-22", "2016-06", 7),
     """N| Young offenders in Costessey: inspection findings out

N| Posted: [22/09/2016|D]

N| [HM Inspectorate of Probation|A]’s brief quality screening of [Costessey Youth Offending Team|S] (YOT) has reported.
N| Inspectors spent three days with the team in [June 2016|D] and looked at the work done with 20 children.

N| What inspectors found encouraging:
S| • children and their parents trusted their case managers;
S| • the YOT had close links with local schools and with [Norfolk County Council|A]’s children’s services.

N| Inspectors were less satisfied that:
W| • assessments of a child’s vulnerability were sometimes out of date;
W| • board members heard little about how good the YOT’s work actually was.

S| Overall, the inspectors judged [Costessey YOT|S]’s efforts to stop children reoffending to be sound.
R| Seven recommendations follow, the majority for the board that oversees the YOT.

N| Cllr [Penny Hart|X], chair of [Norfolk County Council|A]’s children’s services committee, said: “We welcome this report and the recognition it gives to our staff.”
"""),
    # 8. a youth service moving up: "has lifted X to ‘...’ in a report published today (Wednesday, 19 July)" (no year: the
    #    fieldwork's, March 2023); the previous inspection's rating beside it; resettlement "which is rated separately,
    #    reached the top grade of ‘...’"
    ("linton-yjs-2023", facts([
        svc("Linton Youth Justice Service", "Linton YJS", "YJS", GOOD, [{"aspect": "resettlement", "rating": OUT}])],
        "2023-07-19", "2023-03", 4),
     """N| [Linton Youth Justice Service|S] moves up to ‘[Good|R]’

N| Inspectors have lifted [Linton Youth Justice Service|S] to ‘[Good|R]’ in a report that appears today ([Wednesday, 19 July|D]).
N| Its previous inspection, in [2019|D], ended in ‘[Requires improvement|R]’.
N| The fieldwork was done in [March 2023|D].

S| Resettlement, a separately rated element, reached the top grade of ‘[Outstanding|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Linton|S] has turned itself around since our last visit, and children now get a service built around their own needs.
S| “The way the team prepares children for leaving custody, finding them a home and a college place before release, is exemplary.”

W| Inspectors did raise concerns: roughly one plan in three to protect victims lacked detail.
W| Turnover among the police officers attached to the service had also made joint work with [Cambridgeshire Constabulary|A] less reliable.

R| Of four recommendations, three go to the service and the fourth to [Cambridgeshire County Council|A].
"""),
    # 9. a youth service told to improve, with a "Tuesday, 11th March 2025" date line and "published today": "Inspectors
    #    have concluded that X ‘...’"; "The inspection visit, held in November 2024"; "X’s leaders need to"
    ("cranfield-yjs-2025", facts([
        svc("Cranfield Youth Justice Service", "Cranfield YJS", "YJS", RI)], "2025-03-11", "2024-11", 6),
     """N| Youth justice service in Bedfordshire told it must improve

N| [Tuesday, 11th March 2025|D]

N| In today’s report, inspectors conclude that [Cranfield Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection visit, held in [November 2024|D], involved reading the files of 30 children.

S| Inspectors were impressed by the dedication of [Cranfield YJS|S] case workers, several of whom had worked with the same families for years.
W| However, how well children were kept safe depended too much on which case worker they had.
W| Out-of-court work was an area of particular weakness, with children sometimes waiting months for a decision.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The board oversees the service on paper, but in practice it has not asked the hard questions.
R| “[Cranfield|S]’s leaders need to agree a clear plan with their partners and see it through.”

R| Six recommendations are listed: the service is to act on four, its partnership board on two.

N| A [Central Bedfordshire Council|A] spokesperson said: “We accept the report in full and work is already under way.”
"""),
    # 10. a Youth Offending Service in 2021: "has awarded X (YOS) its highest possible rating, ‘...’"; "Published: 24 Aug
    #     2021"; fieldwork "carried out remotely in May 2021"; "all but two"; "The one area to be strengthened"
    ("sheringham-yos-2021", facts([
        svc("Sheringham Youth Offending Service", "Sheringham YOS", "YJS", OUT)], "2021-08-24", "2021-05", 3),
     """N| [Sheringham Youth Offending Service|S] earns top rating

N| Published: [24 Aug 2021|D]

N| The top grade of ‘[Outstanding|R]’ goes to [Sheringham Youth Offending Service|S] (YOS), following [HM Inspectorate of Probation|A]’s recent visit.
N| Owing to coronavirus restrictions, inspectors did their work remotely in [May 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sheringham YOS|S] stands out for the care it takes to understand each child, and for the creativity of its staff.
S| “Partnership with [Norfolk Constabulary|A] and local schools was excellent, and the board had an accurate picture of the service’s performance.”

S| Every child inspected had an assessment completed on time, and in all but two cases it was of a high quality.
W| Work to prepare children for moving on to adult services at 18 was the one area inspectors felt should be stronger.

R| Inspectors make three recommendations, each of them for the YOS.

N| Notes to editors
N| 1. [Sheringham YOS|S] supports children between 10 and 17 who are in trouble with the law or at risk of it.
"""),
    # 11. a 2025 public-protection PDU inspection, no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets; "published today (Tuesday 9 December)" (no year: the fieldwork's, 8 to 12 September 2025)
    ("hemel-hempstead-pdu-2025", facts([
        svc("Hemel Hempstead Probation Delivery Unit", "Hemel Hempstead PDU", "PDU", None)], "2025-12-09", "2025-09", 5),
     """N| Skip to content

N| Published:

N| Inspection of public protection at [Hemel Hempstead Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] today ([Tuesday 9 December|D]) publishes its findings on how [Hemel Hempstead Probation Delivery Unit|S], under the [East of England region|S], protects the public.
N| Inspections in this series examine the management of people who could harm others, and they carry no rating.
N| Inspectors were on site for one week from [8 September 2025|D].

N| Context
N| • The unit supervises about 1,100 people living in and around Dacorum.
N| • Its staff work from a single office in the town centre.

N| Findings
S| • Risk assessments were thorough in most cases, and managers checked them carefully.
W| • Home visits were made in only 9 of 31 cases where they were needed.
W| • In fewer than half of relevant cases had staff asked [Hertfordshire Constabulary|A] whether police had been called to an address over domestic abuse.
S| • Joint work with [Dacorum Borough Council|A]’s housing team helped people leaving prison avoid sleeping rough.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit’s staff are committed, but too many visits that should protect children and partners simply did not happen.”

R| The report makes five recommendations.
"""),
    # 12. a youth service falling to the bottom in a local-news story: byline Thursday 17 October 2024, report "published on
    #     Tuesday (15 October)"; "has been judged ‘...’"; "At its previous inspection, in 2021, the service was graded
    #     ‘Good’"; "the watchdog found"; the council's apology
    ("godmanchester-yjs-2024", facts([
        svc("Godmanchester Youth Justice Service", "Godmanchester YJS", "YJS", INAD)], "2024-10-15", "2024-07", 8),
     """N| [Godmanchester youth justice service|S] rated ‘[Inadequate|R]’ by watchdog

N| By [Sophie Ling|X]

N| [Thursday 17 October 2024|D]

N| Inspectors have placed [Godmanchester Youth Justice Service|S] in the ‘[Inadequate|R]’ band, in findings released on Tuesday ([15 October|D]).
N| Three years ago, in [2021|D], inspectors had graded the service ‘[Good|R]’.
N| Inspectors visited in [July 2024|D] and read the records of 25 children.

W| The watchdog found that leaders had lost sight of the quality of frontline work after a restructure of children’s services.
W| Only 8 of the 25 plans examined did enough to keep the child safe from exploitation.
S| Inspectors did credit the service’s education worker, whose efforts meant most children were back in school within a term.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Seeing a service slip so far in such a short time is disappointing.
R| “Leaders at the council and among its partners must move quickly so that children at risk of exploitation are properly protected.”

R| Eight recommendations are made: six are directed at the service and two at [Cambridgeshire County Council|A].

N| A [Cambridgeshire County Council|A] spokesperson said: “We are sorry that young people have been let down, and an improvement board is now in place.”
"""),
    # 13. two Bedfordshire PDUs, the region named beside their ratings: "X has earned ‘...’, a grade no other unit in the
    #     ... region has reached since 2021, while Y stays at ‘...’, the grade it received in 2022"; "Fieldwork: 16 - 27
    #     October 2023"; the notes' "available on the ... website from 12 March 2024"
    ("sandy-and-houghton-regis-pdus-2024", facts([
        svc("Sandy Probation Delivery Unit", "Sandy PDU", "PDU", GOOD),
        svc("Houghton Regis Probation Delivery Unit", "Houghton Regis PDU", "PDU", RI)], "2024-03-12", "2023-10", 10),
     """N| Bedfordshire probation: a ‘[Good|R]’ for one unit, a call to improve for the other

N| Inspectors have reported on two probation delivery units in Bedfordshire: [Sandy Probation Delivery Unit|S] and [Houghton Regis Probation Delivery Unit|S].
N| [Sandy|S] has earned ‘[Good|R]’, which no unit elsewhere in the [East of England region|S] has managed since [2021|D], while [Houghton Regis|S] stays at ‘[Requires improvement|R]’, the grade it received in [2022|D].
N| Fieldwork: [16 - 27 October 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sandy|S] shows what a probation unit can achieve with stable staffing and a manager who knows every case.
W| “[Houghton Regis|S] has made some progress, but its staff are still stretched too thin to see people as often as they should.”

S| Inspectors singled out [Sandy PDU|S]’s domestic abuse work with [Bedfordshire Police|A] as consistently thorough.
W| In [Houghton Regis PDU|S], almost half the cases inspected lacked a current assessment of risk.

R| The two reports make ten recommendations between them, four for [Sandy|S] and six for [Houghton Regis|S].

N| ENDS

N| Notes to editors
N| 1. Both reports can be read on the inspectorate’s website from [12 March 2024|D].
"""),
    # 14. a youth service with an aspect rated above its overall: "Inspectors’ overall verdict on X (YJS) is ‘...’"; out-of-
    #     court disposals "assessed separately and judged ‘...’"; YJS / YOT switching; "Wednesday 5 March 2025" date line;
    #     "Fieldwork ran from 11 to 15 November 2024"
    ("diss-yjs-2025", facts([
        svc("Diss Youth Justice Service", "Diss YJS", "YJS", RI, [{"aspect": "out-of-court disposals", "rating": GOOD}])],
        "2025-03-05", "2024-11", 4),
     """N| ‘[Requires improvement|R]’ verdict for youth justice in south Norfolk

N| [Wednesday 5 March 2025|D]

N| Inspectors’ overall verdict on [Diss Youth Justice Service|S] (YJS) is ‘[Requires improvement|R]’.
S| Assessed separately, its out-of-court disposals were judged ‘[Good|R]’.
N| Fieldwork ran from [18 to 22 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Diss|S] has a team that cares deeply about its children, but the basics of assessment and planning are not yet in place.
S| “Diverting children from court is something the service and its partners do really well, and they deserve credit for it.”

W| Inspectors found that staff shortages in the [Diss YOT|S], as several partners still call it, had left some children without a named worker for weeks.
W| The health offer was thin, with long waits for [CAMHS|A] and no speech and language therapist.

R| Of the four recommendations, one urges the management board to look more closely at the quality of case work.

N| In a statement, [Norfolk County Council|A] said the findings were accepted without reservation.
"""),
    # 15. a youth offending team written out, in 2018, in a local-news story: byline Friday 16 November 2018, report
    #     "published on Tuesday (13 November)"; "have given X a ‘...’ rating", one of the first under the four-point scale;
    #     "good-quality work" as an adjective; fieldwork "a week in the town in August 2018"
    ("burwell-yot-2018", facts([
        svc("Burwell Youth Offending Team", "Burwell YOT", "YJS", GOOD)], "2018-11-13", "2018-08", 5),
     """N| [Burwell youth offending team|S] praised by inspectors

N| By [Daniel Fenn|X]

N| [Friday 16 November 2018|D]

N| Inspectors have given [Burwell Youth Offending Team|S] a ‘[Good|R]’ rating, making it one of the first youth services in the country to be graded on the four-point scale the inspectorate has just introduced.
N| The report came out on Tuesday ([13 November|D]); inspectors had spent a week in the town in [August 2018|D].

S| The watchdog found that the YOT’s case managers produced good-quality work with children and gave real thought to the victims of their crimes.
S| [Burwell YOT|S] was also praised for helping children into training and jobs with local employers.
W| But inspectors said the team’s management board rarely questioned the figures it was given, and some partners sent junior staff who could not make decisions.

S| “Children come first for this team, and that is plain in almost everything it does,” said [Dame Glenys Stacey|X], HM Chief Inspector of Probation.

R| The report lists five recommendations, most of which concern the board.

N| [Mark Ellery|X], who leads children’s services at [Cambridgeshire County Council|A], said: “Inspectors have recognised what our staff do, and we are delighted.”
"""),
    # 16. a council news page on its own youth service: "Inspectors have told our X that its work ‘...’"; "only strong
    #     leadership had kept the service from an overall ‘Inadequate’" (no rating given by it); the notes' "went online at
    #     00.01 on 17 September 2024"; fieldwork "visited in April 2024"
    ("wickham-market-yjs-2024", facts([
        svc("Wickham Market Youth Justice Service", "Wickham Market YJS", "YJS", RI)], "2024-09-17", "2024-04", 6),
     """N| [Wickham Market Youth Justice Service|S]: inspection outcome

N| Inspectors have told our [Wickham Market Youth Justice Service|S] that its work ‘[Requires improvement|R]’.
N| The inspection team visited in [April 2024|D].

W| Inspectors said that only strong leadership had spared the service an overall ‘[Inadequate|R]’.
S| They found leaders with a clear sense of direction who had built good relationships with schools and with [Suffolk Constabulary|A].
W| However, case workers did not always assess how much risk a child presented to other people, and plans were often copied unchanged between reviews.
W| Children with emotional health needs were not always seen by [CAMHS|A] quickly enough.

R| Six recommendations were made, among them that every child’s risk to others be looked at again whenever their circumstances change.

N| Councillor [Joanna Pryke|X], our cabinet member responsible for children, said: “We accept every one of the recommendations, and have begun putting them into practice.”

N| Notes
N| 1. The inspectorate’s report went online at 00.01 on [17 September 2024|D].
"""),
    # 17. a youth service at the bottom on a GOV.UK page: "has been handed the inspectorate’s lowest grade, ‘...’"; "the
    #     board met regularly, but little changed"; "in only 7 of 22 cases"; "I call on ..."; fieldwork "for a fortnight in
    #     March 2022"
    ("hingham-yjs-2022", facts([
        svc("Hingham Youth Justice Service", "Hingham YJS", "YJS", INAD)], "2022-06-21", "2022-03", 9),
     """N| Press release

N| Youth justice work in Hingham falls well short

N| From: [HM Inspectorate of Probation|A]

N| Published [21 June 2022|D]

N| The inspectorate has handed [Hingham Youth Justice Service|S] its bottom grade: ‘[Inadequate|R]’.
N| The inspection took two weeks of [March 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Many of the children we met faced exploitation, and too little was being done to keep them safe.
W| “Board papers were circulated and minutes taken, but the same problems came back month after month, and nobody took ownership of them.”

S| Despite these failings, the inspectors were full of praise for the team’s speech therapist, whose work helped children make sense of their court orders.
W| Worryingly, in only 7 of 22 cases had staff considered the safety of the victim.

R| Mr Russell added: “I call on [Norfolk County Council|A] to lead a rapid recovery, and we will return to check on progress.”

R| There are nine recommendations in the report.

N| Notes to editors
N| 1. [Hingham YJS|S] is run by [Norfolk County Council|A] and serves children from 10 to 17 across the district.
"""),
    # 18. a PDU in a local-news story with the rating unquoted and capitalised ("rated Requires Improvement"); the region
    #     written "the Probation Service’s East of England region" (two spans); "The report, published on 23 May 2023,
    #     follows an inspection in January 2023"; "Just over half"
    ("welwyn-pdu-2023", facts([
        svc("Welwyn Probation Delivery Unit", "Welwyn PDU", "PDU", RI)], "2023-05-23", "2023-01", 7),
     """N| [Welwyn probation service|S] told to improve

N| After its latest visit, the probation watchdog has rated [Welwyn Probation Delivery Unit|S] [Requires Improvement|R].
N| The report, published on [23 May 2023|D], follows an inspection in [January 2023|D].
N| The unit covers Welwyn Garden City and the villages around it.

W| Inspectors found that staff were carrying caseloads far above the national target, and several had joined only months earlier.
W| Just over half of the assessments they read were good enough.
S| On a brighter note, the watchdog said managers were visible and supportive, and relations with [Hertfordshire Constabulary|A] were strong.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Welwyn|S]’s staff are doing what they can in difficult circumstances, but supervision here is still not strong enough to keep people safe.”

R| Seven recommendations were made.

N| In reply, the regional office of the [Probation Service|A] said: “More staff are being recruited for Welwyn, and a response to each recommendation is being drawn up.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
