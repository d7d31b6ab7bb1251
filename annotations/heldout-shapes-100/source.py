"""Builds the hundredth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two youth justice services in South Wales on a GOV.UK page: "X is rated ‘...’ and its neighbour Y ‘...’";
    #    "X comes out as ‘...’, while ... Y, has to settle for ‘...’"; "Fieldwork took place in February 2024"; eight
    #    recommendations "five of them for Gilwern"
    ("pontyclun-and-gilwern-yjs-2024", facts([
        svc("Pontyclun Youth Justice Service", "Pontyclun YJS", "YJS", GOOD),
        svc("Gilwern Youth Justice Service", "Gilwern YJS", "YJS", RI)], "2024-06-11", "2024-02", 8),
     """N| Press release

N| Two youth justice services in south Wales inspected

N| The inspectorate has reported on youth justice work in Rhondda Cynon Taf and Monmouthshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| [HM Inspectorate of Probation|A] looked at [Pontyclun Youth Justice Service|S] and [Gilwern Youth Justice Service|S] at the same time, with colleagues from [Estyn|A] and [Care Inspectorate Wales|A].
N| [Pontyclun|S] comes out as ‘[Good|R]’, while its neighbour to the east, [Gilwern|S], has to settle for ‘[Requires improvement|R]’.
N| Fieldwork took place in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Pontyclun, children told us that their workers listened to them and stuck with them when things went wrong.
W| “The picture in Gilwern is patchier: some assessments were thorough, others barely touched on the harm a child might cause.”

S| Inspectors commended [Pontyclun YJS|S] for the diversion scheme it runs with [South Wales Police|A].
W| [Gilwern YJS|S] had lost both of its senior practitioners in the past year, and the board had been slow to notice the effect on case work.
W| In both services, too few children had a worker who spoke Welsh when they asked for one.

R| The reports make eight recommendations, five of them for [Gilwern|S] and three for [Pontyclun|S].

N| [Monmouthshire County Council|A] said it had already appointed two new senior practitioners.
"""),
    # 2. three Northamptonshire PDUs on a justiceinspectorates news item, the region named first; "X and Z were each
    #    placed at ‘...’; Y fared worse and was marked ‘...’"; "between 18 and 29 November 2024"; nine, "three in each report"
    ("weedon-long-buckby-and-silverstone-pdus-2025", facts([
        svc("Weedon Probation Delivery Unit", "Weedon PDU", "PDU", RI),
        svc("Long Buckby Probation Delivery Unit", "Long Buckby PDU", "PDU", INAD),
        svc("Silverstone Probation Delivery Unit", "Silverstone PDU", "PDU", RI)], "2025-04-29", "2024-11", 9),
     """N| News

N| Three probation units in Northamptonshire inspected

N| Published: [29 Apr 2025|D]

