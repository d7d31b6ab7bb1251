"""Builds the thirty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Greater Manchester PDUs on a GOV.UK page, the region named in the first sentence with the fieldwork: "The
    #    verdict for X is ‘...’; Y fares worse and sits at ‘...’"; "between 29 January and 9 February 2024"; eleven
    #    recommendations "six concern X and five Y"; the regional director's reply
    ("radcliffe-and-whitefield-pdus-2024", facts([
        svc("Radcliffe Probation Delivery Unit", "Radcliffe PDU", "PDU", RI),
        svc("Whitefield Probation Delivery Unit", "Whitefield PDU", "PDU", INAD)], "2024-05-14", "2024-01", 11),
     """N| Press release

N| Probation inspection: two units in Bury fall short

N| Reports published on two probation delivery units north of Manchester.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two units in the [Probation Service – Greater Manchester region|S], [Radcliffe Probation Delivery Unit|S] and [Whitefield Probation Delivery Unit|S], were visited by a [His Majesty’s Inspectorate of Probation|A] team between [29 January and 9 February 2024|D].
N| The verdict for [Radcliffe|S] is ‘[Requires improvement|R]’; [Whitefield|S] fares worse and sits at ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whitefield|S]’s practitioners are stretched well beyond what any team should be asked to carry.
W| “Roughly half of its probation officer roles were vacant or held by agency workers, and cases were being passed on three or four times in a year.
S| “[Radcliffe|S] stands on steadier ground, and its managers have a realistic grip on where practice falls short.”

S| Inspectors commended [Radcliffe PDU|S]’s court staff, who gave magistrates prompt and well-reasoned advice.
W| In both units, checks with [Greater Manchester Police|A] on domestic abuse call-outs had been skipped in a worrying number of cases.
W| Sex offender work at [Whitefield PDU|S] lacked oversight, with home visits overdue in the majority of files.

R| Across the two reports there are eleven recommendations: six concern [Radcliffe|S] and five [Whitefield|S].

N| [Helen Ashworth|X], Regional Probation Director for Greater Manchester, said: “We do not dispute these findings, and experienced officers have already been moved into Whitefield.”
"""),
    # 2. two youth justice services in a local-news story: byline Friday 8 November 2024, the reports "came out on
    #    Tuesday (5 November)"; "Inspectors gave X a ‘...’, while Y received the grade below, ‘...’", in the other order
    #    from the one the services were first named in; "eight ... five aimed at Hyde and three at Dukinfield"
    ("hyde-and-dukinfield-yjs-2024", facts([
        svc("Hyde Youth Justice Service", "Hyde YJS", "YJS", RI),
        svc("Dukinfield Youth Justice Service", "Dukinfield YJS", "YJS", GOOD)], "2024-11-05", "2024-06", 8),
     """N| Inspectors split on two youth justice teams in Tameside

N| By [Owen Schofield|X]

N| [Friday 8 November 2024|D]

N| Inspectors have now published their findings on [Hyde Youth Justice Service|S] and [Dukinfield Youth Justice Service|S], the two teams working with children who offend in the borough.
N| The reports came out on Tuesday ([5 November|D]) and follow a visit in [June 2024|D].
N| Inspectors gave [Dukinfield|S] a ‘[Good|R]’, while [Hyde|S] received the grade below, ‘[Requires improvement|R]’.

S| The watchdog said staff at [Dukinfield|S] built lasting trust with children and parents alike, often over many months.
S| Joint work with [Tameside Council|A]’s education team meant most of the children on [Dukinfield YJS|S]’s books were back in school or college.
W| At [Hyde YJS|S], by contrast, inspectors found safety plans that had not been touched in months.
W| Managers there had been slow to act when a child went missing from home, the report said.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dukinfield|S]’s team deserve this result, and they should be proud.
R| “[Hyde|S] now needs to plan for children’s safety with equal rigour.”

R| The reports contain eight recommendations between them, five aimed at [Hyde|S] and three at [Dukinfield|S].

