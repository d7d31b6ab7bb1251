"""Builds the hundred-and-fiftieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Calderdale PDUs on a GOV.UK page, the region in the first sentence: "X was given ‘...’ and Y the lowest grade,
    #    ‘...’"; fieldwork "from 3 to 14 June 2024"; ten recommendations "five each"
    ("rastrick-and-lightcliffe-pdus-2024", facts([
        svc("Rastrick Probation Delivery Unit", "Rastrick PDU", "PDU", RI),
        svc("Lightcliffe Probation Delivery Unit", "Lightcliffe PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Two probation units in Calderdale inspected

N| Inspectors report on two probation delivery units in West Yorkshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [HM Inspectorate of Probation|A] today publishes reports on [Rastrick Probation Delivery Unit|S] and [Lightcliffe Probation Delivery Unit|S], two units that the [Probation Service – Yorkshire and the Humber region|S] runs in Calderdale.
N| [Rastrick|S] was given ‘[Requires improvement|R]’ and [Lightcliffe|S] the lowest grade, ‘[Inadequate|R]’.
N| The inspection team was in the two units from [3 to 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lightcliffe|S] is stretched to breaking point, with half of its probation officer posts empty and managers covering cases themselves.
W| “Checks with the police and children’s services had not been made in too many of the cases we read.
S| “[Rastrick|S], by contrast, has a stable team, and its work with local drug and alcohol services is well established.”

S| Inspectors were impressed with [Rastrick PDU|S]’s unpaid work scheme, which had cleared its backlog of hours since the pandemic.
W| In both units, plans to manage the risk posed to partners and ex-partners were often thin or out of date.

R| The reports make ten recommendations, five for each unit.

N| In a statement, the region’s probation director said the findings were accepted in full.
"""),
    # 2. two youth justice services in a local-news story: the report "published on Wednesday (15 November)" under a
    #    byline of Friday 17 November 2023; "X was awarded ‘...’, while Y earned ‘...’" in the other order from the one
    #    first named; eight recommendations "five for Holmbridge and three for Upperthong"
    ("holmbridge-and-upperthong-yjs-2023", facts([
        svc("Holmbridge Youth Justice Service", "Holmbridge YJS", "YJS", GOOD),
        svc("Upperthong Youth Justice Service", "Upperthong YJS", "YJS", OUT)], "2023-11-15", "2023-07", 8),
     """N| Praise for two youth justice teams in Kirklees

N| By [Sarah Haigh|X]

N| [Friday 17 November 2023|D]

N| Inspectors’ reports on [Holmbridge Youth Justice Service|S] and [Upperthong Youth Justice Service|S] came out on Wednesday ([15 November|D]), after visits in [July 2023|D].
N| [Upperthong|S] was awarded ‘[Outstanding|R]’, while [Holmbridge|S] earned ‘[Good|R]’.

S| The watchdog found that [Upperthong|S]’s case managers got to know children and their families well and stayed with them for the long term.
S| It commended [Holmbridge|S] for getting children quick access to mental health support.
W| However, the report on [Holmbridge YJS|S] said that children’s victims were not always given the chance to have their say.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams put children first, and [Upperthong|S] sets a standard that others should look to.”

R| Eight recommendations are made between the two reports, five for [Holmbridge|S] and three for [Upperthong|S].

N| [Kirklees Council|A]’s cabinet member for children said the council was delighted with the results.
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors gave X the lowest of their four grades";
    #    the region's own 2023 rating as context; "Mr Jones continued"; fieldwork "In May 2024"; the notes' day
    ("scissett-pdu-2024", facts([
        svc("Scissett Probation Delivery Unit", "Scissett PDU", "PDU", INAD)], "2024-09-19", "2024-05", 5),
     """N| [Yorkshire and the Humber probation region|S]: unit in Kirklees falls short

N| Inspectors gave [Scissett Probation Delivery Unit|S] the lowest of their four grades, ‘[Inadequate|R]’; [Probation Service – Yorkshire and the Humber region|S] manages the unit.
N| The region’s own rating, from its inspection in [2023|D], is ‘[Requires improvement|R]’.
N| In [May 2024|D], inspectors went through 52 case files and interviewed staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scissett|S] has been left to cope with far too few staff for far too long.
W| “People released on licence could go weeks without seeing their probation officer, and home visits had almost stopped.”

