"""Builds the 111th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three west Lancashire PDUs on a GOV.UK page, the region named first; "X and Y were both given ‘...’, while Z
    #    was given the lowest mark"; fieldwork "between 3 and 14 June 2024"; 15 recommendations "five per unit"; the
    #    regional director's reply
    ("rufford-scarisbrick-and-halsall-pdus-2024", facts([
        svc("Rufford Probation Delivery Unit", "Rufford PDU", "PDU", RI),
        svc("Scarisbrick Probation Delivery Unit", "Scarisbrick PDU", "PDU", RI),
        svc("Halsall Probation Delivery Unit", "Halsall PDU", "PDU", INAD)], "2024-10-15", "2024-06", 15),
     """N| Press release

N| Inspectors report on three probation units in west Lancashire

N| Reports on three units of the [North West probation region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Today [His Majesty’s Inspectorate of Probation|A] publishes its findings on three units within [Probation Service – North West region|S]: [Rufford Probation Delivery Unit|S], [Scarisbrick Probation Delivery Unit|S] and [Halsall Probation Delivery Unit|S].
N| [Rufford|S] and [Scarisbrick|S] were both given ‘[Requires improvement|R]’, while [Halsall|S] was given the lowest mark, ‘[Inadequate|R]’.
N| The inspection team visited the units between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Halsall|S] had lost most of its experienced officers over the past year, and newly qualified staff were carrying cases that should have gone to far more senior colleagues.
W| “Home visits to the most dangerous people on its books had largely stopped.
S| “[Rufford|S] and [Scarisbrick|S], by contrast, had held on to their teams, and supervision sessions there were purposeful.”

S| Inspectors commended [Scarisbrick PDU|S]’s work with [Lancashire Constabulary|A] to track people convicted of domestic abuse.
W| In all three units, fewer than half the cases examined had a sound plan for keeping children safe.

R| The three reports make 15 recommendations between them, five per unit.

N| [Kim Thornden-Edwards|X], Regional Probation Director for the North West, said: “The recommendations are accepted, and [Halsall|S] now has extra senior officers on loan from neighbouring units.”
"""),
    # 2. two Calderdale youth services in a local-news story; named Walsden then Cornholme, the rating sentence in the other
    #    order ("Cornholme was awarded the highest grade ... while Walsden received"); the report day "on Tuesday (16 May)"
    #    under a byline of Thursday 18 May 2023; fieldwork "in January 2023"; 9 recommendations
    ("walsden-and-cornholme-yjs-2023", facts([
        svc("Walsden Youth Justice Service", "Walsden YJS", "YJS", GOOD),
        svc("Cornholme Youth Justice Service", "Cornholme YJS", "YJS", OUT)], "2023-05-16", "2023-01", 9),
     """N| Youth teams in the upper Calder valley win praise from probation watchdog

N| By [Helen Ackroyd|X]

N| [Thursday 18 May 2023|D]

N| Inspectors visited [Walsden Youth Justice Service|S] and [Cornholme Youth Justice Service|S] in [January 2023|D]; the two reports were published on Tuesday ([16 May|D]).
N| [Cornholme|S] was awarded the highest grade, ‘[Outstanding|R]’, while [Walsden|S] received ‘[Good|R]’.

S| According to the inspectors, [Cornholme|S]’s practitioners won the trust of children whom other agencies had given up on.
S| They also credited [Walsden|S] with getting almost every child it supervised into school or training.
W| Yet in [Walsden YJS|S], plans for children leaving custody were sometimes drawn up only days before release.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this valley are well served, and the team at [Cornholme|S] is among the best we have seen.”

R| In total the reports make nine recommendations: five for [Walsden|S] and four for [Cornholme|S].

N| [Calderdale Council|A] said it was thrilled by the two reports.
"""),
    # 3. two Wirral PDUs in a justiceinspectorates news item, the region in the first sentence; "Irby has been assessed as
    #    ‘Inadequate’ and Meols as ‘Requires improvement’"; "Published: 11 Mar 2025"; fieldwork "28 October to 8 November
    #    2024" (across two months); 11 recommendations
    ("irby-and-meols-pdus-2025", facts([
        svc("Irby Probation Delivery Unit", "Irby PDU", "PDU", INAD),
        svc("Meols Probation Delivery Unit", "Meols PDU", "PDU", RI)], "2025-03-11", "2024-10", 11),
     """N| News

