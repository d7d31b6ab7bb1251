"""Builds the eighty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Bradford-district PDUs on a GOV.UK page, the region named first: "X was placed at ‘...’ and Y fell to
    #    ‘...’"; fieldwork "Inspectors spent 3 to 14 June 2024 in the two units"; ten recommendations "five to each unit"
    ("oxenhope-and-cullingworth-pdus-2024", facts([
        svc("Oxenhope Probation Delivery Unit", "Oxenhope PDU", "PDU", RI),
        svc("Cullingworth Probation Delivery Unit", "Cullingworth PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Inspection of two probation units in West Yorkshire

N| Findings on two units serving the Bradford district.

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Two new reports by [His Majesty’s Inspectorate of Probation|A], both part of its look at the [Probation Service – Yorkshire and the Humber region|S], are out today: one on [Oxenhope Probation Delivery Unit|S] and one on [Cullingworth Probation Delivery Unit|S].
N| [Oxenhope|S] was placed at ‘[Requires improvement|R]’ and [Cullingworth|S] fell to ‘[Inadequate|R]’.
N| Inspectors spent [3 to 14 June 2024|D] in the two units.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Cullingworth, close to half of all probation officer posts were vacant, and staff fresh from training had been handed cases well beyond their experience.
W| “Too many people who posed a risk to a partner had never had that risk properly explored.
S| “[Oxenhope|S] has a steadier team, and its managers work closely with [West Yorkshire Police|A].”

S| [Oxenhope PDU|S]’s approach to women on probation, with appointments held at a local community centre, was highlighted as good practice.
W| Across both units, few people were visited at home, including those living with children.

R| There are ten recommendations in all, five to each unit.

N| Responding for the region, its probation director said the findings were accepted and she was moving experienced staff into Cullingworth.
"""),
    # 2. two Calderdale youth justice services in a local-news story, byline (Friday 17 November 2023) later than the
    #    report day: "X secured ‘...’ while Y was awarded the highest grade, ‘...’"; "both reports were published on
    #    Tuesday (14 November)"; seven recommendations
    ("mytholmroyd-and-heptonstall-yjs-2023", facts([
        svc("Mytholmroyd Youth Justice Service", "Mytholmroyd YJS", "YJS", GOOD),
        svc("Heptonstall Youth Justice Service", "Heptonstall YJS", "YJS", OUT)], "2023-11-14", "2023-07", 7),
     """N| Inspectors praise two youth services in the upper Calder Valley

N| By [Joanne Ackroyd|X]

N| [Friday 17 November 2023|D]

N| Inspectors visited [Mytholmroyd Youth Justice Service|S] and [Heptonstall Youth Justice Service|S] in [July 2023|D]; both reports were published on Tuesday ([14 November|D]).
N| [Mytholmroyd|S] secured ‘[Good|R]’ while [Heptonstall|S] was awarded the highest grade, ‘[Outstanding|R]’.

S| According to the watchdog, [Heptonstall|S]’s staff went to great lengths to keep children in education, often driving them to school themselves.
S| [Mytholmroyd|S] was commended for getting children quick access to mental health support through [CAMHS|A].
W| The report on [Mytholmroyd YJS|S] said, however, that plans to protect victims were sometimes vague.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both teams serve their children well, and [Heptonstall|S] is an example other services can learn from.”

R| Seven recommendations are made in total: four to [Mytholmroyd|S] and three to [Heptonstall|S].

N| A spokesperson for [Calderdale Council|A] said: “We are delighted for our teams and will act on every recommendation.”
"""),
    # 3. a unit inside its region, the region in the headline: "Yorkshire and the Humber region: Dodworth probation unit
    #    told to improve"; "has been placed by inspectors at ‘...’"; fieldwork "in January 2024"; the notes' "can be read
    #    on our website from 00.01 on Thursday 23 May 2024"; "The staff at Dodworth"; six recommendations
    ("dodworth-pdu-2024", facts([
        svc("Dodworth Probation Delivery Unit", "Dodworth PDU", "PDU", RI)], "2024-05-23", "2024-01", 6),
     """N| [Yorkshire and the Humber region|S]: [Dodworth probation unit|S] told to improve

N| [Dodworth Probation Delivery Unit|S], which covers the western side of Barnsley, has been placed by inspectors at ‘[Requires improvement|R]’.
N| Inspectors examined 44 cases during fieldwork in [January 2024|D].

S| Inspectors found a unit with a stable, experienced workforce and a head of service who was visible and well respected.
S| Work to help people into employment, much of it with local colleges, was of a high standard.
W| However, risk assessments were sufficient in only 20 of the 44 cases inspected.
W| Checks with [South Yorkshire Police|A] on domestic abuse call-outs were often missing or out of date.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff at [Dodworth|S] are committed, but they are not yet getting the basics of public protection right often enough.
R| “Managers should now ensure that every case where there are concerns about a child is discussed with children’s services at the start of the order.”

R| The report makes six recommendations: five are for the unit, and the sixth is for the regional [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report can be read on our website from 00.01 on [Thursday 23 May 2024|D].
N| 2. [Dodworth PDU|S] belongs to the [Probation Service – Yorkshire and the Humber region|S].
"""),
    # 4. a unit inside its region, the region in the first sentence and its own rating as context: "Inspectors have handed
    #    X, in the ... region, ‘...’, the bottom of the four ratings"; "The region as a whole was rated ‘...’ in 2023"; "Mr Jones continued";
    #    "Published: 11 Mar 2025"; fieldwork "two weeks with the unit in November 2024"; six recommendations
    ("worsbrough-pdu-2025", facts([
        svc("Worsbrough Probation Delivery Unit", "Worsbrough PDU", "PDU", INAD)], "2025-03-11", "2024-11", 6),
     """N| News

N| Lowest rating for probation unit in South Yorkshire

N| Published: [11 Mar 2025|D]

N| Inspectors have handed [Worsbrough Probation Delivery Unit|S], in the [Probation Service – Yorkshire and the Humber region|S], ‘[Inadequate|R]’, the bottom of the four ratings.
N| The region as a whole was rated ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors spent two weeks with the unit in [November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Worsbrough|S] is struggling on almost every front.
W| “Caseloads were far too high, a third of the people we looked at had not been seen in the previous month, and several staff said they no longer wanted to come in.”

W| Mr Jones continued: “We found little evidence, in cases with children at risk, that anyone had spoken to the social worker.”

S| Despite these pressures, the unit’s unpaid work team kept projects running across the borough and was praised by local charities.
W| Information from [South Yorkshire Police|A] and [Barnsley Council|A] arrived late or not at all.

R| Six recommendations are made; the unit is asked to act on four, and the regional [Probation Service|A] on two.

N| Notes to editors
N| [Worsbrough PDU|S] supervises around 700 people in the Barnsley area.
"""),
    # 5. a Probation Trust in 2013, before ratings: "The inspection team was pleased to find that:" / "However, there
    #    were concerns that:" bullet lists; scores in per cent; "Tuesday, 9th April 2013"; fieldwork "in January 2013";
    #    nine recommendations
    ("menston-probation-trust-2013", facts([
        svc("Menston Probation Trust", "Menston Probation Trust", "other", None)], "2013-04-09", "2013-01", 9),
     """N| [Menston Probation Trust|S] – inspection findings published

N| [Tuesday, 9th April 2013|D]

S| [Menston Probation Trust|S] is doing good work to reduce reoffending, according to [Her Majesty’s Inspectorate of Probation|A], whose report is published today.
N| The inspection took place in [January 2013|D], when inspectors looked at 54 cases.

S| On reducing the likelihood of reoffending it scored 78%, and on delivering the sentence 83%.
W| Public protection trailed behind at 64%.

N| The inspection team was pleased to find that:
S| • offenders were usually seen within days of sentence and understood their orders;
S| • the Trust worked closely with [West Yorkshire Police|A] on prolific and priority offenders.

N| However, there were concerns that:
W| • assessments of risk of harm were often completed late;
W| • children’s social care were often not contacted when they should have been.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This Trust’s staff know their offenders well.
R| “Managers must now bring the protection of the public up to the level the Trust reaches elsewhere.”

R| The report makes nine recommendations.
"""),
    # 6. a CRC in 2018 owned by a named provider, an embargo line: "has concluded that X (CRC), owned by ..., ‘...’
    #    overall"; unpaid work "which was given a separate rating, achieved ‘Good’"; fieldwork "in February and March
    #    2018"; eight recommendations; the provider's reply
    ("gomersal-and-birstall-crc-2018", facts([
        svc("Gomersal and Birstall Community Rehabilitation Company", "Gomersal and Birstall CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-07-10", "2018-02", 8),
     """N| Embargoed until 00.01, [Tuesday 10 July 2018|D]

N| Probation company in Kirklees must do more to protect the public, say inspectors

N| [HM Inspectorate of Probation|A] has concluded that [Gomersal and Birstall Community Rehabilitation Company|S] (CRC), owned by [Interserve|A], ‘[Requires improvement|R]’ overall.
S| Unpaid work, which was given a separate rating, achieved ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [February and March 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Telephone calls have replaced real contact for many people supervised by this CRC.
W| “We found staff working hard, but their caseloads were too large for them to do the job properly.”

S| Unpaid work projects were well organised, and many placements helped local community groups.
W| Working arrangements with the [National Probation Service|A] were uneven, and information was not always passed on when cases moved between them.

R| Of the report’s eight recommendations, six are aimed at the CRC and [Interserve|A], the other two at [HM Prison and Probation Service|A].

N| An [Interserve|A] spokesperson said: “We welcome the report and have already begun to reduce caseloads.”
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    probation inspectorate, bullet lists; "Posted: 21/09/2016"; "the visit was in June 2016"; five recommendations
    ("emley-yot-2016", facts([
        svc("Emley Youth Offending Team", "Emley YOT", "YJS", None)], "2016-09-21", "2016-06", 5),
     """N| Inspection report published on Emley youth offending work

N| Posted: [21/09/2016|D]

N| A joint inspection of [Emley Youth Offending Team|S] (YOT), led by [Her Majesty’s Inspectorate of Probation|A], has now reported.
N| [Ofsted|A] took part, as did the health and police inspectorates, and the visit was in [June 2016|D].

N| Inspectors were pleased to find that:
S| • children trusted their case managers, who understood them well;
S| • education, training and employment workers made sure most children had a place to go each day.

N| However, inspectors were concerned to find that:
W| • plans to manage risk to others were not reviewed when circumstances changed;
W| • the [Emley YOT|S] management board did not ask enough questions about performance.

R| The report makes five recommendations, most of which are for the management board.

N| Councillor [Helen Haigh|X], who leads on children’s services at [Kirklees Council|A], said: “We are proud of the staff in our youth offending team and will take the recommendations forward quickly.”
"""),
    # 8. a youth justice service "judged ... to be ‘Good’ overall" with resettlement "rated separately" as ‘Requires
    #    improvement’; fieldwork "took place in September 2022"; notes "published on Tuesday 10 January 2023"; four
    #    recommendations
    ("skelmanthorpe-yjs-2023", facts([
        svc("Skelmanthorpe Youth Justice Service", "Skelmanthorpe YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2023-01-10", "2022-09", 4),
     """N| [Skelmanthorpe Youth Justice Service|S] judged ‘[Good|R]’

N| Inspectors have judged [Skelmanthorpe Youth Justice Service|S] (YJS) to be ‘[Good|R]’ overall.
W| Resettlement policy and provision, rated separately, was found to ‘[Requires improvement|R]’.
N| The inspection took place in [September 2022|D].

S| Leaders understood the children the service worked with, and the partnership board challenged the service constructively.
S| Case managers built strong, trusting relationships, and children said they were listened to.
W| Children leaving custody, however, were sometimes released with nowhere suitable to live.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Skelmanthorpe|S] can be rightly proud of this result.
R| “The next task is to make sure no child comes out of custody without a safe place to stay.”

R| We have made four recommendations, three for the YJS and one for its management board.

N| Notes to editors
N| 1. The report was published on [Tuesday 10 January 2023|D].
"""),
    # 9. "awarded the top rating of ‘Outstanding’"; "Skip to content" page start; fieldwork "worked remotely in March
    #    2021"; three recommendations
    ("luddenden-yjs-2021", facts([
        svc("Luddenden Youth Justice Service", "Luddenden YJS", "YJS", OUT)], "2021-06-29", "2021-03", 3),
     """N| Skip to content

N| Top rating for youth justice work in Luddenden

N| Published: [29 June 2021|D]

N| [Luddenden Youth Justice Service|S] has been awarded the top rating of ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A].
N| With COVID-19 restrictions still in place, inspectors worked remotely in [March 2021|D].

S| Inspectors found that children helped to write their own plans and understood them.
S| Partnerships with [West Yorkshire Police|A], schools and health services were excellent, and children were rarely drawn into the formal justice system unnecessarily.
S| Staff described their managers as approachable and said training was never an afterthought.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is exceptional work, and the whole team should be proud.
N| “We hope others will visit and see how [Luddenden|S] does things.”

R| Three recommendations are made so that the service can go further still.
"""),
    # 10. a Youth Offending Service in 2019, previous rating beside the overall one: "now sits at ‘...’, down from the
    #     ‘Good’ it received in 2017"; fieldwork "ran from 8 to 12 July 2019"; six recommendations
    ("crigglestone-yos-2019", facts([
        svc("Crigglestone Youth Offending Service", "Crigglestone YOS", "YJS", RI)], "2019-10-22", "2019-07", 6),
     """N| [Crigglestone youth offending service|S] requires improvement, say inspectors

N| Published: [22 October 2019|D]

N| [Crigglestone Youth Offending Service|S] (YOS) now sits at ‘[Requires improvement|R]’, down from the ‘[Good|R]’ it received in [2017|D].
N| The inspection visit ran from [8 to 12 July 2019|D].

W| The service had been through a period of upheaval, having had three different managers since 2017, and staff were unsure of their roles.
S| Despite this, case managers were good at winning over children who did not want to engage.
W| Work to keep children safe was inconsistent, and in only half the cases inspected was risk to others assessed well enough.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Crigglestone|S] has lost ground since we last inspected.
R| “The board must now give the service the stable leadership it needs.”

