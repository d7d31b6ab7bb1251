"""Builds the forty-fourth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two north-west London PDUs on a GOV.UK page, "neighbouring units of the Probation Service – London region":
    #    "X leaves the process with ‘...’, while Y lands on the bottom rung, ‘...’"; fieldwork "on 4 - 15 March 2024"; nine
    #    recommendations "four apiece for Harlesden and Kilburn, and just one for the London region"
    ("harlesden-and-kilburn-pdus-2024", facts([
        svc("Harlesden Probation Delivery Unit", "Harlesden PDU", "PDU", INAD),
        svc("Kilburn Probation Delivery Unit", "Kilburn PDU", "PDU", RI)], "2024-06-11", "2024-03", 9),
     """N| Press release

N| Probation inspections in north-west London: a tale of two units

N| Reports on neighbouring units in the capital’s probation region are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [11 June 2024|D]

N| Inspectors were at [Harlesden Probation Delivery Unit|S] and [Kilburn Probation Delivery Unit|S], neighbouring units of the [Probation Service – London region|S], on [4 - 15 March 2024|D].
N| [Kilburn|S] leaves the process with ‘[Requires improvement|R]’, while [Harlesden|S] lands on the bottom rung, ‘[Inadequate|R]’.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “At Harlesden, newly qualified officers were carrying the heaviest and most complex cases with almost no one senior to guide them.
W| “Home visits to domestic abusers had all but ceased, and most files lacked any safeguarding check with children’s services.
S| “[Kilburn|S] is in a steadier position: its managers have a firm grip on workloads, and those under supervision said they felt heard.”

S| Inspectors highlighted [Kilburn PDU|S]’s links with local mental health teams, which meant people in crisis were seen within days.
W| Across both units, sentence plans seldom drew on what the person under supervision had to say.

R| The reports set out nine recommendations between them: four apiece for [Harlesden|S] and [Kilburn|S], and just one for the [London region|S].

N| [Kilburn PDU|S] and [Harlesden PDU|S] both cover parts of the borough of Brent.
"""),
    # 2. two youth justice services in a local-news story, byline Friday 8 November 2019, reports "out since Tuesday (5
    #    November)"; "X was awarded the inspectorate’s best grade, ‘...’, with Y a grade lower on ‘...’"; fieldwork July 2019;
    #    "Between them the two services were given five recommendations"; the council's reply
    ("putney-and-balham-yjs-2019", facts([
        svc("Putney Youth Justice Service", "Putney YJS", "YJS", OUT),
        svc("Balham Youth Justice Service", "Balham YJS", "YJS", GOOD)], "2019-11-05", "2019-07", 5),
     """N| Top marks for [Putney|S]’s work with young offenders

N| By [Helen Okafor|X]

N| [Friday 8 November 2019|D]

N| Inspection reports on [Putney Youth Justice Service|S] and [Balham Youth Justice Service|S], out since Tuesday ([5 November|D]), drew on visits made in [July 2019|D].
N| [Putney|S] was awarded the inspectorate’s best grade, ‘[Outstanding|R]’, with [Balham|S] a grade lower on ‘[Good|R]’.

S| Inspectors found that [Putney|S]’s case managers stayed with the same children from arrest to the end of their orders, and that each child was paired with a mentor.
S| They commended [Balham|S] for finding school places quickly for children excluded from mainstream education.
W| The report on [Balham YJS|S] did, however, describe victim safety plans as too often thin and untouched for months.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Wandsworth’s children are being well served by two teams that know them and believe in them.”

R| Between them the two services were given five recommendations.

