"""Builds the seventy-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Sunderland-area PDUs on a GOV.UK page, the region named before the units: "Washington and Ryhope were both
    #    placed at ‘...’, while Pennywell was given the lowest possible rating"; "Each unit receives three recommendations, nine in all"; the regional lead's reply
    ("washington-pennywell-and-ryhope-pdus-2024", facts([
        svc("Washington Probation Delivery Unit", "Washington PDU", "PDU", RI),
        svc("Pennywell Probation Delivery Unit", "Pennywell PDU", "PDU", INAD),
        svc("Ryhope Probation Delivery Unit", "Ryhope PDU", "PDU", RI)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Inspection of three probation units in Sunderland

N| The inspectorate has reported on three probation delivery units in the North East.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Three units in the [Probation Service – North East region|S] are covered by reports [HM Inspectorate of Probation|A] has published today: [Washington Probation Delivery Unit|S], [Pennywell Probation Delivery Unit|S] and [Ryhope Probation Delivery Unit|S].
N| [Washington|S] and [Ryhope|S] were both placed at ‘[Requires improvement|R]’, while [Pennywell|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pennywell|S] had lost nearly half its qualified officers in twelve months, and the people left behind were stretched far too thinly.
W| “Home visits had all but stopped, and in too many cases nobody had asked what was happening to the children in the house.
S| “[Washington|S] and [Ryhope|S], by contrast, have managers who have held their teams together, and there is a good deal to build on.”

S| [Ryhope PDU|S]’s joint work with [Northumbria Police|A] on domestic abuse perpetrators was singled out as effective.
W| In all three units, risk assessments were updated after a significant change in a person’s life in fewer than half of the files inspectors examined.

R| Each unit receives three recommendations, nine in all.

N| [Gillian Rowe|X], who leads probation in the North East, said: “We accept the findings, and experienced staff have already been moved into Pennywell.”
"""),
    # 2. two youth justice services in one local-news story: the report "published on Friday (9 December)" under a byline of
    #    Tuesday 13 December 2022; ratings given in the other order from the names; "Seven ... four go to Cullercoats"
    ("cullercoats-and-monkseaton-yjs-2022", facts([
        svc("Cullercoats Youth Justice Service", "Cullercoats YJS", "YJS", GOOD),
        svc("Monkseaton Youth Justice Service", "Monkseaton YJS", "YJS", OUT)], "2022-12-09", "2022-09", 7),
     """N| Coast’s youth justice teams win praise from inspectors

N| By [Helen Robson|X]

N| [Tuesday 13 December 2022|D]

N| Inspectors’ reports on [Cullercoats Youth Justice Service|S] and [Monkseaton Youth Justice Service|S] came out on Friday ([9 December|D]), after visits in [September 2022|D].
N| [Monkseaton|S] was awarded ‘[Outstanding|R]’, the highest rating available, and [Cullercoats|S] was found to be ‘[Good|R]’.

S| According to the reports, staff at [Monkseaton|S] knew every child’s circumstances in depth and went out of their way to keep them in education.
S| Inspectors commended [Cullercoats|S] for its quick links with the local child and adolescent mental health team.
W| However, they found that in [Cullercoats YJS|S] plans to keep other people safe were sometimes left unchanged after a child was arrested again.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Monkseaton|S] has set a standard others will want to follow, and both services can be proud of these results.”

R| The two reports make seven recommendations between them: four go to [Cullercoats|S] and three to [Monkseaton|S].

N| A spokesperson for [North Tyneside Council|A] said the council was “delighted” with the outcome.
"""),
    # 3. a city PDU and a county PDU on a justiceinspectorates news page: "Byker ... has been judged ‘...’; Choppington ...
    #    sits one step higher"; "Published: 17 Oct 2023"; fieldwork "from 26 June to 7 July 2023" (two months -> June)
    ("byker-and-choppington-pdus-2023", facts([
        svc("Byker Probation Delivery Unit", "Byker PDU", "PDU", INAD),
        svc("Choppington Probation Delivery Unit", "Choppington PDU", "PDU", RI)], "2023-10-17", "2023-06", 8),
     """N| News

N| Probation unit in east Newcastle judged ‘[Inadequate|R]’; Northumberland neighbour must improve

N| Published: [17 Oct 2023|D]

N| [HM Inspectorate of Probation|A] has published reports on [Byker Probation Delivery Unit|S], in the east of Newcastle, and [Choppington Probation Delivery Unit|S], in south-east Northumberland.
N| [Byker PDU|S] has been judged ‘[Inadequate|R]’; [Choppington PDU|S] sits one step higher, at ‘[Requires improvement|R]’.
N| The inspection team was on site from [26 June to 7 July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Byker, a run of temporary managers had left practitioners unsure who to turn to for advice.
W| “Too often, the danger a person posed to a partner or ex-partner had not been properly explored.”

S| [Choppington|S]’s staff were described as experienced and settled, and most people on probation saw the same officer throughout their order.
W| Accredited programmes were in short supply in both units, and some people waited the best part of a year to start one.
S| Inspectors were impressed by the joint work of both units with [Northumbria Police|A] on prolific offenders.

R| Eight recommendations are made, four for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence, the region's own rating as context;
    #    "Inspectors have put X in their lowest category, ‘...’"; "Mr Jones continued"; "1. Publication: 00.01, Tuesday 29
    #    April 2025, on the inspectorate’s website" in the notes
    ("southwick-pdu-2025", facts([
        svc("Southwick Probation Delivery Unit", "Southwick PDU", "PDU", INAD)], "2025-04-29", "2025-01", 6),
     """N| [North East probation region|S]: inspectors find [Southwick probation unit|S] failing

N| Inspectors have put [Southwick Probation Delivery Unit|S] in their lowest category, ‘[Inadequate|R]’; the unit belongs to the [Probation Service – North East region|S].
N| The [North East region|S] itself received ‘[Requires improvement|R]’ when it was inspected in [2023|D].
N| Inspectors from [HM Inspectorate of Probation|A] examined 52 cases during fieldwork in [January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Southwick|S] is a unit under severe strain.
W| “Nearly a third of its posts were empty, managers were covering cases themselves, and some people released from prison had not been seen for weeks.”

W| Mr Jones continued: “Work to protect children and partners from harm fell short in the majority of cases we examined.”

S| Inspectors did, however, find committed staff who supported each other, and unpaid work supervisors who had kept projects running across Sunderland.
W| Checks with [Sunderland City Council|A]’s children’s services were often made late or not at all.

R| Of the six recommendations, the unit has four to act on, and the North East’s [Probation Service|A] has two.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Tuesday 29 April 2025|D], on the inspectorate’s website.
N| 2. [Southwick PDU|S] is one of several probation delivery units in the [North East region|S].
"""),
    # 5. a unit inside its region, the region in the headline and the notes: "inspectors rate X as ‘...’, the second
    #    lowest mark" in "a report published today (Tuesday 8 August)" with no year (fieldwork March 2023); headline's
    #    lower-case "Shap probation unit"; "only 19 of the 45 cases"; four recommendations
    ("shap-pdu-2023", facts([
        svc("Shap Probation Delivery Unit", "Shap PDU", "PDU", RI)], "2023-08-08", "2023-03", 4),
     """N| [North West region|S]: [Shap probation unit|S] ‘making progress’

