"""Builds the ninetieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Lancashire PDUs on a GOV.UK page, the region named before the units: "X and Y were both given ‘...’,
    #    while Z received the lowest rating"; "visited the three units in February 2025"; nine recommendations "three
    #    for each unit"; the regional director's reply
    ("goosnargh-bilsborrow-and-inskip-pdus-2025", facts([
        svc("Goosnargh Probation Delivery Unit", "Goosnargh PDU", "PDU", RI),
        svc("Bilsborrow Probation Delivery Unit", "Bilsborrow PDU", "PDU", INAD),
        svc("Inskip Probation Delivery Unit", "Inskip PDU", "PDU", RI)], "2025-06-10", "2025-02", 9),
     """N| Press release

N| Reports on three probation delivery units in Lancashire published

N| Inspectors find uneven standards across three units in the North West.

N| From: [HM Inspectorate of Probation|A]

N| Published [10 June 2025|D]

N| [HM Inspectorate of Probation|A]’s latest reports look at three Lancashire units, all managed by the [Probation Service – North West region|S]: [Goosnargh Probation Delivery Unit|S], [Bilsborrow Probation Delivery Unit|S] and [Inskip Probation Delivery Unit|S].
N| [Goosnargh|S] and [Inskip|S] were both given ‘[Requires improvement|R]’, while [Bilsborrow|S] received the lowest rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bilsborrow|S] has lost more than a third of its probation officers in eighteen months, and the people who remain are stretched far too thin.
W| “Across all three units, we found too little attention paid to the risk some people pose to their partners and children.
S| “There are real positives, however: in Goosnargh and Inskip, staff spoke warmly of their managers and of the training they had received.”

S| Inspectors commended [Inskip PDU|S]’s unpaid work team, which had found placements with local charities for nearly everyone who needed one.
W| In [Bilsborrow PDU|S], home visits had largely stopped and some cases had gone for months without a manager’s review.

R| Each unit receives three recommendations, nine in total.