N| A spokesperson for [Wandsworth Council|A] said the borough was “delighted” and that an action plan would follow before Christmas.
"""),
    # 3. two Surrey PDUs in a justiceinspectorates news item: "Published: 5 Feb 2025"; "Both units were placed in the
    #    second-lowest band, ‘...’" (one sentence for both); fieldwork "in October and November 2024"; "Eleven recommendations
    #    ... six for the units and five for the regional leadership"; the regional director as context, no region entity
    ("esher-and-cobham-pdus-2025", facts([
        svc("Esher Probation Delivery Unit", "Esher PDU", "PDU", RI),
        svc("Cobham Probation Delivery Unit", "Cobham PDU", "PDU", RI)], "2025-02-05", "2024-10", 11),
     """N| News

N| Two Surrey probation units must improve, say inspectors

N| Published: [5 Feb 2025|D]

N| [HM Inspectorate of Probation|A] visited [Esher Probation Delivery Unit|S] and [Cobham Probation Delivery Unit|S] in [October and November 2024|D].
N| Both units were placed in the second-lowest band, ‘[Requires improvement|R]’.
N| Both units answer to a regional director in Maidstone, who oversees Kent, Surrey and Sussex.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is a solid base here: the staff we met were tenacious, and their relationships with [Surrey Police|A] are close and constructive.
W| “Even so, the reviews of risk that should follow an arrest or a breakdown in a relationship were absent from far too many files.”

W| Agency workers filled nearly one in three officer posts at [Esher PDU|S].
S| [Cobham|S]’s community payback was well run, and most people began their hours within seven days of sentence.
W| Neither unit had made enough use of accredited programmes for perpetrators of domestic abuse.

R| Eleven recommendations are made in the two reports, six for the units and five for the regional leadership.
"""),
    # 4. a unit inside its region, the region first in the headline: "X, which reports to Probation Service – London
    #    region leaders, has received the lowest rating available, ‘...’"; the region's own 2023 grade as context; "Inspectors’
    #    fieldwork at the unit took place in April 2024"; "Mr Jones continued"; "Embargo: 00.01, 3 September 2024" in the notes
    ("deptford-pdu-2024", facts([
        svc("Deptford Probation Delivery Unit", "Deptford PDU", "PDU", INAD)], "2024-09-03", "2024-04", 6),
     """N| [London probation region|S] – inspectors say the public is not being kept safe in Deptford

N| [Deptford Probation Delivery Unit|S], which reports to [Probation Service – London region|S] leaders, has received the lowest rating available, ‘[Inadequate|R]’.
N| The region itself was graded ‘[Requires improvement|R]’ in [2023|D].
N| Inspectors’ fieldwork at the unit took place in [April 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am deeply worried by what we found in Deptford.
W| “Nearly half of the posts for qualified officers were empty, and those still in post were rushing from one urgent case to the next.”

W| Mr Jones continued: “Far too often, anyone posing a real danger to a partner was being supervised by telephone, sometimes for months at a stretch.”

S| Despite the pressure, inspectors found that [Deptford PDU|S]’s reception staff and administrators kept the office running and greeted many of those on probation by name.
W| Only 9 of the 32 relevant cases showed that the [Metropolitan Police|A] had been asked about domestic abuse incidents.

R| Six recommendations result: four addressed to the PDU and two to the regional probation director.

N| ENDS

N| Notes to editors
N| 1. Embargo: 00.01, [3 September 2024|D]; the report will then appear on the [HMI Probation|A] site.
N| 2. The inspectorate reports independently on probation and youth offending work.
"""),
    # 5. a Hertfordshire unit inside its region: "Thursday, 13th July 2023" date line with "Out today"; "...’s report
    #    places X, in Hertfordshire, at ‘...’"; "its parent region, the East of England region, had itself received ‘...’";
    #    "The inspection, which was held in March 2023"; "Among its seven recommendations"
    ("radlett-pdu-2023", facts([
        svc("Radlett Probation Delivery Unit", "Radlett PDU", "PDU", RI)], "2023-07-13", "2023-03", 7),
     """N| [Thursday, 13th July 2023|D]

N| Probation in south Hertfordshire: a unit ‘with the right ingredients’

N| Out today, [HMI Probation|A]’s report places [Radlett Probation Delivery Unit|S], in Hertfordshire, at ‘[Requires improvement|R]’.
N| The inspection, which was held in [March 2023|D], looked at 44 of the unit’s cases.
N| A year before, its parent region, the [East of England region|S], had itself received ‘[Requires improvement|R]’.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Radlett|S] has the right ingredients – a stable leadership team, staff who care about those they supervise and strong links with [Hertfordshire Constabulary|A].
W| “What it lacks is consistency: risk assessments ranged from thorough to barely started, often within the same team.”

