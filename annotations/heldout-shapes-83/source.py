"""Builds the eighty-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Kent PDUs on a GOV.UK page, the region named first; "X was found to require improvement, rated ‘...’,
    #    while Y was given the lowest possible rating"; fieldwork "in May and June 2024"; eight recommendations
    ("biddenden-and-hawkinge-pdus-2024", facts([
        svc("Biddenden Probation Delivery Unit", "Biddenden PDU", "PDU", RI),
        svc("Hawkinge Probation Delivery Unit", "Hawkinge PDU", "PDU", INAD)], "2024-11-05", "2024-05", 8),
     """N| Press release

N| Inspection of two probation delivery units in Kent

N| Reports on two units in the [Kent, Surrey and Sussex probation region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [5 November 2024|D]

N| Two units of the [Probation Service – Kent, Surrey and Sussex region|S], [Biddenden Probation Delivery Unit|S] and [Hawkinge Probation Delivery Unit|S], were inspected by [HM Inspectorate of Probation|A] in [May and June 2024|D].
N| [Biddenden PDU|S] came out at ‘[Requires improvement|R]’, while [Hawkinge PDU|S] was placed in the bottom band, ‘[Inadequate|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Biddenden|S] has a stable, experienced team who clearly care about the people they supervise.
W| “In Hawkinge the picture was very different: nearly half the posts for probation officers stood empty, and new starters were carrying cases far beyond their experience.
W| “In both units, work to keep children and partners safe from harm was too often left until something went wrong.”

S| Inspectors were impressed by [Biddenden|S]’s ties to local drug and alcohol treatment providers, which meant people were seen quickly after release from prison.
W| In Hawkinge, home visits had almost stopped and checks with [Kent Police|A] were missing from many of the files examined.

R| The two reports make eight recommendations: three apiece for the units and two for the [Probation Service|A] in the region.

N| ENDS
"""),
    # 2. a youth justice service rated Good with resettlement "rated separately"; notes give the day and time
    ("eynsford-yjs-2024", facts([
        svc("Eynsford Youth Justice Service", "Eynsford YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-05-14", "2024-01", 4),
     """N| ‘[Good|R]’ rating for Eynsford youth justice work

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Eynsford Youth Justice Service|S] ‘[Good|R]’ overall.
S| Taken on its own, resettlement policy and provision also reached ‘[Good|R]’.
N| The inspection took place in [January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children working with [Eynsford YJS|S] are known as individuals, and their voices shape the plans made for them.
S| “The management board is well attended, and its members challenge each other in a constructive way.”

S| Inspectors found that case managers had built trusting relationships with families, often over many months.
S| A particular strength was the speed with which children were helped back into school or training.
W| However, safety plans for other people were not always revisited after a big change in a child’s life.
W| Out-of-court disposal assessments sometimes missed information already held by [Kent County Council|A]’s children’s social care.

R| Four recommendations are made; among them, the service should make sure safety plans are revisited after every significant event.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [14 May 2024|D] at 00.01.
N| 2. [Eynsford YJS|S] supervises children aged 10 to 17 across north-west Kent.
"""),
    # 3. two youth services in a local-news story: report day "Tuesday (14 February)" under a byline of Friday 17
    #    February 2023; ratings in the other order from first naming; "six recommendations, four for Hadlow and two for
    #    Penshurst"
    ("penshurst-and-hadlow-yjs-2023", facts([
        svc("Penshurst Youth Justice Service", "Penshurst YJS", "YJS", OUT),
        svc("Hadlow Youth Justice Service", "Hadlow YJS", "YJS", RI)], "2023-02-14", "2022-10", 6),
     """N| Mixed verdicts for two youth justice teams in west Kent

N| By [Helen Marsh|X]

N| [Friday 17 February 2023|D]

N| Inspectors’ reports on [Penshurst Youth Justice Service|S] and [Hadlow Youth Justice Service|S] appeared on Tuesday ([14 February|D]), after fieldwork in [October 2022|D].
N| [Hadlow|S] was told it ‘[Requires improvement|R]’, but [Penshurst|S] earned the inspectorate’s top grade of ‘[Outstanding|R]’.

S| The watchdog found that [Penshurst|S]’s staff went out of their way to build trust with children whom adults had often let down before.
S| Its work with local schools had cut the number of children excluded, inspectors said.
W| At [Hadlow YJS|S], by contrast, too many assessments were copied forward from earlier plans with little fresh thought.
W| Inspectors also said the service’s board met often without much changing as a result.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Penshurst|S] stands out as an example for youth justice services across the country.”
R| He added: “[Hadlow|S] needs to make sure that every child’s plan is built on an up-to-date understanding of the risks they face.”

