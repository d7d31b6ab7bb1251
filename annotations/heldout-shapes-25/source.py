"""Builds the twenty-fifth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, the region named first ("Two units of East of England region, X and Y, were
    #    inspected together"): "X lands at ‘...’; its neighbour Y sinks to ‘...’"; fieldwork "in the weeks beginning 10 and
    #    17 June 2024"; "Between them, the two reports set out eleven recommendations, six for Y and five for X"
    ("attleborough-and-watton-pdus-2024", facts([
        svc("Attleborough Probation Delivery Unit", "Attleborough PDU", "PDU", RI),
        svc("Watton Probation Delivery Unit", "Watton PDU", "PDU", INAD)], "2024-11-12", "2024-06", 11),
     """N| Press release

N| Two Breckland probation units inspected

N| Reports on a pair of probation delivery units in mid-Norfolk are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| Two units of [East of England region|S], [Attleborough Probation Delivery Unit|S] and [Watton Probation Delivery Unit|S], were inspected together.
N| [Attleborough|S] lands at ‘[Requires improvement|R]’; its neighbour [Watton|S] sinks to ‘[Inadequate|R]’.
N| The inspection team was with both units in the weeks beginning [10 and 17 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Watton|S] had lost almost all of its experienced officers within a year, and the trainees who replaced them were left largely to fend for themselves.
W| “Checks with children’s services simply had not happened in most of the cases we read.
S| “[Attleborough|S] is in better shape: its manager leads from the front and the team pulls together.”

S| Staff at [Attleborough|S] had built close ties with [Norfolk Constabulary|A]’s integrated offender management team.
W| In both units, risk plans for people convicted of domestic abuse were thin and often stale.

R| Between them, the two reports set out eleven recommendations, six for [Watton|S] and five for [Attleborough|S].
"""),
    # 2. two Powys youth services in local news: byline Friday 8 December 2023, "Tuesday (5 December) saw the publication
    #    of inspectors’ reports on ..."; "X has been graded ‘...’, while Y was marked down to ‘...’"; "The inspectors’
    #    visit, in September 2023"; "There are nine recommendations between them: five for Y, four for X"
    ("builth-wells-and-rhayader-yjs-2023", facts([
        svc("Builth Wells Youth Justice Service", "Builth Wells YJS", "YJS", GOOD),
        svc("Rhayader Youth Justice Service", "Rhayader YJS", "YJS", RI)], "2023-12-05", "2023-09", 9),
     """N| Mixed verdicts for two mid-Wales youth services

N| By [Gethin Pryce|X]

N| [Friday 8 December 2023|D]

N| Tuesday ([5 December|D]) saw the publication of inspectors’ reports on [Builth Wells Youth Justice Service|S] and [Rhayader Youth Justice Service|S].
N| [Builth Wells|S] has been graded ‘[Good|R]’, while [Rhayader|S] was marked down to ‘[Requires improvement|R]’.
N| The inspectors’ visit, in [September 2023|D], took in both services over the same fortnight.

S| The watchdog said children in Builth Wells were helped back into school or training quickly, often within a fortnight of their first appointment.
W| In Rhayader, though, case workers had been asked to cover a patch stretching to the English border, and several children had not been visited for weeks on end.
W| Records in [Rhayader YJS|S] did not always show whether a child’s safety had been weighed up after a move of home.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team in Builth Wells knows its children as individuals, and it shows in the results.”

R| There are nine recommendations between them: five for [Rhayader|S], four for [Builth Wells|S].

N| [Powys County Council|A] promised to go through both reports with care.
"""),
    # 3. a unit inside its region, the region in the headline: "X has received ‘...’, the bottom grade ... uses"; "over a
    #    fortnight in November 2024"; "Embargo: 00:01 on Thursday 13 March 2025" in the notes; "Mr Jones continued";
    #    "The report closes with seven recommendations"
    ("north-walsham-pdu-2025", facts([
        svc("North Walsham Probation Delivery Unit", "North Walsham PDU", "PDU", INAD)], "2025-03-13", "2024-11", 7),
     """N| [East of England probation region|S]: north Norfolk unit failing, inspectors say

