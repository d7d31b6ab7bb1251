"""Builds the 144th shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. two Derbyshire PDUs in the Hope Valley on a GOV.UK page, the region named before the units; "Bamford was given
    #    ‘...’, while Edale was placed in the lowest of the four bands"; fieldwork "during May 2024"; eight recommendations
    #    "four to Bamford PDU and four to Edale PDU"; the regional director's reply
    ("bamford-and-edale-pdus-2024", facts([
        svc("Bamford Probation Delivery Unit", "Bamford PDU", "PDU", RI),
        svc("Edale Probation Delivery Unit", "Edale PDU", "PDU", INAD)], "2024-10-15", "2024-05", 8),
     """N| Press release

N| Two Hope Valley probation units inspected

N| Inspectors report on probation delivery units in the north of Derbyshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two reports from [His Majesty’s Inspectorate of Probation|A], published today, look at units of the [Probation Service – East Midlands region|S]: [Bamford Probation Delivery Unit|S] and [Edale Probation Delivery Unit|S].
N| [Bamford|S] was given ‘[Requires improvement|R]’, while [Edale|S] was placed in the lowest of the four bands, ‘[Inadequate|R]’.
N| Inspectors visited both units during [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Edale|S] has been without a settled senior manager for over a year, and it shows.
W| “Practitioners there told us they were covering cases for absent colleagues on top of caseloads that were already too high.
S| “[Bamford|S] is in a better position, with a steady team and a good grip on what is happening in each case.”

S| Inspectors commended [Bamford PDU|S] for its links with local drug and alcohol services, which meant people were referred quickly and usually kept their appointments.
W| In both units, home visits to check on people who posed a risk to a partner were rare.

R| The two reports make eight recommendations, four to [Bamford PDU|S] and four to [Edale PDU|S].

N| [Sarah Holt|X], Regional Probation Director for the East Midlands, said: “Extra staff have already moved into Edale, and we accept the findings.”
"""),
    # 2. two Barnsley youth justice services in a local-news story: the reports "came out on Tuesday (21 November)" under a
    #    byline of Friday 24 November 2023; "Silkstone was awarded the highest grade, ‘...’, with Elsecar rated ‘...’",
    #    in the other order from the one first named; fieldwork "in July and August 2023"; "Five ... three for Elsecar"
    ("elsecar-and-silkstone-yjs-2023", facts([
        svc("Elsecar Youth Justice Service", "Elsecar YJS", "YJS", GOOD),
        svc("Silkstone Youth Justice Service", "Silkstone YJS", "YJS", OUT)], "2023-11-21", "2023-07", 5),
     """N| Inspectors hail work of two youth justice teams near Barnsley

N| By [Helen Oakes|X]

N| [Friday 24 November 2023|D]

N| Inspection reports on [Elsecar Youth Justice Service|S] and [Silkstone Youth Justice Service|S] came out on Tuesday ([21 November|D]), after inspectors spent time with both teams in [July and August 2023|D].
N| [Silkstone|S] was awarded the highest grade, ‘[Outstanding|R]’, with [Elsecar|S] rated ‘[Good|R]’.

S| The inspectors found that [Silkstone|S]’s workers stayed alongside children and their families for as long as they were needed, sometimes for many months.
S| They also said [Elsecar|S] had worked closely with local schools to keep excluded children in some form of education.
W| But the [Elsecar YJS|S] report noted that plans for children who might be exploited by gangs were not reviewed often enough.

S| Chief Inspector of Probation [Justin Russell|X] said: “Both teams have a lot to be proud of, and [Silkstone|S]’s work is among the best we have seen this year.”

R| Five recommendations are made across the two reports, three for [Elsecar|S] and two for [Silkstone|S].

N| Councillor [Peter Walsh|X], cabinet spokesperson for children at [Barnsley Council|A], said: “I want to thank everyone who works in these teams for their hard work.”
"""),
    # 3. three South Yorkshire PDUs in the Dearne valley on a justiceinspectorates news item; "Published: 11 Feb 2025";
    #    "Both Wath upon Dearne and Bolton upon Dearne come out at ‘...’; Denaby Main falls a step lower"; fieldwork
    #    "between 28 October and 8 November 2024" (across two months); nine recommendations "three apiece"
    ("wath-upon-dearne-bolton-upon-dearne-and-denaby-main-pdus-2025", facts([
        svc("Wath upon Dearne Probation Delivery Unit", "Wath upon Dearne PDU", "PDU", RI),
        svc("Bolton upon Dearne Probation Delivery Unit", "Bolton upon Dearne PDU", "PDU", RI),
        svc("Denaby Main Probation Delivery Unit", "Denaby Main PDU", "PDU", INAD)], "2025-02-11", "2024-10", 9),
     """N| News

