"""Builds the eighth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one county in one release: the region (as "X region of the Probation Service") named before any
    #    unit, the overall ratings as a bulleted list "Name – ‘Rating’" after "The overall ratings awarded are:"; two
    #    bare places as subjects; a day range across two weeks for the fieldwork
    ("morpeth-alnwick-and-hexham-pdus-2025", facts([
        svc("Morpeth Probation Delivery Unit", "Morpeth PDU", "PDU", RI),
        svc("Alnwick Probation Delivery Unit", "Alnwick PDU", "PDU", INAD),
        svc("Hexham Probation Delivery Unit", "Hexham PDU", "PDU", RI)], "2025-04-29", "2025-01", 12),
     """N| Northumberland’s three probation delivery units: the inspectors’ findings

N| [HM Inspectorate of Probation|A] has completed its inspections of the three probation delivery units that cover Northumberland, all of them within the [North East region of the Probation Service|S].
N| The overall ratings awarded are:
N| • [Morpeth Probation Delivery Unit|S] – ‘[Requires improvement|R]’
N| • [Alnwick Probation Delivery Unit|S] – ‘[Inadequate|R]’
N| • [Hexham Probation Delivery Unit|S] – ‘[Requires improvement|R]’

N| Between [13 and 24 January 2025|D], inspectors read 138 cases across the three units and interviewed more than 90 members of staff.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Supervising people across a county as large and as rural as Northumberland is never straightforward.
W| “In Alnwick, however, the unit had lost more than half of its qualified probation officers in a single year, and it showed: risk had been reassessed in fewer than one case in three where circumstances changed.
S| “[Morpeth|S] and [Hexham|S] are on firmer ground, with settled teams and managers who know their caseloads.”

S| Inspectors singled out [Hexham PDU|S] for its work with [Northumbria Police|A] on domestic abuse, which they described as a model for the rest of the region.
W| At [Morpeth PDU|S], sentence plans were often written weeks late, and few people on probation had any say in them.
W| All three units were short of places on accredited programmes, so people waited many months to start courses that a court had ordered.

R| The three reports contain 12 recommendations in all, five of them addressed to [Alnwick PDU|S] alone.

N| ENDS

N| Notes to editors
N| 1. All three reports are due online from 00.01 on [Tuesday 29 April 2025|D].
N| 2. Together the three PDUs supervise around 2,300 people living in Northumberland.
"""),
    # 2. a city PDU and its county PDU: publication "today (Wednesday 18 September)" with no year (the fieldwork month
    #    gives it); "The inspectorate’s judgement on the city PDU is ‘...’, while the county unit received the next
    #    grade up, ‘...’"; the region as context; the scale note written lowest first
    ("ripon-city-and-nidderdale-county-pdus-2024", facts([
        svc("Ripon City Probation Delivery Unit", "Ripon City PDU", "PDU", INAD),
        svc("Nidderdale County Probation Delivery Unit", "Nidderdale County PDU", "PDU", RI)], "2024-09-18", "2024-04", 9),
     """N| Inspectors publish verdicts on Ripon’s two probation delivery units

N| Separate reports on [Ripon City Probation Delivery Unit|S] and [Nidderdale County Probation Delivery Unit|S] were published today ([Wednesday 18 September|D]) by [HM Inspectorate of Probation|A]; the county unit supervises people living in the villages and market towns around the city.
N| The inspectorate’s judgement on the city PDU is ‘[Inadequate|R]’, while the county unit received the next grade up, ‘[Requires improvement|R]’.
N| Both units come under [Probation Service – Yorkshire and the Humber|S].
N| Inspectors read 96 cases across the two offices in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Half of the probation officer posts in the city unit were empty when we visited, and those who remained were carrying caseloads that nobody could manage safely.
W| “In too many of the cases we read, no one had asked whether children in the household were at risk.
R| “[HMPPS|A] has to treat [Ripon City|S] as a priority and get experienced staff there without delay.”

