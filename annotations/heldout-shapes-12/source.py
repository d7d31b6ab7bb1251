"""Builds the twelfth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. GOV.UK press-release page (skip link, standfirst, "From:", "Published" twice): "Inspectors who visited X in July 2024
    #    have given it an overall ‘...’ rating"; the region as context; a bare place as the subject of the quote
    ("dunstable-pdu-2024", facts([
        svc("Dunstable Probation Delivery Unit", "Dunstable PDU", "PDU", RI)], "2024-12-03", "2024-07", 6),
     """N| Skip to main content

N| Press release

N| [Dunstable probation unit|S] needs to improve, inspectors say

N| The inspectorate has published its report on probation work in Dunstable and south Bedfordshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 December 2024|D]

N| Inspectors who visited [Dunstable Probation Delivery Unit|S] in [July 2024|D] have given it an overall ‘[Requires improvement|R]’ rating.
N| The unit supervises about 1,400 people for [Probation Service – East of England|S].

S| Inspectors found that practitioners had earned the trust of the people on their caseloads, and that contact was regular and purposeful.
S| The unit’s integrated offender management scheme, run with [Bedfordshire Police|A], was well organised.
W| However, only 14 of the 32 cases reviewed contained an adequate assessment of the risk posed to children.
W| Practitioners also told inspectors that training on domestic abuse had been postponed several times.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dunstable|S] has a workforce that cares about getting things right.
W| “What it lacks is the time and the management oversight to make that care count where the risk is highest.”

R| Six recommendations are made; among them, that each assessment should say what the person on probation means for any children they live with.

N| Updates to this page

N| Published [3 December 2024|D]
"""),
    # 2. justiceinspectorates.gov.uk news item: breadcrumb, a bare date line, a lower-case headline name; "The inspectorate’s
    #    verdict on X: ‘Good’."; "Fieldwork ran through November and December 2022"; four recommendations split 3 + 1
    ("harlow-yjs-2023", facts([
        svc("Harlow Youth Justice Service", "Harlow YJS", "YJS", GOOD)], "2023-03-21", "2022-11", 4),
     """N| Home > Our work > News

N| Inspectors praise ‘child-first’ culture at [Harlow youth justice service|S]

N| [21 March 2023|D]

N| The inspectorate’s verdict on [Harlow Youth Justice Service|S]: ‘[Good|R]’.
N| Fieldwork ran through [November and December 2022|D], and inspectors looked at the work of the service and its partners with 41 children.

S| Inspectors found that case managers knew their children well and adapted their approach to each child’s needs and background.
S| Children and parents spoke highly of the service, with one parent describing their son’s case manager as “the first person who listened”.
S| Because [Harlow YJS|S] worked so closely with local schools, most children were back in full-time education within a term.
W| Inspectors did find that protecting potential victims was not consistently done well, especially when children moved between placements.
W| Less well developed was the service’s out-of-court work, where decisions were not always recorded clearly.

S| Chief Inspector of Probation [Martin Jones|X] said: “Children come first in Harlow, and you can see it in what they go on to achieve.
R| “The board now needs to bring that same care to keeping other people safe.”

R| The inspectorate made four recommendations; three are aimed at the management board of the service, one at [Essex Police|A].
"""),
    # 3. a county council news page in the council's voice: "Date: 14/06/2022" and "put its report online today";
    #    "Inspectors have told X that it ‘Requires improvement’"; no fieldwork date (null); the councillor's reply
    ("basildon-yos-2022", facts([
        svc("Basildon Youth Offending Service", "Basildon YOS", "YJS", RI)], "2022-06-14", None, 5),
     """N| [Essex County Council|A]

N| News

N| Youth offending inspection report published

N| Date: [14/06/2022|D]

N| Inspectors have told [Basildon Youth Offending Service|S] that it ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] put its report online today.

S| The inspectors saw how committed our staff are and how strong their relationships with young people can be.
S| They highlighted the speech and language support offered by [Basildon YOS|S] as an example of good practice.
W| The report also says that plans to manage risk were not always reviewed when a young person’s circumstances changed, and that the management board had not had a clear enough picture of performance.
R| It makes five recommendations, which we are already working on with our partners.

