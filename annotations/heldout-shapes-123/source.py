"""Builds the shapes held-out set 123 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Kent PDUs on a GOV.UK page, the region named before the units: "X sits one step below ‘Good’, at ‘...’,
    #    while Y was given the lowest possible rating, ‘...’"; "Published 4 February 2025"; fieldwork "during September
    #    2024"; "eight recommendations, three for each unit and two for the region"; the regional director's reply
    ("tenterbury-and-ashenden-pdus-2025", facts([
        svc("Tenterbury Probation Delivery Unit", "Tenterbury PDU", "PDU", RI),
        svc("Ashenden Probation Delivery Unit", "Ashenden PDU", "PDU", INAD)], "2025-02-04", "2024-09", 8),
     """N| Press release

N| Probation inspection reports published for two units in Kent

N| Reports on probation work in two Kent units have been published by the inspectorate.

N| From: [HM Inspectorate of Probation|A]

N| Published [4 February 2025|D]

N| Within the [Probation Service – Kent, Surrey and Sussex region|S], inspectors looked at two units: [Tenterbury Probation Delivery Unit|S] and [Ashenden Probation Delivery Unit|S].
N| [Tenterbury|S] sits one step below ‘[Good|R]’, at ‘[Requires improvement|R]’, while [Ashenden|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited both units during [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ashenden|S] has lost too many experienced officers, and the trainees who remain have been handed cases far beyond their experience.
W| “Too often, nobody in the unit had asked whether the person under supervision posed a danger to a partner.
S| “In Tenterbury, by contrast, managers have held on to their staff, and the work with [Kent Police|A] on people released from prison is well organised.”

S| [Tenterbury PDU|S]’s unpaid work team found placements quickly and was praised by the charities it works with.
W| In [Ashenden PDU|S], inspectors found sentence plans that were repeated, almost word for word, at every review.

R| The two reports share eight recommendations, split three, three and two between the units and the region.

N| [Kirsty Hall|X], Regional Probation Director, said: “We have strengthened [Ashenden|S]’s team with experienced officers from elsewhere in the region and will keep the inspectorate informed.”
"""),
    # 2. two Hampshire youth justice services in a local-news story: the reports "released on Wednesday (21 May)" under
    #    a byline of Friday 23 May 2025; "Inspectors awarded Alderbourne ‘...’ and Fairlingham ‘...’" (the second named
    #    first in the rating sentence); fieldwork "in January 2025"; "six recommendations ... four for Fairlingham and
    #    two for Alderbourne"
    ("fairlingham-and-alderbourne-yjs-2025", facts([
        svc("Fairlingham Youth Justice Service", "Fairlingham YJS", "YJS", GOOD),
        svc("Alderbourne Youth Justice Service", "Alderbourne YJS", "YJS", RI)], "2025-05-21", "2025-01", 6),
     """N| Inspectors give mixed verdicts on two youth justice teams in Hampshire

N| By [Tom Ashby|X]

N| [Friday 23 May 2025|D]

N| Inspection reports on [Fairlingham Youth Justice Service|S] and [Alderbourne Youth Justice Service|S] were released on Wednesday ([21 May|D]), four months after inspectors spent time with both teams in [January 2025|D].
N| Inspectors awarded [Alderbourne|S] ‘[Requires improvement|R]’ and [Fairlingham|S] ‘[Good|R]’.

S| The watchdog found that [Fairlingham|S]’s case workers worked closely with schools, and nearly every child had a place in education.
S| Children in Fairlingham said their workers listened and stuck by them.
W| In Alderbourne, inspectors said, safety planning for exploited children was often vague and had not kept pace with events.
W| The [Alderbourne YJS board|A] had also been slow to replace a seconded police officer who left last summer.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fairlingham|S] is doing many things well, and its staff deserve credit for that.
R| “[Alderbourne|S] now needs to get a firmer grip on the risks its children face outside the home.”

R| The reports make six recommendations between them, four for [Fairlingham|S] and two for [Alderbourne|S].

N| A spokesperson for [Hampshire County Council|A] said: “The inspectors’ findings are accepted, and our staff have earned the praise they received.”
"""),
    # 3. a unit inside its region, the region in the headline ("Kent, Surrey and Sussex probation region: ...") and the
    #    notes: "X ... has been judged ‘...’"; justiceinspectorates "Published: 11 Jun 2024"; fieldwork "between 15 and
    #    26 January 2024"; "in only 14 of the 36 cases"; seven recommendations
    ("wickhurst-pdu-2024", facts([
        svc("Wickhurst Probation Delivery Unit", "Wickhurst PDU", "PDU", INAD)], "2024-06-11", "2024-01", 7),
     """N| News