N| Dearne valley probation units: one judged ‘[Inadequate|R]’

N| Published: [11 Feb 2025|D]

N| Today [HM Inspectorate of Probation|A] released reports on three units belonging to the [Probation Service – Yorkshire and the Humber region|S]: [Wath upon Dearne Probation Delivery Unit|S], [Bolton upon Dearne Probation Delivery Unit|S] and [Denaby Main Probation Delivery Unit|S].
N| Both [Wath upon Dearne|S] and [Bolton upon Dearne|S] come out at ‘[Requires improvement|R]’; [Denaby Main|S] falls a step lower, to ‘[Inadequate|R]’.
N| The fieldwork ran between [28 October and 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Denaby Main|S] is a unit where nearly half of the probation officer posts were empty and the managers left behind were stretched to breaking point.
S| “Staff at [Wath upon Dearne|S] and [Bolton upon Dearne|S] had kept a sense of purpose, and their work with women on probation was thoughtful.”

W| Across the three units, fewer than four in ten of the cases inspected showed enough attention to keeping children safe.
S| [Bolton upon Dearne PDU|S] had built a strong working relationship with [South Yorkshire Police|A] on the management of people convicted of domestic abuse.
W| Unpaid work had fallen well behind in [Denaby Main PDU|S], with hundreds of hours left outstanding.

