"""Builds the 198th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Dorset PDUs on a GOV.UK page, the region named first: "Pimperne comes out at ‘...’, while Durweston sits at
    #    the foot of the scale, ‘...’"; fieldwork "between 15 and 26 January 2024"; eleven recommendations "six for
    #    Durweston and five for Pimperne" (the other order)
    ("pimperne-and-durweston-pdus-2024", facts([
        svc("Pimperne Probation Delivery Unit", "Pimperne PDU", "PDU", RI),
        svc("Durweston Probation Delivery Unit", "Durweston PDU", "PDU", INAD)], "2024-05-14", "2024-01", 11),
     """N| Press release

N| Inspectors report on two Dorset probation units

N| Reports on two probation delivery units in north Dorset have been published.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Two units of the [Probation Service – South West region|S], [Pimperne Probation Delivery Unit|S] and [Durweston Probation Delivery Unit|S], were inspected together, and the two reports come out today.
N| [Pimperne|S] comes out at ‘[Requires improvement|R]’, while [Durweston|S] sits at the foot of the scale, ‘[Inadequate|R]’.
N| The two inspections ran side by side between [15 and 26 January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Durweston|S] had lost almost half of its probation officers, and the staff who remained were stretched so thin that home visits had all but stopped.
S| “[Pimperne|S] has a steadier team, and its managers get on well with the local magistrates.”

S| Inspectors commended [Pimperne PDU|S]’s unpaid work team for finding placements in villages with no bus service.
W| However, in both units fewer than half of the cases reviewed paid enough attention to keeping partners and former partners safe.

R| Of the eleven recommendations in the two reports, six are for [Durweston|S] and five for [Pimperne|S].
"""),
    # 2. two youth justice services in a local-news story: report "published on Tuesday (14 March)" under a byline of
    #    Friday 17 March 2023; "Fontmell Magna was given the top grade of ‘...’, with Iwerne Minster one step lower at
    #    ‘...’"; "five ... three for Iwerne Minster and two for Fontmell Magna"
    ("iwerne-minster-and-fontmell-magna-yjs-2023", facts([
        svc("Iwerne Minster Youth Justice Service", "Iwerne Minster YJS", "YJS", GOOD),
        svc("Fontmell Magna Youth Justice Service", "Fontmell Magna YJS", "YJS", OUT)], "2023-03-14", "2022-11", 5),
     """N| Top marks for youth justice team on the Dorset downs

N| By [Helen Cossins|X]

N| [Friday 17 March 2023|D]

N| Inspection reports on [Iwerne Minster Youth Justice Service|S] and [Fontmell Magna Youth Justice Service|S] were published on Tuesday ([14 March|D]), four months after inspectors visited both in [November 2022|D].
N| [Fontmell Magna|S] was given the top grade of ‘[Outstanding|R]’, with [Iwerne Minster|S] one step lower at ‘[Good|R]’.

S| The watchdog found that [Fontmell Magna|S]’s workers kept up contact with children for months after their orders had finished, and that nearly all of the children on its books were in school or training.
S| [Iwerne Minster|S]’s close work with the local mental health team meant children waited days, not months, for help.
W| Even so, inspectors said plans to keep victims safe in [Iwerne Minster YJS|S] were sometimes thin and rarely updated.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Both teams serve children in this corner of Dorset well, and [Fontmell Magna|S]’s staff deserve particular credit.”

R| There are five recommendations, three for [Iwerne Minster|S] and two for [Fontmell Magna|S].

N| A spokesperson for [Dorset Council|A] said the council was “delighted” and would study the reports with its partners.
"""),
    # 3. a unit inside its region, the region in the headline: "X, one of the units of the Probation Service – South West
    #    region, stands at ‘...’"; the region's own rating beside it ("when the region itself was inspected in 2022, it
    #    too was found to ‘...’"); fieldwork "in May 2023"; publication in the notes "at 00.01 on Thursday 7 September
    #    2023"
    ("spetisbury-pdu-2023", facts([
        svc("Spetisbury Probation Delivery Unit", "Spetisbury PDU", "PDU", RI)], "2023-09-07", "2023-05", 5),
     """N| [South West probation region|S]: more to do on public protection in Spetisbury

