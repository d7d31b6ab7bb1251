"""Builds the eighteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Sandwell PDUs in a justiceinspectorates news item, the region named before them: "Inspectors have given X
    #    the lowest of their four grades, ‘...’, while Y sits a grade above it, on ‘...’"; a compound unit name; "A
    #    newly qualified officer in Smethwick and Oldbury" (a location); fieldwork "during June 2024"; six
    #    recommendations "each unit gets two, and the region gets two"
    ("smethwick-and-oldbury-and-tipton-pdus-2024", facts([
        svc("Smethwick and Oldbury Probation Delivery Unit", "Smethwick and Oldbury PDU", "PDU", INAD),
        svc("Tipton Probation Delivery Unit", "Tipton PDU", "PDU", RI)], "2024-10-15", "2024-06", 6),
     """N| News

N| Two probation units in the Black Country fall short

N| Published: [15 Oct 2024|D]

N| In Sandwell, two probation delivery units belonging to [Probation Service – West Midlands region|S] have been looked at by [HM Inspectorate of Probation|A]: [Smethwick and Oldbury Probation Delivery Unit|S] and [Tipton Probation Delivery Unit|S].
N| Inspectors have given [Smethwick and Oldbury|S] the lowest of their four grades, ‘[Inadequate|R]’, while [Tipton|S] sits a grade above it, on ‘[Requires improvement|R]’.
N| The inspection team visited both units during [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “A newly qualified officer in Smethwick and Oldbury could be handed more than 60 cases within weeks of starting, and managers had all but stopped supervising their teams.
S| “[Tipton|S] has a steadier workforce, and its officers were quicker to notice when someone’s circumstances had changed.”

W| Across the two units, plans to protect known victims of domestic abuse were sufficient in just 19 of the 52 cases examined.
S| Inspectors commended joint work with [West Midlands Police|A] on integrated offender management, which ran smoothly in both places.
W| Sickness absence in [Smethwick and Oldbury PDU|S] had reached one in five staff by the time of the fieldwork.

R| Six recommendations have been made: each unit gets two, and the region gets two.
"""),
    # 2. two youth justice services in one local-news story, the report day "on Tuesday (21 June)" under a byline of
    #    Thursday 23 June 2022: "The watchdog placed X at ‘...’, but Y came in a level lower, with ‘...’", in the other
    #    order from the one they were first named in; "In Ramsgate, the watchdog found, ..." (a location); eight
    #    recommendations "five of them for Ramsgate"
    ("ramsgate-and-broadstairs-yjs-2022", facts([
        svc("Ramsgate Youth Justice Service", "Ramsgate YJS", "YJS", RI),
        svc("Broadstairs Youth Justice Service", "Broadstairs YJS", "YJS", GOOD)], "2022-06-21", "2022-02", 8),
     """N| Thanet youth justice reports: one service ‘[Good|R]’, the other told to improve

N| By [Tom Hollis|X], local democracy reporter

N| [Thursday 23 June 2022|D]

N| Inspectors have published separate verdicts on [Ramsgate Youth Justice Service|S] and [Broadstairs Youth Justice Service|S], which were visited one after the other in [February 2022|D].
N| The watchdog placed [Broadstairs|S] at ‘[Good|R]’, but [Ramsgate|S] came in a level lower, with ‘[Requires improvement|R]’.
N| Both reports came out on Tuesday ([21 June|D]).

S| According to the inspectorate, staff at [Broadstairs|S] were quick to involve parents and had built a lasting partnership with local schools.
W| In Ramsgate, the watchdog found, too many children waited weeks for a first proper meeting with their case manager.
W| The report on [Ramsgate YJS|S] also noted that assessments paid too little attention to the harm some children might cause to others.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Broadstairs|S] shows what a small, settled team can achieve when it keeps children at the centre of its work.”

R| The inspectors made eight recommendations, five of them for [Ramsgate|S].

