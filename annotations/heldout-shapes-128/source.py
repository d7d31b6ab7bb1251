"""Builds the 128th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Newcastle PDUs on a GOV.UK page, the region named first: "X was given ‘...’ and Y the lowest mark, ‘...’";
    #    fieldwork "in the first half of May 2024"; eleven recommendations "six for Benwell, five for Fenham"
    ("fenham-and-benwell-pdus-2024", facts([
        svc("Fenham Probation Delivery Unit", "Fenham PDU", "PDU", RI),
        svc("Benwell Probation Delivery Unit", "Benwell PDU", "PDU", INAD)], "2024-09-24", "2024-05", 11),
     """N| Press release

N| Inspectors report on two probation units in the west of Newcastle

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| Reports issued today cover [Fenham Probation Delivery Unit|S] and [Benwell Probation Delivery Unit|S], both run by the [Probation Service – North East region|S].
N| [Fenham|S] was given ‘[Requires improvement|R]’ and [Benwell|S] the lowest mark, ‘[Inadequate|R]’.
N| The inspection visits were made in the first half of [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Benwell|S] has lost too many experienced officers, and recently qualified officers were handed complicated cases with little backing.
S| “[Fenham|S], on the other hand, has a steady management team and a clear sense of what it needs to fix.”

S| Inspectors were impressed with [Fenham PDU|S]’s links with [Northumbria Police|A] on the management of domestic abuse perpetrators.
W| In [Benwell PDU|S], officers had largely given up visiting high-risk people at home.
W| In both units, under half of the plans examined said how victims were to be protected.

R| The reports make eleven recommendations between them, six for [Benwell|S] and five for [Fenham|S].
"""),
    # 2. two Gateshead youth services in a local-news story with a byline; ratings given in the other order from the one
    #    the services were first named in: "Heworth ... awarded ‘...’, while Pelaw earned ‘...’"; report "released on
    #    Tuesday (14 November)" under a byline of Friday 17 November 2023; fieldwork "in July 2023"; nine recommendations
    ("pelaw-and-heworth-yjs-2023", facts([
        svc("Pelaw Youth Justice Service", "Pelaw YJS", "YJS", GOOD),
        svc("Heworth Youth Justice Service", "Heworth YJS", "YJS", OUT)], "2023-11-14", "2023-07", 9),
     """N| Gateshead youth justice teams win praise from inspectors

N| By [Laura Fenwick|X]

N| [Friday 17 November 2023|D]

N| Inspectors visited [Pelaw Youth Justice Service|S] and [Heworth Youth Justice Service|S] in [July 2023|D], with publication following on Tuesday ([14 November|D]).
N| [Heworth|S] was awarded ‘[Outstanding|R]’, while [Pelaw|S] earned ‘[Good|R]’.

S| Inspectors said [Heworth|S]’s workers made a point of bringing parents and carers into each plan.
S| They also commended [Pelaw|S]’s work with local colleges, which meant most children on orders had a place in education.
W| However, the report on [Pelaw YJS|S] said that checks on children’s safety were sometimes left until a crisis had already happened.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Gateshead has youth justice to be pleased with, and [Heworth|S] stands comparison with anywhere in the country.”

R| Nine recommendations were made in total, five for [Pelaw|S] and four for [Heworth|S].

N| [Gateshead Council|A] welcomed both reports.
"""),
    # 3. a unit inside its region, the region in the headline; "Inspectors have judged X to be ‘...’"; the region's own
    #    earlier rating as context; "Mr Jones continued"; embargo in the notes "00.01 on Thursday 5 December 2024";
    #    fieldwork "during June 2024"; seven recommendations
    ("jesmond-pdu-2024", facts([
        svc("Jesmond Probation Delivery Unit", "Jesmond PDU", "PDU", INAD)], "2024-12-05", "2024-06", 7),
     """N| [North East probation region|S]: serious concerns over [Jesmond unit|S]