N| [North Walsham Probation Delivery Unit|S] has received ‘[Inadequate|R]’, the bottom grade [HM Inspectorate of Probation|A] uses.
N| Inspectors gathered evidence over a fortnight in [November 2024|D], reading 44 cases and speaking to staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in this unit were too often left to drift.
W| “Appointments were missed without follow-up, and in one case after another nobody had asked what the person’s behaviour meant for those at home.”

W| Mr Jones continued: “Senior leaders in the region knew the unit was struggling, yet the help it received came late and did not last.”

S| Even so, the unit’s unpaid work team was well run, and local parishes valued its projects.
W| Only 14 of the 44 cases contained sound plans for protecting others.

R| The report closes with seven recommendations, five aimed at [North Walsham PDU|S] and two at the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00:01 on [Thursday 13 March 2025|D], when the report is posted online.
N| 2. [North Walsham PDU|S] covers the coast and countryside north of Norwich.
"""),
    # 4. a unit inside its region, the region in brackets after the unit and its own rating as context: "X (Kent, Surrey
    #    and Sussex region) now sits at ‘...’"; "The region’s last inspection, in 2022, also settled on ‘...’"; fieldwork
    #    "between 30 January and 10 February 2023"; "Six recommendations appear in the report, five of them for the unit"
    ("pulborough-pdu-2023", facts([
        svc("Pulborough Probation Delivery Unit", "Pulborough PDU", "PDU", RI)], "2023-06-20", "2023-01", 6),
     """N| News

N| West Sussex probation unit must raise its game

N| Published: [20 Jun 2023|D]

N| [Pulborough Probation Delivery Unit|S] ([Kent, Surrey and Sussex region|S]) now sits at ‘[Requires improvement|R]’, the second-lowest mark on the scale.
N| The region’s last inspection, in [2022|D], also settled on ‘[Requires improvement|R]’.
N| Inspectors worked with the unit between [30 January and 10 February 2023|D].

S| Leaders at [Pulborough|S] had steadied a unit that had been through three heads in two years, and staff were warm about the people managing them.
W| Yet the quality of casework lagged behind: fewer than half of the risk assessments read by inspectors were good enough.
W| Links with [Sussex Police|A] over domestic abuse call-outs were patchy, and the results of enquiries were sometimes never recorded.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a real willingness here to put things right.
R| “The unit’s next task is to make sure every assessment asks who else could be harmed, and what is being done about it.”

R| Six recommendations appear in the report, five of them for the unit and one for the region.
"""),
    # 5. a Probation Trust in 2013, before ratings: marks out of 100, "Among the things that went well:" / "Areas for
    #    improvement included:" lists; "Wednesday 23rd January 2013" above "released today"; fieldwork "examined in October
    #    2012"; "Eight recommendations were made"
    ("loddon-and-stalham-probation-trust-2013", facts([
        svc("Loddon and Stalham Probation Trust", "Loddon and Stalham Probation Trust", "other", None)],
        "2013-01-23", "2012-10", 8),
     """N| Inspection of probation work in Loddon and Stalham

N| [Wednesday 23rd January 2013|D]

N| Findings on [Loddon and Stalham Probation Trust|S], whose work [Her Majesty’s Inspectorate of Probation|A] examined in [October 2012|D], have been released today.
N| A sample of 54 cases was read under the second programme of offender management inspections.

S| On cutting reoffending, the Trust earned 77 marks in 100, better than most of its peers.
W| For public protection, it managed only 61.

N| Among the things that went well:
S| • first appointments normally took place within a week of court;
S| • the Trust had a long-standing partnership with [Norfolk Constabulary|A] for managing persistent offenders.

N| Areas for improvement included:
W| • plans to manage risk were often not reviewed when circumstances changed;
W| • in several relevant cases nobody had contacted children’s social care.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are committed and know their offenders well.
R| “Managers must now make the quality of public protection work a priority.”

R| Eight recommendations were made.
"""),
    # 6. a CRC in 2019 owned by a named provider, "Embargo: Thursday 21 February 2019, 00:01" (date before time); "Overall,
    #    X (CRC), which ... owns, picks up ‘...’"; unpaid work "graded apart from the rest, fared worse"; "...’s
    #    fieldwork occupied the last fortnight of October 2018"; "Five recommendations result: three ..., the remaining pair"
    ("manningtree-and-wivenhoe-crc-2019", facts([
        svc("Manningtree and Wivenhoe Community Rehabilitation Company", "Manningtree and Wivenhoe CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-02-21", "2018-10", 5),
     """N| Embargo: [Thursday 21 February 2019|D], 00:01

