"""Builds the 158th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three High Weald PDUs on a GOV.UK page, the region first: "X and Y were both placed at ‘...’; Z was given ‘...’"
    ("frant-groombridge-and-speldhurst-pdus-2024", facts([
        svc("Frant Probation Delivery Unit", "Frant PDU", "PDU", RI),
        svc("Groombridge Probation Delivery Unit", "Groombridge PDU", "PDU", RI),
        svc("Speldhurst Probation Delivery Unit", "Speldhurst PDU", "PDU", INAD)], "2024-04-16", "2024-01", 9),
     """N| Press release

N| Inspection of three probation units on the Kent and Sussex border

N| Reports on three probation delivery units in the High Weald are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 April 2024|D]

N| Three units of [Probation Service – Kent, Surrey and Sussex region|S] are covered by today’s reports: [Frant Probation Delivery Unit|S], [Groombridge Probation Delivery Unit|S] and [Speldhurst Probation Delivery Unit|S].
N| [Frant|S] and [Groombridge|S] were both placed at ‘[Requires improvement|R]’, while [Speldhurst|S] was given the bottom grade of ‘[Inadequate|R]’.
N| Each unit had a visit from inspectors in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Speldhurst|S] has gone more than a year without a permanent head of service, and it shows.
W| “Risk assessments there were often out of date, and those convicted of domestic abuse were rarely visited at home.
S| “[Frant|S] and [Groombridge|S] have steadier teams, and their work with local accommodation providers is helping people find somewhere to live on release.”

S| [Groombridge PDU|S]’s women’s group, run with a local charity, was singled out as good practice.
W| Across the three units, children’s services were too often not contacted even though children lived at the address.

R| The reports make nine recommendations, three for each of the units.

N| [Sarah Chapman|X], Regional Probation Director, said: “We accept the findings and a recovery plan is already under way in Speldhurst.”
"""),
    # 2. two youth justice services in a local-news story: report day in brackets under a later byline; ratings given in
    #    the other order from the one the services were first named in
    ("bodiam-and-salehurst-yjs-2023", facts([
        svc("Bodiam Youth Justice Service", "Bodiam YJS", "YJS", GOOD),
        svc("Salehurst Youth Justice Service", "Salehurst YJS", "YJS", OUT)], "2023-10-17", "2023-06", 8),
     """N| Rother youth teams win praise from probation watchdog

N| By [Helen Marsh|X]

N| [Friday 20 October 2023|D]

N| Inspectors’ reports on [Bodiam Youth Justice Service|S] and [Salehurst Youth Justice Service|S] came out on Tuesday ([17 October|D]), after visits in [June 2023|D].
N| [Salehurst|S] was awarded ‘[Outstanding|R]’, the highest mark available, with [Bodiam|S] one step lower on ‘[Good|R]’.

S| According to the reports, [Salehurst|S]’s workers had won the trust of children who had been let down by other services.
S| Inspectors also commended [Bodiam|S] for the speed with which it found education places for children excluded from school.
W| However, in [Bodiam YJS|S] plans to protect victims were not always reviewed when circumstances changed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in this corner of East Sussex are well served, and the team at [Salehurst|S] sets a standard others could learn from.”

R| There are eight recommendations in total: five for [Bodiam|S] and three for [Salehurst|S].

N| A spokesperson for [East Sussex County Council|A] said: “We are delighted for both teams.”
"""),
    # 3. two PDUs of the East of England region on a justiceinspectorates news page; different ratings in one sentence;
    #    fieldwork across two months
    ("campton-and-southill-pdus-2025", facts([
        svc("Campton Probation Delivery Unit", "Campton PDU", "PDU", RI),
        svc("Southill Probation Delivery Unit", "Southill PDU", "PDU", INAD)], "2025-02-11", "2024-10", 11),
     """N| News

N| Bedfordshire probation units: improvement required in both

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] today reports on [Campton Probation Delivery Unit|S] and [Southill Probation Delivery Unit|S], two neighbouring units that belong to the [Probation Service – East of England region|S].
N| Inspectors judged [Campton|S] to be ‘[Requires improvement|R]’ and [Southill|S] to be ‘[Inadequate|R]’.
N| Inspectors did their fieldwork from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Practitioners in both units care about the people they supervise and want to do good work.
W| “But in Southill caseloads had grown so large that many people were seen for a few minutes at a time, and the risks they posed were not properly understood.”

S| [Campton PDU|S]’s partnership with [Bedfordshire Police|A] on integrated offender management was effective.
W| Neither unit had enough qualified probation officers, and newly trained staff were holding cases beyond their experience.

