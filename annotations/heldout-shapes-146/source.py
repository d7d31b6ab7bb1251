"""Builds the 146th shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two Buckinghamshire PDUs on a GOV.UK page, the region named first: "X has been placed at ‘...’ and Y was
    #    judged ‘...’"; "between 3 and 14 June 2024"; nine recommendations split between the units and the region
    ("hazlemere-and-bourne-end-pdus-2024", facts([
        svc("Hazlemere Probation Delivery Unit", "Hazlemere PDU", "PDU", RI),
        svc("Bourne End Probation Delivery Unit", "Bourne End PDU", "PDU", INAD)], "2024-10-01", "2024-06", 9),
     """N| Press release

N| Two Buckinghamshire probation units inspected

N| Inspection reports on two probation delivery units in south Buckinghamshire.

N| From: [HM Inspectorate of Probation|A]

N| Published [1 October 2024|D]

N| [HM Inspectorate of Probation|A]’s reports on [Hazlemere Probation Delivery Unit|S] and [Bourne End Probation Delivery Unit|S], both of which sit within the [Probation Service – South Central region|S], are out today.
N| [Hazlemere|S] has been placed at ‘[Requires improvement|R]’, while [Bourne End|S] was judged ‘[Inadequate|R]’.
N| Fieldwork in the two units ran between [3 and 14 June 2024|D].

N| [Martin Jones|X], HM Chief Inspector of Probation, said: “Although they share a head office and a regional leadership, these units are in very different places.
W| “In Bourne End, practitioners were holding far more cases than they could manage, and home visits in domestic abuse cases had all but ceased.
S| “[Hazlemere|S] has a stable team and managers who check the quality of work every month.”

S| Inspectors praised the [Hazlemere PDU|S] approved premises team for the care taken over people released from custody.
W| However, in both units, the safety of children was properly considered in under half the cases inspectors read.
W| Staff at [Bourne End|S] told inspectors they had no time for training and felt unsupported.

R| Nine recommendations are made: three for each unit and three for the [South Central region|S].

N| [Thames Valley Police|A] and [Buckinghamshire Council|A] were among the partners interviewed.
"""),
    # 2. two youth justice services in a local-news story, the report day in brackets under a later byline; ratings
    #    given in the other order from the one the services were named in; eight recommendations
    ("cuffley-and-goffs-oak-yjs-2024", facts([
        svc("Cuffley Youth Justice Service", "Cuffley YJS", "YJS", GOOD),
        svc("Goffs Oak Youth Justice Service", "Goffs Oak YJS", "YJS", RI)], "2024-05-14", "2024-01", 8),
     """N| Watchdog gives mixed verdict on two youth justice teams

N| By [Daniel Okafor|X]

N| [Friday 17 May 2024|D]

N| Inspectors looked at [Cuffley Youth Justice Service|S] and [Goffs Oak Youth Justice Service|S] in [January 2024|D], and their reports came out on Tuesday ([14 May|D]).
N| [Goffs Oak|S] was told it ‘[Requires improvement|R]’, but [Cuffley|S] came away with a ‘[Good|R]’.

S| The watchdog found that [Cuffley|S]’s case managers had earned the trust of children and of their parents and carers.
S| Children in Cuffley were quickly linked to mental health workers from [CAMHS|A], the report said.
W| [Goffs Oak|S]’s plans to protect victims, by contrast, were often missing or out of date.
W| The inspectors also found that the [Goffs Oak YJS|S] management board had not noticed falling attendance at school.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Cuffley|S] is doing a lot right, and its staff have every reason to feel proud.
R| “[Goffs Oak|S]’s board now needs to take a much closer interest in what happens to each child.”

R| The reports contain eight recommendations between them, five for [Goffs Oak|S] and three for [Cuffley|S].

N| [Hertfordshire County Council|A] said it would publish an action plan in the summer.
"""),
    # 3. two Hertfordshire PDUs on a justiceinspectorates news item, the region in the first sentence; "both units were
    #    assessed as ‘...’"; "Published: 05 Mar 2025"; fieldwork across two months; eleven recommendations
    ("brookmans-park-and-essendon-pdus-2025", facts([
        svc("Brookmans Park Probation Delivery Unit", "Brookmans Park PDU", "PDU", RI),
        svc("Essendon Probation Delivery Unit", "Essendon PDU", "PDU", RI)], "2025-03-05", "2024-10", 11),
     """N| News

