"""Builds the two hundred and eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of the Wales region on a GOV.UK page, the region named first: "X and Y both land at ‘...’, while Z
    #    drops to ‘...’"; "over a fortnight beginning 3 June 2024"; twelve recommendations "three apiece ... six for Z"
    ("llanbister-bleddfa-and-beguildy-pdus-2024", facts([
        svc("Llanbister Probation Delivery Unit", "Llanbister PDU", "PDU", RI),
        svc("Bleddfa Probation Delivery Unit", "Bleddfa PDU", "PDU", RI),
        svc("Beguildy Probation Delivery Unit", "Beguildy PDU", "PDU", INAD)], "2024-11-19", "2024-06", 12),
     """N| Press release

N| Mid Wales probation: inspection reports on three units

N| One unit in Radnorshire is found to be failing; two others must raise their game.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| Within the [Probation Service – Wales region|S], three probation delivery units have now been reported on: [Llanbister Probation Delivery Unit|S], [Bleddfa Probation Delivery Unit|S] and [Beguildy Probation Delivery Unit|S].
N| [Llanbister|S] and [Bleddfa|S] both land at ‘[Requires improvement|R]’, while [Beguildy|S] drops to ‘[Inadequate|R]’.
N| The inspectors spent a fortnight in the three units, beginning on [3 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Sheep farms and forestry tracks are no excuse for cases that go unvisited for months, and in Beguildy that is what we found.
W| “Half of its officer posts were filled by agency staff who rarely stayed long enough to know anyone on their caseload.
S| “[Llanbister|S] and [Bleddfa|S], for their part, have held on to experienced people, and it showed in the care they took over sentence plans.”

S| Court work across the three units drew praise, with reports to magistrates in Llandrindod Wells ready on the day in almost every case.
W| Even so, fewer than half of the cases that called for a safeguarding enquiry with [Powys County Council|A] had one.

R| Between them the reports carry twelve recommendations, three apiece for [Llanbister|S] and [Bleddfa|S] and six for [Beguildy|S].

N| [Ian Barrow|X], Regional Probation Director for Wales, said: “A recovery team has been in Beguildy since the summer.”
"""),
    # 2. two youth services in a local-news story, rated in the other order from the one first named: "X earned the top
    #    grade, ‘...’; Y had to settle for ‘...’"; the report day "out on Tuesday (11 February)" under a byline of Thursday
    #    13 February 2025; "visited in the autumn, in October 2024"; "seven recommendations, four of them for Y"
    ("knucklas-and-llangunllo-yjs-2025", facts([
        svc("Knucklas Youth Justice Service", "Knucklas YJS", "YJS", GOOD),
        svc("Llangunllo Youth Justice Service", "Llangunllo YJS", "YJS", OUT)], "2025-02-11", "2024-10", 7),
     """N| Top marks for youth team in Llangunllo as neighbour earns ‘[Good|R]’

N| By [Rhian Pryce|X]

N| [Thursday 13 February 2025|D]

N| Inspection reports on [Knucklas Youth Justice Service|S] and [Llangunllo Youth Justice Service|S] were out on Tuesday ([11 February|D]), after inspectors visited both in [October 2024|D].
N| [Llangunllo|S] earned the top grade, ‘[Outstanding|R]’; [Knucklas|S] had to settle for ‘[Good|R]’.

S| Inspectors singled out [Llangunllo|S]’s youth workers, who kept up weekly contact with children on hill farms where the bus runs twice a week.
S| [Knucklas|S]’s partnership with the [Powys Teaching Health Board|A] got speech therapy to children within a fortnight of referral.
W| The reports did note that [Knucklas YJS|S] had let some victim safety plans lapse after the first review.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small teams on the border have shown what attentive, patient work with children can achieve.”

R| Seven recommendations were made, four of them for [Knucklas|S] and the remaining three for [Llangunllo|S].

N| A spokesperson for [Powys County Council|A] said both teams were “thrilled” with the outcome.
"""),
    # 3. two Herefordshire PDUs in a justiceinspectorates news item, the region named as context after them: "X was graded
    #    ‘...’ and Y sits a step above it, at ‘...’"; "Published: 25 Mar 2025"; fieldwork "from 25 November to 6
    #    December 2024" (across two months); "nine recommendations: four go to X, five to Y"
    ("pilleth-and-cascob-pdus-2025", facts([
        svc("Pilleth Probation Delivery Unit", "Pilleth PDU", "PDU", INAD),
        svc("Cascob Probation Delivery Unit", "Cascob PDU", "PDU", RI)], "2025-03-25", "2024-11", 9),
     """N| News

N| Border probation units fall short, inspectors say

N| Published: [25 Mar 2025|D]

N| Our reports on [Pilleth Probation Delivery Unit|S] and [Cascob Probation Delivery Unit|S], two units of the [Probation Service – West Midlands region|S] serving north Herefordshire, are published today.
N| [Pilleth|S] was graded ‘[Inadequate|R]’ and [Cascob|S] sits a step above it, at ‘[Requires improvement|R]’.
N| Inspectors were in both units from [25 November to 6 December 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pilleth|S]’s officers were carrying eighty cases each, with a single senior manager stretched across two offices an hour apart.
S| “[Cascob|S] is in a steadier place; its leaders have a realistic plan and staff trust them.”

W| In neither unit was enough done to check on the safety of children living with people on probation.
S| [Cascob PDU|S]’s links with [West Mercia Police|A] on integrated offender management were a clear strength.

R| The reports contain nine recommendations: four go to [Pilleth|S], five to [Cascob|S].
"""),
    # 4. a unit inside its region, the region in the headline: "inspectors found X to be ‘...’"; the region's own 2023
    #    rating beside it; "Mr Jones went on"; "The unit was inspected in the second half of January 2024"; the notes'
    #    "from 00.01 on Thursday 13 June 2024"; "eight recommendations, six for the unit and two for the region"
    ("evenjobb-pdu-2024", facts([
        svc("Evenjobb Probation Delivery Unit", "Evenjobb PDU", "PDU", RI)], "2024-06-13", "2024-01", 8),
     """N| [Wales probation region|S]: inspectors report on [Evenjobb probation unit|S]

N| Inspectors found [Evenjobb Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ when they looked at its work in the second half of [January 2024|D].
N| The unit belongs to the [Probation Service – Wales region|S], whose own inspection, in [2023|D], left the region as a whole at ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Evenjobb|S] has a settled management team, and practitioners spoke warmly of the support they get from them.
W| “Too much of the unit’s risk work, though, rests on what people on probation tell their officers, with too few checks made elsewhere.”

W| Mr Jones went on: “We read cases in which domestic abuse call-outs had never been requested from [Dyfed-Powys Police|A].”

S| In nearly every case, people on probation had helped to write their own sentence plans, which were in plain language.
W| Some 9,400 hours of unpaid work were waiting to be done.

R| Eight recommendations are made, six for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published from 00.01 on [Thursday 13 June 2024|D] on the [HM Inspectorate of Probation|A] website.
N| 2. [Evenjobb PDU|S] covers a large rural part of Powys.
"""),
    # 5. a unit inside its region with an aspect rated on its own and the previous rating beside: "inspectors have
    #    assessed X, one of the units in the ... region, as ‘...’"; "a clear advance on the ‘Inadequate’ handed to it
    #    in 2022"; unpaid work "graded in its own right"; a GOV.UK-less news piece: "published on Wednesday 7 May 2025";
    #    "fieldwork in January 2025"
    ("gladestry-pdu-2025", facts([
        svc("Gladestry Probation Delivery Unit", "Gladestry PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2025-05-07", "2025-01", 5),
     """N| [Gladestry probation unit|S] climbs off the bottom rung

N| In a report published on [Wednesday 7 May 2025|D], inspectors have assessed [Gladestry Probation Delivery Unit|S], which answers to the [Probation Service – Wales region|S], as ‘[Requires improvement|R]’.
N| That is a clear advance on the ‘[Inadequate|R]’ handed to it in [2022|D].
S| Its unpaid work, graded in its own right, reached ‘[Good|R]’.
N| Fieldwork was carried out in [January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gladestry|S] has done a great deal in three years, and the staff there deserve real credit for it.
S| “Vacancies are down to two, and every practitioner we spoke to had regular supervision.
W| “What has not yet moved far enough is the assessment of risk to partners and children, which was thin in too many of the cases we read.”

W| Only 15 of 38 cases had given sufficient attention to the safety of others.
R| Managers must now make sure that every new case starts with checks with children’s services and the police.

R| The inspectorate sets out five recommendations in its report.
"""),
    # 6. a Probation Trust in 2012, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" lists; "Tuesday 18 September 2012" above "published today"; "in June and July 2012";
    #    nine recommendations
    ("clyro-and-boughrood-probation-trust-2012", facts([
        svc("Clyro and Boughrood Probation Trust", "Clyro and Boughrood Probation Trust", "other", None)],
        "2012-09-18", "2012-06", 9),
     """N| Offender management inspection of Clyro and Boughrood

N| [Tuesday 18 September 2012|D]

W| [Clyro and Boughrood Probation Trust|S] manages offenders’ compliance well but has more to do on protecting the public, [HM Inspectorate of Probation|A] concludes in a report out today.
N| Inspectors examined 80 cases in [June and July 2012|D].

N| Inspectors were pleased to find that:
S| • offenders were almost always seen promptly after sentence;
S| • enforcement action was taken swiftly when orders were breached;
S| • the Trust had good links with [Dyfed-Powys Police|A] through the local offender management scheme.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often generic and not reviewed;
W| • victims’ needs and wishes were given too little weight.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust’s staff clearly know the people they supervise and want them to succeed.
R| “Its managers now need to put the same energy into making sure that risk of harm is assessed carefully.”

R| Nine recommendations appear in the report.
"""),
    # 7. a CRC in 2020 run by a named provider, an embargo line: "found X ... to require improvement overall, written
    #    ‘Requires improvement’"; "inspectors were on site in the week of 11 November 2019"; a partner prison (SERVICE);
    #    "ten recommendations, eight for the CRC, the rest for HMPPS"
    ("disserth-and-nantmel-crc-2020", facts([
        svc("Disserth and Nantmel Community Rehabilitation Company", "Disserth and Nantmel CRC", "CRC", RI)],
        "2020-02-04", "2019-11", 10),
     """N| Embargoed: 00.01 [Tuesday 4 February 2020|D]

N| Probation company serving the Welsh borders must do more, say inspectors

N| The overall judgement [HM Inspectorate of Probation|A] reached on [Disserth and Nantmel Community Rehabilitation Company|S] (CRC) is ‘[Requires improvement|R]’.
N| The CRC, part of the [Working Links|A] group until last year, is now run by the [Seetec|A] group.
N| Inspectors were on site in the week of [11 November 2019|D].
N| The company supervises people on community orders and licences across Powys and the border counties.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Practitioners at this CRC are working hard, but they are being asked to supervise far more people than is safe.
W| “We found cases where a domestic abuse perpetrator had not been seen for six weeks and nobody had noticed.”

S| Through-the-gate staff at [HMP Berwyn|S] had found accommodation for most of the men released to the area.
S| The CRC’s women’s service, run from a community hub, was well regarded by the people who used it.

R| Of the ten recommendations, eight are addressed to the CRC; the rest fall to [HM Prison and Probation Service|A].
"""),
    # 8. a youth offending team written out on a Welsh council page: lower-case headline description; "the verdict on
    #    X Youth Offending Team is ‘...’"; joint with Care Inspectorate Wales; "Posted 26/06/2019"; "in March 2019"; six
    #    recommendations "of which one is for Dyfed-Powys Police"
    ("abbeycwmhir-yot-2019", facts([
        svc("Abbeycwmhir Youth Offending Team", "Abbeycwmhir YOT", "YJS", GOOD)], "2019-06-26", "2019-03", 6),
     """N| Inspection of the [Abbeycwmhir youth offending team|S]

N| Posted [26/06/2019|D]

N| [HM Inspectorate of Probation|A] inspected the [Abbeycwmhir Youth Offending Team|S] (YOT) in [March 2019|D], with [Care Inspectorate Wales|A], [Estyn|A] and [Healthcare Inspectorate Wales|A] taking part.
N| Its verdict on the [Abbeycwmhir YOT|S] is ‘[Good|R]’.

S| Inspectors reported that the team’s case managers knew each child’s story in detail and planned their work around it.
S| They also found that the [Abbeycwmhir YOT management board|A] was well attended and met regularly, was well attended and pushed the team hard on performance.
W| Work to keep children safe from exploitation was, however, less secure, and information from schools did not always reach case managers in time.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Children here are fortunate: the team is stable, experienced and genuinely curious about them.”

R| Six recommendations are made, of which one is for [Dyfed-Powys Police|A].

N| Councillor [Rachel Powell|X], cabinet member for young people at [Powys County Council|A], said: “This is a credit to everyone who works in the team.”
"""),
    # 9. an NPS division in 2019, a justiceinspectorates news item: "X of the National Probation Service" (one span);
    #    "the inspectorate settled on ‘...’ as the division’s overall regional rating"; victim work "rated separately"
    #    ‘Inadequate’; "Published: 5 Nov 2019"; fieldwork "from late June into July 2019" -> 2019-06
    ("heyope-nps-division-2019", facts([
        svc("Heyope Division of the National Probation Service", "NPS Heyope", "region", RI,
            [{"aspect": "victim work", "rating": INAD}])], "2019-11-05", "2019-06", 6),
     """N| News

N| Inspectors publish findings on [Heyope probation division|S]

N| Published: [5 Nov 2019|D]

N| After fieldwork from late [June|D] into [July 2019|D], the inspectorate’s overall regional rating for the [Heyope Division of the National Probation Service|S] stands at ‘[Requires improvement|R]’.
W| Victim work, rated separately, was found to be ‘[Inadequate|R]’.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Victims in [NPS Heyope|S]’s area too often heard nothing at all about the offender until after release, and some were never contacted.
S| “Its court teams, on the other hand, are among the best we have seen, and advice to sentencers was consistently sound.”

S| Staff were positive about their training, and managers had a good grip on performance.
W| Yet approved premises places were scarce, so some people were released with nowhere safe to stay.

R| Mr Russell said: “The division must put victim contact on a proper footing without delay.”

R| The report puts forward six recommendations, all for the division.
"""),
    # 10. an ordinary youth justice service on GOV.UK, ‘Good’: "has been rated" stock line; "in late May 2023"
    ("llowes-yjs-2023", facts([
        svc("Llowes Youth Justice Service", "Llowes YJS", "YJS", GOOD)], "2023-09-12", "2023-05", 3),
     """N| Press release

N| [Llowes youth justice service|S] is rated ‘[Good|R]’

N| A capable service that needs to sharpen its work on safety, say inspectors.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 September 2023|D]