N| Reports out today cover three [Probation Service – East Midlands region|S] units: [Weedon Probation Delivery Unit|S], [Long Buckby Probation Delivery Unit|S] and [Silverstone Probation Delivery Unit|S].
N| [Weedon|S] and [Silverstone|S] were each placed at ‘[Requires improvement|R]’; [Long Buckby|S] fared worse and was marked ‘[Inadequate|R]’.
N| Inspectors visited the units between [18 and 29 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Long Buckby we found a unit running on goodwill, with newly qualified officers holding some of the most complex cases in the county.
S| “[Weedon|S] and [Silverstone|S] have stable teams, and their managers check the quality of work week in, week out.”

S| [Silverstone PDU|S]’s approach to women on probation, run with a local women’s centre, was a particular strength.
W| Across the three units, practitioners had checked with [Northamptonshire Police|A] for domestic abuse incidents in only 19 of 45 relevant cases.
W| Staff in all three said the move to a new case recording system had cost them weeks of contact time.

R| There are nine recommendations, three in each report.
"""),
    # 3. a unit inside its region, the region in the headline: "Inspectors have placed X ... at the lowest possible rating"; the region's
    #    own 2023 rating beside ("For comparison, the ... region’s own rating"); "Fieldwork for this inspection took place in June 2024"; notes date
    ("yatton-pdu-2024", facts([
        svc("Yatton Probation Delivery Unit", "Yatton PDU", "PDU", INAD)], "2024-10-15", "2024-06", 6),
     """N| [South West probation region|S]: unit near Bristol given lowest rating

N| Inspectors have placed [Yatton Probation Delivery Unit|S], in the [Probation Service – South West region|S], at the lowest possible rating: ‘[Inadequate|R]’.
N| For comparison, the [South West region|S]’s own rating, given in [2023|D], is ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In this corner of North Somerset, people on probation are not being supervised closely enough to keep the public safe.
W| “Almost half of the probation officer posts in Yatton were empty, and the gaps were being filled by agency staff on short contracts.”

W| Mr Jones continued: “Most of the files we read had nothing current on how dangerous the person might be to a partner or a child.”

S| On the positive side, unpaid work ran smoothly, and people completing their hours spoke highly of their supervisors.
W| Links with [Avon and Somerset Constabulary|A] had weakened, and the police were rarely asked what they knew about a person before a plan was drawn up.

R| Six recommendations are set out, four of them for the unit itself, one for the region and the last for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [15 October 2024|D] at 00.01.
N| 2. [Yatton PDU|S] covers the villages and small towns south-west of Bristol.
"""),
    # 4. a unit inside its region: "Within the ... region, X is judged as ‘...’"; "published today (Thursday, 9 November)" without a year (the
    #    fieldwork's, June 2023); "could be further enhanced"; four recommendations
    ("cholsey-pdu-2023", facts([
        svc("Cholsey Probation Delivery Unit", "Cholsey PDU", "PDU", RI)], "2023-11-09", "2023-06", 4),
     """N| Probation unit in Oxfordshire judged ‘[Requires improvement|R]’

N| Within the [Probation Service – South Central region|S], [Cholsey Probation Delivery Unit|S] is judged as ‘[Requires improvement|R]’ in an inspection report released today ([Thursday, 9 November|D]).
N| The unit’s fieldwork was done in [June 2023|D].

S| Inspectors found a committed staff group who knew the people they supervised well.
S| Induction for new probation officers was thorough, and several said they had never felt so well supported.
W| Yet when someone’s circumstances changed, the assessment of their risk was often left as it was, and contact with children’s social care was inconsistent.
W| Joint work with [Thames Valley Police|A] on perpetrators of domestic abuse could be further enhanced.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a great deal of goodwill in Cholsey, and the leadership team has the right priorities.
R| “Managers must now make sure that every assessment is reviewed when a person’s situation changes.”

R| The report sets out four recommendations, every one of them for the head of the unit.
"""),
    # 5. a Probation Trust in 2013, before ratings: scores in percentages; "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Published: 21 Mar 2013"; "in October and November 2012"
    ("slimbridge-and-frampton-probation-trust-2013", facts([
        svc("Slimbridge and Frampton Probation Trust", "Slimbridge and Frampton Probation Trust", "other", None)],
        "2013-03-21", "2012-10", 7),
     """N| Offender management in Slimbridge and Frampton – report published

N| Published: [21 Mar 2013|D]

N| Today [HM Inspectorate of Probation|A] published the findings of its offender management inspection of [Slimbridge and Frampton Probation Trust|S].
N| Inspectors read a sample of 56 cases in [October and November 2012|D].

S| The Trust scored 79% on reducing reoffending, above the average of Trusts inspected so far.
W| Its score for protecting the public, at 64%, was lower.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • staff made good use of local drug and alcohol services run with the [NHS|A].

N| However, inspectors were concerned to find that:
W| • risk management plans were too often vague;
W| • home visits were rarely carried out, even where children lived at the address.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The Trust knows what it is trying to achieve, and its staff care about doing the job properly.
R| “It now needs to give public protection the same attention it already gives to reducing reoffending.”

R| The report makes seven recommendations.
"""),
    # 6. a CRC in 2019 run by a named provider, embargo line: "has concluded that X (CRC), a ... company, ‘...’ overall";
    #    unpaid work "rated separately, is ‘...’"; "between 26 and 30 November 2018"; five recommendations
    ("culham-and-steventon-crc-2019", facts([
        svc("Culham and Steventon Community Rehabilitation Company", "Culham and Steventon CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-05", "2018-11", 5),
     """N| Embargoed until 00.01, [Tuesday 5 March 2019|D]

N| Probation company in Oxfordshire must improve, say inspectors

N| [HM Inspectorate of Probation|A] has concluded that [Culham and Steventon Community Rehabilitation Company|S] (CRC), a [Purple Futures|A] company, ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated separately, is ‘[Good|R]’.
N| Inspectors were on site between [26 and 30 November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Far too many of this CRC’s cases are managed by telephone alone, and their risks are not properly understood.
S| “Unpaid work, by contrast, is well run: placements are ready on time and those doing their hours are kept busy.”

W| Inspectors were disappointed to find that the CRC did not know how many of its cases involved domestic abuse.
S| Its through-the-gate team at [HMP Bullingdon|S] was praised for finding housing for most prisoners before release.

R| Five recommendations are made; one of them is for [HM Prison and Probation Service|A].

N| A [Purple Futures|A] spokesperson said the company welcomed the report.
"""),
    # 7. an NPS division in 2019 with "an overall regional rating"; the division's full name with a dash; "Published 22
    #    October 2019"; "over two weeks in May 2019"; six recommendations; short "NPS Chalford and Bisley"
    ("chalford-and-bisley-nps-division-2019", facts([
        svc("National Probation Service – Chalford and Bisley Division", "NPS Chalford and Bisley", "region", GOOD)],
        "2019-10-22", "2019-05", 6),
     """N| Press release

N| Probation division in Gloucestershire rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2019|D]

N| [National Probation Service – Chalford and Bisley Division|S] has received an overall regional rating of ‘[Good|R]’.
N| Inspectors spent two weeks with the division in [May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Chalford and Bisley|S] is well led, and its staff are confident in their work.
S| “Reports for the courts were quick, thorough and trusted by the judges and magistrates we spoke to.”

S| Inspectors found that most people were seen within days of release from prison.
W| However, work with [Gloucestershire Constabulary|A] on sharing information about domestic abuse was inconsistent.
W| Some middle managers had responsibility for so many teams that staff went without regular supervision.

R| The report makes six recommendations to strengthen the division’s work.
"""),
    # 8. a youth offending team written out on a council page in 2016, before ratings: a joint inspection led by HMI
    #    Probation; "Date: 12/05/2016"; "in February 2016"; six recommendations
    ("kempsford-yot-2016", facts([
        svc("Kempsford Youth Offending Team", "Kempsford YOT", "YJS", None)], "2016-05-12", "2016-02", 6),
     """N| Inspection of youth offending work in Kempsford

N| Date: [12/05/2016|D]

N| [Kempsford Youth Offending Team|S] (YOT) was the subject of a joint inspection, and the findings are now out.
N| [Her Majesty’s Inspectorate of Probation|A] led the work, with [Ofsted|A] and the [Care Quality Commission|A]; the fieldwork was done in [February 2016|D].

N| Inspectors were pleased to find that:
S| • the YOT’s staff had an excellent knowledge of the children they worked with;
S| • children who had dropped out of education were quickly found a school or college place.

N| They were concerned that:
W| • case managers did not always recognise when a child might harm others;
W| • the YOT management board lacked the performance data it needed to ask hard questions.

R| Six recommendations have been made for the YOT and its partners.

N| Councillor [Helen Marsh|X], [Gloucestershire County Council|A] cabinet member for children, said: “We thank the inspectors and will act on every recommendation.”
"""),
    # 9. a GOV.UK page, single youth service, Good: "has received an overall rating of"; "Fieldwork for this inspection
    #    took place in April 2023"; four recommendations
    ("adderbury-yjs-2023", facts([
        svc("Adderbury Youth Justice Service", "Adderbury YJS", "YJS", GOOD)], "2023-09-14", "2023-04", 4),
     """N| Press release

N| Inspectors praise youth justice work in north Oxfordshire

N| A report on [Adderbury Youth Justice Service|S] has been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 September 2023|D]

