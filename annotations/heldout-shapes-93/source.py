"""Builds the ninety-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Yorkshire Dales PDUs on a GOV.UK page, the region named first: "X was assessed as ‘...’, and Y as ‘...’";
    #    fieldwork "from 15 to 26 January 2024"; ten recommendations, five in each report
    ("askrigg-and-gunnerside-pdus-2024", facts([
        svc("Askrigg Probation Delivery Unit", "Askrigg PDU", "PDU", RI),
        svc("Gunnerside Probation Delivery Unit", "Gunnerside PDU", "PDU", INAD)], "2024-05-14", "2024-01", 10),
     """N| Press release

N| Two probation units in the Yorkshire Dales inspected

N| Inspectors report on probation delivery units in Wensleydale and Swaledale.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [HM Inspectorate of Probation|A] today releases its reports on two units run by the [Probation Service – Yorkshire and the Humber region|S]: [Askrigg Probation Delivery Unit|S] and [Gunnerside Probation Delivery Unit|S].
N| [Askrigg|S] was assessed as ‘[Requires improvement|R]’, and [Gunnerside|S] as ‘[Inadequate|R]’.
N| Fieldwork in the two units ran from [15 to 26 January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Between them, these two small units cover a huge area of upland countryside.
S| “[Askrigg|S]’s team has held together well and knows the people it supervises as individuals.
W| “[Gunnerside|S] has struggled for over a year with half its officer posts empty, and it shows in nearly every file we read.”

S| Inspectors praised [Askrigg PDU|S]’s links with [North Yorkshire Police|A], which meant checks on domestic abuse call-outs were nearly always made.
W| In [Gunnerside PDU|S], by contrast, only nine of the 30 cases inspected had a plan that faced up to the risk the person posed.
W| Travel times across the two dales meant home visits were rare in both units.

R| Ten recommendations are made, five in each report.

N| ENDS
"""),
    # 2. two North York Moors youth justice services in a local-news story: report "published on Tuesday (14 November)"
    #    under a byline of Friday 17 November 2023; the rating sentence in the other order from the naming
    ("egton-and-lealholm-yjs-2023", facts([
        svc("Egton Youth Justice Service", "Egton YJS", "YJS", GOOD),
        svc("Lealholm Youth Justice Service", "Lealholm YJS", "YJS", OUT)], "2023-11-14", "2023-07", 7),
     """N| Youth justice teams on the moors win praise from inspectors

N| By [Helen Dowson|X]

N| [Friday 17 November 2023|D]

N| Inspectors visited [Egton Youth Justice Service|S] and [Lealholm Youth Justice Service|S] in [July 2023|D], and both reports were released on Tuesday ([14 November|D]).
N| The inspectorate gave [Lealholm|S] its highest mark, ‘[Outstanding|R]’, while [Egton|S] was graded ‘[Good|R]’.

S| [Lealholm|S]’s case workers were said to work tirelessly to find every child a place in college or an apprenticeship.
S| The report on [Egton YJS|S] highlighted how quickly children got help with their mental health.
W| It added that [Egton|S]’s records did not always show whether victims had been asked what they wanted.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Credit is due to both services: children in this part of the county are fortunate to have teams who care so much about getting things right for them.”

R| In total the reports make seven recommendations, three for [Egton|S] and four for [Lealholm|S].

N| [North Yorkshire Council|A], which runs both services, said it was proud of the two teams.
"""),
    # 3. a unit inside its region, the region in the headline and the region's own rating as context: "was inspected
    #    ... in March 2024 and has been judged ‘Inadequate’"; the region "as a whole came out as ‘...’";
    #    "Mr Jones continued"; notes with the publication day
    ("hawnby-pdu-2024", facts([
        svc("Hawnby Probation Delivery Unit", "Hawnby PDU", "PDU", INAD)], "2024-06-13", "2024-03", 6),
     """N| [Yorkshire and the Humber probation region|S]: inspectors find a moors unit failing

N| [Hawnby Probation Delivery Unit|S] was inspected by [His Majesty’s Inspectorate of Probation|A] in [March 2024|D] and has been judged ‘[Inadequate|R]’.
N| The unit belongs to [Probation Service – Yorkshire and the Humber region|S].
N| In [2023|D], the region as a whole came out as ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hawnby|S] was not keeping proper track of the people it supervised, and some had not been seen in person since they left prison.
W| “Managers were covering two or three jobs at once, and nobody had a clear picture of which cases were most dangerous.”