R| Eleven recommendations are made, six of them for [Southill PDU|S].
"""),
    # 4. a unit inside its region, the region in the headline; embargo line; "inspectors rate X one grade below ‘Good’"
    ("benenden-pdu-2024", facts([
        svc("Benenden Probation Delivery Unit", "Benenden PDU", "PDU", RI)], "2024-09-05", "2024-04", 5),
     """N| Embargoed until 00:01 on [Thursday 5 September 2024|D]

N| [Kent, Surrey and Sussex probation region|S]: [Benenden unit|S] must improve

N| [Benenden Probation Delivery Unit|S] ([Probation Service – Kent, Surrey and Sussex region|S]) is rated ‘[Requires improvement|R]’ by inspectors, one grade below ‘[Good|R]’.
N| [HM Inspectorate of Probation|A] looked at 36 cases from the unit in [April 2024|D].

S| Leaders had a realistic plan for recovery and had kept staff well informed about it.
S| Most of those under supervision felt their officer took their views seriously and helped with everyday problems.
W| Yet the safety of known victims got enough attention in just 15 of the 36 cases.
W| Staff had limited access to psychology advice, and some complex cases had waited months for a consultation.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a lot here to be positive about.
R| “The unit’s managers must now make certain that every assessment considers who might be harmed and how.”

R| We have made five recommendations, four to the unit and one to the region.

N| ENDS

N| Notes to editors
N| 1. [Benenden PDU|S] covers the Weald of Kent and supervises around 550 people.
"""),
    # 5. a unit inside its region, the region's own earlier rating beside it; "the unit is assessed as ‘...’ overall";
    #    "Mr Jones continued"; publication day in the notes
    ("moggerhanger-pdu-2023", facts([
        svc("Moggerhanger Probation Delivery Unit", "Moggerhanger PDU", "PDU", INAD)], "2023-11-21", "2023-06", 7),
     """N| [East of England probation region|S]: serious concerns at [Moggerhanger unit|S]

