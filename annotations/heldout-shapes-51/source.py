"""Builds the fifty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Lincolnshire PDUs on a GOV.UK page, the region named with the units: "X was placed at ‘...’, while Y fell to
    #    the bottom of the scale with ‘...’"; "between 10 and 21 February 2025"; "ten recommendations, five apiece"
    ("spilsby-and-tattershall-pdus-2025", facts([
        svc("Spilsby Probation Delivery Unit", "Spilsby PDU", "PDU", RI),
        svc("Tattershall Probation Delivery Unit", "Tattershall PDU", "PDU", INAD)], "2025-06-03", "2025-02", 10),
     """N| Press release

N| Inspectors find problems at two probation units in Lincolnshire

N| Separate reports on two probation units in eastern Lincolnshire are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| Both [Spilsby Probation Delivery Unit|S] and [Tattershall Probation Delivery Unit|S] belong to the [Probation Service – East Midlands region|S], and inspectors visited them back to back between [10 and 21 February 2025|D].
N| [Spilsby|S] was assessed as ‘[Requires improvement|R]’, and [Tattershall|S] dropped to the lowest point on the scale, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tattershall|S] has been kept afloat by staff goodwill, and that cannot continue.
W| “Half its probation officer posts were filled by agency staff or trainees, and the people it supervises were rarely given the same officer twice.
S| “[Spilsby|S] shows what steady management can achieve even in a rural patch with poor bus links, although it too has further to go.”

S| Inspectors commended the close work between [Spilsby PDU|S]’s staff and [Lincolnshire Police|A] on domestic abuse perpetrators.
W| In both units, fewer than one in five of the needed home visits had taken place.
W| [Tattershall|S]’s unpaid work backlog stood at over 9,000 hours.

R| Ten recommendations are made, five apiece.

N| [Sarah Whitfield|X], Regional Probation Director for the East Midlands, said: “We accept these findings as fair, and experienced managers have already been moved into Tattershall.”
"""),
    # 2. two Cambridgeshire youth services in a local-news story: "Inspectors have given X a ‘...’ verdict and awarded Y the
    #    very top mark, ‘...’"; the reports "came out on Tuesday (14 May)" under a byline of Friday 17 May 2024; fieldwork
    #    "during January 2024"; "five recommendations, three of them for Cambourne"
    ("cambourne-and-bar-hill-yjs-2024", facts([
        svc("Cambourne Youth Justice Service", "Cambourne YJS", "YJS", RI),
        svc("Bar Hill Youth Justice Service", "Bar Hill YJS", "YJS", OUT)], "2024-05-14", "2024-01", 5),
     """N| Mixed fortunes for youth justice teams in Cambourne and Bar Hill

N| By [Tom Ashworth|X]

N| [Friday 17 May 2024|D]

N| Inspectors have given [Cambourne Youth Justice Service|S] a verdict of ‘[Requires improvement|R]’ and awarded [Bar Hill Youth Justice Service|S] the very top mark, ‘[Outstanding|R]’, in reports issued on Tuesday ([14 May|D]).
N| [HM Inspectorate of Probation|A] carried out both inspections during [January 2024|D].

S| According to the reports, [Bar Hill|S]’s case managers had built lasting relationships with schools across South Cambridgeshire, and not one child under its supervision was out of education for more than a fortnight.
S| The inspectorate also singled out [Cambourne|S] for how quickly it arranged mental health support through [CAMHS|A].
W| Yet in [Cambourne YJS|S] the quality of planning for children’s safety was uneven, the watchdog noted, with some plans left untouched for months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bar Hill|S] is a service where children come first in every decision, and the staff there deserve great credit.
R| “[Cambourne|S] now needs to raise its safety planning to the level of its other work.”

R| Five recommendations are spread across the two reports, and [Cambourne|S] has three of them.

N| A [Cambridgeshire County Council|A] spokesperson called the two reports “a tribute to staff and partners alike”.
"""),
    # 3. a unit inside its region, the region in the headline and the second sentence with its own 2023 rating as context:
    #    "has been judged ‘...’"; "The inspection, which took place in June 2024"; "Mr Jones continued"; the notes' "can be
    #    read on the inspectorate’s website from 00.01 on 22 October 2024"
    ("bracebridge-pdu-2024", facts([
        svc("Bracebridge Probation Delivery Unit", "Bracebridge PDU", "PDU", INAD)], "2024-10-22", "2024-06", 7),
     """N| [East Midlands probation region|S]: one of its units given the lowest rating