N| North Essex probation company ‘must do better’

N| Overall, [Manningtree and Wivenhoe Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] owns, picks up ‘[Requires improvement|R]’.
W| Unpaid work, graded apart from the rest, fared worse: ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A]’s fieldwork occupied the last fortnight of [October 2018|D].

S| The CRC’s through-the-gate team had found housing for most prisoners before they were released, which inspectors commended.
W| Too many people on unpaid work waited months to start their hours, and a large share never completed them.
W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Risk of harm was not routinely reassessed, and in some cases obvious warning signs had gone unnoticed.
S| “On a brighter note, the CRC’s women’s service is thoughtful and well used.”

R| Five recommendations result: three go to the company and its owner, [Sodexo Justice Services|A], and the remaining pair to [HMPPS|A].

N| [Sodexo Justice Services|A] said in a statement that changes were under way.
"""),
    # 7. a youth offending service on a Welsh council page: "Posted on 07/05/2019"; "... found X (YOS) to be ‘...’";
    #    resettlement "assessed on its own, earned ‘...’"; "The inspection visit fell in January 2019"; "Three recommendations
    #    accompany the report"
    ("presteigne-yos-2019", facts([
        svc("Presteigne Youth Offending Service", "Presteigne YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2019-05-07", "2019-01", 3),
     """N| Youth offending inspection: council welcomes report

N| Posted on [07/05/2019|D]

N| [HM Inspectorate of Probation|A] found [Presteigne Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
S| Resettlement work, assessed on its own, earned ‘[Outstanding|R]’.
N| The inspection visit fell in [January 2019|D].

S| The report says the YOS board, chaired by the council’s director of social services, gives clear direction and holds partners to account.
S| Children leaving custody went back to a home, a school or training place and a worker they already knew.
W| Inspectors did find, however, that safety plans for children being groomed or exploited were not always passed to [Dyfed-Powys Police|A].

R| Three recommendations accompany the report.

N| Councillor [Rhian Bowen|X], who leads on young people for [Powys County Council|A], said: “Our staff deserve this, and we intend to build on it.”
"""),
    # 8. an NPS division in 2019: "For the X, the overall regional rating is ‘...’"; court work "rated in its own right,
    #    reached ‘Good’"; headline "falls short of ‘Good’"; "Published: 3 Oct 2019"; fieldwork "ran from 13 to 24 May 2019";
    #    "It makes 10 recommendations"
    ("dunmow-and-coggeshall-nps-division-2019", facts([
        svc("National Probation Service – Dunmow and Coggeshall Division", "NPS Dunmow and Coggeshall", "region",
            RI, [{"aspect": "court work", "rating": GOOD}])], "2019-10-03", "2019-05", 10),
     """N| Probation division in Essex falls short of ‘[Good|R]’

N| Published: [3 Oct 2019|D]

N| For the [National Probation Service – Dunmow and Coggeshall Division|S], the overall regional rating is ‘[Requires improvement|R]’.
S| Court work, rated in its own right, reached ‘[Good|R]’.
N| The division’s fieldwork ran from [13 to 24 May 2019|D].

S| Advice to magistrates was prompt and well reasoned, and courts said they trusted it.
W| Elsewhere, inspectors met overstretched teams: vacancy rates in two offices were above 20 per cent.
W| Victims who had asked for contact were not always kept informed when an offender was moved to open conditions.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Dunmow and Coggeshall|S] has some of the ingredients of a good division.
W| “But too much rests on a small number of experienced staff, and that is not sustainable.”

R| It makes 10 recommendations, chiefly for the division’s senior team.
"""),
    # 9. a Ceredigion youth service, Outstanding: "Date: 16/07/2024" (day/month/year); "‘Outstanding’, the highest grade
    #    there is, goes to X"; the headline's lower-case "Lampeter youth justice team"; fieldwork "came to the service in
    #    March 2024"; "Only two recommendations were needed"
    ("lampeter-yjs-2024", facts([
        svc("Lampeter Youth Justice Service", "Lampeter YJS", "YJS", OUT)], "2024-07-16", "2024-03", 2),
     """N| Top grade for [Lampeter youth justice team|S]

