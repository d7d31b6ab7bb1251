"""Builds the forty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Leicestershire PDUs on a GOV.UK page, the region named first ("two Leicestershire units run by Probation
    #    Service – East Midlands region"): "X lands at ‘...’, while Y sinks to ‘...’"; fieldwork "between 4 and 13 June
    #    2024"; notes "made available on ...’s own website on 15 October 2024 at 00.01"; eleven recommendations "six for
    #    Sileby, five for Markfield" (the other order)
    ("markfield-and-sileby-pdus-2024", facts([
        svc("Markfield Probation Delivery Unit", "Markfield PDU", "PDU", RI),
        svc("Sileby Probation Delivery Unit", "Sileby PDU", "PDU", INAD)], "2024-10-15", "2024-06", 11),
     """N| Press release

N| Two probation delivery units in Leicestershire: reports published

N| Inspectors assess a pair of East Midlands delivery units.

N| From: [HM Inspectorate of Probation|A]

N| This week brings reports on two Leicestershire units run by [Probation Service – East Midlands region|S]: [Markfield Probation Delivery Unit|S] and [Sileby Probation Delivery Unit|S].
N| [Markfield|S] lands at ‘[Requires improvement|R]’, while [Sileby|S] sinks to ‘[Inadequate|R]’.
N| Fieldwork in the two offices ran between [4 and 13 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Markfield|S] has a steady core of experienced officers who plainly care what becomes of those they supervise.
W| “In Sileby the story is very different: half of all officer posts stood empty and new starters were being handed complex cases within weeks.”

S| Sentence plans at [Markfield PDU|S] were written with the person on probation rather than for them.
W| Across both units, roughly a third of the files read held no record of checks with [Leicestershire Police|A] on domestic abuse call-outs.
W| [Sileby|S]’s managers admitted they had lost track of how many people were overdue an appointment.

R| Eleven recommendations are set out, six for [Sileby|S], five for [Markfield|S].

N| ENDS

N| Notes to editors
N| 1. Both reports are to be made available on [HM Inspectorate of Probation|A]’s own website on [15 October 2024|D] at 00.01.
N| 2. Units are graded by the inspectorate on a four-point scale.
"""),
    # 2. two Northamptonshire youth services on a council news page: "Posted 12/03/2024"; "The two services came away with
    #    ‘...’ and ‘...’ respectively"; fieldwork "in October and November 2023"; "three for Raunds and two for Thrapston";
    #    the council's reply
    ("raunds-and-thrapston-yjs-2024", facts([
        svc("Raunds Youth Justice Service", "Raunds YJS", "YJS", GOOD),
        svc("Thrapston Youth Justice Service", "Thrapston YJS", "YJS", OUT)], "2024-03-12", "2023-10", 5),
     """N| News

N| Top marks for [Thrapston|S] as youth justice reports land

N| Posted [12/03/2024|D]

N| This morning [His Majesty’s Inspectorate of Probation|A] released its reports on [Raunds Youth Justice Service|S] and [Thrapston Youth Justice Service|S].
N| The two services came away with ‘[Good|R]’ and ‘[Outstanding|R]’ respectively.
N| Inspectors spent time with both teams in [October and November 2023|D].

S| [Thrapston|S]’s case workers were said to know every youngster they worked with “inside out”, and every child inspected had a place in school, college or training.
S| Inspectors also commended [Raunds|S] for how fast children got to see mental health workers from the [NHS|A].
W| On the debit side, [Raunds YJS|S] had been slow at times to pass [Northamptonshire Police|A] what it knew about children being exploited.

R| Between them the reports carry five recommendations: three for [Raunds|S] and two for [Thrapston|S].