S| The county unit’s partnership with [North Yorkshire Council|A] on housing was a bright spot: nearly everyone released from prison in its area had somewhere to live on their first night.
W| Yet even there, managers had too little time to check the quality of practitioners’ work.

R| The two reports contain nine recommendations between them, and the city unit receives six.

N| ENDS

N| Notes to editors
N| 1. [Ripon City PDU|S] and [Nidderdale County PDU|S] are two of the probation delivery units in North Yorkshire.
N| 2. [HM Inspectorate of Probation|A] gives each PDU one of four ratings: ‘[Inadequate|R]’, ‘[Requires improvement|R]’, ‘[Good|R]’ or ‘[Outstanding|R]’.
"""),
    # 3. two youth offending teams written out, in a local-news story: byline and a comma-and-ordinal byline date; the
    #    ratings as "found X to be ‘...’ and gave Y a rating of ‘...’"; a year-less fieldwork month and a year-less
    #    publication date (the byline's year); the council's reply after the count
    ("faversham-and-whitstable-yots-2019", facts([
        svc("Faversham Youth Offending Team", "Faversham YOT", "YJS", GOOD),
        svc("Whitstable Youth Offending Team", "Whitstable YOT", "YJS", RI)], "2019-06-18", "2019-03", 7),
     """N| Youth offending teams in Faversham and Whitstable get mixed inspection results

N| By [Hannah Lowe|X]

N| [Thursday, 20th June 2019|D]

W| Inspectors have praised the work of [Faversham Youth Offending Team|S] but say its neighbour, [Whitstable Youth Offending Team|S], has further to go.
N| [HM Inspectorate of Probation|A], which looked at both teams in [March|D], found [Faversham|S] to be ‘[Good|R]’ and gave [Whitstable|S] a rating of ‘[Requires improvement|R]’.
N| Its reports were published on [18 June|D].

S| Inspectors said staff at [Faversham YOT|S] knew the children they worked with “extremely well” and that the team’s links with local schools were a real strength.
W| At [Whitstable YOT|S], they found that plans to keep children and the public safe were often incomplete, and that the team’s management board rarely met.
N| Both teams are run by [Kent County Council|A].

R| The inspectorate made seven recommendations, and four of them concern [Whitstable|S].
N| A spokesperson for the council said: “We are delighted that [Faversham|S]’s hard work has been recognised, and we have already drawn up an action plan for [Whitstable|S].”
"""),
    # 4. a unit inside its region: "was found to be ‘...’ when HM Inspectorate of Probation inspected it in <month
    #    year>"; the region (written "the Probation Service’s ... region") with "an overall regional rating of" and a
    #    neighbouring PDU's older grade, both context
    ("bridlington-pdu-2024", facts([
        svc("Bridlington Probation Delivery Unit", "Bridlington PDU", "PDU", INAD)], "2024-05-14", "2024-02", 8),
     """N| Bridlington: inspectors find probation unit is failing to keep people safe

