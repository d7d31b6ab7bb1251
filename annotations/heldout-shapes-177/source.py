"""Builds the 177th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Medway PDUs on a GOV.UK page, the region named before the units: "X and Y were both placed at ‘...’, while
    #    Z was given the lowest of the four ratings"; fieldwork "between 4 and 15 December 2023"; 13 recommendations
    #    "five for Z and four each for X and Y"
    ("lordswood-wainscott-and-twydall-pdus-2024", facts([
        svc("Lordswood Probation Delivery Unit", "Lordswood PDU", "PDU", RI),
        svc("Wainscott Probation Delivery Unit", "Wainscott PDU", "PDU", INAD),
        svc("Twydall Probation Delivery Unit", "Twydall PDU", "PDU", RI)], "2024-04-16", "2023-12", 13),
     """N| Press release

N| Inspectors report on three Medway probation units

N| Findings on three probation delivery units in the Medway towns are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [16 April 2024|D]

N| Within [Probation Service – Kent, Surrey and Sussex region|S], three units have had reports released today by [His Majesty’s Inspectorate of Probation|A]: [Lordswood Probation Delivery Unit|S], [Wainscott Probation Delivery Unit|S] and [Twydall Probation Delivery Unit|S].
N| [Lordswood|S] and [Twydall|S] were both placed at ‘[Requires improvement|R]’, while [Wainscott|S] was given the lowest of the four ratings, ‘[Inadequate|R]’.
N| Inspectors carried out fieldwork in the three units between [4 and 15 December 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Wainscott|S] is carrying too many vacancies, and the people it supervises are paying the price: appointments are cancelled at short notice and risk assessments are left months out of date.
S| “[Lordswood|S] and [Twydall|S], by contrast, have stable teams who know their cases and work closely with [Kent Police|A] and [Medway Council|A].”

S| Inspectors singled out work with women in [Twydall PDU|S], where a weekly drop-in at a family hub had made it easier for women to keep their appointments.
W| Across all three units, fewer than half of the cases inspected showed enough attention to domestic abuse.
W| Too few staff in [Wainscott PDU|S] had been trained in safeguarding children, and several practitioners told inspectors they felt out of their depth.

R| The three reports make 13 recommendations between them: five for [Wainscott|S] and four each for [Lordswood|S] and [Twydall|S].

N| A spokesperson for the [Probation Service|A] in Kent, Surrey and Sussex said: “The reports make difficult reading for Wainscott, and we have already moved experienced staff there.”
"""),
    # 2. two youth justice services on the Hoo peninsula in a local-news story: the reports "came out on Tuesday (14
    #    November)" under a byline of Friday 17 November 2023; "X was awarded the inspectorate’s highest grade, ‘...’, with
    #    Y one step below at ‘...’", in the other order from the one they were first named in
    ("high-halstow-and-chattenden-yjs-2023", facts([
        svc("High Halstow Youth Justice Service", "High Halstow YJS", "YJS", GOOD),
        svc("Chattenden Youth Justice Service", "Chattenden YJS", "YJS", OUT)], "2023-11-14", "2023-07", 6),
     """N| Two youth justice teams on the Hoo peninsula praised by inspectors

N| By [Helen Marsh|X]

N| [Friday 17 November 2023|D]

N| Inspectors have published their findings on [High Halstow Youth Justice Service|S] and [Chattenden Youth Justice Service|S], two small teams that work with children across the peninsula.
N| The reports, which came out on Tuesday ([14 November|D]), follow inspection visits in [July 2023|D].
N| [Chattenden|S] was awarded the inspectorate’s highest grade, ‘[Outstanding|R]’, with [High Halstow|S] one step below at ‘[Good|R]’.

S| According to the reports, [Chattenden|S]’s workers stayed with children through court, custody and the return home, and no child in the cases inspected had been left without a plan.
S| [High Halstow YJS|S] was praised for its links with local schools, which had helped several children back into full-time education.
W| However, inspectors said [High Halstow|S] had been slow to look again at risk when a child’s circumstances changed, and some safety plans were out of date.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Chattenden|S] is an example of what committed staff and a demanding board can achieve together, and children here are well served by both services.”