R| Nine recommendations are made, three apiece for the units.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "The inspectorate has given X, part
    #    of ..., its lowest rating, ‘...’"; the region's own rating as context ("The East Midlands region as a whole
    #    received ‘...’ from its own inspection in 2023"); "Mr Jones continued"; fieldwork "in March 2024"; notes "available on
    #    the ... website on 30 July 2024 at 00.01"
    ("grindleford-pdu-2024", facts([
        svc("Grindleford Probation Delivery Unit", "Grindleford PDU", "PDU", INAD)], "2024-07-30", "2024-03", 7),
     """N| [East Midlands probation region|S]: [Grindleford unit|S] found to be failing

N| The inspectorate has given [Grindleford Probation Delivery Unit|S], part of the [Probation Service – East Midlands region|S], its lowest rating, ‘[Inadequate|R]’.
N| The [East Midlands region|S] as a whole received ‘[Requires improvement|R]’ from its own inspection in [2023|D].
N| Inspectors looked at 52 cases from the unit in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Grindleford|S] is struggling on almost every front.
W| “Risk assessments were late or missing in many of the cases we read, and a number of people released from prison had not been seen in their first weeks in the community.”

W| Mr Jones continued: “Staff were doing their best, but many of them had been qualified for less than two years and had little supervision from managers.”

S| Despite these pressures, inspectors found that the unit’s work with people with housing needs was well organised and made good use of local providers.
W| Checks with [Derbyshire County Council|A]’s children’s services were not always carried out before plans were agreed.

R| Seven recommendations are set out in the report: five for the unit and two that fall to the [Probation Service|A] in the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [30 July 2024|D] at 00.01.
N| 2. [Grindleford PDU|S] is one of the probation delivery units of the [East Midlands region|S].
"""),
    # 5. a unit inside its region, the region in the notes: "published today (Thursday, 14 September)" (no year: the
    #    fieldwork's, May 2023); "has found that X ‘...’" (the rating as the verb); "in only 19 of the
    #    44 cases"; six recommendations
    ("calver-pdu-2023", facts([
        svc("Calver Probation Delivery Unit", "Calver PDU", "PDU", RI)], "2023-09-14", "2023-05", 6),
     """N| [Calver probation unit|S] must strengthen public protection, say inspectors

N| In a report published today ([Thursday, 14 September|D]), [HM Inspectorate of Probation|A] has found that [Calver Probation Delivery Unit|S] ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [May 2023|D], reading 44 cases and meeting practitioners, managers and partner agencies.

S| Leaders were honest with inspectors about what was going wrong and had a realistic plan to put it right.
S| Positively, the unit had cut the number of vacant posts over the past year and new staff spoke well of their induction.
W| However, planning to protect victims of domestic abuse was sufficient in only 19 of the 44 cases.
W| Enquiries to [Derbyshire Constabulary|A] about domestic abuse call-outs were inconsistent, and the answers were not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Calver|S] has a capable team, and we saw some committed, caring work.
R| “The unit’s managers now need to make sure that every assessment considers who else might be at risk, and that this is checked.”

R| We have made six recommendations, all for the unit.

N| ENDS

N| Notes to editors
N| 1. [Calver PDU|S], in the [Probation Service – East Midlands region|S], supervises about 500 people in the Derbyshire Dales.
"""),
    # 6. a Probation Trust in 2012, before ratings: scores as percentages, bullet lists after "Inspectors found that:" /
    #    "But they also found that:"; date line "Tuesday, 13th November 2012"; fieldwork "in July 2012"; ten recommendations
    ("monyash-and-taddington-probation-trust-2012", facts([
        svc("Monyash and Taddington Probation Trust", "Monyash and Taddington Probation Trust", "other", None)],
        "2012-11-13", "2012-07", 10),
     """N| Report on offender management in Monyash and Taddington published

N| [Tuesday, 13th November 2012|D]

N| [Her Majesty’s Inspectorate of Probation|A] has today published its findings on how [Monyash and Taddington Probation Trust|S] manages offenders.
N| The inspection was carried out in [July 2012|D] and looked at 70 cases.

S| Work to reduce the likelihood of reoffending scored 77%, and work to make sure the sentence was served scored 84%.
W| The Trust’s score for protecting the public was 63%, which inspectors described as too low.

N| Inspectors found that:
S| • offenders were usually given a first appointment within days of being sentenced and were clear about what was expected of them;
S| • the Trust worked well with [Derbyshire Constabulary|A] on the management of prolific offenders.

N| But they also found that:
W| • risk of harm to others was often not reviewed when circumstances changed;
W| • home visits were uncommon, even in cases where children in the household might be at risk.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Managers here are supportive, and staff know their cases well.
R| “The Trust’s leaders must now bring public protection up to the standard of its work on reducing reoffending.”

R| Ten recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "Inspectors judged X (CRC), run by ..., as
    #    ‘...’ overall"; unpaid work "which is rated separately, was ‘...’"; fieldwork "in August 2019"; the provider's reply
    ("langsett-and-dunford-crc-2019", facts([
        svc("Langsett and Dunford Community Rehabilitation Company", "Langsett and Dunford CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-11-14", "2019-08", 6),
     """N| Embargoed until 00.01 on [Thursday 14 November 2019|D]

N| Probation company in South Yorkshire told to improve

N| Inspectors from [Her Majesty’s Inspectorate of Probation|A] judged [Langsett and Dunford Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], as ‘[Requires improvement|R]’ overall.
S| The CRC’s unpaid work, which is rated separately, was ‘[Good|R]’.
N| The inspection took place in [August 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Telephone calls too often took the place of face-to-face meetings with people supervised by the CRC.
W| “Some staff told us they had up to 90 cases each and felt they could not do justice to any of them.”

S| Inspectors praised [Langsett and Dunford CRC|S]’s unpaid work teams, which offered placements on local community projects and kept a close eye on attendance.
W| Joint working with the [National Probation Service|A] was adequate, yet information about risk did not always pass between the two.

R| There are six recommendations; the CRC and [Sodexo Justice Services|A] share four, and [HM Prison and Probation Service|A] has two.

N| A spokesperson for [Sodexo Justice Services|A] said: “We welcome the report and are already reducing caseloads.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: the inspectorate's "joint inspection" with
    #    three others, bullet lists; "Date: 08/09/2016" (day/month/year); "fieldwork took place in June 2016"
    ("stoney-middleton-yot-2016", facts([
        svc("Stoney Middleton Youth Offending Team", "Stoney Middleton YOT", "YJS", None)], "2016-09-08", "2016-06", 6),
     """N| Inspection of youth offending work in Stoney Middleton

N| Date: [08/09/2016|D]

N| [Her Majesty’s Inspectorate of Probation|A] has now published the report of its joint inspection of [Stoney Middleton Youth Offending Team|S] (YOT).
N| [Ofsted|A] and the [Care Quality Commission|A] joined the inspection, as did [HM Inspectorate of Constabulary|A], and fieldwork took place in [June 2016|D].

N| Inspectors were pleased to find that:
S| • case managers knew the children they worked with and had their trust;
S| • children were offered a wide range of activities to help them stay out of trouble;
S| • the YOT management board was well attended by senior partners.

N| However, inspectors were concerned to find that:
W| • assessments did not always consider the risk a child posed to others;
W| • not enough was done to check that children went to school or college;
W| • victims were not always asked for their views.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Stoney Middleton YOT|S] is a service whose staff care deeply about the children they work with.
R| “Its next task must be to make its public protection work as strong as its work with children.”

R| The inspectors made six recommendations.

N| Councillor [Anne Lee|X], [Derbyshire County Council|A]’s cabinet member for young people, said: “We will act on the recommendations straight away.”
"""),
    # 9. a Youth Offending Service in 2019: "Published: 25 Jun 2019"; "Inspectors have judged X (YOS) to be ‘...’";
    #    fieldwork "between 11 and 15 March 2019"; four recommendations
    ("peak-forest-yos-2019", facts([
        svc("Peak Forest Youth Offending Service", "Peak Forest YOS", "YJS", GOOD)], "2019-06-25", "2019-03", 4),
     """N| News

N| ‘[Good|R]’ rating for [Peak Forest youth offending service|S]

N| Published: [25 Jun 2019|D]

N| Inspectors have judged [Peak Forest Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] carried out the inspection between [11 and 15 March 2019|D].

S| Inspectors found a service with strong leadership and a management board that challenged partners when things went wrong.
S| Case managers had a talent for winning over children who had been let down by other services, and children said they felt listened to.
S| The service had a good working relationship with local [CAMHS|A], so children with mental health needs were seen quickly.
W| However, work to keep other people safe from children who posed a risk of harm was not always well planned.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Peak Forest YOS|S] is a well-run service that knows its children and puts them first.
R| “I would now like to see the same care taken over planning to protect the public.”

R| Inspectors have made four recommendations.
"""),
    # 10. an NPS division in 2019: "has been rated ‘...’ overall, the second-highest rating"; fieldwork "in July 2019";
    #     "The report will be published on 8 October 2019 at 00.01"; victim work weaker; five recommendations
    ("nps-litton-and-wardlow-division-2019", facts([
        svc("National Probation Service – Litton and Wardlow Division", "NPS Litton and Wardlow", "region", GOOD)],
        "2019-10-08", "2019-07", 5),
     """N| Inspectors give ‘[Good|R]’ rating to National Probation Service division

N| The [National Probation Service – Litton and Wardlow Division|S] has been rated ‘[Good|R]’ overall, the second-highest rating on the inspectorate’s scale.
N| Inspectors from [HM Inspectorate of Probation|A] visited the division in [July 2019|D].

S| Staff described their leaders as visible and approachable, and said they felt able to raise concerns.
S| Court reports were prepared quickly and gave magistrates the information they needed.
W| Work with victims was less positive, as victim contact staff were often unable to reach victims before decisions about release were made.
W| Waiting lists for accredited programmes meant some people finished their sentence without starting one.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Litton and Wardlow|S] is a division that manages risk well and takes its responsibilities seriously.”

R| Five recommendations are made; three of them are for the division and two are for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on [8 October 2019|D] at 00.01 on the inspectorate’s website.
"""),
    # 11. a YJS that has moved up since its last inspection: "has climbed to ‘...’ from the ‘...’ it received in 2019";
    #     resettlement "rated separately" ‘Good’; "Published 10 May 2022"; fieldwork "in January 2022"; six recommendations
    ("great-longstone-yjs-2022", facts([
        svc("Great Longstone Youth Justice Service", "Great Longstone YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-05-10", "2022-01", 6),
     """N| Press release

N| Progress at [Great Longstone youth justice service|S], inspectors find

N| Published [10 May 2022|D]

N| [Great Longstone Youth Justice Service|S] has climbed to ‘[Requires improvement|R]’ from the ‘[Inadequate|R]’ it received in [2019|D].
S| Resettlement policy and provision, rated separately, was ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] inspected the service in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Great Longstone|S] has made real progress since our last visit, and there is a new energy about the service.
S| “Children leaving custody were well prepared, with somewhere to live and a place in education arranged before release.
W| “But the quality of planning for children’s safety was still too variable, and some plans had been copied from one review to the next.”

S| Inspectors were impressed by joint work with [Derbyshire Constabulary|A] that kept many children out of the courts.
W| The management board had not yet made sure that children in the service could get help from speech and language therapists.

R| The report makes six recommendations, five for [Great Longstone YJS|S] and one for [NHS Derby and Derbyshire Integrated Care Board|A].
"""),
    # 12. an Outstanding YJS: "has awarded X ‘...’, the highest possible rating"; resettlement rated on its own ‘Good’;
    #     fieldwork "took place in April 2024"; the notes' "available ... on 6 August 2024"; three recommendations
    ("chelmorton-yjs-2024", facts([
        svc("Chelmorton Youth Justice Service", "Chelmorton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-08-06", "2024-04", 3),
     """N| [Chelmorton Youth Justice Service|S] ‘[Outstanding|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has awarded [Chelmorton Youth Justice Service|S] ‘[Outstanding|R]’, the highest possible rating.
S| Its resettlement work, which is rated on its own, was found to be ‘[Good|R]’.
N| Fieldwork for this inspection took place in [April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chelmorton|S] stands out for the way it puts children at the centre of everything it does.
S| “Every child we met had a worker who knew them well, and the service’s partners were just as committed.
W| “There is still room to improve how far children’s own views shape their plans.”

S| Inspectors highlighted the service’s work with victims, which was sensitive and never an afterthought.
S| Almost all children had access to a suitable education, training or work placement.

R| There are three recommendations: two are for the service, and the [Youth Justice Board|A] receives one.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [6 August 2024|D] at 00.01.
"""),
    # 13. a YJS inspected remotely in 2021, "Published: 19 Oct 2021"; "Inspectors have rated X ‘...’"; no count of
    #     recommendations (null)
    ("winster-yjs-2021", facts([
        svc("Winster Youth Justice Service", "Winster YJS", "YJS", GOOD)], "2021-10-19", "2021-07", None),
     """N| News

N| [Winster youth justice service|S] rated ‘[Good|R]’

N| Published: [19 Oct 2021|D]

N| Inspectors have rated [Winster Youth Justice Service|S] (YJS) ‘[Good|R]’.
N| The inspection was carried out remotely in [July 2021|D], because of COVID-19 restrictions.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Winster|S] kept children and their families at the heart of its work throughout the pandemic.
S| “Staff made great efforts to stay in touch with children, and many told us they valued the support they were given.”

S| Inspectors found that the service’s out-of-court work was well organised and that children were diverted from court wherever it was right to do so.
W| However, the service’s approach to assessing the risk some children posed to others was inconsistent.
W| Managers did not always check the quality of the work done by case managers.

N| The full report sets out what the service can do to improve further.
"""),
    # 14. a 2025-26 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; the day in the notes; fieldwork "10 to 20 June 2025"; four recommendations
    ("birchover-pdu-2025", facts([
        svc("Birchover Probation Delivery Unit", "Birchover PDU", "PDU", None)], "2025-10-21", "2025-06", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Birchover Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] today releases its report on public protection work in [Birchover Probation Delivery Unit|S].
N| Inspections in this programme do not give a rating.
N| Inspectors were on site from [10 to 20 June 2025|D].

N| Context
N| • [Birchover PDU|S] belongs to the [Probation Service – East Midlands region|S] and covers part of the Peak District.
N| • It supervises around 700 people, about a third of whom have convictions for domestic abuse.

N| Findings
S| • Practitioners knew the people they supervised well and were quick to act on new information.
W| • Information from [Derbyshire Constabulary|A] about domestic abuse incidents was requested in only around half of the relevant cases.
W| • Home visits were not used often enough where children lived in the household.
S| • Joint work with the local [Multi-Agency Public Protection Arrangements|A] was well organised.

R| The report makes four recommendations for the unit.

N| Notes to editors
N| 1. The report is published on [21 October 2025|D] on the inspectorate’s website.
"""),
    # 15. a YJS in 2020 with a date line "Tuesday, 25th February 2020"; "judges that X ‘...’"; fieldwork "between 18 and 22
    #     November 2019"; "only 12 of the 30"; seven recommendations
    ("froggatt-yjs-2020", facts([
        svc("Froggatt Youth Justice Service", "Froggatt YJS", "YJS", RI)], "2020-02-25", "2019-11", 7),
     """N| [Froggatt youth justice service|S] must improve

N| [Tuesday, 25th February 2020|D]

N| In a report published today, [HM Inspectorate of Probation|A] judges that [Froggatt Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors visited the service between [18 and 22 November 2019|D].

S| Inspectors found staff who were committed to the children they worked with and who went the extra mile to keep them engaged.
S| The service had good links with local schools, and most children were in education or training.
W| However, planning to keep children safe was good enough in only 12 of the 30 cases inspected.
W| The management board had not been told enough about the quality of the service’s work to hold it to account.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Froggatt|S]’s staff clearly care a great deal about the children they work with.
R| “The board needs to get a firmer grip on performance, and leaders should make sure risks to children are properly planned for.”

R| The report contains seven recommendations: five for the service and two for its management board.
"""),
    # 16. an Inadequate YJS on a council page: "Posted: 19/03/2024" (day/month/year); "its lowest possible rating", down
    #     from ‘Good’ in 2019; fieldwork "in November 2023"; eleven recommendations; the council's reply
    ("abney-yjs-2024", facts([
        svc("Abney Youth Justice Service", "Abney YJS", "YJS", INAD)], "2024-03-19", "2023-11", 11),
     """N| Council statement on youth justice inspection

N| Posted: [19/03/2024|D]

N| [HM Inspectorate of Probation|A] has given [Abney Youth Justice Service|S] (YJS) its lowest possible rating, ‘[Inadequate|R]’, following an inspection in [November 2023|D].
N| The service had been rated ‘[Good|R]’ when inspectors last visited, in [2019|D].

W| Inspectors found that the service had lost many experienced staff, and that those who remained were carrying too many cases.
W| Risks of exploitation were missed for some children, and information from [Derbyshire Constabulary|A] was not always used in planning.
S| They did find that the service’s work with victims was of a high standard.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Abney|S] has gone backwards since our last inspection, and too many of its children are not getting the support they should.”

R| The report makes eleven recommendations, eight for the service and three for its partners.

N| A council spokesperson said: “We are disappointed by the report and have already put an improvement plan in place.”
"""),
    # 17. a YJS "only rescued from" a lower rating: "gave X an overall rating of ‘...’"; "only narrowly avoided an overall
    #     rating of ‘Inadequate’"; fieldwork "from 6 to 10 February 2023"; the notes' publication day; six recommendations
    ("millhouse-green-yjs-2023", facts([
        svc("Millhouse Green Youth Justice Service", "Millhouse Green YJS", "YJS", RI)], "2023-06-13", "2023-02", 6),
     """N| [Millhouse Green youth justice service|S] ‘[requires improvement|R]’

N| [HM Inspectorate of Probation|A] gave [Millhouse Green Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
W| The service only narrowly avoided an overall rating of ‘[Inadequate|R]’.
N| Inspectors were with the service from [6 to 10 February 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The leadership team has not yet got to grips with the basics.
W| “Too many children’s assessments were out of date, and we found cases where concerns about a child’s safety had not been passed on to children’s social care.”

S| Inspectors did praise the service’s work to help children into education, training and work, which had improved a great deal.
S| The partnership with [Barnsley Council|A]’s early help team meant many children were diverted from the justice system.

R| The inspectorate has made six recommendations: four are for the service, two for its management board.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [13 June 2023|D] at 00.01.
"""),
    # 18. a Good YJS in 2025 with out-of-court disposals rated separately ‘Requires improvement’: "comes out as ‘...’";
    #     fieldwork "in September 2024"; "published on 28 January 2025"; two recommendations
    ("foolow-yjs-2025", facts([
        svc("Foolow Youth Justice Service", "Foolow YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": RI}])], "2025-01-28", "2024-09", 2),
     """N| ‘[Good|R]’ verdict for [Foolow Youth Justice Service|S]

N| [Foolow Youth Justice Service|S] comes out as ‘[Good|R]’ in a report by [HM Inspectorate of Probation|A] published on [28 January 2025|D].
W| Out-of-court disposals were given a separate rating of ‘[Requires improvement|R]’.
N| Inspectors visited the service in [September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Foolow|S] has a stable, skilled staff team who know their children well and work closely with their families.
W| “The picture for children who receive an out-of-court disposal is less positive, as decisions were not always based on a full assessment.”

S| Inspectors were impressed by the service’s use of the local football club to engage children who had stopped going to school.
W| Some children waited too long for an assessment by [CAMHS|A].

R| The report makes two recommendations, one for the service and one for [Derbyshire Constabulary|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 144th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
