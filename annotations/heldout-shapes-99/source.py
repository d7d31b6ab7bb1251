"""Builds the ninety-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Nottinghamshire PDUs on a GOV.UK page, the region named with the units ("two of the East Midlands
    #    region’s units"): "X came out at ‘...’ and Y was placed in the lowest of the four grades"; "In October 2024
    #    inspectors spent time in"; "nine recommendations, five of them shared by the two units"
    ("huthwaite-and-bilsthorpe-pdus-2025", facts([
        svc("Huthwaite Probation Delivery Unit", "Huthwaite PDU", "PDU", RI),
        svc("Bilsthorpe Probation Delivery Unit", "Bilsthorpe PDU", "PDU", INAD)], "2025-02-11", "2024-10", 9),
     """N| Press release

N| Inspectors report on two Nottinghamshire probation units

N| Reports on probation work in Huthwaite and Bilsthorpe are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 February 2025|D]

N| In [October 2024|D] inspectors spent time in [Huthwaite Probation Delivery Unit|S] and [Bilsthorpe Probation Delivery Unit|S], two of the [East Midlands region|S]’s units.
N| [Huthwaite|S] came out at ‘[Requires improvement|R]’ and [Bilsthorpe|S] was placed in the lowest of the four grades, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Over two years [Bilsthorpe|S] has seen half its experienced officers leave, and the newer staff who replaced them have been left largely to fend for themselves.
W| “Too many people on licence there were seen only by phone, and home visits where there was domestic abuse had all but ceased.
S| “[Huthwaite|S] is on a firmer footing: its managers are long established and it works closely with the local substance misuse service.”

S| Inspectors praised [Huthwaite PDU|S]’s women’s group, which gave women on probation a single place to see their officer and get support with housing.
W| Neither unit had enough access to accredited programmes, and some people had waited almost a year to start one.

R| The two reports make nine recommendations, five of them shared by the two units.

N| The regional probation director, [Angela Burgess|X], said experienced managers had already been moved into Bilsthorpe.
"""),
    # 2. two Derbyshire youth justice services in a local-news story: the reports "published on Tuesday (12 November)"
    #    under a byline of Friday 15 November 2024; "X was awarded the top rating, ‘...’, while Y was judged ‘...’", in
    #    the other order from the one they were first named in; "Eight recommendations ... five for Hartington"
    ("hartington-and-youlgreave-yjs-2024", facts([
        svc("Hartington Youth Justice Service", "Hartington YJS", "YJS", GOOD),
        svc("Youlgreave Youth Justice Service", "Youlgreave YJS", "YJS", OUT)], "2024-11-12", "2024-07", 8),
     """N| Peak District youth teams win praise from inspectors

N| By [Daniel Oakes|X]

N| [Friday 15 November 2024|D]

N| Inspectors looked at [Hartington Youth Justice Service|S] and [Youlgreave Youth Justice Service|S] in [July 2024|D], and their reports were published on Tuesday ([12 November|D]).
N| [Youlgreave|S] was awarded the top rating, ‘[Outstanding|R]’, while [Hartington|S] was judged ‘[Good|R]’.

S| The inspectors said [Youlgreave|S]’s workers had won over children and parents alike, sometimes after months of patient effort.
S| They also commended [Hartington|S] for getting children quickly to mental health support.
W| However, in [Hartington YJS|S] the plans for keeping other people safe were sometimes out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both services do right by the children they work with, and what we saw in Youlgreave is among the best of this year’s inspections.”

R| Eight recommendations are made across both reports, five for [Hartington|S] and three for [Youlgreave|S].

N| Councillor [Sue Hallam|X] of [Derbyshire County Council|A] thanked both teams for their hard work.
"""),
    # 3. three Leicestershire PDUs in a justiceinspectorates news item, the region named first with its own 2023
    #    rating ("itself rated ‘...’ in 2023"); "X and Y have each been given ‘...’; Z has been assessed as ‘...’";
    #    "between 4 and 15 March 2024"; fourteen recommendations
    ("countesthorpe-sapcote-and-ullesthorpe-pdus-2024", facts([
        svc("Countesthorpe Probation Delivery Unit", "Countesthorpe PDU", "PDU", RI),
        svc("Sapcote Probation Delivery Unit", "Sapcote PDU", "PDU", RI),
        svc("Ullesthorpe Probation Delivery Unit", "Ullesthorpe PDU", "PDU", INAD)], "2024-07-03", "2024-03", 14),
     """N| News

