"""Builds the twenty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Lincolnshire PDUs on a GOV.UK page, the region beside them ("neighbours within the Probation Service East
    #    Midlands area"): "X emerged with ‘...’, while Y fell to ‘...’"; fieldwork "during the weeks beginning 5 and 12
    #    February 2024"; "There are nine recommendations: Long Sutton receives five, Bourne four"
    ("bourne-and-long-sutton-pdus-2024", facts([
        svc("Bourne Probation Delivery Unit", "Bourne PDU", "PDU", RI),
        svc("Long Sutton Probation Delivery Unit", "Long Sutton PDU", "PDU", INAD)], "2024-06-11", "2024-02", 9),
     """N| Press release

N| Probation units in south Lincolnshire: reports published

N| The inspectorate has looked at two rural units in the fens.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [Bourne Probation Delivery Unit|S] and [Long Sutton Probation Delivery Unit|S], neighbours within the [Probation Service East Midlands|S] area, were examined side by side.
N| [Bourne|S] emerged with ‘[Requires improvement|R]’, while [Long Sutton|S] fell to ‘[Inadequate|R]’.
N| Inspectors gathered their evidence during the weeks beginning [5 and 12 February 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Long Sutton we met officers who had inherited whole caseloads overnight, with no handover and no time to read the files.
S| “[Bourne|S], on the other hand, has a stable core of experienced staff and a manager who reads every new risk assessment herself.”

S| Links between [Bourne PDU|S] and [Lincolnshire Police|A]’s domestic abuse unit were called close and fruitful.
W| In both units, under 40 per cent of files paid proper heed to known victims’ safety.
W| Travel times across the fens meant that home visits in [Long Sutton PDU|S] had nearly stopped.

R| There are nine recommendations: [Long Sutton|S] receives five, [Bourne|S] four.
"""),
    # 2. two Cambridgeshire youth justice services in a local-news story: the report "came out on Tuesday (17 October)"
    #    under a byline of Friday 20 October 2023; "X earned ‘Good’ and Y went one better, with ‘...’"; "Fieldwork in both
    #    places was in June 2023"; five recommendations
    ("whittlesey-and-yaxley-yjs-2023", facts([
        svc("Whittlesey Youth Justice Service", "Whittlesey YJS", "YJS", GOOD),
        svc("Yaxley Youth Justice Service", "Yaxley YJS", "YJS", OUT)], "2023-10-17", "2023-06", 5),
     """N| Top marks for youth justice team near Peterborough

N| By [Hannah Gedney|X]

N| [Friday 20 October 2023|D]

N| Inspectors looked at [Whittlesey Youth Justice Service|S] and [Yaxley Youth Justice Service|S] over the summer, and their findings came out on Tuesday ([17 October|D]).
N| [Whittlesey|S] earned ‘[Good|R]’ and [Yaxley|S] went one better, with ‘[Outstanding|R]’.
N| Fieldwork in both places was in [June 2023|D].

S| According to the watchdog, [Yaxley|S]’s workers built trust with children whom other services had failed, and stayed with them through court.
S| [Whittlesey YJS|S] was commended for its speedy referrals to mental health support.
W| The report noted, though, that the [Whittlesey|S] team did not always revisit safety plans after a child went missing.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Yaxley|S] is a beacon: the care its staff take over each child shines through every case we read.”

R| In total, the inspectorate made five recommendations: three for [Whittlesey|S] and two for [Yaxley|S].

N| “We are delighted,” said a cabinet member at [Peterborough City Council|A].
"""),
    # 3. three Oxfordshire PDUs in a justiceinspectorates news item: "The verdicts: Faringdon ‘Good’, Eynsham and
    #    Watlington ‘...’" in another order from the one first named; "Published: 3 Dec 2024"; fieldwork "between 15 and
    #    26 July 2024"; eleven recommendations
    ("eynsham-faringdon-and-watlington-pdus-2024", facts([
        svc("Eynsham Probation Delivery Unit", "Eynsham PDU", "PDU", RI),
        svc("Faringdon Probation Delivery Unit", "Faringdon PDU", "PDU", GOOD),
        svc("Watlington Probation Delivery Unit", "Watlington PDU", "PDU", RI)], "2024-12-03", "2024-07", 11),
     """N| News

N| Probation in Oxfordshire: three units, three reports

N| Published: [3 Dec 2024|D]

