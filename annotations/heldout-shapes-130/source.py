"""Builds the hundred-and-thirtieth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Oxfordshire PDUs on a GOV.UK page, the region named first; "X was given ‘...’ and Y ‘...’"; fieldwork
    #    "during March 2024"; nine recommendations "five for Kirtlington and four for Bletchingdon"
    ("kirtlington-and-bletchingdon-pdus-2024", facts([
        svc("Kirtlington Probation Delivery Unit", "Kirtlington PDU", "PDU", RI),
        svc("Bletchingdon Probation Delivery Unit", "Bletchingdon PDU", "PDU", INAD)], "2024-05-14", "2024-03", 9),
     """N| Press release

N| Two Oxfordshire probation units inspected

N| Reports on two units of the [South Central probation region|S] are published today.

N| From: [HM Inspectorate of Probation|A]

N| Published [14 May 2024|D]

N| The [Probation Service – South Central region|S] runs both units covered by today’s reports: [Kirtlington Probation Delivery Unit|S] and [Bletchingdon Probation Delivery Unit|S].
N| [Kirtlington|S] was given ‘[Requires improvement|R]’ and [Bletchingdon|S] ‘[Inadequate|R]’.
N| The inspectors carried out their fieldwork in both units during [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Bletchingdon|S] had nearly half of its probation officer posts empty, and people under supervision have suffered as a result.
S| “[Kirtlington|S], by contrast, keeps its staff, and its managers review practice with them each week.”

S| Inspectors commended [Kirtlington PDU|S]’s joint work with [Thames Valley Police|A] on men who abuse their partners.
W| In [Bletchingdon PDU|S], sentence plans had often been written weeks late and were rarely reviewed.
W| Neither unit did enough to find out whether children were living with the people being supervised.

R| There are nine recommendations, five for [Kirtlington|S] and four for [Bletchingdon|S].
"""),
    # 2. two Milton Keynes youth justice services in a local-news story: the report "released on Tuesday (19 September)"
    #    under a byline of Thursday 21 September 2023; "Sherington earned ‘...’ and Hanslope came away with ‘...’",
    #    in the other order from the one first named; fieldwork "in June 2023"; six recommendations
    ("hanslope-and-sherington-yjs-2023", facts([
        svc("Hanslope Youth Justice Service", "Hanslope YJS", "YJS", RI),
        svc("Sherington Youth Justice Service", "Sherington YJS", "YJS", GOOD)], "2023-09-19", "2023-06", 6),
     """N| Mixed verdicts for two youth justice teams near Milton Keynes

N| By [Owen Partridge|X]

N| [Thursday 21 September 2023|D]

N| The two reports, on [Hanslope Youth Justice Service|S] and [Sherington Youth Justice Service|S], came out on Tuesday ([19 September|D]) after inspectors’ visits in [June 2023|D].
N| [Sherington|S] earned ‘[Good|R]’ and [Hanslope|S] came away with ‘[Requires improvement|R]’.

S| [Sherington|S]’s workers, inspectors said, were trusted by the children and by their parents.
S| Children at [Sherington YJS|S] were seen quickly by [CAMHS|A] when they needed mental health help.
W| In [Hanslope YJS|S], though, too many plans to keep children safe had not been updated when things changed.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Hanslope|S]’s board has not yet got to grips with how many of its children are out of school.”

R| The reports make six recommendations, four for [Hanslope|S] and two for [Sherington|S].

N| [Milton Keynes City Council|A] said it would use the reports to help both teams improve.
"""),
    # 3. three Northamptonshire PDUs on a justiceinspectorates news page, the region named in the first sentence;
    #    "X and Y were both placed at ‘...’, while Z fell to ‘...’"; "Published: 11 Feb 2025"; fieldwork "began on
    #    28 October 2024 and ended on 8 November"; twelve recommendations "four for each of the three units"
    ("geddington-ringstead-and-denford-pdus-2025", facts([
        svc("Geddington Probation Delivery Unit", "Geddington PDU", "PDU", RI),
        svc("Ringstead Probation Delivery Unit", "Ringstead PDU", "PDU", RI),
        svc("Denford Probation Delivery Unit", "Denford PDU", "PDU", INAD)], "2025-02-11", "2024-10", 12),
     """N| News