W| Mr Jones continued: “We found a lack of professional curiosity about what was happening in people’s homes, even where there had been police call-outs.”

S| Despite these pressures, inspectors found that the unit’s accommodation worker had helped almost everyone released from custody into a settled address.
W| Sentence plans were often copied forward from earlier orders without being checked.

R| Six recommendations are made: [Hawnby PDU|S] must act on four and the region’s leaders on two.

N| ENDS

N| Notes to editors
N| 1. The report is due online at 00.01 on [Thursday 13 June 2024|D].
N| 2. [Hawnby PDU|S] covers the western side of the North York Moors.
"""),
    # 4. a unit inside the North West region, an embargo line: "inspectors found X to be ‘...’"; fieldwork in the weeks of
    #    4 and 11 November 2024; six recommendations
    ("dufton-pdu-2025", facts([
        svc("Dufton Probation Delivery Unit", "Dufton PDU", "PDU", RI)], "2025-04-09", "2024-11", 6),
     """N| Embargoed until 00.01 [Wednesday 9 April 2025|D]

N| Probation unit in the Eden valley must improve, says inspectorate

N| After two weeks of fieldwork in [November 2024|D], inspectors found [Dufton Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The unit is one of those that make up [Probation Service – North West region|S].

S| Staff were tenacious in keeping in touch with people living in remote farms and villages, and most people on probation spoke warmly of their officer.
S| The unit had built a good working relationship with [Cumbria Constabulary|A] on managing people convicted of sexual offences.
W| Yet inspectors judged the work to keep children safe to be sufficient in just 14 of 32 cases.
W| Unpaid work had a long backlog, and some people had waited more than a year to start their hours.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dufton|S]’s staff are committed and know their area.
R| “Leaders must now give them the time and training to look harder at the risks people present to partners and children.”