S| Encouragingly, the unit had cleared a backlog of unpaid work hours that had built up during the pandemic.
W| Where information from [Hertfordshire County Council|A]’s children’s services was needed, it had been asked for in under half the cases.

R| Among its seven recommendations, the report asks the unit to ensure every assessment considers the safety of children in the household.

N| ENDS
"""),
    # 6. a Probation Trust in 2013, before ratings: "Tuesday, 19th March 2013" date line, "issued today"; the
    #    verdict "sound but patchy" in the first sentence; fieldwork "in November 2012"; bullet lists after "On the credit
    #    side, inspectors noted that:" / "However, inspectors were worried that:"; "The Trust is given eight recommendations"
    ("hendon-and-finchley-probation-trust-2013", facts([
        svc("Hendon and Finchley Probation Trust", "Hendon and Finchley Probation Trust", "other", None)],
        "2013-03-19", "2012-11", 8),
     """N| [Tuesday, 19th March 2013|D]

N| Report published on adult offending work in Hendon and Finchley

W| The work of [Hendon and Finchley Probation Trust|S] to reduce reoffending and protect the public is sound but patchy, according to a report that [HMI Probation|A] has issued today.
N| Inspectors visited the Trust in [November 2012|D] and examined 60 cases.

W| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “This is a Trust with real strengths, but it cannot yet say that every case gets the attention it needs.”

N| On the credit side, inspectors noted that:
S| - nine in ten first assessments were finished on time;
S| - offender managers were trusted by those they managed;
S| - the Trust and the [Metropolitan Police|A] worked closely together on prolific offenders.

N| However, inspectors were worried that:
W| - risk of harm plans stayed the same even when circumstances changed;
W| - victims’ needs came low down the list in a third of the files.

R| The Trust is given eight recommendations.

N| ENDS
"""),
    # 7. a CRC in 2018 owned by a named provider: "Published: 19 Nov 2018"; "Inspectors judged X (CRC), which MTCnovo
    #    owns, to be ‘...’"; "Unpaid work, rated apart from the rest, was ‘...’"; "Inspectors made their visit in August 2018";
    #    five recommendations; the provider's reply
    ("wimbledon-and-norbury-crc-2018", facts([
        svc("Wimbledon and Norbury Community Rehabilitation Company", "Wimbledon and Norbury CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2018-11-19", "2018-08", 5),
     """N| News

N| South London probation company falls short on public protection

N| Published: [19 Nov 2018|D]

N| Inspectors judged [Wimbledon and Norbury Community Rehabilitation Company|S] (CRC), which [MTCnovo|A] owns, to be ‘[Requires improvement|R]’.
W| Unpaid work, rated apart from the rest, was ‘[Inadequate|R]’, with too many sessions cancelled at short notice.
N| Inspectors made their visit in [August 2018|D].

W| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff at the CRC are working hard, but they are spread far too thinly, and some are supervising well over 80 people each.
W| “In far too many cases, no one had asked the police or children’s services anything before deciding how much of a risk someone posed.”

S| Inspectors were impressed by a women’s centre, set up jointly with a local charity, which offered a safe space and practical help with housing and debt.
S| [Wimbledon and Norbury CRC|S]’s through-the-gate team also made sure most people leaving prison had somewhere to stay on their first night.

R| Five recommendations follow: the CRC has four and [HMPPS|A] one.

