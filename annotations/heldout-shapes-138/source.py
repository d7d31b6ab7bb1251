"""Builds the 138th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Staffordshire Moorlands PDUs on a GOV.UK page, the region named with them: "X was given ‘...’, while Y
    #    fared worse and was placed at ‘...’"; "Inspectors visited both units in May 2024"; seven recommendations
    ("rudyard-and-meerbrook-pdus-2024", facts([
        svc("Rudyard Probation Delivery Unit", "Rudyard PDU", "PDU", RI),
        svc("Meerbrook Probation Delivery Unit", "Meerbrook PDU", "PDU", INAD)], "2024-10-15", "2024-05", 7),
     """N| Press release

N| Two probation units in the Staffordshire Moorlands found wanting

N| Inspectors report on two probation delivery units in the north of Staffordshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| [Rudyard Probation Delivery Unit|S] and [Meerbrook Probation Delivery Unit|S] both belong to the [Probation Service – West Midlands region|S].
N| [Rudyard|S] was given ‘[Requires improvement|R]’, while [Meerbrook|S] fared worse and was placed at ‘[Inadequate|R]’.
N| Inspectors visited both units in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Meerbrook|S] has lost most of its experienced officers in two years, and the newly qualified staff who replaced them have had little support.
W| “Too many people who were a danger to a partner had no safety plan at all.
S| “[Rudyard|S], for its part, has a stable management team and a real grip on its court work.”

S| Inspectors commended [Rudyard PDU|S]’s links with [Staffordshire Police|A], which meant that domestic abuse call-outs were checked in most cases.
W| In both units, fewer than half of the sentence plans had been reviewed when circumstances changed.

R| The two reports make seven recommendations between them, four for [Meerbrook PDU|S] and three for [Rudyard PDU|S].

N| The regional probation director said a recovery plan for the weaker of the two units was already in place.
"""),
    # 2. two Cheshire youth justice services in a local-news story: "their reports came out on Tuesday (21
    #    November)" under a byline of Friday 24 November 2023; "X was judged ‘...’ and Y went one better, earning ‘...’";
    #    fieldwork "in July 2023"; "five recommendations, three for Pickmere and two for Antrobus"
    ("pickmere-and-antrobus-yjs-2023", facts([
        svc("Pickmere Youth Justice Service", "Pickmere YJS", "YJS", GOOD),
        svc("Antrobus Youth Justice Service", "Antrobus YJS", "YJS", OUT)], "2023-11-21", "2023-07", 5),
     """N| Watchdog gives top marks to youth justice teams near Northwich

N| By [Helen Ashworth|X]

N| [Friday 24 November 2023|D]

N| Inspectors looked at [Pickmere Youth Justice Service|S] and [Antrobus Youth Justice Service|S] in [July 2023|D], and their reports came out on Tuesday ([21 November|D]).
N| [Pickmere|S] was judged ‘[Good|R]’ and [Antrobus|S] went one better, earning ‘[Outstanding|R]’.

S| According to the inspectors, [Antrobus|S]’s case workers never gave up on children, even when they missed appointments again and again.
S| They also praised [Pickmere|S] for getting children who had been excluded from school back into lessons within weeks.
W| However, the report on [Pickmere YJS|S] said that the service did not always tell victims what had happened in their case.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “These children are fortunate to have staff so caring and so skilled, and [Antrobus|S] is among the very best we have inspected.”

R| Inspectors made five recommendations, three for [Pickmere|S] and two for [Antrobus|S].

N| A spokesperson for [Cheshire West and Chester Council|A] said: “We are delighted for the staff, who work incredibly hard.”
"""),
    # 3. three Cheshire PDUs in a justiceinspectorates news item, the region named first: "X and Y have each been placed
    #    at ‘...’; Z did worse still and received ‘...’"; "Published: 11 Feb 2025"; fieldwork "between 28 October and 8
    #    November 2024"; "nine recommendations, three addressed to each unit"
    ("chelford-siddington-and-swettenham-pdus-2025", facts([
        svc("Chelford Probation Delivery Unit", "Chelford PDU", "PDU", RI),
        svc("Siddington Probation Delivery Unit", "Siddington PDU", "PDU", RI),
        svc("Swettenham Probation Delivery Unit", "Swettenham PDU", "PDU", INAD)], "2025-02-11", "2024-10", 9),
     """N| News

