"""Builds the sixteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Sussex PDUs on a GOV.UK page, the region named before the units: "X and Y each received ‘...’, whereas Z
    #    ended up in the lowest band, ‘...’"; "Inspectors were on site between 6 and 17 November 2023"; twelve
    #    recommendations "four for each unit"; the regional director's reply
    ("littlehampton-shoreham-and-seaford-pdus-2024", facts([
        svc("Littlehampton Probation Delivery Unit", "Littlehampton PDU", "PDU", RI),
        svc("Shoreham Probation Delivery Unit", "Shoreham PDU", "PDU", RI),
        svc("Seaford Probation Delivery Unit", "Seaford PDU", "PDU", INAD)], "2024-03-19", "2023-11", 12),
     """N| Press release

N| Three probation units in Sussex inspected together

N| Inspectors publish reports on probation delivery units on the Sussex coast.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 March 2024|D]

N| [His Majesty’s Inspectorate of Probation|A]’s separate reports, out today, cover three units in [Probation Service – Kent, Surrey and Sussex region|S]: [Littlehampton Probation Delivery Unit|S], [Shoreham Probation Delivery Unit|S] and [Seaford Probation Delivery Unit|S].
N| [Littlehampton|S] and [Shoreham|S] each received ‘[Requires improvement|R]’, whereas [Seaford|S] ended up in the lowest band, ‘[Inadequate|R]’.
N| Inspectors were on site between [6 and 17 November 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Seaford, four in ten probation officer posts were unfilled when we arrived, and those left were holding caseloads well beyond what is safe.
W| “Where someone was a danger to a partner or to children, that danger had too often gone unexamined.
S| “[Littlehampton|S] and [Shoreham|S] are on firmer ground: managers know their teams, and joint work with local housing providers is paying off.”

S| Inspectors singled out [Littlehampton PDU|S]’s court team, whose pre-sentence reports were rarely late and seldom questioned by magistrates.
W| In each of the three units, under half the cases inspected gave enough thought to children living in the same household.

R| Twelve recommendations are made across the three reports, four for each unit.

N| [Claire Hughes|X], Regional Probation Director for Kent, Surrey and Sussex, said: “We welcome the reports and are recruiting to every vacant post in Seaford.”
"""),
    # 2. two youth justice services in one local-news story: the report "published on Thursday (9 March)" under a byline
    #    of Monday 13 March 2023; "X achieved the top grade, ‘...’, and Y was judged ‘...’", in the other order from the
    #    one the services were first named in; "Seven ... four for Paignton and three for Brixham"
    ("paignton-and-brixham-yjs-2023", facts([
        svc("Paignton Youth Justice Service", "Paignton YJS", "YJS", GOOD),
        svc("Brixham Youth Justice Service", "Brixham YJS", "YJS", OUT)], "2023-03-09", "2022-11", 7),
     """N| Youth justice in Torbay: inspectors praise two services

N| By [Rachel Penrose|X]

N| [Monday 13 March 2023|D]

N| The reports on [Paignton Youth Justice Service|S] and [Brixham Youth Justice Service|S], published on Thursday ([9 March|D]), follow inspections carried out in [November 2022|D].
N| [Brixham|S] achieved the top grade, ‘[Outstanding|R]’, and [Paignton|S] was judged ‘[Good|R]’.

S| The watchdog said [Brixham|S]’s case workers knew each child’s story in detail and worked hard to keep children in school.
S| It also praised [Paignton|S] for referring children quickly to speech and language therapists.
W| But the report on [Paignton YJS|S] found that risk plans were not always looked at again after a child was re-arrested.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams should take real pride in these results, and [Brixham|S] in particular has shown what excellent youth justice looks like.”

R| Seven recommendations are made in all, four for [Paignton|S] and three for [Brixham|S].

N| Councillor [Anna Tremayne|X], [Torbay Council|A]’s lead member for children, said: “These reports reflect the dedication of our staff and partners.”
"""),
    # 3. two West Midlands PDUs in a justiceinspectorates news item, the region named in the first sentence: "Neither unit
    #    reached ‘Good’; both have been placed one step below, at ‘...’"; "Published: 22 Jan 2025"; fieldwork "from 30
    #    September to 11 October 2024" (across two months); "ten recommendations, five addressed to each unit"
    ("ledbury-and-market-drayton-pdus-2025", facts([
        svc("Ledbury Probation Delivery Unit", "Ledbury PDU", "PDU", RI),
        svc("Market Drayton Probation Delivery Unit", "Market Drayton PDU", "PDU", RI)], "2025-01-22", "2024-09", 10),
     """N| News

N| Probation units in the West Midlands told to improve

N| Published: [22 Jan 2025|D]

N| [HM Inspectorate of Probation|A]’s two new reports cover [Ledbury Probation Delivery Unit|S] in Herefordshire and [Market Drayton Probation Delivery Unit|S] in north Shropshire, two units of the [Probation Service – West Midlands region|S].
N| Neither unit reached ‘[Good|R]’; both have been placed one step below, at ‘[Requires improvement|R]’.
N| Inspectors spent a fortnight in the two units, from [30 September to 11 October 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both units have staff who go to great lengths to see people living many miles from the nearest office.
W| “Yet after a change in someone’s life, their risk to others was reassessed in well under half the files we looked at.”

W| In [Market Drayton PDU|S], the absence of a permanent senior manager for most of the previous year had left practitioners without clear direction.
S| [Ledbury|S]’s joint work with [West Mercia Police|A] on managing sex offenders was described as thorough.
W| Access to accredited programmes was poor in both areas, with waiting lists of more than six months.

R| The two reports contain ten recommendations, five addressed to each unit.
"""),
    # 4. a unit inside its region, the region in the headline ("London probation region: ...") and the first sentence:
    #    "Inspectors have put X ... in the bottom category of their scale: ‘...’"; the region's own rating as context ("The
    #    London region’s own inspection, in 2023, ended with ‘...’"); "Mr Jones continued"; fieldwork "In April 2024";
    #    "Publication is set for 00.01 on Tuesday 27 August 2024" in the notes
    ("catford-pdu-2024", facts([
        svc("Catford Probation Delivery Unit", "Catford PDU", "PDU", INAD)], "2024-08-27", "2024-04", 6),
     """N| [London probation region|S]: inspectors find serious failings in Catford

N| Inspectors have put [Catford Probation Delivery Unit|S], in the [Probation Service – London region|S], in the bottom category of their scale: ‘[Inadequate|R]’.
N| The [London region|S]’s own inspection, in [2023|D], ended with ‘[Requires improvement|R]’.
N| In [April 2024|D], [HM Inspectorate of Probation|A]’s team went through 48 of the unit’s cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Catford|S] is a unit in crisis.
W| “Its managers were spending their days firefighting, one in three posts had no permanent holder, and some people on licence had gone more than two months without any contact.”

W| Mr Jones continued: “In the great majority of cases, what was done to shield children from harm fell below the standard we expect.”

S| Against that background, inspectors noted that the unit’s unpaid work team had kept most placements open and that [Catford PDU|S]’s staff showed real loyalty to one another.
W| Information sharing with the [Metropolitan Police|A] and [Lewisham Council|A]’s children’s services was slow and often incomplete.

R| Six recommendations follow from the report: the unit must act on four, the [Probation Service|A] in London on the other two.

N| ENDS

N| Notes to editors
N| 1. Publication is set for 00.01 on [Tuesday 27 August 2024|D], on the inspectorate’s website.
N| 2. [Catford PDU|S] is one of 18 probation delivery units in London.
"""),
    # 5. a unit inside its region, the region in the headline ("Kent, Surrey and Sussex region: ...") and in the notes:
    #    "inspectors place X second from bottom on their four-point scale, at ‘...’" in "a report released today
    #    (Wednesday, 12 July)" (no year: the fieldwork's, February 2023); the headline's lower-case "Godalming probation
    #    unit"; "only 17 of the 40 assessments"; four recommendations
    ("godalming-pdu-2023", facts([
        svc("Godalming Probation Delivery Unit", "Godalming PDU", "PDU", RI)], "2023-07-12", "2023-02", 4),
     """N| [Kent, Surrey and Sussex region|S]: [Godalming probation unit|S] ‘on the right track’

N| In a report released today (Wednesday, [12 July|D]), inspectors place [Godalming Probation Delivery Unit|S] second from bottom on their four-point scale, at ‘[Requires improvement|R]’.
N| Inspectors examined the unit’s work in [February 2023|D], reading 40 cases and interviewing staff, managers and partners.

S| They found a settled leadership team with a clear plan for raising the quality of supervision.
S| Encouragingly, most people on probation said they saw the same officer each time and felt able to be honest with them.
W| However, only 17 of the 40 assessments of risk to children were good enough.
W| Some practitioners had not completed domestic abuse training, and enquiries to [Surrey Police|A] about call-outs to an address were not always made.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Much of what we saw is worth building on.
R| “[Godalming|S]’s leaders should now see to it that police and children’s services records are checked from the outset in any case where children are involved.”

R| Four recommendations are made, all of them for the unit.

N| ENDS

N| Notes to editors
N| 1. [Godalming PDU|S] supervises around 600 people in south-west Surrey for [Probation Service – Kent, Surrey and Sussex region|S].
"""),
    # 6. a Probation Trust in 2012, before ratings: percentage scores, "The inspectors were encouraged that:" / "They were
    #    less happy that:" bullet lists; the verdict in the first sentence; "Thursday, 4th October 2012" above "published
    #    today"; fieldwork "during their visit in June 2012"; nine recommendations
    ("petworth-and-midhurst-probation-trust-2012", facts([
        svc("Petworth and Midhurst Probation Trust", "Petworth and Midhurst Probation Trust", "other", None)],
        "2012-10-04", "2012-06", 9),
     """N| Probation in Petworth and Midhurst – inspection report published

N| [Thursday, 4th October 2012|D]

S| [Petworth and Midhurst Probation Trust|S] has laid a solid platform for protecting the public, according to [Her Majesty’s Inspectorate of Probation|A]’s report on the Trust, published today.
N| Inspectors examined 60 cases during their visit in [June 2012|D].

S| The Trust scored 74% for lowering the chance of reoffending and 81% for making sure sentences were served.
W| Its public protection work, however, scored only 62%, lower than most Trusts inspected to date.

N| The inspectors were encouraged that:
S| • offenders had a first appointment within a few days of being sentenced;
S| • the Trust had strong links with [Sussex Police|A] in managing prolific offenders.

N| They were less happy that:
W| • risk of harm was frequently assessed late;
W| • in a third of relevant cases, nobody had checked with children’s social care.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust’s staff understand the offenders they work with, and managers are visible and supportive.
R| “The next step must be to bring the Trust’s public protection work up to the level of the rest.”

R| The report contains nine recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "have assessed X (CRC), an ... company, as ‘...’
    #    overall"; unpaid work "which inspectors rated separately, came out at ‘...’"; "Fieldwork was completed in June
    #    2019"; the provider's reply
    ("sidcup-and-eltham-crc-2019", facts([
        svc("Sidcup and Eltham Community Rehabilitation Company", "Sidcup and Eltham CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}])], "2019-09-17", "2019-06", 6),
     """N| Embargoed until 00.01, [Tuesday 17 September 2019|D]

N| Probation company in south-east London falls short, inspectors find

N| Inspectors from [Her Majesty’s Inspectorate of Probation|A] have assessed [Sidcup and Eltham Community Rehabilitation Company|S] (CRC), an [MTCnovo|A] company, as ‘[Inadequate|R]’ overall.
W| Unpaid work, which inspectors rated separately, came out at ‘[Requires improvement|R]’.
N| Fieldwork was completed in [June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Many people supervised by this CRC are simply not seen often enough, and some have had no meaningful contact for months.
W| “Staff told us they were carrying caseloads of more than 80 and had given up trying to do more than the basics.”

S| Inspectors did praise the CRC’s women’s centre in Eltham, which offered a safe place for women to report and to get help with debt and housing.
W| Working relations with the [National Probation Service|A] had become strained, and cases were sometimes passed between the two organisations with important information missing.

R| Six recommendations are made: the CRC and [MTCnovo|A] must act on four, [HM Prison and Probation Service|A] on two.

N| A spokesperson for [MTCnovo|A] said: “The findings are accepted, and caseloads are already coming down.”
"""),
    # 8. a youth offending team written out, on a council page in 2017, before ratings: a joint inspection "with ... in the
    #    lead", bullet lists; "Posted: 12/06/2017" (day/month/year); "the visit was carried out in March 2017"
    ("romsey-yot-2017", facts([
        svc("Romsey Youth Offending Team", "Romsey YOT", "YJS", None)], "2017-06-12", "2017-03", 5),
     """N| Joint inspection report on youth offending in Romsey

N| Posted: [12/06/2017|D]

N| The findings of a joint inspection of [Romsey Youth Offending Team|S] (YOT), with [Her Majesty’s Inspectorate of Probation|A] in the lead, have been published.
N| [Ofsted|A], [HM Inspectorate of Constabulary|A] and the [Care Quality Commission|A] sent inspectors too, and the visit was carried out in [March 2017|D].

N| The inspectors said they were pleased to find that:
S| • case managers worked hard to engage children who had previously refused help;
S| • the YOT’s restorative justice worker made sure victims were offered a say.

N| On the other hand, they were concerned that:
W| • plans did not always say how the risk to others would be managed;
W| • the management board was given too little information to hold [Romsey YOT|S] to account.

R| Five recommendations are made; the YOT management board is asked to act on most of them.

N| Councillor [Mark Kendall|X], [Hampshire County Council|A]’s lead for children’s services, said: “Our staff’s commitment comes through clearly in the report, and we have drawn up a plan to address each recommendation.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Exmouth youth offending service rated ‘...’":
    #    "inspected X in July 2019 and has found it to be ‘...’"; "I would like the service to ..."; "Report online from:
    #    Tuesday 26 November 2019" in the notes; four recommendations
    ("exmouth-yos-2019", facts([
        svc("Exmouth Youth Offending Service", "Exmouth YOS", "YJS", GOOD)], "2019-11-26", "2019-07", 4),
     """N| [Exmouth youth offending service|S] rated ‘[Good|R]’

N| [Her Majesty’s Inspectorate of Probation|A] inspected [Exmouth Youth Offending Service|S] in [July 2019|D] and has found it to be ‘[Good|R]’.

S| The service had a clear vision, championed by a management board that included senior leaders from [Devon County Council|A], [Devon and Cornwall Police|A] and the [NHS|A].
S| Case managers were skilled at building trust with children who had often been let down by adults before.
S| Work with children subject to court orders was particularly strong, and four in five had stayed out of further trouble during their order.
W| Out-of-court disposals, on the other hand, were handled less well, and the service’s assessment of these children was often brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Exmouth|S] has a committed and stable team who clearly enjoy their work, and children benefit as a result.
R| “I would like the service to take as much care over children diverted from court as it already takes over those on orders.”

R| We have made four recommendations, three to the service and one to its management board.

N| ENDS

N| Notes to editors
N| 1. Report online from: [Tuesday 26 November 2019|D].
N| 2. [Exmouth YOS|S] was inspected under the new standards introduced in [2018|D].
"""),
    # 10. "The inspectorate’s assessment puts X at ‘...’, an improvement on the ‘...’ it received in 2019" (overall and
    #     previous in one sentence); resettlement "is rated separately, and here the service earned ‘...’"; fieldwork "over
    #     two weeks from 13 June 2022"; "The report goes live at 00:01 on Friday 14 October 2022" in the notes
    ("winchester-yjs-2022", facts([
        svc("Winchester Youth Justice Service", "Winchester YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-10-14", "2022-06", 6),
     """N| Winchester youth justice: progress since [2019|D], but work still to do

N| The inspectorate’s assessment puts [Winchester Youth Justice Service|S] at ‘[Requires improvement|R]’, an improvement on the ‘[Inadequate|R]’ it received in [2019|D].
S| Resettlement policy and provision is rated separately, and here the service earned ‘[Good|R]’.
N| [HM Inspectorate of Probation|A]’s inspectors were in Winchester over two weeks from [13 June 2022|D].

S| Leaders had drawn up a clear improvement plan after the last inspection and had followed it through.
S| Children leaving custody had somewhere to live and an education or training place lined up before release.
W| Even so, the quality of assessment varied considerably between case managers, and a few children’s plans had not been updated for many months.
W| Too few children were receiving the speech and language support they needed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Winchester|S] has come a long way, but it is not there yet.
R| “The partnership now needs to make sure every child gets the same careful assessment, whoever their case manager happens to be.”

R| Six recommendations are made, five for [Winchester YJS|S] and one for [Hampshire and Isle of Wight Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. The report goes live at 00:01 on [Friday 14 October 2022|D].
"""),
    # 11. a GOV.UK page: "HM Inspectorate of Probation’s highest possible rating, ‘...’, goes to X"; resettlement "given its
    #     own rating, also reached ‘...’"; "Fieldwork ran across July and August 2024"; a lower-case "‘good enough’" in a
    #     quote; two recommendations
    ("kenilworth-yjs-2024", facts([
        svc("Kenilworth Youth Justice Service", "Kenilworth YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-12-05", "2024-07", 2),
     """N| Press release

N| Youth justice service in Warwickshire achieves highest rating

N| Inspectors publish their report on [Kenilworth Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [5 December 2024|D]

N| [HM Inspectorate of Probation|A]’s highest possible rating, ‘[Outstanding|R]’, goes to [Kenilworth Youth Justice Service|S].
S| The service’s resettlement work, given its own rating, also reached ‘[Outstanding|R]’.
N| Fieldwork ran across [July and August 2024|D].

S| Every child whose case inspectors examined had helped to shape their own plan.
S| Because of strong links with [Warwickshire Police|A] and local schools, most children in trouble were kept away from court altogether.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Young people in this part of Warwickshire are fortunate: theirs is an exceptional service.
S| “Leaders never settle for ‘good enough’, and the whole partnership shares their ambition.”

R| Inspectors have made two recommendations, both for [Kenilworth YJS|S]’s management board.
"""),
    # 12. a council page: "Posted on 18/02/2025"; "In its report, out today, ... judges X to be ‘...’ overall, the lowest of
    #     its four ratings"; fieldwork "the first week of October 2024"; 14 recommendations in digits; the director's
    #     apology and promise
    ("ringwood-yjs-2025", facts([
        svc("Ringwood Youth Justice Service", "Ringwood YJS", "YJS", INAD)], "2025-02-18", "2024-10", 14),
     """N| Statement on the inspection of [Ringwood Youth Justice Service|S]

N| Posted on [18/02/2025|D]

N| In its report, out today, [HM Inspectorate of Probation|A] judges [Ringwood Youth Justice Service|S] to be ‘[Inadequate|R]’ overall, the lowest of its four ratings.
N| Inspectors spent the first week of [October 2024|D] with the service.

W| The report found that keeping children safe was not done well enough, with risks from exploitation missed in several of the cases inspected.
W| Inspectors also found that [Ringwood YJS|S] had too few case managers, and that some children had seen four different workers in a year.
S| They recognised the commitment of front-line staff and the quality of the service’s work with victims.
W| In its report the inspectorate said the service’s leaders had been slow to recognise how far standards had slipped.

R| The report makes 14 recommendations, directed at the service, its management board, [Hampshire County Council|A] and the local [NHS|A].

N| [Jo Pennell|X], Director of Children’s Services, said: “We are deeply disappointed by this outcome and apologise to the children and families we have let down.
N| “An improvement board will meet for the first time next month.”
"""),
    # 13. a justiceinspectorates.gov.uk news item with a date line: "Inspectors place X at ‘...’ overall"; the headline's
    #     lower-case "Brixton youth justice service"; fieldwork "between 10 and 14 April 2023"; "in only 12 of the 28
    #     cases"; "Seven recommendations appear in the report; one asks the Metropolitan Police ..."
    ("brixton-yjs-2023", facts([
        svc("Brixton Youth Justice Service", "Brixton YJS", "YJS", RI)], "2023-09-14", "2023-04", 7),
     """N| News

N| ‘Improvement needed’ at [Brixton youth justice service|S]

N| [14 September 2023|D]

N| Inspectors place [Brixton Youth Justice Service|S] at ‘[Requires improvement|R]’ overall.
N| Fieldwork took place between [10 and 14 April 2023|D].

S| The service’s work to tackle the over-representation of Black children in the youth justice system was a notable strength.
S| Case managers built warm relationships with children, and several young people told inspectors their worker had “stuck with them”.
W| However, a sound plan for keeping other people safe existed in only 12 of the 28 cases inspectors read.
W| The service’s management board had been slow to fill the gaps left by the departure of its specialist health workers.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brixton|S]’s staff are committed, but commitment is no substitute for careful planning.
R| “Leaders must make sure that every child’s plan deals with the risks they face and the harm they might cause to others.”

R| Seven recommendations appear in the report; one asks the [Metropolitan Police|A] to pass on details of children arrested locally within 24 hours.

N| [Lambeth Council|A] said it welcomed the report.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 20 Nov 2025"; fieldwork "during August 2025"; three recommendations
    ("haywards-heath-pdu-2025", facts([
        svc("Haywards Heath Probation Delivery Unit", "Haywards Heath PDU", "PDU", None)], "2025-11-20", "2025-08", 3),
     """N| Skip to content

N| Public protection inspection of a probation unit in Mid Sussex

N| Published: [20 Nov 2025|D]

N| [HM Inspectorate of Probation|A] has reported on how well [Haywards Heath Probation Delivery Unit|S] protects the public.
N| Inspections in this programme do not give a rating.
N| Fieldwork was done during [August 2025|D].

N| Context
N| • [Haywards Heath PDU|S] is part of [Probation Service – Kent, Surrey and Sussex region|S] and covers Mid Sussex.
N| • It supervises roughly 700 people, a quarter of whom are on licence after a prison sentence.

N| Findings
S| • Practitioners knew their cases well and used risk management plans to guide their work.
W| • In one case in three where enquiries with [Sussex Police|A] about domestic abuse were needed, none had been made.
W| • Managers’ oversight of high-risk cases was inconsistent.
S| • Joint work under [MAPPA|A] was well organised, and meetings were well attended by partners.

R| The report makes three recommendations to the PDU and the region.
"""),
    # 15. a remote inspection in 2021: "has dropped to ‘...’, down from the ‘...’ it was given after its last inspection in
    #     2018"; "all of the fieldwork in March 2021 was done remotely"; "Published: Tuesday 8th June 2021"; "Only 9 of 21
    #     assessments"; the council's reply
    ("ivybridge-yjs-2021", facts([
        svc("Ivybridge Youth Justice Service", "Ivybridge YJS", "YJS", RI)], "2021-06-08", "2021-03", 6),
     """N| Youth service in south Devon must sharpen its focus on safety, inspectors say

N| Published: [Tuesday 8th June 2021|D]

N| [Ivybridge Youth Justice Service|S] has dropped to ‘[Requires improvement|R]’, down from the ‘[Good|R]’ it was given after its last inspection in [2018|D].
N| With COVID-19 rules in place, all of the fieldwork in [March 2021|D] was done remotely.

W| Inspectors found that during the pandemic many children had been supervised mainly by phone, even where there were serious concerns about their safety.
W| Only 9 of 21 assessments gave enough weight to the danger children might present to other people.
S| Education support was a real strength: almost every child was in school, college or training.
S| The service’s partnership with [Devon County Council|A]’s social workers was close, and decisions about children were made jointly.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ivybridge|S] has kept many good things going through a very hard year, but its grip on children’s safety has slipped.
R| “It must restore face-to-face work with the children who need it most.”

R| The report makes six recommendations.

N| [Devon County Council|A] said it had already acted on several of them.
"""),
    # 16. a 2020 release: "considers the work of X to merit ‘...’"; "Tuesday, 30th June 2020" at the top; fieldwork
    #     "between 27 and 31 January 2020"; "The staff at Lydney can be rightly proud"; no count of recommendations (null)
    ("lydney-yjs-2020", facts([
        svc("Lydney Youth Justice Service", "Lydney YJS", "YJS", GOOD)], "2020-06-30", "2020-01", None),
     """N| Youth justice in the Forest of Dean earns a ‘[Good|R]’ rating

N| [Tuesday, 30th June 2020|D]

N| [HM Inspectorate of Probation|A] considers the work of [Lydney Youth Justice Service|S] to merit ‘[Good|R]’.
N| The fieldwork took place between [27 and 31 January 2020|D], before the pandemic restrictions began.

S| Inspectors were impressed by how the service drew children and their parents into decisions about their plans.
S| Children who had been exploited by adults were given prompt, well-coordinated help, often with the support of [Gloucestershire Constabulary|A].
W| But work with children released from custody needed strengthening, as their plans were often made at the last minute.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “For a small team, [Lydney|S] achieves a great deal.
S| “The staff at [Lydney|S] can be rightly proud of what they have achieved for children in this part of Gloucestershire.”

N| The full report explains where the service can improve further.
"""),
    # 17. "Inspectors’ overall judgement of X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement
    #     "assessed as a separate element, was ‘...’"; the headline's lower-case "Melton Mowbray youth justice service";
    #     "Report publication: 6 March 2024" in the notes; four recommendations
    ("melton-mowbray-yjs-2024", facts([
        svc("Melton Mowbray Youth Justice Service", "Melton Mowbray YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-03-06", "2023-11", 4),
     """N| [Melton Mowbray youth justice service|S] ‘narrowly avoided the lowest rating’

N| Inspectors’ overall judgement of [Melton Mowbray Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Its score was only one point above the threshold for ‘[Inadequate|R]’.
W| Resettlement, assessed as a separate element, was ‘[Inadequate|R]’.
N| The team of inspectors visited during [November 2023|D].

W| Managers had little oversight of how case managers were assessing risk, and quality assurance had lapsed during a long period of sickness absence.
W| Children in custody were rarely visited, and plans for their release were typically made in the final fortnight.
S| Despite these problems, inspectors praised a diversion scheme run jointly with [Leicestershire Police|A], which kept many children out of court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It concerned me that the partnership had not noticed how far standards had fallen.
R| “What is needed now is a firm grip from the board, with clear targets and regular reports on progress.”

R| Four recommendations have been made.

N| Notes to editors
N| 1. Report publication: [6 March 2024|D].
N| 2. [Melton Mowbray YJS|S] covers north-east Leicestershire and supervises about 60 children at any one time.
"""),
    # 18. an NPS division in 2019, the headline naming no service: "The X receives an overall regional rating of ‘...’
    #     from ..."; "Published: 14 Aug 2019"; fieldwork "in March and April 2019"; the short "NPS Weybridge and
    #     Chertsey"; eight recommendations for the division and two national bodies
    ("weybridge-and-chertsey-nps-division-2019", facts([
        svc("National Probation Service – Weybridge and Chertsey Division", "NPS Weybridge and Chertsey", "region",
            GOOD)], "2019-08-14", "2019-03", 8),
     """N| ‘[Good|R]’ overall for probation division in north-west Surrey

N| Published: [14 Aug 2019|D]

N| The [National Probation Service – Weybridge and Chertsey Division|S] receives an overall regional rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| The division supervises about 3,500 people across north-west Surrey.
N| Fieldwork was carried out in [March and April 2019|D].

S| Inspectors found a well-led division with a stable workforce and manageable caseloads.
S| Its advice to courts was of a high standard, and reports were almost always delivered on time.
W| On the other hand, work with victims was patchy: the victim liaison unit was understaffed and some victims had not been contacted before the offender’s release.
W| Too few people convicted of domestic abuse started an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Weybridge and Chertsey|S] is a division that knows what it is doing and does it well.
R| “Its leaders should now bring victim work up to the same level as the rest.”

R| Eight recommendations are made; the division, [HMPPS|A] and the [Ministry of Justice|A] each have a share.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
