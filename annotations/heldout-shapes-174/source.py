"""Builds the 174th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Rhondda PDUs on a GOV.UK page, the Wales region named before the units ("Three units of the ..., X, Y and
    #    Z, have been inspected"): "X and Z have both been placed at ‘...’, while Y has been given the lowest mark, ‘...’"; fieldwork "between 10 and 21 June 2024"; "nine
    #    recommendations, three to each PDU"; the regional director's reply
    ("treherbert-maerdy-and-llwynypia-pdus-2024", facts([
        svc("Treherbert Probation Delivery Unit", "Treherbert PDU", "PDU", RI),
        svc("Maerdy Probation Delivery Unit", "Maerdy PDU", "PDU", INAD),
        svc("Llwynypia Probation Delivery Unit", "Llwynypia PDU", "PDU", RI)], "2024-10-22", "2024-06", 9),
     """N| Press release

N| Reports on three probation delivery units in the Rhondda

N| The inspectorate has published separate reports on three units in Rhondda Cynon Taf.

N| From: [HM Inspectorate of Probation|A]

N| Published [22 October 2024|D]

N| Three units of the [Probation Service – Wales region|S], [Treherbert Probation Delivery Unit|S], [Maerdy Probation Delivery Unit|S] and [Llwynypia Probation Delivery Unit|S], have been inspected, and [HM Inspectorate of Probation|A] has published a report on each today.
N| [Treherbert|S] and [Llwynypia|S] have both been placed at ‘[Requires improvement|R]’, while [Maerdy|S] has been given the lowest mark, ‘[Inadequate|R]’.
N| Inspectors visited the three units between [10 and 21 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Maerdy|S]’s staff told us plainly that they could not keep up, and the cases we read bore that out.
W| “Home visits had almost stopped, and several people assessed as posing a high risk of harm had not been seen in person for weeks.
S| “[Treherbert|S] and [Llwynypia|S] are in a steadier position, with experienced middle managers and a workforce that has largely stayed put.”

S| [Llwynypia PDU|S]’s work with [South Wales Police|A] on people convicted of domestic abuse was a clear strength.
W| In all three units, too many cases with children in the household had no record of checks with children’s services.

R| The reports make nine recommendations, three to each PDU.

N| [Ian Barrow|X], Regional Probation Director for Wales, said: “We accept every recommendation and have moved additional staff into Maerdy this month.”
"""),
    # 2. two youth justice services in a local-news story, the report "published on Tuesday (14 November)" under a byline
    #    of Friday 17 November 2023; "X earned ‘...’, with Y a step lower at ‘...’"; fieldwork "in July 2023"; "eight
    #    recommendations, five of them for Pentre"
    ("cwmparc-and-pentre-yjs-2023", facts([
        svc("Cwmparc Youth Justice Service", "Cwmparc YJS", "YJS", GOOD),
        svc("Pentre Youth Justice Service", "Pentre YJS", "YJS", RI)], "2023-11-14", "2023-07", 8),
     """N| Mixed verdict for two Rhondda youth justice teams

N| By [Gareth Pryce|X]

N| [Friday 17 November 2023|D]

N| Inspectors who visited [Cwmparc Youth Justice Service|S] and [Pentre Youth Justice Service|S] in [July 2023|D] have reached different conclusions about the two teams.
N| In reports published on Tuesday ([14 November|D]), [Cwmparc|S] earned ‘[Good|R]’, with [Pentre|S] a step lower at ‘[Requires improvement|R]’.

S| The inspectorate said [Cwmparc|S]’s case managers were skilled at keeping children engaged in education, and school exclusions had fallen sharply.
W| In [Pentre YJS|S], however, reviews of children’s plans were often overdue, and managers were not checking the quality of the work.
S| Both services were commended for the speed with which they arranged help from the local child and adolescent mental health team.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Pentre|S] has committed staff, but they have been left without the management support they need.”

R| The inspectorate made eight recommendations, five of them for [Pentre|S] and three for [Cwmparc|S].

