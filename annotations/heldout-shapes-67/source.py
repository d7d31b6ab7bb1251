"""Builds the sixty-seventh shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three South Gloucestershire PDUs on a GOV.UK page, the region named before the units: "Hanham and Stoke Gifford
    #    were both given ‘...’; Chipping Sodbury fared worse and was found to be ‘...’"; fieldwork "two weeks across the
    #    three units in October 2024"; "11 recommendations in all: each unit has three, and the region two"
    ("hanham-stoke-gifford-and-chipping-sodbury-pdus-2025", facts([
        svc("Hanham Probation Delivery Unit", "Hanham PDU", "PDU", RI),
        svc("Stoke Gifford Probation Delivery Unit", "Stoke Gifford PDU", "PDU", RI),
        svc("Chipping Sodbury Probation Delivery Unit", "Chipping Sodbury PDU", "PDU", INAD)], "2025-02-11", "2024-10", 11),
     """N| Press release

N| Reports published on three probation units in South Gloucestershire

N| Inspectors have looked at probation work on the northern and eastern edges of Bristol.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| [His Majesty’s Inspectorate of Probation|A] today publishes reports on three units of the [Probation Service – South West region|S]: [Hanham Probation Delivery Unit|S], [Stoke Gifford Probation Delivery Unit|S] and [Chipping Sodbury Probation Delivery Unit|S].
N| [Hanham|S] and [Stoke Gifford|S] were both given ‘[Requires improvement|R]’; [Chipping Sodbury|S] fared worse and was found to be ‘[Inadequate|R]’.
N| The inspection team spent two weeks across the three units in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chipping Sodbury|S] has had only temporary leaders since the summer of [2023|D], and it shows.
W| “Practitioners there told us they felt forgotten, and too many of the cases we read had drifted for months with no clear plan.
S| “In Hanham and Stoke Gifford, by comparison, managers have steadied their teams and the basics are mostly being done well.”

S| The report on [Stoke Gifford PDU|S] highlights a well-run approved premises partnership that helped people leaving prison find a settled address.
W| Across all three units, inspectors saw few home visits where domestic abuse was a concern, and checks with children’s social care were often left undone.

R| The reports contain 11 recommendations in all: each unit has three, and the region two.

N| The South West’s Regional Probation Director said the region accepted the findings and had appointed an interim head of service in Chipping Sodbury.
"""),
    # 2. two Bristol youth justice services in a local-news story with a byline: the reports "came out on Tuesday (5
    #    November)" under Friday 8 November 2024; "Hengrove came out on top with ‘...’, while Southmead was rated ‘...’"
    #    in the other order from first naming; "six recommendations between them, two for Southmead and four for Hengrove"
    ("southmead-and-hengrove-yjs-2024", facts([
        svc("Southmead Youth Justice Service", "Southmead YJS", "YJS", RI),
        svc("Hengrove Youth Justice Service", "Hengrove YJS", "YJS", GOOD)], "2024-11-05", "2024-06", 6),
     """N| Inspectors report on two youth justice teams in Bristol

N| By [Hannah Colley|X]

N| [Friday 8 November 2024|D]

N| Inspectors’ reports on [Southmead Youth Justice Service|S] and [Hengrove Youth Justice Service|S] came out on Tuesday ([5 November|D]), after visits to both teams in [June 2024|D].
N| [Hengrove|S] came out on top with ‘[Good|R]’, while [Southmead|S] was rated ‘[Requires improvement|R]’.

S| The inspectorate found that [Hengrove|S]’s workers had built strong links with local secondary schools, so that fewer children were being excluded.
S| It also said [Southmead|S]’s youth workers were persistent and kind, and rarely gave up on a child who missed appointments.
W| But inspectors were worried that in [Southmead YJS|S] plans to protect children from exploitation were often thin and out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hengrove|S]’s team have a lot to be pleased about.
R| “[Southmead|S]’s leaders now need to make sure that the warmth of their practitioners is backed up by careful planning for every child.”