N| [Dominic Reilly|X], Regional Probation Director for the North West, said: “We have accepted all nine recommendations, and experienced officers from elsewhere in Lancashire are already working in Bilsborrow.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Tuesday (21 November)" under a
    #    byline of Friday 24 November 2023; "The verdict on X was ‘...’, while Y was awarded ‘...’", in the other order
    #    from the one the services were first named in; "four for Diggle and three for Dobcross"
    ("dobcross-and-diggle-yjs-2023", facts([
        svc("Dobcross Youth Justice Service", "Dobcross YJS", "YJS", GOOD),
        svc("Diggle Youth Justice Service", "Diggle YJS", "YJS", RI)], "2023-11-21", "2023-07", 7),
     """N| Inspectors report on two youth justice services near Oldham

N| By [Hannah Lees|X]

N| [Friday 24 November 2023|D]

N| [Dobcross Youth Justice Service|S] and [Diggle Youth Justice Service|S] were the subjects of two reports published on Tuesday ([21 November|D]), after visits by inspectors in [July 2023|D].
N| The verdict on [Diggle|S] was ‘[Requires improvement|R]’, while [Dobcross|S] was awarded ‘[Good|R]’.

S| The watchdog found that [Dobcross|S]’s case managers kept in close touch with schools and that almost every child had a place in education.
W| By contrast, [Diggle YJS|S] had struggled to keep its case managers, and several children told inspectors they had had three or more workers.
W| [Diggle|S]’s efforts against child exploitation were poorly coordinated with those of [Greater Manchester Police|A].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dobcross|S] has children at the heart of everything it does, and its staff deserve great credit.
R| “[Diggle|S] now needs a settled team and a board that follows through on its promises.”

R| Between them, the reports contain seven recommendations: four for [Diggle|S] and three for [Dobcross|S].

N| An [Oldham Council|A] spokesperson said: “We will study both reports carefully and act on them.”
"""),
    # 3. two Merseyside PDUs in a justiceinspectorates news item, the region in the first sentence: "Inspectors judged X
    #    to be ‘...’ and Y to be ‘...’"; "Published: 15 Oct 2024"; "during the week of 10 - 14 June 2024"; "eight
    #    recommendations, four for each PDU"
    ("hightown-and-thurstaston-pdus-2024", facts([
        svc("Hightown Probation Delivery Unit", "Hightown PDU", "PDU", RI),
        svc("Thurstaston Probation Delivery Unit", "Thurstaston PDU", "PDU", INAD)], "2024-10-15", "2024-06", 8),
     """N| News

N| Probation in Sefton and Wirral: two units below standard

N| Published: [15 Oct 2024|D]

N| Findings on [Hightown Probation Delivery Unit|S] and [Thurstaston Probation Delivery Unit|S], neighbouring units on Merseyside within the [Probation Service – North West region|S], appeared today on [HM Inspectorate of Probation|A]’s website.
N| Inspectors judged [Hightown PDU|S] to be ‘[Requires improvement|R]’ and [Thurstaston PDU|S] to be ‘[Inadequate|R]’.
N| Inspectors were in the two units on [10 - 14 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The public is not yet getting the protection it should from either unit.
W| “In Thurstaston, with almost 40 per cent of posts vacant, officers fresh from training had been handed complex, high-risk cases and left largely to cope alone.”

S| Inspectors found [Hightown|S]’s work with [Merseyside Police|A] on integrated offender management to be a clear strength.
W| However, risk assessment in both units was of variable quality, and checks with children’s services had not been made in more than half the relevant cases.
S| Positively, most people on probation in the two units said their officer treated them with respect.

R| The reports make eight recommendations, four for each PDU.

N| ENDS
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "has given X, part of ..., its
    #    lowest rating"; the unit's previous rating ("When the unit was last inspected, in 2022, it was rated ‘...’");
    #    "Mr Jones continued"; "published ... at 00.01 on Thursday 19 September 2024" in the notes; the PDU explainer
    ("wybunbury-pdu-2024", facts([
        svc("Wybunbury Probation Delivery Unit", "Wybunbury PDU", "PDU", INAD)], "2024-09-19", "2024-05", 6),
     """N| [North West probation region|S]: inspectors raise serious concerns about a Cheshire unit

N| [HM Inspectorate of Probation|A] gives [Wybunbury Probation Delivery Unit|S], which serves part of Cheshire for the [Probation Service – North West region|S], its lowest rating: ‘[Inadequate|R]’.
N| Its previous inspection, in [2022|D], ended with a rating of ‘[Requires improvement|R]’.
N| The fieldwork for this visit was done in [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wybunbury|S] has gone backwards since our last visit.
W| “Senior managers had changed four times in two years, and staff said they no longer knew where to turn for help.”

W| Mr Jones continued: “Most worrying of all, in nearly two thirds of the cases we inspected, the risk to children had not been properly assessed.”

S| Inspectors did find some good practice: the unit’s court team produced timely, well-reasoned reports, and links with [Cheshire Constabulary|A] were sound.
W| Accredited programmes had long waiting lists, and too many people reached the end of their order without starting one.

R| Four of the six recommendations are for the unit itself; the [North West region|S] must take on the other two.

N| ENDS

N| Notes to editors
N| 1. Embargoed: not for publication before 00.01 on [Thursday 19 September 2024|D].
N| 2. [Wybunbury PDU|S] covers the south of Cheshire East and supervises around 1,100 people.
"""),
    # 5. a unit inside its region, the region in the first sentence: "Of the units in ... inspected so far, X is the
    #    latest to be placed at ‘...’" in "a report published today (Wednesday, 26 July)" (no year: the fieldwork's,
    #    March 2023); "The inspection, which took place in March 2023"; "Staff at Goostrey"; "I want to see ..."
    ("goostrey-pdu-2023", facts([
        svc("Goostrey Probation Delivery Unit", "Goostrey PDU", "PDU", RI)], "2023-07-26", "2023-03", 4),
     """N| Probation unit in mid-Cheshire told it must improve

N| Another unit of the [Probation Service – North West region|S], [Goostrey Probation Delivery Unit|S], has been given ‘[Requires improvement|R]’ in a report published today ([Wednesday, 26 July|D]).
N| The inspection, which took place in [March 2023|D], looked at 42 cases.

S| Inspectors praised the unit’s leaders for a realistic plan and for the time they gave to supporting new staff.
S| Work with women on probation was a particular strength, with a dedicated women’s centre in Northwich.
W| But in more than half the cases, the assessment of serious harm fell short.
W| Practitioners did not always share information with [Cheshire East Council|A]’s children’s services.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Goostrey|S]’s staff are committed and their managers capable, but the basics of assessing risk need far more attention.
R| “I want to see every case that involves children checked with social care at the start of the order.”

