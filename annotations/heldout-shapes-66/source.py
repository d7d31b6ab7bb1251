"""Builds the sixty-sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Medway PDUs on a GOV.UK page, the region named first: "X and Z were both placed at ‘...’ and Y was given
    #    the lowest possible rating"; "Inspectors visited the three units in June 2024"; nine recommendations "three
    #    for each PDU"
    ("walderslade-cuxton-and-allhallows-pdus-2024", facts([
        svc("Walderslade Probation Delivery Unit", "Walderslade PDU", "PDU", RI),
        svc("Cuxton Probation Delivery Unit", "Cuxton PDU", "PDU", INAD),
        svc("Allhallows Probation Delivery Unit", "Allhallows PDU", "PDU", RI)], "2024-11-12", "2024-06", 9),
     """N| Press release

N| Three probation units in Medway: inspection findings

N| Reports on three probation delivery units in Medway are published by the inspectorate.

N| From: [HM Inspectorate of Probation|A]

N| Published [12 November 2024|D]

N| The [Probation Service – Kent, Surrey and Sussex region|S] runs probation in Medway through several units, and three of them have now been inspected: [Walderslade Probation Delivery Unit|S], [Cuxton Probation Delivery Unit|S] and [Allhallows Probation Delivery Unit|S].
N| [Walderslade|S] and [Allhallows|S] were both placed at ‘[Requires improvement|R]’, and [Cuxton|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the three units in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cuxton|S] has been without a settled senior manager for well over a year, and it shows.
W| “Practitioners there told us they felt forgotten, and too many people on licence were being reported to us as seen when the contact had been a brief phone call.
S| “In Walderslade and Allhallows, by contrast, managers had a firm hold on their caseloads and knew where the risks lay.”

S| Inspectors commended [Allhallows PDU|S]’s joint work with [Kent Police|A] on knife crime offenders.
W| Across all three units, home visits in cases of domestic abuse were rare, and checks with [Medway Council|A]’s children’s services were missing from too many files.

R| The reports contain nine recommendations in all, three for each PDU.

N| ENDS
"""),
    # 2. two East Sussex youth justice services in a local-news story: byline Friday 21 July 2023, the reports "released
    #    on Tuesday (18 July)"; "Burwash came away with ‘...’ while Ticehurst must now ‘...’", the other order from the
    #    one first named; six recommendations "two ... for Burwash and four for Ticehurst"
    ("ticehurst-and-burwash-yjs-2023", facts([
        svc("Ticehurst Youth Justice Service", "Ticehurst YJS", "YJS", RI),
        svc("Burwash Youth Justice Service", "Burwash YJS", "YJS", GOOD)], "2023-07-18", "2023-02", 6),
     """N| Mixed verdict for youth justice teams in the High Weald

N| By [Sophie Kember|X]

N| [Friday 21 July 2023|D]

N| Inspectors looked at [Ticehurst Youth Justice Service|S] and [Burwash Youth Justice Service|S] in [February 2023|D]; the two reports came out on Tuesday ([18 July|D]).
N| [Burwash|S] came away with a ‘[Good|R]’ rating, while [Ticehurst|S] was told it ‘[Requires improvement|R]’.

S| The watchdog found that [Burwash|S]’s workers visited children at home often and got to know their families well.
S| It also singled out [Burwash YJS|S]’s reparation projects, which let children repair damage in their own villages.
W| In Ticehurst, however, inspectors found that plans to keep children safe were often vague and had not been shared with social workers.
W| Staff sickness had left [Ticehurst YJS|S] relying on agency case managers, some of whom had stayed only a few weeks.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Burwash|S]’s team has every reason to be pleased.
R| “[Ticehurst|S] must now make sure that every child has a safety plan that partners have seen and agreed.”

R| There are six recommendations, two of them for [Burwash|S] and four for [Ticehurst|S].

N| A spokesperson for [East Sussex County Council|A] said action plans for both services would be ready by September.
"""),
    # 3. two Kent PDUs in a justiceinspectorates news item: "Walmer fell into the ‘...’ category, and Lyminge was one
    #    grade higher, at ‘...’"; "Published: 4 Feb 2025"; "during September 2024"; eight recommendations
    ("walmer-and-lyminge-pdus-2025", facts([
        svc("Walmer Probation Delivery Unit", "Walmer PDU", "PDU", INAD),
        svc("Lyminge Probation Delivery Unit", "Lyminge PDU", "PDU", RI)], "2025-02-04", "2024-09", 8),
     """N| News