N| Date: [16/07/2024|D]

N| ‘[Outstanding|R]’, the highest grade there is, goes to [Lampeter Youth Justice Service|S].
N| [HM Inspectorate of Probation|A]’s inspectors came to the service in [March 2024|D].

S| They described a team that treats every child as a person first, and that works in Welsh or English as the child prefers.
S| Because health colleagues at [Hywel Dda University Health Board|A] worked hand in hand with the service, children waited days, not months, for help with their mental health.
S| Leaders had a detailed grasp of who was at risk of exploitation and acted on it quickly.
W| The one area inspectors felt could be tightened was the recording of decisions in out-of-court cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lampeter YJS|S] deserves every bit of this result, and its staff should be very proud.”

R| Only two recommendations were needed, both about out-of-court work.

N| [Ceredigion County Council|A] welcomed the outcome warmly.
"""),
    # 10. a Pembrokeshire youth service, previous rating beside: "In a report published today (Thursday 8 September)" (year
    #     from the fieldwork, May 2022); "X slips to ‘...’ from the ‘Good’ it held after its 2019 inspection"; "Fieldwork
    #     happened in May 2022"; "The service has six recommendations to work on"
    ("narberth-yjs-2022", facts([
        svc("Narberth Youth Justice Service", "Narberth YJS", "YJS", RI)], "2022-09-08", "2022-05", 6),
     """N| Youth justice service in Narberth loses its ‘[Good|R]’ rating