N| Inspectors from [HM Inspectorate of Probation|A] have found that [Spetisbury Probation Delivery Unit|S] ‘[Requires improvement|R]’; the unit is managed by the [Probation Service – South West region|S].
N| When the region itself was inspected in [2022|D], it too was placed at ‘[Requires improvement|R]’.
N| Inspectors looked at 42 cases supervised by the unit in [May 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Spetisbury|S]’s staff are hard-working and loyal, and they told us their managers always made time for them.
W| “What worried us was how rarely they went back to a risk assessment when someone’s circumstances changed, for example after a new relationship or an arrest.”

S| The unit’s work with [Dorset Police|A] on people released from prison was well organised.
W| Yet waiting lists for accredited programmes ran to many months, and some people finished their orders without starting one.

R| The report makes five recommendations: three for [Spetisbury PDU|S] and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the inspectorate’s website at 00.01 on [Thursday 7 September 2023|D].
N| 2. [Spetisbury PDU|S] covers part of the Stour valley and supervises roughly 700 people.
"""),
    # 4. a 2016 youth offending team in a joint inspection, before ratings: "Witchampton Youth Offending Team (YOT)";
    #    "Wednesday, 9th November 2016" above "published today"; fieldwork "in August 2016"; bullet lists after
    #    "Inspectors were pleased to find that:" / "However, inspectors were concerned to find that:"
    ("witchampton-yot-2016", facts([
        svc("Witchampton Youth Offending Team", "Witchampton YOT", "YJS", None)], "2016-11-09", "2016-08", 7),
     """N| Joint inspection of youth offending work in Witchampton

N| [Wednesday, 9th November 2016|D]

N| [Witchampton Youth Offending Team|S] (YOT) is the subject of a report published today following a joint inspection led by [HM Inspectorate of Probation|A] with [Ofsted|A], the [Care Quality Commission|A] and [HM Inspectorate of Constabulary|A].
N| Inspectors visited in [August 2016|D] and looked closely at the cases of 30 children.

N| Inspectors were pleased to find that:
S| • children were spoken to warmly and respectfully by case managers who knew them well;
S| • the YOT’s links with local schools meant most children stayed in education;
S| • the work of the referral order panels was of a high standard.

N| However, inspectors were concerned to find that:
W| • too often, little thought went into the risk a child might pose to others;
W| • the management board received little information about how well the YOT was doing;
W| • children moving to adult probation were not always handed over properly.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “This YOT’s greatest asset is its committed staff, who clearly care about the children in their charge.
R| “The board now needs to hold the YOT to account, and risk work must become far more thorough.”

R| Seven recommendations are made in the report.
"""),
    # 5. a CRC in 2019, "a Working Links company": "inspectors have judged X to be ‘...’ overall"; unpaid work "given a
    #    grade of its own, reached ‘...’"; embargo line; fieldwork "in October 2018"
    ("stourpaine-and-bryanston-crc-2019", facts([
        svc("Stourpaine and Bryanston Community Rehabilitation Company", "Stourpaine and Bryanston CRC", "CRC", INAD,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-21", "2018-10", 8),
     """N| Embargoed until 00.01 [Thursday 21 February 2019|D]

N| Dorset probation company ‘[Inadequate|R]’, say inspectors

N| After an inspection in [October 2018|D], inspectors have judged [Stourpaine and Bryanston Community Rehabilitation Company|S] (CRC), a [Working Links|A] company, to be ‘[Inadequate|R]’ overall.
S| Unpaid work, given a grade of its own, reached ‘[Good|R]’.

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Few people under this CRC see the same officer twice, and some are only ever spoken to by telephone.
W| “Officers we met were overwhelmed and some had lost confidence that anyone would act on their concerns.”