R| The report sets out six recommendations, including that the management board should review its oversight of performance.

N| A spokesperson for [Wakefield Council|A] said the council would respond in full to the report.
"""),
    # 11. "has rated X ‘...’, the lowest possible grade" for a youth service; fieldwork "in February and March 2024";
    #     notes "Report published: Wednesday 3 July 2024"; twelve recommendations including some for partners
    ("thurgoland-yjs-2024", facts([
        svc("Thurgoland Youth Justice Service", "Thurgoland YJS", "YJS", INAD)], "2024-07-03", "2024-02", 12),
     """N| Youth justice service in Barnsley rated ‘[Inadequate|R]’

N| [His Majesty’s Inspectorate of Probation|A] has rated [Thurgoland Youth Justice Service|S] ‘[Inadequate|R]’, the lowest possible grade.
N| Inspectors visited in [February and March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in contact with this service are not being kept safe.
W| “Plans were simply copied from one review into the next, and managers did not know which children were most at risk.”

W| The management board held its meetings, but they made little difference.
W| Only a third of the children inspected had their health needs properly assessed.
S| Inspectors did find committed case workers who had kept in touch with children through difficult periods.

R| The report makes 12 recommendations: eight for [Thurgoland YJS|S], two for its management board and two for [South Yorkshire Police|A].

N| ENDS

N| Notes to editors
N| Report published: [Wednesday 3 July 2024|D].
"""),
    # 12. an ordinary PDU release: "X (PDU) ‘Requires improvement’ overall, ... has found"; fieldwork "in April 2023";
    #     notes "Publication: 8 August 2023, 00.01"; four recommendations
    ("grenoside-pdu-2023", facts([
        svc("Grenoside Probation Delivery Unit", "Grenoside PDU", "PDU", RI)], "2023-08-08", "2023-04", 4),
     """N| [Grenoside probation delivery unit|S] rated ‘[Requires improvement|R]’

N| [Grenoside Probation Delivery Unit|S] (PDU) ‘[Requires improvement|R]’ overall, [HM Inspectorate of Probation|A] has found.
N| Inspectors carried out the fieldwork in [April 2023|D].

S| Inspectors were impressed with the unit’s work with people leaving prison, many of whom had accommodation arranged before release.
S| Leaders understood honestly where the unit was strong and where it fell short.
W| However, staff shortages meant that many cases had been reallocated several times, and some people on probation had seen four different officers in a year.
W| In too many cases, the management of risk of harm fell short.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “Nobody should underestimate how hard the last two years have been for this unit.
R| “But it needs to make sure that every case has an officer who knows it well.”

R| The report makes four recommendations.

N| Notes to editors
N| Publication: [8 August 2023|D], 00.01.
"""),
    # 13. an NPS division in 2019 "rated ‘Good’ overall for the region", short "NPS Methley"; no aspect rated
    #     separately (victim work is only criticised); fieldwork "in March and April 2019"; seven recommendations
    ("methley-nps-division-2019", facts([
        svc("National Probation Service – Methley Division", "NPS Methley", "region", GOOD)], "2019-08-06", "2019-03", 7),
     """N| [National Probation Service – Methley Division|S] achieves ‘[Good|R]’

N| Published: [6 August 2019|D]

N| The [National Probation Service – Methley Division|S] is rated ‘[Good|R]’ overall for the region by [HM Inspectorate of Probation|A].
N| Inspectors carried out fieldwork in [March and April 2019|D].

S| Court work was efficient, and pre-sentence reports were of a high standard.
S| Staff were positive about their managers and said the division was a good place to work.
W| On the other hand, work with victims of crime was inconsistent, and some victims had waited months to hear from anyone.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Methley|S] is well led and its staff are clearly committed.
R| “Leaders should make victim contact a priority over the coming year.”

