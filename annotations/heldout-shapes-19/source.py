"""Builds the nineteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Essex PDUs on a GOV.UK page, the region named before the units: "X has been graded ‘...’, while Y has
    #    fallen to the foot of the scale, at ‘...’"; fieldwork "2 to 13 September 2024"; nine recommendations "five
    #    go to Harwich and four to Witham"
    ("witham-and-harwich-pdus-2025", facts([
        svc("Witham Probation Delivery Unit", "Witham PDU", "PDU", RI),
        svc("Harwich Probation Delivery Unit", "Harwich PDU", "PDU", INAD)], "2025-01-14", "2024-09", 9),
     """N| Press release

N| Inspection of two probation units in Essex

N| Findings from the inspectorate’s visits to probation delivery units in mid and north-east Essex.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 January 2025|D]

N| Reports out today look at two of the units that the [Probation Service|A] runs in its [East of England region|S]: [Witham Probation Delivery Unit|S] and [Harwich Probation Delivery Unit|S].
N| [Witham PDU|S] has been graded ‘[Requires improvement|R]’, while [Harwich PDU|S] has fallen to the foot of the scale, at ‘[Inadequate|R]’.
N| The inspectors’ fieldwork ran from [2 to 13 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Harwich, officers fresh from training held caseloads that experienced colleagues would have found daunting, and nobody was checking their work.
W| “Risk assessments there were often months out of date, even after an arrest or a new partner moving in.
S| “[Witham|S], for its part, has a steady management team, and those under supervision said their officers returned calls and kept appointments.”

S| [Witham|S]’s partnership with [Essex Police|A] on prolific offenders was singled out as a model for the region.
W| Neither unit could offer enough accredited programme places, and many orders ended before the person had begun one.

R| Nine recommendations are set out, five of which go to [Harwich|S] and four to [Witham|S].

N| [Louise Tarrant|X], Regional Probation Director, said: “Every recommendation has been accepted, and extra managers started work in Harwich last month.”
"""),
    # 2. two Hertfordshire youth justice services in a local-news story: the reports "published on Tuesday (5
    #    September)" under a byline of Friday 8 September 2023; "Borehamwood came out on top with ‘...’; Hoddesdon was not
    #    far behind on ‘...’" (the order the other way from the one first named); seven recommendations, "three ... four"
    ("hoddesdon-and-borehamwood-yjs-2023", facts([
        svc("Hoddesdon Youth Justice Service", "Hoddesdon YJS", "YJS", GOOD),
        svc("Borehamwood Youth Justice Service", "Borehamwood YJS", "YJS", OUT)], "2023-09-05", "2023-05", 7),
     """N| High marks from inspectors for two youth teams in Hertfordshire

N| By [Daniel Okafor|X], local democracy reporter

N| [Friday 8 September 2023|D]

N| [HM Inspectorate of Probation|A] put out its reports on [Hoddesdon Youth Justice Service|S] and [Borehamwood Youth Justice Service|S] on Tuesday ([5 September|D]).
N| [Borehamwood|S] came out on top with ‘[Outstanding|R]’; [Hoddesdon|S] was not far behind on ‘[Good|R]’.
N| Both services were visited in [May 2023|D].

S| According to the reports, [Borehamwood|S]’s staff had built an unusually close working relationship with local secondary schools, and exclusions among the children they supervised had fallen sharply.
S| The inspectors commended [Hoddesdon|S] for its out-of-court work, which steered most first-time offenders away from a criminal record.
W| They were less convinced by [Hoddesdon YJS|S]’s handling of children leaving custody, a few of whom walked out of the gate with no settled address.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both towns’ children are well served, and in Borehamwood they are served exceptionally well.”

R| The watchdog has asked [Hoddesdon YJS|S] to act on four of its seven recommendations and [Borehamwood YJS|S] on the other three.

N| [Hertfordshire County Council|A], which funds both services, said it was “thrilled” by the results.
"""),
    # 3. two Derbyshire PDUs on a justiceinspectorates news page, the region named in the first sentence; "The verdicts
    #    differ: X is ‘...’ and Y ‘...’"; Swadlincote's unpaid work "scored on its own"; fieldwork "the weeks beginning
    #    8 and 15 July 2024"; ten recommendations, no split
    ("alfreton-and-swadlincote-pdus-2024", facts([
        svc("Alfreton Probation Delivery Unit", "Alfreton PDU", "PDU", INAD),
        svc("Swadlincote Probation Delivery Unit", "Swadlincote PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-12-03", "2024-07", 10),
     """N| News

N| Probation units in Derbyshire: concerns over public protection

N| Published: [3 Dec 2024|D]

N| Two units in the [East Midlands probation region|S], [Alfreton Probation Delivery Unit|S] and [Swadlincote Probation Delivery Unit|S], are the subject of reports out today.
N| The verdicts differ: [Alfreton PDU|S] is ‘[Inadequate|R]’ and [Swadlincote PDU|S] ‘[Requires improvement|R]’.
S| [Swadlincote|S]’s unpaid work, scored on its own, was ‘[Good|R]’.
N| Inspection teams were in the two units during the weeks beginning [8 and 15 July 2024|D].

W| In [Alfreton|S]’s case files, home visits to check on the safety of children were recorded in under a fifth of cases.
W| Staff at [Alfreton|S] described a workplace where sickness absence was high and morale had worn thin.
S| By contrast, [Swadlincote|S] ran well-organised unpaid work placements, and most people completed their hours on time.
W| Across both units, practitioners did not always ask [Derbyshire Constabulary|A] whether officers had been called to a home because of domestic abuse.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I cannot be confident that people in and around Alfreton are properly protected from those the unit supervises.
R| “Regional leaders must now give [Alfreton|S] the settled management it has gone without for far too long.”

R| Ten recommendations in all are addressed to the two units, to regional leaders and to [HMPPS|A].
"""),
    # 4. a unit inside its region, the region in the headline; "The inspectorate has handed X its lowest grade,
    #    ‘...’"; the region's own rating as context ("Its parent, the East of England region, was itself judged ‘...’ in
    #    2023"); "Mr Jones continued"; notes "will appear online on Wednesday 23 April 2025, at 00.01"; fieldwork "January
    #    2025"
    ("kempston-pdu-2025", facts([
        svc("Kempston Probation Delivery Unit", "Kempston PDU", "PDU", INAD)], "2025-04-23", "2025-01", 6),
     """N| [East of England probation region|S]: unit in Bedfordshire ‘letting down the public’

N| The inspectorate has handed [Kempston Probation Delivery Unit|S] its lowest grade, ‘[Inadequate|R]’.
N| Its parent, the [East of England region|S], was itself judged ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors went through 52 of the unit’s cases in [January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kempston|S] is in a deeply troubling state.
W| “People convicted of serious violence were seen for a few minutes every six weeks, and several had moved address without anyone noticing.”

W| Mr Jones continued: “The unit’s managers were themselves overstretched, with one team leader responsible for more than twenty staff.”

S| Even so, the inspectors found that court reports were thorough and that [Kempston|S]’s women’s service was valued by those who used it.
W| Links with [Bedford Borough Council|A]’s children’s services were weak, and safeguarding checks were missing in over half of relevant cases.

R| The report contains six recommendations, four for the unit and two for the regional leadership.

N| ENDS

N| Notes to editors
N| 1. The full report will appear online on [Wednesday 23 April 2025|D], at 00.01.
N| 2. [Kempston PDU|S] supervises about 1,100 people across Bedford and the surrounding villages.
"""),
    # 5. a unit inside its region, the region in the first sentence: "Among the probation units of the X region, the latest
    #    to be inspected is Y."; "HM Inspectorate of Probation’s verdict on it: ‘...’"; an embargo line "00.01 hrs Thursday
    #    5 June 2025" above the headline; fieldwork "in February and March 2025"; four recommendations
    ("lutterworth-pdu-2025", facts([
        svc("Lutterworth Probation Delivery Unit", "Lutterworth PDU", "PDU", RI)], "2025-06-05", "2025-02", 4),
     """N| EMBARGOED: 00.01 hrs [Thursday 5 June 2025|D]

N| Probation unit in south Leicestershire: steady staff, uneven supervision

N| Among the probation units of the [East Midlands region|S], the latest to be inspected is [Lutterworth Probation Delivery Unit|S].
N| [HM Inspectorate of Probation|A]’s verdict on it: ‘[Requires improvement|R]’.
N| Inspectors visited the unit in [February and March 2025|D].

S| Almost every practitioner post was filled, a rare position in the region, and staff spoke warmly of their managers.
S| The unit’s work with people on licence for sexual offences was meticulous and well supported by [Leicestershire Police|A].
W| Yet the quality of everyday supervision varied from officer to officer, and in 14 of 37 cases nobody had reviewed the plan when circumstances changed.
W| Worryingly, victims’ wishes were not always reflected in licence conditions.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lutterworth|S] has something many units would envy: a full, settled team.
R| “It now has to turn that stability into consistently good practice, case by case.”