N| “The findings are accepted, and work to put things right has started,” a spokesperson for [MTCnovo|A] said.
"""),
    # 8. an NPS division in 2019: "EMBARGO – 00.01 hours, Thursday 14 November 2019"; "The division’s work earns ‘...’
    #    overall"; "Its court work, which was scored on its own, came out at ‘...’"; fieldwork "between 24 and 28 June 2019";
    #    "three of the four recommendations"
    ("nps-leytonstone-and-woodford-2019", facts([
        svc("National Probation Service – Leytonstone and Woodford Division", "NPS Leytonstone and Woodford", "region", GOOD,
            [{"aspect": "court work", "rating": OUT}])], "2019-11-14", "2019-06", 4),
     """N| EMBARGO – 00.01 hours, [Thursday 14 November 2019|D]

N| Probation division in east London ‘a credit to the service’

N| Inspectors’ findings on the [National Probation Service – Leytonstone and Woodford Division|S] are published today by [HMI Probation|A].
N| The division’s work earns ‘[Good|R]’ overall.
S| Its court work, which was scored on its own, came out at ‘[Outstanding|R]’.
N| Inspectors were on site between [24 and 28 June 2019|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “[NPS Leytonstone and Woodford|S] is a credit to the service.
S| “Its leaders are visible, its staff are well trained, and its reports to the courts are among the best we have read.”

W| Child protection work was not always joined up with [Waltham Forest Council|A] and [Redbridge Council|A], the inspectors noted.
W| Too few sex offenders were referred to treatment programmes while in the community.

R| The division is the recipient of three of the four recommendations; the [Ministry of Justice|A] receives the other.
"""),
    # 9. a youth offending team written out, on a council page in 2016, before ratings: "12/05/2016"; a joint
    #    inspection "headed by HMI Probation"; fieldwork "in January 2016"; bullet lists after "The inspectors found that:" /
    #    "They also found that:"; seven recommendations; the councillor's reply
    ("poplar-yot-2016", facts([
        svc("Poplar Youth Offending Team", "Poplar YOT", "YJS", None)], "2016-05-12", "2016-01", 7),
     """N| Council welcomes youth offending inspection

N| [12/05/2016|D]

N| The report on [Poplar Youth Offending Team|S] (YOT) was published today, after a joint inspection headed by [HMI Probation|A].
N| The visit, in [January 2016|D], also involved inspectors of policing, schools and health: [HMIC|A], [Ofsted|A] and [CQC|A].

N| The inspectors found that:
S| - the YOT’s board met regularly, with good attendance, and held partners to account;
S| - children got back into education or training without delay.

N| They also found that:
W| - assessments of risk to others were too often out of date;
W| - release planning for children held in custody started too late.

R| Seven recommendations are made, and most fall to the YOT and its board.

N| Councillor [Amina Rahman|X] said: “Every recommendation will be acted on, together with our partners.”
"""),
    # 10. a Youth Offending Service in 2019 on a GOV.UK page: "Following an inspection in December 2018, X has been judged
    #     ‘...’"; the 2015 inspection as context (no rating); "I would urge the board to ..."; four recommendations
    ("stanmore-yos-2019", facts([
        svc("Stanmore Youth Offending Service", "Stanmore YOS", "YJS", RI)], "2019-04-30", "2018-12", 4),
     """N| Press release

N| Youth offending service in north-west London needs to focus on safety

N| From: [HM Inspectorate of Probation|A]

N| Published [30 April 2019|D]

N| Following an inspection in [December 2018|D], [Stanmore Youth Offending Service|S] has been judged ‘[Requires improvement|R]’.
N| Its previous inspection, in [2015|D], used the inspectorate’s earlier framework.

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Case workers at [Stanmore|S] clearly want the best for the young people they supervise, and many of those young people told us so.
W| “But too little attention is paid to the harm some children could cause, and the board has not been asking the hard questions.”
R| “I would urge the board to take a firmer hold of performance and to make sure every child has a plan to keep others safe.”

S| Diversion from court stood out, with well-run panels and quick referrals to [CAMHS|A].
W| Just 10 of 24 cases had a workable plan for managing risk to others.

R| The inspectors list four recommendations.
"""),
    # 11. a youth justice service in 2023: "Today (Wednesday, 11 October) ... publishes a report giving X its highest
    #     grade, ‘...’" (no year: the fieldwork's, June 2023); previously rated ‘...’ in 2019; resettlement policy and provision
    #     "assessed separately, earned ‘...’"; three recommendations
    ("wembley-yjs-2023", facts([
        svc("Wembley Youth Justice Service", "Wembley YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2023-10-11", "2023-06", 3),
     """N| Top grade for youth justice in Wembley

N| Today ([Wednesday, 11 October|D]) [HM Inspectorate of Probation|A] publishes a report giving [Wembley Youth Justice Service|S] its highest grade, ‘[Outstanding|R]’.
N| It was previously rated ‘[Good|R]’, in [2019|D].
S| Resettlement policy and provision, assessed separately, earned ‘[Good|R]’.
N| Inspectors’ week of fieldwork was in [June 2023|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “This is youth justice at its very best.
S| “Staff at [Wembley|S] refuse to give up on any child, and they have built partnerships with schools, health services and the [Metropolitan Police|A] that others could learn from.”

S| Work to protect children from exploitation was of a consistently high standard, inspectors said.
W| The one area needing more work was the recording of children’s diversity needs, which was not always complete.

R| There are three recommendations: the service has two, and the third goes to the management board, which is chaired by [Brent Council|A]’s director of children’s services.
"""),
    # 12. a council page: "Posted 08/10/2024"; "The inspectorate found the service to be ‘...’, a sharp fall from its
    #     ‘...’ of 2019"; fieldwork "had its inspection in June 2024"; eight recommendations; the director's apology
    ("orpington-yjs-2024", facts([
        svc("Orpington Youth Justice Service", "Orpington YJS", "YJS", INAD)], "2024-10-08", "2024-06", 8),
     """N| Response to the inspection of [Orpington Youth Justice Service|S]

N| Posted [08/10/2024|D]

N| [Orpington Youth Justice Service|S] had its inspection in [June 2024|D], and [HMI Probation|A]’s report is now public.
N| The inspectorate found the service to be ‘[Inadequate|R]’, a sharp fall from its ‘[Good|R]’ of [2019|D].

W| According to the report, leadership had lost its focus after several changes of manager, and board members had not noticed problems building up.
W| Inspectors also found that children’s safety and wellbeing were not always properly assessed, particularly where they were at risk of exploitation.
S| They did note that the service’s reparation projects were imaginative and that children spoke warmly about them.

R| Eight recommendations have been made, and the council will oversee a detailed improvement plan.

N| Our director for children’s services said: “We apologise to the children we have let down, and we will put this right quickly.”

N| The inspectorate’s site carries a link to the whole report.
"""),
    # 13. a youth justice service inspected remotely in 2021: "Inspectors now place X at ‘...’ – it was ‘...’ when
    #     inspected in 2018"; "inspectors did all their fieldwork from a distance, in July 2021"; "Report publication date – 2
    #     November 2021" in the notes; four recommendations
    ("chiswick-yjs-2021", facts([
        svc("Chiswick Youth Justice Service", "Chiswick YJS", "YJS", GOOD)], "2021-11-02", "2021-07", 4),
     """N| Chiswick youth justice: clear progress since the last inspection

N| Inspectors now place [Chiswick Youth Justice Service|S] at ‘[Good|R]’ – it was ‘[Requires improvement|R]’ when inspected in [2018|D].
N| With pandemic rules still in force, inspectors did all their fieldwork from a distance, in [July 2021|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Chiswick|S] has used the last three years well, and it shows in the casework.
S| “Children told us their workers were easy to reach and stuck by them when things went wrong.”

W| However, the inspectors found that out-of-court disposals were not always followed up once the formal period had ended.
W| Joint work with [Hounslow Council|A]’s children’s social care was uneven, with some referrals left waiting for weeks.

R| Four recommendations are offered to help the service go further still.

N| Notes to editors
N| 1. Report publication date – [2 November 2021|D].
"""),
    # 14. a 2025-26 public-protection inspection of a PDU, no rating: "Skip to content", an empty "Published:" line,
    #     "Context" and "Findings" bullets, the London region in a bullet; fieldwork "During August 2025"; "The report was
    #     published on 4 December 2025"; three recommendations
    ("mill-hill-pdu-2025", facts([
        svc("Mill Hill Probation Delivery Unit", "Mill Hill PDU", "PDU", None)], "2025-12-04", "2025-08", 3),
     """N| Skip to content

N| Published:

N| Public protection inspection: [Mill Hill Probation Delivery Unit|S]

N| During [August 2025|D], [HM Inspectorate of Probation|A] examined the public protection work of [Mill Hill Probation Delivery Unit|S].
N| Inspections of this kind carry no rating.

N| Context
N| - Region: [Probation Service – London region|S], of which [Mill Hill PDU|S] is one unit.
N| - Its caseload is around 1,400 people.

N| Findings
S| - Practitioners had a sound grasp of their cases and talked about risk with confidence.
W| - Only half of the cases involving domestic abuse had the police checks that should have been made.
W| - Managers did not have enough time to oversee the work of newly qualified staff.

R| We have made three recommendations to the PDU.

N| The report was published on [4 December 2025|D].
"""),
    # 15. a youth justice service in 2022: the headline's lower-case "Southall youth justice service"; "For X, the
    #     inspectors’ overall grade is ‘...’"; resettlement "rated on its own, falls short at ‘...’"; fieldwork "between 7 and 11
    #     February 2022"; "Mr Russell continued" with a call; notes "download the report from 00.01 on 19 May 2022"
    ("southall-yjs-2022", facts([
        svc("Southall Youth Justice Service", "Southall YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-05-19", "2022-02", 6),
     """N| [Southall youth justice service|S] told to get resettlement right

N| For [Southall Youth Justice Service|S], the inspectors’ overall grade is ‘[Requires improvement|R]’.
W| Its resettlement work, rated on its own, falls short at ‘[Inadequate|R]’.
N| The inspection took place between [7 and 11 February 2022|D].

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Southall|S]’s practitioners are skilled and patient, and the children we spoke to trusted them.
W| “Yet when children came out of custody, the support they needed – a home, a school place, a doctor – was seldom ready for them.”

R| Mr Russell continued: “The partnership must now guarantee every child a safe place to live on the day they are released.”

S| Inspectors praised the service’s joint work with [Ealing Council|A]’s youth workers, which gave children positive things to do in the evenings.
W| Staff turnover had been high, and in the past year a quarter of case managers had left.

R| There are six recommendations: five to the service and its partners, one to the [Youth Justice Board|A].

N| ENDS

N| Notes to editors
N| 1. Readers can download the report from 00.01 on [19 May 2022|D].
N| 2. Resettlement policy and provision receives a separate rating, apart from the overall one.
"""),
    # 16. a youth offending team written out in 2020: the headline's lower-case "Greenford youth offending team" and a
    #     quoted phrase after a dash; "Published: 10 Mar 2020"; "X (YOT) deserves a ‘...’ rating, in the judgement of HMI
    #     Probation"; "Fieldwork was completed in November 2019"; "in only 5 of 11"; four recommendations
    ("greenford-yot-2020", facts([
        svc("Greenford Youth Offending Team", "Greenford YOT", "YJS", GOOD)], "2020-03-10", "2019-11", 4),
     """N| [Greenford youth offending team|S] – ‘children are at the heart of everything’

N| Published: [10 Mar 2020|D]

N| [Greenford Youth Offending Team|S] (YOT) deserves a ‘[Good|R]’ rating, in the judgement of [HMI Probation|A].
N| Fieldwork was completed in [November 2019|D], when inspectors read 30 cases and spoke to children, parents and staff.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “Children are at the heart of everything this team does.
S| “Its management board is well led, and it has paid for a speech and language therapist and a dedicated education worker.”

W| Disappointingly, the needs of victims carried too little weight in planning.
W| Safety work was weaker in out-of-court cases, where it was sufficient in only 5 of 11.

R| Our four recommendations divide as three for the YOT, one for [Ealing Council|A].
"""),
    # 17. a Hertfordshire youth justice service in 2024 on a GOV.UK page: "Inspectors’ verdict on X is a clear ‘...’";
    #     "When it last faced inspectors, in 2019, it received ‘...’"; resettlement "also assessed, earning ‘...’ in its own
    #     right"; fieldwork "spread across May and June 2024"; six recommendations, four for the service
    ("broxbourne-yjs-2024", facts([
        svc("Broxbourne Youth Justice Service", "Broxbourne YJS", "YJS", GOOD,
            [{"aspect": "resettlement", "rating": GOOD}])], "2024-10-17", "2024-05", 6),
     """N| Press release

N| Youth justice in Broxbourne: steady improvement recognised

N| From: [HM Inspectorate of Probation|A]

N| Published [17 October 2024|D]

N| Inspectors’ verdict on [Broxbourne Youth Justice Service|S] is a clear ‘[Good|R]’.
N| When it last faced inspectors, in [2019|D], it received ‘[Requires improvement|R]’.
S| Resettlement work was also assessed, earning ‘[Good|R]’ in its own right.
N| The inspection team’s visits were spread across [May and June 2024|D].

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Broxbourne|S] has been transformed since we were last there, and its leaders deserve much of the credit.
S| “Children help write their own plans, and the service works hand in hand with [Hertfordshire Constabulary|A] to steer younger children away from the courts.”

