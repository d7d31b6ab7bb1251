"""Builds the two hundred and sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the South West region on a GOV.UK page, the region named before them: "Landulph was handed ‘...’;
    #    Cargreen slipped to the foot of the scale"; fieldwork "over a fortnight from 29 April 2024"; nine
    #    recommendations "five go to Landulph and four to Cargreen"
    ("landulph-and-cargreen-pdus-2024", facts([
        svc("Landulph Probation Delivery Unit", "Landulph PDU", "PDU", RI),
        svc("Cargreen Probation Delivery Unit", "Cargreen PDU", "PDU", INAD)], "2024-10-22", "2024-04", 9),
     """N| Press release

N| Two Tamar valley probation units fall short, inspectors say

N| One unit is judged to need improvement and its neighbour is placed at the bottom of the scale.

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| Within the [Probation Service – South West region|S], inspectors have now reported on [Landulph Probation Delivery Unit|S] and [Cargreen Probation Delivery Unit|S], which cover the Cornish bank of the Tamar.
N| [Landulph|S] was handed ‘[Requires improvement|R]’; [Cargreen|S] slipped to the foot of the scale, ‘[Inadequate|R]’.
N| The inspection team spent a fortnight in the two units, starting on [29 April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cargreen|S] has had one senior probation officer covering the work of three, and the checks that keep victims safe were slipping through the gaps.
W| “Home visits to people convicted of domestic abuse had in effect been abandoned since the winter.
S| “[Landulph|S], in contrast, holds on to its staff, and its officers knew the families behind their cases in real depth.”

S| Inspectors singled out the units’ joint clinic with a local drug and alcohol charity, which meant people could be tested and counselled on the day they reported.
W| Even so, sentence plans in both units were seldom revisited when circumstances changed, and only 14 of the 40 cases examined showed adequate work on risk of harm.

R| Nine recommendations are set out in the reports; five go to [Landulph|S] and four to [Cargreen|S].

N| [Gail Trewin|X], Regional Probation Director for the South West, said: “Two experienced managers have already moved into Cargreen, and we will keep the inspectorate informed of progress.”
"""),
    # 2. two youth justice services in a local-news story, rated in the other order from the one first named:
    #    "Herodsfoot walked off with the top mark, ‘Outstanding’, and Pelynt settled at ‘Good’"; report "made public on
    #    Tuesday (18 July)" under a byline of Friday 21 July 2023; seven recommendations "four ... three ..."
    ("pelynt-and-herodsfoot-yjs-2023", facts([
        svc("Pelynt Youth Justice Service", "Pelynt YJS", "YJS", GOOD),
        svc("Herodsfoot Youth Justice Service", "Herodsfoot YJS", "YJS", OUT)], "2023-07-18", "2023-03", 7),
     """N| Praise for two youth justice teams in south-east Cornwall

N| By [Jenna Polglase|X]

N| [Friday 21 July 2023|D]

N| Inspectors have looked at the work of [Pelynt Youth Justice Service|S] and [Herodsfoot Youth Justice Service|S], and their findings were made public on Tuesday ([18 July|D]).
N| [Herodsfoot|S] walked off with the top mark, ‘[Outstanding|R]’, and [Pelynt|S] settled at ‘[Good|R]’.
N| Both teams were visited by inspectors in [March 2023|D].

S| The inspectorate said [Herodsfoot|S]’s case managers spent time earning the confidence of children other services had long since written off, and that it showed in what the children said about them.
S| [Pelynt|S]’s work to keep young people out of court, through a panel run with [Devon and Cornwall Police|A], was described as thoughtful and quick.
W| But in Pelynt the inspectors noted that health assessments often arrived weeks after a child had started with the team.
W| Neither service had a settled arrangement for children who needed help with speech and language.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a great deal here that other areas could copy.
S| “The staff in both teams know their children well and they do not give up on them, and they can be very proud of that.”