R| We make four recommendations.

N| ENDS
"""),
    # 6. a unit inside its region, the region named in the notes; "Thursday, 12th October 2023" at the top; "... today
    #    made public its rating for X: ‘...’"; fieldwork "done in May 2023"; six recommendations; "I urge ..."
    ("cheadle-pdu-2023", facts([
        svc("Cheadle Probation Delivery Unit", "Cheadle PDU", "PDU", RI)], "2023-10-12", "2023-05", 6),
     """N| Probation in the Staffordshire Moorlands: ‘some green shoots’ but more to do

N| [Thursday, 12th October 2023|D]

N| [His Majesty’s Inspectorate of Probation|A] today made public its rating for [Cheadle Probation Delivery Unit|S]: ‘[Requires improvement|R]’.
N| Fieldwork for the inspection was done in [May 2023|D].

S| There were green shoots: a new head of service had introduced regular case audits, and staff said they felt listened to for the first time in years.
S| Advice to the courts was prompt and balanced.
W| Unfortunately, the unit’s handling of risk of harm fell short: plans in fewer than half of cases addressed the danger to known adults.
W| Professional curiosity was lacking when people on probation gave accounts of their lives that did not add up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “It was plain to me that the staff at [Cheadle|S] badly want to get this right.
R| “I urge the unit’s leaders to keep up the pace and to give practitioners the time they need to get to know each case properly.”

