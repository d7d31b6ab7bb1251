"""Builds the 179th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Craven PDUs on a GOV.UK page, the region named before the units: "X was given ‘...’, while Y fell into the
    #    bottom band of the four, ‘...’"; "between 3 and 14 February 2025"; eight recommendations "three for each unit
    #    and two for the region"; the regional director's reply
    ("threshfield-and-cononley-pdus-2025", facts([
        svc("Threshfield Probation Delivery Unit", "Threshfield PDU", "PDU", RI),
        svc("Cononley Probation Delivery Unit", "Cononley PDU", "PDU", INAD)], "2025-06-24", "2025-02", 8),
     """N| Press release

N| Two probation units in Craven: inspection reports published

N| Reports on two probation delivery units in North Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 June 2025|D]

N| [HM Inspectorate of Probation|A] has today published reports on two of the units that make up [Probation Service – Yorkshire and the Humber region|S]: [Threshfield Probation Delivery Unit|S] and [Cononley Probation Delivery Unit|S].
N| [Threshfield|S] was given ‘[Requires improvement|R]’, while [Cononley|S] fell into the bottom band of the four, ‘[Inadequate|R]’.
N| The two units were inspected one after the other between [3 and 14 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Cononley, some practitioners were carrying double a safe caseload, and their managers were too stretched to check their work.
W| “Home visits at [Cononley PDU|S] had almost stopped, and some people subject to licence had not been seen in person since the summer.
S| “[Threshfield|S] is in a steadier position, with a full team of probation officers and good links to local housing associations.”

S| Inspectors found that [Threshfield PDU|S]’s work with people convicted of domestic abuse was careful and well recorded.
W| In both units, fewer than half of the cases examined showed that enquiries had been made with children’s services where children were in the household.

R| The reports make eight recommendations between them: three for each unit and two for the region.

N| In response, the region’s probation director said the findings were accepted and that experienced officers had been moved into Cononley.
"""),
    # 2. two youth justice services either side of the county boundary in a local-news story: the reports "came out on
    #    Tuesday (15 October)" under a byline of Friday 18 October 2024; "Y was handed the inspectorate’s top grade,
    #    ‘...’, with X one step lower at ‘...’" (the other order from first naming); seven recommendations, "four for X
    #    and three for Y"
    ("wigglesworth-and-dunsop-bridge-yjs-2024", facts([
        svc("Wigglesworth Youth Justice Service", "Wigglesworth YJS", "YJS", GOOD),
        svc("Dunsop Bridge Youth Justice Service", "Dunsop Bridge YJS", "YJS", OUT)], "2024-10-15", "2024-06", 7),
     """N| Youth justice teams in Craven and the Ribble Valley earn high marks

N| By [Helen Whitaker|X]

N| [Friday 18 October 2024|D]

N| Inspection reports on [Wigglesworth Youth Justice Service|S] and [Dunsop Bridge Youth Justice Service|S] came out on Tuesday ([15 October|D]), four months after inspectors visited both in [June 2024|D].
N| [Dunsop Bridge|S] was handed the inspectorate’s top grade, ‘[Outstanding|R]’, with [Wigglesworth|S] one step lower at ‘[Good|R]’.

S| According to the reports, [Dunsop Bridge YJS|S]’s case managers had built trusting relationships with children that often lasted well beyond the end of their orders.
S| Inspectors praised [Wigglesworth|S] for moving quickly to find a new school for any child who had been excluded.
W| They did find, though, that [Wigglesworth YJS|S] had been slow to review plans when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “On both sides of the county boundary, young people are getting a service to be proud of, and staff at [Dunsop Bridge|S] have set a standard that others could learn from.”

R| There are seven recommendations across the two reports, four for [Wigglesworth|S] and three for [Dunsop Bridge|S].

N| [Lancashire County Council|A] and [North Yorkshire Council|A] both said they were delighted with the outcome.
"""),
    # 3. three PDUs in a justiceinspectorates news item, the region named in the first sentence: "None of the three
    #    reached ‘Good’: X and Y have come out at ‘...’ and Z at ‘...’"; "Published: 9 Jul 2024"; fieldwork "during
    #    January 2024"; nine recommendations, "three for each PDU"
    ("glusburn-kildwick-and-lothersdale-pdus-2024", facts([
        svc("Glusburn Probation Delivery Unit", "Glusburn PDU", "PDU", RI),
        svc("Kildwick Probation Delivery Unit", "Kildwick PDU", "PDU", RI),
        svc("Lothersdale Probation Delivery Unit", "Lothersdale PDU", "PDU", INAD)], "2024-07-09", "2024-01", 9),
     """N| News

N| Three probation units in the south of Craven fall short of ‘[Good|R]’

N| Published: [9 Jul 2024|D]

N| Three neighbouring units in the [Yorkshire and the Humber probation region|S], [Glusburn Probation Delivery Unit|S], [Kildwick Probation Delivery Unit|S] and [Lothersdale Probation Delivery Unit|S], are the subject of reports released today by [HM Inspectorate of Probation|A].
N| None of the three reached ‘[Good|R]’: [Glusburn|S] and [Kildwick|S] have come out at ‘[Requires improvement|R]’ and [Lothersdale|S] at ‘[Inadequate|R]’.
N| Inspectors visited the units during [January 2024|D] and read 96 cases in all.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Lothersdale, almost one in three probation officer posts stood empty, and the unit had no permanent head for most of the previous year.
S| “[Glusburn PDU|S] and [Kildwick PDU|S] have stable teams who know their local partners well.
W| “Across all three units, though, the work to protect victims of domestic abuse was not done with enough care.”

S| [Kildwick PDU|S]’s unpaid work team had kept placements running through the winter and had found new projects with local charities.
W| Sentence plans in [Lothersdale PDU|S] were often written weeks late, and a number had never been reviewed.

R| The reports set out nine recommendations, three for each PDU.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have judged X, part of the
    #    Probation Service’s Yorkshire and the Humber region, to be ‘...’"; the region's 2023 rating as context; "Mr Jones
    #    continued"; fieldwork "in the unit in July 2024"; the embargo line in the notes, 00.01 Thursday 5 December 2024
    ("langcliffe-pdu-2024", facts([
        svc("Langcliffe Probation Delivery Unit", "Langcliffe PDU", "PDU", INAD)], "2024-12-05", "2024-07", 6),
     """N| [Yorkshire and the Humber probation region|S]: serious failings found in Langcliffe

N| Inspectors have judged [Langcliffe Probation Delivery Unit|S], part of the [Probation Service|A]’s [Yorkshire and the Humber region|S], to be ‘[Inadequate|R]’.
N| In [2023|D] the inspectorate had rated the region as a whole ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] carried out its fieldwork in the unit in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Langcliffe|S] has lost too many experienced staff, and those who remain are trying to hold together a service that is close to breaking.
W| “We found people assessed as posing a high risk of harm who had gone weeks without a meaningful conversation with anyone.”

W| Mr Jones continued: “Managers told us they knew the problems, but the plan they showed us had not changed since the spring.”

S| There were bright spots: the unit’s work with [North Yorkshire Police|A] on managing people convicted of sexual offences was thorough, and staff spoke warmly of the support they gave one another.
W| Contact with people on probation was too often by telephone, even where face-to-face meetings were clearly needed.

R| Six recommendations are made: four are for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 hours, [Thursday 5 December 2024|D].
N| 2. [Langcliffe PDU|S] supervises people in the north of Craven for [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 5. a unit inside its region, the region named first in the headline: "Inspectors have awarded X the second-lowest
    #    grade on their scale, ‘...’"; a sibling unit's rating ("was rated ‘Good’") as context;
    #    fieldwork "over two weeks in April 2023"; the publication day in the notes
    ("dinckley-pdu-2023", facts([
        svc("Dinckley Probation Delivery Unit", "Dinckley PDU", "PDU", RI)], "2023-09-19", "2023-04", 6),
     """N| [North West probation region|S]: [Dinckley PDU|S] told to improve

N| Inspectors have awarded [Dinckley Probation Delivery Unit|S] the second-lowest grade on their scale, ‘[Requires improvement|R]’, in their latest report on a unit of the [Probation Service – North West region|S].
N| Its neighbour, [Mitton PDU|S], was rated ‘[Good|R]’ when it was inspected last year.
N| The inspection took place over two weeks in [April 2023|D].

S| Inspectors found that [Dinckley|S]’s leaders were visible and approachable, and that staff felt well supported.
S| Reports prepared for magistrates in the Ribble valley were of a high standard.
W| However, plans to manage the risk people posed to others were sufficient in only 19 of the 42 cases inspected.
W| Joint work with [Lancashire Constabulary|A] on domestic abuse call-outs was patchy, and information was not always passed on.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dinckley|S]’s staff can take credit for much of what we found.
R| “The unit’s leaders now need to make sure that every practitioner looks at police and children’s services information before a plan is drawn up.”

R| We have made six recommendations, including five for [Dinckley PDU|S].

N| ENDS

N| Notes to editors
N| 1. The report will go live on the inspectorate’s website on [19 September 2023|D].
"""),
    # 6. a Probation Trust in 2011, before ratings: the verdict in the first sentence; percentage scores; "Inspectors
    #    judged that:" / "But they also noted that:" bullet lists; "Tuesday 13th December 2011" above "published today";
    #    fieldwork "in September 2011"; seven recommendations
    ("arncliffe-and-kilnsey-probation-trust-2011", facts([
        svc("Arncliffe and Kilnsey Probation Trust", "Arncliffe and Kilnsey Probation Trust", "other", None)],
        "2011-12-13", "2011-09", 7),
     """N| Offender management inspection: Arncliffe and Kilnsey

N| [Tuesday 13th December 2011|D]

S| Offenders supervised by [Arncliffe and Kilnsey Probation Trust|S] were generally well managed, [Her Majesty’s Inspectorate of Probation|A] says in a report published today.
N| The inspection, the latest in a programme covering every Trust in England and Wales, took place in [September 2011|D].

S| The Trust’s scores were 77% for lowering the chance of further offending and 83% for enforcing the requirements of community orders and licences.
W| Work to protect the public scored a lower 65%.

N| Inspectors judged that:
S| • staff had a thorough knowledge of their cases and were quick to take enforcement action;
S| • links with [North Yorkshire Police|A] over prolific and priority offenders were strong.

N| But they also noted that:
W| • risk of harm screenings were sometimes left incomplete for several weeks;
W| • too few cases had a plan that took account of the needs of victims.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Anyone who meets the staff of this Trust will see how much they care about the work they do.
R| “It should now put public protection at the centre of its improvement plan.”

R| There are seven recommendations in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider: "The verdict of ... on X (CRC), a Purple Futures company, is ‘...’";
    #    unpaid work "which is graded on its own, earned ‘...’"; a partner prison; "Published: 3 Dec 2019"; fieldwork
    #    "during August 2019"
    ("thorlby-and-eshton-crc-2019", facts([
        svc("Thorlby and Eshton Community Rehabilitation Company", "Thorlby and Eshton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-03", "2019-08", 5),
     """N| Probation company in Craven must do more to protect the public

N| Published: [3 Dec 2019|D]

N| The verdict of [HM Inspectorate of Probation|A] on [Thorlby and Eshton Community Rehabilitation Company|S] (CRC), a [Purple Futures|A] company, is ‘[Requires improvement|R]’.
S| Unpaid work, which is graded on its own, earned ‘[Good|R]’ because placements were well run and people started their hours quickly.
N| Inspectors carried out fieldwork during [August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “People on probation with this CRC often get a brief appointment with whichever officer is free, rather than a relationship with one they know.
W| “In a third of the cases we examined, nobody had checked with the police or children’s services about possible domestic abuse.”

S| Inspectors found the through-the-gate team of [Thorlby and Eshton CRC|S] at [HMP Leeds|S] to be well organised.
W| Relationships with the [National Probation Service|A] in North Yorkshire were cordial, but court reports and risk information reached the CRC late.

R| The CRC and [Purple Futures|A] must act on four of the five recommendations, and [HM Prison and Probation Service|A] on the fifth.

N| [Purple Futures|A] said in a statement that work on the findings had already begun.
"""),
    # 8. a youth offending team written only in lower case, then abbreviated, on a council page in 2019: "the Feizor youth
    #    offending team ... judged it to be ‘...’"; "Date published: 28/05/2019"; fieldwork "in January 2019"; "I would
    #    like to see"; four recommendations
    ("feizor-yot-2019", facts([
        svc("Feizor youth offending team", "Feizor YOT", "YJS", GOOD)], "2019-05-28", "2019-01", 4),
     """N| Inspection of youth offending services

N| Date published: [28/05/2019|D]

N| Inspectors who visited the [Feizor youth offending team|S] in [January 2019|D] have judged it to be ‘[Good|R]’ overall.
N| The inspection was led by [HM Inspectorate of Probation|A].

S| The report found that the [Feizor YOT|S] had a well-attended management board whose members challenged one another constructively.
S| Case managers were skilled at helping children to make sense of their offending and to think about its effect on victims.
W| Assessments of children’s safety and wellbeing, however, did not always draw on information held by children’s social care.
W| Too few children who received an out-of-court disposal were offered help with their health needs.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Feizor|S] has a capable, caring team who clearly put children first.
R| “I would like to see children who are diverted from court given as much attention as those who are sentenced.”

R| The report makes four recommendations.

N| The council’s cabinet member for children and young people said the team’s hard work had been rightly recognised.
"""),
    # 9. "Inspectors have given X the lowest possible rating, ‘...’", the previous inspection's ‘...’ in 2019 beside;
    #    resettlement "rated on its own, to be ‘...’"; GOV.UK "Published 2 August 2022"; fieldwork "between 21 and 25
    #    March 2022"; ten recommendations
    ("burton-in-lonsdale-yjs-2022", facts([
        svc("Burton-in-Lonsdale Youth Justice Service", "Burton-in-Lonsdale YJS", "YJS", INAD,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2022-08-02", "2022-03", 10),
     """N| Press release

N| Youth justice service in North Yorkshire given lowest possible rating

N| Inspectors have found serious weaknesses in the way children are supervised.

N| From: [HM Inspectorate of Probation|A]

N| Published [2 August 2022|D]

N| Inspectors have given [Burton-in-Lonsdale Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’; at its previous inspection, in [2019|D], it was ‘[Requires improvement|R]’.
W| Inspectors also judged resettlement policy and provision, rated on its own, to be ‘[Inadequate|R]’.
N| Inspectors visited between [21 and 25 March 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “It gives me no pleasure to report that children here have been let down by the adults responsible for them.
W| “The management board had not grasped how far standards had fallen, and case managers had been left to cope with little guidance or oversight.”

W| Inspectors found that the risks children faced from criminal exploitation were often missed or noted without any action following.
W| [Burton-in-Lonsdale YJS|S] had properly assessed children’s health needs in only 6 of the 19 cases inspected.
S| On a more positive note, the service’s work with victims was well organised and victims’ wishes were taken into account.

R| Ten recommendations are made in the report, the majority addressed to the [Burton-in-Lonsdale YJS management board|A].

N| [North Yorkshire Council|A] said an improvement board, led by its chief executive, was already meeting every month.
"""),
    # 10. an ordinary GOV.UK release: "has given X an overall rating of ‘...’"; fieldwork "in October 2024"; four
    #     recommendations, the fourth for the local integrated care board
    ("draughton-yjs-2025", facts([
        svc("Draughton Youth Justice Service", "Draughton YJS", "YJS", GOOD)], "2025-02-11", "2024-10", 4),
     """N| Press release

N| ‘[Good|R]’ youth justice work in the Yorkshire Dales

N| Inspectors publish their report on [Draughton Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| [HM Inspectorate of Probation|A] has given [Draughton Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| The inspection took place in [October 2024|D].

S| Inspectors were impressed by the way the service involved children and their families in planning, so that children understood what was expected of them.
S| Partnership working was strong, with a seconded officer from [North Yorkshire Police|A] and a speech and language therapist based in the team.
W| However, work to keep other people safe was not always planned in enough detail, particularly where a child had been violent at home.
W| Some children at [Draughton YJS|S] waited too long for help from [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Draughton|S] has a team that goes the extra mile for children, often travelling long distances across the Dales to see them.
R| “Leaders should now make sure that plans to keep others safe are as thorough as the rest of the team’s work.”

R| Three of the report’s four recommendations are for the service; the fourth goes to the local integrated care board.
"""),
    # 11. a council page: "Posted: 07/11/2023"; "A report by ..., published today, says X ‘...’" in the council's words
    #     (third person, "the watchdog found"); fieldwork "in June 2023"; six recommendations; the council's reply
    ("osbaldeston-yjs-2023", facts([
        svc("Osbaldeston Youth Justice Service", "Osbaldeston YJS", "YJS", RI)], "2023-11-07", "2023-06", 6),
     """N| Youth justice inspection report published

N| Posted: [07/11/2023|D]

N| A report by [HM Inspectorate of Probation|A], published today, says [Osbaldeston Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors looked at the service’s work in [June 2023|D].

S| The watchdog found staff who were committed and who had got to know each child well.
S| It described the service’s diversion scheme, which keeps children out of court, as effective, noting that most of the children who took part did not reoffend.
W| But it found that the quality of assessments at [Osbaldeston YJS|S] was inconsistent and that managers’ oversight of cases needed strengthening.
W| Inspectors also said too many children were not in suitable education, training or employment.

R| The report contains six recommendations; one is that the management board should keep a closer eye on how well the service is performing.

N| Councillor [Graham Dowson|X], [Lancashire County Council|A]’s cabinet member for children and families, said: “We welcome the report and have already put an action plan in place.
N| “We are grateful to inspectors for their time and to our staff for everything they do.”
"""),
    # 12. a justiceinspectorates news item with a date line: "... has assessed X as ‘...’"; fieldwork "between 29 November
    #     and 3 December 2021" (across two months); "in only 11 of 25 cases"; seven recommendations, one to the police
    ("rathmell-yjs-2022", facts([
        svc("Rathmell Youth Justice Service", "Rathmell YJS", "YJS", RI)], "2022-04-27", "2021-11", 7),
     """N| News

N| [Rathmell Youth Justice Service|S] told to do more to keep children safe

N| [27 April 2022|D]

N| [HM Inspectorate of Probation|A] has assessed [Rathmell Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork between [29 November and 3 December 2021|D].

S| The service had a stable, experienced team, and children spoke positively about their case managers.
S| [Rathmell YJS|S]’s work with schools was a particular strength, and very few children had been permanently excluded.
W| However, plans for keeping children safe were good enough in only 11 of the 25 cases inspected.
W| Some staff were unclear about when to refer a child to the local safeguarding arrangements.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rathmell|S] has many strengths, but it is not yet doing enough to protect the children it works with.
R| “Leaders need to make sure staff understand how to recognise and respond to the signs of exploitation.”

R| Seven recommendations are made, including one that asks [North Yorkshire Police|A] to share information about children more quickly.
"""),
    # 13. a 2021 remote inspection: "Thursday, 15th July 2021"; "X is ‘...’, inspectors have concluded"; "The fieldwork
    #     was carried out remotely in March 2021"; three recommendations
    ("whitewell-yjs-2021", facts([
        svc("Whitewell Youth Justice Service", "Whitewell YJS", "YJS", GOOD)], "2021-07-15", "2021-03", 3),
     """N| Youth justice service keeps children at the centre during the pandemic

N| [Thursday, 15th July 2021|D]

N| [Whitewell Youth Justice Service|S] is ‘[Good|R]’, inspectors have concluded in a report published today.
N| Because of COVID-19 restrictions, the fieldwork was carried out remotely in [March 2021|D].

S| Inspectors found that, through each lockdown, case managers had stayed in touch with children, seeing them on doorsteps or on walks where they could.
S| [Whitewell YJS|S]’s work with children in care was a notable strength.
W| Disappointingly, the time it took to start some reparation activities had grown, and some children had waited months.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whitewell|S]’s staff deserve real credit: in a year of upheaval, they never lost sight of the children.”

R| Three recommendations are made in the report.
"""),
    # 14. "Youth Offending Service" in 2019: "X has achieved the highest rating, ‘...’"; fieldwork "in May 2019"; the notes'
    #     "The report is released at 00.01 on Wednesday 9 October 2019"; two recommendations
    ("horton-in-ribblesdale-yos-2019", facts([
        svc("Horton-in-Ribblesdale Youth Offending Service", "Horton-in-Ribblesdale YOS", "YJS", OUT)],
        "2019-10-09", "2019-05", 2),
     """N| ‘[Outstanding|R]’ youth offending service in the Dales

N| [Horton-in-Ribblesdale Youth Offending Service|S] (YOS) has achieved the highest rating, ‘[Outstanding|R]’, following an inspection by [HM Inspectorate of Probation|A] in [May 2019|D].

S| Inspectors found a service with ambitious, well-informed leaders and a management board that held every partner to account.
S| Case managers made imaginative use of the countryside around them, running farm and outdoor projects that children valued.
S| Assessments and plans were of a high quality in almost every case inspected.
W| The one weakness inspectors noted was that decisions in out-of-court cases were sometimes recorded too briefly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Horton-in-Ribblesdale YOS|S] shows what youth offending work can achieve when every partner pulls in the same direction, and its staff deserve every credit.”

R| The report makes two recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is released at 00.01 on [Wednesday 9 October 2019|D].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 3 Mar 2026"; fieldwork "in November 2025"; three recommendations
    ("airton-pdu-2026", facts([
        svc("Airton Probation Delivery Unit", "Airton PDU", "PDU", None)], "2026-03-03", "2025-11", 3),
     """N| Skip to content

N| Public protection inspection: probation unit in Craven

N| Published: [3 Mar 2026|D]

N| [HM Inspectorate of Probation|A]’s report on [Airton Probation Delivery Unit|S], released today, looks at how well the unit keeps people safe.
N| No rating is given in this round of inspections.
N| Inspectors visited in [November 2025|D].

N| Context
N| • [Airton PDU|S] covers a large rural area and sits within [Probation Service – Yorkshire and the Humber region|S].
N| • Around 550 people are supervised by the unit.

N| Findings
S| • Practitioners knew the people on their caseloads well, including their family and housing circumstances.
W| • Checks with [North Yorkshire Police|A] on domestic abuse were missing in around a third of the cases where they were needed.
W| • Few home visits took place, including where a child was living at the same address.
S| • Joint work with partners under [MAPPA|A] was effective.

R| Three recommendations are made to the PDU and the region.
"""),
    # 16. a pre-2018 youth offending team joint inspection: "Published: 15 Nov 2016"; "joined the visit in July 2016";
    #     "Inspectors were encouraged to find that:" / "However, they were worried that:" bullet lists; six
    #     recommendations
    ("cracoe-and-rylstone-yot-2016", facts([
        svc("Cracoe and Rylstone Youth Offending Team", "Cracoe and Rylstone YOT", "YJS", None)],
        "2016-11-15", "2016-07", 6),
     """N| Joint inspection of youth offending work in Cracoe and Rylstone

N| Published: [15 Nov 2016|D]

N| [HM Inspectorate of Probation|A] has today released its findings from a joint inspection of [Cracoe and Rylstone Youth Offending Team|S] (YOT).
N| Inspectors from [Ofsted|A] and the [Care Quality Commission|A] joined the visit in [July 2016|D], as did [HM Inspectorate of Constabulary|A].

N| Inspectors were encouraged to find that:
S| • case managers had built good relationships with the children they supervised;
S| • children were given help to return to school or college quickly.

N| However, they were worried that:
W| • the YOT did not always identify the risk that a child might harm others;
W| • safety plans had often not been revisited for months.

R| Six recommendations are made, for [Cracoe and Rylstone YOT|S] and the agencies working with it.

N| [Pauline Morton|X], head of youth services for the area, said the team would act on every recommendation.
"""),
    # 17. "published today (Tuesday 14 May)" with no year (the fieldwork's, January 2024); overall "‘...’ is the
    #     inspectors’ overall finding for X"; resettlement "given a rating of its own, ‘...’"; four recommendations
    ("newton-in-bowland-yjs-2024", facts([
        svc("Newton-in-Bowland Youth Justice Service", "Newton-in-Bowland YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-05-14", "2024-01", 4),
     """N| Inspectors call for more consistent youth justice work in Newton-in-Bowland

N| In a report published today ([Tuesday 14 May|D]), ‘[Requires improvement|R]’ is the inspectors’ overall finding for [Newton-in-Bowland Youth Justice Service|S].
S| The service’s resettlement work, which was given a rating of its own, was ‘[Good|R]’.
N| Inspectors visited the service in [January 2024|D].

S| Every child leaving custody in the period inspected had accommodation arranged and a school or college place waiting.
W| Yet the quality of assessment varied widely between case managers, and some children’s plans were weeks out of date.
W| Too few children at [Newton-in-Bowland YJS|S] had their speech and language needs assessed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Newton-in-Bowland|S] has some good practice, but children cannot rely on getting the same standard of help whoever their case manager is.”

R| The report makes four recommendations, three of them for the [Newton-in-Bowland YJS partnership board|A].
"""),
    # 18. a 2023 release with the report day as a date line: "X’s overall rating is ‘...’"; fieldwork "in October and
    #     November 2022"; no count of recommendations (null)
    ("elslack-yjs-2023", facts([
        svc("Elslack Youth Justice Service", "Elslack YJS", "YJS", INAD)], "2023-03-06", "2022-10", None),
     """N| Youth justice in Elslack: urgent action needed

N| [Monday 6 March 2023|D]

N| [Elslack Youth Justice Service|S]’s overall rating, in a report from [HM Inspectorate of Probation|A] released today, is ‘[Inadequate|R]’.
N| The inspection was carried out in [October and November 2022|D].

W| Inspectors found [Elslack YJS|S] short of case managers, with some children left for several weeks without an allocated worker.
W| Where children were at risk of exploitation, information from [North Yorkshire Police|A] and children’s social care was often not used.
S| Despite the pressures, staff were committed and children said they felt listened to.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here, basic tasks are being missed, and children are less safe as a result.
R| “Rapid improvement is essential.”

N| The full report sets out what must change.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 179th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
