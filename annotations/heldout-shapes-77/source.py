"""Builds the seventy-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Essex PDUs on a GOV.UK page, the region named in the first sentence ("...; the Probation Service – East of
    #    England region runs both"): "X was given ‘...’ and Y the lowest grade, ‘...’"; fieldwork "in January 2024"; eight
    #    recommendations "three for each unit plus two aimed at the region"
    ("dovercourt-and-st-osyth-pdus-2024", facts([
        svc("Dovercourt Probation Delivery Unit", "Dovercourt PDU", "PDU", RI),
        svc("St Osyth Probation Delivery Unit", "St Osyth PDU", "PDU", INAD)], "2024-06-25", "2024-01", 8),
     """N| Press release

N| Reports published on two probation units in north Essex

N| Inspectors set out their findings on two probation delivery units on the Tendring coast.

N| From: [HM Inspectorate of Probation|A]

N| Published [25 June 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes separate reports on [Dovercourt Probation Delivery Unit|S] and [St Osyth Probation Delivery Unit|S]; the [Probation Service – East of England region|S] runs both.
N| [Dovercourt|S] was given ‘[Requires improvement|R]’ and [St Osyth|S] the lowest grade, ‘[Inadequate|R]’.
N| The two units were inspected in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In St Osyth we met practitioners who were each juggling upwards of 70 cases, with new starters given the hardest of them.
W| “Home visits had almost stopped, and a lot of the domestic abuse checks we expected to see had simply never been requested.
S| “[Dovercourt|S] has a steadier team, and its managers are on top of the most serious cases.”

S| Inspectors commended [Dovercourt PDU|S]’s work with [Essex Police|A] on integrated offender management, which they called well run.
W| Across both units, sentence plans rarely reflected what people on probation themselves wanted to change.

R| Eight recommendations are made in the two reports, three for each unit plus two aimed at the region.

N| [Probation Service|A] leaders in the East of England said they would publish an action plan within a month.
"""),
    # 2. two youth justice services in a local-news story: the reports "appeared on Tuesday (14 November)" under a byline
    #    of Friday 17 November 2023; "Goodmayes was awarded ‘...’ while Seven Kings received ‘...’", in the other order
    #    from the one first named; fieldwork "in July 2023"; seven recommendations "four of them for ... and three for"
    ("seven-kings-and-goodmayes-yjs-2023", facts([
        svc("Seven Kings Youth Justice Service", "Seven Kings YJS", "YJS", RI),
        svc("Goodmayes Youth Justice Service", "Goodmayes YJS", "YJS", GOOD)], "2023-11-14", "2023-07", 7),
     """N| Youth justice in Redbridge: one team ‘[Good|R]’, the other told to improve

N| By [Tom Ashworth|X]

N| [Friday 17 November 2023|D]

N| Inspection reports on [Seven Kings Youth Justice Service|S] and [Goodmayes Youth Justice Service|S] appeared on Tuesday ([14 November|D]), after inspectors visited both in [July 2023|D].
N| [Goodmayes|S] was awarded ‘[Good|R]’ while [Seven Kings|S] received ‘[Requires improvement|R]’.

S| The watchdog said [Goodmayes|S]’s staff had built trust with families who had little faith in public services.
W| It found that [Seven Kings|S]’s case managers were often unaware of what had happened to a child at school or in care.
W| Checks on children’s safety at [Seven Kings YJS|S] were made late, sometimes weeks after a referral.
S| Both services were quick to offer children a restorative option when it suited the victim.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Seven Kings|S] now needs to get the basics right, starting with sharing information with schools and social workers.”

R| The reports contain seven recommendations, four of them for [Seven Kings|S] and three for [Goodmayes|S].

N| A spokesperson for [Redbridge Council|A] said both teams had already begun work on the findings.
"""),
    # 3. a unit inside its region, the region in the headline ("London probation region: ...") and the first sentence;
    #    "Inspectors have judged X to be ‘...’"; the region's own earlier rating as context; fieldwork "3 - 7 June 2024";
    #    "Mr Jones continued"; "Publication of the report: Tuesday 15 October 2024, 00.01" in the notes
    ("cranham-pdu-2024", facts([
        svc("Cranham Probation Delivery Unit", "Cranham PDU", "PDU", INAD)], "2024-10-15", "2024-06", 6),
     """N| [London probation region|S]: inspectors give lowest rating to [Cranham probation unit|S]

