"""Builds the fifty-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Nottinghamshire PDUs on a GOV.UK page, the region named before the units: "X and Y are both at ‘...’, one step up from
    #    the bottom of the inspectorate’s four-point scale, while Z was given the lowest possible rating, ‘...’"; "visited in turn during
    #    June 2024"; nine recommendations "three for each unit"; the regional director's reply
    ("beeston-west-bridgford-and-bulwell-pdus-2024", facts([
        svc("Beeston Probation Delivery Unit", "Beeston PDU", "PDU", RI),
        svc("West Bridgford Probation Delivery Unit", "West Bridgford PDU", "PDU", RI),
        svc("Bulwell Probation Delivery Unit", "Bulwell PDU", "PDU", INAD)], "2024-11-12", "2024-06", 9),
     """N| Press release

N| Inspectors report on three Nottinghamshire probation units

N| Reports on the probation delivery units in Beeston, West Bridgford and Bulwell are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| Within the [Probation Service – East Midlands region|S], [HM Inspectorate of Probation|A] has now inspected [Beeston Probation Delivery Unit|S], [West Bridgford Probation Delivery Unit|S] and [Bulwell Probation Delivery Unit|S].
N| [Beeston|S] and [West Bridgford|S] are both at ‘[Requires improvement|R]’, one step up from the bottom of the inspectorate’s four-point scale, while [Bulwell|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The three units were visited in turn during [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bulwell|S]’s staff are working in very difficult conditions: nearly half of its case-holding posts were vacant or covered by agency workers.
W| “Too many people there had waited weeks for a first appointment, and risk assessments were often out of date.
S| “[Beeston|S] and [West Bridgford|S] have steadier teams, and their work with [Nottinghamshire Police|A] to manage perpetrators of domestic abuse is a real asset.”

S| Inspectors found [West Bridgford PDU|S]’s unpaid work scheme well run, with placements in local parks and charity shops available every weekday.
W| In all three units, sentence plans rarely set out how contact with known victims would be prevented.

R| The reports make nine recommendations, three for each unit.

N| [Sarah Whitcombe|X], the region’s Probation Director, said: “The findings are accepted, and we have moved experienced staff into Bulwell while we recruit.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published last Thursday (11 May)" under a byline of
    #    Monday 15 May 2023; "X was placed at ‘...’, and Y came out a step higher, at ‘...’", in the other order from the one
    #    the services were first named in; "In Irthlingborough, ..." (a location); eight recommendations
    ("higham-ferrers-and-irthlingborough-yjs-2023", facts([
        svc("Higham Ferrers Youth Justice Service", "Higham Ferrers YJS", "YJS", GOOD),
        svc("Irthlingborough Youth Justice Service", "Irthlingborough YJS", "YJS", RI)], "2023-05-11", "2023-01", 8),
     """N| Mixed verdicts for two youth teams in east Northamptonshire

N| By [Tom Ashworth|X]

N| [Monday 15 May 2023|D]

N| Inspection reports on [Higham Ferrers Youth Justice Service|S] and [Irthlingborough Youth Justice Service|S] were published last Thursday ([11 May|D]).
N| [Irthlingborough|S] was placed at ‘[Requires improvement|R]’, and [Higham Ferrers|S] came out a step higher, at ‘[Good|R]’.
N| Both services were inspected in [January 2023|D] by [HM Inspectorate of Probation|A], which checks on work with children who have offended.

S| The watchdog said [Higham Ferrers|S] had built close ties with local schools, so that excluded children were back in lessons within days.
W| In Irthlingborough, it found that children’s plans were often written without speaking to their parents, and that some risks had not been passed on to [Northamptonshire Police|A].
W| Staff turnover at [Irthlingborough YJS|S] had also left some children with three different case workers in a year.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Higham Ferrers|S] has a well-led team who put children first, and it deserves its result.”
R| He added: “[Irthlingborough|S] now needs to involve every child and their family in writing the plan that is meant to support them.”

R| In total the reports contain eight recommendations, five of them aimed at [Irthlingborough|S].

N| A spokesperson for [North Northamptonshire Council|A] said the council would “study both reports carefully”.
"""),
    # 3. a city PDU and a county PDU in a justiceinspectorates news item: "Inspectors judged X to be ‘...’, and Y to be
    #    ‘...’"; "Published: 9 Apr 2025"; fieldwork "from 18 to 29 November 2024"; "In the city, by contrast"; ten
    #    recommendations, two for the Probation Service in the region
    ("littleover-and-hayfield-and-charlesworth-pdus-2025", facts([
        svc("Littleover Probation Delivery Unit", "Littleover PDU", "PDU", INAD),
        svc("Hayfield and Charlesworth Probation Delivery Unit", "Hayfield and Charlesworth PDU", "PDU", RI)],
        "2025-04-09", "2024-11", 10),
     """N| News

N| Probation in Derby and the High Peak: two units fall short

N| Published: [9 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Littleover Probation Delivery Unit|S], which covers the south and west of Derby, and on [Hayfield and Charlesworth Probation Delivery Unit|S] in the High Peak.
N| Inspectors judged [Littleover PDU|S] to be ‘[Inadequate|R]’, and [Hayfield and Charlesworth PDU|S] to be ‘[Requires improvement|R]’.
N| Fieldwork took place from [18 to 29 November 2024|D].

S| Managers in the rural [Hayfield and Charlesworth PDU|S] had kept their small team together, and practitioners knew the people they supervised well.
W| In the city, by contrast, more than a third of probation officer posts were unfilled, and staff told inspectors that they felt “always behind”.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Littleover|S]’s work to protect children and known victims fell short in most of the cases we inspected.
W| “Neither unit had enough places on accredited programmes, and waiting lists were growing.”

R| The reports contain ten recommendations: each unit is to act on four, and the [Probation Service|A] in the East Midlands on two.

N| ENDS
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "X, one of the delivery units in
    #    Probation Service – East Midlands region, has received ‘...’, the lowest possible rating, from ..."; the region's own
    #    2023 rating as context; "Mr Jones continued"; fieldwork "between 4 and 15 December 2023"; "Publication: 00.01 on Tuesday 5
    #    March 2024" in the notes
    ("ruskington-pdu-2024", facts([
        svc("Ruskington Probation Delivery Unit", "Ruskington PDU", "PDU", INAD)], "2024-03-05", "2023-12", 6),
     """N| [East Midlands probation region|S]: Lincolnshire unit given lowest rating

N| [Ruskington Probation Delivery Unit|S], one of the delivery units in [Probation Service – East Midlands region|S], has received ‘[Inadequate|R]’, the lowest possible rating, from [HM Inspectorate of Probation|A].
N| The region as a whole was assessed as ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors visited the unit between [4 and 15 December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ruskington PDU|S] is not keeping a close enough watch on the people it supervises.
W| “In half of the cases we read, nobody had checked with the police or children’s services before deciding how to manage the risk a person posed.”

W| Mr Jones continued: “Leaders have known about these problems for some time, and the plans they drew up have not been carried through.”

S| Inspectors noted that the unit’s senior probation officers were supportive and that newly qualified staff said they felt welcomed.
S| Work with [Lincolnshire Police|A] under the integrated offender management scheme was described as strong.

R| Of the report’s six recommendations, one asks the region to give the unit a permanent head of service.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01 on [Tuesday 5 March 2024|D], on the inspectorate’s website.
N| 2. [Ruskington PDU|S] supervises about 650 people across mid Lincolnshire.
"""),
    # 5. a unit inside its region, the region in the notes and a sibling unit's rating in the text ("Neighbouring Rainworth
    #    PDU, inspected earlier in the year, was judged ‘Good’"): "Inspectors have judged X to be ‘...’"; "green shoots";
    #    "The report was published on 22 August 2023" in the notes
    ("mapperley-pdu-2023", facts([
        svc("Mapperley Probation Delivery Unit", "Mapperley PDU", "PDU", RI)], "2023-08-22", "2023-05", 4),
     """N| Probation unit in north-east Nottingham ‘heading in the right direction’

N| Inspectors have judged [Mapperley Probation Delivery Unit|S] to be ‘[Requires improvement|R]’, while noting that it is getting better.
N| Neighbouring [Rainworth PDU|S], inspected earlier in the year, was judged ‘[Good|R]’.
N| Fieldwork was carried out in [May 2023|D].

S| Inspectors found a new leadership team that had brought stability after a long spell of interim managers.
S| Caseloads had come down, and most practitioners said they now had time to see people properly.
W| However, only 14 of the 35 cases inspected contained a plan that dealt properly with the risk of harm to others.
W| Links with [Nottingham City Council|A]’s children’s social care were not used as often as they should have been.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mapperley|S] is showing green shoots, and staff said morale was rising.
R| “The unit must now turn that energy into better assessments of risk, case by case.”

R| Four recommendations are made, all for the PDU.

N| ENDS

N| Notes to editors
N| 1. The report was published on [22 August 2023|D].
N| 2. [Mapperley PDU|S] is part of the [Probation Service – East Midlands region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; the verdict in the first sentence; "Thursday, 14th March
    #    2013" above "published today"; cases looked at "in November 2012"; seven recommendations
    ("woodhall-spa-and-alford-probation-trust-2013", facts([
        svc("Woodhall Spa and Alford Probation Trust", "Woodhall Spa and Alford Probation Trust", "other", None)],
        "2013-03-14", "2012-11", 7),
     """N| Inspection of adult offending work in Woodhall Spa and Alford

N| [Thursday, 14th March 2013|D]

W| [Woodhall Spa and Alford Probation Trust|S] has made good progress in cutting reoffending, but its public protection work was not consistently good enough, says a report out today from [HM Inspectorate of Probation|A].
N| The inspection, part of the Offender Management Inspection programme, looked at 72 cases in [November 2012|D].

S| On the inspectorate’s measures, the Trust scored 78% for work to lower reoffending and 84% for making sure orders were complied with.
W| Its score for protecting the public, 61%, was the lowest of the three.

N| Inspectors were pleased to find that:
S| • initial assessments were completed promptly in almost all cases;
S| • offenders were well supported into employment, training and education;
S| • the Trust worked closely with [Lincolnshire Police|A] on prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments often failed to draw on information held by other agencies;
W| • home visits were rarely used in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Woodhall Spa and Alford|S] has committed, well-supported staff who know their offenders.
R| “It must now give public protection the same attention that it already gives to cutting reoffending.”

R| The report contains seven recommendations.
"""),
    # 7. a CRC in 2018 run by a named provider, under an embargo line: "has found X (CRC), run by ..., to be ‘...’ overall";
    #    unpaid work "was rated separately and came out as ‘...’"; Dame Glenys Stacey; "Inspectors visited in July 2018";
    #    "Of six recommendations, four are addressed to the CRC and two to HMPPS"; the provider's reply
    ("kegworth-and-measham-crc-2018", facts([
        svc("Kegworth and Measham Community Rehabilitation Company", "Kegworth and Measham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-11-06", "2018-07", 6),
     """N| Embargoed: 00:01 on [Tuesday 6 November 2018|D]

N| Probation company in north-west Leicestershire must improve, say inspectors

N| [HM Inspectorate of Probation|A] has found [Kegworth and Measham Community Rehabilitation Company|S] (CRC), run by [Purple Futures|A], to be ‘[Requires improvement|R]’ overall.
W| The CRC’s unpaid work was rated separately and came out as ‘[Inadequate|R]’.
N| Inspectors visited in [July 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Supervision at this CRC is too often brief, sometimes only a telephone call, and too little is done to change people’s behaviour.
W| “Unpaid work sessions were regularly cancelled at short notice, so hours went unworked and sentences dragged on.”

S| Inspectors were impressed with the CRC’s through-the-gate team, which helped most prison leavers find somewhere to live.
S| The CRC worked well with the [National Probation Service|A], and cases moved between the two organisations smoothly.

R| Of six recommendations, four are addressed to the CRC and two to [HMPPS|A].

N| A spokesperson for [Purple Futures|A] said the company was “already addressing the issues raised”.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a short quality screening, bullet
    #    lists after "Inspectors were pleased to find that:" / "However, they were concerned that:"; "Posted: 21/07/2016"
    #    (day/month/year); fieldwork "in April 2016"; the board chair's reply
    ("toton-and-chilwell-yot-2016", facts([
        svc("Toton and Chilwell Youth Offending Team", "Toton and Chilwell YOT", "YJS", None)], "2016-07-21", "2016-04", 5),
     """N| Inspection of youth offending work in Toton and Chilwell

N| Posted: [21/07/2016|D]

N| The report of [HM Inspectorate of Probation|A]’s inspection of [Toton and Chilwell Youth Offending Team|S] (YOT) is out today.
N| The short quality screening inspection took place in [April 2016|D] and examined the cases of 20 children.

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence and got on well with their case manager;
S| • work to repair harm to victims was well organised and valued by victims;
S| • the YOT’s education worker had helped several children back into school.

N| However, they were concerned that:
W| • when a child’s circumstances changed, nobody revisited the assessment of their risk to others;
W| • plans for keeping children safe were too general;
W| • the YOT management board did not receive enough information about the quality of work.

R| The report makes five recommendations for [Toton and Chilwell YOT|S] and its management board.

N| Councillor [Helen Marsh|X], of [Nottinghamshire County Council|A], who chairs the YOT management board, said: “We welcome this report and have already begun work on its recommendations.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Sandiacre youth offending service": "has been awarded
    #    a ‘...’ rating by ... after an inspection in March 2019"; "Thursday, 4th July 2019" as the date line; "I would
    #    encourage the partnership to ..."; a 2018 date in the notes that dates something else
    ("sandiacre-yos-2019", facts([
        svc("Sandiacre Youth Offending Service", "Sandiacre YOS", "YJS", GOOD)], "2019-07-04", "2019-03", 4),
     """N| Inspectors give [Sandiacre youth offending service|S] a ‘[Good|R]’ rating

N| [Thursday, 4th July 2019|D]

N| [Sandiacre Youth Offending Service|S] (YOS) has been awarded a ‘[Good|R]’ rating by [Her Majesty’s Inspectorate of Probation|A] after an inspection in [March 2019|D].

S| Inspectors found a board that understood the needs of local children and held partners to account.
S| Case managers were skilled, and they gave children time to talk about what mattered to them.
S| Children who had been excluded were helped back into education quickly, thanks to a dedicated worker from [Derbyshire County Council|A].
W| Diversion work was less consistent: several children had received a caution before anyone had looked at their needs.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sandiacre YOS|S] is a well-run service with a stable, committed staff team.
R| “I would encourage the partnership to bring its diversion work up to the same standard.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] began rating youth offending services on a four-point scale in [2018|D].
"""),
    # 10. an NPS division in 2019, the headline naming no service: "The X has been rated ‘...’ overall by ..."; "Published:
    #     15 Oct 2019"; "Inspectors were on site in June and July 2019"; the short "NPS Netherfield and Carlton"; a call to
    #     HMPPS and the division; six recommendations
    ("netherfield-and-carlton-nps-division-2019", facts([
        svc("National Probation Service – Netherfield and Carlton Division", "NPS Netherfield and Carlton", "region", RI)],
        "2019-10-15", "2019-06", 6),
     """N| Probation division in Nottinghamshire ‘[Requires improvement|R]’, inspectors find

N| Published: [15 Oct 2019|D]

N| The [National Probation Service – Netherfield and Carlton Division|S] has been rated ‘[Requires improvement|R]’ overall by [HM Inspectorate of Probation|A].
N| The division supervises around 2,800 people, a large share of whom are judged high risk.
N| Inspectors were on site in [June and July 2019|D].

S| The division’s court teams produced good-quality reports, and almost all cases were allocated within a day of sentence.
S| Its work with [MAPPA|A] partners was well organised, and meetings were thorough.
W| However, leaders had not got to grips with staff shortages, and some probation officers held caseloads of more than 60.
W| Victim work was inconsistent: in several cases, victims had not been told when an offender was released.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Netherfield and Carlton|S] has many strengths, but too much depends on the goodwill of overstretched staff.
R| “[HMPPS|A] and the division need to agree a realistic plan for recruiting and keeping probation officers.”

R| Six recommendations are made, three for the division and three for national bodies.
"""),
    # 11. a GOV.UK page: "X has been awarded ‘...’, the top rating on ...’s scale"; resettlement "which inspectors rate
    #     separately, was judged ‘...’"; "in 19 of the 20 cases"; a headline with no name or rating term; three
    #     recommendations "Each ... is for the management board"
    ("thurmaston-yjs-2024", facts([
        svc("Thurmaston Youth Justice Service", "Thurmaston YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-02", "2024-05", 3),
     """N| Press release

N| Top rating for a youth justice service in Leicestershire

N| The inspectorate publishes its report on [Thurmaston Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [2 October 2024|D]

N| [Thurmaston Youth Justice Service|S] has been awarded ‘[Outstanding|R]’, the top rating on [HM Inspectorate of Probation|A]’s scale.
S| Its resettlement work, which inspectors rate separately, was judged ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [May 2024|D].

S| The management board, chaired by a senior leader from [Leicestershire County Council|A], understood in detail where the service was strong and where it was weak, and acted on it.
S| In 19 of the 20 cases inspected, children had been fully involved in planning their own work.
S| A speech and language therapist and a nurse from the local [NHS|A] trust were part of the team, so children’s health needs were picked up early.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Youth justice work of this quality is rare, and [Thurmaston|S]’s staff and partners should be proud.
W| “The one area to strengthen is resettlement, where a few children still left custody without a confirmed address.”

R| Each of the report’s three recommendations is for the management board.
"""),
    # 12. a council page: "Posted on 03/08/2022"; "has been given an overall rating of ‘...’ ..., down from the ‘...’ it
    #     received when it was last inspected, in 2019" (overall and previous in one sentence); fieldwork "during March 2022"; seven
    #     recommendations with their recipients; the director's apology
    ("kirkby-in-ashfield-yjs-2022", facts([
        svc("Kirkby-in-Ashfield Youth Justice Service", "Kirkby-in-Ashfield YJS", "YJS", INAD)], "2022-08-03", "2022-03", 7),
     """N| Response to inspection of [Kirkby-in-Ashfield Youth Justice Service|S]

N| Posted on [03/08/2022|D]

N| [Kirkby-in-Ashfield Youth Justice Service|S] has been given an overall rating of ‘[Inadequate|R]’ in a report by [HM Inspectorate of Probation|A] published today, down from the ‘[Good|R]’ it received when it was last inspected, in [2019|D].
N| Inspectors carried out their fieldwork, partly remotely and partly on site, during [March 2022|D].

W| The report says that work to keep children safe and to protect the public was not good enough in the majority of cases inspected.
W| Inspectors found that the service had lost several experienced case managers and that managers had too little time to oversee cases.
W| The management board had not noticed the decline and rarely challenged partners on their contribution.
S| Inspectors did, however, find positive work to get children back into education, helped by a close partnership with local schools.

R| The report’s seven recommendations are addressed to the service, the management board, [Nottinghamshire County Council|A] and [Nottinghamshire Police|A].

N| [Colin Pearce|X], Service Director for Youth, Families and Social Work, said: “This is not the report we wanted, and we are sorry for what this has meant for children.
N| “An interim head of service is already in post, and the board has a new chair.”
"""),
    # 13. a justiceinspectorates news item: "...’s overall verdict on X is ‘...’"; resettlement policy and provision "which
    #     inspectors score separately, was found to be ‘...’"; "Published: 7 Jun 2023"; fieldwork "13 - 17 February 2023";
    #     "In only 11 of the 25 cases"; "have much to be proud of"; six recommendations
    ("brimington-yjs-2023", facts([
        svc("Brimington Youth Justice Service", "Brimington YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2023-06-07", "2023-02", 6),
     """N| News

N| Youth justice in north-east Derbyshire: ‘a mixed picture’

N| Published: [7 Jun 2023|D]

N| [HM Inspectorate of Probation|A]’s overall verdict on [Brimington Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Resettlement policy and provision, which inspectors score separately, was found to be ‘[Inadequate|R]’.
N| Fieldwork was carried out on [13 - 17 February 2023|D].

S| Case managers were committed, knew their children well and had earned their trust.
S| The diversion scheme run with [Derbyshire Constabulary|A] was well organised and kept many children out of court.
W| On the other hand, planning for children leaving custody started too late, and two of the three children released in the past year had nowhere settled to live.
W| In only 11 of the 25 cases inspected was enough done to manage the risk children posed to others.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brimington|S]’s case managers have much to be proud of.
W| “But the children who most need help, those in and leaving custody, are being let down.”

R| The report makes six recommendations.
"""),
    # 14. a remote inspection in 2021: "X is now rated ‘...’, up from ‘...’ at its last inspection in 2018"; "The inspection
    #     took place remotely, in July 2021"; "Published: 19 Oct 2021"; four recommendations, one for the county council
    ("market-deeping-yjs-2021", facts([
        svc("Market Deeping Youth Justice Service", "Market Deeping YJS", "YJS", GOOD)], "2021-10-19", "2021-07", 4),
     """N| Youth justice team in south Lincolnshire improves to ‘[Good|R]’

N| Published: [19 Oct 2021|D]

N| [Market Deeping Youth Justice Service|S] is now rated ‘[Good|R]’, up from ‘[Requires improvement|R]’ at its last inspection in [2018|D].
N| The inspection took place remotely, in [July 2021|D], while COVID-19 restrictions were in force.

S| Throughout the pandemic, the service had stayed in contact with children, using doorstep visits when offices were closed.
S| Assessments were thorough and took account of children’s experiences of trauma.
S| Joint work with [Lincolnshire Police|A] kept most children who offended for the first time away from the courts.
W| Work to keep children safe from exploitation, though, was not always coordinated with children’s social care.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Market Deeping|S] has made real progress since our last visit, and it has done so during an exceptionally difficult time.”

R| Four recommendations are made, three for the service and one for [Lincolnshire County Council|A].
"""),
    # 15. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets, the
    #     region in a bullet; "Published: 16 Sep 2025"; "Inspectors were on site in June 2025"; four recommendations
    ("waddington-pdu-2025", facts([
        svc("Waddington Probation Delivery Unit", "Waddington PDU", "PDU", None)], "2025-09-16", "2025-06", 4),
     """N| Skip to content

N| Public protection in a probation unit south of Lincoln

N| Published: [16 Sep 2025|D]

N| This inspection asked whether [Waddington Probation Delivery Unit|S] does enough to protect the public.
N| Like every inspection in the current programme, it does not give a rating.
N| Inspectors were on site in [June 2025|D].

N| Context
N| • [Waddington PDU|S] sits within [Probation Service – East Midlands region|S] and covers villages to the south of Lincoln.
N| • It works with about 850 people on community sentences or licences.

N| Findings
S| • Most practitioners had a clear grasp of the risks in their cases and wrote them down clearly.
W| • Checks with [Lincolnshire Police|A] about domestic abuse call-outs had not been made in a third of the cases that needed them.
W| • Home visits were rare, even where children lived at the address.
S| • Managers reviewed high-risk cases every month, and practitioners valued the advice they received.

R| The report makes four recommendations to the unit and the region.
"""),
    # 16. an embargo line with a weekday: "X has been assessed as ‘...’ by ..."; resettlement "inspected and rated on its
    #     own, also came out at ‘...’"; "Inspectors visited in September and October 2024"; plans "copied forward";
    #     five recommendations, one for the city council
    ("spondon-yjs-2025", facts([
        svc("Spondon Youth Justice Service", "Spondon YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2025-01-22", "2024-09", 5),
     """N| Embargoed until 00:01 on [Wednesday 22 January 2025|D]

N| Inspectors call for faster progress at youth justice service in Derby

N| [Spondon Youth Justice Service|S] has been assessed as ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
W| Resettlement, inspected and rated on its own, also came out at ‘[Requires improvement|R]’.
N| Inspectors visited in [September and October 2024|D].

S| Leaders had a good understanding of the service’s weaknesses and had already started to tackle some of them.
S| Work with victims was a notable strength, and victims were routinely asked what they wanted from restorative justice.
W| Yet the quality of assessment and planning was variable, and several plans had simply been copied forward from an earlier order.
W| Some children waited months for help from [CAMHS|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Spondon|S] has the right ideas, but they have not yet reached enough children.
R| “The board needs to make sure that health partners play their full part.”

R| The report makes five recommendations, including one for [Derby City Council|A].
"""),
    # 17. a 2020 release: "has rated X as ‘...’ following an inspection in November 2019"; "Mr Russell continued"; the
    #     notes' "available on the ... website on 13 February 2020 at 00.01"; six recommendations
    ("kingsthorpe-yjs-2020", facts([
        svc("Kingsthorpe Youth Justice Service", "Kingsthorpe YJS", "YJS", GOOD)], "2020-02-13", "2019-11", 6),
     """N| Inspectors praise youth justice work in north Northampton

N| [HM Inspectorate of Probation|A] has rated [Kingsthorpe Youth Justice Service|S] as ‘[Good|R]’ following an inspection in [November 2019|D].

S| The service was well led, and its partners, including [Northamptonshire Police|A] and the [NHS|A], were committed to its work.
S| Staff had manageable caseloads and said they felt valued.
S| Case managers made a real effort to understand the lives of the children they worked with.
W| However, inspectors found that work to manage the risk children posed to others was not always thorough enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kingsthorpe|S] is a service that puts children at the centre of everything it does.”
W| Mr Russell continued: “There is still work to do on managing risk, particularly when a child’s circumstances change quickly.”

R| The report makes six recommendations to help the service improve further.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [13 February 2020|D] at 00.01.
"""),
    # 18. a local-news story in the third person: the headline's lower-case "Clowne youth service"; "A report ... was published
    #     on Tuesday (14 May)" under a byline of Friday 17 May 2024; "placed X at ‘...’, the second-lowest of its four
    #     ratings"; "According to the watchdog"; no count of recommendations (null); the council's reply
    ("clowne-yjs-2024", facts([
        svc("Clowne Youth Justice Service", "Clowne YJS", "YJS", RI)], "2024-05-14", "2024-01", None),
     """N| ‘Committed staff but inconsistent work’ at [Clowne youth service|S]

N| By [Priya Lal|X]

N| [Friday 17 May 2024|D]

N| A report on youth justice in north-east Derbyshire was published on Tuesday ([14 May|D]).
N| [HM Inspectorate of Probation|A], the watchdog for youth justice and probation, placed [Clowne Youth Justice Service|S] at ‘[Requires improvement|R]’, the second-lowest of its four ratings.
N| Inspectors visited in [January 2024|D] and read the files of 22 children.

S| According to the watchdog, staff were committed and children spoke highly of them.
W| But it said the standard of work was inconsistent, with some children’s risks to others not assessed at all.
W| The report also found gaps in the support available for children with mental health needs.
R| It says the service and its partners should make sure every child has an up-to-date plan.

N| [Derbyshire County Council|A], which runs the service, said it accepted the report and was already acting on it.
N| A council spokesperson said: “We are proud of our staff and will keep working hard for the children of the area.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
