"""Builds the twentieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Merseyside PDUs on a GOV.UK page, the region named before the units ("Probation Service – North West region
    #    had three of its delivery units inspected side by side"): "X and Y both sit at ‘...’, while Z has been given the
    #    scale’s lowest mark, ‘...’"; "Fieldwork for all three units was done in March 2024"; seven recommendations "two
    #    apiece for the units and one for the region’s probation director"; "In Huyton" and "to Heswall and Hoylake" are places
    ("huyton-heswall-and-hoylake-and-formby-pdus-2024", facts([
        svc("Huyton Probation Delivery Unit", "Huyton PDU", "PDU", RI),
        svc("Heswall and Hoylake Probation Delivery Unit", "Heswall and Hoylake PDU", "PDU", INAD),
        svc("Formby Probation Delivery Unit", "Formby PDU", "PDU", RI)], "2024-07-02", "2024-03", 7),
     """N| Press release

N| Three probation units on Merseyside: reports published

N| Inspectors report on delivery units serving Knowsley, Wirral and Sefton.

N| From: [HM Inspectorate of Probation|A]

N| Published [2 July 2024|D]

N| [Probation Service – North West region|S] had three of its delivery units inspected side by side: [Huyton Probation Delivery Unit|S], [Heswall and Hoylake Probation Delivery Unit|S] and [Formby Probation Delivery Unit|S].
N| [Huyton|S] and [Formby|S] both sit at ‘[Requires improvement|R]’, while [Heswall and Hoylake|S] has been given the scale’s lowest mark, ‘[Inadequate|R]’.
N| Fieldwork for all three units was done in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “What separates these units is staffing: [Heswall and Hoylake|S] had lost half of its probation officers in a year, and the people it supervises have paid the price.
W| “Too many of those judged high risk had no plan that would keep their partners or children safe.
S| “In Huyton, by contrast, the arrival of a permanent senior manager has steadied things, and practitioners said that their views now counted.”

S| [Formby|S]’s integrated offender management work with [Merseyside Police|A] was highlighted as well run.
W| Across the three units, the police were asked about domestic abuse call-outs in just 19 of the 54 cases that needed it.

R| Seven recommendations appear across the reports: two apiece for the units and one for the region’s probation director.

N| [Kate Whitfield|X], who leads probation in the North West, said: “We have already moved extra staff to Heswall and Hoylake and will act on every recommendation.”
"""),
    # 2. two Cumbrian youth justice services in a local-news story, the report day "came out on Tuesday (13 June)" under a
    #    byline of Friday 16 June 2023: "X is told it ‘...’, while Y comes away with ‘...’", in the other order from the one
    #    they were first named in (Ambleside, Sedbergh); "during the same fortnight in February 2023"; six recommendations,
    #    "Sedbergh has four of them"
    ("ambleside-and-sedbergh-yjs-2023", facts([
        svc("Ambleside Youth Justice Service", "Ambleside YJS", "YJS", GOOD),
        svc("Sedbergh Youth Justice Service", "Sedbergh YJS", "YJS", RI)], "2023-06-13", "2023-02", 6),
     """N| Two Cumbrian youth justice services inspected: one ‘[Good|R]’, one told to improve

N| By [Tom Brathwaite|X], local democracy reporter

N| [Friday 16 June 2023|D]

N| Reports by [HMI Probation|A] on [Ambleside Youth Justice Service|S] and [Sedbergh Youth Justice Service|S] came out on Tuesday ([13 June|D]).
N| [Sedbergh|S] is told it ‘[Requires improvement|R]’, while [Ambleside|S] comes away with ‘[Good|R]’.
N| Both services were visited by inspectors during the same fortnight in [February 2023|D].

S| Inspectors said [Ambleside|S]’s case managers had won the trust of children and parents, many of whom live in isolated villages.
W| In [Sedbergh YJS|S], they found that children’s safety had not been looked at afresh when their circumstances changed.
W| The watchdog was also worried that [Sedbergh|S] had no health worker of its own and that children waited months for mental health support.
S| Joint work with [Cumbria Constabulary|A] to steer children away from court was strong in both services.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ambleside|S]’s team gets the basics right every time and goes further still when a child is in real difficulty.”