R| Six recommendations are made in total: two for [Chattenden|S] and four for [High Halstow|S].

N| A spokesperson for [Medway Council|A] said the authority was delighted with both reports and would act on every recommendation.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence, with the region's own 2023 rating
    #    as context: "has judged X, one of the units that make up the ... region ..., to be ‘...’ overall"; the notes give
    #    the day of publication; a partner prison named
    ("brompton-pdu-2024", facts([
        svc("Brompton Probation Delivery Unit", "Brompton PDU", "PDU", INAD)], "2024-08-20", "2024-03", 7),
     """N| [Kent, Surrey and Sussex probation region|S]: inspectors find a unit under severe strain

N| [HM Inspectorate of Probation|A] has judged [Brompton Probation Delivery Unit|S], which sits within the [Probation Service|A]’s [Kent, Surrey and Sussex region|S], to be ‘[Inadequate|R]’ overall.
N| Fieldwork took place in [March 2024|D], when inspectors examined 52 cases and interviewed staff, managers and partners.
N| In [2023|D] the region as a whole was inspected and rated ‘[Requires improvement|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Brompton|S] is a unit under severe strain: a third of probation officer posts were empty and managers were carrying caseloads of their own just to keep things going.
W| “In more than half the cases we read, there was no sign that anyone had checked with the police or children’s services about domestic abuse, and that is a real risk to the public.”

S| Despite these pressures, inspectors found that [Brompton|S]’s staff were committed and that many had built trusting relationships with the people they supervised.
S| Resettlement work with people released from [HMP Elmley|S] was well organised, and most had somewhere to live on their first night.

R| Of the report’s seven recommendations, five are for the PDU and two for the [Probation Service|A] regionally.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [Tuesday 20 August 2024|D].
N| 2. [Brompton PDU|S] covers the northern part of the Medway towns.
"""),
    # 4. a Probation Trust in 2013, before ratings: bullet lists after "Inspectors were pleased to find that:" and
    #    "However, inspectors were concerned to find that:"; "the report is published today, Thursday 9 May 2013"
    ("upnor-probation-trust-2013", facts([
        svc("Upnor Probation Trust", "Upnor Probation Trust", "other", None)], "2013-05-09", "2013-01", 9),
     """N| Probation in Upnor: sound work with offenders, but public protection must improve

W| The work of [Upnor Probation Trust|S] to protect the public was not yet good enough, although offenders were supervised well and links with the courts were strong, said [Liz Calderbank|X], HM Chief Inspector of Probation.
N| Inspectors from both [HM Inspectorate of Probation|A] and [HM Inspectorate of Constabulary|A] were in the area in [January 2013|D], and the report is published today, [Thursday 9 May 2013|D].

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence and understood what was expected of them;
S| • unpaid work was well organised, and placements on the peninsula were valued by local people;
S| • the Trust had a strong partnership with [Kent Police|A] in managing prolific offenders.

N| However, inspectors were concerned to find that:
W| • in only 58 per cent of cases was the assessment of risk of harm good enough;
W| • too few home visits were made to offenders who posed a risk to children;
W| • the Trust’s managers did not check the quality of practice often enough.

S| Ms Calderbank said: “[Upnor|S] has much to build on.
R| “The Trust now needs to bring its public protection work up to the level of its work to reduce reoffending.”

R| The report makes nine recommendations for the Trust and its partners.

N| ENDS

N| Notes to editors
N| 1. [Upnor Probation Trust|S] was one of 35 Probation Trusts in England and Wales.
"""),
    # 5. a CRC in 2017, before ratings, owned by a named provider, beside the NPS; a justiceinspectorates news item
    #    ("Published: 12 Oct 2017")
    ("parkwood-and-halling-crc-2017", facts([
        svc("Parkwood and Halling Community Rehabilitation Company", "Parkwood and Halling CRC", "CRC", None)],
        "2017-10-12", "2017-06", 8),
     """N| News

N| Probation work in Parkwood and Halling: CRC ‘struggling to keep pace’

N| Published: [12 Oct 2017|D]

W| Probation services in the Parkwood and Halling area are not yet good enough, [HM Inspectorate of Probation|A] said today.
N| Inspectors visited in [June 2017|D] and looked at the work of [Parkwood and Halling Community Rehabilitation Company|S] (CRC), owned by [Seetec|A], and of the [National Probation Service|A] (NPS) in the area.

S| The [NPS|A] was performing well: its court reports were thorough and cases were allocated to the right staff quickly.
W| The CRC was struggling to keep pace with its workload, and only 41 per cent of cases showed enough work to protect the public.
W| Staff in the CRC told inspectors that they were unsure who to ask for advice, and many held more than 80 cases.
S| Inspectors did, however, find good work in the CRC’s service for women, where staff took time to understand each woman’s circumstances.

W| Chief Inspector of Probation, Dame [Glenys Stacey|X], said: “Effort is not lacking in this CRC, but at present it is spread too thinly to give people the attention they need.
R| “Leaders must now concentrate on the basics: seeing people regularly, assessing risk properly and acting when things change.”

R| The report makes eight recommendations, six for the CRC and two for the [NPS|A].

N| [Seetec|A] said it welcomed the report and had begun to recruit additional staff.
"""),
    # 6. a youth offending team written out in lower case and otherwise abbreviated ("the Minster-on-Sea youth offending
    #    team", "the Minster-on-Sea YOT"), a 2016 joint inspection with bullet lists, no rating
    ("minster-on-sea-yot-2016", facts([
        svc("Minster-on-Sea youth offending team", "Minster-on-Sea YOT", "YJS", None)], "2016-03-01", "2015-11", 6),
     """N| Youth offending work on the Isle of Sheppey: committed staff, weak oversight

W| A joint inspection of youth offending work in Minster-on-Sea has found committed staff but weak oversight by managers and partners.
N| Inspectors from [Ofsted|A], [HM Inspectorate of Constabulary|A], the [Care Quality Commission|A] and [HM Inspectorate of Probation|A] visited the [Minster-on-Sea youth offending team|S] in [November 2015|D].
N| The report was published on [Tuesday 1 March 2016|D].

N| Inspectors were encouraged that:
S| • case managers in the [Minster-on-Sea YOT|S] knew the children well and saw them often;
S| • children were quickly referred to speech and language support;
S| • work to repair the harm done to victims was imaginative.

N| But they were concerned that:
W| • in half the cases, plans to manage risk of harm to others fell short;
W| • the management board, chaired by a senior officer of [Kent County Council|A], did not challenge partners about poor attendance;
W| • some children came out of custody with nowhere suitable to live.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The commitment of this team to the children in its care shines through.
W| “But caring is not enough on its own: too many children are still a risk to others, and the board has not done enough to support the team.”

R| The inspectorates make six recommendations to the YOT’s management board and to [Kent County Council|A].

N| ENDS
"""),
    # 7. an NPS division in 2019 with "an overall regional rating", the short form first in the rating sentence:
    #    "The inspectorate has settled on an overall regional rating of ‘...’ for X"; fieldwork "in July and August 2019"
    ("wouldham-and-burham-nps-division-2019", facts([
        svc("National Probation Service – Wouldham and Burham Division", "NPS Wouldham and Burham", "region", RI)],
        "2019-11-26", "2019-07", 7),
     """N| [National Probation Service – Wouldham and Burham Division|S] inspected

N| The inspectorate has settled on an overall regional rating of ‘[Requires improvement|R]’ for [NPS Wouldham and Burham|S], in a report out today, [Tuesday 26 November 2019|D].
N| Inspectors from [HM Inspectorate of Probation|A] examined the division’s work in [July and August 2019|D], looking at its leadership, staffing, partnerships and the quality of casework across its courts and offices.

S| The division’s leadership was a particular strength: senior managers were visible, and staff said they felt listened to.
S| Court work was of a high standard, with most pre-sentence reports completed on the day.
W| However, the quality of casework varied a great deal between offices, and in too many cases the risk posed to known adults and children had not been fully assessed.
W| Vacancy rates for probation officers were high, at 22 per cent, and some staff were holding more than 60 cases.

S| Chief Inspector of Probation [Justin Russell|X] said: “This division has strong leaders who understand what needs to change.
R| “They must now make sure that the standard of risk assessment is consistent in every office.”

R| We have made seven recommendations, five to the division and two to [HM Prison and Probation Service|A].

N| ENDS
"""),
    # 8. a Youth Offending Service (YOS) "judged to be ‘...’"; resettlement "rated separately" and "found to be
    #    ‘Inadequate’"; fieldwork "between 11 and 15 February 2019"; the notes give the day
    ("kingsnorth-yos-2019", facts([
        svc("Kingsnorth Youth Offending Service", "Kingsnorth YOS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2019-06-18", "2019-02", 6),
     """N| [Kingsnorth youth offending service|S] ‘[Requires improvement|R]’, say inspectors

N| In its first inspection by [HM Inspectorate of Probation|A] under the new standards, [Kingsnorth Youth Offending Service|S] (YOS) has been judged overall to be ‘[Requires improvement|R]’.
N| Inspectors visited the service between [11 and 15 February 2019|D].
W| Resettlement, which is rated separately, came out lower, at ‘[Inadequate|R]’: children leaving custody often waited weeks for a school place or a home.

S| Out-of-court disposal work was strong, and a joint decision-making panel with [Kent Police|A] worked well.
S| Inspectors praised the [Kingsnorth YOS|S] case managers for the time they spent with families.
W| Yet plans to keep children safe were too often generic, and in only 12 of 30 cases was enough done to manage the risk to others.

S| Chief Inspector of Probation [Justin Russell|X] said: “There is a great deal to admire in [Kingsnorth|S]’s work with children who are new to the justice system.
W| “However, the service loses its grip when children move on to court orders or into custody, and that has to change.”

R| Of the six recommendations, one asks the management board to check that every child leaving custody has a home and a school place arranged.

N| ENDS

N| Notes to editors
N| 1. The report is available online from 00.01 on [Tuesday 18 June 2019|D].
"""),
    # 9. a PDU "given the lowest possible rating", its previous rating beside, unpaid work "rated separately"; fieldwork
    #    "from 16 to 27 September 2024"
    ("harty-pdu-2025", facts([
        svc("Harty Probation Delivery Unit", "Harty PDU", "PDU", INAD,
            [{"aspect": "unpaid work", "rating": INAD}])], "2025-02-11", "2024-09", 10),
     """N| [Harty probation unit|S] given lowest rating

N| [His Majesty’s Inspectorate of Probation|A] has given [Harty Probation Delivery Unit|S] the lowest possible rating, ‘[Inadequate|R]’, in a report published on [Tuesday 11 February 2025|D].
N| Its previous inspection, in [2022|D], had ended with a ‘[Requires improvement|R]’ rating.
N| Inspectors were on site from [16 to 27 September 2024|D].
W| Unpaid work, which inspectors rated separately, was also found ‘[Inadequate|R]’, with long waiting lists and too few supervisors to run the work parties.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Harty|S] has gone backwards since our last visit.
W| “Too many people on probation were not seen for weeks at a time, and when they were, conversations rarely touched on the risks they posed.
W| “Staff told us they were exhausted, and many had stopped raising concerns because nothing changed.”

S| Inspectors did find pockets of strong practice, notably in the work of the unit’s probation service officers with young adults.

R| The report makes ten recommendations, eight for [Harty PDU|S] and two for the [Probation Service|A] nationally.

N| ENDS
"""),
    # 10. an ordinary GOV.UK page: a youth justice service rated ‘Good’, resettlement rated separately
    ("lidsing-yjs-2024", facts([
        svc("Lidsing Youth Justice Service", "Lidsing YJS", "YJS", GOOD,
            [{"aspect": "resettlement policy and provision", "rating": RI}])], "2024-09-24", "2024-05", 4),
     """N| Press release

N| [Lidsing Youth Justice Service|S] rated ‘[Good|R]’ by inspectors

N| [HM Inspectorate of Probation|A] has published its inspection of youth justice work in Lidsing.

N| From: [HM Inspectorate of Probation|A]

N| Published [24 September 2024|D]

N| [Lidsing Youth Justice Service|S] (YJS) has been rated ‘[Good|R]’ overall.
N| The inspection fieldwork was carried out in [May 2024|D].
W| Resettlement policy and provision, given a separate rating, reached only ‘[Requires improvement|R]’.

S| Inspectors were impressed by the YJS’s partnership with [CAMHS|A], which meant children could see a clinician within a fortnight.
S| Case managers knew their children well, and children told inspectors that they felt listened to.
S| Leaders had a clear picture of disproportionality in the service and had worked with [Kent Police|A] to review out-of-court decisions.
W| However, children leaving custody did not always have suitable accommodation arranged in advance, and planning for their release started too late.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Lidsing YJS|S] is a service that puts children first.
R| “Its leaders now need to bring the same energy to resettlement, so that every child coming home from custody has a safe place to live.”

R| We have made four recommendations, three to [Lidsing YJS|S] and one to [Medway Council|A].

N| [Medway Council|A]’s portfolio holder for children’s services said: “We are proud of this result.”
"""),
    # 11. an ordinary justiceinspectorates news item ("Published: 8 Dec 2022"), rated ‘Requires improvement’
    ("bredhurst-yjs-2022", facts([
        svc("Bredhurst Youth Justice Service", "Bredhurst YJS", "YJS", RI)], "2022-12-08", "2022-08", 5),
     """N| News

N| [Bredhurst youth justice service|S]: work on risk must improve

N| Published: [8 Dec 2022|D]

N| [HM Inspectorate of Probation|A] has rated [Bredhurst Youth Justice Service|S] as ‘[Requires improvement|R]’.
N| The inspection was carried out in [August 2022|D].

S| Inspectors found a stable, experienced workforce, and staff turnover was low.
S| The service’s work on out-of-court disposals was a strength, and children were offered activities that reflected their interests.
W| But the quality of assessment and planning in court cases was inconsistent, and too few plans addressed the safety of other people.
W| Inspectors were also concerned that board members were given too little data to judge how well the service was performing.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Bredhurst|S] has a loyal, experienced team that children trust.
W| “What it lacks is a sharp focus on risk, and leaders have been too slow to recognise this.”

R| The report makes five recommendations, four for [Bredhurst YJS|S] and one for [Kent County Council|A].
"""),
    # 12. an ordinary council page ("Posted: 14/09/2021", "The report was published today"), rated ‘Outstanding’
    ("rushenden-yjs-2021", facts([
        svc("Rushenden Youth Justice Service", "Rushenden YJS", "YJS", OUT)], "2021-09-14", "2021-05", 2),
     """N| [Rushenden Youth Justice Service|S] rated ‘[Outstanding|R]’

N| Posted: [14/09/2021|D]

N| Inspectors have given our youth justice service the top grade, ‘[Outstanding|R]’, which only a handful of services in the country have achieved.
N| The inspection by [HM Inspectorate of Probation|A], carried out remotely in [May 2021|D], looked at how [Rushenden Youth Justice Service|S] works with children sentenced by the courts and those given out-of-court disposals.
N| The report was published today.

S| Inspectors highlighted the service’s close partnership with [Kent Police|A], schools and health services, which meant children got help quickly.
S| The report found that children had helped to write their own plans in all the cases inspected.
S| Staff were described as dedicated and tenacious, and managers were praised for supporting them through the pandemic.
R| The inspectors made two recommendations, both about the information the management board receives.

S| Chief Inspector [Justin Russell|X] said: “This is an exceptional service, and everyone who works in it deserves credit for what has been achieved.”

N| Cabinet Member for Integrated Children’s Services, [Mark Hollis|X], said: “I am delighted that the hard work of our staff has been recognised.”
"""),
    # 13. an ordinary HMIP press release: the headline abbreviates ("Scocles PDU"), the first full name follows; the
    #    region as context; the notes give the day and the four-point scale
    ("scocles-pdu-2023", facts([
        svc("Scocles Probation Delivery Unit", "Scocles PDU", "PDU", RI)], "2023-06-27", "2023-01", 6),
     """N| [Scocles PDU|S] rated ‘[Requires improvement|R]’

N| [HM Inspectorate of Probation|A] has given [Scocles Probation Delivery Unit|S] (PDU) an overall rating of ‘[Requires improvement|R]’.
N| The unit, which serves the Isle of Sheppey and the surrounding area, is part of the [Probation Service|A]’s [Kent, Surrey and Sussex region|S].
N| Inspectors examined 40 cases during fieldwork in [January 2023|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Scocles|S] has an energetic head of service and a team that has pulled together through a difficult period.
W| “But high workloads mean that practitioners have too little time to see people face to face, and the quality of risk management suffers as a result.”

S| Inspectors were impressed with the PDU’s links with local housing providers, which meant few people were released from prison without somewhere to stay.
W| Disappointingly, only 45 per cent of cases had an adequate plan to keep others safe.
W| Half of the probation officer posts were filled by trainees, and some had caseloads well above the recommended level.

R| Among the report’s six recommendations is that managers in the PDU should check the quality of risk assessments regularly.

N| ENDS

N| Notes to editors
N| 1. The full report will be available on the [HM Inspectorate of Probation|A] website from 00.01 on [27 June 2023|D].
N| 2. [HM Inspectorate of Probation|A] rates PDUs as ‘[Outstanding|R]’, ‘[Good|R]’, ‘[Requires improvement|R]’ or ‘[Inadequate|R]’.
"""),
    # 14. an ordinary release under a date line ("Thursday, 3rd December 2020") that says "published today": "Inspectors
    #     have found that X is ‘Inadequate’"; fieldwork "carried out remotely in August 2020"
    ("wayfield-yjs-2020", facts([
        svc("Wayfield Youth Justice Service", "Wayfield YJS", "YJS", INAD)], "2020-12-03", "2020-08", 11),
     """N| [Thursday, 3rd December 2020|D]

N| Inspectors have found that [Wayfield Youth Justice Service|S] is ‘[Inadequate|R]’, in a report published today.
N| The inspection was carried out remotely in [August 2020|D] because of coronavirus restrictions.

W| Inspectors found that children’s safety and well-being were not properly assessed in more than half of the cases they looked at.
W| The management board had been slow to respond to warnings from staff about rising caseloads, and several key posts had been vacant for months.
W| Information from [Medway Council|A]’s children’s social care was often not passed on, so case managers did not know about risks in the home.
S| Despite this, inspectors saw some positive work: children who took part in the service’s sports mentoring scheme spoke highly of it.

W| Chief Inspector of Probation [Justin Russell|X] said: “Children in Wayfield are being let down.
R| “The council and its partners must act quickly to make sure that every child’s risks are understood and that staff have the support they need.”

R| The report makes 11 recommendations, nine for the service and two for [Kent Police|A].

N| A [Medway Council|A] spokesperson said the council accepted the findings in full and had appointed an interim head of service.
"""),
    # 15. an ordinary local-news story: the report "published on Wednesday (7 May)" under a byline of Saturday 10 May 2025;
    #     "have given X a ‘Good’ rating"
    ("horsted-yjs-2025", facts([
        svc("Horsted Youth Justice Service", "Horsted YJS", "YJS", GOOD)], "2025-05-07", "2025-01", 3),
     """N| Youth justice inspection: ‘[Good|R]’ verdict for [Horsted|S]

N| By [Owen Pratt|X], local democracy reporter

N| [Saturday 10 May 2025|D]

N| Inspectors from [His Majesty’s Inspectorate of Probation|A] have given [Horsted Youth Justice Service|S] a ‘[Good|R]’ rating in a report published on Wednesday ([7 May|D]).
N| The watchdog visited the service in [January 2025|D] and looked at 28 cases.

S| The report said staff at [Horsted|S] knew the children they worked with well and went to great lengths to keep them in education.
S| Work with victims also drew praise, with the report calling it careful and well planned.
W| But inspectors said more needed to be done for children whose first language was not English, and some assessments did not consider their culture and identity.
S| Chief Inspector of Probation [Martin Jones|X] said the service had a real understanding of what works for children.

R| The inspectorate made three recommendations.

N| Councillor [Jane Ellis|X], [Medway Council|A]’s portfolio holder for children’s services, said: “This is a fantastic result for a team that works incredibly hard.”
"""),
    # 16. a 2025 public-protection inspection page: "Skip to content", "Published:", no rating, "Context" and "Findings"
    #     bullets; fieldwork "from 30 June to 10 July 2025"
    ("brambledown-pdu-2025", facts([
        svc("Brambledown Probation Delivery Unit", "Brambledown PDU", "PDU", None)], "2025-10-14", "2025-06", 5),
     """N| Skip to content

N| Public protection inspection: [Brambledown Probation Delivery Unit|S]

N| Published: [14 October 2025|D]

N| Public protection work in [Brambledown PDU|S], part of the [Probation Service|A] in Kent, Surrey and Sussex, has been examined by [HM Inspectorate of Probation|A] in a new report.
N| This programme of inspections examines how probation staff assess and manage serious harm; no rating is given.
N| Fieldwork took place from [30 June to 10 July 2025|D].

N| Context
N| • The PDU supervises around 1,400 people in the community and on licence.
N| • Around a quarter of its cases involve domestic abuse.

N| Findings
S| • Practitioners knew the people on their caseloads well, and most had built constructive relationships with them.
W| • Risk assessments were sufficient in only 22 of 40 cases.
W| • Information from the police about domestic abuse was not routinely requested at the start of an order.
S| • Work with [Kent Police|A] to manage people under [MAPPA|A] was well coordinated.

R| Inspectors set out five recommendations for the PDU and for regional leaders.
"""),
    # 17. an ordinary release under an embargo line: "X has moved up to ‘...’, from the ‘Inadequate’ it was given at its
    #     previous inspection in 2019"; fieldwork "in October and November 2021"
    ("danley-yjs-2022", facts([
        svc("Danley Youth Justice Service", "Danley YJS", "YJS", RI)], "2022-03-15", "2021-10", 4),
     """N| Embargoed until 00.01, [Tuesday 15 March 2022|D]

N| [Danley youth justice service|S] improves but is not yet ‘[Good|R]’

N| [Danley Youth Justice Service|S] has climbed one step to ‘[Requires improvement|R]’; in [2019|D], the last time inspectors called, it was judged ‘[Inadequate|R]’.
N| Fieldwork by [HM Inspectorate of Probation|A] was spread over [October and November 2021|D].

S| The report found that leaders had a clear improvement plan and that the board, under a new chair from the council, was holding partners to account.
S| Access to education, training and employment had improved markedly, and most children in the cases inspected were in full-time education.
W| In almost half the cases inspected, work to keep children safe still fell short, and contingency plans were often missing.

S| Chief Inspector of Probation [Justin Russell|X] said: “[Danley|S] has made real progress since our last inspection, and I congratulate the staff who have made that happen.
W| “But the service is not there yet: the quality of work to keep children and the public safe needs to be consistent in every case.”

R| Three of the report’s four recommendations are for the service; the fourth is for the [Youth Justice Board|A].

N| ENDS

N| Notes to editors
N| 1. The report is available on the [HM Inspectorate of Probation|A] website.
N| 2. [Danley YJS|S] covers the Isle of Sheppey and works with children aged 10 to 17.
"""),
    # 18. an ordinary justiceinspectorates news item ("Published: 5 Mar 2024"), the headline abbreviates: "Inspectors have
    #     assessed X as ‘...’ overall, the same rating the unit received in 2021"
    ("frindsbury-pdu-2024", facts([
        svc("Frindsbury Probation Delivery Unit", "Frindsbury PDU", "PDU", RI)], "2024-03-05", "2023-09", 6),
     """N| News

N| [Frindsbury PDU|S]: a unit moving in the right direction

N| Published: [5 Mar 2024|D]

N| Inspectors have assessed [Frindsbury Probation Delivery Unit|S] as ‘[Requires improvement|R]’ overall, the same rating the unit received in [2021|D].
N| The inspection took place in [September 2023|D], with inspectors reading 45 cases and speaking to 60 staff and partners.

S| Inspectors found that the unit had tackled many of the problems identified last time, in particular by filling vacancies and reducing caseloads.
S| Its work with the courts was efficient, and most people had their first appointment within a week of being sentenced.
W| However, assessments of the risk posed to children were too often incomplete, and home visits were rare.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Frindsbury|S]’s leaders have steadied the ship.
R| “The next step is to make sure that the basics of risk management are done well every time, and I expect regional leaders to support them in that.”

R| The report makes six recommendations.

N| [Frindsbury PDU|S] belongs to the [Probation Service|A]’s [Kent, Surrey and Sussex region|S].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 177th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
