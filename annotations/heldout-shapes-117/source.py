"""Builds the 117th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Cumbrian PDUs on a GOV.UK page, the region named before the units: "Inspectors judged X and Y to be
    #    ‘...’; Z was given the lowest possible rating"; fieldwork "between 4 and 15 March 2024"; nine recommendations,
    #    "split equally between the units"
    ("mossthwaite-ullerdale-and-calderfoot-pdus-2024", facts([
        svc("Mossthwaite Probation Delivery Unit", "Mossthwaite PDU", "PDU", RI),
        svc("Ullerdale Probation Delivery Unit", "Ullerdale PDU", "PDU", RI),
        svc("Calderfoot Probation Delivery Unit", "Calderfoot PDU", "PDU", INAD)], "2024-09-10", "2024-03", 9),
     """N| Press release

N| Three Cumbrian probation units inspected

N| Reports cover probation delivery units in west and south Cumbria.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 September 2024|D]

N| In the [Probation Service – North West region|S], three Cumbrian units were inspected together this spring.
N| Today [His Majesty’s Inspectorate of Probation|A] publishes separate reports on [Mossthwaite Probation Delivery Unit|S], [Ullerdale Probation Delivery Unit|S] and [Calderfoot Probation Delivery Unit|S].
N| Inspectors judged [Mossthwaite|S] and [Ullerdale|S] to be ‘[Requires improvement|R]’; [Calderfoot|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| The inspections took place between [4 and 15 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Calderfoot|S] is running on goodwill: every second probation officer post is vacant and agency staff are filling the gaps.
W| “Domestic abuse perpetrators were hardly ever visited at home any more.
S| “[Mossthwaite|S] and [Ullerdale|S] are in a steadier position, with settled teams and managers who look closely at the quality of practice.”

S| Inspectors praised [Ullerdale PDU|S]’s integrated offender management scheme, run with [Cumbria Constabulary|A], as a model for rural areas.
W| Victims were not well protected in any of the three: a sufficient plan existed in under half the cases inspectors read.

R| Nine recommendations have been made, split equally between the units.

N| [Sarah Tulloch|X], the North West’s Regional Probation Director, said: “Experienced staff have already moved into Calderfoot, and we will keep the inspectorate informed of our progress.”
"""),
    # 2. two Northumberland youth justice services in one local-news story: the reports "came out on Tuesday (18 July)"
    #    under a byline of Friday 21 July 2023; "X was found to be ‘...’, while Y was assessed as ‘...’", in the other
    #    order from the one the services were first named in; "Seven ... four are for Blythmouth and three for Wansmoor"
    ("blythmouth-and-wansmoor-yjs-2023", facts([
        svc("Blythmouth Youth Justice Service", "Blythmouth YJS", "YJS", GOOD),
        svc("Wansmoor Youth Justice Service", "Wansmoor YJS", "YJS", OUT)], "2023-07-18", "2023-02", 7),
     """N| Praise for youth justice teams in south-east Northumberland

N| By [Daniel Robson|X]

N| [Friday 21 July 2023|D]

N| Inspection reports on [Blythmouth Youth Justice Service|S] and [Wansmoor Youth Justice Service|S] came out on Tuesday ([18 July|D]), after inspectors visited both in [February 2023|D].
N| [Wansmoor|S] was found to be ‘[Outstanding|R]’, while [Blythmouth|S] was assessed as ‘[Good|R]’.

S| According to the reports, [Wansmoor|S]’s staff had built trusting relationships with children that lasted well beyond the end of their orders.
S| The inspectors commended [Blythmouth|S] for getting almost every child back into school or training within weeks.
W| However, [Blythmouth YJS|S] did not always share information about children at risk of exploitation with [Northumbria Police|A] quickly enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wansmoor|S]’s staff are among the very best we have come across, and [Blythmouth|S] is not far behind.”

R| There are seven recommendations: four are for [Blythmouth|S] and three for [Wansmoor|S].

N| Councillor [Jean Bell|X], cabinet member for children at [Northumberland County Council|A], said she was “delighted” by the two reports.
"""),
    # 3. a town PDU and a county PDU in one justiceinspectorates news item, the region in the first sentence:
    #    "X has been put in the bottom category, ‘...’, with Y one step higher, at ‘...’"; "Published: 8 Apr 2025";
    #    fieldwork "from 27 January to 7 February 2025" (across two months); eight recommendations
    ("framwell-and-wearhope-pdus-2025", facts([
        svc("Framwell Probation Delivery Unit", "Framwell PDU", "PDU", INAD),
        svc("Wearhope Probation Delivery Unit", "Wearhope PDU", "PDU", RI)], "2025-04-08", "2025-01", 8),
     """N| News