R| There are six recommendations, including two for [HM Prison and Probation Service|A].

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] is the independent inspector of probation and youth justice services in England and Wales.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:"; "Tuesday, 15th March 2011"; fieldwork in November 2010; eight
    #    recommendations
    ("eskdale-and-borrowdale-probation-trust-2011", facts([
        svc("Eskdale and Borrowdale Probation Trust", "Eskdale and Borrowdale Probation Trust", "other", None)],
        "2011-03-15", "2010-11", 8),
     """N| Offender management inspection: Eskdale and Borrowdale

N| [Tuesday, 15th March 2011|D]

N| [Her Majesty’s Inspectorate of Probation|A] has today issued its report on offender management by [Eskdale and Borrowdale Probation Trust|S], whose work was inspected in [November 2010|D].
S| The Trust scored 77% on reducing the likelihood of reoffending, one of the higher scores seen so far.
W| On protecting the public from harm, its score fell to 63%.

N| Inspectors were pleased to find that:
S| • nearly every offender had been seen promptly after sentence;
S| • joint work with [Cumbria Constabulary|A] on prolific and priority offenders was well established;
S| • offenders valued the help they were given with drug and alcohol problems.

N| However, inspectors were concerned to find that:
W| • risk of harm was often assessed late, and assessments were seldom revisited;
W| • victims’ safety was not always given enough weight in planning.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Clearly, the staff of this Trust know their offenders well.
R| “They now need to apply the same care to assessing and managing the risk those offenders pose to others.”

R| Eight recommendations are set out in the report.
"""),
    # 6. a CRC in 2019 owned by Purple Futures: "Overall, inspectors rated X ..., as ‘...’"; unpaid work "rated
    #    separately" ‘Good’; justiceinspectorates "Published: 30 Apr 2019"
    ("grinton-and-reeth-crc-2019", facts([
        svc("Grinton and Reeth Community Rehabilitation Company", "Grinton and Reeth CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-04-30", "2019-01", 6),
     """N| News

N| Probation company in the Dales told to raise its standards

N| Published: [30 Apr 2019|D]

N| Overall, inspectors rated [Grinton and Reeth Community Rehabilitation Company|S] (CRC) ‘[Requires improvement|R]’.
N| The CRC is owned by [Purple Futures|A].
S| Its unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [January 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Reporting by telephone has become the norm for too many people on this CRC’s caseload, and we could not be confident that risks were being picked up.”
S| She added: “The unpaid work scheme is well organised, and local charities clearly value the projects it runs.”

W| Inspectors were disappointed to find that [Grinton and Reeth CRC|S] had not yet delivered the through-the-gate service it had promised for people leaving prison.
W| Relations with the [National Probation Service|A] were friendly enough, but information about risk was not always passed on when cases changed hands.

R| Of the report’s six recommendations, two are for [Purple Futures|A]; [HM Prison and Probation Service|A] receives one.
"""),
    # 7. an NPS division in 2019: "overall regional rating" of ‘Good’; fieldwork in June and July 2019; notes
    #    "available on the ... website on 5 December 2019 at 00.01"; five recommendations
    ("lastingham-and-farndale-nps-division-2019", facts([
        svc("National Probation Service – Lastingham and Farndale Division", "NPS Lastingham and Farndale", "region",
            GOOD)], "2019-12-05", "2019-06", 5),
     """N| Probation division in North Yorkshire rated ‘[Good|R]’

N| Inspectors have given the [National Probation Service – Lastingham and Farndale Division|S] ‘[Good|R]’ as its overall regional rating.
N| Inspectors spent time with the division in [June and July 2019|D].

S| [NPS Lastingham and Farndale|S] had a stable leadership team whose priorities were understood by staff at every level.
S| Its reports to the courts were thorough and nearly always on time.
W| However, inspectors found variable practice in assessing risk to children, and in some offices staff had not received the training they needed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Strong leadership runs through this division, and people on probation here are, for the most part, getting a good service.
R| “I want to see the same attention to children’s safety across all of its offices.”

R| Five recommendations are made to the division.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [5 December 2019|D] at 00.01.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection; "Posted:
    #    03/05/2016"; fieldwork in February 2016; four recommendations
    ("slaidburn-yot-2016", facts([
        svc("Slaidburn Youth Offending Team", "Slaidburn YOT", "YJS", None)], "2016-05-03", "2016-02", 4),
     """N| Inspection of youth offending work in the Forest of Bowland

N| Posted: [03/05/2016|D]

N| [HM Inspectorate of Probation|A] was in the lead when [Slaidburn Youth Offending Team|S] (YOT) was jointly inspected in [February 2016|D].
N| [Ofsted|A] and the [Care Quality Commission|A] each sent an inspector.

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence, and most had a named worker they trusted;
S| • the YOT worked well with schools to keep children in education.

N| However, inspectors were concerned that:
W| • the YOT did too little to protect children who were being exploited;
W| • the YOT management board did not routinely check the quality of the work.

R| The report makes four recommendations for [Slaidburn YOT|S] and its partners.

N| County Councillor [Peter Aldred|X], of [Lancashire County Council|A], said: “Our thanks go to the inspectors, and work on the recommendations has already started.”
"""),
    # 9. a Youth Offending Service in 2020: "The inspection ..., which took place in November 2019, has resulted in an
    #    overall verdict of ‘Good’";
    #    published "Tuesday 18 February 2020" as a date line; four recommendations
    ("caton-yos-2020", facts([
        svc("Caton Youth Offending Service", "Caton YOS", "YJS", GOOD)], "2020-02-18", "2019-11", 4),
     """N| [Tuesday 18 February 2020|D]

N| [Caton Youth Offending Service|S] assessed as ‘[Good|R]’

N| The inspection of [Caton Youth Offending Service|S] (YOS), which took place in [November 2019|D], has resulted in an overall verdict of ‘[Good|R]’.

S| Inspectors said the service had a clear sense of purpose and a board that asked hard questions of it.
S| Diversion from the courts was a particular strength: most children finished their programmes.
W| Planning for children’s safety in court cases was less consistent, and a few plans had not been updated after new concerns came to light.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Caton|S] never loses sight of the child and can be rightly proud of this report.
R| “Its leaders should now bring work with children on court orders up to the same level.”

R| Of the four recommendations, three are for the YOS and one is for [Lancashire Constabulary|A].
"""),
    # 10. a YJS in 2022 with its previous rating beside the overall one: "‘...’ is the verdict on X ..., which lifts it
    #     from the ‘...’ of 2019"; resettlement "received its own rating" ‘Good’; fieldwork
    #     "carried out in May 2022"; notes "published on 23 August 2022"
    ("thornton-le-dale-yjs-2022", facts([
        svc("Thornton-le-Dale Youth Justice Service", "Thornton-le-Dale YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-08-23", "2022-05", 6),
     """N| [Thornton-le-Dale youth justice service|S] making progress

N| ‘[Requires improvement|R]’ is the verdict on [Thornton-le-Dale Youth Justice Service|S] after its latest inspection, which lifts it from the ‘[Inadequate|R]’ of [2019|D].
S| The service’s resettlement policy and provision received its own rating, ‘[Good|R]’.
N| The inspection was carried out in [May 2022|D].

S| Leaders had acted on the last report and had rebuilt the team’s approach to assessment.
S| Children coming out of custody had a home, a worker and a plan for education in place on the day of release.
W| But the partnership board was still finding its feet, and attendance by health partners was poor.
W| In too many cases, the service had not considered how a child’s own safety might be affected by the people around them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thornton-le-Dale|S] has made real strides since [2019|D], yet there is more to do before children can rely on consistently good practice.”

R| The report makes six recommendations, five for [Thornton-le-Dale YJS|S] and one for [North Yorkshire Police|A].

N| ENDS

N| Notes to editors
N| 1. The report was published on [23 August 2022|D].
"""),
    # 11. a GOV.UK page: "HM Inspectorate of Probation has awarded X its top rating, ‘...’";
    #     resettlement "separately rated and also found to be ‘...’";
    #     "Fieldwork for this inspection took place in June 2024"; three recommendations
    ("muker-yjs-2024", facts([
        svc("Muker Youth Justice Service", "Muker YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-10-10", "2024-06", 3),
     """N| Press release

N| Youth justice service in Swaledale achieves the top rating

N| A report on [Muker Youth Justice Service|S] has been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 October 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Muker Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
S| Its resettlement work was separately rated and also found to be ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [June 2024|D].

S| Every child inspectors spoke to could name an adult in the service they trusted.
S| The service worked closely with [CAMHS|A] and local schools, so children rarely waited for help.
S| Leaders knew the service’s strengths and weaknesses and were never complacent.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Muker|S] stands out for the care it takes over every child, from the first contact to the last.
W| “The one area where it fell short was in recording how victims had been kept informed.”

