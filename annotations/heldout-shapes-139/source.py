"""Builds the 139th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three North West PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X and Z to be
    #    ‘...’, while Y was found to be ‘...’"; fieldwork "between 3 and 14 June 2024"; nine recommendations "three for
    #    each unit"; the regional director's reply
    ("gisburn-sawley-and-tosside-pdus-2024", facts([
        svc("Gisburn Probation Delivery Unit", "Gisburn PDU", "PDU", RI),
        svc("Sawley Probation Delivery Unit", "Sawley PDU", "PDU", GOOD),
        svc("Tosside Probation Delivery Unit", "Tosside PDU", "PDU", RI)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Inspection reports on three rural probation units in Lancashire

N| Inspectors publish their findings on probation work around the Forest of Bowland.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Three units of the [Probation Service – North West region|S] were inspected together: [Gisburn Probation Delivery Unit|S], [Sawley Probation Delivery Unit|S] and [Tosside Probation Delivery Unit|S].
N| Inspectors judged [Gisburn|S] and [Tosside|S] to be ‘[Requires improvement|R]’, while [Sawley|S] was found to be ‘[Good|R]’, the only one of the three to reach that grade.
N| The fieldwork ran between [3 and 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sawley|S] stands out for the care its officers take in getting to know the people they supervise, many of whom live miles from a bus route.
W| “In Gisburn and Tosside, risk management plans were often drawn up at the start of an order and never revisited.”

S| Inspectors found that [Sawley PDU|S] had a stable team of experienced officers and a manager who reviewed every high-risk case each month.
W| Half the probation officers at [Tosside PDU|S] had left within a year, and agency staff were covering the gaps.
W| In [Gisburn PDU|S] and [Tosside PDU|S] alike, too few cases showed checks with [Lancashire Constabulary|A] about domestic abuse call-outs.

R| The reports make nine recommendations, three for each unit.

N| [Helen Barraclough|X], Regional Probation Director for the North West, said: “We accept the findings and have already started recruiting in Tosside.”
"""),
    # 2. two youth justice services in a local-news story: the reports "released on Tuesday (14 November)" under a byline
    #    of Friday 17 November 2023; "X was awarded the highest rating, ‘...’, with Y close behind on ‘...’", in the other
    #    order from the one they were first named in; five recommendations "three for Ribchester and two for Billington"
    ("ribchester-and-billington-yjs-2023", facts([
        svc("Ribchester Youth Justice Service", "Ribchester YJS", "YJS", GOOD),
        svc("Billington Youth Justice Service", "Billington YJS", "YJS", OUT)], "2023-11-14", "2023-06", 5),
     """N| Youth justice teams in the Ribble Valley win praise from inspectors

N| By [Joanne Whittaker|X]

N| [Friday 17 November 2023|D]

N| Inspectors looked at [Ribchester Youth Justice Service|S] and [Billington Youth Justice Service|S] during [June 2023|D]; the two reports came out on Tuesday ([14 November|D]).
N| [Billington|S] was awarded the highest rating, ‘[Outstanding|R]’, with [Ribchester|S] close behind on ‘[Good|R]’.

S| According to the inspectors, [Billington|S]’s staff won the trust of children whom other services had failed.
S| They also commended [Ribchester|S] for the way it worked with local schools to cut exclusions.
W| However, the report on [Ribchester YJS|S] said that plans for keeping victims safe were sometimes thin.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services achieve a great deal for children with modest resources, and the staff in both should be very proud.”

R| Five recommendations are made between them: three for [Ribchester|S] and two for [Billington|S].

N| [Lancashire County Council|A]’s cabinet member for children, County Councillor [Peter Hartley|X], said: “We are delighted with these results and grateful to every member of both teams.”
"""),
    # 3. two PDUs in a justiceinspectorates news item, the region named in the first sentence: "Both units were given the
    #    lowest possible rating, ‘...’"; "Published: 11 Mar 2025"; fieldwork "from 28 October to 8 November 2024" (across two
    #    months); eight recommendations "four for each PDU"
    ("kelbrook-and-foulridge-pdus-2025", facts([
        svc("Kelbrook Probation Delivery Unit", "Kelbrook PDU", "PDU", INAD),
        svc("Foulridge Probation Delivery Unit", "Foulridge PDU", "PDU", INAD)], "2025-03-11", "2024-10", 8),
     """N| News

N| Two probation units in Pendle given lowest rating

N| Published: [11 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has today published reports on [Kelbrook Probation Delivery Unit|S] and [Foulridge Probation Delivery Unit|S], both part of the [Probation Service – North West region|S].
N| Both units were given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the units from [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I have serious concerns about both of these units.
W| “Caseloads were unmanageable, appointments were often cancelled at short notice, and managers had little idea which cases carried the greatest risk.”

S| Inspectors did note that [Foulridge|S]’s partnership with local drug and alcohol services was well established.
W| In [Kelbrook PDU|S], only 8 of the 30 cases inspected had a sound plan to protect children.
W| [Foulridge PDU|S] had no permanent senior manager for most of the year before the inspection.

R| The reports contain eight recommendations, four for each PDU.
"""),
    # 4. a unit inside its region, the region in the headline ("North West probation region: ...") and the first sentence
    #    ("the Probation Service’s North West region", two spans): "given ... the lowest of their four ratings"; the region's
    #    own 2023 rating as context; "Mr Jones continued"; fieldwork "in May 2024"; the notes' "at 00.01 on Thursday 26
    #    September 2024"
    ("salesbury-pdu-2024", facts([
        svc("Salesbury Probation Delivery Unit", "Salesbury PDU", "PDU", INAD)], "2024-09-26", "2024-05", 6),
     """N| [North West probation region|S]: serious concerns about unit in east Lancashire

N| Inspectors have given [Salesbury Probation Delivery Unit|S], part of the [Probation Service|A]’s [North West region|S], the lowest of their four ratings: ‘[Inadequate|R]’.
N| The [North West region|S] as a whole received ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Inspectors visited [Salesbury PDU|S] in [May 2024|D] and looked closely at 42 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Salesbury|S]’s staff are stretched to breaking point.
W| “Almost a third of officer posts were empty, and several practitioners told us they had been given cases they did not feel trained to manage.”

W| Mr Jones continued: “Too many people who posed a serious risk to a partner or ex-partner were seen only briefly, and home visits had almost stopped.”

S| Inspectors praised the unit’s court team, whose reports to magistrates were timely and well argued.
W| Joint work with [Blackburn with Darwen Council|A]’s children’s services depended on individual goodwill rather than agreed arrangements.

R| Of the report’s six recommendations, four concern the unit itself and two the wider region.

N| ENDS

N| Notes to editors
N| 1. Publication on the [HM Inspectorate of Probation|A] website is at 00.01 on [Thursday 26 September 2024|D].
N| 2. [Salesbury PDU|S] covers part of the Ribble Valley and the outskirts of Blackburn.
"""),
    # 5. a unit inside its region, the region in the headline ("Probation in the North West: ...") and in the notes:
    #    "is assessed as ‘...’"; the headline's lower-case "Mellor unit"; an embargo line; "The inspection, which took place in
    #    January 2023"; five recommendations
    ("mellor-pdu-2023", facts([
        svc("Mellor Probation Delivery Unit", "Mellor PDU", "PDU", RI)], "2023-05-24", "2023-01", 5),
     """N| Embargoed until 00.01 [Wednesday 24 May 2023|D]

N| Probation in the North West: [Mellor unit|S] told to improve

N| [Mellor Probation Delivery Unit|S] is assessed as ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A] in its latest report.
N| The inspection, which took place in [January 2023|D], covered the unit’s work with people on community sentences and on licence.

S| Inspectors found the leadership team had a realistic grasp of the unit’s problems and a credible plan for tackling them.
S| People on probation told inspectors that their officers listened to them and treated them fairly.
W| Nevertheless, safeguarding work fell short, and information from [Lancashire County Council|A]’s children’s social care was sought in under half of the relevant cases.
W| A backlog in unpaid work meant some people waited months before starting their hours.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mellor|S] is showing green shoots, and its managers are not complacent.
R| “The priority now must be to make sure every assessment asks who else might be at risk.”

R| Five recommendations are made in the report.

N| ENDS

N| Notes to editors
N| 1. [Mellor PDU|S] is part of [Probation Service – North West region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullet lists; "Tuesday, 13th September 2011" above "published
    #    today"; fieldwork "in May 2011"; seven recommendations
    ("grindleton-probation-trust-2011", facts([
        svc("Grindleton Probation Trust", "Grindleton Probation Trust", "other", None)], "2011-09-13", "2011-05", 7),
     """N| Inspection of offender management in Grindleton

N| [Tuesday, 13th September 2011|D]

W| [Grindleton Probation Trust|S] is doing sound work with offenders, but its attention to risk of harm is not yet good enough, [HM Inspectorate of Probation|A] says in its report, published today.
N| The inspection team visited the Trust in [May 2011|D] and assessed a sample of 70 cases.

S| Work to reduce the likelihood of reoffending scored 73%, and work to ensure that sentences were complied with scored 80%.
W| Public protection work lagged behind, with a score of 64%.

N| Inspectors were pleased to find that:
S| • offenders were usually seen within five working days of sentence;
S| • staff had good links with local employers and training providers.

N| However, inspectors were concerned to find that:
W| • assessments of risk of harm were frequently late, and few were revisited after a change in circumstances;
W| • contact with children’s services was recorded in too few of the cases where it was needed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Trust staff clearly care about the people they supervise and work hard to get them into jobs.
R| “The Trust now needs to give the same energy to managing the risk some offenders present to others.”

R| The report contains seven recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider: "Inspectors found the CRC ... to be ‘...’ overall"; unpaid work "rated
    #    separately, was ‘...’"; "Published: 6 August 2019"; "Fieldwork was carried out in March 2019"; the provider's reply
    ("wiswell-and-pendleton-crc-2019", facts([
        svc("Wiswell and Pendleton Community Rehabilitation Company", "Wiswell and Pendleton CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-08-06", "2019-03", 6),
     """N| Community Rehabilitation Company in Lancashire must improve, inspectors say

N| Published: [6 August 2019|D]

N| [HM Inspectorate of Probation|A] found the [Wiswell and Pendleton Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], to be ‘[Requires improvement|R]’ overall.
S| The CRC’s unpaid work, rated separately, was ‘[Good|R]’.
N| Fieldwork was carried out in [March 2019|D].

S| Inspectors were impressed by the range of unpaid work placements, which included projects with local charities and parish councils.
W| Yet the quality of supervision varied widely between offices, and risk of harm was managed well enough in only 12 of 31 cases.
W| Staff turnover was high, and some officers held caseloads of more than 70.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “The CRC has come through a difficult period of change.
S| “Its unpaid work is a credit to the organisation.
W| “But the core business of supervising people on probation is not yet consistently done well, and that has to change.”

R| The report makes six recommendations, five for [Wiswell and Pendleton CRC|S] and one for [HM Prison and Probation Service|A].

N| A spokesperson for [Purple Futures|A] said: “We are glad the quality of our unpaid work has been recognised, and we are already acting on the other findings.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with other
    #    inspectorates, bullet lists; "Posted: 21/10/2016" (day/month/year); "The inspection, in July 2016, was a joint one"
    ("newchurch-yot-2016", facts([
        svc("Newchurch Youth Offending Team", "Newchurch YOT", "YJS", None)], "2016-10-21", "2016-07", 6),
     """N| Inspection of youth offending work in Newchurch

N| Posted: [21/10/2016|D]

N| The report on the inspection of [Newchurch Youth Offending Team|S] (YOT) has now been published.
N| The inspection, in [July 2016|D], was a joint one: [HM Inspectorate of Probation|A] led it, and [HM Inspectorate of Constabulary|A], [Ofsted|A] and the [Care Quality Commission|A] each sent inspectors.

N| The inspectors were pleased to find that:
S| • case managers knew the young people well and kept in frequent contact with their families;
S| • the [Newchurch YOT management board|A] was well attended and challenged partners constructively.

N| On the other hand, they found that:
W| • assessments of vulnerability were sometimes out of date;
W| • too few young people received the help they needed with their mental health.

R| The report makes six recommendations.

N| A spokesperson for [Lancashire County Council|A] said: “We welcome this report and will use it to strengthen our services.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Rimington youth offending service": "Inspectors judged
    #    X (YOS) to be ‘...’"; fieldwork "between 9 and 13 September 2019"; "The report is published on Tuesday 10 December
    #    2019" in the notes; four recommendations
    ("rimington-yos-2019", facts([
        svc("Rimington Youth Offending Service", "Rimington YOS", "YJS", GOOD)], "2019-12-10", "2019-09", 4),
     """N| [Rimington youth offending service|S] judged ‘[Good|R]’

N| Inspectors judged [Rimington Youth Offending Service|S] (YOS) to be ‘[Good|R]’ following their visit between [9 and 13 September 2019|D].

S| The YOS has a clear vision, and its board includes senior leaders from education, health and the police who attend regularly.
S| Inspectors found that children had a real say in their plans, and their views were recorded in almost every case.
S| The service was particularly good at helping children back into school, college or work.
W| However, risk management plans did not always say what would happen if a child’s circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rimington YOS|S] is a well-led service, and staff were committed to doing the best for each child.
R| “I would encourage the service to plan more carefully for the unexpected.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [Tuesday 10 December 2019|D] at 00.01.
"""),
    # 10. a justiceinspectorates news item: "X has moved up to ‘...’, from the ‘...’ it was given in 2019" (overall and
    #     previous in one sentence); resettlement "was inspected as a separate standard and rated ‘...’"; fieldwork "in
    #     the week of 7 March 2022"; "Published: 21 Jun 2022"
    ("worston-yjs-2022", facts([
        svc("Worston Youth Justice Service", "Worston YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-06-21", "2022-03", 6),
     """N| News

N| Worston youth justice: clear progress since [2019|D]

N| Published: [21 Jun 2022|D]

N| [Worston Youth Justice Service|S] has moved up to ‘[Requires improvement|R]’, from the ‘[Inadequate|R]’ it was given in [2019|D].
S| Its resettlement policy and provision was inspected as a separate standard and rated ‘[Good|R]’.
N| Inspectors were on site in the week of [7 March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Worston|S] has turned a corner.
S| “Leaders have rebuilt the management board, and staff told us they feel supported and listened to.
W| “There is still some way to go, though: too many children’s plans did not address their safety or the safety of others.”

S| Inspectors highlighted the service’s work with the local police on diverting children from the criminal justice system.
W| Children waited too long for speech and language assessments.

R| The report makes six recommendations.
"""),
    # 11. a GOV.UK page: "X has been awarded ‘...’, the top rating"; resettlement "also inspected in its own right and rated
    #     ‘...’"; "Fieldwork took place in March 2024"; three recommendations
    ("abbeystead-yjs-2024", facts([
        svc("Abbeystead Youth Justice Service", "Abbeystead YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-08-27", "2024-03", 3),
     """N| Press release

N| ‘[Outstanding|R]’ youth justice service in north Lancashire

N| Inspectors praise a youth justice service for putting children first.

N| From: [HM Inspectorate of Probation|A]

N| Published [27 August 2024|D]

N| [Abbeystead Youth Justice Service|S] has been awarded ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A], the highest grade there is.
S| Resettlement work was also inspected in its own right and rated ‘[Good|R]’.
N| Fieldwork took place in [March 2024|D].

S| Inspectors found a service that knew its children extremely well and tailored every intervention to the individual.
S| Partnerships with health and education were strong, and a dedicated nurse meant children’s physical and mental health needs were picked up quickly.
S| Managers checked the quality of work closely and acted on what they found.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Abbeystead YJS|S] is an example to others.
S| “Its staff are tenacious, they do not give up on children, and it shows in what children told us.”

R| The report makes three recommendations, including one to improve the planning of accommodation for children leaving custody.
"""),
    # 12. a council page: "Posted on 09/04/2025"; "inspectors have judged X ‘...’"; fieldwork "in the last two weeks of
    #     January 2025"; 11 recommendations in digits; the director's apology and promise
    ("wycoller-yjs-2025", facts([
        svc("Wycoller Youth Justice Service", "Wycoller YJS", "YJS", INAD)], "2025-04-09", "2025-01", 11),
     """N| Response to the inspection of [Wycoller Youth Justice Service|S]

N| Posted on [09/04/2025|D]

N| In a report published today, inspectors have judged [Wycoller YJS|S] ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] inspected the service in the last two weeks of [January 2025|D].

W| Inspectors found that the management board had not held leaders to account and did not know enough about the quality of work with children.
W| Too many assessments failed to consider the risk children posed to others, and in only 7 of 22 cases was there a sound plan for keeping the child safe.
W| Staff sickness and vacancies had left the service short of case workers for much of the previous year.
S| Inspectors did recognise the commitment of staff, who were often working well beyond their hours.

R| The report makes 11 recommendations.

N| [Sarah Kenyon|X], Director of Children’s Services, said: “I am sorry that we have let children down.
N| “We accept every recommendation and have already appointed an interim head of service.”
"""),
    # 13. a justiceinspectorates news item with a date line: "Inspectors’ verdict on X is ‘...’"; fieldwork "between 15 and
    #     19 May 2023"; "in only 10 of 24 cases"; seven recommendations, "one is for Lancashire Constabulary"
    ("bashall-yjs-2023", facts([
        svc("Bashall Youth Justice Service", "Bashall YJS", "YJS", RI)], "2023-10-05", "2023-05", 7),
     """N| News

N| [Bashall youth justice service|S] must strengthen safety work

N| [5 October 2023|D]

N| Inspectors’ verdict on [Bashall Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| The inspection took place between [15 and 19 May 2023|D].

S| Staff were dedicated and knew the children on their caseloads well.
S| Inspectors praised the service’s work on out-of-court disposals, which gave many children a chance to stay out of the courts.
W| But in only 10 of 24 cases was the risk a child posed to other people properly managed.
W| The board’s oversight was weak, and partners did not always share information promptly.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bashall|S] has a caring team, but caring is not enough when children and the public are at risk.”

R| Seven recommendations appear in the report; one is for [Lancashire Constabulary|A].
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("clayton-le-dale-pdu-2025", facts([
        svc("Clayton-le-Dale Probation Delivery Unit", "Clayton-le-Dale PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: [Clayton-le-Dale Probation Delivery Unit|S]

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published its report on how [Clayton-le-Dale PDU|S] keeps the public safe.
N| This programme of inspections does not award ratings.
N| Inspectors carried out the fieldwork in [September 2025|D].

N| Context
N| • The PDU belongs to [Probation Service – North West region|S].
N| • It supervises around 900 people, about 350 of them on licence.

N| Findings
S| • Most practitioners understood the risks in their cases and recorded them clearly.
W| • Home visits to people convicted of domestic abuse were rare, even where children lived at the address.
W| • Information from [Lancashire Constabulary|A] was requested late or not at all in a third of cases.
S| • Approved premises staff and probation officers worked closely together.

R| Four recommendations are made to the PDU and to the region.
"""),
    # 15. a remote inspection in 2021: "X now sits at ‘...’, having been ‘...’ at its previous inspection, in 2019";
    #     "carried out remotely in February 2021"; "Published: Thursday 20th May 2021"; four recommendations
    ("hurst-green-yjs-2021", facts([
        svc("Hurst Green Youth Justice Service", "Hurst Green YJS", "YJS", RI)], "2021-05-20", "2021-02", 4),
     """N| Youth justice service in the Ribble Valley told to refocus on safety

N| Published: [Thursday 20th May 2021|D]

N| [Hurst Green Youth Justice Service|S] now sits at ‘[Requires improvement|R]’, having been ‘[Good|R]’ at its previous inspection, in [2019|D].
N| Because of COVID-19, the inspection was carried out remotely in [February 2021|D].

W| Inspectors found that face-to-face contact with children had dropped sharply during the pandemic and had not been restored for those at greatest risk.
W| Risk assessments were thin, and several had not been updated after new offences.
S| Positively, the service’s education worker had kept most children engaged with school throughout the lockdowns.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hurst Green|S] kept in touch with its children through a hard year, but it lost sight of the risks some of them faced.
R| “Leaders should now make sure that every child assessed as high risk is seen in person.”

R| The report makes four recommendations.
"""),
    # 16. a 2020 release: "X has earned a ‘...’ rating"; "Wednesday, 11th March 2020" at the top; fieldwork "between 25 and
    #     29 November 2019"; no count of recommendations (null)
    ("salterforth-yjs-2020", facts([
        svc("Salterforth Youth Justice Service", "Salterforth YJS", "YJS", GOOD)], "2020-03-11", "2019-11", None),
     """N| ‘[Good|R]’ rating for youth justice in west Craven

N| [Wednesday, 11th March 2020|D]

N| [Salterforth Youth Justice Service|S] has earned a ‘[Good|R]’ rating from [HM Inspectorate of Probation|A].
N| Inspectors visited between [25 and 29 November 2019|D].

S| The service was praised for the quality of its assessments, which took account of children’s family histories and experiences of trauma.
S| Case workers were skilled at building relationships with children who had previously refused to engage.
W| Inspectors felt that work with victims could be developed further, as victims were not always contacted before a plan was agreed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Everyone at [Salterforth|S] can take real credit for this result.”

N| The full report sets out where the service could improve.
"""),
    # 17. an NPS division in 2019, "receives an overall regional rating of ‘...’"; fieldwork "in April and May 2019"; "The
    #     report will be published on the inspectorate's website on 30 July 2019" in the notes; eight recommendations
    ("nps-roughlee-and-laneshaw-bridge-division-2019", facts([
        svc("National Probation Service – Roughlee and Laneshaw Bridge Division", "NPS Roughlee and Laneshaw Bridge",
            "region", RI)], "2019-07-30", "2019-04", 8),
     """N| [National Probation Service – Roughlee and Laneshaw Bridge Division|S] inspected

N| [NPS Roughlee and Laneshaw Bridge|S] receives an overall regional rating of ‘[Requires improvement|R]’ in its first inspection under the new standards.
N| Inspectors examined cases and interviewed staff in [April and May 2019|D].

S| Leaders had a clear strategy, and staff spoke highly of their managers.
S| Court work was of a high standard: reports were timely and well informed.
W| However, the division’s work to protect the public was inconsistent, and too few cases had a plan that addressed the risk to known victims.
W| Workloads were high, with many probation officers holding more cases than the division’s own target.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Much of the practice we saw in this division was good, and staff are committed to their work.
R| “The division must now focus on making sure that risk of harm is managed well in every case.”

R| The report makes eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The inspectorate’s website carries the report from [30 July 2019|D].
"""),
    # 18. "X has been judged ‘...’, the lowest mark inspectors can give"; previous rating "in a report published in February
    #     2021"; "Fieldwork took place in April 2024"; "published on Tuesday 30 July 2024"; ten recommendations, one to the
    #     Youth Justice Board
    ("langho-yjs-2024", facts([
        svc("Langho Youth Justice Service", "Langho YJS", "YJS", INAD)], "2024-07-30", "2024-04", 10),
     """N| Youth justice service rated ‘[Inadequate|R]’ after decline

N| [Langho Youth Justice Service|S] has been judged ‘[Inadequate|R]’, the lowest mark inspectors can give, in a report published on [Tuesday 30 July 2024|D].
N| The service had been rated ‘[Requires improvement|R]’ in a report published in [February 2021|D].
N| Fieldwork took place in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in [Langho YJS|S]’s care have been badly served.
W| “Plans to keep them safe were missing or out of date, and too often no one had spoken to the child’s school or social worker.”

W| Inspectors found that the management board rarely discussed the quality of practice and had not noticed the decline.
S| Despite the pressures, the service’s reparation projects were well run and popular with children.
W| Worryingly, children in custody had little contact with the service before their release.

R| The report makes ten recommendations, including one for the [Youth Justice Board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    return FIRST["build"](rid, facts, body, source="written for the 139th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