N| Councillor [Jane Ferris|X], who leads on children’s services, said: “This is a fair report, and we are grateful for it.
N| “We will not rest until every young person in Basildon gets the support they need.”
"""),
    # 4. local news: a lower-case rating after "rated" in the headline, a byline date, the report published "on Thursday"
    #    (the day before the byline, no date written), fieldwork "in February" with no year; "– the bottom of a four-point
    #    scale –"
    ("margate-pdu-2023", facts([
        svc("Margate Probation Delivery Unit", "Margate PDU", "PDU", INAD)], "2023-06-08", "2023-02", 9),
     """N| [Margate probation service|S] rated ‘[inadequate|R]’ by watchdog

N| By [Tom Gallagher|X]

N| [Friday 9 June 2023|D]

N| The probation service in Margate has been rated ‘[Inadequate|R]’ – the bottom of a four-point scale – in a damning report.
N| The findings on [Margate Probation Delivery Unit|S] were released on Thursday by [HM Inspectorate of Probation|A].
N| Inspectors spent a fortnight at the unit, which supervises around 1,200 people across Thanet, in [February|D].

W| They found staff were “overwhelmed”, with some probation officers responsible for more than 70 cases.
W| In over half the cases inspectors examined, not enough had been done to protect people at risk of domestic abuse.
W| Chief Inspector of Probation [Martin Jones|X] said: “I recognise the pressures on probation staff across Kent, but the people of Margate deserve better than this.”
S| He added that there were “green shoots”, including a new senior leader with a clear plan and close ties to the town’s drug and alcohol treatment services.

R| The watchdog made nine recommendations, chiefly for the unit and the [Probation Service|A]’s regional leaders.
N| Responding, the [Probation Service|A] said it accepted the findings and had already moved extra staff into Margate.
"""),
    # 5. two PDUs of one region, the region only in the headline and "The region must"; "placed X in the ‘...’ band and Y
    #    in the lowest band"; counts given per report only (5 + 7); the regional director's reply; "Online publication of
    #    both reports: <date>, 00:01"
    ("gravesend-and-sittingbourne-pdus-2025", facts([
        svc("Gravesend Probation Delivery Unit", "Gravesend PDU", "PDU", RI),
        svc("Sittingbourne Probation Delivery Unit", "Sittingbourne PDU", "PDU", INAD)], "2025-02-11", "2024-10", 12),
     """N| [Kent, Surrey and Sussex probation region|S]: verdicts on two north Kent units

N| Two PDUs in north Kent are the subject of new reports from [HM Inspectorate of Probation|A]: [Gravesend Probation Delivery Unit|S] and [Sittingbourne Probation Delivery Unit|S].
N| Inspectors placed [Gravesend PDU|S] in the ‘[Requires improvement|R]’ band and [Sittingbourne PDU|S] in the lowest band, ‘[Inadequate|R]’.
N| Fieldwork in both units was completed in [October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gravesend|S] has held on to most of its experienced officers, and that stability showed in the quality of its court work.
W| “[Sittingbourne|S], by contrast, has been running on agency staff for more than a year, and too many people on probation there had never met the same officer twice.
R| “The region must give [Sittingbourne|S] the practical support it needs, and quickly.”

W| In both units, inspectors found that home visits in domestic abuse cases were rare.
S| At [Gravesend PDU|S], the partnership with [Kent Police|A] in managing sex offenders was a real strength.
R| [Gravesend|S]’s report makes five recommendations and [Sittingbourne|S]’s makes seven.

N| The regional probation director, [Sarah Okafor|X], said: “We are already recruiting permanent staff for north Kent.”

N| ENDS

N| Notes to editors
N| 1. Online publication of both reports: [Tuesday 11 February 2025|D], 00:01.
"""),
    # 6. a unit inside its region: the region first in the headline and again in the first sentence, the regional
    #    director's reply; "has come out of its inspection with a ‘...’ verdict"; "Published: 16 Sep 2025"; "were on site
    #    from 2 to 6 June 2025"
    ("bridgwater-pdu-2025", facts([
        svc("Bridgwater Probation Delivery Unit", "Bridgwater PDU", "PDU", RI)], "2025-09-16", "2025-06", 8),
     """N| [South West probation region|S]: [Bridgwater probation unit|S] needs firmer checks on risk