N| [Bracebridge Probation Delivery Unit|S], responsible for the southern half of Lincoln, has been judged ‘[Inadequate|R]’ in a report from [HM Inspectorate of Probation|A].
N| The unit is one of ten that make up the [Probation Service – East Midlands region|S], which was itself placed at ‘[Requires improvement|R]’ following a regional inspection in [2023|D].
N| The inspection, which took place in [June 2024|D], looked at 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Frankly, what we found in Bracebridge is seriously worrying.
W| “More than half the risk assessments in our sample were either absent or stale, and managers had little grip on where the gaps lay.”

W| Mr Jones continued: “Instead of a named practitioner, large numbers of people on probation had only a duty officer, so warning signs were missed.”

S| Even so, inspectors found the women’s provision, which the unit runs jointly with a local charity, to be thoughtful and well attended.
W| Arrangements with [Lincolnshire County Council|A]’s children’s services were described as patchy, with requests for information often going unanswered.

R| Of the report’s seven recommendations, six fall to the unit and the seventh to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargoed to 00.01, [22 October 2024|D].
N| 2. Roughly 1,100 cases are held by [Bracebridge PDU|S].
"""),
    # 4. a Probation Trust in 2011, before ratings: the verdict with "but" in the first sentence, percentage scores,
    #    "Among the positives, inspectors noted that:" / "Points of concern included:" bullet lists; "Tuesday, 8th March
    #    2011" above "released today"; fieldwork "in October and November 2010"; eight recommendations
    ("navenby-and-kirton-probation-trust-2011", facts([
        svc("Navenby and Kirton Probation Trust", "Navenby and Kirton Probation Trust", "other", None)],
        "2011-03-08", "2010-10", 8),
     """N| Offender management in Navenby and Kirton: inspection findings

N| [Tuesday, 8th March 2011|D]

W| [Navenby and Kirton Probation Trust|S] is making good progress in cutting reoffending, but falls short in its public protection work, a report released today by [HM Inspectorate of Probation|A] concludes.
N| Inspectors assessed a sample of 84 cases during [October and November 2010|D].

S| The Trust scored 78% on likelihood of reoffending work and 83% on compliance and enforcement.
W| Risk of harm work scored lower, at 64%, below the average of Trusts inspected so far.

N| Inspectors identified these strengths:
S| • pre-sentence reports were timely and well argued;
S| • offenders with drug problems were quickly linked to treatment through the local [NHS|A] service.

N| Points of concern included:
W| • offenders who might harm a partner or a child were seldom visited at home;
W| • managers kept too loose a watch on high-risk cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Enthusiasm and a willingness to learn mark out this Trust’s workforce.
R| “Managers must now make certain that every high-risk case has a sound plan for protecting those around the offender.”

R| In total, the report makes eight recommendations.

N| ENDS
"""),
    # 5. a CRC run by a named provider, 2019: "‘...’ is the overall verdict of ... on X" (the rating first); two aspects
    #    "rated separately: the first was found ‘Good’ and the second ‘Inadequate’"; fieldwork "on 10 - 14 December
    #    2018"; the notes' "is published on 5 March 2019"
    ("fulbourn-and-bottisham-crc-2019", facts([
        svc("Fulbourn and Bottisham Community Rehabilitation Company", "Fulbourn and Bottisham CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD},
             {"aspect": "through-the-gate resettlement", "rating": INAD}])], "2019-03-05", "2018-12", 6),
     """N| Cambridgeshire probation company told to raise its game