R| Our report sets out six recommendations.

N| ENDS

N| Notes to editors
N| 1. [Cheadle PDU|S], one of the [West Midlands probation region|S]’s units, covers the Staffordshire Moorlands district.
"""),
    # 7. a Probation Trust in 2011, before ratings: a quality score "74 per cent", bullet lists after "The inspectors
    #    identified these strengths:" / "On the negative side, they found that:"; "Date: 20 July 2011"; fieldwork "in
    #    March 2011"; eight recommendations
    ("kidsgrove-and-biddulph-probation-trust-2011", facts([
        svc("Kidsgrove and Biddulph Probation Trust", "Kidsgrove and Biddulph Probation Trust", "other", None)],
        "2011-07-20", "2011-03", 8),
     """N| Offender management inspection: Kidsgrove and Biddulph

N| Date: [20 July 2011|D]

S| Work to reduce reoffending at [Kidsgrove and Biddulph Probation Trust|S] was sound, though public protection needed more attention, according to [Liz Calderbank|X], HM Chief Inspector of Probation, who published the inspection report today.
N| Inspectors examined offender management across the north of Staffordshire in [March 2011|D].
N| Overall, 74 per cent of the work inspected to lower the likelihood of reoffending met the required standard.

N| The inspectors identified these strengths:
S| • offender managers knew the people on their caseloads well and had earned their trust;
S| • sentence plans were, in most cases, completed promptly and reviewed on time;
S| • the Trust and [Staffordshire Police|A] had a long-standing, effective scheme for prolific offenders.

