"""Builds the seventieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Dales PDUs on a GOV.UK page, the region named with them: "X came out at ‘...’ and Y one grade lower, at
    #    ‘...’"; "Inspectors visited both units in January 2024"; eight recommendations "three for Ingleton, five for
    #    Giggleswick"
    ("ingleton-and-giggleswick-pdus-2024", facts([
        svc("Ingleton Probation Delivery Unit", "Ingleton PDU", "PDU", RI),
        svc("Giggleswick Probation Delivery Unit", "Giggleswick PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Reports on two probation units in the Yorkshire Dales

N| Inspectors have published findings on two units in rural North Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two reports from [His Majesty’s Inspectorate of Probation|A] today cover [Ingleton Probation Delivery Unit|S] and [Giggleswick Probation Delivery Unit|S], which belong to the [Yorkshire and the Humber region of the Probation Service|S].
N| [Ingleton|S] came out at ‘[Requires improvement|R]’ and [Giggleswick|S] one grade lower, at ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The officers in these two units cover huge distances, and many of the people they supervise told us their officer had gone out of the way to help them.
W| “But in [Giggleswick|S] the basics were missing: risk assessments were overdue, and nobody had a firm grip on who was being seen and when.”

S| [Ingleton PDU|S] had built good links with [North Yorkshire Police|A], and joint visits to people convicted of domestic abuse were common.
W| In both units, fewer than half of the cases inspected showed that children’s social care had been contacted.
W| Sickness absence in [Giggleswick PDU|S] had left one team with a single qualified officer for several months.

R| Eight recommendations are made, three for [Ingleton|S] and five for [Giggleswick|S].
"""),
    # 2. two youth justice services on the Yorkshire coast in a local-news story: byline Monday 26 June 2023, the reports
    #    "released on Thursday (22 June)"; "Hinderwell was awarded ‘...’ and Staithes ‘...’" (the other order from the
    #    first naming); fieldwork "in January 2023"; five recommendations "between them, three for Staithes and two for
    #    Hinderwell"
    ("staithes-and-hinderwell-yjs-2023", facts([
        svc("Staithes Youth Justice Service", "Staithes YJS", "YJS", GOOD),
        svc("Hinderwell Youth Justice Service", "Hinderwell YJS", "YJS", OUT)], "2023-06-22", "2023-01", 5),
     """N| Coast youth teams earn top marks from inspectors

N| By [Helen Marwood|X]

N| [Monday 26 June 2023|D]

N| Inspectors looked at [Staithes Youth Justice Service|S] and [Hinderwell Youth Justice Service|S] in [January 2023|D], and their reports were released on Thursday ([22 June|D]).
N| [Hinderwell|S] was awarded ‘[Outstanding|R]’ and [Staithes|S] ‘[Good|R]’.

S| Inspectors said [Hinderwell|S]’s workers made a real effort to stay in contact with children in isolated villages, often visiting them at home.
S| They also praised [Staithes|S] for its close work with schools, which meant very few of its children were excluded.
W| The [Staithes YJS|S] report did, however, find that some plans to keep victims safe were thin and had not been shared with the police.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children on this stretch of coast are well served, and [Hinderwell|S]’s team ranks with the best in the country.”

R| The two reports make five recommendations between them, three for [Staithes|S] and two for [Hinderwell|S].

N| A spokesperson for [North Yorkshire Council|A] said the authority was “delighted” with the results.
"""),
    # 3. three County Durham PDUs in a justiceinspectorates news item, the region named first: "Tanfield and Tow Law have
    #    each been graded ‘...’, and Annfield Plain ‘...’"; "Published: 11 Feb 2025"; "between 4 and 15 November 2024";
    #    twelve recommendations, four per unit
    ("tanfield-annfield-plain-and-tow-law-pdus-2025", facts([
        svc("Tanfield Probation Delivery Unit", "Tanfield PDU", "PDU", RI),
        svc("Annfield Plain Probation Delivery Unit", "Annfield Plain PDU", "PDU", INAD),
        svc("Tow Law Probation Delivery Unit", "Tow Law PDU", "PDU", RI)], "2025-02-11", "2024-11", 12),
     """N| News

N| Three County Durham probation units inspected

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A]’s latest reports from the [Probation Service – North East region|S] cover [Tanfield Probation Delivery Unit|S], [Annfield Plain Probation Delivery Unit|S] and [Tow Law Probation Delivery Unit|S].
N| [Tanfield|S] and [Tow Law|S] have each been graded ‘[Requires improvement|R]’, and [Annfield Plain|S] ‘[Inadequate|R]’.
N| The inspection team was on site between [4 and 15 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Annfield Plain|S] has been without a stable senior manager for over a year, and the work has suffered as a result.
W| “Too many of its cases had no up-to-date plan to manage the risk posed to partners and ex-partners.”

S| [Tow Law PDU|S]’s unpaid work scheme was well run, with placements in village halls and community gardens across west Durham.
S| [Tanfield|S]’s staff spoke highly of their managers, and new probation officers said they had been given time to learn.
W| Inspectors found few home visits in any of the three units, including in cases where children lived at the address.

R| Twelve recommendations are made in the three reports, four per unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have given X ‘...’,
    #    the bottom grade of four"; the region's own 2023 result as context; "Mr Jones added"; fieldwork "The inspection
    #    took place in June 2024"; "Report available from 00.01 on Tuesday 1 October 2024" in the notes
    ("sleights-pdu-2024", facts([
        svc("Sleights Probation Delivery Unit", "Sleights PDU", "PDU", INAD)], "2024-10-01", "2024-06", 6),
     """N| [Yorkshire and the Humber probation region|S]: serious concerns about probation in Sleights

N| Inspectors have given [Sleights Probation Delivery Unit|S] ‘[Inadequate|R]’, the bottom grade of four; the unit is in the [Yorkshire and the Humber region|S].
N| The region as a whole was judged ‘[Requires improvement|R]’ when inspected in [2023|D].
N| The inspection took place in [June 2024|D] and looked at 41 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sleights|S] is stretched far beyond what it can manage.
W| “Nearly half its probation officer posts were vacant, and agency staff came and went so quickly that people on probation rarely saw the same face twice.”