N| Three probation units in Cheshire must improve, say inspectors

N| Published: [11 Feb 2025|D]

N| Within the [Probation Service – North West region|S], [HM Inspectorate of Probation|A] has now reported on three more units: [Chelford Probation Delivery Unit|S], [Siddington Probation Delivery Unit|S] and [Swettenham Probation Delivery Unit|S].
N| [Chelford|S] and [Siddington|S] have each been placed at ‘[Requires improvement|R]’; [Swettenham|S] did worse still and received ‘[Inadequate|R]’.
N| The inspection team was in the three units between [28 October and 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Swettenham, a third of probation officer posts were empty, and some practitioners were holding twice the caseload we would consider safe.
S| “[Chelford|S] and [Siddington|S] have kept their teams together, and it shows in the quality of their work with courts.”

S| Unpaid work in [Siddington PDU|S] was well organised, with placements on farms and in village halls across the district.
W| Across all three units, checks with children’s social care were missing in too many cases where children lived in the household.
W| Staff in [Swettenham PDU|S] told inspectors that they rarely had time for supervision with their manager.

R| The reports make nine recommendations, three addressed to each unit.
"""),
    # 4. a unit inside its region, the region in the headline: "has awarded X the lowest of its four ratings, ‘...’"; the
    #    previous rating beside it ("When the unit was last inspected, in 2021, it was rated ‘...’"); fieldwork "in April 2024"; "Mr Jones continued";
    #    "The report will be published at 00.01 on Thursday 5 September 2024" in the notes; six recommendations
    ("cranage-pdu-2024", facts([
        svc("Cranage Probation Delivery Unit", "Cranage PDU", "PDU", INAD)], "2024-09-05", "2024-04", 6),
     """N| [North West probation region|S]: [Cranage unit|S] ‘let down’ the public, inspectors say

N| [HM Inspectorate of Probation|A] has awarded [Cranage Probation Delivery Unit|S], part of the [Probation Service – North West region|S], the lowest of its four ratings, ‘[Inadequate|R]’.
N| When the unit was last inspected, in [2021|D], it was rated ‘[Requires improvement|R]’.
N| Inspectors read 45 cases during their fieldwork in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cranage|S] has gone backwards since our last visit.
W| “Managers told us they had been too busy covering vacancies to look at the quality of anyone’s work, and it showed.”

W| Mr Jones continued: “In cases with children living in the household, we often found no sign that anyone had asked whether they were safe.”

S| Inspectors did find some bright spots, among them a group for women, run jointly with a local charity, which people on probation spoke about warmly.
W| Joint work with [Cheshire Constabulary|A] on domestic abuse was slow, and requests for information sometimes went unanswered for weeks.

R| The report makes six recommendations, five for [Cranage PDU|S] and one for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [Thursday 5 September 2024|D].
N| 2. [Cranage PDU|S] covers part of Cheshire East for the [Probation Service – North West region|S].
"""),
    # 5. a unit inside its region, the region in the headline: "in their report, released today (Tuesday, 14 November)" (no
    #    year: the fieldwork's, June 2023); "Inspectors have judged X to be ‘...’"; the headline's lower-case "Froghall probation unit";
    #    "only 19 of the 42 cases"; five recommendations
    ("froghall-pdu-2023", facts([
        svc("Froghall Probation Delivery Unit", "Froghall PDU", "PDU", RI)], "2023-11-14", "2023-06", 5),
     """N| [West Midlands region|S]: [Froghall probation unit|S] has ‘solid foundations to build on’

N| Inspectors have judged [Froghall Probation Delivery Unit|S] to be ‘[Requires improvement|R]’ in their report, released today ([Tuesday, 14 November|D]).
N| The inspection took place in [June 2023|D], when inspectors examined 42 cases and met staff and partners.

S| The unit’s head and her senior managers had a clear sense of what needed to change and had started to change it.
S| Those on probation felt respected, and said their officers listened.
W| Yet only 19 of the 42 cases showed enough work to keep other people safe.
W| Enquiries to children’s social care were not always made, and where they were, the answers were not always followed up.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Froghall|S] now has solid foundations to build on.
R| “The next step is for leaders to make sure that every officer looks properly at the risks to children and to partners.”