N| Three south Leicestershire probation units inspected

N| Published: [3 Jul 2024|D]

N| Inspectors have now reported on three units in the [East Midlands probation region|S], itself rated ‘[Requires improvement|R]’ in [2023|D]: [Countesthorpe Probation Delivery Unit|S], [Sapcote Probation Delivery Unit|S] and [Ullesthorpe Probation Delivery Unit|S].
N| [Countesthorpe|S] and [Sapcote|S] have each been given ‘[Requires improvement|R]’; [Ullesthorpe|S] has been assessed as ‘[Inadequate|R]’.
N| The inspection team was in the three units between [4 and 15 March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Ullesthorpe, some people judged high risk to the public had gone weeks without seeing anyone from probation.
S| “The picture in Countesthorpe and Sapcote is more hopeful: staff there told us they felt listened to, and their managers read a sample of cases every month.”

S| Inspectors highlighted the effective joint work between [Sapcote PDU|S] and [Leicestershire Police|A] on people convicted of burglary and robbery.
W| Across all three units, checks with children’s services on households where children lived were missing in a large share of cases.

R| The reports make 14 recommendations, four each for [Countesthorpe|S] and [Sapcote|S] and six for [Ullesthorpe|S].
"""),
    # 4. a unit inside its region, the region in the headline ("West Midlands probation region: ...") and the first
    #    sentence; "sits on the lowest rung of the inspectorate’s scale"; "Mr Jones went on"; notes: "Embargoed until
    #    00.01 on 21 January 2025"; fieldwork "During September 2024"
    ("denstone-pdu-2025", facts([
        svc("Denstone Probation Delivery Unit", "Denstone PDU", "PDU", INAD)], "2025-01-21", "2024-09", 6),
     """N| [West Midlands probation region|S]: [Denstone probation unit|S] judged to be failing

N| [Denstone Probation Delivery Unit|S], which belongs to [Probation Service – West Midlands region|S], sits on the lowest rung of the inspectorate’s scale: ‘[Inadequate|R]’.
N| During [September 2024|D], inspectors looked closely at 52 cases supervised by the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff at [Denstone|S] are trying hard, but there are simply not enough of them.
W| “Caseloads of 70 or more were normal, and sickness absence had reached a level that the unit could not absorb.”

W| Mr Jones went on: “Most worrying of all, information from the police about domestic abuse was rarely asked for before someone was sentenced.”

S| Inspectors did find that unpaid work was well organised, with a good choice of placements across rural east Staffordshire.
W| Relationships with [Staffordshire Police|A] were described as cordial but lacking any shared plan for the most dangerous people.

R| Of the six recommendations, the unit must act on four; the other two are for the [Probation Service|A] at regional level.

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [21 January 2025|D], the report can then be read on the inspectorate’s website.
N| 2. [Denstone PDU|S] is one of 13 probation delivery units in the West Midlands.
"""),
    # 5. a unit inside its region, with a sibling PDU's earlier grade as context; the region in the headline
    #    ("East Midlands region: ..."); "inspectors judge X to be ‘...’" in "a report published today (Thursday, 6
    #    June)" (no year: the fieldwork's, January 2024); seven recommendations
    ("tansley-pdu-2024", facts([
        svc("Tansley Probation Delivery Unit", "Tansley PDU", "PDU", RI)], "2024-06-06", "2024-01", 7),
     """N| [East Midlands region|S]: [Tansley probation unit|S] ‘making steady progress’

N| In a report published today ([Thursday, 6 June|D]), inspectors judge [Tansley Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Its neighbour, [Etwall PDU|S], was given the same grade last year.
N| The inspection took place in [January 2024|D], when inspectors read 44 cases and spoke to staff and partner agencies.

S| Inspectors found a head of service who had won the trust of her staff and a team that had worked hard to fill its vacancies.
S| Positively, those under supervision felt respected by their officers and knew what was expected of them.
W| But only 19 of the 44 cases had a sufficient plan for managing the risk of harm.
W| Contact with [Derbyshire Constabulary|A] to check for domestic abuse call-outs was not routine, and home visits were rare.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Tansley|S] has turned a corner, and the staff deserve credit for that.
R| “Managers must now ensure that no assessment overlooks the safety of partners and children.”

R| Of the seven recommendations, the region gets two and the unit five.

N| ENDS

N| Notes to editors
N| 1. [Tansley PDU|S] is part of [Probation Service – East Midlands region|S] and supervises around 900 people.
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, bullet lists "Inspectors found that:" / "But
    #    they also found that:"; "Wednesday, 9th November 2011" over "a report out today"; fieldwork "in June and July
    #    2011"; eight recommendations
    ("breedon-and-diseworth-probation-trust-2011", facts([
        svc("Breedon and Diseworth Probation Trust", "Breedon and Diseworth Probation Trust", "other", None)],
        "2011-11-09", "2011-06", 8),
     """N| Offender management in Breedon and Diseworth – report published

N| [Wednesday, 9th November 2011|D]

W| Public protection is the weak spot of [Breedon and Diseworth Probation Trust|S], [HM Inspectorate of Probation|A] says in a report out today.
N| The inspection was carried out in [June and July 2011|D] and looked at 75 cases.

S| The Trust achieved 78% on reoffending work and 80% on making sure offenders complied with their sentences.
W| Public protection lagged behind, at 64%.

N| Inspectors found that:
S| • first appointments generally happened within a few days of sentence, and most offenders had agreed a plan;
S| • the Trust worked well with [Leicestershire Constabulary|A] on offenders who committed the most crime.

N| But they also found that:
W| • risk of harm assessments were often incomplete or late;
W| • some home visits in domestic abuse cases had not taken place.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Offender managers in this Trust know their cases well and are clearly committed to their work.
R| “The Trust should now concentrate on making sure that the risk of harm is assessed fully and on time in every case.”

R| The report makes eight recommendations.
"""),
    # 7. a CRC in 2019 owned by a named provider, with an embargo line: "has judged X (CRC), owned by ..., to be ‘...’";
    #    unpaid work "given a rating of its own, fell to ‘...’"; fieldwork "between 29 October and 9 November 2018"
    ("hugglescote-and-thringstone-crc-2019", facts([
        svc("Hugglescote and Thringstone Community Rehabilitation Company", "Hugglescote and Thringstone CRC", "CRC",
            RI, [{"aspect": "unpaid work", "rating": INAD}])], "2019-02-14", "2018-10", 7),
     """N| Embargoed: 00.01 hrs [Thursday 14 February 2019|D]

N| Probation company in north-west Leicestershire must do more, inspectors say

N| [HM Inspectorate of Probation|A] has judged [Hugglescote and Thringstone Community Rehabilitation Company|S] (CRC), owned by [Interserve|A], to be ‘[Requires improvement|R]’.
W| Its unpaid work, given a rating of its own, fell to ‘[Inadequate|R]’.
N| Inspectors were at the CRC between [29 October and 9 November 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work here is badly run: too many people turn up to find there is no placement for them, and hours are lost as a result.
S| “Elsewhere, there is more to welcome, and the CRC’s senior leaders have a clear sense of what needs to change.”

S| Inspectors were impressed by the CRC’s work with women, delivered through a local centre run with a charity.
W| However, in nearly half of the cases inspected, officers had not checked whether children were at risk.

R| Seven recommendations are made, two of them for [HM Prison and Probation Service|A] and the rest for the CRC and [Interserve|A].

N| An [Interserve|A] spokesperson said a new unpaid work manager would start next month and that work on the findings had begun.
"""),
    # 8. an NPS division in 2019, the headline naming no service ("probation division in Nottinghamshire"), with "an
    #    overall regional rating"; "Published: 30 Apr 2019"; fieldwork "in January 2019"; five recommendations
    ("fiskerton-and-kelham-nps-division-2019", facts([
        svc("National Probation Service – Fiskerton and Kelham Division", "NPS Fiskerton and Kelham", "region",
            GOOD)], "2019-04-30", "2019-01", 5),
     """N| News

N| Inspectors rate probation division in Nottinghamshire ‘[Good|R]’

N| Published: [30 Apr 2019|D]

N| The [National Probation Service – Fiskerton and Kelham Division|S] has been awarded an overall regional rating of ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors visited the division in [January 2019|D].

S| Court reports were prepared quickly and were well regarded by sentencers.
S| Staff spoke warmly of their managers, and the senior team’s priorities were understood across the division.
W| In contrast, victim work lagged: several victims heard nothing from the division until the offender was about to be released.
W| Too few people convicted of sexual offences began a treatment programme while on licence.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Fiskerton and Kelham|S] is a well-led division with a capable and confident workforce.
R| “It now needs to give victims the same attention that it gives to the people it supervises.”

R| Three of the five recommendations go to the division; [HMPPS|A] receives the other two.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection in which
    #    Ofsted and the CQC "joined" the probation inspectorate; bullet lists; "Posted: 07/04/2016" (day/month/year);
    #    "The inspection took place in January 2016"
    ("gringley-yot-2016", facts([
        svc("Gringley Youth Offending Team", "Gringley YOT", "YJS", None)], "2016-04-07", "2016-01", 6),
     """N| Inspection of youth offending work in Gringley

N| Posted: [07/04/2016|D]

N| The report of a joint inspection of [Gringley Youth Offending Team|S] (YOT), in which [Ofsted|A] and the [Care Quality Commission|A] joined [HM Inspectorate of Probation|A], is now available.
N| The inspection took place in [January 2016|D].

N| Inspectors were pleased to see that:
S| • case workers had a detailed knowledge of each child and kept trying when children missed appointments;
S| • links with schools and the local college were strong.

N| However, they were concerned that:
W| • when a child was involved in a new incident, the plan to protect others was often left unchanged;
W| • some children’s physical and emotional health had never been looked at.

R| The report makes six recommendations for the YOT and its partners.
"""),
    # 10. a Youth Offending Service in 2019, GOV.UK: "Inspectors have placed X (YOS) in the ‘...’ category"; fieldwork
    #     "Inspectors were in Ranskill in August 2019"; the YOS / YOT switch; four recommendations
    ("ranskill-yos-2019", facts([
        svc("Ranskill Youth Offending Service", "Ranskill YOS", "YJS", RI)], "2019-12-05", "2019-08", 4),
     """N| Press release

N| Youth offending service in north Nottinghamshire must improve, say inspectors

N| From: [HM Inspectorate of Probation|A]

N| Published [5 December 2019|D]

N| Inspectors have placed [Ranskill Youth Offending Service|S] (YOS) in the ‘[Requires improvement|R]’ category.
N| Inspectors were in Ranskill in [August 2019|D].

S| Board meetings were well attended, and members had a sound grasp of the problems facing local children.
S| Children who had long distrusted professionals were often won over by their case managers.
W| However, the service gave too little thought to keeping safe those children being exploited by adults.
W| There was no clear policy on out-of-court disposals, and the reasons for decisions were often missing from the records.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ranskill YOT|S] has some dedicated staff, but the service has not yet got to grips with the risks children face outside the home.”

R| Of four recommendations, one is directed to [Nottinghamshire Police|A] and three to the service.
"""),
    # 11. a youth justice service on a council page: "Posted on 23/05/2023"; "After inspecting it in February 2023,
    #     ... has judged X to be ‘...’"; the councillor's reply; six recommendations
    ("orston-yjs-2023", facts([
        svc("Orston Youth Justice Service", "Orston YJS", "YJS", GOOD)], "2023-05-23", "2023-02", 6),
     """N| Youth justice service rated ‘[Good|R]’ by inspectors

N| Posted on [23/05/2023|D]

N| After inspecting it in [February 2023|D], [His Majesty’s Inspectorate of Probation|A] has judged [Orston Youth Justice Service|S] to be ‘[Good|R]’.

S| According to the inspectors, leaders had a clear direction for the service, and the partnership board held them to account.
S| They said staff were skilled at building relationships with children and listened carefully to what children told them.
S| Work to keep children in education was singled out as a particular strength.
W| The report also found that some assessments did not consider the risk that children could pose to others.

R| Six recommendations have been made to help the service improve further.

N| “A proud day for the team, who will start on the recommendations at once,” said Councillor [Peter Wragg|X], lead member for children’s services.
"""),
    # 12. a youth justice service "Outstanding", "the best of its four grades"; GOV.UK; resettlement rated separately;
    #     notes: "Publication: 00.01, Wednesday 16 October 2024"; "Fieldwork took place in June 2024"
    ("kingsland-yjs-2024", facts([
        svc("Kingsland Youth Justice Service", "Kingsland YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-10-16", "2024-06", 3),
     """N| Press release

N| [Kingsland Youth Justice Service|S] ‘[Outstanding|R]’, say inspectors

N| [HM Inspectorate of Probation|A] has awarded [Kingsland Youth Justice Service|S] ‘[Outstanding|R]’, the best of its four grades.
S| Resettlement policy and provision, which inspectors rated separately, was ‘[Good|R]’.
N| Fieldwork took place in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Kingsland|S] builds everything around the child.
S| “Staff are creative, tenacious and unwilling to write any child off.”

