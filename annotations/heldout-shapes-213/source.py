"""Builds the two hundred and thirteenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the Kent, Surrey and Sussex region on a GOV.UK page, the region named before them: "X lands at ‘...’,
    #    while Y drops to the foot of the scale with ‘...’"; "a fortnight ..., starting on 17 June 2024"; nine
    #    recommendations "split five to Y and four to X"
    ("westhumble-and-pixham-pdus-2024", facts([
        svc("Westhumble Probation Delivery Unit", "Westhumble PDU", "PDU", RI),
        svc("Pixham Probation Delivery Unit", "Pixham PDU", "PDU", INAD)], "2024-11-19", "2024-06", 9),
     """N| Press release

N| Two Surrey probation units reported on together

N| One unit must improve, and inspectors say the other is failing.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has issued a report apiece on two units in Surrey, [Westhumble Probation Delivery Unit|S] and [Pixham Probation Delivery Unit|S], both run by the [Probation Service – Kent, Surrey and Sussex region|S].
N| [Westhumble|S] lands at ‘[Requires improvement|R]’, while [Pixham|S] drops to the foot of the scale with ‘[Inadequate|R]’.
N| Inspectors worked in both units for two weeks from [17 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pixham|S] is a unit running on goodwill and overtime, and that cannot last.
W| “Fewer than half of its probation officer posts were filled when we visited, and newly qualified staff were carrying caseloads well beyond their experience.
S| “[Westhumble|S], by contrast, has kept most of its experienced officers, and its managers check the quality of work closely.”

S| Inspectors commended both units for the way they worked alongside [Surrey Police|A] to manage people who posed a risk to their partners.
W| Even so, in neither unit did plans routinely take account of children living in the same household.
W| Sentence plans in Pixham were often written weeks late, and some had never been shared with the person on probation.

R| The nine recommendations across the two reports are split five to [Pixham|S] and four to [Westhumble|S].

N| “We have already moved two senior probation officers into Pixham to steady the team,” said [Claire Henshaw|X], Regional Probation Director for Kent, Surrey and Sussex.
"""),
    # 2. two youth justice services in a local-news story: reports "published on Tuesday (25 February)" under a byline of
    #    Thursday 27 February 2025; "Inspectors placed X at the very top of their scale, ‘...’, and Y one step below, on
    #    ‘...’", in the other order from the one first named; "Of the five recommendations made, three are for Y and two for X"
    ("coldharbour-and-leith-hill-yjs-2025", facts([
        svc("Coldharbour Youth Justice Service", "Coldharbour YJS", "YJS", GOOD),
        svc("Leith Hill Youth Justice Service", "Leith Hill YJS", "YJS", OUT)], "2025-02-25", "2024-10", 5),
     """N| Hillside youth justice teams earn high marks

N| By [Rachel Ainsworth|X]

N| [Thursday 27 February 2025|D]

N| Inspection reports on [Coldharbour Youth Justice Service|S] and [Leith Hill Youth Justice Service|S] were published on Tuesday ([25 February|D]), four months after the inspection visits of [October 2024|D].
N| Inspectors placed [Leith Hill|S] at the very top of their scale, ‘[Outstanding|R]’, and [Coldharbour|S] one step below, on ‘[Good|R]’.

S| The inspectorate singled out [Leith Hill|S]’s case managers, who kept working with children after their orders ended if the children asked them to.
S| [Coldharbour|S]’s partnership with local colleges meant that children who had dropped out of school were offered a course place within a fortnight.
W| Less positively, inspectors noted that [Coldharbour YJS|S] had not kept a close enough eye on children released on bail.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small services, a handful of miles apart, are showing the rest of the country what steady, patient work with children looks like.”

R| Of the five recommendations made, three are for [Coldharbour|S] and two for [Leith Hill|S].

N| Councillor [Peter Morland|X], cabinet member for children at [Surrey County Council|A], said: “These results are a credit to the staff, and we will not stand still.”
"""),
    # 3. three PDUs of one region on a justiceinspectorates news item: "X and Y each emerge with ‘...’; Z receives the
    #    harshest verdict available, ‘...’"; "Fieldwork ran from 25 November to 6 December 2024" (across two months); twelve
    #    recommendations "Each unit receives four recommendations, twelve in all"
    ("newdigate-sidlow-and-hookwood-pdus-2025", facts([
        svc("Newdigate Probation Delivery Unit", "Newdigate PDU", "PDU", RI),
        svc("Sidlow Probation Delivery Unit", "Sidlow PDU", "PDU", INAD),
        svc("Hookwood Probation Delivery Unit", "Hookwood PDU", "PDU", RI)], "2025-03-11", "2024-11", 12),
     """N| News

