"""Builds the hundred-and-third shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Dorset PDUs on a GOV.UK page, the region named first: "X came out at ‘...’ and Y a grade lower, at ‘...’";
    #    "Inspectors visited both units in January 2024"; seven recommendations "four for Studland, three for Okeford"
    ("okeford-and-studland-pdus-2024", facts([
        svc("Okeford Probation Delivery Unit", "Okeford PDU", "PDU", RI),
        svc("Studland Probation Delivery Unit", "Studland PDU", "PDU", INAD)], "2024-05-14", "2024-01", 7),
     """N| Press release

N| Two probation units in Dorset inspected

N| Today’s reports cover two probation delivery units in Dorset.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| Inspectors visited [Okeford Probation Delivery Unit|S] and [Studland Probation Delivery Unit|S] in [January 2024|D]; the two units are in the [Probation Service – South West region|S].
N| [Okeford|S] came out at ‘[Requires improvement|R]’ and [Studland|S] a grade lower, at ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Most of [Studland|S]’s experienced officers have gone in the past year, and their newly qualified replacements have been left to cope largely on their own.
S| “[Okeford|S] is in a steadier position, with a manager who knows every case and a team that plainly supports one another.”

S| Inspectors praised [Okeford|S] for the speed with which people released from custody were met and housed.
W| In [Studland PDU|S], home visits had been dropped almost entirely, and checks with children’s services were missing from over half the cases read.
W| In both units, men convicted of domestic abuse waited too long for a place on an accredited programme.

R| There are seven recommendations, four for [Studland|S] and three for [Okeford|S].

N| [Dorset Police|A] and [Dorset Council|A] are named as partners in both reports.
"""),
    # 2. two Hampshire/Surrey youth services in a local-news story, the report day "on Tuesday (16 May)" under a byline of
    #    Friday 19 May 2023; "was graded ‘...’ while ... was awarded ‘...’"; fieldwork "during January 2023"; six recs
    ("grayshott-and-bramley-yjs-2023", facts([
        svc("Grayshott Youth Justice Service", "Grayshott YJS", "YJS", GOOD),
        svc("Bramley Youth Justice Service", "Bramley YJS", "YJS", OUT)], "2023-05-16", "2023-01", 6),
     """N| Top marks for youth justice team as neighbour earns ‘[Good|R]’

N| By [Helen Ashdown|X]

N| [Friday 19 May 2023|D]

N| Inspectors looked at [Grayshott Youth Justice Service|S] and [Bramley Youth Justice Service|S] during [January 2023|D]; the two reports were released on Tuesday ([16 May|D]).
N| [Grayshott|S] was graded ‘[Good|R]’ while [Bramley|S] was awarded ‘[Outstanding|R]’.

S| According to the reports, [Bramley|S]’s staff took the time to understand each child before any plan was written, and children said they felt listened to.
S| [Grayshott|S] was commended for its work with local schools, which had cut the number of children excluded.
W| The inspectors did, however, find that victims of children dealt with out of court by [Grayshott YJS|S] were not always told the outcome.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Bramley|S] shows what can be achieved when every partner pulls in the same direction, and [Grayshott|S] is not far behind.”

R| Of the six recommendations, four are for [Grayshott|S] and two for [Bramley|S].

N| [Hampshire County Council|A] said it was “delighted” with both reports.
"""),
    # 3. a unit inside its region, the region in the headline and the first sentence; "is ‘...’, inspectors have concluded"; fieldwork
    #    "carried out in July 2024"; the notes' "available on the ... website on 3 December 2024 at 00.01"; five recs
    ("wroxall-pdu-2024", facts([
        svc("Wroxall Probation Delivery Unit", "Wroxall PDU", "PDU", RI)], "2024-12-03", "2024-07", 5),
     """N| [South Central probation region|S]: [Wroxall PDU|S] must improve, say inspectors

N| [Wroxall Probation Delivery Unit|S], which covers the Isle of Wight for the [Probation Service – South Central region|S], is ‘[Requires improvement|R]’, inspectors have concluded.
N| Fieldwork for the inspection was in [July 2024|D].

S| The unit’s staff group was stable and experienced, and many had worked on the island for years.
S| Links with [HMP Isle of Wight|S] were close, so people leaving custody usually had a home to go to when they were released.
W| However, the unit’s assessments of risk were often thin, and in only 14 of 38 cases had enough been done to protect known victims.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff on the island know their community well and take real care over the people they supervise.
W| “But a ferry crossing stands between them and most specialist services, and too many people have waited months for a place on a programme.”