S| Unpaid work projects were well run, and local charities spoke highly of the people sent to them.
W| Information from [Dorset Police|A] about domestic abuse was requested in fewer than a third of relevant cases.

R| Inspectors make eight recommendations, most of them for [Working Links|A] and the CRC’s leaders, one for [HM Prison and Probation Service|A].

N| A [Working Links|A] spokesperson said the company accepted the findings.
"""),
    # 6. a youth offending service in 2022 (older name kept), justiceinspectorates layout: "The inspectorate now places X
    #    at ‘...’, up from the ‘...’ it was given in 2019"; resettlement "assessed on its own" at ‘...’; "Published: 28 Jun
    #    2022"; fieldwork "in March 2022"
    ("tarrant-keyneston-yos-2022", facts([
        svc("Tarrant Keyneston Youth Offending Service", "Tarrant Keyneston YOS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": RI}])], "2022-06-28", "2022-03", 4),
     """N| News

N| Youth offending service in Dorset moves up a grade

N| Published: [28 Jun 2022|D]

N| [HM Inspectorate of Probation|A] now places [Tarrant Keyneston Youth Offending Service|S] (YOS) at ‘[Good|R]’, having been at ‘[Requires improvement|R]’ when last inspected in [2019|D].
W| Resettlement work, assessed on its own, remains at ‘[Requires improvement|R]’.
N| The inspection took place in [March 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Tarrant Keyneston|S] has turned itself round in three years, and the change in how children are spoken to and planned for is obvious.
W| “Children coming out of custody, though, too often returned to unsuitable housing with no firm plan for education.”

S| Inspectors were impressed by the YOS’s speech and language therapist, whose screening was routine for every new child.
S| Its work on out-of-court disposals was a notable strength.

R| The report makes four recommendations, including that the YOS and [Dorset Council|A] agree a housing protocol for children leaving custody.
"""),
    # 7. a Probation Trust in 2013, before ratings: percentage scores; "Tuesday, 23rd April 2013"; fieldwork "in January
    #    2013"; six recommendations
    ("sutton-waldron-probation-trust-2013", facts([
        svc("Sutton Waldron Probation Trust", "Sutton Waldron Probation Trust", "other", None)],
        "2013-04-23", "2013-01", 6),
     """N| [Sutton Waldron Probation Trust|S]: inspection findings published

N| [Tuesday, 23rd April 2013|D]

S| Offender management in [Sutton Waldron Probation Trust|S] is on a sound footing, [HM Inspectorate of Probation|A] reported today.
N| The inspection, which took place in [January 2013|D], examined 50 cases.

S| The Trust achieved 77% on reducing the likelihood of reoffending, and 83% on compliance with sentences.
W| It scored a lower 65% for work to protect the public from harm.

S| Inspectors found that offenders were usually seen promptly after sentence and that the Trust worked closely with [Dorset Police|A] on integrated offender management.
W| But risk management plans were often generic, and contingency arrangements were missing in many cases.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “[Sutton Waldron|S]’s staff plainly want to do a good job and know their offenders well.
R| “Managers should concentrate now on the quality of risk of harm work, which lags behind.”

R| Six recommendations are set out in the report.
"""),
    # 8. a unit inside its region, the region in the notes and the first sentence: "Inspectors place X in the lowest of
    #    their four bands, ‘...’"; publication in the notes "at 00.01 on Wednesday 12 February 2025"; fieldwork "between
    #    30 September and 4 October 2024" (across two months); "four for the unit and two for the region"
    ("winterborne-stickland-pdu-2025", facts([
        svc("Winterborne Stickland Probation Delivery Unit", "Winterborne Stickland PDU", "PDU", INAD)],
        "2025-02-12", "2024-09", 6),
     """N| Dorset probation unit in the lowest band after inspection