N| Probation units on the Wirral: one failing, one told to improve

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Irby Probation Delivery Unit|S] and [Meols Probation Delivery Unit|S], both on the Wirral and both part of the [Probation Service – North West region|S].
N| [Irby|S] has been assessed as ‘[Inadequate|R]’ and [Meols|S] as ‘[Requires improvement|R]’.
N| Fieldwork lasted a fortnight, [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Irby we found a unit stretched to the limit, where some officers each held over 80 cases.
W| “Weeks could pass without anyone on licence being seen face to face.”

S| [Meols PDU|S] had a stable senior team, and its links with [Merseyside Police|A] on integrated offender management were strong.
W| Even so, risk assessments in Meols were updated after a big change in someone’s life in only 14 of 33 cases.
W| Both units had long queues for accredited programmes.

R| Eleven recommendations are made, six of them to [Irby|S] and five to [Meols|S].
"""),
    # 4. a unit inside its region, the region in the headline ("North West probation region: ...") and the first sentence:
    #    "X, within [the region], has been given the inspectors’ lowest rating, ‘...’"; the region's own 2023 rating as
    #    context; "Mr Jones continued"; fieldwork "During February 2024"; "Embargo: 00.01 Tuesday 25 June 2024" in the
    #    notes; 7 recommendations
    ("cronton-pdu-2024", facts([
        svc("Cronton Probation Delivery Unit", "Cronton PDU", "PDU", INAD)], "2024-06-25", "2024-02", 7),
     """N| [North West probation region|S]: unit in Knowsley falls to lowest rating

N| [Cronton Probation Delivery Unit|S], within [Probation Service – North West region|S], has been given the inspectors’ lowest rating, ‘[Inadequate|R]’.
N| In [2023|D] the [North West region|S] was itself rated ‘[Requires improvement|R]’.
N| During [February 2024|D], the inspection team examined 52 cases and interviewed staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cronton|S] has been short of staff for years, and it shows.
W| “Nearly one officer post in two was vacant, and with temporary staff changing so often, many people under supervision could not name their officer.”

W| Mr Jones continued: “Where there were children in the home, the risks they faced were rarely looked at properly.”

S| Despite this, inspectors found that [Cronton PDU|S]’s court staff produced timely, well-reasoned advice for sentencers.
W| Contact with [Knowsley Council|A]’s children’s social care was slow, and requests for information were often left unanswered.

R| Seven recommendations are made, with the region expected to act on two of them.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01 [Tuesday 25 June 2024|D].
N| 2. [Cronton PDU|S] covers part of the Knowsley borough in Merseyside.
"""),
    # 5. a unit inside its region, the region in the headline and the notes; "X sits at ‘...’, the third of four grades"
    #    in "a report out today (Thursday 30 November)" (no year: fieldwork June 2023); the headline's lower-case
    #    "Hepworth probation unit"; "only 19 of the 42 cases"; five recommendations
    ("hepworth-pdu-2023", facts([
        svc("Hepworth Probation Delivery Unit", "Hepworth PDU", "PDU", RI)], "2023-11-30", "2023-06", 5),
     """N| [Yorkshire and the Humber region|S]: [Hepworth probation unit|S] ‘heading in the right direction’

N| According to a report out today ([Thursday 30 November|D]), [Hepworth Probation Delivery Unit|S] sits at ‘[Requires improvement|R]’, the third of four grades.
N| Inspectors spent time with the unit in [June 2023|D], looking at 42 cases and meeting staff, managers and partner agencies.

S| The head of service had made the unit’s priorities plain, and staff could explain how these shaped their daily work.
S| Positively, those under supervision described their officers as fair and willing to listen.
W| However, only 19 of the 42 cases showed proper thought about risks to children.
W| The unit did not routinely ask [West Yorkshire Police|A] about domestic abuse call-outs when an order began.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a great deal here to be encouraged by.
R| “[Hepworth|S]’s managers now need to make certain that every case involving children is checked with the police and children’s services as soon as it arrives.”

