"""Builds the twenty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Kent PDUs on a GOV.UK page, the region ("Probation Service – Kent, Surrey & Sussex") named first: "The
    #    verdict for X and Z is ‘...’; Y, the weakest of the three, is ‘...’"; fieldwork "over the fortnight starting 4
    #    December 2023"; nine recommendations "three per unit"
    ("headcorn-staplehurst-and-marden-pdus-2024", facts([
        svc("Headcorn Probation Delivery Unit", "Headcorn PDU", "PDU", RI),
        svc("Staplehurst Probation Delivery Unit", "Staplehurst PDU", "PDU", INAD),
        svc("Marden Probation Delivery Unit", "Marden PDU", "PDU", RI)], "2024-05-14", "2023-12", 9),
     """N| Press release

N| Reports on three probation units in the Weald of Kent

N| The inspectorate sets out its findings on three neighbouring units.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Within [Probation Service – Kent, Surrey & Sussex|S], three units were looked at side by side: [Headcorn Probation Delivery Unit|S], [Staplehurst Probation Delivery Unit|S] and [Marden Probation Delivery Unit|S].
N| The verdict for [Headcorn|S] and [Marden|S] is ‘[Requires improvement|R]’; [Staplehurst|S], the weakest of the three, is ‘[Inadequate|R]’.
N| Inspection teams worked in the units over the fortnight starting [4 December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Staplehurst|S]’s probation officers were juggling upwards of seventy cases each, with agency staff filling almost half the desks.
W| “Checks on whether children were safe at home had simply not happened in many of the files we read.
S| “[Headcorn|S] and [Marden|S] have steadier teams, whose joint working with local drug and alcohol services is paying dividends for people on probation.”

S| [Marden PDU|S]’s work with women under supervision, built around a weekly drop-in at a community hub, drew particular credit.
W| Across all three, inspectors judged the handling of domestic abuse risk to be sound in under half the sampled cases.

R| Nine recommendations have been made, three per unit.

N| [Sarah Chapman|X], who leads probation in the region, said: “The findings are fair, and extra managers began work this month in the unit with the most vacancies.”
"""),
    # 2. two Cornish youth justice services in a local-news story: the reports "released last Tuesday (10 October)"
    #    under a byline of Friday 13 October 2023; "Y has secured ‘...’, while X lands one grade lower, on ‘...’" (the
    #    other order); fieldwork "in May and June 2023"; "five recommendations between them, three for Looe"
    ("looe-and-fowey-yjs-2023", facts([
        svc("Looe Youth Justice Service", "Looe YJS", "YJS", GOOD),
        svc("Fowey Youth Justice Service", "Fowey YJS", "YJS", OUT)], "2023-10-10", "2023-05", 5),
     """N| Cornwall’s coastal youth teams win the watchdog’s praise

N| By [Tom Polglase|X]

N| [Friday 13 October 2023|D]

N| Reports on [Looe Youth Justice Service|S] and [Fowey Youth Justice Service|S] were released last Tuesday ([10 October|D]), following visits in [May and June 2023|D].
N| [Fowey|S] has secured ‘[Outstanding|R]’, while [Looe|S] lands one grade lower, on ‘[Good|R]’.

S| According to the reports, [Fowey|S]’s staff had helped nearly every child on their books back into a classroom or an apprenticeship.
S| Inspectors also commended [Looe|S] for the speed with which it linked children to mental health workers from [CAMHS|A].
W| Yet in [Looe YJS|S], plans for keeping victims safe were sometimes left vague and went unrevised after circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children along this stretch of coast are being served by people who plainly care about them, and [Fowey|S] sets a standard others could learn from.”

R| The two reports carry five recommendations between them, three for [Looe|S] and two for [Fowey|S].

N| A spokesperson for [Cornwall Council|A] said staff in both towns had worked tirelessly and deserved the recognition.
"""),
    # 3. two Welsh PDUs on a justiceinspectorates news item: "Inspectors have awarded Y ‘...’ and given X their lowest
    #    grade, ‘...’" (the other order); "Published: 9 Apr 2025"; fieldwork "from 11 to 22 November 2024"; eight
    #    recommendations "six for the units themselves, while the Probation Service in Wales receives two"
    ("crickhowell-and-talgarth-pdus-2025", facts([
        svc("Crickhowell Probation Delivery Unit", "Crickhowell PDU", "PDU", INAD),
        svc("Talgarth Probation Delivery Unit", "Talgarth PDU", "PDU", RI)], "2025-04-09", "2024-11", 8),
     """N| News