N| Two Hertfordshire probation units must improve, say inspectors

N| Published: [05 Mar 2025|D]

N| [HM Inspectorate of Probation|A] has reported on [Brookmans Park Probation Delivery Unit|S] and [Essendon Probation Delivery Unit|S], both part of the [East of England probation region|S].
N| Both units were assessed as ‘[Requires improvement|R]’, the second lowest of the four ratings.
N| The fieldwork ran from [28 October to 8 November 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The practitioners we met in both units are committed and clearly care about the people they supervise.
W| “But too much of their time goes on paperwork, and the risk that people pose to a partner or ex-partner was not reviewed often enough.”

S| [Essendon|S]’s work with [Hertfordshire Constabulary|A] on integrated offender management was a particular strength.
W| In [Brookmans Park PDU|S], one probation officer post in three stood empty when inspectors arrived.
W| Access to drug and alcohol treatment was inconsistent in both areas.

R| The reports make eleven recommendations, six for [Brookmans Park|S] and five for [Essendon|S].
"""),
    # 4. a unit inside its region, the region in the headline and as context with its own earlier rating; "judged to
    #    be ‘Inadequate’"; "Fieldwork for this inspection took place in September 2023"; the notes give the day
    ("kimble-pdu-2024", facts([
        svc("Kimble Probation Delivery Unit", "Kimble PDU", "PDU", INAD)], "2024-01-09", "2023-09", 7),
     """N| [South Central probation region|S]: [Kimble PDU|S] ‘[Inadequate|R]’

N| [Kimble Probation Delivery Unit|S] in the [Probation Service – South Central region|S] has been judged to be ‘[Inadequate|R]’ by [HM Inspectorate of Probation|A].
N| When the [South Central region|S] as a whole was inspected in [2023|D], it was rated ‘[Requires improvement|R]’.
N| Fieldwork for this inspection took place in [September 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Too often, people on probation in Kimble went weeks at a time without a named officer.
W| “The unit had lost many of its experienced staff, and those who remained were stretched to breaking point.”

W| Mr Jones continued: “We found risk assessments that had been copied forward from one review to the next with nothing new added.”

S| Despite these pressures, the unit’s unpaid work placements were well run and valued by local charities, inspectors found.
W| Information from [Thames Valley Police|A] about domestic abuse call-outs was requested in only 12 of the 34 relevant cases.

R| The report makes seven recommendations, five for the unit and two for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [9 January 2024|D] at 00.01.
N| 2. The [Probation Service|A] is organised into around 100 probation delivery units across England and Wales.
"""),
    # 5. a unit inside its region, "found to be ‘...’" in "a report published today (Thursday, 20 June)" (no year:
    #    2024, the fieldwork's); the previous rating beside ("previously rated ‘Inadequate’ in a report published in
    #    March 2022"); five recommendations
    ("croxley-green-pdu-2024", facts([
        svc("Croxley Green Probation Delivery Unit", "Croxley Green PDU", "PDU", RI)], "2024-06-20", "2024-02", 5),
     """N| [Croxley Green probation unit|S] shows signs of recovery

N| In a report published today ([Thursday, 20 June|D]), [Croxley Green Probation Delivery Unit|S], part of the [East of England probation region|S], has been found to be ‘[Requires improvement|R]’.
N| The unit was previously rated ‘[Inadequate|R]’ in a report published in [March 2022|D].
N| Inspectors returned to the unit in [February 2024|D].

S| They found a new senior manager who had rebuilt trust with staff and set a clear direction.
S| Positively, nearly all staff said they now received regular supervision and felt able to raise concerns.
W| Yet in over half of the cases inspected, the steps taken to protect children still fell short.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Croxley Green|S] has come a long way in two years, and the team deserves credit for that.
R| “The next task is to make sure every case with children in the household is checked with children’s social care at the start.”

R| The report sets out five recommendations: four are for the unit, one for [HM Prison and Probation Service|A].

N| ENDS

N| Notes to editors
N| 1. [Croxley Green PDU|S] supervises around 700 people on probation in south-west Hertfordshire.
"""),
    # 6. a Probation Trust in 2011, before ratings: a score "out of" a total, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" bullet lists; "Tuesday, 15th March 2011" above "published
    #    today"; fieldwork "in November 2010"; eight recommendations
    ("bayford-and-brickendon-probation-trust-2011", facts([
        svc("Bayford and Brickendon Probation Trust", "Bayford and Brickendon Probation Trust", "other", None)],
        "2011-03-15", "2010-11", 8),
     """N| Probation work in Bayford and Brickendon – report published

N| [Tuesday, 15th March 2011|D]

N| [Bayford and Brickendon Probation Trust|S] is the subject of an inspection report by [HM Inspectorate of Probation|A], published today.
N| The inspection team read 72 case files during a visit in [November 2010|D].

S| Work to reduce the likelihood of reoffending scored 71%, one of the higher scores seen in this round of inspections.
W| Work to protect the public from harm scored 58%, which is below the average.

N| Inspectors were pleased to find that:
S| • most offenders were seen promptly after sentence;
S| • staff were enthusiastic about their work and knew their cases well.

N| However, inspectors were concerned to find that:
W| • plans to manage risk of harm were often late or too brief;
W| • home visits were uncommon, including where domestic abuse was a feature.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Much is going well in this Trust.
R| “Managers must now turn their attention to the quality of risk of harm work.”

R| The report makes eight recommendations for improvement.
"""),
    # 7. a CRC owned by a named provider, 2019: "has been assessed as ‘...’ overall"; unpaid work "rated separately"
    #    as ‘Good’; "Published: 19 Feb 2019"; "10 - 14 September 2018"; six recommendations
    ("hughenden-crc-2019", facts([
        svc("Hughenden Community Rehabilitation Company", "Hughenden CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-02-19", "2018-09", 6),
     """N| News

N| [Hughenden probation company|S] must improve

N| Published: [19 Feb 2019|D]

N| [Sodexo Justice Services|A] runs [Hughenden Community Rehabilitation Company|S] (CRC), which inspectors have assessed as ‘[Requires improvement|R]’ overall.
S| Unpaid work, rated separately, was found to be ‘[Good|R]’.
N| The inspection took place [10 - 14 September 2018|D].

W| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “Face-to-face meetings had given way to telephone calls for many people under supervision, and some had not been seen in person for months.
S| “Unpaid work, by contrast, is run efficiently, and people finish their hours on projects that benefit local villages.”

W| Inspectors were disappointed to find that information about risk was not always passed to the [National Probation Service|A] when cases needed to be transferred.
S| The CRC’s through-the-gate team at [HMP Spring Hill|S] was commended for finding accommodation for most of the men it worked with.

R| The report makes six recommendations: [Hughenden CRC|S] and its owner must act on four, and the other two are addressed to [HM Prison and Probation Service|A].
"""),
    # 8. a youth offending team written out in 2016, before ratings: a joint inspection led by HMI Probation with
    #    Ofsted, HMIC and the CQC, bullet lists; council page "Posted: 23/08/2016"; "The inspection, which took place in
    #    May 2016"; seven recommendations
    ("stanstead-abbotts-yot-2016", facts([
        svc("Stanstead Abbotts Youth Offending Team", "Stanstead Abbotts YOT", "YJS", None)], "2016-08-23", "2016-05", 7),
     """N| Inspection of youth offending work in Stanstead Abbotts

N| Posted: [23/08/2016|D]

N| [HM Inspectorate of Probation|A] led the joint inspection of [Stanstead Abbotts Youth Offending Team|S] (YOT), whose report has now been published; [HM Inspectorate of Constabulary|A], [Ofsted|A] and the [Care Quality Commission|A] were partners in it.
N| The inspection, which took place in [May 2016|D], looked at 30 cases of children who had offended.

N| Inspectors were pleased to find that:
S| • the [Stanstead Abbotts YOT|S] management team had a clear vision for the service;
S| • children were helped to get back into education and training.

N| However, inspectors were concerned to find that:
W| • work to reduce the risk of harm to others was not good enough;
W| • case managers did not always consider the needs of victims.

S| [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Committed staff and a strong partnership with local schools are real assets for this YOT.
R| “It now needs to give more attention to protecting the public and victims.”

R| The report makes seven recommendations to improve the work of the YOT.

N| Councillor [Helen Barnes|X] said: “We will be working with the YOT to put these recommendations into practice.”
"""),
    # 9. a Youth Offending Service in 2019, "the highest possible rating"; fieldwork "in July and August 2019";
    #    notes give the day; four recommendations
    ("hunsdon-yos-2019", facts([
        svc("Hunsdon Youth Offending Service", "Hunsdon YOS", "YJS", OUT)], "2019-11-12", "2019-07", 4),
     """N| ‘[Outstanding|R]’ rating for [Hunsdon Youth Offending Service|S]

N| [HM Inspectorate of Probation|A] has given [Hunsdon Youth Offending Service|S] (YOS) the highest possible rating, ‘[Outstanding|R]’.
N| The inspection took place in [July and August 2019|D].

S| Inspectors were impressed with the quality of leadership, and the board understood the needs of the children well.
S| Case managers were tenacious in keeping in touch with children, even when they moved out of the area.
S| The YOS had built excellent links with [Hertfordshire Constabulary|A] and the local [NHS|A] trust.
W| However, inspectors found that some out-of-court disposals were not reviewed when circumstances changed.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hunsdon|S] is a shining example of what a youth offending service can achieve.
S| “Staff and partners can be rightly proud of this result.”

R| Four recommendations have been made to help the service build on this.

N| ENDS

N| Notes to editors
N| 1. The report goes online at 00.01 on [12 November 2019|D].
"""),
    # 10. a youth justice service, resettlement rated on its own; date line "Thursday 13 October 2022" and "published
    #     today"; fieldwork "in June 2022"; six recommendations
    ("great-kingshill-yjs-2022", facts([
        svc("Great Kingshill Youth Justice Service", "Great Kingshill YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": INAD}])], "2022-10-13", "2022-06", 6),
     """N| [Thursday 13 October 2022|D]

N| [Great Kingshill Youth Justice Service|S] requires improvement, say inspectors

N| [HM Inspectorate of Probation|A]’s report on [Great Kingshill Youth Justice Service|S], out today, rates it ‘[Requires improvement|R]’ overall.
W| Rated on its own, resettlement policy and provision was found to be ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [June 2022|D].

S| Inspectors found that staff knew the children well and worked hard to keep them engaged.
W| However, the partnership board did not have a good enough grip on performance.
W| Children leaving custody did not always have somewhere suitable to live arranged before release.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children coming out of custody need to know where they will live, and in Great Kingshill too many did not.
R| “I urge the board to make resettlement a priority.”

R| The report makes six recommendations, five of them for the [Great Kingshill YJS|S] and one for [Buckinghamshire Council|A].
"""),
    # 11. a youth justice service with an embargo line "Embargoed until 00:01 Tuesday 11 March 2025"; "10 - 14 November
    #     2024"; "received an overall rating of ‘Good’"; four recommendations
    ("holmer-green-yjs-2025", facts([
        svc("Holmer Green Youth Justice Service", "Holmer Green YJS", "YJS", GOOD)], "2025-03-11", "2024-11", 4),
     """N| Embargoed until 00:01 [Tuesday 11 March 2025|D]

N| ‘[Good|R]’ youth justice work in Holmer Green

N| [HM Inspectorate of Probation|A] has rated [Holmer Green Youth Justice Service|S] ‘[Good|R]’ overall.
N| Fieldwork took place from [10 - 14 November 2024|D].

S| Inspectors praised diversion work in the service, which meant many children never went to court.
S| Relationships between case managers and children were warm and respectful.
W| Whilst assessments were thorough, plans to manage the safety of others did not always set out what would be done if risk increased.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Holmer Green|S] has a team that puts children first in everything it does.
S| “There is still work to do on keeping other people safe, but the foundations are firmly in place.”

