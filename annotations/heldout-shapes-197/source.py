"""Builds the 197th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs in one GOV.UK release, the region named first: "Lapworth came out at ‘...’ and Rowington a step lower,
    #    at ‘...’"; fieldwork "between 3 and 14 March 2025"; eleven recommendations "six for Rowington, five for Lapworth"
    ("lapworth-and-rowington-pdus-2025", facts([
        svc("Lapworth Probation Delivery Unit", "Lapworth PDU", "PDU", RI),
        svc("Rowington Probation Delivery Unit", "Rowington PDU", "PDU", INAD)], "2025-07-15", "2025-03", 11),
     """N| Press release

N| Two Warwickshire probation units inspected

N| Findings published on two probation delivery units in north Warwickshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 July 2025|D]

N| Two reports from [HM Inspectorate of Probation|A], both published today, look at [Lapworth Probation Delivery Unit|S] and [Rowington Probation Delivery Unit|S], neighbouring units in [Probation Service – West Midlands region|S].
N| [Lapworth|S] came out at ‘[Requires improvement|R]’ and [Rowington|S] a step lower, at ‘[Inadequate|R]’.
N| Inspectors visited both units between [3 and 14 March 2025|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The two units sit side by side, yet the experience of someone on probation in each is very different.
W| “In Rowington, agency staff filled half the probation officer posts, and people on licence often had three or four different officers in a year.
S| “[Lapworth|S]’s team is stable, and its senior manager has won the trust of her staff.”

S| [Lapworth PDU|S]’s work with [Warwickshire Police|A] on domestic abuse call-outs was prompt and well recorded.
W| Plans for keeping children safe were, in both units, too often written once and then left untouched.

R| Eleven recommendations are made, six for [Rowington|S] and five for [Lapworth|S].
"""),
    # 2. two youth justice services in a local-news story, the report day in brackets under a later byline; "X has been
    #    handed the inspectorate’s top grade, ‘...’, while Y earned ‘...’", in the other order from the first naming
    ("whichford-and-ladbroke-yjs-2024", facts([
        svc("Whichford Youth Justice Service", "Whichford YJS", "YJS", GOOD),
        svc("Ladbroke Youth Justice Service", "Ladbroke YJS", "YJS", OUT)], "2024-10-01", "2024-05", 6),
     """N| South Warwickshire youth teams win praise from inspectors

N| By [Hannah Greaves|X]

N| [Friday 4 October 2024|D]

N| Inspection reports on [Whichford Youth Justice Service|S] and [Ladbroke Youth Justice Service|S] were published on Tuesday ([1 October|D]), following visits in [May 2024|D].
N| [Ladbroke|S] has been handed the inspectorate’s top grade, ‘[Outstanding|R]’, while [Whichford|S] earned ‘[Good|R]’.

S| The inspectors said [Ladbroke|S]’s staff had earned the trust of children whom other services had failed.
S| They also commended [Whichford|S] for the speed with which it found school places for children excluded from mainstream education.
W| However, the report on [Whichford YJS|S] said that checks on a child’s safety were not always repeated when their circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in both areas are well served, and the work in Ladbroke is as good as any we have seen this year.”

R| Six recommendations are made across the two reports, four for [Whichford|S] and two for [Ladbroke|S].

N| A spokesperson for [Warwickshire County Council|A] said: “These results are a credit to our staff, and we thank every one of them.”
"""),
    # 3. a unit inside its region, the region in the headline; the region's own earlier rating as context; "The inspectorate
    #    places X one rung below ‘Good’, at ‘...’"; "Mr Jones continued"; publication in the notes
    ("hockley-heath-pdu-2024", facts([
        svc("Hockley Heath Probation Delivery Unit", "Hockley Heath PDU", "PDU", RI)], "2024-11-26", "2024-06", 5),
     """N| [West Midlands probation region|S]: [Hockley Heath unit|S] told to improve

N| The inspectorate places [Hockley Heath Probation Delivery Unit|S] one rung below ‘[Good|R]’, at ‘[Requires improvement|R]’; the unit belongs to the [Probation Service – West Midlands region|S].
N| When the region itself was inspected in [2023|D], it too was judged ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Hockley Heath|S] are committed and know the people they supervise well.
W| “But in fewer than half of the cases we read had anyone looked properly at the risk a person posed to their partner or children.”

R| Mr Jones continued: “The unit’s leaders must now check with the police and with children’s services, from day one, in every case.”

S| Inspectors praised the unpaid work staff for clearing the hours that had piled up over the previous year.
W| Access to interventions for people convicted of violent offences was limited, with some waiting many months for a place.