N| A [Tameside Council|A] spokesperson said the council welcomed both reports and was “determined to close the gap”.
"""),
    # 3. a unit inside its region, the region in the headline ("Greater Manchester probation region: ...") and the first
    #    sentence: "says X, among the ten units of R, ‘...’, the second-lowest of its four grades"; the region's own earlier
    #    rating as context; "Mr Jones continued"; "Only 19 of the 46 cases"; the notes' "Embargo: 00.01 hrs, 12 September
    #    2024" and "Inspection fieldwork: 10 - 14 June 2024"
    ("eccles-pdu-2024", facts([
        svc("Eccles Probation Delivery Unit", "Eccles PDU", "PDU", RI)], "2024-09-12", "2024-06", 5),
     """N| [Greater Manchester probation region|S]: inspectors call for improvement in Eccles

N| [HM Inspectorate of Probation|A] says [Eccles Probation Delivery Unit|S], among the ten units of [Probation Service – Greater Manchester region|S], ‘[Requires improvement|R]’, the second-lowest of its four grades.
N| The wider region, assessed in [2023|D], also came out at ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Eccles|S] has a lot going for it: a head of service who is visible, practitioners who plainly care, and close links with [Salford City Council|A]’s housing team.
W| “Against that, the unit’s handling of risk was too often superficial, and sentence plans rarely changed when people’s circumstances did.”
W| Mr Jones continued: “Too many people on licence were recalled to prison without anyone first asking whether their risk could be managed in the community.”

S| Encouragingly, unpaid work placements had restarted quickly after a provider pulled out, and completion rates were among the best in the region.
W| Only 19 of the 46 cases inspected gave children’s safety the attention it needed.

R| Five recommendations follow, one of which asks the unit to look again at each case carrying a domestic abuse marker.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 hrs, [12 September 2024|D]; the full text can be read online from then.
N| 2. Inspection fieldwork: [10 - 14 June 2024|D].
N| 3. [Eccles PDU|S] covers much of the city of Salford and supervises about 1,400 people.
"""),
    # 4. a Lancashire unit inside the North West region, the date line "Tuesday, 11th March 2025" first: "now holds ‘...’,
    #    the bottom grade available to ..."; the headline's lower-case "Penwortham probation unit"; "Fieldwork was spread
    #    over October and November 2024"; "Staff in Penwortham" (a location); "Worryingly, in 22 of the 40 cases"
    ("penwortham-pdu-2025", facts([
        svc("Penwortham Probation Delivery Unit", "Penwortham PDU", "PDU", INAD)], "2025-03-11", "2024-10", 7),
     """N| [Tuesday, 11th March 2025|D]

N| [Penwortham probation unit|S] placed in bottom category by inspectors

