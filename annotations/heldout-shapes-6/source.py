"""Builds the sixth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two PDUs of one county, a bare place in the headline for each, "came out at the bottom of the four-point
    #    scale", "landed one grade above it at"; the region as context with its own earlier grade
    ("bodmin-and-launceston-pdus-2025", facts([
        svc("Bodmin Probation Delivery Unit", "Bodmin PDU", "PDU", INAD),
        svc("Launceston Probation Delivery Unit", "Launceston PDU", "PDU", RI)], "2025-09-16", "2025-05", 9),
     """N| Cornwall probation: [Bodmin|S] ‘[Inadequate|R]’, [Launceston|S] ‘[Requires improvement|R]’

N| Today [HMI Probation|A] set out its findings on two neighbouring units in east Cornwall, [Bodmin Probation Delivery Unit|S] and [Launceston Probation Delivery Unit|S].
N| [Bodmin|S] came out at the bottom of the four-point scale, ‘[Inadequate|R]’, while [Launceston|S] landed one grade above it at ‘[Requires improvement|R]’.
N| Both sit within the [South West probation region|S], which was itself graded ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors carried out their visits across three weeks of [May 2025|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Bodmin I am sorry to say that basic safeguarding checks had slipped to the point where we could not be confident people were safe.
S| “[Launceston|S] is a smaller office with a settled team, and the difference showed in the care staff took over their cases.”

S| [Launceston|S]’s practitioners earned particular praise for the way they involved families in planning.
W| Disappointingly, in [Bodmin PDU|S] fewer than four in ten cases had a plan that addressed domestic abuse.

R| The inspectorate has made nine recommendations across the two units, five of which fall to the regional leadership.

N| ENDS
N| Notes to editors
N| 1. You can read both reports on our website from [16 September 2025|D].
"""),
    # 2. two youth services, the second named given the higher grade first ("has awarded X its top grade, ... and Y
    #    a 'Good'"); an aspect of the first "which inspectors score on its own"; the second's earlier grade
    ("clitheroe-and-ormskirk-yjs-2024", facts([
        svc("Clitheroe Youth Justice Service", "Clitheroe YJS", "YJS", GOOD, [{"aspect": "resettlement work", "rating": RI}]),
        svc("Ormskirk Youth Justice Service", "Ormskirk YJS", "YJS", OUT)], "2024-11-27", "2024-07", 6),
     """N| Two Lancashire youth justice services receive their inspection verdicts

N| [Clitheroe Youth Justice Service|S] and [Ormskirk Youth Justice Service|S] were visited by [HM Inspectorate of Probation|A] one after the other in [July 2024|D].
N| The inspectorate has awarded [Ormskirk|S] its top grade, ‘[Outstanding|R]’, and [Clitheroe|S] a ‘[Good|R]’.
N| Resettlement work in [Clitheroe YJS|S], which inspectors score on its own, came in at ‘[Requires improvement|R]’.
N| When last inspected in [2021|D], [Ormskirk YJS|S] had been graded ‘[Good|R]’.

S| [Ormskirk|S]’s case managers were described as creative, persistent and trusted by the children they worked with.
S| In Clitheroe, the partnership board was well attended and asked hard questions of the service.
W| However, children leaving custody in Clitheroe too often had nowhere settled to live on release.

N| Chief Inspector of Probation [Martin Jones|X] said: “Lancashire can be proud of both services.
R| “[Clitheroe|S] now needs to make sure no child walks out of custody without a home to go to.”

R| Six recommendations have been made between the two services, four of them aimed at [Clitheroe|S].

N| ENDS
N| Notes to editors
N| 1. The two reports were released on [Wednesday 27 November 2024|D].
"""),
    # 3. a unit inside its region, the region named first with its own earlier grade; "assessed as" for both;
    #    fieldwork "completed over the course of"; "goes online at 00.01 on"
    ("penrith-pdu-2024", facts([
        svc("Penrith Probation Delivery Unit", "Penrith PDU", "PDU", RI)], "2024-04-30", "2024-01", 5),
     """N| North West probation region: inspectors return verdict on [Penrith PDU|S]

N| [HM Inspectorate of Probation|A] inspectors have examined the work of the [Probation Service|A] in Cumbria, part of its [North West region|S], looking closely at [Penrith Probation Delivery Unit|S].
N| At its own inspection in [2022|D], the wider region was assessed as ‘[Inadequate|R]’.
N| This time the PDU has been assessed as ‘[Requires improvement|R]’.
N| The fieldwork was completed over the course of [January 2024|D], with some interviews held by video.

S| Staff in Penrith were commended for knowing the local services of a large and thinly populated patch.
W| Worryingly, the risk a person posed to children had been properly weighed in only 41 per cent of cases.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “The leaders in [Penrith PDU|S] have steadied the ship since the region’s last inspection.
W| “Yet there is a lack of professional curiosity in too many cases, and that has to change.”

R| Five recommendations are listed in the report, chiefly about checks with the police and children’s services.

N| ENDS
N| Notes to editors
N| 1. The report goes online at 00.01 on [Tuesday 30 April 2024|D].
"""),
    # 4. "Youth Offending Team" written out in 2022; "given ... an overall mark of"; a previous grade in the same
    #    sentence; court work and out-of-court work "each rated separately: the first reached ..., the second ..."
    ("congleton-yot-2022", facts([
        svc("Congleton Youth Offending Team", "Congleton YOT", "YJS", GOOD,
            [{"aspect": "court work", "rating": OUT}, {"aspect": "out-of-court work", "rating": RI}])],
        "2022-10-18", "2022-06", 4),
     """N| Inspectors hand [Congleton Youth Offending Team|S] a ‘[Good|R]’ verdict

N| [Her Majesty’s Inspectorate of Probation|A] has given [Congleton Youth Offending Team|S] ([YOT|S]) an overall mark of ‘[Good|R]’, a step up from the ‘[Requires improvement|R]’ awarded at its previous inspection in [2019|D].
N| The team’s court work and its out-of-court work are each rated separately: the first reached ‘[Outstanding|R]’, the second ‘[Requires improvement|R]’.
N| The inspection took place in [June 2022|D].

S| What struck inspectors was how well the [YOT|S] knew each child, with case notes that read like the child’s own story.
W| Out-of-court work was less sure-footed, and decisions about which children should be diverted were sometimes made without a full assessment.

N| HM Chief Inspector of Probation [Justin Russell|X] said: “[Congleton|S] has done well to move up a grade.
R| “The team should now bring its out-of-court work up to the standard of its court work.”

R| Inspectors make four recommendations for the [YOT|S] and its management board.

N| ENDS
N| Published [18 October 2022|D]
"""),
    # 5. a Welsh council page: a dd/mm/yyyy page date, third person, the councillor's reply repeating the count
    ("tenby-yjs-2024", facts([
        svc("Tenby Youth Justice Service", "Tenby YJS", "YJS", RI)], "2024-06-12", "2024-02", 7),
     """N| Inspection report published for [Tenby Youth Justice Service|S]

N| [12/06/2024|D]

N| The watchdog [HM Inspectorate of Probation|A] has rated [Tenby Youth Justice Service|S] as ‘[Requires improvement|R]’ following a visit in [February 2024|D].
N| The inspection was carried out jointly with [Estyn|A], [Care Inspectorate Wales|A] and the health inspectorate, [Healthcare Inspectorate Wales|A].

S| The inspectors found that staff at the [YJS|S] were dedicated and that children spoke warmly of their case workers.
W| They also found gaps in how the service shared information with [Dyfed-Powys Police|A] about children at risk of exploitation.
R| The report sets out seven recommendations for the service and its partners.

N| Cabinet Member for Education and Young People, Councillor [Sian Howells|X], said: “We thank the inspectors and our staff for their hard work.
N| “We accept the seven recommendations in full, and work on a plan to meet them has begun.”
"""),
    # 6. a local-news story: byline weekday date, a year-less publication date, "gave ... a grade of", three
    #    recipients of recommendations with no count
    ("bridport-pdu-2022", facts([
        svc("Bridport Probation Delivery Unit", "Bridport PDU", "PDU", RI)], "2022-08-23", "2022-04", None),
     """N| Probation office in Bridport told it must improve

N| By [Rachel Timms|X], local democracy reporter

N| [Thursday 25 August 2022|D]

N| Probation staff in west Dorset are doing their best under heavy caseloads, but the service they run still falls short, according to a report published on [23 August|D].
N| [HM Inspectorate of Probation|A] gave [Bridport Probation Delivery Unit|S] a grade of ‘[Requires improvement|R]’ after inspectors visited in [April 2022|D].

S| The inspectors said practitioners were tenacious and had built good links with a local housing charity.
W| But they found that in only 45 per cent of cases had enough been done to protect victims of domestic abuse.
R| The report calls on the unit to review how it shares out cases, on [Dorset Police|A] to pass on domestic abuse call-outs more quickly, and on [HMPPS|A] to fill vacant probation officer posts.

N| Responding, the [Probation Service|A] told this newspaper the unit had “already made changes”.
"""),
    # 7. a youth offending service in 2021, fieldwork "met ... by video link during"
    ("frome-yos-2021", facts([
        svc("Frome Youth Offending Service", "Frome YOS", "YJS", GOOD)], "2021-07-13", "2021-03", 3),
     """N| ‘[Good|R]’ rating for [Frome Youth Offending Service|S]

N| [Frome Youth Offending Service|S] ([YOS|S]) in Somerset has been rated ‘[Good|R]’ by [HM Inspectorate of Probation|A].
N| With pandemic restrictions still in place, inspectors met staff, children and partners by video link during [March 2021|D].

S| Inspectors commended the service for a creditable focus on children’s education, with a specialist teacher based in the team.
S| Work with [Avon and Somerset Constabulary|A] to divert children from the courts was well established.
W| However, the quality of work to protect the public varied from case to case, and some plans left it unclear who should do what.

N| Chief Inspector of Probation [Justin Russell|X] said: “This small service achieves more than its size would suggest.
S| “It has laid the groundwork to go further still.”

R| The report contains three recommendations, all for the [YOS|S] and its partnership board.

N| ENDS
N| Notes to editors
N| 1. The report is embargoed until 00.01 on [Tuesday 13 July 2021|D].
"""),
    # 8. the highest possible rating, "has achieved ... the top mark"; fieldwork a dash range "10–14 February 2025"
    ("wantage-yjs-2025", facts([
        svc("Wantage Youth Justice Service", "Wantage YJS", "YJS", OUT)], "2025-06-03", "2025-02", 2),
     """N| [Wantage Youth Justice Service|S] earns the highest possible rating

N| [Wantage Youth Justice Service|S] in Oxfordshire has achieved ‘[Outstanding|R]’, the top mark on the scale used by [HM Inspectorate of Probation|A].
N| Over five days, [10–14 February 2025|D], inspectors read cases and met children, parents and partners.

S| Every child’s plan that inspectors read had been written with the child, and all but two set out how the child would be kept safe.
S| The partnership with [Thames Valley Police|A] and the local [CAMHS|A] team was described as a model of its kind.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “What we saw in Wantage encouraged me greatly.
S| “Children are never an afterthought here; they are at the centre of every decision.”

R| The report carries only two recommendations, each about keeping this standard as the service grows.

N| ENDS
N| Notes to editors
N| 1. The report is available from [3 June 2025|D].
"""),
    # 9. a 2025 public-protection inspection, no rating, "Context" and "Findings" bullets, the region as context
    ("sleaford-pdu-2025", facts([
        svc("Sleaford Probation Delivery Unit", "Sleaford PDU", "PDU", None)], "2025-11-25", "2025-07", 4),
     """N| Public protection inspection: [Sleaford Probation Delivery Unit|S]

N| Findings from a public protection inspection of [Sleaford Probation Delivery Unit|S], which belongs to the [East Midlands probation region|S], are now out from [HM Inspectorate of Probation|A].
N| This inspection does not give a rating.

N| Context
N| • Inspectors examined 60 cases and interviewed practitioners and managers during [July 2025|D].
N| • The PDU supervises around 900 people, most of them on community orders.

N| Findings
S| • Practitioners were confident in using [MAPPA|A] and worked well with [Lincolnshire Police|A].
W| • Home visits to assess risk to children did not always happen when they should have.
W| • Information from children’s social care was missing in a third of the relevant cases.

R| Four recommendations are made, addressed to the head of service and to regional leaders.

N| ENDS
N| Published: [25 November 2025|D]
"""),
    # 10. an embargo line with a weekday and time first; an interim chief inspector; "I call on" a council
    ("chard-yot-2019", facts([
        svc("Chard Youth Offending Team", "Chard YOT", "YJS", RI)], "2019-05-14", "2019-01", 6),
     """N| Embargoed until 00:01 [Tuesday 14 May 2019|D]

N| Chard youth offending work ‘[Requires improvement|R]’, say inspectors

N| [Chard Youth Offending Team|S] received a ‘[Requires improvement|R]’ rating after [HM Inspectorate of Probation|A] looked at its work in [January 2019|D].
W| Inspectors found the team’s management board met regularly but little changed as a result.
S| Despite high caseloads, case managers built strong relationships with the children they supervised.

S| [Helen Davies|X], Interim Chief Inspector of Probation, said: “I have no doubt the staff care about the children they work with.
W| “But the board needs to take a firmer grip, and children’s health needs must be met more quickly.
R| “I call on [Somerset County Council|A] and its partners to act on our findings without delay.”

R| We have made six recommendations, including two for the local [NHS|A] trust.

N| ENDS
"""),
    # 11. a first inspection under the current framework; fieldwork "visited between 4 and 8 April 2022"
    ("todmorden-yjs-2022", facts([
        svc("Todmorden Youth Justice Service", "Todmorden YJS", "YJS", GOOD)], "2022-08-02", "2022-04", 5),
     """N| Calderdale: [Todmorden Youth Justice Service|S] rated ‘[Good|R]’

N| [Todmorden Youth Justice Service|S] has come out as ‘[Good|R]’ in its first inspection under the current framework.
N| The inspection team from [HM Inspectorate of Probation|A] was in Calderdale between [4 and 8 April 2022|D].

S| Positively, leaders had a clear understanding of the children in the area and of the risks they faced.
S| Staff were dedicated and spoke highly of the training they had received.
W| However, work to support victims of crime was inconsistent, and victims were not always told what had happened.

N| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Todmorden|S] can rightly be proud of this result.
R| “I would like to see the service give victims the same attention it already gives to children.”