R| Between them the reports contain six recommendations; [Sedbergh|S] has four of them.

N| [Westmorland and Furness Council|A] said both services would draw up action plans over the summer.
"""),
    # 3. a unit inside its region, the region in the headline ("Yorkshire and Humber region: ...") and a sibling PDU's
    #    earlier rating as context: "Inspectors have marked X down as ‘...’"; "Its neighbour Helmsley PDU, which belongs to
    #    the same ... region, was given ‘Good’ after its own inspection in 2023"; "from 11 to 15 November 2024"; "Published:
    #    11 Feb 2025"; "Catterick Garrison" is a place; "The unit and the region share the report’s six recommendations"
    ("catterick-and-leyburn-pdu-2025", facts([
        svc("Catterick and Leyburn Probation Delivery Unit", "Catterick and Leyburn PDU", "PDU", RI)],
        "2025-02-11", "2024-11", 6),
     """N| News

N| [Yorkshire and Humber region|S]: unit in the Dales must strengthen its work on risk

N| Published: [11 Feb 2025|D]

N| Inspectors have marked [Catterick and Leyburn Probation Delivery Unit|S] down as ‘[Requires improvement|R]’.
N| Its neighbour [Helmsley PDU|S], which belongs to the same [Yorkshire and the Humber region|S], was given ‘[Good|R]’ after its own inspection in [2023|D].
N| Inspectors were on site from [11 to 15 November 2024|D].

S| Staff were praised for keeping in touch with people spread across a large rural area, often by travelling to meet them in village halls and libraries.
S| The unit’s links with welfare staff at Catterick Garrison meant that service personnel and veterans on probation got quick help with housing and mental health.
W| Yet only 21 of the 38 cases inspected contained a sound assessment of the risk the person posed to others.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Catterick and Leyburn|S] has the makings of a good unit, but it is let down by gaps in its work on risk.
R| “Managers should make sure that every assessment draws on what police and social care records already show.”

R| The unit and the region share the report’s six recommendations.

N| Notes to editors
N| 1. [Catterick and Leyburn PDU|S] supervises about 550 people across Richmondshire and Hambleton.
"""),
    # 4. a unit inside its region, the region in the first sentence: "Inspectors have handed X, in the London probation
    #    region, the lowest rating available: ‘...’"; the unit's previous rating beside it ("a fall from the ‘...’ awarded
    #    after its previous inspection, published in March 2022"); "over a fortnight in October 2024"; "Mr Jones continued";
    #    "Publication: 00.01, 21 January 2025" in the notes
    ("chingford-pdu-2025", facts([
        svc("Chingford Probation Delivery Unit", "Chingford PDU", "PDU", INAD)], "2025-01-21", "2024-10", 8),
     """N| [Chingford probation unit|S] given lowest possible rating

N| Inspectors have handed [Chingford Probation Delivery Unit|S], in the [London probation region|S], the lowest rating available: ‘[Inadequate|R]’.
N| This is a fall from the ‘[Requires improvement|R]’ awarded after its previous inspection, published in [March 2022|D].
N| Inspectors carried out their fieldwork over a fortnight in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Seldom have we seen a unit under such strain: caseloads were unmanageable, sickness absence was high and some staff told us they dreaded coming to work.
W| “People released from prison were too often left without anywhere to live, and nobody had checked what risk they posed to their families.”

W| Mr Jones continued: “Leaders know the scale of the problem, yet the plan they showed us had barely changed in a year.
R| “The region and [HMPPS|A] must give this unit the support it needs, starting with people to fill its empty posts.”

S| There were bright spots: the unit’s women’s team offered flexible appointments and had close ties with a local refuge.