N| [Penwortham Probation Delivery Unit|S], which supervises people on probation across South Ribble ([Probation Service – North West region|S]), now holds ‘[Inadequate|R]’, the bottom grade available to [HM Inspectorate of Probation|A].
N| Fieldwork was spread over [October and November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Penwortham have suffered from years of churn at the top, and the people they supervise have suffered in turn.
W| “We found a unit where nobody could say with confidence which of its cases posed the greatest danger.”

S| Inspectors did note that the unit’s new senior probation officers had begun auditing cases each month, and that staff now felt listened to.
W| Worryingly, in 22 of the 40 cases examined nobody had visited the home, despite clear concerns about domestic abuse.
W| Information from [Lancashire Constabulary|A] and children’s social care was often requested late or not at all.

R| Seven recommendations have been made, four of them to [Penwortham PDU|S] and three to the [North West region|S]’s leadership.
"""),
    # 5. a Probation Trust in 2013, before ratings: "Published: 21 Nov 2013"; the verdict in the first sentence; scores in
    #    per cent; "were in the Trust’s offices between 24 and 28 June 2013"; bullet lists after "On the plus side, the
    #    inspectors recorded that:" / "But they had concerns that:"; six recommendations
    ("horwich-and-farnworth-probation-trust-2013", facts([
        svc("Horwich and Farnworth Probation Trust", "Horwich and Farnworth Probation Trust", "other", None)],
        "2013-11-21", "2013-06", 6),
     """N| Published: [21 Nov 2013|D]

N| Offender management in Horwich and Farnworth: inspection report

S| Offender management by [Horwich and Farnworth Probation Trust|S] is of a sound standard, a [Her Majesty’s Inspectorate of Probation|A] report concludes today.
N| Inspectors were in the Trust’s offices between [24 and 28 June 2013|D], reading 90 cases.

S| The Trust scored 71% on work to lessen the likelihood of reoffending and 78% on seeing that sentences were delivered as the court intended.
W| Protecting the public scored lower, at 64%.

N| On the plus side, the inspectors recorded that:
S| • nearly all assessments were finished within the required time;
S| • offender managers understood the individuals on their caseloads and saw them regularly;
S| • links with [Greater Manchester Police|A] over prolific offenders were well established.

N| But they had concerns that:
W| • risk management plans were seldom revisited after significant events;
W| • few home visits were made, even in households with children.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff across the Trust are committed, and they share a clear purpose.
R| “Its managers should now give protecting the public as much attention as they give to the rest of the work.”

R| Six recommendations for improvement have been made to the Trust.
"""),
    # 6. a CRC in 2019 owned by a named provider, under an embargo line: "In its verdict on X (CRC), a ... business, ...
    #    arrived at ‘...’"; two aspects with their own grades in one sentence ("unpaid work earned ‘Good’ but resettlement
    #    work ... only ‘Inadequate’"); "The inspection, which ran in September 2018"; Dame Glenys Stacey
    ("chadderton-and-royton-crc-2019", facts([
        svc("Chadderton and Royton Community Rehabilitation Company", "Chadderton and Royton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}, {"aspect": "resettlement", "rating": INAD}])],
        "2019-01-24", "2018-09", 5),
     """N| EMBARGOED: 00.01 hrs [Thursday 24 January 2019|D]

N| Probation company serving part of Oldham told to improve

N| In its verdict on [Chadderton and Royton Community Rehabilitation Company|S] (CRC), a [Purple Futures|A] business, [HM Inspectorate of Probation|A] arrived at ‘[Requires improvement|R]’.
W| Of the areas given their own grades, unpaid work earned ‘[Good|R]’ but resettlement work for people leaving prison only ‘[Inadequate|R]’.
N| The inspection, which ran in [September 2018|D], looked at 72 cases.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people are being supervised by telephone alone, which is not acceptable when they pose a risk to others.
S| “That said, unpaid work is run efficiently, and people on placements were picking up skills they can use.”

W| Some staff held caseloads of more than 70, and sickness absence was high.
S| The CRC’s partnership with [Nacro|A] on housing advice was a positive feature.

R| Five recommendations are made; [Chadderton and Royton CRC|S] gets three, [HM Prison and Probation Service|A] the remaining pair.

N| [Purple Futures|A] told reporters it accepted what inspectors had found and had begun putting things right.
"""),
    # 7. an NPS division in 2019 on a justiceinspectorates news item: "Published: 2 Aug 2019"; "Inspectors have handed the
    #    X a ‘...’ for its work as a whole"; court reports and case allocation, "an area that gets a grade of its own,
    #    reached ‘...’"; fieldwork "during a visit in March 2019"; short "NPS Altrincham and Timperley"
    ("altrincham-and-timperley-nps-division-2019", facts([
        svc("National Probation Service – Altrincham and Timperley Division", "NPS Altrincham and Timperley", "region",
            GOOD, [{"aspect": "court reports and case allocation", "rating": OUT}])], "2019-08-02", "2019-03", 4),
     """N| News

N| Probation division in Trafford earns ‘[Good|R]’

N| Published: [2 Aug 2019|D]

N| Inspectors have handed the [National Probation Service – Altrincham and Timperley Division|S] a ‘[Good|R]’ for its work as a whole.
S| Court reports and case allocation, an area that gets a grade of its own, reached ‘[Outstanding|R]’.
N| [HM Inspectorate of Probation|A] read 94 cases during a visit in [March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a well-led division where staff feel valued and know what is expected of them.
S| “Its work with [Greater Manchester Police|A] to manage those who pose the highest risk is a model for others.”

W| Inspectors were disappointed, though, that victims of serious offences were not always contacted before the offender left prison.
W| Caseloads for probation officers were heavy, and some newly qualified staff had been given complex cases too soon.

R| Of the four recommendations, [NPS Altrincham and Timperley|S] is to act on three, with the last left to [HMPPS|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: "Posted on 03/03/2016"
    #    (day/month/year); a joint short quality screening with Ofsted, the CQC and HMIC; bullet lists after "they were
    #    pleased to note that:" / "They did, however, find that:"
    ("golborne-yot-2016", facts([
        svc("Golborne Youth Offending Team", "Golborne YOT", "YJS", None)], "2016-03-03", "2015-11", 6),
     """N| Joint inspection of [Golborne Youth Offending Team|S]

N| Posted on [03/03/2016|D]

N| The report on [Golborne Youth Offending Team|S] (YOT) has now appeared: [Her Majesty’s Inspectorate of Probation|A] headed the visit, with [Ofsted|A] looking at education, [HM Inspectorate of Constabulary|A] at policing, and the [Care Quality Commission|A] at health.
N| Inspectors visited the YOT in [November 2015|D] as part of a short quality screening.

S| Inspectors found much to praise in the way [Golborne YOT|S] kept children out of custody.
N| In particular, they were pleased to note that:
S| • every child had an up-to-date assessment;
S| • staff from [Wigan Council|A]’s children’s services and the YOT shared information promptly.

N| They did, however, find that:
W| • risk to others was not always recognised when a child moved between placements;
W| • children’s health needs were sometimes left to chance.

R| Six recommendations are listed, the bulk of them directed at the YOT’s management board.

N| Responding for [Wigan Council|A], its director of children’s services said: “The team’s effort has been acknowledged, which is welcome, and our plan to tackle the recommendations is agreed.”
"""),
    # 9. a council news page in 2021 with the date line "28/10/2021": "now holds ‘Outstanding’, the top grade, up from the
    #    ‘Good’ awarded after its previous inspection in 2019" (previous beside current); the headline's lower-case
    #    "Urmston youth justice team"; "worked remotely throughout July 2021"; three recommendations; a councillor's reply
    ("urmston-yjs-2021", facts([
        svc("Urmston Youth Justice Service", "Urmston YJS", "YJS", OUT)], "2021-10-28", "2021-07", 3),
     """N| [Urmston youth justice team|S] rated ‘[Outstanding|R]’

N| [28/10/2021|D]

N| [Urmston Youth Justice Service|S] now holds ‘[Outstanding|R]’, the top grade, up from the ‘[Good|R]’ awarded after its previous inspection in [2019|D].
N| Coronavirus rules meant inspectors worked remotely throughout [July 2021|D].

S| Inspectors said the service’s leaders had a clear vision and had kept children’s needs first throughout the pandemic.
S| Families said the team was always there for them, even when face-to-face meetings were impossible.
W| Inspectors found one gap: information about children’s mental health from local [NHS|A] services was sometimes slow to arrive.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Urmston YJS|S] is an exceptional service, and everyone involved deserves congratulations.”

R| The inspectors made three recommendations, and the service’s management board will oversee them.

N| Councillor [Priya Nandra|X], who leads on children for [Trafford Council|A], said: “I could not be prouder of the team, and the children of Urmston are the real winners.”
"""),
    # 10. "In today’s report (Wednesday, 19 July)" with no year (the fieldwork's, March 2023): "gives X an overall grade of
    #     ‘...’"; resettlement "which the inspectorate scores separately, was ‘...’"; "Inspectors did their fieldwork in
    #     March 2023"; four recommendations including one with Bury Council
    ("ramsbottom-yjs-2023", facts([
        svc("Ramsbottom Youth Justice Service", "Ramsbottom YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2023-07-19", "2023-03", 4),
     """N| Inspectors back youth justice work in Ramsbottom, but resettlement falls short

N| In today’s report ([Wednesday, 19 July|D]), [HM Inspectorate of Probation|A] gives [Ramsbottom Youth Justice Service|S] an overall grade of ‘[Good|R]’.
W| Resettlement policy and provision, which the inspectorate scores separately, was ‘[Requires improvement|R]’.
N| Inspectors did their fieldwork in [March 2023|D].

S| Inspectors highlighted the service’s ‘child first’ approach, which meant children were treated as children first and offenders second.
S| Diversion was a notable strength: children given out-of-court disposals were offered help quickly, and very few were caught offending again.
W| However, a number of children left custody with no settled address arranged for their first night.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ramsbottom|S]’s staff know their children well and go the extra mile for them.
W| “The weak spot is resettlement, where planning for release too often started late.”

R| Four recommendations are made, including that [Ramsbottom YJS|S] and [Bury Council|A] agree a protocol for housing children released from custody.
"""),
    # 11. a justiceinspectorates news item: "Published: 6 Feb 2025"; "judges X ‘Inadequate’: no grade on its scale is
    #     lower"; "from 30 September until 4 October 2024"; "Mr Jones continued"; nine recommendations, two for NHS Greater
    #     Manchester
    ("swinton-yjs-2025", facts([
        svc("Swinton Youth Justice Service", "Swinton YJS", "YJS", INAD)], "2025-02-06", "2024-09", 9),
     """N| News

N| Inspectors raise serious concerns over youth justice in Swinton

N| Published: [6 Feb 2025|D]

N| [HM Inspectorate of Probation|A] judges [Swinton Youth Justice Service|S] ‘[Inadequate|R]’: no grade on its scale is lower.
N| Inspectors worked alongside the service from [30 September until 4 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Swinton|S] has let too many children drift, with plans that were written once and then forgotten.
W| “In one case out of every three, nobody had properly understood the risk the child posed to others.”
W| Mr Jones continued: “Leaders were unaware of how serious things had become, and the management board was not asking the right questions.”

S| The report does recognise some committed case managers, and the service’s work with [Salford City Council|A]’s education inclusion team was effective.
W| Staff turnover was high, with more than half of case managers in post for less than a year.

R| Inspectors made nine recommendations, seven for [Swinton YJS|S] and two for [NHS Greater Manchester|A].
"""),
    # 12. a Youth Offending Service in 2020 under the date line "Tuesday, 9th June 2020": "Inspectors have found that X (YOS)
    #     still ‘...’, the judgement it was also given in 2018" (previous beside current); "between 17 and 21 February
    #     2020"; "plans were sometimes copied forward"; "I am encouraged by"; seven recommendations, one for the police
    ("heywood-yos-2020", facts([
        svc("Heywood Youth Offending Service", "Heywood YOS", "YJS", RI)], "2020-06-09", "2020-02", 7),
     """N| [Tuesday, 9th June 2020|D]

N| [Heywood Youth Offending Service|S]: inspection report published

N| Inspectors have found that [Heywood Youth Offending Service|S] (YOS) still ‘[Requires improvement|R]’, the judgement it was also given in [2018|D].
N| Fieldwork took place between [17 and 21 February 2020|D], a few weeks before the first lockdown.

S| Case managers had built strong bonds with the children they supervised, who spoke warmly about the help they had received.
W| Leadership had been unsettled, with three different heads of service since [2018|D], and the management board met but little changed.
W| Assessments of whether a child posed a danger to others were variable, and plans were sometimes copied forward from one order to the next.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am encouraged by the progress the team has made in its work with victims.
R| “What the service needs now from its board is stable leadership, and the board must provide it.”

R| The report makes seven recommendations: six to [Heywood YOS|S] and its board, one to [Greater Manchester Police|A].

N| [Rochdale Borough Council|A] said it had already appointed a permanent head of service.
"""),
    # 13. a 2025-26 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" and "Findings" bullets; the report published "today (Wednesday 14 January 2026)"; "Fieldwork dates: 3 - 7
    #     November 2025"; "Staff in Denton" (a location); five recommendations
    ("denton-pdu-2026", facts([
        svc("Denton Probation Delivery Unit", "Denton PDU", "PDU", None)], "2026-01-14", "2025-11", 5),
     """N| Skip to content

N| Published:

N| [Denton Probation Delivery Unit|S]: report on public protection

N| [HM Inspectorate of Probation|A] today ([Wednesday 14 January 2026|D]) published its report on public protection work at [Denton Probation Delivery Unit|S].
N| No grade is attached: public protection reports in this series are ungraded.

N| Context
N| • [Denton PDU|S] sits within [Probation Service – Greater Manchester region|S] and covers most of Tameside.
N| • Fieldwork dates: [3 - 7 November 2025|D].

N| Findings
S| • Practitioners recognised domestic abuse as a risk in nearly all the cases where it was present.
W| • Enquiries to [Greater Manchester Police|A] about domestic abuse were made in under half the cases that called for them.
W| • Home visits were rare, even when children lived at the address.
S| • Cases managed under [MAPPA|A] had been correctly identified and reviewed on time.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Denton understand the risks, but the checks that would confirm them are too often skipped.”

R| Five recommendations are directed at the unit and its regional managers.
"""),
    # 14. a Merseyside youth justice service: "Overall, X is ‘Good’, with its out-of-court disposal work, which earns a
    #     separate grade, reaching ‘Outstanding’" (overall and aspect in one sentence); "Inspectors carried out fieldwork in
    #     April 2024"; "While staff were committed, ..."; the notes' "Publication date: 22 October 2024 (00:01)"
    ("litherland-yjs-2024", facts([
        svc("Litherland Youth Justice Service", "Litherland YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2024-10-22", "2024-04", 6),
     """N| Youth justice service in Litherland earns ‘[Good|R]’

N| Overall, [Litherland Youth Justice Service|S] is ‘[Good|R]’, with its out-of-court disposal work, which earns a separate grade, reaching ‘[Outstanding|R]’.
N| Inspectors carried out fieldwork in [April 2024|D], meeting children, their parents, the staff team and partners including [Merseyside Police|A] and [Sefton Council|A].

S| Children diverted from court were seen within days, and almost none were back in trouble a year later.
S| Inspectors singled out joint work with [Alder Hey Children’s NHS Foundation Trust|A], thanks to which children got mental health support without a long wait.
W| While staff were committed, casework for children under court orders was less consistent, and risk to others was sometimes overlooked.
W| There were also gaps in how the service kept victims informed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Litherland|S] can hold its head high over its diversion work, which matches the best practice anywhere in England.
R| “The job now is to make sure that children under court orders receive help of the same quality.”

R| The report lists six recommendations, four for [Litherland YJS|S] and two for its partnership board.

N| ENDS

N| Notes to editors
N| 1. Publication date: [22 October 2024|D] (00:01).
"""),
    # 15. two Lancashire youth justice services on a justiceinspectorates news item: "Published: 27 Feb 2019"; "X is ‘...’;
    #     Y, across the Wyre estuary, is ‘...’"; fieldwork "in the same fortnight, starting on 8 October 2018"; "2018" as
    #     the date of a vacancy; nine recommendations "five to Preesall and four to Cleveleys"
    ("cleveleys-and-preesall-yjs-2019", facts([
        svc("Cleveleys Youth Justice Service", "Cleveleys YJS", "YJS", GOOD),
        svc("Preesall Youth Justice Service", "Preesall YJS", "YJS", INAD)], "2019-02-27", "2018-10", 9),
     """N| News

N| Opposite verdicts for two youth services on the Fylde coast

N| Published: [27 Feb 2019|D]

N| Two neighbouring youth services in Lancashire have each had a report published by [HM Inspectorate of Probation|A]: [Cleveleys Youth Justice Service|S] and [Preesall Youth Justice Service|S].
N| [Cleveleys|S] is ‘[Good|R]’; [Preesall|S], across the Wyre estuary, is ‘[Inadequate|R]’.
N| Both inspections took place in the same fortnight, starting on [8 October 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Cleveleys|S] shows what a small service can achieve when its board and its staff pull in one direction.
W| “In Preesall, by contrast, we met children whose risk to others had gone unassessed for months, and a management board unaware of it.”

S| Staff at [Cleveleys YJS|S] worked closely with local schools, so that almost every child on an order was in full-time education.
W| [Preesall YJS|S] had no permanent manager for most of [2018|D], and case managers described feeling cut adrift.
W| Its links with [Lancashire Constabulary|A] and children’s social care were poor, and referrals to [CAMHS|A] were often delayed.

R| The two reports hold nine recommendations, five to [Preesall|S] and four to [Cleveleys|S].
"""),
    # 16. a youth offending team written out in 2019 under the date line "Thu 14 November 2019": "‘Good’ is the grade X
    #     (YOT) takes away from its inspection, carried out in July 2019"; "Whiston’s staff are tenacious"; "I would now
    #     like the partnership to ..."; the notes explain what a YOT is
    ("whiston-yot-2019", facts([
        svc("Whiston Youth Offending Team", "Whiston YOT", "YJS", GOOD)], "2019-11-14", "2019-07", 4),
     """N| [Thu 14 November 2019|D]

N| ‘[Good|R]’ grading for youth offending team in Whiston

N| ‘[Good|R]’ is the grade [Whiston Youth Offending Team|S] (YOT) takes away from its inspection, carried out in [July 2019|D] for [HM Inspectorate of Probation|A].

S| The YOT’s board, which a senior [Knowsley Council|A] officer chairs, kept a firm grip on performance.
S| Inspectors commended the team’s work with victims, who were kept informed and offered the chance to meet the young person responsible.
W| Out-of-court work was weaker: assessments were at times rushed, and cautions were sometimes given without anyone exploring what lay behind a child’s behaviour.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whiston|S]’s staff are tenacious, and they stick with children through thick and thin.
R| “I would now like the partnership to look hard at how it decides which children are diverted from court.”

R| There are four recommendations: [Whiston YOT|S] has three, [Merseyside Police|A] one.

N| ENDS

N| Notes to editors
N| 1. Youth offending teams (YOTs), also known as youth justice services, work with children who have offended, from the age of 10 up to 17.
"""),
    # 17. a Cheshire unit inside the North West region on a GOV.UK page: "Inspectors have told X that its work ‘...’"; the
    #     region's earlier units' ratings beside it ("every North West region unit to be inspected has stopped short of
    #     ‘Good’"); fieldwork "which began on 8 July 2024 and lasted two weeks"; "insufficient" in almost half the cases
    ("handforth-pdu-2024", facts([
        svc("Handforth Probation Delivery Unit", "Handforth PDU", "PDU", RI)], "2024-12-03", "2024-07", 6),
     """N| Press release

N| Probation unit in Cheshire must raise its game, inspectors say

N| Findings published on a probation delivery unit in east Cheshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| Inspectors have told [Handforth Probation Delivery Unit|S] that its work ‘[Requires improvement|R]’.
N| So far, every [North West region|S] unit to be inspected has stopped short of ‘[Good|R]’, at ‘[Requires improvement|R]’ or below.
N| Inspectors examined 42 cases during their fieldwork, which began on [8 July 2024|D] and lasted two weeks.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Handforth|S] has a capable leadership team, and the way it has held on to staff through a difficult period is to its credit.
W| “But supervision is uneven: some people are seen by skilled, curious officers, others by staff too stretched to ask the questions that matter.”

S| Inspectors were impressed with the unit’s work alongside [Cheshire Constabulary|A] to manage prolific offenders together.
W| In almost half the cases, the steps taken to shield children were insufficient.

R| Of the six recommendations, one asks [Handforth PDU|S] to check every new case with children’s services within ten working days.
"""),
    # 18. a Wirral youth justice service climbing from ‘Inadequate’: "has climbed out of the bottom grade: inspectors now
    #     place it at ‘...’, two years after it was found ‘...’"; a Director of Operations speaks; "Disappointingly, only 9 of
    #     the 20"; "Fieldwork lasted five days, starting on 11 November 2024"; "Publication: Tuesday 4 March 2025, 00.01"
    ("moreton-yjs-2025", facts([
        svc("Moreton Youth Justice Service", "Moreton YJS", "YJS", RI)], "2025-03-04", "2024-11", 5),
     """N| [Moreton Youth Justice Service|S] ‘moving in the right direction’

N| [Moreton Youth Justice Service|S] has climbed out of the bottom grade: inspectors now place it at ‘[Requires improvement|R]’, two years after it was found ‘[Inadequate|R]’ in [2023|D].
N| Fieldwork lasted five days, starting on [11 November 2024|D].

S| Each of the earlier report’s recommendations had been acted on, and the arrival of a permanent head of service had steadied things.
S| Positively, children were now seen more often, and the quality of their plans had improved markedly.
W| Even so, efforts against the exploitation of children were inconsistent, and information from [Wirral Council|A]’s children’s social care did not always reach case managers in time.
W| Disappointingly, only 9 of the 20 children of school age inspected were in full-time education.

S| The inspectorate’s Director of Operations, [Kathryn Hartley|X], said: “[Moreton|S] has turned a corner, and staff can take credit for it.
R| “Next, the partnership must ensure each child at risk of exploitation has a plan that is actually followed.”

R| The report contains five recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication: [Tuesday 4 March 2025|D], 00.01.
N| 2. [Moreton YJS|S] was last inspected in [2023|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