N| [Moggerhanger Probation Delivery Unit|S], within the [Probation Service – East of England region|S], is assessed by inspectors as ‘[Inadequate|R]’ overall.
N| When the region as a whole was inspected in [2022|D], it received ‘[Requires improvement|R]’.
N| Inspectors carried out fieldwork in [June and July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The unit was stretched to breaking point when we visited.
W| “Almost half of its practitioner posts were empty, and the remaining staff could not keep up with the cases they held.”

W| Mr Jones continued: “Worryingly, many people assessed as posing a high risk to others had not been seen at home for many months.”

S| Despite the pressure, inspectors found that [Moggerhanger|S]’s unpaid work team was well organised and gave people useful skills.
W| Links with children’s social care at [Central Bedfordshire Council|A] were weak, and information was seldom shared in time.

R| Of the report’s seven recommendations, five fall to the unit and two to [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. Embargo: the report appears on the inspectorate’s website at 00.01 on [21 November 2023|D].
"""),
    # 6. a Probation Trust in 2013, before ratings: scores, bullet lists after "pleased to find" / "concerned to find"
    ("eversholt-and-ridgmont-probation-trust-2013", facts([
        svc("Eversholt and Ridgmont Probation Trust", "Eversholt and Ridgmont Probation Trust", "other", None)],
        "2013-03-06", "2012-11", 8),
     """N| [Eversholt and Ridgmont Probation Trust|S]: inspection findings published

N| [Wednesday, 6th March 2013|D]

S| [Eversholt and Ridgmont Probation Trust|S] is making good progress in cutting reoffending, says [HM Inspectorate of Probation|A] in a report out today.
N| The inspection took place in [November 2012|D], when inspectors examined 54 cases.

S| For reducing the likelihood of reoffending the score was 78%.
W| Public protection work scored a lower 65%.

N| Inspectors were pleased to find that:
S| • sentence plans were usually drawn up with the offender;
S| • many offenders on community orders had been found training places or jobs.

N| However, inspectors were concerned to find that:
W| • home visits were rare in cases of domestic violence;
W| • managers did not always check the quality of risk assessments.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in this Trust are dedicated and know their local communities well.
R| “The Trust should give public protection the same priority it has given to reducing reoffending.”

R| Eight recommendations are made in the report.
"""),
    # 7. a CRC in 2019 owned by a named provider; overall "judged to ... ‘...’"; unpaid work "rated separately"
    ("brightling-and-dallington-crc-2019", facts([
        svc("Brightling and Dallington Community Rehabilitation Company", "Brightling and Dallington CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-12", "2018-10", 6),
     """N| Published: [Tuesday 12 February 2019|D]

N| Probation company in East Sussex has work to do, say inspectors

N| [HM Inspectorate of Probation|A] has judged [Brightling and Dallington Community Rehabilitation Company|S] (CRC), owned by [Seetec|A], as ‘[Requires improvement|R]’ overall.
S| Inspectors gave unpaid work a rating of its own: ‘[Good|R]’.
N| Inspectors visited the CRC in [October 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Too many people under this CRC’s supervision are checked by telephone rather than seen in person.
S| “Its unpaid work scheme, though, is well run and gives local communities real benefit.”

W| Inspectors found that plans to manage the risk of harm were absent in a third of the cases they examined.
S| The CRC’s through-the-gate team at [HMP Lewes|S] helped most people leaving prison to find somewhere to stay.

R| Six recommendations are made: four for the CRC and [Seetec|A], two for the [Ministry of Justice|A].
"""),
    # 8. a youth offending team written out, council page 2016, before ratings; joint inspection
    ("nutley-yot-2016", facts([
        svc("Nutley Youth Offending Team", "Nutley YOT", "YJS", None)], "2016-08-23", "2016-05", 6),
     """N| Inspection of youth offending work in Nutley published

N| Posted: [23/08/2016|D]

N| A joint inspection of [Nutley Youth Offending Team|S] (YOT), carried out by [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Probation|A], which led it, has now been published.
N| Inspectors visited in [May 2016|D].

N| The inspectors found that:
S| • the [Nutley YOT|S] had a committed and stable staff group;
S| • children were given good help to return to school or college.

N| However, they were concerned that:
W| • victims’ safety was given too little weight;
W| • the management board did not challenge partners about poor attendance.

R| The report makes six recommendations for improvement.
N| The council’s Director of Children’s Services said: “We will act on all six recommendations and report our progress to the board.”
"""),
    # 9. a Youth Offending Service in 2019: "inspected X in May 2019 and found it to be ‘Good’"
    ("gravenhurst-yos-2019", facts([
        svc("Gravenhurst Youth Offending Service", "Gravenhurst YOS", "YJS", GOOD)], "2019-09-19", "2019-05", 5),
     """N| ‘[Good|R]’ verdict for [Gravenhurst youth offending service|S]

N| [Thursday 19 September 2019|D]

N| [HM Inspectorate of Probation|A] inspected [Gravenhurst Youth Offending Service|S] (YOS) in [May 2019|D] and found it to be ‘[Good|R]’.

S| The service’s management board was well attended by senior leaders who understood the needs of children in the area.
S| Children and their families trusted their case managers.
S| Encouragingly, nearly all children had a suitable education, training or employment place.
W| On the other hand, out-of-court disposals were not always supported by a proper assessment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Gravenhurst YOS|S] is a confident service with a clear sense of purpose.
R| “Children dealt with out of court deserve the same care as those who appear before the youth court, and the service should see that they get it.”

R| Five recommendations are made in the report.
"""),
    # 10. previous rating beside the overall one; resettlement with its own rating; publication day in the notes
    ("etchingham-yjs-2022", facts([
        svc("Etchingham Youth Justice Service", "Etchingham YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-11-10", "2022-07", 7),
     """N| Etchingham youth justice: better than in [2019|D], but not yet good

N| [Etchingham Youth Justice Service|S] now sits at ‘[Requires improvement|R]’ in the inspectorate’s verdict, up from the ‘[Inadequate|R]’ it was given in [2019|D].
S| Its resettlement policy and provision earned a separate rating of ‘[Good|R]’.
N| Inspectors spent a fortnight with the service starting on [4 July 2022|D].

S| A new head of service had brought stability and a clear sense of direction.
S| Children coming out of custody had accommodation and support arranged well before their release date.
W| Despite this progress, assessments of risk to others were too often brief and did not draw on information held by the police.
W| Several children were waiting for an appointment with [CAMHS|A].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Etchingham|S] has made real headway, but the job is only half done.
R| “Leaders now need to make sure that every assessment uses everything partners know about a child.”

R| There are seven recommendations, six for [Etchingham YJS|S] and one for [Sussex Police|A].

N| ENDS

N| Notes to editors
N| 1. The report is available from 00.01 on [Thursday 10 November 2022|D].
"""),
    # 11. GOV.UK page: "the top rating, ‘Outstanding’, has been awarded to X"; resettlement "with a separate rating"
    ("stonegate-yjs-2024", facts([
        svc("Stonegate Youth Justice Service", "Stonegate YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": OUT}])], "2024-10-17", "2024-05", 3),
     """N| Press release

N| Youth justice service in the High Weald rated [outstanding|R]

N| Inspectors’ report on [Stonegate Youth Justice Service|S] is published.

N| From: [HM Inspectorate of Probation|A]

N| Published [17 October 2024|D]

N| The top rating, ‘[Outstanding|R]’, has been awarded to [Stonegate Youth Justice Service|S] by [HM Inspectorate of Probation|A].
S| Resettlement work, with a separate rating, was also found to be ‘[Outstanding|R]’.
N| Inspectors visited in [May and June 2024|D].

S| Several children said their worker had been straight with them and had stuck by them through setbacks.
S| Thanks to close work with [Sussex Police|A] and local schools, very few children entered the formal court system.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is youth justice at its best, and the whole partnership can be rightly proud.
S| “What stands out is how every decision starts from the child’s own view of what will help.”

R| We have made three recommendations, all for the management board.
"""),
    # 12. council page, dd/mm/yyyy; "inspectors have rated X ‘Inadequate’, the lowest of the four grades"; 11 recs
    ("matfield-yjs-2025", facts([
        svc("Matfield Youth Justice Service", "Matfield YJS", "YJS", INAD)], "2025-04-08", "2024-12", 11),
     """N| Council statement on the [Matfield Youth Justice Service|S] inspection

N| Posted on [08/04/2025|D]

N| In a report published today, [HM Inspectorate of Probation|A] gives [Matfield Youth Justice Service|S] an overall grade of ‘[Inadequate|R]’, the lowest of the four available.
N| The inspection took place during the second week of [December 2024|D].

W| Children at risk of criminal exploitation were sometimes identified too late, inspectors found.
W| The report said [Matfield YJS|S] had relied heavily on agency staff, and children had experienced frequent changes of worker.
S| Inspectors did recognise the care that front-line staff showed towards children and their families.
W| The report also found the partnership board had not understood how serious the problems were.

R| In all, 11 recommendations are spread across the service, its board, [Kent Police|A] and [Kent County Council|A].

N| [Mark Ellis|X], Corporate Director for Children’s Services, said: “We apologise to every child and family we have let down.
N| “A new improvement plan will be agreed with the board in May.”
"""),
    # 13. justiceinspectorates news: "The inspectorate has given X a rating of ‘...’"; fieldwork "between 13 and 17 March 2023"
    ("flimwell-yjs-2023", facts([
        svc("Flimwell Youth Justice Service", "Flimwell YJS", "YJS", RI)], "2023-08-02", "2023-03", 6),
     """N| News

N| Mixed picture at [Flimwell youth justice service|S]

N| [2 August 2023|D]

N| The inspectorate has given [Flimwell Youth Justice Service|S] a rating of ‘[Requires improvement|R]’.
N| Inspectors were on site between [13 and 17 March 2023|D].

S| Case managers knew their children well and spent time building relationships with their families.
S| The service’s work with victims was a particular strength.
W| However, of the 24 cases inspectors examined, only 10 had a sufficient plan for keeping other people safe.
W| The health offer was patchy, with no speech and language therapist in post for most of the year.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Flimwell|S]’s staff clearly care about the children they work with, but caring is not the same as planning well.
R| “The board must make sure the service has the health staff it needs.”