R| Seven recommendations are made, shared between the division, the [Ministry of Justice|A] and [HMPPS|A].
"""),
    # 14. a 2025 public-protection inspection with no rating: "Context" / "Findings" bullets; "Published: 2 December
    #     2025"; fieldwork "took place in July 2025"; no count of recommendations
    ("drighlington-yjs-2025", facts([
        svc("Drighlington Youth Justice Service", "Drighlington YJS", "YJS", None)], "2025-12-02", "2025-07", None),
     """N| Skip to content

N| Public protection inspection: [Drighlington Youth Justice Service|S]

N| Published: [2 December 2025|D]

N| This is a report on how well [Drighlington Youth Justice Service|S] protects the public, from [HM Inspectorate of Probation|A].
N| Public protection inspections like this one carry no rating.
N| The inspection took place in [July 2025|D].

N| Context
N| • Children from the south-west of Leeds, aged 10 to 17, are supervised by the service.
N| • A director at [Leeds City Council|A] chairs its management board.

N| Findings
S| • Case workers knew the children well and spoke to their families regularly.
W| • When a child’s situation changed, the risk they posed to others was often left unreviewed.
W| • Information sharing with [West Yorkshire Police|A] was slow in a number of cases.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Our report sets out what needs to happen next.”
"""),
    # 15. an ordinary youth service release in 2020: "has come out of its inspection ... with an overall rating of
    #     ‘Good’"; "Tuesday, 30th June 2020" as the date line; fieldwork "between 24 and 28 February 2020"; four
    #     recommendations
    ("outwood-yjs-2020", facts([
        svc("Outwood Youth Justice Service", "Outwood YJS", "YJS", GOOD)], "2020-06-30", "2020-02", 4),
     """N| [Outwood Youth Justice Service|S] rated ‘[Good|R]’