R| The report sets out four recommendations.
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores, "Among the strengths, inspectors found that:" /
    #    "Inspectors were less satisfied that:" bullet lists; "Tuesday 19 March 2013" above "today publishes"; fieldwork
    #    "carried out in November 2012"; ten recommendations
    ("wilpshire-and-tockholes-probation-trust-2013", facts([
        svc("Wilpshire and Tockholes Probation Trust", "Wilpshire and Tockholes Probation Trust", "other", None)],
        "2013-03-19", "2012-11", 10),
     """N| Inspection of offender management in Wilpshire and Tockholes

N| [Tuesday 19 March 2013|D]

N| A report on how [Wilpshire and Tockholes Probation Trust|S] manages offenders, based on inspection work carried out in [November 2012|D], is published today by [HM Inspectorate of Probation|A].

S| Overall, the Trust was doing a sound job, with scores of 77% on work to cut reoffending and 80% on ensuring sentences were carried out.
W| Public protection work scored less well, at 64%.

N| Among the strengths, inspectors found that:
S| • initial assessments were completed on time in almost all cases;
S| • the Trust worked well with [Lancashire Constabulary|A] on the management of prolific offenders;
S| • offenders were usually seen by the same officer throughout their sentence.

N| Inspectors were less satisfied that:
W| • plans did not always address the risk of harm to known victims;
W| • offenders were seldom seen at home, even in cases involving domestic abuse.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Wilpshire and Tockholes|S] is a well-managed Trust whose staff know their offenders well.
R| “The Trust must now bring the same care to public protection that it brings to reducing reoffending.”

R| Ten recommendations are set out in the report.
"""),
    # 7. a CRC in 2018 owned by a named provider, on a GOV.UK page: "rated ‘...’ overall"; unpaid work "assessed
    #    separately, was found to be ‘...’"; "visited the CRC in July and August 2018"; a partner prison (SERVICE);
    #    the provider's reply
    ("rainow-and-kettleshulme-crc-2018", facts([
        svc("Rainow and Kettleshulme Community Rehabilitation Company", "Rainow and Kettleshulme CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-20", "2018-07", 6),
     """N| Press release

N| Probation company in east Cheshire ‘must do more to protect the public’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 November 2018|D]

N| [HM Inspectorate of Probation|A] has rated [Rainow and Kettleshulme Community Rehabilitation Company|S] (CRC), one of the [Purple Futures|A] companies, ‘[Requires improvement|R]’ overall.
S| Unpaid work, which has its own rating, came out as ‘[Good|R]’.
N| The inspection was carried out across [July and August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Everyone we met at this CRC was trying hard in difficult circumstances, but too many people on its books are managed by phone calls and little else.
W| “We found that risk to others was not reviewed when circumstances changed in about half the cases we saw.”

S| The CRC’s unpaid work projects were well run, with supervisors who set high expectations and treated people fairly.
S| Inspectors also commended the CRC’s resettlement support for women leaving [HMP Styal|S].
W| Relations with the [National Probation Service|A] were cordial, but cases passed between the two organisations did not always come with full information.

R| There are six recommendations: [Purple Futures|A] and the CRC are to take forward four, and [HM Prison and Probation Service|A] two.

N| In a statement, [Purple Futures|A] said the findings were fair and that work on them had begun.
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...",
    #    the other inspectorates named; "Posted: 21/09/2016" (day/month/year); "took place in June 2016"; bullet lists
    ("haskayne-yot-2016", facts([
        svc("Haskayne Youth Offending Team", "Haskayne YOT", "YJS", None)], "2016-09-21", "2016-06", 5),
     """N| Inspection of youth offending work in Haskayne

N| Posted: [21/09/2016|D]

N| [Haskayne Youth Offending Team|S] (YOT) was inspected in [June 2016|D] by a joint team headed by [HM Inspectorate of Probation|A].
N| Inspectors from the [Care Quality Commission|A] joined them, with colleagues from [Ofsted|A] and [HM Inspectorate of Constabulary|A].
S| Their report, published today, found that the YOT was doing effective work to reduce reoffending and that children were generally well supported.

N| Inspectors were pleased to find that:
S| • case managers had a thorough understanding of the children they worked with;
S| • children were helped to get back into school quickly after an exclusion;
S| • work with victims was carefully planned.

N| However, they were concerned that:
W| • the danger some children presented to other people was not managed well enough;
W| • the board rarely asked for, or received, information on the YOT’s results.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Haskayne|S]’s staff clearly cared about their children and knew each of them well.
R| “Leaders must now bring the same attention to keeping other people safe.”

R| The inspectors made five recommendations for the YOT and its partners.

N| [Lancashire County Council|A]’s cabinet member for children said: “This is a balanced report, and every recommendation will be acted on.”
"""),
    # 9. a youth offending service in 2019: the capitalised name and the rating in the headline; "has found X (YOS) to be
    #    ‘...’ overall"; "between 8 and 12 July 2019"; "published at 00.01 on 3 October 2019" in the notes
    ("astbury-yos-2019", facts([
        svc("Astbury Youth Offending Service", "Astbury YOS", "YJS", GOOD)], "2019-10-03", "2019-07", 4),
     """N| [Astbury Youth Offending Service|S] ‘[Good|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has found [Astbury Youth Offending Service|S] (YOS) to be ‘[Good|R]’ overall.
N| Inspectors visited the service between [8 and 12 July 2019|D].

S| The management board, chaired by the council’s director of children’s services, gave clear direction and held partners to account.
S| Case managers won the trust of children, many of whom had been let down by adults before.
S| Out-of-court disposals were handled particularly well, through a joint decision-making panel with [Cheshire Constabulary|A].
W| However, when a child’s situation changed, the plan to protect other people was often left untouched.
W| Health provision was patchy: some children had waited months for an appointment with [CAMHS|A].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Astbury YOS|S] is a well-led service that gets the basics right for children.
R| “It should now make sure that its work to protect the public is as consistent as the rest.”

R| The report makes four recommendations, three for [Astbury YOS|S] and one for health commissioners.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [3 October 2019|D].
N| 2. [Astbury YOS|S] covers the east of Cheshire and supervises around 70 children.
"""),
    # 10. a GOV.UK page: "has been given the top rating of ‘...’ following an inspection"; resettlement "received a
    #     separate rating, again ‘...’"; fieldwork in August 2024; "can be rightly proud"; three recommendations
    ("wrightington-yjs-2024", facts([
        svc("Wrightington Youth Justice Service", "Wrightington YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-11-28", "2024-08", 3),
     """N| Press release

N| ‘[Outstanding|R]’ rating for youth justice service in west Lancashire

N| The inspectorate’s report on [Wrightington Youth Justice Service|S] is published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [28 November 2024|D]

N| After inspecting [Wrightington Youth Justice Service|S], [HM Inspectorate of Probation|A] has awarded it the top rating, ‘[Outstanding|R]’.
S| The service’s resettlement work received a separate rating, again ‘[Outstanding|R]’.
N| Fieldwork for this inspection took place in [August 2024|D].

S| Inspectors found a service where every child was known, heard and helped.
S| Staff spotted the signs of exploitation early, and their work with [Lancashire Constabulary|A] and [Lancashire County Council|A]’s social care teams was closely coordinated.
S| On release from custody, children went to a home, with a plan and a worker they already knew.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wrightington|S]’s staff never give up on a child, and it shows in the results.
S| “This is a service other partnerships could learn from, and everyone involved can be rightly proud.”

R| Three recommendations are made, each aimed at keeping standards this high.
"""),
    # 11. an embargo line on top: "have placed X in the ‘...’ category, a step up from the ‘...’ it was given in 2019";
    #     resettlement "rated separately, reached ‘...’"; "over two weeks in July 2022"; an integrated care board
    ("cockerham-yjs-2022", facts([
        svc("Cockerham Youth Justice Service", "Cockerham YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-11-09", "2022-07", 6),
     """N| EMBARGOED UNTIL 00:01 [Wednesday 9 November 2022|D]

N| Youth justice near Lancaster improving but not yet good enough, say inspectors

N| The verdict for [Cockerham Youth Justice Service|S] this time is ‘[Requires improvement|R]’, one step higher than the ‘[Inadequate|R]’ of its [2019|D] inspection.
S| Resettlement policy and provision, rated separately, reached ‘[Good|R]’.
N| Inspectors’ fortnight of fieldwork fell in [July 2022|D].

S| Leaders had taken the last inspection seriously, and a new chair of the management board had brought fresh energy.
S| Children who spent time in custody were well prepared for release, with education places and accommodation arranged in advance.
W| But the quality of risk assessment was still inconsistent, and case managers did not always check records held by [Lancashire Constabulary|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Cockerham|S] has made real progress since [2019|D], but children are not yet getting consistently safe, well-planned support.
R| “The board must now make sure that improvement continues at the same pace.”

R| The report makes six recommendations, five for [Cockerham YJS|S] and one for [NHS Lancashire and South Cumbria Integrated Care Board|A].
"""),
    # 12. a council page: "Posted on 14/11/2023"; "which it found to be ‘...’"; "from 4 to 8 September 2023"; 11
    #     recommendations in digits; the director's apology
    ("chatburn-yjs-2023", facts([
        svc("Chatburn Youth Justice Service", "Chatburn YJS", "YJS", INAD)], "2023-11-14", "2023-09", 11),
     """N| Response to the inspection of [Chatburn Youth Justice Service|S]

N| Posted on [14/11/2023|D]

N| Today’s report from [HM Inspectorate of Probation|A] finds [Chatburn Youth Justice Service|S] to be ‘[Inadequate|R]’.
N| Inspectors were in the service from [4 to 8 September 2023|D].

W| The inspectors found that the management board had not understood the scale of the problems and that too much had been left to a small number of managers.
W| Many files held no current view of the danger a child might present to anyone else.
W| There were not enough case managers, and some children had gone weeks without being seen.
S| The report recognised the determination of front-line staff and the strength of the service’s victim work.
S| Inspectors also described [Chatburn YJS|S]’s work with children on out-of-court disposals as promising.

R| There are 11 recommendations in the report, aimed at the service, its partnership board, [Lancashire County Council|A] and [Lancashire Constabulary|A].

N| [Sarah Metcalfe|X], Executive Director of Education and Children’s Services, said: “This is not the standard we expect, and I apologise to every child who has been let down.
N| “An improvement plan has been agreed and additional staff are already in post.”
"""),
    # 13. a remote inspection in 2021: "have concluded that X deserves an overall rating of ‘...’"; "Published: Thursday
    #     9th September 2021"; "carried out remotely in May 2021"; encouragement with no finding
    ("arkholme-yjs-2021", facts([
        svc("Arkholme Youth Justice Service", "Arkholme YJS", "YJS", GOOD)], "2021-09-09", "2021-05", 6),
     """N| ‘[Good|R]’ rating for [Arkholme Youth Justice Service|S]

N| Published: [Thursday 9th September 2021|D]

N| Inspectors have concluded that [Arkholme Youth Justice Service|S] deserves an overall rating of ‘[Good|R]’.
N| Pandemic restrictions meant that inspectors did all their work remotely, in [May 2021|D].

S| Throughout lockdown, case managers stayed in touch with children through phone calls and doorstep and park visits.
S| Inspectors praised its diversion work, which steered children away from the courts and was well organised and backed by [Lancashire Constabulary|A].
W| Assessments did not always consider children’s diversity needs, and there was little evidence that children’s own views shaped their plans.
W| In contrast, planning for children released from custody was weak.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Arkholme|S]’s staff have held things together for children through a very difficult period, and they deserve real credit.
N| “We trust this report will help the service build on its strengths.”