R| The report makes six recommendations, including one for the local integrated care board.

N| [East Sussex County Council|A] said it would publish an action plan.
"""),
    # 14. 2025-26 public-protection inspection of a PDU, no rating, "Skip to content", Context / Findings bullets
    ("steppingley-pdu-2025", facts([
        svc("Steppingley Probation Delivery Unit", "Steppingley PDU", "PDU", None)], "2025-12-04", "2025-09", 4),
     """N| Skip to content

N| Public protection work in a Bedfordshire probation unit

N| Published: [4 Dec 2025|D]

N| Today [HM Inspectorate of Probation|A] reports on how [Steppingley Probation Delivery Unit|S] protects the public.
N| No rating is given in inspections of this kind.
N| Inspectors carried out the fieldwork during [September 2025|D].

N| Context
N| • [Steppingley PDU|S] belongs to [Probation Service – East of England region|S].
N| • It supervises around 650 people in mid Bedfordshire.

N| Findings
S| • Staff had a good understanding of the risks posed by the people they supervised.
W| • Home visits were made in too few cases involving domestic abuse.
W| • Checks with [Bedfordshire Police|A] were not always made when an order began.
S| • The unit’s approved premises worked closely with [MAPPA|A] partners.

R| Four recommendations are made to the PDU and the region.
"""),
    # 15. remote fieldwork in 2021; "has fallen to ‘...’ from the ‘Good’ it held after its previous inspection in 2019"
    ("fairwarp-yjs-2021", facts([
        svc("Fairwarp Youth Justice Service", "Fairwarp YJS", "YJS", RI)], "2021-07-15", "2021-04", 5),
     """N| Youth service in Wealden needs to do more to keep children safe, say inspectors