N| In a report published today ([Tuesday 8 August|D]), inspectors rate [Shap Probation Delivery Unit|S] as ‘[Requires improvement|R]’, the second lowest mark on their scale.
N| The inspection took place in [March 2023|D] and included interviews with staff, managers and people on probation.

S| Inspectors found that the unit’s leaders understood clearly what needed to change.
S| Positively, people on probation felt listened to by their officers and said they were treated with respect.
W| However, risk to children was assessed well enough in only 19 of the 45 cases inspected.
W| Practitioners did not always ask [Cumbria Constabulary|A] for information about domestic abuse call-outs before making a plan.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Real momentum is building in this unit, and it is heading in the right direction.
R| “Managers must now make sure that information from the police and children’s social care is gathered at the start of every case.”

R| Four recommendations are made, all of them addressed to the PDU.

N| ENDS

N| Notes to editors
N| 1. [Shap PDU|S] covers the upper Eden valley and is part of [Probation Service – North West region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:"; "Tuesday, 22nd November 2011" above "published today"; fieldwork "in
    #    July 2011"; ten recommendations
    ("harrington-and-flimby-probation-trust-2011", facts([
        svc("Harrington and Flimby Probation Trust", "Harrington and Flimby Probation Trust", "other", None)],
        "2011-11-22", "2011-07", 10),
     """N| Probation work in west Cumbria inspected

N| [Tuesday, 22nd November 2011|D]

S| [Harrington and Flimby Probation Trust|S] is doing sound work to reduce reoffending, according to a report by [Her Majesty’s Inspectorate of Probation|A] published today.
N| The inspection looked at 54 cases and took place in [July 2011|D].

S| Scores for the Trust were 79% for cutting the likelihood of reoffending and 84% for delivering sentences.
W| For protecting the public from harm, though, its score was only 64%.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence, usually within five working days;
S| • the Trust worked closely with [Cumbria Constabulary|A] to manage prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often completed late or not reviewed;
W| • in a quarter of relevant cases, children’s services had not been contacted.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Supervisors here know their offenders well, and managers give staff real support.
R| “The Trust now needs to give the same care to managing risk of harm that it already gives to reducing reoffending.”

R| Ten recommendations are made in the report.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "In HM Inspectorate of Probation’s judgement, X (CRC)
    #    stands at ‘...’ overall"; unpaid work "rated on its own" ‘Good’; "Fieldwork took place in May 2019"; the provider's reply
    ("alnmouth-and-craster-crc-2019", facts([
        svc("Alnmouth and Craster Community Rehabilitation Company", "Alnmouth and Craster CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-15", "2019-05", 6),
     """N| Embargoed: 00.01 [Tuesday 15 October 2019|D]

N| Probation company in north Northumberland ‘must do more to keep people safe’

N| In [HM Inspectorate of Probation|A]’s judgement, [Alnmouth and Craster Community Rehabilitation Company|S] (CRC) stands at ‘[Requires improvement|R]’ overall.
S| Its unpaid work, rated on its own, was ‘[Good|R]’.
N| Fieldwork took place in [May 2019|D].
N| The CRC belongs to [Sodexo Justice Services|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Contact with too many of the people this CRC supervises was mainly by telephone, even when there were clear signs of risk to others.
W| “Caseloads of 70 or more were common, and staff told us they rarely had time to do more than check in.”

S| The CRC’s unpaid work was well run, and people on probation said the projects felt worthwhile to the local community.
W| Day-to-day relations with the [National Probation Service|A] were workable, yet information was not always passed on when a case moved from one organisation to the other.

R| Inspectors make six recommendations, most of them for the CRC and its owner and the rest for [HM Prison and Probation Service|A].

N| A [Sodexo Justice Services|A] spokesperson said: “We are glad inspectors saw the value of our unpaid work, and we are reviewing how higher-risk cases are supervised.”
"""),
    # 8. a youth offending team written out on a council page in 2016, before ratings: "its joint inspection of", three other
    #    inspectorates, bullet lists; "Posted: 21/07/2016" (day/month/year); "The visit was in April 2016"; the lower-case full name in the
    #    headline
    ("embleton-yot-2016", facts([
        svc("Embleton Youth Offending Team", "Embleton YOT", "YJS", None)],
        "2016-07-21", "2016-04", 5),
     """N| Report published on [Embleton youth offending team|S]

N| Posted: [21/07/2016|D]

N| [HM Inspectorate of Probation|A]’s report on its joint inspection of [Embleton Youth Offending Team|S] (YOT) is now available.
N| Three other inspectorates took part: [Ofsted|A], for education; the [Care Quality Commission|A], for health; and [HM Inspectorate of Constabulary|A], for policing.
N| The visit was in [April 2016|D].

N| Inspectors were pleased to find that:
S| • case managers won the trust of children and their parents;
S| • children were helped to make amends to the people they had harmed.

N| However, inspectors were concerned to find that:
W| • assessments did not always look at the risk of harm a child might pose to others;
W| • health and education staff were not always involved in planning.

R| The report makes five recommendations, most of them for the YOT management board.

N| Councillor [Susan Dungworth|X], [Northumberland County Council|A]’s cabinet member for children’s services, said: “The report recognises the dedication of our team, and we have started work on every recommendation.”
"""),
    # 9. an NPS division in 2019, a headline with no service: "X has an overall regional rating of ‘...’"; "Published: 21
    #    May 2019"; fieldwork "in January and February 2019"; short "NPS Stocksfield and Ovingham"
    ("stocksfield-and-ovingham-nps-division-2019", facts([
        svc("National Probation Service – Stocksfield and Ovingham Division", "NPS Stocksfield and Ovingham", "region",
            RI)], "2019-05-21", "2019-01", 7),
     """N| Probation division in the Tyne Valley told to improve public protection work

N| Published: [21 May 2019|D]

N| The [National Probation Service – Stocksfield and Ovingham Division|S] has an overall regional rating of ‘[Requires improvement|R]’, according to [HM Inspectorate of Probation|A].
N| The division supervises around 2,800 people across the Tyne Valley and west Northumberland.
N| The inspection was carried out in [January and February 2019|D].

S| Its reports to courts were thorough, and almost all arrived on time.
S| Leaders had a clear plan for the division and staff spoke well of their managers.
W| Even so, work to keep people safe was not good enough, and risk assessments were too often left out of date.
W| Staff shortages meant that some officers in [NPS Stocksfield and Ovingham|S] held more than 60 cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Strong foundations are in place across the division.
R| “Its leaders must now make sure that every risk assessment is reviewed when circumstances change.”

R| Seven recommendations are made, for the division and for [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 10. a GOV.UK page: "HM Inspectorate of Probation has rated X ‘Good’"; resettlement policy and provision "separately rated", "received" ‘Requires
    #     improvement’; "Fieldwork for this inspection took place in May 2024"; notes with the day
    ("wrekenton-yjs-2024", facts([
        svc("Wrekenton Youth Justice Service", "Wrekenton YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-09-24", "2024-05", 4),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice in Gateshead

N| Inspectors publish their report on [Wrekenton Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| [HM Inspectorate of Probation|A] has rated [Wrekenton Youth Justice Service|S] ‘[Good|R]’.
W| Resettlement policy and provision, which was separately rated, received ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [May 2024|D].

S| Inspectors were impressed by the service’s diversion work, which kept many children out of the courts.
S| Case managers knew the children well, and their plans reflected what children and parents had told them.
W| However, children leaving custody often had their release planned too late, and some had nowhere settled to live.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wrekenton|S] keeps children at the heart of its work, and its staff deserve credit for that.
R| “Leaders should now bring the same attention to children returning from custody.”

R| The report makes four recommendations, including three for the management board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [24 September 2024|D] at 00.01.
"""),
    # 11. "HM Inspectorate of Probation has judged X to be ‘Outstanding’", the headline's lower-case service; "published today (Tuesday, 11 February)"
    #     under the date line; fieldwork "between 7 and 11 October 2024"; three recommendations
    ("chopwell-yjs-2025", facts([
        svc("Chopwell Youth Justice Service", "Chopwell YJS", "YJS", OUT)], "2025-02-11", "2024-10", 3),
     """N| News

N| [Chopwell youth justice service|S] ‘exceptional’, say inspectors

N| [11 February 2025|D]

N| [HM Inspectorate of Probation|A] has judged [Chopwell Youth Justice Service|S] to be ‘[Outstanding|R]’ in a report published today ([Tuesday, 11 February|D]).
N| Inspectors visited the service between [7 and 11 October 2024|D].

S| In every case inspectors looked at, the child’s plan set out clearly how they would be kept safe.
S| The management board, chaired by [Gateshead Council|A]’s director of children’s services, understood the service’s work in detail and challenged it constructively.
S| Children from the local Traveller community were given help that respected their culture and kept them in education.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A dedicated team is doing outstanding work here.
S| “There is real ambition for every child here, and it shows in the results.”

R| Three recommendations are made, all for the service’s management board.
"""),
    # 12. "After inspecting X in February 2022, HM Inspectorate of Probation found it to be ‘...’"; previous rating 'Good'
    #     beside; "Published: 28 Jun 2022"; "in only 13 of 27 cases"
    ("pegswood-yjs-2022", facts([
        svc("Pegswood Youth Justice Service", "Pegswood YJS", "YJS", RI)], "2022-06-28", "2022-02", 6),
     """N| Youth justice service in Northumberland slips after inspection

N| Published: [28 Jun 2022|D]

N| After inspecting [Pegswood Youth Justice Service|S] in [February 2022|D], [HM Inspectorate of Probation|A] found it to be ‘[Requires improvement|R]’.
N| The service had been rated ‘[Good|R]’ when last inspected, in [2018|D].

W| Work to keep children safe had weakened since the start of the pandemic, inspectors found.
W| Risks to other people were properly assessed in only 13 of 27 cases.
S| Positively, children were well supported into education, training or work, with almost all in a placement.
S| The service’s restorative justice worker made sure victims had their views heard.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pegswood|S]’s staff are devoted to the children they supervise, but the basics of safety planning have been allowed to slip.
R| “The management board must make sure this is put right quickly.”

R| Six recommendations are made in the report.

N| [Northumberland County Council|A] said an action plan would follow within a month.
"""),
    # 13. a council page: "Posted on 14/11/2023"; "The report on X ... gives it an overall rating of ‘Inadequate’"; 12 recommendations;
    #     the director's apology; fieldwork "in the week beginning 10 July 2023"
    ("dearham-yjs-2023", facts([
        svc("Dearham Youth Justice Service", "Dearham YJS", "YJS", INAD)], "2023-11-14", "2023-07", 12),
     """N| Statement following the inspection of [Dearham Youth Justice Service|S]

N| Posted on [14/11/2023|D]

N| The report on [Dearham Youth Justice Service|S], published today by [HM Inspectorate of Probation|A], gives it an overall rating of ‘[Inadequate|R]’.
N| Inspectors visited in the week beginning [10 July 2023|D].

W| The inspectors found that the service had not done enough to keep children safe from exploitation.
W| Staff turnover was high, and many children had been passed between several case managers.
S| Inspectors recognised the dedication of front-line staff and the service’s good links with local schools.
W| They also found that the management board had been given too rosy a view of the service’s performance.

R| The report makes 12 recommendations for the service, its management board, [Cumberland Council|A] and [Cumbria Constabulary|A].

N| [Lyn Burns|X], Director of Children’s Services, said: “We are truly sorry for letting these children down.
N| “A new improvement plan has been agreed and will be overseen by the chief executive.”
"""),
    # 14. "Youth Offending Service" in 2019: "X has been assessed as ‘Good’"; "Report available from: Tuesday 3 December
    #     2019"; fieldwork "in August 2019"
    ("seghill-yos-2019", facts([
        svc("Seghill Youth Offending Service", "Seghill YOS", "YJS", GOOD)], "2019-12-03", "2019-08", 4),
     """N| [Seghill youth offending service|S] assessed as ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has assessed [Seghill Youth Offending Service|S] as ‘[Good|R]’ following an inspection in [August 2019|D].

S| The service had a strong and stable management board, with senior representation from [Northumbria Police|A] and the [NHS|A].
S| Case managers were good at reaching children whom other services had failed.
S| Children on court orders were well supervised, and most committed no further offences while their order lasted.
W| In contrast, out-of-court disposals were handled less consistently, and some assessments were brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Seghill|S] has a team who are committed to doing the best for children.
R| “I would like to see out-of-court cases given the same care as the service gives to children on orders.”

R| We have made four recommendations; the service must act on three of them and its management board on one.

N| ENDS

N| Notes to editors
N| 1. Report available from: [Tuesday 3 December 2019|D].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; three recommendations
    ("howdon-pdu-2025", facts([
        svc("Howdon Probation Delivery Unit", "Howdon PDU", "PDU", None)], "2025-12-04", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection of a North Tyneside probation unit

N| Published: [4 Dec 2025|D]

N| A public protection inspection of [Howdon Probation Delivery Unit|S], carried out by [HM Inspectorate of Probation|A], is published today.
N| No rating is given in this type of inspection.
N| Inspectors carried out fieldwork in [September 2025|D].

N| Context
N| • [Howdon PDU|S] belongs to [Probation Service – North East region|S] and covers part of North Tyneside.
N| • It supervises about 650 people, around a third of whom are on licence.

N| Findings
S| • Practitioners knew the people on their caseloads well.
W| • Where domestic abuse enquiries with [Northumbria Police|A] were needed, they had not been made in one case in four.
W| • Oversight of high-risk cases by managers varied from team to team.
S| • [MAPPA|A] meetings were well attended and actions were followed up.

R| Three recommendations are made; the PDU and the region share them.
"""),
    # 16. a remote inspection in 2021: "HM Inspectorate of Probation has placed X at ‘...’"; "inspectors worked remotely
    #     throughout the fieldwork in March 2021"; "Published: Tuesday 20th July 2021"; "In just over half of the cases ..."
    ("ravenglass-yjs-2021", facts([
        svc("Ravenglass Youth Justice Service", "Ravenglass YJS", "YJS", RI)], "2021-07-20", "2021-03", 6),
     """N| Youth justice service in west Cumbria must improve, inspectors find

N| Published: [Tuesday 20th July 2021|D]

N| [HM Inspectorate of Probation|A] has placed [Ravenglass Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Because of COVID-19 restrictions, inspectors worked remotely throughout the fieldwork in [March 2021|D].

W| Inspectors found that many children had been supervised mostly by telephone during lockdown, including some who were at risk of exploitation.
W| In just over half of the cases inspected, work to limit the harm a child could do to others was not good enough.
S| Encouragingly, the service had kept almost all children in education or training throughout the pandemic.
S| Its partnership with [Cumbria Constabulary|A] on diverting children from court was well established.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ravenglass|S] has worked hard through a difficult year, but its focus on keeping children and the public safe has not been strong enough.
R| “Face-to-face contact must be restored for the children who need it most.”

R| The report makes six recommendations.
"""),
    # 17. "HM Inspectorate of Probation has given its lowest possible rating, ‘...’, to X"; the previous ‘Good’ beside; resettlement "rated separately"
    #     ‘Inadequate’; "Report publication: 1 October 2024"; 14 recommendations
    ("bamburgh-yjs-2024", facts([
        svc("Bamburgh Youth Justice Service", "Bamburgh YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-10-01", "2024-05", 14),
     """N| [Bamburgh Youth Justice Service|S] given lowest possible rating

N| [HM Inspectorate of Probation|A] has given its lowest possible rating, ‘[Inadequate|R]’, to [Bamburgh Youth Justice Service|S], three years after rating it ‘[Good|R]’.
W| Resettlement was rated separately and was also found to be ‘[Inadequate|R]’.
N| Fieldwork took place in [May 2024|D].

W| Inspectors found that leaders had not understood how far the quality of work had fallen.
W| In too many cases, risks to children’s safety had not been identified, and referrals to other agencies for children at risk of exploitation were missed.
W| Children leaving custody rarely had somewhere suitable to live arranged before their release.
S| Despite these problems, inspectors praised the thoughtful, well-organised work done with victims.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “A service that was doing well only a few years ago has let standards fall a long way, and that is deeply disappointing.
R| “Urgent action is required to make sure children are safe.”

R| The report makes 14 recommendations, for the service, its management board, [Northumberland County Council|A] and [Northumbria Police|A].

N| Notes to editors
N| 1. Report publication: [1 October 2024|D].
N| 2. [Bamburgh YJS|S] covers north Northumberland and works with around 40 children at any one time.
"""),
    # 18. a council news page with a numeric date line "25/04/2023" (day/month/year); "X was judged to be ‘Good’";
    #     fieldwork "between 23 and 27 January 2023"; no count of recommendations (null)
    ("longframlington-yjs-2023", facts([
        svc("Longframlington Youth Justice Service", "Longframlington YJS", "YJS", GOOD)], "2023-04-25", "2023-01", None),
     """N| Rural youth justice team earns ‘[Good|R]’ from inspectors

N| [25/04/2023|D]

N| Today’s report from [HM Inspectorate of Probation|A] judges [Longframlington Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection took place between [23 and 27 January 2023|D].

S| Inspectors were impressed by the way children and their families were involved in decisions.
S| Children at risk of exploitation were given quick and well-coordinated help, with the service often working alongside [Northumbria Police|A].
W| But planning for children’s transition to adult probation services needed strengthening.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Longframlington|S] achieves a great deal for a small service covering a large rural area.
S| “The staff at [Longframlington|S] should take real credit for the difference they are making to children’s lives.”

N| The full report sets out where the service can improve further.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
