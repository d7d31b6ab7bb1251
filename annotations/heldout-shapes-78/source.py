"""Builds the seventy-eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Wirral PDUs on a GOV.UK page, the region named before the units: "X was placed at ‘...’ and Y at ‘...’";
    #    fieldwork "across two weeks in March 2024"; nine recommendations "five ... four ..."
    ("prenton-and-bidston-pdus-2024", facts([
        svc("Prenton Probation Delivery Unit", "Prenton PDU", "PDU", RI),
        svc("Bidston Probation Delivery Unit", "Bidston PDU", "PDU", INAD)], "2024-07-16", "2024-03", 9),
     """N| Press release

N| Two probation units on the Wirral inspected

N| Inspectors report on two probation delivery units on the Wirral peninsula.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes its findings on two units belonging to the [Probation Service – North West region|S]: [Prenton Probation Delivery Unit|S] and [Bidston Probation Delivery Unit|S].
N| [Prenton|S] was placed at ‘[Requires improvement|R]’ and [Bidston|S] at ‘[Inadequate|R]’.
N| Inspectors looked at both units across two weeks in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bidston|S] has seen most of its experienced officers leave within twelve months, and newly qualified staff were being handed cases they were not ready for.
S| “[Prenton|S], by comparison, has a steady leadership team and a good grip on the day-to-day running of the office.”

S| Inspectors saw thoughtful work by [Prenton PDU|S]’s staff with people who had been homeless on release from prison.
W| [Bidston|S]’s officers rarely made home visits, and the police were not routinely asked about domestic abuse call-outs before a plan was written.
W| In both units, nobody routinely checked whether people had turned up to the programmes they were sent to.

R| Nine recommendations are made, five to [Bidston PDU|S] and four to [Prenton PDU|S].

N| The [Probation Service|A]’s regional leadership said experienced officers had since been transferred to Bidston.
"""),
    # 2. two youth justice services in a local-news story: the reports "came out on Tuesday (21 November)" under a
    #    byline of Friday 24 November 2023; "Y received ‘...’, one notch below X, which was graded ‘...’" (the second-named
    #    service first); eight recommendations, "five for Penketh and three for Culcheth"
    ("culcheth-and-penketh-yjs-2023", facts([
        svc("Culcheth Youth Justice Service", "Culcheth YJS", "YJS", GOOD),
        svc("Penketh Youth Justice Service", "Penketh YJS", "YJS", RI)], "2023-11-21", "2023-07", 8),
     """N| Youth justice teams in Warrington get their inspection results

N| By [Helen Ashworth|X]

N| [Friday 24 November 2023|D]

N| Inspection reports on [Culcheth Youth Justice Service|S] and [Penketh Youth Justice Service|S] came out on Tuesday ([21 November|D]), four months after inspectors visited both in [July 2023|D].
N| [Penketh|S] received ‘[Requires improvement|R]’, one notch below [Culcheth|S], which was graded ‘[Good|R]’.

S| According to the inspectors, [Culcheth|S]’s case managers were quick to notice signs that a child was being groomed by drug dealers and acted on them the same day.
S| They also commended [Penketh|S]’s victim work: victims were told how the case was progressing and could choose the reparation.
W| Yet in [Penketh YJS|S], too many assessments of a child’s risk to other people had not been updated in months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “For families in Culcheth, this is a youth justice service they can rely on.
R| “In Penketh, leaders must now see to it that assessments are revisited whenever a child’s circumstances change.”

R| The two reports contain eight recommendations between them, five for [Penketh|S] and three for [Culcheth|S].

N| [Warrington Borough Council|A] said it was pleased with the reports and would set out its response early next year.
"""),
    # 3. two Cheshire PDUs in a justiceinspectorates news item, the region in the first sentence: "Both units fell short
    #    of ‘Good’ and have been given ‘...’"; "Published: 29 Apr 2025"; fieldwork "between 20 and 31 January 2025";
    #    ten recommendations
    ("ellesmere-port-and-tattenhall-pdus-2025", facts([
        svc("Ellesmere Port Probation Delivery Unit", "Ellesmere Port PDU", "PDU", RI),
        svc("Tattenhall and Farndon Probation Delivery Unit", "Tattenhall and Farndon PDU", "PDU", RI)],
        "2025-04-29", "2025-01", 10),
     """N| News

N| Two probation units in Cheshire told to raise standards

N| Published: [29 Apr 2025|D]

