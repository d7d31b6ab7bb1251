"""Builds the two hundred and twenty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py`
in this directory.

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
    # 1. two PDUs of the Wales region on a GOV.UK page: "X lands at ‘...’, while Y has been placed at ‘...’"; fieldwork
    #    "a fortnight ... from 8 July 2024"; nine recommendations "five aimed at Y and four at X"
    ("talsarn-and-trefilan-pdus-2024", facts([
        svc("Talsarn Probation Delivery Unit", "Talsarn PDU", "PDU", RI),
        svc("Trefilan Probation Delivery Unit", "Trefilan PDU", "PDU", INAD)], "2024-11-19", "2024-07", 9),
     """N| Press release

N| Two Aeron valley probation units fall short, inspectors report

N| One unit has work to do; the other has been placed at the foot of the scale.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] today releases its findings on [Talsarn Probation Delivery Unit|S] and [Trefilan Probation Delivery Unit|S], neighbouring units in the [Probation Service – Wales region|S].
N| [Talsarn|S] lands at ‘[Requires improvement|R]’, while [Trefilan|S] has been placed at ‘[Inadequate|R]’, the bottom of the four grades.
N| Inspectors were on the ground in both units for two weeks, starting on [8 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Trefilan|S] has been running on goodwill for too long, with half its probation officer posts unfilled and caseloads no manager could keep track of.
S| “[Talsarn|S], for its part, has held on to an experienced team who know the farming communities they serve, and that showed in the care taken over sentence plans.”

W| Across the two units, inspectors judged work to protect children sufficient in fewer than two cases in five.
S| The units’ joint working with [Dyfed-Powys Police|A] after domestic abuse call-outs was praised as close and well used.

R| Nine recommendations are set out across the two reports, with five aimed at [Trefilan|S] and four at [Talsarn|S].

N| A spokesperson for [HM Prison and Probation Service|A] said extra managers had been sent to Trefilan since the inspection.
"""),
    # 2. two youth justice services in a local-news story, rated in the other order from the one first named: "X earned
    #    the top mark available, ‘...’, with Y one rung lower on ‘...’"; reports "went online on Tuesday (11 February)"
    #    under a byline of Friday 14 February 2025; six recommendations "X is asked to act on four, Y on the remaining two"
    ("cwmystwyth-and-pont-rhyd-y-groes-yjs-2025", facts([
        svc("Cwmystwyth Youth Justice Service", "Cwmystwyth YJS", "YJS", GOOD),
        svc("Pont-rhyd-y-groes Youth Justice Service", "Pont-rhyd-y-groes YJS", "YJS", OUT)], "2025-02-11", "2024-10", 6),
     """N| Upper Ystwyth youth teams among the best in Wales, say inspectors

N| By [Gwen Rowlands|X]

N| [Friday 14 February 2025|D]

N| Inspection reports on [Cwmystwyth Youth Justice Service|S] and [Pont-rhyd-y-groes Youth Justice Service|S] went online on Tuesday ([11 February|D]), after inspectors spent time with both services in [October 2024|D].
N| [Pont-rhyd-y-groes|S] earned the top mark available, ‘[Outstanding|R]’, with [Cwmystwyth|S] one rung lower on ‘[Good|R]’.

S| Inspectors singled out [Pont-rhyd-y-groes|S] for keeping each child with the same worker from first contact to the end of the order, however far that worker had to drive.
S| [Cwmystwyth|S]’s partnership with [Hywel Dda University Health Board|A] meant a child could see a nurse or a speech therapist within a fortnight of being referred.
W| But the report says [Cwmystwyth YJS|S] was slow to tell victims what was happening, and some had heard nothing for months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both of these small services punch well above their weight, and children in the upper valley are lucky to have them.”

R| Between them the reports contain six recommendations: [Cwmystwyth|S] is asked to act on four, [Pont-rhyd-y-groes|S] on the remaining two.