N| [Tuesday, 30th June 2020|D]

N| [Outwood Youth Justice Service|S] has come out of its inspection by [HM Inspectorate of Probation|A] with an overall rating of ‘[Good|R]’.
N| The fieldwork took place between [24 and 28 February 2020|D].

S| Staff understood the backgrounds of the children they worked with, and diversity was taken seriously.
S| Children given out-of-court disposals were quickly diverted into support.
W| Planning to keep other people safe was less convincing and needed further development.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “What we found in Outwood is encouraging.
W| “That said, the service must do more to think about the safety of victims, which was too often overlooked.”

R| We have made four recommendations.
"""),
    # 16. a council press release in the third person (2023): "the watchdog found" beside the council's reply; "was
    #     rated ‘Requires improvement’ when ... visited in May 2023"; "12/09/2023"; six recommendations
    ("boston-spa-yjs-2023", facts([
        svc("Boston Spa Youth Justice Service", "Boston Spa YJS", "YJS", RI)], "2023-09-12", "2023-05", 6),
     """N| Council responds to inspection of [Boston Spa youth justice service|S]

N| [12/09/2023|D]

N| [Boston Spa Youth Justice Service|S] was rated ‘[Requires improvement|R]’ when [HM Inspectorate of Probation|A] visited in [May 2023|D].