W| Mr Jones added: “In most of the cases we read, the risk that someone posed to a partner or a child had not been properly assessed.”

S| There were bright spots: the unit’s approved premises worked closely with staff, and its women’s group was valued by those who attended.
W| Information from [North Yorkshire Police|A] about domestic abuse call-outs often arrived late or not at all.

R| Of six recommendations in the report, four are for [Sleights PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. Report available from 00.01 on [Tuesday 1 October 2024|D] on the inspectorate’s website.
N| 2. [Sleights PDU|S] covers Whitby and the surrounding moorland villages.
"""),
    # 5. a unit inside its region, the region in the notes and the headline: "in a report made public today (Tuesday, 12
    #    September)" with no year (the fieldwork's, April 2023); "inspectors judged X to require improvement, giving it
    #    the second-lowest grade, ‘...’"; "just 19 of 36"; four recommendations
    ("gargrave-pdu-2023", facts([
        svc("Gargrave Probation Delivery Unit", "Gargrave PDU", "PDU", RI)], "2023-09-12", "2023-04", 4),
     """N| [Yorkshire and the Humber region|S]: [Gargrave probation unit|S] ‘has the foundations in place’

N| In a report made public today (Tuesday, [12 September|D]), inspectors judged [Gargrave Probation Delivery Unit|S] to require improvement, giving it the second-lowest grade, ‘[Requires improvement|R]’.
N| The fieldwork was done in [April 2023|D].

S| Inspectors found a leadership team that had steadied the unit after a difficult period and had a realistic plan for the year ahead.
S| Those under supervision said staff treated them with respect, and appointments were rarely cancelled.
W| However, just 19 of 36 assessments made enough use of information from other agencies.
W| Work to protect children was inconsistent, and some practitioners were unsure when to make a referral.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gargrave|S] has the foundations in place, and its staff are keen to do better.
R| “Managers must now make certain that police and children’s services information is used in every assessment.”

R| The report makes four recommendations, all addressed to the PDU.

N| ENDS