N| Published: [Thursday 15th July 2021|D]

N| [Fairwarp Youth Justice Service|S] has slipped from ‘[Good|R]’, its grade in [2019|D], to ‘[Requires improvement|R]’.
N| COVID-19 restrictions meant inspectors worked remotely throughout their [April 2021|D] fieldwork.

W| Inspectors found that contact with some children had been limited to phone calls for long periods.
W| In only 8 of 20 cases was there a sound plan to keep the child safe.
S| The service’s work to keep children in education was strong.
S| Joint work with [East Sussex County Council|A]’s children’s social care was well established.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Fairwarp|S] has kept going through a hard year, but its focus on children’s safety has slipped.
R| “It must return to face-to-face work with the children most at risk.”

R| Five recommendations are made.
"""),
    # 16. 2020 release: "awards X ‘Good’"; weekday date line; no count of recommendations (null)
    ("ickwell-yjs-2020", facts([
        svc("Ickwell Youth Justice Service", "Ickwell YJS", "YJS", GOOD)], "2020-08-26", "2020-03", None),
     """N| [Ickwell youth justice team|S] earns ‘[Good|R]’ rating

N| [Wednesday, 26th August 2020|D]

N| [HM Inspectorate of Probation|A] awards [Ickwell Youth Justice Service|S] a rating of ‘[Good|R]’.
N| Fieldwork took place between [2 and 6 March 2020|D], just before the national lockdown.

S| Inspectors praised the service for involving children and parents in planning their work.
S| Children at risk of exploitation received quick and well-coordinated support from the service and [Bedfordshire Police|A].
W| However, out-of-court work was uneven in quality.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ickwell|S] is a small service that punches above its weight.
S| “Staff should be proud of what they have done for children in this part of Bedfordshire.”

N| Areas for further development are described in the full report.
"""),
    # 17. "Inspectors’ overall verdict on X is ‘...’"; how near it came to ‘Inadequate’; resettlement "rated on its own"
    ("northill-yjs-2024", facts([
        svc("Northill Youth Justice Service", "Northill YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-06-13", "2024-01", 6),
     """N| [Northill youth justice service|S] ‘came close to the lowest rating’

N| Inspectors’ overall verdict on [Northill Youth Justice Service|S] is ‘[Requires improvement|R]’.
W| Only two points separated the service from an overall ‘[Inadequate|R]’.
W| Resettlement, rated on its own, was ‘[Inadequate|R]’.
N| The inspection took place in [January 2024|D].

W| Assessments were seldom quality-checked by managers, and some had been approved unread.
W| For children in custody, an address for release was often confirmed only days beforehand.
S| Despite these problems, inspectors praised a mentoring scheme run by a local football club.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was concerned that the partnership had not spotted how far things had slipped.
R| “What is needed now is strong leadership from the board and a clear plan for children in custody.”

R| Six recommendations have been made.

N| Notes to editors
N| 1. Report publication date: [13 June 2024|D].
N| 2. [Northill YJS|S] covers rural mid Bedfordshire and works with about 50 children.
"""),
    # 18. an NPS division in 2019: "has been given ‘Good’ as its overall rating"; "in May and June 2019"; short "NPS ..."
    ("langton-green-and-bidborough-nps-division-2019", facts([
        svc("National Probation Service – Langton Green and Bidborough Division",
            "NPS Langton Green and Bidborough", "region", GOOD)], "2019-10-03", "2019-05", 7),
     """N| Probation division in west Kent rated ‘[Good|R]’

N| Published: [3 Oct 2019|D]

N| The [National Probation Service – Langton Green and Bidborough Division|S] has been given ‘[Good|R]’ as its overall rating by [HM Inspectorate of Probation|A].
N| The division supervises about 3,000 people in west Kent.
N| Inspectors visited in [May and June 2019|D].

S| Inspectors found a well-led division with experienced staff and a strong focus on public protection.
S| Reports to court were accurate and delivered on time.
W| However, victim work was inconsistent: some victims heard nothing about an offender’s release date.
W| Too few domestic abuse perpetrators began an accredited programme.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Langton Green and Bidborough|S] is doing a good job in difficult circumstances.
R| “Its leaders should now make victim work as reliable as the rest of their practice.”

R| Of seven recommendations, the division must take forward five, with one each for [HMPPS|A] and the [Ministry of Justice|A].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 158th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