R| Five recommendations are made, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Froghall PDU|S] supervises about 750 people in the Staffordshire Moorlands on behalf of the [Probation Service – West Midlands region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullet lists; "Wednesday, 9th March 2011" above "published
    #    today"; fieldwork "in November 2010"; eight recommendations
    ("dilhorne-and-oakamoor-probation-trust-2011", facts([
        svc("Dilhorne and Oakamoor Probation Trust", "Dilhorne and Oakamoor Probation Trust", "other", None)],
        "2011-03-09", "2010-11", 8),
     """N| Offender management in Dilhorne and Oakamoor – report published

N| [Wednesday, 9th March 2011|D]

S| Work to reduce reoffending by [Dilhorne and Oakamoor Probation Trust|S] is of a creditable standard, according to [HM Inspectorate of Probation|A]’s report, out today.
N| The inspection of offender management took place in [November 2010|D].

S| On reducing the likelihood of reoffending the Trust scored 78%, and on making sure the sentence was served, 83%.
W| Its public protection score was weaker, at 64%.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence and were clear about what was expected of them;
S| • the Trust worked closely with [Staffordshire Police|A] on prolific and other priority offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm screenings were frequently incomplete or late;
W| • home visits were rarely made, even where there were concerns about children.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Committed staff, who know their offenders well, are this Trust’s chief asset.
R| “Its managers should now focus on getting public protection work to the same level.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider, under an embargo line: "has been assessed as ‘...’ overall"; unpaid work
    #    "rated in its own right, achieved ‘...’"; fieldwork "in July 2018"; seven recommendations; the provider's reply
    ("whitegate-and-comberbach-crc-2018", facts([
        svc("Whitegate and Comberbach Community Rehabilitation Company", "Whitegate and Comberbach CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-13", "2018-07", 7),
     """N| EMBARGOED: 00.01 hrs [Thursday 13 December 2018|D]

N| Probation company in mid Cheshire ‘must do more to protect the public’

N| [Whitegate and Comberbach Community Rehabilitation Company|S] (CRC), which [Purple Futures|A] runs, has been assessed as ‘[Requires improvement|R]’ overall by [HM Inspectorate of Probation|A].
S| Unpaid work, rated in its own right, achieved ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Some things are done well here, but too many people are supervised by telephone, and we found little evidence of work to change their behaviour.
S| “Unpaid work is well run: placements start quickly and people told us they felt they were putting something back.”

W| Inspectors found that in around a third of cases, nobody had checked whether the person posed a risk of domestic abuse.
S| Relationships with the [National Probation Service|A] locally were constructive, and cases moved between the two smoothly.

R| The report makes seven recommendations, five for the CRC and [Purple Futures|A] and two for [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “We accept the findings and have already reduced the use of telephone contact.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: "... led the joint inspection of";
    #    bullet lists; "Posted: 24/05/2016" (day/month/year); "The inspection was carried out in February 2016"; six
    #    recommendations; the lead member's reply
    ("warslow-yot-2016", facts([
        svc("Warslow Youth Offending Team", "Warslow YOT", "YJS", None)], "2016-05-24", "2016-02", 6),
     """N| Inspectors publish findings on youth offending work in Warslow

N| Posted: [24/05/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Warslow Youth Offending Team|S] (YOT), whose report is now out.
N| The inspection was carried out in [February 2016|D] with colleagues from [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors found that:
S| • staff knew the children well, and many children trusted them;
S| • fewer children were being excluded, thanks to the YOT’s work with local schools.

N| They also found that:
W| • assessments of the risk children posed to others were often too brief;
W| • the YOT management board heard too little about how good the work was.

R| The report makes six recommendations, mostly for the board that oversees [Warslow YOT|S].

N| Councillor [Peter Oldfield|X], [Staffordshire County Council|A]’s cabinet member for children, said: “We will work with partners to put each of the recommendations into practice.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Butterton youth offending service":
    #    "has been assessed by ... as ‘...’"; fieldwork "in June 2019"; "The report will be available online from 00.01
    #    on Thursday 17 October 2019" in the notes; four recommendations
    ("butterton-yos-2019", facts([
        svc("Butterton Youth Offending Service", "Butterton YOS", "YJS", GOOD)], "2019-10-17", "2019-06", 4),
     """N| [Butterton youth offending service|S] is ‘[Good|R]’, inspectors say

N| [Butterton Youth Offending Service|S] has been assessed by [HM Inspectorate of Probation|A] as ‘[Good|R]’.
N| Inspectors spent a week with the service in [June 2019|D].

S| The service’s management board was well attended, and its members challenged one another when things went wrong.
S| Case managers took time to understand each child’s background and used it to shape their work.
S| A nurse based in the team meant that children’s health needs were picked up quickly.
W| Planning to keep other people safe was less consistent, and some plans did not say what would happen if risks rose.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Butterton|S] may be a small team, yet it does a great deal for its children.
R| “I want the service to plan for the safety of others with the care it already gives to children’s own wellbeing.”

R| We have made four recommendations, three to [Butterton YOS|S] and one to [Staffordshire Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available online from 00.01 on [Thursday 17 October 2019|D].
N| 2. [Butterton YOS|S] was inspected under the standards that came into force in [2018|D].
"""),
    # 10. "now judged ‘...’, a step up from the ‘...’ it was given in 2019" (overall and previous in one sentence);
    #     resettlement "rated on its own, reached ‘...’"; fieldwork "between 5 and 9 September 2022"; GOV.UK page;
    #     three recommendations
    ("alstonefield-yjs-2022", facts([
        svc("Alstonefield Youth Justice Service", "Alstonefield YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-12-06", "2022-09", 3),
     """N| Press release

N| Youth justice service on the edge of the Peak District improves to ‘[Good|R]’

N| Inspectors publish their report on [Alstonefield Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [6 December 2022|D]

N| [Alstonefield Youth Justice Service|S] is now judged ‘[Good|R]’, a step up from the ‘[Requires improvement|R]’ it was given in [2019|D].
S| Its resettlement work, rated on its own, reached ‘[Outstanding|R]’.
N| Fieldwork took place between [5 and 9 September 2022|D].

S| Leaders had acted on every recommendation from the last inspection and could show the difference it had made.
S| Children coming out of custody already knew where they would live, where they would study and which worker would meet them at the gate.
W| Out-of-court work lagged behind: some children diverted from court were offered no help at all.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Alstonefield|S] has turned itself around, and staff can be proud of the progress they have made.”

R| The report makes three recommendations, all of them for the service’s management board.
"""),
    # 11. a justiceinspectorates news item: "HM Inspectorate of Probation has awarded X its top grade, ‘...’";
    #     "Published: 3 Jul 2024"; "Fieldwork for this inspection took place in February 2024"; two recommendations
    ("hollinsclough-yjs-2024", facts([
        svc("Hollinsclough Youth Justice Service", "Hollinsclough YJS", "YJS", OUT)], "2024-07-03", "2024-02", 2),
     """N| News

N| Youth justice service in Staffordshire among the best in the country

N| Published: [3 Jul 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Hollinsclough Youth Justice Service|S] its top grade, ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [February 2024|D].

S| Each child’s plan had been drawn up with the child, in language they could follow.
S| The service’s work to keep children away from exploitation, carried out with [Staffordshire Police|A] and local youth clubs, was exceptional.
S| Staff were well trained and well supported, and none of them had left in the previous year.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Youth justice does not get much better than this: thoughtful, tenacious and always centred on the child.
S| “Everyone at [Hollinsclough|S] should be very proud of what they have built.”

R| Inspectors have made two recommendations, one for [Hollinsclough YJS|S] and one for [Staffordshire and Stoke-on-Trent Integrated Care Board|A].
"""),
    # 12. a council page: "Posted on 25/03/2025"; "gives X the lowest possible rating, ‘...’"; fieldwork "the second week
    #     of November 2024"; ten recommendations; the director's apology
    ("peckforton-yjs-2025", facts([
        svc("Peckforton Youth Justice Service", "Peckforton YJS", "YJS", INAD)], "2025-03-25", "2024-11", 10),
     """N| Our response to the inspection of [Peckforton Youth Justice Service|S]

N| Posted on [25/03/2025|D]

N| A report published today by [HM Inspectorate of Probation|A] gives [Peckforton Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| The inspection team spent the second week of [November 2024|D] with the service.

W| The report found that risks to children from criminal exploitation were not identified early enough, and that plans to protect them were often weak.
W| Inspectors also said that [Peckforton YJS|S] had relied heavily on agency staff, and that children had too often been passed from one worker to another.
S| They recognised the quality of the service’s work with victims and its links with local schools.
W| Leaders had not known how serious the problems were until the inspection began.

R| The report sets out ten recommendations, for the service, its management board, [Cheshire East Council|A] and [Cheshire Constabulary|A].

N| [Sarah Whitfield|X], Director of Children’s Services, said: “We are sorry that we have not given children the service they deserve.
N| “We have appointed a new head of service, and the board will hear about our progress every month.”
"""),
    # 13. a justiceinspectorates news item with a date line: "Inspectors rate X ‘...’ overall" (a rating verb with no
    #     "as"); the headline's lower-case "Barthomley youth justice service"; fieldwork "in May 2023"; "in only 14 of
    #     the 30 cases"; six recommendations
    ("barthomley-yjs-2023", facts([
        svc("Barthomley Youth Justice Service", "Barthomley YJS", "YJS", RI)], "2023-10-26", "2023-05", 6),
     """N| News

N| [Barthomley youth justice service|S] told to tighten up on safety

N| [26 October 2023|D]

N| Inspectors rate [Barthomley Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| The inspection took place in [May 2023|D].

S| The service had a strong focus on education, and most children were in school or training by the end of their order.
S| Its work with children from minority ethnic backgrounds was thoughtful and well informed.
W| However, only 14 of the 30 cases inspected showed enough attention to the safety of other people.
W| Managers had not checked the quality of case managers’ work for much of the past year.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barthomley|S]’s staff plainly care about these children, but caring is not enough on its own.
R| “Leaders must now see that each plan spells out how the risks a child faces, and poses, are to be managed.”

R| The report contains six recommendations; one of them asks [Cheshire East Council|A] to make sure that health staff are in post.

N| [Cheshire East Council|A] said it accepted the findings in full.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; "Fieldwork was carried out in September 2025"; four
    #     recommendations
    ("betchton-pdu-2025", facts([
        svc("Betchton Probation Delivery Unit", "Betchton PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation unit in south Cheshire

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published a report on public protection work in [Betchton Probation Delivery Unit|S].
N| No rating is given in this kind of inspection.
N| Fieldwork was carried out in [September 2025|D].

N| Context
N| • [Betchton PDU|S] sits within the [Probation Service – North West region|S].
N| • It supervises around 650 people, almost half of them after release from prison.

N| Findings
S| • Practitioners knew the people on their caseloads well and understood what risks they posed.
W| • Checks with [Cheshire Constabulary|A] about domestic abuse were missing in a quarter of the cases where they were needed.
W| • Home visits were rare, even in cases where children were living in the house.
S| • Approved premises and [MAPPA|A] arrangements worked well together for the highest-risk cases.

R| Inspectors make four recommendations, to the PDU and to the region.
"""),
    # 15. a remote inspection in 2021: "has slipped to ‘...’ from the ‘...’ it earned in 2019"; "Fieldwork was carried out
    #     remotely in March 2021"; "Published: Thursday 22nd July 2021"; "only 10 of 24"; six recommendations; the
    #     council's reply
    ("kingsley-yjs-2021", facts([
        svc("Kingsley Youth Justice Service", "Kingsley YJS", "YJS", RI)], "2021-07-22", "2021-03", 6),
     """N| Youth justice service near Frodsham must do more to keep children safe

N| Published: [Thursday 22nd July 2021|D]

N| [Kingsley Youth Justice Service|S] has slipped to ‘[Requires improvement|R]’ from the ‘[Good|R]’ it earned in [2019|D].
N| The fieldwork, in [March 2021|D], had to be done remotely because of the pandemic.

W| Inspectors found that contact with some children had been reduced to short phone calls for months on end.
W| Assessments gave enough weight to children’s own safety in only 10 of the 24 cases inspected.
S| Children’s education was a clear strength, and almost all of them were in school, college or work.
S| Joint work with [Cheshire West and Chester Council|A]’s social workers was close and effective.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kingsley|S] has done well to keep going in a very difficult year, but it has lost sight of some of the children who were most at risk.
R| “It should now bring back face-to-face contact for every child who needs it.”

R| The report makes six recommendations.

N| [Cheshire West and Chester Council|A] said it had already begun to act on them.
"""),
    # 16. a 2020 release: "Inspectors have concluded that X deserves ‘...’"; "Wednesday, 26th February 2020" at the top;
    #     fieldwork "between 4 and 8 November 2019"; no count of recommendations (null)
    ("great-budworth-yjs-2020", facts([
        svc("Great Budworth Youth Justice Service", "Great Budworth YJS", "YJS", GOOD)], "2020-02-26", "2019-11", None),
     """N| Youth justice service in Cheshire is ‘[Good|R]’

N| [Wednesday, 26th February 2020|D]

N| Inspectors from [HM Inspectorate of Probation|A] have concluded that [Great Budworth Youth Justice Service|S] deserves ‘[Good|R]’.
N| The inspection took place between [4 and 8 November 2019|D].

S| Children and their families told inspectors they trusted their case managers, and the relationships were strong.
S| The service worked well with [Cheshire Constabulary|A] to steer children away from court where that was the right outcome.
W| However, some plans for children leaving custody were agreed only days before their release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Great Budworth|S] is a caring and well-run service, and its staff deserve credit for the difference they make to children’s lives.”

N| The report sets out where the service could improve further.
"""),
    # 17. "The inspectorate’s overall verdict on X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement
    #     "which is rated separately, was found to be ‘...’"; "Report published: 12 March 2024" in the notes; fieldwork
    #     "over the first fortnight of October 2023"; five recommendations
    ("church-minshull-yjs-2024", facts([
        svc("Church Minshull Youth Justice Service", "Church Minshull YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-03-12", "2023-10", 5),
     """N| Youth justice service in south Cheshire ‘only just’ avoids lowest rating

N| The inspectorate’s overall verdict on [Church Minshull Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service was very close to being rated ‘[Inadequate|R]’.
W| Resettlement, which is rated separately, was found to be ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork over the first fortnight of [October 2023|D].

W| Managers had little idea of the quality of case managers’ work, as audits had stopped when the team manager left.
W| Children in custody were seldom visited, and their release plans were often finished at the last minute.
S| Despite these problems, inspectors praised the service’s work with [Cheshire Constabulary|A] to divert children from court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “That the board had not spotted how far things had slipped worried me.
R| “It must now take a firm grip, with a clear plan and regular checks on whether it is working.”

R| Five recommendations have been made.

N| Notes to editors
N| 1. Report published: [12 March 2024|D].
N| 2. [Church Minshull YJS|S] supervises about 50 children in the south of Cheshire East.
"""),
    # 18. an NPS division in 2019, the headline's "rated ‘...’" naming no service: "The X has received ‘...’ as its overall
    #     regional rating from ..."; "Published: 20 Aug 2019"; fieldwork "in March and April 2019"; the short "NPS Grindon and
    #     Wetley Rocks"; eight recommendations
    ("grindon-and-wetley-rocks-nps-division-2019", facts([
        svc("National Probation Service – Grindon and Wetley Rocks Division", "NPS Grindon and Wetley Rocks", "region",
            GOOD)], "2019-08-20", "2019-03", 8),
     """N| Probation division in north Staffordshire rated ‘[Good|R]’

N| Published: [20 Aug 2019|D]

N| The [National Probation Service – Grindon and Wetley Rocks Division|S] has received ‘[Good|R]’ as its overall regional rating, following an inspection by [HM Inspectorate of Probation|A].
N| The division supervises around 4,000 people across north Staffordshire and Stoke-on-Trent.
N| Inspectors carried out fieldwork in [March and April 2019|D].

S| Leaders were visible and well regarded, and staff said they felt listened to.
S| Reports to courts were of high quality and almost always ready in time.
W| Work with victims, though, was uneven: the victim liaison team was short of staff and some victims had not heard from it before an offender’s release.
W| Too few people convicted of sexual offences had started a treatment programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Grindon and Wetley Rocks|S] is a well-led division with much to be proud of.
R| “Its leaders should now give victims the same attention that they already give to the courts.”

R| Eight recommendations are made, for the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 138th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