N| [Bridlington Probation Delivery Unit|S] was found to be ‘[Inadequate|R]’ when [HM Inspectorate of Probation|A] inspected it in [February 2024|D].
N| The unit is part of [Probation Service – Yorkshire and the Humber region|S], whose overall regional rating, set in [2023|D], is ‘[Requires improvement|R]’.
N| [Driffield PDU|S], its neighbour to the west, had been judged ‘[Requires improvement|R]’ when inspected in [2022|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff we met in Bridlington were doing their best, but they were overwhelmed.
W| “Only 11 of the 43 cases we inspected had a sufficient plan to manage the risk of serious harm, and some people assessed as high risk had not been seen in person for months.
R| “The region must act now, not after our next visit.”

S| There were positives: the unit’s links with the local mental health team were described as impressive, and several people under supervision told inspectors how much they valued their officers.
W| Sadly, newly qualified officers had been handed complex, high-risk cases with little supervision.

R| The report makes eight recommendations: seven are for the PDU and its region, and one is for the [Probation Service|A] nationally.

N| ENDS

N| Notes to editors
N| 1. Publication day for the report is [Tuesday 14 May 2024|D].
N| 2. [Bridlington PDU|S] supervises around 1,100 people on probation in the East Riding of Yorkshire.
"""),
    # 5. a unit inside its region, the region named first in the body ("spent two weeks in November 2023 with the
    #    South West region of the Probation Service, concentrating on its X"); "Taking all of the evidence together, they
    #    judged the PDU to be"; two aspects "which inspectors rate on its own" / "also rated on its own"; the regional
    #    director's reply; "Report published: 06.03.2024" at the foot
    ("tiverton-and-crediton-pdu-2024", facts([
        svc("Tiverton and Crediton Probation Delivery Unit", "Tiverton and Crediton PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}, {"aspect": "staffing", "rating": RI}])], "2024-03-06", "2023-11", 6),
     """N| Probation in mid Devon: inspectors call for a sharper focus on risk

N| [HM Inspectorate of Probation|A] inspectors spent two weeks in [November 2023|D] looking at the [South West probation region|S], and in particular at its [Tiverton and Crediton Probation Delivery Unit|S].
N| Taking all of the evidence together, they judged the PDU to be ‘[Requires improvement|R]’.
W| Leadership, which inspectors rate on its own, was ‘[Good|R]’; staffing, also rated on its own, was ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tiverton and Crediton|S] has a capable leadership team, but too much of the day-to-day work to keep people safe is not being done well enough.
W| “We found cases where warning signs of domestic abuse had been recorded and then not followed up.
R| “I want to see every practitioner given the time and the training to carry out proper risk assessments.”

S| Inspectors were impressed by the unit’s close work with local housing providers, which meant that few people left prison with nowhere to stay.
W| On the other hand, vacancies among probation service officers had left some practitioners with more than 60 cases each.

R| Six recommendations are made in the report, four for [Tiverton and Crediton PDU|S] and two for the region.

N| The Regional Probation Director for the South West, [Anne Whitfield|X], said: “The report makes difficult reading, and we have already begun to act on it.”

N| ENDS

N| Report published: [06.03.2024|D]
"""),
    # 6. a Probation Trust in 2013, before ratings: "Inspectors found that:" bullets, a lower-case "judged to be good"
    #    with a percentage score (no rating), "week commencing" fieldwork, "Published: 12 Feb 2013" (abbreviated month)
    ("wye-and-teme-probation-trust-2013", facts([
        svc("Wye and Teme Probation Trust", "Wye and Teme Probation Trust", "other", None)], "2013-02-12", "2012-10", 10),
     """N| Adult offending work in Wye and Teme: strong leadership, uneven risk work

W| [Wye and Teme Probation Trust|S] gives a good service to the courts and has a clear sense of direction, but its public protection work is inconsistent, according to [HM Inspectorate of Probation|A], whose report is out today.
N| The inspection formed part of the inspectorate’s national programme of inspections of adult offending work.
N| Fieldwork took place in the week commencing [8 October 2012|D], when 68 cases were examined.

N| Inspectors found that:
S| • court reports were consistently of high quality;
S| • staff had been well prepared for the introduction of a new case management system;
W| • plans to manage risk of harm were not always reviewed when circumstances changed;
W| • too few home visits were made in cases involving domestic abuse.

S| Work to reduce reoffending was judged to be good, with a score of 74%.
W| Work to protect the public scored 61%, below the average for trusts inspected so far.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Wye and Teme|S] has strong leaders, and its staff clearly take pride in their work.
R| “The Trust now needs to bring the care it already shows in its court reports to its risk of harm work.”

R| The report contains 10 recommendations, addressed to the Trust and to [West Mercia Police|A].

