"""Builds the twenty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two West Yorkshire PDUs on a GOV.UK page: "X lands at ‘...’ and Y sinks to ‘...’"; "Date published: 14 May 2024";
    #    fieldwork "in the week beginning 15 January 2024"; "Inspectors set out eight recommendations, split evenly"; bare
    #    places as subjects in a quote; the Probation Service's statement
    ("hemsworth-and-elland-pdus-2024", facts([
        svc("Hemsworth Probation Delivery Unit", "Hemsworth PDU", "PDU", RI),
        svc("Elland Probation Delivery Unit", "Elland PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| Press release

N| Probation units in West Yorkshire: one told to improve, one failing

N| From: [HM Inspectorate of Probation|A]

N| Date published: [14 May 2024|D]

N| [HM Inspectorate of Probation|A] chose this year to look at two units in Yorkshire and the Humber: [Hemsworth Probation Delivery Unit|S] and [Elland Probation Delivery Unit|S].
N| [Hemsworth|S] lands at ‘[Requires improvement|R]’ and [Elland|S] sinks to ‘[Inadequate|R]’.
N| Inspectors visited both units in the week beginning [15 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Elland|S] has lost almost half of its qualified officers in eighteen months, and the people left behind are exhausted.
S| “[Hemsworth|S], for its part, has a manager who walks the floor, and staff there said their views counted.”

S| A strong link with [West Yorkshire Police|A] meant that domestic abuse call-outs were checked for nearly every new case in [Hemsworth PDU|S].
W| Across the two units, fewer than four in ten sentence plans said anything about how the person’s risk to a partner would be reduced.
W| Some people supervised from the [Elland PDU|S] office had gone ten weeks or more between appointments.

R| Inspectors set out eight recommendations, split evenly between the units.

N| In a statement, the [Probation Service|A] said: “Experienced staff are already being moved into Elland.”
"""),
    # 2. two Greater Manchester youth justice services in a local-news story: findings "made public last Tuesday (6
    #    February)" under a byline of Saturday 10 February 2024; "X picked up ‘...’ while Y went one better, securing ‘...’";
    #    "Half of the six recommendations go to each service"; a council reply
    ("westhoughton-and-failsworth-yjs-2024", facts([
        svc("Westhoughton Youth Justice Service", "Westhoughton YJS", "YJS", GOOD),
        svc("Failsworth Youth Justice Service", "Failsworth YJS", "YJS", OUT)], "2024-02-06", "2023-10", 6),
     """N| Watchdog hails two youth justice teams

N| By [Sunita Rao|X], local democracy reporter

N| [Saturday 10 February 2024|D]

N| Inspectors who spent time in [October 2023|D] with [Westhoughton Youth Justice Service|S] and [Failsworth Youth Justice Service|S] made their findings public last Tuesday ([6 February|D]).
N| [Westhoughton|S] picked up ‘[Good|R]’ while [Failsworth|S] went one better, securing ‘[Outstanding|R]’.

S| According to the inspectorate, [Failsworth|S]’s workers had built such trust with families that parents often phoned them before a crisis rather than after it.
S| [Westhoughton|S]’s partnership with the local further education college kept older teenagers in learning.
W| Yet inspectors flagged that some [Westhoughton YJS|S] case records did not show whether a victim’s wishes had been sought.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both of these teams can be proud, and [Failsworth|S] ranks with the best we have seen this year.”

R| Half of the six recommendations go to each service.

N| [Oldham Council|A]’s cabinet member for children, Councillor [Kate Whitworth|X], said: “This is a tribute to a team that never gives up on a young person.”
"""),
    # 3. three Black Country PDUs in a justiceinspectorates news item, the region named before the units: "The grade for X
    #    and Y is ‘...’; Z fares worse, at ‘...’"; "Published: 03 Sep 2025" (zero-padded day); "Fieldwork: 10 - 21 March
    #    2025"; "Three recommendations apiece: nine in all"
    ("stourbridge-wednesbury-and-bilston-pdus-2025", facts([
        svc("Stourbridge Probation Delivery Unit", "Stourbridge PDU", "PDU", RI),
        svc("Wednesbury Probation Delivery Unit", "Wednesbury PDU", "PDU", RI),
        svc("Bilston Probation Delivery Unit", "Bilston PDU", "PDU", INAD)], "2025-09-03", "2025-03", 9),
     """N| News

N| Three Black Country units inspected by probation watchdog

N| Published: [03 Sep 2025|D]

N| Three units of the [West Midlands probation region|S] have been inspected: [Stourbridge Probation Delivery Unit|S], [Wednesbury Probation Delivery Unit|S] and [Bilston Probation Delivery Unit|S].
N| The grade for [Stourbridge|S] and [Wednesbury|S] is ‘[Requires improvement|R]’; [Bilston|S] fares worse, at ‘[Inadequate|R]’.
N| Fieldwork: [10 - 21 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bilston we met practitioners holding over 70 cases each with no senior officer to turn to.
W| “Checks with children’s services had simply not been made in a worrying number of the files we read.
S| “[Stourbridge|S] and [Wednesbury|S], by contrast, have kept experienced staff, and their court reports are the better for it.”

S| [Wednesbury|S]’s unpaid work team had found placements for nearly everyone who needed one.
W| Integrated offender management with [West Midlands Police|A] had stalled in all three units since a change of police structures.

R| Three recommendations apiece: nine in all.
"""),
    # 4. a Suffolk unit inside its region, the region in the headline: "Inspectors could not award X ... anything higher
    #    than ‘...’"; the region's own earlier grade as context; "Mr Jones went on"; "The inspection took place in early June
    #    2024"; notes "Publication time: 00.01 on 22 October 2024"; "Of the six recommendations, four fall to the unit"
    ("leiston-and-saxmundham-pdu-2024", facts([
        svc("Leiston and Saxmundham Probation Delivery Unit", "Leiston and Saxmundham PDU", "PDU", INAD)],
        "2024-10-22", "2024-06", 6),
     """N| [East of England probation region|S] – Suffolk coast unit in serious difficulty

N| Inspectors could not award [Leiston and Saxmundham Probation Delivery Unit|S], which serves the region’s stretch of the Suffolk coast, anything higher than ‘[Inadequate|R]’.
N| When the region itself was last assessed, in [2023|D], it was placed at ‘[Requires improvement|R]’.
N| The inspection took place in early [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit is running on goodwill, and goodwill is running out.
W| “Nearly a third of the people whose cases we read had never had a home visit, even where children lived at the address.”

W| Mr Jones went on: “Leaders in the region knew how thin the cover was here, yet the extra help arrived months too late.”

S| There were bright spots: the weekly women’s group that a local charity runs in Leiston was warmly spoken of by those who attended.
W| Arrangements with [Suffolk Constabulary|A] for sharing intelligence on people managed under [MAPPA|A] were slow and informal.

R| Of the six recommendations, four fall to the unit and two to the region’s leadership.

N| ENDS

N| Notes to editors
N| 1. Publication time: 00.01 on [22 October 2024|D].
N| 2. [Leiston and Saxmundham PDU|S] covers the east Suffolk coast, working from two offices.
"""),
    # 5. a County Durham unit inside its region, the region in the headline and the notes: "X comes out one rung below
    #    ‘Good’, at ‘...’"; a lower-case "Barnard Castle probation team" in the headline; "in a report issued today (Thursday
    #    16 November)" (no year: the fieldwork's); "Inspectors’ visit: July 2023"; "Four recommendations accompany the report"
    ("barnard-castle-pdu-2023", facts([
        svc("Barnard Castle Probation Delivery Unit", "Barnard Castle PDU", "PDU", RI)], "2023-11-16", "2023-07", 4),
     """N| [North East region|S]: [Barnard Castle probation team|S] ‘heading in the right direction’

N| [Barnard Castle Probation Delivery Unit|S] comes out one rung below ‘[Good|R]’, at ‘[Requires improvement|R]’, in a report issued today ([Thursday 16 November|D]).
N| Inspectors’ visit: [July 2023|D].

S| The unit’s senior managers had a firm grasp of where practice was weakest and had begun to put it right.
S| Practitioners travelled long distances across Teesdale to see people at home, and it was rare for an appointment to be missed.
W| Still, plans for managing the risk posed to known adults were often thin, and only 14 of 32 cases looked at had a sound risk assessment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here that other rural units could learn from.
R| “Now the team must bring the same energy to protecting the people who are at risk from those it supervises.”

R| Four recommendations accompany the report.

N| ENDS

N| Notes to editors
N| 1. The [North East probation region|S] manages [Barnard Castle PDU|S], which covers south-west County Durham.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores; bullet lists after "What inspectors liked:" / "Where
    #    more needs to be done:"; "Wednesday 14th September 2011" above "Today sees the publication of"; "Inspection
    #    fieldwork was conducted in May 2011"; seven recommendations
    ("ferryhill-and-sedgefield-probation-trust-2011", facts([
        svc("Ferryhill and Sedgefield Probation Trust", "Ferryhill and Sedgefield Probation Trust", "other", None)],
        "2011-09-14", "2011-05", 7),
     """N| Offender management in Ferryhill and Sedgefield: inspection report

N| [Wednesday 14th September 2011|D]

N| Today sees the publication of [HM Inspectorate of Probation|A]’s offender management inspection of [Ferryhill and Sedgefield Probation Trust|S].
N| Inspection fieldwork was conducted in [May 2011|D], when 54 cases were examined.

S| Against the national averages, the Trust did well in ensuring sentences were delivered, scoring 83%.
W| On reducing the likelihood of reoffending it reached 66%, and on protecting the public just 59%.

N| What inspectors liked:
S| • most offenders were seen quickly once sentenced and were clear about what their order required;
S| • the Trust’s links with [Durham Constabulary|A] over prolific offenders were close and productive.

N| Where more needs to be done:
W| • risk of harm assessments were often late or left out key information;
W| • children’s services were not contacted in several cases where they should have been.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at this Trust show real commitment to the people they supervise.
R| “Managers must now make sure that public protection gets the same priority as everything else.”

R| The report contains seven recommendations for the Trust.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line "EMBARGO: 00.01 Tuesday 30 July 2019": "Inspectors
    #    have graded X (CRC), operated by ..., at ‘...’ overall"; unpaid work "marked separately, fared better, at ‘...’";
    #    "Inspectors’ fieldwork ran from 4 to 15 March 2019"; "There are five recommendations"; the provider's reply
    ("conisbrough-and-mexborough-crc-2019", facts([
        svc("Conisbrough and Mexborough Community Rehabilitation Company", "Conisbrough and Mexborough CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-30", "2019-03", 5),
     """N| EMBARGO: 00.01 [Tuesday 30 July 2019|D]

N| Probation company in South Yorkshire ‘must do better’

N| Inspectors have graded [Conisbrough and Mexborough Community Rehabilitation Company|S] (CRC), operated by [Sodexo Justice Services|A], at ‘[Requires improvement|R]’ overall.
S| Its unpaid work, marked separately, fared better, at ‘[Good|R]’.
N| Inspectors’ fieldwork ran from [4 to 15 March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too much of this CRC’s supervision happens by telephone or in a crowded reporting centre, and the real work of changing behaviour is squeezed out.
S| “I was, though, impressed by how quickly unpaid work placements were found, and by the quality of those placements.”

W| Inspectors found that enforcement action was inconsistent: some missed appointments led to a warning letter, others to nothing at all.
S| The CRC and [South Yorkshire Police|A] ran a well-regarded joint scheme for prolific offenders.

R| There are five recommendations: three for the CRC and [Sodexo Justice Services|A], and two that [HMPPS|A] must act on.

N| A [Sodexo Justice Services|A] spokesperson said: “It is good to see our unpaid work recognised, and changes are under way.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with HMI
    #    Probation "the lead inspectorate"; bullet lists after "Inspectors found that:" / "There were concerns that:";
    #    "Posted on: 22/03/2016"; "over November and December 2015"; a councillor's reply
    ("hadleigh-yot-2016", facts([
        svc("Hadleigh Youth Offending Team", "Hadleigh YOT", "YJS", None)], "2016-03-22", "2015-11", 4),
     """N| Youth offending inspection findings published

N| Posted on: [22/03/2016|D]

N| A joint inspection report on [Hadleigh Youth Offending Team|S] (YOT) is now out; [HM Inspectorate of Probation|A] was the lead inspectorate.
N| [Ofsted|A] joined the inspection, alongside the [Care Quality Commission|A], and the team was in Hadleigh over [November and December 2015|D].

N| Inspectors found that:
S| • children were usually seen by a worker within two days of their court appearance;
S| • [Hadleigh YOT|S] had a strong relationship with local schools.

N| There were concerns that:
W| • plans to keep others safe from harm were not reviewed often enough;
W| • health assessments were missing for a number of children.

R| Four recommendations go chiefly to the management board of the YOT.

N| [Suffolk County Council|A]’s cabinet member for children’s services, Councillor [Peter Ashby|X], said: “We agree with the findings, and work on them has already started.”
"""),
    # 9. an NPS division in 2019: "For its overall regional rating, X earns ‘...’"; victim work "graded in its own right,
    #    sits a notch lower, on ‘...’"; "fieldwork in the division spanned October and November 2018"; "Report published:
    #    Wednesday 6 February 2019" in the notes
    ("cradley-and-sedgley-nps-division-2019", facts([
        svc("National Probation Service – Cradley and Sedgley Division", "NPS Cradley and Sedgley", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])], "2019-02-06", "2018-10", 6),
     """N| [National Probation Service|A] division performing well, inspectors say

N| For its overall regional rating, [National Probation Service – Cradley and Sedgley Division|S] earns ‘[Good|R]’.
W| Victim work, graded in its own right, sits a notch lower, on ‘[Requires improvement|R]’.
N| The inspectorate’s fieldwork in the division spanned [October and November 2018|D].

S| The division’s court teams produced thorough reports quickly, and sentencers spoke highly of them.
S| Staff were well supervised, and most felt their managers had time for them.
W| Yet a number of victims heard nothing from the victim liaison service for months, and a few were never contacted at all.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Cradley and Sedgley|S] is a well-run division whose staff clearly care about getting things right.
R| “It must now put as much effort into victims as it puts into offenders.”

R| Inspectors make six recommendations, aimed at the division and at [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Report published: [Wednesday 6 February 2019|D].
"""),
    # 10. a GOV.UK page: "Inspectors have settled on ‘...’ as their verdict on X"; resettlement "which has its own grade,
    #     was found ‘...’"; "Inspectors were on site during the last fortnight of April 2023"; "Seven recommendations have
    #     been made: six are for ..., one for ..."
    ("chatteris-yjs-2023", facts([
        svc("Chatteris Youth Justice Service", "Chatteris YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2023-08-24", "2023-04", 7),
     """N| Press release

N| Youth justice service in Cambridgeshire told to improve

N| Inspectors publish their report on [Chatteris Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [24 August 2023|D]

N| Inspectors have settled on ‘[Requires improvement|R]’ as their verdict on [Chatteris Youth Justice Service|S].
W| Resettlement, which has its own grade, was found ‘[Inadequate|R]’.
N| Inspectors were on site during the last fortnight of [April 2023|D].

S| The service’s out-of-court work was a clear strength, with decisions made jointly and quickly with [Cambridgeshire Constabulary|A].
S| Case managers had warm, persistent relationships with the children they worked with.
W| However, children coming out of custody often had no stable home to go to, and release planning began too late.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “For children leaving custody, the help on offer in Chatteris is not good enough.
R| “Leaders and partners need to sit down together now and agree who will find these children a home before they are released.”

R| Seven recommendations have been made: six are for the management board, one for [Cambridgeshire County Council|A].
"""),
    # 11. a local-news story in the third person, with a council reply: "The watchdog handed X its second-highest grade,
    #     ‘...’, in a report released on Wednesday, 27 November" under a byline of Friday 29 November 2024; "over the summer,
    #     in August 2024"; "Three recommendations were made"
    ("littleport-yjs-2024", facts([
        svc("Littleport Youth Justice Service", "Littleport YJS", "YJS", GOOD)], "2024-11-27", "2024-08", 3),
     """N| Young offenders’ service in Littleport praised by inspectors

N| By [Tom Adeyemi|X]

N| [Friday 29 November 2024|D]

N| The watchdog handed [Littleport Youth Justice Service|S] its second-highest grade, ‘[Good|R]’, in a report released on [Wednesday, 27 November|D].
N| Inspectors visited the service over the summer, in [August 2024|D].

S| Their report said children were given time and patience, and that case workers made real efforts to involve parents.
S| The service was found to be especially strong at helping children back into school, working closely with local headteachers.
W| Less positively, inspectors said the quality of risk assessments varied, and some did not take account of new information from the police.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Littleport|S] has a caring and capable team, and children here benefit from it.”

R| Three recommendations were made, all aimed at the service’s partnership board.

N| A council spokesperson said the authority was “delighted” with the outcome and would act on every recommendation.
"""),
    # 12. a council page with a day/month/year date ("News release – 13/09/2022"): "The inspectorate’s top mark, ‘...’,
    #     has come to X"; "The team hosted inspectors for a fortnight in May 2022"; "The report makes just two
    #     recommendations"; the headline's lower-case "Hunstanton youth justice team"
    ("hunstanton-yjs-2022", facts([
        svc("Hunstanton Youth Justice Service", "Hunstanton YJS", "YJS", OUT)], "2022-09-13", "2022-05", 2),
     """N| Top marks for [Hunstanton youth justice team|S]

N| News release – [13/09/2022|D]

N| The inspectorate’s top mark, ‘[Outstanding|R]’, has come to [Hunstanton Youth Justice Service|S] after a visit by [HM Inspectorate of Probation|A].
N| The team hosted inspectors for a fortnight in [May 2022|D].

S| Inspectors singled out the team’s work with children in care, which they described as tenacious and imaginative.
S| Every child was allocated a named worker who saw them through from arrest until their order ended.
S| The management board, chaired by [Norfolk County Council|A]’s director of children’s services, knew the service well and challenged it constructively.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone involved with [Hunstanton YJS|S] should be proud of the difference they make.
S| “This is a service that puts children first every single time.”

R| The report makes just two recommendations, both about sharing information with health partners more quickly.

N| Councillor [Jane Moulton|X], the council’s lead for children, said: “Every member of the team deserves our thanks for their hard work.”
"""),
    # 13. a date line and a previous rating: "X has slipped to ‘...’, the lowest grade; after its last inspection, in 2021,
    #     it had been given ‘...’"; "...’s team was in Willenhall between 12 and 23 June 2023"; "Mr Jones added"; "The unit,
    #     ... and ... share six recommendations between them"
    ("willenhall-pdu-2023", facts([
        svc("Willenhall Probation Delivery Unit", "Willenhall PDU", "PDU", INAD)], "2023-10-10", "2023-06", 6),
     """N| [Willenhall probation unit|S] falls to bottom grade

N| [Tuesday 10 October 2023|D]

N| [Willenhall Probation Delivery Unit|S] has slipped to ‘[Inadequate|R]’, the lowest grade; after its last inspection, in [2021|D], it had been given ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A]’s team was in Willenhall between [12 and 23 June 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Willenhall|S] has gone backwards, and the public and people on probation have paid the price.
W| “Almost every officer we met was looking after more cases than they could safely manage.”

W| Mr Jones added: “Where there were signs of domestic abuse, nobody had asked the police for call-out records in over half of the cases.”

S| Despite the pressure, practitioners were honest with inspectors and plainly wanted to do better.
W| Accredited programmes had waiting lists running well beyond a year.

R| The unit, the [Probation Service|A] in the West Midlands and [Walsall Council|A] share six recommendations between them.
"""),
    # 14. a Youth Offending Service in 2019, the full name in the headline: "X has achieved a ‘...’ grading"; "Inspectors
    #     were there in the middle of January 2019"; notes "The inspectorate’s website carries the report from 18 April 2019";
    #     "Four areas for improvement are set out as recommendations"
    ("wooler-yos-2019", facts([
        svc("Wooler Youth Offending Service", "Wooler YOS", "YJS", GOOD)], "2019-04-18", "2019-01", 4),
     """N| [Wooler Youth Offending Service|S] (YOS) judged ‘[Good|R]’

N| [Wooler YOS|S] has achieved a ‘[Good|R]’ grading from [HM Inspectorate of Probation|A].
N| Inspectors were there in the middle of [January 2019|D].

S| Governance was a real strength: the board’s members came to meetings prepared and held each other to account.
S| Staff were well trained and felt valued, and sickness absence was low.
W| Work to address the needs of girls in the service was underdeveloped, and there was no specific provision for them.
W| A few children’s plans did not reflect the concerns that had been raised by their schools.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a confident service with a lot to offer.
R| “I want the board to make sure girls get support designed around their needs.”

R| Four areas for improvement are set out as recommendations in the report.

N| ENDS

N| Notes to editors
N| 1. The inspectorate’s website carries the report from [18 April 2019|D].
"""),
    # 15. a 2025 public-protection inspection of a PDU with no rating: "Skip to content", an empty "Published:" line, the
    #     page date below the title, "Context" / "Findings" bullets, the region in a bullet; "Inspectors spent the week of 7
    #     April 2025 in Marple"; no recommendation count
    ("marple-pdu-2025", facts([
        svc("Marple Probation Delivery Unit", "Marple PDU", "PDU", None)], "2025-07-15", "2025-04", None),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Marple Probation Delivery Unit|S]

N| [15 July 2025|D]

N| [HM Inspectorate of Probation|A]’s report asks whether [Marple Probation Delivery Unit|S] is doing enough to protect the public.
N| No rating is given in inspections of this kind.
N| Inspectors spent the week of [7 April 2025|D] in Marple.

N| Context
N| • [Marple PDU|S] belongs to the [Greater Manchester region of the Probation Service|S].
N| • About a quarter of its caseload had been convicted of domestic abuse offences.

N| Findings
S| • Staff knew their caseloads thoroughly and acted quickly when risk went up.
W| • Home visits were uncommon, even in households where a child lived with someone who posed a risk.
W| • Information from [Greater Manchester Police|A] was not consistently requested when supervision began.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The gaps we found in checking what was happening at home worry me.”
"""),
    # 16. "inspectors place X in the ‘...’ category" in "their report, published today (Thursday 13 May 2021)"; "the
    #     fieldwork in February 2021 was done remotely"; "The board receives five of our six recommendations; ... receives
    #     the sixth"
    ("longridge-yjs-2021", facts([
        svc("Longridge Youth Justice Service", "Longridge YJS", "YJS", RI)], "2021-05-13", "2021-02", 6),
     """N| Youth justice in Longridge: a mixed picture

N| In their report, published today ([Thursday 13 May 2021|D]), inspectors place [Longridge Youth Justice Service|S] in the ‘[Requires improvement|R]’ category.
N| With Covid-19 restrictions in force, the fieldwork in [February 2021|D] was done remotely.

S| Throughout the lockdowns, children heard from their case managers often, sometimes several times a week.
W| However, the partnership board rarely looked at data, and it could not say whether its work was reducing offending.
W| Risk assessments were often carried over, review after review, with little change.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Longridge|S] has dedicated staff, but the board has not given them the direction they need.
R| “The partnership must now take charge of the improvement plan and check that it is working.”

R| The board receives five of our six recommendations; [NHS England|A] receives the sixth.
"""),
    # 17. "X, rated ‘Good’ in 2019, is now at ‘...’ after a fresh inspection"; "Released on 11 February 2025"; "Inspection
    #     dates: 30 September to 4 October 2024" (across two months: 2024-09); "The four recommendations in the report"
    ("holbeach-yjs-2025", facts([
        svc("Holbeach Youth Justice Service", "Holbeach YJS", "YJS", RI)], "2025-02-11", "2024-09", 4),
     """N| Youth justice service in Lincolnshire slips a grade

N| Released on [11 February 2025|D]

N| [Holbeach Youth Justice Service|S], rated ‘[Good|R]’ in [2019|D], is now at ‘[Requires improvement|R]’ after a fresh inspection.
N| Inspection dates: [30 September to 4 October 2024|D].

S| Children were positive about their case managers, and several told inspectors they had been helped to find work.
W| But since the last inspection, management oversight had weakened, and important decisions were not always recorded.
W| Only 12 of the 25 cases inspected had a safety plan that a new worker could pick up and follow.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Holbeach|S] has let some of its earlier strengths slip away.
R| “Managers should go back to checking every safety plan before it is signed off.”

R| The four recommendations in the report are for the service and the partnership board.

N| [Lincolnshire County Council|A] has accepted every recommendation.
"""),
    # 18. a youth service in 2020 with a "Thursday, 2nd July 2020" date line: "X has been deemed ‘...’ in ...’s latest
    #     report"; "Inspectors came to Soham between 9 and 13 March 2020"; "I urge"; "A total of ten recommendations
    #     follow"
    ("soham-yjs-2020", facts([
        svc("Soham Youth Justice Service", "Soham YJS", "YJS", INAD)], "2020-07-02", "2020-03", 10),
     """N| [Soham youth justice service|S] ‘failing children’

N| [Thursday, 2nd July 2020|D]

N| [Soham Youth Justice Service|S] has been deemed ‘[Inadequate|R]’ in [HM Inspectorate of Probation|A]’s latest report.
N| Inspectors came to Soham between [9 and 13 March 2020|D], just before the national lockdown.

W| Leadership had been unstable, with three managers in two years, and staff said they did not know what was expected of them.
W| In too many cases, nobody had weighed up the danger children posed to others, or the dangers they faced themselves.
S| Inspectors did praise the education worker, whose efforts had found college places for several children.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Soham have been let down.
R| “I urge the council, the police and health partners to act without delay.”

R| A total of ten recommendations follow: eight for the service’s management board and two for [Cambridgeshire Constabulary|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the twenty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
