"""Builds the 141st shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Suffolk PDUs on a GOV.UK page, the region named after the units ("Each is managed within ..."): "X was
    #    placed at ‘...’ and Y at the bottom of the scale, ‘...’"; "Inspectors visited both units in January 2024"; nine
    #    recommendations "five for Brantham and four for Shotley"
    ("shotley-and-brantham-pdus-2024", facts([
        svc("Shotley Probation Delivery Unit", "Shotley PDU", "PDU", RI),
        svc("Brantham Probation Delivery Unit", "Brantham PDU", "PDU", INAD)], "2024-05-14", "2024-01", 9),
     """N| Press release

N| Reports on two probation units in south Suffolk

N| The inspectorate has published its findings on two probation delivery units serving the Shotley peninsula and the Stour estuary.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Today [HM Inspectorate of Probation|A] publishes reports on [Shotley Probation Delivery Unit|S] and [Brantham Probation Delivery Unit|S].
N| Each is managed within the [Probation Service – East of England region|S].
N| [Shotley|S] was placed at ‘[Requires improvement|R]’ and [Brantham|S] at the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brantham|S] had seen most of its experienced officers leave within a year, and new trainees were left to manage complex cases largely on their own.
S| “[Shotley|S] has a steadier team, and its managers check the quality of work week by week.”

S| Inspectors praised [Shotley PDU|S]’s links with [Suffolk Constabulary|A]: case managers usually heard about a police call-out to a home within a day or two.
W| In [Brantham PDU|S], by contrast, home visits had almost stopped and safeguarding checks were missing in over half the cases examined.
W| Neither unit had enough places on accredited programmes for men convicted of domestic abuse.

R| There are nine recommendations across the two reports, five for [Brantham|S] and four for [Shotley|S].

N| [Ellen Marsh|X], Regional Probation Director for the East of England, said: “We accept every recommendation, and we have already begun recruiting for the unit.”
"""),
    # 2. two youth justice services in a local-news story: "released on Tuesday (14 November)" under a byline of Friday 17
    #    November 2023; "Inspectors handed X their highest grade, ‘...’, while Y received ‘...’", in the other order from
    #    the one first named; five recommendations "three for Dunwich and two for Theberton"
    ("dunwich-and-theberton-yjs-2023", facts([
        svc("Dunwich Youth Justice Service", "Dunwich YJS", "YJS", GOOD),
        svc("Theberton Youth Justice Service", "Theberton YJS", "YJS", OUT)], "2023-11-14", "2023-07", 5),
     """N| Coastal youth justice teams earn strong grades from inspectors

N| By [Tom Ashdown|X]

N| [Friday 17 November 2023|D]

N| Inspectors looked at [Dunwich Youth Justice Service|S] and [Theberton Youth Justice Service|S] in [July 2023|D], and their reports were released on Tuesday ([14 November|D]).
N| Inspectors handed [Theberton|S] their highest grade, ‘[Outstanding|R]’, while [Dunwich|S] received ‘[Good|R]’.

S| The watchdog found that [Theberton|S]’s workers built lasting relationships with children, many of whom stayed in touch after their orders ended.
S| Its partnership with local schools meant nearly all children on orders were attending school or college full time.
S| [Dunwich|S] was commended for the speed with which children were seen after their first court appearance.
W| However, inspectors said that in [Dunwich YJS|S] the needs of victims were not always taken into account when planning a child’s work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children along this stretch of coast are well served, and the team at [Theberton|S] in particular deserves real credit.”

R| The reports set out five recommendations, three for [Dunwich|S] and two for [Theberton|S].

N| A spokesperson for [Suffolk County Council|A] said: “We are delighted for both teams and thank every partner involved.”
"""),
    # 3. three north Essex PDUs in a justiceinspectorates news item, the region named first: "Two of the units, X and Y,
    #    sit at ‘...’; the third, Z, is ‘...’"; "Published: 4 Mar 2025"; fieldwork "between 28 October and 8 November 2024";
    #    ten recommendations "four for Bradfield and three each for Wrabness and Lawford"
    ("wrabness-lawford-and-bradfield-pdus-2025", facts([
        svc("Wrabness Probation Delivery Unit", "Wrabness PDU", "PDU", RI),
        svc("Lawford Probation Delivery Unit", "Lawford PDU", "PDU", RI),
        svc("Bradfield Probation Delivery Unit", "Bradfield PDU", "PDU", INAD)], "2025-03-04", "2024-10", 10),
     """N| News