R| The report sets out five recommendations for the unit and the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [3 December 2024|D] at 00.01.
N| 2. The [South Central region|S] is responsible for [Wroxall PDU|S] and a number of other units.
"""),
    # 4. a Probation Trust in 2013, before ratings: "Inspectors were pleased to find that:" / "However, inspectors were
    #    concerned to find that:"; fieldwork "between 11 and 15 March 2013"; published in the notes; eight recs
    ("lytchett-probation-trust-2013", facts([
        svc("Lytchett Probation Trust", "Lytchett Probation Trust", "other", None)], "2013-06-20", "2013-03", 8),
     """N| [Lytchett Probation Trust|S] – offender management inspection

W| The quality of work by [Lytchett Probation Trust|S] to reduce reoffending was mostly sound, but the Trust has more to do on public protection, said [Liz Calderbank|X], HM Chief Inspector of Probation, as the report was published today.
N| The inspection ran from [11 to 15 March 2013|D], and 72 cases were looked at.

N| Inspectors were pleased to find that:
S| • initial assessments were mostly on time and drew on all the information available;
S| • offenders were helped into training and work through a partnership with a local college;
S| • staff spoke well of their managers and felt well supported.

N| However, inspectors were concerned to find that:
W| • risk management plans were not reviewed when circumstances changed;
W| • checks with [Dorset Police|A] on domestic abuse incidents were made in some cases but not others.

S| [Liz Calderbank|X] said: “Staff in this Trust are clearly committed to the people they work with.
R| “Managers should now make sure the same care goes into the work that protects victims and children.”

R| The report makes eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The report is published on [20 June 2013|D] on the inspectorate’s website.
"""),
    # 5. a CRC in 2018 run by a provider, "has been placed at ‘...’"; unpaid work "rated
    #    separately, at ‘Good’"; "The inspection took place in June 2018"; embargo line; six recs
    ("kimmeridge-and-chideock-crc-2018", facts([
        svc("Kimmeridge and Chideock Community Rehabilitation Company", "Kimmeridge and Chideock CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-10-11", "2018-06", 6),
     """N| Embargoed until 00.01, [Thursday 11 October 2018|D]

N| Probation company in Dorset ‘has further to go’

N| [Kimmeridge and Chideock Community Rehabilitation Company|S] (CRC), whose owner is [Working Links|A], has been placed at ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
S| Its unpaid work, rated separately, was judged ‘[Good|R]’.
N| The inspection took place in [June 2018|D].

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Upheaval has marked the last year for this CRC.
W| “Far too many people on its books report only by telephone, and officers rarely know what is going on at home.”

S| Inspectors noted that community payback projects were well run, with placements found quickly and few hours left unworked.
W| Sentence plans, on the other hand, were often carried over unchanged from review to review.

R| Six recommendations are made, four for the CRC and [Working Links|A] and two for the [National Probation Service|A].

N| [Working Links|A] said in a statement: “The report is accepted, and work on its findings is under way.”
"""),
    # 6. an NPS division in 2019 with "an overall regional rating of ‘Good’"; court work rated separately (Outstanding);
    #    "the fieldwork in April and May 2019"; "Published: 17 Sep 2019"; four recs
    ("rogate-and-fittleworth-nps-division-2019", facts([
        svc("National Probation Service – Rogate and Fittleworth Division", "NPS Rogate and Fittleworth", "region",
            GOOD, [{"aspect": "court work", "rating": OUT}])], "2019-09-17", "2019-04", 4),
     """N| News

N| Published: [17 Sep 2019|D]

N| [National Probation Service – Rogate and Fittleworth Division|S] awarded ‘[Good|R]’ rating

N| [HM Inspectorate of Probation|A]’s report awards [National Probation Service – Rogate and Fittleworth Division|S] ‘[Good|R]’ as an overall regional rating.
S| Work at court, which was assessed on its own, reached the highest grade, ‘[Outstanding|R]’.
N| The inspectors carried out their fieldwork in [April and May 2019|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Rogate and Fittleworth|S] has a leadership team that has set a clear direction, and staff told us they felt trusted to use their judgement.
S| “Reports for court were accurate, quick and valued by sentencers.”

W| Work to manage the risk posed by people released from prison was weaker, and plans were not always updated.
W| Vacancies among probation officers were running at nearly one in five.

R| The report makes four recommendations, including that the division should improve how it shares information with [Sussex Police|A].
"""),
    # 7. a youth offending team written out, 2016, before ratings: joint inspection "led by HM Inspectorate of Probation";
    #    fieldwork "in February 2016"; "Published: 26 May 2016"; six recs
    ("alderholt-yot-2016", facts([
        svc("Alderholt Youth Offending Team", "Alderholt YOT", "YJS", None)], "2016-05-26", "2016-02", 6),
     """N| Youth offending work in Alderholt: joint inspection findings