N| Notes to editors
N| 1. [Gargrave PDU|S] covers Craven, in the west of North Yorkshire.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to note that:" / "They were
    #    worried that:"; the date line "Thursday, 17th March 2011"; fieldwork "in November 2010"; ten recommendations
    ("hawsker-and-lythe-probation-trust-2011", facts([
        svc("Hawsker and Lythe Probation Trust", "Hawsker and Lythe Probation Trust", "other", None)],
        "2011-03-17", "2010-11", 10),
     """N| Offender management inspection of probation work in Hawsker and Lythe

N| [Thursday, 17th March 2011|D]

W| [Hawsker and Lythe Probation Trust|S] is doing a sound job overall, but its work to protect the public needs attention, according to [HM Inspectorate of Probation|A].
N| Inspectors read 80 cases when they visited the Trust in [November 2010|D].

S| Scores were 77% for reducing the likelihood of reoffending and 79% for ensuring sentences were complied with.
W| On protecting the public from harm, however, its score was only 64%.

N| Inspectors were pleased to note that:
S| • offenders were seen promptly after sentence and induction was thorough;
S| • the Trust and [North Yorkshire Police|A] ran a well-organised scheme for prolific offenders.

N| They were worried that:
W| • plans to manage risk were not reviewed when circumstances changed;
W| • domestic abuse cases seldom included a home visit.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders clearly respect the skilled, committed staff of this Trust.
R| “Managers must now give public protection the priority they already give to reducing reoffending.”

R| Ten recommendations are made in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider: "inspectors found X (CRC) to be in need of improvement, and placed it at
    #    ‘...’"; unpaid work "was rated on its own and did better, at ‘...’"; "Fieldwork: July 2018"; "Embargoed: 00.01
    #    Tuesday 27 November 2018"; the provider's reply
    ("hovingham-and-ampleforth-crc-2018", facts([
        svc("Hovingham and Ampleforth Community Rehabilitation Company", "Hovingham and Ampleforth CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-27", "2018-07", 6),
     """N| Embargoed: 00.01 [Tuesday 27 November 2018|D]

N| Ryedale probation company told to raise its game

N| Overall, inspectors found [Hovingham and Ampleforth Community Rehabilitation Company|S] (CRC) to be in need of improvement, and placed it at ‘[Requires improvement|R]’.
S| Unpaid work was rated on its own and did better, at ‘[Good|R]’.
N| Fieldwork: [July 2018|D].
N| The CRC is one of several owned by [Sodexo Justice Services|A].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by this CRC are seen only by telephone, and some have not been seen in person for several months.
W| “Officers are carrying far more cases than they can handle properly.”

S| Inspectors were impressed by the quality of unpaid work placements, many of them on farms and in village churchyards across Ryedale.
W| Case transfers to and from the [National Probation Service|A] were often slow, and vital information was sometimes lost along the way.

R| [Sodexo Justice Services|A] and the CRC share four of the six recommendations; the remaining two go to [HMPPS|A].

N| A [Sodexo Justice Services|A] spokesperson said: “Caseloads have already fallen, and we are acting on every finding.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by"
    #    HM Inspectorate of Probation with Ofsted, the CQC and HMIC; "Date posted: 09/08/2016"; "inspectors spent a week
    #    with the team in May 2016"; seven recommendations
    ("murton-yot-2016", facts([
        svc("Murton Youth Offending Team", "Murton YOT", "YJS", None)], "2016-08-09", "2016-05", 7),
     """N| Report published on youth offending work in Murton

N| Date posted: [09/08/2016|D]

N| The joint inspection report on [Murton Youth Offending Team|S] (YOT) is published today; [HM Inspectorate of Probation|A] led the inspection.
N| [Ofsted|A], the [Care Quality Commission|A] and [HMIC|A] also took part, and inspectors spent a week with the team in [May 2016|D].

N| Inspectors were pleased to find that:
S| • staff knew each child well and kept trying to stay in contact when children disengaged;
S| • reparation projects in east Durham gave children a real chance to make amends.

N| However, inspectors were concerned to find that:
W| • assessments did not always consider the risk of harm to others;
W| • the health needs of some children had not been identified early enough.

R| Seven recommendations are made, and the management board of [Murton YOT|S] is asked to take the lead on most of them.

N| Councillor [Ruth Alderson|X], [Durham County Council|A]’s lead member for young people, said: “Our staff deserve the praise they receive here, and every recommendation will be acted on.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Scalby youth offending service": "after inspecting
    #    X in September 2019, ... has found it to be ‘...’"; "I would encourage the service to ..."; "Available online
    #    from Tuesday 3 December 2019" in the notes; four recommendations
    ("scalby-yos-2019", facts([
        svc("Scalby Youth Offending Service", "Scalby YOS", "YJS", GOOD)], "2019-12-03", "2019-09", 4),
     """N| ‘[Good|R]’ verdict for [Scalby youth offending service|S]

N| After inspecting [Scalby Youth Offending Service|S] in [September 2019|D], [Her Majesty’s Inspectorate of Probation|A] has found it to be ‘[Good|R]’.

S| The service had a strong management board, led by a director from [North Yorkshire County Council|A], on which [North Yorkshire Police|A] and the local [NHS|A] were well represented.
S| Case managers were patient and persistent, and children said they felt listened to.
S| Children on court orders were particularly well supported, with access to education and leisure activities in and around Scarborough.
W| Work with children given out-of-court disposals was weaker, and their assessments were often too brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Scalby|S] has a settled, enthusiastic team, and children clearly gain from it.
R| “I would encourage the service to bring the same care to children diverted from court.”

R| Of the four recommendations, the management board receives one and the service three.

N| ENDS

N| Notes to editors
N| 1. Available online from [Tuesday 3 December 2019|D].
"""),
    # 10. an NPS division in 2019, the headline naming no service: "... has placed X at ‘...’, its overall regional rating";
    #     "Published: 21 May 2019"; fieldwork "in January and February 2019"; the short "NPS Osmotherley and Topcliffe";
    #     seven recommendations
    ("osmotherley-and-topcliffe-nps-division-2019", facts([
        svc("National Probation Service – Osmotherley and Topcliffe Division", "NPS Osmotherley and Topcliffe",
            "region", RI)], "2019-05-21", "2019-01", 7),
     """N| Probation division in Hambleton must improve

N| Published: [21 May 2019|D]

N| [HM Inspectorate of Probation|A] has placed the [National Probation Service – Osmotherley and Topcliffe Division|S] at ‘[Requires improvement|R]’, its overall regional rating.
N| Inspectors visited the division in [January and February 2019|D].

S| Court work was a clear strength: reports were timely and sentencers said they trusted them.
W| Unfortunately, staff shortages meant that some officers were carrying well over 60 cases.
W| Victims were not always contacted before an offender’s release, and the victim liaison team had a long backlog.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Osmotherley and Topcliffe|S] has capable staff, but too many of them are overwhelmed.
R| “Leaders must reduce caseloads and clear the backlog of victim work as a priority.”