N| Three probation units on the Surrey–Sussex border: one ‘[Inadequate|R]’, two ‘[Requires improvement|R]’

N| Published: [11 Mar 2025|D]

N| [Newdigate Probation Delivery Unit|S], [Sidlow Probation Delivery Unit|S] and [Hookwood Probation Delivery Unit|S], neighbouring units of the [Kent, Surrey and Sussex probation region|S], are the subjects of three reports published today by [HM Inspectorate of Probation|A].
N| [Newdigate|S] and [Hookwood|S] each emerge with ‘[Requires improvement|R]’; [Sidlow|S] receives the harshest verdict available, ‘[Inadequate|R]’.
N| Fieldwork ran from [25 November to 6 December 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Sidlow we found a unit where nobody had clear responsibility for checking on domestic abuse, and some cases had gone months without a risk review.
S| “[Newdigate|S] and [Hookwood|S], on the other hand, have stable leadership and a clear sense of direction.”

S| Inspectors praised the quality of pre-sentence reports in all three units, which were thorough and delivered on time in nearly every case.
W| Yet access to accredited programmes was poor across the patch, with waiting lists of up to nine months.
W| In Sidlow, only 14 of the 38 cases inspected had an adequate plan to manage the risk of harm.

R| Each unit receives four recommendations, twelve in all.

N| The region said an improvement plan for the [Sidlow unit|S] had already been agreed with [HM Prison and Probation Service|A].
"""),
    # 4. a unit inside its region, the region in the headline and as context: "has assessed X, one of the units making up
    #    the region, as ‘...’"; the previous ‘Inadequate’ (2022) beside it; unpaid work "rated on its own, reached ‘Good’";
    #    "in the first week of February 2024"; "Half a dozen recommendations"
    ("friday-street-pdu-2024", facts([
        svc("Friday Street Probation Delivery Unit", "Friday Street PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-06-18", "2024-02", 6),
     """N| [Kent, Surrey and Sussex region|S]: inspectors report on [Friday Street Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has assessed [Friday Street Probation Delivery Unit|S], one of the delivery units within the [Probation Service – Kent, Surrey and Sussex region|S], as ‘[Requires improvement|R]’.
N| That is one step up from the ‘[Inadequate|R]’ it was given after its last inspection, in [2022|D].
S| Its unpaid work, which inspectors rated on its own, reached ‘[Good|R]’.
N| The inspection took place in the first week of [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Friday Street|S] has clearly used the last two years well, and its staff told us they felt listened to again.
W| “What it has not yet managed is to make risk assessment a habit: too many cases still rested on a single assessment written at the start of the order.”

S| Unpaid work placements were well organised, and people were put to work within days of sentence.
W| Disappointingly, the unit’s records of contact with children’s social care were patchy.

R| Half a dozen recommendations are made, five to the unit and one to the region.

N| ENDS

N| Notes to editors
N| 1. The report can be read on the [HM Inspectorate of Probation|A] website from 00.01 on [18 June 2024|D].
"""),
    # 5. a Probation Trust in 2012, before ratings: a date line and "today publishes"; "Inspectors were pleased to find
    #    that:" / "However, inspectors were concerned to find that:" lists; "The report contains seven recommendations."
    ("hurtwood-probation-trust-2012", facts([
        svc("Hurtwood Probation Trust", "Hurtwood Probation Trust", "other", None)], "2012-10-09", "2012-05", 7),
     """N| Adult offender management in the Hurtwood area: report published

N| [Tuesday 9 October 2012|D]

N| The report of [HM Inspectorate of Probation|A] on [Hurtwood Probation Trust|S], whose work inspectors examined in [May 2012|D], is published today.
N| Inspectors read 80 cases and interviewed offender managers, their supervisors and partner agencies, including [Surrey Police|A].

N| Inspectors were pleased to find that:
S| • reports to court were clear and well reasoned;
S| • most offenders were seen within days of being sentenced and understood the conditions of their order;
S| • the Trust worked well with local drug and alcohol services.

N| However, inspectors were concerned to find that:
W| • in a third of cases, the risk an offender posed to others had been underestimated;
W| • few offender managers made home visits, even where domestic abuse was known.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Hurtwood|S] is a well run Trust that can be proud of much of its work with offenders.
R| “It must now give public protection the same care that it already gives to reducing reoffending.”

R| The report contains seven recommendations.
"""),
    # 6. a CRC in 2019 owned by Seetec, on a justiceinspectorates news item: "has come to an overall verdict of ‘...’ on X";
    #    unpaid work "looked at separately and rated ‘Inadequate’"; "Inspectors were in the CRC’s offices in March 2019";
    #    "Of the report’s eight recommendations, six are addressed to the CRC and two to HMPPS"
    ("beare-green-and-holmwood-crc-2019", facts([
        svc("Beare Green and Holmwood Community Rehabilitation Company", "Beare Green and Holmwood CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-08-14", "2019-03", 8),
     """N| News

N| Inspectors urge probation company to get unpaid work back on track

N| Published: [14 Aug 2019|D]

N| [HM Inspectorate of Probation|A] has come to an overall verdict of ‘[Requires improvement|R]’ on [Beare Green and Holmwood Community Rehabilitation Company|S] (CRC), which is owned by [Seetec|A].
W| Unpaid work was looked at separately and was rated ‘[Inadequate|R]’.
N| Inspectors were in the CRC’s offices in [March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Unpaid work should be a visible way of paying back to the community, but here people waited months to start, and many hours were never worked at all.”

S| The CRC’s through-the-gate staff, inspectors found, had built useful links with [HMP High Down|S] and helped people leaving prison to find somewhere to live.
W| However, case managers often held more than 70 cases each, and supervision was too often done by phone.
W| Work to protect victims of domestic abuse was not consistent.

R| Mr Russell added: “The CRC and [Seetec|A] need to agree a realistic plan for unpaid work and see it through.”

R| Of the report’s eight recommendations, six go to the CRC itself and the remaining pair to [HM Prison and Probation Service|A].
"""),
    # 7. an NPS division in 2020 on a GOV.UK page, the headline naming no service; "Inspectors
    #    have settled on ‘...’ as the overall rating for X"; "during September and October 2019"; five recommendations "four
    #    for the division and one for HMPPS"
    ("tillingbourne-nps-division-2020", facts([
        svc("National Probation Service – Tillingbourne Division", "NPS Tillingbourne", "region", GOOD)],
        "2020-02-12", "2019-09", 5),
     """N| Press release

N| Surrey probation division ‘[Good|R]’, with victim work a weak spot

N| From: [HM Inspectorate of Probation|A]

N| Published [12 February 2020|D]

N| Inspectors have settled on ‘[Good|R]’ as the overall rating for the [National Probation Service – Tillingbourne Division|S].
N| The division was inspected during [September and October 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Tillingbourne|S] gives courts reliable advice, and its staff are well supported by middle managers who know their teams.
R| “It now has to lift its work with victims to the same level.”

S| Inspectors found that the division’s court teams produced accurate, timely reports in 47 of the 50 cases examined.
W| In contrast, the victim liaison unit had a backlog of several hundred cases, and some victims heard nothing before an offender was released.
S| Staff sickness was low and training was well regarded.

R| There are five recommendations in all, four for the division and one for [HMPPS|A].
"""),
    # 8. a youth offending team written out in lower case only ("the Strood Green youth offending team", then "the Strood
    #    Green YOT") in a local-news story of 2019: "Inspectors have put X on the bottom rung of their four-point scale,
    #    ‘...’"; "in the week beginning 2 September 2019"; "sets out seven recommendations"
    ("strood-green-yot-2019", facts([
        svc("Strood Green youth offending team", "Strood Green YOT", "YJS", INAD)], "2019-11-27", "2019-09", 7),
     """N| Youth offending service criticised by inspectors

N| By [Daniel Okafor|X]

N| [Wednesday 27 November 2019|D]

N| Inspectors have put the [Strood Green youth offending team|S] on the bottom rung of their four-point scale, ‘[Inadequate|R]’, in a report published today.
N| The [HM Inspectorate of Probation|A] team visited in the week beginning [2 September 2019|D].

W| They found that the [Strood Green YOT|S] had lost two managers in a year and that case workers had been left to decide on their own which children to see first.
W| Too few children’s plans addressed the harm they might cause to others, and in some cases no risk assessment had been done at all.
S| On a more positive note, several children were back in school thanks to the YOT’s education worker.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The children of Strood Green have been badly let down, and the board that oversees the YOT did too little to notice.”

R| The report sets out seven recommendations for the YOT and its board.

N| A spokesperson for [Surrey County Council|A] said: “We accept the findings in full, and a new interim head of service is already in post.”
"""),
    # 9. a unit inside its region with a sibling PDU's rating beside it: "X, which covers part of east Surrey for the
    #    Probation Service’s Kent, Surrey and Sussex region, earns ‘...’ from HM Inspectorate of Probation"; "over three
    #    weeks in May 2023"; "Recommendations number seven in total."; the notes' "published today, 26 September 2023"
    ("buckland-pdu-2023", facts([
        svc("Buckland Probation Delivery Unit", "Buckland PDU", "PDU", RI)], "2023-09-26", "2023-05", 7),
     """N| Surrey probation unit told to improve

N| [Buckland Probation Delivery Unit|S], which covers part of east Surrey for the [Probation Service|A]’s [Kent, Surrey and Sussex region|S], earns ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A].
N| Fieldwork was carried out over three weeks in [May 2023|D].
N| Another unit in the region, [Salfords PDU|S], was rated ‘[Inadequate|R]’ when it was inspected last year.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Buckland|S]’s leaders are realistic about where the unit stands, and they have kept morale up through a difficult period of staff shortages.
W| “But good intentions are not enough: work to assess and manage risk was sufficient in barely half of the cases we examined.”