R| Three recommendations are made, all for the service.
"""),
    # 12. a YJS in 2021 put "on the lowest rung of its scale": "published today (Wednesday, 16 June)" with no year
    #     (the fieldwork's); "Inspectors did their work remotely in March 2021"; nine recommendations
    ("hutton-le-hole-yjs-2021", facts([
        svc("Hutton-le-Hole Youth Justice Service", "Hutton-le-Hole YJS", "YJS", INAD)], "2021-06-16", "2021-03", 9),
     """N| Youth justice service on the moors given lowest rating

N| In a report published today ([Wednesday, 16 June|D]), [HM Inspectorate of Probation|A] has put [Hutton-le-Hole Youth Justice Service|S] on the lowest rung of its scale, ‘[Inadequate|R]’.
N| Inspectors did their work remotely in [March 2021|D].

W| The management board met often, yet inspectors saw little come of its meetings.
W| After a reorganisation, staff were unsure of their roles, and several told inspectors there was nobody to ask for advice.
W| In well over half the cases inspected, keeping children and other people safe had not been given enough attention.
S| Encouragingly, children felt listened to by their case workers.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Frankly, children in Hutton-le-Hole deserve far better than this.
R| “Urgent action is required to get a grip on risk and to give staff the leadership they need.”

R| The report makes nine recommendations, seven to [Hutton-le-Hole YJS|S] and its board and two to [North Yorkshire County Council|A].
"""),
    # 13. a council page: "Posted on 07/09/2023"; "has judged X to be ‘Good’ after an inspection in April 2023"; the
    #     council's reply; four recommendations
    ("wray-yjs-2023", facts([
        svc("Wray Youth Justice Service", "Wray YJS", "YJS", GOOD)], "2023-09-07", "2023-04", 4),
     """N| Good news for [Wray Youth Justice Service|S]