N| ‘[Requires improvement|R]’ is how [HM Inspectorate of Probation|A] sums up [Fulbourn and Bottisham Community Rehabilitation Company|S], which is run by [Sodexo Justice Services|A], in a report published today.
W| Unpaid work and through-the-gate resettlement were rated separately: the first was found ‘[Good|R]’ and the second ‘[Inadequate|R]’.
N| Inspectors visited the CRC on [10 - 14 December 2018|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too often, prison leavers were met at the gate with nothing more than a leaflet and an appointment card.
S| “By contrast, unpaid work is run smoothly, and its placements benefit local villages while teaching skills that lead to jobs.”

W| Caseloads for some responsible officers exceeded 90, and inspectors heard that training had been cut back to save money.
S| Despite those pressures, relationships between officers and the people they supervised were mostly positive.

R| Six recommendations are made: four fall to [Fulbourn and Bottisham CRC|S] and two to [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A], which owns the CRC, said work on the inspectors’ findings was already under way.

N| ENDS

N| Notes to editors
N| 1. Date of publication: [5 March 2019|D].
"""),
    # 6. an NPS division in 2018 on a justiceinspectorates news page: the headline's lower-case "Welland and Nene probation
    #    division"; "has awarded X an overall ‘...’ following fieldwork in September 2018"; "Published: 4 Dec 2018"; Dame
    #    Glenys Stacey; the short "NPS Welland and Nene" in the notes
    ("welland-and-nene-nps-division-2018", facts([
        svc("National Probation Service – Welland and Nene Division", "NPS Welland and Nene", "region", GOOD)],
        "2018-12-04", "2018-09", 5),
     """N| News

N| [Welland and Nene probation division|S] earns ‘[Good|R]’ from inspectors

N| Published: [4 Dec 2018|D]

N| [HM Inspectorate of Probation|A] has awarded the [National Probation Service – Welland and Nene Division|S] an overall ‘[Good|R]’ following fieldwork in [September 2018|D].
N| The division covers Lincolnshire, Rutland, Cambridgeshire and Peterborough, and manages around 4,200 people.

S| Leaders had a clear sense of direction, and middle managers were valued by their teams for the support they gave.
S| Court reports were thorough and almost never late.
W| Less positively, victim liaison lagged behind, and some victims heard nothing before an offender’s release.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Everyone in this division can rightly be proud of their work.
R| “Its leaders should now give victim work the same attention as everything else.”

R| The division and [HMPPS|A] share five recommendations between them.

N| Notes to editors
N| 1. [NPS Welland and Nene|S] is one of seven divisions of the [National Probation Service|A].
"""),
    # 7. a Youth Offending Service in 2019, the capitalised name in the headline with a lower-case "outstanding resettlement
    #    work": "have concluded that it is ‘...’"; resettlement "which is assessed separately, reached ‘...’"; "Thursday 17
    #    October 2019" as the date line; fieldwork "between 1 and 5 July 2019"
    ("sutton-bridge-yos-2019", facts([
        svc("Sutton Bridge Youth Offending Service", "Sutton Bridge YOS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2019-10-17", "2019-07", 4),
     """N| [Sutton Bridge Youth Offending Service|S]: ‘[Good|R]’ overall, with outstanding resettlement work

N| [Thursday 17 October 2019|D]

N| Inspectors who visited [Sutton Bridge Youth Offending Service|S] between [1 and 5 July 2019|D] have concluded that it is ‘[Good|R]’.
S| Its resettlement policy and provision, looked at separately, reached ‘[Outstanding|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “When a child comes out of custody in Sutton Bridge, accommodation, schooling and a familiar worker are lined up well before the day of release.
S| “That is rare, and the team deserves to be recognised for it.”

S| A senior officer from [Lincolnshire County Council|A] chaired the YOS management board, which was well attended and asked searching questions.
W| Inspectors were less convinced by out-of-court work, where assessments were often thin.
W| In one case in three, inspectors judged that the danger from the child to others had been played down.

R| Three of the four recommendations go to [Sutton Bridge YOS|S], the other to [Lincolnshire Police|A].

N| ENDS

N| Notes to editors
N| 1. This inspection was conducted under standards that took effect in [2018|D].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with four
    #    inspectorates; "What inspectors liked:" / "What needed to get better:" lists; "Posted: 09/11/2016"; fieldwork "in
    #    July 2016"; the council's reply
    ("warboys-yot-2016", facts([
        svc("Warboys Youth Offending Team", "Warboys YOT", "YJS", None)], "2016-11-09", "2016-07", 6),
     """N| Youth offending team inspection: report published

N| Posted: [09/11/2016|D]

W| A joint inspection of [Warboys Youth Offending Team|S] has found that it is helping children stay out of trouble, but that it was not yet protecting the public well enough.
N| [HM Inspectorate of Probation|A] led the inspection, working alongside [HM Inspectorate of Constabulary|A], [Ofsted|A] and the [Care Quality Commission|A], during [July 2016|D].

N| What inspectors liked:
S| • each child was seen regularly by a case manager who knew them;
S| • children got swift help to get back into education or training;
S| • victims were offered restorative meetings where they wanted them.

N| What needed to get better:
W| • plans for managing risk to other people were often vague;
W| • health workers were not always told about children supervised by [Warboys YOT|S].

R| Six recommendations are made, most aimed at the YOT’s management board.

N| Councillor [Helen Marsh|X] ([Cambridgeshire County Council|A]) said: “Our staff’s commitment shines through this report, and every recommendation is already being worked on.”
"""),
    # 9. "now holds the inspectorate’s highest grade, ‘Outstanding’, having been given ‘Good’ at its previous inspection in
    #    2019" (overall and previous in one sentence); the headline's lower-case "Papworth youth justice service";
    #    "Published: 7 Feb 2023"; "Inspectors carried out their fieldwork in October 2022"; three recommendations
    ("papworth-yjs-2023", facts([
        svc("Papworth Youth Justice Service", "Papworth YJS", "YJS", OUT)], "2023-02-07", "2022-10", 3),
     """N| News

N| [Papworth youth justice service|S] is ‘[Outstanding|R]’

N| Published: [7 Feb 2023|D]

N| [Papworth Youth Justice Service|S] is now at the inspectorate’s highest grade, ‘[Outstanding|R]’, up from the ‘[Good|R]’ awarded in [2019|D].
N| A fortnight of fieldwork took place in [October 2022|D].

S| In every case inspectors examined, the child had had a hand in writing their plan, and children’s own words ran through the records.
S| Partnership work with [Cambridgeshire Constabulary|A] and local schools was a particular strength, and first offences among local children had fallen steadily over three years.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Papworth|S] has gone from good to excellent, and it has done so while demand was rising.
S| “The leadership team is never complacent; it looks for what could be better and acts on it.”

W| The one area the report picks out for development is the health offer for older children, where waiting times for speech and language assessments had grown.

R| The report contains three recommendations: two for [Papworth YJS|S] and one for the integrated care board covering the area.
"""),
    # 10. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; "Inspectors were on site in May 2025"; the notes' "will be available on the
    #     inspectorate’s website on 16 September 2025 at 00.01"
    ("billingborough-pdu-2025", facts([
        svc("Billingborough Probation Delivery Unit", "Billingborough PDU", "PDU", None)], "2025-09-16", "2025-05", 4),
     """N| Skip to content

N| Public protection inspection: [Billingborough Probation Delivery Unit|S]

N| Published:

N| A new report from [HM Inspectorate of Probation|A] examines how [Billingborough Probation Delivery Unit|S] manages the risks people on probation pose, one of a fresh series of inspections focused on public protection.
N| Inspections in this programme result in findings but no rating.

N| Context
N| • [Billingborough PDU|S] covers the south of Lincolnshire and sits within the [Probation Service – East Midlands region|S].
N| • Inspectors spent time in the unit during [May 2025|D].

N| Findings
S| • Practitioners knew the people they supervised and spoke confidently about the risks they posed.
W| • Domestic abuse call-out checks with the police had been done in only 19 of 36 relevant cases.
W| • Safeguarding enquiries to children’s services were not always followed up when no reply came.
S| • Joint work with [Lincolnshire Police|A] on registered sex offenders was well coordinated.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Billingborough|S]’s practitioners are conscientious, but the basic checks that keep victims safe are still being missed too often.”

R| Four recommendations follow, addressed jointly to the PDU and its regional leadership.

N| The full report will be available on the inspectorate’s website on [16 September 2025|D] at 00.01.
"""),
    # 11. a council news page, 2022, in the third person: "which HM Inspectorate of Probation has judged ‘Inadequate’";
    #     the previous rating in its own sentence; "21/09/2022" as the date line; fieldwork "in June and July 2022"; the
    #     council's apology
    ("stanground-yjs-2022", facts([
        svc("Stanground Youth Justice Service", "Stanground YJS", "YJS", INAD)], "2022-09-21", "2022-06", 8),
     """N| Youth justice inspection: council’s response

N| [21/09/2022|D]

N| [Peterborough City Council|A] has today set out its response to an inspection of [Stanground Youth Justice Service|S], which has been judged ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| At its previous inspection, in [2018|D], the service received ‘[Requires improvement|R]’.
N| Inspectors visited the service in [June and July 2022|D].
N| [Stanground YJS|S] supports roughly 120 children each year.

W| According to the watchdog, leaders had moved too slowly on the weaknesses identified four years ago.
W| It said contact with many children was too infrequent, and safety plans, for them and for others, had often lapsed.
S| The report did recognise how dedicated frontline staff were, and praised the service’s victim work.
W| Inspectors also found that the management board rarely challenged the data it was given.

R| There are eight recommendations; one is that the board oversee a single improvement plan.

N| Councillor [Rachel Dunmore|X], cabinet member for children’s services, said: “Our children and families deserved better, and I apologise; this report makes difficult reading.
N| “An improvement plan is already in place, and an interim service manager started this month.”
"""),
    # 12. court work and out-of-court work rated separately, one ‘Good’, one ‘Requires improvement’: "Inspectors have
    #     concluded that X ‘...’ overall"; "the inspection was carried out remotely in July 2021"; "Publication date: 9
    #     November 2021" in the notes; "I now want to see"
    ("melbourn-yjs-2021", facts([
        svc("Melbourn Youth Justice Service", "Melbourn YJS", "YJS", RI,
            [{"aspect": "court disposals", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": RI}])], "2021-11-09", "2021-07", 5),
     """N| [Melbourn Youth Justice Service|S] ‘[Requires improvement|R]’, inspectors conclude

N| Inspectors have concluded that, overall, [Melbourn Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Its court work earned ‘[Good|R]’ under a rating of its own, but its out-of-court work only ‘[Requires improvement|R]’.
N| Because of Covid-19, inspectors had to work remotely in [July 2021|D].

S| Court work was well supported by case managers who had worked with many of the same families for years.
W| By contrast, children diverted from court were often assessed in a hurry, and the interventions offered to them did not always match their needs.
W| Its management board had taken too long to set up its own diversion scheme and leaned on a police-led panel that met irregularly.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Melbourn|S] has a strong, loyal team, and children on court orders are getting a good deal.
R| “Children who never reach court deserve the same standard, and I expect the board to deliver it.”

R| There are five recommendations: four are directed at the service, one at [Cambridgeshire Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. Publication date: [9 November 2021|D].
N| 2. [Melbourn YJS|S] sits within the county’s children’s services.
"""),
    # 13. "In a report published today (Wednesday, 17 July), ... awards X a ‘Good’ rating" (no year: the fieldwork's, March
    #     2024); a headline with a quoted phrase; "Mr Jones continued"; four recommendations
    ("pinchbeck-yjs-2024", facts([
        svc("Pinchbeck Youth Justice Service", "Pinchbeck YJS", "YJS", GOOD)], "2024-07-17", "2024-03", 4),
     """N| ‘Caring and determined’: inspectors praise youth justice staff in Pinchbeck

N| Today ([Wednesday, 17 July|D]) sees the publication of [His Majesty’s Inspectorate of Probation|A]’s report on [Pinchbeck Youth Justice Service|S], which it rates ‘[Good|R]’.
N| The inspection team visited in [March 2024|D].

S| The service had used a difficult two years, including a change of head of service, to sharpen its focus on children’s safety, inspectors found.
S| Case managers were described as caring and determined, and children said they felt they were being heard.
S| Its work with [Lincolnshire Police|A] on diversion meant that most children caught offending for the first time were kept out of court.
W| However, victim safety work was of variable quality, and in some cases victims’ wishes were not recorded at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pinchbeck|S]’s staff should be very proud of this result.”

W| Mr Jones continued: “On victim safety, there is further to go: the service’s records were too often silent.”

R| Four recommendations are made, and all of them are for [Pinchbeck YJS|S].
"""),
    # 14. "The verdict of ... on X is ‘...’"; how near it came to ‘Inadequate’ ("only the strength of its court work kept it
    #     above ‘Inadequate’"); "Tuesday 10 November 2020" as the date line; fieldwork "remotely in August 2020"
    ("wragby-yjs-2020", facts([
        svc("Wragby Youth Justice Service", "Wragby YJS", "YJS", RI)], "2020-11-10", "2020-08", 7),
     """N| Youth justice in Wragby ‘[Requires improvement|R]’

N| [Tuesday 10 November 2020|D]

N| [HM Inspectorate of Probation|A]’s verdict: [Wragby Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Because of the pandemic, inspectors carried out their work remotely in [August 2020|D], speaking to staff, children and parents by video and telephone.
N| When inspectors looked, [Wragby YJS|S] was supervising 64 children.

W| The service only just escaped the lowest rating: it was the strength of its court work alone that kept it above ‘[Inadequate|R]’.
W| Leaders had been slow to replace a youth justice plan that had expired in [2019|D], while the management board met infrequently.
S| Court reports, on the other hand, were well regarded by magistrates and of high quality.
W| Disappointingly, safety work with children was poor in nearly half the cases inspected.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wragby|S]’s staff plainly care a great deal about the children they supervise.
R| “The board must now give them the leadership and the resources they need.”

R| The seven recommendations include one asking [Lincolnshire County Council|A] to review the support offered to children excluded from school.
"""),
    # 15. a city PDU and a county PDU in a local-democracy story: the reports "published on Tuesday (December 10)" under a
    #     byline of Wednesday 11 December 2024; "X was rated ‘Inadequate’, the lowest of the four grades, and Y ‘...’";
    #     the region as context; "Nine ... five of them for Dogsthorpe and Bretton"
    ("dogsthorpe-and-bretton-and-ramsey-and-sawtry-pdus-2024", facts([
        svc("Dogsthorpe and Bretton Probation Delivery Unit", "Dogsthorpe and Bretton PDU", "PDU", INAD),
        svc("Ramsey and Sawtry Probation Delivery Unit", "Ramsey and Sawtry PDU", "PDU", RI)], "2024-12-10", "2024-09", 9),
     """N| Probation services in Peterborough and Huntingdonshire fall short of standard

N| By [Megan Clarke|X], Local Democracy Reporting Service

N| [Wednesday 11 December 2024|D]

N| Two probation delivery units serving Peterborough and the surrounding area have been found wanting by the government’s probation inspectors.
N| The reports, published on Tuesday ([December 10|D]), cover [Dogsthorpe and Bretton Probation Delivery Unit|S], which works with people in the city, and [Ramsey and Sawtry Probation Delivery Unit|S], whose patch is the rural north of Huntingdonshire.
N| [Dogsthorpe and Bretton|S] was rated ‘[Inadequate|R]’, the bottom grade, and [Ramsey and Sawtry|S] ‘[Requires improvement|R]’.
N| Inspectors visited both units in [September 2024|D]; each belongs to the [East of England probation region|S].

W| Inspectors said the city unit was carrying a vacancy rate of nearly 40 per cent, and that some officers each had more than 70 people to supervise.
W| In Ramsey and Sawtry, the report said, long journeys to appointments meant some people on probation were seen only by telephone for months at a time.
S| The inspectors did praise [Ramsey and Sawtry|S]’s partnership with local housing providers, which had found homes for most people released from prison.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Goodwill is plentiful in both teams, and there is some excellent individual practice.
W| “But in Dogsthorpe and Bretton, people who could seriously harm others are not being supervised properly, and that has to change quickly.”

R| In all there are nine recommendations, of which five concern [Dogsthorpe and Bretton|S].

N| The [Probation Service|A] said it was moving staff from elsewhere in the region to support the city team.
"""),
    # 16. a Rutland youth service on a justiceinspectorates page: "X has earned a ‘Good’ from inspectors, two years after
    #     being told it ‘Requires improvement’"; "Fieldwork was done across ten days in April 2024"; the notes'
    #     "Report available from 12 November 2024"; six recommendations
    ("empingham-yjs-2024", facts([
        svc("Empingham Youth Justice Service", "Empingham YJS", "YJS", GOOD)], "2024-11-12", "2024-04", 6),
     """N| News

N| Youth justice in Rutland moves up a grade

N| [Empingham Youth Justice Service|S] has earned a ‘[Good|R]’ from inspectors, two years after being told it ‘[Requires improvement|R]’.
N| Fieldwork was done across ten days in [April 2024|D].

S| Inspectors saw a partnership that had been rebuilt from the top, with [Rutland County Council|A], [Leicestershire Police|A] and local health services all taking part in its board.
S| Children’s views shaped the plans made for them, and case records showed workers persisting when a child missed appointments.
W| Still, where new information about a child’s exposure to exploitation came in, the risk assessment was not always revisited.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Empingham|S] has turned itself around in a short time, and its staff have every reason to feel pleased.
R| “Exploitation risks should now be a standing item in every review.”

R| We make six recommendations, chiefly about safeguarding children from exploitation.

N| ENDS

N| Notes to editors
N| 1. Report available from [12 November 2024|D].
N| 2. [Empingham YJS|S] works with children across the county of Rutland.
"""),
    # 17. a youth service that dropped a grade, a speaker other than the chief inspector (the inspectorate’s Director of
    #     Operations): "Inspectors have downgraded X from ‘Good’ to ‘...’"; out-of-court disposals "scored separately" at
    #     ‘Inadequate’; "Thursday 12 May 2022"; fieldwork "late in January 2022"
    ("witchford-yjs-2022", facts([
        svc("Witchford Youth Justice Service", "Witchford YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": INAD}])], "2022-05-12", "2022-01", 7),
     """N| Youth justice in Witchford – slipping back since [2019|D]

N| [Thursday 12 May 2022|D]

N| Inspectors have downgraded [Witchford Youth Justice Service|S] from ‘[Good|R]’ to ‘[Requires improvement|R]’.
W| Out-of-court disposals, scored separately, fell to ‘[Inadequate|R]’.
N| The inspection began late in [January 2022|D] and lasted a week.

W| Diversion decisions were being taken by a panel with no written criteria, and several children had received no help at all after a caution.
W| Staff turnover had been high, with six of the eleven case manager posts changing hands in a year.
S| Despite that, court work remained sound, and children in custody were visited regularly by their workers.

S| The inspectorate’s Director of Operations, [Tom Hargreaves|X], said: “The team has real skill, particularly among its longer-serving workers.
R| “Leaders should urgently put proper rules and oversight in place for children diverted from court.”

R| Seven recommendations are made; [Witchford YJS|S] must act on five, and the partnership board on two.

N| An action plan is promised by [Cambridgeshire County Council|A] within six weeks.
"""),
    # 18. a Lincolnshire youth service rated ‘Inadequate’ in a weekly paper: "Inspectors have handed the lowest mark
    #     possible, ‘Inadequate’, to X"; the report "out last Thursday (5 June)" under a byline of Tuesday 10 June 2025; fieldwork
    #     "the second half of February 2025"; an "I urge" call
    ("swineshead-yjs-2025", facts([
        svc("Swineshead Youth Justice Service", "Swineshead YJS", "YJS", INAD)], "2025-06-05", "2025-02", 8),
     """N| ‘Not safe enough’: youth justice service near Boston gets lowest grade

N| By [Joanne Pell|X]

N| [Tuesday 10 June 2025|D]

N| Inspectors have handed the lowest mark possible, ‘[Inadequate|R]’, to [Swineshead Youth Justice Service|S]; the report came out last Thursday ([5 June|D]).
N| They spent the second half of [February 2025|D] examining its work.

W| The report says plans to protect children from harm were missing in almost a third of the cases examined.
W| Some children at risk of county lines exploitation were left unseen for weeks at a time.
W| Senior leaders, it adds, had been unaware of the scale of the problem because the board received almost no data.
S| One bright spot was the work of an education worker, thanks to whom several excluded children had returned to school.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “I urge everyone with a stake in Swineshead’s children to act as though this were an emergency, because it is one.”

R| The report lists eight recommendations for [Swineshead YJS|S] and its partners.

N| [Lincolnshire County Council|A] has apologised and says extra staff are being recruited.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