W| Mr Jones continued: “Where there were children in the household, the risks to them were considered properly in fewer than one case in three.”

S| Despite the pressures, inspectors found that [Scissett PDU|S]’s administrative staff were dedicated and kept the office running.
W| Joint work with [West Yorkshire Police|A] on domestic abuse was slow, and requests for information often went unanswered.

R| Five recommendations are made: three for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 19 September 2024|D].
N| 2. [Scissett PDU|S] is one of the probation delivery units in West Yorkshire.
"""),
    # 4. a unit inside its region, the region in the headline and the notes: "have judged X to be ‘...’" in "a report
    #    released today (Tuesday, 5 December)" (no year: the fieldwork's, July 2023); "only 14 of the 35 cases";
    #    six recommendations
    ("mixenden-pdu-2023", facts([
        svc("Mixenden Probation Delivery Unit", "Mixenden PDU", "PDU", RI)], "2023-12-05", "2023-07", 6),
     """N| [Yorkshire and the Humber region|S]: [Mixenden probation unit|S] ‘making progress’

N| Inspectors have judged [Mixenden Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ in a report released today ([Tuesday, 5 December|D]).
N| The inspection took place in [July 2023|D], when the team read 35 cases and met staff, managers and partner agencies.

S| Inspectors found that the unit’s head had a clear grip on its problems and a realistic plan to tackle them.
S| People on probation told inspectors that their officers treated them with respect and were easy to reach.
W| However, a sound assessment of the risk of harm to others was found in only 14 of the 35 cases.
W| Staff were not always aware of safeguarding concerns already known to [Calderdale Council|A]’s children’s services.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “We saw a lot here to be encouraged by.
R| “[Mixenden|S]’s managers now need to make sure that every case with children in the home is checked with children’s services at the start.”

R| The report makes six recommendations, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Mixenden PDU|S] supervises about 550 people in the north of Halifax for [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 5. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullets; "Monday, 14th November 2011"; fieldwork "in July
    #    2011"; seven recommendations
    ("barkisland-and-soyland-probation-trust-2011", facts([
        svc("Barkisland and Soyland Probation Trust", "Barkisland and Soyland Probation Trust", "other", None)],
        "2011-11-14", "2011-07", 7),
     """N| [Barkisland and Soyland Probation Trust|S] – report on offender management published

N| [Monday, 14th November 2011|D]

S| [Barkisland and Soyland Probation Trust|S] is doing well at getting offenders to comply with their sentences, according to inspectors from [HM Inspectorate of Probation|A], whose report is out today.
N| The inspection of a sample of 58 cases took place in [July 2011|D].

S| The Trust scored 79% for its work to reduce the likelihood of reoffending and 85% for ensuring the sentence was delivered.
W| Public protection, at 66%, lagged behind.

N| Inspectors were pleased to find that:
S| • nearly all offenders were seen within a week of sentence, and knew what their order required of them;
S| • the Trust worked closely with [West Yorkshire Police|A] to manage prolific and other priority offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were frequently late, and few were revisited when circumstances changed;
W| • in a quarter of relevant cases there had been no contact with children’s social care.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s practitioners understand the people they supervise, and their managers back them well.
R| “Protecting the public has to become as strong a part of the Trust’s work as its other areas.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider, with an embargo line: "have judged the work of X ... as ‘...’ overall"; unpaid work
    #    "given its own rating, was judged ‘...’"; "The fieldwork was done in April 2018"; the provider's reply
    ("brockholes-and-thongsbridge-crc-2018", facts([
        svc("Brockholes and Thongsbridge Community Rehabilitation Company", "Brockholes and Thongsbridge CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": GOOD}])], "2018-07-12", "2018-04", 8),
     """N| Embargoed until 00.01, [Thursday 12 July 2018|D]

N| Kirklees probation company told to improve its public protection work

N| Inspectors from [HM Inspectorate of Probation|A] have judged the work of [Brockholes and Thongsbridge Community Rehabilitation Company|S] (CRC), which [Interserve|A] owns, as ‘[Requires improvement|R]’ overall.
S| Its unpaid work, given its own rating, was judged ‘[Good|R]’.
N| The fieldwork was done in [April 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Phone calls had become the only contact for too many of the people this CRC supervises, and that will not stop anyone reoffending.
W| “Responsible officers were holding very high caseloads, and some told us they had stopped reading the files they inherited.”

S| Inspectors praised the CRC’s unpaid work placements, which were well supervised and helped people learn new skills.
W| Information passed from the [National Probation Service|A] at the start of an order was sometimes incomplete, and it was seldom chased.

R| Eight recommendations are made: the CRC and [Interserve|A] must act on five, and [HM Prison and Probation Service|A] on three.

N| A spokesperson for [Interserve|A] said the company would study the report carefully.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "with ... as lead inspectorate";
    #    bullets; "Posted: 21/09/2016" (day/month/year); "the fieldwork, which was in June 2016"
    ("stanbury-yot-2016", facts([
        svc("Stanbury Youth Offending Team", "Stanbury YOT", "YJS", None)], "2016-09-21", "2016-06", 6),
     """N| Inspection of youth offending work in Stanbury

N| Posted: [21/09/2016|D]

N| The report of a joint inspection of [Stanbury Youth Offending Team|S] (YOT), with [HM Inspectorate of Probation|A] as lead inspectorate, is now available.
N| [Care Quality Commission|A], [Ofsted|A] and [HM Inspectorate of Constabulary|A] inspectors also took part in the fieldwork, which was in [June 2016|D].

N| Inspectors said they were pleased to find that:
S| • each child’s case manager understood their background in detail and kept in touch with those who drifted away;
S| • there were good arrangements with local schools to get children back into education.

N| Inspectors were concerned that:
W| • where a child’s circumstances changed, their risk management plan was often left as it was;
W| • the YOT management board did not have a clear enough view of the quality of the work.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at [Stanbury YOT|S] care about the children they work with, but the partnership does not yet have a firm enough hold on what is happening in individual cases.”

R| The inspectors have made six recommendations.

N| [City of Bradford Metropolitan District Council|A] said an action plan was being drawn up.
"""),
    # 8. a Youth Offending Service in 2019: "has found it to be ‘...’"; resettlement "rated separately" at ‘...’; fieldwork
    #    "over two weeks in February 2019"; "on ... website on 4 June 2019 at 00.01" in the notes
    ("scammonden-yos-2019", facts([
        svc("Scammonden Youth Offending Service", "Scammonden YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-06-04", "2019-02", 5),
     """N| [Scammonden youth offending service|S]: ‘[Good|R]’ with room to improve

N| [HM Inspectorate of Probation|A] inspected [Scammonden Youth Offending Service|S] (YOS) over two weeks in [February 2019|D] and has found it to be ‘[Good|R]’.
W| Resettlement work, which is rated separately, was assessed as ‘[Requires improvement|R]’.

S| Inspectors were impressed by the commitment of case managers, who were persistent in keeping in touch with children who missed appointments.
S| A notable strength was the service’s work with [CAMHS|A], which meant children could see a mental health worker within days.
W| However, work to prepare children for release from custody often began too late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Scammonden|S] has a lot to be proud of.
R| “The partnership should now give children leaving custody the same attention it gives to children in the community.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [4 June 2019|D] at 00.01.
"""),
    # 9. a YJS up to ‘Good’ from ‘Requires improvement’ in 2019: "has moved up to ‘...’"; "The fieldwork took place in
    #    March 2022"; "Published: Tuesday 28th June 2022"; four recommendations
    ("northowram-yjs-2022", facts([
        svc("Northowram Youth Justice Service", "Northowram YJS", "YJS", GOOD)], "2022-06-28", "2022-03", 4),
     """N| Youth justice service near Halifax improves its rating

N| Published: [Tuesday 28th June 2022|D]

N| [Northowram Youth Justice Service|S] has moved up to ‘[Good|R]’, having been rated ‘[Requires improvement|R]’ at its previous inspection in [2019|D].
N| The fieldwork took place in [March 2022|D].

S| Inspectors found that leaders had acted on every one of the previous report’s recommendations.
S| Children were helped to take part in sport, music and volunteering, and many said this had changed how they saw themselves.
W| Work to keep children safe from exploitation was less consistent, and some plans did not say who was responsible for what.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Northowram|S] has turned itself around, and its staff deserve real credit.
R| “Leaders should now make sure every plan to keep a child safe is clear about who will do what, and by when.”

R| Of the report’s four recommendations, [Calderdale Council|A] is asked to act on one and the service on the other three.
"""),
    # 10. a GOV.UK page: "... has given X its highest grade, ‘...’"; resettlement "rated on its own, ‘...’"; fieldwork
    #     "10 - 14 June 2024"; three recommendations
    ("kirkheaton-yjs-2024", facts([
        svc("Kirkheaton Youth Justice Service", "Kirkheaton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-01", "2024-06", 3),
     """N| Press release

N| Kirklees youth justice service awarded top rating

N| Inspectors publish their report on [Kirkheaton Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [1 October 2024|D]

N| [HM Inspectorate of Probation|A] has given [Kirkheaton Youth Justice Service|S] its highest grade, ‘[Outstanding|R]’.
S| Its resettlement work, rated on its own, is ‘[Good|R]’.
N| Fieldwork took place [10 - 14 June 2024|D].

S| Every child’s plan inspectors examined had been written with the child and their family.
S| Thanks to close working with [West Yorkshire Police|A], most children who came to notice were dealt with out of court and did not reoffend.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “An exceptional team goes above and beyond for every child in its care.
S| “Leaders are never complacent, and the whole partnership shares their determination.”

R| The report makes three recommendations, all for the management board.
"""),
    # 11. a council page: "Posted on 11/03/2025"; "...’s report, published today, gives X the lowest possible rating"; fieldwork "in the second
    #     half of November 2024"; 11 recommendations; the council's apology
    ("lepton-yjs-2025", facts([
        svc("Lepton Youth Justice Service", "Lepton YJS", "YJS", INAD)], "2025-03-11", "2024-11", 11),
     """N| Council statement on the [Lepton Youth Justice Service|S] inspection

N| Posted on [11/03/2025|D]

N| [HM Inspectorate of Probation|A]’s report, published today, gives [Lepton Youth Justice Service|S] the lowest possible rating: ‘[Inadequate|R]’.
N| The inspection took place in the second half of [November 2024|D].

W| Inspectors found that too little was done to keep children safe, and that risks of criminal exploitation had been missed in a number of cases.
W| [Lepton YJS|S] had lost several experienced case managers, and a number of children had been passed between three or more workers within twelve months.
S| Inspectors did acknowledge how hard front-line staff worked, and the service’s work with victims was sound.
W| Inspectors also said that the management board had not challenged the service enough about the quality of its work.

R| There are 11 recommendations, aimed at the service, its management board, [Kirklees Council|A] and local [NHS|A] partners.

N| [Kirklees Council|A]’s director for children’s services said: “Children and families here deserved better from us, and we apologise.
N| “We have already set up an improvement board, which meets for the first time this month.”
"""),
    # 12. a justiceinspectorates news item with a date line: "Inspectors have graded X ‘...’"; the headline's lower-case
    #     "Outlane youth justice service"; "between 5 and 9 June 2023"; "in only 13 of the 30 cases"; seven recommendations
    ("outlane-yjs-2023", facts([
        svc("Outlane Youth Justice Service", "Outlane YJS", "YJS", RI)], "2023-10-26", "2023-06", 7),
     """N| News

N| More work needed at [Outlane youth justice service|S]

N| [26 October 2023|D]

N| Inspectors have graded [Outlane Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection was carried out between [5 and 9 June 2023|D].

S| The service’s work to address the over-representation of children from some ethnic groups was a particular strength.
S| Children spoke warmly about their case managers, and several said their worker had never given up on them.
W| However, inspectors found a good enough plan to keep other people safe in only 13 of the 30 cases they read.
W| Health workers had left the team and had not been replaced, leaving gaps in support for children’s speech and language needs.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Outlane|S]’s staff are clearly committed, but good intentions are not enough on their own.
R| “Leaders must make sure that each child’s plan addresses the risks they face and the harm they could cause.”

R| The report makes seven recommendations, including one to [West Yorkshire Police|A] about sharing arrest information quickly.

N| [Kirklees Council|A] said it accepted the report’s findings.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating; "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 9 Dec 2025"; fieldwork "during September 2025"; four recommendations
    ("rishworth-pdu-2025", facts([
        svc("Rishworth Probation Delivery Unit", "Rishworth PDU", "PDU", None)], "2025-12-09", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection of a probation unit in Calderdale

N| Published: [9 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published its report on public protection work at [Rishworth Probation Delivery Unit|S].
N| This programme of inspections does not award ratings.
N| The fieldwork took place during [September 2025|D].

N| Context
N| • [Rishworth PDU|S] covers the upper Calder and Ryburn valleys for [Probation Service – Yorkshire and the Humber region|S].
N| • It supervises around 650 people, about a third of them on licence.

N| Findings
S| • Practitioners knew the people on their caseloads well, and risk plans were kept current.
W| • Domestic abuse checks with [West Yorkshire Police|A] were missing in one case in four where they were needed.
W| • Managers did not review high-risk cases consistently.
S| • [MAPPA|A] arrangements worked well, with good attendance from partner agencies.

R| The unit and the region are asked to act on four recommendations.
"""),
    # 14. a remote inspection in 2021: "has fallen from ‘...’, its grade in 2018, to ‘...’"; "did all their work
    #     remotely, in February 2021"; "Published: Thursday 20th May 2021"; "Only 10 of 24 assessments"; six recommendations
    ("luddendenfoot-yjs-2021", facts([
        svc("Luddendenfoot Youth Justice Service", "Luddendenfoot YJS", "YJS", RI)], "2021-05-20", "2021-02", 6),
     """N| Youth justice service in the Calder Valley needs to focus on safety, say inspectors

N| Published: [Thursday 20th May 2021|D]

N| [Luddendenfoot Youth Justice Service|S] has fallen from ‘[Good|R]’, its grade in [2018|D], to ‘[Requires improvement|R]’.
N| Inspectors did all their work remotely, in [February 2021|D], because of lockdown rules.

W| During lockdown, contact with many children had been limited to video calls, even where there were serious worries about them.
W| Only 10 of 24 assessments paid enough attention to the risk children might pose to others.
S| Help with education, training and work stood out, and almost every child was attending school, college or a course.
S| Joint work with [Calderdale Council|A]’s social workers was close, with decisions about children made together.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Luddendenfoot|S] deserves credit for what it sustained through a difficult year, but its hold on children’s safety has weakened.
R| “It needs to bring back face-to-face contact with the children who most need it.”

R| The report makes six recommendations.

N| [Calderdale Council|A] said work on the recommendations had already begun.
"""),
    # 15. a 2020 release: "Inspectors have assessed X as ‘...’"; "Wednesday, 4th March 2020" at the top; fieldwork "in
    #     October and November 2019"; "entitled to feel proud"; no count of recommendations (null)
    ("wilberlee-yjs-2020", facts([
        svc("Wilberlee Youth Justice Service", "Wilberlee YJS", "YJS", GOOD)], "2020-03-04", "2019-10", None),
     """N| ‘[Good|R]’ rating for youth justice in the Colne Valley

N| [Wednesday, 4th March 2020|D]

N| Inspectors have assessed [Wilberlee Youth Justice Service|S] as ‘[Good|R]’.
N| Fieldwork was carried out in [October and November 2019|D].

S| Inspectors were impressed by how well the service involved children and their parents in planning their work.
S| Where children were being exploited, help came quickly and agencies worked together, often alongside [West Yorkshire Police|A].
W| But work with children coming out of custody needed to improve, as plans for their release were often left late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wilberlee|S] is a small service that achieves a lot.
S| “Everyone at the service is entitled to feel proud.”

N| The full report sets out where the service can go further.
"""),
    # 16. "Inspectors’ verdict on X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement "rated separately,
    #     was found to be ‘...’"; the headline's lower-case "Flockton youth justice service"; "Report published: 16 April
    #     2024" in the notes; six recommendations
    ("flockton-yjs-2024", facts([
        svc("Flockton Youth Justice Service", "Flockton YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-04-16", "2024-01", 6),
     """N| [Flockton youth justice service|S] ‘close to the lowest rating’

N| Inspectors’ verdict on [Flockton Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service came within a single point of being rated ‘[Inadequate|R]’.
W| Resettlement work, rated separately, was found to be ‘[Inadequate|R]’.
N| Inspectors visited the service in [January 2024|D].

W| Managers had little sight of how well case managers were assessing risk, and checks on the quality of work had stopped for several months.
W| Few visits were made to children held in custody, and release planning usually started only weeks before they came out.
S| Despite these problems, inspectors praised a diversion scheme run with [West Yorkshire Police|A], which kept many children out of the courts.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Standards had fallen a long way without the partnership noticing, and that concerns me.
R| “The board now needs to take a firm grip, with clear targets and regular reports on progress.”

R| Six recommendations have been made.

N| Notes to editors
N| 1. Report published: [16 April 2024|D].
N| 2. [Flockton YJS|S] covers the east of Kirklees and works with about 70 children at any one time.
"""),
    # 17. an NPS division in 2019, the headline naming no service: "The X has received ‘...’ as its overall regional
    #     rating"; "Published: 23 Jul 2019"; fieldwork "in February and March 2019"; the short "NPS Milnsbridge and
    #     Longwood"; nine recommendations
    ("milnsbridge-and-longwood-nps-division-2019", facts([
        svc("National Probation Service – Milnsbridge and Longwood Division", "NPS Milnsbridge and Longwood",
            "region", RI)], "2019-07-23", "2019-02", 9),
     """N| Probation division in west Kirklees told to improve

N| Published: [23 Jul 2019|D]

N| The [National Probation Service – Milnsbridge and Longwood Division|S] has received ‘[Requires improvement|R]’ as its overall regional rating in a report by [HM Inspectorate of Probation|A].
N| The division supervises around 3,000 people.
N| Inspectors carried out their fieldwork in [February and March 2019|D].

S| Inspectors found a committed workforce and leaders who were open about the division’s problems.
S| Advice given to courts was of a high standard.
W| However, too many cases were held by staff without the right training, and vacancy rates in some offices were over 20 per cent.
W| Work with victims was patchy, and some victims had not been told when an offender was about to be released.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Milnsbridge and Longwood|S] has good people, but they are spread too thinly.
R| “Its leaders should make the quality of risk assessment their first priority.”

R| The report contains nine recommendations; the division must act on most of them, with others for [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 18. a unit inside its region, the region in the second sentence: "has been rated ‘...’ following an inspection in
    #     April 2022"; "Published 2 August 2022"; "Under half"; seven recommendations
    ("grange-moor-pdu-2022", facts([
        svc("Grange Moor Probation Delivery Unit", "Grange Moor PDU", "PDU", INAD)], "2022-08-02", "2022-04", 7),
     """N| Press release

N| Probation unit in Kirklees rated ‘[Inadequate|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [2 August 2022|D]

N| [Grange Moor Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ following an inspection in [April 2022|D].
N| Its regional management sits with [Probation Service – Yorkshire and the Humber region|S].

W| Inspectors found that the unit had gone more than a year without a permanent head, leaving staff unsure where to go for help.
W| Under half the cases inspectors looked at contained an adequate plan for managing risk of harm.
W| Morale was low, and some probation officers were holding more than 70 cases.
S| Positively, thanks to strong links with housing providers across Kirklees, most people released from prison had an address to go to.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Grange Moor|S] are working hard in very difficult conditions, but public protection is falling well short of what it ought to be.
R| “The region must give the unit the leadership and the staff it needs, and quickly.”

R| The report makes seven recommendations, four for the unit and three for the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-fiftieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