N| In a report published today ([Thursday 8 September|D]), [Narberth Youth Justice Service|S] slips to ‘[Requires improvement|R]’ from the ‘[Good|R]’ it held after its [2019|D] inspection.
N| Fieldwork happened in [May 2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has let some of its best habits lapse since our last visit.
W| “Management oversight was thin, and several assessments were simply repeats of earlier ones with the dates changed.”

S| Despite staff shortages, most children were offered an activity or mentor within a week of starting their order.
W| Work with [Pembrokeshire County Council|A]’s children’s services to keep children safe was not joined up, and referrals were sometimes lost.

R| The service has six recommendations to work on, one of which is shared with its partnership board.
"""),
    # 11. a Kent youth service, Inadequate, GOV.UK: "Inspectors have rated X ‘Inadequate’, the lowest mark they can give";
    #     "Fieldwork took place in July 2023"; "A total of 14 recommendations are made"
    ("edenbridge-yjs-2023", facts([
        svc("Edenbridge Youth Justice Service", "Edenbridge YJS", "YJS", INAD)], "2023-11-14", "2023-07", 14),
     """N| Press release

N| Youth justice service in west Kent found to be failing children

N| From: [HM Inspectorate of Probation|A]

N| Published [14 November 2023|D]

N| Inspectors have rated [Edenbridge Youth Justice Service|S] ‘[Inadequate|R]’, the lowest mark they can give.
N| Fieldwork took place in [July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children known to this service were not safe enough, and the people responsible for them did not seem to know it.
W| “The board held its meetings, yet nothing much came of them.”

W| Inspectors found that in only 9 of 22 cases had risks to the child been properly considered.
W| Staff described a culture where raising concerns was unwelcome, and several had left in recent months.
S| There was some encouraging practice, notably in steering children away from court together with [Kent Police|A].

R| A total of 14 recommendations are made, for the service, its board, [Kent County Council|A] and [Kent Police|A].
"""),
    # 12. a youth offending team in 2016, before ratings, joint inspection with HMI Probation "at its head", Ofsted and the
    #     CQC: "Thursday, 15th December 2016"; bullets after "Among the strengths inspectors identified:" / "They also
    #     highlighted concerns:"; "Inspectors were with the YOT in September 2016"; "Inspectors make four recommendations"
    ("westerham-yot-2016", facts([
        svc("Westerham Youth Offending Team", "Westerham YOT", "YJS", None)], "2016-12-15", "2016-09", 4),
     """N| Joint inspectors report on [Westerham Youth Offending Team|S]

N| [Thursday, 15th December 2016|D]

N| Today sees the publication of a joint inspection of [Westerham Youth Offending Team|S] (YOT), with [HM Inspectorate of Probation|A] at its head and [Ofsted|A] and health inspectors from the [Care Quality Commission|A] taking part.
N| Inspectors were with the YOT in [September 2016|D].

N| Among the strengths inspectors identified:
S| • magistrates were given well-argued reports on time;
S| • most children were attending school or college, or had a job.

N| They also highlighted concerns:
W| • the management board did not monitor reoffending closely enough;
W| • safety plans were sometimes written but then ignored.

S| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Westerham|S] has a firm base on which to build.
R| “The board now needs to take a far firmer grip of performance.”

R| Inspectors make four recommendations in their report.
"""),
    # 13. a 2025 public-protection inspection with no rating: "Skip to content", "Context" / "Findings" bullets; "Published:
    #     9 Oct 2025"; fieldwork "Inspectors visited in June 2025" in a bullet; "The report sets six recommendations: five
    #     fall to the service, one to ..."
    ("heathfield-yjs-2025", facts([
        svc("Heathfield Youth Justice Service", "Heathfield YJS", "YJS", None)], "2025-10-09", "2025-06", 6),
     """N| Skip to content

N| Public protection inspection: [Heathfield Youth Justice Service|S]

N| Published: [9 Oct 2025|D]

N| [HM Inspectorate of Probation|A] today reports on [Heathfield Youth Justice Service|S], inspected under its public protection programme.
N| Inspections in this programme carry no overall rating.

N| Context
N| • [Heathfield YJS|S] works with children in the Wealden area of East Sussex.
N| • Inspectors visited in [June 2025|D] and examined 20 cases.

N| Findings
S| • Staff understood the risks that children could pose to others and recorded them carefully.
S| • Information from [Sussex Police|A] reached case managers promptly.
W| • Safety plans were not always updated after a child was excluded from school.
W| • Managers’ checks on the highest-risk cases were irregular.

R| The report sets six recommendations: five fall to the service, one to [East Sussex County Council|A].
"""),
    # 14. a unit inside its region, how near it came to Inadequate: "X, among the units of Kent, Surrey and Sussex region,
    #     has been given a ‘...’ rating by inspectors"; "the unit very nearly fell to ‘Inadequate’"; "Evidence was gathered
    #     throughout March 2024"; "Publication: 00:01, 2 July 2024" in the notes; "The unit has been given four
    #     recommendations"
    ("new-romney-pdu-2024", facts([
        svc("New Romney Probation Delivery Unit", "New Romney PDU", "PDU", RI)], "2024-07-02", "2024-03", 4),
     """N| Romney Marsh probation unit told it has much to do

N| [New Romney Probation Delivery Unit|S], among the units of [Kent, Surrey and Sussex region|S], has been given a ‘[Requires improvement|R]’ rating by inspectors.
W| Inspectors said it was a close call: the unit very nearly fell to ‘[Inadequate|R]’.
N| Evidence was gathered throughout [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners here have caseloads no one could handle well.
W| “We saw too many people whose supervision amounted to little more than a phone call every few weeks.
S| “I was encouraged, though, by the unit’s new approach to working with women, which is already making a difference.”

W| Sex offender management alongside [Kent Police|A] was inconsistent.
S| [New Romney|S]’s court reports were nearly always ready when magistrates needed them.

R| The unit has been given four recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication: 00:01, [2 July 2024|D].
"""),
    # 15. a Hampshire youth service inspected remotely, Good: "Tuesday 1 June 2021"; "... rates X ‘Good’ in its new
    #     report"; "inspectors worked remotely throughout February 2021"; the headline's adjective "Good news"; "Five
    #     recommendations were left with the service"
    ("tadley-yjs-2021", facts([
        svc("Tadley Youth Justice Service", "Tadley YJS", "YJS", GOOD)], "2021-06-01", "2021-02", 5),
     """N| Good news for youth justice in north Hampshire

N| [Tuesday 1 June 2021|D]

N| [HM Inspectorate of Probation|A] rates [Tadley Youth Justice Service|S] ‘[Good|R]’ in its new report.
N| Under pandemic restrictions, inspectors worked remotely throughout [February 2021|D].

S| During lockdown, case managers reached children by phone, on screen and on socially distanced walks.
S| Inspectors were struck by the work of a speech and language therapist employed by the service, who screened every child on arrival.
W| However, work to understand the needs of children from minority ethnic backgrounds needed further development.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tadley|S] never lost sight of its children, even in the hardest months of the pandemic.”

R| Five recommendations were left with the service so that it can go further still.

N| [Hampshire County Council|A] thanked the inspectors and the service’s staff.
"""),
    # 16. a West Sussex youth service, Good with resettlement rated separately below: "...’s inspectors came down on the
    #     side of ‘Good’ for X"; "Its resettlement policy and provision, scored separately, was placed at ‘...’"; "The
    #     inspection ran from 22 to 26 January 2024"; "In all, six recommendations have been put to the service"
    ("billingshurst-yjs-2024", facts([
        svc("Billingshurst Youth Justice Service", "Billingshurst YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-04-30", "2024-01", 6),
     """N| News

N| ‘[Good|R]’ youth justice work in Billingshurst, but resettlement lags

N| Published: [30 Apr 2024|D]

N| [HM Inspectorate of Probation|A]’s inspectors came down on the side of ‘[Good|R]’ for [Billingshurst Youth Justice Service|S].
W| Its resettlement policy and provision, scored separately, was placed at ‘[Requires improvement|R]’.
N| The inspection ran from [22 to 26 January 2024|D].

S| Leadership was strong, and board members attended, asked searching questions and saw things through.
S| Children were at the centre of planning, and their views were sought at every review.
W| By contrast, too few children released from custody had a settled address waiting for them when they left.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service must now give resettlement the attention it already gives everything else.”

R| In all, six recommendations have been put to the service and its partnership board.
"""),
    # 17. an Isle of Wight youth service in local news: byline Thursday 24 October 2024, "a report that was released on
    #     Tuesday (22 October)"; "For X, inspectors decided ‘...’ was the right grade"; "They visited the service in July
    #     2024"; "Seven recommendations were issued"
    ("cowes-yjs-2024", facts([
        svc("Cowes Youth Justice Service", "Cowes YJS", "YJS", RI)], "2024-10-22", "2024-07", 7),
     """N| Island youth justice team has work to do, says watchdog

N| By [Sarah Loveridge|X], Local Democracy Reporter

N| [Thursday 24 October 2024|D]

N| For [Cowes Youth Justice Service|S], inspectors decided ‘[Requires improvement|R]’ was the right grade, in a report that was released on Tuesday ([22 October|D]).
N| They visited the service in [July 2024|D].

S| The report praised the service’s links with local sailing clubs and colleges, which had given several children their first qualification.
W| But it found that risks to the public were not always spotted, and some plans had not been reviewed for six months.
W| Managers could not say with any confidence whether the service was getting better.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff care about these children, but care alone is not enough to keep them and others safe.”

R| Seven recommendations were issued, most of them for the service and its management board.

N| An [Isle of Wight Council|A] spokesperson said an action plan was already in place.
"""),
    # 18. a Ceredigion youth service on a council page: "Date: 21/11/2023"; "After inspecting it in August 2023, ...
    #     concluded that X ‘...’" (fieldwork before the rating); "The inspectorate sets out six recommendations"
    ("llandysul-yjs-2023", facts([
        svc("Llandysul Youth Justice Service", "Llandysul YJS", "YJS", RI)], "2023-11-21", "2023-08", 6),
     """N| Inspection report on [Llandysul Youth Justice Service|S]

N| Date: [21/11/2023|D]

N| After inspecting it in [August 2023|D], [HM Inspectorate of Probation|A] concluded that [Llandysul Youth Justice Service|S] ‘[Requires improvement|R]’.

S| Inspectors noted how well case workers got on with children, several of whom said their worker was someone they could trust.
W| Planning for children’s safety was inconsistent, and in a third of cases it had not been updated after new information came to light.
W| The partnership board was still to settle on any way of measuring progress.
S| Out-of-court work, run alongside [Dyfed-Powys Police|A], was well organised.

R| The inspectorate sets out six recommendations, addressed to the service and those it works with.

N| Responding, the council’s lead member for young people said: “The report is accepted in full, and work on it has started.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-fifth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