R| There are six recommendations, four for [Hadlow|S] and two for [Penshurst|S].

N| [Kent County Council|A] promised to study both reports with care.
"""),
    # 4. a unit inside its region, region in the headline: "judged to be ‘Inadequate’"; fieldwork "10 - 14 June 2024";
    #    notes give the publication day; seven recommendations
    ("bearsted-pdu-2024", facts([
        svc("Bearsted Probation Delivery Unit", "Bearsted PDU", "PDU", INAD)], "2024-10-22", "2024-06", 7),
     """N| [Kent, Surrey and Sussex probation region|S]: [Bearsted PDU|S] judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A] has judged [Bearsted Probation Delivery Unit|S], whose parent is the [Probation Service – Kent, Surrey and Sussex region|S], to be ‘[Inadequate|R]’.
N| The fieldwork dates were [10 - 14 June 2024|D], and inspectors looked at 52 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bearsted|S] is a unit under severe strain, where staff feel they are simply trying to keep their heads above water.
W| “Sickness absence was high, and several practitioners told us there was nobody to ask when a case became complicated.”

W| Mr Jones continued: “Of the 52 cases, just 14 showed enough work to assess the risk a person posed to others, which is worrying.”

S| Despite these pressures, unpaid work ran smoothly, inspectors said, and placements were meaningful for the local community.
S| Administrative staff were praised for keeping the office running through a period of great upheaval.
W| The unit’s arrangements for sharing information with [Kent Police|A] about domestic abuse call-outs were inconsistent.