N| Inspectors have judged [Cranham Probation Delivery Unit|S] to be ‘[Inadequate|R]’; the unit covers part of Havering for the [Probation Service – London region|S].
N| The [London region|S] itself was last rated ‘[Requires improvement|R]’, in [2023|D].
N| The inspection team was on site [3 - 7 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People on probation in this part of Havering are not getting the supervision they need, and the public are less safe as a result.
W| “Almost half the practitioner posts were filled by agency staff or by colleagues borrowed from other units.”

W| Mr Jones continued: “Risk assessments were often copied forward from earlier sentences without anyone asking whether things had changed.”

S| In spite of this, inspectors found that [Cranham PDU|S]’s approved premises referrals were handled promptly and carefully.
W| Work with [Havering Council|A]’s children’s services was hampered by missed meetings on both sides.

R| The report makes six recommendations: four fall to the unit itself and two to the [Probation Service|A] in London.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: [Tuesday 15 October 2024|D], 00.01.
N| 2. [Cranham PDU|S] supervises about 900 people living in the east of the London Borough of Havering.
"""),
    # 4. a unit inside its region, the region in the headline and the notes: "assesses X as ‘...’" in "a report published
    #    today (Thursday, 20 March)", no year (the fieldwork's is November 2024, so 2025 makes the Thursday); lower-case
    #    "Wormley probation unit" in the headline; "just 19 of the 42 cases"; four recommendations
    ("wormley-pdu-2025", facts([
        svc("Wormley Probation Delivery Unit", "Wormley PDU", "PDU", RI)], "2025-03-20", "2024-11", 4),
     """N| [East of England probation region|S]: [Wormley probation unit|S] ‘making progress’

N| In a report published today ([Thursday, 20 March|D]), [HM Inspectorate of Probation|A] assesses [Wormley Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Inspectors looked at the unit’s work in [November 2024|D], reading 42 cases and holding meetings with staff and partners.

S| The unit’s head had brought in weekly case discussions that practitioners said they found useful.
S| People on probation said their officers listened and treated them fairly.
W| However, just 19 of the 42 cases paid enough attention to keeping children or partners safe.
W| Too few people were starting unpaid work promptly, and some waited more than three months for a placement.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wormley|S] has a real sense of direction.
R| “What the unit must do next is ensure each assessment considers properly who might be harmed.”

R| The PDU is the recipient of all four of the report’s recommendations.

N| ENDS

N| Notes to editors
N| 1. [Wormley PDU|S] covers the Broxbourne district of Hertfordshire within [Probation Service – East of England region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: a headline with a colon and no rating, the place only a location;
    #    "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:" bullet lists;
    #    percentage scores; "Published: 19 Feb 2013"; fieldwork "in October and November 2012"; nine recommendations
    ("roydon-and-nazeing-probation-trust-2013", facts([
        svc("Roydon and Nazeing Probation Trust", "Roydon and Nazeing Probation Trust", "other", None)],
        "2013-02-19", "2012-10", 9),
     """N| Probation work in Roydon and Nazeing: inspection report published

N| Published: [19 Feb 2013|D]

N| A report on [Roydon and Nazeing Probation Trust|S] was released today by [Her Majesty’s Inspectorate of Probation|A].
N| Inspectors visited in [October and November 2012|D] and read 70 cases.

S| On reducing reoffending the Trust scored 79%, one of the better results in the region.
W| It managed only 66% on public protection.

N| Inspectors were pleased to find that:
S| • most first assessments were done promptly and to a good standard;
S| • offenders valued the continuity of having one officer throughout their order.

N| However, inspectors were concerned to find that:
W| • risk management plans were often so general that they gave staff little guidance;
W| • few domestic abuse cases included a visit to the offender’s home.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are skilled and care about the people they supervise.
R| “Managers should now treat risk of harm with the same seriousness they bring to reducing reoffending.”

R| The report makes nine recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider, an embargo line: "Sodexo Justice Services’ X (CRC) falls into the ‘...’
    #    band overall, according to ..."; unpaid work "rated separately, was ‘...’"; fieldwork "during July 2018"; six
    #    recommendations; the provider's reply
    ("purfleet-and-aveley-crc-2018", facts([
        svc("Purfleet and Aveley Community Rehabilitation Company", "Purfleet and Aveley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-06", "2018-07", 6),
     """N| Embargoed until 00.01 [Thursday 6 December 2018|D]

N| Probation company in Thurrock ‘needs to get closer to the people it supervises’

N| [Sodexo Justice Services|A]’ [Purfleet and Aveley Community Rehabilitation Company|S] (CRC) falls into the ‘[Requires improvement|R]’ band overall, according to [HM Inspectorate of Probation|A].
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork during [July 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people are reporting to a kiosk or taking a phone call rather than seeing a probation worker face to face.
S| “By contrast, unpaid work is well organised, and the projects are ones local people can see and value.”

W| Inspectors found that caseloads of more than 60 were common among staff supervising people assessed as medium risk.
S| The CRC’s through-the-gate team had good links with the local prison and met most people before release.
W| Information from the [National Probation Service|A] at the point of allocation was often incomplete, and this was seldom followed up.

R| Six recommendations are made, four of which the CRC and [Sodexo Justice Services|A] must act on; [HM Prison and Probation Service|A] has the remaining two.

N| A [Sodexo Justice Services|A] spokesperson said: “We have accepted all of the recommendations and are reducing caseloads.”
"""),
    # 7. an NPS division in 2019: "X has been assessed as ‘...’ overall"; the short "NPS Becontree and Rush Green";
    #    "Published: 3 Oct 2019"; fieldwork "between 8 and 12 April 2019"; five recommendations
    ("becontree-and-rush-green-nps-division-2019", facts([
        svc("National Probation Service – Becontree and Rush Green Division", "NPS Becontree and Rush Green",
            "region", GOOD)], "2019-10-03", "2019-04", 5),
     """N| Probation division in east London is ‘[Good|R]’, say inspectors

N| Published: [3 Oct 2019|D]

N| The [National Probation Service – Becontree and Rush Green Division|S] has been assessed as ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
N| The division supervises around 3,000 people in Barking, Dagenham and Havering.
N| Inspectors were on site between [8 and 12 April 2019|D].

S| Senior managers watched performance closely and had held staff vacancies down despite a difficult labour market.
S| Court reports were thorough and gave magistrates the information they needed.
W| Yet work with victims fell short: letters to victims were sometimes sent late and a few victims had not been offered contact at all.
W| Not all staff had been trained to work with people convicted of sexual offences.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Becontree and Rush Green|S] is a well-run division with a stable, confident workforce.
R| “It should now bring its victim work up to the standard of everything else we saw.”

R| There are five recommendations; three concern the division and two [HMPPS|A].
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by" HMI
    #    Probation with Ofsted and the CQC; "Posted: 03/11/2016" (day/month/year); "The inspection, which took place in
    #    July 2016"; bullet lists; five recommendations
    ("sible-hedingham-yot-2016", facts([
        svc("Sible Hedingham Youth Offending Team", "Sible Hedingham YOT", "YJS", None)], "2016-11-03", "2016-07", 5),
     """N| Inspection of youth offending work in the Colne Valley

N| Posted: [03/11/2016|D]

N| Inspectors have published their findings on [Sible Hedingham Youth Offending Team|S] (YOT), after an inspection that [HM Inspectorate of Probation|A] led.
N| The inspection, which took place in [July 2016|D], also involved [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • the YOT’s work to keep children in education was good, with every child of school age in a school or college;
S| • staff knew the children well and spent time with their families.

N| However, they were concerned that:
W| • the vulnerability of children was not always assessed when they first came to the YOT;
W| • board members were given too little information to challenge the service.

R| Five recommendations are made to [Essex County Council|A] and its partners.

N| A council spokesperson said: “We are glad inspectors saw how hard our staff work with families.”
"""),
    # 9. a Youth Offending Service in 2019: "has been placed by ... in the lowest possible category, ‘...’", beside the
    #    previous inspection's pre-2018 "described as satisfactory" (2016); "Thursday, 7th March 2019" as the date line;
    #    fieldwork "in November 2018"; ten recommendations "including"
    ("walthamstow-yos-2019", facts([
        svc("Walthamstow Youth Offending Service", "Walthamstow YOS", "YJS", INAD)], "2019-03-07", "2018-11", 10),
     """N| Youth offending service in Walthamstow ‘failing children and the public’

N| [Thursday, 7th March 2019|D]

N| [Walthamstow Youth Offending Service|S] (YOS) has been placed by [HM Inspectorate of Probation|A] in the lowest possible category, ‘[Inadequate|R]’.
N| When the service was last inspected, in [2016|D], its work was described as satisfactory.
N| Inspectors visited in [November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Leaders have been slow to see how badly things had gone wrong.
W| “Many children being criminally exploited were not recognised as such, and plans to keep them safe were thin.”

W| The board had met regularly but little had changed as a result, and several members did not know what the [Walthamstow YOS|S] did day to day.
S| Inspectors praised joint work with the [Metropolitan Police|A] that kept children away from the courts.
W| Unfortunately, the quality of court work was variable, and some reports to magistrates lacked basic information.

R| The report makes ten recommendations, including that the board should review its membership and that [Waltham Forest Council|A] should appoint a permanent head of service.

N| The council said it did not dispute any of the findings.
"""),
    # 10. a GOV.UK page: "X has earned the top rating, ‘...’"; resettlement "rated on its own, came out at ‘...’";
    #     fieldwork "Inspectors carried out the fieldwork in September 2024"; three recommendations
    ("gants-hill-yjs-2025", facts([
        svc("Gants Hill Youth Justice Service", "Gants Hill YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-02-11", "2024-09", 3),
     """N| Press release

N| Top rating for youth justice service in north-east London

N| Inspectors publish their report on [Gants Hill Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| [Gants Hill Youth Justice Service|S] has earned the top rating, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
S| Its resettlement work, rated on its own, came out at ‘[Good|R]’.
N| Inspectors carried out the fieldwork in [September 2024|D].

S| Inspectors found that children were involved in every stage of their planning and that their views shaped what happened.
S| Thanks to close working with [Redbridge Council|A]’s education team, all but a handful of children were attending school, college or training.
S| Case managers were tenacious, keeping in touch with children who moved out of the area.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Here the child is never lost sight of, and everyone in the partnership can be proud of that.
S| “I was struck by how much thought went into helping children repair the harm they had done.”

R| Three recommendations are made, each of them directed at the [Gants Hill YJS|S] management board.
"""),
    # 11. a justiceinspectorates.gov.uk news item with a date line: "Inspectors concluded that X ‘...’ overall" (the scale
    #     term as the verb); the headline's lower-case "Clayhall youth justice service"; fieldwork "between 20 and 24
    #     February 2023"; "in only 13 of 30 cases"; six recommendations, among them one for the police
    ("clayhall-yjs-2023", facts([
        svc("Clayhall Youth Justice Service", "Clayhall YJS", "YJS", RI)], "2023-07-26", "2023-02", 6),
     """N| News

N| [Clayhall youth justice service|S] told to improve safety planning

N| [26 July 2023|D]

N| Inspectors concluded that [Clayhall Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| Fieldwork took place between [20 and 24 February 2023|D].

S| The service had a creditable focus on children’s identity and heritage, and staff were confident talking to children about racism.
S| Several children said their case manager was the first grown-up who had properly heard them out.
W| However, a plan to keep other people safe was good enough in only 13 of 30 cases.
W| Managers’ checks on case managers’ work were inconsistent, and some had not happened for months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Clayhall|S]’s relationships with children are a real asset, but they are not matched by careful planning.
R| “Leaders need to ensure that planning for safety becomes as strong as the bond staff build with each child.”

R| The report makes six recommendations, among them a request that the [Metropolitan Police|A] share arrest information more quickly.

N| [Redbridge Council|A] said an improvement plan was already under way.
"""),
    # 12. a council page in 2022: "Posted on 15/09/2022"; "... has rated X ‘...’ in a report published today"; fieldwork
    #     "April 2022"; four recommendations; the cabinet member's thanks
    ("highams-park-yjs-2022", facts([
        svc("Highams Park Youth Justice Service", "Highams Park YJS", "YJS", GOOD)], "2022-09-15", "2022-04", 4),
     """N| Youth justice service praised by inspectors

N| Posted on [15/09/2022|D]

N| [HM Inspectorate of Probation|A] has rated [Highams Park Youth Justice Service|S] ‘[Good|R]’ in a report published today.
N| The inspection took place in [April 2022|D].

S| Inspectors said leaders had a clear vision and that the management board challenged the service in a constructive way.
S| Children’s health needs were picked up early, with a nurse and a psychologist working alongside case managers.
S| Work to help victims feel safe was described as thoughtful and well planned.
W| The report did find that some children leaving custody had their release planned too late.

R| Four recommendations are made, including one for the board to improve the way it gathers children’s views.

N| Councillor [Priya Sandhu|X], cabinet member for children, said: “I want to thank our staff, who have worked tirelessly to achieve this result.”
"""),
    # 13. a local-news story in 2025: the report "published on Thursday (5 June)" under a byline of Monday 9 June 2025;
    #     "landed the bottom rating, ‘...’"; 12 recommendations in digits; the council's apology
    ("stansted-mountfitchet-yjs-2025", facts([
        svc("Stansted Mountfitchet Youth Justice Service", "Stansted Mountfitchet YJS", "YJS", INAD)],
        "2025-06-05", "2025-01", 12),
     """N| Youth justice team in Uttlesford gets lowest rating

N| By [Hannah Crowley|X]

N| [Monday 9 June 2025|D]

N| [Stansted Mountfitchet Youth Justice Service|S] landed the bottom rating, ‘[Inadequate|R]’, in a report published on Thursday ([5 June|D]).
N| Inspectors examined its work in [January 2025|D].

W| The report says exploitation risks to children were not always spotted, and some were still waiting for help weeks after a referral.
W| Staff turnover had been high, with the service relying on agency case managers for much of the past year.
S| Inspectors did note that the youth justice service’s diversion panel with [Essex Police|A] worked well.
W| The management board had too little grasp of how the service was performing.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in [Stansted Mountfitchet YJS|S]’s care have not been kept as safe as they should have been.”

R| The inspectorate has made 12 recommendations for the service and its partners.

N| [Essex County Council|A] said it was “deeply sorry” and that an interim service manager was now in post.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" / "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; fieldwork "carried out in September 2025"; three recommendations
    ("jaywick-pdu-2025", facts([
        svc("Jaywick Probation Delivery Unit", "Jaywick PDU", "PDU", None)], "2025-12-04", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: probation in Tendring

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has today reported on public protection work at [Jaywick Probation Delivery Unit|S].
N| Public protection inspections carry no rating.
N| The fieldwork was carried out in [September 2025|D].

N| Context
N| • [Jaywick PDU|S] belongs to [Probation Service – East of England region|S]; its patch is the Tendring coast.
N| • About 650 people are supervised by the unit, many of them on licence.

N| Findings
W| • Practitioners did not always ask enough questions about who else lived at an address.
S| • The unit’s work with [Essex Police|A] on managing people convicted of domestic abuse was well coordinated.
W| • One case in three that needed a safeguarding check with children’s social care went without one.
S| • Managers reviewed the highest-risk cases every month and recorded clear decisions.

R| Three recommendations are made: two are addressed to the PDU, one to the region.
"""),
    # 15. a remote inspection in 2021: "X has dropped a grade, to ‘...’, having been ‘...’ at its last inspection in
    #     2018"; "the March 2021 fieldwork was done from a distance"; "Published: Wednesday 9th June 2021"; "Only 10 of 24
    #     assessments"; six recommendations
    ("harold-hill-yjs-2021", facts([
        svc("Harold Hill Youth Justice Service", "Harold Hill YJS", "YJS", RI)], "2021-06-09", "2021-03", 6),
     """N| Youth justice service in Havering has slipped, inspectors say

N| Published: [Wednesday 9th June 2021|D]

N| [Harold Hill Youth Justice Service|S] has dropped a grade, to ‘[Requires improvement|R]’, having been ‘[Good|R]’ at its last inspection in [2018|D].
N| With the pandemic still limiting visits, the [March 2021|D] fieldwork was done from a distance.

W| Through the lockdowns, inspectors found, many children had rarely met their case manager in person.
W| Only 10 of 24 assessments looked sufficiently at the danger a child posed to other people.
S| Despite the pressures of the pandemic, the service kept almost every child in education or training.
S| Its partnership with [Havering Council|A]’s early help team was strong.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Harold Hill|S] has coped with a very difficult year, but some of its core work has suffered.
R| “It must get back to seeing the children who pose the greatest risk face to face.”

R| The report contains six recommendations.
"""),
    # 16. a 2020 release with a date line "Wednesday, 19th February 2020": "inspectors awarded X ‘...’"; fieldwork
    #     "between 4 and 8 November 2019"; "can be rightly proud"; no count of recommendations (null)
    ("chadwell-heath-yjs-2020", facts([
        svc("Chadwell Heath Youth Justice Service", "Chadwell Heath YJS", "YJS", GOOD)], "2020-02-19", "2019-11", None),
     """N| ‘[Good|R]’ rating for youth justice in Chadwell Heath

N| [Wednesday, 19th February 2020|D]

N| After their visit between [4 and 8 November 2019|D], inspectors from [HM Inspectorate of Probation|A] awarded [Chadwell Heath Youth Justice Service|S] a rating of ‘[Good|R]’.

S| Inspectors said the service’s leaders knew their children and their community well.
S| Where a child had speech and language needs, these were picked up fast and specialist help followed.
W| Work to manage risk to others, though, was not always reviewed when a child’s circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chadwell Heath|S] can be rightly proud of what it does for children.
S| “This is a small team that punches well above its weight.”

N| The full report lists areas for further improvement.
"""),
    # 17. a PDU in 2023 with an embargo line and "Mr Jones continued": "... has placed X at ‘...’"; fieldwork "The unit was
    #     inspected over June and July 2023"; the region in the notes; seven recommendations
    ("shoeburyness-pdu-2023", facts([
        svc("Shoeburyness Probation Delivery Unit", "Shoeburyness PDU", "PDU", RI)], "2023-12-05", "2023-06", 7),
     """N| Embargoed: 00.01 [Tuesday 5 December 2023|D]

N| Probation unit in south Essex has ‘firm foundations’ but must do more to protect the public

N| [His Majesty’s Inspectorate of Probation|A] has placed [Shoeburyness Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The unit was inspected over [June and July 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shoeburyness|S] has the foundations in place: the leadership team is stable and staff feel supported.
W| “But too often, practitioners accepted what people on probation told them without checking it with the police or children’s services.”

W| Mr Jones continued: “We found the unit’s approach to domestic abuse cases was not yet good enough.”

S| Inspectors praised the unit’s work with women, much of it delivered in partnership with a local women’s centre.
W| Accommodation was a persistent problem, and one in five people released from prison had nowhere settled to live.

R| The report makes seven recommendations, five for [Shoeburyness PDU|S] and two for [Southend-on-Sea City Council|A] and [Essex Police|A].

N| ENDS

N| Notes to editors
N| 1. [Shoeburyness PDU|S] covers Shoeburyness and eastern Southend for [Probation Service – East of England region|S].
"""),
    # 18. a release with notes: "‘...’ is what ... has concluded about X"; resettlement "assessed separately, was ‘...’";
    #     how near it came to ‘Inadequate’ (no fact); fieldwork "during December 2023"; "The report was published on 30
    #     April 2024" in the notes; four recommendations
    ("london-colney-yjs-2024", facts([
        svc("London Colney Youth Justice Service", "London Colney YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-04-30", "2023-12", 4),
     """N| Youth justice service in Hertfordshire ‘has a great deal to do’

N| ‘[Requires improvement|R]’ is what [HM Inspectorate of Probation|A] has concluded about [London Colney Youth Justice Service|S].
W| The service came within two points of an overall rating of ‘[Inadequate|R]’.
W| Resettlement, assessed separately, was ‘[Inadequate|R]’.
N| Inspectors visited during [December 2023|D].

W| Plans for children leaving custody were usually put together in the last days before release, leaving some without a place to live.
W| Managers had not noticed that several case managers were struggling with complex cases.
S| More positively, the service’s out-of-court work with [Hertfordshire Constabulary|A] was effective and well led.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children leaving custody in this part of Hertfordshire deserve much better.
R| “I want to see a clear resettlement plan in place for every child well before their release date.”

R| There are four recommendations in the report.

N| Notes to editors
N| 1. The report was published on [30 April 2024|D].
N| 2. [London Colney YJS|S] works with around 50 children at any one time.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the seventy-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