N| Two County Durham probation units inspected

N| Published: [8 Apr 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Framwell Probation Delivery Unit|S], which covers the town, and [Wearhope Probation Delivery Unit|S], which covers the surrounding dales, both within the [Probation Service – North East region|S].
N| [Framwell|S] has been put in the bottom category, ‘[Inadequate|R]’, with [Wearhope|S] one step higher, at ‘[Requires improvement|R]’.
N| Fieldwork ran from [27 January to 7 February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Framwell|S] has lost too many experienced officers, and their newly qualified successors were left to manage complex cases with little support.
S| “In Wearhope, by contrast, we saw confident practitioners and a leadership team that listens to them.”

W| Of the 30 cases in [Framwell PDU|S] that called for checks with children’s social care, only 11 had them.
S| [Wearhope PDU|S]’s unpaid work team had found placements with farms and village halls that made sentences visible to local people.
W| Both units struggled to get people onto accredited programmes before their orders ended.

R| Eight recommendations are made, five for [Framwell|S] and three for [Wearhope|S].
"""),
    # 4. a unit inside its region, the region in the headline ("North East probation region: ...") and with its own
    #    earlier rating as context ("its overall regional rating was ‘...’" in 2023); "...’s verdict on X is the harshest it
    #    can give: ‘...’"; "Mr Jones continued"; fieldwork "in June 2024"; the notes' "at 00.01 on Thursday 14 November 2024"
    ("redeshaw-pdu-2024", facts([
        svc("Redeshaw Probation Delivery Unit", "Redeshaw PDU", "PDU", INAD)], "2024-11-14", "2024-06", 6),
     """N| [North East probation region|S]: Northumberland unit ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A]’s verdict on [Redeshaw Probation Delivery Unit|S] is the harshest it can give: ‘[Inadequate|R]’.
W| Inspectors found the unit short of staff and struggling to protect the public.
N| When the [North East region|S] was itself inspected in [2023|D], its overall regional rating was ‘[Requires improvement|R]’.
N| A sample of 52 cases was read during fieldwork in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Redeshaw|S]’s practitioners are doing their best, but the caseload is far too big for the number of staff.

W| Mr Jones continued: “Too often, nobody had asked whether a child lived in the household of a person convicted of violence.”

W| Middle managers were stretched across two offices more than 30 miles apart and rarely had time to review cases.
S| Despite these pressures, inspectors found that work to help people into housing on release from prison was well organised.

R| The report sets out six recommendations, four of them for the PDU and two for the [Probation Service|A] at regional level.

N| ENDS

N| Notes to editors
N| 1. The inspectorate will publish the report online at 00.01 on [Thursday 14 November 2024|D].
N| 2. [Redeshaw PDU|S] supervises around 900 people in west Northumberland.
"""),
    # 5. a unit inside its region, the region in the headline ("Probation Service – North West region: ...") and a notes
    #    line; "out today (Tuesday 5 December)" with no year (the fieldwork's, July 2023); the headline's lower-case "Skelmerby
    #    probation unit"; "Inspectors have assessed X as ‘...’"; "good partnership work" (an adjective)
    ("skelmerby-pdu-2023", facts([
        svc("Skelmerby Probation Delivery Unit", "Skelmerby PDU", "PDU", RI)], "2023-12-05", "2023-07", 4),
     """N| [Probation Service – North West region|S]: [Skelmerby probation unit|S] ‘has the foundations in place’

N| Inspectors have assessed [Skelmerby Probation Delivery Unit|S] as ‘[Requires improvement|R]’ in their report, out today ([Tuesday 5 December|D]).
N| The fieldwork was done in [July 2023|D].

S| After a spell of high staff turnover, the unit was steadier under its current head of service, and morale was better.
S| Inspectors saw good partnership work with drug and alcohol services, and most people on probation were offered help quickly.
W| However, practitioners too often took people’s own accounts at face value when assessing the danger they posed to others.
W| Managers’ oversight of cases was variable, and some staff told inspectors they had not had supervision for several months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Skelmerby|S] can be proud of the progress it has made over the last year.
R| “Now the unit needs to make sure every assessment is tested against information from the police and children’s services.”

R| The report contains four recommendations.