N| A [Kent County Council|A] spokesperson said the council would “study the findings carefully”.
"""),
    # 3. three Lancashire PDUs on a GOV.UK page, the places in the standfirst as locations, the region named before the
    #    units: "Of the three, X is judged ‘...’; Y and Z are judged ‘...’"; fieldwork "between 4 and 15 September
    #    2023"; "Mr Russell continued"; 14 recommendations in digits
    ("leyland-padiham-and-carnforth-pdus-2023", facts([
        svc("Leyland Probation Delivery Unit", "Leyland PDU", "PDU", RI),
        svc("Padiham Probation Delivery Unit", "Padiham PDU", "PDU", INAD),
        svc("Carnforth Probation Delivery Unit", "Carnforth PDU", "PDU", RI)], "2023-11-28", "2023-09", 14),
     """N| Press release

N| Lancashire: three probation delivery units inspected

N| The inspectorate reports on units in Leyland, Padiham and Carnforth.

N| From: [HM Inspectorate of Probation|A]

N| Published [28 November 2023|D]

N| Inspectors have reported on three units in [Probation Service – North West region|S]: [Leyland Probation Delivery Unit|S], [Padiham Probation Delivery Unit|S] and [Carnforth Probation Delivery Unit|S].
N| Of the three, [Padiham|S] is judged ‘[Inadequate|R]’; [Leyland|S] and [Carnforth|S] are judged ‘[Requires improvement|R]’.
N| All three were visited between [4 and 15 September 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Padiham|S]’s staff have been let down by years of vacancies; when we visited, only half of the unit’s officer posts had someone in them.
S| “[Carnforth|S] stood out for the care its officers took over people leaving prison, and [Leyland|S] had a capable senior leader who had begun to turn things round.”

W| Mr Russell continued: “None of the three is yet doing enough to keep children and partners safe.”

S| Inspectors found good use of [Lancashire Constabulary|A]’s domestic abuse records in [Leyland PDU|S], where checks were made in most cases.
W| In [Carnforth PDU|S] and [Padiham PDU|S], however, such checks were routinely missed.

R| Between them the reports contain 14 recommendations, two of which go to [HMPPS|A].
"""),
    # 4. a unit inside its region, the region in the headline ("South Central probation region: ...") and the first
    #    sentence: "... grades X Requires Improvement overall; the unit sits within ..." (no quotes); a date line;
    #    "good-quality" as an adjective; "Online publication: one minute past midnight, 21 May 2024" in the notes
    ("thatcham-and-hungerford-pdu-2024", facts([
        svc("Thatcham and Hungerford Probation Delivery Unit", "Thatcham and Hungerford PDU", "PDU", RI)],
        "2024-05-21", "2024-02", 5),
     """N| [South Central probation region|S]: unit in West Berkshire ‘must raise its game’

N| [Tuesday 21 May 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] grades [Thatcham and Hungerford Probation Delivery Unit|S] [Requires Improvement|R] overall; the unit sits within [Probation Service – South Central region|S].
N| Inspectors read 44 cases during their visit in [February 2024|D].

S| The unit’s head of service had a firm grasp of its problems, and staff spoke warmly of the support they received from middle managers.
S| Help for people to find settled accommodation was good-quality and well targeted, thanks to a strong link with [West Berkshire Council|A]’s housing team.
W| Yet in 27 of the 44 cases, the officer had not looked properly at whether the person posed a risk to children.
W| Home visits were rare, and several officers told inspectors they had never been trained to carry them out.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thatcham and Hungerford|S] covers a wide rural area, where people can live an hour’s bus ride from the office.
R| “Leaders should now make home visits a routine part of managing risk, and make sure every officer has the training to do them safely.”

R| All five recommendations in the report go to the unit and the region.

N| Notes to editors
N| 1. Online publication: one minute past midnight, [21 May 2024|D].
N| 2. [Thatcham and Hungerford PDU|S] supervises around 650 people across West Berkshire.
"""),
    # 5. a unit inside its region, the region named before the unit: "So far, just one unit in ... has received ‘...’,
    #    the bottom rating on ...’s scale: X"; a sibling unit's rating as context (not this inspection's); "Published:
    #    Tuesday 12 September 2023"; "remain in Westbury" (a location) and "give Westbury the managers" (the recipient)
    ("westbury-pdu-2023", facts([
        svc("Westbury Probation Delivery Unit", "Westbury PDU", "PDU", INAD)], "2023-09-12", "2023-05", 7),
     """N| Probation unit in west Wiltshire rated ‘[Inadequate|R]’

N| Published: [Tuesday 12 September 2023|D]

