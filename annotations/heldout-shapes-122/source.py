"""Builds the shapes held-out set 122 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of the North West region on a GOV.UK page, the region named first: "Inspectors assessed X as ‘...’, while
    #    Y received the lowest rating available"; fieldwork "in June 2024"; nine recommendations, four for each unit and
    #    one for the region
    ("ribbleford-and-cranshaw-pdus-2024", facts([
        svc("Ribbleford Probation Delivery Unit", "Ribbleford PDU", "PDU", RI),
        svc("Cranshaw Probation Delivery Unit", "Cranshaw PDU", "PDU", INAD)], "2024-10-15", "2024-06", 9),
     """N| Press release

N| Two probation units in Lancashire inspected

N| Inspection reports are out today for a pair of Lancashire units run by the [Probation Service|A]’s [North West region|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| The inspectorate looked at [Ribbleford Probation Delivery Unit|S] and [Cranshaw Probation Delivery Unit|S].
N| Inspectors assessed [Ribbleford PDU|S] as ‘[Requires improvement|R]’, while [Cranshaw PDU|S] received the lowest rating available, ‘[Inadequate|R]’.
N| Inspectors carried out fieldwork in both units in [June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “These units sit side by side, yet what a person on probation can expect from each could hardly be more different.
S| “[Ribbleford|S] has a stable management team and practitioners who told us they felt listened to.
W| “[Cranshaw|S] had lost close to half its probation officers, and newly qualified staff had been left to carry cases that were far too complex for them.”

S| In Ribbleford, joint work with [Lancashire Constabulary|A] on domestic abuse perpetrators was well organised.
W| Both units rarely visited people at home, and too many cases lacked checks with children’s social care.
W| [Cranshaw|S]’s office had been closed for several weeks after a flood, and some people had not met their probation officer in person since the spring.

R| The two reports contain nine recommendations in all: four for each unit and one for the region.

N| ENDS
"""),
    # 2. two youth justice services in a local-news story, rated in the other order from the one first named: "X’s
    #    service came out as ‘...’, while Y was found to be ‘...’"; the report day "published on Tuesday (7 November)"
    #    under a byline of Friday 10 November 2023; eight recommendations, five and three
    ("moorclough-and-tarnley-yjs-2023", facts([
        svc("Moorclough Youth Justice Service", "Moorclough YJS", "YJS", GOOD),
        svc("Tarnley Youth Justice Service", "Tarnley YJS", "YJS", RI)], "2023-11-07", "2023-07", 8),
     """N| Watchdog gives mixed verdict on two youth justice services

N| By [Helen Ashcroft|X]

N| [Friday 10 November 2023|D]

N| Inspection reports on [Moorclough Youth Justice Service|S] and [Tarnley Youth Justice Service|S] were published on Tuesday ([7 November|D]).
N| [Tarnley|S]’s service came out as ‘[Requires improvement|R]’, while [Moorclough|S] was found to be ‘[Good|R]’.
N| Inspectors visited both services in [July 2023|D].

S| According to the reports, [Moorclough|S] works closely with head teachers, and most children had returned to school or college within weeks.
S| Staff at [Tarnley|S] were described as caring, and they kept trying with children others had given up on.
W| But inspectors said plans to keep other people safe in [Tarnley YJS|S] were often vague and rarely updated when things changed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tarnley|S]’s board has not known enough about whether children are being kept safe.”

R| There are eight recommendations in total, five for [Tarnley|S] and three for [Moorclough|S].

N| [Lancashire County Council|A] said it would study both reports carefully.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "X, in the Probation Service’s North
    #    West region, has been put in the bottom grade, ‘...’"; the region's own 2023 rating as context; fieldwork
    #    "between 4 and 8 March 2024"; "Mr Jones continued"; the publication day in the notes ("Embargoed to 00.01 on")
    ("hollingreave-pdu-2024", facts([
        svc("Hollingreave Probation Delivery Unit", "Hollingreave PDU", "PDU", INAD)], "2024-06-13", "2024-03", 6),
     """N| [North West region|S]: probation unit in Hollingreave given lowest rating

N| [Hollingreave Probation Delivery Unit|S], in the [Probation Service|A]’s [North West region|S], has been put in the bottom grade, ‘[Inadequate|R]’, by [HM Inspectorate of Probation|A].
N| In [2023|D] the [North West region|S] itself was given ‘[Requires improvement|R]’.
N| Inspectors were at the unit between [4 and 8 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am deeply concerned by what we found in Hollingreave.
W| “Most risk assessments we read were out of date, and managers had lost track of who was due to be seen.”

W| Mr Jones continued: “Practitioners described themselves as exhausted, and no wonder: some were holding more than 70 cases each.”

S| Inspectors did, however, find a committed team of probation service officers at the unit’s court, who gave magistrates sound advice.
W| Contact with [Merseyside Police|A] about people under supervision for domestic abuse was patchy.

R| Of the report’s six recommendations, the most pressing is for the region to draw up an urgent recovery plan for the unit.

N| ENDS

N| Notes to editors
N| 1. Embargoed to 00.01 on [Thursday 13 June 2024|D]; the report will then be on the inspectorate’s website.
N| 2. [Hollingreave PDU|S] supervises around 1,300 people on probation.
"""),
    # 4. a unit inside its region on a justiceinspectorates news item: "found the unit to be ‘...’ overall"; "Published:
    #    11 Feb 2025"; fieldwork "took place in October 2024"; seven recommendations
    ("skelbrook-pdu-2025", facts([
        svc("Skelbrook Probation Delivery Unit", "Skelbrook PDU", "PDU", RI)], "2025-02-11", "2024-10", 7),
     """N| News

N| [Skelbrook probation unit|S] ‘must get on top of risk’

N| Published: [11 Feb 2025|D]

N| Inspectors of [Skelbrook Probation Delivery Unit|S], part of the [Greater Manchester probation region|S], found the unit to be ‘[Requires improvement|R]’ overall.
N| Fieldwork took place in [October 2024|D].

S| Leaders were realistic about what was going wrong and had begun to put it right.
S| Positively, the unit’s links with local drug and alcohol services were strong, and referrals were made quickly.
W| Whilst assessments were generally completed on time, too few of them considered the risk a person might pose to children.
W| Disappointingly, in a third of domestic abuse cases nobody had asked [Greater Manchester Police|A] for information.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a platform here to build on.
R| “Every case involving children should now be checked with the local authority before sentence, and managers need to see that it is.”

R| We have made seven recommendations: six for the unit, one for the region.
"""),
    # 5. a Probation Trust in 2012 (no rating): percentage scores, "reports today" under a date line, bullet lists
    ("lowerford-probation-trust-2012", facts([
        svc("Lowerford Probation Trust", "Lowerford Probation Trust", "other", None)], "2012-09-18", "2012-06", 5),
     """N| [Tuesday, 18th September 2012|D]

N| Offender management in Lowerford: good work to protect the public, says inspectorate

S| [Lowerford Probation Trust|S] protects the public well, [HM Inspectorate of Probation|A] reports today.
N| The inspection took place in [June 2012|D] and examined 80 cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Lowerford|S] staff should be pleased with these findings.”

N| Inspectors were pleased to find that:
S| 81% of cases showed sound work to protect the public;
S| offender managers knew their cases and had good relationships with the individuals they supervised;
S| joint work with [Lancashire Constabulary|A] through [MAPPA|A] was effective.

N| However, inspectors were concerned to find that:
W| the likelihood of reoffending was reviewed often enough in only 63% of cases;
W| some sentence plans were not updated when circumstances changed.

R| The report makes five recommendations for improvement.

N| ENDS
"""),
    # 6. a CRC in 2019 owned by Purple Futures: "has assessed the CRC overall as ‘...’"; unpaid work "which inspectors rated
    #    separately, was ‘Good’"; embargo line; fieldwork "in January and February 2019"
    ("saltmoss-and-kersall-crc-2019", facts([
        svc("Saltmoss and Kersall Community Rehabilitation Company", "Saltmoss and Kersall CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-05-23", "2019-01", 6),
     """N| Embargoed until 00.01, [Thursday 23 May 2019|D]

N| Probation company in Greater Manchester ‘must focus on public protection’

N| [HM Inspectorate of Probation|A] has assessed [Saltmoss and Kersall Community Rehabilitation Company|S] (CRC) overall as ‘[Requires improvement|R]’.
N| The CRC is owned by [Purple Futures|A] and supervises around 6,000 people on community sentences and licences.
S| Unpaid work, which inspectors rated separately, was ‘[Good|R]’.
N| Inspectors did their fieldwork over [January and February 2019|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This CRC has some real strengths, but it is falling short on keeping people safe.
W| “Telephone contact had replaced meetings in too many cases, and staff did not always know whether a child lived at the address.”

S| Inspectors praised the CRC’s women’s services, which were run with local charities and offered a wide range of support.
W| In contrast, the quality of supervision for men convicted of violence varied considerably from one office to another.

R| The report makes six recommendations, five for [Saltmoss and Kersall CRC|S] and one for the [National Probation Service|A].
"""),
    # 7. a youth offending team in 2016 (no rating) on a council page: "Posted:" date; bullet lists; "satisfactory"
    ("oakenhurst-yot-2016", facts([
        svc("Oakenhurst Youth Offending Team", "Oakenhurst YOT", "YJS", None)], "2016-07-14", "2016-04", 4),
     """N| Youth offending inspection report published

N| Posted: [14/07/2016|D]

N| [HM Inspectorate of Probation|A] has issued its report on [Oakenhurst Youth Offending Team|S] (YOT) today.
N| The inspection, which took place in [April 2016|D], looked at 30 cases.

N| The inspectors were encouraged to find that:
S| the YOT’s staff were enthusiastic and knew the children well;
S| work to stop children reoffending was satisfactory in most cases;
S| there was a good range of activities for children doing reparation.

N| They were worried that:
W| staff did not always spot when a child might harm someone else;
W| health and education services did not share enough information with the YOT.

R| Four recommendations were made, most of them about managing risk.

N| Councillor [Joan Hartley|X], cabinet member for children, said: “We will draw up an action plan straight away.”
"""),
    # 8. a youth justice service "awarded ... a ‘Good’ rating" on a GOV.UK page, resettlement "which carries its own
    #    rating, was judged ‘Outstanding’"; four recommendations
    ("crossfold-yjs-2022", facts([
        svc("Crossfold Youth Justice Service", "Crossfold YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2022-08-09", "2022-04", 4),
     """N| Press release

N| [Crossfold youth justice service|S] rated ‘[Good|R]’

N| Inspectors praise a service in Cheshire that gives children a fresh start.

N| From: [HM Inspectorate of Probation|A]

N| Published [9 August 2022|D]

N| [HM Inspectorate of Probation|A] has awarded [Crossfold Youth Justice Service|S] a ‘[Good|R]’ rating.
S| Resettlement work with children coming out of custody, which carries its own rating, was judged ‘[Outstanding|R]’.
N| Inspectors visited the service in [April 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Crossfold can count on a service that sticks with them.
S| “Its case managers make time to understand each child’s background, and they work closely with [Cheshire Constabulary|A] to divert younger children from court.”

S| Each child who came out of custody during the previous twelve months went to suitable accommodation.
W| However, the service did not always check how well children were kept safe when they were placed out of the area.

R| The report makes four recommendations.
"""),
    # 9. a youth justice service with "the inspectorate’s highest possible rating – ‘Outstanding’" (no "rated"); the report
    #    day in the notes; two recommendations
    ("mossbridge-yjs-2024", facts([
        svc("Mossbridge Youth Justice Service", "Mossbridge YJS", "YJS", OUT)], "2024-05-21", "2024-01", 2),
     """N| Youth justice service in Merseyside is ‘[Outstanding|R]’

N| [Mossbridge Youth Justice Service|S] has been awarded the inspectorate’s highest possible rating – ‘[Outstanding|R]’.
N| Fieldwork took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone we met in Mossbridge was focused on what each child needed.
S| “Children told us their workers were honest with them and never gave up on them.”

S| Under the chairmanship of the director of children’s services, the management board held partners firmly to account.
S| Thanks to joint work with [Merseyside Police|A], most children arrested for the first time got support rather than a charge.
W| The one weakness inspectors noted was that out-of-court decisions were sometimes recorded too briefly.

R| Two recommendations are made, both for the [Mossbridge YJS management board|A].

N| Notes to editors
N| 1. The report is published on [21 May 2024|D].
N| 2. [HM Inspectorate of Probation|A] uses a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 10. a youth justice service down from ‘Good’ in 2019: "drops X a grade, to ‘...’" (no "rated"), the previous rating
    #     beside it; fieldwork "worked remotely during their fieldwork in March 2021"; date line "Thursday, 1st July 2021"
    ("harlsworth-yjs-2021", facts([
        svc("Harlsworth Youth Justice Service", "Harlsworth YJS", "YJS", RI)], "2021-07-01", "2021-03", 7),
     """N| [Thursday, 1st July 2021|D]

N| [Harlsworth Youth Justice Service|S] slips a grade

N| [HM Inspectorate of Probation|A]’s report, published today, drops [Harlsworth Youth Justice Service|S] a grade, to ‘[Requires improvement|R]’.
N| Its rating after the [2019|D] inspection had been ‘[Good|R]’.
N| Covid-19 restrictions meant inspectors worked remotely during their fieldwork in [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff in Harlsworth made sure no child was forgotten during the lockdowns, often calling at their doors.
W| “But leaders took their eye off the quality of the work, and plans for keeping children and others safe were too often thin.”

W| Inspectors found that the partnership board rarely discussed the children the service worked with.
W| Only a third of children had their education needs assessed properly.
S| Positively, the service’s work with victims was thorough and sensitive.

R| Seven recommendations follow, among them that the board agree clear priorities for the service.
"""),
    # 11. a youth justice service rated ‘Inadequate’ on a council page posted the day after the report: the report's own
    #     day "In a report it published on 28 February 2023"; "found X to be"; ten recommendations; the council's reply
    ("whitclough-yjs-2023", facts([
        svc("Whitclough Youth Justice Service", "Whitclough YJS", "YJS", INAD)], "2023-02-28", "2022-11", 10),
     """N| Statement on youth justice inspection

N| Posted: [01/03/2023|D]

N| In a report it published on [28 February 2023|D], [HM Inspectorate of Probation|A] found [Whitclough Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| The inspection took place in [November 2022|D].

W| Inspectors said the service did not have enough staff to meet the needs of the children it worked with.
W| In many cases, dangers to children’s own safety had been neither spotted nor dealt with.
W| Few children were receiving the help with speech and language that they needed.
S| The report did recognise the commitment of the service’s practitioners, many of whom had worked extra hours to cover vacancies.

R| The inspectorate has made ten recommendations, for the service, the council and its partners.

N| Councillor [Mark Rigby|X], the council’s lead for children, said: “To the families we have let down, I am sorry, and we accept every one of the recommendations.
N| “An improvement plan has already been agreed with the [Youth Justice Board|A].”
"""),
    # 12. a Youth Offending Service in 2019 with an embargo line: "Inspectors concluded that X is ‘...’ overall";
    #     fieldwork "between 8 and 12 July 2019"; short forms YOS
    ("birtwistle-yos-2019", facts([
        svc("Birtwistle Youth Offending Service", "Birtwistle YOS", "YJS", GOOD)], "2019-10-16", "2019-07", 4),
     """N| Embargoed until 00:01 on [Wednesday 16 October 2019|D]

N| [Birtwistle youth offending service|S] praised by inspectors

N| Inspectors concluded that [Birtwistle Youth Offending Service|S] (YOS) is ‘[Good|R]’ overall.
N| Inspectors were in Birtwistle between [8 and 12 July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Birtwistle YOS|S] is run with real purpose and skill.
S| “Case managers are skilled at building trust with children who have been let down before.”

S| Inspectors were impressed with the service’s work on disproportionality, which had reduced the number of Black children entering the system.
W| Despite this, assessments of risk to others were not always good enough, and some lacked professional curiosity.
W| Access to emotional health support was slow, with children waiting up to four months for [CAMHS|A].

R| Four recommendations are made, three to the YOS and one to [Lancashire Constabulary|A].
"""),
    # 13. a public-protection inspection of a PDU in 2025 (no rating): "Skip to content", an empty "Published:" line, the
    #     "Context" / "Findings" bullets, the region as context, the publication day in the text
    ("helmcote-pdu-2025", facts([
        svc("Helmcote Probation Delivery Unit", "Helmcote PDU", "PDU", None)], "2025-11-04", "2025-07", 5),
     """N| Skip to content

N| Published:

N| Public protection work in [Helmcote probation unit|S] needs to improve

N| A report on how [Helmcote Probation Delivery Unit|S] protects the public was released today ([4 November 2025|D]) by [HM Inspectorate of Probation|A].
N| There is no grade: this programme of public protection inspections does not use the rating scale.

N| Context
N| • [Helmcote PDU|S] serves part of Cheshire and is one of the [North West region|S]’s units.
N| • Inspectors visited the unit in [July 2025|D] and looked at 40 cases.

N| Findings
S| • Practitioners were experienced and knew the people they supervised well.
W| • Where a home visit was needed, it happened in under half of cases.
W| • Information from [Cheshire Constabulary|A] and children’s services was not routinely requested.

R| The report makes five recommendations.
"""),
    # 14. a youth justice service with resettlement "inspected as a separate standard": date line "Thursday, 4th April
    #     2024" with "Today’s report"; "Its overall rating is"; fieldwork "10 - 14 December 2023"; six recommendations
    ("bransgate-yjs-2024", facts([
        svc("Bransgate Youth Justice Service", "Bransgate YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2024-04-04", "2023-12", 6),
     """N| [Thursday, 4th April 2024|D]

N| Inspection of [Bransgate youth justice service|S]

N| Today’s report from [HM Inspectorate of Probation|A] covers [Bransgate Youth Justice Service|S].
N| Its overall rating is ‘[Requires improvement|R]’.
W| Resettlement, which was inspected as a separate standard, also came out as ‘[Requires improvement|R]’.
N| Fieldwork took place on [10 - 14 December 2023|D].

S| Case managers generally met children within a few days of sentence, and their own views shaped their plans.
S| A dedicated education worker had got several long-term non-attenders back into lessons.
W| However, oversight of case work by managers was inconsistent, and many risk management plans were generic.
W| Planning for children’s release from custody started too late, leaving some without a confirmed address.

R| [Martin Jones|X], HM Chief Inspector of Probation, said: “The board needs to take a firmer lead on resettlement, so that children coming out of custody always have an address to go to.”

R| The report makes six recommendations.
"""),
    # 15. a youth justice service "is now ‘Good’, two grades higher" beside its previous rating "A report in March 2022
    #     had placed it at ‘Inadequate’"; "Published: 17 Jun 2025"; three recommendations
    ("faltonby-yjs-2025", facts([
        svc("Faltonby Youth Justice Service", "Faltonby YJS", "YJS", GOOD)], "2025-06-17", "2025-02", 3),
     """N| News

N| [Faltonby youth justice service|S] turns a corner

N| Published: [17 Jun 2025|D]

N| [Faltonby Youth Justice Service|S] is now ‘[Good|R]’, two grades higher than at its last inspection.
N| A report in [March 2022|D] had placed it at ‘[Inadequate|R]’.
N| Fieldwork was carried out in [February 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The change in Faltonby since our last visit is remarkable.
S| “A new head of service and a board that asks hard questions have turned things round, and children are safer as a result.”

S| Inspectors found that assessments were thorough in 23 of the 26 cases they examined.
W| Diversion work outside the courts was patchier, and some children did not get the interventions their assessment called for.

R| Inspectors have made three recommendations to the service and its board.
"""),
    # 16. a PDU on a GOV.UK page: "has come out as ‘...’"; fieldwork "from 23 to 27 January 2023"; six
    #     recommendations
    ("kettlebrook-pdu-2023", facts([
        svc("Kettlebrook Probation Delivery Unit", "Kettlebrook PDU", "PDU", RI)], "2023-05-02", "2023-01", 6),
     """N| Press release

N| [Kettlebrook probation unit|S]: progress made, more to do

N| From: [HM Inspectorate of Probation|A]

N| Published [2 May 2023|D]

N| [Kettlebrook Probation Delivery Unit|S] has come out as ‘[Requires improvement|R]’ after inspectors visited from [23 to 27 January 2023|D].

S| Staff spoke highly of the unit’s leaders, who were often out on the office floor.
S| Its work with the courts was efficient, and most pre-sentence reports were completed on the day.
W| Nonetheless, caseloads remained high, and practitioners said they had little time to reflect on their cases.
W| Only 14 of the 35 cases had sufficient work to protect others.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kettlebrook|S] is heading in the right direction.
R| “Victim safety must now get as much attention from leaders as court work does.”

R| Six recommendations have been made.
"""),
    # 17. a youth justice service in a local-news story, no recommendation count: "X ‘...’, according to" the
    #     report day "published yesterday (Wednesday 19 February)" under a byline of Thursday 20 February 2020; fieldwork
    #     "in November 2019"
    ("ashworth-vale-yjs-2020", facts([
        svc("Ashworth Vale Youth Justice Service", "Ashworth Vale YJS", "YJS", RI)], "2020-02-19", "2019-11", None),
     """N| Youth justice service told it must do better

N| By [Daniel Kershaw|X]

N| [Thursday 20 February 2020|D]

N| [Ashworth Vale Youth Justice Service|S] ‘[Requires improvement|R]’, according to an inspection report published yesterday ([Wednesday 19 February|D]).
N| The watchdog inspected the service in [November 2019|D].

S| The report said [Ashworth Vale|S] had good links with the local college, and many children had started courses.
W| But the report criticised leaders for failing to get to grips with the reasons behind a high rate of reoffending.
W| They also said some case managers lacked the training they needed to work with children who had been exploited.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “My hope is that leaders act quickly on what we have found.”

N| The full report explains in detail what has to change.
N| A council spokesman said: “We welcome the inspectors’ findings and have already begun work on them.”
"""),
    # 18. an NPS division in 2019: "Inspectors have given X an overall regional rating of"; "Published: 26 Nov 2019";
    #     fieldwork "in June and July 2019"; twelve recommendations
    ("haverbeck-and-farrowdale-nps-division-2019", facts([
        svc("National Probation Service – Haverbeck and Farrowdale Division", "NPS Haverbeck and Farrowdale", "region",
            GOOD)], "2019-11-26", "2019-06", 12),
     """N| News

N| Probation division in Merseyside performs well

N| Published: [26 Nov 2019|D]

N| Inspectors have given the [National Probation Service – Haverbeck and Farrowdale Division|S] an overall regional rating of ‘[Good|R]’.
N| Inspectors looked at its work in [June and July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Haverbeck and Farrowdale|S] has strong leadership and staff who care about doing a good job.
S| “Its reports to court were of a consistently high standard.”

W| However, inspectors were concerned that some victims heard nothing before the person who harmed them left prison.
W| Staff vacancies in two offices had led to high caseloads, and morale there was low.

R| Twelve recommendations are set out, the bulk of them for the division and a few for [HMPPS|A] and the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the shapes held-out set 122")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
