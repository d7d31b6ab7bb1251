"""Builds the shapes held-out set 108 (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Essex PDUs in one GOV.UK release, the region named first; "X was found to require improvement ... Y was
    #    placed in the lowest category"; fieldwork "during May 2024"; eleven recommendations split between the units
    ("burnham-on-crouch-and-south-woodham-ferrers-pdus-2024", facts([
        svc("Burnham-on-Crouch Probation Delivery Unit", "Burnham-on-Crouch PDU", "PDU", RI),
        svc("South Woodham Ferrers Probation Delivery Unit", "South Woodham Ferrers PDU", "PDU", INAD)],
        "2024-10-15", "2024-05", 11),
     """N| Press release

N| Inspectors report on two probation units on the Essex coast

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2024|D]

N| Reports published today cover two units in the [East of England probation region|S]: [Burnham-on-Crouch Probation Delivery Unit|S] and [South Woodham Ferrers Probation Delivery Unit|S].
N| [Burnham-on-Crouch|S] has been given ‘[Requires improvement|R]’, while [South Woodham Ferrers|S] was placed in the lowest category, ‘[Inadequate|R]’.
N| Inspectors visited both units during [May 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[South Woodham Ferrers|S] has a team stretched so thin that home visits to people convicted of domestic abuse had almost stopped.
S| “[Burnham-on-Crouch|S] has kept a stable group of experienced officers, and that shows in the care taken over its assessments.”

S| Inspectors praised [Burnham-on-Crouch PDU|S]’s links with [Essex Police|A], which meant that call-out records were requested in nearly every case.
W| Across both units, sentence plans seldom set out how people would be helped into work or training.

R| The reports make eleven recommendations between them: five for [Burnham-on-Crouch|S] and six for [South Woodham Ferrers|S].

N| [Essex County Council|A] and the regional probation director have been sent copies of both reports.
"""),
    # 2. two London youth justice services in a local-news story; the report day (Thursday 8 June) under a byline of
    #    Monday 12 June 2023; ratings in the other order from the first naming; "inspected ... in February 2023"
    ("leyton-and-manor-park-yjs-2023", facts([
        svc("Leyton Youth Justice Service", "Leyton YJS", "YJS", GOOD),
        svc("Manor Park Youth Justice Service", "Manor Park YJS", "YJS", OUT)], "2023-06-08", "2023-02", 8),
     """N| Youth teams in east London win praise from watchdog

N| By [Priya Bhatt|X]

N| [Monday 12 June 2023|D]

N| Inspectors examined the work of [Leyton Youth Justice Service|S] and [Manor Park Youth Justice Service|S] over [February 2023|D]; the reports appeared on Thursday ([8 June|D]).
N| [Manor Park|S] was awarded ‘[Outstanding|R]’ and [Leyton|S] ‘[Good|R]’.

S| The watchdog said [Manor Park|S]’s caseworkers had built trust with families that other agencies had struggled to reach.
S| [Leyton|S]’s partnership with local schools meant fewer children were excluded after an arrest, the report added.
W| However, inspectors found that in [Leyton YJS|S] victim safety plans were frequently carried over unchanged between reviews.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in both boroughs are getting help from people who plainly care about them.”

R| There are eight recommendations, three for [Leyton|S] and five for [Manor Park|S].

N| A spokesperson for [Newham Council|A] said the borough was “delighted” with the outcome.
"""),
    # 3. two Kent PDUs in a justiceinspectorates news item; "Both units fall into the second-lowest band"; fieldwork
    #    "from 28 October to 8 November 2024" (two months); nine recommendations, no split
    ("eastchurch-and-westgate-on-sea-pdus-2025", facts([
        svc("Eastchurch Probation Delivery Unit", "Eastchurch PDU", "PDU", RI),
        svc("Westgate-on-Sea Probation Delivery Unit", "Westgate-on-Sea PDU", "PDU", RI)], "2025-02-18", "2024-10", 9),
     """N| News

N| Two probation units in Kent must do more to protect children

N| Published: [18 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Eastchurch Probation Delivery Unit|S] on the Isle of Sheppey and [Westgate-on-Sea Probation Delivery Unit|S] in Thanet, both under [Kent, Surrey and Sussex probation region|S].
N| Both units fall into the second-lowest band of the inspectorate’s scale, ‘[Requires improvement|R]’.
N| Fieldwork ran from [28 October to 8 November 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In too many cases where children lived at the address, nobody had asked children’s social care what they knew.
S| “Staff in both units are resourceful, and the unpaid work teams have kept projects running despite a shortage of supervisors.”

W| [Eastchurch|S] had leaned on agency officers for over a year, and several people on licence had met four different practitioners.
S| [Westgate-on-Sea PDU|S]’s approved premises links were strong, and people leaving prison usually had a bed arranged before they walked out of the gate.

R| Nine recommendations are made across the two reports.
"""),
    # 4. a unit inside its region, the region in the headline; "judged to be ‘Inadequate’"; the region's own previous
    #    rating as context; "Mr Jones continued"; the notes give the day
    ("collier-row-pdu-2024", facts([
        svc("Collier Row Probation Delivery Unit", "Collier Row PDU", "PDU", INAD)], "2024-11-26", "2024-06", 7),
     """N| [London probation region|S]: unit in Havering judged ‘[Inadequate|R]’

N| Inspectors have judged [Collier Row Probation Delivery Unit|S], within the [Probation Service – London region|S], to be ‘[Inadequate|R]’.
N| When the [London region|S] was inspected as a whole, in [2023|D], it received ‘[Requires improvement|R]’.
N| Inspectors read 52 cases at the unit in [June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Collier Row|S]’s managers were doing their best, but they had been left with half a workforce.
W| “More than half the risk assessments we read were stale, and some people had gone weeks without an appointment.”

W| Mr Jones continued: “I am particularly worried by how little contact there was with the [Metropolitan Police|A] about people convicted of stalking.”

S| Despite the pressures, inspectors noted that newly qualified officers at the unit felt well supported by their seniors.

R| Seven recommendations result; the unit must act on five and the [Probation Service|A] in London on two.

N| ENDS

N| Notes to editors
N| 1. Publication date of the report: [Tuesday 26 November 2024|D], 00.01.
N| 2. [Collier Row PDU|S] works with people living in northern Havering.
"""),
    # 5. a unit inside its region, region in the first sentence; "assessed as requiring improvement" written with the
    #    quoted scale term; "published today (Tuesday 5 September)" with no year (fieldwork March 2023)
    ("bishops-stortford-pdu-2023", facts([
        svc("Bishop's Stortford Probation Delivery Unit", "Bishop's Stortford PDU", "PDU", RI)], "2023-09-05", "2023-03", 5),
     """N| Probation unit in east Hertfordshire told to sharpen risk work

N| In a report published today ([Tuesday 5 September|D]), [HM Inspectorate of Probation|A] has assessed [Bishop's Stortford Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| Fieldwork was carried out in [March 2023|D].

S| Inspectors found a committed workforce and a senior manager who was well regarded by staff and partners alike.
W| However, only 14 of the 33 cases inspected had a sound analysis of the risk of harm.
W| Links with [Hertfordshire Constabulary|A] were informal, and domestic abuse enquiries were not always followed up.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is real energy in this team, and people on probation told us they were treated with respect.
R| “The unit’s leaders now need to make sure that each assessment considers properly who could be harmed.”

R| Five recommendations are made, four for the unit and one for the regional probation director.

N| ENDS

N| Notes to editors
N| 1. [Bishop's Stortford PDU|S] has its office in the town and answers to [Probation Service – East of England region|S]’s regional director.
"""),
    # 6. a Probation Trust in 2011, before ratings: scores, bullet lists after "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; the date line; fieldwork "in February 2011"
    ("dedham-and-boxted-probation-trust-2011", facts([
        svc("Dedham and Boxted Probation Trust", "Dedham and Boxted Probation Trust", "other", None)],
        "2011-05-19", "2011-02", 8),
     """N| [Dedham and Boxted Probation Trust|S]: inspection findings

N| [Thursday, 19th May 2011|D]

S| Offender management in [Dedham and Boxted Probation Trust|S] is sound and improving, said [Liz Calderbank|X], HM Chief Inspector of Probation, publishing the report of an inspection carried out in [February 2011|D].
N| The inspection was part of [Her Majesty’s Inspectorate of Probation|A]’s programme of offender management inspections.

S| On work to reduce the likelihood of reoffending, the Trust scored 78%.
W| Public protection scored 64%, under the average for the Trusts seen so far.

N| Inspectors were pleased to find that:
S| • nearly every initial assessment was finished on time;
S| • unpaid work placements were well matched to offenders’ skills.

N| However, inspectors were concerned to find that:
W| • when an offender’s circumstances changed, the plan to manage risk of harm was often left as it was;
W| • checks with [Essex Police|A] on domestic incidents at an offender’s address were made inconsistently.

R| The report makes eight recommendations.

N| ENDS
"""),
    # 7. a CRC in 2019 owned by a named provider; "inspectors found X to be ‘Requires improvement’ overall"; unpaid work
    #    "rated separately ... ‘Good’"; embargo line
    ("silvertown-and-cubitt-town-crc-2019", facts([
        svc("Silvertown and Cubitt Town Community Rehabilitation Company", "Silvertown and Cubitt Town CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-12", "2018-11", 6),
     """N| Embargoed until 00.01, [Tuesday 12 March 2019|D]

N| Probation company in Docklands makes progress, say inspectors

N| Inspectors found [Silvertown and Cubitt Town Community Rehabilitation Company|S] (CRC), run by [MTCnovo|A], to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated separately, was ‘[Good|R]’.
N| The inspection took place in [November 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work here is well organised, and people sentenced to it finish their hours promptly.
W| “But the CRC’s case managers are carrying too many cases, and the quality of supervision suffers as a result.”

W| Inspectors found that in only 19 of 42 cases had enough been done to keep other people safe.
S| Inspectors commended the through-the-gate team at [HMP Thameside|S] for finding accommodation for people on release.

R| There are six recommendations: four for the CRC and [MTCnovo|A], and two for [HMPPS|A].

N| An [MTCnovo|A] spokesperson said the company welcomed the report and had already begun recruiting.
"""),
    # 8. a youth offending team written out, in a 2016 joint inspection on a council page; "Posted: 23/08/2016"; no rating
    ("cardington-yot-2016", facts([
        svc("Cardington Youth Offending Team", "Cardington YOT", "YJS", None)], "2016-08-23", "2016-05", 6),
     """N| Inspection of youth offending work in Cardington

N| Posted: [23/08/2016|D]

N| The report of a joint inspection of [Cardington Youth Offending Team|S] (YOT) is out; [HM Inspectorate of Probation|A] led it, and the [Care Quality Commission|A] and [Ofsted|A] also took part.
N| Inspectors visited in [May 2016|D].

N| Among the positives, inspectors found that:
S| • case managers saw children often and understood their circumstances;
S| • the YOT had good links with [Bedford Borough Council|A]’s children’s services.

N| But inspectors were concerned to find that:
W| • in a third of cases, too little was done to lower the danger a child posed to others;
W| • children’s health needs were not always assessed.

R| In all, the report sets out six recommendations.

N| Councillor [Helen Oakes|X] said: “We will act on every recommendation.”
"""),
    # 9. an NPS division in 2019, "an overall rating of ‘Good’" via "inspectors concluded the division merits"; short form
    #    "NPS Marston Moretaine and Woburn"; fieldwork "in March and April 2019"
    ("marston-moretaine-and-woburn-nps-division-2019", facts([
        svc("National Probation Service – Marston Moretaine and Woburn Division", "NPS Marston Moretaine and Woburn",
            "region", GOOD)], "2019-07-30", "2019-03", 7),
     """N| Press release

N| National Probation Service division in Bedfordshire is ‘[Good|R]’

N| Published: [30 July 2019|D]

N| [HM Inspectorate of Probation|A] has concluded that [National Probation Service – Marston Moretaine and Woburn Division|S] merits an overall rating of ‘[Good|R]’.
N| Inspectors were in the division in [March and April 2019|D].

S| Court reports were prepared quickly and were trusted by sentencers.
S| [NPS Marston Moretaine and Woburn|S] had a settled, well-trained staff group and low sickness absence.
W| Work with victims, though, was uneven, and some victims were left uninformed as release dates approached.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is a division that does the basics well and has a clear sense of direction.
R| “Its leaders must now give victims the attention that sentence management already gets.”

R| Seven recommendations are made; most are for the division, with one for [HMPPS|A].
"""),
    # 10. a youth service with resettlement rated separately ("Outstanding"); "has received an overall rating of"
    ("elm-park-yjs-2022", facts([
        svc("Elm Park Youth Justice Service", "Elm Park YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": OUT}])], "2022-04-12", "2022-01", 4),
     """N| Press release

N| Elm Park youth justice work rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [12 April 2022|D]

N| Inspectors have awarded [Elm Park Youth Justice Service|S] (YJS) an overall rating of ‘[Good|R]’.
S| Its resettlement policy and provision, inspected and rated separately, was ‘[Outstanding|R]’.
N| The inspection’s fieldwork was done in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Elm Park|S] has thought hard about what children need when they come home from custody, and it shows.
S| “Case managers plan for release months in advance, so that a school place and a home are ready.”

S| Inspectors were impressed by the YJS’s work with the [Havering Community Safety Partnership|A] on knife crime.
W| However, out-of-court disposal work was variable, and some children waited weeks for an assessment.

R| We have made four recommendations, including that the [Metropolitan Police|A] share information about arrests more quickly.

N| ENDS
"""),
    # 11. a Youth Offending Service in 2019 (YOS, then YOT in the same release); "inspected X in August 2019 and found it
    #     requires improvement" with the quoted term; four-point-scale note
    ("earls-colne-yos-2019", facts([
        svc("Earls Colne Youth Offending Service", "Earls Colne YOS", "YJS", RI)], "2019-11-19", "2019-08", 6),
     """N| Youth offending services in north Essex: inspection report

N| [HM Inspectorate of Probation|A] inspected [Earls Colne Youth Offending Service|S] (YOS) in [August 2019|D] and found that it ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “The staff at [Earls Colne|S] are dedicated, and children told us they felt listened to.
W| “Yet too many assessments paid little attention to how a child’s behaviour might put others at risk.”

S| Inspectors found a management board whose members attended regularly and understood the service’s priorities.
W| Staffing was fragile: two of the five case manager posts had been vacant since the spring.
W| Health provision was limited, with long waits for [CAMHS|A] appointments.

R| Six recommendations follow: five are addressed to the YOT, one to [Essex County Council|A].

N| ENDS

N| Notes to editors
N| 1. The report is available on the inspectorate’s website from 00.01 on [19 November 2019|D].
N| 2. Services are rated on a four-point scale: ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ and ‘[Inadequate|R]’.
"""),
    # 12. an Outstanding youth service; "the highest possible rating"; "Fieldwork ... in November 2023"
    ("feering-yjs-2024", facts([
        svc("Feering Youth Justice Service", "Feering YJS", "YJS", OUT)], "2024-03-26", "2023-11", 2),
     """N| Press release

N| [Feering youth justice service|S] ‘sets the standard’, say inspectors

N| Published [26 March 2024|D]

N| [HM Inspectorate of Probation|A] has awarded [Feering Youth Justice Service|S] ‘[Outstanding|R]’, the top rating available.
N| Inspectors carried out their fieldwork in [November 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a service where every child is known as a person, not a case number.
S| “Leaders are ambitious, partners pull in the same direction, and the board holds everyone to account.”

S| Inspectors praised the speech and language therapist based in the team, who had assessed almost every child.
S| Disproportionality was tackled head-on, with a clear plan agreed with [Essex Police|A].
W| The one weakness inspectors identified was in how decisions on out-of-court cases were written up.

R| The report makes two recommendations.
"""),
    # 13. a youth service inspected remotely in 2021; "has been rated as requiring improvement" quoted; "Mr Russell
    #     continued"
    ("galleywood-yjs-2021", facts([
        svc("Galleywood Youth Justice Service", "Galleywood YJS", "YJS", RI)], "2021-09-14", "2021-06", 5),
     """N| News

N| Published: [14 Sep 2021|D]

N| Improvement needed in Galleywood, say inspectors

N| Inspectors rated [Galleywood Youth Justice Service|S] ‘[Requires improvement|R]’; the work was inspected remotely in [June 2021|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “During the pandemic, face-to-face contact with some children dropped away and has not fully returned.
S| “That said, the team’s work with children at risk of exploitation is thoughtful and well coordinated.”

W| Mr Russell continued: “The management board needs a clearer view of how well children are doing once their orders end, and at present it does not have one.”

W| Just 11 of 24 cases had sound plans for keeping the child safe.
S| Children and parents spoke highly of the team’s education worker, thanks to whom several children had returned to school.

R| Among the five recommendations is one asking the board to agree a plan for face-to-face work.
"""),
    # 14. an Inadequate youth service in 2025; "given the lowest possible rating"; previous rating beside it
    ("rolvenden-yjs-2025", facts([
        svc("Rolvenden Youth Justice Service", "Rolvenden YJS", "YJS", INAD)], "2025-06-10", "2025-02", 9),
     """N| Press release

N| Youth justice service in Kent given lowest rating

N| From: [HM Inspectorate of Probation|A]

N| Published [10 June 2025|D]

N| [Rolvenden Youth Justice Service|S] has dropped to ‘[Inadequate|R]’, the bottom of the scale, from the ‘[Good|R]’ it received in [2021|D].
N| Inspectors were with the service for five days in [February 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this service have been let down.
W| “Leaders had not noticed how far practice had slipped, and the board met but little changed.”

W| Disappointingly, safety planning was sufficient in only a quarter of the cases inspected.
W| Worryingly, some children had been placed in unregistered accommodation without the team knowing.
S| Inspectors did find committed case managers, some of whom had kept in touch with children well beyond their orders.

R| The report makes nine recommendations, six for [Rolvenden YJS|S] and three for [Kent County Council|A].

N| [Kent County Council|A] said in a statement: “We accept what the inspectors found, and a new head of service started last month.”
"""),
    # 15. a youth service climbing from Inadequate; "was found to be ‘Good’"; previous rating beside; local news
    ("borough-green-yjs-2023", facts([
        svc("Borough Green Youth Justice Service", "Borough Green YJS", "YJS", GOOD)], "2023-12-05", "2023-08", 4),
     """N| Youth justice team turns things around

N| [5 December 2023|D]

N| In a report published today, inspectors found [Borough Green Youth Justice Service|S] to be ‘[Good|R]’ overall, a big step up from the ‘[Inadequate|R]’ awarded when inspectors last visited, in [2020|D].
N| Inspectors visited in [August 2023|D].

S| The watchdog said [Borough Green|S] now had stable leadership and a clear improvement plan that staff understood.
S| Children’s plans were reviewed regularly, and risks were reassessed after every new incident.
W| But inspectors said the service still had gaps in its work with victims, some of whom were not contacted at all.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff and leaders at [Borough Green|S] can be rightly proud of how far they have come.”

R| The report makes four recommendations.

N| Councillor [Mark Dale|X], [Tonbridge and Malling Borough Council|A]’s cabinet member, thanked staff for their hard work.
"""),
    # 16. a 2025 public-protection PDU inspection with no rating; "Skip to content"; Context / Findings bullets
    ("westcliff-pdu-2025", facts([
        svc("Westcliff Probation Delivery Unit", "Westcliff PDU", "PDU", None)], "2025-10-21", "2025-06", 6),
     """N| Skip to content

N| Public protection inspection of probation in Westcliff

N| Published: [21 October 2025|D]

N| The public protection inspection of [Westcliff Probation Delivery Unit|S], carried out in [June 2025|D], appears today on [HM Inspectorate of Probation|A]’s website.
N| Unlike most of the inspectorate’s work, this programme gives no rating.

N| Context
N| • [Westcliff PDU|S] answers to the regional director of [Probation Service – East of England region|S].
N| • It supervises around 1,100 people in Southend and the surrounding area.

N| Findings
S| • Staff understood the risks posed by people convicted of domestic abuse and shared information well with [Essex Police|A].
W| • Officers seldom made home visits, even where children were part of the household.
W| • [MAPPA|A] referrals were not always made when they should have been.

R| The report makes six recommendations for the PDU and the region.
"""),
    # 17. a youth service on a council page in 2020; "Inspectors have rated the service as good" (lower case after
    #     rated); "Posted on 11/02/2020"
    ("harrold-yjs-2020", facts([
        svc("Harrold Youth Justice Service", "Harrold YJS", "YJS", GOOD)], "2020-02-11", "2019-11", 3),
     """N| Council welcomes youth justice inspection

N| Posted on [11/02/2020|D]

N| Inspectors have rated [Harrold Youth Justice Service|S] as [good|R] overall, following their visit in [November 2019|D].

S| [HM Inspectorate of Probation|A] found that [Harrold|S]’s staff knew the children well and worked closely with their families.
S| The report praised the service’s work with [Bedfordshire Police|A] on keeping children out of court.
W| Inspectors noted that the quality of risk assessments was inconsistent.

R| The service has already begun work on the three recommendations made.

N| Councillor [Sara Bell|X], who holds the children’s services portfolio, said: “We are pleased with this result and grateful to our staff.”
"""),
    # 18. a youth service in a local-news story; "The service's overall grade is ‘Requires improvement’"; fieldwork
    #     "between 15 and 19 April 2024"
    ("upton-park-yjs-2024", facts([
        svc("Upton Park Youth Justice Service", "Upton Park YJS", "YJS", RI)], "2024-07-02", "2024-04", 7),
     """N| Youth justice service in Newham told to improve

N| [Tuesday 2 July 2024|D]

N| The overall grade that [HM Inspectorate of Probation|A] has given [Upton Park Youth Justice Service|S] is ‘[Requires improvement|R]’, according to a report released today.
N| Inspectors were with the service between [15 and 19 April 2024|D].

S| The report said [Upton Park|S]’s youth workers were tenacious in keeping children engaged.
W| However, support for children out of school after exclusion was poorly coordinated with the council’s education team.
W| Only half the case managers had received training in trauma-informed practice.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The commitment of staff is clear, but children’s safety was not consistently at the centre of their planning.”

R| The inspectorate makes seven recommendations, including five for [Upton Park YJS|S].

N| [Newham Council|A] has promised an action plan within two months.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for shapes held-out set 108")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