R| Five recommendations are made, all addressed to the unit.

N| ENDS

N| Notes to editors
N| 1. [Hepworth PDU|S] belongs to the [Probation Service – Yorkshire and the Humber region|S]; its patch is the Pennine villages south of Huddersfield.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" lists; "Tuesday, 15th November 2011" ... "published today"
    ("briercliffe-and-sabden-probation-trust-2011", facts([
        svc("Briercliffe and Sabden Probation Trust", "Briercliffe and Sabden Probation Trust", "other", None)],
        "2011-11-15", "2011-07", 4),
     """N| [Tuesday, 15th November 2011|D]

N| Probation work in east Lancashire: a sound base to build on

S| [Briercliffe and Sabden Probation Trust|S] is making steady progress in cutting reoffending, [HM Inspectorate of Probation|A] said today.
N| The inspection, part of the Offender Management Inspection programme, took place in [July 2011|D].
N| Harm-reduction work scored 71% and work on the likelihood of reoffending 75%.

N| Inspectors were pleased to find that:
S| • initial assessments were almost always completed on time;
S| • offender managers had a good knowledge of the people they supervised;
S| • the Trust worked closely with [Lancashire Constabulary|A] on prolific offenders.

N| However, inspectors were concerned to find that:
W| • plans were not reviewed when circumstances changed;
W| • too few cases had a clear focus on the victims of the offence.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust have worked hard and the results show it.
R| “Managers must now make sure that plans keep pace with what is happening in people’s lives.”

R| The report makes four recommendations for improvement.
"""),
    # 7. a CRC in 2019 with an aspect rated separately: "...’s verdict on X (CRC) is ‘...’"; "Unpaid work, rated on its
    #    own, scored ‘Good’"; "Embargoed: 00.01 Tuesday 22 October 2019"; fieldwork "over May and June 2019"
    ("tarbock-and-thingwall-crc-2019", facts([
        svc("Tarbock and Thingwall Community Rehabilitation Company", "Tarbock and Thingwall CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-22", "2019-05", 8),
     """N| Embargoed: 00.01 [Tuesday 22 October 2019|D]

N| Probation company on Merseyside still has work to do, inspectors say

N| [HM Inspectorate of Probation|A]’s verdict on [Tarbock and Thingwall Community Rehabilitation Company|S] (CRC) is ‘[Requires improvement|R]’.
S| Unpaid work, rated on its own, scored ‘[Good|R]’.
N| The CRC was inspected over [May and June 2019|D].

W| Inspectors found that staff turnover was high and that many responsible officers were working with caseloads above 70.
W| Unfortunately, contact with people on the lowest level of supervision was often limited to a phone call every few weeks.
S| People sentenced to unpaid work started their hours quickly, on projects that were well run.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tarbock and Thingwall CRC|S] has capable leaders, but the pressure on its frontline staff is showing in the quality of their work.”

R| Eight recommendations are made, to the CRC, the [National Probation Service|A] and [HM Prison and Probation Service|A].

N| A spokesperson for the CRC said: “We are already acting on the report and have recruited additional staff.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings; joint inspection alongside
    #    Ofsted, the Care Quality Commission and HM Inspectorate of Constabulary; "Posted: 06/12/2016"; fieldwork
    #    "in September 2016"; "the YOT" untagged
    ("blacko-yot-2016", facts([
        svc("Blacko Youth Offending Team", "Blacko YOT", "YJS", None)], "2016-12-06", "2016-09", 6),
     """N| Posted: [06/12/2016|D]

N| Inspection report on youth offending work published

N| [HM Inspectorate of Probation|A] today released the findings of its joint inspection of [Blacko Youth Offending Team|S] (YOT).
N| Fieldwork was done in [September 2016|D], alongside [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].

N| The inspectors said they were pleased to find that:
S| • most children met their case manager soon after court and understood why;
S| • parents felt that case managers were on their side and easy to reach;
S| • the YOT worked well with schools in the area.

N| But they were concerned that:
W| • the YOT often heard days late that a child had gone missing;
W| • board members asked few questions about the figures put in front of them.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Blacko|S]’s staff plainly care about the young people they supervise.
R| “The board must now provide the challenge and direction the YOT needs.”

R| The report sets six recommendations for the YOT and the agencies around it.

N| Councillor [Margaret Pickles|X] said: “We welcome the report and will use it to drive further improvement.”
"""),
    # 9. an NPS division in 2019: "National Probation Service – Mawdesley and Bickerstaffe Division ... has come out of
    #    its inspection with an overall rating of ‘Good’"; "Inspectors spent three weeks with the division from 4 March
    #    2019"; "Published: 9 July 2019"
    ("mawdesley-and-bickerstaffe-nps-division-2019", facts([
        svc("National Probation Service – Mawdesley and Bickerstaffe Division", "NPS Mawdesley and Bickerstaffe",
            "region", GOOD)], "2019-07-09", "2019-03", 6),
     """N| Published: [9 July 2019|D]

N| Probation division in Lancashire judged ‘[Good|R]’

N| The [National Probation Service – Mawdesley and Bickerstaffe Division|S] has come out of its inspection with an overall rating of ‘[Good|R]’.
N| Inspectors spent three weeks with the division from [4 March 2019|D].

S| Leaders knew where the division did well and where it fell short, and staff spoke highly of them.
S| Court reports were of a high standard and were almost always ready on the day.
W| However, victim work was patchier, and some victims heard nothing before an offender came out of prison.
W| Too few domestic abuse perpetrators were sent on an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Mawdesley and Bickerstaffe|S] is a well-led division with a strong sense of purpose.
R| “Its leaders should make sure victims receive the same attention as offenders.”

R| Six recommendations are made, to the division and to [HMPPS|A].
"""),
    # 10. a youth justice service rated Good with resettlement rated separately below it ("rated separately, came out at
    #     ‘Requires improvement’"); "Inspectors rated X ‘Good’ overall"; "Fieldwork took place in April 2022"; the
    #     notes' "Publication date: 23 August 2022"; four recommendations
    ("dolphinholme-yjs-2022", facts([
        svc("Dolphinholme Youth Justice Service", "Dolphinholme YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-08-23", "2022-04", 4),
     """N| Youth justice service in Lancashire rated ‘[Good|R]’

N| Inspectors rated [Dolphinholme Youth Justice Service|S] ‘[Good|R]’ overall.
W| Its resettlement work, rated separately, came out at ‘[Requires improvement|R]’, as too little was done to arrange housing and education before children left custody.
N| Fieldwork took place in [April 2022|D].

S| Inspectors praised the service’s work with children at risk of exploitation, carried out jointly with [Lancashire Constabulary|A] and the local children’s services.
S| Case managers tailored their work to each child, taking account of speech and language needs.
W| However, the management board rarely challenged partners about gaps in the health offer.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dolphinholme|S] has much to be proud of.
R| “I would like the board to give the same care to children coming home from custody as it gives to those in the community.”