N| On the negative side, they found that:
W| • some assessments of how dangerous an offender might be were superficial;
W| • in a third of cases, contact with children’s services had not been made when it should have been.

R| The report makes eight recommendations, addressed to the Trust’s board and senior managers.

N| ENDS
"""),
    # 8. a CRC in 2019: "grades X ‘...’", then "escaped the lowest rating by a whisker" and "Without its unpaid work, the
    #    CRC’s score would have fallen into ‘Inadequate’" (no fact); its unpaid work "which the
    #    inspectorate scores separately, earned ‘...’"; "published today (Tuesday 15 October)" with fieldwork June 2019;
    #    the owner (Purple Futures) named as context; seven recommendations
    ("shepshed-and-syston-crc-2019", facts([
        svc("Shepshed and Syston Community Rehabilitation Company", "Shepshed and Syston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-15", "2019-06", 7),
     """N| Probation company in north Leicestershire narrowly avoids lowest rating

N| In a report published today (Tuesday [15 October|D]), [HM Inspectorate of Probation|A] grades the [Shepshed and Syston Community Rehabilitation Company|S] ‘[Requires improvement|R]’.
W| The company escaped the lowest rating by a whisker.
S| Its unpaid work, which the inspectorate scores separately, earned ‘[Good|R]’.
N| [Shepshed and Syston CRC|S], owned by [Purple Futures|A], was inspected in [June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This was a close call.
W| “Without its unpaid work, the CRC’s score would have fallen into ‘[Inadequate|R]’.”

W| Phone calls had replaced face-to-face meetings for too many people, including some who posed a high risk to a partner.
S| People doing unpaid work were kept busy on worthwhile projects, such as restoring footpaths in Charnwood.
W| Staff turnover was high, with nearly 30 per cent of case managers leaving in the previous twelve months.

R| Of the seven recommendations, six are for the CRC and one is for the [Ministry of Justice|A].

N| [Purple Futures|A] said it would study the report carefully.
"""),
    # 9. a Youth Offending Service in 2019 on a council page: "has emerged from its latest inspection with a grade of
    #    ‘...’"; the headline's possessive "Brentwood’s work";
    #    "Posted: 28/11/2019" (day/month/year); fieldwork "between 1 and 5 July 2019"; five recommendations
    ("brentwood-yos-2019", facts([
        svc("Brentwood Youth Offending Service", "Brentwood YOS", "YJS", GOOD)], "2019-11-28", "2019-07", 5),
     """N| Inspectors rate [Brentwood|S]’s work with young offenders ‘[Good|R]’

N| Posted: [28/11/2019|D]

N| [Brentwood Youth Offending Service|S] (YOS) has emerged from its latest inspection with a grade of ‘[Good|R]’, awarded by [HM Inspectorate of Probation|A].
N| Inspectors spent the week of [1 to 5 July 2019|D] talking to children, parents, staff and partners.

S| The report highlights the YOS’s “creative and persistent” efforts to get children back into classrooms, including a partnership with a local football club.
S| Children’s health needs were quickly identified, and the YOS had swift access to a nurse and a psychologist.
W| The report also found that work to protect victims was not given enough priority, and some victims were contacted only weeks after an order began.

R| The report makes five recommendations, which the service’s management board has already begun to address.

N| Councillor [Priya Mehta|X], cabinet lead for children at [Essex County Council|A], said: “Our team deserves every word of praise in this report.”
"""),
    # 10. a GOV.UK page: "X is, in the inspectors’ judgement, ‘...’"; "Published 11 June 2024"; fieldwork "in
    #     February 2024"; three recommendations
    ("flitwick-yjs-2024", facts([
        svc("Flitwick Youth Justice Service", "Flitwick YJS", "YJS", OUT)], "2024-06-11", "2024-02", 3),
     """N| Press release

N| Youth service in Central Bedfordshire given top rating

N| Inspectors praise a service that “puts children at the heart of everything”.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [Flitwick Youth Justice Service|S] is, in the inspectors’ judgement, ‘[Outstanding|R]’.
N| Inspectors visited in [February 2024|D].

S| Every one of the children’s plans that inspectors read had been drawn up with the child and reflected what mattered to them.
S| The service’s board was knowledgeable and ambitious, and its members challenged one another constructively.
S| Speech and language therapy, mental health support and education advice were all available within the team.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Flitwick|S] is an example to every youth justice service in the country.
S| “Leaders have not been complacent; they have kept looking for ways to do better, and it shows.”

