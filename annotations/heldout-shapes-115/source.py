"""Builds the 115th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two East Riding youth services in one GOV.UK release, each with its rating, named in one order and rated in the
    #    other; "Fieldwork for both took place in May 2024"; eight recommendations split five and three
    ("nafferton-and-wetwang-yjs-2024", facts([
        svc("Nafferton Youth Justice Service", "Nafferton YJS", "YJS", RI),
        svc("Wetwang Youth Justice Service", "Wetwang YJS", "YJS", GOOD)], "2024-09-24", "2024-05", 8),
     """N| Press release

N| Two youth justice services in the East Riding inspected

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| Inspectors have today published reports on [Nafferton Youth Justice Service|S] and [Wetwang Youth Justice Service|S], which serve neighbouring parts of the East Riding of Yorkshire.
N| [Wetwang|S] has been rated ‘[Good|R]’, while [Nafferton|S] has been rated ‘[Requires improvement|R]’.
N| Fieldwork for both took place in [May 2024|D].

S| In [Wetwang YJS|S], children had a say in their plans and case managers kept in touch with their families between appointments.
W| In contrast, [Nafferton YJS|S] had lost three of its five case managers in a year, and the work left behind was uneven.
W| Neither service had a clear picture of why some groups of children were over-represented on its caseload.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The team at [Wetwang|S] has built something children clearly trust.
R| “[Nafferton|S]’s leaders must now steady the workforce so that each child gets the same attention.”

R| The reports carry eight recommendations in total: five for [Nafferton|S], three for [Wetwang|S].
"""),
    # 2. three North Yorkshire PDUs, the region named first as context; "assessed as ..." and "given the lowest possible rating"; one unit given
    #    the lowest rating; fieldwork "from 3 to 14 March 2025"; "Published: 15 Jul 2025"; twelve recommendations
    ("sinnington-slingsby-and-husthwaite-pdus-2025", facts([
        svc("Sinnington Probation Delivery Unit", "Sinnington PDU", "PDU", RI),
        svc("Slingsby Probation Delivery Unit", "Slingsby PDU", "PDU", INAD),
        svc("Husthwaite Probation Delivery Unit", "Husthwaite PDU", "PDU", RI)], "2025-07-15", "2025-03", 12),
     """N| News

N| Three North Yorkshire probation units fall short

N| Published: [15 Jul 2025|D]