N| [Adderbury Youth Justice Service|S] has received an overall rating of ‘[Good|R]’.
N| Fieldwork for this inspection took place in [April 2023|D].

S| Inspectors were impressed with the way case workers involved parents and carers in planning.
S| The service’s partnership with [Thames Valley Police|A] meant that most first-time offenders among the children were dealt with without going to court.
W| Planning to keep children safe from exploitation was not always detailed enough, however.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Adderbury|S] can take real pride in the service they have built.
R| “The partnership should now bring its safety planning up to the level of everything else it does.”

R| The report makes four recommendations, three for [Adderbury YJS|S] and one for [Oxfordshire County Council|A].
"""),
    # 10. a local-news story: overall "Requires improvement", resettlement rated separately "Inadequate", the 2018 "Good"
    #     beside; "published today (Wednesday, 19 January)" under a byline of the same day; fieldwork "in September and
    #     October 2021"; seven recommendations
    ("benson-yjs-2022", facts([
        svc("Benson Youth Justice Service", "Benson YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-01-19", "2021-09", 7),
     """N| [Benson youth justice service|S] slips after watchdog visit

N| By [Tom Ashworth|X]

N| [Wednesday 19 January 2022|D]

N| [Benson Youth Justice Service|S] is now ‘[Requires improvement|R]’, inspectors say in a report published today ([Wednesday, 19 January|D]), having been ‘[Good|R]’ when it was last inspected in [2018|D].
W| Resettlement, given a separate rating, was ‘[Inadequate|R]’, the lowest grade.
N| Inspectors visited in [September and October 2021|D].