N| Inspectors place [Winterborne Stickland Probation Delivery Unit|S] in the lowest of their four bands, ‘[Inadequate|R]’; it is a unit of the [Probation Service – South West region|S].
N| Fieldwork ran between [30 September and 4 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The basics have slipped in this unit: appointments were missed without follow-up and reviews were months overdue.
W| “Managers were covering gaps on the front line, so nobody was checking the quality of the work.”

W| Mr Jones continued: “Only a third of the cases we examined showed enough work to protect children living in the household.”

S| Inspectors did find that [Winterborne Stickland PDU|S]’s staff were committed, and that the unit’s court team produced reports of a high standard.
W| Links with children’s social care at [Dorset Council|A] were weak, and checks were often not made at all.

R| Six recommendations are made: the unit is to act on four and the region on two.

N| ENDS

N| Notes to editors
N| 1. The report is available on our website at 00.01 on [Wednesday 12 February 2025|D].
N| 2. [Winterborne Stickland PDU|S] supervises around 500 people across the downs of north Dorset.
"""),
    # 9. a youth justice service on a council page with two aspects rated on their own: "The inspectorate’s verdict on
    #    X is ‘...’"; out-of-court disposals "were separately rated ‘...’", resettlement "was given ‘...’"; "Posted on
    #    06/12/2022"; fieldwork "in August 2022"
    ("compton-abbas-yjs-2022", facts([
        svc("Compton Abbas Youth Justice Service", "Compton Abbas YJS", "YJS", RI,
            [{"aspect": "out-of-court disposals", "rating": GOOD}, {"aspect": "resettlement", "rating": INAD}])],
        "2022-12-06", "2022-08", 5),
     """N| Posted on [06/12/2022|D]

N| Youth justice inspection report published

N| The inspectorate’s verdict on [Compton Abbas Youth Justice Service|S] is ‘[Requires improvement|R]’, in a report [HM Inspectorate of Probation|A] released today.
S| Out-of-court disposals were separately rated ‘[Good|R]’.
W| Resettlement work for children leaving custody was given ‘[Inadequate|R]’.
N| Inspectors visited the service in [August 2022|D].

S| The report notes that children were listened to and that case workers went out of their way to involve parents.
W| However, it found that managers did not always check the quality of plans, and work to keep children safe was inconsistent.

R| Of the five recommendations, four are addressed to the service and one to the [Dorset Youth Justice Partnership Board|A].

N| Councillor [Peter Whitfield|X], portfolio holder for children’s services at [Dorset Council|A], said: “We accept the recommendations and have already started work on a resettlement plan.”
"""),
    # 10. ordinary: a GOV.UK page, "Good"; fieldwork "carried out remotely in July 2021"; three recommendations
    ("langton-matravers-yjs-2021", facts([
        svc("Langton Matravers Youth Justice Service", "Langton Matravers YJS", "YJS", GOOD)], "2021-11-16", "2021-07", 3),
     """N| Press release

N| ‘[Good|R]’ rating for youth justice in Langton Matravers

N| From: [HM Inspectorate of Probation|A]

N| Published [16 November 2021|D]

N| [Langton Matravers Youth Justice Service|S] has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “When offices were shut during the pandemic, this service stayed in close touch with children and parents, often meeting them outdoors.
S| “Its board is well informed and its members challenge one another constructively.”

S| Inspectors praised the work of the YJS’s education worker: several children were back in school after long absences.
W| However, work to manage the safety of others was not always given the same attention, and some plans were out of date.

R| The report makes three recommendations to improve the service further.
"""),
    # 11. ordinary: a justiceinspectorates news item, "Inadequate"; "Published: 3 Dec 2024"; fieldwork "in July 2024";
    #     "Mr Jones continued"; seven recommendations
    ("durlston-pdu-2024", facts([
        svc("Durlston Probation Delivery Unit", "Durlston PDU", "PDU", INAD)], "2024-12-03", "2024-07", 7),
     """N| News

N| Probation unit in Durlston rated ‘[Inadequate|R]’

N| Published: [3 Dec 2024|D]

N| [Durlston Probation Delivery Unit|S] has been rated ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork for this inspection took place in [July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Durlston|S]’s staff told us they dreaded coming to work, and with a third of posts vacant it is easy to see why.
W| “Many of the cases we read had a risk assessment that was late, or none at all.”

W| Mr Jones continued: “Leaders had a plan, but it existed on paper and little had changed by the time of our visit.”

S| Despite the pressure, inspectors found that people on probation valued their officers and felt listened to.
W| Work with [NHS Dorset|A] on access to mental health treatment was underdeveloped.

R| Seven recommendations follow, five of them for [Durlston PDU|S] and two for the [Probation Service|A] at national level.
"""),
    # 12. ordinary: a council page, "Outstanding"; "Posted: 19/07/2022" with the report "published today (Tuesday 19
    #     July)"; fieldwork "in March 2022"; two recommendations
    ("herston-yjs-2022", facts([
        svc("Herston Youth Justice Service", "Herston YJS", "YJS", OUT)], "2022-07-19", "2022-03", 2),
     """N| Posted: [19/07/2022|D]

N| Highest rating for youth justice team in Herston

N| [HM Inspectorate of Probation|A] has given [Herston Youth Justice Service|S] its highest rating, ‘[Outstanding|R]’, in a report out today ([Tuesday 19 July|D]).
N| A team of inspectors spent five days with the service in [March 2022|D].

S| They found that every child had a trusted adult, and that workers were tenacious in getting children the help they needed.
S| The partnership with [Dorset HealthCare|A] was described as exemplary.
S| Leadership was strong, and the board knew exactly how the service was performing.

R| The report makes two recommendations.

N| The service manager said: “This is down to the hard work of our whole team and our partners.”
"""),
    # 13. ordinary: an embargo line, "Requires improvement"; fieldwork "in November 2022"; six recommendations
    ("melbury-abbas-pdu-2023", facts([
        svc("Melbury Abbas Probation Delivery Unit", "Melbury Abbas PDU", "PDU", RI)], "2023-03-10", "2022-11", 6),
     """N| Embargoed: 00.01 [Friday 10 March 2023|D]

N| Probation unit in Melbury Abbas told to improve

N| [HM Inspectorate of Probation|A] has rated [Melbury Abbas Probation Delivery Unit|S] as ‘[Requires improvement|R]’.
N| The inspection took place in [November 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Melbury Abbas|S] has a real sense of teamwork, and new staff told us they felt well supported.
W| “But too many assessments paid little attention to the risks people posed to partners and children, and that has to change.”

S| Inspectors were impressed with the unit’s work with women, which was delivered in a local community centre.
W| Caseloads were high, and probation officers were carrying an average of 55 cases each.

R| The report contains six recommendations.

N| ENDS
"""),
    # 14. ordinary: a remote inspection during the pandemic, "Requires improvement"; "Thursday, 4th February 2021";
    #     fieldwork "carried out remotely in October 2020"; four recommendations
    ("ashmore-yjs-2021", facts([
        svc("Ashmore Youth Justice Service", "Ashmore YJS", "YJS", RI)], "2021-02-04", "2020-10", 4),
     """N| Youth justice in Ashmore: work still needed, say inspectors

N| [Thursday, 4th February 2021|D]

N| [Ashmore Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ in its first inspection under the current framework.
N| The inspection was carried out remotely in [October 2020|D], with staff and partners interviewed by video.

S| Inspectors found a caring staff group that had kept in regular touch with children throughout the lockdown.
W| Disappointingly, the quality of planning for children subject to court orders was variable.
W| Just half of the cases inspected showed enough work on the risk of harm to others.

R| [Justin Russell|X], HM Chief Inspector of Probation, said: “Now the management board must get a better grip on performance and hold partners to the promises they make.”

R| Four recommendations are made.
"""),
    # 15. ordinary: local news with a byline, "Good"; report "published on Wednesday (10 April)" under a byline of Friday
    #     12 April 2024; fieldwork "in January 2024"; six recommendations
    ("edmondsham-yjs-2024", facts([
        svc("Edmondsham Youth Justice Service", "Edmondsham YJS", "YJS", GOOD)], "2024-04-10", "2024-01", 6),
     """N| Youth justice service praised for work with children

N| By [Mark Delaney|X]

N| [Friday 12 April 2024|D]

N| [Edmondsham Youth Justice Service|S] has been rated ‘[Good|R]’ in a report published on Wednesday ([10 April|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited in [January 2024|D].

S| They found staff who were dedicated to the children they supervised, with strong links to local sports clubs and youth groups.
S| The service’s work with victims was singled out as a particular strength.
W| But inspectors said some children waited too long for an assessment from the child and adolescent mental health service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Edmondsham|S]’s team can be rightly proud of this result.”

R| The report makes six recommendations.
"""),
    # 16. ordinary: a 2025 public-protection inspection, no rating: "Skip to content", "Published 26 November 2025",
    #     "Context" / "Findings" bullets; fieldwork "in July 2025"; five recommendations
    ("ibberton-pdu-2025", facts([
        svc("Ibberton Probation Delivery Unit", "Ibberton PDU", "PDU", None)], "2025-11-26", "2025-07", 5),
     """N| Skip to content

N| Public protection inspection: [Ibberton Probation Delivery Unit|S]

N| Published [26 November 2025|D]

N| Context
N| • [Ibberton Probation Delivery Unit|S] is part of the [Probation Service – South West region|S].
N| • This inspection, carried out in [July 2025|D], looked only at how well the unit protects the public; it does not give a rating.

N| Findings
S| • Most risk assessments were finished on time, using what [Dorset Police|A] knew about the person.
W| • Few people convicted of domestic abuse had ever been visited at home.
W| • Staff were unsure when to refer cases to [MAPPA|A], and some referrals were made late.

R| We have made five recommendations, which the unit and the region must act on.
"""),
    # 17. ordinary: a justiceinspectorates news item in 2019, "Good"; "Published: 30 Apr 2019"; fieldwork "in January
    #     2019"; four recommendations
    ("turnworth-yjs-2019", facts([
        svc("Turnworth Youth Justice Service", "Turnworth YJS", "YJS", GOOD)], "2019-04-30", "2019-01", 4),
     """N| News

N| Youth justice work in Turnworth is ‘[Good|R]’

N| Published: [30 Apr 2019|D]

N| [HM Inspectorate of Probation|A] has given [Turnworth Youth Justice Service|S] an overall rating of ‘[Good|R]’.
N| Inspectors visited in [January 2019|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Turnworth|S] puts children first in everything it does, and the quality of its work reflects that.
W| “Assessments of the risks some children pose to others were not done with the same care.”

S| Inspectors commended the service’s arrangements for children at risk of exploitation, run jointly with [Dorset Police|A].
W| On the other hand, the health offer to children was patchy, and some had no access to a nurse.

R| The report makes four recommendations.
"""),
    # 18. ordinary: 2018 with the publication day in the notes, "Requires improvement"; fieldwork "in September 2018";
    #     seven recommendations
    ("church-knowle-yjs-2018", facts([
        svc("Church Knowle Youth Justice Service", "Church Knowle YJS", "YJS", RI)], "2018-12-18", "2018-09", 7),
     """N| Youth justice in Church Knowle ‘[Requires improvement|R]’

N| [Church Knowle Youth Justice Service|S] has been rated as ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Inspectors carried out fieldwork in [September 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff are enthusiastic and know the children they work with well.
W| “Yet the management board does not have a clear picture of how the service is doing, and its members seldom attend.”

W| Inspectors were disappointed to find that plans for keeping children safe were often copied forward from earlier assessments.
S| Encouragingly, children were quickly given help with drug and alcohol use.

R| The report makes seven recommendations, including one for [Dorset Police|A].

N| ENDS

N| Notes to editors
N| 1. The report will be published on [18 December 2018|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 198th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