N| A spokesperson for [Rhondda Cynon Taf Council|A] said the council would study both reports carefully.
"""),
    # 3. a unit inside its region, the region in the headline ("Wales probation region: Penygraig unit falls ...") and the
    #    first sentence: "... has judged X, one of the units making up the ..., to be ‘...’"; the region's own 2023 rating
    #    as context ("The region had itself received ‘...’ at its own inspection in 2023"); "Mr Jones continued"; fieldwork "in July 2024"; the
    #    publication day in the notes ("available on the ... website on 3 December 2024 at 00.01")
    ("penygraig-pdu-2024", facts([
        svc("Penygraig Probation Delivery Unit", "Penygraig PDU", "PDU", INAD)], "2024-12-03", "2024-07", 7),
     """N| [Wales probation region|S]: [Penygraig unit|S] falls to the bottom of the scale

N| [HM Inspectorate of Probation|A] has judged [Penygraig Probation Delivery Unit|S], one of the units making up the [Probation Service – Wales region|S], to be ‘[Inadequate|R]’.
N| The region had itself received ‘[Requires improvement|R]’ at its own inspection in [2023|D].
N| Inspectors spent two weeks with the unit in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Supervision in this part of the valleys too often falls to whoever happens to be free that day.
W| “One probation officer post in three was empty, and temporary staff left before they had got to know their cases.”

W| Mr Jones continued: “Where someone posed a risk to a partner, in the majority of cases we read, plans to manage that risk were absent or stale.”

S| Inspectors did find that the unit’s unpaid work scheme was well run, with projects that local people valued.
W| Referrals to accredited programmes were slow, and some orders ended before the person had begun a programme.

R| The report makes seven recommendations, five for [Penygraig PDU|S] and two for [HM Prison and Probation Service|A] in Wales.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [3 December 2024|D] at 00.01.
N| 2. [Penygraig PDU|S] covers the lower Rhondda Fawr and supervises about 650 people.
"""),
    # 4. a unit inside its region, with the previous inspection's rating beside the new one: "X has climbed to ‘...’ from
    #    the ‘...’ it was handed in 2022"; "Published: 8 Apr 2025"; fieldwork "between 11 and 22 November 2024"; the
    #    region in the notes; six recommendations
    ("llanhilleth-pdu-2025", facts([
        svc("Llanhilleth Probation Delivery Unit", "Llanhilleth PDU", "PDU", RI)], "2025-04-08", "2024-11", 6),
     """N| News

N| Probation unit in Blaenau Gwent moves up a grade

N| Published: [8 Apr 2025|D]

N| [Llanhilleth Probation Delivery Unit|S] has climbed to ‘[Requires improvement|R]’ from the ‘[Inadequate|R]’ it was handed in [2022|D].
N| Inspectors were in the unit between [11 and 22 November 2024|D].

S| A new head of service had brought stability, and practitioners said they now knew what was expected of them.
S| Inspectors commended the close working between the unit and [Gwent Police|A] on managing people released from prison.
W| Yet assessments of the risk posed to children were still not thorough enough, and in 14 of the 36 cases inspected there was no record of contact with children’s services.
W| Sickness absence remained high, and a number of caseloads were well above the level the unit itself regarded as safe.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llanhilleth|S] has turned a corner, and that is down to the hard work of its staff.
R| “The unit must now make sure that the safety of children is considered in every case from the first day.”

R| Six recommendations have been made.

N| ENDS

N| Notes to editors
N| 1. [Llanhilleth PDU|S] is part of [Probation Service – Wales region|S] and covers the upper Ebbw Fach valley.
"""),
    # 5. a Probation Trust in 2013, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; the verdict in the first sentence; "Thursday, 7th March 2013" above "published today";
    #    fieldwork "in November 2012"; eight recommendations
    ("aberaman-and-cwmdare-probation-trust-2013", facts([
        svc("Aberaman and Cwmdare Probation Trust", "Aberaman and Cwmdare Probation Trust", "other", None)],
        "2013-03-07", "2012-11", 8),
     """N| Inspection of probation work in the Cynon Valley

N| [Thursday, 7th March 2013|D]

S| [Aberaman and Cwmdare Probation Trust|S] is doing well at making sure offenders complete their sentences, [Her Majesty’s Inspectorate of Probation|A] said in a report published today.
N| The inspection took place in [November 2012|D], when 55 cases were examined.

S| The Trust achieved a score of 79% for work to reduce reoffending.
W| Public protection work scored a lower 64%.