N| ENDS

N| Notes to editors
N| 1. Published: [12 Feb 2013|D]
N| 2. [HMIC|A] took part in the inspection.
"""),
    # 7. a CRC in its first rated year (2018), owned by a named provider: "has been given the lowest possible rating";
    #    two aspects "Inspectors rate two parts of a CRC’s work on their own, and the company’s unpaid work was found
    #    wanting, at ‘...’" / "came out better, at ‘...’"; fieldwork "from 29 January to 9 February 2018"; the NPS as
    #    context; "Report publication: 14 June 2018, 00:01"
    ("hailsham-and-rye-crc-2018", facts([
        svc("Hailsham and Rye Community Rehabilitation Company", "Hailsham and Rye CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": RI}, {"aspect": "through-the-gate resettlement work", "rating": GOOD}])],
        "2018-06-14", "2018-01", 11),
     """N| East Sussex: probation company given the lowest possible rating

N| The lowest possible rating, ‘[Inadequate|R]’, has gone to [Hailsham and Rye Community Rehabilitation Company|S], whose work [HM Inspectorate of Probation|A] examined earlier this year.
N| The CRC, owned by [Seetec|A], supervises about 3,000 people whose risk of harm to others is judged low or medium.
W| Inspectors rate two parts of a CRC’s work on their own, and the company’s unpaid work was found wanting, at ‘[Requires improvement|R]’.
S| Its through-the-gate resettlement work came out better, at ‘[Good|R]’.
N| The fieldwork ran from [29 January to 9 February 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “It troubles me that so many people on probation here are getting so little from it.
W| “Officers were each managing well over 100 cases, and some people had not had a meaningful conversation with anyone for months.”

S| Inspectors did find a committed workforce and some inventive unpaid work projects, including the restoration of a stretch of coastal footpath.
W| But information was not flowing well between the [National Probation Service|A] and the CRC, and some court orders started late as a result.

R| The report sets 11 recommendations: nine for the CRC and its owner, two for [HMPPS|A].

N| ENDS

N| Notes to editors
N| 1. Report publication: [14 June 2018|D], 00:01.
N| 2. [Hailsham and Rye CRC|S] is one of 21 community rehabilitation companies created in [2015|D] under the Transforming Rehabilitation reforms.
"""),
    # 8. an NPS division as the inspected service, written "the X division of the National Probation Service" (one
    #    span), short form "NPS Lakeland": "has been assessed to be ‘...’ overall"; an aspect "given a rating of its
    #    own, landed one grade lower, at"; the CRC inspected at the same time as context; "Fieldwork dates: 10 - 14
    #    June 2019" on a line of its own
    ("lakeland-nps-division-2019", facts([
        svc("National Probation Service – Lakeland Division", "NPS Lakeland", "region", GOOD,
            [{"aspect": "work with victims", "rating": RI}])], "2019-09-05", "2019-06", 4),
     """N| Probation division in the Lakes judged ‘[Good|R]’ by inspectors

N| [National Probation Service – Lakeland Division|S] has been assessed to be ‘[Good|R]’ overall at its first inspection against [HM Inspectorate of Probation|A]’s new standards.
W| Work with victims, which was given a rating of its own, landed one grade lower, at ‘[Requires improvement|R]’, because victims were often contacted late.
N| The division supervises around 2,800 people in Cumbria and north Lancashire, most of whom present a high risk of harm to the public.
N| [Cumbria and Lancashire Community Rehabilitation Company|S], whose work was examined in the same week, has a report of its own.

N| Fieldwork dates: [10 - 14 June 2019|D]

S| Inspectors found that [NPS Lakeland|S] prepared thorough, well-evidenced reports for the courts, almost all of them on the day of sentence.
S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a division with a settled, capable workforce and leaders who listen to them.
W| “Its contact with victims is the exception: too often, letters went out weeks after sentence, and some victims heard nothing at all.
R| “The division’s leaders must now see to it that victims hear from them promptly and are kept informed as cases progress.”

R| Four recommendations are made; [Cumbria Constabulary|A] is asked to act on one of them.

N| ENDS

N| Notes to editors
N| 1. Date the report was published: [Thursday 5 September 2019|D].
"""),
    # 9. a council page about its "Youth Offending Team" written out: "Posted on 9 October 2023"; "has achieved a
    #    ‘...’ rating ..., up from ‘...’ when it was last inspected in 2019" (the previous rating in the same sentence);
    #    an aspect "was given a separate rating, and it was judged"; "in the week of 3 July 2023"; the councillor's
    #    reply repeating the count
    ("tavistock-yot-2023", facts([
        svc("Tavistock Youth Offending Team", "Tavistock YOT", "YJS", GOOD,
            [{"aspect": "work with children leaving custody", "rating": OUT}])], "2023-10-09", "2023-07", 3),
     """N| Inspectors praise our work with young people who offend

N| Posted on [9 October 2023|D]

N| [Tavistock Youth Offending Team|S] has achieved a ‘[Good|R]’ rating at its latest inspection, carried out by [HM Inspectorate of Probation|A], up from ‘[Requires improvement|R]’ when it was last inspected in [2019|D].
N| Inspectors visited in the week of [3 July 2023|D] and spoke to children, families, staff and partners, including [Devon and Cornwall Police|A].
S| The team’s work with children leaving custody was given a separate rating, and it was judged ‘[Outstanding|R]’.

S| The report highlights the “creative and persistent” efforts made by [Tavistock YOT|S] to keep children in education, and says partnership working with health services is strong.
W| It also notes that some risk assessments were not updated quickly enough when new information came to light.
R| The inspectors made three recommendations, which the team’s management board will now take forward.

N| Councillor [Rachel Penrose|X], Cabinet Member for Children’s Services, said: “I want to thank every member of the YOT for their hard work and their commitment to the young people of our area.
N| “We know there is more to do, and we will respond to all three recommendations through our improvement plan.”
"""),
    # 10. a Welsh youth service: the previous grade before the new one in one sentence ("X, judged ‘Good’ when inspectors
    #     last visited in 2021, has now been given the lowest grade on the inspectorate’s scale: ‘Inadequate’"); an
    #     aspect "which inspectors assess separately, was also found to be"; "The report is published today, <date>";
    #     "Mr Jones continued"; "Fieldwork: 3–7 February 2025" in the notes
    ("welshpool-yjs-2025", facts([
        svc("Welshpool Youth Justice Service", "Welshpool YJS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": INAD}])], "2025-05-27", "2025-02", 10),
     """N| Welshpool youth justice: inspectors find a service in steep decline

N| [Welshpool Youth Justice Service|S], judged ‘[Good|R]’ when inspectors last visited in [2021|D], has now been given the lowest grade on the inspectorate’s scale: ‘[Inadequate|R]’.
N| The report is published today, [Tuesday 27 May 2025|D].
W| Resettlement, which inspectors assess separately, was also found to be ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] led the inspection with colleagues from [Healthcare Inspectorate Wales|A], [Estyn|A] and [Care Inspectorate Wales|A].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “It is rare for us to see a service fall so far in four years.
W| “The management board stopped asking hard questions, experienced case managers left, and the safety of children was not given the priority it needed.”
W| Mr Jones continued: “Nobody on the board could tell us how many children were waiting for a worker to be allocated.
R| “[Powys County Council|A] and its partners must act urgently to put this right.”

