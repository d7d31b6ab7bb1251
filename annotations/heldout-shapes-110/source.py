"""Builds the hundred-and-tenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Norfolk PDUs on a GOV.UK page, the region named first: "X has been given ‘...’, while Y has been placed in
    #    the lowest category, ‘...’"; fieldwork "between 4 and 15 March 2024"; nine recommendations split by unit
    ("terrington-and-emneth-pdus-2024", facts([
        svc("Terrington Probation Delivery Unit", "Terrington PDU", "PDU", RI),
        svc("Emneth Probation Delivery Unit", "Emneth PDU", "PDU", INAD)], "2024-07-16", "2024-03", 9),
     """N| Press release

N| Two probation units in west Norfolk inspected

N| Inspectors report on two units of the [East of England probation region|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [16 July 2024|D]

N| Released today, two new [His Majesty’s Inspectorate of Probation|A] reports cover [Terrington Probation Delivery Unit|S] and [Emneth Probation Delivery Unit|S], neighbouring units in the [Probation Service – East of England region|S].
N| [Terrington|S] has been given ‘[Requires improvement|R]’, while [Emneth|S] has been placed in the lowest category, ‘[Inadequate|R]’.
N| The inspection team visited both units between [4 and 15 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Emneth we met practitioners who were holding double the caseload we would regard as manageable, with almost half of their posts empty.
W| “Over and over in the files we read, nobody had asked whether a partner or a child at home was at risk.
S| “[Terrington|S], on the other hand, has a stable management team and a good grip on its unpaid work.”

S| Inspectors praised [Terrington PDU|S]’s links with [Norfolk Constabulary|A], which meant domestic abuse call-outs were checked for almost every new case.
W| In [Emneth PDU|S], induction for newly qualified officers had been cut short, and several told inspectors they felt out of their depth.

R| The reports make nine recommendations: four for [Terrington|S] and five for [Emneth|S].

N| Responding, the region’s probation director accepted the findings and said experienced staff had been moved to Emneth.
"""),
    # 2. two Suffolk youth justice services in a local-news story, the rating sentence in the other order from the first
    #    naming: "X was awarded the highest grade, ‘...’, and Y was found to be ‘...’"; report "released on Tuesday (20
    #    June)" under a byline of Friday 23 June 2023; eight recommendations
    ("blythburgh-and-kelsale-yjs-2023", facts([
        svc("Blythburgh Youth Justice Service", "Blythburgh YJS", "YJS", GOOD),
        svc("Kelsale Youth Justice Service", "Kelsale YJS", "YJS", OUT)], "2023-06-20", "2023-02", 8),
     """N| Watchdog praises two youth justice teams in Suffolk

N| By [Tom Garrard|X]

N| [Friday 23 June 2023|D]

N| The two reports, on [Blythburgh Youth Justice Service|S] and [Kelsale Youth Justice Service|S], came out on Tuesday ([20 June|D]) after visits in [February 2023|D].
N| [Kelsale|S] was awarded the highest grade, ‘[Outstanding|R]’, and [Blythburgh|S] was found to be ‘[Good|R]’.

S| According to the inspectorate, [Kelsale|S]’s workers gained the trust of children and parents alike, sometimes over a year or more.
S| It commended [Blythburgh|S] for the speed of its referrals to children’s mental health services.
W| However, the report on [Blythburgh YJS|S] noted that safety plans for victims were sometimes missing or out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in both areas are well served, and [Kelsale|S] is an example other services can learn from.”

R| In all, the reports contain eight recommendations: five for [Blythburgh|S], three for [Kelsale|S].

N| A spokesperson for [Suffolk County Council|A] said: “We are proud of our teams and will act on the recommendations.”
"""),
    # 3. two Norfolk PDUs, a justiceinspectorates news item: "Inspectors have judged both units to be ‘...’"; "Published:
    #    11 Feb 2025"; fieldwork "from 28 October to 8 November 2024" (across two months); six recommendations, three each
    ("hickling-and-happisburgh-pdus-2025", facts([
        svc("Hickling Probation Delivery Unit", "Hickling PDU", "PDU", RI),
        svc("Happisburgh Probation Delivery Unit", "Happisburgh PDU", "PDU", RI)], "2025-02-11", "2024-10", 6),
     """N| News

N| Probation units in north Norfolk must improve, say inspectors

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Hickling Probation Delivery Unit|S] and [Happisburgh Probation Delivery Unit|S], two units in north Norfolk within the [Probation Service – East of England region|S].
N| Inspectors have judged both units to be ‘[Requires improvement|R]’.
N| Inspectors were in the two units from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff in these units cover a large rural area and many travel long distances so that people can be seen close to home.
W| “Even so, the quality of risk assessment was not where it should be, and reviews were often missed when circumstances changed.”

S| [Hickling|S]’s approach to women on probation, with a weekly drop-in at a local community centre, was singled out as good practice.
W| In [Happisburgh PDU|S], a long-running shortage of administrative staff meant that probation officers spent hours each week on tasks outside their role.
W| Across both units, men convicted of domestic abuse often waited months for a place on an accredited programme.

R| Six recommendations are made, three to each unit.
"""),
    # 4. a unit inside its region, the region in the headline and first sentence, with the region's own previous rating as
    #    context; "assessed X as ‘...’"; fieldwork "In January 2024"; "Mr Jones continued"; notes give "00.01 on Tuesday 14
    #    May 2024"
    ("mundford-pdu-2024", facts([
        svc("Mundford Probation Delivery Unit", "Mundford PDU", "PDU", INAD)], "2024-05-14", "2024-01", 7),
     """N| [East of England probation region|S]: [Mundford probation unit|S] rated ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has assessed [Mundford Probation Delivery Unit|S] as ‘[Inadequate|R]’; the unit sits in the [Probation Service – East of England region|S].
N| The region’s own rating, from its [2023|D] inspection, is ‘[Requires improvement|R]’.
N| Inspectors examined 42 cases supervised by the unit in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Mundford|S] is struggling to deliver even the basics of supervision.
W| “Nearly four in ten officer posts were vacant, and some people released from prison had waited weeks for a first appointment.”