N| Three probation units near the Essex–Suffolk border inspected

N| Published: [4 Mar 2025|D]

N| Within the [Probation Service – East of England region|S], [HM Inspectorate of Probation|A] has reported on [Wrabness Probation Delivery Unit|S], [Lawford Probation Delivery Unit|S] and [Bradfield Probation Delivery Unit|S].
N| Two of the units, [Wrabness|S] and [Lawford|S], sit at ‘[Requires improvement|R]’; the third, [Bradfield|S], is ‘[Inadequate|R]’.
N| The fieldwork ran between [28 October and 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bradfield we found officers holding more than 70 cases each, with almost no time left for the work that keeps people safe.
S| “In Wrabness and Lawford, practitioners know the people they supervise well and are determined to do right by them.
W| “But across all three units, plans to manage the risk of harm were too often thin.”

S| Inspectors were impressed by the joint work of [Lawford PDU|S] and [Essex Police|A] with people at risk of returning to prison.
W| [Wrabness PDU|S] had no settled senior manager for eight months before the inspection.

R| Ten recommendations are made, four for [Bradfield|S] and three each for [Wrabness|S] and [Lawford|S].
"""),
    # 4. a unit inside its region, the region in the headline ("East of England probation region: serious concerns at
    #    Hollesley unit") and the second sentence: "inspectors have given X the lowest of the four ratings, ‘...’"; the
    #    region's own 2023 rating as context; "Mr Jones continued"; fieldwork "Following an inspection during March 2024";
    #    "Publication: 00.01, Thursday 15 August 2024" in the notes
    ("hollesley-pdu-2024", facts([
        svc("Hollesley Probation Delivery Unit", "Hollesley PDU", "PDU", INAD)], "2024-08-15", "2024-03", 7),
     """N| [East of England probation region|S]: serious concerns at [Hollesley unit|S]

N| Following an inspection during [March 2024|D], inspectors have given [Hollesley Probation Delivery Unit|S] the lowest of the four ratings, ‘[Inadequate|R]’.
N| [Hollesley|S] is managed from the [Probation Service – East of England region|S]’s office in Cambridge.
N| The region itself received ‘[Requires improvement|R]’ from its own inspection in [2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit where staff have been stretched past breaking point.
W| “A third of case manager posts were empty, and agency staff came and went so quickly that some people on probation had met four different officers in six months.”

W| Mr Jones continued: “When we looked at cases involving domestic abuse, we rarely found the checks with police and children’s services that we would expect.”

S| Inspectors did find that [Hollesley|S]’s unpaid work team had kept projects running on local heathland and churchyards, and people on probation spoke well of them.
W| Links with mental health services were weak, and referrals often went unanswered for weeks.

R| The report makes seven recommendations: five are for the unit, and the [Probation Service|A] regionally must act on the other two.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 15 August 2024|D], on the inspectorate’s website.
N| 2. [Hollesley PDU|S] supervises about 450 people in east Suffolk.
"""),
    # 5. a unit inside its region, the region opening the first sentence ("Across the Probation Service – East of England
    #    region, the latest unit to be inspected is X, and inspectors judged that it ‘...’"); a year-less "published today
    #    (Thursday, 7 September)" taking the year of the fieldwork (April 2023); "just 19 of the 36 cases"; six
    #    recommendations
    ("ardleigh-pdu-2023", facts([
        svc("Ardleigh Probation Delivery Unit", "Ardleigh PDU", "PDU", RI)], "2023-09-07", "2023-04", 6),
     """N| Probation unit near Colchester must raise standards, inspectors say

N| Across the [Probation Service – East of England region|S], the latest unit to be inspected is [Ardleigh Probation Delivery Unit|S], and inspectors judged that it ‘[Requires improvement|R]’.
N| The report is published today ([Thursday, 7 September|D]).
N| Inspectors spent the second half of [April 2023|D] with the unit, reading 36 cases and meeting staff and partners.

S| Leaders understood what was wrong in the unit and had begun putting it right.
S| Staff felt supported by their managers, and training for new officers was well organised.
W| Yet risk assessments were good enough in just 19 of the 36 cases.
W| Worryingly, several people assessed as posing a high risk to a partner had not had a home visit.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a willing team at [Ardleigh|S] and a leadership that understands what has to change.
R| “From now on, every assessment in the unit must draw on police and children’s services information before a plan is agreed.”

R| Six recommendations are made in the report.
"""),
    # 6. a Probation Trust in 2012: percentage scores, pre-2018 bullet lists ("Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"), no rating; "Tuesday, 11th September 2012" with "published
    #    today"; fieldwork "in May 2012"; eight recommendations
    ("tattingstone-and-stutton-probation-trust-2012", facts([
        svc("Tattingstone and Stutton Probation Trust", "Tattingstone and Stutton Probation Trust", "other", None)], "2012-09-11", "2012-05", 8),
     """N| Probation in Tattingstone and Stutton: inspection report

N| [Tuesday, 11th September 2012|D]

S| Offender management in [Tattingstone and Stutton Probation Trust|S] is sound in most respects, says the report published today by [HM Inspectorate of Probation|A].
N| The inspection was carried out in [May 2012|D] and looked at 55 cases.

S| The Trust’s scores were 78% on reducing the likelihood of reoffending and 83% on delivering the sentence.
W| Its score for protecting the public, 64%, was below the average of Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • most offenders had their first meeting with an officer within five working days;
S| • staff had good access to drug and alcohol services through the Trust’s partners.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were not always reviewed after a significant change;
W| • checks with [Suffolk Constabulary|A] on domestic abuse call-outs were often missed.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff here are knowledgeable and committed, and offenders told us they were treated with respect.
R| “I want to see public protection given the same priority by the Trust as the rest of its work.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2019 "which Sodexo Justice Services owns": "found X ... to be ‘...’ overall"; unpaid work "which inspectors
    #    rated on its own, was ‘Good’"; embargo line "Embargoed until 00.01 Thursday 25 July 2019"; fieldwork "between 11
    #    and 22 March 2019"; six recommendations split with HMPPS
    ("eyke-and-butley-crc-2019", facts([
        svc("Eyke and Butley Community Rehabilitation Company", "Eyke and Butley CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-25", "2019-03", 6),
     """N| Embargoed until 00.01 [Thursday 25 July 2019|D]

N| Inspectors find probation company in east Suffolk must improve

N| [HM Inspectorate of Probation|A] found [Eyke and Butley Community Rehabilitation Company|S] (CRC), which [Sodexo Justice Services|A] owns, to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, which inspectors rated on its own, was ‘[Good|R]’.
N| The inspection took place between [11 and 22 March 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too many people supervised by this CRC are reported to us as seen, when in practice they have had a short phone call every few weeks.
S| “That said, the unpaid work scheme is well run, with a good choice of placements and supervisors who set a clear example.”

W| Inspectors found that case managers were handling 65 cases or more, and many said they could not keep up.
W| Work with the [National Probation Service|A] on cases where risk had increased was slow and relied on individuals.
S| The CRC’s through-the-gate team at [HMP Warren Hill|S] was praised for helping people find housing before release.

R| The CRC and [Sodexo Justice Services|A] must act on four of the six recommendations, and [HM Prison and Probation Service|A] on two.

N| A spokesperson for [Sodexo Justice Services|A] said: “We welcome the report and have already taken steps to reduce caseloads.”
"""),
    # 8. an NPS division, "the Knodishall and Aldringham division of the National Probation Service" (one span), short "NPS
    #    Knodishall and Aldringham": "Inspectors have awarded X an overall rating of ‘...’"; fieldwork "in June and July
    #    2019"; the notes' "Date of publication: 20 November 2019"; seven recommendations
    ("knodishall-and-aldringham-nps-division-2019", facts([
        svc("Knodishall and Aldringham division of the National Probation Service", "NPS Knodishall and Aldringham",
            "region", GOOD)], "2019-11-20", "2019-06", 7),
     """N| Probation division in east Suffolk rated ‘[Good|R]’

N| Inspectors have awarded the [Knodishall and Aldringham division of the National Probation Service|S] an overall rating of ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] visited the division in [June and July 2019|D].

S| Inspectors found committed leaders who had kept vacancies low and training up to date.
S| Reports prepared for the courts were thorough and were ready on time in almost every case.
W| Victim contact, however, was uneven: some victims were not told when an offender was about to be released.
W| Approved premises had too few places, and some people were housed a long way from home on release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Knodishall and Aldringham|S] has strong foundations and staff who care about getting things right.
R| “Leaders should make sure that victims are kept informed at every stage.”

R| The division is the main recipient of the seven recommendations, with others going to [HMPPS|A] and the [Ministry of Justice|A].

N| ENDS

N| Notes to editors
N| 1. Date of publication: [20 November 2019|D].
"""),
    # 9. a 2016 council page on a joint inspection of "Weeley Youth Offending Team (YOT)" led by HMI Probation: no
    #    rating; "Posted: 03/05/2016"; fieldwork "in January 2016"; lead-in lists; four recommendations
    ("weeley-yot-2016", facts([
        svc("Weeley Youth Offending Team", "Weeley YOT", "YJS", None)], "2016-05-03", "2016-01", 4),
     """N| Youth offending team inspection findings published

N| Posted: [03/05/2016|D]

N| A report has been published on [Weeley Youth Offending Team|S] (YOT) following a joint inspection headed by [HM Inspectorate of Probation|A].
N| Inspectors from the [Care Quality Commission|A] and [Ofsted|A], as well as [HM Inspectorate of Constabulary|A], also took part in the inspection, which was held in [January 2016|D].

N| The inspectors found that:
S| • the YOT’s staff were enthusiastic, and each knew their children’s circumstances in detail;
S| • children were helped to return to school or college quickly.

N| But they were concerned that:
W| • assessments did not always consider the risk a child posed to others;
W| • the management board was not told enough about how well [Weeley YOT|S] was doing its work.

R| Four recommendations have been made, most of them for the management board.

N| Councillor [Susan Pryor|X], [Essex County Council|A]’s cabinet member for children, said: “We are pleased the inspectors recognised our staff’s commitment, and an action plan is being prepared.”
"""),
    # 10. "Thorpeness Youth Offending Service" (YOS) in 2019: "judged X to be ‘Good’"; fieldwork "in May 2019"; notes'
    #     "Report online from: Wednesday 9 October 2019"; three recommendations
    ("thorpeness-yos-2019", facts([
        svc("Thorpeness Youth Offending Service", "Thorpeness YOS", "YJS", GOOD)], "2019-10-09", "2019-05", 3),
     """N| Inspectors praise youth offending service on the Suffolk coast

N| After fieldwork in [May 2019|D], [HM Inspectorate of Probation|A] has judged [Thorpeness Youth Offending Service|S] to be ‘[Good|R]’.

S| The service’s leaders had a clear plan, and the management board included senior people from the council, [Suffolk Constabulary|A] and health.
S| Case managers were good at winning the trust of children excluded from school.
S| Inspectors were particularly impressed by the work with children on court orders, where plans were thorough and reviewed often.
W| Work with children given out-of-court disposals was less effective, and some assessments were brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thorpeness|S] has a stable and experienced team, and children clearly benefit from it.
R| “The service should now give out-of-court work the same care it already gives to children sentenced in court.”

R| We have made three recommendations, two to the service and one to its management board.

N| ENDS

N| Notes to editors
N| 1. Report online from: [Wednesday 9 October 2019|D].
N| 2. [Thorpeness YOS|S] was inspected under the standards introduced in [2018|D].
"""),
    # 11. an ordinary youth service on a GOV.UK page: "rated ‘Good’"; resettlement "rated separately, ‘Requires
    #     improvement’"; fieldwork "Fieldwork for this inspection took place in October 2023"; four recommendations
    ("snape-yjs-2024", facts([
        svc("Snape Youth Justice Service", "Snape YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-02-27", "2023-10", 4),
     """N| Press release

N| ‘[Good|R]’ rating for [Snape Youth Justice Service|S]

N| Inspectors have published their report on youth justice work in Snape.

N| From: [HM Inspectorate of Probation|A]

N| Published [27 February 2024|D]

N| [Snape Youth Justice Service|S] (YJS) has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [October 2023|D].
W| Resettlement policy and provision, rated separately, was ‘[Requires improvement|R]’, as the service had no agreed approach for children leaving custody.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Snape|S]’s case workers are patient and persistent, and children told us they felt listened to.
S| “The service works closely with [Suffolk County Council|A]’s children’s services, so concerns about a child’s safety are shared quickly.”

W| However, inspectors found that planning to keep other people safe was not always clear enough.
S| Positively, the service had a speech and language therapist on the team, and every child was screened.

R| The report makes four recommendations, including that the service should write a resettlement policy with its partners.
"""),
    # 12. an Outstanding youth service: "awarded ... the top rating, ‘Outstanding’ ... an improvement on the ‘Good’ it
    #     received in 2019"; fieldwork "in April 2022"; notes' "on 30 August 2022"; two recommendations
    ("flatford-yjs-2022", facts([
        svc("Flatford Youth Justice Service", "Flatford YJS", "YJS", OUT)], "2022-08-30", "2022-04", 2),
     """N| [Flatford youth justice team|S] rated ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has awarded [Flatford Youth Justice Service|S] the top rating, ‘[Outstanding|R]’, an improvement on the ‘[Good|R]’ it received in [2019|D].
N| Inspectors were with the service in [April 2022|D].

S| Inspectors found a confident, well-led team whose every decision started from what the child needed.
S| Children’s voices shaped their own plans, and several had helped to design the service’s new reporting centre.
S| Partnership with [Suffolk Constabulary|A] and [Suffolk County Council|A] was a particular strength, and diversion from court was used well.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Flatford|S] should be very proud: this is among the best youth justice work we have seen.”
W| The only area inspectors asked to be developed was the way the service recorded its contact with victims.

R| Two recommendations are made.

N| ENDS

N| Notes to editors
N| 1. The report appears on the inspectorate’s website from [30 August 2022|D].
"""),
    # 13. a council page with "12/07/2021": "Rowhedge Youth Justice Service ... ‘Requires improvement’" via "the
    #     inspectorate's verdict"; fieldwork "carried out remotely in February 2021"; six recommendations
    ("rowhedge-yjs-2021", facts([
        svc("Rowhedge Youth Justice Service", "Rowhedge YJS", "YJS", RI)], "2021-07-12", "2021-02", 6),
     """N| Council responds to youth justice inspection

N| [12/07/2021|D]

N| The inspectorate’s verdict on [Rowhedge Youth Justice Service|S] is that it ‘[Requires improvement|R]’.
N| Because of the pandemic, inspectors worked remotely when they looked at the service in [February 2021|D].

S| Inspectors said that during lockdown staff had kept up contact with children, by video and by calling at their homes.
W| But they found that managing the risk children might pose to other people was done inconsistently.
W| The management board had not checked whether the changes it agreed were actually made.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Rowhedge|S] has dedicated staff, but too much depends on individuals rather than on sound systems.”

R| The report makes six recommendations, four to the service and two to the board.

N| Councillor [David Ford|X] said: “We accept the findings and will report on progress to the board every quarter.”
"""),
    # 14. "given the lowest possible rating, ‘Inadequate’"; the previous 2021 rating beside it; "Published 21 January
    #     2025"; fieldwork "spent two weeks in September 2024"; twelve recommendations
    ("elmsett-yjs-2025", facts([
        svc("Elmsett Youth Justice Service", "Elmsett YJS", "YJS", INAD)], "2025-01-21", "2024-09", 12),
     """N| Press release

N| Youth justice service in Elmsett found to be failing children

N| From: [HM Inspectorate of Probation|A]

N| Published [21 January 2025|D]

N| [HM Inspectorate of Probation|A] has given [Elmsett Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| At its previous inspection in [2021|D], the service was rated ‘[Requires improvement|R]’.
N| Inspectors spent two weeks in [September 2024|D] looking at the service’s work.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Elmsett are being let down.
W| “We found plans for exploited children that nobody had revised in months, and a board that met but changed very little.”

W| Inspectors found that fewer than half of assessments considered the safety of the child properly.
W| The service had been slow to act on the previous inspection’s findings.
S| Despite these problems, inspectors praised the service’s education worker for getting several children back into lessons.

R| Twelve recommendations are made, eight to the service and its management board and four to partner agencies, including [Suffolk Constabulary|A] and the [NHS Suffolk and North East Essex Integrated Care Board|A].
"""),
    # 15. "Thursday, 4th June 2020" date line, "published today"; "Inspectors assessed X as ‘Good’"; fieldwork "between 10
    #     and 14 February 2020"; five recommendations
    ("raydon-yjs-2020", facts([
        svc("Raydon Youth Justice Service", "Raydon YJS", "YJS", GOOD)], "2020-06-04", "2020-02", 5),
     """N| ‘[Good|R]’ youth justice work in Raydon

N| [Thursday, 4th June 2020|D]

N| In a report published today, inspectors assessed [Raydon Youth Justice Service|S] as ‘[Good|R]’.
N| The inspection took place between [10 and 14 February 2020|D], before the national lockdown.

S| Inspectors found a well-organised service whose leaders knew its strengths and weaknesses.
S| Case managers were tenacious in keeping children engaged, even when appointments were missed.
W| While the service worked well with children on court orders, its assessments of children receiving out-of-court disposals were often too brief.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “I am encouraged by what we found in Raydon.
S| “The service has good relationships with schools and children’s social care, and children benefit from that.”

R| The report makes five recommendations.
"""),
    # 16. a 2025-26 public-protection PDU inspection with "Skip to content", an empty "Published:" line, "Context" /
    #     "Findings" bullets and no rating; "published on 24 June 2025" in the text; fieldwork "10 - 14 March 2025"; four
    #     recommendations
    ("cavendish-pdu-2025", facts([
        svc("Cavendish Probation Delivery Unit", "Cavendish PDU", "PDU", None)], "2025-06-24", "2025-03", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Cavendish Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] published its findings on public protection at [Cavendish Probation Delivery Unit|S] on [24 June 2025|D].
N| Regionally, the unit answers to the [Probation Service – East of England region|S].
N| Inspections in this programme do not give a rating.
N| The fieldwork week was [10 - 14 March 2025|D].

N| Context
N| • The PDU covers a rural area along the upper Stour valley.
N| • It supervises around 500 people on licence or community sentences.

N| Findings
S| • Practitioners had a sound understanding of domestic abuse and used it in their assessments.
W| • Where children lived at the address, the home had usually not been visited by anyone from the PDU.
W| • Information from [Suffolk Constabulary|A] was not always requested at the start of an order.

R| Four recommendations are addressed to the PDU and to the regional leadership.
"""),
    # 17. "judged to be ‘Requires improvement’ overall"; resettlement "given its own rating, reached ‘Good’"; previous
    #     2021 rating beside; "Published: 16 May 2023"; fieldwork "in January 2023"; six recommendations
    ("layham-yjs-2023", facts([
        svc("Layham Youth Justice Service", "Layham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-05-16", "2023-01", 6),
     """N| News

N| [Layham Youth Justice Service|S]: report published

N| Published: [16 May 2023|D]

N| [Layham Youth Justice Service|S] has been judged to be ‘[Requires improvement|R]’ overall, up from ‘[Inadequate|R]’ at its last inspection in [2021|D].
S| Resettlement work, given its own rating, reached ‘[Good|R]’.
N| Inspectors visited in [January 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Layham|S] has made real progress since our last visit, and the board now holds partners to account.
W| “However, the quality of day-to-day work with children is still variable, and too few plans set out how victims will be protected.”

S| Inspectors noted that children leaving custody had accommodation and education arranged before their release.
W| Staff turnover remained high, and a quarter of case manager posts were filled by agency workers.

R| Of the report’s six recommendations, four are aimed at the service and two at its partners.
"""),
    # 18. a local-news story with a byline date: "published today"; "The watchdog rated X ‘Requires improvement’"; the
    #     council's reply; fieldwork "in June 2024"; no count of recommendations (null)
    ("bramfield-yjs-2024", facts([
        svc("Bramfield Youth Justice Service", "Bramfield YJS", "YJS", RI)], "2024-10-09", "2024-06", None),
     """N| Youth justice service told to improve after inspection

N| By [Helen Crisp|X]

N| [Wednesday 9 October 2024|D]

N| A report published today rated [Bramfield Youth Justice Service|S] ‘[Requires improvement|R]’ after inspectors visited in [June 2024|D].

S| The watchdog found that workers saw children within days of a referral and knew their families well.
W| But it said that many plans for protecting children from exploitation had not been updated.
W| Inspectors also found that the service did not always check whether children had a safe place to live.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bramfield|S] has caring staff, but the basics of safety planning must be in place for every child, and at the moment they are not.”

N| The full report lists the areas the service is expected to work on.

N| A spokesperson for [Suffolk County Council|A] said: “The inspectors’ findings are fair, and work on the areas they identified began over the summer.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 141st shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