N| Three Northamptonshire probation units inspected

N| Published: [11 Feb 2025|D]

N| [HM Inspectorate of Probation|A] has published reports on [Geddington Probation Delivery Unit|S], [Ringstead Probation Delivery Unit|S] and [Denford Probation Delivery Unit|S], all part of the [Probation Service – East Midlands region|S].
N| [Geddington|S] and [Ringstead|S] were both placed at ‘[Requires improvement|R]’, while [Denford|S] fell to ‘[Inadequate|R]’.
N| The fieldwork began on [28 October 2024|D] and ended on [8 November|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “In all three places we met practitioners who care a great deal about the people on their caseloads.
W| “But in Denford, high caseloads and a reliance on agency staff meant that risk was too often left unmanaged.”

S| [Ringstead|S]’s unpaid work team earned praise for placements that gave people skills they could take into a job.
W| In all three units, requests to [Northamptonshire Police|A] for details of domestic abuse incidents were made inconsistently.

R| Twelve recommendations are made, four for each of the three units.
"""),
    # 4. a unit inside its region, the region in the headline: "Inspectors’ judgement of X is ‘...’"; the region's own
    #    rating beside ("The South Central region was itself rated ‘Requires improvement’ in 2023"); "Mr Jones continued";
    #    fieldwork "in July 2024"; notes "available on our website from 00.01 on Tuesday 29 October 2024"
    ("cumnor-pdu-2024", facts([
        svc("Cumnor Probation Delivery Unit", "Cumnor PDU", "PDU", RI)], "2024-10-29", "2024-07", 6),
     """N| [South Central probation region|S]: [Cumnor unit|S] ‘[Requires improvement|R]’

N| Inspectors’ judgement of [Cumnor Probation Delivery Unit|S] is ‘[Requires improvement|R]’.
N| The [South Central region|S] was itself rated ‘[Requires improvement|R]’ in [2023|D].
N| In [July 2024|D], an inspection team read 44 of the unit’s cases.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cumnor|S] has a leadership team that listens to its staff and knows where the weak spots are.
W| “However, the quality of assessments varied a great deal from one practitioner to the next.”

W| Mr Jones continued: “Just 19 of the 44 cases we read contained a plan that properly addressed the risk to known victims.”

S| Inspectors were impressed by the unit’s work with women, run from a centre shared with local charities.
W| Too few people were referred to accredited programmes, and waiting times were long.

R| Six recommendations are in the report: the unit must take forward five, the [Probation Service|A] nationally one.

N| ENDS

N| Notes to editors
N| 1. The report will be available on our website from 00.01 on [Tuesday 29 October 2024|D].
N| 2. [Cumnor PDU|S] has a caseload of roughly 1,100 people.
"""),
    # 5. a unit inside its region, the region in the first sentence and the notes: "a report published today (Tuesday 6
    #    June)" with no year (fieldwork January 2023); "inspectors found X, in the Probation Service’s East of England region, to be ‘...’"; the headline's lower-case
    #    "Lidlington probation unit"; four recommendations
    ("lidlington-pdu-2023", facts([
        svc("Lidlington Probation Delivery Unit", "Lidlington PDU", "PDU", INAD)], "2023-06-06", "2023-01", 4),
     """N| Serious concerns at [Lidlington probation unit|S] in Bedfordshire

N| In a report published today ([Tuesday 6 June|D]), inspectors found [Lidlington Probation Delivery Unit|S], in the [Probation Service|A]’s [East of England region|S], to be ‘[Inadequate|R]’.
N| The inspection took place in [January 2023|D].