R| The report makes seven recommendations, five for [Bearsted PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report is available on the [HM Inspectorate of Probation|A] website from 00.01 on [Tuesday 22 October 2024|D].
"""),
    # 5. youth service "found to be ‘Requires improvement’", the previous rating beside it (2021, ‘Good’)
    ("frensham-yjs-2025", facts([
        svc("Frensham Youth Justice Service", "Frensham YJS", "YJS", RI)], "2025-04-08", "2024-12", 5),
     """N| [Frensham youth justice service|S] slips to ‘[Requires improvement|R]’

N| Inspectors have found [Frensham Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| The service held a ‘[Good|R]’ rating from its previous inspection, in [2021|D].
N| Fieldwork took place in [December 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Frensham|S] has lost a number of experienced managers since our last visit, and the service has not yet found its feet again.
S| “Even so, the case managers we met were tenacious and kept in touch with children when others had given up.”

S| Inspectors praised the service’s work with [Surrey Police|A] to divert children away from the formal justice system.
W| However, planning for children leaving custody was not always started early enough.
W| The health offer was variable, and some children waited months for support from [CAMHS|A].

R| The report makes five recommendations, three for [Frensham YJS|S] and two for its management board.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01 on [8 April 2025|D].
"""),
    # 6. a Probation Trust in 2011, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:" lists; fieldwork "in February 2011"; eight recommendations
    ("limpsfield-and-chaldon-probation-trust-2011", facts([
        svc("Limpsfield and Chaldon Probation Trust", "Limpsfield and Chaldon Probation Trust", "other", None)],
        "2011-05-10", "2011-02", 8),
     """N| [Limpsfield and Chaldon Probation Trust|S] – report of inspection

N| [Tuesday, 10th May 2011|D]

N| A report out today from [Her Majesty’s Inspectorate of Probation|A] looks at offender management in [Limpsfield and Chaldon Probation Trust|S].
N| The inspection was carried out in [February 2011|D] and looked at a sample of 64 cases.

S| For reducing the likelihood of reoffending the Trust scored 76%, and for making sure sentences were properly served, 83%.
W| Work to protect the public from harm scored 66%, which was below the average of the Trusts inspected so far.

N| Inspectors were pleased to find that:
S| • almost every offender was seen quickly once their order began;
S| • offender managers had a good knowledge of local services for housing and employment.

N| However, inspectors were concerned to find that:
W| • risk of harm plans were frequently left unreviewed after significant changes;
W| • contact with child safeguarding services was not always recorded.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “The staff of this Trust are committed, and the work to reduce reoffending is a credit to them.
R| “Public protection now needs the same care from managers.”

R| We made eight recommendations for improvement.
"""),
    # 7. a CRC in 2019 owned by a named provider: "given the lowest possible rating, ‘...’"; unpaid work "assessed
    #    separately"; fieldwork "in October and November 2018"
    ("ardingly-and-balcombe-crc-2019", facts([
        svc("Ardingly and Balcombe Community Rehabilitation Company", "Ardingly and Balcombe CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-26", "2018-10", 9),
     """N| Embargoed until 00:01 [Tuesday 26 February 2019|D]

N| Probation company in Sussex given lowest rating

N| [Ardingly and Balcombe Community Rehabilitation Company|S] (CRC), run by [Seetec|A], has received ‘[Inadequate|R]’, the bottom grade available, from [HM Inspectorate of Probation|A].
S| The CRC’s unpaid work, assessed separately, was found to be ‘[Good|R]’.
N| Inspectors visited in [October and November 2018|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “This CRC is letting down many of the people it supervises, and too little is done to protect the public.
W| “Responsible officers are working through caseloads of well over 70, with many people seen only by telephone.”

S| Unpaid work was a bright spot: placements were well supervised and projects were valued by local charities.
W| Inspectors found that referrals to the [National Probation Service|A] when risk increased were slow and sometimes did not happen at all.

R| The report makes nine recommendations, six for [Ardingly and Balcombe CRC|S] and [Seetec|A], and three for [HM Prison and Probation Service|A].

N| A [Seetec|A] spokesperson said: “The report is a fair one, and changes are under way.”
"""),
    # 8. a youth offending team written out on a council page, 2016, no rating: "Posted: 21/09/2016"; joint inspection
    #    "led by"; bullet lists; six recommendations
    ("slinfold-yot-2016", facts([
        svc("Slinfold Youth Offending Team", "Slinfold YOT", "YJS", None)], "2016-09-21", "2016-06", 6),
     """N| Inspection report on Slinfold youth offending work

N| Posted: [21/09/2016|D]

N| A report following a joint inspection led by [Her Majesty’s Inspectorate of Probation|A] into the work of [Slinfold Youth Offending Team|S] (YOT) has been published.
N| Colleagues from [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A] worked alongside the probation inspectors; the fieldwork was in [June 2016|D].

N| The inspectors were pleased to find that:
S| • YOT staff knew each child well and were determined to make a difference;
S| • work with victims of crime was of a high standard.

N| But the inspectors were worried that:
W| • the risk that children posed to other people was often not fully assessed;
W| • the management board did not have a clear view of how well the YOT was performing.

N| [Cllr Peter Gaunt|X], of [West Sussex County Council|A], said: “We welcome the report and thank the inspectors for their work.”

R| Six recommendations are made: four for [Slinfold YOT|S] and two for its partners.
"""),
    # 9. youth service "judged ‘Good’" on a justiceinspectorates news item; "Published: 15 Mar 2022"; fieldwork "carried
    #    out remotely in December 2021"; three recommendations
    ("findon-yjs-2022", facts([
        svc("Findon Youth Justice Service", "Findon YJS", "YJS", GOOD)], "2022-03-15", "2021-12", 3),
     """N| News

N| [Findon youth justice team|S] judged ‘[Good|R]’

N| Published: [15 Mar 2022|D]

N| [HM Inspectorate of Probation|A] has judged [Findon Youth Justice Service|S] to be ‘[Good|R]’.
N| The inspection was carried out remotely in [December 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Throughout the pandemic, [Findon|S] never lost sight of the children it works with, and its practice is better for it.
S| “I am encouraged by the way the service listens to children and changes what it does as a result.”

S| Inspectors commended the service’s partnership with [Sussex Police|A], which meant many children were diverted away from court.
W| However, work to keep children safe varied in quality, and some contingency plans had gaps.
W| Education staff on the management board were not always present, so decisions about school places were sometimes delayed.

R| Two of the three recommendations go to the service; the third goes to [West Sussex County Council|A].
"""),
    # 10. youth service "awarded the highest possible rating"; notes give the day; two recommendations
    ("warnham-yjs-2023", facts([
        svc("Warnham Youth Justice Service", "Warnham YJS", "YJS", OUT)], "2023-07-18", "2023-04", 2),
     """N| ‘[Outstanding|R]’ youth justice work in Warnham

N| [HM Inspectorate of Probation|A] has given [Warnham Youth Justice Service|S] its highest possible rating, ‘[Outstanding|R]’.
N| Inspectors examined the service’s work during [April 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Warnham|S] can be rightly proud of this result.
S| “Its leaders are not complacent, and they have made sure that the needs of children are never an afterthought.”

S| Inspectors found that almost every child had a plan that reflected their own views and those of their family.
S| The service’s work to address disproportionality, particularly for Black and mixed-heritage boys, was described as exceptional.
W| The one area the inspectors judged could be further enhanced was the way information about victims was recorded.

R| We made two recommendations, one for [Warnham YJS|S] and one for [West Sussex County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [18 July 2023|D] at 00.01.
N| 2. [HM Inspectorate of Probation|A] rates youth justice services on a four-point scale.
"""),
    # 11. youth service RI, resettlement rated separately ‘Inadequate’; "Thursday, 1st July 2021"; fieldwork "carried out
    #     remotely in March 2021"
    ("tatsfield-yjs-2021", facts([
        svc("Tatsfield Youth Justice Service", "Tatsfield YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2021-07-01", "2021-03", 7),
     """N| Tatsfield youth justice inspection published

N| [Thursday, 1st July 2021|D]

N| [Tatsfield Youth Justice Service|S] received an overall rating of ‘[Requires improvement|R]’ in its inspection report, which [HM Inspectorate of Probation|A] released today.
W| Resettlement work, rated separately, was rated ‘[Inadequate|R]’.
N| Because of the pandemic, inspectors worked remotely throughout [March 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Lockdown tested this dedicated team, who adapted quickly and kept in touch with the children they work with.
W| “Yet planning for children coming out of custody was poor, and some were released without a settled place to live.”

S| Inspectors were impressed with the range of interventions on offer, including sports and mentoring schemes run with local charities.
W| Disappointingly, leaders could not say with confidence how good practice was across the service.

R| Seven recommendations are made, among them that the board should ensure every child released from custody has suitable accommodation arranged in advance.
"""),
    # 12. a 2025 public-protection inspection of a PDU inside its region: "Skip to content", "Context" / "Findings"
    #     bullets, no rating; "Published: 18 November 2025"; fieldwork "in July 2025"
    ("ferring-pdu-2025", facts([
        svc("Ferring Probation Delivery Unit", "Ferring PDU", "PDU", None)], "2025-11-18", "2025-07", 4),
     """N| Skip to content

N| Public protection work in [Ferring probation delivery unit|S]

N| Published: [18 November 2025|D]

N| In this report, [HM Inspectorate of Probation|A] examines how well [Ferring Probation Delivery Unit|S] protects the public; the unit belongs to the [Probation Service – Kent, Surrey and Sussex region|S].
N| Inspections in this programme do not award a rating.
N| Fieldwork took place in [July 2025|D].

N| Context
N| • [Ferring PDU|S] covers a stretch of the West Sussex coast and the villages behind it.
N| • The unit supervises around 900 people on probation.

N| Findings
S| • Practitioners understood domestic abuse well, and their assessments showed it.
W| • In a third of the cases where checks with children’s social care were needed, none had been made.
W| • Staff said high workloads left them little time for reflective supervision.

R| The unit and its regional leaders receive four recommendations.
"""),
    # 13. youth service "assessed as ‘Inadequate’"; previous rating "in a report published in March 2021"; council page
    #     "12/11/2024"; fieldwork "between 1 and 5 July 2024"; ten recommendations; council reply
    ("hamstreet-yjs-2024", facts([
        svc("Hamstreet Youth Justice Service", "Hamstreet YJS", "YJS", INAD)], "2024-11-12", "2024-07", 10),
     """N| Council responds to youth justice inspection

N| [12/11/2024|D]

N| [Hamstreet Youth Justice Service|S] has been assessed as ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Its last inspection, reported in [March 2021|D], had rated it ‘[Requires improvement|R]’.
N| Inspectors visited the service between [1 and 5 July 2024|D].

W| The report says leaders had done too little, too slowly, after the previous inspection.
W| Inspectors found that risks to children’s safety were not properly understood in most of the cases they looked at.
W| Case managers came and went so often that some children had four in a single year.
S| Inspectors did recognise how committed front-line staff were, and the worth of the service’s reparation projects.

R| The inspectorate has made ten recommendations, seven for the service and its board and three for partner agencies.

N| [Cllr Sarah Hamilton|X], of [Kent County Council|A], said: “This outcome is disappointing, and we have already drawn up a plan to put things right.”
"""),
    # 14. a Youth Offending Service in 2019: Good, resettlement rated separately ‘Requires improvement’; fieldwork "in
    #     March and April 2019"; notes' publication date
    ("chilham-yos-2019", facts([
        svc("Chilham Youth Offending Service", "Chilham YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-08-06", "2019-03", 6),
     """N| [Chilham youth offending service|S] rated ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has rated [Chilham Youth Offending Service|S] (YOS) ‘[Good|R]’ overall.
W| Resettlement, given a rating of its own, is judged ‘[Requires improvement|R]’.
N| Inspectors visited in [March and April 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chilham YOS|S] has skilled and motivated staff, and children told us they felt listened to.
S| “Getting children back into school, college or work is something the service does particularly well.”

W| However, inspectors found that arrangements for children leaving custody needed further development.
S| Positively, links with the local substance misuse service meant children could get help within days.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website on [6 August 2019|D] at 00.01.
"""),
    # 15. a Surrey PDU, plain: "Published: 7 Sep 2023"; fieldwork "in April 2023"; six recommendations
    ("shalford-pdu-2023", facts([
        svc("Shalford Probation Delivery Unit", "Shalford PDU", "PDU", RI)], "2023-09-07", "2023-04", 6),
     """N| News

N| [Shalford probation unit|S] ‘[Requires improvement|R]’

N| Published: [7 Sep 2023|D]

N| Following an inspection in [April 2023|D], [HM Inspectorate of Probation|A] has rated [Shalford Probation Delivery Unit|S] ‘[Requires improvement|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shalford PDU|S]’s leaders have a clear vision, and staff value the backing they get from their managers.
W| “But staff shortages mean that too much of the work is rushed, and the quality of risk assessments is not where it should be.”

S| Inspectors found that accredited programmes were delivered without delay, bucking the trend seen elsewhere.
W| In contrast, sentence plans were rarely reviewed with the person on probation.
W| Only 19 of the 46 cases inspected showed sufficient work to keep other people safe.

R| The report makes six recommendations; the [Probation Service|A]’s regional leaders must act on two, and the unit on the rest.
"""),
    # 16. two youth services inspected together; "Detling ... ‘Requires improvement’, and Boxley ... ‘Good’"; fieldwork
    #     "in September 2024"; nine recommendations, five and four
    ("detling-and-boxley-yjs-2025", facts([
        svc("Detling Youth Justice Service", "Detling YJS", "YJS", RI),
        svc("Boxley Youth Justice Service", "Boxley YJS", "YJS", GOOD)], "2025-02-11", "2024-09", 9),
     """N| Two youth justice services in Kent inspected

N| [HM Inspectorate of Probation|A] has today published reports on [Detling Youth Justice Service|S] and [Boxley Youth Justice Service|S], which were inspected in [September 2024|D].
N| [Detling YJS|S] has been assessed as ‘[Requires improvement|R]’, and [Boxley YJS|S] has been found to be ‘[Good|R]’.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Boxley|S] has created a culture in which children’s views genuinely count.
W| “[Detling|S] has made a start, but too often its work to keep children safe lacks professional curiosity.”

S| Inspectors praised [Boxley|S] for its close working with schools and with the [NHS|A] speech and language team.
W| At [Detling YJS|S], the management board had not set clear priorities, and some partners rarely attended.

R| Nine recommendations are made, five for [Detling|S] and four for [Boxley|S].

N| ENDS

N| Notes to editors
N| 1. Both reports are published on [11 February 2025|D].
"""),
    # 17. youth service "Inspectors have concluded that ... ‘Requires improvement’"; "Thursday, 11th June 2020"; fieldwork
    #     "between 24 and 28 February 2020"
    ("abinger-yjs-2020", facts([
        svc("Abinger Youth Justice Service", "Abinger YJS", "YJS", RI)], "2020-06-11", "2020-02", 5),
     """N| [Abinger youth justice service|S]: inspection findings

N| [Thursday, 11th June 2020|D]

N| Inspectors have concluded that [Abinger Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The fieldwork took place between [24 and 28 February 2020|D], before the national lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Abinger|S]’s case managers are dedicated and know their children well.
W| “However, the service’s leaders do not have a firm enough grip on the quality of the work.”

W| Inspectors found that only half of the plans for keeping children safe were good enough.
S| There was a creditable focus on helping children with speech and language needs.
W| The out-of-court disposal process was not well understood by staff or by [Surrey Police|A].

R| The report makes five recommendations.
"""),
    # 18. a unit inside its region in local news: "published today (Wednesday, 9 November)" (no year: 2022, the story's
    #     fieldwork); "The inspectors’ verdict on X ... is ‘Inadequate’"; "I urge the region"; six recommendations
    ("iwade-pdu-2022", facts([
        svc("Iwade Probation Delivery Unit", "Iwade PDU", "PDU", INAD)], "2022-11-09", "2022-06", 6),
     """N| Probation office near Sittingbourne failing, say inspectors

N| The inspectors’ verdict on [Iwade Probation Delivery Unit|S], in the [Probation Service – Kent, Surrey and Sussex region|S], is ‘[Inadequate|R]’, according to a report published today (Wednesday, [9 November|D]).
N| The fieldwork was in [June 2022|D], over a fortnight.

W| They found that more than a third of the unit’s posts were vacant, and that some people on probation had not been seen for several weeks.
W| Morale was poor, and staff said errors were covered up instead of being discussed.
S| Inspectors were, however, impressed by the unit’s women’s service, which offered support in a safe setting.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Iwade|S] is failing the public, and it is failing its own staff.”
R| “I urge the region to give this unit the urgent support it needs.”

R| The report makes six recommendations.

N| A [Probation Service|A] spokesperson said: “We accept the findings and are recruiting more probation officers.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the eighty-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