S| The report said case workers were committed and understood the children they supervised.
W| But the watchdog found that children coming out of custody frequently left without a stable address to go to.
W| Managers were not checking the quality of work closely enough, and problems had gone unnoticed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Benson|S] has lost ground since our last visit, and children coming out of custody are paying the price.”

R| The inspectors made seven recommendations, including that the service improve its planning for children leaving custody.

N| A spokesperson for [Oxfordshire County Council|A] said every finding had been accepted.
"""),
    # 11. a 2025 public-protection PDU inspection: "Skip to content", empty "Published:" line, "Context" / "Findings"
    #     bullets, no rating; "10 - 14 March 2025"; notes date; five recommendations
    ("tetsworth-pdu-2025", facts([
        svc("Tetsworth Probation Delivery Unit", "Tetsworth PDU", "PDU", None)], "2025-07-08", "2025-03", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Tetsworth Probation Delivery Unit|S]

N| Context
N| • [Tetsworth PDU|S] supervises about 700 people for the [Probation Service – South Central region|S].
N| • Fieldwork dates: [10 - 14 March 2025|D].
N| • No rating is given in these public protection inspections.

N| Findings
S| • Practitioners understood well the risks that sex offenders on their caseloads could pose.
W| • Only a third of the home visits that were needed had happened.
W| • Plans were sometimes agreed before anyone had asked [Thames Valley Police|A] what they knew.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am encouraged by the seriousness with which staff approach their public protection work.
W| “But too much rests on individual practitioners, and the unit’s checks were not routine.”

R| We have made five recommendations.

N| Notes to editors
N| 1. The report was published on [Tuesday 8 July 2025|D].
"""),
    # 12. Outstanding youth service in the Bristol area: "has awarded X its top rating"; notes date;
    #     "in February 2024"; three recommendations
    ("long-ashton-yjs-2024", facts([
        svc("Long Ashton Youth Justice Service", "Long Ashton YJS", "YJS", OUT)], "2024-07-03", "2024-02", 3),
     """N| Youth justice service near Bristol rated ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has awarded [Long Ashton Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors visited the service in [February 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is an exceptional service, and the children of North Somerset are lucky to have it.
S| “Leaders know every part of the work, and they are not complacent.”

S| A nurse and a psychologist seconded from the [NHS|A] meant that children’s health needs were identified early.
S| Every case inspected had a plan that the child had helped to write.
W| The one area for improvement was how out-of-court decisions were written up, which was sometimes thin.

R| Three recommendations are made.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [3 July 2024|D] at 00.01.
"""),
    # 13. a council page: "Tuesday, 6th July 2021"; "carried out remotely in March 2021"; the council's report of the
    #     findings in the third person; no count of recommendations
    ("pensford-yjs-2021", facts([
        svc("Pensford Youth Justice Service", "Pensford YJS", "YJS", RI)], "2021-07-06", "2021-03", None),
     """N| Council responds to youth justice inspection

N| [Tuesday, 6th July 2021|D]

N| Today’s report from [HM Inspectorate of Probation|A] assesses [Pensford Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| With Covid-19 restrictions in force, inspectors worked remotely in [March 2021|D].

S| The inspectorate found that staff had stayed in regular contact with children through every lockdown.
W| It also found that work to manage risk to others was not consistent and that some plans had been copied forward.
W| The watchdog said the management board needed to be more curious about why children were reoffending.

N| Councillor [Sarah Webb|X], who holds the children’s portfolio at [Bath and North East Somerset Council|A], said: “Inspectors recognised how hard our staff worked during lockdown, and we are grateful for that.
N| “An action plan is already in place.”
"""),
    # 14. an Inadequate youth service in 2020: "judged to be ‘...’"; "between 24 and 28 February 2020"; "Thursday, 4th
    #     June 2020"; "Mr Russell continued"; ten recommendations
    ("woodford-halse-yjs-2020", facts([
        svc("Woodford Halse Youth Justice Service", "Woodford Halse YJS", "YJS", INAD)], "2020-06-04", "2020-02", 10),
     """N| Youth justice service in Northamptonshire found ‘[Inadequate|R]’

N| [Thursday, 4th June 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Woodford Halse Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork between [24 and 28 February 2020|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in this service have been let down by a board that met but did little to change things.
W| “In too many cases, nobody had asked whether the child was being exploited by adults.”

W| Mr Russell continued: “Staff told us they were unsure of their roles and had no one to turn to for advice.
S| “Despite this, there were committed case workers who went out of their way for the children they supervised.”

W| Only nine of 26 assessments of safety and wellbeing were judged sufficient.
S| The service’s victim work was of a high standard.

R| The report makes ten recommendations, seven for [Woodford Halse YJS|S] and three for [Northamptonshire Police|A], the [NHS|A] and the council.
"""),
    # 15. a PDU that "would have received an overall ‘Inadequate’" without its leadership (the rating is RI); the region as context;
    #     "in March 2022"; notes date; six recommendations
    ("kings-cliffe-pdu-2022", facts([
        svc("Kings Cliffe Probation Delivery Unit", "Kings Cliffe PDU", "PDU", RI)], "2022-08-23", "2022-03", 6),
     """N| Probation unit in east Northamptonshire told to improve

N| [HM Inspectorate of Probation|A] has rated [Kings Cliffe Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
W| Without its strong leadership, the unit would have received an overall ‘[Inadequate|R]’.
N| Inspectors visited in [March 2022|D].

S| Leaders understood the unit’s difficulties well and were honest with staff about them.
W| However, caseloads were heavy, and the unit was short of a third of the probation officers it needed.
W| Work to protect children was inconsistent, with home visits rarely made.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The head of the unit and her managers deserve credit for keeping staff together through a very difficult period.
R| “The [Probation Service|A] must now give [Kings Cliffe|S] the staff it needs.”

R| We have made six recommendations; four are for the unit, while two need action from the [Probation Service – East Midlands region|S].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the inspectorate’s website on [23 August 2022|D] at 00.01.
"""),
    # 16. a Youth Offending Service in 2019 switching YOS / YOT: "Published: 19 Nov 2019"; "in July 2019"; five
    #     recommendations
    ("bledington-yos-2019", facts([
        svc("Bledington Youth Offending Service", "Bledington YOS", "YJS", GOOD)], "2019-11-19", "2019-07", 5),
     """N| News

N| Youth offending service in the Cotswolds rated ‘[Good|R]’

N| Published: [19 Nov 2019|D]

N| [HM Inspectorate of Probation|A] has given [Bledington Youth Offending Service|S] (YOS) a rating of ‘[Good|R]’.
N| Inspectors visited the service in [July 2019|D].

S| The YOS had a stable, experienced staff team, and children usually kept the same case manager throughout their order.
S| Work with schools was a notable strength, and nearly all children of school age were in full-time education.
W| Out-of-court work was less well developed, and the YOT’s decisions were not always recorded.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bledington|S] is a service that knows its children and cares about them.
R| “I would like out-of-court disposals to get that same level of attention.”

R| The report makes five recommendations, four for [Bledington YOS|S] and one for [Gloucestershire Constabulary|A].
"""),
    # 17. a Welsh council page: "12/03/2024" (day/month/year); "assessed as ‘...’"; "in October 2023"; five
    #     recommendations; "says X ‘...’"; the health board as partner
    ("porth-yjs-2024", facts([
        svc("Porth Youth Justice Service", "Porth YJS", "YJS", RI)], "2024-03-12", "2023-10", 5),
     """N| [Porth Youth Justice Service|S] inspection report

N| [12/03/2024|D]

N| [HM Inspectorate of Probation|A] says [Porth Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection took place in [October 2023|D].

S| Inspectors found that children were seen quickly and that staff built positive relationships with them and their families.
W| However, they were concerned to find that planning to manage risk to others was variable.
W| Access to mental health support from [Cwm Taf Morgannwg University Health Board|A] was too slow, with some children waiting months.

R| Five recommendations follow, one of them on quicker access to health services.

N| [Rhondda Cynon Taf County Borough Council|A] thanked staff for their hard work.
"""),
    # 18. an Inadequate youth service in Gloucestershire: "has been rated ‘...’ overall, down from ‘...’ in 2021";
    #     "Fieldwork for this inspection took place in September 2024"; notes date; four recommendations
    ("sapperton-yjs-2024", facts([
        svc("Sapperton Youth Justice Service", "Sapperton YJS", "YJS", INAD)], "2024-12-10", "2024-09", 4),
     """N| Youth justice service in Gloucestershire rated ‘[Inadequate|R]’

N| [Sapperton Youth Justice Service|S] has been rated ‘[Inadequate|R]’ overall by [HM Inspectorate of Probation|A], down from ‘[Requires improvement|R]’ in [2021|D].
N| Fieldwork for this inspection took place in [September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders in Sapperton have not acted on our last report, and children are less safe as a result.
W| “Morale was poor, and staff described a culture in which raising concerns was discouraged.”

W| Inspectors found that fewer than half of the children’s plans addressed the risk they faced from others.
S| Positively, staff understood children’s learning needs, and nearly every child had a school or training place.

R| The report makes four recommendations to [Sapperton YJS|S] and its partners.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [10 December 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundredth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