N| Published: [26 May 2016|D]

N| A joint inspection led by [HM Inspectorate of Probation|A] has reported on the work of [Alderholt Youth Offending Team|S] (YOT).
N| The inspection took place in [February 2016|D]; inspectors from [Ofsted|A] took part, as did colleagues from the [Care Quality Commission|A] and from [HM Inspectorate of Constabulary|A].

S| Inspectors found that children trusted their [Alderholt YOT|S] case managers and spoke well of them.
S| Work to get children back into school or training was of a high standard.
W| However, too many assessments of risk to the public were late or missing key facts.
W| Health services were hard for children to reach, and there were gaps in the support from [CAMHS|A].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The people working in this YOT care deeply about the children they work with.
R| “The management board now needs to give the same weight to keeping the public safe.”

R| Inspectors make six recommendations; [Dorset Police|A] and local health services share two of them.
"""),
    # 8. a YJS in 2022: "A report out today (Tuesday, 12 April) finds X to be ‘Good’", the last
    #    inspection "reported in March 2019"; fieldwork "10 - 14 January 2022"; published in the text (Tuesday, 12 April); four recs
    ("ewhurst-yjs-2022", facts([
        svc("Ewhurst Youth Justice Service", "Ewhurst YJS", "YJS", GOOD)], "2022-04-12", "2022-01", 4),
     """N| Inspectors find youth justice service in Surrey ‘[Good|R]’

N| A report out today ([Tuesday, 12 April|D]) finds [Ewhurst Youth Justice Service|S] to be ‘[Good|R]’.
N| At its last inspection, reported in [March 2019|D], it was rated ‘[Requires improvement|R]’.
N| Fieldwork took place over [10 - 14 January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Ewhurst|S] has improved markedly since we last inspected it, and its leaders have driven that change.
S| “Children we spoke to said their workers had helped them to stay safe and out of trouble.”

S| Inspectors were impressed by the joint diversion scheme run with [Surrey Police|A], which kept many children away from court.
W| Yet planning for children who might be exploited was inconsistent, and some plans lacked clear actions.

R| The report has four recommendations: one goes to [Surrey County Council|A] and three to the service.
"""),
    # 9. a YJS in 2024 given "the highest possible rating"; resettlement "rated separately" Good; GOV.UK page; fieldwork
    #    "in June 2024"; two recs
    ("witley-yjs-2024", facts([
        svc("Witley Youth Justice Service", "Witley YJS", "YJS", OUT,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-01", "2024-06", 2),
     """N| Press release

N| Youth justice service in Surrey is ‘[Outstanding|R]’

N| [HM Inspectorate of Probation|A] has given [Witley Youth Justice Service|S] its highest possible rating.

N| From: [HM Inspectorate of Probation|A]

N| Published [1 October 2024|D]

N| [Witley Youth Justice Service|S] has been given the inspectorate’s highest possible rating, ‘[Outstanding|R]’.
S| Resettlement work, rated separately, was ‘[Good|R]’.
N| Inspectors visited the service in [June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Witley|S] is a service that keeps looking for ways to serve children better.
S| “Its staff are tenacious, and the partnership board holds every agency to account.”

S| Every inspected case had a plan shaped by the child’s own wishes and by their family’s.
W| The one area for development was the time taken to arrange education for children who had just moved into the area.

R| The report makes two recommendations.
"""),
    # 10. a YJS in 2021 "given the lowest possible rating"; fieldwork "carried out remotely in February 2021"; "available
    #     on the ... website on 8 June 2021 at 00.01"; seven recs
    ("slindon-yjs-2021", facts([
        svc("Slindon Youth Justice Service", "Slindon YJS", "YJS", INAD)], "2021-06-08", "2021-02", 7),
     """N| ‘[Inadequate|R]’ rating for youth justice service in West Sussex

N| Inspectors have given [Slindon Youth Justice Service|S] ‘[Inadequate|R]’, the lowest possible rating.
N| Covid-19 restrictions meant that inspectors worked remotely during the [February 2021|D] fieldwork.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children have been badly let down here.
W| “Too many of them were not seen often enough, and when they were, their safety was not always the first concern.”

W| The management board held regular meetings that led to almost no change.
W| Worryingly, in only nine of 27 cases had enough been done to keep the child safe.
S| Inspectors did find that case workers were dedicated and that children valued their support.

