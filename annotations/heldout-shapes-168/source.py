"""Builds the 168th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two South West PDUs on a GOV.UK page, the region named first; "Dartington came out at ‘...’ and Blackawton
    #    fell to ‘...’"; fieldwork "in January 2024"; eight recommendations, four per unit
    ("dartington-and-blackawton-pdus-2024", facts([
        svc("Dartington Probation Delivery Unit", "Dartington PDU", "PDU", RI),
        svc("Blackawton Probation Delivery Unit", "Blackawton PDU", "PDU", INAD)], "2024-05-21", "2024-01", 8),
     """N| Press release

N| Inspectors report on two Devon probation units

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| Two reports published today look at [Dartington Probation Delivery Unit|S] and [Blackawton Probation Delivery Unit|S], which sit within the [Probation Service – South West region|S].
N| [Dartington|S] came out at ‘[Requires improvement|R]’ and [Blackawton|S] fell to ‘[Inadequate|R]’.
N| Inspectors visited both units in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Blackawton, almost half of the officer posts were empty and managers had stopped checking the quality of risk assessments.
S| “[Dartington|S]’s team is settled, and officers there understand the people on their caseloads, which shows in the work.”

S| Inspectors praised [Dartington PDU|S]’s links with local housing charities, which helped people leaving prison find somewhere to live.
W| In both units, contact with the police about domestic abuse was not requested often enough.

R| The reports make eight recommendations, four for each unit.
"""),
    # 2. two youth justice services in a local-news story with a byline; "Loddiswell was graded ‘Good’ while Aveton
    #    Gifford was told it ‘...’"; fieldwork "in June 2023"; report "published on Thursday 12 October 2023"
    ("loddiswell-and-aveton-gifford-yjs-2023", facts([
        svc("Loddiswell Youth Justice Service", "Loddiswell YJS", "YJS", GOOD),
        svc("Aveton Gifford Youth Justice Service", "Aveton Gifford YJS", "YJS", RI)], "2023-10-12", "2023-06", 6),
     """N| Mixed verdict for South Hams youth justice teams

N| By [Helen Trewin|X]

N| [Saturday 14 October 2023|D]

N| [Loddiswell Youth Justice Service|S] and [Aveton Gifford Youth Justice Service|S] were inspected in [June 2023|D]; the two reports came out on [Thursday 12 October 2023|D].
N| [Loddiswell|S] was graded ‘[Good|R]’ while [Aveton Gifford|S] was told it ‘[Requires improvement|R]’.

S| The watchdog found that [Loddiswell YJS|S] staff built trusting relationships with children and their families.
W| In Aveton Gifford, plans to keep other people safe were often out of date by the time they were reviewed.
W| Inspectors were also disappointed that children waited weeks for an appointment with [CAMHS|A].

R| Six recommendations are made, three for each service.

N| A spokesperson for [Devon County Council|A] said: “We accept the findings and have already started work on an action plan.”
"""),
    # 3. a unit inside its region: the region named in the headline; "inspectors have given X their lowest rating,
    #    ‘...’"; the region's own 2023 rating as context; notes with the publication day; fieldwork "in November 2024"
    ("cornwood-pdu-2025", facts([
        svc("Cornwood Probation Delivery Unit", "Cornwood PDU", "PDU", INAD)], "2025-03-04", "2024-11", 7),
     """N| [South West probation region|S]: serious concerns in Cornwood

N| Inspectors have given [Cornwood Probation Delivery Unit|S] their lowest rating, ‘[Inadequate|R]’; the unit belongs to the [Probation Service – South West region|S].
N| The South West region’s own inspection in [2023|D] ended in ‘[Requires improvement|R]’ for the region as a whole.
N| Fieldwork for this inspection took place in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Cornwood|S] were carrying caseloads far above what is safe, and many told us they had no one to turn to for advice.
W| “Too often, risks to children living with people on probation had simply not been noticed.”

S| Despite these pressures, inspectors found that unpaid work placements had continued across a large rural patch.
W| Mr Jones continued: “Managers had little grip on performance, and the unit was not learning from serious further offences.”