N| Reports on [Eynsham Probation Delivery Unit|S], [Faringdon Probation Delivery Unit|S] and [Watlington Probation Delivery Unit|S], units of the [Probation Service|A] in its South Central region, are released today.
N| The verdicts: [Faringdon|S] ‘[Good|R]’, [Eynsham|S] and [Watlington|S] ‘[Requires improvement|R]’.
N| Inspection teams were in the county between [15 and 26 July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Faringdon|S] shows that a small unit can get the basics right every time: prompt first meetings, careful checks, plans people understand.
W| “[Eynsham|S] and [Watlington|S] are not there yet; in both, too many reviews were skipped when circumstances changed.”

W| Staff at [Watlington|S] described a backlog of unallocated cases that had built up over the spring.
S| [Eynsham PDU|S] had forged useful links with [Thames Valley Police|A] on people released from prison.
W| Sentence plans in the two weaker units often looked copied, review after review.

R| The three reports contain eleven recommendations between them.
"""),
    # 4. a unit inside its region, the region in the headline: "has been handed ‘Inadequate’, the bottom of four grades";
    #    the region's 2023 rating as context; "Mr Jones continued"; "During October 2024, ... staff worked through 36
    #    cases"; notes "The report goes public at 00:01, Thursday 6 March 2025"
    ("market-harborough-pdu-2025", facts([
        svc("Market Harborough Probation Delivery Unit", "Market Harborough PDU", "PDU", INAD)], "2025-03-06", "2024-10", 7),
     """N| [East Midlands probation region|S]: serious failings found in Market Harborough

N| [Market Harborough Probation Delivery Unit|S], among the [East Midlands region|S]’s smaller units, has been handed ‘[Inadequate|R]’, the bottom of four grades.
N| The region’s own rating, from [2023|D], is ‘[Requires improvement|R]’.
N| During [October 2024|D], [HM Inspectorate of Probation|A] staff worked through 36 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “What we encountered was a team stretched past breaking point, with newly qualified officers left to hold some of the most dangerous cases on their own.
W| “Checks with children’s services were missing in over half the cases that plainly needed them.”

W| Mr Jones continued: “Nobody at the unit could tell us who was responsible for following up missed appointments.”

S| Even so, inspectors saw real warmth in the way officers spoke to people on probation, and several said their officer had helped them stay out of trouble.
W| Joint work with [Leicestershire Police|A] on high-risk domestic abuse cases was patchy.

R| Seven recommendations result: the unit takes five, the region two.

N| ENDS

N| Notes to editors
N| 1. The report goes public at 00:01, [Thursday 6 March 2025|D].
N| 2. [Market Harborough PDU|S] supervises people across south Leicestershire and Rutland.
"""),
    # 5. a unit inside its region on a GOV.UK page: "Inspectors concluded that X ‘Requires improvement’"; unpaid work
    #    "scored separately, was found to be ‘Good’"; "The inspection ran through March and April 2023"; six recommendations
    ("princes-risborough-pdu-2023", facts([
        svc("Princes Risborough Probation Delivery Unit", "Princes Risborough PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2023-08-15", "2023-03", 6),
     """N| Press release

N| Probation unit in Buckinghamshire must sharpen risk work, says inspectorate

N| From: [HM Inspectorate of Probation|A]

N| Published [15 August 2023|D]

N| Inspectors concluded that [Princes Risborough Probation Delivery Unit|S], among the [South Central probation region|S]’s units, ‘[Requires improvement|R]’.
S| The unit’s unpaid work, scored separately, was found to be ‘[Good|R]’.
N| The inspection ran through [March and April 2023|D], with inspectors reading 42 cases.

S| Community payback projects in the Chilterns were varied and well supervised, and most people finished their hours on time.
S| Staff spoke highly of their managers, who were visible and easy to approach.
W| Yet assessments of the risk posed to partners and ex-partners were sound in just 19 cases out of 42.
W| Home visits were rarely used, even where a risk to children had been flagged.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The unpaid work team deserves real credit.
R| “What the unit has to do next is bring the same rigour to the way it judges and manages risk of serious harm.”

