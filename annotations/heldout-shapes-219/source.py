"""Builds the two hundred and nineteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the North West region on a GOV.UK page, the region named first: "X lands in the middle of the
    #    scale at ‘...’, Y drops to ‘...’ and Z earns ‘...’"; "across the fortnight from 13 May 2024"; twelve
    #    recommendations "five for Y, four for X and three for Z"
    ("great-salkeld-glassonby-and-skirwith-pdus-2024", facts([
        svc("Great Salkeld Probation Delivery Unit", "Great Salkeld PDU", "PDU", RI),
        svc("Glassonby Probation Delivery Unit", "Glassonby PDU", "PDU", INAD),
        svc("Skirwith Probation Delivery Unit", "Skirwith PDU", "PDU", GOOD)], "2024-09-17", "2024-05", 12),
     """N| Press release

N| Three Eden valley probation units: one ‘[Good|R]’, one ‘[Requires improvement|R]’, one ‘[Inadequate|R]’

N| Inspectors report on three neighbouring units in the east of Cumbria.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 September 2024|D]

N| The [Probation Service – North West region|S] runs the three probation delivery units whose reports appear today: [Great Salkeld Probation Delivery Unit|S], [Glassonby Probation Delivery Unit|S] and [Skirwith Probation Delivery Unit|S].
N| [Great Salkeld|S] lands in the middle of the scale at ‘[Requires improvement|R]’, [Glassonby|S] drops to ‘[Inadequate|R]’ and [Skirwith|S] earns ‘[Good|R]’.
N| Inspection teams worked in the three units across the fortnight from [13 May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Skirwith|S] proves that a rural unit with a settled team can do excellent work, even with long distances to cover.
W| “[Glassonby|S], only a few miles away, has lost its way: cases sat unallocated for weeks, and managers could not tell us who was supervising whom.
W| “[Great Salkeld|S] sits between the two, with sound first assessments let down by reviews that rarely happened.”

S| [Skirwith|S]’s officers visited people at home far more often than inspectors usually see, and they knew the families well.
W| In Glassonby, fewer than one case in four had a plan that dealt properly with domestic abuse.
S| All three units had built useful links with [Cumbria Constabulary|A] through a shared integrated offender management team.

R| Twelve recommendations are spread across the three reports: five for [Glassonby|S], four for [Great Salkeld|S] and three for [Skirwith|S].
"""),
    # 2. two youth justice services in a local-news story: the reports went live "last Thursday (6 March)" under a
    #    byline of Monday 10 March 2025; "X earned a ‘...’ verdict ... Y was told it ‘...’"; fieldwork "in late
    #    November 2024"; "eight recommendations, half of them for each service"
    ("soulby-and-kaber-yjs-2025", facts([
        svc("Soulby Youth Justice Service", "Soulby YJS", "YJS", GOOD),
        svc("Kaber Youth Justice Service", "Kaber YJS", "YJS", RI)], "2025-03-06", "2024-11", 8),
     """N| Mixed verdicts for upper Eden youth justice teams

N| By [Helen Bainbridge|X]

N| [Monday 10 March 2025|D]

N| Inspection reports on [Soulby Youth Justice Service|S] and [Kaber Youth Justice Service|S] went live last Thursday ([6 March|D]), after inspectors spent a week with each team in late [November 2024|D].
N| [Soulby|S] earned a ‘[Good|R]’ verdict from [HM Inspectorate of Probation|A], while [Kaber|S] was told it ‘[Requires improvement|R]’.

S| The inspectors singled out [Soulby|S]’s work with families, saying parents were treated as partners rather than as part of the problem.
S| They also liked the way its case workers kept going back to children who had refused help the first time.
W| At [Kaber YJS|S], though, the inspectors found that nobody had looked closely at whether children’s own safety was at risk in a quarter of cases.
W| Staff there were also unclear who chaired the meetings about children at high risk, so some decisions were never recorded.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Soulby|S]’s team should be very proud of the difference they are making.
R| “[Kaber|S] must now put the same energy into keeping children safe as it already puts into building relationships with them.”

R| Between them the reports carry eight recommendations, half of them for each service.