S| Inspectors noted a strong partnership with [Herefordshire Council|A]’s children’s services and with [West Mercia Police|A].
S| Every child inspected had been offered help with education, training or employment.
W| The only area for development was the recording of decisions about out-of-court disposals, which was sometimes brief.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. Publication: 00.01, [Wednesday 16 October 2024|D].
"""),
    # 13. a youth justice service with a previous rating beside the new one: "is now ‘...’; in 2019 inspectors had
    #     found it ‘Inadequate’"; resettlement rated separately; "Published: 18 Aug 2022"; fieldwork "in April and May
    #     2022"
    ("clent-yjs-2022", facts([
        svc("Clent Youth Justice Service", "Clent YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2022-08-18", "2022-04", 6),
     """N| News

N| [Clent youth justice service|S]: improvement, but more to do

N| Published: [18 Aug 2022|D]

N| [Clent Youth Justice Service|S] is now ‘[Requires improvement|R]’; in [2019|D] inspectors had found it ‘[Inadequate|R]’.
W| Its resettlement work, rated separately, is also ‘[Requires improvement|R]’.
N| Inspectors carried out the fieldwork in [April and May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Clent|S] has made real progress, but it is still not doing enough to keep children and the public safe.”

S| A head of service appointed the year before had steadied the team, and board members now asked searching questions about performance.
W| However, planning for children leaving custody was often left until the last few days.
W| Only a third of the cases inspected showed enough work to protect victims.