N| Published: [16 Sep 2025|D]

N| [Bridgwater Probation Delivery Unit|S], which answers to regional leaders in the [South West probation region|S], has come out of its inspection with a ‘[Requires improvement|R]’ verdict.
N| Inspectors were on site from [2 to 6 June 2025|D] and examined 40 cases.

S| They found a unit that knew where it was going, where senior leaders were visible and staff felt listened to.
S| Work with [Somerset Council|A] on housing was effective, and few people left prison without an address.
W| Yet the assessment of risk was often based on what people on probation said about themselves, with too few checks with the police or children’s services.
W| Inspectors also found that sentence plans were rarely updated after a significant event.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Checking what you are told is the most basic part of keeping people safe, and in Bridgwater it is not happening often enough at the moment.”

R| There are eight recommendations in the report.

N| [David Marsh|X], who leads probation across the South West, said: “We will use this report to drive improvement across the region.”
"""),
    # 7. "Youth Offending Team" written out (2019): "has awarded X an overall ‘Good’"; an aspect "graded in their own
    #    right"; fieldwork "in the second week of May 2019"; "All three of the report’s recommendations are for"
    ("dorchester-yot-2019", facts([
        svc("Dorchester Youth Offending Team", "Dorchester YOT", "YJS", GOOD,
            [{"aspect": "diversion and out-of-court disposals", "rating": OUT}])], "2019-08-22", "2019-05", 3),
     """N| Dorchester youth offending work ‘[Good|R]’, with some outstanding practice

N| [22 August 2019|D]

N| [HM Inspectorate of Probation|A] has awarded [Dorchester Youth Offending Team|S] an overall ‘[Good|R]’.
S| Diversion and out-of-court disposals, graded in their own right, were ‘[Outstanding|R]’.
N| Its fieldwork took place in the second week of [May 2019|D].

S| Inspectors said that the YOT’s diversion scheme, run jointly with [Dorset Police|A], was thoughtful and carefully targeted, and that very few of the children who took part went on to offend.
S| Staff were well trained and spoke with enthusiasm about their work.
W| On the other hand, some children subject to court orders waited too long for a first appointment with a mental health worker.
W| The team’s premises were also unsuitable for meeting children safely.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Dorchester YOT|S] is a well-led team, and its diversion work stands comparison with any we have inspected.”

R| All three of the report’s recommendations are for the YOT’s management board.
"""),
    # 8. a CRC in 2018 owned by a named provider: "The CRC’s overall grade is"; an aspect "assessed on its own"; the NPS as
    #    context; "during June 2018"; the publication date in the notes in words
    ("halifax-and-calder-crc-2018", facts([
        svc("Halifax and Calder Community Rehabilitation Company", "Halifax and Calder CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-25", "2018-06", 7),
     """N| Probation company in Calderdale: better on unpaid work than on risk