N| [Kent, Surrey and Sussex probation region|S]: inspectors raise serious concerns

N| Published: [11 Jun 2024|D]

N| [HM Inspectorate of Probation|A] has judged [Wickhurst Probation Delivery Unit|S], which covers part of West Sussex, to be ‘[Inadequate|R]’.
N| Inspectors’ fieldwork in the unit ran from [15 to 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People in West Sussex should be able to rely on probation to keep them safe, and at present they cannot.
W| “Around half the unit’s posts for qualified officers were empty, and managers were covering caseloads themselves instead of supervising their teams.”

W| Risk of serious harm was judged well enough in only 14 of the 36 cases inspected.
W| Many cases lacked the checks with [Sussex Police|A] and children’s social care that should have been made.
S| Despite the pressure, staff supported one another, and women on probation received work of a high standard.

R| Of seven recommendations, the PDU must act on five and the region on two.

N| ENDS

N| Notes to editors
N| 1. [Wickhurst PDU|S] belongs to the [Probation Service – Kent, Surrey and Sussex region|S].
"""),
    # 4. a unit inside its region, with the region's own earlier rating as context: "Inspectors concluded that X, which
    #    serves east Berkshire for the ..., ‘...’" (the rating as a verb); "The South Central region, inspected in 2023,
    #    was itself rated ‘...’"; "Mr Jones continued"; fieldwork "in May 2025"; "Embargo: 00.01, Thursday 16 October
    #    2025" in the notes; six recommendations
    ("denhurst-pdu-2025", facts([
        svc("Denhurst Probation Delivery Unit", "Denhurst PDU", "PDU", RI)], "2025-10-16", "2025-05", 6),
     """N| Probation unit in Berkshire told to improve its public protection work

N| Inspectors concluded that [Denhurst Probation Delivery Unit|S], which serves east Berkshire for the [Probation Service – South Central region|S], ‘[Requires improvement|R]’.
N| The [South Central region|S], inspected in [2023|D], was itself rated ‘[Requires improvement|R]’.
N| The inspection took place in [May 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The leaders in Denhurst have a realistic understanding of where the unit is and have started to put things right.
W| “But much of the casework we read had been rushed, and important information from other agencies was not sought.”

S| Mr Jones continued: “The integrated offender management scheme run jointly with [Thames Valley Police|A] impressed me; it is among the best we have seen.”

W| Disappointingly, people convicted of domestic abuse were now hardly ever visited at home.
W| Caseloads for probation officers were high, and some new staff said their training had been cut short.

R| Of the report’s six recommendations, four are addressed to [Denhurst PDU|S] and two to the region.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 16 October 2025|D]; the report will then be on the [HM Inspectorate of Probation|A] website.
N| 2. [Denhurst PDU|S] supervises around 1,100 people in east Berkshire.
"""),
    # 5. a Probation Trust in 2013, before ratings: scores "scored 68% ... 77% ... 72%"; bullet lists "Inspectors were
    #    pleased to find that:" / "However, inspectors were concerned to find that:"; "Published: 27 March 2013"; fieldwork
    #    "in November 2012"; eleven recommendations
    ("charnford-probation-trust-2013", facts([
        svc("Charnford Probation Trust", "Charnford Probation Trust", "other", None)], "2013-03-27", "2012-11", 11),
     """N| Inspection of adult offending work in Charnford

N| Published: [27 March 2013|D]

N| The report of [HM Inspectorate of Probation|A]’s inspection of adult offending work in [Charnford Probation Trust|S] is published today.
N| A sample of 70 cases was assessed during the visit, which took place in [November 2012|D].

W| The Trust’s score for public protection work was 68%, which put it in the bottom half of the Trusts inspected.
S| Scores for reducing the likelihood of reoffending (77%) and for ensuring sentences were complied with (72%) were higher.

N| Inspectors were pleased to find that:
S| • reports for the courts were prepared promptly and were of good quality;
S| • offender managers had earned the trust of the men and women they supervised.

N| However, inspectors were concerned to find that:
W| • assessments of harm were often incomplete where there was a history of domestic violence;
W| • contact with [Surrey Police|A] about offenders posing a high risk was not always recorded.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Charnford|S] is a Trust with much to build on, but it has some way to go before its public protection work is reliable.”