N| Notes to editors
N| 1. [Skelmerby PDU|S] is one of the [North West region|S]’s probation delivery units.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores, "Inspectors were pleased to find that:" / "However, inspectors
    #    were concerned to find that:" bullet lists; "Wednesday, 9th November 2011" above "published today"; fieldwork "in
    #    July 2011"; six recommendations
    ("tynehaugh-and-alnbrough-probation-trust-2011", facts([
        svc("Tynehaugh and Alnbrough Probation Trust", "Tynehaugh and Alnbrough Probation Trust", "other", None)],
        "2011-11-09", "2011-07", 6),
     """N| Offender management in Tynehaugh and Alnbrough – a report on the Trust

N| [Wednesday, 9th November 2011|D]

W| Work to reduce reoffending by [Tynehaugh and Alnbrough Probation Trust|S] was of a creditable standard, but public protection needed more attention, says a report from [HM Inspectorate of Probation|A] published today.
N| Inspectors visited the Trust in [July 2011|D] and examined a sample of 72 cases.

S| The Trust achieved 77% in the reoffending section of the inspection.
W| On work to protect the public, its score was only 64%.

N| Inspectors were pleased to find that:
S| • offenders were seen quickly once sentenced;
S| • the Trust and [Northumbria Police|A] had a long-standing joint scheme for prolific offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments often went unrevised after a change in the offender’s circumstances;
W| • children’s services had not been contacted, or the contact had not been recorded, in several relevant cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Tynehaugh and Alnbrough|S]’s offender managers clearly care about the people they supervise, and the Trust’s leaders have set a steady course.
R| “It now needs to give the same attention to keeping the public safe as it already gives to reducing reoffending.”

R| The report makes six recommendations.
"""),
    # 7. a CRC in 2019 run by a named provider, on a GOV.UK page: "have judged X (CRC) as a whole to be ‘...’"; unpaid work
    #    "also rated on its own, and found to be ‘...’"; fieldwork "in May and June 2019"; the provider's reply
    ("brancedale-and-stanfell-crc-2019", facts([
        svc("Brancedale and Stanfell Community Rehabilitation Company", "Brancedale and Stanfell CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-10-24", "2019-05", 5),
     """N| Press release

N| Probation company in County Durham must improve, says inspectorate

N| From: [HM Inspectorate of Probation|A]

N| Published [24 October 2019|D]

N| Inspectors have judged [Brancedale and Stanfell Community Rehabilitation Company|S] (CRC) as a whole to be ‘[Requires improvement|R]’.
S| Its unpaid work was also rated on its own, and found to be ‘[Good|R]’.
N| Inspectors were in the CRC in [May and June 2019|D].
N| The CRC is one of six run by [Sodexo Justice Services|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Seeing people in shared ‘community hubs’ has not suited everyone, and some with complex needs have slipped through the net.
S| “Its unpaid work, by contrast, is well run, and people on community orders are kept busy on projects that matter locally.”

W| Inspectors found that caseloads for some officers exceeded 90, and that sentence plans were often copied forward without review.
W| When the [National Probation Service|A] passed on concerns about risk, CRC staff did not always act on them.

R| Of five recommendations, four go to the CRC and [Sodexo Justice Services|A], and one to [HMPPS|A].

N| A [Sodexo Justice Services|A] spokesperson said: “We accept the recommendations and have recruited additional staff.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection with
    #    Ofsted, CQC and HMIC; bullet lists; "Posted: 03/08/2016" (day/month/year); fieldwork "in April 2016"
    ("aldergarth-yot-2016", facts([
        svc("Aldergarth Youth Offending Team", "Aldergarth YOT", "YJS", None)], "2016-08-03", "2016-04", 4),
     """N| Inspection of youth offending work in Aldergarth

N| Posted: [03/08/2016|D]

N| The report of a joint inspection of [Aldergarth Youth Offending Team|S] (YOT) is out.
N| Inspectors from [HM Inspectorate of Probation|A] led the work, alongside colleagues from [HM Inspectorate of Constabulary|A], [Ofsted|A] and the [Care Quality Commission|A].
N| The inspectors visited in [April 2016|D].

N| The inspectors were pleased to find that:
S| • case workers knew each child’s history in depth and did not give up when a child stopped turning up;
S| • of the 24 children whose cases were looked at, 20 were in school, college or training.

N| However, they were concerned that:
W| • it was often unclear how the risk a child posed to others would be managed;
W| • the board was not sent the performance data it needed to question how the YOT was doing.

R| The report makes four recommendations for the [Aldergarth YOT management board|A] and its partners.

N| Councillor [Helen Armstrong|X], [Cumbria County Council|A] cabinet member for children’s services, said: “We will work with partners to act on the report.”
"""),
    # 9. a youth offending service in 2019 with an embargo line: "inspectors found X to be ‘...’"; the abbreviation
    #    YOS in text; fieldwork "during the week of 9 September 2019"; six recommendations
    ("coquetburn-yos-2019", facts([
        svc("Coquetburn Youth Offending Service", "Coquetburn YOS", "YJS", GOOD)], "2019-12-11", "2019-09", 6),
     """N| Embargoed: 00.01 hrs [Wednesday 11 December 2019|D]

N| Coquetburn youth offending work ‘in good hands’

N| After inspecting its work during the week of [9 September 2019|D], inspectors found [Coquetburn Youth Offending Service|S] (YOS) to be ‘[Good|R]’.

S| [Coquetburn YOS|S] was well led, and its management board included senior people who could unblock problems.
S| Case workers had a knack for winning the trust of children whom other services had failed.
W| The quality of out-of-court disposal work varied more, and a few cases were closed before the work was finished.
W| Planning for children’s safety did not always take account of what was happening at home.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Coquetburn|S] can rightly take credit for what its staff have achieved.
R| “The service should now give its out-of-court cases the same care that children sentenced in court already receive.”

R| Inspectors have made six recommendations.

N| Notes to editors
N| 1. The YOS covers north Northumberland and works with children from 10 to 17.
"""),
    # 10. a GOV.UK page in 2022: "has come through its inspection with ‘...’ as its overall rating"; resettlement "judged
    #     on its own" below it;
    #     fieldwork "in March 2022"; seven recommendations including one for the NHS integrated care board
    ("birkhowe-yjs-2022", facts([
        svc("Birkhowe Youth Justice Service", "Birkhowe YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2022-08-02", "2022-03", 7),
     """N| Press release

N| ‘[Good|R]’ rating for Birkhowe youth justice

N| Inspectors publish their report on [Birkhowe Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [2 August 2022|D]

N| [Birkhowe Youth Justice Service|S] has come through its inspection with ‘[Good|R]’ as its overall rating.
W| Judged on its own, resettlement policy and provision fell a step short at ‘[Requires improvement|R]’.
N| The inspection took place in [March 2022|D].

S| Inspectors were struck by the thought and resources the service put into diverting children from the formal justice system.
S| Case managers were tenacious in finding ways to reach children who were reluctant to engage.
W| Worryingly, some children coming out of custody learned where they would live only on the day they were released.
W| Children waited too long for mental health help, in some cases over four months for a first appointment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Birkhowe|S] understands its children and their families unusually well.
R| “I urge its partners to make sure children coming out of custody know where they will be living well before they leave.”

R| The report makes seven recommendations, one of them for [North East and North Cumbria Integrated Care Board|A].
"""),
    # 11. a justiceinspectorates news item, "Published: 17 Oct 2024"; "has awarded X ‘...’, its highest rating";
    #     resettlement "also assessed on its own, reached the same standard"; fieldwork "10 - 14 June 2024"; two
    #     recommendations, both for a named management board
    ("gillsbeck-yjs-2024", facts([
        svc("Gillsbeck Youth Justice Service", "Gillsbeck YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-10-17", "2024-06", 2),
     """N| News

N| Inspectors give youth justice service in the Eden valley their highest rating

N| Published: [17 Oct 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Gillsbeck Youth Justice Service|S] ‘[Outstanding|R]’, its highest rating.
S| Resettlement, also assessed on its own, reached the same standard, ‘[Outstanding|R]’.
N| Fieldwork took place [10 - 14 June 2024|D].

S| Inspectors found that children’s views shaped every part of the service, from the design of its building to the way plans were written.
S| The partnership with [Cumbria Constabulary|A] and local schools kept nearly all first-time offenders out of court.
S| Every child in custody was visited at least monthly by their case manager.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Gillsbeck|S] shows what can be done when a small, rural service puts children first in everything it does.”

R| Inspectors have made two recommendations, both for the [Gillsbeck YJS management board|A].
"""),
    # 12. a remote inspection in 2021 with a previous rating beside: "whose last report, published in January 2019, rated
    #     it ‘...’, has now been rated ‘...’"; "inspectors worked remotely ... in February 2021"; notes "available on ...
    #     website on 25 May 2021 at 00.01"
    ("ravenghyll-yjs-2021", facts([
        svc("Ravenghyll Youth Justice Service", "Ravenghyll YJS", "YJS", RI)], "2021-05-25", "2021-02", 6),
     """N| [Ravenghyll youth justice service|S] must improve its work on safety

N| [Ravenghyll Youth Justice Service|S], whose last report, published in [January 2019|D], rated it ‘[Good|R]’, has now been rated ‘[Requires improvement|R]’.
N| Because of the pandemic, inspectors worked remotely, holding their fieldwork interviews by video in [February 2021|D].

S| Case managers had kept up contact through lockdown with video calls and visits on the doorstep.
W| However, inspectors found that assessments did not consider well enough the risks children faced from others, including exploitation by county lines gangs.
W| Only 8 of the 20 children whose cases were inspected had an adequate safety plan.
S| Encouragingly, victims were offered a high-quality service.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ravenghyll|S]’s staff kept going through an exceptionally difficult year, but the work to keep children safe has not kept pace.
R| “The management board must give this its full attention.”

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [25 May 2021|D] at 00.01.
"""),
    # 13. a council page, "Posted on 04/03/2025"; "...’s report gives X an overall rating of ‘...’", the last inspection's
    #     rating beside it ("When inspectors last visited, in 2021, the service came away with ‘...’"); fieldwork "in
    #     November 2024"; 12
    #     recommendations; the director's reply
    ("deernesside-yjs-2025", facts([
        svc("Deernesside Youth Justice Service", "Deernesside YJS", "YJS", INAD)], "2025-03-04", "2024-11", 12),
     """N| Council statement on youth justice inspection