R| Six recommendations are made in the report.
"""),
    # 14. a justiceinspectorates.gov.uk news item with a date line: "...’s rating for X is ‘...’"; fieldwork "in January
    #     2025"; "in only 10 of the 26 cases"; one recommendation for the police; the council's reply
    ("smallwood-yjs-2025", facts([
        svc("Smallwood Youth Justice Service", "Smallwood YJS", "YJS", RI)], "2025-05-22", "2025-01", 7),
     """N| News

N| Youth justice inspection: improvement required in Smallwood

N| [22 May 2025|D]

N| [HM Inspectorate of Probation|A]’s rating for [Smallwood Youth Justice Service|S] is ‘[Requires improvement|R]’.
N| Fieldwork took place in [January 2025|D].

S| Inspectors found that children had good relationships with their case workers, who were persistent and creative in keeping them engaged.
S| The service’s speech and language therapist had helped staff adapt their work for children with communication needs.
W| However, of the 26 cases inspected, only 10 showed enough work to protect other people.
W| Managers’ oversight was too light, and some decisions about risk had been made without any review.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Smallwood|S] has dedicated staff, but the quality of work with children who may cause harm to others is too uneven.
R| “The board needs to make sure that managers check every risk plan before it is signed off.”

R| Seven recommendations are set out; [Cheshire Constabulary|A] is asked to act on one.