R| Seven recommendations follow: [Cornwood|S]’s managers must deliver five, and regional leaders two.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website on [4 March 2025|D] at 00.01.
N| 2. [Cornwood PDU|S] supervises around 1,100 people on probation.
"""),
    # 4. an older name in 2016: "Holbeton Youth Offending Team (YOT)" in a joint inspection; no overall rating; bullet
    #    lists after "Inspectors were pleased to find that:" and "However, inspectors were concerned to find that:"
    ("holbeton-yot-2016", facts([
        svc("Holbeton Youth Offending Team", "Holbeton YOT", "YJS", None)], "2016-08-23", "2016-05", 5),
     """N| Youth offending work in Holbeton – progress but more to do

N| Published: [23 August 2016|D]

N| A joint inspection led by [HM Inspectorate of Probation|A] looked at the work of [Holbeton Youth Offending Team|S] (YOT) in [May 2016|D].
N| [Ofsted|A] and the [Care Quality Commission|A] took part, as did [HM Inspectorate of Constabulary|A].

N| Inspectors were pleased to find that:
S| - board meetings were well attended, and members had a shared view of the YOT’s priorities;
S| - each child’s case manager knew their history in depth and pressed schools to take them back.

N| However, inspectors were concerned to find that:
W| - assessments of the risk of harm to others were not good enough in a third of cases;
W| - children in custody did not always have a plan for their release.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “There is a lot to build on in Holbeton, and staff are clearly committed to the children they work with.
R| “The board now needs to make sure that risk is managed consistently.”

R| The report makes five recommendations.
"""),
    # 5. a CRC in 2019, "a Working Links company"; overall found to be ‘...’; unpaid work rated separately ‘Good’;
    #    fieldwork "in March 2019"; embargo line for the date
    ("malborough-and-bigbury-crc-2019", facts([
        svc("Malborough and Bigbury Community Rehabilitation Company", "Malborough and Bigbury CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-07-09", "2019-03", 6),
     """N| Embargoed until 00.01, [Tuesday 9 July 2019|D]

N| Rehabilitation company in Devon must do more to protect the public

N| [HM Inspectorate of Probation|A] inspected the [Malborough and Bigbury Community Rehabilitation Company|S] (CRC), a [Working Links|A] company, in [March 2019|D] and found it to be ‘[Requires improvement|R]’ overall.
S| Inspectors gave unpaid work a separate rating of ‘[Good|R]’, with placements that people found worthwhile.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people supervised by the CRC are seen by telephone only, and some go months without meeting their officer face to face.
W| “This is not a model that keeps the public safe.”

S| A particular strength was the CRC’s work with women, delivered through a dedicated centre.
W| However, work to address domestic abuse was inconsistent, and safeguarding checks were missed in a quarter of cases.

R| Six recommendations are made to [Malborough and Bigbury CRC|S], [Working Links|A] and [HMPPS|A].
"""),
    # 6. "X has been judged to be ‘Outstanding’"; resettlement "assessed separately" also ‘Outstanding’; council page
    ("manaton-yjs-2024", facts([
        svc("Manaton Youth Justice Service", "Manaton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-09-26", "2024-05", 4),
     """N| Youth justice service judged [Outstanding|R]

N| Posted: [26/09/2024|D]

N| [Manaton Youth Justice Service|S] is ‘[Outstanding|R]’, [HM Inspectorate of Probation|A] has judged in its report, published on [26 September 2024|D].
S| Its work to resettle children leaving custody, which was assessed separately, was also ‘[Outstanding|R]’.
N| The inspection took place in [May 2024|D].

S| Inspectors said the service was well led, with a board that challenged and supported in equal measure.
S| Children told inspectors their workers listened to them and helped them stay out of trouble.
W| The one area inspectors asked the service to look at was the timeliness of some out-of-court assessments.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Manaton YJS|S] can be rightly proud of this result.”

R| The report makes four recommendations.