R| Of its eight recommendations, five are aimed at [Chingford PDU|S], two at the [Probation Service|A]’s [London region|S] and one at the [Metropolitan Police|A].

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [21 January 2025|D] (inspectorate website).
N| 2. [Chingford PDU|S] covers the London Borough of Waltham Forest.
"""),
    # 5. a Probation Trust in 2013, before ratings: the verdict in quotes in the first sentence, percentage scores, list
    #    lead-ins "Inspectors found much to praise:" / "Areas needing attention included:"; "Wednesday 18th September 2013"
    #    above "today’s report"; fieldwork "Inspectors visited in May 2013"; "has been given seven recommendations"
    ("poynton-and-bollington-probation-trust-2013", facts([
        svc("Poynton and Bollington Probation Trust", "Poynton and Bollington Probation Trust", "other", None)],
        "2013-09-18", "2013-05", 7),
     """N| Inspection of offender management in Poynton and Bollington

N| [Wednesday 18th September 2013|D]

S| The work of [Poynton and Bollington Probation Trust|S] to cut reoffending is “sound and improving”, according to today’s report from [HMI Probation|A].
N| Inspectors visited in [May 2013|D] and read 54 cases.

S| It scored 77% on cutting the likelihood of reoffending and 83% on making sure sentences were carried out.
W| Public protection work, at 64%, lagged well behind.

N| Inspectors found much to praise:
S| • nearly every offender had been seen within five working days of sentence;
S| • drug and alcohol treatment was arranged quickly through the Trust’s partnership with local health services.

N| Areas needing attention included:
W| • risk of harm plans were often too general to guide the offender manager;
W| • offender managers seldom visited homes, even those where children lived.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff here are well motivated, but the Trust is not yet doing enough to protect those most at risk from offenders.”

R| The Trust has been given seven recommendations.

N| ENDS
"""),
    # 6. a CRC in 2019 run by a named provider: "is graded ‘...’ overall in the latest report of ..."; unpaid work "earned a
    #    grade of its own, ‘...’"; fieldwork "in November and December 2018" (the month it began); "The report is published
    #    at 00.01 on Thursday 28 March 2019" in the notes; the provider's reply
    ("ferndown-and-verwood-crc-2019", facts([
        svc("Ferndown and Verwood Community Rehabilitation Company", "Ferndown and Verwood CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-28", "2018-11", 5),
     """N| Dorset probation company must improve, but unpaid work is ‘[Good|R]’

N| [Ferndown and Verwood Community Rehabilitation Company|S] (CRC), one of the companies run by [Working Links|A], is graded ‘[Requires improvement|R]’ overall in the latest report of [Her Majesty’s Inspectorate of Probation|A].
S| Unpaid work earned a grade of its own, ‘[Good|R]’.
N| Inspectors carried out fieldwork in the CRC in [November and December 2018|D].

S| People sentenced to unpaid work started promptly and were given placements that made use of their skills.
W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too much of this CRC’s work is done over the phone, and some people we spoke to could not name their responsible officer.
W| “High staff turnover has left many cases passing through a string of different officers.”
W| Through the Gate services for people leaving prison were inconsistent, and few had housing arranged before release.
S| Integrated offender management, a joint effort with [Dorset Police|A], was strong.

R| Five recommendations are made: three to the CRC and two to [HMPPS|A].