N| [Cheshire East Council|A] said the findings were accepted in full.
"""),
    # 15. a 2020 release: "has been judged ‘...’ by ..."; "Tuesday, 3rd March 2020" at the top; fieldwork "between 2 and
    #     6 December 2019"; no count of recommendations (null)
    ("nateby-yjs-2020", facts([
        svc("Nateby Youth Justice Service", "Nateby YJS", "YJS", GOOD)], "2020-03-03", "2019-12", None),
     """N| Inspectors find ‘[Good|R]’ youth justice work in Wyre

N| [Tuesday, 3rd March 2020|D]

N| [HM Inspectorate of Probation|A] has judged [Nateby Youth Justice Service|S] to be ‘[Good|R]’.
N| The fieldwork took place between [2 and 6 December 2019|D].

S| Inspectors were impressed by the service’s knowledge of its children and by the quality of its court work.
S| Partnerships with local schools were strong, and very few children were out of education.
W| Planning for children’s safety and wellbeing, however, was not always thorough enough.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Nateby|S] may be small, but it achieves far more than its size would suggest.
S| “Children here get help that is timely, thoughtful and built around them.”

N| The report sets out how the service can build on this.
"""),
    # 16. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 4 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("mouldsworth-pdu-2025", facts([
        svc("Mouldsworth Probation Delivery Unit", "Mouldsworth PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation in west Cheshire

N| Published: [4 Dec 2025|D]

N| How well [Mouldsworth Probation Delivery Unit|S] keeps the public safe is the focus of [HM Inspectorate of Probation|A]’s latest report.
N| Like others in this series, the inspection does not lead to a rating.
N| Inspectors were on site in [September 2025|D].

N| Context
N| • [Mouldsworth PDU|S], in the [Probation Service – North West region|S], covers part of Cheshire West and Chester.
N| • Of the roughly 650 people on its caseload, about a third have committed domestic abuse offences.

N| Findings
S| • Risk assessments were completed promptly and were generally of high quality.
W| • Few people were ever seen at home, even when children lived with them.
W| • Information from [Cheshire Constabulary|A] about domestic abuse call-outs was requested in only half the cases where it was needed.
S| • Staff had manageable caseloads and ready access to training on risk.

R| The report makes four recommendations, for the PDU and for the [North West region|S].
"""),
    # 17. local news in the third person ("the watchdog found") with the council's reply: "The probation watchdog has
    #     rated X ‘...’ in a report released on Wednesday (5 June)" under a byline of Friday 7 June 2024; "visited ... in
    #     February 2024"; six recommendations "including that ..."
    ("tilston-yjs-2024", facts([
        svc("Tilston Youth Justice Service", "Tilston YJS", "YJS", RI)], "2024-06-05", "2024-02", 6),
     """N| Council says lessons will be learned after youth justice inspection

N| By [Tom Ashworth|X], local democracy reporter

N| [Friday 7 June 2024|D]

N| The probation watchdog has rated [Tilston Youth Justice Service|S] ‘[Requires improvement|R]’ in a report released on Wednesday ([5 June|D]).
N| The service, which covers villages south of Chester, was visited by [HM Inspectorate of Probation|A] in [February 2024|D].

W| According to the watchdog, too many children were left waiting for mental health support, and links with [CAMHS|A] had broken down.
W| It also said that safety plans were often simply copied when a child’s case was reviewed.
S| But inspectors praised the service’s work with victims, which they described as thoughtful and well organised.
S| They also found that [Tilston|S]’s partnership with [Cheshire Constabulary|A] on diverting children from court was working well.

R| Among the six recommendations is a call for the management board to keep a closer eye on health provision.

N| Councillor [Mark Dobson|X], cabinet member for children at [Cheshire West and Chester Council|A], said: “I am grateful to the inspectors and to our staff, and we will put things right.
N| “Children’s mental health is a priority for the whole council.”
"""),
    # 18. an NPS division in 2019, the headline naming no service: "has awarded an overall rating of ‘...’ to the X";
    #     "Published: 25 Sep 2019"; "in May and June 2019"; the short "NPS Lune and Bowland"; seven recommendations for
    #     the division and two national bodies
    ("lune-and-bowland-nps-division-2019", facts([
        svc("National Probation Service – Lune and Bowland Division", "NPS Lune and Bowland", "region", GOOD)],
        "2019-09-25", "2019-05", 7),
     """N| Probation division in north Lancashire rated ‘[Good|R]’

N| Published: [25 Sep 2019|D]

N| [HM Inspectorate of Probation|A] has awarded an overall rating of ‘[Good|R]’ to the [National Probation Service – Lune and Bowland Division|S].
N| The division supervises some 4,000 people across north and central Lancashire.
N| Fieldwork was spread over [May and June 2019|D].

S| The division was well led, with a clear vision shared by staff at every level.
S| Court reports were thorough and delivered on time, and sentencers told inspectors they valued them.
W| However, the victim contact scheme was under strain, and some victims were never warned that an offender was about to be freed.
W| The division’s offices differed widely in how well they assessed and managed domestic abuse risk.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Lune and Bowland|S] is a division in good health, with committed staff and leaders who listen to them.
R| “It should now give victim work the same priority it gives to its work with courts.”

R| Seven recommendations are made; [HMPPS|A] and the [Ministry of Justice|A] have some to act on, as does the division.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninetieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