N| Today’s [HM Inspectorate of Probation|A] report covers [Halifax and Calder Community Rehabilitation Company|S], which [Interserve|A] owns.
N| The CRC’s overall grade is ‘[Requires improvement|R]’.
S| Unpaid work, assessed on its own, was ‘[Good|R]’, with well-run projects that local charities valued.
N| Inspectors examined the company’s work during [June 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Far too many people supervised by [Halifax and Calder CRC|S] are reporting by telephone, and I am not convinced that is enough to keep the public safe.
W| “Probation officers told us they did not have time to do the job properly.”

S| Inspectors did find that relationships with the [National Probation Service|A] were good, so that cases moved smoothly from court to the CRC.
W| However, domestic abuse checks with [West Yorkshire Police|A] were missing from one relevant case in three.

R| The report contains seven recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication: [25 October 2018|D].
"""),
    # 9. a Welsh council page: "12/03/2024", bilingual furniture, "Cyngor Gwynedd"; "have graded X ‘Good’";
    #    fieldwork "during the week of 27 November 2023"; the joint inspectorates; two recommendations
    ("bangor-yjs-2024", facts([
        svc("Bangor Youth Justice Service", "Bangor YJS", "YJS", GOOD)], "2024-03-12", "2023-11", 2),
     """N| Newyddion / News

N| Inspectors give ‘[Good|R]’ grade to Bangor youth justice work

N| [12/03/2024|D]

N| [HM Inspectorate of Probation|A] inspectors, working alongside [Estyn|A] and [Care Inspectorate Wales|A], have graded [Bangor Youth Justice Service|S] ‘[Good|R]’.
N| The inspection was carried out during the week of [27 November 2023|D].

S| The report praises the service for the way it works in both Welsh and English, so that children and families can always speak in the language they prefer.
S| Inspectors also found strong joint working with [North Wales Police|A], and a nurse from [Betsi Cadwaladr University Health Board|A] was based with the service for part of each week.
W| They noted that some children’s plans did not say clearly enough how risks to others would be managed.
R| Two recommendations are made, and the service has drawn up an action plan in response.

N| Councillor [Elin Hughes|X], the [Cyngor Gwynedd|A] lead member for children, said: “Our thanks go to the staff of [Bangor YJS|S] for their dedication.”
"""),
    # 10. a Probation Trust in 2012, no rating: "Fieldwork was undertaken in January 2012"; percentage scores; the date in
    #     the notes
    ("carmarthen-probation-trust-2012", facts([
        svc("Carmarthen Probation Trust", "Carmarthen Probation Trust", "other", None)], "2012-05-17", "2012-01", 8),
     """N| [Carmarthen Probation Trust|S]: good work to reduce reoffending, but risk of harm work needs attention

S| Work by [Carmarthen Probation Trust|S] to cut reoffending was done well enough in 76% of cases, its inspection report, out today, shows.
W| Work to protect the public from harm, however, reached the required standard in only 62% of cases.
N| Fieldwork was undertaken in [January 2012|D], when [HM Inspectorate of Probation|A] staff looked at 70 cases.

S| Inspectors were pleased that offenders were seen promptly after sentence and that their diversity needs were well understood.
W| They were concerned that risk of harm assessments were sometimes completed late, and that home visits were not always carried out in households with children.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Carmarthen|S] is a small Trust with committed staff.
R| “Its managers should now extend the quality checks they already carry out on court work to risk of harm work.”

R| The report makes eight recommendations, one of them for [Dyfed-Powys Police|A].

N| ENDS

N| Notes to editors
N| 1. Publication date of the report: [17 May 2012|D].
"""),
    # 11. an embargo line in capitals at the top; "has achieved the inspectorate’s highest rating"; "Inspectors spent the
    #     week of 10 February 2025 with the service"; "The report’s two recommendations go to ... and to"
    ("monmouth-yjs-2025", facts([
        svc("Monmouth Youth Justice Service", "Monmouth YJS", "YJS", OUT)], "2025-06-24", "2025-02", 2),
     """N| EMBARGO: 00:01 [TUESDAY 24 JUNE 2025|D]

N| [Monmouth youth justice service|S] achieves the inspectorate’s highest rating

N| [Monmouth Youth Justice Service|S] has achieved the inspectorate’s highest rating, ‘[Outstanding|R]’.
N| Inspectors spent the week of [10 February 2025|D] with the service, reading the cases of 28 children and hearing from their families.
S| Each child’s plan was built around their own goals, and children helped to write it.
S| The service’s work with victims was a particular strength: victims were contacted quickly and their wishes shaped the work with children.
S| Encouragingly, far fewer local children were entering the justice system for a first offence than in [2022|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone involved with [Monmouth YJS|S] has earned this result.
S| “The management board knows the service inside out and holds every partner to its promises.”

R| The report’s two recommendations go to the service and to [Aneurin Bevan University Health Board|A].

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] inspected [Monmouth YJS|S] jointly with [Estyn|A] and [Healthcare Inspectorate Wales|A].
"""),
    # 12. three PDUs of one county in one release, the region named in the first sentence ("the Probation Service’s West
    #     Midlands region"); the ratings in a colon list
    #     ("Pershore: ‘Good’"); "Each report makes four recommendations" (12 in all, not written); "04 November 2025"
    ("pershore-bewdley-and-droitwich-pdus-2025", facts([
        svc("Pershore Probation Delivery Unit", "Pershore PDU", "PDU", GOOD),
        svc("Bewdley Probation Delivery Unit", "Bewdley PDU", "PDU", RI),
        svc("Droitwich Probation Delivery Unit", "Droitwich PDU", "PDU", RI)], "2025-11-04", "2025-06", 12),
     """N| Probation in Worcestershire: one unit ‘[Good|R]’, two ‘[Requires improvement|R]’