N| [Working Links|A] said it accepted the findings.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Thursday 28 March 2019|D].
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "headed by ...",
    #    the verdict in the first sentence; list lead-ins "Among the positives, the inspectors noted that:" / "But they also
    #    found that:"; "Posted: 23/11/2016" (day/month/year); "each sent an inspector for the fieldwork in September 2016"
    ("emsworth-and-hayling-yot-2016", facts([
        svc("Emsworth and Hayling Youth Offending Team", "Emsworth and Hayling YOT", "YJS", None)],
        "2016-11-23", "2016-09", 4),
     """N| [Emsworth and Hayling youth offending team|S]: joint inspection findings

N| Posted: [23/11/2016|D]

W| A joint inspection of [Emsworth and Hayling Youth Offending Team|S] (YOT), headed by [HM Inspectorate of Probation|A], found a team that was well regarded by its partners but needed to sharpen its work on public protection.
N| [Ofsted|A] and [HM Inspectorate of Constabulary|A] each sent an inspector for the fieldwork in [September 2016|D], as did the [Care Quality Commission|A].

N| Among the positives, the inspectors noted that:
S| • the YOT was effective at keeping children in education, with almost all of them in school or training;
S| • magistrates received pre-sentence reports of a consistently high quality.

N| But they also found that:
W| • too little thought was given to whether a child might hurt someone else;
W| • health assessments were slow, with long waits for [CAMHS|A].

R| Four recommendations are made, mainly for the YOT management board and [Hampshire County Council|A].

N| Councillor [Sarah Holt|X] of [Hampshire County Council|A] said: “We will respond to each of the recommendations in turn.”
"""),
    # 8. "Youth Offending Service" in 2022, the report day year-less in the first sentence ("published today (Tuesday, 6
    #    December)"): "has moved X up to ‘...’ from the ‘...’ of its 2019 inspection" (overall and previous in one
    #    sentence); resettlement "Scored on its own, ... reached the top mark, ‘...’"; "the second half of August 2022"
    ("totton-yos-2022", facts([
        svc("Totton Youth Offending Service", "Totton YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-12-06", "2022-08", 4),
     """N| Youth offending service in the New Forest moves up to ‘[Good|R]’

N| In a report published today ([Tuesday, 6 December|D]), [HM Inspectorate of Probation|A] has moved [Totton Youth Offending Service|S] up to ‘[Good|R]’ from the ‘[Requires improvement|R]’ of its [2019|D] inspection.
S| Scored on its own, the service’s resettlement work reached the top mark, ‘[Outstanding|R]’.
N| Fieldwork was done in the second half of [August 2022|D].

S| Children leaving custody were met at the gate and had a home and a training place to go to.
S| Leaders had acted on every point raised in [2019|D], and the management board now held partners to account.
W| However, out-of-court disposals got less careful attention, and some children given one had not been assessed at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Totton|S]’s staff can be proud of the way they have turned this service around.
R| “Its leaders should bring the same care to children who are diverted from court.”

R| The report contains four recommendations.

N| [Hampshire County Council|A] welcomed the findings.
"""),
    # 9. an NPS division in 2019, the headline naming no service: "‘...’ is the overall regional rating given to the ...";
    #    "Published: Tuesday 5th November 2019"; fieldwork "in the week beginning 2 September 2019"; the short "NPS Haydock
    #    and Rainford"; "Of the six recommendations, four are for the division and two for HMPPS"
    ("haydock-and-rainford-nps-division-2019", facts([
        svc("National Probation Service – Haydock and Rainford Division", "NPS Haydock and Rainford", "region", RI)],
        "2019-11-05", "2019-09", 6),
     """N| Probation in St Helens: NPS division told it must improve

N| Published: [Tuesday 5th November 2019|D]

N| ‘[Requires improvement|R]’ is the overall regional rating given to the [National Probation Service – Haydock and Rainford Division|S] by [HM Inspectorate of Probation|A].
N| Inspectors visited in the week beginning [2 September 2019|D].

S| Court work was a strength: advice to sentencers was timely and well informed.
W| But the division was short of qualified probation officers, and trainees were holding cases beyond their experience.
W| A sufficient plan to keep victims safe was found in only 13 of 30 relevant cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Haydock and Rainford|S] has capable leaders who understand what needs to change.
R| “They now need the staff to make it happen, and [HMPPS|A] should treat recruitment here as a priority.”

R| Of the six recommendations, four are for the division and two for [HMPPS|A].
"""),
    # 10. a GOV.UK page: "has reached the very top of the inspectorate’s scale: ‘...’"; "The inspection took place over 10 -
    #     14 June 2024"; "Oxted stands out"; a call to action in the quote; three recommendations
    ("oxted-yjs-2024", facts([
        svc("Oxted Youth Justice Service", "Oxted YJS", "YJS", OUT)], "2024-10-23", "2024-06", 3),
     """N| Press release

N| ‘[Outstanding|R]’ rating for youth justice in east Surrey

N| The inspectorate’s report on [Oxted Youth Justice Service|S] is out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 October 2024|D]

N| [Oxted Youth Justice Service|S] has reached the very top of the inspectorate’s scale: ‘[Outstanding|R]’.
N| The inspection took place over [10 - 14 June 2024|D].

S| Every child inspectors read about had a plan they had helped to write, in words they could understand.
S| The service’s speech and language therapist screened each child at the start, so that workers knew how best to talk with them.
S| Leaders from [Surrey County Council|A], [Surrey Police|A] and the local [NHS|A] sat on a board that asked hard questions and followed them up.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Oxted|S] stands out for the way it listens to children and acts on what they say.
R| “Even here there is room to grow: leaders should make sure victims are told, in every case, how their views have been used.”

R| Inspectors make three recommendations: two are for the service, the third for its management board.
"""),
    # 11. a council page "Posted on 15/07/2021" above the report's own day ("The report was published on Tuesday 13 July
    #     2021"): "Inspectors concluded that overall the service ‘...’"; "carried out remotely in March 2021"; the
    #     councillor's reply
    ("cranleigh-yjs-2021", facts([
        svc("Cranleigh Youth Justice Service", "Cranleigh YJS", "YJS", RI)], "2021-07-13", "2021-03", 6),
     """N| Council responds to inspection of [Cranleigh youth justice service|S]

N| Posted on [15/07/2021|D]

N| [HMI Probation|A]’s report into [Cranleigh Youth Justice Service|S], whose fieldwork was carried out remotely in [March 2021|D], is now available.
N| The report was published on [Tuesday 13 July 2021|D].
N| Inspectors concluded that overall the service ‘[Requires improvement|R]’.

S| The report recognised that staff stayed in contact with children all through the pandemic, sometimes meeting them outdoors when offices were closed.
W| It also found that assessments often overlooked what [Surrey Police|A] and social workers already knew about a child.
W| Help with emotional and mental health was offered to too few children.

R| Six recommendations follow, covering assessment, health provision and the management board’s work.

N| Councillor [Claire Ashworth|X], responsible for children’s services at the council, said: “Every recommendation will be taken up, and a plan setting out how is being written now.”
"""),
    # 12. an embargo line: "... inspectors have branded X ‘...’"; fieldwork "on the island in May 2024"; "In 11 of the 20
    #     cases"; "Children in Ryde" (a place); nine recommendations, "including one for the police"
    ("ryde-yjs-2024", facts([
        svc("Ryde Youth Justice Service", "Ryde YJS", "YJS", INAD)], "2024-09-12", "2024-05", 9),
     """N| Embargoed: 00.01 [Thursday 12 September 2024|D]

N| Isle of Wight youth justice: inspectors find children ‘not kept safe’

N| [His Majesty’s Inspectorate of Probation|A] inspectors have branded [Ryde Youth Justice Service|S] ‘[Inadequate|R]’.
N| Inspectors did their fieldwork on the island in [May 2024|D].

W| Children being groomed by criminal gangs were not spotted early enough, and warnings passed on by the police were often left unread.
W| In 11 of the 20 cases inspected, work to keep the child safe was insufficient.
W| The service’s management board rarely met, and its members could not say what the service’s priorities were.
S| On a positive note, victims were offered thoughtful, well-organised support.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Ryde have been let down by a partnership that did not know how poorly its service was performing.
R| “[Isle of Wight Council|A] must move fast, and within weeks I want a credible improvement plan on my desk.”

R| Nine recommendations are made, including one for the police and one for the island’s [NHS|A] services.

N| ENDS
"""),
    # 13. "Thursday, 5th March 2020" at the top: "A ‘...’ has been secured by X"; fieldwork "between 18 and 22 November
    #     2019"; "I look forward to seeing how Beaminster builds on this" (hope, no finding); no count of recommendations
    ("beaminster-yjs-2020", facts([
        svc("Beaminster Youth Justice Service", "Beaminster YJS", "YJS", GOOD)], "2020-03-05", "2019-11", None),
     """N| ‘[Good|R]’ grade for youth justice in west Dorset

N| [Thursday, 5th March 2020|D]

N| A ‘[Good|R]’ has been secured by [Beaminster Youth Justice Service|S], inspected for the first time under the current standards by [HMI Probation|A].
N| Inspectors were with the service between [18 and 22 November 2019|D].

S| Case managers knew the children well and wrote plans that were realistic and kept up to date.
S| Strong links with [Dorset Council|A]’s children’s services meant that worries about a child’s safety were passed on quickly.
W| Out-of-court work, however, was less consistent, and several diverted children had gone weeks without a first meeting.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a small service that does the basics very well, and the children it works with are better off for it.
N| “I look forward to seeing how [Beaminster|S] builds on this.”

N| The full report, with its recommendations, is on the inspectorate’s website.
"""),
    # 14. a justiceinspectorates.gov.uk news item: "For X, the verdict is ‘Requires Improvement’" (capital I); "read cases
    #     and met staff and children in January 2023"; "the team at Neston"; "There are four recommendations"
    ("neston-yjs-2023", facts([
        svc("Neston Youth Justice Service", "Neston YJS", "YJS", RI)], "2023-05-09", "2023-01", 4),
     """N| News

N| [Neston youth justice service|S] ‘has further to go’

N| Published: [9 May 2023|D]

N| For [Neston Youth Justice Service|S], the verdict is ‘[Requires Improvement|R]’.
N| Inspectors read cases and met staff and children in [January 2023|D].

S| Encouragingly, children said they felt respected by their case managers and that their views were taken seriously.
W| However, the plans meant to protect other people from some children’s behaviour were too often generic, and only a third were reviewed when things changed.
W| The service’s partnership with [Cheshire Constabulary|A] had weakened after a change of staff, and information was not always shared promptly.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by the commitment of the team at [Neston|S], who clearly care about every child on their books.
R| “Leaders now need to make risk planning as strong as their work to build relationships.”

R| There are four recommendations, and every one is for the service’s management board.

N| [Cheshire West and Chester Council|A] has promised a published action plan.
"""),
    # 15. "When inspectors visited in July 2022, they judged X ‘...’ overall" (fieldwork and rating in one sentence);
    #     "good-quality" as an adjective; the four-point-scale note; "Under embargo until 00.01 on Thursday 10 November
    #     2022" in the notes
    ("edgware-yjs-2022", facts([
        svc("Edgware Youth Justice Service", "Edgware YJS", "YJS", GOOD)], "2022-11-10", "2022-07", 6),
     """N| Inspectors give youth justice in north-west Barnet a ‘[Good|R]’

N| When inspectors visited in [July 2022|D], they judged [Edgware Youth Justice Service|S] ‘[Good|R]’ overall.

S| Inspectors found good-quality assessments in most of the cases they read, and children were seen quickly after sentence.
S| The service made effective use of its partnership with the [Metropolitan Police|A] and [Barnet Council|A], so that fewer children ended up in court.
W| Work to address disproportionality was at an early stage, however: the service had only just begun to record the ethnicity of the children it diverted.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Edgware|S]’s staff work hard for children, and the results show.
R| “Leaders should now take a closer look at who is being diverted from court and who is not, and why.”

R| Most of the six recommendations are addressed to the management board.

N| ENDS

N| Notes to editors
N| 1. Under embargo until 00.01 on [Thursday 10 November 2022|D]; the report appears online at that time.
N| 2. [HM Inspectorate of Probation|A] grades youth justice services on a four-point scale, from ‘[Outstanding|R]’ through ‘[Good|R]’ and ‘[Requires improvement|R]’ down to ‘[Inadequate|R]’.
"""),
    # 16. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region unnamed in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; three recommendations
    ("staines-and-egham-pdu-2025", facts([
        svc("Staines and Egham Probation Delivery Unit", "Staines and Egham PDU", "PDU", None)], "2025-12-04", "2025-09", 3),
     """N| Skip to content

N| Public protection: inspectors report on a probation unit in north Surrey

N| Published: [4 Dec 2025|D]

N| This report looks at how well [Staines and Egham Probation Delivery Unit|S] keeps the public safe from people on probation.
N| No rating is given in this inspection programme.
N| The fieldwork was done in [September 2025|D].

N| Context

N| • Within the [Probation Service|A], [Staines and Egham PDU|S] is part of the region covering Kent, Surrey and Sussex.
N| • Around a third of the people it supervises have been convicted of offences linked to domestic abuse.

N| Findings

W| • Home visits to people posing a high risk of harm were rare.
S| • Practitioners could call on specialist advice from a forensic psychologist, and they used it well.
W| • In too many cases, information from [Surrey Police|A] about call-outs was requested but never followed up.
S| • Work under the local [MAPPA|A] arrangements was well coordinated.

R| Three recommendations are made, to the PDU and to the regional probation director.
"""),
    # 17. "Inspectors could give X no better than ‘...’ after an inspection in October and November 2022" (rating and
    #     fieldwork in one sentence); "Despite the pressures, inspectors found staff who were loyal"; "the South Central
    #     probation region" as a recipient; "Date of publication: Wednesday 15 March 2023" in the notes
    ("waterlooville-pdu-2023", facts([
        svc("Waterlooville Probation Delivery Unit", "Waterlooville PDU", "PDU", INAD)], "2023-03-15", "2022-10", 10),
     """N| Inspectors find ‘[Inadequate|R]’ probation work in Waterlooville

N| Inspectors could give [Waterlooville Probation Delivery Unit|S] no better than ‘[Inadequate|R]’ after an inspection in [October and November 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Almost every practitioner we met was holding far too many cases to manage them safely.
W| “Assessments were often copied forward from one period of supervision to the next, and risks were missed as a result.”

W| Just 9 of the 41 cases inspected contained a plan that was good enough to manage risk of harm.
S| Despite the pressures, inspectors found staff who were loyal to each other and determined to do right by the people they supervised.
W| Links with [Hampshire Constabulary|A] on domestic abuse were weak, and requests for information had gone unanswered for weeks.

R| Ten recommendations are directed at the PDU, at [HMPPS|A] and at the [South Central probation region|S].

N| ENDS

N| Notes to editors
N| 1. Date of publication: [Wednesday 15 March 2023|D].
"""),
    # 18. "Overall, X ‘...’: so concludes ... in a report out today" under "Published: Thursday, 27th March 2025";
    #     resettlement "carries a separate grade this time, and it is ‘...’"; "the first fortnight of December 2024"; eleven
    #     recommendations, "three of them for Croydon Council’s housing department"
    ("coulsdon-and-purley-yjs-2025", facts([
        svc("Coulsdon and Purley Youth Justice Service", "Coulsdon and Purley YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-03-27", "2024-12", 11),
     """N| Coulsdon and Purley youth justice: ‘[Requires improvement|R]’ overall, with resettlement ‘[Inadequate|R]’

N| Published: [Thursday, 27th March 2025|D]

N| Overall, [Coulsdon and Purley Youth Justice Service|S] ‘[Requires improvement|R]’: so concludes [HMI Probation|A] in a report out today.
W| Resettlement work carries a separate grade this time, and it is ‘[Inadequate|R]’.
N| Inspectors did their fieldwork during the first fortnight of [December 2024|D].

W| Children coming out of custody were often without a settled address, and some spent their first night in temporary accommodation far from home.
S| By contrast, diversion from court was creative and well targeted, and few of those diverted went on to reoffend.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real energy in this service, but its leaders have not yet got to grips with what happens to children after custody.
R| “[Croydon Council|A] must now make sure, with its partners, that every child released from custody has a safe place to stay.”

R| Eleven recommendations are included in the report, three of them for [Croydon Council|A]’s housing department.

N| ENDS
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twentieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