N| Two probation units in Powys fall short of expectations

N| Published: [9 Apr 2025|D]

N| [HM Inspectorate of Probation|A] today releases its findings on [Crickhowell Probation Delivery Unit|S] and [Talgarth Probation Delivery Unit|S], both part of [Probation Service – Wales|S].
N| Inspectors have awarded [Talgarth|S] ‘[Requires improvement|R]’ and given [Crickhowell|S] their lowest grade, ‘[Inadequate|R]’.
N| The inspection team visited Powys from [11 to 22 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Crickhowell|S] told us plainly that they felt abandoned, and I could see why.
W| “Cases had been moved between officers so often that nobody held a full picture of the risks involved.”

S| [Talgarth|S]’s officers, by contrast, had built close working ties with [Dyfed-Powys Police|A] and shared information about high-risk cases every week.
W| In both units, people waiting for accredited programmes faced delays of many months, and some finished their sentences without starting one.
S| Welsh-speaking people on probation were routinely offered supervision in Welsh, which inspectors regarded as a real credit to the units.

R| The reports set out eight recommendations: six for the units themselves, while the [Probation Service|A] in Wales receives two.
"""),
    # 4. a unit inside its region, the region in the headline ("South Central probation region: ...") and the first
    #    sentence ("Probation Service South Central"); "has been graded ‘...’"; an embargo line "Under embargo until
    #    00.01 Thursday 18 July 2024"; fieldwork "During February 2024"; the region's own rating in 2023 as context; "Mr
    #    Jones went on"; six recommendations
    ("pangbourne-pdu-2024", facts([
        svc("Pangbourne Probation Delivery Unit", "Pangbourne PDU", "PDU", INAD)], "2024-07-18", "2024-02", 6),
     """N| Under embargo until 00.01 [Thursday 18 July 2024|D]

N| [South Central probation region|S]: a unit in Berkshire in serious difficulty

N| [Pangbourne Probation Delivery Unit|S], a unit within [Probation Service South Central|S], has been graded ‘[Inadequate|R]’ by inspectors.
N| When inspectors assessed the wider region in [2023|D], it came away with ‘[Requires improvement|R]’.
N| During [February 2024|D], inspectors read 52 case files and spoke to more than forty staff.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I found a unit where the basics of good supervision had been allowed to slip away.
W| “Many people subject to licence conditions had gone for weeks without an appointment, and warning signs were noticed only after something had gone wrong.”

R| Mr Jones went on: “The region must strengthen [Pangbourne|S]’s management team, and it must do so quickly.”

S| One bright spot was unpaid work, where placements were well run and supervisors were praised by the people doing them.
W| Exchanges of information with [Thames Valley Police|A] were irregular and depended on the goodwill of individuals.

R| In total there are six recommendations, of which four are addressed to the unit and two to the region.

N| ENDS

N| Notes to editors
N| 1. [Pangbourne PDU|S] covers West Berkshire and has around 800 people on its caseload.
"""),
    # 5. a unit inside its region, the region in the first sentence and the notes: "the inspectorate has concluded that
    #    X ‘requires improvement’" (lower case, the verb form); fieldwork "during April 2023"; the notes "Readers will
    #    find the report online from 00.01 on 5 September 2023"; four recommendations
    ("wadebridge-pdu-2023", facts([
        svc("Wadebridge Probation Delivery Unit", "Wadebridge PDU", "PDU", RI)], "2023-09-05", "2023-04", 4),
     """N| Probation unit in north Cornwall has ‘solid foundations’ but more to do

N| After inspecting one of the units belonging to [Probation Service – South West|S], the inspectorate has concluded that [Wadebridge Probation Delivery Unit|S] ‘[requires improvement|R]’.
N| A team of six inspectors spent time with the unit during [April 2023|D].

S| Leaders had a realistic picture of where the unit stood and a credible plan for recruiting the officers it lacked.
S| Practitioners showed real skill with people from isolated villages, often arranging appointments close to their homes.
W| Still, assessments of the harm people might cause to others were too often based on what they said about themselves, with little checking.
W| In only 14 cases out of 33 was there enough contact with children’s social care where it was needed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wadebridge|S] has laid solid foundations, and its staff care deeply about the communities they serve.
R| “Its managers must now make sure every assessment is tested against records held by the police and by children’s social workers.”

R| The report lists four recommendations.

N| ENDS