R| The report makes seven recommendations, including that [West Sussex County Council|A] should fill the head of service post permanently.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [8 June 2021|D] at 00.01.
"""),
    # 11. a YJS on a council page in 2025: "Posted on 04/03/2025"; "inspectors assessed the service as ‘...’"; the
    #     council's reply; fieldwork "in October 2024"; five recs
    ("amberley-yjs-2025", facts([
        svc("Amberley Youth Justice Service", "Amberley YJS", "YJS", RI)], "2025-03-04", "2024-10", 5),
     """N| Council responds to youth justice inspection

N| Posted on [04/03/2025|D]

N| [His Majesty’s Inspectorate of Probation|A] visited in [October 2024|D] and has assessed [Amberley Youth Justice Service|S] as ‘[Requires improvement|R]’.

S| The inspectors found that children were seen promptly and that relationships between staff and families were strong.
S| They also said the service was keeping many children out of the courts through well-run diversion work.
W| However, the report found that risk plans were not always revisited, and some children were left on long waiting lists for speech and language therapy.

R| There are five recommendations for the service and its partners.

N| Councillor [Tom Wiseman|X], cabinet member for children at [West Sussex County Council|A], said: “The report is fair, and an action plan covering every recommendation is in place.”
"""),
    # 12. a PDU public-protection inspection in 2025 without a rating: "Skip to content", "Context" / "Findings" bullets;
    #     fieldwork "between 2 and 13 June 2025"; "Published: 23 September 2025"; no recommendation count
    ("tillington-pdu-2025", facts([
        svc("Tillington Probation Delivery Unit", "Tillington PDU", "PDU", None)], "2025-09-23", "2025-06", None),
     """N| Skip to content

N| Public protection inspection: [Tillington Probation Delivery Unit|S]

N| Published: [23 September 2025|D]

N| Between [2 and 13 June 2025|D], [HM Inspectorate of Probation|A] looked at how [Tillington Probation Delivery Unit|S] protects the public.
N| Inspections of this kind carry no rating.

N| Context
N| • It is one of the units in the [Probation Service – Kent, Surrey and Sussex region|S].
N| • The unit supervises around 900 people in the west of the county.

N| Findings
S| • Staff were quick to act when information suggested that a partner or child was at risk.
W| • Domestic abuse checks with [Sussex Police|A] were not made in a third of the cases inspected.
W| • Practitioners lacked professional curiosity when people gave accounts that did not match other information.

N| The full report explains what the unit needs to do next.
"""),
    # 13. a Youth Offending Service in 2019 "assessed by inspectors as ‘...’"; "the inspection, which took place in
    #     March 2019"; YOS / YOT switching; Thursday, 4th July 2019; six recs
    ("yapton-yos-2019", facts([
        svc("Yapton Youth Offending Service", "Yapton YOS", "YJS", RI)], "2019-07-04", "2019-03", 6),
     """N| [Yapton youth offending service|S] told to improve

N| [Thursday, 4th July 2019|D]

N| Inspectors have assessed [Yapton Youth Offending Service|S] (YOS) as ‘[Requires improvement|R]’.
N| The inspection, which took place in [March 2019|D], looked at 30 cases.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “We saw good partnership work with schools, and the service’s staff were positive and committed.
W| “However, out-of-court work was poorly managed, and children’s needs were often missed.”

S| Inspectors were impressed by the [Yapton YOS|S] reparation scheme, which children helped to design.
W| Leaders had not yet made sure that staff knew how to work well with children from Black and minority ethnic communities.

R| Six recommendations are made in the report, one of them for the local [NHS|A] trust and the rest for the YOS.
"""),
    # 14. a PDU in 2022, region in the notes; "A report published today (...) rates X ‘...’"; fieldwork "in May 2022";
    #     "published today (Wednesday 14 September)"; eight recs
    ("wisborough-pdu-2022", facts([
        svc("Wisborough Probation Delivery Unit", "Wisborough PDU", "PDU", INAD)], "2022-09-14", "2022-05", 8),
     """N| Probation unit in West Sussex rated ‘[Inadequate|R]’