N| A spokesperson for [Westmorland and Furness Council|A] said both teams would study the findings carefully.
"""),
    # 3. two PDUs on a justiceinspectorates news item, the region named beside them: "has been graded ‘...’; Y’s grade
    #    is one notch higher, ‘...’"; "Published: 19 Sep 2023"; "over two weeks in April 2023"; nine recommendations
    ("maulds-meaburn-and-reagill-pdus-2023", facts([
        svc("Maulds Meaburn Probation Delivery Unit", "Maulds Meaburn PDU", "PDU", INAD),
        svc("Reagill Probation Delivery Unit", "Reagill PDU", "PDU", RI)], "2023-09-19", "2023-04", 9),
     """N| News

N| Lyvennet valley probation units both fall short

N| Published: [19 Sep 2023|D]

N| Two neighbouring units of the [Probation Service – North West region|S], [Maulds Meaburn Probation Delivery Unit|S] and [Reagill Probation Delivery Unit|S], have had their inspection reports released today.
N| [Maulds Meaburn|S] has been graded ‘[Inadequate|R]’; [Reagill|S]’s grade is one notch higher, ‘[Requires improvement|R]’.
N| Inspectors were in both units over two weeks in [April 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people supervised in Maulds Meaburn were too often left to drift, with months between meaningful appointments.
S| “[Reagill|S] has held on to a committed core of officers, and their knowledge of local services was plain to see.
W| “Even there, though, work to protect children and partners was not yet good enough.”

W| Only 13 of the 40 cases inspected in [Maulds Meaburn PDU|S] showed enough attention to risk of harm.
S| [Reagill|S]’s accommodation work was a bright spot: nearly everyone leaving prison had an address on the day of release.

R| Between the two reports there are nine recommendations, and three of them are for the region rather than the units.
"""),
    # 4. a unit inside its region: the region in the headline; "Inspectors have concluded that X, one of the units of
    #    ..., is ‘...’"; the region's own 2023 mark beside it; "Fieldwork was completed in the first week of March
    #    2024"; the notes' "goes live at 00.01 on Wednesday 14 August 2024"; "Six ... to the unit and a seventh to ..."
    ("sleagill-pdu-2024", facts([
        svc("Sleagill Probation Delivery Unit", "Sleagill PDU", "PDU", INAD)], "2024-08-14", "2024-03", 7),
     """N| [North West probation region|S]: [Sleagill unit|S] falls to the bottom grade

N| Inspectors have concluded that [Sleagill Probation Delivery Unit|S] is ‘[Inadequate|R]’; it is among the units run by the [Probation Service – North West region|S].
N| The region was itself marked ‘[Requires improvement|R]’ when it was inspected in [2023|D].
N| Fieldwork was completed in the first week of [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “For most of the past year [Sleagill|S] has been run by a succession of temporary managers, and nobody has had the time to look at the quality of the work.
W| “We found officers carrying over sixty cases each, and trainees being handed people who posed a high risk of serious harm.”

W| Mr Jones went on: “In too many cases, warning signs about domestic abuse were recorded and then never acted upon.”

S| The unit’s staff were, inspectors noted, warm and respectful towards the people they supervised, who said they felt treated fairly.
W| Fewer than half of the cases that needed information from [Cumbria Constabulary|A] had it requested.

R| Six recommendations are addressed to the unit and a seventh to the regional probation director.

N| ENDS

N| Notes to editors
N| 1. The report goes live at 00.01 on [Wednesday 14 August 2024|D] on the inspectorate’s website.
N| 2. [Sleagill PDU|S] covers a large rural area on the eastern side of the county.
"""),
    # 5. a unit inside its region with an aspect graded on its own and the previous rating beside: "has climbed out of
    #    ‘Inadequate’ and now sits at ‘...’"; unpaid work "given a grade of its own"; "on site from 4 to 15 November
    #    2024"; "Report published on Thursday 27 February 2025"; five recommendations "three ... and two ..."
    ("yanwath-pdu-2025", facts([
        svc("Yanwath Probation Delivery Unit", "Yanwath PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-02-27", "2024-11", 5),
     """N| Eamont valley probation unit on the way up

N| Report published on [Thursday 27 February 2025|D]

N| [Yanwath Probation Delivery Unit|S], in the [North West region of the Probation Service|S], has climbed out of ‘[Inadequate|R]’ and now sits at ‘[Requires improvement|R]’, according to [HM Inspectorate of Probation|A].
N| Its last inspection, in [2022|D], had put it in the lowest band.
S| Unpaid work was given a grade of its own: ‘[Good|R]’.
N| Inspectors were on site from [4 to 15 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Yanwath|S] deserves real credit for how far it has come in two years.
S| “Vacancies have been filled, new officers are well supported, and the unit’s community payback schemes are imaginative and well organised.
W| “What has not yet caught up is the day-to-day management of risk, which was still patchy in the cases we read.”

W| Plans to keep victims safe were sound in just 17 of the 38 cases examined.
R| Leaders should now see to it that a case is looked at again whenever a person’s circumstances change, not only at fixed points.

R| Five recommendations close the report: three for the unit, two for [HM Prison and Probation Service|A].
"""),
    # 6. a Probation Trust in 2012, before ratings: the verdict in the opening sentence, lists after "Among the
    #    positives, inspectors found:" and "Areas that needed work included:"; "Thursday, 15th November 2012"; "during
    #    July 2012"; eleven recommendations
    ("sockbridge-and-tirril-probation-trust-2012", facts([
        svc("Sockbridge and Tirril Probation Trust", "Sockbridge and Tirril Probation Trust", "other", None)],
        "2012-11-15", "2012-07", 11),
     """N| Sockbridge and Tirril probation – inspection report

N| [Thursday, 15th November 2012|D]

S| [Sockbridge and Tirril Probation Trust|S] is managing offenders with care and skill, and its reoffending figures are among the best in the region, finds a report issued today by [HM Inspectorate of Probation|A].
N| The inspection was carried out during [July 2012|D] and looked at 64 cases.

N| Among the positives, inspectors found:
S| • first meetings happened soon after sentence, and offenders understood what their order asked of them;
S| • the Trust had close and productive relationships with [Cumbria Constabulary|A] and the local courts;
S| • women offenders were supervised in settings that suited them.

N| Areas that needed work included:
W| • risk of harm assessments, which were sometimes completed late;
W| • the recording of contact with children’s social care, which was incomplete in several cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust clearly care about getting it right, and the results show it.
R| “The Trust needs to make its public protection work as consistent as its work to reduce reoffending.”

R| There are eleven recommendations in the report.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "The company’s overall mark is ‘...’"; through the
    #    gate "scored on its own"; "Inspectors examined the CRC’s work in February 2018"; "10 recommendations, eight
    #    directed at the CRC"
    ("ousby-and-blencarn-crc-2018", facts([
        svc("Ousby and Blencarn Community Rehabilitation Company", "Ousby and Blencarn CRC", "CRC", INAD,
            [{"aspect": "through the gate", "rating": INAD}])], "2018-06-29", "2018-02", 10),
     """N| EMBARGOED: 00:01 hrs [Friday 29 June 2018|D]

N| Probation company in Cumbria falls short on every front

N| Inspectors examined the work of [Ousby and Blencarn Community Rehabilitation Company|S] (CRC) in [February 2018|D].
N| The company’s overall mark from [HM Inspectorate of Probation|A] is ‘[Inadequate|R]’.
W| Through-the-gate work, scored on its own, came out ‘[Inadequate|R]’ as well.
N| The CRC is run by [Sodexo Justice Services|A].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC is letting down both the people it supervises and the public.
W| “Some people were supervised only by telephone calls every six weeks, and nobody was checking whether those calls did any good.”

W| Resettlement help for prisoners consisted largely of signposting, and few left custody with a home to go to.
S| One bright spot was the CRC’s women’s service, which inspectors described as thoughtful and well resourced.
W| Relations with the [National Probation Service|A] were strained, and allocation decisions were often disputed.

R| The report sets out 10 recommendations; the CRC must act on eight, and the [Ministry of Justice|A] on two.

N| [Sodexo Justice Services|A] said it would respond to the findings in full.
"""),
    # 8. a youth offending team written out on a council page in 2015, before ratings: a joint inspection led by the
    #    inspectorate "alongside Ofsted, the Care Quality Commission and HMI Constabulary"; "Date: 09/06/2015"; lists
    #    after "The inspectors reported that:" and "They also said that:"; nine recommendations
    ("kelleth-yot-2015", facts([
        svc("Kelleth Youth Offending Team", "Kelleth YOT", "YJS", None)], "2015-06-09", "2015-03", 9),
     """N| Inspection of Kelleth youth offending work

N| Date: [09/06/2015|D]

N| The joint inspection of [Kelleth Youth Offending Team|S] (YOT) by [HM Inspectorate of Probation|A], carried out with [Ofsted|A], the [Care Quality Commission|A] and [HMI Constabulary|A], is now available.
N| Inspectors visited in [March 2015|D].

N| The inspectors reported that:
S| • staff had built good relationships with children and their families;
S| • children were helped to stay in education or find training;

N| They also said that:
W| • plans did not always say how the risk to other people would be managed;
W| • health assessments were often missing from case files.

N| [Cumbria County Council|A]’s cabinet member for children’s services, Councillor [Ruth Hebblethwaite|X], said: “We welcome this report and the recognition of our staff’s commitment.”
N| “We will work with partners on the areas for improvement.”

R| The inspectors made nine recommendations, most of them for the [Kelleth YOT management board|A].
"""),
    # 9. an NPS division in 2019 with a regional-style verdict: "The division earns an overall rating of ‘...’";
    #    "Tuesday 26 November 2019"; "during July 2019"; seven recommendations "five ... the remaining two ..."
    ("eamont-nps-division-2019", facts([
        svc("National Probation Service – Eamont Division", "NPS Eamont", "region", GOOD)], "2019-11-26", "2019-07", 7),
     """N| [Eamont probation division|S] is ‘[Good|R]’, inspectors find

N| [Tuesday 26 November 2019|D]

N| [HM Inspectorate of Probation|A] today publishes its inspection of the [National Probation Service – Eamont Division|S].
N| The division earns an overall rating of ‘[Good|R]’.
N| Inspectors carried out their fieldwork during [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Eamont|S] is well led, and its staff are knowledgeable and confident in their work.
S| “Court reports were timely and accurate, and sentencers told us they trusted them.
W| “I would like to see more attention paid to victims, some of whom were not told when an offender was released.”

S| Inspectors were struck by the quality of the division’s work with people convicted of sexual offences.
W| On the other hand, staff sickness was high in two offices, and some caseloads were well above what was manageable.

R| Seven recommendations are made in all, with two going to [HMPPS|A] and five to the division itself.
"""),
    # 10. a youth offending service written out in 2019: "Inspectors have given X a ‘...’ rating overall"; "carried out
    #     in September 2019"; "Thursday 12 December 2019" above "published today"; five recommendations
    ("raisbeck-yos-2019", facts([
        svc("Raisbeck Youth Offending Service", "Raisbeck YOS", "YJS", GOOD)], "2019-12-12", "2019-09", 5),
     """N| Praise for [Raisbeck youth offending service|S]

N| [Thursday 12 December 2019|D]

N| Inspectors have given [Raisbeck Youth Offending Service|S] (YOS) a ‘[Good|R]’ rating overall; [HM Inspectorate of Probation|A] publishes the report today.
N| The inspection was carried out in [September 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in the care of [Raisbeck YOS|S] are getting consistent, thoughtful support from people who know them well.
S| “The management board is well attended and asks searching questions.
W| “Where the service falls down is in its out-of-court work, where decisions were sometimes taken without a full assessment.”

S| Inspectors found that [Raisbeck|S] had a strong grip on children’s education, with a specialist worker in the team.
W| Yet contingency plans were vague in many cases, giving staff little guidance if things went wrong.

R| The report contains five recommendations for the YOS and its partners.
"""),
    # 11. an ordinary youth justice service on a GOV.UK page: "has been rated ‘Good’ by HM Inspectorate of Probation";
    #     "in January 2024"; four recommendations
    ("long-marton-yjs-2024", facts([
        svc("Long Marton Youth Justice Service", "Long Marton YJS", "YJS", GOOD)], "2024-04-23", "2024-01", 4),
     """N| Press release

N| [Long Marton youth justice service|S] rated ‘[Good|R]’

N| A report praises the service’s partnership work but finds gaps in planning for victims.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 April 2024|D]

N| [Long Marton Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| The inspectors’ visit took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a real sense of shared purpose in Long Marton, from the management board down to the newest case worker.
S| “Children told us their case workers stuck with them, however hard things got.”

S| Partnership with [CAMHS|A] was a stand-out feature, with a mental health worker based in the team two days a week.
W| However, the wishes of victims were not recorded in a third of the relevant cases.

R| Four recommendations are made in the report.
"""),
    # 12. an ordinary PDU on a justiceinspectorates news item; "between 5 and 16 June 2023"; "Published: 5 Oct 2023";
    #     "Mr Jones added"; six recommendations
    ("crosby-garrett-pdu-2023", facts([
        svc("Crosby Garrett Probation Delivery Unit", "Crosby Garrett PDU", "PDU", RI)], "2023-10-05", "2023-06", 6),
     """N| News

N| Upper Eden probation unit must raise its game on public protection

N| Published: [5 Oct 2023|D]

N| [Crosby Garrett Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| The fieldwork ran between [5 and 16 June 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Managers in Crosby Garrett have worked hard to steady a team that was badly stretched a year ago.
W| “But too many plans still say little about how the people on probation will be stopped from causing harm.”

W| Mr Jones added: “Home visits were rare, and checks with children’s services were skipped in more than a third of cases where children lived in the home.”

S| On the positive side, the unit’s links with drug and alcohol services meant that people were referred quickly and usually took up treatment.
W| Interventions for men convicted of domestic abuse were delayed by long waiting lists.

R| The report makes six recommendations, all for the unit.
"""),
    # 13. an ordinary youth justice service on a council page told in the third person, with the council's reply:
    #     "Posted 31/08/2022"; "found the service to be ‘Inadequate’"; "The inspection, in May 2022"; eight
    #     recommendations
    ("ormside-yjs-2022", facts([
        svc("Ormside Youth Justice Service", "Ormside YJS", "YJS", INAD)], "2022-08-31", "2022-05", 8),
     """N| Statement on the inspection of [Ormside Youth Justice Service|S]

N| Posted [31/08/2022|D]

N| [HM Inspectorate of Probation|A] has found [Ormside Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| The inspection, in [May 2022|D], looked at the service’s leadership, its court work and its out-of-court work.

W| The report says the service’s management board had not understood how serious the problems were.
W| According to the inspectors, children being exploited were not always spotted, and that information was not shared quickly enough with [Cumbria Constabulary|A].
S| They did find that individual case workers were caring and kept in close touch with children.

R| The report contains eight recommendations.

N| Councillor [Sue Sanderson|X], cabinet member for children’s services at [Cumbria County Council|A], said: “This is a hard report to read, and we are determined to put things right.
N| “Our new improvement board, chaired independently, held its first meeting last week.”
"""),
    # 14. an ordinary youth justice service rated ‘Outstanding’, with an embargo line; "in June and July 2025";
    #     "two recommendations"
    ("newbiggin-on-lune-yjs-2025", facts([
        svc("Newbiggin-on-Lune Youth Justice Service", "Newbiggin-on-Lune YJS", "YJS", OUT)], "2025-10-16", "2025-06", 2),
     """N| Embargoed until 00:01 on [Thursday 16 October 2025|D]

N| Howgill youth justice team is ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has handed [Newbiggin-on-Lune Youth Justice Service|S] its top grade, ‘[Outstanding|R]’.
N| Fieldwork took place in [June and July 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a small team doing exceptional work.
S| “Every child we looked at had a plan written with them, not for them, and the results speak for themselves.”

S| Inspectors found the service’s work with schools to be exemplary, with no child in the sample excluded during their order.
S| Its diversion scheme, run with [Cumbria Constabulary|A], kept many children out of the courts altogether.
W| The only real gap was in the recording of management oversight, which was not always written down.

R| Just two recommendations are made, both minor.
"""),
    # 15. an ordinary PDU in a local-news story: the report "released on Wednesday (10 August)" under a byline of
    #     Friday 12 August 2022; "inspected ... in March 2022"; "seven recommendations"
    ("gaisgill-pdu-2022", facts([
        svc("Gaisgill Probation Delivery Unit", "Gaisgill PDU", "PDU", INAD)], "2022-08-10", "2022-03", 7),
     """N| Probation watchdog gives [Gaisgill unit|S] lowest rating

N| By [Michael Thwaites|X]

N| [Friday 12 August 2022|D]

N| [Gaisgill Probation Delivery Unit|S] has been judged ‘[Inadequate|R]’ in a report released on Wednesday ([10 August|D]).
N| [HM Inspectorate of Probation|A] inspected the unit in [March 2022|D].

W| The watchdog found that nearly half of the unit’s probation officer posts were empty and that agency staff came and went.
W| It said that people on licence were sometimes not seen for a month or more after leaving prison.
S| Inspectors did praise the unit’s administrative staff, who had kept court work running despite the shortages.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff who remain in Gaisgill are doing their best, but they are overwhelmed.”

R| The report makes seven recommendations.

N| A [Probation Service|A] spokesperson said a recovery plan was already in place.
"""),
    # 16. an ordinary youth justice service in 2021, inspected remotely: "conducted remotely in April 2021"; "Tuesday,
    #     20th July 2021"; "were rated ‘...’"; six recommendations
    ("bowderdale-yjs-2021", facts([
        svc("Bowderdale Youth Justice Service", "Bowderdale YJS", "YJS", RI)], "2021-07-20", "2021-04", 6),
     """N| [Bowderdale Youth Justice Service|S]: inspection outcome

N| [Tuesday, 20th July 2021|D]

N| Today’s report from [HM Inspectorate of Probation|A] places [Bowderdale Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Because of the pandemic, the inspection was conducted remotely in [April 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Bowderdale adapted quickly to lockdown and kept children engaged through some very difficult months.
W| “However, the quality of assessment was uneven, and the danger some children might pose to other people was too often overlooked.”

W| The board had not received reliable data about the children the service was working with.
S| Links with the local college were strong, and several older children had started apprenticeships.

R| Six recommendations appear in the report.
"""),
    # 17. an ordinary youth justice service page opening on "Skip to main content" and an empty "Published:" line; "in
    #     the week beginning 12 June 2023"; the notes' day; three recommendations
    ("drybeck-yjs-2023", facts([
        svc("Drybeck Youth Justice Service", "Drybeck YJS", "YJS", GOOD)], "2023-11-07", "2023-06", 3),
     """N| Skip to main content

N| Published:

N| [Drybeck Youth Justice Service|S] judged ‘[Good|R]’ by inspectors

N| [HM Inspectorate of Probation|A] has judged [Drybeck Youth Justice Service|S] to be ‘[Good|R]’ overall.
N| The inspection took place in the week beginning [12 June 2023|D].

S| Inspectors found that case workers knew each child’s history in detail and drew on it when planning their work.
S| Children were consistently seen by the same worker, which helped them build trust.
W| Work to keep others safe, however, needed to be more thorough, particularly when a child’s circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Drybeck|S] has every reason to be proud of this report.”

R| The report contains three recommendations.

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [7 November 2023|D].
"""),
    # 18. a 2025 public-protection PDU inspection, no rating: "Context" / "What we found" bullets on a GOV.UK page, the
    #     region named as context; "This type of inspection does not give a rating."; four recommendations
    ("brougham-pdu-2025", facts([
        svc("Brougham Probation Delivery Unit", "Brougham PDU", "PDU", None)], "2025-12-02", "2025-09", 4),
     """N| Press release

N| Public protection in [Brougham Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [2 December 2025|D]

N| [Brougham Probation Delivery Unit|S], one of the Cumbrian units in the [Probation Service – North West region|S], is the latest to go through a public protection inspection by [HM Inspectorate of Probation|A].
N| This type of inspection does not give a rating.
N| Inspectors visited the unit in [September 2025|D].

N| Context
N| • [Brougham PDU|S] supervises around 600 people.
N| • About one in four of its cases involves a conviction for domestic abuse.

N| What we found
S| • Officers had good knowledge of the people they supervised and spoke to them with respect.
W| • Risk assessments were not updated after new arrests in more than half of the relevant cases.
W| • Contact with children’s social care was often missing from case records.
S| • Joint work with [Cumbria Constabulary|A] on high-risk cases was well organised.

R| Four recommendations are made, all for the unit.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and nineteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