N| Councillor [Ifan Jenkins|X], cabinet member for children at [Ceredigion County Council|A], said the council would “build on this” in the coming year.
"""),
    # 3. three PDUs in a justiceinspectorates news item, the region named before them: "Only X was pulled down to ‘...’;
    #    Y and Z each settled at ‘...’"; fieldwork "over January and February 2025"; "a dozen recommendations, four per unit"
    ("felinfach-dihewyd-and-cribyn-pdus-2025", facts([
        svc("Felinfach Probation Delivery Unit", "Felinfach PDU", "PDU", RI),
        svc("Dihewyd Probation Delivery Unit", "Dihewyd PDU", "PDU", RI),
        svc("Cribyn Probation Delivery Unit", "Cribyn PDU", "PDU", INAD)], "2025-05-20", "2025-01", 12),
     """N| News

N| Three west Wales probation units inspected

N| Published: [20 May 2025|D]

N| New reports by [HM Inspectorate of Probation|A] examine three units of the [Probation Service – Wales region|S]: [Felinfach Probation Delivery Unit|S], [Dihewyd Probation Delivery Unit|S] and [Cribyn Probation Delivery Unit|S].
N| Only [Cribyn|S] was pulled down to ‘[Inadequate|R]’; [Felinfach|S] and [Dihewyd|S] each settled at ‘[Requires improvement|R]’.
N| The three units were visited in turn over [January and February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Cribyn we met practitioners who had not had a supervision session with a manager since the previous summer.
W| “Risk was written about at length but rarely acted on, and two people released from [HMP Swansea|S] had gone a month without any contact at all.
S| “[Felinfach|S] and [Dihewyd|S] are in a better place, with settled leadership and staff who spoke warmly of their managers.”

S| Inspectors were struck by the quality of the unpaid work projects run with local community councils.
W| Even so, in all three units the checks made with children’s services before sentence were patchy.

R| The reports set out a dozen recommendations, four per unit.
"""),
    # 4. a unit inside its region, the region in the headline: "The verdict HM Inspectorate of Probation has reached on X
    #    is ‘...’"; the region's own 2023 rating beside it; "on their visit in February 2024"; the notes' "at 00.01 on
    #    Tuesday 18 June 2024"; "Of eight recommendations, the unit is to take forward six; two are for the region"
    ("llanrhystud-pdu-2024", facts([
        svc("Llanrhystud Probation Delivery Unit", "Llanrhystud PDU", "PDU", RI)], "2024-06-18", "2024-02", 8),
     """N| [Wales probation region|S]: coastal unit at Llanrhystud told to improve

N| The verdict [HM Inspectorate of Probation|A] has reached on [Llanrhystud Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| The unit belongs to the [Probation Service – Wales region|S], which was itself given ‘[Requires improvement|R]’ after a regional inspection in [2023|D].
N| Inspectors examined 38 cases on their visit in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real warmth in the way staff at [Llanrhystud|S] speak to the people they supervise.
W| “Yet warmth is not the same as safety, and too many plans said nothing about how a known victim would be protected.”

W| Mr Jones went on: “Middle managers were so taken up with covering vacancies that they had stopped checking the quality of anyone’s work.”

S| The unit’s work with [Ceredigion County Council|A] on housing was a clear strength, and few people left custody with nowhere to sleep.
W| Sadly, interpreters for Welsh-speaking people on probation were not always arranged, and some appointments were held in a language they were less comfortable with.

R| Of eight recommendations, the unit is to take forward six; two are for the region.

N| ENDS

N| Notes to editors
N| 1. Publication is at 00.01 on [Tuesday 18 June 2024|D], on the inspectorate’s website.
N| 2. [Llanrhystud PDU|S] covers part of the Ceredigion coast and is one of the probation delivery units in Wales.
"""),
    # 5. a unit inside its region with an aspect rated on its own and the previous rating beside: "inspectors have marked
    #    X ... down to ‘...’"; "a notch below the ‘Good’ it held after the 2022 inspection"; unpaid work "assessed on its own";
    #    "a report released today (Tuesday, 7 October)" with the year from the fieldwork (May 2025)
    ("llwyncelyn-pdu-2025", facts([
        svc("Llwyncelyn Probation Delivery Unit", "Llwyncelyn PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2025-10-07", "2025-05", 5),
     """N| Probation unit on the Ceredigion coast slips from ‘[Good|R]’

N| In a report released today ([Tuesday, 7 October|D]), inspectors have marked [Llwyncelyn Probation Delivery Unit|S], one of the [Probation Service – Wales region|S]’s rural units, down to ‘[Requires improvement|R]’.
N| That is a notch below the ‘[Good|R]’ the unit held after it was inspected in [2022|D].
W| Its unpaid work, assessed on its own, came out as ‘[Inadequate|R]’.
N| Inspectors were in the unit for the first fortnight of [May 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llwyncelyn|S] has lost much of what made it strong three years ago.
W| “Hours of unpaid work were going uncompleted because there were too few supervisors and too few placements, and nobody seemed to be counting.
S| “There is still plenty to build on: practitioners knew their cases well and their assessments of risk were mostly sound.”

S| Inspectors also praised the unit’s women’s group, held each week in a community hall, which several women said had kept them out of trouble.

R| Inspectors have put forward five recommendations.
R| Mr Jones added: “The region must get unpaid work in Llwyncelyn back on its feet before the backlog grows any further.”
"""),
    # 6. a Probation Trust in 2012, before the four-point scale: "Inspectors were pleased to find that:" and "However,
    #    inspectors were concerned to find that:" lists; a date line with an ordinal; "in the week of 11 June 2012"
    ("lledrod-probation-trust-2012", facts([
        svc("Lledrod Probation Trust", "Lledrod Trust", "other", None)], "2012-10-16", "2012-06", 6),
     """N| Offender management inspection: [Lledrod Probation Trust|S]

N| [Tuesday, 16th October 2012|D]

W| Work by [Lledrod Probation Trust|S] to cut reoffending is sound, but its attention to the harm offenders might do is weaker, [HM Inspectorate of Probation|A] concludes in a report issued today.
N| The inspection took place in the week of [11 June 2012|D] and looked at 60 cases.

N| Inspectors were pleased to find that:
S| • offenders were seen quickly once sentenced, and nearly all had a plan within the time expected;
S| • staff made good use of local employment schemes, and many offenders had found work;
S| • the Trust’s links with [Dyfed-Powys Police|A] were well established.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were late or missing in a quarter of cases;
W| • home visits had not been made where children lived with the offender;
W| • managers did not routinely check the quality of risk management plans.

N| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust knows its communities and has done much to help offenders into work, but protecting the public has not been given the same priority.”

R| Inspectors make six recommendations to the Trust’s board.
"""),
    # 7. a CRC in 2019, owned by Working Links: "has graded X ‘...’ overall"; Through the Gate "judged separately"; the
    #    notes' "goes live ... at 00.01 on Tuesday 23 July 2019"; "between 1 and 12 April 2019"; seven recommendations
    #    "the CRC is responsible for five, and HMPPS and the Ministry of Justice for one each"
    ("cenarth-and-aberbanc-crc-2019", facts([
        svc("Cenarth and Aberbanc Community Rehabilitation Company", "Cenarth and Aberbanc CRC", "CRC", INAD,
            [{"aspect": "Through the Gate", "rating": RI}])], "2019-07-23", "2019-04", 7),
     """N| West Wales probation company judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has graded [Cenarth and Aberbanc Community Rehabilitation Company|S] (CRC) ‘[Inadequate|R]’ overall.
W| Its resettlement work with people leaving prison, Through the Gate, was judged separately as ‘[Requires improvement|R]’.
N| The CRC, owned by [Working Links|A], supervises around 2,100 people judged to be of low or medium risk.
N| Inspectors carried out their fieldwork between [1 and 12 April 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Far too many people were being supervised by telephone alone, some of them for months on end.
W| “Only a third of the cases that needed a domestic abuse check with the police had one.”

S| Inspectors did find that staff at [Cenarth and Aberbanc CRC|S] were committed and that the women’s service was of a high standard.
W| However, the CRC’s resettlement staff at [HMP Parc|S] were seeing people too late to help with housing before release.

R| Seven recommendations are made; the CRC is responsible for five, and [HMPPS|A] and the [Ministry of Justice|A] for one each.

N| [Working Links|A] said it was “disappointed” and had already introduced more face-to-face appointments.

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [Tuesday 23 July 2019|D] the report can be downloaded from the inspectorate’s website.
"""),
    # 8. an NPS division in 2019 on a justiceinspectorates news item: "Inspectors have handed X a ‘...’ verdict for the
    #    division as a whole"; "Published: 10 Dec 2019"; fieldwork "spread over June and July 2019"; "The report closes
    #    with four recommendations"
    ("brongest-nps-division-2019", facts([
        svc("National Probation Service – Brongest Division", "NPS Brongest", "region", GOOD)], "2019-12-10", "2019-06", 4),
     """N| News

N| Probation division in west Wales praised by inspectors

N| Published: [10 Dec 2019|D]

N| Inspectors have handed the [National Probation Service – Brongest Division|S] a ‘[Good|R]’ verdict for the division as a whole.
N| Fieldwork was spread over [June and July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Brongest|S] has leaders who know their staff by name and a workforce that trusts them.
S| “Its court teams give sentencers sound, well-researched advice, usually on the day it is asked for.”

S| Inspectors commended the division’s work with [MAPPA|A] partners, which meant that people posing the highest risk were closely watched after release.
W| Less positively, victims were sometimes left unaware that an offender’s licence conditions had been altered.
W| Staff sickness in the division’s largest office had left some caseloads well over the limit.

R| The report closes with four recommendations.
"""),
    # 9. a youth offending team on a council page, the headline's lower-case "Synod Inn youth offending team", the first
    #    capitalised name in the text; "Inspectors have come down on the side of ‘...’ for X"; "Posted on 30/04/2019";
    #    YOT / Y&JS switching
    ("synod-inn-yot-2019", facts([
        svc("Synod Inn Youth Offending Team", "Synod Inn YOT", "YJS", GOOD)], "2019-04-30", "2019-01", 5),
     """N| Inspectors praise [Synod Inn youth offending team|S]

N| Posted on [30/04/2019|D]

N| ‘[Good|R]’ is the verdict of inspectors on [Synod Inn Youth Offending Team|S] (YOT), in a report published today.
N| [HM Inspectorate of Probation|A] looked at the work of the team in [January 2019|D].

S| The watchdog found that the YOT’s staff built strong, trusting relationships with children and their families.
S| It said the team had a clear sense of purpose and that its board, chaired by the council’s chief executive, gave it firm backing.
W| Inspectors noted, though, that work to keep other people safe was not planned well enough in some cases.
S| They also commended the [Synod Inn Y&JS|S] diversion scheme, which had kept more than 40 children out of court in a year.

R| The inspectors’ report lists five recommendations.

N| Councillor [Catrin Hughes|X], cabinet member for children and families, said: “We are grateful to the inspectors, and we will act on every recommendation.”
"""),
    # 10. an ordinary youth justice service on a GOV.UK page, the stock rating line; "during the week of 13 May 2024";
    #     "Just three recommendations are made"
    ("llangrannog-yjs-2024", facts([
        svc("Llangrannog Youth Justice Service", "Llangrannog YJS", "YJS", GOOD)], "2024-09-24", "2024-05", 3),
     """N| Press release

N| Seaside youth justice service rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| [Llangrannog Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were on site during the week of [13 May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Every child we spoke to said that [Llangrannog YJS|S] staff listened and kept their promises.
S| “The service’s managers are ambitious for children, and they are not content to rest on what has been achieved.”

S| The service’s bilingual approach meant children and families could work in Welsh or English as they chose.
W| There was, however, too little attention to the risk some children faced from exploitation by older young people in the summer months.
W| Records of out-of-court work were thin, and it was not always clear why a child had been given a particular outcome.

R| Just three recommendations are made.
"""),
    # 11. an ordinary youth justice service on a council page told in the third person: "Posted: 12/09/2023"; "The
    #     inspectors placed the service in the ‘...’ category"; "in May 2023"; the councillor's reply
    ("ffostrasol-yjs-2023", facts([
        svc("Ffostrasol Youth Justice Service", "Ffostrasol YJS", "YJS", RI)], "2023-09-12", "2023-05", 7),
     """N| Council responds to youth justice inspection

N| Posted: [12/09/2023|D]

N| [HM Inspectorate of Probation|A] has published its report on [Ffostrasol Youth Justice Service|S], following an inspection in [May 2023|D].
N| The inspectors placed the service in the ‘[Requires improvement|R]’ category.

S| The watchdog found that case managers were enthusiastic and that children had good access to sport and outdoor activities.
W| It also found that assessments did not always take account of what had happened to a child in the past, including trauma.
W| Management board members were not sufficiently challenging of one another, and attendance at meetings had dropped.

R| The report contains seven recommendations.

N| Councillor [Eleri Morgan|X], cabinet member for children, said: “We accept the findings and have already appointed a new head of service.”
N| The council said an action plan would go to the board within two months.
"""),
    # 12. an ordinary PDU on a justiceinspectorates news item, the region as context: "has found X to be ‘...’";
    #     "Published: 19 Sep 2023"; "in April 2023"; "We have made six recommendations" in a quote
    ("llanwnnen-pdu-2023", facts([
        svc("Llanwnnen Probation Delivery Unit", "Llanwnnen PDU", "PDU", INAD)], "2023-09-19", "2023-04", 6),
     """N| News

N| Probation unit rated ‘[Inadequate|R]’

N| Published: [19 Sep 2023|D]

N| An inspection by [HM Inspectorate of Probation|A] has found [Llanwnnen Probation Delivery Unit|S] to be ‘[Inadequate|R]’.
N| The [Probation Service – Wales region|S] runs the unit, and inspectors visited it in [April 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Llanwnnen|S] are carrying twice the caseload we would expect, and it is people on probation and the public who lose out.
W| “In only 12 of the 40 cases we looked at was there enough work to manage the risk of serious harm.

S| “I was, nevertheless, encouraged by the commitment of the team’s newest officers, who were eager to learn.
R| “We have made six recommendations, and the region must treat them as urgent.”

W| The unit had no accredited programmes running at the time of the inspection.
"""),
    # 13. an ordinary youth justice service with an embargo line: "has earned ‘...’, the highest of the four
    #     ratings"; "between 30 September and 4 October 2024" (across two months); "only two recommendations"
    ("cellan-yjs-2025", facts([
        svc("Cellan Youth Justice Service", "Cellan YJS", "YJS", OUT)], "2025-01-21", "2024-09", 2),
     """N| Embargoed until 00.01, [Tuesday 21 January 2025|D]

N| Top rating for [Cellan Youth Justice Service|S]

N| [Cellan Youth Justice Service|S] has earned ‘[Outstanding|R]’, the highest of the four ratings given by [HM Inspectorate of Probation|A].
N| The inspection ran from [30 September to 4 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “From the board to the newest volunteer, everyone at [Cellan|S] puts the child first.
S| “Education, health and the police sit around the same table, and decisions about children are made quickly and together.”

S| Every child whose case was inspected had a plan they had helped to write.
S| Inspectors found the service’s work with victims of youth crime to be of a consistently high standard.
W| The one area that required strengthening was the sharing of information with children’s social care out of hours.

R| Inspectors make only two recommendations.
"""),
    # 14. an ordinary youth justice service in 2021: the date line of a release that says "published today";
    #     "carried out remotely in February and March 2021"; four recommendations
    ("bronant-yjs-2021", facts([
        svc("Bronant Youth Justice Service", "Bronant YJS", "YJS", GOOD)], "2021-06-08", "2021-02", 4),
     """N| [Bronant youth justice service|S] judged ‘[Good|R]’

N| [Tuesday 8 June 2021|D]

N| [HM Inspectorate of Probation|A], in a report out today, judges [Bronant Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection was carried out remotely in [February and March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout lockdown, [Bronant|S] kept seeing the children who needed it most, on doorsteps, on walks and in the office.
S| “Its staff are resourceful and caring, and they make the most of the small team they have.”

W| Inspectors were disappointed to find that some plans had not been reviewed when a child’s circumstances changed.
S| A partnership with a local farm, where children learned to care for animals, was highly regarded by children and parents alike.

R| Four recommendations are offered to help the service build on this.
"""),
    # 15. an ordinary PDU in a local-news story: the report "came out on Tuesday (13 August)" under a byline of
    #     Thursday 15 August 2024; "settles on ‘...’ for X"; "in March 2024"; "six recommendations in all"
    ("aberarth-pdu-2024", facts([
        svc("Aberarth Probation Delivery Unit", "Aberarth PDU", "PDU", RI)], "2024-08-13", "2024-03", 6),
     """N| Coastal probation unit must improve, inspectors say

N| By [Owain Price|X]

N| [Thursday 15 August 2024|D]

N| A report on [Aberarth Probation Delivery Unit|S], which came out on Tuesday ([13 August|D]), settles on ‘[Requires improvement|R]’ for the unit.
N| [HM Inspectorate of Probation|A] visited the unit in [March 2024|D].

W| The inspectors found that staff shortages had left some officers responsible for more than 70 people each.
W| They also said that women on probation were too often seen in an open office with no privacy.
S| On the positive side, the unit had built a strong relationship with local magistrates, who valued its reports.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Aberarth|S] has some talented and caring practitioners who are determined to do right by the people they supervise.
W| “But they are stretched too thin, and quality is suffering as a result.”

R| The report makes six recommendations in all.
"""),
    # 16. an ordinary youth justice service with notes to editors: "Requires Improvement" with a capital I, "has been
    #     given an overall grade of"; "in July 2022"; seven recommendations, "four for the service and three for the board"
    ("mydroilyn-yjs-2022", facts([
        svc("Mydroilyn Youth Justice Service", "Mydroilyn YJS", "YJS", RI)], "2022-11-29", "2022-07", 7),
     """N| Youth justice inspection: [Mydroilyn|S] must do more to keep children safe

N| [Mydroilyn Youth Justice Service|S] has been given an overall grade of ‘[Requires Improvement|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork for the inspection took place in [July 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too many of the children known to [Mydroilyn YJS|S] were at risk of exploitation, and the service did not always spot it in time.
S| “Its case managers are nevertheless dedicated, and children spoke highly of them.”

S| Inspectors praised the speed at which the service arranged education for children excluded from school.
W| However, plans to manage the safety of others were incomplete in more than half the cases inspected.

R| Seven recommendations are made, four for the service and three for the [Mydroilyn Youth Justice Management Board|A].

N| ENDS

N| Notes to editors
N| 1. At 00.01 on [29 November 2022|D] the report will appear on the [HM Inspectorate of Probation|A] website.
N| 2. The four grades a youth justice service can receive are ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on a GOV.UK page, the region
    #     named as context; "These inspections do not give a rating."
    ("tan-y-groes-pdu-2025", facts([
        svc("Tan-y-groes Probation Delivery Unit", "Tan-y-groes PDU", "PDU", None)], "2025-11-18", "2025-06", 4),
     """N| Press release

N| Public protection inspection of [Tan-y-groes Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [18 November 2025|D]

N| [HM Inspectorate of Probation|A] has today published a public protection inspection of [Tan-y-groes Probation Delivery Unit|S], a unit in the [Probation Service – Wales region|S].
N| These inspections do not give a rating.
N| Inspectors carried out the fieldwork in [June 2025|D].

N| Context
N| • [Tan-y-groes PDU|S] supervises around 600 people across south Ceredigion and north Pembrokeshire.
N| • Nearly a third of its cases involve domestic abuse.

N| Findings
S| • Risk assessments were thorough and drew on information from the police and social care.
W| • Plans to protect children were reviewed too rarely once a case was under way.
W| • Practitioners lacked professional curiosity when people on probation moved house or began new relationships.
S| • Joint work with [Dyfed-Powys Police|A] on people convicted of sexual offences was well organised.

R| There are four recommendations: three for the unit, one for the region.
"""),
    # 18. an ordinary youth offending service in 2020: a date line with an ordinal; "the inspectorate rates X (YOS) ‘...’";
    #     "in October 2019"; "a total of eight recommendations"
    ("capel-dewi-yos-2020", facts([
        svc("Capel Dewi Youth Offending Service", "Capel Dewi YOS", "YJS", INAD)], "2020-02-05", "2019-10", 8),
     """N| [Capel Dewi Youth Offending Service|S] rated ‘[Inadequate|R]’

N| [Wednesday, 5th February 2020|D]

N| In a report published today, [HM Inspectorate of Probation|A] rates [Capel Dewi Youth Offending Service|S] (YOS) ‘[Inadequate|R]’.
N| Inspectors visited the service in [October 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Leaders at [Capel Dewi YOS|S] had lost sight of the children the service exists to help.
W| “The board met every quarter, but little changed, and staff told us they did not know who was in charge.”

W| Inspectors found that in only seven of 20 cases was enough done to keep the child safe.
S| Despite these problems, the YOS’s work with victims was thoughtful and well organised.

R| The report makes a total of eight recommendations.
R| Mr Russell added: “A stable leadership team is needed without delay, and the council and its partners must provide it.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and twenty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