N| Posted on [07/09/2023|D]

N| [His Majesty’s Inspectorate of Probation|A] has judged [Wray Youth Justice Service|S] to be ‘[Good|R]’ after an inspection in [April 2023|D].

S| The inspectors commended the service’s work with families, saying parents felt listened to and involved.
S| [Wray YJS|S] was also praised for the quality of its reports to court.
W| Inspectors noted that out-of-court work needed further development, as assessments were sometimes brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wray|S]’s staff are dedicated and have built strong partnerships.”

R| The report makes four recommendations.

N| County Councillor [Cosima Towneley|X], who leads on children’s services for [Lancashire County Council|A], said: “This is a proud day for the team, and every recommendation will be acted on.”
"""),
    # 14. a 2025 public-protection PDU inspection with no rating: "Skip to content", "Context" / "Findings" bullets;
    #     "Published: 2 Dec 2025"; fieldwork "between 8 and 19 September 2025"; five recommendations
    ("conistone-pdu-2025", facts([
        svc("Conistone Probation Delivery Unit", "Conistone PDU", "PDU", None)], "2025-12-02", "2025-09", 5),
     """N| Skip to content

N| Public protection inspection of [Conistone Probation Delivery Unit|S]

N| Published: [2 Dec 2025|D]

N| [HM Inspectorate of Probation|A] inspected how well [Conistone Probation Delivery Unit|S] protects the public between [8 and 19 September 2025|D].
N| Inspections in this programme do not result in a rating.

N| Context
N| • [Conistone PDU|S] supervises people in Craven and upper Wharfedale for [Probation Service – Yorkshire and the Humber region|S].
N| • One case in four on the unit’s books is rated high risk.

N| Findings
S| • Staff knew their cases well and made good use of [MAPPA|A] meetings.
W| • Home visits were made in fewer than half the cases where they were needed.
W| • Information from [North Yorkshire Police|A] on domestic abuse was not always requested before sentence.

R| The report makes five recommendations.
"""),
    # 15. a YJS in 2021 under the date line "Thursday, 11th February 2021": "has received ‘...’ from inspectors";
    #     fieldwork "carried out remotely in October 2020"; seven recommendations
    ("hornby-yjs-2021", facts([
        svc("Hornby Youth Justice Service", "Hornby YJS", "YJS", RI)], "2021-02-11", "2020-10", 7),
     """N| [Thursday, 11th February 2021|D]

N| Youth justice service in the Lune valley ‘has work to do’

N| [Hornby Youth Justice Service|S] has received ‘[Requires improvement|R]’ from inspectors after an inspection carried out remotely in [October 2020|D].