R| Six recommendations accompany the report.
"""),
    # 6. a Probation Trust in 2011, before ratings: "Wednesday, 9th November 2011"; scores "out of 100"; lists "Among the
    #    things inspectors liked:" / "Things that worried them:"; "The fieldwork was done in July 2011"; eight recommendations
    ("brigg-and-caistor-probation-trust-2011", facts([
        svc("Brigg and Caistor Probation Trust", "Brigg and Caistor Probation Trust", "other", None)],
        "2011-11-09", "2011-07", 8),
     """N| Offender management inspection in Brigg and Caistor

N| [Wednesday, 9th November 2011|D]

N| Findings from an offender management inspection of [Brigg and Caistor Probation Trust|S] appear today, with [HM Inspectorate of Probation|A] as author.
N| The fieldwork was done in [July 2011|D], when a sample of 55 cases was assessed.

S| [Brigg and Caistor|S] reached 78 out of 100 for cutting reoffending.
W| On protecting the public from harm, by contrast, it managed 59, well below the level expected.

N| Among the things inspectors liked:
S| • offenders generally had a first meeting inside a week of sentence;
S| • the Trust’s hostels were orderly and calm.

N| Things that worried them:
W| • risk plans were often left untouched when circumstances changed;
W| • contact with [Humberside Police|A] about domestic incidents was irregular.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff here are conscientious, but the Trust has let its public protection work drift.
R| “Its board should treat this as the first priority for the coming year.”

R| The inspectors make eight recommendations in all.
"""),
    # 7. a CRC in 2018 owned by a named provider, "Strictly embargoed to 00:01 on Thursday 22 November 2018": "grades X
    #    ..., a Working Links subsidiary, at ‘...’"; unpaid work "which carries a grade of its own, sits at ‘Inadequate’";
    #    "Inspectors did their fieldwork late in August 2018"; seven recommendations
    ("alcester-and-wellesbourne-crc-2018", facts([
        svc("Alcester and Wellesbourne Community Rehabilitation Company", "Alcester and Wellesbourne CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-11-22", "2018-08", 7),
     """N| Strictly embargoed to 00:01 on [Thursday 22 November 2018|D]

N| Probation company in south Warwickshire: mixed report from inspectors

N| [HM Inspectorate of Probation|A] grades [Alcester and Wellesbourne Community Rehabilitation Company|S] (CRC), a [Working Links|A] subsidiary, at ‘[Requires improvement|R]’.
W| Its unpaid work, which carries a grade of its own, sits at ‘[Inadequate|R]’.
N| Inspectors did their fieldwork late in [August 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people sentenced to unpaid work are waiting weeks to start, and some never start at all.
S| “That said, the resettlement staff working inside the gate are doing thoughtful work with people leaving [HMP Hewell|S].”

S| A women-only reporting day, run with a local charity, earned the CRC warm praise.
W| Caseloads of 70 and more were common, and supervision was often limited to brief phone calls.
W| Risk details passed over by the [National Probation Service|A] were sometimes late and sometimes never came.

R| Seven recommendations are listed; [HM Prison and Probation Service|A] owns one, the CRC and [Working Links|A] jointly own six.

N| [Working Links|A] responded that it would study the report closely.
"""),
    # 8. an NPS division in 2019: "has won ‘Good’ as its overall divisional rating"; "Report online: Tuesday 15 October
    #    2019"; fieldwork "took place in June 2019"; four recommendations
    ("olney-and-winslow-nps-division-2019", facts([
        svc("National Probation Service – Olney and Winslow Division", "NPS Olney and Winslow", "region", GOOD)],
        "2019-10-15", "2019-06", 4),
     """N| Probation division in north Buckinghamshire performing well

N| The [National Probation Service – Olney and Winslow Division|S] has won ‘[Good|R]’ as its overall divisional rating.
N| Fieldwork took place in [June 2019|D] across the division’s three offices.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Olney and Winslow|S] is well led, and leaders have a firm grip on the quality of casework.
S| “Pre-sentence reports were accurate and quick, and magistrates told us they trust them.”

S| Inspectors noted that the division had filled almost every officer post, bucking the national trend.
W| Safeguarding of children was less assured, with information from children’s services not always sought at the start.
S| Relationships with [Thames Valley Police|A] and [Milton Keynes Council|A] were strong.

R| The report contains four recommendations, intended to help the division improve further.

N| ENDS