N| Councillor [Helen Ashworth|X], executive member for children at [North Northamptonshire Council|A], said: “My thanks go to all the staff involved; we will act on the recommendations straight away.”
"""),
    # 3. a unit inside its region, the region in the headline ("East Midlands probation region: bottom grade for
    #    Bugbrooke") and its own earlier rating as context ("For the region as a whole, 2023’s inspection had ended in
    #    ‘...’"); "X ... gets ‘Inadequate’, the bottom grade"; "Published: 6 Feb 2025"; fieldwork "held over a fortnight in
    #    September 2024"; "Mr Jones continued"; six recommendations, the sixth to HMPPS
    ("bugbrooke-pdu-2025", facts([
        svc("Bugbrooke Probation Delivery Unit", "Bugbrooke PDU", "PDU", INAD)], "2025-02-06", "2024-09", 6),
     """N| News

N| [East Midlands probation region|S]: bottom grade for [Bugbrooke|S]

N| Published: [6 Feb 2025|D]

N| [Bugbrooke Probation Delivery Unit|S], covering a corner of west Northamptonshire, gets ‘[Inadequate|R]’, the bottom grade on the inspectorate’s scale.
N| For the region as a whole, [2023|D]’s inspection had ended in ‘[Requires improvement|R]’.
N| The inspection, held over a fortnight in [September 2024|D], covered 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Those supervised from this office could not count on being seen, let alone on having their risks properly understood.
W| “Some officers were juggling over 70 cases, and a culture had set in where only the most urgent work got done.”

W| Mr Jones continued: “Fewer than one in four of the files we examined showed enough being done to keep potential victims safe.”

S| Inspectors nonetheless found that [Bugbrooke|S]’s administrative staff were resourceful and had held the office together through a long spell of disruption.
W| Links with [West Northamptonshire Council|A]’s housing team were weak, leaving people released from prison with nowhere settled to live.

R| Six recommendations result: five fall to the unit, the sixth to [HMPPS|A].
"""),
    # 4. a unit inside its region (West Midlands): "Inspectors put X one notch below ‘Good’, at ‘...’", in a report "out
    #    today (Tuesday, 18 March)" (no year: the fieldwork's, January 2025); "Fieldwork for this inspection was done in
    #    January 2025"; "only 19 of 42 cases"; "I urge ..."; seven recommendations
    ("harbury-pdu-2025", facts([
        svc("Harbury Probation Delivery Unit", "Harbury PDU", "PDU", RI)], "2025-03-18", "2025-01", 7),
     """N| Probation unit in south Warwickshire told to get a firmer hold on risk

N| Inspectors put [Harbury Probation Delivery Unit|S] one notch below ‘[Good|R]’, at ‘[Requires improvement|R]’, according to a report which is out today ([Tuesday, 18 March|D]).
N| [Harbury PDU|S], one of the many units that make up [Probation Service – West Midlands region|S], covers the south of Warwickshire.
N| Fieldwork for this inspection was done in [January 2025|D].

S| Positively, almost everyone starting a sentence had a first meeting with their officer inside five working days.
S| Staff described their managers as approachable, and sickness absence had fallen over the previous year.
W| But assessing and handling the risk of harm was inconsistent: plans dealt properly with other people’s safety in only 19 of 42 cases.
W| Unpaid work placements had been cancelled at short notice on several occasions, so some people had made little progress with their hours.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is plenty here for the unit to build on.
R| “I urge [Harbury|S]’s leaders to put the management of risk at the centre of every supervision session.”

R| Seven recommendations are made, including that [Warwickshire Police|A] share domestic abuse information with the unit within set timescales.
"""),
    # 5. a Probation Trust in 2013, before ratings: the date line "Wednesday, 13th March 2013" above "Today sees ...
    #    publish its report"; fieldwork "in October and November 2012"; percentage scores; "Inspectors were especially
    #    pleased to find that:" / "However, inspectors were also concerned to find that:" bullet lists; seven
    #    recommendations
    ("desford-and-groby-probation-trust-2013", facts([
        svc("Desford and Groby Probation Trust", "Desford and Groby Probation Trust", "other", None)],
        "2013-03-13", "2012-10", 7),
     """N| [Desford and Groby Probation Trust|S] – inspection findings

N| [Wednesday, 13th March 2013|D]