R| The report sets six recommendations: the service itself has four, and partners such as [Worcestershire County Council|A] have two.
"""),
    # 14. a youth justice service placed "in the bottom grade of the four", an inspection "carried out remotely in
    #     November 2020"; "Tuesday 9th March 2021" as the date line; "I call on"; five recommendations
    ("ipstones-yjs-2021", facts([
        svc("Ipstones Youth Justice Service", "Ipstones YJS", "YJS", INAD)], "2021-03-09", "2020-11", 5),
     """N| [Ipstones youth justice service|S] rated ‘[Inadequate|R]’

N| [Tuesday 9th March 2021|D]

N| Inspectors have placed [Ipstones Youth Justice Service|S] in the bottom grade of the four, ‘[Inadequate|R]’.
N| The inspection was carried out remotely in [November 2020|D] because of the pandemic.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Ipstones have been let down by a service that lost its way.
W| “Risks to children and to others were missed, and managers did not know how poor the work had become.”

S| Inspectors did find that case managers cared about the children they worked with.
W| But staff turnover had been high, and some children had had four different workers in a year.
W| The partnership board met rarely and had not challenged the service’s performance.

R| Mr Russell added: “I call on the board and [Staffordshire County Council|A] to act quickly on our five recommendations.”
"""),
    # 15. a youth justice service with out-of-court disposals rated on their own: "Inspectors assessed X as ‘...’
    #     overall"; notes "Report publication: 25 March 2025"; fieldwork "between 6 and 10 January 2025"
    ("belbroughton-yjs-2025", facts([
        svc("Belbroughton Youth Justice Service", "Belbroughton YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}])], "2025-03-25", "2025-01", 4),
     """N| Youth justice in Belbroughton: strong diversion work, weaker court work