N| A report published today ([Wednesday 14 September|D]) rates [Wisborough Probation Delivery Unit|S] ‘[Inadequate|R]’.
N| Inspectors examined the unit’s work in [May 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Staff shortages have put this unit under severe strain, with half of its probation officer posts empty.
W| “Staff were doing their best, but people on probation were not getting the supervision they needed, and the public was not protected as it should be.”

S| Despite the pressures, inspectors praised the unit’s women’s service, which offered flexible appointments and help with housing.
W| Risk assessments were sufficient in only 12 of 34 cases.

R| The report makes eight recommendations, including that the [Probation Service|A] should provide extra staff urgently.

N| ENDS

N| Notes to editors
N| 1. [Wisborough PDU|S] sits within the [Probation Service – Kent, Surrey and Sussex region|S].
"""),
    # 15. a unit inside its region, the region's own earlier rating beside: "in the bottom band of their scale,
    #     ‘Inadequate’"; "When the South West region itself was inspected, in 2022, it received ‘...’"; fieldwork "in September 2023"
    ("piddlehinton-pdu-2024", facts([
        svc("Piddlehinton Probation Delivery Unit", "Piddlehinton PDU", "PDU", INAD)], "2024-02-06", "2023-09", 6),
     """N| [South West probation region|S]: inspectors raise concerns about [Piddlehinton PDU|S]

N| Inspectors have placed [Piddlehinton Probation Delivery Unit|S] in the bottom band of their scale, ‘[Inadequate|R]’; the unit is in the [Probation Service – South West region|S].
N| When the [South West region|S] itself was inspected, in [2022|D], it received ‘[Requires improvement|R]’.
N| Fieldwork was done in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Piddlehinton|S] has had four senior managers in two years, and staff told us they did not know who to turn to.
W| “Plans were copied forward and rarely checked, and risks to children were overlooked.”

S| On a more positive note, the unit’s unpaid work team had kept projects running throughout the year.
W| Links with [Dorset Council|A]’s children’s services were weak.

R| The unit is to act on four of the six recommendations, the region on two.

N| ENDS

N| Notes to editors
N| 1. The report was published on [6 February 2024|D].
"""),
    # 16. a YJS in 2020, previous rating beside: "has moved down to ‘...’, from ‘Good’ in 2017"; fieldwork "between 24
    #     and 28 February 2020"; "Published: 19 May 2020"; five recs
    ("loxwood-yjs-2020", facts([
        svc("Loxwood Youth Justice Service", "Loxwood YJS", "YJS", RI)], "2020-05-19", "2020-02", 5),
     """N| Inspection report published on youth justice in Loxwood

N| Published: [19 May 2020|D]

N| [Loxwood Youth Justice Service|S] has moved down to ‘[Requires improvement|R]’, from ‘[Good|R]’ in [2017|D].
N| Inspectors visited between [24 and 28 February 2020|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Loxwood|S] has lost ground since our last inspection.
W| “Staff turnover has been high, and assessments often fell out of date as children’s lives changed.”

S| Inspectors found that children were given good support with education, training and employment.
W| But work to keep victims informed was variable.

R| The report makes five recommendations.
"""),
    # 17. a YJS in 2023 on a GOV.UK page: "has received an overall rating of ‘Good’"; fieldwork "in April 2023";
    #     three recs
    ("barnham-yjs-2023", facts([
        svc("Barnham Youth Justice Service", "Barnham YJS", "YJS", GOOD)], "2023-08-22", "2023-04", 3),
     """N| Press release

N| Youth justice service in West Sussex rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [22 August 2023|D]

N| [Barnham Youth Justice Service|S] has received an overall rating of ‘[Good|R]’.
N| The inspection took place in [April 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Barnham|S]’s staff are skilled and caring, and children told us that they trusted them.
S| “The service has a strong grip on out-of-court work, and diversion is used well.”

W| Inspectors found, however, that some assessments did not consider the child’s risk to others in enough depth.

R| The report makes three recommendations for the service.
"""),
    # 18. a YJS in 2024, resettlement "rated separately" Inadequate beside the overall ‘Requires improvement’; the
    #     report day in the notes "at 00.01 on 10 September 2024"; fieldwork "in March and April 2024"; six recs
    ("shere-yjs-2024", facts([
        svc("Shere Youth Justice Service", "Shere YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2024-09-10", "2024-03", 6),
     """N| Youth justice service near Guildford ‘[Requires improvement|R]’

N| Inspectors judged [Shere Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
W| Its resettlement work, rated separately, was ‘[Inadequate|R]’.
N| Fieldwork took place in [March and April 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Shere|S]’s staff know their children well and work hard for them.
W| “But children leaving custody did not always have somewhere to live, and planning for their release started too late.”

S| Inspectors praised joint work with [Surrey Police|A] that steered children away from court.
W| Information from [CAMHS|A] was not always shared in time.

R| The report makes six recommendations, including closer oversight of resettlement work by the management board.

N| ENDS

N| Notes to editors
N| 1. Publication on the inspectorate’s website: [10 September 2024|D], 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-third shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
