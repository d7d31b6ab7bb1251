"""Builds the seventy-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, the region named before the units: "X was judged ‘...’; Y fared worse and
    #    was given the lowest grade, ‘...’"; fieldwork "in December 2023 and January 2024"; 8 recommendations, "three
    #    for Hellesdon, four for Poringland and one for the region"
    ("hellesdon-and-poringland-pdus-2024", facts([
        svc("Hellesdon Probation Delivery Unit", "Hellesdon PDU", "PDU", RI),
        svc("Poringland Probation Delivery Unit", "Poringland PDU", "PDU", INAD)], "2024-05-21", "2023-12", 8),
     """N| Press release

N| Two probation units in Norfolk inspected

N| Reports on two probation delivery units near Norwich are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| [HM Inspectorate of Probation|A] today reports on a pair of units belonging to [Probation Service – East of England region|S]: [Hellesdon Probation Delivery Unit|S] and [Poringland Probation Delivery Unit|S].
N| [Hellesdon|S] was judged ‘[Requires improvement|R]’; [Poringland|S] fared worse and was given the lowest grade, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [December 2023 and January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Poringland, we met practitioners who were doing their best with caseloads nobody could manage safely.
W| “Too many people on probation there had no plan at all for the first months of their sentence.
S| “[Hellesdon|S] has a steadier workforce and a management team that staff trust, and it shows in the work.”

S| Inspectors were impressed with [Hellesdon PDU|S]’s work with people leaving prison, most of whom had somewhere to live arranged before they left custody.
W| In both units, around half of the relevant cases lacked any check with children’s social care.
W| [Poringland PDU|S] had lost its senior probation officer twice in a year, and staff said they did not know who to ask for advice.

R| The reports make eight recommendations: three for [Hellesdon|S], four for [Poringland|S] and one for the region.

N| The [Probation Service|A]’s regional director said: “Experienced officers have already moved to Poringland, and we are recruiting to every vacancy.”
"""),
    # 2. two Suffolk youth services in a local-news story: findings "published ... on Tuesday (14 November)" under a
    #    byline of Thursday 16 November 2023; "X was placed a grade lower, at ‘...’, while Y was assessed as ‘...’", in
    #    the other order from the one first named; fieldwork "in July 2023"; "Nine recommendations ... five ... four"
    ("martlesham-and-holbrook-yjs-2023", facts([
        svc("Martlesham Youth Justice Service", "Martlesham YJS", "YJS", GOOD),
        svc("Holbrook Youth Justice Service", "Holbrook YJS", "YJS", RI)], "2023-11-14", "2023-07", 9),
     """N| Mixed verdict for youth justice teams near Ipswich

N| By [Sam Whitlock|X]

N| [Thursday 16 November 2023|D]

N| [Martlesham Youth Justice Service|S] and [Holbrook Youth Justice Service|S] were inspected in [July 2023|D], and [HM Inspectorate of Probation|A] published its findings on Tuesday ([14 November|D]).
N| [Holbrook|S] was placed a grade lower, at ‘[Requires improvement|R]’, while [Martlesham|S] was assessed as ‘[Good|R]’.

S| The inspectorate said [Martlesham|S]’s staff had built strong links with schools, so that almost every child it supervised was in school or college.
W| Inspectors found that [Holbrook|S]’s plans for keeping children safe were often written but rarely reviewed.
W| They also said the [Holbrook YJS|S] management board had been too slow to challenge long delays in cases reaching court.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Martlesham|S]’s staff should be proud of how well they know the children in their care.
R| “In Holbrook, leaders now need to make sure that safety planning is kept up to date as children’s lives change.”

R| Nine recommendations were made, five of them for [Holbrook|S] and four for [Martlesham|S].

N| [Suffolk County Council|A] said it would publish an action plan for both services before Christmas.
"""),
    # 3. a city PDU and its county neighbour in a justiceinspectorates item: "Published: 26 Feb 2025"; "X and Y have
    #    been placed at ‘...’ and ‘...’ respectively"; fieldwork "9 to 20 September 2024"; ten recommendations "split
    #    evenly between the two units"
    ("cambridge-and-buckden-pdus-2025", facts([
        svc("Cambridge Probation Delivery Unit", "Cambridge PDU", "PDU", RI),
        svc("Buckden Probation Delivery Unit", "Buckden PDU", "PDU", INAD)], "2025-02-26", "2024-09", 10),
     """N| News