S| Inspectors singled out its provision for women on probation as well resourced and carefully thought through.
W| However, few case managers had asked [Surrey Police|A] whether there had been domestic abuse call-outs to the household.

R| Recommendations number seven in total.

N| Notes to editors
N| 1. The report is published today, [26 September 2023|D], on the [HM Inspectorate of Probation|A] website.
"""),
    # 10. an ordinary youth justice service on GOV.UK, graded ‘Good’; "between 18 and 22 March 2024"; "Four
    #     recommendations accompany the report."
    ("forest-green-yjs-2024", facts([
        svc("Forest Green Youth Justice Service", "Forest Green YJS", "YJS", GOOD)], "2024-07-16", "2024-03", 4),
     """N| Press release

N| [Forest Green Youth Justice Service|S] graded ‘[Good|R]’

N| Children in Forest Green get help that is well planned and well delivered, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| [Forest Green Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were on site between [18 and 22 March 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a real sense of purpose in Forest Green, from the management board down to the newest case worker.
S| “Children told us their workers turned up when they said they would, and that matters.”

S| Thanks to the service’s partnership with [Surrey Police|A], children arrested for low-level offending were usually steered towards support rather than a court appearance.
W| Whilst most assessments were thorough, several failed to consider the risk a child faced from older peers.
W| Some children also waited too long for a specialist mental health assessment from [CAMHS|A].

R| Four recommendations accompany the report.
"""),
    # 11. an ordinary youth justice service on a council news page ("Published 09/11/2022"): "has been told it ‘...’
    #     following an inspection ... in July 2022"; a named management board; the action plan beside the count
    ("walliswood-yjs-2022", facts([
        svc("Walliswood Youth Justice Service", "Walliswood YJS", "YJS", RI)], "2022-11-09", "2022-07", 6),
     """N| News

N| Inspection of [Walliswood Youth Justice Service|S]

N| Published [09/11/2022|D]

N| Inspectors from [HM Inspectorate of Probation|A], who visited in [July 2022|D], have told [Walliswood Youth Justice Service|S] that it ‘[Requires improvement|R]’.

S| The inspectors found that staff had strong relationships with the children they worked with and were skilled at keeping them engaged.
S| They picked out diversion, keeping children away from the courts where possible, as a particular strength.
W| However, the report said management oversight of cases was inconsistent, and that the [Walliswood YJS management board|A] did not have a clear enough picture of performance.
W| Inspectors also found that children’s safety plans were not always reviewed when things changed.

R| Six recommendations have been made, and an action plan responding to each of them will go to the council’s cabinet in December.

N| Councillor [Martin Hale|X], Cabinet Member for Children and Families at [Surrey County Council|A], said: “We welcome the report and are determined to act on it quickly.”
"""),
    # 12. an ordinary PDU on a justiceinspectorates news item: "has given X its lowest rating, ‘...’"; "The unit was
    #     inspected in June 2023"; "Staff at X" (SERVICE); "Mr Jones continued" with a call on HMPPS; "is making eight"
    ("oakwood-hill-pdu-2023", facts([
        svc("Oakwood Hill Probation Delivery Unit", "Oakwood Hill PDU", "PDU", INAD)], "2023-10-31", "2023-06", 8),
     """N| News

N| Probation unit in Surrey judged ‘[Inadequate|R]’

N| Published: [31 Oct 2023|D]

N| [His Majesty’s Inspectorate of Probation|A] has given [Oakwood Hill Probation Delivery Unit|S] its lowest rating, ‘[Inadequate|R]’.
N| The unit was inspected in [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Oakwood Hill|S] are working flat out, but they are too few and too inexperienced for the work the unit holds.
W| “On the day we arrived, more than 200 cases were waiting to be allocated.”

W| Inspectors judged work to keep people safe as sufficient in just 9 of the 42 cases they read.
S| One bright spot was the unit’s approach to people with neurodivergent needs, which inspectors described as thoughtful.

R| Mr Jones continued: “[HM Prison and Probation Service|A] must now make this unit a priority for recruitment.”

R| The inspectorate is making eight recommendations.
"""),
    # 13. an ordinary youth justice service with an embargo line ("Under embargo until 00.01 on Tuesday 21 January 2025");
    #     the headline's lower-case name; "Inspectors have scored X as ‘...’ overall"; "They spent the week of 14 October
    #     2024 with the service"; "I would like the management board to ..." (a call); "Five recommendations are set out"
    ("kingsfold-yjs-2025", facts([
        svc("Kingsfold Youth Justice Service", "Kingsfold YJS", "YJS", RI)], "2025-01-21", "2024-10", 5),
     """N| Under embargo until 00.01 on [Tuesday 21 January 2025|D]

N| [Kingsfold youth justice service|S] must speed up, inspectors say

N| Inspectors have scored [Kingsfold Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
N| They spent the week of [14 October 2024|D] with the service.

S| Case workers knew their children well and were quick to spot signs of exploitation, the report says.
W| However, it often took more than a month for a child sentenced at court to have a completed plan.
W| Reparation work was limited to litter picking, which children told inspectors they saw little point in.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kingsfold|S]’s staff clearly care, but too many children wait too long for the help they need.
R| “I would like the management board to set itself clear timescales and to check every quarter that they are being met.”

R| Five recommendations are set out in the report.
"""),
    # 14. an ordinary youth justice service rated ‘Good’ in 2021: "has secured a ‘...’ rating in an inspection report
    #     released today" under the date line "Thursday 22 April 2021"; "carried out by video link in January 2021"
    ("dawesgreen-yjs-2021", facts([
        svc("Dawesgreen Youth Justice Service", "Dawesgreen YJS", "YJS", GOOD)], "2021-04-22", "2021-01", 3),
     """N| [Dawesgreen Youth Justice Service|S] secures a ‘[Good|R]’ rating

N| [Thursday 22 April 2021|D]

N| [Dawesgreen Youth Justice Service|S] has secured a ‘[Good|R]’ rating in an inspection report released today by [HM Inspectorate of Probation|A].
N| Because of coronavirus restrictions, the inspection was carried out by video link in [January 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Dawesgreen|S] kept going through the pandemic without missing a beat: children were still seen, by video or on the doorstep, and no one was left without contact.
S| “Its victim work is among the best we have seen, with every victim offered a say in how the child made amends.”

W| Inspectors did find that some assessments had been copied forward from earlier orders without being brought up to date.
W| The service’s links with adult probation services for children turning 18 were also underdeveloped.

R| There are three recommendations, all aimed at the service’s management board.
"""),
    # 15. an ordinary youth offending service in 2020: "(YOS) has been handed a ‘...’ rating"; "Wednesday, 4th March 2020";
    #     "during November 2019"; "Ten recommendations appear in the report, seven of them addressed to the YOS."
    ("hascombe-yos-2020", facts([
        svc("Hascombe Youth Offending Service", "Hascombe YOS", "YJS", RI)], "2020-03-04", "2019-11", 10),
     """N| Inspectors report on [Hascombe Youth Offending Service|S]

N| [Wednesday, 4th March 2020|D]

N| [Hascombe Youth Offending Service|S] (YOS) has been handed a ‘[Requires improvement|R]’ rating by [HM Inspectorate of Probation|A].
N| The inspection took place during [November 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hascombe YOS|S] has a settled, capable staff group who want to do right by children.
W| “Yet the service’s leaders had not noticed how rarely plans dealt with the risk some children posed to their own families.”

S| Magistrates said they relied on the YOS’s court reports, which inspectors found to be of a high standard.
W| Out-of-court disposals were a weak area: decisions were made without a proper assessment in over half the cases inspected.

R| Ten recommendations appear in the report, seven of them addressed to the YOS.
"""),
    # 16. a 2025 public-protection PDU inspection, no rating: "Background" / "What inspectors found" bullets on a GOV.UK
    #     page, the region named as context; "Reports in this programme carry no rating."; "from 9 to 20 June 2025"
    ("winterfold-pdu-2025", facts([
        svc("Winterfold Probation Delivery Unit", "Winterfold PDU", "PDU", None)], "2025-10-07", "2025-06", 4),
     """N| Press release

N| Public protection inspection of [Winterfold Probation Delivery Unit|S] published

N| From: [HM Inspectorate of Probation|A]

N| Published [7 October 2025|D]

N| The latest report in the public protection programme of [HM Inspectorate of Probation|A] looks at [Winterfold Probation Delivery Unit|S], one of the [Kent, Surrey and Sussex probation region|S]’s units.
N| Reports in this programme carry no rating.
N| Inspectors were with the unit from [9 to 20 June 2025|D].

N| Background
N| • The unit supervises around 600 people, most of them living in rural west Surrey.
N| • Just under a quarter of its cases are managed at a high or very high risk of serious harm.

N| What inspectors found
S| • Risk assessments were generally thorough and drew on information from [Surrey Police|A].
W| • Home visits had been made in fewer than a third of the cases where they were needed.
W| • Practitioners were unsure when to refer cases to [MAPPA|A].
S| • Managers reviewed high-risk cases closely and quickly.

R| The unit must act on three of the four recommendations; the fourth falls to the region.
"""),
    # 17. an ordinary youth justice service "graded ‘Outstanding’, the top mark on the inspectorate’s scale"; resettlement
    #     "graded separately and achieved ‘Good’"; "The on-site week began on 2 September 2024"; "Just two
    #     recommendations"; the notes' day and the four-point-scale note
    ("fetcham-yjs-2024", facts([
        svc("Fetcham Youth Justice Service", "Fetcham YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-12-10", "2024-09", 2),
     """N| [Fetcham Youth Justice Service|S] achieves top grade

N| [Fetcham Youth Justice Service|S] has been graded ‘[Outstanding|R]’, the top mark on the inspectorate’s scale, by [HM Inspectorate of Probation|A].
S| Resettlement work with children leaving custody was graded separately and achieved ‘[Good|R]’.
N| The on-site week began on [2 September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fetcham|S] is a service that never stops asking whether it could do better for the children in its care.
S| “Its staff are ambitious for every child, and its board is a genuine partnership rather than a formality.”

S| Every child whose case was examined, bar one, had a plan they had helped to write, inspectors reported.
W| The only area for improvement concerned waiting times for speech and language assessments, which had lengthened over the summer.

R| Just two recommendations are made.

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [10 December 2024|D].
N| 2. Youth justice services are graded on a four-point scale by [HM Inspectorate of Probation|A]: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 18. an ordinary youth justice service in a local-news page opening on "Skip to content" and an empty "Published:"
    #     line: "The inspectorate’s verdict on X is ‘...’, according to a report published on Tuesday (21 May)" under a
    #     byline of Friday 24 May 2024; "looked at the service’s work in February 2024"; "lists eight recommendations"
    ("farley-green-yjs-2024", facts([
        svc("Farley Green Youth Justice Service", "Farley Green YJS", "YJS", INAD)], "2024-05-21", "2024-02", 8),
     """N| Skip to content

N| Published:

N| Watchdog’s verdict on [Farley Green youth justice service|S]: ‘[Inadequate|R]’

N| By [Helen Marsh|X], local democracy reporter

N| [Friday 24 May 2024|D]

N| The inspectorate’s verdict on [Farley Green Youth Justice Service|S] is ‘[Inadequate|R]’, according to a report published on Tuesday ([21 May|D]).
N| [HM Inspectorate of Probation|A] looked at the service’s work in [February 2024|D].

W| The watchdog found that the service had gone without a permanent manager for most of the previous year and that staff turnover was high.
W| Inspectors said the service did not always recognise when a child was being exploited, and that information from [Surrey Police|A] often arrived too late to be useful.
S| They did find that the service’s work with children in care was patient and persistent.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was concerned to read that some children had gone weeks without seeing anyone from the service.”

R| The report lists eight recommendations, most of them for the service’s management board.

N| A spokesperson for [Surrey County Council|A] said a new service manager had been appointed and that progress would be reported to councillors in the autumn.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and thirteenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