R| There are three recommendations, each intended to help the service sustain what it has achieved.
"""),
    # 11. a council page with "Date published: 03/11/2022": "‘...’ is the verdict ... has reached on X after its
    #     inspection in July 2022"; down from "Its previous rating, in May 2019, was ‘Good’"; six recommendations
    ("ampthill-yjs-2022", facts([
        svc("Ampthill Youth Justice Service", "Ampthill YJS", "YJS", RI)], "2022-11-03", "2022-07", 6),
     """N| Youth justice inspection report

N| Date published: [03/11/2022|D]

N| ‘[Requires improvement|R]’ is the verdict [HM Inspectorate of Probation|A] has reached on [Ampthill Youth Justice Service|S] after its inspection in [July 2022|D].
N| Its previous rating, in [May 2019|D], was ‘[Good|R]’.

W| Inspectors found that the quality of assessment had declined, and that plans did not always address the risks some children posed to others.
W| Case managers reported that they had struggled with high caseloads since two experienced colleagues left.
S| Inspectors recognised the service’s strong partnership with [Bedfordshire Police|A] and its efforts to steer children away from court.

R| The inspectors have made six recommendations, which the service will address through an improvement plan overseen by its partnership board.

N| [Mark Ellery|X], Head of Youth Justice, said: “We are disappointed, but the report is fair.
N| “We will take its findings seriously.”
"""),
    # 12. a remote inspection in 2021: "X comes out of its inspection with ‘...’"; resettlement "judged on its own merits,
    #     reached the highest grade"; "Lockdown meant the March 2021 fieldwork had to be done from a distance"; notes
    #     "... report is available from 22 June 2021"; four recommendations
    ("oundle-yjs-2021", facts([
        svc("Oundle Youth Justice Service", "Oundle YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2021-06-22", "2021-03", 4),
     """N| Youth justice in north-east Northamptonshire: ‘[Good|R]’ rating secured

N| [Oundle Youth Justice Service|S] comes out of its inspection with ‘[Good|R]’.
S| Resettlement work, judged on its own merits, reached the highest grade, ‘[Outstanding|R]’.
N| Lockdown meant the [March 2021|D] fieldwork had to be done from a distance, by phone and video.

S| Through each lockdown, case managers stayed in contact with children by video call and doorstep visit.
S| Children coming out of custody had a place to live, a school or college place and a named worker waiting for them.
W| However, board members had rarely asked whether the service’s own policies were followed in practice.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Oundle|S] has kept its focus on children through a very difficult year.
R| “Its board should now take a firmer hold of the quality of practice.”

R| Four recommendations have been made.

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A]’s report is available from [22 June 2021|D].
"""),
    # 13. a local-news story: "has been branded ‘...’ by the probation watchdog"; "Inspectors had rated the service ‘...’
    #     on their previous visit, in 2019"; the report "published on Wednesday (24 July)" under a byline of 26 July 2024; fieldwork "in March
    #     2024"; eleven recommendations; the council's reply
    ("towcester-yjs-2024", facts([
        svc("Towcester Youth Justice Service", "Towcester YJS", "YJS", INAD)], "2024-07-24", "2024-03", 11),
     """N| Youth justice service ‘failing children’, report says