N| Two east Kent probation units fall short

N| Published: [4 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today publishes its findings on [Walmer Probation Delivery Unit|S] and [Lyminge Probation Delivery Unit|S], which it inspected during [September 2024|D].
N| [Walmer|S] fell into the ‘[Inadequate|R]’ category, and [Lyminge|S] was one grade higher, at ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Walmer the public is less safe than it should be, and neither unit is where it needs to be.
W| “Half of all practitioner posts in Walmer were empty when we visited, and newly qualified officers were holding cases far beyond their experience.”

S| Inspectors were impressed by [Lyminge PDU|S]’s work with people leaving prison, who nearly always had somewhere to live on the day of release.
S| Both units worked closely with local drug and alcohol services.
W| Yet in both, assessments of risk to known partners were thin, and information from [Kent Police|A] was often not requested.

R| Eight recommendations are made: three for [Walmer PDU|S], three for [Lyminge PDU|S] and two for the [Probation Service|A] regionally.
"""),
    # 4. a unit inside its region, the region in the headline and first sentence: "Of the units in the region inspected
    #    so far, X is the first to be found ‘...’"; "inspected X in March 2024"; "Mr Jones continued"; the publication
    #    day in the notes ("at 00.01 on Thursday 18 July 2024")
    ("longfield-pdu-2024", facts([
        svc("Longfield Probation Delivery Unit", "Longfield PDU", "PDU", INAD)], "2024-07-18", "2024-03", 6),
     """N| [Kent, Surrey and Sussex probation region|S]: one unit found ‘[Inadequate|R]’

N| [Longfield Probation Delivery Unit|S] is the first unit in the [Kent, Surrey and Sussex region|S] to be found ‘[Inadequate|R]’ since inspections of the region’s units began.
N| [HM Inspectorate of Probation|A] inspected [Longfield PDU|S], which covers a stretch of north-west Kent, in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Conditions in this unit make good work almost impossible, even though staff are doing their best.
W| “Many officers held more than 70 cases, and several had not had a supervision session with their manager since the autumn.”

W| Mr Jones continued: “Most worrying of all, when someone’s behaviour suggested they were becoming more dangerous, nobody acted on it quickly enough.”

S| Inspectors did find some promising work: the unit’s women’s hub in the town centre was well used, and women told inspectors they felt listened to.
W| Only a third of the risk management plans inspectors read dealt with the most serious concerns.
S| Relationships with [Kent County Council|A]’s housing team were close and had kept many people out of emergency accommodation.

R| Six recommendations are made, four to the unit itself and two to regional leaders.

N| ENDS

N| Notes to editors
N| 1. The report will go online at 00.01 on [Thursday 18 July 2024|D].
N| 2. [Probation Service – Kent, Surrey and Sussex region|S] includes [Longfield PDU|S] among its units.
"""),
    # 5. a unit inside its region, the region first ("Within the Probation Service’s Kent, Surrey and Sussex region,
    #    ..."): "has been judged to ‘...’" in "a report published today (Tuesday 10 October)" (no year: the fieldwork's,
    #    May 2023); leadership "rated separately" ‘Good’; five recommendations
    ("hildenborough-pdu-2023", facts([
        svc("Hildenborough Probation Delivery Unit", "Hildenborough PDU", "PDU", RI,
            [{"aspect": "leadership", "rating": GOOD}])], "2023-10-10", "2023-05", 5),
     """N| West Kent probation unit ‘building on firm foundations’

N| Within the [Probation Service|A]’s [Kent, Surrey and Sussex region|S], [Hildenborough Probation Delivery Unit|S] has been judged to ‘[Requires improvement|R]’ in a report published today ([Tuesday 10 October|D]).
S| Leadership of the unit, rated separately, reached ‘[Good|R]’.
N| Inspectors spent time with the unit in [May 2023|D], when they read 45 cases and met staff and partners.

S| The head of the PDU and her managers had a realistic grasp of what needed to improve and had already begun to act on it.
S| Staff spoke warmly of their managers and said they felt able to raise concerns.
W| Even so, the quality of everyday casework lagged behind, and where circumstances had changed, fewer than half of the plans had been reviewed.
W| Access to interpreters and to support for people with learning disabilities was patchy.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The foundations are in place at [Hildenborough|S].
R| “The next task is to make sure every person on probation feels the benefit of that leadership in their own supervision.”

R| The inspectorate has made five recommendations, all for the PDU.

N| ENDS
"""),
    # 6. a Probation Trust in 2013, before ratings: percentage scores; "Wednesday, 6th March 2013" above "published today";
    #    fieldwork "in November 2012"; bullet lists after "Inspectors were pleased to find that:" / "However, inspectors
    #    were concerned to find that:"; seven recommendations
    ("elham-valley-probation-trust-2013", facts([
        svc("Elham Valley Probation Trust", "Elham Valley Probation Trust", "other", None)], "2013-03-06", "2012-11", 7),
     """N| Inspection of adult offending work in the Elham Valley

N| [Wednesday, 6th March 2013|D]

W| Work to reduce reoffending by [Elham Valley Probation Trust|S] is generally sound but it is weaker at protecting the public, according to [HM Inspectorate of Probation|A]’s report, published today.
N| Inspectors read 54 cases during their fieldwork in [November 2012|D].

S| The Trust scored 76% on reducing the likelihood of reoffending and 85% on making sure sentences were properly delivered.
W| On protecting the public from harm it scored 64%, lower than the national average.

N| Inspectors were pleased to find that:
S| • first appointments were nearly always arranged within days of sentence;
S| • good use was made of local resources, including a well-run women’s project.

N| However, inspectors were concerned to find that:
W| • the likelihood of causing serious harm was sometimes underestimated;
W| • information was not routinely sought from [Kent Police|A] about domestic abuse call-outs.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Enthusiasm is the hallmark of this Trust’s staff, and they know the people they supervise.
R| “Now they must apply equal rigour to protecting the public.”

R| Seven recommendations are made in the report.
"""),
    # 7. a CRC in 2019 run by a named provider, with an embargo line: "Inspectors assessed X as ‘...’, the second lowest of
    #    the four grades"; unpaid work "given a grade of its own" ‘Good’; fieldwork "in October and November 2018"
    ("sedlescombe-and-ninfield-crc-2019", facts([
        svc("Sedlescombe and Ninfield Community Rehabilitation Company", "Sedlescombe and Ninfield CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-14", "2018-10", 7),
     """N| EMBARGOED: 00.01 hrs [Thursday 14 March 2019|D]

N| Probation company in East Sussex needs to do more to manage risk

N| [Sedlescombe and Ninfield Community Rehabilitation Company|S] (CRC), owned by [Sodexo Justice Services|A], has been assessed by [HM Inspectorate of Probation|A] as ‘[Requires improvement|R]’, the second lowest of the four grades.
S| Its unpaid work, given a grade of its own, was ‘[Good|R]’.
N| Inspectors visited in [October and November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Much is done well by this CRC, but there are gaps that cannot be left.
W| “Far too often, officers were supervising people over the telephone when there were clear signs that face-to-face contact was needed.”

S| Unpaid work placements were well organised, and many people on them learned useful skills.
S| The CRC’s leaders were open with inspectors about the challenges they faced.
W| However, there were too few checks on people with a history of domestic abuse, and reviews of risk were infrequent.
W| Help for people leaving prison under Through the Gate was, in the words of the report, “largely ineffective”.

R| The report’s seven recommendations are split between the CRC and [Sodexo Justice Services|A] (five) and [HM Prison and Probation Service|A] (two).
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection led by the
    #    probation inspectorate; "Published on 21/10/2016" (day/month/year); bullet lists; no count of recommendations
    ("northiam-yot-2016", facts([
        svc("Northiam Youth Offending Team", "Northiam YOT", "YJS", None)], "2016-10-21", "2016-06", None),
     """N| Inspection report on the [Northiam Youth Offending Team|S]

N| Published on [21/10/2016|D]

N| A joint inspection of [Northiam Youth Offending Team|S] (YOT) took place in [June 2016|D], with [HM Inspectorate of Probation|A] leading and [Ofsted|A] and the [Care Quality Commission|A] taking part.
N| The inspection looked at how well the YOT reduces reoffending, protects the public and keeps children safe.

N| The inspectors reported that:
S| • case managers knew the children they worked with well and were skilled at engaging them;
S| • victims were kept well informed, and the YOT’s work with them was thoughtful.

N| The inspectors also reported that:
W| • when things changed, assessments of the danger children might pose to other people were not always updated;
W| • there were delays in getting children seen by [CAMHS|A].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff were committed, and children clearly valued their help.
R| “The management board should now insist that health partners do their share.”

N| The council’s lead member for children said the recommendations would be taken forward by the YOT management board.
"""),
    # 9. a "Youth Offending Service" in 2019: "X has achieved a ‘...’ rating"; "Published: 27 Nov 2019"; fieldwork "carried
    #    out between 1 and 5 July 2019"; the short "Rotherfield YOS"; four recommendations
    ("rotherfield-yos-2019", facts([
        svc("Rotherfield Youth Offending Service", "Rotherfield YOS", "YJS", GOOD)], "2019-11-27", "2019-07", 4),
     """N| Youth offending service in the Wealden district achieves ‘[Good|R]’

N| Published: [27 Nov 2019|D]

N| [Rotherfield Youth Offending Service|S] (YOS) has achieved ‘[Good|R]’ in its inspection by [HM Inspectorate of Probation|A].
N| Fieldwork was carried out between [1 and 5 July 2019|D].

S| Inspectors found a well-run service whose case managers were not overstretched and knew each child well.
S| The YOS had a strong partnership with [Sussex Police|A], and diversion from court was used wisely.
W| On the other hand, children’s health needs were not always assessed, as the service had lost its nurse and not replaced her.
W| Too few children subject to court orders had a say in their own plan.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “At [Rotherfield YOS|S] children come first, and the staff can be rightly proud of their work.
R| “I would like leaders to restore proper health support quickly.”

R| We have made four recommendations to help the YOS improve further.
"""),
    # 10. a GOV.UK page: "X has been awarded ‘...’ overall"; out-of-court disposals "scored on their own" ‘Outstanding’;
    #     "Fieldwork for the inspection was in November 2023"; three recommendations
    ("chartham-yjs-2024", facts([
        svc("Chartham Youth Justice Service", "Chartham YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2024-04-03", "2023-11", 3),
     """N| Press release

N| Youth justice service near Canterbury awarded ‘[Good|R]’

N| Inspectors publish their report on [Chartham Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [3 April 2024|D]

N| [Chartham Youth Justice Service|S] has been awarded ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
S| Out-of-court disposals, which inspectors scored on their own, were ‘[Outstanding|R]’.
N| Fieldwork for the inspection was in [November 2023|D].

S| The service’s prevention team was reaching children early, and very few of them went on to offend again.
S| Case managers were tenacious in keeping children in education and in finding them something to do in the evenings.
W| However, when a child was on a court order, planning to protect others was not always thorough enough.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chartham|S] is giving children a service they can rely on.
R| “Leaders now need to bring planning for court orders up to the standard of their prevention work.”

R| Three recommendations have been made, all for [Chartham YJS|S] and its management board.
"""),
    # 11. a council page: "Posted 15/09/2022"; "inspectors have rated X ‘...’"; fieldwork "4 - 8 April 2022"; seven
    #     recommendations; the council's reply
    ("newick-yjs-2022", facts([
        svc("Newick Youth Justice Service", "Newick YJS", "YJS", RI)], "2022-09-15", "2022-04", 7),
     """N| Council responds to youth justice inspection

N| Posted [15/09/2022|D]

N| Following their visit on [4 - 8 April 2022|D], inspectors have rated [Newick Youth Justice Service|S] ‘[Requires improvement|R]’.
N| [HM Inspectorate of Probation|A] looked at the service’s leadership, its staff and the work done with children on court orders and out-of-court disposals.

S| Inspectors praised the service’s work with children’s families, and found that parents were involved in plans from the start.
S| They described the team’s work with victims as a notable strength.
W| But they were concerned that children’s safety was not being reviewed often enough, particularly where there were signs of exploitation.
W| Inspectors also said the management board was not challenging partners about gaps in health and education provision.

R| Seven recommendations are made for the service and its partners.

N| “The recommendations are accepted, and work on them has already started,” said Councillor [Peter Goodall|X], [East Sussex County Council|A]’s lead member for children.
N| “I want to thank our staff for the care and commitment they show every day.”
"""),
    # 12. local news in the third person, a drop from the previous rating: "has slumped to ‘...’ ... rated ‘Good’ in
    #     2021"; the report "published on Tuesday (8 April)" under a byline of Wednesday 9 April 2025; fieldwork
    #     "visited in December 2024"; ten recommendations; the council's promise
    ("hollington-yjs-2025", facts([
        svc("Hollington Youth Justice Service", "Hollington YJS", "YJS", INAD)], "2025-04-08", "2024-12", 10),
     """N| Watchdog gives youth justice service its lowest rating

N| By [Tom Reddish|X]

N| [Wednesday 9 April 2025|D]

N| [Hollington Youth Justice Service|S] has slumped to ‘[Inadequate|R]’, according to an inspection report published on Tuesday ([8 April|D]).
N| At its previous inspection, in [2021|D], it had been rated ‘[Good|R]’.
N| Inspectors visited in [December 2024|D].

W| The watchdog said children being drawn into county lines were not being kept safe, and that some had gone missing with no plan in place.
W| It said nearly a third of case manager posts were vacant, and that managers had stopped checking the quality of work.
S| One bright spot was the service’s education worker, credited with getting a number of children back into school.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hollington|S] has declined steeply, and the partnership was slow to see it.
R| “Urgent action is needed so that every child at risk of harm has a plan that partners follow.”

R| The report makes ten recommendations, including one for [Sussex Police|A] and one for the [NHS Sussex Integrated Care Board|A].

N| The council said it had appointed new managers and had an improvement plan under way.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", "Context" and "Findings" bullets,
    #     the region in a bullet; "Published: 11 Dec 2025"; fieldwork "in the first half of September 2025"; four
    #     recommendations
    ("lamberhurst-pdu-2025", facts([
        svc("Lamberhurst Probation Delivery Unit", "Lamberhurst PDU", "PDU", None)], "2025-12-11", "2025-09", 4),
     """N| Skip to content

N| Public protection work in a west Kent probation unit

N| Published: [11 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published a report on the public protection work of [Lamberhurst Probation Delivery Unit|S].
N| This inspection programme does not award ratings.
N| Inspectors carried out their fieldwork in the first half of [September 2025|D].

N| Context
N| • [Lamberhurst PDU|S] sits within [Probation Service – Kent, Surrey and Sussex region|S].
N| • It manages around 650 people, of whom about 90 are managed under [MAPPA|A].

N| Findings
S| • Home visits were carried out in most domestic abuse cases, and officers used them well.
W| • Risk assessments were not reviewed after significant events in around half of the cases examined.
W| • Officers did not always receive information from [Kent Police|A] in time to act on it.
S| • Staff had access to good training on stalking and coercive control.

R| Three of the report’s four recommendations are for the PDU; the fourth is for the region.
"""),
    # 14. a remote inspection in 2021: "Thursday, 2nd September 2021" above "published today"; "Inspectors concluded that
    #     X ‘...’"; fieldwork "carried out remotely in April 2021"; "in only 10 of the 24 cases"; six recommendations
    ("pembury-yjs-2021", facts([
        svc("Pembury Youth Justice Service", "Pembury YJS", "YJS", RI)], "2021-09-02", "2021-04", 6),
     """N| Youth justice in Pembury: inspection report published

N| [Thursday, 2nd September 2021|D]

N| Inspectors concluded that [Pembury Youth Justice Service|S] ‘[Requires improvement|R]’, according to [HM Inspectorate of Probation|A]’s report out today.
N| The inspection was carried out remotely in [April 2021|D] because of COVID-19 restrictions.

S| Inspectors found a committed staff team who had stayed in regular contact with children all through the lockdowns.
S| Encouragingly, the service had expanded its work with girls, who had previously had little tailored support.
W| However, a good enough plan for managing the risk to other people was in place in only 10 of 24 cases.
W| The partnership board met often, yet its meetings changed little.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The goodwill in this service is obvious, but its management of risk is not where it should be.
R| “The board must take a much firmer grip and make sure its decisions are carried through.”

R| We have made six recommendations: the service has four and its partnership board two.

N| ENDS
"""),
    # 15. a 2020 release: "has been found to be ‘...’"; fieldwork "in January 2020"; "Mr Russell continued"; four
    #     recommendations; the publication day in the notes ("from 00.01 on 14 May 2020")
    ("alfriston-yjs-2020", facts([
        svc("Alfriston Youth Justice Service", "Alfriston YJS", "YJS", GOOD)], "2020-05-14", "2020-01", 4),
     """N| Youth service in East Sussex is ‘[Good|R]’, inspectors say

N| [HM Inspectorate of Probation|A]’s inspectors judged [Alfriston Youth Justice Service|S] to be ‘[Good|R]’.
N| Fieldwork for the inspection took place in [January 2020|D], before the COVID-19 pandemic.

S| “This is a caring service, where children told us they trusted their case managers,” said [Justin Russell|X], HM Chief Inspector of Probation.
S| “Partnerships with schools and with [East Sussex County Council|A]’s children’s services were excellent.”

W| Mr Russell continued: “Work with children leaving custody was less effective, and there was sometimes no suitable accommodation ready on the day of release.”

S| Inspectors praised the quality of pre-sentence reports, which courts relied on heavily.
W| The number of children who were still offending while under supervision was higher than the service had realised.

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: [14 May 2020|D], 00.01.
N| 2. [HM Inspectorate of Probation|A] inspects youth justice services in England and Wales.
"""),
    # 16. "X has again been assessed as ‘...’, an improvement on the ‘Inadequate’ it received in 2021" (the headline's
    #     lower-case "Teynham youth justice service"); resettlement "rated separately" ‘Requires improvement’; fieldwork
    #     "over two weeks in June 2024"; the Director of Operations as speaker; six recommendations
    ("teynham-yjs-2024", facts([
        svc("Teynham Youth Justice Service", "Teynham YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2024-10-29", "2024-06", 6),
     """N| Press release

N| [Teynham youth justice service|S] makes progress but more to do

N| From: [HM Inspectorate of Probation|A]

N| Published [29 October 2024|D]

N| Inspectors have assessed [Teynham Youth Justice Service|S] as ‘[Requires improvement|R]’, up from ‘[Inadequate|R]’ at its [2021|D] inspection.
W| Resettlement work was rated separately and also ‘[Requires improvement|R]’.
N| Inspectors were with the service over two weeks in [June 2024|D].

S| A new head of service had brought stability, and staff said morale was much better than at the last inspection.
S| Children’s education, training and employment needs were well understood and met.
W| But case managers were still not consistently spotting signs that a child was being exploited.
W| Children released from custody often waited too long for a place in education or training.

S| [HM Inspectorate of Probation|A]’s Director of Operations, [Helen Corby|X], said: “[Teynham|S] has turned a corner, and the partnership deserves credit for that.
R| “The next step is to make sure no child leaves custody without a place to go and someone to meet them.”

R| Six recommendations are made; [Swale Borough Council|A] has one and the service the other five.
"""),
    # 17. a PDU with an embargo line in capitals: "Inspectors judged X to ‘...’"; fieldwork "in June 2022"; "Only 19 of the
    #     42 cases"; six recommendations
    ("yalding-pdu-2022", facts([
        svc("Yalding Probation Delivery Unit", "Yalding PDU", "PDU", RI)], "2022-11-23", "2022-06", 6),
     """N| EMBARGOED UNTIL 00:01 [WEDNESDAY 23 NOVEMBER 2022|D]

N| Probation unit in mid Kent told to improve its work on risk

N| Inspectors judged [Yalding Probation Delivery Unit|S] to ‘[Requires improvement|R]’ after visiting it in [June 2022|D].

S| Staff at [Yalding|S] were positive about their managers, and most said they had manageable workloads.
S| The PDU had built strong links with local drug and alcohol treatment providers, so people were usually referred within days.
W| Only 19 of the 42 cases inspected showed enough work to keep other people safe.
W| Management oversight of the most serious cases was inconsistent, and some counter-signing of assessments was little more than a formality.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Yalding|S] has many of the ingredients of a good unit, but it is not yet using them to keep the public safe.
R| “Managers should make sure that risk is checked, and rechecked, in every case that needs it.”

R| The report sets out six recommendations for the PDU and the [Probation Service|A].

N| ENDS
"""),
    # 18. a justiceinspectorates news item: "X has received the top rating, ‘...’"; "Published: 16 May 2023"; fieldwork
    #     "in January 2023"; "all but two children"; two recommendations
    ("buxted-yjs-2023", facts([
        svc("Buxted Youth Justice Service", "Buxted YJS", "YJS", OUT)], "2023-05-16", "2023-01", 2),
     """N| News

N| ‘[Outstanding|R]’ youth justice work in East Sussex

N| Published: [16 May 2023|D]

N| [Buxted Youth Justice Service|S] has been given ‘[Outstanding|R]’, the highest grade [HM Inspectorate of Probation|A] awards.
N| The inspection took place in [January 2023|D].

S| Inspectors found that all but two children in the cases they examined were in education, training or work.
S| The service’s speech and language therapist assessed every child who came to the service, so staff knew how best to talk with them.
S| Leaders had an accurate, detailed picture of what the service did well and less well, and were not complacent.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Buxted|S] stands out for the quality of its relationships with children and their families.
S| “Everyone we met, from the board to the front line, wanted the best for these children.”

R| The report contains two recommendations, both for the management board.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixty-sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