N| Notes to editors
N| 1. Readers will find the report online from 00.01 on [5 September 2023|D].
N| 2. [Wadebridge PDU|S] supervises people across north Cornwall on behalf of [Probation Service – South West|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: a score "out of 100"; bullet lists "Inspectors welcomed the fact
    #    that:" / "There was room for improvement in that:"; "Wednesday, 9th March 2011" above "Today sees the
    #    publication"; fieldwork "in November 2010"; seven recommendations
    ("ashburton-and-buckfastleigh-probation-trust-2011", facts([
        svc("Ashburton and Buckfastleigh Probation Trust", "Ashburton and Buckfastleigh Probation Trust", "other", None)],
        "2011-03-09", "2010-11", 7),
     """N| Offender management inspection of a probation trust in Devon

N| [Wednesday, 9th March 2011|D]

N| Today sees the publication of the offender management inspection of [Ashburton and Buckfastleigh Probation Trust|S], the work of [HM Inspectorate of Probation|A].
N| The inspectors were in Devon in [November 2010|D] and went through 70 offenders’ files.

S| On reducing the likelihood of reoffending, the Trust achieved a score of 77 out of 100, well above the average so far.
W| Public protection work lagged behind, on 59, and fell short of the level inspectors expect.

N| Inspectors welcomed the fact that:
S| • sentence plans were usually drawn up with the offender and reviewed on time;
S| • sex offenders were supervised hand in hand with [Devon and Cornwall Police|A].

N| There was room for improvement in that:
W| • offender managers did not always act when a warning sign of risk appeared;
W| • home visits were seldom used, even where a partner or child could be in danger.

S| [Andrew Bridges|X], HM Chief Inspector of Probation, said: “This is a small Trust that achieves a great deal with its resources, and its staff know their offenders well.
R| “Its leaders should now make public protection the first thing every manager checks.”

R| Seven recommendations follow in the full report.
"""),
    # 7. a CRC in 2019 owned by a named provider: "Overall, the verdict handed down to this CRC is ‘...’"; unpaid work
    #    "scored separately, earned ‘...’"; "Published: 23 Jul 2019"; "Inspectors visited in March 2019"; six
    #    recommendations to the CRC, its owner and HMPPS
    ("burford-and-charlbury-crc-2019", facts([
        svc("Burford and Charlbury Community Rehabilitation Company", "Burford and Charlbury CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-23", "2019-03", 6),
     """N| Probation company in west Oxfordshire: a mixed report

N| Published: [23 Jul 2019|D]

N| [HMI Probation|A] has now reported on [Burford and Charlbury Community Rehabilitation Company|S] (CRC), a company owned by [Purple Futures|A].
N| Overall, the verdict handed down to this CRC is ‘[Requires improvement|R]’.
S| Unpaid work, scored separately, earned ‘[Good|R]’.
N| Inspectors visited in [March 2019|D].

S| Unpaid work projects were well organised, and the community benefited from the gardens, paths and buildings that people on probation had restored.
W| In the general caseload, however, many people were supervised by telephone alone, even where there were signs of risk to a partner.
W| Information from the [National Probation Service|A] often arrived late, and the CRC seldom chased it.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Burford and Charlbury CRC|S] can be pleased with its unpaid work, but elsewhere it relies far too heavily on phone calls.
R| “The company and its owners need to make sure that anyone dangerous to others is met face to face.”

R| Six recommendations are listed: four shared between the CRC and [Purple Futures|A], and two which fall to [HMPPS|A] nationally.
"""),
    # 8. a youth offending team written out, on a Somerset council page in 2016, before ratings: a joint inspection with
    #    Ofsted and HMIC ("Her Majesty’s inspectors of probation", untagged); "Date: 15 November 2016"; fieldwork
    #    "during the week of 13 June 2016"; "satisfactory" on the old scale (not a rating); the YOT/YOS switch; four
    #    recommendations
    ("somerton-and-langport-yot-2016", facts([
        svc("Somerton and Langport Youth Offending Team", "Somerton and Langport YOT", "YJS", None)],
        "2016-11-15", "2016-06", 4),
     """N| Youth offending in Somerton and Langport: joint inspection report

N| Date: [15 November 2016|D]

N| Her Majesty’s inspectors of probation today publish their report on [Somerton and Langport Youth Offending Team|S] (YOT), a joint inspection in which colleagues from [Ofsted|A] and [HMIC|A] also took part.
N| Inspectors were in the area during the week of [13 June 2016|D].

W| Inspectors scored the YOT’s efforts on reoffending as satisfactory, whereas its public protection work was said to need improvement.

N| The report lists as positives that:
S| • children met their case manager soon after sentence and understood why they were seeing the YOT;
S| • links with schools meant that most children stayed in education.

N| Inspectors also noted that:
W| • the YOT did not always consider the safety of the victim when planning its work;
W| • management oversight of high-risk cases was limited.

R| Four recommendations go to the YOT management board.

N| Councillor [Frances Nicholson|X], cabinet member for children at [Somerset County Council|A], said: “The inspectors have our gratitude, and we will be working hard with the [Somerton and Langport YOS|S] team to take their advice forward.”
"""),
    # 9. a Youth Offending Service in 2019: "X (YOS) comes out as ‘...’ in an HMI Probation report that appears today
    #    (Tuesday 12 November)" (no year: fieldwork July 2019); "I want to see"; three recommendations
    ("lingfield-yos-2019", facts([
        svc("Lingfield Youth Offending Service", "Lingfield YOS", "YJS", GOOD)], "2019-11-12", "2019-07", 3),
     """N| ‘[Good|R]’ result for youth offending service in east Surrey

N| [Lingfield Youth Offending Service|S] (YOS) comes out as ‘[Good|R]’ in an [HMI Probation|A] report that appears today ([Tuesday 12 November|D]).
N| Three inspectors visited the service in [July 2019|D].

S| The report says the YOS is led by a board whose members ask searching questions and then check what happens.
S| Case workers found imaginative ways to involve parents, including evening meetings for those who worked during the day.
W| On the downside, some children returning from custody had no settled address arranged by the day they were released.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lingfield|S] is a confident service with every reason to be proud of its work.
R| “I want to see the same attention given to housing for children coming home from custody.”

R| Three recommendations are included, all directed at the YOS and its board.

N| The lead councillor for children at [Surrey County Council|A] said she was delighted with the outcome.
"""),
    # 10. an NPS division in 2019 written "National Probation Service Moretonhampstead Division" (no dash), the short
    #     "NPS Moretonhampstead"; "secures ‘...’ for the division as a whole"; fieldwork "in October and November 2018";
    #     notes "Date of publication: 28 February 2019"; seven recommendations
    ("moretonhampstead-nps-division-2019", facts([
        svc("National Probation Service Moretonhampstead Division",
            "NPS Moretonhampstead", "region", RI)], "2019-02-28", "2018-10", 7),
     """N| Probation division on Dartmoor’s edge told it must improve

N| The [National Probation Service Moretonhampstead Division|S] secures ‘[Requires improvement|R]’ for the division as a whole in the latest report by the inspectorate.
N| Inspectors carried out fieldwork in [October and November 2018|D].

S| Reports prepared for the courts were thorough and well reasoned, and sentencers valued them.
W| Staff shortages were severe, though, and some probation officers were holding twice the caseload the division considers safe.
W| Victims were not always told when an offender was about to be released, in breach of the division’s own procedures.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Moretonhampstead|S] does some things very well, but it is running on too few people.
R| “[HMPPS|A] has to find a way of getting qualified officers into the division and keeping them there.”

R| Seven recommendations are made; the division must take forward most of them, [HMPPS|A] the remainder.

N| ENDS

N| Notes to editors
N| 1. Date of publication: [28 February 2019|D].
"""),
    # 11. a GOV.UK page: "X is ‘...’, which is as high as inspectors can go" (no verb of rating); fieldwork "Fieldwork:
    #     6 - 10 May 2024"; congratulations in a quote; two recommendations
    ("theale-yjs-2024", facts([
        svc("Theale Youth Justice Service", "Theale YJS", "YJS", OUT)], "2024-10-03", "2024-05", 2),
     """N| Press release

N| Youth justice service in Berkshire is top of the class

N| A report on [Theale Youth Justice Service|S] has been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 October 2024|D]

N| [Theale Youth Justice Service|S] is ‘[Outstanding|R]’, which is as high as inspectors can go.
N| Fieldwork: [6 - 10 May 2024|D].

S| Inspectors saw a partnership in which police, health, schools and social care all pulled in the same direction for each child.
S| Every case manager spoke with confidence about the risks their children faced and how those risks were being reduced.
S| Victims were offered a say early on, and their wishes shaped the reparation work children carried out.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “What sets [Theale|S] apart is that nothing is left to chance; no child is ever overlooked.
S| “My congratulations go to the partnership, and I hope other services will visit to see how it is done.”

R| Only two recommendations appear in the report, both about keeping the service’s records up to date.
"""),
    # 12. "Three years after being rated ‘Inadequate’, X now sits at ‘...’" (previous rating beside); "Published:
    #     Thursday 17th November 2022"; fieldwork "spent two weeks with the service in July 2022"; six recommendations
    ("lambourn-yjs-2022", facts([
        svc("Lambourn Youth Justice Service", "Lambourn YJS", "YJS", RI)], "2022-11-17", "2022-07", 6),
     """N| Lambourn youth justice: ‘a service turning the corner’

N| Published: [Thursday 17th November 2022|D]

N| Three years after being rated ‘[Inadequate|R]’, [Lambourn Youth Justice Service|S] now sits at ‘[Requires improvement|R]’.
N| A team from [HMI Probation|A] spent two weeks with the service in [July 2022|D].

S| Under a new head of service the team had been rebuilt, and caseloads were now manageable for every worker.
S| Diversion, run jointly with [Thames Valley Police|A], was described as well thought through.
W| Even so, risk assessments were uneven, and plans to protect victims were missing from one sampled case in three.
W| The figures reaching the board still said next to nothing about how good the practice was.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Lambourn|S] is turning the corner, but there is further to go before every child can count on the same quality of help.
R| “Its board must start asking for evidence about the quality of practice, not just the volume.”

R| Of the six recommendations, five concern the service and one [West Berkshire Council|A].
"""),
    # 13. a Welsh council page: "12/03/2025" (day/month/year); "Inspectors gave X the lowest of the four possible
    #     ratings, ‘...’"; fieldwork "in late October 2024"; eleven recommendations; the council's apology
    ("criccieth-yjs-2025", facts([
        svc("Criccieth Youth Justice Service", "Criccieth YJS", "YJS", INAD)], "2025-03-12", "2024-10", 11),
     """N| Council statement: inspection of [Criccieth Youth Justice Service|S]

N| [12/03/2025|D]

N| Inspectors gave [Criccieth Youth Justice Service|S] the lowest of the four possible ratings, ‘[Inadequate|R]’, in a report which the inspectorate, [HMI Probation|A], released today.
N| The inspection took place in late [October 2024|D].

W| Inspectors found that the service did not know enough about the children it supervised to keep them, or others, safe.
W| Several children whom adults were exploiting for crime had nothing written down to protect them.
S| Inspectors did recognise the warmth of the relationships between case workers and children, and the service’s commitment to working through the medium of Welsh.
W| Leaders had been too slow to act on warnings raised by their own staff.

R| Eleven recommendations are made to the service, its management board, [Gwynedd Council|A] and [Betsi Cadwaladr University Health Board|A].

N| [Dafydd Gruffydd|X], the council’s head of children’s services, said: “We apologise for falling short, and work on a detailed action plan has begun.”
"""),
    # 14. a remote inspection in 2021: "deemed ‘...’"; "carried out remotely in February 2021"; "Release date for the
    #     report: 22 June 2021" in the notes; four recommendations
    ("painswick-yjs-2021", facts([
        svc("Painswick Youth Justice Service", "Painswick YJS", "YJS", GOOD)], "2021-06-22", "2021-02", 4),
     """N| Youth justice team in Gloucestershire kept children safe through lockdown

N| [Painswick Youth Justice Service|S] has been deemed ‘[Good|R]’ after an inspection carried out remotely in [February 2021|D].

S| Case managers kept in close touch with children throughout the pandemic, visiting in person wherever there were worries about safety.
S| Joint work with [Gloucestershire Constabulary|A] meant that children arrested for minor offences were quickly offered support instead of prosecution.
W| Help for children with speech and language difficulties, however, remained hard to get, and waits were long.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Under the most difficult conditions, this team did not lose sight of a single child.
S| “[Painswick|S]’s staff have earned real credit for that.”

R| Four recommendations are made, covering health provision, education and the use of data.

N| ENDS

N| Notes to editors
N| 1. Release date for the report: [22 June 2021|D].
"""),
    # 15. a justiceinspectorates news item with a date line: "X received a ‘...’ grading"; "Inspectors examined cases in
    #     September 2023"; "just 10 of 24 cases"; six recommendations including one for Devon and Cornwall Police
    ("hayle-yjs-2024", facts([
        svc("Hayle Youth Justice Service", "Hayle YJS", "YJS", RI)], "2024-01-24", "2023-09", 6),
     """N| News

N| Hayle youth justice: improvement needed on safety

N| [24 January 2024|D]

N| [Hayle Youth Justice Service|S] received a ‘[Requires improvement|R]’ grading from [HM Inspectorate of Probation|A].
N| Inspectors examined cases in [September 2023|D].

S| Children who spoke to inspectors said their workers listened and treated them fairly.
S| The service’s reparation scheme, run with local conservation groups, was popular with children and valued by the community.
W| Nonetheless, a plan properly addressing the danger to others existed in just 10 of 24 cases.
W| Managers were checking work too rarely to notice these gaps.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hayle|S]’s relationships with children are good, but warm relationships alone do not keep people safe.
R| “Leaders should build a routine of checking plans before they are signed off.”

R| Six recommendations are made, one of which calls on [Devon and Cornwall Police|A] to share arrest information more promptly.
"""),
    # 16. a 2020 release: "A ‘...’ rating has been awarded to X by ..."; "Tuesday, 14th July 2020" at the top; fieldwork
    #     "between 2 and 6 March 2020"; no count of recommendations (null)
    ("dawlish-yjs-2020", facts([
        svc("Dawlish Youth Justice Service", "Dawlish YJS", "YJS", GOOD)], "2020-07-14", "2020-03", None),
     """N| Seaside youth service earns praise from inspectors

N| [Tuesday, 14th July 2020|D]

N| A ‘[Good|R]’ rating has been awarded to [Dawlish Youth Justice Service|S] by [HM Inspectorate of Probation|A].
N| Inspectors were on site between [2 and 6 March 2020|D], days before Covid restrictions arrived.

S| The service was particularly skilled at helping children excluded from school, finding them alternative places quickly.
S| Children and parents were fully involved in planning, and many spoke highly of their case managers.
W| Diversion work outside the courts was less developed, and assessments in these cases were sometimes thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dawlish|S] may be small, yet it achieves far more than its size suggests.
S| “Its staff are tenacious on behalf of children and never give up on them.”

N| Further detail on next steps can be found in the full report.
"""),
    # 17. "‘...’ is the overall verdict on X"; resettlement "was scored on its own and fell short at ‘...’"; "Embargo:
    #     00:01 Wednesday 19 April 2023"; fieldwork "in the first half of December 2022"; five recommendations
    ("henfield-yjs-2023", facts([
        svc("Henfield Youth Justice Service", "Henfield YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2023-04-19", "2022-12", 5),
     """N| Embargo: 00:01 [Wednesday 19 April 2023|D]

N| Youth justice in West Sussex: strong overall, weaker on resettlement

N| ‘[Good|R]’ is the overall verdict on [Henfield Youth Justice Service|S] from [HM Inspectorate of Probation|A].
W| Resettlement was scored on its own and fell short at ‘[Requires improvement|R]’.
N| Inspectors worked with the service in the first half of [December 2022|D].

S| Inspectors were struck by the depth of the service’s understanding of each child’s background and experiences.
S| Partnerships with [Sussex Police|A] and local schools were strong, and information flowed quickly between them.
W| For children in custody, though, planning for release often began too late to secure housing and education.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Henfield|S] does a great deal right, and children in the community are well served.
R| “The partnership should now give children in custody the same early, joined-up planning.”

R| The report contains five recommendations.
"""),
    # 18. a 2025-26 public-protection inspection of a Somerset PDU: no rating, "Skip to content", "Out today is",
    #     "Background" and "What inspectors found" bullets, the region in a bullet; "Published: 4 Dec 2025"; fieldwork
    #     "in September 2025"; three recommendations
    ("watchet-pdu-2025", facts([
        svc("Watchet Probation Delivery Unit", "Watchet PDU", "PDU", None)], "2025-12-04", "2025-09", 3),
     """N| Skip to content

N| Probation in west Somerset: how well is the public protected?

N| Published: [4 Dec 2025|D]

N| Out today is the inspectorate’s public protection report on [Watchet Probation Delivery Unit|S].
N| No rating is given in inspections of this kind.
N| Inspectors gathered their evidence in [September 2025|D].

N| Background
N| • [Watchet PDU|S] is one of the units of [Probation Service – South West|S], covering west Somerset and Exmoor.
N| • Around 450 people are under its supervision.

N| What inspectors found
S| • Officers understood the people under their supervision well, including their living circumstances.
W| • In a large share of the cases that needed them, nobody had asked [Avon and Somerset Constabulary|A] whether officers had attended domestic incidents.
S| • Joint arrangements with partners for managing the highest-risk people worked well.
W| • Managers signed off risk assessments without always reading them closely.

R| Three recommendations follow, aimed at the unit and its region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