N| Three units of [Probation Service – Yorkshire and the Humber region|S] feature in new reports from [HM Inspectorate of Probation|A]: [Sinnington Probation Delivery Unit|S], [Slingsby Probation Delivery Unit|S] and [Husthwaite Probation Delivery Unit|S].
N| [Sinnington|S] and [Husthwaite|S] were assessed as ‘[Requires improvement|R]’; [Slingsby|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the units from [3 to 14 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Across a large rural patch, staff are stretched thin, and in Slingsby nearly half of probation officer posts were empty.
W| “Too many people were supervised by whoever happened to be free that week.”

S| Inspectors commended [Husthwaite PDU|S]’s work with [North Yorkshire Police|A] to manage people convicted of domestic abuse.
S| Staff in all three units were described as committed and resourceful.
W| However, home visits were rare, and checks with children’s social care were missing from many of the cases inspected.

R| Twelve recommendations are spread across the three units, with four for each.
"""),
    # 3. a unit inside its region, the region in the headline; "judged to be ..."; the region's own earlier rating as
    #    context; fieldwork "in October 2024"; the notes "Publication: 00.01, 11 February 2025"
    ("cotherstone-pdu-2025", facts([
        svc("Cotherstone Probation Delivery Unit", "Cotherstone PDU", "PDU", RI)], "2025-02-11", "2024-10", 6),
     """N| [North East probation region|S]: Teesdale unit ‘has the basics in place’

N| [Cotherstone Probation Delivery Unit|S], within the [Probation Service – North East region|S], is judged ‘[Requires improvement|R]’ in a new report from [HM Inspectorate of Probation|A].
N| When the region was inspected in [2023|D], it too was given ‘[Requires improvement|R]’.
N| Forty cases were examined when inspectors visited in [October 2024|D].

S| The unit’s leaders were visible and approachable, and staff said morale had lifted over the past year.
S| Pre-sentence reports for the local magistrates’ court were thorough and delivered on time.
W| However, just 19 of the 40 risk assessments were judged sufficient.
W| Unpaid work was badly behind, and some people had not begun their hours several months after sentence.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cotherstone|S] has the basics in place, but it is not yet keeping people safe as well as it should.”
R| Mr Jones continued: “Managers need to give practitioners the time and supervision to get risk assessments right first time.”

R| Four recommendations are aimed at the unit itself and two at the region, six in all.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [11 February 2025|D], on the inspectorate’s website.
N| 2. [Cotherstone PDU|S] covers Teesdale and part of Weardale in County Durham.
"""),
    # 4. a unit inside its region, the region named in the first sentence before the unit; "found to be ..."; previous
    #    rating beside; "The inspection, which took place in June 2023"; local news with a byline date
    ("bubwith-pdu-2023", facts([
        svc("Bubwith Probation Delivery Unit", "Bubwith PDU", "PDU", INAD)], "2023-10-03", "2023-06", 7),
     """N| Probation unit in Bubwith ‘failing’, say inspectors

N| By [Helen Garside|X]

N| [3 October 2023|D]

N| Inspectors visiting the [Probation Service – Yorkshire and the Humber region|S] have found [Bubwith Probation Delivery Unit|S] to be ‘[Inadequate|R]’; their report came out today.
N| The unit had been rated ‘[Requires improvement|R]’ in [2021|D].
N| Inspectors read 45 cases when they visited in [June 2023|D].

W| The watchdog found that a third of the unit’s cases had been left without an allocated officer for weeks at a time.
W| Inspectors were concerned to find that home visits had all but stopped, even where children lived in the same household.
S| They did praise [Bubwith|S]’s women’s services, run with a local charity, which helped women into housing and work.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “People in Bubwith deserve better than this, and so do the staff who are working flat out to hold things together.”

R| Of the seven recommendations, one asks [HM Prison and Probation Service|A] to look again at how many staff the unit has.

N| A spokesperson for the [Probation Service|A] said: “We do not dispute the findings, and extra staff started in the unit last month.”
"""),
    # 5. a Probation Trust in 2011, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" lists; scores in per cent; fieldwork "in February 2011"; six recommendations
    ("crayke-and-brafferton-probation-trust-2011", facts([
        svc("Crayke and Brafferton Probation Trust", "Crayke and Brafferton Probation Trust", "other", None)],
        "2011-05-18", "2011-02", 6),
     """N| Offender management in Crayke and Brafferton – inspection report published

N| [18 May 2011|D]

N| [Crayke and Brafferton Probation Trust|S] is making steady progress in reducing reoffending, [HM Inspectorate of Probation|A] said in a report released today.
N| Inspectors visited in [February 2011|D] and assessed 80 cases.

S| Inspectors gave it 78% for reducing reoffending and 83% for making sure offenders complied with their sentences.
W| Public protection lagged behind, at 67%.

N| Inspectors were pleased to find that:
S| • initial assessments were mostly timely and thorough;
S| • staff showed real commitment to the offenders they supervised.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were seldom updated when circumstances changed;
W| • contact with the [Crown Prosecution Service|A] and [North Yorkshire Police|A] about new offences was slow.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a sound Trust with much to build on.
R| “The Trust now needs to give public protection work the same attention it gives to reducing reoffending.”

R| The report makes six recommendations.
"""),
    # 6. a CRC in 2018 with an aspect "rated separately" beside the overall "assessed as"; "Fieldwork was completed in
    #    April 2018"; the provider's reply; the embargo line as the only publication date
    ("ulrome-and-skipsea-crc-2018", facts([
        svc("Ulrome and Skipsea Community Rehabilitation Company", "Ulrome and Skipsea CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-08-14", "2018-04", 5),
     """N| Embargoed until 00.01, [14 August 2018|D]

N| Inspectors publish report on probation company covering the Holderness coast

N| [HM Inspectorate of Probation|A] has assessed [Ulrome and Skipsea Community Rehabilitation Company|S] (CRC), part of [Purple Futures|A], as ‘[Requires improvement|R]’ overall.
S| Unpaid work was rated separately and judged ‘[Good|R]’.
N| Fieldwork was completed in [April 2018|D].

S| Unpaid work placements were well supervised, and most people completed their hours without delay.
W| But in too many cases the CRC did not know enough about the risk people posed to partners and children.
W| Through-the-gate services did little more than fill in forms, and few people leaving prison had somewhere settled to live.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff here are doing their best, but the CRC’s model leaves them with too little time for each person.”

R| Of five recommendations, one is for [HM Prison and Probation Service|A] and four for [Ulrome and Skipsea CRC|S].

N| A spokesperson for [Purple Futures|A] said: “We are glad inspectors saw the strength of our unpaid work and will act on every recommendation.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings; "Posted: 09/11/2016"; a joint
    #    inspection "led by"; fieldwork "in July 2016"; no recommendation count (null)
    ("mickleton-yot-2016", facts([
        svc("Mickleton Youth Offending Team", "Mickleton YOT", "YJS", None)], "2016-11-09", "2016-07", None),
     """N| Inspection of youth offending work in Mickleton

N| Posted: [09/11/2016|D]

N| The report on a joint inspection of [Mickleton Youth Offending Team|S] (YOT), with [HM Inspectorate of Probation|A] leading, is now available.
N| Inspectors visited in [July 2016|D].

S| According to the report, the [Mickleton YOT|S] knows its children and their families well.
S| Links with local schools, which kept most children in class, were singled out as a particular strength.
W| Inspectors said some plans for managing the risk children posed to others lacked detail.

N| Councillor [Peter Allonby|X], cabinet member for children’s services at [Durham County Council|A], said: “We are pleased with the report and will take forward the areas it identifies.”
"""),
    # 8. a youth service given the top rating without "rated": "The top grade, ‘...’, has gone to X"; resettlement
    #    "rated separately"; fieldwork "between 8 and 12 January 2024"; three recommendations
    ("kirklevington-yjs-2024", facts([
        svc("Kirklevington Youth Justice Service", "Kirklevington YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-05-02", "2024-01", 3),
     """N| Press release

N| Teesside youth justice service awarded ‘[Outstanding|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [2 May 2024|D]

N| The top grade, ‘[Outstanding|R]’, has gone to [Kirklevington Youth Justice Service|S], [HM Inspectorate of Probation|A] announced today.
S| Resettlement policy and provision, which received its own rating, came out as ‘[Good|R]’.
N| Inspectors spent the week of [8 to 12 January 2024|D] with the service.

S| Case managers were tenacious in keeping children engaged, and almost every child had a worker they trusted.
S| Joint work with [Cleveland Police|A] meant that many children were diverted from the courts without delay.
S| The management board challenged the service well and knew its strengths and weaknesses.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kirklevington|S] stands out, and the whole partnership should be proud.”

R| Inspectors made three recommendations, all for the [Kirklevington YJS management board|A].
"""),
    # 9. a youth service, previous rating beside: "rates X as ‘...’; at its previous inspection, in 2020, it was rated ‘...’";
    #    "published today (Thursday, 16 November)" with no year in the text but the fieldwork's; six recommendations
    ("walkington-yjs-2023", facts([
        svc("Walkington Youth Justice Service", "Walkington YJS", "YJS", RI)], "2023-11-16", "2023-07", 6),
     """N| East Riding youth justice service ‘on the way up’

N| In a report published today ([Thursday, 16 November|D]), [HM Inspectorate of Probation|A] rates [Walkington Youth Justice Service|S] as ‘[Requires improvement|R]’; at its previous inspection, in [2020|D], it was rated ‘[Inadequate|R]’.
N| The inspection team visited in [July 2023|D].

S| Leaders had acted on the last inspection, and the service now had a settled team and a working management board.
S| Children spoke warmly of their case managers.
W| However, safety work was inconsistent: risks from exploitation had been properly weighed in just 9 of the 20 cases inspected.
W| Health support was patchy, with long waits for [CAMHS|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by how far [Walkington|S] has come.
R| “The board must now make sure that every child’s safety is assessed with the same care.”

R| Six recommendations are made in the report.
"""),
    # 10. a youth service "has found X to be ... overall"; the lowest rating; council page "Posted on 21/06/2022"; the
    #     council's apology; "fieldwork in February and March 2022"; nine recommendations
    ("huggate-yjs-2022", facts([
        svc("Huggate Youth Justice Service", "Huggate YJS", "YJS", INAD)], "2022-06-21", "2022-02", 9),
     """N| Council statement: inspection of [Huggate Youth Justice Service|S]

N| Posted on [21/06/2022|D]

N| [HM Inspectorate of Probation|A] has found [Huggate Youth Justice Service|S] to be ‘[Inadequate|R]’ overall.
N| The report follows fieldwork in [February and March 2022|D].

W| The management board met often, inspectors noted, yet its meetings changed very little.
W| Assessments of children’s safety were poor in most of the cases they read.
S| They did recognise front-line staff who had remained loyal to the service through a hard two years.
W| Out-of-court work was not well organised, and some children waited months for a decision.

R| The report makes nine recommendations for [Huggate YJS|S] and its partners, including [Humberside Police|A] and the local [NHS|A].

N| [Sarah Tindall|X], Director of Children’s Services, said: “We are sorry for letting children down, and an action plan is already under way.”
"""),
    # 11. a youth service rated Good with resettlement "rated separately" as Requires improvement; GOV.UK; fieldwork
    #     "in September 2025"; four recommendations
    ("sancton-yjs-2025", facts([
        svc("Sancton Youth Justice Service", "Sancton YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2025-12-02", "2025-09", 4),
     """N| Press release

N| Youth justice service in East Yorkshire rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [2 December 2025|D]

N| [HM Inspectorate of Probation|A] rates [Sancton Youth Justice Service|S] ‘[Good|R]’ overall.
W| Its resettlement work, rated separately, was judged ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork over two weeks in [September 2025|D].

S| Work with victims won praise for being careful and well organised.
S| Children were helped into education and training quickly.
W| However, release planning for children in custody tended to begin late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sancton YJS|S] is a strong service with committed staff.
R| “Leaders should now make sure that plans for children leaving custody are ready well before their release.”

R| The report makes four recommendations.
"""),
    # 12. a remote inspection in 2021: "has rated X ‘...’"; fieldwork "carried out remotely in April 2021";
    #     "Published: Thursday 15th July 2021"; five recommendations
    ("edmundbyers-yjs-2021", facts([
        svc("Edmundbyers Youth Justice Service", "Edmundbyers YJS", "YJS", GOOD)], "2021-07-15", "2021-04", 5),
     """N| Youth service in County Durham praised by inspectors

N| Published: [Thursday 15th July 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Edmundbyers Youth Justice Service|S] ‘[Good|R]’.
N| Because of COVID-19 rules, inspectors did their work remotely in [April 2021|D].

S| Despite the pandemic, case managers went on seeing the most vulnerable children in person.
S| The service’s partnership with [Durham Constabulary|A] on diversion was effective.
W| Some assessments paid too little attention to trauma in children’s earlier lives, inspectors found.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Edmundbyers|S] kept going through a punishing year, and it shows.”

R| The report makes five recommendations.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings"
    #     bullets, the region in a bullet; "Published: 28 Jan 2026"; fieldwork "in October 2025"; four recommendations
    ("atwick-pdu-2026", facts([
        svc("Atwick Probation Delivery Unit", "Atwick PDU", "PDU", None)], "2026-01-28", "2025-10", 4),
     """N| Skip to content

N| Public protection inspection: probation unit in Holderness

N| Published: [28 Jan 2026|D]

N| Today [HM Inspectorate of Probation|A] publishes a public protection inspection of [Atwick Probation Delivery Unit|S].
N| This inspection programme does not give ratings.
N| Fieldwork took place in [October 2025|D].

N| Context
N| • [Atwick PDU|S], on the Holderness coast, belongs to [Probation Service – Yorkshire and the Humber region|S].
N| • It supervises about 650 people.

N| Findings
S| • Most people on probation trusted their practitioner and kept their appointments.
W| • Where domestic abuse enquiries to [Humberside Police|A] were needed, a third had never been sent.
W| • Home visits were rarely used, even in high-risk cases.
S| • Work with [MAPPA|A] partners was well coordinated.

R| The PDU and the region between them have four recommendations to act on.
"""),
    # 14. a youth service in 2019: "have given X an overall rating of"; "Published: 10 Dec 2019"; fieldwork "10 - 14
    #     June 2019"; seven recommendations
    ("catwick-yjs-2019", facts([
        svc("Catwick Youth Justice Service", "Catwick YJS", "YJS", RI)], "2019-12-10", "2019-06", 7),
     """N| News

N| Youth justice in Catwick: ‘a mixed picture’

N| Published: [10 Dec 2019|D]

N| Inspectors from [HM Inspectorate of Probation|A] have given [Catwick Youth Justice Service|S] an overall rating of ‘[Requires improvement|R]’.
N| Fieldwork took place on [10 - 14 June 2019|D].

S| Inspectors found a committed staff group and a strong focus on getting children into education.
W| However, board members knew little about how good the day-to-day casework actually was.
W| Only half the plans inspectors read did enough to protect potential victims.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “While there is good work in Catwick, the board has not given the service the direction it needs.”

R| There are seven recommendations, all but one for the service; the remaining one goes to the [Youth Justice Board|A].
"""),
    # 15. a youth service on a council page, "12/03/2024" day/month/year; "assessed as" and "narrowly missed" a better
    #     rating (no fact); fieldwork "in November 2023"; six recommendations
    ("ottringham-yjs-2024", facts([
        svc("Ottringham Youth Justice Service", "Ottringham YJS", "YJS", RI)], "2024-03-12", "2023-11", 6),
     """N| Inspection report for [Ottringham Youth Justice Service|S]

N| [12/03/2024|D]

N| [HM Inspectorate of Probation|A] has assessed [Ottringham Youth Justice Service|S] as ‘[Requires improvement|R]’.
W| The service was one point short of a ‘[Good|R]’ rating.
N| Inspectors visited in [November 2023|D].

S| The report highlights the service’s work with victims and its use of restorative justice.
W| Assessment and planning varied in quality from one case manager to the next.
W| Waits for speech and language therapy were long.

R| There are six recommendations; one of them is for the [Humber and North Yorkshire Integrated Care Board|A].

N| Councillor [Mark Ellerby|X] said: “We thank inspectors and the staff of [Ottringham YJS|S] for their work.”
"""),
    # 16. local news, 2020, "judged ..."; the report "published on Tuesday (3 March)"; fieldwork "in October and
    #     November 2019"; four recommendations
    ("eastrington-yjs-2020", facts([
        svc("Eastrington Youth Justice Service", "Eastrington YJS", "YJS", GOOD)], "2020-03-03", "2019-10", 4),
     """N| [Eastrington youth service|S] gets thumbs up from inspectors

N| By [Tom Brigham|X]

N| [5 March 2020|D]

N| [Eastrington Youth Justice Service|S] has been judged ‘[Good|R]’ in a report published on Tuesday ([3 March|D]).
N| Inspectors visited the service in [October and November 2019|D].

S| According to the watchdog, children were met by their case manager in the first few days after sentence and understood their plans.
S| It also praised [Eastrington|S]’s work with [Humberside Police|A] to divert children from court.
W| But it said more needed to be done to understand the needs of girls in the service.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Eastrington YJS|S] is a well-run service with a clear sense of purpose.”

R| Four recommendations have been made.
"""),
    # 17. a youth offending service in 2018, the first year of ratings, "YOS" switching with "YOT"; "Published: 4 Sep
    #     2018"; fieldwork "in April 2018"; five recommendations
    ("warter-yos-2018", facts([
        svc("Warter Youth Offending Service", "Warter YOS", "YJS", GOOD)], "2018-09-04", "2018-04", 5),
     """N| [Warter Youth Offending Service|S] rated ‘[Good|R]’

N| Published: [4 Sep 2018|D]

N| [HM Inspectorate of Probation|A] has rated [Warter Youth Offending Service|S] (YOS) as ‘[Good|R]’ overall.
N| Fieldwork was carried out in [April 2018|D].

S| Inspectors found that the [Warter YOS|S] had strong leadership and a well-trained staff team.
S| Its diversion work, keeping children away from the courts, was impressive.
W| However, the YOT did not always plan well for children coming out of custody.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Warter|S] is doing good work for children, and I congratulate the staff.”

R| The report makes five recommendations.
"""),
    # 18. a PDU placed "in its lowest band"; "Fieldwork for this inspection took place in January 2024";
    #     "The report is online from 00.01 on 14 May 2024"; eight recommendations
    ("tollerton-pdu-2024", facts([
        svc("Tollerton Probation Delivery Unit", "Tollerton PDU", "PDU", INAD)], "2024-05-14", "2024-01", 8),
     """N| North Yorkshire probation unit ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has placed [Tollerton Probation Delivery Unit|S] in its lowest band, ‘[Inadequate|R]’.
N| Fieldwork for this inspection took place in [January 2024|D].

W| Inspectors found high caseloads and many vacancies, with a third of probation officer posts unfilled.
W| Work to protect children was poor, and checks with [North Yorkshire Police|A] were often not made.
S| Unpaid work was well organised and had a good range of placements.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tollerton|S] is not keeping the public safe.”
R| Mr Jones continued: “Leaders must act quickly to fill vacancies and get the basics right.”

R| The report makes eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is online from 00.01 on [14 May 2024|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 115th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