N| [Jesmond Probation Delivery Unit|S], part of the [Probation Service – North East region|S], has been judged ‘[Inadequate|R]’ by inspectors.
N| In [2023|D] the [North East region|S]’s own inspection ended in ‘[Requires improvement|R]’.
N| The inspection team visited during [June 2024|D] and read 52 case files.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Jesmond|S] has been stretched to breaking point.
W| “Nearly four in ten probation officer posts were vacant, and managers spent most of their time covering gaps rather than checking the quality of work.”

W| Mr Jones continued: “In too few cases with a child at risk had anyone picked up the phone to children’s social care.”

S| On the positive side, hostel staff at the unit knew their residents and calmed difficult situations well.
W| Arrangements with [Newcastle City Council|A] for housing people leaving prison were described as fragile.

R| Seven recommendations follow, five of which are for the unit; the remaining pair are for regional leaders of the [Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [Thursday 5 December 2024|D].
N| 2. [Jesmond PDU|S] is based in Newcastle upon Tyne.
"""),
    # 4. a unit inside its region, the region in the headline and the notes; "X sits at ‘...’, the second of the four
    #    grades from the bottom" in "a report published today (Wednesday, 18 October)" with no year (fieldwork's: 2023);
    #    "in only 19 of the 44 cases"; five recommendations
    ("scotswood-pdu-2023", facts([
        svc("Scotswood Probation Delivery Unit", "Scotswood PDU", "PDU", RI)], "2023-10-18", "2023-04", 5),
     """N| [North East region|S]: [Scotswood probation unit|S] ‘heading in the right direction’

N| According to a report published today ([Wednesday, 18 October|D]), [Scotswood Probation Delivery Unit|S] sits at ‘[Requires improvement|R]’.
N| Inspectors looked at the unit’s work in [April 2023|D], reading 44 case files and interviewing staff and partner agencies.

S| Leaders had a realistic plan and had begun to bring down caseloads.
S| People on probation told inspectors they felt listened to and treated with respect.
W| Even so, risk to children had been properly assessed in only 19 of the 44 cases.
W| Domestic abuse checks with [Northumbria Police|A] were often missing or out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scotswood|S] has a lot to build on.
R| “From now on, managers must see that the police and children’s services are asked what they know before any assessment is finished.”

R| All five of the report’s recommendations are for the unit.

N| ENDS

N| Notes to editors
N| 1. [Scotswood PDU|S] supervises about 650 people in the west of Newcastle upon Tyne for the [Probation Service – North East region|S].
"""),
    # 5. a Probation Trust in 2011, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Wednesday, 9th November 2011"; fieldwork "in July 2011";
    #    eight recommendations
    ("lingdale-and-boosbeck-probation-trust-2011", facts([
        svc("Lingdale and Boosbeck Probation Trust", "Lingdale and Boosbeck Probation Trust", "other", None)],
        "2011-11-09", "2011-07", 8),
     """N| Lingdale and Boosbeck probation work – report published

N| [Wednesday, 9th November 2011|D]

S| [Lingdale and Boosbeck Probation Trust|S] is doing a creditable job of cutting reoffending, [HM Inspectorate of Probation|A] reports today.
N| Inspectors looked at 54 cases when they visited in [July 2011|D].

S| On reoffending the Trust scored 77%, and on making sure orders were carried out, 83%.
W| Its score for protecting the public, at 63%, was under the mean for Trusts visited up to now.

N| Inspectors were pleased to find that:
S| • offenders had their first appointment soon after court and understood the rules of their order;
S| • the Trust worked closely with [Cleveland Police|A] on prolific and priority offenders.