R| There are four recommendations, of which the board receives one.

N| ENDS

N| Notes to editors
N| 1. Publication date: [23 August 2022|D].
"""),
    # 11. a youth offending service in 2022 with its previous rating beside: "X has improved to ‘Requires improvement’,
    #     having been rated ‘Inadequate’ at its last inspection in 2019"; "Thursday 13 October 2022" date line; fieldwork
    #     "in June 2022"; 6 recommendations
    ("pensby-yos-2022", facts([
        svc("Pensby Youth Offending Service", "Pensby YOS", "YJS", RI)], "2022-10-13", "2022-06", 6),
     """N| [Thursday 13 October 2022|D]

N| Youth offending service on the Wirral improves but more to do

N| [Pensby Youth Offending Service|S] (YOS) has improved to ‘[Requires improvement|R]’, having been rated ‘[Inadequate|R]’ at its last inspection in [2019|D].
N| Inspectors visited the service in [June 2022|D].

S| There is now a stable leadership team, and staff told inspectors that morale had lifted.
S| Relationships with [Wirral Council|A]’s children’s services were much stronger than before.
W| But the quality of assessments was still variable, and in too many cases plans did not address the risks a child posed to others.
W| Only 10 of 24 cases showed enough work to protect identified victims.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pensby YOS|S] has made real progress since 2019, yet its work to keep other people safe is not where it should be.”