R| Of the seven recommendations, four are addressed to [Pelynt|S] and three to [Herodsfoot|S].

N| A spokesperson for [Cornwall Council|A] said the council was “delighted” with the reports and thanked staff for their hard work.
"""),
    # 3. three PDUs in one GOV.UK release, the first two rated together: "Tideford and Sheviock are each placed at
    #    ‘...’, and Landrake, upriver, at ‘...’"; "between 3 and 14 June 2024" published 11 February 2025 (notes); twelve
    #    recommendations "four to each unit"
    ("tideford-sheviock-and-landrake-pdus-2025", facts([
        svc("Tideford Probation Delivery Unit", "Tideford PDU", "PDU", RI),
        svc("Sheviock Probation Delivery Unit", "Sheviock PDU", "PDU", RI),
        svc("Landrake Probation Delivery Unit", "Landrake PDU", "PDU", INAD)], "2025-02-11", "2024-06", 12),
     """N| Three Cornish probation units reported on together

N| Findings for three units in the [Probation Service – South West region|S] appear today from [HM Inspectorate of Probation|A]: [Tideford Probation Delivery Unit|S], [Sheviock Probation Delivery Unit|S] and [Landrake Probation Delivery Unit|S].
N| [Tideford|S] and [Sheviock|S] are each placed at ‘[Requires improvement|R]’, and [Landrake|S], upriver, at ‘[Inadequate|R]’.
N| Inspectors carried out fieldwork in all three between [3 and 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Three units, one region, and one shared problem: not enough officers to go round.
W| “In Landrake the position is the most serious, with newly qualified staff holding caseloads well beyond what is safe.”
N| Mr Jones continued: “I recognise that the region has begun a recruitment drive.
S| “It should also know that [Sheviock|S]’s work with women on probation was among the best we have seen this year.”

S| Inspectors were encouraged by [Tideford|S]’s unpaid work teams, whose placements with parish councils were well organised and valued by residents.
W| In all three units, though, information about child safeguarding was requested from [Cornwall Council|A] in under half the cases that called for it.

R| Twelve recommendations are made across the reports, four to each unit.
R| The region must make sure that [Landrake|S] has enough experienced managers to supervise its new officers.

N| ENDS

N| Notes to editors
N| 1. The reports go online at 00.01 on [11 February 2025|D], on the [HM Inspectorate of Probation|A] website.
"""),
    # 4. a unit inside its region, the region in the headline; "the inspectorate has found X to be ‘...’"; unpaid work
    #    "graded on its own"; the previous rating beside it; fieldwork "in the first fortnight of January 2024";
    #    published in the news item's "Published:" line
    ("lewannick-pdu-2024", facts([
        svc("Lewannick Probation Delivery Unit", "Lewannick PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-05-14", "2024-01", 6),
     """N| [South West probation region|S]: [Lewannick unit|S] still ‘[Requires improvement|R]’

N| News

N| Published: [14 May 2024|D]

N| The inspectorate has found [Lewannick Probation Delivery Unit|S], which answers to the [Probation Service – South West region|S], to be ‘[Requires improvement|R]’, the same grade it received when it was last inspected in [2021|D].
S| Unpaid work, graded on its own, was assessed as ‘[Good|R]’.
N| Inspectors were on site in the first fortnight of [January 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lewannick|S] is a small unit covering a large and very rural area, where public transport is sparse.
S| “Its unpaid work team has solved that problem with minibuses and local placements, and the projects we saw were worthwhile and well supervised.
W| “Sadly, three years on from our last visit, the unit has still not got to grips with the assessment of risk, which was sound in fewer than half of the cases we read.”

W| Inspectors found managers stretched across too many duties, and staff told them that supervision meetings were often cancelled at short notice.
S| Leaders had built useful links with the mental health team at the local hospital.

R| The report makes six recommendations, five for [Lewannick|S] and one for the region.
"""),
    # 5. a Probation Trust in 2012 (before the four-point scale): "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:"; notes "published on Tuesday 20 November 2012"; fieldwork "in the
    #    week beginning 9 July 2012"; no overall rating; five recommendations
    ("lezant-and-lawhitton-probation-trust-2012", facts([
        svc("Lezant and Lawhitton Probation Trust", "Lezant and Lawhitton Probation Trust", "other", None)],
        "2012-11-20", "2012-07", 5),
     """N| Inspection of offender management in Lezant and Lawhitton

W| [Lezant and Lawhitton Probation Trust|S] keeps the public safe well, but it knows too little about whether its work actually cuts reoffending, according to a report by HM Chief Inspector of Probation, [Liz Calderbank|X].
N| The inspection took place in the week beginning [9 July 2012|D] and examined 52 cases.

N| Inspectors were pleased to find that:
S| • risk of harm assessments had been completed on time in almost every case;
S| • offender managers knew their cases well and were respected by the people they supervised;
S| • work with [Devon and Cornwall Police|A] through [MAPPA|A] was close and effective.

N| However, inspectors were concerned to find that:
W| • plans to address drinking and unemployment were vague in too many cases;
W| • too little was done to check whether the interventions delivered had made any difference.

N| [Liz Calderbank|X] said: “This is a Trust with a firm grip on public protection.
R| “It should now turn the same energy to helping people stop offending.”

R| The report contains five recommendations.

N| ENDS

N| Notes to Editors
N| 1. The report is published on [Tuesday 20 November 2012|D].
"""),
    # 6. a CRC in 2018, "owned by Working Links": "inspectors gave the organisation their lowest rating"; unpaid work
    #    and through-the-gate "each rated separately, as ‘...’ and ‘...’ respectively"; fieldwork "in April and May 2018";
    #    eight recommendations, seven for the CRC and one for HMPPS
    ("quethiock-and-pillaton-crc-2018", facts([
        svc("Quethiock and Pillaton Community Rehabilitation Company", "Quethiock and Pillaton CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}, {"aspect": "through-the-gate", "rating": INAD}])],
        "2018-08-23", "2018-04", 8),
     """N| Community Rehabilitation Company in Cornwall is failing, inspectors report

N| [Quethiock and Pillaton Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], supervises about 3,100 people on probation across east Cornwall.
N| After fieldwork in [April and May 2018|D], inspectors gave the organisation their lowest rating, ‘[Inadequate|R]’.
W| Two parts of its work were graded on their own: unpaid work came out at ‘[Requires improvement|R]’ and through-the-gate work at ‘[Inadequate|R]’.

N| Chief Inspector of Probation [Dame Glenys Stacey|X] said: “I have rarely seen so many cases where nobody had met the person under supervision for months.
W| “Phone calls had taken the place of face-to-face meetings for a large share of the caseload, and some of those calls lasted a few minutes.
W| “For prisoners released from [HMP Exeter|S] and [HMP Channings Wood|S], the resettlement help was little more than a form.”

S| Inspectors did note that staff were loyal and hard-working, and that the CRC’s women’s centre in the east of the county was of a high standard.
W| Despite that, leaders had been slow to act on warnings from their own quality team.

R| The report makes eight recommendations, seven for the [Quethiock and Pillaton CRC|S] and one for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. This report was published on [Thursday 23 August 2018|D].
"""),
    # 7. an NPS division in 2019: "has reached an overall rating of ‘...’ for the division"; "Its leadership, judged
    #    separately, is ‘...’"; fieldwork "in the second half of February 2019 and through March" -> 2019-02; "will go
    #    online at 00.01 on Thursday 13 June 2019"; six recommendations, "the division must act on four", HMPPS "the remaining pair"
    ("egloskerry-nps-division-2019", facts([
        svc("National Probation Service – Egloskerry Division", "NPS Egloskerry", "region", GOOD,
            [{"aspect": "leadership", "rating": OUT}])], "2019-06-13", "2019-02", 6),
     """N| Inspectors praise leadership of [Egloskerry probation division|S]

N| [HM Inspectorate of Probation|A] has reached an overall rating of ‘[Good|R]’ for the [National Probation Service – Egloskerry Division|S].
S| Its leadership, judged separately, is ‘[Outstanding|R]’.
N| Inspectors examined the division’s work in the second half of [February 2019|D] and through March.

S| Chief Inspector [Dame Glenys Stacey|X] said: “Leaders in [NPS Egloskerry|S] have a clear sense of purpose and they share it with every member of staff.
S| “Court reports were accurate and produced on time, and sentencers told us they had confidence in them.
W| “The division now needs to look harder at the quality of its work with victims, which was patchy.”

W| Inspectors found a shortage of approved premises beds, so that some high-risk people were released to unsuitable addresses.
S| Work with [Devon and Cornwall Police|A] to manage registered sex offenders was rigorous.

R| Of the six recommendations, the division must act on four; [HM Prison and Probation Service|A] is asked to take up the remaining pair.

N| ENDS

N| Notes to editors
N| 1. The report will go online at 00.01 on [Thursday 13 June 2019|D].
"""),
    # 8. "youth offending team" written out in lower case, the headline abbreviating it ("Tremar YOT"), 2019: "has been
    #    assessed overall as ‘...’"; resettlement "which inspectors grade as a separate element, earned a ‘...’";
    #    fieldwork "in the third week of September 2019"; "published today (Tuesday 3 December)"; four recommendations
    ("tremar-yot-2019", facts([
        svc("Tremar youth offending team", "Tremar YOT", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2019-12-03", "2019-09", 4),
     """N| [Tremar YOT|S] told to improve

N| The [Tremar youth offending team|S] has been assessed overall as ‘[Requires improvement|R]’ in a report published today ([Tuesday 3 December|D]) by [HM Inspectorate of Probation|A].
N| The [Tremar YOT|S] works with about 60 children on the southern edge of Bodmin Moor.
N| Inspectors carried out their visit in the third week of [September 2019|D].
S| The team’s resettlement work, which inspectors grade as a separate element, earned a ‘[Good|R]’.

S| HM Chief Inspector of Probation [Justin Russell|X] said: “There are real strengths here, especially for children coming home from custody.
W| “But in too many cases the team had not thought through how a child might harm others, and plans rarely said what should happen if things went wrong.”

S| Children told inspectors that their case workers listened and that they could reach them when they needed to.
W| The management board met every quarter but seldom challenged the figures put in front of it.
W| Only a handful of children had been screened for speech and language needs.

R| Four recommendations follow: the YOT is to act on three, and its management board on the last one.
"""),
    # 9. a Youth Offending Service in 2021, inspected remotely: "comes out on top with the inspectorate’s highest
    #    grade"; council page "Posted 28/09/2021"; fieldwork "conducted remotely in June 2021"; three recommendations
    ("polyphant-yos-2021", facts([
        svc("Polyphant Youth Offending Service", "Polyphant YOS", "YJS", OUT)], "2021-09-28", "2021-06", 3),
     """N| [Polyphant Youth Offending Service|S] rated [Outstanding|R]

N| Posted [28/09/2021|D]

N| [Polyphant Youth Offending Service|S] (YOS) comes out on top with the inspectorate’s highest grade, ‘[Outstanding|R]’, in a report released today.
N| [HM Inspectorate of Probation|A] conducted the inspection remotely in [June 2021|D], because of coronavirus restrictions.

S| Inspectors said the [Polyphant YOS|S] had kept in close contact with children all through the lockdowns, using doorstep visits and walks when offices were shut.
S| They found that every child’s assessment considered the risks the child faced as well as the risks they posed.
S| Work with the [NHS|A] to give children quick access to emotional health support was called exceptional.
W| The one area inspectors wanted to see strengthened was the recording of why decisions on out-of-court disposals were made.

R| The report sets out three recommendations.

N| Councillor [Ann Hoskin|X], portfolio holder for children, said: “I am so proud of this team and the difference they make to young people’s lives.”
N| The full report is available on the inspectorate’s website.
"""),
    # 10. ordinary: a GOV.UK page for a youth justice service, "Published 26 March 2024", fieldwork "visited in
    #    November 2023", 'Good', "half a dozen recommendations"
    ("luckett-yjs-2024", facts([
        svc("Luckett Youth Justice Service", "Luckett YJS", "YJS", GOOD)], "2024-03-26", "2023-11", 6),
     """N| Press release

N| Luckett youth justice work rated ‘[Good|R]’

N| Inspectors praise the service’s care for children but find gaps in work to protect others.

N| From: [HM Inspectorate of Probation|A]

N| Published [26 March 2024|D]

N| [Luckett Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited in [November 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Luckett|S]’s practitioners go out of their way to understand each child’s story, and children clearly felt heard.
S| “The service’s education worker had got nine of the ten children we met back into school or college.
W| “The picture is less strong when it comes to keeping other people safe: contingency plans were thin and often generic.”

S| Inspectors commended the [Luckett YJS management board|A], chaired by a senior leader from [Cornwall Council|A], for its grip on performance.
W| Victims were not always contacted promptly, and some waited months to hear about restorative options.

R| Half a dozen recommendations are made, to help the service improve further.
"""),
    # 11. ordinary: a justiceinspectorates.gov.uk news item, "Published: 8 Nov 2023", 'Inadequate' ("has been rated
    #    ‘Inadequate’ by His Majesty’s ..."), fieldwork "during June 2023", recommendations "seven in all"
    ("harrowbarrow-pdu-2023", facts([
        svc("Harrowbarrow Probation Delivery Unit", "Harrowbarrow PDU", "PDU", INAD)], "2023-11-08", "2023-06", 7),
     """N| News

N| [Harrowbarrow Probation Delivery Unit|S] rated ‘[Inadequate|R]’

N| Published: [8 Nov 2023|D]

N| [Harrowbarrow Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [His Majesty’s Inspectorate of Probation|A].
N| The unit supervises around 900 people in the Tamar valley and the villages to the north.
N| Inspectors carried out their fieldwork during [June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team in Harrowbarrow has been without a permanent senior manager for over a year, and it shows.
W| “Practitioners were unsure who to go to for advice, and many described themselves as exhausted.
S| “Even so, the administrative staff had kept the office running through very difficult months, and they deserve thanks for that.”

W| Inspectors found that, in 23 of the 32 cases they examined, work to manage the risk of harm was not good enough.
W| Referrals to accredited programmes had dried up, so people waited long periods before starting them.

R| Seven recommendations are made in all, including that the region appoint a permanent head of the unit without delay.
"""),
    # 12. ordinary: a council page, "Posted on 09/11/2022", the report "published today"; "The watchdog’s overall
    #    verdict on the service is ‘...’"; fieldwork "following an inspection in July 2022"; five recommendations
    ("albaston-yjs-2022", facts([
        svc("Albaston Youth Justice Service", "Albaston YJS", "YJS", RI)], "2022-11-09", "2022-07", 5),
     """N| Council responds to youth justice inspection report

N| Posted on [09/11/2022|D]

N| A report on [Albaston Youth Justice Service|S] was published today by [HM Inspectorate of Probation|A], following an inspection in [July 2022|D].
N| The watchdog’s overall verdict on the service is ‘[Requires improvement|R]’.

S| According to the report, the people working in the service were skilled and kind, and children spoke warmly about them.
S| The service’s partnership with local schools was highlighted as a strength.
W| However, the watchdog found that too few assessments looked properly at the safety of other people, including brothers and sisters at home.
W| It also said the partnership board did not have a clear enough picture of how children from minority backgrounds were treated.

R| Five recommendations are made in the report, most of them for the board.

N| Councillor [Peter Rowe|X] said: “We welcome the report and accept all of its recommendations.
N| “An action plan is already being drawn up with our partners.”
"""),
    # 13. ordinary: a 2025 public-protection inspection of a PDU with an embargo line, "Context" and "Findings" bullets,
    #    no rating ("does not give ratings"), fieldwork "10 - 14 March 2025"; four recommendations
    ("rilla-mill-pdu-2025", facts([
        svc("Rilla Mill Probation Delivery Unit", "Rilla Mill PDU", "PDU", None)], "2025-06-17", "2025-03", 4),
     """N| Embargoed until 00.01 [Tuesday 17 June 2025|D]

N| Public protection inspection: [Rilla Mill Probation Delivery Unit|S]

N| A report out today from [HM Inspectorate of Probation|A] looks at how [Rilla Mill Probation Delivery Unit|S] protects the public; it comes under the [Probation Service – South West region|S].
N| Inspections of this kind do not give ratings.
N| Inspectors were in the unit from [10 - 14 March 2025|D].

N| Context
N| • The unit covers the eastern edge of Bodmin Moor and the upper Lynher valley.
N| • It supervises around 520 people, a third of them for domestic abuse offences.

N| Findings
W| • Home visits for people with domestic abuse convictions were carried out in only 9 of the 21 relevant cases.
W| • Information from [Devon and Cornwall Police|A] about callouts to addresses was requested late or not at all.
S| • Staff who worked with people convicted of sexual offences were well trained and thorough.
S| • The unit’s approved premises worked closely with case managers before release.

R| Four recommendations are made: three to the unit and one to the region.
"""),
    # 14. ordinary: a local-news story, the report "published last Thursday, 12 September" under a byline of Tuesday,
    #    17 September 2024 (the year from the byline); "has been graded ‘...’"; fieldwork "in May 2024"; "asked for six
    #    changes, set out as recommendations" -> 6
    ("upton-cross-yjs-2024", facts([
        svc("Upton Cross Youth Justice Service", "Upton Cross YJS", "YJS", RI)], "2024-09-12", "2024-05", 6),
     """N| Youth justice service told to do better for children

N| By [Mark Penrose|X]

N| [Tuesday, 17 September 2024|D]

N| [Upton Cross Youth Justice Service|S] has been graded ‘[Requires improvement|R]’, in an inspection report published last [Thursday, 12 September|D].
N| The team was visited by a group from [HM Inspectorate of Probation|A] in [May 2024|D].

W| They found that although the team was committed, arrangements for children coming out of custody were frequently left until days before release.
S| The report said that the service’s mentors, many of them volunteers from the villages, were a real asset.
W| Worryingly, a number of children at risk of exploitation had no joint plan with children’s social care.

R| The inspectors asked for six changes, set out as recommendations to the service and its board.

N| A spokesperson for the service said the team was “disappointed but determined”.
"""),
    # 15. ordinary: a GOV.UK-style release with notes to editors: "is rated ‘Good’"; fieldwork "between 28 October and
    #    1 November 2024" -> 2024-10; published "on Tuesday 21 January 2025" in the notes; recommendation count spelt as
    #    "a total of five"
    ("st-dominick-yjs-2025", facts([
        svc("St Dominick Youth Justice Service", "St Dominick YJS", "YJS", GOOD)], "2025-01-21", "2024-10", 5),
     """N| [St Dominick Youth Justice Service|S] is ‘[Good|R]’, inspectors find

N| Inspectors have given [St Dominick Youth Justice Service|S] a ‘[Good|R]’ rating, after visiting between [28 October and 1 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[St Dominick|S] treats every child as a child first, and it shows in how they talk about the service.
S| “Its staff were creative in finding activities that children actually wanted to do, from boat building to mountain biking.
W| “There is more to do, though, on making sure that each child’s plan reflects the views of their victims.”

S| The service’s board was well attended, and partners from health and education took an active part.
W| Inspectors noted that caseload pressures meant some reviews were overdue.
S| Encouragingly, the rate of children re-offending had fallen for three years running.

R| A total of five recommendations has been made.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [Tuesday 21 January 2025|D] at 00.01.
N| 2. The service, which covers a rural part of east Cornwall, supervises children between the ages of 10 and 17.
"""),
    # 16. ordinary: a page with "Skip to content" and an empty "Published:" line; "has judged X to be ‘...’ overall";
    #    fieldwork "in February 2022", "the report was published on 12 April 2022"; "has been given eight
    #    recommendations"
    ("linkinhorne-pdu-2022", facts([
        svc("Linkinhorne Probation Delivery Unit", "Linkinhorne PDU", "PDU", RI)], "2022-04-12", "2022-02", 8),
     """N| Skip to content

N| Published:

N| [Linkinhorne PDU|S]: inspection report

N| [HM Inspectorate of Probation|A] has judged [Linkinhorne Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ overall.
N| The inspection took place in [February 2022|D], and the report was published on [12 April 2022|D].

S| Inspectors were struck by how well the [Linkinhorne PDU|S] had kept unpaid work going during the pandemic.
S| Staff morale was good, and leaders had made a point of listening to their teams.
W| But risk assessments were often completed without checking with the police or children’s services.
W| Interventions for people with drug problems were in short supply, and waiting lists were long.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Linkinhorne|S] has a settled and caring workforce.
R| “Its leaders must now turn that into consistently sound work to keep the public safe.”

R| The unit has been given eight recommendations.
"""),
    # 17. ordinary: a youth service in 2020 rated 'Outstanding' ("came top of the four-point scale"), a date line with
    #    an ordinal ("Thursday, 5th March 2020"), fieldwork "in November and December 2019" -> 2019-11; two
    #    recommendations
    ("treburley-yjs-2020", facts([
        svc("Treburley Youth Justice Service", "Treburley YJS", "YJS", OUT)], "2020-03-05", "2019-11", 2),
     """N| [Thursday, 5th March 2020|D]

N| [Treburley youth justice team|S] reaches the top of the scale

N| [Treburley Youth Justice Service|S] came top of the four-point scale, with an overall rating of ‘[Outstanding|R]’, in a report that [HM Inspectorate of Probation|A] released today.
N| Inspectors were with the service in [November and December 2019|D].

S| HM Chief Inspector of Probation [Justin Russell|X] said: “This is a service that never treats a child as a case number.
S| “Its court work, its work with victims and its help for children in care were all first class.”

S| Inspectors highlighted the [Treburley YJS|S] speech and language therapist, who had screened every child on the caseload.
S| Relationships with the local college meant children on orders rarely dropped out of education.

R| The report makes only two recommendations, both about data on the ethnicity of children referred.
"""),
    # 18. ordinary: "has come away with ‘...’ from HM Inspectorate of Probation, whose report came out on 3 October 2023"; fieldwork "spent
    #    the week of 12 June 2023"; "closes with a six-point list of recommendations" -> 6
    ("dobwalls-pdu-2023", facts([
        svc("Dobwalls Probation Delivery Unit", "Dobwalls PDU", "PDU", RI)], "2023-10-03", "2023-06", 6),
     """N| [Dobwalls probation unit|S] ‘[Requires improvement|R]’

N| [Dobwalls Probation Delivery Unit|S] has come away with ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A], whose report came out on [3 October 2023|D].
N| Inspectors spent the week of [12 June 2023|D] at the unit’s office.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dobwalls|S] has made a good start on rebuilding after a difficult couple of years.
W| “Still, too much of the work we saw lacked professional curiosity, and officers took what they were told at face value.
S| “I was pleased to see how quickly the unit now gets people into accommodation on release.”

W| Inspectors found that only just over half of the posts for probation officers were filled.
S| The unit’s partnership with [Devon and Cornwall Police|A] on integrated offender management was effective.

R| The report closes with a six-point list of recommendations for the unit and the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