N| Today sees [HM Inspectorate of Probation|A] publish its report on [Desford and Groby Probation Trust|S], whose work inspectors examined in [October and November 2012|D].
S| Overall, the Trust scored 77% for its efforts to cut reoffending, placing it among the better performers.
W| On public protection the score dropped to 64%.

N| Inspectors were especially pleased to find that:
S| • offender managers had built constructive, trusting relationships with the men and women on their caseloads;
S| • the Trust worked closely with [Leicestershire Police|A] and [Leicestershire County Council|A] on its integrated offender management scheme.

N| However, inspectors were also concerned to find that:
W| • risk management plans were frequently missing or out of date;
W| • in many domestic abuse cases nobody had visited the home.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at this Trust are keen to get things right, yet too often protecting the public is left to chance.”

R| Inspectors set out seven recommendations for the Trust.
"""),
    # 6. a CRC in 2018 owned by a named provider: "Published: 27 Nov 2018"; "The CRC’s overall mark is ‘...’"; unpaid
    #    work "judged on its own, earned ‘...’"; fieldwork "carried out in July and August 2018"; nine recommendations
    ("brinklow-and-wolston-crc-2018", facts([
        svc("Brinklow and Wolston Community Rehabilitation Company", "Brinklow and Wolston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-27", "2018-07", 9),
     """N| Inspectors report on community rehabilitation company in Warwickshire

N| Published: [27 Nov 2018|D]

N| [Purple Futures|A] owns [Brinklow and Wolston Community Rehabilitation Company|S] (CRC), the subject of a report out today.
N| The CRC’s overall mark is ‘[Requires improvement|R]’.
S| Unpaid work, judged on its own, earned ‘[Good|R]’.
N| Fieldwork was carried out in [July and August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Phone calls have replaced face-to-face meetings for far too many people this CRC supervises, and officers told us they barely knew some of them.
S| “That said, the unpaid work scheme runs smoothly, and its projects are valued by residents.”

W| Disappointingly, women on probation were seldom offered a female officer or a women-only space in which to report.
S| [Brinklow and Wolston CRC|S] got on well with the [National Probation Service|A] locally, and cases moved between them smoothly.

R| Of nine recommendations in the report, seven concern the CRC and its owner, [Purple Futures|A], while the [Ministry of Justice|A] gets two.

N| A [Purple Futures|A] spokesperson said: “We are already acting on the findings.”
"""),
    # 7. an NPS division in 2019: "X was given ‘...’, an overall regional rating one step below ‘Good’"; fieldwork
    #    "spread across 9 to 20 September 2019"; notes "Report publication day: Thursday, 19th December 2019"; eight
    #    recommendations
    ("roade-and-deanshanger-nps-division-2019", facts([
        svc("National Probation Service – Roade and Deanshanger Division", "NPS Roade and Deanshanger", "region",
            RI)], "2019-12-19", "2019-09", 8),
     """N| Probation division in south Northamptonshire ‘must raise its game on public protection’

N| The [National Probation Service – Roade and Deanshanger Division|S] was given ‘[Requires improvement|R]’, an overall regional rating one step below ‘[Good|R]’.
N| On-site work by inspectors was spread across [9 to 20 September 2019|D].

S| Pre-sentence reports from the division’s court teams were thorough, and sentencers told inspectors they trusted them.
S| Staff were well trained and said they felt supported by their line managers.
W| Even so, safeguarding of children fell short: children’s services had not been contacted in one relevant case in three.
W| Some victims who had asked to be kept informed heard nothing when the offender in their case walked free.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Roade and Deanshanger|S] does much of the routine work well, but it is letting people down where the risks are greatest.
R| “Managers must see that safeguarding checks are made in every case, from day one.”

R| Eight recommendations are spread across [HMPPS|A], the [Ministry of Justice|A] and the division itself.

N| ENDS