W| Over a third of posts for probation officers stood empty, and the staff who remained were exhausted.
W| Almost no home visits were being made in domestic abuse cases.
S| Despite these pressures, practitioners were committed and spoke warmly about the support they gave each other.
W| Joint work with [Bedfordshire Police|A] on the most dangerous cases was not always effective.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “The people of Lidlington have a right to expect that those on probation are properly supervised, and at present that is not happening.
R| “Regional leaders must get more staff into this unit without delay.”

R| We have made four recommendations.

N| ENDS

N| Notes to editors
N| 1. [Lidlington PDU|S] belongs to the [East of England region of the Probation Service|S].
"""),
    # 6. a Probation Trust in 2011, before ratings: scores in per cent, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:"; "Thursday, 17th November 2011" above "published today";
    #    fieldwork "in August 2011"; seven recommendations
    ("ducklington-probation-trust-2011", facts([
        svc("Ducklington Probation Trust", "Ducklington Probation Trust", "other", None)], "2011-11-17", "2011-08", 7),
     """N| Offender management in Ducklington – inspection findings

N| [Thursday, 17th November 2011|D]

N| Offender management at [Ducklington Probation Trust|S] is examined in a report, published today, from [Her Majesty’s Inspectorate of Probation|A].
N| Inspectors read 72 case files during their fieldwork in [August 2011|D].

S| The Trust achieved 79% for its work to cut reoffending.
W| Its public protection score, 66%, fell below the average across Trusts inspected in this programme.

N| Inspectors were pleased to find that:
S| • after sentence, offenders were generally seen within days;
S| • the Trust worked closely with [Thames Valley Police|A] on prolific and priority offenders.

N| However, inspectors were concerned to find that:
W| • risk of harm assessments were often incomplete;
W| • domestic abuse cases seldom included a visit to the home.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff here understand the people they supervise and want to do a good job.
R| “Managers now need to give public protection as much weight as they give to cutting reoffending.”