N| The latest reports from [HM Inspectorate of Probation|A] look at [Ellesmere Port Probation Delivery Unit|S] and [Tattenhall and Farndon Probation Delivery Unit|S], two units within the [Probation Service – North West region|S].
N| Both units fell short of ‘[Good|R]’ and have been given ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork between [20 and 31 January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both offices have staff who have known the people they supervise for years, and it shows.
W| “But in far too many cases the plan to protect a partner or child had simply been carried over from an earlier sentence without fresh thought.”

S| [Ellesmere Port PDU|S]’s links with [Cheshire Constabulary|A] on integrated offender management were strong.
W| In [Tattenhall and Farndon PDU|S], which covers a large rural area, people on probation often had to travel more than an hour for appointments, and some simply stopped coming.
W| Neither unit had enough interventions for people convicted of violent offences.

R| Between them, the two reports set out ten recommendations, half for each unit.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "X ... has been judged ‘...’ by
    #    inspectors, the lowest grade on the scale"; the region's own earlier rating as context; "Mr Jones continued";
    #    fieldwork "During May 2025"; notes: "Embargoed until 00.01 on Tuesday 2 September 2025, the publication date"
    ("norris-green-pdu-2025", facts([
        svc("Norris Green Probation Delivery Unit", "Norris Green PDU", "PDU", INAD)], "2025-09-02", "2025-05", 6),
     """N| [North West probation region|S]: ‘[Inadequate|R]’ verdict for unit in north Liverpool

N| [Norris Green Probation Delivery Unit|S], which serves the north of Liverpool for the [Probation Service – North West region|S], has been judged ‘[Inadequate|R]’ by inspectors, the lowest grade on the scale.
N| In [2023|D], the [North West region|S]’s own inspection ended in a ‘[Requires improvement|R]’ grade.
N| During [May 2025|D], inspectors from [HM Inspectorate of Probation|A] read 52 of the unit’s cases and spoke to staff and partners.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Norris Green|S] has been kept going by the goodwill of its staff, which is not a plan.
W| “Almost one probation officer post in two was unfilled, and managers were covering caseloads themselves rather than supervising.”

W| Mr Jones continued: “In two cases out of three, nobody had properly asked whether the person on probation posed a danger to children they lived with or visited.”

S| Inspectors did find that [Norris Green PDU|S]’s approved premises referrals were handled promptly and that staff were warm and respectful towards the people they supervised.
W| Joint working with [Merseyside Police|A] and with children’s social care at [Liverpool City Council|A] was poorly organised, with information often arriving late.

R| Of the six recommendations in the report, four are aimed at the unit and two at the region.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [Tuesday 2 September 2025|D], the publication date of the report.
N| 2. [Norris Green PDU|S] supervises around 1,100 people in the north of Liverpool.
"""),
    # 5. a unit inside its region, the region in the headline and the notes: "inspectors have graded X as ‘...’, a step above
    #    the lowest band" in "a report published today (Thursday, 5 June)" (no year: the fieldwork's, January
    #    2025); the headline's lower-case "Fazakerley probation unit"; "in only 19 of 44 cases"; four recommendations
    ("fazakerley-pdu-2025", facts([
        svc("Fazakerley Probation Delivery Unit", "Fazakerley PDU", "PDU", RI)], "2025-06-05", "2025-01", 4),
     """N| [North West region|S]: [Fazakerley probation unit|S] ‘has the foundations in place’

N| In a report published today (Thursday, [5 June|D]), inspectors have graded [Fazakerley Probation Delivery Unit|S] as ‘[Requires improvement|R]’, a step above the lowest band.
N| The inspection team was on site in [January 2025|D] and examined 44 cases.

S| A new head of service, well respected by her staff, had brought stability after a turbulent couple of years.
S| Positively, the PDU’s court team produced thorough pre-sentence reports, nearly all of them on time.
W| Risk to others, however, was adequately assessed in only 19 of 44 cases.
W| Some probation officers told inspectors that months had passed since they last met their manager to discuss their cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Fazakerley|S] has laid the groundwork, and its staff want to do better.
R| “Managers should now check each risk assessment before any plan is signed off.”

R| There are four recommendations, all of them for the PDU.

N| ENDS

N| Notes to editors
N| 1. [Fazakerley PDU|S] covers the north-east of Liverpool for the [Probation Service – North West region|S].
"""),
    # 6. a Probation Trust in 2013, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Tuesday, 12th March 2013" above "published today";
    #    fieldwork "in November 2012"; seven recommendations
    ("seacombe-and-liscard-probation-trust-2013", facts([
        svc("Seacombe and Liscard Probation Trust", "Seacombe and Liscard Probation Trust", "other", None)],
        "2013-03-12", "2012-11", 7),
     """N| Offender management in Seacombe and Liscard inspected

N| [Tuesday, 12th March 2013|D]

S| Published today, [HM Inspectorate of Probation|A]’s report says [Seacombe and Liscard Probation Trust|S] delivers offender management of a consistently good standard.
N| The inspection was carried out in [November 2012|D], jointly with [HM Inspectorate of Constabulary|A].

S| Its scores were 79% on lowering the likelihood of reoffending and 84% on making sure offenders served their sentences as ordered.
W| Work to protect the public scored 66%, which was below the level inspectors would have hoped for.

N| Inspectors were pleased to find that:
S| • offender managers had a thorough understanding of the people they supervised;
S| • the Trust’s women’s service gave practical help with housing and benefits.

N| However, inspectors were concerned to find that:
W| • where domestic abuse was a feature, offender managers seldom visited the home;
W| • information from [Merseyside Police|A] was not always obtained before the start of the order.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offender managers across the Trust are committed, and they know their cases thoroughly.
R| “Managers now need to give the safety of victims and children the same attention.”

R| The inspectors made seven recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "According to ..., the work of X (CRC), which
    #    belongs to ..., ‘Requires improvement’ overall" (the rating as the verb); Through the Gate "assessed on its
    #    own, was found to be ‘...’"; fieldwork "in October and November 2018"; six recommendations
    ("old-swan-and-childwall-crc-2019", facts([
        svc("Old Swan and Childwall Community Rehabilitation Company", "Old Swan and Childwall CRC", "CRC", RI,
            [{"aspect": "Through the Gate", "rating": INAD}])], "2019-03-21", "2018-10", 6),
     """N| Embargoed until 00.01 hours, [Thursday 21 March 2019|D]

N| Probation company in Liverpool must improve, say inspectors

N| According to [HM Inspectorate of Probation|A], the work of [Old Swan and Childwall Community Rehabilitation Company|S] (CRC), which belongs to [Purple Futures|A], ‘[Requires improvement|R]’ overall.
W| Its Through the Gate resettlement service, assessed on its own, was found to be ‘[Inadequate|R]’.
N| Inspectors visited in [October and November 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Local charities value this CRC’s well-run unpaid work schemes, and staff are full of energy.
W| “Yet the help offered to people leaving prison is little more than a leaflet and a phone number, and that is not good enough.”

S| Inspectors commended the CRC’s partnership with [Liverpool City Council|A] on housing advice.
W| Case records were often incomplete, and some people had been supervised mainly by telephone for months without a face-to-face meeting.

R| There are six recommendations: four are for the CRC together with [Purple Futures|A], and two concern [HM Prison and Probation Service|A].

N| [Interserve|A], which leads [Purple Futures|A], said it accepted the findings.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection where the
    #    inspectorate "took the lead", bullet lists; "Date published: 07/09/2016" (day/month/year); fieldwork "in May 2016"; five recommendations
    ("churchtown-yot-2016", facts([
        svc("Churchtown Youth Offending Team", "Churchtown YOT", "YJS", None)], "2016-09-07", "2016-05", 5),
     """N| Inspection of youth offending work in Churchtown

N| Date published: [07/09/2016|D]

N| Findings from the joint inspection of [Churchtown Youth Offending Team|S] (YOT) were released today; [HM Inspectorate of Probation|A] took the lead.
N| Inspectors from [Ofsted|A] took part alongside colleagues from the [Care Quality Commission|A], with [HM Inspectorate of Constabulary|A] also involved, and the fieldwork was done in [May 2016|D].

N| Inspectors were pleased to find that:
S| • most children had a named worker who stayed with them for the whole of their order;
S| • the YOT’s parenting programme was popular and well attended.

N| However, they were concerned that:
W| • too few children had had their physical and mental health needs looked at;
W| • board members seldom questioned the performance reports presented by [Churchtown YOT|S].

R| The report contains five recommendations, of which four are directed at the management board.

N| A spokesperson for [Sefton Council|A] said: “We will study the report carefully and act on what it tells us.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Stockton Heath youth offending service": "has
    #    concluded that X is ‘...’ after inspecting it in August 2019"; "I would encourage the service to ..."; notes
    #    "from 00.01 on Wednesday 11 December 2019"; four recommendations
    ("stockton-heath-yos-2019", facts([
        svc("Stockton Heath Youth Offending Service", "Stockton Heath YOS", "YJS", GOOD)], "2019-12-11", "2019-08", 4),
     """N| ‘[Good|R]’ verdict for [Stockton Heath youth offending service|S]

N| [HM Inspectorate of Probation|A] has concluded that [Stockton Heath Youth Offending Service|S] is ‘[Good|R]’ after inspecting it in [August 2019|D].

S| Leaders had built a close working relationship with [Cheshire Constabulary|A], schools and local health services, and partners attended the management board regularly.
S| Case managers spent time getting to know children’s families, and their reports to court were well argued.
S| Most children on court orders had kept to the terms of their order and had not been arrested again.
W| By contrast, decisions about out-of-court disposals were sometimes taken without a full assessment of the child.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Stockton Heath|S] is a confident, well-run service that puts children first.
R| “I would encourage the service to give children who are diverted from court the same thorough assessment as those on orders.”

R| The inspectorate has made four recommendations.

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [Wednesday 11 December 2019|D], the full report is online at the inspectorate’s website.
"""),
    # 10. "X now stands at ‘...’, having been ‘...’ when last inspected in 2020" (overall and previous in one sentence);
    #     resettlement "rated separately, came out as ‘...’"; fieldwork "in the last fortnight of July 2022"; "Thursday
    #     17 November 2022" as the date line; six recommendations
    ("knotty-ash-yjs-2022", facts([
        svc("Knotty Ash Youth Justice Service", "Knotty Ash YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-11-17", "2022-07", 6),
     """N| Youth justice in Knotty Ash: improvement since last inspection

N| [Thursday 17 November 2022|D]

N| [Knotty Ash Youth Justice Service|S] now stands at ‘[Requires improvement|R]’, having been ‘[Inadequate|R]’ when last inspected in [2020|D].
S| Its resettlement work, rated separately, came out as ‘[Good|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] visited during the last fortnight of [July 2022|D].

S| The service had a new manager who had rebuilt relationships with schools and with the local youth court.
S| Children leaving custody were collected on the day of release and had somewhere safe to live.
W| Even so, plans for managing a child’s risk to other people were often vague, and not all case managers understood what was expected of them.
W| Few children had been offered the mental health support their assessments said they needed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Knotty Ash|S] has made real progress, but the quality of its work with children is still too uneven.
R| “The board needs to hold partners to account for the health support they promised.”

R| Six recommendations are made, five for [Knotty Ash YJS|S] and one for the local [NHS|A].
"""),
    # 11. a GOV.UK page: "Inspectors have given X their highest grade, ‘...’"; no aspect
    #     rating; "The inspection took place over a week in May 2024"; three recommendations
    ("parkgate-yjs-2024", facts([
        svc("Parkgate Youth Justice Service", "Parkgate YJS", "YJS", OUT)], "2024-10-10", "2024-05", 3),
     """N| Press release

N| Youth justice service in Cheshire rated among the best

N| Inspectors publish their report on [Parkgate Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [10 October 2024|D]

N| Inspectors have given [Parkgate Youth Justice Service|S] their highest grade, ‘[Outstanding|R]’.
N| The inspection took place over a week in [May 2024|D].

S| Inspectors found that children were seen quickly after arrest and were helped to understand what would happen next.
S| Case managers worked alongside [Cheshire West and Chester Council|A]’s social workers so that children did not have to repeat their stories.
S| Work to keep children safe from exploitation stood out, with clear plans shared across agencies.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “From the board to the front line, this partnership is pulling in the same direction for children.
S| “It is rare to read case after case and find so little to criticise.”

R| Three recommendations are made, to help the service keep up its high standards.
"""),
    # 12. a council page: "Published on: 24/06/2025"; "Released today, the report by ... finds X to be ‘...’"; fieldwork
    #     "in February 2025"; eleven recommendations; the council's apology
    ("elworth-yjs-2025", facts([
        svc("Elworth Youth Justice Service", "Elworth YJS", "YJS", INAD)], "2025-06-24", "2025-02", 11),
     """N| Council statement: inspection of [Elworth Youth Justice Service|S]

N| Published on: [24/06/2025|D]

N| Released today, the report by [HM Inspectorate of Probation|A] finds [Elworth Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors visited the service in [February 2025|D].

W| The report said that work to keep children safe was not good enough, and that the risk of criminal exploitation had been overlooked in a number of cases.
W| Inspectors also found that [Elworth YJS|S] was short of experienced case managers and relied heavily on agency staff.
S| They praised the dedication of the service’s front-line workers and its restorative work with victims.
W| According to the report, the management board had not known how serious the problems were.

R| Eleven recommendations are made, for the service, the board, [Cheshire East Council|A] and [Cheshire Constabulary|A].

N| [Cheshire East Council|A]’s executive director for children said: “I am truly sorry to the children and families who were failed.
N| “An interim service manager is now in post, and councillors will receive a progress report every month.”
"""),
    # 13. a justiceinspectorates.gov.uk news item with a date line: "Inspectors have rated X ‘...’"; the headline's
    #     lower-case "Dingle youth justice service"; fieldwork "between 17 and 21 July 2023"; "just 13 of the 30 cases
    #     inspected"; seven recommendations, one for Merseyside Police
    ("dingle-yjs-2023", facts([
        svc("Dingle Youth Justice Service", "Dingle YJS", "YJS", RI)], "2023-12-05", "2023-07", 7),
     """N| News

N| [Dingle youth justice service|S] ‘must improve’

N| [5 December 2023|D]

N| Inspectors have rated [Dingle Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Their fieldwork ran between [17 and 21 July 2023|D].

S| The service’s work with children excluded from school was a particular strength, and its education worker had found places for most of them.
S| Children spoke well of their case managers, who were easy to reach and did what they said they would.
W| Disappointingly, just 13 of the 30 cases inspected had a sufficient plan for protecting other people.
W| Leaders had not made sure that staff understood the new assessment framework introduced the previous year.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Devotion to children is plain among staff at [Dingle|S], but it does not on its own keep the public safe.
R| “The partnership must make sure every plan says clearly how risk will be managed and by whom.”

R| The report contains seven recommendations, one of them for [Merseyside Police|A].

N| [Liverpool City Council|A] said it would act on every recommendation.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 15 Jan 2026"; fieldwork "in October 2025"; four recommendations
    ("leasowe-pdu-2026", facts([
        svc("Leasowe Probation Delivery Unit", "Leasowe PDU", "PDU", None)], "2026-01-15", "2025-10", 4),
     """N| Skip to content

N| Probation on the Wirral: public protection findings published

N| Published: [15 Jan 2026|D]

N| [HM Inspectorate of Probation|A] today published the findings of its public protection inspection of [Leasowe Probation Delivery Unit|S].
N| These inspections look at how well risk is managed and do not result in a rating.
N| Inspectors carried out the fieldwork in [October 2025|D].

N| Context
N| • [Leasowe PDU|S] covers the north of the peninsula and reports to the [Probation Service – North West region|S].
N| • The unit supervises about 850 people, of whom around 40 are managed under [MAPPA|A].

N| Findings
S| • Staff understood the dynamics of domestic abuse and drew on that knowledge in their assessments.
W| • Safeguarding checks with [Wirral Council|A] had not been made in a quarter of the relevant cases.
W| • People assessed as high risk were rarely visited at home.
S| • Work with [Merseyside Police|A] to manage registered sex offenders was well coordinated.

R| Of the four recommendations, the PDU must act on three and the regional probation director on one.
"""),
    # 15. a remote inspection in 2021: "X is now ‘...’, a grade lower than the ‘...’ it achieved in 2018"; fieldwork
    #     "remotely in June 2021"; "Published: Thursday 14th October 2021"; "Only 8 of 20"; the council's reply
    ("woodchurch-yjs-2021", facts([
        svc("Woodchurch Youth Justice Service", "Woodchurch YJS", "YJS", RI)], "2021-10-14", "2021-06", 6),
     """N| Youth justice on the Wirral falls back a grade

N| Published: [Thursday 14th October 2021|D]

N| [Woodchurch Youth Justice Service|S] is now ‘[Requires improvement|R]’, a grade lower than the ‘[Good|R]’ it achieved in [2018|D].
N| With pandemic restrictions still in force, inspectors did their fieldwork remotely in [June 2021|D].

W| Inspectors found that children had often been seen through a doorway or on a video call, even where someone was worried about their safety at home.
W| Only 8 of 20 plans set out how the service would protect potential victims.
S| The service had kept up its strong links with local colleges, and nearly all children were in education or training.
S| Health workers based in the team gave children quick access to support for their emotional wellbeing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Woodchurch|S] did its best in very difficult circumstances, but too much of the work to keep children and others safe has slipped.
R| “The service must get back to seeing children in person, especially those at greatest risk.”

R| Six recommendations have been made.

N| [Wirral Council|A] said it welcomed the report and was already putting things right.
"""),
    # 16. a 2020 release: "inspectors have judged X to be ‘...’"; "Wednesday, 12th February 2020" at the top; fieldwork
    #     "in the week beginning 4 November 2019"; "can take credit"; no count of recommendations (null)
    ("alderley-edge-yjs-2020", facts([
        svc("Alderley Edge Youth Justice Service", "Alderley Edge YJS", "YJS", GOOD)], "2020-02-12", "2019-11", None),
     """N| ‘[Good|R]’ youth justice work in east Cheshire

N| [Wednesday, 12th February 2020|D]

N| Following their visit in the week beginning [4 November 2019|D], inspectors have judged [Alderley Edge Youth Justice Service|S] to be ‘[Good|R]’.

S| Children were given a real voice in their plans, and their parents were kept closely involved.
S| Thanks to close work with [Cheshire Constabulary|A], first-time offenders were usually kept out of court.
W| However, some case managers were unsure how to respond when a child was suspected of carrying a knife.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Alderley Edge|S] is a small service with a big heart.
S| “Its staff can take credit for what they have achieved with some very troubled young people.”

N| The report sets out a number of areas where the service can build on its strengths.
"""),
    # 17. "The overall grade for X is ‘...’", how near it came to ‘Inadequate’ (no fact); resettlement "judged on its own,
    #     received ‘...’"; the headline's lower-case "Thatto Heath youth justice service"; notes "Publication date: 14
    #     May 2024"; fieldwork "during December 2023"; five recommendations
    ("thatto-heath-yjs-2024", facts([
        svc("Thatto Heath Youth Justice Service", "Thatto Heath YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-05-14", "2023-12", 5),
     """N| [Thatto Heath youth justice service|S] ‘close to the bottom grade’

N| The overall grade for [Thatto Heath Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Inspectors said the service came within two points of ‘[Inadequate|R]’.
W| Resettlement, judged on its own, received ‘[Inadequate|R]’.
N| Inspectors spent time with the service during [December 2023|D].

W| Oversight by managers was thin, and several case managers said they had no one to ask when a case became complicated.
W| Plans for children leaving custody were rarely in place before the day of release.
S| Despite these weaknesses, the service’s diversion scheme, run jointly with [Merseyside Police|A], had kept many children out of the courts.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It worried me that the board had been given so little warning of how far standards had slipped.
R| “It is essential that leaders act quickly, with a clear plan and regular checks on progress.”

R| Five recommendations have been made.

N| Notes to editors
N| 1. Publication date: [14 May 2024|D].
N| 2. [Thatto Heath YJS|S] works with children across the south of St Helens borough.
"""),
    # 18. an NPS division in 2019, the headline naming no service: "... announced today that the X has earned an overall
    #     regional rating of ‘...’"; "Tuesday 24 September 2019"; fieldwork "in May and June 2019"; the short "NPS
    #     Eccleston and Windle"; seven recommendations
    ("eccleston-and-windle-nps-division-2019", facts([
        svc("National Probation Service – Eccleston and Windle Division", "NPS Eccleston and Windle", "region",
            GOOD)], "2019-09-24", "2019-05", 7),
     """N| Probation division in St Helens area rated ‘[Good|R]’

N| [Tuesday 24 September 2019|D]

N| [HM Inspectorate of Probation|A] announced today that the [National Probation Service – Eccleston and Windle Division|S] has earned an overall regional rating of ‘[Good|R]’.
N| The division is responsible for around 2,800 people who pose a higher risk of harm.
N| Inspectors carried out their work in [May and June 2019|D].

S| Inspectors found the division well led, with experienced managers and a workforce that felt valued.
S| Its reports to courts were well researched and almost always ready on time.
W| On the other hand, contact with victims was inconsistent, and some victims had not been told when the offender was due to be released.
W| Not enough people convicted of sexual offences had been able to start an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Eccleston and Windle|S] is a confident division that knows its business.
R| “I want to see victim contact made as reliable as the rest of its work.”

R| The report makes seven recommendations; most are for the division, with others for [HMPPS|A] and the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