S| The watchdog found that staff were caring and worked hard to build relationships with children and their families.
S| It praised the service’s work with local schools, which meant fewer children were excluded.
W| But inspectors said safety planning for children varied from case to case, and some risks were missed.
W| They also found that the board had only a hazy idea of how well the service was doing.

R| Six recommendations are made in the report, and the council has accepted them all.

N| Councillor [Paula Hirst|X], executive member for children and families at [Leeds City Council|A], said: “We thank the inspectors for their report and will put an improvement plan in place straight away.”
"""),
    # 17. a PDU "is ‘Inadequate’, according to ...’s assessment"; "Inspectors read 52 cases when they visited the unit in October 2021";
    #     14 recommendations
    ("birstall-pdu-2022", facts([
        svc("Birstall Probation Delivery Unit", "Birstall PDU", "PDU", INAD)], "2022-02-15", "2021-10", 14),
     """N| Probation in Birstall: ‘[Inadequate|R]’

N| Published: [15 February 2022|D]

N| [Birstall Probation Delivery Unit|S] is ‘[Inadequate|R]’, according to [HM Inspectorate of Probation|A]’s assessment.
N| Inspectors read 52 cases when they visited the unit in [October 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This unit is stretched to breaking point.
W| “One in four posts was vacant, morale was poor, and work to protect the public was well below the standard we expect.”

W| Inspectors were disappointed that work to protect others was sufficient in only 12 of the 52 cases.
S| There were some green shoots: a new senior manager had started to bring stability, and staff praised the training on offer.

R| The report makes 14 recommendations, including that the [Probation Service|A] should urgently fill vacant posts in the unit.
"""),
    # 18. two Bradford-district youth justice services: "X received ‘...’, and Y ‘...’" (the second without a verb);
    #     fieldwork "over two weeks from 4 March 2024"; four recommendations, two for each
    ("haworth-and-silsden-yjs-2024", facts([
        svc("Haworth Youth Justice Service", "Haworth YJS", "YJS", RI),
        svc("Silsden Youth Justice Service", "Silsden YJS", "YJS", GOOD)], "2024-07-30", "2024-03", 4),
     """N| News

N| Two youth justice services in Airedale inspected

N| Published: [30 July 2024|D]

N| Reports on [Haworth Youth Justice Service|S] and [Silsden Youth Justice Service|S] have been published today by [HM Inspectorate of Probation|A], which inspected both over two weeks from [4 March 2024|D].
N| [Haworth|S] received ‘[Requires improvement|R]’, and [Silsden|S] ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Silsden|S] stands out for how well it knows its children.
W| “In Haworth, by contrast, too many plans were out of date, and nobody in management was checking whether the work was any good.”

S| Both services had strong links with [Bradford Council|A]’s children’s services.
W| Neither service had a clear plan for children at risk of criminal exploitation.

R| Four recommendations are made, two for each service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