S| Inspectors did note that [Welshpool YJS|S]’s new head of service had a clear grasp of the problems and had begun to tackle them.

R| The report sets out 10 recommendations, the majority aimed at the management board.

N| ENDS

N| Notes to editors
N| 1. Fieldwork: [3–7 February 2025|D].
N| 2. [Welshpool YJS|S] covers the north of Powys and supports around 90 children a year.
"""),
    # 11. a GOV.UK press-release page with its furniture: cookie banner, "From:", "Published" and "Last updated" lines
    #     (twice), an update history with dates, a Crown copyright line; the region as context; fieldwork "during June
    #     and July 2024"; "We have made seven recommendations, including that"
    ("matlock-and-bakewell-pdu-2024", facts([
        svc("Matlock and Bakewell Probation Delivery Unit", "Matlock and Bakewell PDU", "PDU", RI)],
        "2024-11-14", "2024-06", 7),
     """N| Cookies on GOV.UK

N| We use some essential cookies to make this website work.

N| Accept additional cookies Reject additional cookies View cookies

N| Press release

N| Probation in the Derbyshire Dales: improvement needed, say inspectors

N| Findings from the inspection of the probation delivery unit serving the Derbyshire Dales.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 November 2024|D]

N| Last updated [15 November 2024|D]

N| Inspectors have rated [Matlock and Bakewell Probation Delivery Unit|S] ‘[Requires improvement|R]’ after visiting it during [June and July 2024|D].
N| The PDU, part of the [East Midlands region of the Probation Service|S], supervises around 700 people across the Derbyshire Dales and the Peak District.