R| The report makes seven recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider: "In its report of Tuesday 4 December 2018, the inspectorate rated X (CRC)
    #    ‘...’ overall", unpaid work "assessed on its own and reached ‘...’"; fieldwork "in September 2018"; five recommendations
    ("blunham-and-wrestlingworth-crc-2018", facts([
        svc("Blunham and Wrestlingworth Community Rehabilitation Company", "Blunham and Wrestlingworth CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2018-12-04", "2018-09", 5),
     """N| Inspectors publish report on Bedfordshire probation company

N| In its report of [Tuesday 4 December 2018|D], the inspectorate rated [Blunham and Wrestlingworth Community Rehabilitation Company|S] (CRC) ‘[Requires improvement|R]’ overall.
S| Unpaid work at the CRC was assessed on its own and reached ‘[Good|R]’.
N| The CRC is one of those run by [Sodexo Justice Services|A].
N| Inspectors visited the CRC in [September 2018|D].

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Unpaid work is well organised here, and people on community sentences do useful work for local communities.
W| “Yet far too much supervision happens over the phone, which cannot keep the public safe on its own.”

W| Caseloads for some probation service officers were above 90.
W| Risk information was slow to reach the [National Probation Service|A] from the CRC, and sometimes never arrived.

R| Four of the five recommendations go to the CRC; the last is for [HM Prison and Probation Service|A].
"""),
    # 8. a youth offending team written out in a 2016 joint inspection, before ratings; council page "Posted: 09/08/2016";
    #    fieldwork "in May 2016"; five recommendations
    ("yarnton-yot-2016", facts([
        svc("Yarnton Youth Offending Team", "Yarnton YOT", "YJS", None)], "2016-08-09", "2016-05", 5),
     """N| Youth offending work in Yarnton: joint inspection published

N| Posted: [09/08/2016|D]

N| Findings have been published from a joint inspection of [Yarnton Youth Offending Team|S] (YOT); [HM Inspectorate of Probation|A] led it, with help from [Ofsted|A] and the [Care Quality Commission|A].
N| Inspectors visited in [May 2016|D].

N| Inspectors said they were pleased to find that:
S| • children had a first meeting with their case manager within days of referral;
S| • pre-sentence reports were well written and valued by magistrates.

N| However, they were concerned that:
W| • plans to manage the risk of harm often went unreviewed for months;
W| • too little was done to help children back into education.

R| The inspectors made five recommendations to the YOT and its management board.

N| [Oxfordshire County Council|A] welcomed the report and said work on its findings had already begun.
"""),
    # 9. a youth offending service in 2019: "...’s verdict on X (YOS) is ‘...’", resettlement rated separately; fieldwork
    #    "spent 8 to 12 July 2019 with the service"; notes "published at 00.01 on Tuesday 15 October 2019"; seven recommendations
    ("paulerspury-yos-2019", facts([
        svc("Paulerspury Youth Offending Service", "Paulerspury YOS", "YJS", INAD,
            [{"aspect": "resettlement", "rating": RI}])], "2019-10-15", "2019-07", 7),
     """N| [Paulerspury youth offending service|S] judged ‘[Inadequate|R]’

N| [HM Inspectorate of Probation|A]’s verdict on [Paulerspury Youth Offending Service|S] (YOS) is ‘[Inadequate|R]’.
W| Its resettlement work, which is rated separately, came out one step higher, at ‘[Requires improvement|R]’.
N| The inspection team spent [8 to 12 July 2019|D] with the service.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children in Paulerspury are badly served by a YOS that has lost its way.
W| “Its management board meets often, but nothing much changes as a result.”

W| Only 9 of the 22 assessments of a child’s risk to others were good enough.
S| Inspectors did find that [Paulerspury YOS|S]’s work with victims was thorough and well recorded.
W| Since a restructure, many staff were no longer sure what their job was.

R| There are seven recommendations, one of which is addressed to [Northamptonshire Police|A]; the rest are for the service.

N| ENDS

N| Notes to editors
N| 1. The report is published at 00.01 on [Tuesday 15 October 2019|D].
"""),
    # 10. an ordinary youth justice service rated Good, GOV.UK page; "has given X a ‘...’ rating"; fieldwork "in April 2024";
    #     four recommendations
    ("launton-yjs-2024", facts([
        svc("Launton Youth Justice Service", "Launton YJS", "YJS", GOOD)], "2024-07-02", "2024-04", 4),
     """N| Press release

N| [Launton Youth Justice Service|S] rated ‘[Good|R]’

N| From: [HM Inspectorate of Probation|A]

N| Published [2 July 2024|D]

N| [His Majesty’s Inspectorate of Probation|A] has given [Launton Youth Justice Service|S] a ‘[Good|R]’ rating.
N| The inspection took place in [April 2024|D].

S| Inspectors found a service with strong leadership and a clear focus on the needs of each child.
S| Case managers showed real tenacity, keeping contact with children who had moved to other areas.
W| However, work to understand the needs of victims was not always given enough priority.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Launton|S]’s staff deserve real credit for what we found.
R| “The board should now make sure that victims’ views inform every plan.”

R| The report makes four recommendations.
"""),
    # 11. an Outstanding youth justice service; "was awarded the highest possible rating, ‘...’"; previous rating beside
    #     ("up from ‘Good’ in 2019"); fieldwork "in January 2022"; notes "on 24 March 2022"; three recommendations
    ("kilsby-yjs-2022", facts([
        svc("Kilsby Youth Justice Service", "Kilsby YJS", "YJS", OUT)], "2022-03-24", "2022-01", 3),
     """N| [Kilsby youth justice team|S] earns top rating

N| [Kilsby Youth Justice Service|S] was awarded the highest possible rating, ‘[Outstanding|R]’, up from ‘[Good|R]’ in [2019|D].
N| Inspectors visited the service in [January 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Kilsby|S] stands out: each child’s plan is built with them, and its diversion work keeps many children out of court altogether.
S| “Its partnerships with schools and with [Northamptonshire Children’s Trust|A] are among the best we have seen.”

S| Inspectors were particularly impressed by the speech and language support offered to every child.
W| The only area for development inspectors identified was the recording of risk decisions, where the reasoning was sometimes missing.

R| The report makes three recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [24 March 2022|D] on the inspectorate’s website.
"""),
    # 12. a youth justice service, Requires improvement, resettlement given its own rating (Good); fieldwork "in
    #     September and October 2021" -> 2021-09; "Published: 7 Dec 2021"; six recommendations
    ("garsington-yjs-2021", facts([
        svc("Garsington Youth Justice Service", "Garsington YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": GOOD}])], "2021-12-07", "2021-09", 6),
     """N| News

N| [Garsington youth justice service|S]: improvement needed

N| Published: [7 Dec 2021|D]

N| [HM Inspectorate of Probation|A] has placed [Garsington Youth Justice Service|S] at ‘[Requires improvement|R]’.
S| Resettlement, given its own rating, was ‘[Good|R]’.
N| The fieldwork was carried out remotely in [September and October 2021|D].

S| Staff were committed, and the children inspectors spoke to said they were listened to.
W| Yet safety planning varied in quality, and some plans had simply been carried over unchanged between reviews.
W| Board members lacked reliable data on how the service was doing.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Garsington|S] has built good foundations, but children cannot yet count on the same quality of help every time.”

R| Six recommendations are set out: the service must act on five, and the [Youth Justice Board|A] on one.
"""),
    # 13. a PDU rated Inadequate; "places X at the bottom of the scale, ‘...’"; fieldwork "16 - 20 January 2023"
    #     (a week in January 2023); report "published on Tuesday 18 April 2023"; eight recommendations
    ("horspath-pdu-2023", facts([
        svc("Horspath Probation Delivery Unit", "Horspath PDU", "PDU", INAD)], "2023-04-18", "2023-01", 8),
     """N| [Horspath probation unit|S] given lowest rating

N| A report published on [Tuesday 18 April 2023|D] places [Horspath Probation Delivery Unit|S] at the bottom of the scale, ‘[Inadequate|R]’.
N| Inspectors visited the unit on [16 - 20 January 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Horspath|S] is a unit under severe strain.
W| “Morale was low, and practitioners said there was nobody they could ask for advice.”

W| Just 12 of 36 cases showed enough work to keep potential victims safe.
S| Inspectors did find that court work was timely and reports for sentencing were of good quality.
W| Unfortunately, joint work with [Oxfordshire County Council|A]’s children’s social care was slow.

R| The unit has seven recommendations to act on, and [HM Prison and Probation Service|A] one.
"""),
    # 14. a 2025 public-protection PDU inspection, no rating; "Skip to content"; Context / Findings bullets; fieldwork
    #     "in March 2025"; "Published 24 June 2025"; five recommendations
    ("emberton-pdu-2025", facts([
        svc("Emberton Probation Delivery Unit", "Emberton PDU", "PDU", None)], "2025-06-24", "2025-03", 5),
     """N| Skip to content

N| Public protection inspection: [Emberton Probation Delivery Unit|S]

N| Published [24 June 2025|D]

N| Public protection work at [Emberton Probation Delivery Unit|S] is the subject of [HM Inspectorate of Probation|A]’s latest report.
N| Under this inspection programme, no rating is awarded.

N| Context
N| • [Emberton PDU|S] covers part of Milton Keynes and reports to the [Probation Service – South Central region|S].
N| • Inspectors visited in [March 2025|D] and looked at 30 cases.

N| Findings
S| • Staff were skilled at building relationships with the people they supervised.
W| • Checks with the police and children’s services were not made in a third of cases.
W| • When something important changed in a person’s life, their risk plan was seldom looked at again.

R| The report makes five recommendations.
"""),
    # 15. a youth justice service, Requires improvement, council page "Posted on 08/11/2023"; "inspected X in July 2023, and
    #     its verdict is ‘...’"; fieldwork "in July 2023"; five recommendations
    ("renhold-yjs-2023", facts([
        svc("Renhold Youth Justice Service", "Renhold YJS", "YJS", RI)], "2023-11-08", "2023-07", 5),
     """N| Council responds to youth justice inspection

N| Posted on [08/11/2023|D]

N| [HM Inspectorate of Probation|A] inspected [Renhold Youth Justice Service|S] in [July 2023|D], and its verdict is ‘[Requires improvement|R]’.
S| Inspectors praised the team’s diversion work, which keeps many children out of the courts.
W| They were concerned that planning for children’s safety was not always thorough enough.
W| Access to health support for children in the service was inconsistent.

R| Among the report’s five recommendations is that the board keeps a closer eye on risk.

N| Councillor [Helen Bright|X], [Bedford Borough Council|A]’s portfolio holder for children, said: “We accept the findings and have an action plan in place.”
"""),
    # 16. a youth offending team in 2019, Inadequate, "The YOT was found to be ‘...’"; fieldwork "in February and March
    #     2019" -> 2019-02; "published today (Wednesday 22 May 2019)"; nine recommendations
    ("croughton-yot-2019", facts([
        svc("Croughton Youth Offending Team", "Croughton YOT", "YJS", INAD)], "2019-05-22", "2019-02", 9),
     """N| [Croughton youth offending team|S] rated ‘[Inadequate|R]’

N| In a report published today ([Wednesday 22 May 2019|D]), [Croughton Youth Offending Team|S] (YOT) was found to be ‘[Inadequate|R]’.
N| Inspectors were in the service in [February and March 2019|D].

W| Inspectors found that leaders had not responded to earlier warnings about staff shortages.
W| Children who posed a risk to others were not always seen often enough.
S| On the other hand, the [Croughton YOT|S] had good links with local schools.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children here deserve far better than this.
R| “I urge council leaders and partners to treat our recommendations as a priority.”

R| The report makes nine recommendations.
"""),
    # 17. a youth justice service, Good, the previous Inadequate beside ("has climbed to ‘...’, three years after inspectors gave it ‘Inadequate’");
    #     "Fieldwork for this inspection took place in September 2024"; notes "on 10 December 2024"; six recommendations
    ("nettlebed-yjs-2024", facts([
        svc("Nettlebed Youth Justice Service", "Nettlebed YJS", "YJS", GOOD)], "2024-12-10", "2024-09", 6),
     """N| [Nettlebed youth justice service|S] turns things around

N| [Nettlebed Youth Justice Service|S] has climbed to ‘[Good|R]’, three years after inspectors gave it ‘[Inadequate|R]’ in [2021|D].
N| Fieldwork for this inspection took place in [September 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This turnaround is remarkable, and the staff at [Nettlebed|S] should be proud.
S| “Leaders have rebuilt the team and children now get a consistent service.”

S| Each child inspectors asked could name a worker who knew them well.
W| However, work on out-of-court disposals needed further development.

R| The report makes six recommendations.

N| ENDS

N| Notes to editors
N| 1. The report was published on [10 December 2024|D].
"""),
    # 18. a PDU in Milton Keynes, Requires improvement, the region named after: "Inspectors have placed X at
    #     ‘...’"; "Published: 30 Jan 2024"; fieldwork "in October 2023"; no count of recommendations (null)
    ("woughton-pdu-2024", facts([
        svc("Woughton Probation Delivery Unit", "Woughton PDU", "PDU", RI)], "2024-01-30", "2023-10", None),
     """N| News

N| [Woughton probation unit|S] needs to improve

N| Published: [30 Jan 2024|D]

N| Inspectors have placed [Woughton Probation Delivery Unit|S] at ‘[Requires improvement|R]’.
N| The unit, in Milton Keynes, belongs to the [South Central region of the Probation Service|S].
N| Inspectors visited the unit in [October 2023|D].

S| Inspectors found a new leadership team with a realistic plan for improvement.
W| Whilst staff were dedicated, many were newly qualified and carrying high caseloads.
W| Assessments of risk often went unrevised after a change of address or relationship.

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am confident the new leaders can take this unit forward.”

N| The report is on the inspectorate’s website.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the hundred-and-thirtieth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