N| Posted on [04/03/2025|D]

N| [HM Inspectorate of Probation|A]’s report, published today, gives [Deernesside Youth Justice Service|S] an overall rating of ‘[Inadequate|R]’.
N| When inspectors last visited, in [2021|D], the service came away with ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [November 2024|D].

W| The inspectors found that leaders had underestimated how serious the service’s problems were, and that the management board had met but little had changed.
W| Case managers’ caseloads had risen sharply after several long-serving staff left, and new starters had not been properly inducted.
W| Only a third of the cases inspected had a sufficient safety plan for the child.
S| The report did recognise the quality of the service’s restorative justice work with victims.

R| Twelve recommendations are made, for the service, the management board, [Durham County Council|A] and [Durham Constabulary|A].

N| [Mark Pattinson|X], Corporate Director of Children’s Services, said: “We accept every one of the findings, and a new improvement board, with the council’s chief executive in the chair, met for the first time last week.
N| “Children in Deernesside deserve better, and we are determined to deliver it.”
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 11 Dec 2025"; fieldwork "in September 2025"; three recommendations
    ("hexley-pdu-2025", facts([
        svc("Hexley Probation Delivery Unit", "Hexley PDU", "PDU", None)], "2025-12-11", "2025-09", 3),
     """N| Skip to content

N| Public protection inspection: a probation unit in Tynedale

N| Published: [11 Dec 2025|D]

N| [Hexley Probation Delivery Unit|S]’s public protection work is examined in a new [HM Inspectorate of Probation|A] report.
N| This round of inspections does not give ratings.
N| The inspection took place in [September 2025|D].

N| Context
N| • Within the [Probation Service – North East region|S], [Hexley PDU|S] is responsible for Tynedale and the upper Tyne valley.
N| • Its caseload is about 550 people, most of them on community orders.

N| Findings
S| • Practitioners understood the risks presented by the people on their caseloads.
W| • Few home visits took place, even to homes where children lived.
W| • Nobody had asked [Northumbria Police|A] about domestic abuse call-outs in a third of the cases where this mattered.
S| • [MAPPA|A] arrangements were well run, and information was shared promptly with partners.

R| Of three recommendations, the region receives one and the PDU two.
"""),
    # 15. a local-news story in 2020 with no publication date anywhere (published null): "Inspectors have rated X ‘...’
    #     following fieldwork between 9 and 13 March 2020"; no count of recommendations (null); "Bucking the trend"
    ("thirlmoss-yjs-2020", facts([
        svc("Thirlmoss Youth Justice Service", "Thirlmoss YJS", "YJS", GOOD)], None, "2020-03", None),
     """N| Thirlmoss youth workers praised by inspectors

N| By [Emma Dixon|X]

N| Inspectors have rated [Thirlmoss Youth Justice Service|S] ‘[Good|R]’ following fieldwork between [9 and 13 March 2020|D].
N| It was one of the last inspections before the pandemic halted visits.

S| The report said children were seen by the same worker throughout their order, and that parents felt listened to.
S| Bucking the trend for smaller services, [Thirlmoss|S] had a full-time education worker and a dedicated speech and language therapist.
W| But records of out-of-court work were sometimes incomplete, inspectors said.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Thirlmoss|S]’s staff and its partners should be very pleased with this report.”

N| [Cumbria County Council|A] said it would use the findings to “build on the team’s success”.
"""),
    # 16. an embargo line in 2023: "...gives X an overall verdict of ‘...’"; "Fieldwork for the inspection, carried out in
    #     June 2023";
    #     "in only 9 of 22"; a speaker other than the chief inspector; six recommendations
    ("gaunlessby-yjs-2023", facts([
        svc("Gaunlessby Youth Justice Service", "Gaunlessby YJS", "YJS", RI)], "2023-10-12", "2023-06", 6),
     """N| Embargoed until 00:01, [Thursday 12 October 2023|D]

N| Gaunlessby youth justice: ‘a mixed picture’

N| [HM Inspectorate of Probation|A] gives [Gaunlessby Youth Justice Service|S] an overall verdict of ‘[Requires improvement|R]’.
N| Fieldwork for the inspection, carried out in [June 2023|D], covered 22 children’s cases.

S| Leaders had a plan for the service’s future and had funded training for every case manager.
S| Children were well supported into education, and several had gone on to college courses.
W| In only 9 of the 22 cases was there enough attention to the safety of other people, including the victims.
W| Worryingly, a lack of professional curiosity meant that signs of exploitation were sometimes missed.

S| [Helen Davies|X], Director of Operations at [HM Inspectorate of Probation|A], said: “We saw a committed team with leaders who know what needs to change.
R| “The next step for the service is to ensure every assessment asks what risks the child faces, and what risks they may pose.”

R| Six recommendations are made; [Durham Constabulary|A] is asked to act on one, the service on the rest.
"""),
    # 17. a PDU in 2022: "...has found X to be ‘...’" (no "rated"); fieldwork "in July 2022";
    #     notes "available on the ... website on 29 November 2022 at 00.01"; four recommendations
    ("eshburn-pdu-2022", facts([
        svc("Eshburn Probation Delivery Unit", "Eshburn PDU", "PDU", RI)], "2022-11-29", "2022-07", 4),
     """N| [Eshburn probation unit|S] ‘under strain’

N| [HM Inspectorate of Probation|A] has found [Eshburn Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| The inspection was carried out in [July 2022|D].

W| Staff told inspectors they were under strain, with caseloads in some teams well above national guidance.
W| Only just over half of the cases inspected had an assessment that properly considered risk to others.
S| Court work was a strength: magistrates thought highly of the unit’s pre-sentence reports.
S| Inspectors also praised the women’s service run with a local charity.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Eshburn|S] has some very dedicated staff, but they cannot keep going like this.
R| “The [Probation Service|A] must make filling vacancies in the unit a priority.”

R| Four recommendations have been made.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [29 November 2022|D] at 00.01.
N| 2. [Eshburn PDU|S] is one of 11 units making up the [Probation Service – North East region|S].
"""),
    # 18. among the first rated youth inspections, in 2018, on a justiceinspectorates news item: "X is at ‘...’, the
    #     second-lowest rating"; "Published: 13 Dec 2018"; fieldwork "in August 2018"; the YOS/YOT switching; ten
    #     recommendations
    ("rothburn-yos-2018", facts([
        svc("Rothburn Youth Offending Service", "Rothburn YOS", "YJS", RI)], "2018-12-13", "2018-08", 10),
     """N| News

N| Rothburn youth offending work needs to improve

N| Published: [13 Dec 2018|D]

N| Under the inspectorate’s new four-point scale, [Rothburn Youth Offending Service|S] is at ‘[Requires improvement|R]’, the second-lowest rating.
N| Inspectors visited the service in [August 2018|D].

S| Inspectors found that the YOS’s court work was thorough, and reports to the youth court were well respected.
W| However, the board rarely challenged partners, and some members seldom came to meetings.
W| Risk of harm was underestimated in almost half of the cases inspected.
S| Staff were committed and knew the children well.

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Rothburn|S] has some good people, but they need better leadership from the board.
R| “The board must now take charge of improving the service.”

R| There are ten recommendations, most of them for the [Rothburn YOT management board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 117th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
