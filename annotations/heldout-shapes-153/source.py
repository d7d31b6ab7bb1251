"""Builds the 153rd shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two north Kent coast PDUs on a GOV.UK page, the region named first; "X was placed at ..., while Y was given the
    #    lowest rating"; fieldwork "during June 2024"; ten recommendations, five per unit
    ("seasalter-and-reculver-pdus-2024", facts([
        svc("Seasalter Probation Delivery Unit", "Seasalter PDU", "PDU", RI),
        svc("Reculver Probation Delivery Unit", "Reculver PDU", "PDU", INAD)], "2024-10-15", "2024-06", 10),
     """N| Press release

N| Inspectors report on two probation units on the north Kent coast

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Reports out today cover [Seasalter Probation Delivery Unit|S] and [Reculver Probation Delivery Unit|S], both in [Probation Service – Kent, Surrey and Sussex region|S].
N| [Seasalter|S] was placed at ‘[Requires improvement|R]’, while [Reculver|S] was given the lowest rating, ‘[Inadequate|R]’.
N| The inspection team visited both units during [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Reculver|S] had lost most of its experienced officers in a year, and the newly qualified staff left behind were carrying far more than they could manage.
W| “Home visits to check on people convicted of domestic abuse had almost stopped.
S| “[Seasalter|S] is in a better place, with a stable management team and good links to local drug and alcohol services.”

S| Inspectors noted that at [Seasalter PDU|S] the reception team greeted most people by name and helped them remember appointments.
W| In both units, more than half of the relevant cases had no current plan to protect known victims.

R| There are ten recommendations, five for each of the two units.
"""),
    # 2. two Thanet youth justice services in a local-news story, the report "released on Tuesday (9 May)" under a byline
    #    of Thursday 11 May 2023; ratings in the reverse order of naming; seven recommendations
    ("cliftonville-and-garlinge-yjs-2023", facts([
        svc("Cliftonville Youth Justice Service", "Cliftonville YJS", "YJS", GOOD),
        svc("Garlinge Youth Justice Service", "Garlinge YJS", "YJS", OUT)], "2023-05-09", "2023-01", 7),
     """N| Youth teams in Thanet win praise from inspectors

N| By [Helen Marsh|X]

N| [Thursday 11 May 2023|D]

N| Inspectors looked at [Cliftonville Youth Justice Service|S] and [Garlinge Youth Justice Service|S] in [January 2023|D]; the two reports came out on Tuesday ([9 May|D]).
N| [Garlinge|S] earned the highest mark on the scale, ‘[Outstanding|R]’, with [Cliftonville|S] one step behind on ‘[Good|R]’.

S| The inspectorate found that [Garlinge|S]’s workers went out of their way to keep children in touch with college courses and apprenticeships.
S| [Cliftonville|S] was commended for seeing children quickly after a first arrest.
W| However, the report on [Cliftonville YJS|S] said that checks on the safety of younger brothers and sisters were not always carried out.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in both parts of Thanet are well served, and [Garlinge|S] is among the best services we have visited.”

R| The two reports make seven recommendations between them, three for [Garlinge|S] and four for [Cliftonville|S].

N| A spokesperson for [Kent County Council|A] said the authority was delighted with the findings.
"""),
    # 3. a unit inside its region, the region in the headline and its own rating as context; "the inspectorate has given
    #    X its lowest grade"; "Mr Jones continued"; embargo day in the notes ("will be online from 00.01 on Tuesday 18
    #    February 2025"); fieldwork "in October 2024"; six recommendations
    ("milton-regis-pdu-2025", facts([
        svc("Milton Regis Probation Delivery Unit", "Milton Regis PDU", "PDU", INAD)], "2025-02-18", "2024-10", 6),
     """N| [Kent, Surrey and Sussex probation region|S]: [Milton Regis unit|S] falls to lowest grade