N| [04 November 2025|D]

N| Three probation delivery units in the [Probation Service|A]’s [West Midlands region|S] are the subject of [HM Inspectorate of Probation|A] reports published today: [Pershore Probation Delivery Unit|S], [Bewdley Probation Delivery Unit|S] and [Droitwich Probation Delivery Unit|S].
N| Inspectors spent three weeks in [June 2025|D] looking at the three units.
N| The ratings are:
N| • [Pershore|S]: ‘[Good|R]’
N| • [Bewdley|S]: ‘[Requires improvement|R]’
N| • [Droitwich|S]: ‘[Requires improvement|R]’

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Few PDUs are rated ‘[Good|R]’ these days, and [Pershore|S] has earned it through steady, careful work with every case.
W| “[Bewdley|S] and [Droitwich|S] have the same regional support but have struggled to fill vacancies, and it shows in the quality of their risk assessments.”

S| At [Pershore PDU|S], inspectors found that almost every case had a sound risk management plan.
W| At [Droitwich PDU|S], almost one practitioner post in three was empty.
W| At [Bewdley PDU|S], a shortage of accredited programme places meant long waits before people could begin the courses their sentences required.

R| Each report makes four recommendations.
"""),
    # 13. justiceinspectorates news item: a date line "08 September 2022"; "has received the lowest possible rating:";
    #     "Inspectors carried out their fieldwork ... in May 2022"; 11 recommendations, "the PDU gets seven, and HMPPS four"
    ("rugeley-pdu-2022", facts([
        svc("Rugeley Probation Delivery Unit", "Rugeley PDU", "PDU", INAD)], "2022-09-08", "2022-05", 11),
     """N| Probation unit in Staffordshire ‘[Inadequate|R]’ as staff shortages take their toll

N| [08 September 2022|D]

N| [Rugeley Probation Delivery Unit|S] has received the lowest possible rating: ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork, partly in person and partly by video call, in [May 2022|D].

W| Two in every five practitioner posts were unfilled, and the staff who remained carried caseloads well above the national guidance.
W| Only nine of the 35 cases inspectors examined showed enough being done about the risk of harm.
W| Managers had so little time that some staff had not had a supervision session for six months.
S| Despite these pressures, inspectors found that staff were dedicated and tenacious, and that people on probation said their officers treated them with respect.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rugeley|S] is a unit in crisis, and the people it supervises and the public are not getting the service they are entitled to.
R| “[HMPPS|A] must make this unit a priority for staff and for support.”

R| The report makes 11 recommendations: the PDU gets seven, and [HMPPS|A] four.
"""),
    # 14. remote fieldwork in 2021: "inspectors worked remotely when they examined the service in February 2021";
    #     "Tuesday, 29th June 2021" with an ordinal and "In a report out today"; "its overall grade is ‘...’"
    ("winsford-yjs-2021", facts([
        svc("Winsford Youth Justice Service", "Winsford YJS", "YJS", RI)], "2021-06-29", "2021-02", 6),
     """N| Inspectors publish report on youth justice in Winsford

N| [Tuesday, 29th June 2021|D]

N| In a report out today, inspectors found that [Winsford Youth Justice Service|S] required improvement, and its overall grade is ‘[Requires improvement|R]’.
N| Because of the pandemic, inspectors worked remotely when they examined the service in [February 2021|D].

S| Inspectors found that the service had kept in touch with children throughout the lockdowns, using video calls, doorstep visits and walks in the park.
S| Its diversion scheme, run with [Cheshire Constabulary|A], was well organised.
W| However, too many assessments did not consider the risk that a child was being exploited, and management oversight of these cases was weak.
W| The partnership board did not receive enough information to challenge the service’s performance.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff of [Winsford YJS|S] have worked hard through a very difficult year.
R| “The board must now see that exploitation is considered in every assessment.”