R| The reports make six recommendations between them, two for [Southmead|S] and four for [Hengrove|S].

N| A spokesperson for [Bristol City Council|A] said the council would work with both teams on the findings.
"""),
    # 3. a city PDU and its neighbouring county PDU on a justiceinspectorates news page: "Published: 3 Sep 2024"; "Horfield
    #    is placed in the bottom category, ‘...’, and Winterbourne one step above, at ‘...’"; fieldwork "10 to 21 June
    #    2024"; seven recommendations "four for Horfield and three for Winterbourne"
    ("horfield-and-winterbourne-pdus-2024", facts([
        svc("Horfield Probation Delivery Unit", "Horfield PDU", "PDU", INAD),
        svc("Winterbourne Probation Delivery Unit", "Winterbourne PDU", "PDU", RI)], "2024-09-03", "2024-06", 7),
     """N| News

N| Inspectors raise concerns about probation in north Bristol

N| Published: [3 Sep 2024|D]

N| [HM Inspectorate of Probation|A] has inspected [Horfield Probation Delivery Unit|S], whose patch is the north of the city, and its neighbour [Winterbourne Probation Delivery Unit|S] in South Gloucestershire.
N| [Horfield|S] is placed in the bottom category, ‘[Inadequate|R]’, and [Winterbourne|S] one step above, at ‘[Requires improvement|R]’.
N| Inspectors were on site from [10 to 21 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Horfield, we found a team stretched to its limits: some officers had over 70 cases each.
W| “Risk assessments had been copied from one review to the next without anyone asking whether circumstances had changed.”

S| [Winterbourne|S]’s work with [Avon and Somerset Constabulary|A] on integrated offender management was described as purposeful and well coordinated.
W| Unpaid work in both units had a large backlog, and some people had waited a year to start their hours.

R| The reports contain seven recommendations, four for [Horfield|S] and three for [Winterbourne|S].
"""),
    # 4. a unit inside its region, the region in the headline and its own 2023 rating as context: "Inspectors have
    #    judged X ..., to be ‘...’, the lowest rating available"; "The South West region as a whole was itself rated ‘...’
    #    in 2023"; "Mr Jones continued"; fieldwork "The unit was inspected in January 2025"; notes "Release time: 00.01,
    #    Thursday 15 May 2025"
    ("bishopsworth-pdu-2025", facts([
        svc("Bishopsworth Probation Delivery Unit", "Bishopsworth PDU", "PDU", INAD)], "2025-05-15", "2025-01", 6),
     """N| [South West probation region|S]: serious concerns about probation in Bishopsworth

N| Inspectors have judged [Bishopsworth Probation Delivery Unit|S], within the [Probation Service – South West region|S], to be ‘[Inadequate|R]’, the lowest rating available.
N| The [South West region|S] as a whole was itself rated ‘[Requires improvement|R]’ in [2023|D].
N| The unit was inspected in [January 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Good people are working here in a system that has let them down.
W| “Nearly half of the unit’s probation officer posts had no one in them, and newly qualified staff were being given cases far beyond their experience.”

W| Mr Jones continued: “In most of the cases we examined, the people at risk of harm, including children, had not been properly identified.”

S| Despite the pressure, inspectors found that staff supported one another well and that the unit’s reception team treated people with respect.
W| Contact with [Bristol City Council|A]’s children’s services was irregular, and safeguarding enquiries often went unanswered for weeks.

R| The unit must carry out four of the six recommendations; the remaining pair are for the [Probation Service|A] in the South West.

N| ENDS

N| Notes to editors
N| 1. Release time: 00.01, [Thursday 15 May 2025|D].
N| 2. [Bishopsworth PDU|S] covers the south of Bristol and supervises about 900 people.
"""),
    # 5. a unit inside its region, the region in the first sentence and in the notes: "the inspectorate has awarded X
    #    ‘...’" in a report "published today (Thursday 7 December)" (no year: 2023, from the fieldwork); the headline's
    #    lower-case "Minchinhampton probation unit"; "just 14 of 36"; five recommendations
    ("minchinhampton-pdu-2023", facts([
        svc("Minchinhampton Probation Delivery Unit", "Minchinhampton PDU", "PDU", RI)], "2023-12-07", "2023-07", 5),
     """N| [Minchinhampton probation unit|S] making progress but more to do

N| Of the units in [Probation Service – South West region|S], [Minchinhampton Probation Delivery Unit|S] is the most recent to be inspected; in a report published today ([Thursday 7 December|D]) the inspectorate has awarded it ‘[Requires improvement|R]’.
N| The fieldwork was done in [July 2023|D], when inspectors read 36 cases and met staff and partners.

S| Inspectors praised a leadership team that had been open about the unit’s problems and had a realistic plan to tackle them.
S| Many people on probation said their officer listened to them and treated them fairly.
W| However, just 14 of the 36 cases showed a good enough assessment of the risk posed to others.
W| Checks with [Gloucestershire Constabulary|A] about domestic abuse call-outs were not made often enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Minchinhampton|S] has the right people in charge and a clear sense of direction.
R| “What it must do next is make certain that every assessment considers who could be harmed, and how.”

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. [Minchinhampton PDU|S] supervises about 650 people in the south of Gloucestershire and is part of the [South West region|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: the verdict in the first sentence; scores in per cent; bullet lists
    #    after "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"; "Wednesday,
    #    9th November 2011"; fieldwork "in July 2011"; eight recommendations
    ("marshfield-and-pucklechurch-probation-trust-2011", facts([
        svc("Marshfield and Pucklechurch Probation Trust", "Marshfield and Pucklechurch Probation Trust", "other", None)],
        "2011-11-09", "2011-07", 8),
     """N| Inspection of probation work in Marshfield and Pucklechurch

N| [Wednesday, 9th November 2011|D]

S| Work to reduce reoffending by [Marshfield and Pucklechurch Probation Trust|S] is of a generally good standard, [HM Inspectorate of Probation|A] reports today.
N| The inspection took place in [July 2011|D] and looked at 72 cases.

S| The Trust’s score for reducing the likelihood of reoffending was 77%, and for making sure the sentence was served, 85%.
W| Work to protect the public, at 64%, was lower than the average for Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • most offenders were seen soon after sentence and understood what their order required of them;
S| • the Trust worked closely with [Avon and Somerset Constabulary|A] on prolific and other priority offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were not always reviewed when circumstances changed;
W| • few home visits took place, including where there was domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “In Marshfield and Pucklechurch, offenders are supervised by committed staff, and the Trust’s work with them is well organised.
R| “Managers must now put as much effort into protecting the public as they already put into reducing reoffending.”

R| The report makes eight recommendations for improvement.
"""),
    # 7. a CRC in 2018 run by a named provider, with an embargo line: "has given X (CRC), run by Working Links, an
    #    overall rating of ‘...’"; unpaid work "received its own rating, ‘...’"; fieldwork "in May and June 2018"; the
    #    provider's reply
    ("bathampton-and-batheaston-crc-2018", facts([
        svc("Bathampton and Batheaston Community Rehabilitation Company", "Bathampton and Batheaston CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-23", "2018-05", 7),
     """N| Embargoed until 00.01, [Tuesday 23 October 2018|D]

N| Probation company near Bath told to improve

N| [Her Majesty’s Inspectorate of Probation|A] has given [Bathampton and Batheaston Community Rehabilitation Company|S] (CRC), run by [Working Links|A], an overall rating of ‘[Requires improvement|R]’.
S| Unpaid work received its own rating, ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [May and June 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “A large share of this CRC’s caseload is supervised by telephone alone, and some of those people pose a real risk to others.
W| “Staff are doing their best, but caseloads are high and training has fallen behind.”

S| Inspectors commended the CRC’s resettlement staff in local prisons: most of the people they helped had a settled address on release.
W| Information from the [National Probation Service|A] about new cases was sometimes late or missing, so first appointments were delayed.

R| Of the seven recommendations the inspectorate makes, the CRC and [Working Links|A] must take forward five; the remaining two fall to [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We accept the report and have already reduced the use of telephone supervision.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection that HM
    #    Inspectorate of Probation "led"; bullet lists; "Posted: 21/09/2016"; fieldwork "in June 2016"; six recommendations
    ("wedmore-yot-2016", facts([
        svc("Wedmore Youth Offending Team", "Wedmore YOT", "YJS", None)], "2016-09-21", "2016-06", 6),
     """N| Inspection of youth offending work in Wedmore published

N| Posted: [21/09/2016|D]

N| The report of a joint inspection of [Wedmore Youth Offending Team|S] (YOT) is now available; [HM Inspectorate of Probation|A] led the inspection.
N| [Ofsted|A] and the [Care Quality Commission|A] were also involved, as was [HM Inspectorate of Constabulary|A], and the fieldwork took place in [June 2016|D].

N| Inspectors were pleased to find that:
S| • staff knew the children well and had won the trust of many families;
S| • children were helped back into school quickly after exclusion.

N| However, inspectors were concerned to find that:
W| • some children were judged less of a risk to others than they were;
W| • the management board of the YOT rarely followed up its own decisions.

R| Six recommendations are made, and most are for [Wedmore YOT|S]’s management board.

N| Councillor [Frances Nutt|X], who leads on children’s services for [Somerset County Council|A], said: “Every recommendation will be acted on, and we thank the inspection team for their work.”
"""),
    # 9. a "Youth Offending Service" in 2019: "HM Inspectorate of Probation has rated X (YOS) as ‘...’"; the headline with
    #    a dash and a quoted phrase; "Report available from: Thursday 12 December 2019" in the notes; fieldwork "the
    #    week beginning 16 September 2019"; four recommendations
    ("timsbury-yos-2019", facts([
        svc("Timsbury Youth Offending Service", "Timsbury YOS", "YJS", GOOD)], "2019-12-12", "2019-09", 4),
     """N| Timsbury youth offending work – ‘children come first’

N| [HM Inspectorate of Probation|A] has rated [Timsbury Youth Offending Service|S] (YOS) as ‘[Good|R]’.
N| Inspectors visited during the week beginning [16 September 2019|D].

S| The service had a stable, experienced staff group, and most children saw the same case manager from start to finish.
S| Its work with [Bath and North East Somerset Council|A]’s education team meant that nearly every child was in school or training.
S| Work with children on court orders was particularly strong, with thorough assessments and well-judged plans.
W| Out-of-court work was weaker, and some children given a caution were offered very little support afterwards.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Timsbury|S] is a small service that punches above its weight.
R| “Leaders should now give children diverted from court the same quality of work.”

R| Four recommendations are made, three for [Timsbury YOS|S] and one for its management board.

N| ENDS

N| Notes to editors
N| 1. Report available from: [Thursday 12 December 2019|D].
"""),
    # 10. "X is now ‘...’ overall, having been ‘...’ when last inspected in 2019" (overall and previous); resettlement "was
    #     rated in its own right and reached ‘...’"; fieldwork "a fortnight ... beginning 5 September 2022"; GOV.UK page
    ("norton-fitzwarren-yjs-2022", facts([
        svc("Norton Fitzwarren Youth Justice Service", "Norton Fitzwarren YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-12-13", "2022-09", 6),
     """N| Press release

N| Youth justice service in Somerset improves but is not yet ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [13 December 2022|D]

N| [Norton Fitzwarren Youth Justice Service|S] is now ‘[Requires improvement|R]’ overall, having been ‘[Inadequate|R]’ when last inspected in [2019|D].
S| Its resettlement policy and provision was rated in its own right and reached ‘[Good|R]’.
N| Inspectors spent a fortnight with the service beginning [5 September 2022|D].

S| Leaders had turned the service around since the previous inspection, and the partnership board now challenged its members properly.
S| Children leaving custody had accommodation and an education place arranged well before their release date.
W| Even so, the standard of planning varied from one case manager to another, and some plans were not reviewed after important events.
W| Too little was done to meet children’s emotional and mental health needs.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Norton Fitzwarren|S] has made real progress, but it has further to travel.
R| “The partnership must now make sure that every child gets the same good-quality planning, whoever is holding their case.”

R| Six recommendations are made, five for [Norton Fitzwarren YJS|S] and one for [NHS Somerset Integrated Care Board|A].
"""),
    # 11. a GOV.UK page: "Inspectors have given X the highest grade on their scale, ‘...’"; resettlement "scored
    #     separately, was also ‘...’"; fieldwork "The inspection took place in May 2024"; "good-quality" adjective; three
    #     recommendations
    ("chew-magna-yjs-2024", facts([
        svc("Chew Magna Youth Justice Service", "Chew Magna YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-09-26", "2024-05", 3),
     """N| Press release

N| Youth justice service in the Chew Valley rated ‘[Outstanding|R]’

N| Inspectors publish their report on [Chew Magna Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [26 September 2024|D]

N| Inspectors have given [Chew Magna Youth Justice Service|S] the highest grade on their scale, ‘[Outstanding|R]’.
S| Resettlement work, scored separately, was also ‘[Outstanding|R]’.
N| The inspection took place in [May 2024|D].

S| In every case inspected, the child’s views had shaped the plan, and parents said they felt listened to.
S| Thanks to close work with [Avon and Somerset Constabulary|A] and local schools, most children were diverted away from the courts.
S| Case managers delivered good-quality work consistently, with strong support from specialist health staff.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Quite simply, children here are served by people who never stop looking for ways to do better for them.
S| “Everyone involved in Chew Magna should be proud of what they have built.”

R| Three recommendations are made, each of them aimed at the management board of [Chew Magna YJS|S].
"""),
    # 12. a council page: "Posted on 04/03/2025"; "has been given ‘...’, the bottom grade on the inspectorate’s
    #     four-point scale"; fieldwork "in the last two weeks of November 2024"; 13 recommendations in digits; an apology
    ("stapleton-yjs-2025", facts([
        svc("Stapleton Youth Justice Service", "Stapleton YJS", "YJS", INAD)], "2025-03-04", "2024-11", 13),
     """N| Council statement on the inspection of [Stapleton Youth Justice Service|S]

N| Posted on [04/03/2025|D]

N| [Stapleton Youth Justice Service|S] has been given ‘[Inadequate|R]’, the bottom grade on the inspectorate’s four-point scale, in a report that [HM Inspectorate of Probation|A] has published today.
N| Inspectors were with the service in the last two weeks of [November 2024|D].

W| According to the report, children were not kept safe well enough, and signs of criminal exploitation were missed in a number of cases.
W| Inspectors also found that [Stapleton YJS|S] did not have enough case managers, and that children had often been passed from one worker to another.
S| They noted the dedication of front-line staff and the good work done with victims.
W| The report states that leaders had been too slow to see that standards were falling.

R| The report makes 13 recommendations, to the service, its partnership board, [Bristol City Council|A] and the [NHS|A].

N| [Daniel Okafor|X], Director of Children’s Services, said: “We apologise to these children for letting them down.
N| “A new improvement board has been set up and will report publicly on progress.”
"""),
    # 13. a justiceinspectorates.gov.uk news item with a date line: "Inspectors have concluded that X ‘...’"; the
    #     headline's lower-case "Eastville youth justice service"; fieldwork "between 13 and 17 March 2023"; "in just 11 of
    #     the 26 cases"; seven recommendations, one for Avon and Somerset Constabulary
    ("eastville-yjs-2023", facts([
        svc("Eastville Youth Justice Service", "Eastville YJS", "YJS", RI)], "2023-08-31", "2023-03", 7),
     """N| News

N| [Eastville youth justice service|S] told to improve

N| [31 August 2023|D]

N| Inspectors have concluded that [Eastville Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Fieldwork took place between [13 and 17 March 2023|D].

S| The service’s efforts to reduce the disproportionate number of Black and mixed-heritage children entering the system were a notable strength.
S| Children told inspectors their workers were easy to talk to and always turned up when they said they would.
W| However, a sound plan to protect other people from harm existed in just 11 of the 26 cases.
W| The partnership board had been slow to replace the speech and language therapist who left in [2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Eastville|S]’s practitioners clearly care, but good intentions cannot replace proper planning.
R| “Leaders need to make sure that every plan deals with the risks to the child and the risks the child may pose.”

R| The report makes seven recommendations, including one asking [Avon and Somerset Constabulary|A] to share arrest information with the service the next working day.

N| [Bristol City Council|A] said it accepted the report in full.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 9 Oct 2025"; fieldwork "in June 2025"; four recommendations
    ("market-lavington-pdu-2025", facts([
        svc("Market Lavington Probation Delivery Unit", "Market Lavington PDU", "PDU", None)], "2025-10-09", "2025-06", 4),
     """N| Skip to content

N| How well does a probation unit in Wiltshire protect the public?

N| Published: [9 Oct 2025|D]

N| [HM Inspectorate of Probation|A] has looked at how well [Market Lavington Probation Delivery Unit|S] keeps the public safe.
N| Inspections of this type are not rated.
N| Inspectors visited the unit in [June 2025|D].

N| Context
N| • [Market Lavington PDU|S], in [Probation Service – South West region|S], serves central Wiltshire.
N| • It supervises around 800 people, about a third of them on licence.

N| Findings
S| • Most practitioners understood the risks in their cases and used this knowledge to plan their work.
W| • Where information from [Wiltshire Police|A] about domestic abuse was needed, it had not been requested in two cases out of five.
W| • Senior managers did not review high-risk cases often enough.
S| • Joint working through [MAPPA|A] was effective, with good attendance from partner agencies.

R| The report makes four recommendations to the PDU and the region.
"""),
    # 15. a remote inspection in 2021: "Inspectors now rate X ‘...’, one grade lower than the ‘...’ awarded in 2018";
    #     "Published: Thursday 22nd July 2021"; fieldwork "carried out remotely in April 2021"; "Only 10 of 24"
    ("north-petherton-yjs-2021", facts([
        svc("North Petherton Youth Justice Service", "North Petherton YJS", "YJS", RI)], "2021-07-22", "2021-04", 6),
     """N| Youth justice service in Somerset needs to focus on safety, report finds

N| Published: [Thursday 22nd July 2021|D]

N| Inspectors now rate [North Petherton Youth Justice Service|S] ‘[Requires improvement|R]’, one grade lower than the ‘[Good|R]’ awarded in [2018|D].
N| The inspection was carried out remotely in [April 2021|D] because of COVID-19 restrictions.

W| While COVID-19 restrictions were in force, contact with many children had been mostly by phone, even where there were serious worries about their safety.
W| Only 10 of 24 assessments gave proper weight to the harm children might cause to others.
S| Education support was a strength, and almost all children were in school, college or training.
S| The service worked closely with [Somerset County Council|A]’s social workers, and decisions about children were shared.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[North Petherton|S] has held on to a great deal during a difficult year, but safety work has slipped.
R| “It must bring back face-to-face contact for the children who need it most.”

R| There are six recommendations in the report.

N| [Somerset County Council|A] said it had already begun work on the recommendations.
"""),
    # 16. a 2020 release: "The verdict of HM Inspectorate of Probation on X is ‘...’"; "Tuesday, 25th February 2020" at
    #     the top; fieldwork "between 18 and 22 November 2019"; "can be rightly proud"; no count of recommendations
    ("wickwar-yjs-2020", facts([
        svc("Wickwar Youth Justice Service", "Wickwar YJS", "YJS", GOOD)], "2020-02-25", "2019-11", None),
     """N| ‘[Good|R]’ rating for youth justice in the south Cotswolds

N| [Tuesday, 25th February 2020|D]

N| The verdict of [HM Inspectorate of Probation|A] on [Wickwar Youth Justice Service|S] is ‘[Good|R]’.
N| Fieldwork ran from [18 to 22 November 2019|D].

S| Inspectors were impressed with how well the service involved children and their families in planning.
S| Children at risk of exploitation got quick and joined-up help, often with support from [Avon and Somerset Constabulary|A].
W| However, work with children leaving custody required strengthening, as plans for release were often made late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wickwar|S] is a small team that achieves a lot.
S| “Its staff can be rightly proud of the difference they make to children and families.”

N| The report sets out the areas where the service can develop further.
"""),
    # 17. "HM Inspectorate of Probation has assessed X as ‘...’ overall"; how near it came to ‘Inadequate’ (no fact);
    #     resettlement "given a separate rating of ‘...’"; the headline's lower-case "Cannington youth justice service";
    #     "Report publication: 14 May 2024" in the notes; fieldwork "during January 2024"; five recommendations
    ("cannington-yjs-2024", facts([
        svc("Cannington Youth Justice Service", "Cannington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-05-14", "2024-01", 5),
     """N| [Cannington youth justice service|S] ‘came close to the lowest rating’

N| [HM Inspectorate of Probation|A] has assessed [Cannington Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
W| It missed an overall rating of ‘[Inadequate|R]’ by a single point.
W| Resettlement was given a separate rating of ‘[Inadequate|R]’.
N| Inspectors were with the service during [January 2024|D].

W| Managers had paid too little attention to case managers’ assessments, and quality checks had stopped while the team was short of staff.
W| Children in custody were seldom visited, and planning for their release often began only days beforehand.
S| Despite these failings, inspectors praised a diversion programme run with [Avon and Somerset Constabulary|A] that kept many children out of court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was concerned that the management board had not spotted how far things had slipped.
R| “The board needs to take firm control, with clear targets and regular scrutiny of progress.”

R| Five recommendations have been made.

N| Notes to editors
N| 1. Report publication: [14 May 2024|D].
N| 2. [Cannington YJS|S] works with around 50 children in this part of Somerset.
"""),
    # 18. an NPS division in 2019, the headline naming no service: "An overall regional rating of ‘...’ goes to the X,
    #     whose inspection report HM Inspectorate of Probation publishes today"; "Published: 26 Jun 2019"; fieldwork "in
    #     January and February 2019"; the short "NPS Almondsbury and Olveston"; seven recommendations
    ("almondsbury-and-olveston-nps-division-2019", facts([
        svc("National Probation Service – Almondsbury and Olveston Division", "NPS Almondsbury and Olveston", "region",
            GOOD)], "2019-06-26", "2019-01", 7),
     """N| Probation division north of Bristol rated ‘[Good|R]’

N| Published: [26 Jun 2019|D]

N| An overall regional rating of ‘[Good|R]’ goes to the [National Probation Service – Almondsbury and Olveston Division|S], whose inspection report [HM Inspectorate of Probation|A] publishes today.
N| The division manages around 3,000 people on probation across South Gloucestershire and north Bristol.
N| Inspectors carried out their fieldwork in [January and February 2019|D].

S| Inspectors found the division was well led, with a settled workforce and caseloads that staff could manage.
S| Its reports to court were thorough and almost always ready on time.
W| Victim work was less consistent, and some victims had heard nothing from the division by the time an offender left prison.
W| Not enough people convicted of domestic abuse offences began an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Almondsbury and Olveston|S] is a confident division that does most things well.
R| “Its leaders should now raise victim work to the standard of the rest.”

R| Seven recommendations are made, addressed to the division, to [HMPPS|A] and to the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-seventh shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