R| Inspectors have set five recommendations.

N| ENDS
N| Notes to editor
N| 1. The report can be found on the inspectorate’s website from 00.01 on [2 August 2022|D].
"""),
    # 12. a CRC before ratings (2017) with the NPS division as context; "pleased to find" / "concerned to find"
    ("honiton-and-axminster-crc-2017", facts([
        svc("Honiton and Axminster Community Rehabilitation Company", "Honiton and Axminster CRC", "CRC", None)],
        "2017-03-21", "2016-11", 8),
     """N| Probation in east Devon: work to reduce reoffending falls short

N| Probation services in east Devon are not yet doing enough to cut reoffending, a report from [HM Inspectorate of Probation|A] concludes.
N| Carried out in [November 2016|D], the inspection covered [Honiton and Axminster Community Rehabilitation Company|S] (CRC) as well as the local division of the [National Probation Service|A] ([NPS|A]).

S| Inspectors were encouraged to find that:
S| • the [NPS|A] produced good-quality reports for the courts;
S| • CRC staff were committed and keen to learn.

W| But inspectors were troubled that:
W| • the CRC’s new operating model had left some people on probation without a named officer for weeks;
W| • enforcement of unpaid work was inconsistent.

N| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC is going through a difficult period of change.”

R| Of the eight recommendations, six are directed at the CRC; the [NPS|A] receives two.

N| ENDS
N| Notes to editors
N| 1. Date of publication: [21 March 2017|D].
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the sixth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