N| Inspectors were pleased to find that:
S| • nearly every initial assessment had been finished within the expected time;
S| • offenders were helped to find accommodation and work, often with the support of local housing associations.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were not reviewed when circumstances changed;
W| • few offenders had been visited at home, including some living with children about whom there were worries.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Plainly, offender managers here know their cases well.
R| “They should now give the same attention to the risks some offenders pose to others.”

R| The report makes eight recommendations for improvement.
"""),
    # 6. a CRC in 2018, "one of the Working Links companies", with an embargo line: "X ... has been given ‘...’ overall by
    #    inspectors"; unpaid work "rated separately, achieved ‘...’"; fieldwork "in July 2018"; the provider's reply
    ("beaufort-and-waunlwyd-crc-2018", facts([
        svc("Beaufort and Waunlwyd Community Rehabilitation Company", "Beaufort and Waunlwyd CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-11-22", "2018-07", 5),
     """N| Embargoed until 00.01, [Thursday 22 November 2018|D]

N| Probation company in Gwent must do more to protect the public

N| [Beaufort and Waunlwyd Community Rehabilitation Company|S] (CRC), one of the [Working Links|A] companies, has been given ‘[Requires improvement|R]’ overall by inspectors.
S| Its unpaid work, rated separately, achieved ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] carried out the inspection in [July 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Much here is sound.
S| “Unpaid work is well organised, and people doing it told us they felt it was worthwhile.
W| “But too many people are being supervised through occasional phone calls, and that is no way to reduce reoffending.”

W| Inspectors found that in only 11 of the 30 cases they examined was there enough attention to the risk of harm to others.
W| The CRC and the [National Probation Service|A] did not always pass each other what was needed, and some transfers lost key details.

R| The report contains five recommendations: three for [Beaufort and Waunlwyd CRC|S] and two for [HM Prison and Probation Service|A].

N| [Working Links|A] said it welcomed the inspectors’ recognition of its unpaid work teams.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    probation inspectorate ("in which Estyn and Healthcare Inspectorate Wales joined ..."), lists after "Inspectors found that:" / "They also found areas for improvement:";
    #    "Posted: 14/09/2016"; fieldwork "in May 2016"; four recommendations
    ("trebanog-yot-2016", facts([
        svc("Trebanog Youth Offending Team", "Trebanog YOT", "YJS", None)], "2016-09-14", "2016-05", 4),
     """N| Inspection of youth offending work in Trebanog

N| Posted: [14/09/2016|D]

N| A report on the joint inspection of [Trebanog Youth Offending Team|S] (YOT), in which [Estyn|A] and [Healthcare Inspectorate Wales|A] joined [HM Inspectorate of Probation|A], has now been published.
N| Inspectors visited in [May 2016|D] and looked at the cases of 25 children.

N| Inspectors found that:
S| • case managers had built trusting relationships with children and their families;
S| • the YOT worked well with schools to get children back into full-time education.

N| They also found areas for improvement:
W| • assessments did not always consider the risk children might pose to others;
W| • board members were given too little information to hold the service to account.

R| Of the report’s four recommendations, three are for the YOT and one is for [Cwm Taf University Health Board|A].

N| Councillor [Rhys Lewis|X], cabinet member for children’s services, said: “The report is a fair one, and work on its recommendations has already started.”
"""),
    # 8. an older name (Youth Offending Service) in 2022: "inspectors found X to be ‘...’ overall"; resettlement "rated in
    #    its own right, reached only ‘...’"; the previous rating ("a significant step up from the ‘Inadequate’ of its last
    #    inspection in 2019"); GOV.UK layout; fieldwork "in October 2021"
    ("tirphil-yos-2022", facts([
        svc("Tirphil Youth Offending Service", "Tirphil YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-03-15", "2021-10", 5),
     """N| Press release

N| Youth offending service in Caerphilly county turns its fortunes around

N| Inspectors report on the [Tirphil Youth Offending Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 March 2022|D]

N| Following an inspection in [October 2021|D], inspectors found [Tirphil Youth Offending Service|S] to be ‘[Good|R]’ overall, a significant step up from the ‘[Inadequate|R]’ of its last inspection in [2019|D].
W| Resettlement work, rated in its own right, reached only ‘[Requires improvement|R]’.

S| Leaders had worked through each of the last report’s recommendations, and the management board now challenged partners when they fell short.
S| Children said their case managers took their views seriously and helped them think about what they wanted to do next.
W| Children leaving custody, however, did not always have suitable accommodation arranged before their release date.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The turnaround at [Tirphil YOS|S] in little more than two years is impressive.
R| “The service and its partners should now make sure no child leaves custody without knowing where they will be living.”

R| Five recommendations have been made, four for the service and one for [Caerphilly County Borough Council|A].
"""),
    # 9. two PDUs in the Rhymney valley in a justiceinspectorates news item: "X came out at ‘...’; Y fared worse and was
    #    placed at ‘...’"; "Published: 11 Feb 2025"; fieldwork "during October 2024"; "eleven recommendations,
    #    six for Abertysswg and five for Brithdir"
    ("brithdir-and-abertysswg-pdus-2025", facts([
        svc("Brithdir Probation Delivery Unit", "Brithdir PDU", "PDU", RI),
        svc("Abertysswg Probation Delivery Unit", "Abertysswg PDU", "PDU", INAD)], "2025-02-11", "2024-10", 11),
     """N| News

N| Two probation units in the Rhymney valley inspected

N| Published: [11 Feb 2025|D]

N| Reports on [Brithdir Probation Delivery Unit|S] and [Abertysswg Probation Delivery Unit|S], both in the [Probation Service – Wales region|S], are published today.
N| [Brithdir|S] came out at ‘[Requires improvement|R]’; [Abertysswg|S] fared worse and was placed at ‘[Inadequate|R]’.
N| The inspection team worked in both units during [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Abertysswg, half of the cases we examined had no proper plan for managing the risk the person posed.
S| “[Brithdir|S] is in better shape: its staff are experienced and its managers check the quality of their work.”

S| Inspectors praised [Brithdir PDU|S] for its ties with substance misuse services, so that people on probation rarely waited long for treatment.
W| In both units, too few people convicted of domestic abuse had been referred to a suitable programme.

R| The two reports make eleven recommendations, six for [Abertysswg|S] and five for [Brithdir|S].
"""),
    # 10. an ordinary GOV.UK release: "... has given X an overall rating of ‘...’"; fieldwork "in February 2023"; six recommendations
    ("ynyshir-yjs-2023", facts([
        svc("Ynyshir Youth Justice Service", "Ynyshir YJS", "YJS", GOOD)], "2023-06-27", "2023-02", 6),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice service in the Rhondda Fach

N| Inspectors publish their report on [Ynyshir Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [27 June 2023|D]

N| [HM Inspectorate of Probation|A] has given [Ynyshir Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| Fieldwork for this inspection took place in [February 2023|D].

S| Inspectors were impressed with the way case managers involved children and their parents in planning.
S| The service’s work with [South Wales Police|A] to divert children away from the courts was well established and effective.
W| However, the quality of work to keep children safe was variable, and some safety plans had not been updated after significant events.
W| Children did not always have access to the speech and language support they needed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Caring and well led, this service has staff who know their children well.
R| “Leaders should now make sure that every plan to keep a child safe is reviewed when circumstances change.”

R| The report makes six recommendations, including two for [Cwm Taf Morgannwg University Health Board|A].
"""),
    # 11. a council page with day/month/year: "Posted: 19/03/2024"; "has received an overall rating of ‘...’"; fieldwork
    #     "in November 2023"; the cabinet member's reply
    ("trealaw-yjs-2024", facts([
        svc("Trealaw Youth Justice Service", "Trealaw YJS", "YJS", RI)], "2024-03-19", "2023-11", 4),
     """N| Council responds to youth justice inspection report

N| Posted: [19/03/2024|D]

N| [Trealaw Youth Justice Service|S] has received an overall rating of ‘[Requires improvement|R]’ from [HM Inspectorate of Probation|A], following an inspection in [November 2023|D].

S| Inspectors said staff were committed and had a detailed knowledge of each child on their caseload.
S| They also praised the service’s victim work as thoughtful and thorough.
W| However, inspectors were concerned that risks to children from exploitation were not always identified early enough.
W| Management oversight of cases was inconsistent, and some decisions were not recorded.

R| The report makes four recommendations, three for [Trealaw YJS|S] and one for its management board.

N| Councillor [Catrin Morgan|X], cabinet member for children and young people, said: “An action plan is already in place, and we are grateful to the inspectors and to our own staff.”
"""),
    # 12. a justiceinspectorates news item: "Inspectors have rated X ‘...’" (the plain form); fieldwork "between 28 March and 1 April
    #     2022"; "Mr Russell continued"; seven recommendations
    ("blaenllechau-yjs-2022", facts([
        svc("Blaenllechau Youth Justice Service", "Blaenllechau YJS", "YJS", RI)], "2022-08-09", "2022-03", 7),
     """N| News

N| Youth justice service in the Rhondda Fach told to strengthen safety work

N| Published: [9 Aug 2022|D]

N| Inspectors have rated [Blaenllechau Youth Justice Service|S] ‘[Requires improvement|R]’.
N| Fieldwork took place between [28 March and 1 April 2022|D].

S| Because the service worked closely with local schools, nearly all its children were attending lessons or training.
W| However, more than half the assessments inspectors read gave too little weight to the risk children posed to others.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Blaenllechau|S]’s staff are dedicated, but their work is not yet well enough focused on keeping children and other people safe.
W| “Too often, information from the police about a child’s arrest reached the service days later.”

R| Mr Russell continued: “I want to see the board take a much firmer grip of how well children are being protected.”

R| The report makes seven recommendations.
"""),
    # 13. a remote inspection in 2021: "...’s report, out today, gives X the lowest rating, ‘...’"; "Thursday, 16th September 2021" at the
    #     top; fieldwork "carried out remotely in May 2021"; the council's apology
    ("wattstown-yjs-2021", facts([
        svc("Wattstown Youth Justice Service", "Wattstown YJS", "YJS", INAD)], "2021-09-16", "2021-05", 10),
     """N| Inspectors find serious failings in Rhondda youth justice service

N| [Thursday, 16th September 2021|D]

N| [HM Inspectorate of Probation|A]’s report, out today, gives [Wattstown Youth Justice Service|S] the lowest rating, ‘[Inadequate|R]’.
N| Because of COVID-19 restrictions, the inspection in [May 2021|D] was done remotely.

W| Inspectors found that the service had lost sight of children’s safety during the pandemic, with many children seen only by video call.
W| In just 8 of the 24 cases examined was the work to keep other people safe judged sufficient.
W| The management board met regularly, but members did not challenge one another and little changed.
S| Despite these problems, inspectors found case managers who went out of their way to support children and their families.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wattstown|S] has let its children down.
R| “The council and its partners now need to move fast to put this right.”

R| The report makes ten recommendations.

N| The council said it accepted the findings in full and apologised to the children and families affected.
"""),
    # 14. a justiceinspectorates news item with a date line: "... has rated X ‘...’", the rating in the headline; fieldwork "in January 2023";
    #     five recommendations
    ("aberbeeg-pdu-2023", facts([
        svc("Aberbeeg Probation Delivery Unit", "Aberbeeg PDU", "PDU", INAD)], "2023-05-30", "2023-01", 5),
     """N| News

N| Probation unit in the Ebbw valleys rated ‘[Inadequate|R]’

N| [30 May 2023|D]

N| [HM Inspectorate of Probation|A] has rated [Aberbeeg Probation Delivery Unit|S] ‘[Inadequate|R]’.
N| The inspection took place in [January 2023|D].

W| Inspectors found that caseloads were far too high, with some probation officers responsible for more than 70 people.
W| Work to protect children was poor: in only 9 of the 32 relevant cases had the unit checked with children’s services.
S| Staff were positive about their immediate managers and said they felt supported.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Aberbeeg|S] does not have enough staff to do the job that is asked of it, and the public is less safe as a result.
R| “The regional leadership must make staffing this unit an urgent priority.”

R| The report makes five recommendations, four for the PDU and one for [HM Prison and Probation Service|A].
"""),
    # 15. a local-news story, the report "published on Thursday (3 July)" under a byline of Saturday 5 July 2025:
    #     "has received the top grade on the inspectorate’s scale, ‘...’"; fieldwork "in February 2025"; two recommendations
    ("llwydcoed-yjs-2025", facts([
        svc("Llwydcoed Youth Justice Service", "Llwydcoed YJS", "YJS", OUT)], "2025-07-03", "2025-02", 2),
     """N| Cynon Valley youth team celebrates top inspection grade

N| By [Sian Hopkins|X]

N| [Saturday 5 July 2025|D]

N| [Llwydcoed Youth Justice Service|S] has received the top grade on the inspectorate’s scale, ‘[Outstanding|R]’, in a report published on Thursday ([3 July|D]).
N| Inspectors visited the service in [February 2025|D].

S| The report said children were at the heart of everything the service did, and their views shaped how it was run.
S| Inspectors also highlighted close work with [Cwm Taf Morgannwg University Health Board|A], which meant children were assessed by a nurse within days of referral.
S| Nearly every child supervised by the service was in school, college or training.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Llwydcoed|S]’s whole team can take great pride in this result.”

R| The report makes two recommendations, both for the service’s management board.

N| Councillor [Owain Davies|X] said: “This is a wonderful achievement for a small team.”
"""),
    # 16. a 2025-26 public-protection inspection: no rating, "Skip to content", "Context" / "Findings" bullets, the
    #     region in a bullet; "Published: 4 Dec 2025"; fieldwork "during September 2025"; four recommendations
    ("rhigos-pdu-2025", facts([
        svc("Rhigos Probation Delivery Unit", "Rhigos PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation in the upper Cynon Valley

N| Published: [4 Dec 2025|D]

N| [HM Inspectorate of Probation|A] today reports on how well [Rhigos Probation Delivery Unit|S] protects the public.
N| These inspections do not result in a rating.
N| Inspectors carried out their fieldwork during [September 2025|D].

N| Context
N| • [Rhigos PDU|S] is one of the units of [Probation Service – Wales region|S].
N| • The unit supervises around 500 people in the community and on licence.

N| Findings
S| • Practitioners knew the people on their caseloads and understood what risks they presented.
W| • Many people who should have had a home visit had never been visited.
W| • Information from [South Wales Police|A] on domestic abuse call-outs was not always requested.
S| • Multi-agency work to manage the highest-risk cases was well organised.

R| There are four recommendations, addressed to the PDU and to the [Wales region|S].
"""),
    # 17. a 2020 release: "X is ‘...’, according to a report by ..."; "Tuesday, 21st July 2020" at the top; fieldwork "from 2 to
    #     6 March 2020"; no count of recommendations (null)
    ("aberbargoed-yjs-2020", facts([
        svc("Aberbargoed Youth Justice Service", "Aberbargoed YJS", "YJS", GOOD)], "2020-07-21", "2020-03", None),
     """N| ‘[Good|R]’ youth justice work in the Rhymney valley

N| [Tuesday, 21st July 2020|D]

N| [Aberbargoed Youth Justice Service|S] is ‘[Good|R]’, according to a report by [HM Inspectorate of Probation|A].
N| The inspection team was with the service from [2 to 6 March 2020|D], a fortnight before the first lockdown.

S| Staff turnover was low, so most children kept one case manager from the start of their order to its end.
S| Its diversion scheme, run jointly with [Gwent Police|A], was a particular strength.
W| Safety planning was patchier, with some plans silent on who should act if a child’s risks grew.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Aberbargoed|S] is a service that cares about its children and it shows.”

N| The full report lists the areas where inspectors think the service can do better.
"""),
    # 18. an embargo line: "HM Inspectorate of Probation assessed X as ‘...’"; fieldwork "from 30 April to 10 May 2024" (across two
    #     months); six recommendations
    ("deri-yjs-2024", facts([
        svc("Deri Youth Justice Service", "Deri YJS", "YJS", RI)], "2024-10-10", "2024-04", 6),
     """N| Embargoed until 00.01, [Thursday 10 October 2024|D]

N| Youth justice in the Darran valley: improvement needed, say inspectors

N| [HM Inspectorate of Probation|A] assessed [Deri Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| Inspectors were on site from [30 April to 10 May 2024|D].

S| Children and parents spoke highly of their case managers, and most children had an up-to-date plan.
W| But inspectors found that the service’s partners were not always sharing information, leaving case managers without a full picture.
W| Only around half of the children who needed help with their mental health were receiving it.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Deri|S] has some excellent practitioners, yet too many children are still waiting for the health support they need.
R| “Leaders and partners need to make sure children can get that support quickly.”

R| The report makes six recommendations, including one for [Aneurin Bevan University Health Board|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 174th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
