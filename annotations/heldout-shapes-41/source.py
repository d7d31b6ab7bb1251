"""Builds the forty-first shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Essex PDUs on a GOV.UK page, the region named in the first sentence: "X comes out at ‘...’ on a
    #    four-point scale, while Y drops to the bottom grade, ‘...’"; "from 10 to 21 February
    #    2025"; "Between them the two reports make nine recommendations, with Tilbury receiving five and Grays four"; the council's reply
    ("grays-and-tilbury-pdus-2025", facts([
        svc("Grays Probation Delivery Unit", "Grays PDU", "PDU", RI),
        svc("Tilbury Probation Delivery Unit", "Tilbury PDU", "PDU", INAD)], "2025-06-03", "2025-02", 9),
     """N| Press release

N| Two probation units in Thurrock found wanting by inspectors

N| Inspectors publish findings for two south Essex probation delivery units.

N| From: [HM Inspectorate of Probation|A]

N| Published [3 June 2025|D]

N| Out today, two [HM Inspectorate of Probation|A] reports look at [Grays Probation Delivery Unit|S] and [Tilbury Probation Delivery Unit|S], which both belong to [Probation Service – East of England|S].
N| [Grays|S] comes out at ‘[Requires improvement|R]’ on a four-point scale, while [Tilbury|S] drops to the bottom grade, ‘[Inadequate|R]’.
N| Inspectors were in both units from [10 to 21 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Tilbury we found a unit where almost half of probation officer roles were either vacant or filled by agency workers.
W| “People released from prison were regularly left without a suitable address, and the link between homelessness and further offending was plain to see in the files we read.
S| “[Grays|S] has a steadier footing: its senior managers are visible, and staff value the backing they get.”

S| Inspectors commended the joint approach to domestic abuse cases taken by [Grays PDU|S] and [Essex Police|A], with details of call-outs requested at the start of nearly every relevant case.
W| Across the two units, however, sentence plans seldom drew on the views of the person being supervised.
W| In [Tilbury PDU|S], only 13 of 38 cases showed enough attention to keeping children safe.

R| Between them the two reports make nine recommendations, with [Tilbury|S] receiving five and [Grays|S] four.

N| [Thurrock Council|A] said it would work with the [Probation Service|A] on housing for people leaving custody.
"""),
    # 2. two Kent youth justice services in a local-news story: "Inspectors have handed a ‘...’ verdict to X, but its
    #    neighbour, Y, ... after finishing a step further down, at ‘...’"; the reports "came out on Tuesday (14 May)" under a byline
    #    of Friday 17 May 2024; fieldwork January 2024; "Eight ... three for Aylesford and five for Snodland"
    ("aylesford-and-snodland-yjs-2024", facts([
        svc("Aylesford Youth Justice Service", "Aylesford YJS", "YJS", GOOD),
        svc("Snodland Youth Justice Service", "Snodland YJS", "YJS", RI)], "2024-05-14", "2024-01", 8),
     """N| Two youth justice teams near Maidstone get their inspection results

N| By [Tom Adebayo|X]

N| [Friday 17 May 2024|D]

N| Inspectors have handed a ‘[Good|R]’ verdict to [Aylesford Youth Justice Service|S], but its neighbour, [Snodland Youth Justice Service|S], must do better after finishing a step further down, at ‘[Requires improvement|R]’.
N| The two reports came out on Tuesday ([14 May|D]); the inspection visits to both had taken place in [January 2024|D].

S| According to the watchdog, [Aylesford|S]’s case managers brought parents and carers in early, and children were consulted at every stage.
S| [Snodland|S] was praised for its work with victims, who heard from the service quickly and were updated throughout.
W| But inspectors found that [Snodland YJS|S]’s managers seldom looked over risk assessments, and some children’s plans were recycled, almost unchanged, from earlier orders.
W| Links with child and adolescent mental health services were described as patchy in both areas.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in both teams are plainly devoted to the young people they supervise, and [Aylesford|S] in particular has built something to be proud of.
R| “[Snodland|S] now needs to put proper checks in place so that risks are spotted early and plans are kept up to date.”

R| Eight recommendations were made in total: three for [Aylesford|S] and five for [Snodland|S].

N| Speaking for [Kent County Council|A], a spokesperson described the council as “pleased and grateful” and said work on the recommendations was under way.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "HMI Probation’s verdict on X, which sits in
    #    Probation Service – Kent, Surrey & Sussex, is ‘...’"; the region's own 2023 rating as context; "Mr Jones continued"; fieldwork
    #    "in October and November 2024"; "Available from 00.01 on 11 February 2025" in the notes
    ("gillingham-pdu-2025", facts([
        svc("Gillingham Probation Delivery Unit", "Gillingham PDU", "PDU", INAD)], "2025-02-11", "2024-10", 7),
     """N| [Kent, Surrey & Sussex probation region|S]: [Gillingham unit|S] told to make urgent changes

N| [HMI Probation|A]’s verdict on [Gillingham Probation Delivery Unit|S], which sits in [Probation Service – Kent, Surrey & Sussex|S], is ‘[Inadequate|R]’.
N| The region itself had received ‘[Requires improvement|R]’ when inspectors last looked at it, in [2023|D].
N| Inspectors gathered evidence at the unit in [October and November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gillingham|S]’s staff were working flat out, but there were simply not enough of them.
W| “Two practitioner posts in every five had no permanent holder, and newly qualified officers carried cases far beyond their experience.”
W| Mr Jones continued: “For too many people on probation, nobody had asked what risk they posed to the people they lived with.”

S| There were bright spots: inspectors found the unit’s accommodation team tenacious in finding beds for people leaving prison.
W| Contact with [Kent Police|A] about domestic abuse had lapsed in many of the cases read, and checks with [Medway Council|A] on children sharing a home with the person supervised were often missing.

R| The report contains seven recommendations: five are addressed to the unit, the remaining pair to regional leaders.

N| ENDS

N| Notes to editors
N| 1. Available from 00.01 on [11 February 2025|D] via the inspectorate’s site.
N| 2. About 1,100 people are supervised by [Gillingham PDU|S].
"""),
    # 4. a Probation Trust in 2013, before ratings: headline with a colon and no rating; percentage scores; bullet lists
    #    after "Inspectors welcomed the fact that:" / "But they also found that:"; "Wednesday, 6th March 2013" date line
    #    with "has today released"; "Inspectors visited in November 2012"; eight recommendations
    ("herstmonceux-probation-trust-2013", facts([
        svc("Herstmonceux Probation Trust", "Herstmonceux Probation Trust", "other", None)], "2013-03-06", "2012-11", 8),
     """N| [Herstmonceux Probation Trust|S]: inspection findings

N| [Wednesday, 6th March 2013|D]

N| [HMI Probation|A] has today released its findings on offender management in [Herstmonceux Probation Trust|S].
N| Inspectors visited in [November 2012|D], examining 72 cases.
S| On cutting reoffending, the Trust scored 76%, one of the higher figures in this round of inspections.
W| Its score for keeping other people safe from harm was lower, at only 58%.

N| Inspectors welcomed the fact that:
S| • sentence plans were completed promptly and involved the offender;
S| • the Trust worked closely with [Sussex Police|A] on integrated offender management;
S| • staff had ready access to specialist training.

N| But they also found that:
W| • where an offender posed a risk to a known adult, that risk was not consistently reviewed;
W| • home visits were rare, including where there was domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offenders in this area are generally well supervised by a committed and capable staff group.
R| “Managers should now apply to risk of harm the rigour they clearly apply to reducing reoffending.”

R| The report makes eight recommendations.
"""),
    # 5. a CRC in 2019 owned by a named provider, with an embargo line: "judges X (CRC) to be ‘...’; ... owns the company";
    #    unpaid work "for which inspectors gave a separate grade, achieved ‘...’"; fieldwork "in October and November 2018"; the
    #    provider's reply
    ("chigwell-and-buckhurst-hill-crc-2019", facts([
        svc("Chigwell and Buckhurst Hill Community Rehabilitation Company", "Chigwell and Buckhurst Hill CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-26", "2018-10", 6),
     """N| Embargoed: 00:01 [Tuesday 26 February 2019|D]

N| Inspectors find mixed picture at probation company in west Essex

N| [HM Inspectorate of Probation|A] judges [Chigwell and Buckhurst Hill Community Rehabilitation Company|S] (CRC) to be ‘[Requires improvement|R]’; [Sodexo Justice Services|A] owns the company.
S| The CRC’s unpaid work, for which inspectors gave a separate grade, achieved ‘[Good|R]’.
N| Inspectors did their fieldwork over [October and November 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Placements on unpaid work were well organised and meaningful, and people got on with their hours quickly.
W| “Elsewhere, the picture is less encouraging, with supervision too often reduced to brief telephone calls.”

W| Inspectors found that the through-the-gate service for prisoners due for release added little to what they would have received anyway.
S| Positively, a women’s project, run in partnership with a small local charity, offered practical help with debt, housing and benefits.
W| The CRC’s cooperation with the [National Probation Service|A] worked reasonably day to day, but details of risk went missing as cases moved between the two.

R| Six recommendations follow: [Sodexo Justice Services|A] and its CRC must act on four, the [Ministry of Justice|A] on two.

N| [Sodexo Justice Services|A] said it accepted the findings.
"""),
    # 6. an NPS division in 2020, named "National Probation Service X Division": "has been awarded a ‘...’ overall
    #    regional rating"; "Tuesday, 10th March 2020" date line; fieldwork "18 - 29 November 2019"; the short "NPS Benfleet
    #    and Thundersley" in a quote; five recommendations
    ("benfleet-and-thundersley-nps-division-2020", facts([
        svc("National Probation Service Benfleet and Thundersley Division", "NPS Benfleet and Thundersley",
            "region", RI)], "2020-03-10", "2019-11", 5),
     """N| Probation division in south Essex told it ‘[Requires improvement|R]’

N| [Tuesday, 10th March 2020|D]

N| [National Probation Service Benfleet and Thundersley Division|S] has been awarded a ‘[Requires improvement|R]’ overall regional rating by [HM Inspectorate of Probation|A].
N| Inspectors were on site from [18 - 29 November 2019|D].
N| The division manages around 2,800 people subject to court orders or licences in south Essex.

S| According to inspectors, leaders across the division had a clear grasp of local risks, and staff said they felt valued.
S| The division’s work at court stood out: reports were thorough, and proposals were followed by sentencers in almost every case.
W| Whilst most assessments were of a decent standard, re-examining risk once a person’s situation shifted was done inconsistently.
W| Disappointingly, some victims only learned of an offender’s transfer to open conditions after it had happened.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Benfleet and Thundersley|S] has built strong partnerships with [Essex Police|A] and local councils, and its court team is excellent.
R| “I would like the division to make sure victims are kept fully informed at every stage.”

R| We have made five recommendations: the division is asked to act on three, [HMPPS|A] on the others.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with Ofsted and
    #    the Care Quality Commission; "Posted: 21/07/2016" (day/month/year); "In April 2016, X (YOT) underwent a joint inspection"; bullet lists
    #    after "Inspectors noted the following positives:" / "They also raised concerns:"; six recommendations
    ("swanscombe-and-greenhithe-yot-2016", facts([
        svc("Swanscombe and Greenhithe Youth Offending Team", "Swanscombe and Greenhithe YOT", "YJS", None)],
        "2016-07-21", "2016-04", 6),
     """N| Youth offending in Swanscombe and Greenhithe: joint inspection report out

N| Posted: [21/07/2016|D]

N| In [April 2016|D], [Swanscombe and Greenhithe Youth Offending Team|S] (YOT) underwent a joint inspection: [HMI Probation|A] led it, joined by [Ofsted|A] plus the [Care Quality Commission|A].
N| Their report has now been made public.
N| The inspection focused on work to reduce reoffending and to protect the public.

N| Inspectors noted the following positives:
S| • staff knew the young people they worked with well and had built trusting relationships;
S| • children could start education or training quickly through the council’s own provision;
S| • the team’s restorative justice work gave victims a real voice.

N| They also raised concerns:
W| • assessments of the risk young people posed to others were frequently out of date;
W| • management oversight was not recorded in most cases;
W| • [Swanscombe and Greenhithe YOT|S]’s board saw too little data to challenge the service properly.

R| The report makes six recommendations, which the council has accepted.

N| Councillor [Priya Sandhu|X], cabinet member for children at [Kent County Council|A], said: “Inspectors’ findings will be acted on quickly, and we are grateful for their work.”
"""),
    # 8. a YJS at the top grade: headline "‘Outstanding’: inspectors’ verdict on youth justice in Leigh-on-Sea"; "takes the
    #    top mark, ‘...’" in the report the inspectorate "releases today (Wednesday, 19 July)" (no year: the fieldwork's, March
    #    2023); resettlement "looked at and graded on its own" at ‘Good’; three recommendations
    ("leigh-on-sea-yjs-2023", facts([
        svc("Leigh-on-Sea Youth Justice Service", "Leigh-on-Sea YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2023-07-19", "2023-03", 3),
     """N| ‘[Outstanding|R]’: inspectors’ verdict on youth justice in Leigh-on-Sea

N| [Leigh-on-Sea Youth Justice Service|S] takes the top mark, ‘[Outstanding|R]’, in the report [HMI Probation|A] releases today ([Wednesday, 19 July|D]).
S| Its resettlement work – looked at and graded on its own – was ‘[Good|R]’.
N| Inspectors carried out their visit in [March 2023|D].

S| From the first meeting, case managers took time to understand each child’s background, including experiences of trauma.
S| The service’s partnership board, led by a senior figure from [Southend-on-Sea City Council|A], was described as ambitious and well informed.
S| Inspectors highlighted an education worker who had helped each school-age child return to some form of learning.
W| The one area needing more attention was preparing children in custody for release, which sometimes began too late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Leigh-on-Sea|S] is an example for other services to follow.
S| “Children here are treated as individuals, and the difference that makes is obvious in their progress.”

R| Three recommendations are included: two are for the service, one for [Essex Police|A].
"""),
    # 9. "Inspectors have placed X at the foot of their scale, with ‘...’"; the previous rating "in a report published in March 2021";
    #    fieldwork "from 10 - 14 June 2024"; "in just 7 of the 22 cases"; ten recommendations; "Publication: 00.01, Thursday
    #    17 October 2024" in the notes
    ("peacehaven-yjs-2024", facts([
        svc("Peacehaven Youth Justice Service", "Peacehaven YJS", "YJS", INAD)], "2024-10-17", "2024-06", 10),
     """N| Youth justice service in East Sussex given lowest possible rating

N| Inspectors have placed [Peacehaven Youth Justice Service|S] at the foot of their scale, with ‘[Inadequate|R]’.
N| At its previous inspection, reported on in [March 2021|D], the service was rated ‘[Good|R]’.
N| Inspectors carried out fieldwork from [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is deeply worrying that a service that was doing well three years ago has fallen so far.
W| “Leaders lost sight of the basics: children were seen too rarely, and when they were, too little was done to understand the dangers they faced.”

W| Inspectors judged that enough had been done to keep the child safe in just 7 of the 22 cases.
W| Staff turnover had been high, and one in three case managers had joined within the previous six months.
S| The service’s work with [Sussex Police|A] to divert children from formal charges was, however, well organised and effective.

R| Of the ten recommendations, seven are for [Peacehaven YJS|S]’s management board, two for [East Sussex County Council|A], and the last goes to the area’s integrated care board.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Thursday 17 October 2024|D].
"""),
    # 10. a youth offending service in 2019 with its domains graded: headline with a dash and no rating; "Published: 5 Dec
    #     2019"; "Inspectors have found X to be ‘...’ overall"; court disposals ‘Good’ too, out-of-court disposals "graded
    #     separately, were judged ‘...’"; "The inspection, which ran through September 2019"; YOS / YOT switching
    ("canvey-island-yos-2019", facts([
        svc("Canvey Island Youth Offending Service", "Canvey Island YOS", "YJS", GOOD,
            [{"aspect": "court disposals", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": RI}])], "2019-12-05", "2019-09", 6),
     """N| [Canvey Island Youth Offending Service|S] - inspection report

N| Published: [5 Dec 2019|D]

N| Inspectors have found [Canvey Island Youth Offending Service|S] to be ‘[Good|R]’ overall.
W| Work on court disposals was ‘[Good|R]’ too, but out-of-court disposals, graded separately, were judged ‘[Requires improvement|R]’.
N| The inspection, which ran through [September 2019|D], examined 30 cases.

S| Inspectors praised the YOS’s leadership, saying board meetings drew senior partners who challenged the service constructively.
S| Speech and language therapy was available to every child who needed it, and staff used it to adjust how they communicated.
W| However, decisions about out-of-court disposals were at times taken before any full assessment had been done, and the YOT did not always follow up cases after a community resolution.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Canvey Island|S] has much to be pleased about, but its out-of-court work lags behind the rest.
R| “The partnership should ensure that every child diverted from court receives as thorough an assessment as children who go to court.”

R| Inspectors made six recommendations, five for [Canvey Island YOS|S] and one for [Essex Police|A].
"""),
    # 11. a PDU on a justiceinspectorates page, the headline's lower-case "Strood probation unit" with a quoted phrase: "X
    #     is at ‘...’, second-lowest of the four grades ... uses"; how near it came to ‘Inadequate’ (no fact);
    #     "The fieldwork was completed during May 2024"; the region in the notes
    ("strood-pdu-2024", facts([
        svc("Strood Probation Delivery Unit", "Strood PDU", "PDU", RI)], "2024-09-17", "2024-05", 6),
     """N| [Strood probation unit|S] ‘must build on early progress’

N| [Strood Probation Delivery Unit|S] is at ‘[Requires improvement|R]’, second-lowest of the four grades [HM Inspectorate of Probation|A] uses.
W| On the inspectors’ scoring, the unit was only a single point clear of ‘[Inadequate|R]’.
N| The fieldwork was completed during [May 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “A new leadership team has arrived in Strood and is already making a difference: staff told us they finally felt listened to.
W| “But the quality of everyday practice has not yet caught up, and too many assessments were thin or out of date.”

S| Unpaid work was well run, with projects chosen in consultation with local residents.
W| Only around half of those with domestic abuse convictions had started the programme the court had ordered.
W| Caseloads for probation service officers averaged more than 60, which inspectors considered too high.

R| We have made six recommendations, five for [Strood PDU|S] and one for the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. Online from [17 September 2024|D], 00.01.
N| 2. [Strood PDU|S] is among the Medway units of [Probation Service – Kent, Surrey & Sussex|S].
"""),
    # 12. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", the name in the headline, "Context"
    #     and "Findings" bullets, the region in a bullet; "Published: 14 Jan 2026"; fieldwork "during September 2025"
    ("pitsea-and-laindon-pdu-2026", facts([
        svc("Pitsea and Laindon Probation Delivery Unit", "Pitsea and Laindon PDU", "PDU", None)],
        "2026-01-14", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: [Pitsea and Laindon Probation Delivery Unit|S]

N| Published: [14 Jan 2026|D]

N| [HM Inspectorate of Probation|A] examines, in this report, how well the public is protected by [Pitsea and Laindon Probation Delivery Unit|S].
N| As with all inspections in the current public protection programme, no rating has been given.
N| Inspectors reviewed cases and met staff during [September 2025|D].

N| Context
N| • [Pitsea and Laindon PDU|S] covers the Basildon area; [Probation Service – East of England|S] is its parent region.
N| • Roughly one in three people on its books has a conviction for domestic abuse.

N| Findings
W| • Assessments frequently missed information held by [Essex Police|A] or by children’s services.
S| • Practitioners had received thorough training in risk management and applied it with confidence.
W| • Arrangements for reviewing high-risk cases after a serious incident were not consistently followed.
S| • The unit’s work with [MAPPA|A] partners was timely and well coordinated.

R| Four recommendations are made, every one of them for the PDU and its regional leaders.
"""),
    # 13. a council news page in 2021 reporting in the third person ("The watchdog found"): "has graded X ‘...’
    #     following its visit"; "the whole inspection in July 2021 took place online"; "Tuesday 9 November 2021" date line; seven
    #     recommendations; the councillor's thanks and acceptance
    ("ringmer-yjs-2021", facts([
        svc("Ringmer Youth Justice Service", "Ringmer YJS", "YJS", RI)], "2021-11-09", "2021-07", 7),
     """N| Youth justice inspection: council responds

N| [Tuesday 9 November 2021|D]

N| [HMI Probation|A] has graded [Ringmer Youth Justice Service|S] ‘[Requires improvement|R]’ following its visit.
N| Owing to pandemic restrictions, the whole inspection in [July 2021|D] took place online.

S| The watchdog found that the service’s staff were highly motivated and that children spoke positively about their case workers.
S| It also recognised the strength of [Ringmer YJS|S]’s work with [Sussex Police|A] on diverting children away from court.
W| However, the report said that planning to manage risks to the public was not good enough in almost half the cases inspected.
W| The partnership board, too, lacked the information it needed to judge the service’s performance.

R| The report makes seven recommendations, which will form the basis of an improvement plan.

N| Councillor [Martin Fellows|X], [East Sussex County Council|A]’s cabinet member responsible for young people, said: “Our staff worked incredibly hard during an exceptionally difficult period, and I thank them.
N| “We accept the report’s recommendations and will be working with partners to carry them out.”
"""),
    # 14. a justiceinspectorates news item: the headline's lower-case "‘Good’ at last for Birchington youth justice
    #     service"; "After a ‘...’ verdict in 2019, X has now reached ‘...’"; fieldwork "in April and May 2022"; a date line
    #     "8 September 2022"; "The progress Birchington has made is heartening"; four recommendations
    ("birchington-yjs-2022", facts([
        svc("Birchington Youth Justice Service", "Birchington YJS", "YJS", GOOD)], "2022-09-08", "2022-04", 4),
     """N| News

N| ‘[Good|R]’ at last for [Birchington youth justice service|S]

N| [8 September 2022|D]

N| After a ‘[Requires improvement|R]’ verdict in [2019|D], [Birchington Youth Justice Service|S] has now reached ‘[Good|R]’.
N| Evidence for the report was gathered in [April and May 2022|D].

S| The service had, inspectors said, acted seriously on the previous report and rebuilt how it assesses risk.
S| Children were seen regularly, often at home or at school, and case managers tailored their methods to the individual.
S| Joint working with [Kent Police|A] and an [NHS|A] trust meant most children had their health needs identified early.
W| Some case records, though, were thin, and it was not always clear why decisions had been taken.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The progress [Birchington|S] has made is heartening, and the whole partnership deserves credit for it.
N| “Our report points to a few areas where the service can go further.”

R| There are four recommendations in the report; three are for the service, while its board receives the fourth.
"""),
    # 15. two north Kent PDUs in one local-news story: the report day "published on Thursday (12 June)" inside the text under
    #     a byline with no date; "Swanley landed on ‘...’, while Northfleet sank to ‘...’"; fieldwork "in March 2025";
    #     the region's sibling units as context; eleven recommendations "six ... Northfleet, five ... Swanley"
    ("northfleet-and-swanley-pdus-2025", facts([
        svc("Northfleet Probation Delivery Unit", "Northfleet PDU", "PDU", INAD),
        svc("Swanley Probation Delivery Unit", "Swanley PDU", "PDU", RI)], "2025-06-12", "2025-03", 11),
     """N| North Kent probation teams under pressure, watchdog warns

N| By [Hannah Okafor|X], local democracy reporter

N| Inspection reports on [Northfleet Probation Delivery Unit|S] and [Swanley Probation Delivery Unit|S] were published on Thursday ([12 June|D]), three months after inspectors spent [March 2025|D] examining their work.
N| [Swanley|S] landed on ‘[Requires improvement|R]’, while [Northfleet|S] sank to ‘[Inadequate|R]’.
N| Both units answer to [Probation Service – Kent, Surrey & Sussex|S], whose other units were not part of this inspection.

W| The watchdog said [Northfleet|S]’s officers were juggling caseloads of up to 70, and that many people on licence had been seen only by duty staff.
W| In about two thirds of the [Northfleet PDU|S] files it read, the danger posed to a current or former partner had been underestimated.
S| [Swanley PDU|S]’s team drew better marks: supervision there was regular, purposeful and usually face to face.
W| Yet even in Swanley, the reports say, managers could not show how they checked the quality of risk work.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Northfleet|S] is struggling badly, and I am not confident that its people on probation are being kept on the right path.
S| “[Swanley|S], by contrast, has the makings of a sound unit, with a stable team that knows its community.”

R| The reports carry eleven recommendations, six of them aimed at [Northfleet|S] and five at [Swanley|S].

N| The [Probation Service|A] said extra staff were being moved to north Kent over the summer.
"""),
    # 16. a YJS moving up from its previous grade, with "YJS" and "YJT" switching: "has lifted itself to ‘...’ from
    #     ‘Inadequate’, its grade in a report published in January 2021"; victim work not rated; "The fieldwork took place over 11 - 15 September
    #     2023"; "Full report: ... website, 00.01, 28 November 2023" in the notes; five recommendations
    ("pevensey-yjs-2023", facts([
        svc("Pevensey Youth Justice Service", "Pevensey YJS", "YJS", RI)], "2023-11-28", "2023-09", 5),
     """N| Press release

N| Progress at youth justice service in Wealden recognised by inspectors

N| [Pevensey Youth Justice Service|S] has lifted itself to ‘[Requires improvement|R]’ from ‘[Inadequate|R]’, its grade in a report published in [January 2021|D].
N| The fieldwork took place over [11 - 15 September 2023|D].

S| Inspectors saw a service that had rebuilt its senior team and cleared a backlog of overdue assessments.
S| Notably, the [Pevensey YJT|S] case managers used a child’s own words in almost every plan.
W| Planning to keep victims safe, though, was thin in roughly half the cases, and some victims had never been offered a say.
W| The management board still leaned on a small number of members, with health and education partners rarely present.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pevensey|S] has travelled a long way since our last visit, yet children and victims here still need more than it currently gives them.
R| “Partners on the board must turn up, take their share of the work, and hold each other to it.”

R| Inspectors make five recommendations, four of them to [Pevensey YJS|S], the fifth to [East Sussex County Council|A].

N| ENDS

N| Notes to editors
N| 1. Full report: [HM Inspectorate of Probation|A] website, 00.01, [28 November 2023|D].
"""),
    # 17. a youth offending team written out in 2018, the first year of the four-point scale: "Judged on the four-point scale brought in
    #     this year, X (YOT) is ‘...’, inspectors have found"; "Published: 20 Nov 2018"; "between 24 and 28 September 2018"; resettlement not rated; seven recommendations
    ("waltham-abbey-yot-2018", facts([
        svc("Waltham Abbey Youth Offending Team", "Waltham Abbey YOT", "YJS", INAD)], "2018-11-20", "2018-09", 7),
     """N| News

N| Youth offending work in Waltham Abbey falls short

N| Published: [20 Nov 2018|D]

N| Judged on the four-point scale brought in this year, [Waltham Abbey Youth Offending Team|S] (YOT) is ‘[Inadequate|R]’, inspectors have found.
N| Inspectors were on site between [24 and 28 September 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This YOT has badly let down the children in its care.
W| “Several had been exploited by older men for months before anyone in the team asked the right questions.”

W| The board overseeing [Waltham Abbey YOT|S] had met irregularly, and its members were unsure what their role was.
W| Case managers described a culture in which raising a concern was treated as disloyalty.
S| There was one clear bright spot: the team’s volunteers ran referral order panels with real skill and warmth.

R| Seven recommendations are made: six for the [Waltham Abbey YOT|S] partnership and one for children’s services at [Essex County Council|A].

N| [Essex County Council|A] said an interim manager had been appointed.
"""),
    # 18. a page opening with licence boilerplate and an empty "Published:" line: "HMI Probation assessed X in February 2024;
    #     the service ends up at ‘...’ overall"; resettlement "which the inspectorate scores separately, fell into its
    #     lowest band, ‘...’"; "Embargo: 00.01, 23 May 2024" in the notes
    ("rochford-yjs-2024", facts([
        svc("Rochford Youth Justice Service", "Rochford YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-05-23", "2024-02", 6),
     """N| © Crown copyright 2024

N| You may reuse this material free of charge under the Open Government Licence, version 3, unless stated otherwise.

N| Published:

N| ‘[Requires improvement|R]’ for youth justice in Rochford

N| [HMI Probation|A] assessed [Rochford Youth Justice Service|S] in [February 2024|D]; the service ends up at ‘[Requires improvement|R]’ overall.
W| Resettlement, which the inspectorate scores separately, fell into its lowest band, ‘[Inadequate|R]’.

S| Inspectors were struck by the determination of case managers to keep hold of children who moved between areas.
S| Encouragingly, work to reduce racial disparity was led from the top and backed by local data.
W| Yet too many children in custody were released with nowhere settled to live.
W| Plans for keeping children safe from exploitation were, in too many files, generic and untouched for months.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Rochford|S]’s staff clearly want the best for children, but the partnership has let resettlement drift.
R| “Leaders need to treat every release from custody as a priority, planned well before the day itself.”

R| Of its six recommendations, the report directs five to the service and the last to [Essex Police|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [23 May 2024|D]; the report goes online then.
N| 2. Resettlement is graded on its own because it concerns children serving custodial sentences.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-first shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