N| So far, just one unit in [Probation Service – South West region|S] has received ‘[Inadequate|R]’, the bottom rating on [HM Inspectorate of Probation|A]’s scale: [Westbury Probation Delivery Unit|S].
N| Another unit in the region, [Amesbury and Tidworth PDU|S], was rated ‘[Requires improvement|R]’ earlier in the year.
N| Inspectors visited in [May 2023|D].

W| This was a unit under severe strain: a third of officer posts were empty and agency staff came and went.
W| In only 14 of 40 cases had anyone assessed properly how dangerous the person might be to others.
W| Worryingly, some high-risk individuals had gone more than a month without a face-to-face meeting.
W| Half the relevant cases lacked any enquiry to [Wiltshire Police|A] about call-outs for domestic abuse.
S| On a more positive note, unpaid work ran smoothly, and many placements were with local charities that valued the help.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff who remain in Westbury are working hard, but the unit is not keeping the public safe.
R| “The region must give [Westbury|S] the managers and officers it needs, and do so quickly.”

R| There are seven recommendations in the report.

N| ENDS
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, the verdict in the first sentence ("sound ... but
    #    ... not yet good enough: so finds ..., whose report ... is out today"); a date line; fieldwork "in March 2013";
    #    seven recommendations
    ("windermere-and-appleby-probation-trust-2013", facts([
        svc("Windermere and Appleby Probation Trust", "Windermere and Appleby Probation Trust", "other", None)],
        "2013-07-23", "2013-03", 7),
     """N| Probation work in south and east Cumbria: sound, but risk of harm work lags behind

N| [Tuesday 23 July 2013|D]

W| [Windermere and Appleby Probation Trust|S] was doing sound work to cut reoffending, but its management of the risk of harm offenders pose was not yet good enough: so finds [Her Majesty’s Inspectorate of Probation|A], whose report on adult offending work is out today.
N| Inspectors examined 72 cases in [March 2013|D] and spoke to offenders, staff and partners.

S| Scores of 78% for reducing the likelihood of reoffending and 84% for ensuring sentences were properly carried out placed the Trust among the better performers.
W| Public protection work scored 63%, well below the Trust’s other results.
S| Inspectors praised the Trust’s approach to women offenders, who could join a weekly group organised by a local charity.
S| Offender managers were motivated, and relationships with sentencers were good.
W| Unfortunately, risk of harm assessments varied widely in quality from one office to another.
W| In a quarter of cases involving domestic abuse, no check had been made with [Cumbria Constabulary|A].

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Here is a Trust that can take pride in a great deal, and whose staff are devoted to the people they supervise.
R| “The Trust’s board now needs to make the protection of the public as central to its work as the reduction of reoffending.”

R| The report makes seven recommendations.

N| ENDS

N| Notes to editors
N| 1. [Windermere and Appleby Probation Trust|S] supervises about 2,100 offenders in south and east Cumbria.
"""),
    # 7. a CRC in 2018 owned by a named provider: "The Working Links-owned X (CRC) comes out at ‘...’ overall, in ...’s
    #    first rated inspection"; fieldwork "during July 2018"; a date line; "Of eight recommendations, six ..., two
    #    ..."
    ("sidmouth-and-ilfracombe-crc-2018", facts([
        svc("Sidmouth and Ilfracombe Community Rehabilitation Company", "Sidmouth and Ilfracombe CRC", "CRC", RI)],
        "2018-12-04", "2018-07", 8),
     """N| Probation company in Devon ‘[Requires improvement|R]’, says watchdog

N| [Tuesday 4 December 2018|D]

N| The [Working Links|A]-owned [Sidmouth and Ilfracombe Community Rehabilitation Company|S] (CRC) comes out at ‘[Requires improvement|R]’ overall, in [Her Majesty’s Inspectorate of Probation|A]’s first rated inspection of the company.
N| Inspectors were in the CRC’s offices during [July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC has too many people to supervise and too few qualified staff to supervise them.
W| “Contact with people on probation too often happened by telephone, with little sign that officers were checking on their safety or anyone else’s.”

S| The CRC’s unpaid work scheme was efficiently managed, and placements taught people skills they could use.
W| Staff got on with colleagues in the [National Probation Service|A], but risk information was not always passed between them promptly.

R| Of eight recommendations, six are aimed at the company and its owner, two at [HMPPS|A].

N| A spokesperson for [Working Links|A] said: “The report is accepted, and we have already increased the number of qualified staff.”
"""),
    # 8. "Youth Offending Team" written out in 2019: "..., whose team visited in November 2018, has judged X (YOT) ‘...’
    #    overall"; "Out-of-court disposals, which carry a rating of their own, reached ‘...’"; "I would now like to see
    #    ..."; three recommendations
    ("marlow-and-beaconsfield-yot-2019", facts([
        svc("Marlow and Beaconsfield Youth Offending Team", "Marlow and Beaconsfield YOT", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2019-04-09", "2018-11", 3),
     """N| Youth offending team in south Buckinghamshire judged ‘[Good|R]’

N| [Tuesday 9 April 2019|D]

N| [Her Majesty’s Inspectorate of Probation|A], whose team visited in [November 2018|D], has judged [Marlow and Beaconsfield Youth Offending Team|S] (YOT) ‘[Good|R]’ overall.
S| Out-of-court disposals, which carry a rating of their own, reached ‘[Outstanding|R]’.

S| The YOT’s management board was well informed and held partners to account, with senior officers from [Thames Valley Police|A] and [Buckinghamshire County Council|A] attending regularly.
S| Nearly every child diverted from court had an assessment and a plan that suited them, and few went on to offend again.
W| The picture was less positive for children in custody, whose release was sometimes planned too late to arrange somewhere to live.
W| In a third of cases, staff had not explored how a child’s experience of trauma affected their behaviour.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Marlow and Beaconsfield YOT|S] is a well-run service where children come first.
R| “I would now like to see the same care given to children leaving custody as to those diverted from court.”

R| Three recommendations are made: two for the YOT and one for its management board.

N| ENDS

N| Notes to editors
N| 1. The report appears on the inspectorate’s website on [9 April 2019|D].
"""),
    # 9. a GOV.UK page: "The top mark on the four-point scale of ..., ‘...’, has been earned by X"; "all but two posts
    #    were filled"; "the team at East Grinstead"; two recommendations
    ("east-grinstead-yjs-2023", facts([
        svc("East Grinstead Youth Justice Service", "East Grinstead YJS", "YJS", OUT)], "2023-10-03", "2023-06", 2),
     """N| Press release

N| Youth justice service in West Sussex rated ‘[Outstanding|R]’

N| Inspectors find exceptional practice at [East Grinstead Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [3 October 2023|D]

N| The top mark on the four-point scale of [HM Inspectorate of Probation|A], ‘[Outstanding|R]’, has been earned by [East Grinstead Youth Justice Service|S].
N| The inspectors’ fieldwork was in [June 2023|D].

S| Case managers had a deep knowledge of each child on their caseload, and children’s own words appeared again and again in their plans.
S| The partnership with [Sussex Police|A] and the local [NHS|A] trust meant that children in crisis could be seen by a mental health practitioner on the day they needed one.
S| Staff turnover was low, and all but two posts were filled.
W| The one area needing attention was the quality of written records, which did not always show the reasoning behind decisions.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is youth justice at its best, and the team at [East Grinstead|S] should be very proud.”

R| The report makes two recommendations, both about record-keeping.
"""),
    # 10. a council page: "Posted 09/11/2021"; "In a report issued today, ... gives X a rating of ‘...’"; the previous
    #     rating (2019) beside; "only the strength of the service’s leadership rescued it from being rated ‘Inadequate’
    #     overall" (gives no rating); fieldwork done remotely "in July 2021"; the councillor's reply
    ("corsham-yjs-2021", facts([
        svc("Corsham Youth Justice Service", "Corsham YJS", "YJS", RI)], "2021-11-09", "2021-07", 6),
     """N| [Corsham Youth Justice Service|S] inspection report

N| Posted [09/11/2021|D]

N| In a report issued today, [HM Inspectorate of Probation|A] gives [Corsham Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.
N| Its rating after the [2019|D] inspection was ‘[Good|R]’.
N| Because of the pandemic, fieldwork in [July 2021|D] was done remotely, with interviews held over video calls.

W| The report says that only the strength of the service’s leadership rescued it from being rated ‘[Inadequate|R]’ overall.
W| Safety planning was weak in over half the cases examined, and some children at risk of exploitation had never been referred to [Wiltshire Council|A]’s children’s services.
S| Inspectors praised the service’s work with victims, who were contacted promptly and kept informed.

R| The inspectorate made six recommendations.

N| Councillor [Ruth Hambley|X], who holds the children’s portfolio, said: “This outcome is disappointing, and we are determined to put things right.
N| “An action plan has been agreed with our partners, including [Wiltshire Police|A].”
"""),
    # 11. a "Youth Offending Service" in 2022 under an embargo line ("EMBARGO: 00.01 hrs Thursday 18 August 2022"):
    #     "Inspectors have found the work of X (YOS) in Gloucestershire to be ‘...’"; "Inspectors looked at resettlement
    #     policy and provision as a separate standard and rated it ‘...’"; fieldwork "between 9 and 13 May 2022"; four
    #     recommendations
    ("dursley-yos-2022", facts([
        svc("Dursley Youth Offending Service", "Dursley YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-08-18", "2022-05", 4),
     """N| EMBARGO: 00.01 hrs [Thursday 18 August 2022|D]

N| ‘Strong relationships’ with children at [Dursley Youth Offending Service|S]

N| Inspectors have found the work of [Dursley Youth Offending Service|S] (YOS) in Gloucestershire to be ‘[Good|R]’.
W| Inspectors looked at resettlement policy and provision as a separate standard and rated it ‘[Requires improvement|R]’.
N| The inspection was carried out between [9 and 13 May 2022|D].

S| Case managers had built strong, trusting relationships with children, many of whom had been excluded from school.
S| The YOS had a clear picture of the needs of the children it served and had used it to design a programme for girls.
W| However, children released from custody had sometimes waited days for their first appointment, and housing was not always secured in advance.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dursley YOS|S] has a skilled, stable team and a board that knows what is going on in the service.
R| “It now needs to apply that rigour to the small number of children leaving custody.”

R| Of the report’s four recommendations, one is addressed to [Gloucestershire Constabulary|A].

N| ENDS
"""),
    # 12. a justiceinspectorates news item: "X has slipped from ‘...’, the grade it got in 2021, to ‘...’" (the previous
    #     rating before the overall one); resettlement "scored separately"; the Operations Director speaks, not the
    #     chief inspector ("she added"); fieldwork "in the week of 11 November 2024"; ten recommendations
    ("chesham-yjs-2025", facts([
        svc("Chesham Youth Justice Service", "Chesham YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-03-11", "2024-11", 10),
     """N| News

N| Serious concerns about youth justice in Chesham

N| Published: [11 Mar 2025|D]

N| [Chesham Youth Justice Service|S] has slipped from ‘[Requires improvement|R]’, the grade it got in [2021|D], to ‘[Inadequate|R]’.
W| Its resettlement work, scored separately, was also ‘[Inadequate|R]’.
N| The inspection team arrived in the week of [11 November 2024|D].

W| [Helen Davies|X], Operations Director at the inspectorate, said: “The children we read about were too often left in danger, and in several cases no one had acted on clear warning signs of exploitation.
W| “Practitioners described feeling swamped, and the service had gone through three heads of service in two years.”

W| Inspectors found that the management board, chaired by [Buckinghamshire Council|A]’s director of children’s services, rarely questioned the information it was given.
S| Some good practice was seen in the service’s work with victims, which was sensitive and timely.
R| “Leaders must now move fast so that each child at risk is identified and protected,” she added.

R| The report sets out ten recommendations, including one for [Thames Valley Police|A] and one for the local integrated care board.

N| A spokesperson for [Buckinghamshire Council|A] said every finding had been accepted.
"""),
    # 13. a council page in Cumbria: "04/07/2024" (day/month/year); "... rates X as ‘...’ in a report out today"; "A
    #     separate rating for resettlement was also ‘...’"; the councillor's thanks ("I want to thank"); six
    #     recommendations
    ("maryport-yjs-2024", facts([
        svc("Maryport Youth Justice Service", "Maryport YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-07-04", "2024-03", 6),
     """N| Council welcomes inspection of youth justice work

N| [04/07/2024|D]

N| [His Majesty’s Inspectorate of Probation|A] rates [Maryport Youth Justice Service|S] as ‘[Good|R]’ in a report out today.
S| A separate rating for resettlement was also ‘[Good|R]’.
N| Inspectors were with the service in [March 2024|D].

S| Inspectors said the service was child-centred, and that staff showed real tenacity in keeping children involved.
S| The report singles out the service’s education worker, who had helped most children back into school or training.
W| It also says that work to manage risks to other people could be more consistent, and that some plans were not reviewed when circumstances changed.

R| Six recommendations are set out for further improvement.

N| [Cumberland Council|A]’s executive member for children’s services, Councillor [Jane Lister|X], said: “I want to thank our staff and partners for their hard work.
N| “We are already working on the recommendations with [Cumbria Constabulary|A] and our health colleagues.”
"""),
    # 14. a 2025-26 public-protection inspection of a PDU on a GOV.UK page: no rating ("This programme of inspections
    #     does not award ratings"), "Context" and "What we found" bullets, the region in a bullet; the headline's
    #     lower-case "Shepton Mallet probation unit"; fieldwork "for two weeks in July 2025"; four recommendations
    ("shepton-mallet-pdu-2025", facts([
        svc("Shepton Mallet Probation Delivery Unit", "Shepton Mallet PDU", "PDU", None)], "2025-10-14", "2025-07", 4),
     """N| Press release

N| Public protection in Somerset: inspectors report on [Shepton Mallet probation unit|S]

N| The report is the latest in a programme of public protection inspections.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 October 2025|D]

N| How well [Shepton Mallet Probation Delivery Unit|S] manages people who pose a risk of serious harm is examined in the latest report of [HM Inspectorate of Probation|A].
N| This programme of inspections does not award ratings.
N| Inspectors were on site for two weeks in [July 2025|D].

N| Context
N| • [Shepton Mallet PDU|S] covers Mendip and part of south Somerset; its region is [Probation Service – South West region|S].
N| • When inspectors visited, the unit was supervising around 540 people, 90 of them in the highest risk categories.

N| What we found
S| • Most officers knew their cases in depth and saw people regularly, including at home.
W| • Where a check with [Avon and Somerset Constabulary|A] about domestic abuse call-outs was needed, it was done less than half the time.
W| • Plans rarely said what would be done if risk increased.
S| • Approved premises staff and probation officers worked closely together, and information passed smoothly between them.

R| Four recommendations follow: three are for the unit, one for the region.
"""),
    # 15. a youth offending team in 2016, before ratings: a short quality screening with scores "out of 36", list
    #     lead-ins "On the positive side, the screening showed that:" / "Less positively, inspectors noted that:";
    #     "Staff in Herne Bay" (a location); a date line; fieldwork "in July 2016"; four recommendations
    ("herne-bay-yot-2016", facts([
        svc("Herne Bay Youth Offending Team", "Herne Bay YOT", "YJS", None)], "2016-10-20", "2016-07", 4),
     """N| Youth offending work in Herne Bay: promising practice, but safety work falls short

N| [Thursday 20 October 2016|D]

W| Encouraging work with children, but weaknesses in protecting the public, were found when [Her Majesty’s Inspectorate of Probation|A] carried out a short quality screening of [Herne Bay Youth Offending Team|S].
N| Inspectors assessed 20 cases during their visit in [July 2016|D].

S| [Herne Bay YOT|S] scored 29 out of 36 for work to reduce reoffending, a creditable result.
W| For protecting the public, however, it scored only 17 out of 36.

N| On the positive side, the screening showed that:
S| • children had a first appointment soon after sentence and understood what was expected of them;
S| • the YOT’s links with local schools were strong, and most children were in education.

N| Less positively, inspectors noted that:
W| • judgements about the harm children might do to others were often superficial;
W| • managers did not check that plans to protect victims had been followed.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in Herne Bay plainly care about the young people on their books.
R| “The YOT and its partners must now give the same attention to public protection as they already give to reducing offending.”

R| The report makes four recommendations, all for the YOT management board.

N| [Kent County Council|A] welcomed the screening and said it would respond in detail.
"""),
    # 16. "X climbs a grade, from ‘...’ at its 2019 inspection to ‘...’ now" (previous and overall in one sentence); the
    #     headline's lower-case "Teignmouth youth justice service"; fieldwork "in the week beginning 8 November 2021";
    #     "Publication of the report: 00.01, Thursday 10 February 2022" in the notes; "I hope ..." (no action); three
    #     recommendations
    ("teignmouth-yjs-2022", facts([
        svc("Teignmouth Youth Justice Service", "Teignmouth YJS", "YJS", GOOD)], "2022-02-10", "2021-11", 3),
     """N| [Teignmouth youth justice service|S] now ‘[Good|R]’, say inspectors

N| [Teignmouth Youth Justice Service|S] climbs a grade, from ‘[Requires improvement|R]’ at its [2019|D] inspection to ‘[Good|R]’ now.
N| Inspectors were on site in the week beginning [8 November 2021|D].

S| Inspectors found that leaders had acted on every recommendation from the previous report.
S| Children’s plans were now written with them rather than for them, and reviewed whenever something changed.
S| Together with [Devon and Cornwall Police|A], the service kept many children out of the courts altogether, and this diversion work was particularly effective.
W| While most children were in school or college, those who needed mental health support waited a long time for [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Teignmouth|S]’s progress over the three years since we last came is a credit to everyone involved.
N| “I hope the service will keep building on this.”

R| Three recommendations are made: the service has two, and [NHS Devon Clinical Commissioning Group|A] one.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Thursday 10 February 2022|D].
N| 2. [Teignmouth YJS|S] is part of [Devon County Council|A]’s children’s services.
"""),
    # 17. a prison, from HM Inspectorate of Prisons, on a GOV.UK page: no rating on the four-point scale (healthy prison
    #     assessments in lower case: "reasonably good", "not sufficiently good"); "HMP Stonehouse" in the headline;
    #     fieldwork "in August 2023"; no count of recommendations (null)
    ("hmp-stonehouse-2023", facts([
        svc("HMP Stonehouse", "HMP Stonehouse", "prison", None)], "2023-12-19", "2023-08", None),
     """N| Press release

N| [HMP Stonehouse|S]: staff shortages leave men locked up for most of the day

N| From: [HM Inspectorate of Prisons|A]

N| Published [19 December 2023|D]

N| [HM Inspectorate of Prisons|A] has published its report on an unannounced inspection of [HMP Stonehouse|S], a category C training prison in Gloucestershire.
N| The inspection took place in [August 2023|D].
W| Inspectors found outcomes for prisoners reasonably good in safety and respect, but not sufficiently good in purposeful activity and in preparation for release.

W| [Charlie Taylor|X], HM Chief Inspector of Prisons, said: “Because of staff shortages, most men were spending more than 20 hours a day behind their doors, and fewer than half were in work or education.
S| “Nevertheless, the prison was calm and well ordered, and relationships between staff and prisoners were respectful.”

S| Health care was well led, and prisoners could see a GP quickly.
W| Release planning was weak: a quarter of men left without anywhere settled to live, and the prison’s probation team had several vacancies.

R| “The prison and its managers in [HMPPS|A] must find the staff to unlock men for work and education,” Mr Taylor added.
"""),
    # 18. a justiceinspectorates news item with a date line: "For X, the inspectorate’s verdict is ‘...’"; fieldwork
    #     "lasted a week, from 18 September 2023"; "In contrast"; "Just 7 of the 18 children"; "I want to see ..."; "We
    #     make 6 recommendations"; the council's reply
    ("newhaven-yjs-2023", facts([
        svc("Newhaven Youth Justice Service", "Newhaven YJS", "YJS", RI)], "2023-12-12", "2023-09", 6),
     """N| News

N| Newhaven youth justice: strong partnerships, but too little focus on safety

N| [12 December 2023|D]

N| For [Newhaven Youth Justice Service|S], the inspectorate’s verdict is ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A]’s fieldwork lasted a week, from [18 September 2023|D].

S| The service’s partnerships were a real strength: [Sussex Police|A], schools and [East Sussex County Council|A]’s early help teams all took part in planning for children.
W| In contrast, work to keep children and others safe was uneven, and what case managers had done about risks raised by other agencies often went unrecorded.
W| Just 7 of the 18 children in the inspected sample had a plan that dealt well enough with their safety.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Newhaven|S] has built excellent relationships across the partnership, but those relationships are not yet turning into safer plans for children.
R| “I want to see managers checking every plan for risk before it is signed off.”

R| We make 6 recommendations in the report.

N| [East Sussex County Council|A] said it had begun work on the recommendations straight away.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