N| Councillor [James Hext|X] said: “Our staff and partners have earned this, and I am grateful to each of them.”
"""),
    # 7. "given the lowest possible rating"; previously ‘Good’ in 2021 beside it
    ("ilsington-yjs-2023", facts([
        svc("Ilsington Youth Justice Service", "Ilsington YJS", "YJS", INAD)], "2023-02-14", "2022-10", 9),
     """N| [Ilsington youth justice service|S] rated ‘[Inadequate|R]’

N| Published: [14 Feb 2023|D]

N| [HM Inspectorate of Probation|A] has given [Ilsington Youth Justice Service|S] its lowest possible rating, ‘[Inadequate|R]’.
N| At its previous inspection in [2021|D], the service had been rated ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [October 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The decline in Ilsington since our last visit is stark.
W| “Leaders had lost sight of the quality of casework, and the board met but little changed.”

W| In only 9 of 25 cases was enough done to keep the child safe.
S| Inspectors did praise the service’s speech and language therapist, who made sure children understood what their court orders required of them.

R| Nine recommendations are made, including that the management board must agree a clear improvement plan.
"""),
    # 8. council page with a Welsh-style date, "Posted: 15/11/2022" and "published on 15 November 2022";
    #    fieldwork "between 4 and 8 July 2022"
    ("newton-ferrers-yjs-2022", facts([
        svc("Newton Ferrers Youth Justice Service", "Newton Ferrers YJS", "YJS", GOOD)], "2022-11-15", "2022-07", 4),
     """N| Skip to content

N| Posted: [15/11/2022|D]

N| [Good|R] rating for youth justice service

N| [Newton Ferrers Youth Justice Service|S] has received an overall rating of ‘[Good|R]’ from [HM Inspectorate of Probation|A] in a report published on [15 November 2022|D].
N| Inspectors visited between [4 and 8 July 2022|D].

S| The report found that partnership work with [Devon and Cornwall Police|A] was strong and helped many children avoid a criminal record.
S| Case managers were tenacious in getting children back into school.
W| Whilst the service had a clear vision, inspectors found that planning for victims’ safety was variable.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a committed team doing good work for children in a largely rural area.”

R| The report makes four recommendations.
"""),
    # 9. an ordinary PDU release on GOV.UK; fieldwork "10 - 14 February 2025"
    ("widecombe-pdu-2025", facts([
        svc("Widecombe Probation Delivery Unit", "Widecombe PDU", "PDU", RI)], "2025-06-10", "2025-02", 6),
     """N| Press release

N| [Widecombe probation unit|S] ‘must improve’

N| Published [10 June 2025|D]

N| [Widecombe Probation Delivery Unit|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors were on site from [10 - 14 February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by the progress leaders in [Widecombe|S] have made in filling vacancies.
W| “However, the quality of supervision is not yet where it needs to be, and plans are too often copied forward from one review to the next.”

S| Inspectors were impressed with the unit’s court team, whose reports for sentencers were of a high standard.
W| Work to manage people convicted of sexual offences was not always joined up with the police.

R| The report makes six recommendations.
"""),
    # 10. an NPS division in 2019: "Inspectors rated the division ‘Good’ overall"; the short "NPS Belstone and
    #     Drewsteignton"; fieldwork "in January and February 2019"
    ("belstone-and-drewsteignton-nps-division-2019", facts([
        svc("National Probation Service – Belstone and Drewsteignton Division", "NPS Belstone and Drewsteignton",
            "region", GOOD)], "2019-04-30", "2019-01", 5),
     """N| News

N| Published: [30 April 2019|D]

N| Probation division on the edge of Dartmoor performing well

N| Inspectors rated the [National Probation Service – Belstone and Drewsteignton Division|S] ‘[Good|R]’ overall.
N| [HM Inspectorate of Probation|A] carried out the inspection in [January and February 2019|D].

S| The division’s leaders had a clear sense of direction, and staff said they felt supported.
S| Reports to court were thorough and delivered on time in almost every case.
W| Inspectors found, though, that work with victims of domestic abuse was not always well coordinated with [Devon and Cornwall Police|A].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Belstone and Drewsteignton|S] is doing a good job in difficult circumstances, and its staff deserve credit.”

R| We make five recommendations, one of them for [HMPPS|A].
"""),
    # 11. a Probation Trust in 2013, no overall rating; percentage scores; "Inspectors were pleased to find that:"
    ("walkhampton-and-dousland-probation-trust-2013", facts([
        svc("Walkhampton and Dousland Probation Trust", "Walkhampton and Dousland Probation Trust", "other", None)],
        "2013-05-16", "2013-02", 7),
     """N| Offender management in Walkhampton and Dousland: inspection report published

N| Published: [16 May 2013|D]

N| [HM Inspectorate of Probation|A]’s report on offender management in [Walkhampton and Dousland Probation Trust|S] is published today.
N| The inspection took place in [February 2013|D].

S| Work to reduce the likelihood of reoffending was done well enough in 78% of cases.
W| Work to protect the public from harm scored lower, at 64%.

N| Inspectors were pleased to find that:
S| - offender managers had good relationships with the people they supervised;
S| - there was close joint work between the Trust and local drug and alcohol services.

N| However, inspectors were concerned that:
W| - risk of harm assessments were not reviewed after significant events;

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a committed workforce, and there is much here to build on.”

R| The report makes seven recommendations.
"""),
    # 12. a YJS whose fieldwork was "carried out remotely in March 2021"; "published today (Tuesday 22 June 2021)";
    #     "Inspectors concluded that the service ‘...’"
    ("christow-yjs-2021", facts([
        svc("Christow Youth Justice Service", "Christow YJS", "YJS", RI)], "2021-06-22", "2021-03", 6),
     """N| Youth justice in Christow: inspectors call for faster progress

N| In a report published today ([Tuesday 22 June 2021|D]), inspectors concluded that [Christow Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Inspectors did their fieldwork remotely in [March 2021|D], as COVID-19 rules were still in place.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in [Christow|S] have worked hard through a very difficult year, but too many children did not get the help they needed to stay safe.
W| “Plans were often written and then left untouched for months.”

S| Encouragingly, the service had kept almost every child in contact during lockdown, using video calls and doorstep visits.
W| The quality of work on out-of-court disposals was inconsistent.

R| [Christow YJS|S] must act on six recommendations, and the management board should oversee this closely.
"""),
    # 13. a 2025 public-protection PDU inspection: no overall rating; "Skip to content"; "Context" and "Findings" bullets
    ("mary-tavy-pdu-2025", facts([
        svc("Mary Tavy Probation Delivery Unit", "Mary Tavy PDU", "PDU", None)], "2025-12-02", "2025-09", 3),
     """N| Skip to content

N| Public protection work in Mary Tavy

N| Published: [2 December 2025|D]

N| This report, by [HM Inspectorate of Probation|A], covers public protection in [Mary Tavy Probation Delivery Unit|S].
N| Inspectors visited in [September 2025|D].

N| Context
N| - [Mary Tavy PDU|S] sits within the [Probation Service – South West region|S].
N| - It supervises about 700 people, many living in isolated villages.

N| Findings
W| - Home visits to people assessed as high risk were rare.
W| - Information from children’s social care was requested in fewer than half of the relevant cases.
S| - Staff were knowledgeable about local services and well regarded by partners.

R| Three recommendations are made to the unit.
"""),
    # 14. "Inspectors assessed X as ‘Good’", "an improvement on the ‘Requires improvement’ rating it received in 2021"
    ("diptford-yjs-2024", facts([
        svc("Diptford Youth Justice Service", "Diptford YJS", "YJS", GOOD)], "2024-11-19", "2024-07", 5),
     """N| Youth justice in Diptford improves to ‘[Good|R]’

N| Published [19 November 2024|D]

N| Inspectors assessed [Diptford Youth Justice Service|S] as ‘[Good|R]’, an improvement on the ‘[Requires improvement|R]’ rating it received in [2021|D].
N| Fieldwork took place in [July 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The partnership in [Diptford|S] has listened to our last report and acted on it.
S| “Children now have plans that reflect their own views, and their workers follow them up.”

W| While the board was well attended, inspectors found that its members did not always scrutinise the data they received.
S| The service’s work with [Plymouth City Council|A]’s education team meant that more children were in school or training.

R| The report sets out five recommendations.
"""),
    # 15. several services and a unit inside its region: "X PDU and Y PDU, two units of the South West region, have
    #     both received ‘...’"; fieldwork "in July 2023"; ten recommendations, five each
    ("chillington-and-stokenham-pdus-2023", facts([
        svc("Chillington Probation Delivery Unit", "Chillington PDU", "PDU", RI),
        svc("Stokenham Probation Delivery Unit", "Stokenham PDU", "PDU", RI)], "2023-12-05", "2023-07", 10),
     """N| Two South Hams probation units told to improve

N| Published: [5 Dec 2023|D]

N| [Chillington Probation Delivery Unit|S] and [Stokenham Probation Delivery Unit|S], two units of the [Probation Service – South West region|S], have both received ‘[Requires improvement|R]’.
N| Inspectors went through casework in both units in [July 2023|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “In both units, staff shortages have meant that many people are supervised by whoever is free that week.
S| “Even so, the officers we met were dedicated and keen to do their best.”

S| [Stokenham PDU|S]’s work with local employers had helped a number of people into jobs.
W| In [Chillington PDU|S], risk to children was assessed well enough in only 14 of 30 cases.

R| Ten recommendations are made, five for each unit.
"""),
    # 16. "Ugborough Youth Offending Service (YOS)" in 2019, YOS/YOT switching; "assessed to be ‘...’"
    ("ugborough-yos-2019", facts([
        svc("Ugborough Youth Offending Service", "Ugborough YOS", "YJS", RI)], "2019-10-22", "2019-06", 6),
     """N| Published: [22 October 2019|D]

N| [HM Inspectorate of Probation|A] has assessed [Ugborough Youth Offending Service|S] (YOS) to be ‘[Requires improvement|R]’.
N| Inspectors visited the service in [June 2019|D].

W| Inspectors found that the YOS’s management board had little grasp of how good the work with children actually was.
S| Children whom schools and social care had let down often came to trust their case managers.
W| However, in a third of cases, nothing had been done to address the child’s risk to others.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The [Ugborough YOT|S] has capable staff but lacks the leadership and oversight it needs.”

R| The report makes six recommendations.
"""),
    # 17. "its work was found to be ‘Inadequate’"; fieldwork "between 24 and 28 February 2020"; "Tuesday, 16th June 2020"
    ("south-brent-yjs-2020", facts([
        svc("South Brent Youth Justice Service", "South Brent YJS", "YJS", INAD)], "2020-06-16", "2020-02", 7),
     """N| Inspectors raise serious concerns about youth justice in South Brent

N| [Tuesday, 16th June 2020|D]

N| Overall, the work of [South Brent Youth Justice Service|S] was found to be ‘[Inadequate|R]’.
N| Inspectors were on site between [24 and 28 February 2020|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in South Brent deserve better than this.
W| “We found a service that was fragile, under strain and unsure of its priorities.”

W| Worryingly, children at risk of exploitation were not always referred to the [Multi-Agency Safeguarding Hub|A].
S| Inspectors did find that the youth justice nurse provided a high-quality health service.

R| The report makes seven recommendations, one of which is for [Devon and Cornwall Police|A].
"""),
    # 18. "Inspectors placed X at ‘...’"; the interim chief inspector; notes to editors with the publication day
    ("sparkwell-yjs-2022", facts([
        svc("Sparkwell Youth Justice Service", "Sparkwell YJS", "YJS", RI)], "2022-08-09", "2022-03", 4),
     """N| Youth justice in Sparkwell: ‘more work to do’

N| Inspectors placed [Sparkwell Youth Justice Service|S] at ‘[Requires improvement|R]’ in a report out today.
N| The inspection took place in [March 2022|D].

S| Inspectors said the service was good at helping children move into education, training or work.
W| Yet assessments of safety and wellbeing were not always updated when circumstances changed.
W| Victims were not routinely asked for their views before a restorative intervention.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “I hope this report helps the partnership take the next steps.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [9 August 2022|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 168th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
