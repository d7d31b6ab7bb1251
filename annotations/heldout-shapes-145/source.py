"""Builds the 145th shapes held-out set (*.json) from the marked-up texts below: `python source.py` here.

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
    # 1. two PDUs north of Leicester on a GOV.UK page, the region named before the units; "Rothley has been placed at ‘...’;
    #    Swithland has fared worse, at ‘...’"; fieldwork "in January 2024"; ten recommendations "five for each unit"
    ("rothley-and-swithland-pdus-2024", facts([
        svc("Rothley Probation Delivery Unit", "Rothley PDU", "PDU", RI),
        svc("Swithland Probation Delivery Unit", "Swithland PDU", "PDU", INAD)], "2024-05-21", "2024-01", 10),
     """N| Press release

N| Two probation units in Leicestershire inspected

N| Inspectors report on two probation delivery units north of Leicester.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| The [Probation Service – East Midlands region|S] runs both units covered by today’s reports: [Rothley Probation Delivery Unit|S] and [Swithland Probation Delivery Unit|S].
N| [Rothley|S] has been placed at ‘[Requires improvement|R]’; [Swithland|S] has fared worse, at ‘[Inadequate|R]’.
N| The two inspections were carried out side by side in [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Swithland we found a unit stretched well past breaking point, where a newly qualified officer might hold sixty cases.
W| “Home visits had stopped almost entirely, so nobody was checking whether children were safe in the homes of people on probation.
S| “[Rothley|S] is steadier: its managers have kept experienced staff, and its work with [Leicestershire Police|A] on domestic abuse call-outs is thorough.”

S| The [Rothley PDU|S] team’s reports to the magistrates’ court were praised as clear and timely.
W| Neither unit had made enough use of accredited programmes, and waiting times for them were long.

R| Ten recommendations are set out across the two reports, five for each unit.

N| [Sarah Whitlock|X], Regional Probation Director for the East Midlands, said: “[Swithland|S] has already received extra staff, and the findings are accepted in full.”
"""),
    # 2. two youth justice services in a local-news story: the reports "published on Wednesday (15 January)" under a
    #    byline of Friday 17 January 2025; "Nether Broughton earned the highest grade, ‘...’, while Old Dalby was given
    #    ‘...’", in the other order from the one they were first named in; six recommendations "two ... four ..."
    ("old-dalby-and-nether-broughton-yjs-2025", facts([
        svc("Old Dalby Youth Justice Service", "Old Dalby YJS", "YJS", GOOD),
        svc("Nether Broughton Youth Justice Service", "Nether Broughton YJS", "YJS", OUT)], "2025-01-15", "2024-09", 6),
     """N| Youth justice teams on the Wolds win praise from inspectors

N| By [Tom Bradshaw|X]

N| [Friday 17 January 2025|D]

N| Inspectors visited [Old Dalby Youth Justice Service|S] and [Nether Broughton Youth Justice Service|S] in [September 2024|D], and their reports were published on Wednesday ([15 January|D]).
N| [Nether Broughton|S] earned the highest grade, ‘[Outstanding|R]’, while [Old Dalby|S] was given ‘[Good|R]’.

S| According to the reports, [Nether Broughton|S]’s workers had won over families who for years had kept every council service at arm’s length.
S| Inspectors also commended [Old Dalby|S] for getting excluded children back into a classroom within weeks.
W| The [Old Dalby YJS|S] report did note that plans to protect victims were sometimes left out of date for months.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Serving scattered villages, two small teams have done remarkable work, and [Nether Broughton|S] deserves particular credit.”

R| The reports contain six recommendations: two for [Nether Broughton|S] and four for [Old Dalby|S].

N| A spokesperson for [Melton Borough Council|A] said the council was “delighted” with the results.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence: "‘Inadequate’, the bottom
    #    of the inspectors’ scale, is the verdict on X"; the region's own ‘Requires improvement’ as context;
    #    "Mr Jones continued"; "Publication of the report: 00.01, Tuesday 11 March 2025" in the notes; fieldwork "During
    #    October 2024"
    ("hoton-pdu-2025", facts([
        svc("Hoton Probation Delivery Unit", "Hoton PDU", "PDU", INAD)], "2025-03-11", "2024-10", 7),
     """N| [East Midlands probation region|S]: [Hoton unit|S] found to be failing

N| ‘[Inadequate|R]’, the bottom of the inspectors’ scale, is the verdict on [Hoton Probation Delivery Unit|S], a unit of the [Probation Service – East Midlands region|S].
N| The region’s own inspection in [2023|D] had ended with ‘[Requires improvement|R]’ for the region overall.
N| During [October 2024|D], inspectors from [HM Inspectorate of Probation|A] examined 52 of the unit’s cases.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hoton|S] has been left without the people it needs to do the job safely.
W| “A third of probation officer posts were filled by agency staff, and people on licence were switched from one officer to another with no handover at all.”

W| Mr Jones continued: “In most of the cases we looked at, nobody had asked the police or children’s services what they knew before deciding on a plan.”

S| Inspectors did find that [Hoton PDU|S]’s unpaid work placements were well run and that local charities valued them.
W| Links with the local drug and alcohol service had weakened, and referrals had fallen by half in a year.

R| The report makes seven recommendations: five for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. Publication of the report: 00.01, [Tuesday 11 March 2025|D].
N| 2. [Hoton PDU|S] covers villages on the Leicestershire Wolds and part of the Soar valley.
"""),
    # 4. a unit inside its region, the region in the headline and the notes: "inspectors have judged X to be ‘...’" in
    #    "a report released today (Thursday, 6 June)" (no year: the fieldwork's, January 2024); five recommendations
    ("exton-pdu-2024", facts([
        svc("Exton Probation Delivery Unit", "Exton PDU", "PDU", RI)], "2024-06-06", "2024-01", 5),
     """N| [East Midlands region|S]: progress at probation unit in Rutland, but more to do

N| In a report released today ([Thursday, 6 June|D]), inspectors have judged [Exton Probation Delivery Unit|S] to be ‘[Requires improvement|R]’.
N| Inspectors were in the unit in [January 2024|D]; they read 38 cases and met staff and partners.

S| After a turbulent spell, the unit now has a settled leadership team with a clear sense of its priorities.
S| Many people on probation said their officer took time to hear them out and had helped them into housing or work.
W| However, risk assessments were good enough in only 16 of the 38 cases.
W| Checks with children’s social care were not always made when a person on probation lived with children.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Exton|S] has turned a corner, and staff can see the difference.
R| “What leaders must do next is ensure each assessment asks who else in the household might be in danger.”

R| The unit is the subject of all five recommendations.

N| ENDS

N| Notes to editors
N| 1. [Exton PDU|S], which covers Rutland and the east of Leicestershire, belongs to the [Probation Service – East Midlands region|S].
"""),
    # 5. a Probation Trust in 2013, before ratings: percentage scores, "Inspectors were pleased to find that:" / "But they
    #    were concerned that:" lists; "Tuesday, 9th April 2013" above "published today"; fieldwork "in November 2012"
    ("cropston-and-thurcaston-probation-trust-2013", facts([
        svc("Cropston and Thurcaston Probation Trust", "Cropston and Thurcaston Probation Trust", "other", None)],
        "2013-04-09", "2012-11", 8),
     """N| Inspection of probation in Cropston and Thurcaston

N| [Tuesday, 9th April 2013|D]

S| [Cropston and Thurcaston Probation Trust|S] does good work to reduce reoffending, though it must do more to protect the public, says a report published today by [HM Inspectorate of Probation|A].
N| The inspection was carried out in [November 2012|D], when 55 cases were examined.

S| On work aimed at cutting reoffending, the Trust scored 78%.
W| For protecting the public from harm, its score was lower, at 64%.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence and given clear instructions;
S| • the Trust worked closely with local employers to find jobs for offenders.

N| But they were concerned that:
W| • plans to manage risk of harm were often incomplete;
W| • home visits were rarely used, even in domestic abuse cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Hard work and a close knowledge of each offender run right through this Trust.
R| “Managers must now give the same attention to risk of harm as they give to reducing reoffending.”

R| Eight recommendations are made in the report.
"""),
    # 6. a CRC in 2018 owned by a named provider, with an embargo line: "found X ... to be ‘...’ overall"; unpaid work
    #    "rated on its own, was ‘...’"; fieldwork "in July and August 2018"; the provider's reply
    ("grimston-and-ragdale-crc-2018", facts([
        svc("Grimston and Ragdale Community Rehabilitation Company", "Grimston and Ragdale CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-13", "2018-07", 9),
     """N| Embargoed: 00.01 [Thursday 13 December 2018|D]

N| Probation company in Leicestershire must improve, inspectors say

N| [HM Inspectorate of Probation|A] has found [Grimston and Ragdale Community Rehabilitation Company|S] (CRC), run by [Interserve|A], to be ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated on its own, was ‘[Good|R]’.
N| Inspectors carried out their fieldwork in [July and August 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Meetings in person had given way to phone calls for many of those this CRC supervises, and some had gone weeks without seeing anyone.
S| “The unpaid work team, by contrast, runs well-organised projects that local people can see and value.”

W| Inspectors found that staff held caseloads well above what they considered manageable.
W| When cases moved between the CRC and the [National Probation Service|A], key details were sometimes missing or arrived late.

R| Nine recommendations are made, seven for the CRC and [Interserve|A] and two for [HM Prison and Probation Service|A].

N| An [Interserve|A] spokesperson said the company would study the report carefully.
"""),
    # 7. a youth offending team written out, on a council page in 2016, before ratings: HM Inspectorate of Probation
    #    "led the joint inspection", bullet lists; "Posted: 23/11/2016" (day/month/year); fieldwork "in August 2016";
    #    six recommendations
    ("thrussington-yot-2016", facts([
        svc("Thrussington Youth Offending Team", "Thrussington YOT", "YJS", None)], "2016-11-23", "2016-08", 6),
     """N| Report published on youth offending work in Thrussington

N| Posted: [23/11/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Thrussington Youth Offending Team|S] (YOT), whose report is out today.
N| Inspectors from [Ofsted|A] and the [Care Quality Commission|A] were part of the team that visited in [August 2016|D].

N| The inspectors found that:
S| • staff knew the children they worked with well and were committed to helping them;
S| • work with the courts was of a high standard.

N| However, they also found that:
W| • children at risk of sexual exploitation were not always protected as well as they should have been;
W| • the management board did not receive enough information to hold the [Thrussington YOT|S] to account.

R| The report makes six recommendations.

N| The council’s lead member for children’s services said: “An action plan is already being drawn up in response to this report.”
"""),
    # 8. an NPS division in 2019: "has been told by ... that its overall regional rating is ‘...’";
    #    "Published: 24 Oct 2019"; fieldwork "between 1 and 12 July 2019"; the short "NPS Newtown Linford and Ulverscroft"; seven recommendations
    ("nps-newtown-linford-and-ulverscroft-division-2019", facts([
        svc("National Probation Service – Newtown Linford and Ulverscroft Division",
            "NPS Newtown Linford and Ulverscroft", "region", RI)], "2019-10-24", "2019-07", 7),
     """N| Probation division in north-west Leicestershire told to improve

N| Published: [24 Oct 2019|D]

N| The [National Probation Service – Newtown Linford and Ulverscroft Division|S] has been told by [HM Inspectorate of Probation|A] that its overall regional rating is ‘[Requires improvement|R]’.
N| Inspectors were on site between [1 and 12 July 2019|D].

S| The division’s staff were found to be committed, and most had manageable workloads.
S| Work with [Leicestershire Police|A] and partners under [MAPPA|A] to manage the most dangerous offenders was well organised.
W| But the quality of assessments varied, and in too many cases nobody had checked whether a person on probation posed a risk to children.
W| Victim liaison officers were overstretched, and several victims were left uninformed about a release date.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Newtown Linford and Ulverscroft|S] has good people, but their work is too often let down by weak checks on risk.
R| “The division should make sure that safeguarding enquiries are made at the start of every case.”

R| The division, [HMPPS|A] and the [Ministry of Justice|A] share seven recommendations between them.
"""),
    # 9. a youth offending service in 2019: "inspected X in March 2019 and found it to be ‘...’"; its last inspection in
    #    2015 found serious weaknesses (no rating); "Tuesday 2 July 2019" as the date line; four recommendations
    ("asfordby-yos-2019", facts([
        svc("Asfordby Youth Offending Service", "Asfordby YOS", "YJS", GOOD)], "2019-07-02", "2019-03", 4),
     """N| Youth offending work in Asfordby now ‘[Good|R]’, says inspectorate

N| [Tuesday 2 July 2019|D]

N| [HM Inspectorate of Probation|A] inspected [Asfordby Youth Offending Service|S] (YOS) in [March 2019|D] and found it to be ‘[Good|R]’.
N| Its previous inspection, in [2015|D], had found serious weaknesses in work to protect the public.

S| Inspectors said the service had been rebuilt under a new manager, and staff now felt supported and well trained.
S| Children had a real say in their own plans, and nearly all of them turned up to appointments.
W| Work with children leaving custody was less well developed, and some did not have suitable accommodation on release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Asfordby|S] has made great strides since it was last inspected, and the staff should be proud of what they have done.”

R| The report makes four recommendations, three for the [Asfordby YOS|S] and one for [Leicestershire Partnership NHS Trust|A].
"""),
    # 10. a GOV.UK page: "X has received the top rating, ‘...’"; resettlement "rated separately, was judged ‘...’";
    #     fieldwork "in June and July 2022"; three recommendations
    ("manton-yjs-2022", facts([
        svc("Manton Youth Justice Service", "Manton YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2022-11-15", "2022-06", 3),
     """N| Press release

N| Youth service in Rutland rated ‘[Outstanding|R]’

N| Inspectors publish their report on [Manton Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [15 November 2022|D]

N| [Manton Youth Justice Service|S] has received the top rating, ‘[Outstanding|R]’, from [HM Inspectorate of Probation|A].
S| Its resettlement work, rated separately, was judged ‘[Good|R]’.
N| Inspectors did their fieldwork in [June and July 2022|D].

S| Every case manager inspectors spoke to had a clear picture of each child’s needs and strengths.
S| Close work with [Rutland County Council|A]’s children’s social care meant that children at risk were identified early.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In every decision, and at every level, [Manton|S]’s partnership puts children first.
S| “Its leaders know the service inside out, and the board challenges and supports them in equal measure.”

R| The report makes three recommendations, all for the [Manton YJS management board|A].
"""),
    # 11. a council page: "Posted on 04/09/2024"; "X has been rated ‘...’ in a report ... published today";
    #     fieldwork "in the week of 10 June 2024"; eleven recommendations; the director's apology
    ("whitwell-yjs-2024", facts([
        svc("Whitwell Youth Justice Service", "Whitwell YJS", "YJS", INAD)], "2024-09-04", "2024-06", 11),
     """N| Council statement on [Whitwell Youth Justice Service|S] inspection

N| Posted on [04/09/2024|D]

N| [Whitwell Youth Justice Service|S] has been rated ‘[Inadequate|R]’ in a report from [HM Inspectorate of Probation|A] published today.
N| Inspectors visited the service in the week of [10 June 2024|D].

W| They found that children’s safety and the safety of others were not being assessed well enough.
W| Staff turnover was high, and some children had been allocated to three case managers in six months.
S| Front-line staff were described as dedicated, and the service’s links with local schools were strong.
W| The management board had not been given accurate information about the quality of the service’s work.

R| The report makes 11 recommendations for the service, its board, [Rutland County Council|A] and health partners.

N| [Helen Marsh|X], Strategic Director for Children’s Services, said: “Children deserved better from us, and I apologise to them and their families.
N| “We have already appointed a new head of service.”
"""),
    # 12. a justiceinspectorates.gov.uk news item: "Published: 28 Feb 2023"; "X now sits at ‘...’, one step up from its
    #     ‘Inadequate’ of 2021"; fieldwork "in September 2022"; six recommendations
    ("edith-weston-pdu-2023", facts([
        svc("Edith Weston Probation Delivery Unit", "Edith Weston PDU", "PDU", RI)], "2023-02-28", "2022-09", 6),
     """N| News

N| Improvement at [Edith Weston probation unit|S]

N| Published: [28 Feb 2023|D]

N| [Edith Weston Probation Delivery Unit|S] now sits at ‘[Requires improvement|R]’, one step up from its ‘[Inadequate|R]’ of [2021|D].
N| [HM Inspectorate of Probation|A] carried out the inspection in [September 2022|D].

S| Inspectors found that the unit’s managers had filled most vacant posts and reduced caseloads.
S| Staff felt better supported and had more time to see people on probation face to face.
W| However, plans to manage risk were sufficient in only 14 of the 30 cases inspected.
W| Too few people had started the unpaid work hours they had been ordered to complete.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Edith Weston|S] is moving in the right direction, but public protection work is still not good enough.”

R| The report makes six recommendations.
"""),
    # 13. a 2025-26 public-protection inspection of a PDU: no rating ("does not award ratings"), "Skip to content",
    #     "Context" and "Findings" bullets, the region in a bullet; "Published: 12 Feb 2026";
    #     fieldwork "during October 2025"; four recommendations
    ("barrowden-pdu-2026", facts([
        svc("Barrowden Probation Delivery Unit", "Barrowden PDU", "PDU", None)], "2026-02-12", "2025-10", 4),
     """N| Skip to content

N| Public protection inspection of a probation unit in Rutland

N| Published: [12 Feb 2026|D]

N| [HM Inspectorate of Probation|A] has looked at how [Barrowden Probation Delivery Unit|S] keeps the public safe, in a report out today.
N| This programme of inspections does not award ratings.
N| Inspectors were on site during [October 2025|D].

N| Context
N| • [Barrowden PDU|S] is one of the units of [Probation Service – East Midlands region|S].
N| • It supervises around 500 people across Rutland and south-east Leicestershire.

N| Findings
S| • Officers knew the backgrounds and circumstances of the people on their caseloads in detail.
W| • Enquiries to [Leicestershire Police|A] about domestic abuse had been skipped in one case out of every four that called for them.
W| • Oversight of newly qualified officers’ cases by their managers was patchy.
S| • Multi-agency meetings about high-risk cases were well attended and well recorded.

R| Four recommendations are made to the unit and the region.
"""),
    # 14. a remote inspection in 2021: "inspectors found X to be ‘...’"; "worked remotely throughout February
    #     2021"; "Published: Thursday 20th May 2021"; no count of recommendations (null)
    ("morcott-yjs-2021", facts([
        svc("Morcott Youth Justice Service", "Morcott YJS", "YJS", GOOD)], "2021-05-20", "2021-02", None),
     """N| Youth justice service in Rutland keeps children at the centre during pandemic

N| Published: [Thursday 20th May 2021|D]

N| [HM Inspectorate of Probation|A]’s inspectors found [Morcott Youth Justice Service|S] to be ‘[Good|R]’.
N| With lockdown rules still in force, inspectors worked remotely throughout [February 2021|D].

S| Inspectors found that case managers had kept in regular contact with children throughout the lockdowns, often visiting them on doorsteps.
S| The service’s partnership with local schools meant that most children stayed in education.
W| Assessments were weaker on the harm some children could do to other people.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Morcott|S] has done very well to keep its work going through such a difficult year.”

N| The report sets out the areas where the service could do better.
"""),
    # 15. a 2020 release: "have judged X to be ‘...’"; "Wednesday, 19th February 2020" at the top; fieldwork "between 4 and 8
    #     November 2019"; six recommendations
    ("prestwold-yjs-2020", facts([
        svc("Prestwold Youth Justice Service", "Prestwold YJS", "YJS", RI)], "2020-02-19", "2019-11", 6),
     """N| [Prestwold youth justice service|S] has more to do, say inspectors

N| [Wednesday, 19th February 2020|D]

N| Inspectors from [HM Inspectorate of Probation|A] have judged [Prestwold Youth Justice Service|S] to be ‘[Requires improvement|R]’.
N| Inspectors visited between [4 and 8 November 2019|D].

S| Inspectors were impressed by the service’s work with children on out-of-court disposals, which kept many of them out of the courts.
W| However, the quality of planning was variable, and some plans did not reflect what the assessment had found.
W| Children in care placed out of the area were not always visited as often as they should have been.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Nobody doubts that [Prestwold|S]’s staff care about the children they work with, but the service does not yet do the basics consistently.
R| “The management board must make sure it knows what is happening in every case.”

R| The report makes six recommendations.
"""),
    # 16. "assessed to be ‘...’ overall"; out-of-court disposals "rated separately as ‘...’"; notes "at 00.01 on 26
    #     September 2023"; fieldwork "in May 2023"; four recommendations
    ("seagrave-yjs-2023", facts([
        svc("Seagrave Youth Justice Service", "Seagrave YJS", "YJS", GOOD,
            [{"aspect": "out-of-court disposals", "rating": OUT}])], "2023-09-26", "2023-05", 4),
     """N| Youth justice team in the Soar valley praised for diversion work

N| [Seagrave Youth Justice Service|S] has been assessed to be ‘[Good|R]’ overall by [HM Inspectorate of Probation|A].
S| The service’s out-of-court disposals were rated separately as ‘[Outstanding|R]’.
N| Inspectors carried out their fieldwork in [May 2023|D].

S| Children who received out-of-court disposals were given help quickly, and very few went on to reoffend.
S| Case workers were skilled at reaching children that schools and other agencies had stopped trying to help.
W| But the service had yet to look properly at why Black and mixed-heritage children made up such a large share of its caseload.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Seagrave|S]’s diversion work is among the best we have seen.
R| “I would now like the board to look closely at disproportionality and set out what it will do about it.”

R| The report makes four recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [26 September 2023|D].
"""),
    # 17. a unit inside its region: "given X the lowest possible rating, ‘...’; the unit is managed by" the region; a page
    #     date "10 December 2024"; fieldwork "in July 2024"; eight recommendations
    ("ridlington-pdu-2024", facts([
        svc("Ridlington Probation Delivery Unit", "Ridlington PDU", "PDU", INAD)], "2024-12-10", "2024-07", 8),
     """N| News

N| Probation unit near Rutland Water rated ‘[Inadequate|R]’

N| [10 December 2024|D]

N| [HM Inspectorate of Probation|A] has given [Ridlington Probation Delivery Unit|S] the lowest possible rating, ‘[Inadequate|R]’; the unit is managed by the [Probation Service – East Midlands region|S].
N| The inspection took place in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Ridlington|S] is not keeping the public safe.
W| “Staff told us they were overwhelmed, and managers were not aware of how many cases had gone without a review.”

W| Inspectors found that only a third of the unit’s cases had a sufficient plan to manage the risk of harm.
S| The unit’s work with local housing providers was a positive exception, and fewer people left prison homeless.
W| Sickness absence was high and morale was low.

R| The report makes eight recommendations, six for the [Ridlington PDU|S] and two for the [Probation Service|A] regionally.
"""),
    # 18. two youth justice services in a council press release, third person ("the inspectorate found"): "Woodhouse
    #     Eaves YJS was rated ‘...’ and Ab Kettleby YJS ‘...’"; fieldwork "in March 2025"; notes "on 24 June 2025";
    #     seven recommendations
    ("woodhouse-eaves-and-ab-kettleby-yjs-2025", facts([
        svc("Woodhouse Eaves Youth Justice Service", "Woodhouse Eaves YJS", "YJS", RI),
        svc("Ab Kettleby Youth Justice Service", "Ab Kettleby YJS", "YJS", GOOD)], "2025-06-24", "2025-03", 7),
     """N| Council welcomes inspection reports on two youth justice services

N| [Leicestershire County Council|A] has welcomed reports by [HM Inspectorate of Probation|A] into [Woodhouse Eaves Youth Justice Service|S] and [Ab Kettleby Youth Justice Service|S].
N| [Woodhouse Eaves YJS|S] was rated ‘[Requires improvement|R]’ and [Ab Kettleby YJS|S] ‘[Good|R]’.
N| The two services were inspected in [March 2025|D].

S| The inspectorate found that [Ab Kettleby|S]’s staff knew the children on their caseload well and involved families in plans.
W| In [Woodhouse Eaves YJS|S], the inspectorate found that work to keep children safe from exploitation was inconsistent.
S| Both services were praised for their work with victims.

R| The reports make seven recommendations in total, five for [Woodhouse Eaves|S] and two for [Ab Kettleby|S].

N| Councillor [Deborah Taylor|X] said: “Our staff have a lot to be proud of, and the recommendations will be acted on quickly.”

N| ENDS

N| Notes to editors
N| 1. The reports were published on [24 June 2025|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 145th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