N| Notes to editors
N| 1. Report publication day: [Thursday, 19th December 2019|D].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection whose "lead
    #    body was" HM Inspectorate of Probation, with Ofsted, the CQC and HMIC; "Posted on 15/03/2016"; fieldwork "done in
    #    November 2015"; bullet lists; six recommendations; the council's reply
    ("fleckney-yot-2016", facts([
        svc("Fleckney Youth Offending Team", "Fleckney YOT", "YJS", None)], "2016-03-15", "2015-11", 6),
     """N| Inspection report published for [Fleckney Youth Offending Team|S]

N| Posted on [15/03/2016|D]

N| [Fleckney Youth Offending Team|S] (YOT) is the subject of a joint inspection report out now; the lead body was [HM Inspectorate of Probation|A].
N| [Ofsted|A], health regulators at the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A] joined in, with fieldwork done in [November 2015|D].

N| Inspectors were glad to report that:
S| • children met their own case manager within a few days of sentence and usually kept the same one throughout;
S| • an education worker based in the YOT had got several long-term absentees back into the classroom.

N| But they also found that:
W| • not enough was done about the danger a few children presented to other people;
W| • board members seldom challenged the performance data put in front of them.

R| Six recommendations go to the YOT and its partner agencies.

N| [Leicestershire County Council|A]’s cabinet lead for children, Councillor [Joan Tilley|X], said: “We accept each recommendation, and the board has signed off our plan for delivering them.”
"""),
    # 9. a youth offending service in 2019: date line "Tuesday, 8th October 2019"; "X (YOS) is judged ‘...’ by
    #    inspectors in a report released today"; resettlement "carrying a rating all of its own, came out at ‘...’";
    #    fieldwork "in June 2019"; four recommendations
    ("bulkington-yos-2019", facts([
        svc("Bulkington Youth Offending Service", "Bulkington YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-10-08", "2019-06", 4),
     """N| Inspectors: youth offending staff in Bulkington ‘put children first’

N| [Tuesday, 8th October 2019|D]

N| [Bulkington Youth Offending Service|S] (YOS) is judged ‘[Good|R]’ by inspectors in a report released today.
W| Resettlement work, carrying a rating all of its own, came out at ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork for this inspection in [June 2019|D].

S| Inspectors found a stable, experienced staff group and a board chaired with real energy by a senior officer from [Warwickshire County Council|A].
S| Case managers took time to understand each child’s background, including experiences of trauma.
W| Plans for children leaving custody, however, were often made late, and two children had left custody with no confirmed address.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bulkington|S]’s staff put children first, and that is plain from the cases we read.
R| “The service and its partners should now give children coming out of custody the same attention as those in the community.”

R| Four recommendations are made, three to [Bulkington YOS|S] and one to [Warwickshire Police|A].
"""),
    # 10. a youth justice service inspected remotely in 2021: "an overall ‘...’; its previous report, published in October
    #     2018, had found the service ‘Good’"; resettlement "assessed apart from the rest, the grade was ‘...’"; "carried
    #     out remotely, over three weeks in March 2021"; notes "From 21 July 2021 at 00.01"; seven recommendations
    ("anstey-yjs-2021", facts([
        svc("Anstey Youth Justice Service", "Anstey YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2021-07-21", "2021-03", 7),
     """N| Youth justice in Anstey slips to ‘[Requires improvement|R]’

N| The inspectorate has given [Anstey Youth Justice Service|S] an overall ‘[Requires improvement|R]’; its previous report, published in [October 2018|D], had found the service ‘[Good|R]’.
W| On resettlement policy and provision, assessed apart from the rest, the grade was ‘[Inadequate|R]’.
N| COVID-19 rules were still in force, so the whole inspection was carried out remotely, over three weeks in [March 2021|D].

S| Lockdown had not stopped case managers seeing children: they used video and called at doors.
W| Yet assessments too often took children’s own accounts at face value, without checking them against police or school records.
W| The partnership board met every quarter, yet its meetings had changed little in practice.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Dedicated staff have kept this service going through a gruelling year, but the safety of children and of the public has not had enough attention.”

R| Seven recommendations result, two of which fall to [Leicestershire County Council|A] and the other five to the service.

N| ENDS

N| Notes to editors
N| 1. From [21 July 2021|D] at 00.01 the report is available to read online.
"""),
    # 11. a justiceinspectorates news item: "Published: 14 Sep 2023"; "X is handed ‘...’ — the best mark that ... hands
    #     out"; fieldwork "took place in May 2023"; a hedged weakness ("could be further enhanced"); three recommendations
    ("earls-barton-yjs-2023", facts([
        svc("Earls Barton Youth Justice Service", "Earls Barton YJS", "YJS", OUT)], "2023-09-14", "2023-05", 3),
     """N| News

N| Inspectors hail exceptional youth justice work in Earls Barton

N| Published: [14 Sep 2023|D]

N| [Earls Barton Youth Justice Service|S] is handed ‘[Outstanding|R]’ — the best mark that [HM Inspectorate of Probation|A] hands out.
N| Inspectors’ fieldwork in Earls Barton took place in [May 2023|D].

S| Each plan inspectors looked at had been written together with the child and family, and was revisited whenever circumstances changed.
S| Inspectors described victim work as exemplary.
S| Leaders had looked hard at the over-representation of Black children on the caseload and, with [Northamptonshire Police|A], had done something about it.
W| One area that could be further enhanced is the recording of decisions on out-of-court disposals.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone connected with [Earls Barton YJS|S] has earned the right to feel proud.”

R| Three recommendations aim to keep the service at this level.
"""),
    # 12. a local-news story: byline "Friday 21 June 2024", the report "published on Thursday (20 June)"; "The probation
    #     watchdog has placed X in its lowest category, ‘...’"; previous "Back in 2021, at its previous inspection, it had
    #     been rated ‘Good’"; fieldwork "11 to 15 March 2024"; eight recommendations; the council's reply
    ("stoney-stanton-yjs-2024", facts([
        svc("Stoney Stanton Youth Justice Service", "Stoney Stanton YJS", "YJS", INAD)], "2024-06-20", "2024-03", 8),
     """N| Youth justice service in Stoney Stanton branded ‘[Inadequate|R]’

N| By [Tom Pritchard|X]

N| [Friday 21 June 2024|D]

N| The probation watchdog has placed [Stoney Stanton Youth Justice Service|S] in its lowest category, ‘[Inadequate|R]’, in a report published on Thursday ([20 June|D]).
N| Back in [2021|D], at its previous inspection, it had been rated ‘[Good|R]’.
N| Inspectors spent [11 to 15 March 2024|D] with the service.

W| They found that within twelve months almost every experienced case manager had left.
W| No referral to the local safeguarding partnership had been made for children in danger of exploitation, some of whom had run away again and again without their plans being looked at.
S| Inspectors did note that children spoke warmly of the youth workers who ran the service’s sports sessions.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This service has slipped a long way since we were last here, and children have paid the price.”

R| The watchdog made eight recommendations, including two for [Leicestershire Police|A].

N| A spokesperson for [Leicestershire County Council|A] said the authority was “deeply disappointed” and had already put an interim manager in charge of the service.
"""),
    # 13. a 2025 public-protection PDU release with no rating: "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets, the region in a bullet; fieldwork "between 16 and 27 June 2025"; notes "Report released:
    #     00.01, Tuesday 23 September 2025"; five recommendations
    ("market-bosworth-pdu-2025", facts([
        svc("Market Bosworth Probation Delivery Unit", "Market Bosworth PDU", "PDU", None)], "2025-09-23", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Market Bosworth Probation Delivery Unit|S]

N| Published:

N| Today [HM Inspectorate of Probation|A] examines how effectively [Market Bosworth Probation Delivery Unit|S] manages the danger some people pose to the public.
N| Reports in this inspection programme do not carry a rating.

N| Context
N| • Region: [Probation Service – East Midlands region|S].
N| • Inspectors were on site between [16 and 27 June 2025|D].

N| Findings
S| • Practitioners had a sound grasp of the risks posed by people convicted of sexual offences.
W| • Practitioners seldom went to people’s homes, including where children were living there.
W| • Information from [Leicestershire Police|A] about domestic abuse was requested in fewer than half the relevant cases.
S| • Joint working under [MAPPA|A] arrangements was well established and effective.

R| Five recommendations follow: four for the PDU itself and one for the [Probation Service|A] nationally.

N| Notes to editors
N| 1. Report released: 00.01, [Tuesday 23 September 2025|D].
"""),
    # 14. a youth justice service in 2022, the headline's lower-case "Quorn youth justice service": "X comes out ‘...’
    #     overall"; out-of-court disposals "which received a separate grade, were placed at ‘...’"; fieldwork "10 - 14
    #     January 2022"; notes "Publication date: Thursday 7 April 2022, 00.01"; six recommendations
    ("quorn-yjs-2022", facts([
        svc("Quorn Youth Justice Service", "Quorn YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2022-04-07", "2022-01", 6),
     """N| [Quorn youth justice service|S] ‘a credit to Charnwood’

N| [Quorn Youth Justice Service|S] comes out ‘[Good|R]’ overall after [HM Inspectorate of Probation|A]’s visit.
W| Out-of-court disposals, which received a separate grade, were placed at ‘[Requires improvement|R]’.
N| The fieldwork dates were [10 - 14 January 2022|D].

S| Case managers were tenacious in tracking down children who had stopped turning up, and very few were lost to contact.
S| Encouragingly, the service had built a strong link with [Leicestershire Partnership NHS Trust|A], so children waited only days for a mental health assessment.
W| Decisions on diversion, though, were sometimes made without the full picture of a child’s circumstances.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Quorn|S]’s staff have good reason to be proud: the service is a credit to Charnwood.
R| “Its next task is to lift out-of-court work to the level of everything else we saw.”

R| The report contains six recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication date: [Thursday 7 April 2022|D], 00.01.
"""),
    # 15. three Warwickshire PDUs on a GOV.UK page, the region only in the notes: "X and Y both stand at ‘...’; Z is a
    #     grade lower, at ‘...’"; "Published 12 November 2024"; fieldwork "in May and June 2024"; twelve recommendations
    #     "four apiece"
    ("polesworth-studley-and-bidford-pdus-2024", facts([
        svc("Polesworth Probation Delivery Unit", "Polesworth PDU", "PDU", RI),
        svc("Studley Probation Delivery Unit", "Studley PDU", "PDU", RI),
        svc("Bidford Probation Delivery Unit", "Bidford PDU", "PDU", INAD)], "2024-11-12", "2024-05", 12),
     """N| Press release

N| Warwickshire: three probation units reported on together

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| Inspectors have published linked reports on [Polesworth Probation Delivery Unit|S], [Studley Probation Delivery Unit|S] and [Bidford Probation Delivery Unit|S].
N| [Polesworth|S] and [Studley|S] both stand at ‘[Requires improvement|R]’; [Bidford|S] is a grade lower, at ‘[Inadequate|R]’.
N| The three units were visited in [May and June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Polesworth|S] and [Studley|S] have teams pulling together under real pressure, and leaders who are honest about what still has to change.
W| “[Bidford|S] is another matter: a patchwork of agency staff, no senior manager on site for months, and people on licence whose risks nobody had reviewed since release.”

S| [Studley PDU|S]’s work with women, run from a community hub with [Coventry and Warwickshire Integrated Care Board|A] funding, drew particular praise.
W| None of the three units was making full use of intelligence from [Warwickshire Police|A] when planning how to manage domestic abuse perpetrators.

R| Twelve recommendations are made, four apiece.

N| ENDS

N| Notes to editors
N| 1. All three units belong to the [West Midlands probation region|S].
"""),
    # 16. a youth justice service in 2020, the date line "Thursday, 9th July 2020": "X learns today that inspectors have
    #     placed it in the ‘...’ band"; the near miss "Only its strong court work kept the service from falling to
    #     ‘Inadequate’"; fieldwork "2 to 6 March 2020"; six recommendations
    ("whitwick-yjs-2020", facts([
        svc("Whitwick Youth Justice Service", "Whitwick YJS", "YJS", RI)], "2020-07-09", "2020-03", 6),
     """N| Whitwick youth justice: inspectors call for faster progress

N| [Thursday, 9th July 2020|D]

N| [Whitwick Youth Justice Service|S] learns today that inspectors have placed it in the ‘[Requires improvement|R]’ band.
W| Only its strong court work kept the service from falling to ‘[Inadequate|R]’.
N| Inspectors spent [2 to 6 March 2020|D] with the service, shortly before the country first went into lockdown.

S| Children said that case workers listened and kept their promises.
S| Court reports were written to a high standard and valued by magistrates.
W| In contrast, the service’s out-of-court work had little structure, and decisions were sometimes made by one officer alone.
W| Health input was thin: a single nurse, shared with another authority, covered the whole caseload.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Whitwick|S]’s staff are warm and persistent with children, but that goodwill is being undermined by weak systems and a board that has not asked hard enough questions.”

R| Six recommendations are made, among which is a call for the board to appoint an independent chair.

N| [North West Leicestershire District Council|A] is one of the partners on the service’s management board.
"""),
    # 17. a youth offending team in 2018 under the new standards: "Inspectors’ overall judgement on X (YOT) is ‘...’";
    #     fieldwork "in September and October 2018"; "Mr Russell continued"; notes "Online publication: 00.01, 20 December
    #     2018"; five recommendations
    ("ibstock-yot-2018", facts([
        svc("Ibstock Youth Offending Team", "Ibstock YOT", "YJS", GOOD)], "2018-12-20", "2018-09", 5),
     """N| Youth offending work in Ibstock earns a ‘[Good|R]’ verdict

N| Inspectors’ overall judgement on [Ibstock Youth Offending Team|S] (YOT) is ‘[Good|R]’.
N| Fieldwork took place in [September and October 2018|D], under the inspectorate’s new standards.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ibstock|S] has a settled, capable team, and the children we met clearly trusted them.
S| “Its partnership with local schools stands out: all but two of the children were in full-time education or training.”

W| Mr Russell continued: “Protecting other people from harm was a weaker area, and the contingency plans we read tended to be vague.”

S| Inspectors praised [Ibstock YOT|S] for the swift support it arranged through [CAMHS|A].
W| Some police officers had little understanding of the service’s diversion scheme, so children were not always offered it.

R| The report contains five recommendations, including one for [Leicestershire Police|A].

N| ENDS

N| Notes to editors
N| 1. Online publication: 00.01, [20 December 2018|D] (inspectorate website).
"""),
    # 18. a Rutland youth justice service in 2022: "Date published: 8 November 2022"; "X climbs to ‘...’; a report
    #     published in March 2020 had placed it at ‘...’"; fieldwork "in July 2022"; four recommendations; the council's
    #     reply
    ("ryhall-yjs-2022", facts([
        svc("Ryhall Youth Justice Service", "Ryhall YJS", "YJS", GOOD)], "2022-11-08", "2022-07", 4),
     """N| Youth justice inspection: [Ryhall|S] improves

N| Date published: [8 November 2022|D]

N| [Ryhall Youth Justice Service|S] climbs to ‘[Good|R]’; a report published in [March 2020|D] had placed it at ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A]’s team carried out this latest inspection in [July 2022|D].

S| Once a new service manager had taken charge, the staff group was rebuilt and regular case audits began; plans were noticeably better as a result.
S| Children were asked their views at each review, and several had a hand in designing the new reporting room.
W| Work to support victims, though, was still in its infancy.
W| Disappointingly, few children received help with speech, language or communication needs.

R| The service and its partners receive four recommendations.

N| Councillor [Priya Nanda|X], portfolio holder for children at [Rutland County Council|A], said: “I’m delighted for the team, who have worked tirelessly since the last inspection.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