N| Probation in Cambridgeshire: city unit ‘needs to improve’, rural unit ‘failing’

N| Published: [26 Feb 2025|D]

N| [HM Inspectorate of Probation|A]’s findings, out today, concern [Cambridge Probation Delivery Unit|S], which covers the city, and [Buckden Probation Delivery Unit|S], which covers the west of the county.
N| [Cambridge PDU|S] and [Buckden PDU|S] have been placed at ‘[Requires improvement|R]’ and ‘[Inadequate|R]’ respectively.
N| Inspectors were on site from [9 to 20 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Cambridge we found a unit that has turned a corner, with a settled team and sensible caseloads.
W| “[Buckden|S] is a very different story: it had filled barely half of its probation officer posts, and staff were spread across too many offices to support each other.”

W| In [Buckden|S]’s cases, the risk posed to partners and ex-partners had been properly considered in only 7 of 24.
S| [Cambridge|S]’s unpaid work team was praised for finding placements that gave people skills they could use afterwards.
W| Interventions for people convicted of domestic abuse were delayed in both units because of a backlog in the region.

R| The ten recommendations in the two reports are split evenly between the two units.

N| ENDS
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors have given X the lowest grade, ‘...’, making
    #    it the first in the ... region to receive that rating"; two sibling units' ratings without places (no fact);
    #    fieldwork "in February 2024"; "The report will be available at 00.01 on Thursday 11 July 2024" in the notes;
    #    seven recommendations
    ("dersingham-pdu-2024", facts([
        svc("Dersingham Probation Delivery Unit", "Dersingham PDU", "PDU", INAD)], "2024-07-11", "2024-02", 7),
     """N| [East of England probation region|S]: west Norfolk unit given lowest rating

N| Inspectors have given [Dersingham Probation Delivery Unit|S] the lowest grade, ‘[Inadequate|R]’, making it the first in the [East of England probation region|S] to receive that rating.
N| The two other units in the region inspected in the past year were both rated ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] examined 42 of the unit’s cases in [February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dersingham|S] had been left to cope on its own for far too long.
W| “Practitioners had stopped recording home visits, and in a worrying number of cases no one knew whether children were living at the address.”

W| Mr Jones continued: “The regional leadership knew about [Dersingham|S]’s staffing gaps for more than a year and did too little about them.”

S| Even so, inspectors noted that the unit’s work with [Norfolk Constabulary|A] on integrated offender management was well organised and well attended.
W| Fewer than a third of the people inspectors spoke to said they understood what their sentence plan was for.

R| Seven recommendations are made, five to the unit and two to the [Probation Service|A]’s regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report will be available at 00.01 on [Thursday 11 July 2024|D].
N| 2. [Dersingham PDU|S] supervises people across the west of Norfolk, excluding King’s Lynn.
"""),
    # 5. a unit inside its region, the region in the headline and in a note: "inspectors have given X a rating of
    #    ‘...’" in a report "published today (Tuesday 5 December)" (no year: the fieldwork's, July 2023); "only 14
    #    of 36"; six recommendations
    ("long-stratton-pdu-2023", facts([
        svc("Long Stratton Probation Delivery Unit", "Long Stratton PDU", "PDU", RI)], "2023-12-05", "2023-07", 6),
     """N| [Probation Service – East of England region|S]: south Norfolk unit ‘must keep improving’

N| In a report published today ([Tuesday 5 December|D]), inspectors have given [Long Stratton Probation Delivery Unit|S] a rating of ‘[Requires improvement|R]’.
N| The inspection team visited the unit in [July 2023|D] and read 38 cases.

S| Inspectors found an energetic senior leader who had brought in regular case audits and made sure managers acted on them.
S| Positively, almost every person on probation had been seen within five days of their sentence.
W| However, sentence plans were too often generic, and in only 14 of 36 cases did they address the main reasons for offending.
W| Staff were not always aware of local services for women, and referrals to them were rare.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Long Stratton|S] is heading in the right direction.
R| “Leaders must now ensure plans are written for the individual in front of the practitioner, rather than copied from a template.”

R| The report contains six recommendations.

N| ENDS

N| Notes to editors
N| 1. [Long Stratton PDU|S] covers south Norfolk within the [Probation Service – East of England region|S], which has 11 such units.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores of 100, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Thursday 17 March 2011" date line with "published today";
    #    fieldwork "in November 2010"; seven recommendations
    ("ixworth-and-elmswell-probation-trust-2011", facts([
        svc("Ixworth and Elmswell Probation Trust", "Ixworth and Elmswell Probation Trust", "other", None)],
        "2011-03-17", "2010-11", 7),
     """N| Offender management inspection: [Ixworth and Elmswell Probation Trust|S]

N| [Thursday 17 March 2011|D]

W| The work of [Ixworth and Elmswell Probation Trust|S] is generally sound but its management of risk of harm needs attention, says [HM Inspectorate of Probation|A] in its report, published today.
N| Inspectors visited the Trust in [November 2010|D] and looked at a sample of 80 cases.

S| The Trust scored 76 out of 100 on cutting reoffending, better than the average so far.
W| For work to protect others from harm, it managed only 58.

N| Inspectors were pleased to find that:
S| • offenders had a good relationship with their offender managers, who knew them well;
S| • accommodation and employment needs were usually identified and acted on.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were frequently missing or out of date;
W| • information from [Suffolk Constabulary|A] was not always requested when it should have been.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders told us that they valued the help of committed, caring staff.
R| “Public protection must now receive the priority that the Trust already gives to cutting reoffending.”

R| The report makes seven recommendations for improvement.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "The inspectorate’s judgement on X (CRC), which
    #    belongs to ..., is ‘...’"; "Inspectors also rated unpaid work separately, and gave it ‘...’"; fieldwork
    #    "between 8 and 19 July 2019"; the provider's reply
    ("waterbeach-and-girton-crc-2019", facts([
        svc("Waterbeach and Girton Community Rehabilitation Company", "Waterbeach and Girton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-11-14", "2019-07", 5),
     """N| Embargo: 00.01 [Thursday 14 November 2019|D]

N| Probation company in Cambridgeshire must improve unpaid work, say inspectors

N| The inspectorate’s judgement on [Waterbeach and Girton Community Rehabilitation Company|S] (CRC), which belongs to [Sodexo Justice Services|A], is ‘[Requires improvement|R]’.
W| Inspectors also rated unpaid work separately, and gave it ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork between [8 and 19 July 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Courts need to be able to rely on unpaid work, and at this CRC they cannot.
W| “Hours were lost every week because supervisors were not available, and some people had completed barely half of their hours by the end of their order.”

S| Inspectors found that the CRC’s through-the-gate team had strong links with local prisons and got people to their first appointment.
W| Only one in four case managers had received training on domestic abuse in the past two years.

R| Five recommendations are made: four to [Waterbeach and Girton CRC|S] and [Sodexo Justice Services|A], while the fifth is for [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] said it had already recruited additional unpaid work supervisors.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "with HM
    #    Inspectorate of Probation leading", bullet lists; "Posted: 23/08/2016"; fieldwork "in May 2016"; four
    #    recommendations
    ("mendlesham-yot-2016", facts([
        svc("Mendlesham Youth Offending Team", "Mendlesham YOT", "YJS", None)], "2016-08-23", "2016-05", 4),
     """N| Youth offending inspection report published

N| Posted: [23/08/2016|D]

N| In [May 2016|D], inspectors from four inspectorates, with [HM Inspectorate of Probation|A] leading, visited [Mendlesham Youth Offending Team|S] (YOT).
N| [Ofsted|A] looked at education, the [Care Quality Commission|A] at health and [HM Inspectorate of Constabulary|A] at the part played by the police.

N| Inspectors were pleased to find that:
S| • children were seen promptly after sentence and their case managers kept in regular touch;
S| • most children were helped back into school, college or work by the YOT’s education staff.

N| However, inspectors were concerned that:
W| • plans for managing the risk a child posed to others were often vague;
W| • work with victims was not consistently offered.

R| The inspectors made four recommendations, most of them for the [Mendlesham YOT|S] management board.

N| Councillor [Helen Dorling|X], cabinet member for children’s services at [Suffolk County Council|A], said: “The report rightly recognises how hard our staff work, and we have a plan in place to address its recommendations.”
"""),
    # 9. an NPS division in 2019: "HMIP has awarded NPS X an overall regional rating of ‘...’"; "Published: 30 Oct
    #    2019"; fieldwork "in June and July 2019"; court work rated on its own ‘Good’; six recommendations
    ("wroxham-and-coltishall-nps-division-2019", facts([
        svc("National Probation Service – Wroxham and Coltishall Division", "NPS Wroxham and Coltishall", "region",
            RI, [{"aspect": "court work", "rating": GOOD}])], "2019-10-30", "2019-06", 6),
     """N| Inspection of probation services: [National Probation Service – Wroxham and Coltishall Division|S]

N| Published: [30 Oct 2019|D]

N| [HM Inspectorate of Probation|A] has awarded [NPS Wroxham and Coltishall|S] an overall regional rating of ‘[Requires improvement|R]’.
S| Its work at court, which inspectors rated on its own, was ‘[Good|R]’.
N| The inspection took place in [June and July 2019|D].

S| Court teams gave magistrates clear, well-informed advice, and reports were almost always ready on the day.
W| Yet a shortage of probation officers meant that many high-risk cases were held by staff who were not yet qualified.
W| Staff rarely visited the homes of domestic abuse perpetrators, and contact with children’s services was inconsistent.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division’s leaders are strong and know what needs to change, but there are too few qualified staff to deliver it.
R| “[HMPPS|A] must help the division recruit and keep the probation officers it needs.”

R| Six recommendations are made, four for the division and two for [HMPPS|A].
"""),
    # 10. a "Youth Offending Service" in 2018, early in the four-point scale: "Inspectors have rated X (YOS) as ‘...’";
    #     Dame Glenys Stacey; "Tuesday 11 December 2018"; fieldwork "in September 2018"; a lower-case "good" adjective;
    #     three recommendations
    ("stradbroke-yos-2018", facts([
        svc("Stradbroke Youth Offending Service", "Stradbroke YOS", "YJS", GOOD)], "2018-12-11", "2018-09", 3),
     """N| ‘[Good|R]’ rating for youth offending service in mid Suffolk

N| [Tuesday 11 December 2018|D]

N| Inspectors have rated [Stradbroke Youth Offending Service|S] (YOS) as ‘[Good|R]’, in one of the first inspections under [HM Inspectorate of Probation|A]’s new standards.
N| Inspectors visited in [September 2018|D].

S| Board meetings drew senior people from every partner, and members had a sound grasp of what local children needed.
S| Case managers had good knowledge of each child and used it to plan work that children could actually manage.
W| Some assessments, though, paid too little attention to the risk children might pose to others.
W| Provision for children released from custody was also less developed.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Stradbroke YOS|S] is small, but it does a great many things well.
S| “Children we spoke to told us that their workers had helped them to stay out of trouble and back in school.”

R| The three recommendations are addressed to the service and its management board.
"""),
    # 11. "X, rated ‘...’ in 2019, is now at ‘...’" (previous and overall in one sentence); resettlement "rated
    #     separately, was ‘...’"; fieldwork "over a fortnight from 4 April 2022"; "due to be published at 00.01 on
    #     Wednesday 3 August 2022" in the notes
    ("hethersett-yjs-2022", facts([
        svc("Hethersett Youth Justice Service", "Hethersett YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-08-03", "2022-04", 6),
     """N| Youth justice in Hethersett improving, but not yet good enough

N| [Hethersett Youth Justice Service|S], rated ‘[Inadequate|R]’ in [2019|D], is now at ‘[Requires improvement|R]’, according to [HM Inspectorate of Probation|A].
S| Its resettlement policy and provision, rated separately, was ‘[Good|R]’.
N| Inspectors spent time with the service over a fortnight from [4 April 2022|D].

S| The new head of service had won back the confidence of partners and given staff clear priorities.
S| Children leaving custody had support lined up in advance, including a place to live and help with their health.
W| However, the quality of work with children given out-of-court disposals was weak, and some had no assessment at all.
W| Case managers’ understanding of the risks of child exploitation varied a great deal.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hethersett|S] has made real progress, but there is still a gap between its best work and the rest.
R| “I want to see the same standard of assessment for children diverted from court as for those on court orders.”

R| Five of the six recommendations are for the service; [Norfolk and Waveney Integrated Care Board|A] is asked to act on the sixth.

N| ENDS

N| Notes to editors
N| 1. The report is due to be published at 00.01 on [Wednesday 3 August 2022|D].
"""),
    # 12. a GOV.UK page: "HMIP has awarded X its highest grade, ‘...’"; fieldwork "in May and June 2024"; a lower-case
    #     "outstanding" adjective; two recommendations
    ("snettisham-yjs-2024", facts([
        svc("Snettisham Youth Justice Service", "Snettisham YJS", "YJS", OUT)], "2024-10-15", "2024-05", 2),
     """N| Press release

N| Top rating for youth justice service in north-west Norfolk

N| Inspectors publish their report on [Snettisham Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Snettisham Youth Justice Service|S] its highest grade, ‘[Outstanding|R]’.
N| Fieldwork took place in [May and June 2024|D].

S| Inspectors found that leaders knew their children and their community, and made decisions based on sound evidence.
S| Children were seen by a health worker within days of coming to the service, and every one who needed speech and language support received it.
S| Work with victims was described as sensitive and thorough, with victims kept informed at every stage.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Snettisham|S] serves its children superbly, and its team never stops asking how it could do better.
S| “It is outstanding work, and [Snettisham|S]’s staff and partners deserve every credit.”

R| Two recommendations are made, both for the [Snettisham YJS|S] management board.
"""),
    # 13. a council page: "Posted on 07/06/2023"; "HM Inspectorate of Probation’s report on X, out today, puts it in
    #     the bottom category: ‘...’"; fieldwork "the second week of January 2023"; 11 recommendations in words; the
    #     director's reply
    ("feltwell-yjs-2023", facts([
        svc("Feltwell Youth Justice Service", "Feltwell YJS", "YJS", INAD)], "2023-06-07", "2023-01", 11),
     """N| Council response to inspection of [Feltwell Youth Justice Service|S]

N| Posted on [07/06/2023|D]

N| [HM Inspectorate of Probation|A]’s report on [Feltwell Youth Justice Service|S], out today, puts it in the bottom category: ‘[Inadequate|R]’.
N| Inspectors were with the service during the second week of [January 2023|D].

W| The report said that too many children were not protected from harm, and that risks of exploitation had not been picked up in several cases.
W| Board members, it found, were given too little data to judge how well [Feltwell YJS|S] was performing.
S| Inspectors did recognise the dedication of case managers, several of whom had remained in post throughout a turbulent two years.
W| Support for children’s emotional and mental health was hard to access, with waits of several months.

R| Eleven recommendations are directed at the service, its board, [Norfolk County Council|A] and health partners.

N| [Mark Grafton|X], Director of Children’s Services, said: “Children and families deserved better from us, and I am sorry.
N| “A new improvement plan is being agreed with partners and will be overseen by the board every month.”
"""),
    # 14. a remote inspection: "X has lost the ‘...’ rating it achieved in 2019 and is now rated ‘...’";
    #     "inspectors worked remotely, with fieldwork in December 2020"; "Published: Thursday 15th April 2021"; "in only
    #     10 of 22"; the council's reply
    ("isleham-yjs-2021", facts([
        svc("Isleham Youth Justice Service", "Isleham YJS", "YJS", RI)], "2021-04-15", "2020-12", 6),
     """N| Youth justice service in east Cambridgeshire told to tighten safety work

N| Published: [Thursday 15th April 2021|D]

N| [Isleham Youth Justice Service|S] has lost the ‘[Good|R]’ rating it achieved in [2019|D] and is now rated ‘[Requires improvement|R]’.
N| Because of COVID-19 restrictions, inspectors worked remotely, with fieldwork in [December 2020|D].

S| Inspectors found that staff had kept in touch with children throughout lockdown, often by visiting them at their doorstep.
W| But plans to manage the safety of children and others were sufficient in only 10 of 22 cases.
W| Arrangements to share information with [Cambridgeshire Constabulary|A] about children arrested at weekends were not working.
S| The service’s education officer was highly regarded, and children excluded from school were quickly found another place.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Isleham|S] has worked hard in difficult circumstances, but its focus on keeping children and the public safe has slipped.
R| “Leaders must make sure every child has a plan that deals with the risks in their life.”

R| Six recommendations are made.

N| [Cambridgeshire County Council|A] said it had accepted every recommendation and was working with the police on information sharing.
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork "during September 2025"; four
    #     recommendations
    ("great-shelford-pdu-2025", facts([
        svc("Great Shelford Probation Delivery Unit", "Great Shelford PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation unit south of Cambridge

N| Published: [4 Dec 2025|D]

N| Public protection work at [Great Shelford Probation Delivery Unit|S] is the subject of a new report by [HM Inspectorate of Probation|A].
N| This is a public protection inspection, and no rating is given.
N| Inspectors were on site during [September 2025|D].

N| Context
N| • [Great Shelford PDU|S], part of [Probation Service – East of England region|S], covers the villages south of Cambridge.
N| • It supervises around 850 people, including more than 100 managed under [MAPPA|A].

N| Findings
S| • Risk assessments in cases of sexual offending were detailed and kept up to date.
W| • Where there were concerns about domestic abuse, enquiries with [Cambridgeshire Constabulary|A] had been made in only half of the cases.
W| • Managers did not always check the work of newly qualified officers holding high-risk cases.
S| • Approved premises staff and probation practitioners worked closely together and shared information well.

R| Four recommendations are made, addressed to the PDU and to regional leaders.
"""),
    # 16. a 2020 release with a date line: "HM Inspectorate of Probation has judged X to be ‘...’"; fieldwork "between 4
    #     and 8 November 2019"; "Everyone working at Exning can be rightly proud"; no count of recommendations (null)
    ("exning-yjs-2020", facts([
        svc("Exning Youth Justice Service", "Exning YJS", "YJS", GOOD)], "2020-02-19", "2019-11", None),
     """N| ‘[Good|R]’ verdict for youth justice in Exning

N| [Wednesday, 19th February 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Exning Youth Justice Service|S] to be ‘[Good|R]’.
N| Inspectors visited between [4 and 8 November 2019|D].

S| The service had clear leadership, and its board included senior people from every key partner.
S| Children at risk of exploitation were identified early and received well-coordinated help from the service and [Suffolk Constabulary|A].
W| The quality of work with children on out-of-court disposals was more mixed, and some plans lacked detail.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Exning|S] gives children a consistent, caring service.
S| “Everyone working at [Exning|S] can be rightly proud of what they are achieving for local children.”

N| The full report lists the areas where the service could still improve.
"""),
    # 17. "Inspectors came to a judgement of ‘...’ for X"; how near it came to ‘Inadequate’ (no fact); out-of-court
    #     disposal work "assessed on its own, was ‘...’"; "Report published: 30 January 2024" in the notes; four
    #     recommendations
    ("manea-yjs-2024", facts([
        svc("Manea Youth Justice Service", "Manea YJS", "YJS", RI,
            [{"aspect": "out-of-court disposal work", "rating": GOOD}])], "2024-01-30", "2023-09", 4),
     """N| Youth justice service in the Fens ‘on the edge’, inspectors warn

N| Inspectors came to a judgement of ‘[Requires improvement|R]’ for [Manea Youth Justice Service|S].
W| It was only two points away from an overall ‘[Inadequate|R]’.
S| Its out-of-court disposal work, assessed on its own, was ‘[Good|R]’.
N| Inspectors were with the service during [September 2023|D].

W| Children sentenced at court often waited weeks for their first proper assessment.
W| Managers were not checking the quality of case managers’ work, and several plans had not been looked at since they were written.
S| Children diverted from court, by contrast, were given prompt and well-planned support.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Manea|S] does some things well, but the work with children on court orders is not good enough.
R| “The partnership must take hold of this quickly.”

R| Four recommendations have been made.

N| Notes to editors
N| 1. Report published: [30 January 2024|D].
N| 2. [Manea YJS|S] works with around 50 children a year.
"""),
    # 18. a GOV.UK page: "HM Inspectorate of Probation has found X to be ‘...’"; "Published 10 June 2025"; fieldwork "in
    #     January 2025"; six recommendations, one for the Youth Justice Board
    ("nayland-yjs-2025", facts([
        svc("Nayland Youth Justice Service", "Nayland YJS", "YJS", GOOD)], "2025-06-10", "2025-01", 6),
     """N| Press release

N| Youth justice service in south Suffolk rated ‘[Good|R]’

N| Inspectors publish their report on [Nayland Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [10 June 2025|D]

N| [HM Inspectorate of Probation|A] has found [Nayland Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection was carried out in [January 2025|D].

S| Inspectors were particularly impressed with the way the service helped children to repair the harm they had caused.
S| Staff had manageable caseloads and spoke highly of the training and supervision they received.
W| Disappointingly, some children with special educational needs had waited too long for an assessment.
W| When a child’s circumstances changed, the service did not always go back to children’s social care for fresh information.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Nayland|S] is a well-run service with a real focus on children.
R| “The board should now make sure that education and health partners play a full part.”

R| There are six recommendations, five of which are for the service; the other is for the [Youth Justice Board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