R| The report makes five recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Tuesday 26 November 2024|D].
N| 2. [Hockley Heath PDU|S] sits within the [West Midlands region|S] and supervises people across the east of Solihull.
"""),
    # 4. a unit inside its region on a justiceinspectorates news page: "judged ... to be ‘Inadequate’, the lowest of the four
    #    grades"; "came close to" not used; "Published: 9 Apr 2024"; fieldwork "in November and December 2023"
    ("balsall-common-pdu-2024", facts([
        svc("Balsall Common Probation Delivery Unit", "Balsall Common PDU", "PDU", INAD)], "2024-04-09", "2023-11", 8),
     """N| News

N| Serious concerns at probation unit in Solihull

N| Published: [9 Apr 2024|D]

N| [HM Inspectorate of Probation|A] has judged [Balsall Common Probation Delivery Unit|S], one of the units of the [West Midlands region of the Probation Service|S], to be ‘[Inadequate|R]’, the lowest of the four grades.
N| Inspectors were in the unit in [November and December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit under severe strain.
W| “Caseloads were far too high, middle managers had left, and new officers were being asked to manage cases well beyond their experience.”

W| Only 14 of the 42 cases inspected showed enough attention to keeping other people safe.
S| Despite these pressures, inspectors found that staff supported each other and were open with inspectors about the difficulties.
W| Links with [Solihull Metropolitan Borough Council|A]’s children’s services had weakened, and referrals were sometimes not followed up.

R| Eight recommendations are made, six for [Balsall Common PDU|S] and two for [HM Prison and Probation Service|A].
"""),
    # 5. a youth offending team in a 2016 joint inspection, before ratings: bullet lists after "Inspectors were pleased to
    #    find that:" / "However, inspectors were concerned to find that:"; "published today (Thursday 8 September)"
    ("wootton-wawen-yot-2016", facts([
        svc("Wootton Wawen Youth Offending Team", "Wootton Wawen YOT", "YJS", None)], "2016-09-08", "2016-05", 7),
     """N| Joint inspection of youth offending work in Wootton Wawen

N| The findings of a joint inspection of [Wootton Wawen Youth Offending Team|S], led by [HM Inspectorate of Probation|A], are published today (Thursday [8 September|D]).
N| The inspection took place in [May 2016|D]; [HM Inspectorate of Constabulary|A] took part, as did [Ofsted|A] and the [Care Quality Commission|A].

N| Inspectors were pleased to find that:
S| • case managers saw children often and knew them well;
S| • thanks to good links with local schools, most children were attending education;
S| • victims were contacted quickly and their views were taken into account.

N| However, inspectors were concerned to find that:
W| • plans to manage a child’s risk of harm to others were often too brief;
W| • the management board did not check whether its decisions were carried out.

N| [Paul Wilson|X], HM Chief Inspector of Probation, said: “There is a great deal here for the YOT to be proud of.
R| “The board now needs to take a firmer hold of the work to protect the public.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider: "Inspectors gave X (CRC) an overall rating of ‘...’"; unpaid work "rated
    #    separately"; embargo line; the provider's reply
    ("packwood-crc-2018", facts([
        svc("Packwood Community Rehabilitation Company", "Packwood CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-11", "2018-08", 6),
     """N| Embargoed until 00.01, [Tuesday 11 December 2018|D]

N| Probation company in the West Midlands must do more, say inspectors

N| Inspectors gave [Packwood Community Rehabilitation Company|S] (CRC), owned by [Purple Futures|A], an overall rating of ‘[Requires improvement|R]’.
S| Unpaid work, on which inspectors gave a separate rating, was ‘[Good|R]’.
N| The inspection was carried out in [August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by the CRC are seen by telephone, when what they need is a face-to-face conversation.
S| “Unpaid work, by contrast, runs smoothly, and the placements we saw gave people real skills.”

W| Inspectors found public protection work fell short in almost half of the cases they examined.
W| Through-the-gate services for people leaving [HMP Hewell|S] offered little beyond signposting.

R| Four of the six recommendations are for the CRC to act on; two are for [HM Prison and Probation Service|A].

N| [Purple Futures|A] told reporters it accepted the findings and that changes were already under way.
"""),
    # 7. an NPS division in 2019: "X receives an overall rating of ‘Good’"; "Inspectors rated ... separately" not used;
    #    "Justin Russell continued"; fieldwork "over two weeks in June 2019"
    ("ullenhall-and-haseley-nps-division-2019", facts([
        svc("National Probation Service – Ullenhall and Haseley Division", "NPS Ullenhall and Haseley", "region",
            GOOD)], "2019-10-22", "2019-06", 7),
     """N| Probation division in Warwickshire is ‘[Good|R]’, say inspectors

N| In a report published today ([22 October 2019|D]), [HM Inspectorate of Probation|A] gives [National Probation Service – Ullenhall and Haseley Division|S] an overall rating of ‘[Good|R]’.
N| Inspectors spent two weeks with the division in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The division is well led, and its staff are clearly proud of the work they do.
S| “Sentencers told us they relied on the division’s court reports, which were prompt and of a high standard.”

W| Mr Russell continued: “Where the division falls short is in its work with victims, where contact was sometimes late or missing altogether.”

S| Inspectors also found that staff made good use of approved premises to manage people who pose a high risk.
W| Not every practitioner had received training in safeguarding children, and this showed in some of the cases inspected.

R| Seven recommendations are made: the division has five to act on, [HM Prison and Probation Service|A] the rest.
"""),
    # 8. a youth justice service with a previous rating beside and an aspect rated separately: "X has climbed to ‘Good’
    #    from the ‘Requires improvement’ it was given in 2019"; resettlement "judged on its own" ‘Outstanding’
    ("shrewley-yjs-2022", facts([
        svc("Shrewley Youth Justice Service", "Shrewley YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-08-16", "2022-04", 4),
     """N| Press release

N| [Shrewley Youth Justice Service|S] improves to ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [16 August 2022|D]

N| [Shrewley Youth Justice Service|S] has moved up to ‘[Good|R]’; in [2019|D] it was given ‘[Requires improvement|R]’.
S| Resettlement work, judged on its own, reached the highest mark, ‘[Outstanding|R]’.
N| Inspectors carried out fieldwork in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The service has listened to our last report and acted on it.
S| “Before release day, each child coming out of custody had a home, a place in education or training and an adult they trusted.”

W| Inspectors found that out-of-court disposals were less well handled, with some children given a caution without a full assessment of their needs.
S| The service’s partnership with [Warwickshire Police|A] on diverting children from the courts was strong.

R| The service has been given three recommendations, and its management board a fourth.
"""),
    # 9. three PDUs in one justiceinspectorates news item: "Two of the three, X and Y, were placed at ‘...’; the third,
    #    Z, at ‘...’"; fieldwork "30 September to 11 October 2024"; fifteen recommendations, five each
    ("priors-marston-avon-dassett-and-pillerton-priors-pdus-2025", facts([
        svc("Priors Marston Probation Delivery Unit", "Priors Marston PDU", "PDU", RI),
        svc("Avon Dassett Probation Delivery Unit", "Avon Dassett PDU", "PDU", RI),
        svc("Pillerton Priors Probation Delivery Unit", "Pillerton Priors PDU", "PDU", INAD)], "2025-02-04", "2024-09", 15),
     """N| News

N| Three south Warwickshire probation units inspected

N| Published: [4 Feb 2025|D]

N| New reports from [HM Inspectorate of Probation|A] cover three units in the south of the county: [Priors Marston Probation Delivery Unit|S], [Avon Dassett Probation Delivery Unit|S] and [Pillerton Priors Probation Delivery Unit|S].
N| Two of the three, [Priors Marston|S] and [Avon Dassett|S], were placed at ‘[Requires improvement|R]’; the third, [Pillerton Priors|S], at ‘[Inadequate|R]’.
N| The inspections ran from [30 September to 11 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Pillerton Priors, some people judged to be high risk had gone weeks without being seen.
S| “[Priors Marston|S] and [Avon Dassett|S] have more settled teams, and their managers are starting to get a grip on quality.”

W| Across the three units, too few people were able to start accredited programmes before their sentences ended.
S| Inspectors commended [Avon Dassett PDU|S] for its work with local housing providers, which had kept many people off the streets on release.

R| The reports contain fifteen recommendations in total, five for each unit.
"""),
    # 10. ordinary: a youth justice service on GOV.UK, "rated"; fieldwork month; notes to editors with publication day
    ("tanworth-in-arden-yjs-2023", facts([
        svc("Tanworth-in-Arden Youth Justice Service", "Tanworth-in-Arden YJS", "YJS", RI)], "2023-06-14", "2023-02", 6),
     """N| Press release

N| [Tanworth-in-Arden youth justice service|S] ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has rated [Tanworth-in-Arden Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [February 2023|D].

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is some strong practice in this service, but it is not yet consistent.
S| “Case workers were skilled at engaging children, and many children told us they felt listened to.
W| “However, the risk of a child being exploited by adults was left out of too many assessments.”

S| Inspectors were impressed by the speech and language therapist, who saw every child when they first came to the service.
W| The management board met regularly but had little information about the quality of the work being done.

R| Among the report’s six recommendations is that the board should be told regularly about the quality of practice.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [14 June 2023|D] at 00.01.
"""),
    # 11. ordinary: a PDU on a justiceinspectorates page, "rated ‘Inadequate’"; "Published: 3 Sep 2024"
    ("earlswood-pdu-2024", facts([
        svc("Earlswood Probation Delivery Unit", "Earlswood PDU", "PDU", INAD)], "2024-09-03", "2024-04", 7),
     """N| News

N| [Earlswood probation unit|S] rated ‘[Inadequate|R]’

N| Published: [3 Sep 2024|D]

N| Following an inspection in [April 2024|D], [HM Inspectorate of Probation|A] has rated [Earlswood Probation Delivery Unit|S] ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Earlswood|S] are working hard, but there are simply not enough of them to do the job safely.
W| “Almost a third of posts were vacant, and some officers were holding more than twice the recommended number of cases.”

W| Inspectors found that officers seldom visited people at home, even where domestic abuse was a worry.
S| Positively, the unit’s work with [West Mercia Police|A] to manage people convicted of sexual offences was of a high standard.
W| Unpaid work had been disrupted for months, and many people had completed few of their hours.

R| Inspectors set out seven recommendations; the unit is to deal with five, and the [Probation Service|A] nationally with two.
"""),
    # 12. ordinary: a council page, "Posted: 21/11/2022"; "has been judged ‘Good’"; the council's reply
    ("beaudesert-yjs-2022", facts([
        svc("Beaudesert Youth Justice Service", "Beaudesert YJS", "YJS", GOOD)], "2022-11-21", "2022-07", 4),
     """N| Youth justice service praised by inspectors

N| Posted: [21/11/2022|D]

N| Inspectors from [HM Inspectorate of Probation|A] judged [Beaudesert Youth Justice Service|S] to be ‘[Good|R]’ after visiting it in [July 2022|D].

S| Inspectors described a service that knew what it was for, where staff felt valued and well supported by their managers.
S| They praised the way case workers involved children and their families in planning.
W| The report did find that work to keep children safe from exploitation needed strengthening in some cases.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Beaudesert|S]’s partners, including the police and health services, play a full part in the work of the service, and children benefit as a result.”

R| Inspectors have made four recommendations.

N| Councillor [Margaret Ellis|X], portfolio holder for children’s services at [Warwickshire County Council|A], said: “I want to thank our staff for their dedication and we will act on the recommendations.”
"""),
    # 13. ordinary: a Youth Offending Service, "Outstanding", fieldwork carried out remotely; resettlement policy rated on
    #    its own too
    ("hatton-yos-2021", facts([
        svc("Hatton Youth Offending Service", "Hatton YOS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2021-08-10", "2021-05", 3),
     """N| [Hatton Youth Offending Service|S] ‘[Outstanding|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has rated [Hatton Youth Offending Service|S] (YOS) as ‘[Outstanding|R]’, its highest rating.
S| The service’s resettlement work, which inspectors looked at separately, was rated ‘[Good|R]’.
N| The inspection was carried out remotely in [May 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is an exceptional service, and everyone involved should be very proud.
S| “Throughout the pandemic, case workers kept in touch with every child, often meeting them outdoors when offices were closed.”

S| Inspectors found that the YOS management board knew its children well and challenged partners when services fell short.
W| The only area where the service needed to do more was in recording its work with victims.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website on [10 August 2021|D] at 00.01.
"""),
    # 14. ordinary: a 2025 public-protection PDU inspection with no rating, "Skip to content", Context / Findings bullets
    ("lighthorne-pdu-2025", facts([
        svc("Lighthorne Probation Delivery Unit", "Lighthorne PDU", "PDU", None)], "2025-11-18", "2025-07", 5),
     """N| Skip to content

N| Inspection of public protection work in [Lighthorne Probation Delivery Unit|S]

N| Published: [18 November 2025|D]

N| A new report by [HM Inspectorate of Probation|A] examines the way [Lighthorne Probation Delivery Unit|S] keeps the public safe.
N| Inspections in this programme do not give a rating.

N| Context
N| • Fieldwork took place in [July 2025|D].
N| • [Lighthorne PDU|S] belongs to the [Probation Service – West Midlands region|S].

N| Findings
W| • Risk assessments did not draw enough on information held by the police and children’s services.
S| • Practitioners worked well with [MAPPA|A] partners to manage people who pose the highest risk.
W| • Home visits were not used often enough in cases involving domestic abuse.

R| Five recommendations are made, all aimed at making the public safer.
"""),
    # 15. ordinary: local news with a byline; "published on Tuesday (16 January)" under Friday 19 January 2024
    ("butlers-marston-yjs-2024", facts([
        svc("Butlers Marston Youth Justice Service", "Butlers Marston YJS", "YJS", RI)], "2024-01-16", "2023-10", 5),
     """N| Youth justice service must improve, watchdog says

N| By [Tom Fielding|X]

N| [Friday 19 January 2024|D]

N| [Butlers Marston Youth Justice Service|S] requires improvement, according to a report published on Tuesday ([16 January|D]) by [HM Inspectorate of Probation|A].
N| The watchdog, which gave the service an overall rating of ‘[Requires improvement|R]’, inspected it in [October 2023|D].

S| According to the report, staff were enthusiastic and got on well with the children in their care.
W| But it found that plans for children at risk of serious harm were not reviewed quickly enough when things changed.
W| Inspectors were also concerned that children on out-of-court disposals were sometimes left waiting weeks before any work began.

R| The report makes five recommendations.

N| A spokesperson for [Stratford-on-Avon District Council|A] said: “We are working closely with our partners to put these recommendations into practice.”
"""),
    # 16. ordinary: a dated release in the "Thursday, 4th June 2020" style; fieldwork "between 24 and 28 February 2020"
    ("snitterfield-yjs-2020", facts([
        svc("Snitterfield Youth Justice Service", "Snitterfield YJS", "YJS", INAD)], "2020-06-04", "2020-02", 8),
     """N| [Thursday, 4th June 2020|D]

N| [Snitterfield Youth Justice Service|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] today publishes its report on [Snitterfield Youth Justice Service|S], which it rates ‘[Inadequate|R]’.
N| The inspection team spent [24 to 28 February 2020|D] with the service.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Snitterfield are not getting the help they need, and some are being put at risk.
W| “Leaders had not understood how serious the problems were, and the board was given a picture that was far too positive.”

W| In only 9 of the 25 cases inspected was the work to keep the child safe judged sufficient.
S| Inspectors did credit the education worker, who had got several children back into school.

R| Eight recommendations are made; six are for the service and two for [Warwickshire County Council|A].
R| Mr Russell added: “The council and its partners need to move fast to put this right.”
"""),
    # 17. ordinary: GOV.UK, "rated" with the four-point note; fieldwork sentence; six recommendations
    ("wormleighton-yjs-2025", facts([
        svc("Wormleighton Youth Justice Service", "Wormleighton YJS", "YJS", RI)], "2025-07-08", "2025-03", 6),
     """N| Press release

N| Youth justice in Wormleighton: inspectors find a mixed picture

N| From: [HM Inspectorate of Probation|A]

N| Published [8 July 2025|D]

N| Inspectors have rated [Wormleighton Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “We found a mixed picture in Wormleighton.
S| “Work with children before and after court was often thoughtful, and the service’s health team was a real asset.
W| “But partners are still struggling with the number of children being drawn into exploitation.”

W| Inspectors found that the board did not always hold partners to account when they failed to attend meetings.

R| There are six recommendations, four of them for the service.

N| ENDS

N| Notes to editors
N| 1. [HM Inspectorate of Probation|A] rates youth justice services on a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 18. ordinary: 2019, "Good", "Mr Russell continued"; "Wednesday, 13 November 2019" date line; fieldwork "in July and
    #     August 2019"
    ("aston-cantlow-yjs-2019", facts([
        svc("Aston Cantlow Youth Justice Service", "Aston Cantlow YJS", "YJS", GOOD)], "2019-11-13", "2019-07", 7),
     """N| [Wednesday, 13 November 2019|D]

N| [Aston Cantlow youth justice service|S] rated ‘[Good|R]’

N| Today’s report from [HM Inspectorate of Probation|A] rates [Aston Cantlow Youth Justice Service|S] as ‘[Good|R]’.
N| The inspection took place in [July and August 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a well-run service with a committed and stable staff team.
S| “Children were at the centre of its work, and case workers took time to understand their backgrounds.”

W| Mr Russell continued: “Out-of-court work lags behind, and decisions there were not always based on a full assessment.”

S| Inspectors praised the service’s links with local mental health services, which meant children were seen quickly.

R| The report makes seven recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 197th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