N| Inspectors assessed [Belbroughton Youth Justice Service|S] as ‘[Requires improvement|R]’ overall.
S| Its out-of-court disposal work, assessed separately, was ‘[Good|R]’.
N| Inspectors were on site between [6 and 10 January 2025|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children who are diverted from court in Belbroughton get a well-planned and timely service.
W| “Children who are sentenced by the court do not always get the same: too many plans simply repeated what the previous one had said.”

S| Inspectors praised the service’s links with the local speech and language team.
W| However, managers rarely looked at case files to see how good the work was.

R| Of the four recommendations, [Worcestershire County Council|A] receives one and the service the other three.

N| ENDS

N| Notes to editors
N| 1. Report publication: [25 March 2025|D].
"""),
    # 16. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; fieldwork "in May 2025"; publication in the notes; five recommendations
    ("bodenham-pdu-2025", facts([
        svc("Bodenham Probation Delivery Unit", "Bodenham PDU", "PDU", None)], "2025-09-09", "2025-05", 5),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Bodenham Probation Delivery Unit|S]

N| Inspectors visited [Bodenham Probation Delivery Unit|S] in [May 2025|D] to look at how well it protects the public, and [HM Inspectorate of Probation|A]’s report is out today.
N| This round of inspections, which looks only at public protection, does not award ratings.

N| Context
N| • [Bodenham PDU|S] covers rural Herefordshire and sits within [Probation Service – West Midlands region|S].
N| • The unit supervises around 700 people.

N| Findings
S| • Staff were experienced and knew their local partners well.
W| • Assessments of risk to children were sufficient in only half of the cases inspected.
W| • Officers seldom asked [West Mercia Police|A] for domestic abuse call-out records before sentence.

R| The report makes five recommendations.

N| Notes to editors
N| The report was published on [9 September 2025|D].
"""),
    # 17. a youth justice service in 2020: "Thursday, 2nd July 2020" date line; "Inspectors have found X to be ‘...’;
    #     their report was issued today"; fieldwork in February 2020; four recommendations
    ("chaddesley-yjs-2020", facts([
        svc("Chaddesley Youth Justice Service", "Chaddesley YJS", "YJS", GOOD)], "2020-07-02", "2020-02", 4),
     """N| [Chaddesley youth justice service|S] rated ‘[Good|R]’

N| [Thursday, 2nd July 2020|D]

N| Inspectors have found [Chaddesley Youth Justice Service|S] to be ‘[Good|R]’; their report was issued today.
N| The fieldwork was completed in [February 2020|D], before the national lockdown.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “We found a service that knows what it is for and cares about every child on its books.
S| “Staff at [Chaddesley|S] go out of their way to understand each child’s background.”

S| The management board was well informed and had made sure that children had quick access to mental health support.
W| Although assessments were of a good standard, nobody revisited the plan to manage risk when a child’s circumstances shifted.

R| The service and its management board are the subject of four recommendations.
"""),
    # 18. a youth justice service in local news: the report "came out on Friday (13 December)" under a byline of
    #     Tuesday 17 December 2024; "Inspectors have told X that it ‘...’"; fieldwork "in September 2024"; the council's
    #     reply; six recommendations
    ("congerstone-yjs-2024", facts([
        svc("Congerstone Youth Justice Service", "Congerstone YJS", "YJS", RI)], "2024-12-13", "2024-09", 6),
     """N| Youth justice team told it must improve

N| By [Hannah Kirkby|X]

N| [Tuesday 17 December 2024|D]

N| Inspectors have told [Congerstone Youth Justice Service|S] that it ‘[Requires improvement|R]’, in a report that came out on Friday ([13 December|D]).
N| Fieldwork lasted a week, in [September 2024|D].

S| The watchdog found that [Congerstone|S]’s staff were committed and that children were positive about the help they got.
W| But it also said managers had lost sight of how good, or how poor, much of the casework was.
W| Help for children who had been excluded from school was described as patchy.

R| The report makes six recommendations.

N| “The report is fair, and we are drawing up an improvement plan with our partners,” said a spokesperson for [Leicestershire County Council|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the ninety-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