N| After inspecting [Milton Regis Probation Delivery Unit|S], a unit within [Probation Service – Kent, Surrey and Sussex region|S], the inspectorate has given it its lowest grade, ‘[Inadequate|R]’.
N| The region as a whole was rated ‘[Requires improvement|R]’ when it was inspected in [2023|D].
N| Inspectors read 52 case files in [October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Nearly half of the practitioner posts at [Milton Regis|S] were empty or covered by agency staff, and morale was very low.
W| “People who posed a high risk to others were sometimes seen by a different officer at every appointment.”

W| Mr Jones continued: “In too many cases, information from [Kent Police|A] about call-outs to domestic incidents was never asked for.”

S| Despite these pressures, work with people leaving prison was well planned, so most had a home to go to on the day they were released.

R| Four of the six recommendations in the report are for the unit; the [Probation Service|A] in the region must act on the remaining two.

N| ENDS

N| Notes to editors
N| 1. Embargo: the report goes up on the inspectorate’s website at 00.01, [Tuesday 18 February 2025|D].
N| 2. [Milton Regis PDU|S] supervises people living in the town and the villages around it.
"""),
    # 4. a unit inside its region, the region in the first sentence of a justiceinspectorates news item; "judged to be"
    #    without "rated"; "Published: 26 Sep 2023"; "fieldwork took place in April 2023"; five recommendations
    ("ospringe-pdu-2023", facts([
        svc("Ospringe Probation Delivery Unit", "Ospringe PDU", "PDU", RI)], "2023-09-26", "2023-04", 5),
     """N| News

N| [Ospringe probation unit|S] must strengthen public protection work

N| Published: [26 Sep 2023|D]

N| [HM Inspectorate of Probation|A] has judged [Ospringe Probation Delivery Unit|S], in [Probation Service – Kent, Surrey and Sussex region|S], to be ‘[Requires improvement|R]’.
N| The fieldwork took place in [April 2023|D].

S| Inspectors found that leaders at [Ospringe|S] had a realistic grasp of what needed to change and had shared it openly with staff.
S| Sentence plans were written with people on probation rather than for them, and most people said they felt listened to.
W| But in fewer than half of the cases inspected had staff looked properly at the risk a person posed to children.
W| Caseloads for probation officers averaged well over 60, and several staff said they had no time to think.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The team at [Ospringe|S] care about the people they supervise, and it shows.
R| “Leaders now need to make sure every officer checks with children’s services at the start of a case.”

R| Five recommendations have been made, all of them for the unit.
"""),
    # 5. a Probation Trust in 2011, before ratings: scores out of 100, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; "Thursday 17 November 2011" with "published today";
    #    fieldwork "in July 2011"; eight recommendations
    ("graveney-and-oare-probation-trust-2011", facts([
        svc("Graveney and Oare Probation Trust", "Graveney and Oare Probation Trust", "other", None)],
        "2011-11-17", "2011-07", 8),
     """N| Offender management inspection: [Graveney and Oare Probation Trust|S]

N| [Thursday 17 November 2011|D]

N| Today [HM Inspectorate of Probation|A] released its report on offender management in [Graveney and Oare Probation Trust|S].
N| The inspection was carried out in [July 2011|D] and examined 70 cases.

S| The Trust’s score was 78 on reducing reoffending and 83 on ensuring that sentences were completed.
W| For work to protect the public from harm, the score was a lower 64.

N| Inspectors were pleased to find that:
S| • initial assessments were almost always completed on time;
S| • offenders on community orders were helped into training and work through a strong partnership with the local college.

N| However, inspectors were concerned to find that:
W| • risk management plans often failed to say who would do what if risk increased;
W| • staff seldom visited homes, even where children were thought to be at risk.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with a clear sense of purpose and staff who are keen to do a good job.
R| “It must now give the same priority to protecting the public as it has given to reducing reoffending.”

R| The report makes eight recommendations for improvement.
"""),
    # 6. a CRC in 2018 run by a named provider, under an embargo line; "Inspectors have concluded that X ... requires
    #    improvement overall"; unpaid work "rated separately" Good; "Our fieldwork was in September 2018"; seven
    #    recommendations
    ("upchurch-and-bapchild-crc-2018", facts([
        svc("Upchurch and Bapchild Community Rehabilitation Company", "Upchurch and Bapchild CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-04", "2018-09", 7),
     """N| Embargoed: 00.01 [Tuesday 4 December 2018|D]

N| Inspectors call for better risk work at [Upchurch and Bapchild CRC|S]

N| [Her Majesty’s Inspectorate of Probation|A] has concluded that [Upchurch and Bapchild Community Rehabilitation Company|S] (CRC), owned by [Working Links|A], is ‘[Requires improvement|R]’ overall.
S| Its unpaid work, which was rated separately, reached ‘[Good|R]’.
N| Our fieldwork was in [September 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work here is well organised: projects are meaningful, and people start their hours quickly.
W| “Elsewhere, though, too much supervision took place by telephone, and we could not be sure that risks were being spotted.”

S| Inspectors were impressed by the CRC’s new hub for women, run jointly with a local charity.
W| Joint work with the [National Probation Service|A] on cases that had to be moved between the two organisations was slow and sometimes confused.

R| Five of the seven recommendations are for the CRC and its owner, [Working Links|A]; the other two go to [HM Prison and Probation Service|A].

N| A spokesperson for [Working Links|A] said: “We have begun to act on the report already.”
"""),
    # 7. a youth offending team written out, on a council page in 2016 (before ratings): "Posted: 08/09/2016", a joint
    #    inspection led by the probation inspectorate with Ofsted and the CQC; bullet lists; "visited in May 2016"
    ("hersden-yot-2016", facts([
        svc("Hersden Youth Offending Team", "Hersden YOT", "YJS", None)], "2016-09-08", "2016-05", 6),
     """N| Youth offending inspection report published

N| Posted: [08/09/2016|D]

N| The report of a joint inspection of [Hersden Youth Offending Team|S] (YOT) has now been published; [HM Inspectorate of Probation|A] led it, working with [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors visited in [May 2016|D].

N| The inspectors found that:
S| • the [Hersden YOT management board|A] was well attended, and members held one another to account;
S| • case managers had warm and steady relationships with the children they supervised.

N| But they also found that:
W| • assessments of the risk children posed to others were too often incomplete;
W| • too few children were getting the mental health support they needed from [CAMHS|A].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in this YOT clearly care about the children they work with.
R| “The board should now make sure children get prompt help with their emotional and mental health.”

R| Six recommendations were made in the report.

N| [Kent County Council|A]’s cabinet member for children said the council welcomed the inspection and had drawn up an action plan.
"""),
    # 8. a Youth Offending Service in 2019: "found the service to be ‘Good’"; resettlement "given a separate rating" of
    #    Requires improvement; GOV.UK layout; "The inspection took place in July 2019"; four recommendations
    ("acol-yos-2019", facts([
        svc("Acol Youth Offending Service", "Acol YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-11-20", "2019-07", 4),
     """N| Press release

N| [Acol Youth Offending Service|S] judged ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [20 November 2019|D]

N| Inspectors have found [Acol Youth Offending Service|S] (YOS) to be ‘[Good|R]’.
W| Resettlement work, which was given a separate rating, was ‘[Requires improvement|R]’.
N| The inspection took place in [July 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Acol YOS|S] has a settled, skilled staff group and leaders who know the service inside out.
S| “Children’s views shaped their plans, and case managers stuck with them through difficult times.
W| “Where a child was leaving custody, however, accommodation was often not agreed until the last few days.”

S| Inspectors praised the service’s work with [Kent Police|A] to divert children away from court.

R| There are four recommendations, three for the service and one for [Kent County Council|A].
"""),
    # 9. an NPS division in 2019 with "an overall regional rating"; "NPS Manston" as the short form; "between 11 and 22
    #    February 2019"; the report "published today (Thursday 13 June)"; five recommendations
    ("nps-manston-division-2019", facts([
        svc("National Probation Service – Manston Division", "NPS Manston", "region", GOOD)],
        "2019-06-13", "2019-02", 5),
     """N| [National Probation Service|A] division in east Kent is ‘[Good|R]’

N| In a report published today ([Thursday 13 June|D]), [HM Inspectorate of Probation|A] gives the [National Probation Service – Manston Division|S] an overall regional rating of ‘[Good|R]’.
N| Fieldwork ran from [11 to 22 February 2019|D].

S| [NPS Manston|S] was well led, and its court teams produced reports that sentencers trusted.
S| Staff worked closely with [Kent Police|A] and prisons to manage people who posed the highest risk.
W| Work with victims was less strong, and some victims had waited months for a first contact.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Manston|S] is doing well in difficult conditions, and its staff can take credit for that.
R| “Its leaders should now give victims the same attention they give to offenders.”

R| There are five recommendations in total: the division has four, and [HM Prison and Probation Service|A] has one.

N| ENDS
"""),
    # 10. an ordinary YJS, GOV.UK layout: "Inspectors have judged the work of X as ‘...’"; "Fieldwork for the inspection
    #    was carried out in November 2023"; "While staff ... are committed" conceding; six recommendations
    ("kingsdown-yjs-2024", facts([
        svc("Kingsdown Youth Justice Service", "Kingsdown YJS", "YJS", RI)], "2024-03-14", "2023-11", 6),
     """N| Press release

N| [Kingsdown Youth Justice Service|S]: inspection report

N| From: [HM Inspectorate of Probation|A]

N| Published [14 March 2024|D]

N| Inspectors have judged the work of [Kingsdown Youth Justice Service|S] (YJS) as ‘[Requires improvement|R]’.
N| Fieldwork for the inspection was carried out in [November 2023|D].

S| Inspectors were impressed with how case workers won the trust of children whom adults had failed before.
S| The service’s reparation projects on the coast were creative, and children spoke about them with pride.
W| However, management oversight of cases was inconsistent, and some plans had not been looked at for months.
W| Worryingly, the child’s own safety was properly addressed in only 9 of 20 cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “While staff at [Kingsdown|S] are committed and hard-working, the service does not yet have a firm enough grip on risk.
R| “The partnership board must make sure that managers check the quality of safety planning.”

R| The report makes six recommendations, five for [Kingsdown YJS|S] and one for [NHS Kent and Medway|A].
"""),
    # 11. a YJS given "the lowest possible rating", its previous Good rating beside; justiceinspectorates layout;
    #    "Inspectors spent the week of 10 February 2025 with the service"; nine recommendations
    ("leysdown-yjs-2025", facts([
        svc("Leysdown Youth Justice Service", "Leysdown YJS", "YJS", INAD)], "2025-06-10", "2025-02", 9),
     """N| News

N| Youth justice on Sheppey: inspectors give lowest possible rating

N| Published: [10 Jun 2025|D]

N| [HM Inspectorate of Probation|A] has given [Leysdown Youth Justice Service|S] the lowest possible rating, ‘[Inadequate|R]’.
N| When the service was last inspected, in [2021|D], it was rated ‘[Good|R]’.
N| Inspection fieldwork began on [10 February 2025|D] and lasted a week.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The decline at [Leysdown|S] since our last visit is stark.
W| “Board meetings happened, yet nothing much followed from them, and no one was checking whether children were actually safer.
W| “Some children at real risk of exploitation had no up-to-date plan at all.”

S| Inspectors did find some committed case workers who knew their children well and went the extra mile for them.
W| Links with [CAMHS|A] and with schools on the island had broken down, and referrals went unanswered for weeks.

R| Nine recommendations have been made: seven for [Leysdown YJS|S], one for [Kent Police|A] and one for [NHS Kent and Medway|A].
R| Mr Jones continued: “Rapid improvement is essential, and we will return to check on progress.”
"""),
    # 12. an Outstanding YJS, "the highest possible rating" in a council press release; "Inspectors visited during
    #    April 2024"; the report "was published on Wednesday 7 August 2024"; three recommendations
    ("monkton-yjs-2024", facts([
        svc("Monkton Youth Justice Service", "Monkton YJS", "YJS", OUT)], "2024-08-07", "2024-04", 3),
     """N| Top marks for [Monkton youth justice team|S]

N| [Monkton Youth Justice Service|S] has been awarded the highest possible rating, ‘[Outstanding|R]’, by [His Majesty’s Inspectorate of Probation|A].
N| The report was published on [Wednesday 7 August 2024|D], following an inspection in [April 2024|D].

S| Inspectors described the service’s leadership as outstanding, with a clear vision shared by every partner on the board.
S| Every child inspected had a plan that reflected their own wishes and their family’s circumstances.
S| The watchdog found that partnerships with schools, health and [Kent Police|A] meant children were seldom drawn back into the justice system.
W| The report notes one gap: a small number of victims had not been offered restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Everyone at [Monkton|S] can be rightly proud of this result.”

R| The report sets out three recommendations so that the service can build on this success.

N| Councillor [Joan Pettit|X], cabinet member for children’s services at [Kent County Council|A], said: “This is a tribute to the team and to every partner who works with them.”
"""),
    # 13. a 2025-26 public-protection PDU inspection with no rating: "Skip to content", empty "Published:" line, "Context"
    #     and "Findings" bullets; the notes give the day; "between 3 and 14 November 2025"; four recommendations
    ("boughton-pdu-2026", facts([
        svc("Boughton Probation Delivery Unit", "Boughton PDU", "PDU", None)], "2026-03-17", "2025-11", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection of [Boughton Probation Delivery Unit|S]

N| [HM Inspectorate of Probation|A] has reported on how well [Boughton Probation Delivery Unit|S] keeps the public safe.
N| This programme of inspections does not award ratings.
N| Inspectors were on site between [3 and 14 November 2025|D].

N| Context
N| • [Boughton PDU|S] covers a large rural area of north Kent.
N| • The unit belongs to [Probation Service – Kent, Surrey and Sussex region|S].

N| Findings
S| • Staff understood well the dangers presented by men convicted of sexual offending.
W| • In a third of domestic abuse cases, no checks had been made with the police before sentence.
W| • Home visits were not always made where children were living in the household.

R| The report makes four recommendations for the unit and the region.

N| Notes to editors
N| 1. The report was published at 00.01 on [17 March 2026|D].
"""),
    # 14. a Good YJS on a council page: "Posted on 21/01/2025"; "Inspectors rated the service as ‘Good’" with its
    #     earlier ‘Requires improvement’ beside; "The inspection took place in September 2024"; four recommendations
    ("lynsted-yjs-2025", facts([
        svc("Lynsted Youth Justice Service", "Lynsted YJS", "YJS", GOOD)], "2025-01-21", "2024-09", 4),
     """N| News

N| Posted on [21/01/2025|D]

N| Youth justice service rated ‘[Good|R]’ by inspectors

N| [His Majesty’s Inspectorate of Probation|A] has rated [Lynsted Youth Justice Service|S] ‘[Good|R]’, an improvement on the ‘[Requires improvement|R]’ it received in [2021|D].
N| The inspection took place in [September 2024|D].

S| Inspectors found that the service had a stable and experienced workforce, and that each child kept the same worker from the start of their order to its end.
S| Helping children stay in education was a particular strength, and a specialist worker was based in the team.
W| Inspectors said the service could do more to ask children and families what they thought of the help they received.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lynsted|S] has made real progress since our last visit, and children are benefiting.”

R| The report makes four recommendations, three for [Lynsted YJS|S] and one for its partnership board.

N| [Kent County Council|A] thanked the staff and partners involved and said it would publish an action plan.
"""),
    # 15. a YJS "assessed as ‘...’ overall", resettlement "rated separately" below it; "carried out its fieldwork in March
    #     2022"; the notes give the publication day; six recommendations, four for the partnership board
    ("sheldwich-yjs-2022", facts([
        svc("Sheldwich Youth Justice Service", "Sheldwich YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-07-19", "2022-03", 6),
     """N| Inspectors ask youth justice partners in Sheldwich to raise their game

N| Inspectors have assessed [Sheldwich Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
W| Its resettlement work, rated separately, was found ‘[Inadequate|R]’.
N| [HM Inspectorate of Probation|A] carried out its fieldwork in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Case workers at [Sheldwich|S] are skilled and know their children well.
W| “But the partnership has not given them the backing they need: board members rarely attended, and health and education were largely absent from planning.
W| “When children came out of custody, they often had nowhere suitable to live and no school place.”

S| Inspectors highlighted good work by the service’s police officer to steer children away from formal charges.
W| Disappointingly, the quality of assessment was variable, and in only 11 of 24 cases had the child’s safety been properly considered.

R| There are six recommendations: four for the partnership board, one for [Kent Police|A] and one for the [Youth Justice Board|A].

N| ENDS

N| Notes to editors
N| 1. Readers can find the report on the inspectorate’s website from 00.01 on [19 July 2022|D].
"""),
    # 16. a PDU "only kept from ‘Inadequate’" by its leadership, which gives no rating; "overall, the unit receives
    #     ‘Requires improvement’"; GOV.UK layout; "Fieldwork took place in June 2023"; seven recommendations
    ("throwley-pdu-2023", facts([
        svc("Throwley Probation Delivery Unit", "Throwley PDU", "PDU", RI)], "2023-10-24", "2023-06", 7),
     """N| Press release

N| Probation unit in rural Kent told to tackle high caseloads

N| From: [HM Inspectorate of Probation|A]

N| Published [24 October 2023|D]

N| Overall, [Throwley Probation Delivery Unit|S] receives ‘[Requires improvement|R]’ from inspectors.
W| Only the strength of its leadership stopped the unit from being rated ‘[Inadequate|R]’.
N| Fieldwork took place in [June 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The head of [Throwley PDU|S] and her managers have a clear plan and the trust of their staff.
W| “Yet the workload is unsustainable: some probation officers were managing over 70 cases, and a third of posts were unfilled.
W| “As a result, too many people were not seen as often as their risk required.”

S| Inspectors commended the way the unit worked with women, who could report to a community centre instead of the main office.
W| Work to protect children was insufficient in more than half the cases inspected.

R| The report makes seven recommendations, including that the unit review how cases are allocated.
"""),
    # 17. a YJS inspected remotely in July 2021: "the overall verdict is ‘Requires improvement’"; the report "published
    #     today (Thursday 9 December)" with the year from the fieldwork; five recommendations
    ("conyer-yjs-2021", facts([
        svc("Conyer Youth Justice Service", "Conyer YJS", "YJS", RI)], "2021-12-09", "2021-07", 5),
     """N| [Conyer youth service|S] ‘has the basics in place’ but must improve

N| In a report published today ([Thursday 9 December|D]), [HM Inspectorate of Probation|A] gives [Conyer Youth Justice Service|S] an overall verdict of ‘[Requires improvement|R]’.
N| Covid-19 restrictions were still in place, so the [July 2021|D] fieldwork was carried out remotely.

S| Inspectors found that the service had stayed in touch with children during lockdown through video calls and visits to the doorstep.
S| Out-of-court work was a notable strength, with a well-run joint panel with [Kent Police|A].
W| However, risk management plans were often vague and were not revisited when a child’s situation changed.
W| Staff told inspectors they were unsure of their roles after a restructure.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Conyer|S] has the foundations in place, and its staff are dedicated.
R| “Leaders must now make sure that every plan says clearly who will do what if a child’s risk rises.”

R| Five recommendations are made: four are for the service and one is for its management board.
"""),
    # 18. a youth service named after two villages, switching between YJS and YJT: "The overall judgement of ... on X is
    #     ‘Good’"; fieldwork "from 15 to 19 January 2024"; "two recommendations, both for the service"
    ("hernhill-and-eastling-yjs-2024", facts([
        svc("Hernhill and Eastling Youth Justice Service", "Hernhill and Eastling YJS", "YJS", GOOD)],
        "2024-05-22", "2024-01", 2),
     """N| Press release

N| Inspectors rate youth justice in Hernhill and Eastling ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [22 May 2024|D]

N| The overall judgement of [His Majesty’s Inspectorate of Probation|A] on [Hernhill and Eastling Youth Justice Service|S] (YJS) is ‘[Good|R]’.
N| Inspectors were with the service from [15 to 19 January 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hernhill and Eastling YJS|S] is a small team that punches above its weight.
S| “Children told us that their workers listened, and their families felt included.
W| “There is more to do on work with victims, where contact was sometimes left too late.”

S| The speech and language help given to every child who joined [Hernhill and Eastling YJT|S] particularly impressed inspectors.
S| Positively, leaders had made sure that all staff had been trained in trauma-informed practice.

R| The report makes two recommendations, both for the service.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 153rd shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