S| Inspectors found a stable, experienced team, and singled out its joint work with [Derbyshire Constabulary|A] on managing people convicted of domestic abuse.
W| However, assessments of risk of harm were sufficient in only 19 of the 36 cases inspected.
W| Inspectors were also concerned that [Matlock and Bakewell PDU|S] had no suitable space in which to see women on probation.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Matlock and Bakewell|S] has many of the right ingredients: a committed team, good local partnerships and leaders who are open about what needs to change.
W| “The weak link is risk assessment, and until that is put right the public are not as well protected as they should be.”

R| We have made seven recommendations, including that every high-risk case in the PDU should be reviewed within three months.

N| Updates to this page

N| Published [14 November 2024|D]

N| Last updated [15 November 2024|D]
N| 1. [15 November 2024|D] — Corrected the number of cases inspected.
N| 2. [14 November 2024|D] — First published.

N| © Crown copyright
"""),
    # 12. an embargo line at the top ("Strictly embargoed until 00:01 on <date>"); "has been awarded ‘...’, the highest
    #     of the four ratings that ... can give"; "should be immensely proud"; two recommendations with their
    #     recipients; the previous rating in the notes
    ("saffron-walden-yjs-2025", facts([
        svc("Saffron Walden Youth Justice Service", "Saffron Walden YJS", "YJS", OUT)], "2025-07-02", "2025-03", 2),
     """N| Strictly embargoed until 00:01 on [2 July 2025|D]

N| Youth justice service in Essex earns the inspectorate’s top grade

N| [Saffron Walden Youth Justice Service|S] has received ‘[Outstanding|R]’, the highest of the four ratings that [HM Inspectorate of Probation|A] can give.
N| Inspectors were with the service for a week in [March 2025|D], meeting children, parents and carers as well as staff.
S| They found a service in which children’s views shaped every stage of the work, from the first assessment to the end of their order.
S| Case managers were quick to spot signs of criminal exploitation and acted on them at once, working closely with [Essex Police|A].
S| Positively, first-time entrants from the area had fallen by half since [2022|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Saffron Walden YJS|S] should be immensely proud of this result.
S| “Its leaders have built a service where every child is known as an individual and nothing is taken for granted.”

R| We have made two recommendations: one for the management board, on the timeliness of health assessments, and one for the [Hertfordshire and West Essex Integrated Care Board|A].

N| ENDS

N| Notes to editors
N| 1. When it was last inspected, in [2021|D], [Saffron Walden YJS|S] was rated ‘[Good|R]’.
N| 2. [Essex County Council|A] hosts [Saffron Walden YJS|S], which works with about 150 children a year.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