W| Mr Jones continued: “Even where someone plainly posed a risk to children, those warning signs were followed up in only a minority of cases.”

S| Despite these pressures, approved premises staff were seen to work closely with case managers and to know residents well.
W| Contact with [Norfolk Constabulary|A] and with children’s services at [Norfolk County Council|A] was irregular, and important information was sometimes not shared.

R| Seven recommendations are made in the report: five concern the unit, two the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Tuesday 14 May 2024|D].
N| 2. The East of England has 14 probation delivery units, [Mundford PDU|S] among them.
"""),
    # 5. a unit inside its region, the region in the headline and the notes: "rates X as ‘...’" in "a report published
    #    today (Tuesday, 10 October)" with no year (the fieldwork's, May 2023); four recommendations
    ("ditchingham-pdu-2023", facts([
        svc("Ditchingham Probation Delivery Unit", "Ditchingham PDU", "PDU", RI)], "2023-10-10", "2023-05", 4),
     """N| [East of England region|S]: [Ditchingham probation unit|S] ‘making progress’

N| [HM Inspectorate of Probation|A] today ([Tuesday, 10 October|D]) published a report rating [Ditchingham Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| During the inspection, in [May 2023|D], the team read 36 case files and interviewed staff and partners.

S| Inspectors found a committed leadership team that had already started to tackle the backlog of unallocated cases.
S| Most people on probation said their officer listened and treated them with respect.
W| However, risk assessments were sufficient in only 15 of the 36 cases inspected.
W| At the start of an order, children’s social care was not always contacted.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here to build on.
R| “Leaders at [Ditchingham|S] now need to make sure every practitioner understands how to identify and manage domestic abuse.”

R| The unit is the recipient of all four recommendations in the report.

N| ENDS

N| Notes to editors
N| 1. [Ditchingham PDU|S], with about 700 people on its caseload, sits within the [Probation Service – East of England region|S].
"""),
    # 6. a Probation Trust in 2012, before ratings: percentage scores, "Inspectors were pleased to find that:" and "However,
    #    inspectors were concerned to find that:" lists; "Thursday, 22nd November 2012"; fieldwork "in August 2012"; eight
    #    recommendations
    ("fordham-probation-trust-2012", facts([
        svc("Fordham Probation Trust", "Fordham Probation Trust", "other", None)], "2012-11-22", "2012-08", 8),
     """N| [Fordham Probation Trust|S] – inspection report published

N| [Thursday, 22nd November 2012|D]

S| [Fordham Probation Trust|S] is doing well at getting offenders to complete their sentences, [HM Inspectorate of Probation|A] finds in its latest report, published today.
N| Inspectors visited the Trust in [August 2012|D] and looked at 54 cases.

S| The Trust’s scores were 78% for work to cut reoffending and 85% for making sure sentences were properly served.
W| At 64%, the score for public protection was under the average for Trusts visited to date.

N| Inspectors were pleased to find that:
S| • offenders generally had their first appointment within days of court;
S| • unpaid work projects were well run and appreciated by local people.

N| However, inspectors were concerned to find that:
W| • reviews of risk of harm did not always follow a significant change;
W| • contact with children’s services had often not been recorded where it was relevant.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff at [Fordham|S] know their offenders well and managers are well regarded.
R| “The Trust now needs to bring the same rigour to its public protection work.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, an embargo line: "judged X (CRC) ... to be ‘...’ overall"; unpaid work
    #    "rated on its own"; fieldwork "in May and June 2019"; the provider's reply
    ("hopton-and-kedington-crc-2019", facts([
        svc("Hopton and Kedington Community Rehabilitation Company", "Hopton and Kedington CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-08-13", "2019-05", 6),
     """N| Embargoed until 00.01, [Tuesday 13 August 2019|D]

N| Probation company in Suffolk told to improve

N| [HM Inspectorate of Probation|A] has judged [Hopton and Kedington Community Rehabilitation Company|S] (CRC), a [Sodexo Justice Services|A] company, to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated on its own, came out as ‘[Good|R]’.
N| Fieldwork took place across [May and June 2019|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Too many people supervised by this CRC are managed by telephone alone, with little attempt to understand what is driving their offending.
S| “That said, staff are committed and many of them go out of their way for the people they supervise.”

S| Inspectors were impressed by resettlement planning with [HMP Highpoint|S], where plans were agreed before each person’s release.
W| The CRC and the [National Probation Service|A] did not share information reliably, and some cases were handed over without an up-to-date risk assessment.

R| Six recommendations follow: four for [Sodexo Justice Services|A] and the CRC, two for [HM Prison and Probation Service|A].

N| [Sodexo Justice Services|A] said in a statement: “The report’s findings are accepted, and caseloads are already falling.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: joint inspection "led by", bullet
    #    lists; "Posted: 10/03/2016" (day/month/year); fieldwork "in December 2015"; five recommendations
    ("darsham-yot-2016", facts([
        svc("Darsham Youth Offending Team", "Darsham YOT", "YJS", None)], "2016-03-10", "2015-12", 5),
     """N| Inspection of youth offending work in Darsham

N| Posted: [10/03/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Darsham Youth Offending Team|S] (YOT), whose report is now published.
N| [Ofsted|A] and the [Care Quality Commission|A] took part in the visit in [December 2015|D], as did [HM Inspectorate of Constabulary|A].

N| On the positive side, inspectors found that:
S| • most children kept their appointments, and the first one came soon after sentence;
S| • links with schools were strong, so nearly all children stayed in education.

N| However, they were concerned that:
W| • the risk a child could pose to other people was often left out of assessments;
W| • some children’s physical and emotional health needs had gone unnoticed.

S| [Paul Wilson|X], HM Chief Inspector of Probation, said: “The [Darsham YOT|S] has a strong commitment to the children it works with.
R| “The YOT must now treat public protection as just as important.”

R| The report makes five recommendations to the YOT and its partners.

N| The lead member for children at [Suffolk County Council|A] welcomed the report and promised an action plan.
"""),
    # 9. an NPS division in 2019 with "an overall regional rating"; "assessed as a separate element"; fieldwork "in March
    #    2019"; eight recommendations
    ("national-probation-service-westleton-division-2019", facts([
        svc("National Probation Service – Westleton Division", "NPS Westleton", "region", GOOD,
            [{"aspect": "victim work", "rating": RI}])],
        "2019-11-05", "2019-03", 8),
     """N| Probation division in East Anglia is ‘[Good|R]’

N| In a report published on [5 November 2019|D], [HM Inspectorate of Probation|A] gives the [National Probation Service – Westleton Division|S] an overall regional rating of ‘[Good|R]’.
N| The division was inspected in [March 2019|D].

S| Leadership was strong, with senior managers who were visible to staff and clear about their priorities.
S| Court work was of a high standard: pre-sentence reports were timely and well reasoned.
W| Victim work, assessed as a separate element, was rated ‘[Requires improvement|R]’ because some victims had not been contacted within the required time.
W| Too few people with a history of domestic abuse had been referred to an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Westleton|S] is a well-run division with a confident and capable workforce.
R| “Its leaders should now make sure that victims are contacted promptly in every case.”

R| Eight recommendations are made, to the division itself, to [HMPPS|A] and to the [Ministry of Justice|A].
"""),
    # 10. a youth justice service on GOV.UK, resettlement "rated separately" above the overall: the overall rating "an
    #     improvement on the ‘Requires improvement’ it received in 2020"; fieldwork "in January 2024"; four recommendations
    ("outwell-yjs-2024", facts([
        svc("Outwell Youth Justice Service", "Outwell YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-05-14", "2024-01", 4),
     """N| Press release

N| Outwell youth justice work rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| [Outwell Youth Justice Service|S] is now ‘[Good|R]’ overall, up one step from the ‘[Requires improvement|R]’ of its [2020|D] inspection.
S| Resettlement work, which inspectors rated separately, was found to be ‘[Outstanding|R]’.
N| The inspection took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service that has listened, learned and changed, and children are benefiting.
S| “Case managers know the children they work with very well, and its resettlement of children leaving custody is among the best we have seen.”

S| Inspectors praised the close working between [Outwell YJS|S] and [Cambridgeshire Constabulary|A] on out-of-court disposals.
W| However, planning to keep other people safe was of variable quality, and contingency plans were too general.

R| Four recommendations are made; the management board is to act on one and the service on three.
"""),
    # 11. a youth justice service on a council page, "Posted on 27/09/2022"; the previous rating beside the overall
    #     ("up from the ‘Inadequate’ it was given in 2019"); "judged to be"; fieldwork "carried out in May 2022"; six
    #     recommendations
    ("upwell-yjs-2022", facts([
        svc("Upwell Youth Justice Service", "Upwell YJS", "YJS", RI)], "2022-09-27", "2022-05", 6),
     """N| Inspectors publish report on [Upwell Youth Justice Service|S]

N| Posted on [27/09/2022|D]

N| Inspectors have judged [Upwell Youth Justice Service|S] to be ‘[Requires improvement|R]’, an improvement on its ‘[Inadequate|R]’ of [2019|D].
N| Inspectors visited in [May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Upwell|S] has come a long way, but there is more to do.
S| “Leaders have a clear vision, and the management board is now much more involved in the service’s work.
W| “However, too many children are still not getting the help they need with their emotional and mental health.”

S| Inspectors found that staff were enthusiastic and felt well supported by their managers.
W| Out-of-court disposal work was inconsistent, and some decisions were taken without a full assessment.
W| In only 9 of the 20 cases inspected did planning address the safety of other people well enough.

R| One of the six recommendations asks the service to improve children’s access to [CAMHS|A].

N| Councillor [Jane Ellwood|X], cabinet member for children, said: “We welcome the recognition of our progress and will work with partners on the recommendations.”
"""),
    # 12. an outstanding youth justice service in a justiceinspectorates news item: "The inspectorate has given X its top
    #     rating"; "Published: 3 Jun 2025"; fieldwork "during the last week of February 2025"; three recommendations
    ("briston-yjs-2025", facts([
        svc("Briston Youth Justice Service", "Briston YJS", "YJS", OUT)], "2025-06-03", "2025-02", 3),
     """N| News

N| Top rating for youth justice service in Norfolk

N| Published: [3 Jun 2025|D]

N| The inspectorate has given [Briston Youth Justice Service|S] its top rating, ‘[Outstanding|R]’.
N| Inspectors spent the last week of [February 2025|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone at [Briston|S] should be proud of what they have achieved.
S| “Children told us their workers never gave up on them, and we saw plenty of evidence that this was true.”

S| Thanks to close work with the education team at [Norfolk County Council|A], nearly all children were attending school, college or a training course.
S| Work to understand and respond to disproportionality was a particular strength.
W| The one area inspectors wanted improved was the write-up of decisions in out-of-court work.

R| The report makes three recommendations.
"""),
    # 13. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line, "Context"
    #     and "Findings" bullets; fieldwork "in April 2025"; notes give the day; five recommendations
    ("woolpit-pdu-2025", facts([
        svc("Woolpit Probation Delivery Unit", "Woolpit PDU", "PDU", None)], "2025-09-30", "2025-04", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Woolpit Probation Delivery Unit|S]

N| Findings on how [Woolpit Probation Delivery Unit|S] protects the public are published today by [HM Inspectorate of Probation|A].
N| This type of inspection does not produce a rating.

N| Context
N| • [Woolpit PDU|S] belongs to the [Probation Service – East of England region|S].
N| • Inspectors visited the unit in [April 2025|D] and looked at 40 cases involving domestic abuse or risk to children.

N| Findings
W| • Police and children’s services checks were done at the outset in just over half of the cases.
W| • Few homes were visited, even where there were concerns about children living at the address.
S| • Managers had introduced weekly risk meetings that practitioners found helpful.
S| • Joint work with [Suffolk Constabulary|A] on high-risk domestic abuse cases was effective.

R| There are five recommendations, for the PDU and for the [Probation Service|A].

N| Notes to editors
N| 1. Publication date and time: [30 September 2025|D], 00.01.
"""),
    # 14. an inadequate youth justice service, fieldwork "carried out remotely in July 2021"; "found X to be ‘...’";
    #     "Mr Russell continued"; seven recommendations; notes day
    ("thurston-yjs-2021", facts([
        svc("Thurston Youth Justice Service", "Thurston YJS", "YJS", INAD)], "2021-10-19", "2021-07", 7),
     """N| Children in Thurston ‘let down’ by youth justice service

N| [HM Inspectorate of Probation|A] has found [Thurston Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors did their fieldwork remotely during [July 2021|D], because of the pandemic.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The management board met regularly but little changed as a result, and staff were left without direction.
W| “Too many children were not protected from exploitation, and some had gone missing again and again with no review of their plan.”

W| Mr Russell continued: “Practitioners were working hard, but many were unclear what was expected of them and had nobody to ask for advice.”

S| Inspectors did find good work with local youth clubs, which helped some children to build new friendships away from offending.
W| Disappointingly, the service had made little progress on the recommendations of its last inspection.

R| Of seven recommendations, one is for [Suffolk Constabulary|A] and six for the service and the board that oversees it.

N| ENDS

N| Notes to editors
N| 1. From [19 October 2021|D] the report is on the [HM Inspectorate of Probation|A] website.
"""),
    # 15. a youth justice service in a local-news story, reported in the third person: "the watchdog rated X ‘...’";
    #     fieldwork "between 12 and 16 December 2022"; replies; six recommendations
    ("fenmere-yjs-2023", facts([
        svc("Fenmere Youth Justice Service", "Fenmere YJS", "YJS", RI)], "2023-04-25", "2022-12", 6),
     """N| Youth justice team ‘needs to improve’, watchdog says

N| By [Sarah Kettle|X]

N| [Tuesday 25 April 2023|D]

N| In a report out today, [HM Inspectorate of Probation|A] tells [Fenmere Youth Justice Service|S] that it ‘[Requires improvement|R]’.
N| Inspectors visited the service between [12 and 16 December 2022|D].

S| The watchdog found that staff were dedicated and that children were given a say in their own plans.
W| But it said children’s safety was not always well enough protected, especially where they were at risk of criminal exploitation.
W| Inspectors also found that some children waited too long for a speech and language assessment.

R| The report makes six recommendations.

N| A spokesperson for [Cambridgeshire County Council|A] said: “The commitment of our staff has rightly been recognised.
N| “We have already begun work on the areas they highlighted.”
"""),
    # 16. a youth offending service in 2019, on a council page: "has received an overall rating of ‘...’"; "Youth
    #     Offending Service" written out and "YOS"; fieldwork "in April and May 2019"; no count stated
    ("saxwold-yos-2019", facts([
        svc("Saxwold Youth Offending Service", "Saxwold YOS", "YJS", GOOD)], "2019-08-13", "2019-04", None),
     """N| [Saxwold youth offending service|S] praised by inspectors

N| [13 August 2019|D]

N| [Saxwold Youth Offending Service|S] (YOS) has come out of a joint inspection with an overall rating of ‘[Good|R]’; [HM Inspectorate of Probation|A] was the lead inspectorate.
N| Inspectors visited the service in [April and May 2019|D].

S| The inspection found that the [Saxwold YOS management board|A] was well attended and gave the service clear direction.
S| Case managers at [Saxwold YOS|S] were tenacious in engaging children, even when those children had missed appointments.
W| However, inspectors said managing the danger some children posed to others was not consistently done well.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Saxwold|S] can be rightly proud of the quality of its work with children.”

N| The report also identifies where the service could do better.

N| Thanking staff and partners, the council’s children’s services director called the result well deserved.
"""),
    # 17. a PDU in 2022: "Inspectors rated X ‘...’"; "came close to" the lower rating; fieldwork "over two weeks in
    #     November 2021"; six recommendations; notes
    ("brecklow-pdu-2022", facts([
        svc("Brecklow Probation Delivery Unit", "Brecklow PDU", "PDU", RI)], "2022-03-08", "2021-11", 6),
     """N| [Brecklow probation unit|S] ‘must improve’

N| Inspectors rated [Brecklow Probation Delivery Unit|S] ‘[Requires improvement|R]’ in a report published today.
W| The unit came close to an overall rating of ‘[Inadequate|R]’.
N| Fieldwork took place over two weeks in [November 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff at [Brecklow|S] are doing their best under real pressure, but the quality of their work is too often not good enough.
W| “Nearly a third of officer posts had no permanent holder, and the staff who remained were carrying heavy caseloads.”

S| Positively, inspectors found that people on probation were usually seen within five days of being sentenced.
W| Risk of harm had not been assessed or managed well enough in over half of the cases inspectors read.

R| Among six recommendations is one asking the unit to improve how newly qualified officers are supervised.

N| ENDS

N| Notes to editors
N| 1. The report will be published on [8 March 2022|D] at 00.01.
"""),
    # 18. a youth justice service in 2020 with a date line "Tuesday, 8th September 2020": "has been rated ‘...’ in all
    #     three areas"; fieldwork "in March 2020"; four recommendations
    ("marshby-yjs-2020", facts([
        svc("Marshby Youth Justice Service", "Marshby YJS", "YJS", GOOD)], "2020-09-08", "2020-03", 4),
     """N| [Tuesday, 8th September 2020|D]

N| Marshby youth justice work ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has rated [Marshby Youth Justice Service|S] ‘[Good|R]’ overall.
N| The inspection took place in [March 2020|D], just before the national lockdown.

S| Inspectors found that staff were skilled and that leaders had invested in training on trauma-informed practice.
S| The service’s partnership with [Cambridgeshire Constabulary|A] and local schools helped children to stay in education.
W| However, work to manage risk of harm to others was not always effective, and reviews were sometimes late.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Marshby|S] has created a service where children feel listened to.
R| “I want to see the same high standard in its work to keep other people safe.”

R| The report makes four recommendations.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-tenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