R| Five of the seven recommendations are for the division, and the other two for [HMPPS|A].
"""),
    # 11. a GOV.UK page: "Inspectors have assessed X as ‘...’, a big step up from the ‘...’ grade it was given in 2019";
    #     resettlement "rated separately, was placed one grade lower, at ‘...’"; fieldwork "took up the last two weeks of
    #     June 2022"; six recommendations
    ("bainbridge-yjs-2022", facts([
        svc("Bainbridge Youth Justice Service", "Bainbridge YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-11-08", "2022-06", 6),
     """N| Press release

N| Wensleydale youth justice service turns things around

N| Inspectors publish their report on [Bainbridge Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [8 November 2022|D]

N| Inspectors have assessed [Bainbridge Youth Justice Service|S] as ‘[Good|R]’, a big step up from the ‘[Inadequate|R]’ grade it was given in [2019|D].
W| Resettlement, which was rated separately, was placed one grade lower, at ‘[Requires improvement|R]’.
N| Inspectors’ fieldwork took up the last two weeks of [June 2022|D].

S| A new head of service had rebuilt the team and put in place clear procedures for managing risk.
S| Children were involved in writing their own plans, and most understood what was expected of them.
W| Yet children leaving custody did not always have a settled home to go to on the day of release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bainbridge|S] should be proud of how far it has come since our last visit.
R| “The partnership should now give the same energy to children coming back from custody.”

R| Six recommendations are made, four for [Bainbridge YJS|S] and two for [North Yorkshire County Council|A].
"""),
    # 12. a council page: "Posted on 03/04/2024"; "has been judged ‘...’, the bottom grade on the inspectorate’s scale";
    #     fieldwork "the second week of November 2023"; 13 recommendations in digits; the director's apology
    ("danby-yjs-2024", facts([
        svc("Danby Youth Justice Service", "Danby YJS", "YJS", INAD)], "2024-04-03", "2023-11", 13),
     """N| Council statement: inspection of [Danby Youth Justice Service|S]

N| Posted on [03/04/2024|D]

N| In a report published today, [Danby Youth Justice Service|S] has been judged ‘[Inadequate|R]’, the bottom grade on [HM Inspectorate of Probation|A]’s scale.
N| Inspectors were with the service for the second week of [November 2023|D].