R| Eleven recommendations are made in the report.
"""),
    # 6. a CRC in 2019 run by a named provider, with an embargo line: "Inspectors have given X (CRC), part of the Seetec
    #    group, an overall rating of ‘...’"; unpaid work "received a separate rating of ‘...’"; fieldwork "in July 2019";
    #    seven recommendations "to the CRC and Seetec (five) and to HM Prison and Probation Service (two)"
    ("kingsmere-and-oxhurst-crc-2019", facts([
        svc("Kingsmere and Oxhurst Community Rehabilitation Company", "Kingsmere and Oxhurst CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-12-05", "2019-07", 7),
     """N| EMBARGOED: 00.01 [Thursday 5 December 2019|D]

N| Probation company in Surrey must do more to protect the public

N| Inspectors have given [Kingsmere and Oxhurst Community Rehabilitation Company|S] (CRC), part of the [Seetec|A] group, an overall rating of ‘[Requires improvement|R]’.
S| Its unpaid work received a separate rating of ‘[Good|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A] was done in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has stable leadership and a clear sense of what it wants to achieve.
W| “Yet in too many cases its staff had not checked whether the people they supervise posed a risk to children.”

S| Unpaid work projects were well supervised, and people on probation valued the chance to learn new skills.
W| When cases arrived from the [National Probation Service|A], details of risk were sometimes missing.
W| Staff had caseloads of up to 90, which many said left them unable to do more than keep appointments.