N| By [Helen Marsh|X]

N| [26 July 2024|D]

N| [Towcester Youth Justice Service|S] has been branded ‘[Inadequate|R]’ by the probation watchdog.
N| The report, published on Wednesday ([24 July|D]), follows an inspection in [March 2024|D].
N| Inspectors had rated the service ‘[Good|R]’ on their previous visit, in [2019|D].

W| According to the report, children being groomed by criminal gangs often went unnoticed, and some waited months for a plan.
W| Inspectors also said that the service’s leaders did not have an accurate picture of the quality of its work.
S| The report did praise an education worker whose efforts had got a number of pupils back into lessons.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Standards at [Towcester|S] have slipped badly since our last visit.
R| “I call on the partnership to act quickly, and I expect to see a credible improvement plan within weeks.”

R| Eleven recommendations have been made.

N| A spokesperson for [West Northamptonshire Council|A] said: “We are sorry that we have not provided the service our children deserve.”
"""),
    # 14. a justiceinspectorates news page: "The inspection has left X with a rating of ‘...’"; resettlement "for which
    #     inspectors give a separate rating, fell to ‘...’"; "Published: 19 Apr 2023"; fieldwork "from 16 to 20 January 2023"; six recommendations
    ("ripley-yjs-2023", facts([
        svc("Ripley Youth Justice Service", "Ripley YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2023-04-19", "2023-01", 6),
     """N| News

N| Youth justice in Amber Valley: resettlement falls short

N| Published: [19 Apr 2023|D]

N| The inspection has left [Ripley Youth Justice Service|S] with a rating of ‘[Requires improvement|R]’.
W| Resettlement, for which inspectors give a separate rating, fell to ‘[Inadequate|R]’.
N| Fieldwork ran from [16 to 20 January 2023|D].

S| Inspectors saw thoughtful work to understand children’s backgrounds, including the trauma many had experienced.
S| Out-of-court disposals were well managed, with a joint panel that included [Derbyshire Constabulary|A].
W| Children leaving custody, however, often did not know where they would be living until days before release.
W| Information about children’s progress was not routinely shared with [Derbyshire County Council|A]’s social workers.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Ripley, too many children are coming out of custody to uncertainty.
R| “That must change, and the partnership needs to plan for release from the day a child is sentenced.”

R| The report makes six recommendations.
"""),
    # 15. copyright and licence lines at the top of a GOV.UK news story: "has climbed to ‘...’ from the ‘...’ recorded at its
    #     2021 inspection"; "Published 2 October 2025"; fieldwork "across June 2025"; four recommendations
    ("tenbury-yjs-2025", facts([
        svc("Tenbury Youth Justice Service", "Tenbury YJS", "YJS", GOOD)], "2025-10-02", "2025-06", 4),
     """N| © Crown copyright 2025

N| Licence: OGL v3.0, except where stated.

N| News story

N| Youth justice service in Worcestershire improves

N| Published [2 October 2025|D]

N| [Tenbury Youth Justice Service|S] has climbed to ‘[Good|R]’ from the ‘[Requires improvement|R]’ recorded at its [2021|D] inspection.
N| [HM Inspectorate of Probation|A]’s fieldwork took place across [June 2025|D].

S| The service has rebuilt its management team and introduced a simple, well-understood approach to supervising case managers.
S| Children’s voices were heard clearly in their plans, and their families were kept informed.
W| Some gaps remain: work to keep victims safe was not always recorded, and a few assessments lacked detail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “An impressive turnaround: the staff at [Tenbury|S] can be proud of it.”