W| According to the report, the service was too slow to spot children being drawn into criminal exploitation, and in several cases warning signs had been missed.
W| Inspectors also found that [Danby YJS|S] relied heavily on agency staff, so that some children had had three or more workers in a year.
S| Inspectors did recognise how dedicated front-line staff were, and they singled out the service’s reparation work as a strength.
W| It said the management board had not asked enough questions about the service’s performance.

R| The report makes 13 recommendations for the service, its board, [North Yorkshire Council|A] and [North Yorkshire Police|A].

N| [Alan Pickersgill|X], Corporate Director of Children and Young People’s Service, said: “We are sorry that we let children down, and we are already putting things right.
N| “A new improvement board met for the first time last week.”
"""),
    # 13. a remote inspection in 2021: "The new grade for X is ‘...’; at its previous inspection, in 2018, it was rated
    #     ‘...’"; "the fieldwork in March 2021 was carried out remotely"; "Published: Tuesday 13th July 2021"; "only 8 of 20"; the
    #     council's reply
    ("goathland-yjs-2021", facts([
        svc("Goathland Youth Justice Service", "Goathland YJS", "YJS", RI)], "2021-07-13", "2021-03", 6),
     """N| Moors youth justice service must refocus on safety, say inspectors

N| Published: [Tuesday 13th July 2021|D]

N| The new grade for [Goathland Youth Justice Service|S] is ‘[Requires improvement|R]’; at its previous inspection, in [2018|D], it was rated ‘[Good|R]’.
N| Because of COVID-19 restrictions, the fieldwork in [March 2021|D] was carried out remotely.

W| Inspectors found that during lockdown many children had been seen only on video calls, even when there were worries about their safety at home.
W| In only 8 of 20 cases was there enough attention to the risk the child might pose to others.
S| On a brighter note, almost all children were in education, training or work, thanks to close links with local colleges.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goathland|S] kept in touch with children through a very difficult year, but it lost sight of some important risks.
R| “It now needs to get back to seeing children face to face, especially those most at risk.”

R| The report makes six recommendations.

N| [North Yorkshire County Council|A] said it was already working on the findings.
"""),
    # 14. a 2020 release: "HM Inspectorate of Probation has awarded X a ‘...’ rating"; "Tuesday, 29th September 2020" at
    #     the top; fieldwork "in early March 2020"; "Everyone at Embsay deserves real credit"; no count (null)
    ("embsay-yjs-2020", facts([
        svc("Embsay Youth Justice Service", "Embsay YJS", "YJS", GOOD)], "2020-09-29", "2020-03", None),
     """N| Youth justice work in Craven is ‘[Good|R]’, inspectors say

N| [Tuesday, 29th September 2020|D]

N| [HM Inspectorate of Probation|A] has awarded [Embsay Youth Justice Service|S] a ‘[Good|R]’ rating.
N| Inspectors visited in early [March 2020|D], just before the first national lockdown.

S| Inspectors praised the way the service listened to children and their families when planning its work.
S| Children at risk of exploitation received quick and well-organised help, often together with [North Yorkshire Police|A].
W| However, planning for children returning from custody was too often left until the last few days.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Embsay|S] punches above its weight.
S| “Everyone at [Embsay|S] deserves real credit for what they do for children in this corner of the Dales.”