R| The report makes four recommendations, three addressed to the service and one to its board.
"""),
    # 12. a youth justice service in 2021, inspection "carried out remotely in July 2021"; "awarded a ‘Good’ rating";
    #     "Published: 28 Oct 2021"; six recommendations
    ("seer-green-yjs-2021", facts([
        svc("Seer Green Youth Justice Service", "Seer Green YJS", "YJS", GOOD)], "2021-10-28", "2021-07", 6),
     """N| News

N| [Seer Green YJS|S] rated ‘[Good|R]’

N| Published: [28 Oct 2021|D]

N| Inspectors have awarded [Seer Green Youth Justice Service|S] a ‘[Good|R]’ rating following an inspection carried out remotely in [July 2021|D].

S| Despite the pandemic, children heard from their case managers regularly, through video calls and socially distanced visits.
S| Encouragingly, support for children out of school because of exclusion was of a high standard.
W| Inspectors were concerned, though, that the voices of victims were not heard enough in planning.
W| Out-of-court disposals were variable in quality.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Seer Green|S] has coped well with a very difficult year.
R| “Leaders should now make sure that victims are consulted at every stage.”

R| Six recommendations are made, including one for [Thames Valley Police|A].
"""),
    # 13. a council news page reporting the findings in the third person, "Posted on 07/02/2023"; "The inspection took
    #     place in October 2022"; "‘Requires improvement’ overall"; the council's reply; five recommendations
    ("potten-end-yjs-2023", facts([
        svc("Potten End Youth Justice Service", "Potten End YJS", "YJS", RI)], "2023-02-07", "2022-10", 5),
     """N| Council responds to youth justice inspection