S| During the pandemic, case workers kept in contact with children through video calls and doorstep visits, and no child was lost from view.
W| However, assessments too often relied on what children said, without checking with schools or social workers.
W| Only 11 of the 24 cases inspected had a plan that would keep other people safe.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Committed as the staff clearly are, the basics of assessment and planning need more attention.
R| “The board should make sure that every plan is reviewed by a manager.”

R| Inspectors have made seven recommendations.
"""),
    # 16. a youth offending team in 2019 on the four-point scale, "narrowly avoided an ‘Inadequate’ rating";
    #     "Published: 19 Jun 2019";
    #     fieldwork "between 11 and 15 March 2019"; six recommendations
    ("ravenstonedale-yot-2019", facts([
        svc("Ravenstonedale Youth Offending Team", "Ravenstonedale YOT", "YJS", RI)], "2019-06-19", "2019-03", 6),
     """N| News

N| Youth offending team in Cumbria rated ‘[Requires improvement|R]’

N| Published: [19 Jun 2019|D]

N| [HM Inspectorate of Probation|A] has rated [Ravenstonedale Youth Offending Team|S] (YOT) as ‘[Requires improvement|R]’.
W| The YOT narrowly avoided an ‘[Inadequate|R]’ rating.
N| Inspectors were on site between [11 and 15 March 2019|D].

W| Inspectors found the YOT’s management board had lost sight of performance, with meetings often cancelled.
S| Case managers, on the other hand, were experienced and had got to know each child in depth.
W| Work to manage risk to others was inconsistent, and some children’s plans did not mention known risks at all.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ravenstonedale YOT|S] has good people, but they are not being well served by the structures above them.
R| “The board must now hold the service to account for its performance.”

R| The report makes six recommendations, four to the management board and two to [Cumbria County Council|A].
"""),
    # 17. a justiceinspectorates news item: "Inspectors consider X to be ‘Good’"; "The inspection, which took place in
    #     December 2023"; four recommendations
    ("garsdale-yjs-2024", facts([
        svc("Garsdale Youth Justice Service", "Garsdale YJS", "YJS", GOOD)], "2024-03-26", "2023-12", 4),
     """N| News

N| ‘[Good|R]’ rating for [Garsdale Youth Justice Service|S]

N| Published: [26 Mar 2024|D]

N| Inspectors consider [Garsdale Youth Justice Service|S] to be ‘[Good|R]’, according to a report published today.
N| The inspection, which took place in [December 2023|D], looked at the service’s leadership and at a sample of children’s cases.

S| [Garsdale|S]’s case workers kept children engaged with great persistence, even when they moved placement.
S| The service’s partnership with [Westmorland and Furness Council|A]’s children’s social care was strong, and information was shared quickly.
W| Inspectors were less positive about work with victims, which was not always recorded or followed up.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Garsdale|S] may be small and its area large and rural, but the work is good.”

R| There are four recommendations, one of them addressed to the [Youth Justice Board|A].
"""),
    # 18. a council page in 2023 with no recommendation count: "inspectors place X at ‘Requires improvement’"; fieldwork
    #     "10 - 14 April 2023"; the page's date
    ("hesket-newmarket-yjs-2023", facts([
        svc("Hesket Newmarket Youth Justice Service", "Hesket Newmarket YJS", "YJS", RI)], "2023-07-21", "2023-04", None),
     """N| Council responds to youth justice inspection

N| Published on [21 July 2023|D]

N| Inspectors place [Hesket Newmarket Youth Justice Service|S] at ‘[Requires improvement|R]’ in their report, which was published today after fieldwork from [10 - 14 April 2023|D].

S| The report recognises the strong relationships between case workers and the children they support.
S| It says that children’s views shaped their plans in most of the cases inspected.
W| Inspectors also found that the service’s governance was in its infancy, and that the partnership board did not yet have the data it needed.

N| [Cumberland Council|A] said it welcomed the report.
N| A spokesperson said: “We are already working with our partners on an improvement plan.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