N| Notes to editors
N| 1. Report online: [Tuesday 15 October 2019|D].
N| 2. The [National Probation Service|A] advises courts and supervises those judged most dangerous.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: "Posted: 14/11/2016"; a joint
    #    inspection by three inspectorates, "(which led)"; lists "Inspectors were heartened that:" and "However, they also
    #    found that:"; "Inspectors were in Uppingham during September 2016"; six recommendations
    ("uppingham-yot-2016", facts([
        svc("Uppingham Youth Offending Team", "Uppingham YOT", "YJS", None)], "2016-11-14", "2016-09", 6),
     """N| Youth offending inspection report published

N| Posted: [14/11/2016|D]

N| [Ofsted|A], [HM Inspectorate of Probation|A] (which led) and the [Care Quality Commission|A] have jointly inspected [Uppingham Youth Offending Team|S] (YOT), and the report is now out.
N| Inspectors were in Uppingham during [September 2016|D].

N| Inspectors were heartened that:
S| • case managers knew the children on their caseload very well;
S| • victims heard from the team quickly and could choose to take part in restorative work.

N| However, they also found that:
W| • risk plans went too long without an update;
W| • the management board rarely challenged partners who failed to attend.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The [Uppingham YOT|S] team is small but committed, and children clearly value it.
R| “The board must now take ownership of the quality of work and hold every partner to account.”

R| The report makes six recommendations.

N| [Rutland County Council|A] said an action plan would be agreed with partners before Christmas.
"""),
    # 10. a Welsh youth offending service on a council page in 2019: "05/09/2019"; "has secured the inspectorate’s top
    #     mark"; "The inspection, in May 2019, drew on colleagues from Estyn"; three recommendations, one for the health
    #     board
    ("amlwch-yos-2019", facts([
        svc("Amlwch Youth Offending Service", "Amlwch YOS", "YJS", OUT)], "2019-09-05", "2019-05", 3),
     """N| Youth offending work in Amlwch judged among the best in Wales

N| [05/09/2019|D]

N| [Amlwch Youth Offending Service|S] (YOS) has secured the inspectorate’s top mark, ‘[Outstanding|R]’.
N| The inspection, in [May 2019|D], drew on colleagues from [Estyn|A] as well as [Care Inspectorate Wales|A].

S| Inspectors praised [Amlwch YOS|S] for the way staff moved between Welsh and English to suit each child and family.
S| Every child whose case was inspected had a plan shaped around their own interests and strengths.
S| Education workers made sure children inspected lost, at most, a few days of school.
W| The one area for attention was speech therapy, where some families waited months.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Amlwch|S]’s staff can be rightly proud: they never give up on a child.”

R| Of the three recommendations, one is addressed to the [Betsi Cadwaladr University Health Board|A].

N| Anglesey’s director of social services offered thanks to everyone involved.
"""),
    # 11. a youth justice service in 2023: "Today’s report (Tuesday, 5 December) puts X on ‘...’", three years after "it
    #     was judged ‘Good’"; resettlement "which receives a separate grade, reached ‘Good’"; the year-less date takes the
    #     fieldwork's year (September 2023); "Five of its six recommendations concern the service itself"
    ("beaumaris-yjs-2023", facts([
        svc("Beaumaris Youth Justice Service", "Beaumaris YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-12-05", "2023-09", 6),
     """N| A step backwards for youth justice in Beaumaris

N| Today’s report (Tuesday, [5 December|D]) puts [Beaumaris Youth Justice Service|S] on ‘[Requires improvement|R]’, three years after it was judged ‘[Good|R]’.
S| Its resettlement work, which receives a separate grade, reached ‘[Good|R]’.
N| The inspection took place in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Beaumaris|S] has lost some of its sharpness since we last visited.
W| “A run of staff departures left case managers juggling unfamiliar cases, and planning for children’s safety suffered.”

S| Inspectors singled out the service’s work with children leaving custody, who had somewhere to live and something to do on the day of release.
W| Only 11 of the 24 children inspected had a plan that addressed risks from exploitation.
W| Attendance at the management board by [North Wales Police|A] and education leaders had been irregular.

R| Five of its six recommendations concern the service itself; the sixth goes to the [Youth Justice Board|A].
"""),
    # 12. a youth justice service inspected remotely in 2021: "leaves its inspection with ‘Good’"; "inspectors worked by
    #     video, during February 2021"; notes "Online from 11 May 2021: the full report."; four recommendations
    ("colwyn-bay-yjs-2021", facts([
        svc("Colwyn Bay Youth Justice Service", "Colwyn Bay YJS", "YJS", GOOD)], "2021-05-11", "2021-02", 4),
     """N| Youth justice team in Colwyn Bay praised for pandemic response

N| [Colwyn Bay Youth Justice Service|S] leaves its inspection with ‘[Good|R]’.
N| Coronavirus rules meant inspectors worked by video, during [February 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “When lockdown came, [Colwyn Bay|S] kept seeing children face to face wherever it was safe, and found inventive ways to stay in touch when it was not.
S| “Its leaders have built a team that is confident, well trained and proud of its work.”

S| Out-of-court decisions stood out, made quickly and fairly by a panel sitting with [North Wales Police|A].
W| On the other hand, health needs of children went unassessed in some cases, partly because the local mental health service had paused referrals.
W| Contingency plans were thin in a handful of cases.

R| Four recommendations follow, aimed at lifting the service further.

N| ENDS

N| Notes to editors
N| 1. Online from [11 May 2021|D]: the full report.
"""),
    # 13. a youth justice service that dropped two steps: "Inspectors found that X merits only ‘Inadequate’ – two steps
    #     below its ‘Good’ of 2019"; "Thursday, 8th September 2022"; fieldwork "between 23 and 27 May 2022"; ten
    #     recommendations, "I urge ..."
    ("crowland-yjs-2022", facts([
        svc("Crowland Youth Justice Service", "Crowland YJS", "YJS", INAD)], "2022-09-08", "2022-05", 10),
     """N| Inspectors find youth justice in Crowland has fallen sharply

N| [Thursday, 8th September 2022|D]

N| Inspectors found that [Crowland Youth Justice Service|S] merits only ‘[Inadequate|R]’ – two steps below its ‘[Good|R]’ of [2019|D].
N| [HM Inspectorate of Probation|A] was on site between [23 and 27 May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Somewhere along the way, this service lost its bearings.
W| “Children who were being exploited by adults were not always recognised as victims, and in several cases nobody had told social workers what the youth justice team knew.”

W| Mr Russell continued: “Leaders had little idea of the quality of the work being done in their name.”

S| There were still some committed practitioners, and children who spoke to inspectors described them as kind and easy to talk to.
W| Management oversight was absent in most of the cases examined.

R| The report makes ten recommendations.
R| “I urge [Lincolnshire County Council|A] to move on every one of them without delay,” Mr Russell said.
"""),
    # 14. a youth justice service in 2025 with "Y&JS" and "YJS" switching: "Inspectors have graded the X ‘Good’"; the
    #     headline's lower-case "rated good"; GOV.UK page; fieldwork "9 - 13 June 2025"; two recommendations
    ("bottesford-yjs-2025", facts([
        svc("Bottesford Youth and Justice Service", "Bottesford Y&JS", "YJS", GOOD)], "2025-10-14", "2025-06", 2),
     """N| Press release

N| Youth justice in Bottesford rated [good|R] by inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| Inspectors have graded the [Bottesford Youth and Justice Service|S] ‘[Good|R]’.
N| Fieldwork for the inspection ran from [9 - 13 June 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bottesford Y&JS|S] knows exactly what it is for, and its staff put relationships with children at the centre of everything.
S| “Partners, from schools to the [NHS|A], turn up and play their part.”

S| Green shoots were visible in diversion from court, which had been rebuilt since [2023|D].
W| Recording of children’s views was variable, and some assessments said little about the child’s own account.
S| [Bottesford YJS|S] supported victims with care and kept them informed.

R| The inspectors leave the Y&JS and its board with two recommendations.
"""),
    # 15. a youth justice service in 2020 under an embargo line: "In the inspectorate’s judgement, X ‘Requires
    #     improvement’"; "Their visits fell in November and December 2019"; no count stated (null)
    ("henley-in-arden-yjs-2020", facts([
        svc("Henley-in-Arden Youth Justice Service", "Henley-in-Arden YJS", "YJS", RI)], "2020-02-11", "2019-11", None),
     """N| Embargoed: 00.01 [Tuesday 11 February 2020|D]

N| Youth justice work in Henley-in-Arden: inspection findings

N| In the inspectorate’s judgement, [Henley-in-Arden Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Their visits fell in [November and December 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Case managers at [Henley-in-Arden|S] put themselves out for children, often visiting outside office hours.
W| “But their board has left them short of the tools they need, and too few children get the help with emotional health that they should.”

W| Disappointingly, information about children’s safety was not always passed on to [Warwickshire Police|A].
S| Children enjoyed the reparation projects, which were imaginative.
W| Waiting times for the substance misuse service were long.

N| The full report explains what comes next.
"""),
    # 16. a 2025 public-protection inspection of a PDU: no rating, "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; "Evidence was collected from 30 April to 9 May 2025" (across two months); notes give the
    #     day ("Publication date:"); five recommendations
    ("potton-pdu-2025", facts([
        svc("Potton Probation Delivery Unit", "Potton PDU", "PDU", None)], "2025-08-19", "2025-04", 5),
     """N| Skip to content

N| Published:

N| Protecting the public: [Potton probation unit|S] inspected

N| Public protection in [Potton Probation Delivery Unit|S] is the subject of new work by [HM Inspectorate of Probation|A].
N| This round of inspections carries no rating.
N| Evidence was collected from [30 April to 9 May 2025|D].

N| Context
N| • [Potton PDU|S] covers east Bedfordshire, answering to the East of England regional probation director.
N| • About 650 people are under its supervision.

N| Findings
S| • Officers were alert to signs of coercive control and recorded them carefully.
W| • Home visits in high-risk cases were rare, children in the household or not.
S| • Joint meetings with [Bedfordshire Police|A] under [MAPPA|A] were focused and well chaired.
W| • Almost one officer post in three stood empty during fieldwork.

R| The inspectorate makes five recommendations.

N| Notes to editors
N| 1. Publication date: [19 August 2025|D].
"""),
    # 17. a youth justice service in a local-news story with the watchdog in the third person and the council's reply:
    #     "the watchdog’s grade for X was ‘...’"; "published on Wednesday (10 April)" under a byline of Saturday 13 April
    #     2024; "The inspection team was there for a week in January 2024"; six recommendations
    ("sawston-yjs-2024", facts([
        svc("Sawston Youth Justice Service", "Sawston YJS", "YJS", RI)], "2024-04-10", "2024-01", 6),
     """N| Watchdog calls for changes to youth justice in Sawston

N| By [Tom Ashwell|X]

N| [Saturday 13 April 2024|D]

N| The watchdog’s grade for [Sawston Youth Justice Service|S], in a report published on Wednesday ([10 April|D]), was ‘[Requires improvement|R]’.
N| The inspection team was there for a week in [January 2024|D].

S| They found that [Sawston|S]’s staff knew their children well and fought hard to get them into training and work.
W| But the watchdog said too little was done to grasp how some children might harm siblings or partners.
W| The report also found the service’s management board had met regularly but changed little.

R| Six recommendations were made, including that the board should find out for itself how safe the service keeps children.

N| [Cambridgeshire County Council|A], which runs the service, said work on the recommendations had already begun.
N| A spokesperson added: “Our thanks go to the inspectors, and to every young person who talked to them.”
"""),
    # 18. a youth justice service in 2023 at the bottom of the scale, the headline's lower-case "Kibworth youth justice
    #     service": "receives the bottom rating on the scale, ‘Inadequate’"; resettlement "which is judged apart from the
    #     rest, also came out ‘Inadequate’"; its 2019 rating beside; "Published: 21 Mar 2023"; fieldwork "in November
    #     2022"; fourteen recommendations
    ("kibworth-yjs-2023", facts([
        svc("Kibworth Youth Justice Service", "Kibworth YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2023-03-21", "2022-11", 14),
     """N| News

N| [Kibworth youth justice service|S]: urgent action needed

N| Published: [21 Mar 2023|D]

N| [Kibworth Youth Justice Service|S] receives the bottom rating on the scale, ‘[Inadequate|R]’.
W| Resettlement, which is judged apart from the rest, also came out ‘[Inadequate|R]’.
N| In [2019|D], the service had been rated ‘[Requires improvement|R]’.
N| Fieldwork was done in [November 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children leaving custody in Kibworth frequently lacked a settled home, and release planning began far too late.
W| “The partnership has not grasped how serious things had become.”

S| Inspectors did find dedicated case managers, and children’s views were well captured in most assessments.
W| Vacancies and sickness meant that a third of the team’s posts were unfilled when inspectors arrived.
W| Work with [Leicestershire Police|A] on exploitation of children by criminals was underdeveloped.

R| Fourteen recommendations are made: eleven for the service and its board, two for [Leicestershire County Council|A], and one for the [Youth Justice Board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