N| Posted on [07/02/2023|D]

N| The inspection of [Potten End Youth Justice Service|S] by [HM Inspectorate of Probation|A] has concluded that the service is ‘[Requires improvement|R]’ overall.
N| The inspection took place in [October 2022|D].

S| The watchdog found that children were given good support with speech and language needs.
S| It also said that staff worked well with [Hertfordshire Constabulary|A] and local schools.
W| However, inspectors said that the service’s management board did not hold partners to account.
W| Management oversight of cases was described as inconsistent.

R| The report makes five recommendations, and the council has already agreed an improvement plan.

N| Councillor [Mark Ellis|X], cabinet member for children, said: “We are grateful to the inspectors for their work and we accept all of their findings.”
N| “Our staff work incredibly hard, and I know they will rise to this challenge.”
"""),
    # 14. a youth justice service "given the lowest possible rating"; the notes give the publication day; fieldwork "in
    #     March 2024"; ten recommendations, one for the police
    ("ickleford-yjs-2024", facts([
        svc("Ickleford Youth Justice Service", "Ickleford YJS", "YJS", INAD)], "2024-08-06", "2024-03", 10),
     """N| Serious concerns at [Ickleford youth justice service|S]

N| [HM Inspectorate of Probation|A] has given [Ickleford Youth Justice Service|S] its lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited the service in [March 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Ickleford have been let down.
W| “We found children at risk of exploitation whose cases had not been reviewed for months, and a board that met but made little difference.”

W| Unfortunately, staff turnover was high, and agency staff covered nearly one in three case manager roles.
W| Plans to keep children safe were sufficient in only 9 of the 22 cases inspected.
S| Inspectors did note that the service’s work with [Hertfordshire Constabulary|A] on diversion was effective.

R| The report makes ten recommendations, nine for the service and its board and one for [Hertfordshire Constabulary|A].

N| ENDS

N| Notes to editors
N| 1. The report goes live on [6 August 2024|D] at 00.01.
"""),
    # 15. a 2025 public-protection PDU inspection with no rating: "Skip to content", an empty "Published:" line,
    #     "Context" / "Findings" bullets; "The report was published on 25 November 2025"; fieldwork "from 7 to 18 July
    #     2025"; four recommendations
    ("colney-heath-pdu-2025", facts([
        svc("Colney Heath Probation Delivery Unit", "Colney Heath PDU", "PDU", None)], "2025-11-25", "2025-07", 4),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Colney Heath Probation Delivery Unit|S]

N| The report was published on [25 November 2025|D].
N| This inspection looked at how well [Colney Heath PDU|S] manages people who pose a risk of serious harm.
N| No rating is given in this inspection programme.

N| Context
N| • [Colney Heath PDU|S] is part of the [East of England probation region|S].
N| • Fieldwork took place from [7 to 18 July 2025|D].

N| Findings
S| • Staff were skilled at building relationships with people on probation.
W| • Home visits were rarely carried out, even where there were children in the household.
W| • Information from [Hertfordshire Constabulary|A] was not always requested at the start of the order.

R| Four recommendations are made to the PDU.
"""),
    # 16. a youth justice service with "Tuesday, 4th August 2020" and "published today"; fieldwork "from 2 to 6 March
    #     2020"; "judged to be ‘Good’"; the short form switches to YOT; three recommendations
    ("northaw-yjs-2020", facts([
        svc("Northaw Youth Justice Service", "Northaw YJS", "YJS", GOOD)], "2020-08-04", "2020-03", 3),
     """N| [Tuesday, 4th August 2020|D]

N| [HM Inspectorate of Probation|A] today published its report on [Northaw Youth Justice Service|S], judging the service to be ‘[Good|R]’.
N| Inspectors visited [Northaw YJS|S] from [2 to 6 March 2020|D], shortly before the national lockdown.

S| Inspectors were impressed with how well case managers understood the children they worked with.
S| The service had a creditable focus on tackling disproportionality among Black and mixed heritage children.
W| Not all staff had received training on child criminal exploitation, however.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “In this service, children are never an afterthought.
R| “Its board should now make sure that health provision is available to every child who needs it.”

R| The report makes three recommendations.

N| The [Northaw YOT|S] name is still used by some partners, although the service changed its name in [2019|D].
"""),
    # 17. a youth justice service dropping from ‘Good’: "last inspected in 2021, when it was rated ‘Good’"; "Published
    #     24 September 2024"; fieldwork "in June 2024"; resettlement not rated; six recommendations
    ("dagnall-yjs-2024", facts([
        svc("Dagnall Youth Justice Service", "Dagnall YJS", "YJS", RI)], "2024-09-24", "2024-06", 6),
     """N| Press release

N| [Dagnall Youth Justice Service|S] rated ‘[Requires improvement|R]’

N| Published [24 September 2024|D]

N| Inspectors from [HM Inspectorate of Probation|A] have rated [Dagnall YJS|S] ‘[Requires improvement|R]’.
N| At its previous inspection, in [2021|D], the service achieved ‘[Good|R]’.
N| The inspection took place in [June 2024|D].

W| Inspectors found that the quality of work had slipped since the last inspection, largely because of staff shortages.
W| Assessments did not always consider the risks children faced outside the home.
S| Positively, children said their case managers took time to hear them out and helped them keep out of trouble.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Dagnall|S] has lost some of the ground it had gained since its last inspection.
R| “I want to see a clear plan for recruiting and keeping staff.”

R| The report makes six recommendations, including two for [Buckinghamshire Council|A]’s children’s services.
"""),
    # 18. a PDU with a quoted headline and no rating verb in it; "assessed as ‘Inadequate’"; notes give the day;
    #     fieldwork "in July 2023"; seven recommendations
    ("monks-risborough-pdu-2023", facts([
        svc("Monks Risborough Probation Delivery Unit", "Monks Risborough PDU", "PDU", INAD)], "2023-11-28", "2023-07", 7),
     """N| “Staff are doing their best, but the system is failing them” – [Monks Risborough PDU|S] inspection

N| [HM Inspectorate of Probation|A] has assessed [Monks Risborough Probation Delivery Unit|S] as ‘[Inadequate|R]’.
N| Inspectors visited the unit in [July 2023|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Staff are doing their best, but the system is failing them.
W| “Caseloads were unmanageable, and newly qualified officers were holding cases far too complex for their experience.”

W| Inspectors judged risk of harm work to be sufficient in just a quarter of cases.
S| The unit’s work with [Buckinghamshire Council|A] to find housing for people leaving prison was a strength.

R| The report makes seven recommendations, including three for the [Probation Service|A] regional leadership.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [28 November 2023|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the 146th shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
