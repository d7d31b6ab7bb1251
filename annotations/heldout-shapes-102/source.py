"""Builds the hundred-and-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Cheshire PDUs on a GOV.UK page, the region named first: "X was given ‘...’ and Y was placed at ‘...’";
    #    "between 8 and 19 April 2024"; "eight recommendations, four to each unit"
    ("grappenhall-and-thelwall-pdus-2024", facts([
        svc("Grappenhall Probation Delivery Unit", "Grappenhall PDU", "PDU", RI),
        svc("Thelwall Probation Delivery Unit", "Thelwall PDU", "PDU", INAD)], "2024-07-23", "2024-04", 8),
     """N| Press release

N| Two probation units in Cheshire inspected

N| Reports on two probation delivery units near Warrington are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [23 July 2024|D]

N| Today’s reports from [HM Inspectorate of Probation|A] cover [Grappenhall Probation Delivery Unit|S] and [Thelwall Probation Delivery Unit|S], which sit side by side in the [Probation Service – North West region|S].
N| [Grappenhall|S] was given ‘[Requires improvement|R]’, while [Thelwall|S] was placed at the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited both units between [8 and 19 April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Thelwall, practitioners told us they carried more than 70 cases each, and too many people had gone weeks without being seen in person.
S| “[Grappenhall|S], by contrast, benefits from a settled team whose manager reviews the quality of supervision every month.”

S| Inspectors commended [Grappenhall PDU|S]’s links with [Cheshire Constabulary|A] on domestic abuse call-outs.
W| In both units, around half of the plans for managing risk to partners had not been kept up to date.

R| Eight recommendations are spread evenly across the reports, four to each unit.

N| The North West’s Regional Probation Director said extra staff had already been moved into Thelwall.
"""),
    # 2. two youth justice services in a local-news story; "published on Tuesday (14 November)" under a byline of Friday
    #    17 November 2023; the rating sentence names the second service first; seven recommendations
    ("davyhulme-and-flixton-yjs-2023", facts([
        svc("Davyhulme Youth Justice Service", "Davyhulme YJS", "YJS", GOOD),
        svc("Flixton Youth Justice Service", "Flixton YJS", "YJS", OUT)], "2023-11-14", "2023-07", 7),
     """N| Youth teams in Trafford win praise from inspectors

N| By [Hannah Whitlow|X]

N| [Friday 17 November 2023|D]

N| Inspectors looked at [Davyhulme Youth Justice Service|S] and [Flixton Youth Justice Service|S] in [July 2023|D], and their two reports were published on Tuesday ([14 November|D]).
N| [Flixton|S] has been awarded the highest mark, ‘[Outstanding|R]’, with [Davyhulme|S] close behind at ‘[Good|R]’.

S| The watchdog found that [Flixton|S]’s staff built lasting relationships with children and their families, often over several years.
S| It also commended [Davyhulme|S] for arranging mental health support for children quickly.
W| However, the report on [Davyhulme YJS|S] said that out-of-court work was not always reviewed when circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in both areas are getting a service they can rely on, and the staff in Flixton have set a standard others will want to match.”

R| Seven recommendations appear across the two reports: three for [Davyhulme|S], four for [Flixton|S].

N| A spokesperson for [Trafford Council|A] said: “We are very proud of both teams and thank the inspectors for their work.”
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors found X to be ‘...’"; the region's previous
    #    rating as context; fieldwork "In February 2024"; notes "The report will be available ... on 11 June 2024"
    ("haslington-pdu-2024", facts([
        svc("Haslington Probation Delivery Unit", "Haslington PDU", "PDU", INAD)], "2024-06-11", "2024-02", 6),
     """N| [North West probation region|S]: [Haslington unit|S] judged the weakest grade

N| [Haslington Probation Delivery Unit|S], which the [Probation Service – North West region|S] oversees, has been found ‘[Inadequate|R]’ by inspectors.
N| The [North West region|S] had its own inspection in [2023|D] and came out at ‘[Requires improvement|R]’.
N| In [February 2024|D], inspectors from [HM Inspectorate of Probation|A] examined 42 cases supervised by the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “For more than a year [Haslington|S] has had nobody permanently in charge, and that shows in its work.
W| “Staff told us they felt forgotten, and the work we read was rushed and often incomplete.”

W| Mr Jones continued: “In only 13 of the 42 cases we read did the plan deal properly with risks to children.”

S| Despite these pressures, inspectors praised the unit’s women’s group, which was run with real care by two experienced officers.
W| Contact with [Cheshire East Council|A]’s children’s services was slow, and safeguarding enquiries were sometimes never answered.

R| There are six recommendations in the report: the unit is to act on four, the [Probation Service|A] across the region on two.

N| ENDS

N| Notes to editors
N| 1. Embargo: the report is published at 00.01 on [11 June 2024|D].
N| 2. [Haslington PDU|S] covers part of the borough of Cheshire East.
"""),
    # 4. a Probation Trust in 2013, before ratings: scores out of 100, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Wednesday, 20th March 2013"; fieldwork "in November 2012"
    ("wistaston-and-wheelock-probation-trust-2013", facts([
        svc("Wistaston and Wheelock Probation Trust", "Wistaston and Wheelock Probation Trust", "other", None)],
        "2013-03-20", "2012-11", 7),
     """N| Inspection of probation in Wistaston and Wheelock published

N| [Wednesday, 20th March 2013|D]

N| Today [HM Inspectorate of Probation|A] publishes its report on [Wistaston and Wheelock Probation Trust|S].
N| Inspectors spent a week with the Trust in [November 2012|D] and read 54 cases.

S| On reducing reoffending, the Trust scored 78%.
W| Its public protection score, 63%, was below average for the Trusts inspected to date.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • staff were motivated and spoke highly of their managers.

N| However, inspectors were concerned to find that:
W| • reviews of risk were often missed after a new arrest;
W| • few home visits took place, even where domestic abuse was known.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust has a committed workforce and a clear sense of purpose.
R| “The Trust’s managers must now give public protection the attention they already give to reducing reoffending.”

R| The report contains seven recommendations.
"""),
    # 5. a CRC in 2019 run by a named provider, with an embargo line: "X (CRC) ... has been judged ‘...’"; unpaid work
    #    "rated separately" at ‘...’; fieldwork "in May 2019"
    ("bowdon-and-hale-barns-crc-2019", facts([
        svc("Bowdon and Hale Barns Community Rehabilitation Company", "Bowdon and Hale Barns CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-08", "2019-05", 5),
     """N| Embargoed until 00.01, [Tuesday 8 October 2019|D]

N| Inspectors find serious problems at probation company in south Manchester

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Bowdon and Hale Barns Community Rehabilitation Company|S] (CRC) to be ‘[Inadequate|R]’; the company is run by [Purple Futures|A].
S| Its unpaid work, rated separately, fared better and was given ‘[Good|R]’.
N| The fieldwork took place in [May 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too many people supervised by this company are managed by telephone alone, with nobody checking whether they are a danger to others.
W| “Some responsible officers were carrying more than 90 cases, and they told us they could do little more than keep records up to date.”

S| Inspectors noted well-run unpaid work projects that had brightened local parks and community centres.
W| When cases moved from the CRC to the [National Probation Service|A], key details were often late or missing.

R| Of five recommendations, three go to the CRC and [Purple Futures|A], and [HM Prison and Probation Service|A] is asked to take on the other two.

N| A spokesperson for [Purple Futures|A] said: “We accept the report and are taking action to reduce caseloads.”
"""),
    # 6. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...";
    #    "Posted: 09/08/2016"; "the inspection took place in May 2016"; the council's reply
    ("hollingworth-yot-2016", facts([
        svc("Hollingworth Youth Offending Team", "Hollingworth YOT", "YJS", None)], "2016-08-09", "2016-05", 6),
     """N| Inspection of youth offending work in Hollingworth

N| Posted: [09/08/2016|D]

N| A report on [Hollingworth Youth Offending Team|S] (YOT) is out today; the joint inspection behind it was led by [HM Inspectorate of Probation|A].
N| Staff from the [Care Quality Commission|A], [Ofsted|A] and [HM Inspectorate of Constabulary|A] joined them for the fieldwork in [May 2016|D].

N| Among the positives, inspectors found that:
S| • children were seen quickly after they came to the attention of the YOT;
S| • case workers had a detailed understanding of each child and were determined to help;

N| The inspectors were concerned that:
W| • assessments did not always consider the risks children faced from others;
W| • the YOT’s management board had too little information to hold it to account.

R| The report makes six recommendations to the YOT and its partners.

N| Councillor [Peter Harrop|X], cabinet member for children’s services at [Tameside Council|A], said: “We welcome the report, and work on each of the points raised has already started.”
"""),
    # 7. a youth offending service in 2019: "Inspectors have rated X as ‘Good’"; resettlement "assessed on its own" at
    #    ‘Outstanding’; notes give the publication day; fieldwork "in June 2019"
    ("denshaw-yos-2019", facts([
        svc("Denshaw Youth Offending Service", "Denshaw YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2019-09-24", "2019-06", 4),
     """N| ‘[Good|R]’ rating for [Denshaw Youth Offending Service|S]

N| [HM Inspectorate of Probation|A] has rated [Denshaw Youth Offending Service|S] (YOS) as ‘[Good|R]’ overall.
S| Resettlement work, which inspectors assessed on its own, reached the top mark, ‘[Outstanding|R]’.
N| The inspection was carried out in [June 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children come first in this service, and its leaders have built a confident, well-trained team.
S| “Its preparation of children leaving custody was as good as any we have seen.”

S| Inspectors were impressed by the close working between the YOS and local schools.
W| However, the quality of assessments was variable, and some did not take account of what victims had said.

R| The YOS must act on three of the four recommendations; [Oldham Council|A] is responsible for the fourth.

N| ENDS

N| Notes to editors
N| 1. The report is published on [24 September 2019|D] on the inspectorate’s website.
"""),
    # 8. a youth justice service that improved from its last inspection: "X now requires improvement ... up from the
    #    ‘Inadequate’ it received in 2019"; fieldwork "over two weeks in January 2022"
    ("sandiway-yjs-2022", facts([
        svc("Sandiway Youth Justice Service", "Sandiway YJS", "YJS", RI)], "2022-05-17", "2022-01", 6),
     """N| [Sandiway youth justice service|S] makes progress but is not there yet

N| Published: [17 May 2022|D]

N| Since its [2019|D] inspection, when it was found ‘[Inadequate|R]’, [Sandiway Youth Justice Service|S] has now climbed one step, to ‘[Requires improvement|R]’.
N| Inspectors spent two weeks with the service in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Sandiway|S] has worked hard since our last visit, and its new leadership team deserves credit for that.
W| “But too many children still lack the support that would keep them safe, and planning is not yet good enough.”

S| Inspectors found that children were now seen within a day of their first court appearance.
W| Only a minority of plans set out how the service would respond if a child’s circumstances changed.
W| Staff turnover remained high, with a third of case workers having joined in the previous six months.

R| Six recommendations are made: the service must act on four, its management board on two.
"""),
    # 9. an Outstanding youth service: "the highest possible rating"; "published today (Thursday 3 October)" year from the
    #    fieldwork; fieldwork "10 - 14 June 2024"
    ("bradwell-yjs-2024", facts([
        svc("Bradwell Youth Justice Service", "Bradwell YJS", "YJS", OUT)], "2024-10-03", "2024-06", 3),
     """N| Top rating for youth justice service in the Peak District

N| In a report published today ([Thursday 3 October|D]), inspectors award [Bradwell Youth Justice Service|S] ‘[Outstanding|R]’, the highest possible rating.
N| The inspection team was in Bradwell from [10 - 14 June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bradwell|S] stands out because its staff get to know each child’s life in detail before deciding what to do.
S| “Partners from education, health and the police are all pulling in the same direction.”

S| Inspectors praised the service’s work with [Derbyshire Constabulary|A] to divert children from the courts.
S| In all but two of the cases inspected, children had a say in their own plans.
W| The one area that needed further development was work with victims, where contact was sometimes delayed.

R| Three recommendations are made, each of them for the service itself.
"""),
    # 10. a youth justice service, fieldwork "carried out remotely in July 2021": "X has been rated ‘Good’"
    ("mobberley-yjs-2021", facts([
        svc("Mobberley Youth Justice Service", "Mobberley YJS", "YJS", GOOD)], "2021-11-02", "2021-07", 4),
     """N| [Mobberley youth justice service|S] ‘[Good|R]’, inspectors say

N| Published: [2 Nov 2021|D]

N| [HM Inspectorate of Probation|A] has rated [Mobberley Youth Justice Service|S] ‘[Good|R]’.
N| Because of the pandemic, inspectors worked remotely during the fieldwork, in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Every child stayed in touch with the service through the pandemic, and staff went out of their way to visit those most at risk.
S| “The management board is well informed and challenges the service when it needs to.”

S| Assessments met the standard in 20 of the 24 cases inspectors looked at.
W| Disappointingly, looked-after children living outside the borough were sometimes offered less help.

R| Four recommendations are made, including one each for [Cheshire East Council|A] and the local integrated care board.
"""),
    # 11. a 2025-26 public-protection inspection of a PDU with no rating: "Skip to content", an empty "Published:" line,
    #    "Context" and "Findings" bullets; "Report published: 03/02/2026"; fieldwork "in October 2025"
    ("tissington-pdu-2026", facts([
        svc("Tissington Probation Delivery Unit", "Tissington PDU", "PDU", None)], "2026-02-03", "2025-10", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Tissington Probation Delivery Unit|S]

N| Today [HM Inspectorate of Probation|A] sets out its findings on public protection work in [Tissington Probation Delivery Unit|S].
N| Inspections in this programme do not give an overall rating.
N| Fieldwork took place in [October 2025|D].

N| Context
N| • [Tissington PDU|S] supervises roughly 900 people for the [Probation Service – East Midlands region|S].
N| • The unit works with two police forces and three local councils.

N| Findings
S| • Staff had a clear grasp of the dangers some of their cases presented and recorded them well.
W| • Checks with children’s services were not made in a quarter of relevant cases.
W| • Few home visits were made in domestic abuse cases.

R| Five recommendations are addressed to the unit and the region.

N| Report published: [03/02/2026|D]
"""),
    # 12. an Inadequate youth justice service: "given the lowest possible rating"; fieldwork "in September 2023";
    #    an "I urge" call to action
    ("compstall-yjs-2024", facts([
        svc("Compstall Youth Justice Service", "Compstall YJS", "YJS", INAD)], "2024-01-30", "2023-09", 7),
     """N| Youth justice service in Stockport told it must improve urgently

N| Published [30 January 2024|D]

N| [HM Inspectorate of Probation|A] has handed [Compstall Youth Justice Service|S] ‘[Inadequate|R]’, the lowest possible rating.
N| Inspectors were on site in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children at risk of exploitation were not being identified early enough, and in some cases nobody had acted on clear warning signs.
W| “Its board met every quarter, yet very little changed between meetings.
R| “I urge [Stockport Council|A] and its partners to get a grip on this without delay.”

S| Inspectors did find committed case workers who knew the children on their caseloads well.
W| Worryingly, only 9 of the 22 cases inspected showed enough attention to keeping children safe.

R| Seven recommendations follow, five of them for the service and its board and two for [Stockport Council|A].
"""),
    # 13. local news in the third person: "the watchdog found ... ‘...’"; a 2020 release with fieldwork "in February
    #     2020"; the council's promise; publication "Tuesday, 9th June 2020"
    ("marthall-yjs-2020", facts([
        svc("Marthall Youth Justice Service", "Marthall YJS", "YJS", RI)], "2020-06-09", "2020-02", 4),
     """N| Youth justice team needs to improve, says watchdog

N| [Tuesday, 9th June 2020|D]

N| [HM Inspectorate of Probation|A]’s report, released today, places [Marthall Youth Justice Service|S] at ‘[Requires improvement|R]’.
N| Inspectors visited in [February 2020|D], shortly before Covid-19 restrictions began.

S| The watchdog said staff treated children with respect and were tenacious about staying in contact with them.
W| But safety plans were too often vague, it said, and partners did not always share what they knew.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Much here is worth building on, and the staff should be proud of the relationships they have with children.”

R| The report makes four recommendations.

N| A council spokesperson said: “We will be putting an action plan in place and will report progress to the board every quarter.”
"""),
    # 14. a youth justice service "assessed as" RI; fourteen recommendations; Y&JS / YJS switching
    ("rowsley-yjs-2024", facts([
        svc("Rowsley Youth Justice Service", "Rowsley YJS", "YJS", RI)], "2024-04-16", "2023-12", 14),
     """N| Inspection of youth justice services in Rowsley

N| Published: [16 April 2024|D]

N| After assessing [Rowsley Youth Justice Service|S], inspectors from [HM Inspectorate of Probation|A] have placed it at ‘[Requires improvement|R]’.
N| The inspection’s fieldwork was done in [December 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service’s leaders have a clear vision, and they have been honest with us about what still needs to change.
W| “However, the quality of work with children was inconsistent, and some children waited too long for help with their emotional health.”

S| Inspectors were impressed by the [Rowsley Y&JS|S] speech and language offer, which had been extended to every child on the caseload.
W| Links with [CAMHS|A] were weak, and referrals were sometimes lost between the two services.

R| The report makes 14 recommendations, nine of which are for the YJS and five for its partners.
"""),
    # 15. a unit inside its region on a GOV.UK page: "Inspectors judged X to be ‘...’"; the region in the first sentence;
    #     fieldwork "in March and April 2023"
    ("brereton-pdu-2023", facts([
        svc("Brereton Probation Delivery Unit", "Brereton PDU", "PDU", RI)], "2023-08-15", "2023-03", 6),
     """N| Press release

N| Probation in Brereton: inspection report

N| From: [HM Inspectorate of Probation|A]

N| Published [15 August 2023|D]

N| Inspectors have placed [Brereton Probation Delivery Unit|S] at ‘[Requires improvement|R]’; it is one of the [Probation Service – North West region|S]’s units.
N| Inspectors looked at the unit’s work in [March and April 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Brereton|S] has a capable and loyal workforce who have kept going through a difficult period.
W| “But with vacancies running at more than a quarter of posts, the unit cannot give enough time to the people it supervises.”

S| The unit’s court team produced careful, well-researched pre-sentence reports.
W| Protection for victims of domestic abuse varied from one team to the next.

R| Six recommendations have been made; the unit must act on four and the region on two.
"""),
    # 16. an NPS division in 2019: "X has received an overall regional rating of ‘...’"; fieldwork "between 18 and 29
    #     March 2019"
    ("baslow-and-curbar-nps-division-2019", facts([
        svc("National Probation Service – Baslow and Curbar Division", "NPS Baslow and Curbar", "region", GOOD)],
        "2019-07-30", "2019-03", 8),
     """N| Inspectors find probation division performing well

N| Published: [30 July 2019|D]

N| Inspectors have awarded the [National Probation Service – Baslow and Curbar Division|S] ‘[Good|R]’ as its overall regional rating.
N| Inspectors carried out fieldwork between [18 and 29 March 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Baslow and Curbar|S] is well led, and its staff have a good grasp of the risks posed by those they supervise.
R| “Its managers’ next task is to make sure victims hear from the division at every stage.”

S| Inspectors found that court reports were timely and of a high standard.
W| Contact with victims, by contrast, was too often delayed, and some heard nothing before an offender’s release.

R| Of the eight recommendations, most are for the division; the rest go to [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 17. a youth justice service on a council page: "Posted on 14/11/2022"; "inspectors have found X to be ‘Good’";
    #     fieldwork "in July and August 2022"
    ("tintwistle-yjs-2022", facts([
        svc("Tintwistle Youth Justice Service", "Tintwistle YJS", "YJS", GOOD)], "2022-11-14", "2022-07", 5),
     """N| ‘[Good|R]’ result for [Tintwistle youth justice team|S]

N| Posted on [14/11/2022|D]

N| Inspectors have given [Tintwistle Youth Justice Service|S] a ‘[Good|R]’ rating.
N| The inspection took place in [July and August 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Strong leadership runs through this service, and its staff plainly care about each of the children they support.
S| “Its work with schools to keep children in education was particularly effective.”

W| Inspectors did find that out-of-court disposals were not always reviewed when new information came to light.

R| To help it improve further, the report makes five recommendations.

N| Councillor [Joan Brierley|X] said: “It is wonderful to see our staff’s commitment recognised in this way.”
"""),
    # 18. a youth justice service in 2025 with YJS / Y&JS switching and a previous rating beside: "X has dropped to
    #     ‘...’ from the ‘Good’ it achieved in 2021"; fieldwork "between 3 and 7 March 2025"
    ("chinley-yjs-2025", facts([
        svc("Chinley Youth Justice Service", "Chinley YJS", "YJS", RI)], "2025-07-08", "2025-03", 6),
     """N| [Chinley youth justice service|S] rated ‘[Requires improvement|R]’

N| Published: [8 July 2025|D]

N| Following its latest inspection, [Chinley Youth Justice Service|S] is at ‘[Requires improvement|R]’; in [2021|D] it was ‘[Good|R]’.
N| Fieldwork ran from [3 to 7 March 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The service has lost several experienced staff since we last visited, and the quality of its work has slipped.
S| “There is still much to value here, including a strong focus on children’s education.”

W| Inspectors found that risk assessments were not updated after significant events in almost half the cases inspected.
S| The [Chinley Y&JS|S] work with [Derbyshire Constabulary|A] on diversion was highlighted as a strength.

R| The report sets out six recommendations, with one of them addressed to [Derbyshire County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