N| [Llowes Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors spent a week with the service in late [May 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llowes|S]’s staff have built relationships with children that many larger services would envy.
S| “The board knows the service well and spends its money where it makes a difference.”

S| Education workers based in the team had got almost every child of school age back into lessons.
W| But plans to manage the safety of others were sometimes copied forward from earlier plans without fresh thought.

R| Inspectors set out three recommendations to help the service improve.
"""),
    # 11. an ordinary youth justice service on a Welsh council page, third person ("The inspectorate reported"), with the
    #     reply; "12/07/2022"; "inspected Erwood YJS during April 2022"; a rating given with "rating of"
    ("erwood-yjs-2022", facts([
        svc("Erwood Youth Justice Service", "Erwood YJS", "YJS", RI)], "2022-07-12", "2022-04", 7),
     """N| Youth justice inspection outcome

N| [12/07/2022|D]

N| [HM Inspectorate of Probation|A], which inspected the [Erwood Youth Justice Service|S] during [April 2022|D], has given it a rating of ‘[Requires improvement|R]’.
N| The service works with children aged 10 to 17 in the south of Radnorshire.

S| The inspectorate reported that children were treated with respect and that their health needs were picked up early.
W| It also reported that case records were often out of date and that managers were not checking the quality of work.
W| Out-of-court work was described as patchy, with no clear policy on when a child should be offered a diversion.

R| Seven recommendations have been made.

N| Councillor [Gwyn Jenkins|X], cabinet member for children’s services, said: “We have listened carefully and we will act.
N| “Our thanks go to the families who spoke to the inspectors.”
"""),
    # 12. an ordinary PDU rated ‘Inadequate’ in a justiceinspectorates news item: "sank to ‘...’, the lowest of the
    #     four ratings"; "Mr Jones continued"; a call to the region
    ("aberedw-pdu-2024", facts([
        svc("Aberedw Probation Delivery Unit", "Aberedw PDU", "PDU", INAD)], "2024-02-27", "2023-10", 6),
     """N| News

N| [Aberedw PDU|S] in serious trouble, inspection finds

N| Published: [27 Feb 2024|D]

N| Following our inspection in [October 2023|D], [Aberedw Probation Delivery Unit|S] sank to ‘[Inadequate|R]’, the lowest of the four ratings.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where the most basic tasks were slipping, appointments were missed, and nobody had looked at some cases for months.
W| “Only four of its twelve probation officer posts were filled by permanent staff.”

W| Mr Jones continued: “In too many cases, people who posed a high risk to women were being managed as if they posed little or none.”

S| The unit’s work with [Dyfed-Powys Police|A] to track prolific acquisitive offenders was an exception, and it worked well.
R| The region has to give the unit experienced managers, and quickly.

R| The report lists six recommendations.

N| A spokesperson for the [Probation Service|A] said a new head of service had started work in January.
"""),
    # 13. an ordinary youth justice service rated ‘Outstanding’ with an embargo line; "awarded X the highest mark";
    #     "between 16 and 20 September 2024"; the notes
    ("llanyre-yjs-2025", facts([
        svc("Llanyre Youth Justice Service", "Llanyre YJS", "YJS", OUT)], "2025-01-21", "2024-09", 2),
     """N| EMBARGO: not for publication before 00.01 on [Tuesday 21 January 2025|D]

N| [Llanyre Youth Justice Service|S] is ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has awarded [Llanyre Youth Justice Service|S] the highest mark it gives, ‘[Outstanding|R]’.
N| The service was inspected between [16 and 20 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What marks [Llanyre|S] out is the care its staff take to understand each child before they act.
S| “Every one of the cases we examined had an assessment we would be happy to use as an example for others.”

S| Its work on out-of-court disposals, built with [Dyfed-Powys Police|A], meant many children never entered the court system at all.
S| Children told inspectors that their workers had never given up on them, even when they missed appointments.
W| The one gap inspectors found was in the transfer of older children to adult probation, which was sometimes rushed.

R| Only two recommendations are made.
"""),
    # 14. an ordinary PDU, ‘Requires improvement’ with the phrase "came out at"; notes to editors give the day
    ("cefnllys-pdu-2023", facts([
        svc("Cefnllys Probation Delivery Unit", "Cefnllys PDU", "PDU", RI)], "2023-12-06", "2023-08", 7),
     """N| Cefnllys probation: some progress, more needed

N| [Cefnllys Probation Delivery Unit|S] has come out of its latest [HM Inspectorate of Probation|A] inspection at ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [August 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although new recruits are arriving, the unit is still relying on a small core of experienced staff who are close to exhaustion.
S| “Its partnership with [Powys County Council|A] on housing has, though, kept people off the streets who would otherwise have slept rough.”

W| Supervision of people convicted of sexual offences lacked structure, and home visits were not being carried out.
S| Inspectors were heartened by the unit’s use of people with lived experience as peer mentors.

R| Of the report’s seven recommendations, [HM Prison and Probation Service|A] receives two and the unit the other five.

N| ENDS

N| Notes to editors
N| 1. The report will be on the [HM Inspectorate of Probation|A] website from 00.01 on [6 December 2023|D].
"""),
    # 15. an ordinary youth justice service in 2021, local news: the report "released on Tuesday" (8 June) under a
    #     byline of Friday 11 June 2021; remote fieldwork "across March 2021"; "the inspectors’ grade: ‘Good’"
    ("dolau-yjs-2021", facts([
        svc("Dolau Youth Justice Service", "Dolau YJS", "YJS", GOOD)], "2021-06-08", "2021-03", 4),
     """N| Youth justice team praised by watchdog

N| [Friday 11 June 2021|D]

N| [Dolau Youth Justice Service|S] has been given a ‘[Good|R]’ grade by inspectors, in a report released on Tuesday ([8 June|D]).
N| Covid restrictions meant the inspectors worked from a distance, across [March 2021|D].

S| Inspectors found that case workers had kept children engaged through lockdown, with doorstep visits and regular phone calls.
S| The team’s work with [CAMHS|A] meant children could see a mental health worker quickly.
W| However, the report said the team had not yet done enough to understand why some groups of children were over-represented.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “I hope the team will build on this report.”

R| There are four recommendations.
"""),
    # 16. an ordinary youth offending service in 2020: "inspectors judged X (YOS) to be ‘...’"; "Tuesday, 3rd March
    #     2020"; "visited in November 2019"; five recommendations "four for the YOS, the fifth for its board"
    ("llandegley-yos-2020", facts([
        svc("Llandegley Youth Offending Service", "Llandegley YOS", "YJS", RI)], "2020-03-03", "2019-11", 5),
     """N| [Llandegley YOS|S] must improve, inspectors say

N| [Tuesday, 3rd March 2020|D]

N| Inspectors judged [Llandegley Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’, in a report published today.
N| They visited the service in [November 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Llandegley YOS|S] are kind and willing, but the quality of their assessments varies a great deal from one worker to the next.
W| “Few plans said how the YOS would protect children who were being exploited by adults.”

S| Reparation projects run with local farms and the national park were well organised and popular.
W| The YOS board had not met for five months before the inspection.

R| The report makes five recommendations: four for the YOS, the fifth for its board.
"""),
    # 17. a 2025 public-protection PDU inspection, no rating: "Context" / "Findings" bullets on GOV.UK, the region as
    #     context; "Ratings are not given in this programme."
    ("crossgates-pdu-2025", facts([
        svc("Crossgates Probation Delivery Unit", "Crossgates PDU", "PDU", None)], "2025-10-14", "2025-06", 4),
     """N| Press release

N| Public protection inspection of [Crossgates Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its public protection report on [Crossgates Probation Delivery Unit|S]; the unit is one of those making up the [Probation Service – Wales region|S].
N| Ratings are not given in this programme.
N| Inspectors were in the unit in [June 2025|D].

N| Context
N| • [Crossgates PDU|S] supervises some 600 people across central Powys.
N| • A third of its practitioners joined the [Probation Service|A] in the last two years.

N| Findings
S| • Most practitioners had a sound understanding of the risks in their cases.
W| • Information from the police on domestic abuse was requested in just half of the cases that warranted it.
W| • Risk management plans were rarely revised after a change in circumstances.
S| • Joint work with [Dyfed-Powys Police|A] under [MAPPA|A] was well organised.

R| The unit and the region share four recommendations.
"""),
    # 18. an ordinary youth justice service page with "Skip to content" and an empty "Published:" line: "inspectors
    #     have put X on ‘...’ overall"; "in early March 2024"; the notes' day
    ("whitton-yjs-2024", facts([
        svc("Whitton Youth Justice Service", "Whitton YJS", "YJS", RI)], "2024-09-17", "2024-03", 6),
     """N| Skip to content

N| Published:

N| [Whitton youth justice service|S] rated ‘[Requires improvement|R]’

N| Inspectors have put [Whitton Youth Justice Service|S] on ‘[Requires improvement|R]’ overall after visiting it in early [March 2024|D].

S| They found a team that was warm and persistent with children, and that was quick to find them places in education.
W| Yet in more than half of the cases inspected, work to protect other people from harm fell short.
W| The [Whitton YJS management board|A] was not getting the data it needed to hold the service to account.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Whitton|S]’s practitioners are committed, but commitment alone will not keep victims safe.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [17 September 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