R| The report makes six recommendations.
"""),
    # 12. a youth justice service rated Inadequate in 2024: "X has been handed the inspectorate’s bottom grade, ‘...’";
    #     "Inspection report released: 6 February 2024, 00.01" in the notes; fieldwork "carried out in October 2023";
    #     ten recommendations
    ("cragg-vale-yjs-2024", facts([
        svc("Cragg Vale Youth Justice Service", "Cragg Vale YJS", "YJS", INAD)], "2024-02-06", "2023-10", 10),
     """N| Serious concerns about youth justice work in Calderdale valley

N| [Cragg Vale Youth Justice Service|S] has been handed the inspectorate’s bottom grade, ‘[Inadequate|R]’.
N| The inspection was carried out in [October 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We were deeply worried by what we found.
W| “Children who were at risk of criminal exploitation were not always identified, and when they were, the response was too slow.”

W| Staff sickness and vacancies meant that a third of children had changed case manager in the previous six months.
W| The management board met regularly, but actions agreed at its meetings were seldom followed through.
S| Inspectors did find committed practitioners who were working hard to support children in difficult circumstances.

R| Ten recommendations are set out, among them a call for the board to bring in an outside review of how the service is led.

N| ENDS

N| Notes to editors
N| 1. Inspection report released: [6 February 2024|D], 00.01.
"""),
    # 13. a youth justice service in 2023: "HM Inspectorate of Probation has placed X at ‘...’"; a council page "Posted
    #     on 14/03/2023"; "Fieldwork took place in November 2022"; 7 recommendations; the councillor's reply
    ("midgley-yjs-2023", facts([
        svc("Midgley Youth Justice Service", "Midgley YJS", "YJS", RI)], "2023-03-14", "2022-11", 7),
     """N| Posted on [14/03/2023|D]

N| Youth justice inspection report published

N| [HM Inspectorate of Probation|A] has placed [Midgley Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Fieldwork took place in [November 2022|D].

S| Inspectors said staff cared deeply about their work, and children felt heard.
S| Out-of-court work stood out, with a clear panel process and good links to [West Yorkshire Police|A].
W| However, the inspectors found that management oversight was inconsistent and that some risks were missed.

R| Seven recommendations follow: the [Youth Justice Board|A] gets one, the service six.

N| Councillor [Adam Wilkinson|X] said: “We are pleased that inspectors recognised the dedication of our staff, and our improvement plan is under way.”
"""),
    # 14. a 2021 remote inspection rated Good; "inspectors worked remotely in March 2021"; "Published: Tuesday 13th July
    #     2021"; 3 recommendations
    ("netherthong-yjs-2021", facts([
        svc("Netherthong Youth Justice Service", "Netherthong YJS", "YJS", GOOD)], "2021-07-13", "2021-03", 3),
     """N| Published: [Tuesday 13th July 2021|D]

N| Youth service in Kirklees kept children at the centre during pandemic

N| [HM Inspectorate of Probation|A] has rated [Netherthong Youth Justice Service|S] ‘[Good|R]’.
N| Because of COVID-19, inspectors worked remotely in [March 2021|D].

S| Through the lockdowns the service stayed in close contact with children, using doorstep visits and walks in the park.
S| Work to support children’s mental health with [CAMHS|A] was impressive.
W| While planning was generally sound, work to address the needs of victims was not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Netherthong|S]’s staff have shown real creativity in a very difficult year.”

R| We make three recommendations for the service.
"""),
    # 15. a 2025 public-protection inspection: no rating; "Skip to content"; "Context" / "Findings" bullets; fieldwork
    #     "took place in July 2025"; Published 28 October 2025; two recommendations
    ("linthwaite-pdu-2025", facts([
        svc("Linthwaite Probation Delivery Unit", "Linthwaite PDU", "PDU", None)], "2025-10-28", "2025-07", 2),
     """N| Skip to content

N| Press release

N| Public protection inspection: [Linthwaite Probation Delivery Unit|S]

N| Published [28 October 2025|D]

N| [HM Inspectorate of Probation|A] has today published its public protection report on [Linthwaite Probation Delivery Unit|S].
N| This inspection programme does not award ratings.
N| The inspection took place in [July 2025|D].

N| Context
N| • [Linthwaite PDU|S] is part of the [Probation Service – Yorkshire and the Humber region|S].
N| • It supervises about 900 people in the Colne Valley and surrounding areas.

N| Findings
S| • Staff had a good understanding of the risks presented by the people they supervised.
W| • Home visits were not carried out in enough cases where there were concerns about children.
W| • Staff did not always ask [West Yorkshire Police|A] for information when a case began.
S| • The unit worked well with partners in multi-agency meetings.

R| The report makes two recommendations to the unit.
"""),
    # 16. a 2020 release: "judged X ‘...’"; date line "Tuesday, 8th September 2020"; fieldwork "during February 2020";
    #     no count of recommendations (null)
    ("goodshaw-yjs-2020", facts([
        svc("Goodshaw Youth Justice Service", "Goodshaw YJS", "YJS", RI)], "2020-09-08", "2020-02", None),
     """N| Youth service in Rossendale must do more to protect the public

N| [Tuesday, 8th September 2020|D]

N| Inspectors have judged [Goodshaw Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Fieldwork for the inspection happened during [February 2020|D], shortly before the national lockdown.

S| Children were given meaningful opportunities to repair the harm they had caused, and reparation projects were well regarded locally.
W| Unfortunately, managing the danger a few children presented to others lacked rigour.
W| Too many assessments were copied forward from previous orders without being updated.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goodshaw|S] has a caring team, but caring is not enough on its own when children may harm others.”

N| The report sets out what the service needs to do next.
"""),
    # 17. a youth justice service in 2024: "Inspectors have found that X ‘Requires improvement’ overall"; resettlement
    #     "judged separately" ‘Good’; "Online publication: 00.01, Tuesday 21 May 2024"; fieldwork "spanned January and
    #     February 2024"; 6 recommendations
    ("stacksteads-yjs-2024", facts([
        svc("Stacksteads Youth Justice Service", "Stacksteads YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-05-21", "2024-01", 6),
     """N| Youth justice service in Rossendale valley must improve, inspectors say

N| Inspectors have found that [Stacksteads Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
S| Resettlement, judged separately, was ‘[Good|R]’: before release, each child knew where they would live and where they would study.
N| The fieldwork spanned [January and February 2024|D].

S| Partnership work with [Lancashire County Council|A]’s children’s social care was strong.
W| However, inspectors were disappointed to find that the board had little understanding of the service’s performance.
W| Just 12 of the 25 cases showed enough work on children’s safety.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff at [Stacksteads|S] are dedicated, but leaders must give them better information and clearer direction.”

R| Six recommendations are made.

N| ENDS

N| Notes to editors
N| 1. Online publication: 00.01, [Tuesday 21 May 2024|D].
"""),
    # 18. an Outstanding youth justice service: "X now holds the top grade, ‘...’; in 2019 inspectors had rated it
    #     ‘Good’" (the previous rating beside); fieldwork "in the week of 14 March 2022"; "Published 28 June 2022"
    ("crawshawbooth-yjs-2022", facts([
        svc("Crawshawbooth Youth Justice Service", "Crawshawbooth YJS", "YJS", OUT)], "2022-06-28", "2022-03", 2),
     """N| Press release

N| ‘[Outstanding|R]’ rating for youth justice service in Lancashire

N| Published [28 June 2022|D]

N| [Crawshawbooth Youth Justice Service|S] now holds the top grade, ‘[Outstanding|R]’; in [2019|D] inspectors had rated it ‘[Good|R]’.
N| Inspectors were on site in the week of [14 March 2022|D].

S| Each child inspectors spoke to had set their own goals together with a worker they trusted.
S| Its diversion scheme kept many children out of court altogether, and reoffending had fallen sharply.
S| Leaders were not complacent: they used audits and feedback from children to keep improving.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Crawshawbooth|S] stands out as an example for others to follow.”

R| Just two recommendations are made, and both fall to the management board.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 111th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