W| Less positively, health assessments by the [NHS|A] were often delayed, leaving some children waiting months for support with their mental health.
W| Inspectors also judged that contingency plans, setting out what to do if a child’s risk increased, were too vague to guide anyone.

R| [Broxbourne YJS|S] must act on four of the report’s six recommendations, with two going to partners on its board.
"""),
    # 18. a youth justice service in 2025 in a justiceinspectorates news item: the headline's "Surbiton’s youth justice
    #     work"; "... places X a grade below ‘Good’, at ‘...’"; "only two points clear of an overall ‘Inadequate’" (a
    #     judgement, no rating); fieldwork "the week of 12 May 2025"; "Published: 2 Sep 2025"; six recommendations
    ("surbiton-yjs-2025", facts([
        svc("Surbiton Youth Justice Service", "Surbiton YJS", "YJS", RI)], "2025-09-02", "2025-05", 6),
     """N| News

N| [Surbiton|S]’s youth justice work ‘on a knife edge’, inspectors warn

N| Published: [2 Sep 2025|D]

N| In its latest report, [HMI Probation|A] places [Surbiton Youth Justice Service|S] a grade below ‘[Good|R]’, at ‘[Requires improvement|R]’.
W| Its total score put it only two points clear of an overall ‘[Inadequate|R]’.
N| Inspectors spent the week of [12 May 2025|D] with the service.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “The case managers in Surbiton are warm and determined, and the children they see like them.
W| “What holds the service back is a board that meets but rarely acts, and an improvement plan that has barely moved since it was written.”

S| Inspectors were encouraged by a link with a local football club, which offered coaching qualifications to children on orders.
W| Fewer than half of the children had their health needs looked at by a nurse or doctor, and waits for [CAMHS|A] ran to several months.

R| The board is asked, in one of six recommendations, to track whether each child is in school.

N| [Kingston Council|A] told us that it has already brought in an interim service manager.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the forty-fourth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