N| However, inspectors were concerned to find that:
W| • harm assessments often arrived late;
W| • in too many cases, no contact had been made with children’s services.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Probation staff here are committed, and well supported by their managers.
R| “Work to protect the public now has to catch up with the rest.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2018 with a provider, embargo line at the top: "rates X ... ‘...’ overall"; unpaid work "rated
    #    separately" beside it; "Fieldwork took place in May 2018"; Sodexo's reply
    ("burniston-and-cloughton-crc-2018", facts([
        svc("Burniston and Cloughton Community Rehabilitation Company", "Burniston and Cloughton CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-16", "2018-05", 6),
     """N| Embargoed until 00.01, [Tuesday 16 October 2018|D]

N| North Yorkshire probation company is failing, say inspectors

N| [HM Inspectorate of Probation|A] rates [Burniston and Cloughton Community Rehabilitation Company|S] (CRC), run by [Sodexo Justice Services|A], ‘[Inadequate|R]’ overall.
S| The unpaid work arm, which carries a separate rating, was graded ‘[Good|R]’.
N| Fieldwork took place in [May 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Week after week, the only contact this CRC has with the people it supervises is a phone call, and some cases had gone unchecked for months.
W| “Officers told us they held more than 90 cases each and could not keep track of them all.”

S| Inspectors praised the unpaid work team, whose placements were well organised and valued by the community.
W| Key details were frequently late or missing when cases moved across to the [National Probation Service|A].

R| Six recommendations are made; [Sodexo Justice Services|A] and its CRC are to take forward four, with two left to [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said: “We accept the findings and have already recruited additional staff.”
"""),
    # 7. a youth offending team written out in 2016, a joint inspection led by HMI Probation, before ratings; council page
    #    "Posted: 21/03/2016"; "the inspection took place in November 2015"; four recommendations
    ("runswick-yot-2016", facts([
        svc("Runswick Youth Offending Team", "Runswick YOT", "YJS", None)], "2016-03-21", "2015-11", 4),
     """N| Inspection of youth offending work in Runswick

N| Posted: [21/03/2016|D]

N| A report on [Runswick Youth Offending Team|S] (YOT), following a joint inspection led by [HM Inspectorate of Probation|A], has now been published.
N| [Ofsted|A] and the [Care Quality Commission|A] also joined the inspection, which took place in [November 2015|D].

N| Inspectors found that:
S| • case managers knew the children well and kept in regular contact with their families;
S| • victims were offered a voice, and this was carefully recorded.

N| However, they also found that:
W| • when a child’s circumstances changed, the assessment of their risk to others was not always revisited;
W| • access to health services varied from child to child.

R| The report makes four recommendations, most of them for the [Runswick YOT management board|A].

N| Councillor [Helen Storr|X], [North Yorkshire County Council|A]’s executive member for children, said: “With our partners, we will act on every recommendation.”
"""),
    # 8. "Youth Offending Service" in 2019, the headline's lower-case name: "found X to be ‘...’ after inspecting it in
    #    June 2019"; "Report available from: Thursday 10 October 2019" in the notes; five recommendations
    ("grosmont-yos-2019", facts([
        svc("Grosmont Youth Offending Service", "Grosmont YOS", "YJS", GOOD)], "2019-10-10", "2019-06", 5),
     """N| [Grosmont youth offending service|S] judged ‘[Good|R]’

N| [HM Inspectorate of Probation|A] has found [Grosmont Youth Offending Service|S] to be ‘[Good|R]’ after inspecting it in [June 2019|D].

S| Leadership was strong, and senior people from [North Yorkshire Police|A], the council and health partners sat on an active board.
S| Case managers persisted with children other agencies had written off.
S| Supervision of court orders was a particular strength.
W| Out-of-court cases were handled less reliably, and some of their assessments were thin.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Grosmont|S] has a stable, capable team, and children there benefit.
R| “I want to see diverted children getting the same care.”

R| Of the five recommendations, the service has four and its board one.

N| ENDS

N| Notes to editors
N| 1. Report available from: [Thursday 10 October 2019|D].
"""),
    # 9. "Inspectors’ verdict on X is ‘...’, up from the ‘...’ it was given in 2019"; resettlement "rated on its own ...
    #    ‘...’"; fieldwork "in the week beginning 7 March 2022"; "00:01 on Tuesday 5 July 2022" in the notes
    ("ruswarp-yjs-2022", facts([
        svc("Ruswarp Youth Justice Service", "Ruswarp YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-07-05", "2022-03", 6),
     """N| Ruswarp youth justice: better than in [2019|D], but more to do

N| Inspectors’ verdict on [Ruswarp Youth Justice Service|S] is ‘[Requires improvement|R]’, an improvement on its ‘[Inadequate|R]’ grade of [2019|D].
S| Resettlement work, rated on its own, reached ‘[Good|R]’.
N| Inspectors from [HM Inspectorate of Probation|A] were on site in the week beginning [7 March 2022|D].

S| The service had acted on most of the last report’s recommendations.
S| A safe home was arranged for every child leaving custody before the day of release.
W| But how good a plan was still depended on which case manager wrote it.
W| Too few children had their speech and language needs assessed.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ruswarp|S] has made real progress, though the job is unfinished.
R| “The board must now make sure every child receives the same standard of planning.”

R| Six recommendations are made, five for [Ruswarp YJS|S] and one for the [NHS|A].

N| ENDS

N| Notes to editors
N| 1. Publication: 00:01, [Tuesday 5 July 2022|D].
"""),
    # 10. GOV.UK page, "the top rating, ‘...’, has been awarded to X"; resettlement "also rated ‘...’" separately;
    #     "Fieldwork took place over September and October 2024"; three recommendations
    ("cayton-yjs-2025", facts([
        svc("Cayton Youth Justice Service", "Cayton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2025-01-28", "2024-09", 3),
     """N| Press release

N| North Yorkshire youth justice service earns top rating

N| Inspectors publish their report on [Cayton Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [28 January 2025|D]

N| The top rating, ‘[Outstanding|R]’, has been awarded to [Cayton Youth Justice Service|S] by [HM Inspectorate of Probation|A].
S| Resettlement carries a grade of its own, and on that the service scored ‘[Good|R]’.
N| Fieldwork took place over [September and October 2024|D].

S| Every child had a real hand in writing their plan, and what they said was kept in the file as they said it.
S| Thanks to a close partnership with [North Yorkshire Police|A], most children who came to notice never needed to appear in court.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cayton|S]’s is an exceptional service, and its staff can be rightly proud.
S| “Leaders are never complacent, and partners share their ambition for every child.”

R| Inspectors make three recommendations, all for [Cayton YJS|S]’s management board.
"""),
    # 11. council page "Posted on 04/03/2025"; "has been rated ‘...’, the lowest grade"; fieldwork "in November 2024";
    #     12 recommendations in digits; the director's apology
    ("muston-yjs-2025", facts([
        svc("Muston Youth Justice Service", "Muston YJS", "YJS", INAD)], "2025-03-04", "2024-11", 12),
     """N| Council statement on the inspection of [Muston Youth Justice Service|S]

N| Posted on [04/03/2025|D]

N| [Muston Youth Justice Service|S] is ‘[Inadequate|R]’, the lowest grade, [HM Inspectorate of Probation|A] has decided in a report released today.
N| Inspectors visited the service in [November 2024|D].

W| The report found that risks to children from exploitation had been missed in a number of cases.
W| Inspectors also found that [Muston YJS|S] was short of case managers and that some children had had several workers in a few months.
S| Front-line staff were recognised as dedicated, and victim work was of a high standard.
W| The inspectorate said leaders had been too slow to see how far the service had declined.

R| Inspectors set out 12 recommendations for the service, [North Yorkshire Council|A], local health partners and the board.

N| [Sarah Linton|X], Corporate Director of Children and Young People’s Service, said: “We apologise to the children we have failed, and we accept every recommendation.”
"""),
    # 12. justiceinspectorates news item, date line, "Inspectors rate X ‘...’ overall"; the headline's lower-case name;
    #     fieldwork "between 6 and 10 February 2023"; "in only 10 of the 26 cases"; eight recommendations
    ("thorntree-yjs-2023", facts([
        svc("Thorntree Youth Justice Service", "Thorntree YJS", "YJS", RI)], "2023-06-20", "2023-02", 8),
     """N| News

N| Improvement needed at [Thorntree youth justice service|S]

N| [20 June 2023|D]

N| Inspectors rate [Thorntree Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
N| The inspection took place between [6 and 10 February 2023|D].

S| Inspectors commended the service for tackling the high numbers of Black and mixed-heritage children it supervised.
S| Children said their case managers were reliable and easy to talk to.
W| However, in only 10 of the 26 cases inspected did a sound plan exist for protecting others.
W| The management board had been slow to replace the health workers who left the service last year.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The staff at [Thorntree|S] care about the children they work with, yet care alone is not enough.
R| “Leaders must make sure every plan addresses both the risks children face and the risks they pose.”

R| Eight recommendations are made; one asks [Cleveland Police|A] to share information about arrests more quickly.

N| [Middlesbrough Council|A] said it welcomed the report.
"""),
    # 13. a 2025-26 public-protection inspection: no rating, "Skip to content", "Context" / "Findings" bullets, the region
    #     in a bullet; "Published: 11 Dec 2025"; fieldwork "in September 2025"; four recommendations
    ("shiremoor-pdu-2025", facts([
        svc("Shiremoor Probation Delivery Unit", "Shiremoor PDU", "PDU", None)], "2025-12-11", "2025-09", 4),
     """N| Skip to content

N| Public protection in North Tyneside: inspectors report on a probation unit

N| Published: [11 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has examined whether [Shiremoor Probation Delivery Unit|S] keeps the public safe.
N| Reports in this series carry no rating.
N| Fieldwork was carried out in [September 2025|D].

N| Context
N| • [Shiremoor PDU|S] is part of the [Probation Service – North East region|S] and covers North Tyneside.
N| • It supervises about 900 people, around a third of them on licence.

N| Findings
S| • Practitioners had a good grasp of their cases and used risk plans actively.
W| • In one case in three that needed a domestic abuse check with [Northumbria Police|A], none was made.
W| • Oversight of the highest-risk cases by managers was not consistent.
S| • [MAPPA|A] meetings were well prepared and well attended.

R| The PDU and its region are the subject of four recommendations.
"""),
    # 14. remote inspection in 2021: "has fallen to ‘...’ from the ‘...’ it received in 2018"; "the fieldwork, in
    #     February 2021, was done remotely"; "Published: Thursday 13th May 2021"; "Only 8 of 20"; council's reply
    ("earsdon-yjs-2021", facts([
        svc("Earsdon Youth Justice Service", "Earsdon YJS", "YJS", RI)], "2021-05-13", "2021-02", 5),
     """N| North Tyneside youth service told to put safety first

N| Published: [Thursday 13th May 2021|D]

N| [Earsdon Youth Justice Service|S] is now graded ‘[Requires improvement|R]’; it held ‘[Good|R]’ after the inspection in [2018|D].
N| COVID-19 rules meant that inspectors worked by video call throughout their fieldwork in [February 2021|D].

W| During the pandemic, many children were supervised mostly by phone, even when there were serious worries about their safety.
W| Only 8 of 20 assessments weighed properly what harm a child might do to someone else.
S| Help with education stood out, with almost all of the children attending school, college or a training course.
S| The service worked closely with [North Tyneside Council|A]’s social workers, and joint decisions were made quickly.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Earsdon|S] kept a lot going through a difficult year, though its hold on children’s safety has weakened.
R| “It must bring back face-to-face work for the children who need it most.”

R| The report makes five recommendations.

N| [North Tyneside Council|A] said that an action plan was in place.
"""),
    # 15. a 2020 release, "HM Inspectorate of Probation has concluded that X deserves ‘...’"; "Thursday, 27th August
    #     2020" at the top; fieldwork "between 2 and 6 March 2020"; no count of recommendations (null)
    ("fulwell-yjs-2020", facts([
        svc("Fulwell Youth Justice Service", "Fulwell YJS", "YJS", GOOD)], "2020-08-27", "2020-03", None),
     """N| ‘[Good|R]’ verdict for youth justice in north Sunderland

N| [Thursday, 27th August 2020|D]

N| [HM Inspectorate of Probation|A] has concluded that [Fulwell Youth Justice Service|S] deserves ‘[Good|R]’.
N| The inspection ran from [2 to 6 March 2020|D], just before the first lockdown.

S| Inspectors were impressed that children and families had a genuine say in planning.
S| Children at risk of exploitation received quick, joined-up help, often with [Northumbria Police|A].
W| But release from custody was often planned at the eleventh hour.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “For its size, [Fulwell|S] gets a remarkable amount done.
S| “Everyone at [Fulwell|S] deserves credit for what Sunderland’s children now receive.”

N| The full report lists where further improvement is possible.
"""),
    # 16. "The overall rating given to X is ‘...’"; how near it came to ‘Inadequate’ (no fact); resettlement "assessed
    #     separately ... ‘...’"; the headline's lower-case name; "Report publication date: 16 April 2024"; six
    #     recommendations
    ("herrington-yjs-2024", facts([
        svc("Herrington Youth Justice Service", "Herrington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-04-16", "2024-01", 6),
     """N| [Herrington youth justice service|S] ‘only just avoided the lowest rating’

N| The overall rating given to [Herrington Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| The service came within a point of being rated ‘[Inadequate|R]’.
W| Resettlement, assessed separately, was found to be ‘[Inadequate|R]’.
N| Inspectors visited in [January 2024|D].

W| Managers had little grip on the quality of risk assessment, and quality checks had stopped for several months.
W| Children in custody were seldom visited, and release plans were usually made in the last two weeks.
S| Despite these problems, a diversion scheme with [Northumbria Police|A] won praise for keeping many children away from court.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was worried to find that nobody in the partnership had spotted how far standards had fallen.
R| “The board now needs to take firm control and check progress against clear targets every month.”

R| Six recommendations have been made.

N| Notes to editors
N| 1. Report publication date: [16 April 2024|D].
N| 2. [Herrington YJS|S] covers the southern half of Sunderland.
"""),
    # 17. an NPS division in 2019: "The X has been given an overall regional rating of ‘...’"; "Published: 3 Sep 2019";
    #     fieldwork "in April and May 2019"; the short "NPS Coatham and Moorsholm"; seven recommendations
    ("coatham-and-moorsholm-nps-division-2019", facts([
        svc("National Probation Service – Coatham and Moorsholm Division", "NPS Coatham and Moorsholm", "region",
            GOOD)], "2019-09-03", "2019-04", 7),
     """N| Probation division on Teesside rated ‘[Good|R]’

N| Published: [3 Sep 2019|D]

N| The [National Probation Service – Coatham and Moorsholm Division|S] earns ‘[Good|R]’ as its overall regional rating from [HM Inspectorate of Probation|A].
N| The division supervises around 3,000 people across Teesside.
N| Fieldwork was carried out in [April and May 2019|D].

S| Inspectors found a well-run division with a settled workforce and reasonable caseloads.
S| Its reports to courts were of a high standard and nearly always on time.
W| Victim work, however, was uneven: letters to a few victims had gone out only once the offender had been released.
W| Too few domestic abuse perpetrators started an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Coatham and Moorsholm|S] is a confident division that does its job well.
R| “Leaders should now give victims the attention the division already gives the courts.”

R| There are seven recommendations, shared between the division, [HMPPS|A] and the [Ministry of Justice|A].
"""),
    # 18. a unit inside its region, the region named in the first sentence as its owner; "X’s overall grade is ‘...’";
    #     unpaid work rated separately "‘...’"; sibling PDU's rating as context; "Published 9 July 2024"; fieldwork
    #     "in February 2024"; six recommendations
    ("backworth-pdu-2024", facts([
        svc("Backworth Probation Delivery Unit", "Backworth PDU", "PDU", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2024-07-09", "2024-02", 6),
     """N| Press release

N| Probation unit in North Tyneside must improve, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [9 July 2024|D]

N| The [Probation Service – North East region|S] runs [Backworth Probation Delivery Unit|S], and [HM Inspectorate of Probation|A] has put the unit’s overall grade at ‘[Requires improvement|R]’.
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| A fortnight of fieldwork at the unit’s offices was completed in [February 2024|D].

S| Staff were enthusiastic and supported each other well.
W| However, caseloads were high, and over one post in four for qualified officers had nobody in it.
W| In more than half of the files read, what was done to limit the danger to other people fell short.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Backworth|S] has committed staff, but far too few of them.
R| “The region needs to make filling these posts its first priority.”

R| The report makes six recommendations, four for [Backworth PDU|S] and two for the region.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 128th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