N| Further detail on where the service could develop is given in the full report.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Background" and "What we found"
    #     bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; three recommendations
    ("hellifield-pdu-2025", facts([
        svc("Hellifield Probation Delivery Unit", "Hellifield PDU", "PDU", None)], "2025-12-04", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: probation in the southern Dales

N| Published: [4 Dec 2025|D]

N| A report from [HM Inspectorate of Probation|A], out today, examines how [Hellifield Probation Delivery Unit|S] keeps the public safe.
N| Inspections of this kind carry no rating.
N| The fieldwork was done in [September 2025|D].

N| Background
N| • [Hellifield PDU|S] is one of the units in the [Yorkshire and the Humber region of the Probation Service|S].
N| • The unit supervises around 550 people across a large rural area.

N| What we found
S| • Practitioners understood well the risks that the people they supervised presented.
W| • Where domestic abuse enquiries were needed, they had been made in just over half of cases.
W| • Managers did not consistently review high-risk cases before key decisions were taken.
S| • Joint work with [North Yorkshire Police|A] under [MAPPA|A] was effective and well recorded.

R| There are three recommendations for the PDU and the region.
"""),
    # 16. a justiceinspectorates.gov.uk news item with a date line: "The overall grade for X is ‘...’"; the headline's
    #     lower-case "Middleham youth justice service"; fieldwork "between 15 and 19 May 2023"; "in only 10 of 26 cases"; four recommendations, one for North Yorkshire Police
    ("middleham-yjs-2023", facts([
        svc("Middleham Youth Justice Service", "Middleham YJS", "YJS", RI)], "2023-10-19", "2023-05", 4),
     """N| News

N| [Middleham youth justice service|S] ‘on a journey’ but more to do

N| [19 October 2023|D]

N| The overall grade for [Middleham Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| Fieldwork took place between [15 and 19 May 2023|D].

S| Diverting children away from the formal justice system was a particular strength of the service.
S| Children were warm about their case managers; one told inspectors their worker was “always there”.
W| However, plans to keep other people safe were sufficient in only 10 of 26 cases.
W| The service had been slow to replace its seconded probation officer, leaving a gap in work with older children.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Middleham|S]’s staff care deeply about children, but good intentions are not enough on their own.
R| “Leaders must make sure that every plan sets out how risks to others will be managed.”

R| Four recommendations are made; one of them asks [North Yorkshire Police|A] to share information on arrests more quickly.

N| [North Yorkshire Council|A] said it welcomed the findings.
"""),
    # 17. a GOV.UK page: "the top rating on the inspectorate’s scale, ‘...’, has been awarded to X"; resettlement "scored
    #     on its own, came out ‘...’"; "Fieldwork spanned March and April 2024"; a lower-case "good" adjective in a quote;
    #     two recommendations
    ("ravenscar-yjs-2024", facts([
        svc("Ravenscar Youth Justice Service", "Ravenscar YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-07-25", "2024-03", 2),
     """N| Press release

N| Youth justice service on the Yorkshire coast rated the best

N| Inspectors publish their report on [Ravenscar Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [25 July 2024|D]

N| The top rating on the inspectorate’s scale, ‘[Outstanding|R]’, has been awarded to [Ravenscar Youth Justice Service|S].
S| Its resettlement work, scored on its own, came out ‘[Good|R]’.
N| Fieldwork spanned [March and April 2024|D].

S| Every child whose case was inspected had been involved in agreeing their plan.
S| Joint work with [North Yorkshire Police|A] meant that most children who came to notice were dealt with outside the courts.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ravenscar|S]’s staff and partners have built something exceptional, and children on this coast are lucky to have it.
S| “Leaders are never satisfied with good work when they know it could be better, and the whole partnership shares that drive.”

R| Inspectors have made two recommendations, both for [Ravenscar YJS|S]’s management board.
"""),
    # 18. an embargo line and a council-run service in 2025: "X’s overall rating is one step below ‘Good’: ‘...’"; how near
    #     it came to ‘Good’ (no fact); fieldwork "from 27 January to 7 February 2025" (across two months); "Mrs Davies
    #     continued" with a deputy chief inspector as speaker; six recommendations
    ("aysgarth-yjs-2025", facts([
        svc("Aysgarth Youth Justice Service", "Aysgarth YJS", "YJS", RI)], "2025-06-17", "2025-01", 6),
     """N| Embargoed until 00.01, [Tuesday 17 June 2025|D]

N| Youth justice service in the Dales falls just short of ‘[Good|R]’

N| [Aysgarth Youth Justice Service|S]’s overall rating is one step below ‘[Good|R]’: ‘[Requires improvement|R]’.
W| The service missed the higher grade by a single point.
N| Inspectors were on site from [27 January to 7 February 2025|D].

S| The service’s work with victims was thoughtful, and victims were kept informed at every stage.
S| Children with special educational needs had their needs assessed early and their plans adapted accordingly.
W| However, managers did not always check the quality of assessments, and some were copied forward from earlier orders.

S| [Helen Davies|X], HM Deputy Chief Inspector of Probation, said: “[Aysgarth|S] has plenty to build on.”
W| Mrs Davies continued: “But oversight of risk is not yet strong enough, and the board needs better information about what is happening on the ground.”

R| Six recommendations are made in total; one is for [North Yorkshire Council|A], the rest for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