R| The report includes six recommendations, aimed at the service and the partners on its board.
"""),
    # 15. the overall rating, the previous inspection's rating and an aspect "rated separately" in one sentence ("Inspectors
    #     have given X ‘Good’, one step down from the ‘Outstanding’ it received in 2019, while its resettlement work, rated
    #     separately, was ‘...’"); "The inspection was in March 2024"; the publication date in the notes
    ("woking-yjs-2024", facts([
        svc("Woking Youth Justice Service", "Woking YJS", "YJS", GOOD,
            [{"aspect": "resettlement work", "rating": RI}])], "2024-07-16", "2024-03", 5),
     """N| Youth justice service in Surrey keeps a strong grade but slips from the top

N| Inspectors have given [Woking Youth Justice Service|S] ‘[Good|R]’, one step down from the ‘[Outstanding|R]’ it received in [2019|D], while its resettlement work, rated separately, was ‘[Requires improvement|R]’.
N| The inspection was in [March 2024|D].

S| Case managers had close, trusting relationships with children, and the service’s work with [Surrey Police|A] on diverting children from court was effective.
S| Children’s health needs were met quickly, with a nurse and a psychologist based in the team.
W| But some children came out of custody with no suitable address arranged, and planning for their return started too late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Woking|S] remains a good service, with much to be proud of.
W| “Its work with children in custody has not kept pace, and that is where the board needs to focus.”

R| The report contains five recommendations, two of them for [Surrey County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report’s publication date is [16 July 2024|D].
"""),
    # 16. a 2025-26 public-protection inspection: "Context" and "Findings" bullets, no rating (null); fieldwork "during
    #     September 2025"; the publication date in a GOV.UK "Published" line
    ("bexhill-pdu-2026", facts([
        svc("Bexhill Probation Delivery Unit", "Bexhill PDU", "PDU", None)], "2026-01-20", "2025-09", 4),
     """N| Press release

N| Public protection inspection: [Bexhill Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [20 January 2026|D]

N| This is the report of a public protection inspection at [Bexhill Probation Delivery Unit|S], overseen by the [Kent, Surrey and Sussex probation region|S].
N| These inspections do not give a rating.

N| Context
N| • Inspectors visited [Bexhill PDU|S] during [September 2025|D] and read 30 cases, all of them people judged likely to cause serious harm.
N| • The PDU supervises about 650 people across the Rother district of East Sussex.

N| Findings
S| • Staff at [Bexhill|S] knew their high-risk cases well and kept in regular contact with them.
S| • Information sharing with [Sussex Police|A] through [MAPPA|A] meetings was timely and useful.
W| • Where domestic abuse was a concern, home visits had happened in under half of the cases.
W| • Risk management plans were often not updated after an arrest or a change of address.

R| The report makes four recommendations to improve public protection work in the PDU.
"""),
    # 17. a pre-2018 joint youth inspection: no rating (null); "Inspectors were pleased that:" and "However, inspectors were
    #     concerned that:" lists; recommendations with recipients but no count (null); a bare date line
    ("salisbury-yos-2017", facts([
        svc("Salisbury Youth Offending Service", "Salisbury YOS", "YJS", None)], "2017-04-06", "2017-01", None),
     """N| [Salisbury Youth Offending Service|S]: joint inspection findings

N| [6 April 2017|D]

N| [HM Inspectorate of Probation|A] led this inspection; inspectors from [HMIC|A], [Ofsted|A] and the [Care Quality Commission|A] joined them.
N| Inspectors visited [Salisbury Youth Offending Service|S] in [January 2017|D].

N| Inspectors were pleased that:
S| • leaders and board members shared a clear view of priorities;
S| • case managers were skilled at engaging children who had been reluctant to take part;
S| • reparation projects gave children the chance to put something back into their community.

N| However, inspectors were concerned that:
W| • assessments of the harm children might cause to others were not always thorough enough;
W| • some children did not get the specialist help with substance misuse they needed.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Salisbury YOS|S] has built a great deal on firm foundations.
R| “It now needs to give work to protect the public the same attention as work to help children change.”

R| Recommendations in the report are addressed to the service and to its partner agencies.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twelfth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