R| Four recommendations are intended to help the service keep improving.
"""),
    # 16. a 2025-26 public-protection inspection of a PDU: no rating ("does not award a rating"), "Skip to content",
    #     "Context" / "Findings" bullets, the region in a bullet; "Published: 15 Jan 2026"; fieldwork "October 2025";
    #     two recommendations
    ("burntwood-pdu-2026", facts([
        svc("Burntwood Probation Delivery Unit", "Burntwood PDU", "PDU", None)], "2026-01-15", "2025-10", 2),
     """N| Skip to content

N| How well does a probation unit in Staffordshire protect the public?

N| Published: [15 Jan 2026|D]

N| Published today: [HM Inspectorate of Probation|A]’s public protection inspection of [Burntwood Probation Delivery Unit|S].
N| This type of inspection does not award a rating.
N| Inspectors were on site in [October 2025|D].

N| Context
N| • [Burntwood PDU|S] sits within the [West Midlands probation region|S].
N| • About a third of the 800 people it supervises have a history of domestic abuse.

N| Findings
S| • Most risk management plans were clear and had been shared with partner agencies.
W| • Checks with children’s services were missed in a quarter of relevant cases.
W| • Practitioners were unsure when to escalate concerns to senior managers.
S| • Joint work with [Staffordshire Police|A] on the highest-risk cases was strong.

R| Two recommendations are made to the unit’s leaders.
"""),
    # 17. an embargo line (Thursday 20 February 2020); "X’s overall grade is ‘...’"; fieldwork "in October 2019"; no count
    #     of recommendations (null)
    ("baldock-yjs-2020", facts([
        svc("Baldock Youth Justice Service", "Baldock YJS", "YJS", RI)], "2020-02-20", "2019-10", None),
     """N| Embargoed until 00.01, [Thursday 20 February 2020|D]

N| Youth justice in north Hertfordshire: good intentions, patchy delivery

N| [HM Inspectorate of Probation|A] has announced that [Baldock Youth Justice Service|S]’s overall grade is ‘[Requires improvement|R]’.
N| The inspection took place in [October 2019|D].

S| Staff were dedicated and knew the children well, and many children said they trusted their case manager.
W| While the service had good intentions, its delivery was patchy, with planning of a high standard in some cases and barely adequate in others.
W| Board meetings were held on schedule, yet they rarely led to any change.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Baldock|S] has dedicated people, but they are working without clear direction.
R| “The board must set out what good practice looks like and check that it is happening.”

N| The report describes where the service should focus its efforts.
"""),
    # 18. a joint inspection of a youth offending team in 2016, before ratings: "Tiptree Youth Offending Team (YOT)",
    #     bullet lists after "Inspectors found that:" / "But they also found that:"; "Published: 7 September 2016";
    #     fieldwork "in April 2016"; thirteen recommendations
    ("tiptree-yot-2016", facts([
        svc("Tiptree Youth Offending Team", "Tiptree YOT", "YJS", None)], "2016-09-07", "2016-04", 13),
     """N| Report of a full joint inspection: youth offending services in Tiptree

N| Published: [7 September 2016|D]

N| The work of [Tiptree Youth Offending Team|S] (YOT) was examined in [April 2016|D] by a joint team.
N| Leading the work was [HM Inspectorate of Probation|A]; [Ofsted|A], the [CQC|A] and [HM Inspectorate of Constabulary|A] also took part.
N| The inspection looked at the YOT’s work to reduce reoffending, to protect the public and to protect children.

N| Inspectors found that:
S| • the YOT’s staff were enthusiastic and had developed a good range of interventions;
S| • children’s education and training needs were well understood;
S| • the YOT worked well with [Essex Police|A] to prevent children entering the justice system.

N| But they also found that:
W| • assessments of children’s vulnerability were too often incomplete;
W| • the YOT management board did not hold partners to account for their contribution.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The YOT has energy and goodwill, but it is falling short when it comes to keeping children safe.”

R| The inspectorate made thirteen recommendations for the YOT, its management board and partner agencies.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the nineteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