R| The report’s seven recommendations go to the CRC and [Seetec|A] (five) and to [HM Prison and Probation Service|A] (two).
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: "Date: 14/09/2016"; a joint
    #    inspection "led by"; bullet lists; fieldwork "took place in May 2016"; six recommendations
    ("marlcombe-yot-2016", facts([
        svc("Marlcombe Youth Offending Team", "Marlcombe YOT", "YJS", None)], "2016-09-14", "2016-05", 6),
     """N| Inspection of youth offending work in Marlcombe

N| Date: [14/09/2016|D]

N| Published today is the report of a joint inspection, led by [Her Majesty’s Inspectorate of Probation|A], of [Marlcombe Youth Offending Team|S] (YOT).
N| [Ofsted|A] and the [Care Quality Commission|A] also sent inspectors for the fieldwork in [May 2016|D].

N| Inspectors were pleased to find that:
S| • staff knew the children well and kept trying when children missed appointments;
S| • victims were contacted promptly and offered restorative justice.

N| Inspectors were concerned that:
W| • children’s health needs were often not assessed;
W| • plans to manage risk to others were often not reviewed when circumstances changed.

R| Six recommendations are set out for the YOT and its partners.

N| Councillor [Sarah Blunden|X], [Kent County Council|A]’s Cabinet Member for children, said: “We and our partners will act on each of the recommendations.”
"""),
    # 8. a "Youth Offending Service" in 2020: "Thursday, 13th February 2020" at the top; "A report published today by ...
    #    assesses X as ‘...’"; fieldwork "between 14 and 18 October 2019"; "good-quality" as an adjective; a board named
    #    with its service; four recommendations
    ("rotherfold-yos-2020", facts([
        svc("Rotherfold Youth Offending Service", "Rotherfold YOS", "YJS", GOOD)], "2020-02-13", "2019-10", 4),
     """N| Youth offending service in East Sussex receives ‘[Good|R]’ rating

N| [Thursday, 13th February 2020|D]

N| A report published today by [HM Inspectorate of Probation|A] assesses [Rotherfold Youth Offending Service|S] as ‘[Good|R]’.
N| Fieldwork was done between [14 and 18 October 2019|D].

S| Case managers produced good-quality assessments and made sure children understood their plans.
S| Members of the [Rotherfold YOS management board|A] attended regularly and challenged one another constructively.
S| Inspectors commended the service’s use of restorative justice, which gave victims a real voice.
W| However, work with children on out-of-court disposals was less consistent, and their safety was not always considered fully.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rotherfold|S] is a well-run service with a dedicated team.
R| “The board should now make sure children diverted from court get the same level of attention that children on court orders receive.”

R| The report makes four recommendations.
"""),
    # 9. a GOV.UK page: "‘Outstanding’, the top grade the inspectorate gives, goes to X"; resettlement "was rated
    #    separately as ‘...’"; "Published 7 November 2023"; fieldwork "over June and July 2023"; two recommendations
    ("cobhurst-yjs-2023", facts([
        svc("Cobhurst Youth Justice Service", "Cobhurst YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-11-07", "2023-06", 2),
     """N| Press release

N| Youth justice service in Surrey rated ‘[Outstanding|R]’

N| Inspectors have praised the work of [Cobhurst Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [7 November 2023|D]

N| ‘[Outstanding|R]’, the top grade the inspectorate gives, goes to [Cobhurst Youth Justice Service|S].
S| Resettlement work was rated separately as ‘[Good|R]’.
N| Inspectors carried out their fieldwork over [June and July 2023|D].

S| Leaders knew exactly what they wanted the service to achieve and had built strong links with schools, health services and [Surrey Police|A].
S| In every case inspected, children’s views had shaped the plan for their work.
S| A speech and language therapist was part of the team, so children’s communication needs were identified early.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cobhurst|S] stands out: this is a service where children are treated as individuals and every partner plays its part.”

R| Inspectors made two recommendations, both to the [Cobhurst YJS management board|A].
"""),
    # 10. a remote inspection in 2021 with the previous rating beside: "X is down to ‘...’; its previous report, in June
    #     2019, had rated it ‘...’"; "the fieldwork, in February 2021, was carried out online"; "Published: 6 Jul 2021";
    #     "Only 10 of the 22 children’s cases"; the headline's lower-case "Elverton youth justice service"; the council's
    #     reply
    ("elverton-yjs-2021", facts([
        svc("Elverton Youth Justice Service", "Elverton YJS", "YJS", RI)], "2021-07-06", "2021-02", 6),
     """N| [Elverton youth justice service|S] must improve, inspectors say

N| Published: [6 Jul 2021|D]

N| [Elverton Youth Justice Service|S] is down to ‘[Requires improvement|R]’; its previous report, in [June 2019|D], had rated it ‘[Good|R]’.
N| COVID-19 rules meant the fieldwork, in [February 2021|D], was carried out online.

W| Only 10 of the 22 children’s cases showed enough work to keep them safe.
W| A number of children, some at risk of exploitation, had not met their worker in person for months.
S| Inspectors praised the service’s education and training work, which helped most children stay in learning throughout lockdown.
W| While the partnership with [Medway Council|A]’s children’s services was close, decisions were not always written down.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Elverton|S] has gone backwards since [2019|D], and children’s safety has not been given the priority it needs.”

R| The report makes six recommendations.

N| [Medway Council|A] said it had begun work on an action plan before the report was published.
"""),
    # 11. a council page: "Posted on 09/04/2024"; "...’s report, out today, gives X the bottom grade on its four-point
    #     scale, ‘...’"; fieldwork "took place in December 2023"; 14 recommendations in digits; the director's reply
    ("stanmere-yjs-2024", facts([
        svc("Stanmere Youth Justice Service", "Stanmere YJS", "YJS", INAD)], "2024-04-09", "2023-12", 14),
     """N| Council statement following the inspection of [Stanmere Youth Justice Service|S]

N| Posted on [09/04/2024|D]

N| [HM Inspectorate of Probation|A]’s report, out today, gives [Stanmere Youth Justice Service|S] the bottom grade on its four-point scale, ‘[Inadequate|R]’.
N| The inspection took place in [December 2023|D].

W| Inspectors found a shortage of case managers, with many children passed from one worker to another.
W| Risks to children from criminal exploitation were often missed or recorded without any plan to deal with them.
W| The board had only a hazy picture of the service’s performance.
S| Inspectors did recognise that staff were caring and committed and that work with victims was good.

R| There are 14 recommendations, aimed at the service, its management board and partners including [West Sussex County Council|A] and the [NHS|A].

N| [Helen Marsh|X], Director of Children’s Services, said: “Our children have been let down, and for that I apologise.
N| “An interim head of service is in post and we are recruiting more case managers.”
"""),
    # 12. a justiceinspectorates news item: "Following an inspection by ..., X has been judged ‘...’"; "good-quality";
    #     fieldwork "17 - 21 June 2024"; the notes "available on the ... website on 24 September 2024 at 00.01"; "I want
    #     to see"; four recommendations
    ("brackenfold-yjs-2024", facts([
        svc("Brackenfold Youth Justice Service", "Brackenfold YJS", "YJS", GOOD)], "2024-09-24", "2024-06", 4),
     """N| News

N| ‘[Good|R]’ rating for youth justice in Brackenfold

N| Following an inspection by [HM Inspectorate of Probation|A], [Brackenfold Youth Justice Service|S] has been judged ‘[Good|R]’.
N| Fieldwork took place from [17 - 21 June 2024|D].

S| Inspectors found good-quality work with children, particularly in helping them back into education.
S| Because the service and [Thames Valley Police|A] worked closely together, children arrested for a first offence were usually diverted from court.
W| However, plans often left unclear how the danger to other people would be handled, and managers’ oversight of this work was variable.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brackenfold|S] has staff who are tenacious on behalf of children, and the results show it.
R| “I want to see that same care applied when plans are drawn up to keep other people safe.”

R| Three of the report’s four recommendations concern the service; the fourth is for the [Brackenfold YJS management board|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [24 September 2024|D] at 00.01.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 3 Feb 2026"; fieldwork "in October 2025"; three recommendations
    ("hambledean-pdu-2026", facts([
        svc("Hambledean Probation Delivery Unit", "Hambledean PDU", "PDU", None)], "2026-02-03", "2025-10", 3),
     """N| Skip to content

N| Public protection inspection: [Hambledean PDU|S]

N| Published: [3 Feb 2026|D]

N| A report from [HM Inspectorate of Probation|A] looks at how well [Hambledean Probation Delivery Unit|S] protects the public.
N| Inspections of this kind carry no rating.
N| Inspectors visited the unit in [October 2025|D].

N| Context
N| • [Hambledean PDU|S] is in the [Probation Service – South Central region|S] and covers part of Hampshire.
N| • The unit supervises about 900 people, many of them on licence.

N| Findings
S| • Managers had a good grip on cases managed under [MAPPA|A].
W| • Assessments did not always draw on information from [Hampshire and Isle of Wight Constabulary|A].
W| • Few home visits had taken place, including in cases where children lived in the household.
S| • The unit had a committed and stable team of probation officers.

R| The report makes three recommendations.
"""),
    # 14. a local-news story, the watchdog in the third person: "A report published on Tuesday (4 March) assessed X as
    #     ‘...’" under a byline of Thursday 6 March 2025; fieldwork "in October and November 2024"; five recommendations;
    #     the council's reply and thanks
    ("loddenham-yjs-2025", facts([
        svc("Loddenham Youth Justice Service", "Loddenham YJS", "YJS", RI)], "2025-03-04", "2024-10", 5),
     """N| Youth justice in Loddenham: watchdog calls for improvement

N| By [Priya Desai|X]

N| [Thursday 6 March 2025|D]

N| A report published on Tuesday ([4 March|D]) assessed [Loddenham Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors examined the service in [October and November 2024|D].

W| The watchdog found that the service’s managers did not check case managers’ work often enough.
W| Too few children received support for their mental health, and waits for [CAMHS|A] were long.
S| But inspectors said the team was strong at building relationships with families, even those who had been wary of services.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real warmth in [Loddenham|S]’s work with children, yet the basics of keeping them safe are not yet in place.”

R| Five recommendations are made in the report.

N| [East Sussex County Council|A] said it welcomed the report and thanked inspectors for their work.
"""),
    # 15. a GOV.UK page, the headline's lower-case "requires improvement" (a verb phrase, not a RATING): "X is rated
    #     ‘...’"; "Only the quality of its court work kept it from an overall ‘Inadequate’ rating" (no fact); "Published
    #     22 April 2025"; fieldwork "in November 2024"; "a culture of blame"; six recommendations
    ("pevenbridge-pdu-2025", facts([
        svc("Pevenbridge Probation Delivery Unit", "Pevenbridge PDU", "PDU", RI)], "2025-04-22", "2024-11", 6),
     """N| Press release

N| Probation unit in East Sussex requires improvement

N| From: [HM Inspectorate of Probation|A]

N| Published [22 April 2025|D]

N| [Pevenbridge Probation Delivery Unit|S] is rated ‘[Requires improvement|R]’.
W| Only the quality of its court work kept it from an overall ‘[Inadequate|R]’ rating.
N| Inspectors visited the unit in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in Pevenbridge told us of a culture of blame, and many were unsure of their roles.
W| “In too many cases, nobody had looked at what the police or children’s services knew about a household.”

S| The court team’s reports were thorough and delivered on time.
W| Morale was low, and vacancies left a third of probation officer posts unfilled.

R| Six recommendations follow: four to the PDU, two to the national [Probation Service|A].
"""),
    # 16. "Published: Wednesday 19th October 2022"; "... has rated X ‘...’ overall"; resettlement "separately rated as
    #     ‘...’"; the headline's lower-case "Wrensted youth justice service"; fieldwork "in June 2022"; four
    #     recommendations
    ("wrensted-yjs-2022", facts([
        svc("Wrensted Youth Justice Service", "Wrensted YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-10-19", "2022-06", 4),
     """N| ‘[Good|R]’ overall for [Wrensted youth justice service|S]

N| Published: [Wednesday 19th October 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Wrensted Youth Justice Service|S] ‘[Good|R]’ overall.
W| Its resettlement policy and provision was separately rated as ‘[Requires improvement|R]’.
N| Inspectors were on site in [June 2022|D].

S| Caseloads were manageable, so case managers had time to spend with children and their families.
S| Inspectors praised the service’s work with [Berkshire Healthcare NHS Foundation Trust|A]: a child referred for mental health support was usually seen inside a week.
W| Children in custody often had release plans drawn up late, and accommodation was not always secured in time.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Wrensted|S] should take credit for these findings.
R| “The partnership must now make certain that no child walks out of custody with nowhere safe to go.”

R| The report makes four recommendations.
"""),
    # 17. an older name beside the current one and "HMIP": "HMIP has judged X, formerly the ... Youth Offending Team,
    #     to be ‘...’"; "Published: 14 Dec 2023"; fieldwork "during September 2023"; seven recommendations "to the
    #     service, its management board and Kent Police"
    ("chalkhurst-yjs-2023", facts([
        svc("Chalkhurst Youth Justice Service", "Chalkhurst YJS", "YJS", RI)], "2023-12-14", "2023-09", 7),
     """N| [Chalkhurst youth justice service|S]: improvements needed

N| Published: [14 Dec 2023|D]

N| [HMIP|A] has judged [Chalkhurst Youth Justice Service|S], formerly the [Chalkhurst Youth Offending Team|S], to be ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork during [September 2023|D].

S| Inspectors saw good partnership work with schools, and children were rarely excluded.
W| Assessments were inconsistent, and in some cases the [Chalkhurst YJS|S] had not considered the risk children posed to others.
W| Disappointingly, concerns raised in the board’s own audits had gone unanswered.
S| Positively, victims were offered a say in every relevant case, and the work done with them was of a high standard.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team at [Chalkhurst|S] cares about its children, but good intentions have not been matched by good systems.”

R| The report makes seven recommendations, to the service, its management board and [Kent Police|A].
"""),
    # 18. a unit with a two-place name inside its region, the region in the headline: "inspectors rate Fernbridge and
    #     Selbridge ‘...’", "Inspectors have found X ‘...’, the first unit in the ... to be given that rating"; sibling
    #     units' ratings as context; fieldwork "30 September - 4 October 2024" (two months); the notes "The report went
    #     online on Wednesday 29 January 2025"; no count of recommendations (null)
    ("fernbridge-and-selbridge-pdu-2025", facts([
        svc("Fernbridge and Selbridge Probation Delivery Unit", "Fernbridge and Selbridge PDU", "PDU", INAD)],
        "2025-01-29", "2024-09", None),
     """N| Probation in the [South Central region|S]: inspectors rate [Fernbridge and Selbridge|S] ‘[Inadequate|R]’

N| Inspectors have found [Fernbridge and Selbridge Probation Delivery Unit|S] ‘[Inadequate|R]’, the first unit in the [Probation Service – South Central region|S] to be given that rating.
N| Two other units in the region inspected last year were rated ‘[Requires improvement|R]’.
N| Fieldwork took place from [30 September - 4 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fernbridge and Selbridge|S] is stretched to breaking point.
W| “Managers were split across two offices, and too many people on probation were not being seen often enough to keep the public safe.”

W| Inspectors found that assessments of the risk of harm were sufficient in only a third of cases.
S| A notable strength was the joint management, with [Thames Valley Police|A], of people convicted of sexual offences.

N| The report explains what must change, in the unit and across the region.

N| ENDS

N| Notes to editors
N| 1. The report went online on [Wednesday 29 January 2025|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 123")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
