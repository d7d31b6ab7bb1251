"""Builds the thirty-second shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. two south London PDUs on a justiceinspectorates news page, the region named in the first sentence: "X was
    #    placed at ‘...’; for Y, the verdict is ‘...’"; "Published: 3 Dec 2024"; fieldwork "ran from 24 June to 5 July
    #    2024" (across two months); "only 9 of 31 relevant cases"; nine recommendations "five for X, four for Y"; the
    #    region again in the notes
    ("streatham-and-tooting-pdus-2024", facts([
        svc("Streatham Probation Delivery Unit", "Streatham PDU", "PDU", RI),
        svc("Tooting Probation Delivery Unit", "Tooting PDU", "PDU", INAD)], "2024-12-03", "2024-06", 9),
     """N| News

N| Two south London probation units fall short of expectations

N| Published: [3 Dec 2024|D]

N| [His Majesty’s Inspectorate of Probation|A]’s two reports released today examine [Streatham Probation Delivery Unit|S] and [Tooting Probation Delivery Unit|S], neighbouring units within the [Probation Service – London region|S].
N| [Streatham|S] was placed at ‘[Requires improvement|R]’; for [Tooting|S], the verdict is ‘[Inadequate|R]’.
N| Inspectors’ fieldwork in the two units ran from [24 June to 5 July 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Both units have been running with far fewer probation officers than they need, and in Tooting close to half the cases we read had changed hands at least twice in a year.
S| “Even so, [Streatham|S]’s staff had kept in close touch with the people they supervise, and their joint work with the borough’s drug and alcohol teams was thoughtful.”

W| In [Tooting PDU|S], only 9 of 31 relevant cases held a sufficient assessment of the danger to current or former partners.
S| Inspectors commended [Streatham PDU|S]’s approach to women on probation, who were offered appointments at a community centre rather than the probation office.
W| Checks with the [Metropolitan Police|A], [Lambeth Council|A] and [Wandsworth Council|A] about children in the household were too often missing from the files of both units.

R| The reports make nine recommendations: five for [Streatham|S], four for [Tooting|S].

N| ENDS

N| Notes to editors
N| 1. [Streatham PDU|S] and [Tooting PDU|S] sit within the [London region|S], which has more than a dozen such units.
"""),
    # 2. two youth justice services of one borough in a local-news story: the reports "published on Tuesday (14
    #    November)" under a byline of Friday 17 November 2023; "The watchdog gave X a ‘...’ grade, while Y went one
    #    better with ‘...’"; five recommendations "three of them for X"; the councillor's reply
    ("carshalton-and-wallington-yjs-2023", facts([
        svc("Carshalton Youth Justice Service", "Carshalton YJS", "YJS", GOOD),
        svc("Wallington Youth Justice Service", "Wallington YJS", "YJS", OUT)], "2023-11-14", "2023-07", 5),
     """N| Borough’s youth justice teams win praise from inspectors

N| By [Daniel Okafor|X]

N| [Friday 17 November 2023|D]

N| Reports on youth justice work in two parts of Sutton were published on Tuesday ([14 November|D]).
N| Inspectors visited [Carshalton Youth Justice Service|S] and [Wallington Youth Justice Service|S] in [July 2023|D].
N| The watchdog gave [Carshalton|S] a ‘[Good|R]’ grade, while [Wallington|S] went one better with ‘[Outstanding|R]’.

S| According to the reports, [Wallington|S]’s case managers spotted early signs that children were being groomed by drug gangs, and worked closely with [Sutton Council|A]’s social workers to protect them.
S| [Carshalton|S] was praised for keeping nearly every child it supervises in school or college.
W| However, inspectors said [Carshalton YJS|S] did not always tell victims what had happened as a result of their case.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children here are well served by both teams, and [Wallington|S] in particular is an example other services could follow.”

R| The inspectorate has made five recommendations in total, three of them for [Carshalton|S].

N| Councillor [Helen Marsh|X], who speaks for the council on children’s issues, said: “Our youth justice staff deserve this recognition, and every recommendation will be taken forward.”
"""),
    # 3. two north Kent PDUs on a GOV.UK page (standfirst, "From:", "Published 28 March 2023"): "Inspectors have awarded
    #    X the lowest mark on their scale, ‘...’, while Y sits a step above it, at ‘...’"; the region after the units
    #    ("Probation Service – Kent, Surrey & Sussex region"); "side by side in November 2022"; "Ten recommendations
    #    appear across the pair of reports, six of which are for X"
    ("rochester-and-sheerness-pdus-2023", facts([
        svc("Rochester Probation Delivery Unit", "Rochester PDU", "PDU", INAD),
        svc("Sheerness Probation Delivery Unit", "Sheerness PDU", "PDU", RI)], "2023-03-28", "2022-11", 10),
     """N| Press release

N| Probation inspectors report on two north Kent units

N| Findings for the units serving Rochester and the Isle of Sheppey are out today.

N| From: [HM Inspectorate of Probation|A]

N| Published [28 March 2023|D]

N| Inspectors have awarded [Rochester Probation Delivery Unit|S] the lowest mark on their scale, ‘[Inadequate|R]’, while [Sheerness Probation Delivery Unit|S] sits a step above it, at ‘[Requires improvement|R]’.
N| Both units belong to the [Probation Service – Kent, Surrey & Sussex region|S]; inspectors looked at them side by side in [November 2022|D].

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “In Rochester, even basic tasks had slipped badly.
W| “Many people on licence had not been seen for weeks, and risk assessments were frequently out of date or missing altogether.
S| “[Sheerness|S] is in better shape: managers are visible, and staff say they feel backed by them.”

S| Inspectors found that [Sheerness PDU|S] had built a strong partnership with [Kent Police|A] to manage domestic abuse perpetrators.
W| In [Rochester PDU|S], however, only a third of the posts for qualified probation officers were filled, and agency staff covered many of the rest.
W| Across both units, work to protect children was not good enough.

R| Ten recommendations appear across the pair of reports, six of which are for [Rochester PDU|S].
"""),
    # 4. a unit inside its region, the region in the headline ("South Central probation region: ..."), in the
    #    recommendations and the notes; its own earlier rating as context ("When inspectors last looked at the region as
    #    a whole, in 2023, they rated it ‘...’"); "has been handed ‘...’, the lowest grade that ... awards"; "Mr Jones
    #    continued" with an impersonal call; "From 00.01 on 13 March 2025, the report can be read on ...’s website" in
    #    the notes
    ("woodley-pdu-2025", facts([
        svc("Woodley Probation Delivery Unit", "Woodley PDU", "PDU", INAD)], "2025-03-13", "2024-10", 6),
     """N| [South Central probation region|S]: inspectors find a unit in difficulty

N| [Woodley Probation Delivery Unit|S] has been handed ‘[Inadequate|R]’, the lowest grade that [HM Inspectorate of Probation|A] awards.
N| When inspectors last looked at the region as a whole, in [2023|D], they rated it ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork at the unit in [October 2024|D].

W| Inspectors found that [Woodley PDU|S] had gone eleven months with no permanent head of service, and that staff were unsure who could make decisions.
W| Home visits had almost stopped, and in 14 of the 36 cases examined nobody had checked whether the person on probation was living with children.
S| There were some bright spots: unpaid work ran smoothly, and the unit’s partnership with [Thames Valley Police|A] on prolific offenders was effective.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I was troubled by what we found in Woodley.
W| “Staff are doing their best in very hard circumstances, but neither the people on probation nor the public are being kept safe enough.”

R| Mr Jones continued: “Getting enough managers and probation officers into Woodley has to be the region’s first priority.”

R| Of the six recommendations, four concern the unit itself and two are for the [South Central region|S].

N| ENDS

N| Notes to editors
N| 1. From 00.01 on [13 March 2025|D], the report can be read on [HM Inspectorate of Probation|A]’s website.
N| 2. [Woodley PDU|S] covers Wokingham and the east of Berkshire for [Probation Service – South Central region|S].
"""),
    # 5. a 2025-26 public-protection inspection of a PDU: no rating, "Skip to content", an empty "Published:" line, the
    #    day only in the notes ("Date of publication: 15 January 2026"); "The inspection, carried out in September
    #    2025"; "Context" / "Findings" bullets, the region in a bullet; "Our four recommendations are aimed at the PDU
    #    (three) and, in one case, the Probation Service nationally"
    ("bermondsey-pdu-2026", facts([
        svc("Bermondsey Probation Delivery Unit", "Bermondsey PDU", "PDU", None)], "2026-01-15", "2025-09", 4),
     """N| Skip to content

N| Public protection work in a south-east London probation unit

N| Published:

N| Findings on public protection at [Bermondsey Probation Delivery Unit|S] are published today by the probation inspectorate, [HMI Probation|A].
N| As with every inspection in this programme, no rating is given.
N| The inspection, carried out in [September 2025|D], examined how the unit assesses and manages the risk of serious harm.

N| Context
N| • [Bermondsey PDU|S] belongs to the [Probation Service – London region|S] and covers the north of Southwark.
N| • When inspectors visited, it was supervising just over 900 people.

N| Findings
W| • Under half the risk assessments we read drew on what the police and children’s services knew.
S| • Practitioners got on well with people on probation and saw them regularly.
W| • Managers’ oversight of cases involving domestic abuse was limited.
S| • Work with the [Metropolitan Police|A] through [MAPPA|A] was effective for the highest-risk cases.

R| Our four recommendations are aimed at the PDU (three) and, in one case, the [Probation Service|A] nationally.

N| Notes to editors
N| 1. Date of publication: [15 January 2026|D].
"""),
    # 6. a Probation Trust in 2013, before ratings: "Tuesday, 9th July 2013" above "today’s report"; the verdict in the
    #    first sentence, praise "but" criticism; percentage scores; "Inspectors were heartened that:" / "On the debit
    #    side, they found that:" bullets; "during fieldwork in March 2013"; eight recommendations "including that ..."
    ("redhill-and-horley-probation-trust-2013", facts([
        svc("Redhill and Horley Probation Trust", "Redhill and Horley Probation Trust", "other", None)],
        "2013-07-09", "2013-03", 8),
     """N| Inspection of offender management in Redhill and Horley

N| [Tuesday, 9th July 2013|D]

W| Offenders supervised by [Redhill and Horley Probation Trust|S] are less likely to reoffend because of its work, but its efforts to protect the public lag behind, according to today’s report from inspectors led by [Liz Calderbank|X].
N| Inspectors looked at 80 cases during fieldwork in [March 2013|D].
S| On reducing reoffending the Trust scored 78%, and on delivering the sentences passed by courts, 84%.
W| Its weakest area was public protection, at 65%.

N| Inspectors were heartened that:
S| • most initial assessments were completed on time and were of a reasonable quality;
S| • offender managers had built close links with [Surrey Police|A] and local housing providers.

N| On the debit side, they found that:
W| • too often, nobody had looked into whether children were at risk;
W| • home visits were rare, even in cases involving domestic abuse.

R| The report makes eight recommendations, including that the Trust should ensure home visits are made wherever a child may be at risk.
"""),
    # 7. a CRC in 2019 owned by a named provider: "Inspectors have judged X to be ‘...’ overall"; unpaid work "inspected
    #    and rated as a separate element, was found to be ‘...’"; "Published: 14 Mar 2019"; fieldwork "spanned October
    #    and November 2018"; Dame Glenys Stacey; "Of six recommendations, four fall to X together with [provider] ...;
    #    HMPPS takes the remaining pair"
    ("erith-and-thamesmead-crc-2019", facts([
        svc("Erith and Thamesmead Community Rehabilitation Company", "Erith and Thamesmead CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": GOOD}])], "2019-03-14", "2018-10", 6),
     """N| News

N| CRC covering parts of Bexley and Greenwich told to improve supervision

N| Published: [14 Mar 2019|D]

N| Inspectors have judged [Erith and Thamesmead Community Rehabilitation Company|S] to be ‘[Requires improvement|R]’ overall.
S| Its unpaid work, inspected and rated as a separate element, was found to be ‘[Good|R]’.
N| The CRC, owned by [Sodexo Justice Services|A], supervises around 2,800 people on community sentences and licences.
N| Inspectors’ fieldwork spanned [October and November 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC’s unpaid work scheme is well run: placements are meaningful, and most people complete their hours on time.
W| “Elsewhere, too many people are supervised by telephone alone, and the quality of risk assessment is inconsistent.”

W| Inspectors found that a reliance on agency staff meant some people had three or four different officers during their order.
S| On the other hand, the CRC’s through-the-gate team was well organised, and most prisoners released to the area had somewhere to live.
W| The CRC was slow to pass information to the [National Probation Service|A], and slow to receive it.

R| Of six recommendations, four fall to [Erith and Thamesmead CRC|S] together with [Sodexo Justice Services|A], which owns it; [HM Prison and Probation Service|A] takes the remaining pair.

N| A spokesperson for [Sodexo Justice Services|A] said the company welcomed the recognition of its unpaid work team.
"""),
    # 8. an NPS division in 2019, "National Probation Service, Bordon and Odiham Division": "In a report released today
    #    (Thursday, 12 December), ...’s inspectors judge X to be ‘...’ overall" (no year: the fieldwork's); "between 9
    #    and 20 September 2019"; the short "NPS Bordon and Odiham" in the quote; "I would now like leaders to ..."
    ("bordon-and-odiham-nps-division-2019", facts([
        svc("National Probation Service, Bordon and Odiham Division", "NPS Bordon and Odiham", "region", GOOD)],
        "2019-12-12", "2019-09", 7),
     """N| Probation division in north-east Hampshire rated ‘[Good|R]’

N| In a report released today ([Thursday, 12 December|D]), [HM Inspectorate of Probation|A]’s inspectors judge the [National Probation Service, Bordon and Odiham Division|S] to be ‘[Good|R]’ overall.
N| Inspectors visited between [9 and 20 September 2019|D].

S| They found a division with strong leadership, where staff were well trained and caseloads were manageable.
S| Its advice to sentencers was thorough and timely, and decisions on which organisation should supervise each case were accurate.
W| But work with victims was less consistent, and some victims were not contacted until shortly before the offender’s release.
W| Yet just 58 per cent of cases contained a plan that would adequately manage risk of harm.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[NPS Bordon and Odiham|S] is a well-led division, and its staff deserve credit for what they achieve.
R| “I would now like leaders to give victim liaison the same attention.”

R| Seven recommendations are set out: the division should act on five, [HMPPS|A] on the remaining two.
"""),
    # 9. a youth offending team written out, 2016, before ratings: four inspectorates "and, in the lead, HM Inspectorate
    #    of Probation"; the finding in the first sentence ("found its efforts ... good but its work ... in need of
    #    attention"); "Positive findings included that:" / "Areas of concern were that:" bullets; a date line "19 May
    #    2016"; "a week-long visit in February 2016"; "The report sets X and its board six recommendations"
    ("brockenhurst-yot-2016", facts([
        svc("Brockenhurst Youth Offending Team", "Brockenhurst YOT", "YJS", None)], "2016-05-19", "2016-02", 6),
     """N| Youth offending work in the New Forest – joint inspection findings

N| [19 May 2016|D]

W| Four inspectorates – [Ofsted|A], [HMIC|A], the [Care Quality Commission|A] and, in the lead, [HM Inspectorate of Probation|A] – inspected [Brockenhurst Youth Offending Team|S] and found its efforts to cut reoffending good but its work to protect children and the public in need of attention.
N| The inspection team examined 30 cases during a week-long visit in [February 2016|D].

N| Positive findings included that:
S| • children and their parents felt listened to by their case managers;
S| • the YOT had cut the number of first-time entrants through a well-run triage scheme with [Hampshire Constabulary|A];
S| • reports for the youth court were of a high quality.

N| Areas of concern were that:
W| • some assessments of how much harm a child might cause others were superficial;
W| • board members lacked a clear view of the YOT’s performance;
W| • some children’s health needs went unmet because of waiting times for [CAMHS|A].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Staff in Brockenhurst are plainly committed to the young people on their caseloads, and there is plenty here to build on.
R| “The board must now bring safeguarding and public protection up to the standard of the YOT’s work on reoffending.”

R| The report sets [Brockenhurst YOT|S] and its board six recommendations.
"""),
    # 10. a Youth Offending Service on a council page in 2019, "Tuesday, 10th September 2019" below the headline: "In
    #     the eyes of ...’s inspectors, X (YOS) deserves an overall ‘...’"; the three areas "the inspectorate rates on
    #     their own" (court disposals, organisational delivery, out-of-court disposals); "during the week beginning 13
    #     May 2019"; the councillor's reply
    ("wadhurst-yos-2019", facts([
        svc("Wadhurst Youth Offending Service", "Wadhurst YOS", "YJS", GOOD,
            [{"aspect": "court disposals", "rating": OUT}, {"aspect": "organisational delivery", "rating": GOOD},
             {"aspect": "out-of-court disposals", "rating": RI}])], "2019-09-10", "2019-05", 4),
     """N| Youth Offending Service earns ‘[Good|R]’ from inspectors

N| [Tuesday, 10th September 2019|D]

N| In the eyes of [Her Majesty’s Inspectorate of Probation|A]’s inspectors, [Wadhurst Youth Offending Service|S] (YOS) deserves an overall ‘[Good|R]’.
W| Of the three areas the inspectorate rates on their own, court disposals came out ‘[Outstanding|R]’, organisational delivery ‘[Good|R]’ and out-of-court disposals ‘[Requires improvement|R]’.
N| Inspectors were in Wadhurst during the week beginning [13 May 2019|D].

S| The report says that [Wadhurst YOS|S] is well led, with a management board that includes senior figures from [East Sussex County Council|A], [Sussex Police|A] and the [NHS|A].
S| The report calls the service’s court work exceptional, with case managers who understood each child and drew families in at every stage.
W| By contrast, some out-of-court decisions were taken before anyone had fully assessed the child, and the service did not always check whether the intervention had worked.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Wadhurst|S] can hold its head high, and children sentenced by the courts get an excellent service.”

R| The inspectors have left the service with four recommendations.

N| Cllr [Joan Pelham|X], whose portfolio covers children’s services, said: “My thanks go to our staff, and out-of-court work will now be our focus.”
"""),
    # 11. a quoted-phrase headline ("‘...’: X judged ‘...’"); "...’s team have given it the top rating available,
    #     ‘...’"; "A separate rating for resettlement policy and provision came out at ‘...’"; a concern in the chief
    #     inspector's quote; "Embargoed to 00.01 on Wednesday 9 October 2024, the time the report is published" in the
    #     notes
    ("penge-yjs-2024", facts([
        svc("Penge Youth Justice Service", "Penge YJS", "YJS", OUT,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2024-10-09", "2024-06", 3),
     """N| ‘Children come first here’: [Penge Youth Justice Service|S] judged ‘[Outstanding|R]’

N| After inspecting [Penge Youth Justice Service|S], [HM Inspectorate of Probation|A]’s team have given it the top rating available, ‘[Outstanding|R]’.
S| A separate rating for resettlement policy and provision came out at ‘[Good|R]’.
N| Inspectors examined the service’s work in [June 2024|D].

S| Inspectors were impressed with the way [Penge YJS|S] listened to children and acted on what they said.
S| A particular strength was the speech and language therapist, who saw each child as soon as their order began.
S| Nearly all children had a plan that took account of their own safety and the safety of others.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a confident, ambitious service whose staff never lose sight of the child.
W| “If I had one concern, it would be the timing of release planning: some children were released from custody before a home had been found for them.”

R| There are three recommendations, for the management board and [Bromley Council|A].

N| ENDS

N| Notes to editors
N| 1. Embargoed to 00.01 on [Wednesday 9 October 2024|D], the time the report is published.
"""),
    # 12. a council page with a day/month/year date line ("12/03/2024"): "the inspectorate’s findings on X, which rate
    #     the service ‘...’"; "previously rated ‘...’ in a report published in June 2019"; "during their visit in
    #     November 2023"; bullets after "Among other things, ...’s inspectors reported that:"; 11 recommendations in
    #     digits with their recipients; the council's apology
    ("steyning-yjs-2024", facts([
        svc("Steyning Youth Justice Service", "Steyning YJS", "YJS", INAD)], "2024-03-12", "2023-11", 11),
     """N| Statement: inspection of youth justice work in Steyning

N| [12/03/2024|D]

N| [West Sussex County Council|A] has been sent the inspectorate’s findings on [Steyning Youth Justice Service|S], which rate the service ‘[Inadequate|R]’.
N| The service was previously rated ‘[Good|R]’ in a report published in [June 2019|D].
N| Inspectors reviewed 34 children’s cases during their visit in [November 2023|D].

N| Among other things, [HM Inspectorate of Probation|A]’s inspectors reported that:
W| • leaders had not acted quickly enough when staffing problems began to affect the quality of work;
W| • too many children did not have an up-to-date assessment of the risks they faced;
W| • children’s education and health needs were not always identified or met;
S| • [Steyning YJS|S]’s work with victims was a strength, with every victim offered the chance to take part in restorative justice.

R| The report makes 11 recommendations, for the service, its management board, [Sussex Police|A] and [NHS Sussex|A].

N| Cllr [Peter Lindfield|X], the cabinet member responsible, said: “We are very sorry that the service has fallen short, and we accept all of the recommendations.”
N| An improvement plan has been agreed with the [Youth Justice Board|A].
"""),
    # 13. a justiceinspectorates news item: "Published: 24 Aug 2022"; "the probation inspectorate rates X ‘...’" (no
    #     "as"); resettlement "which the inspectorate scores on its own, is ‘...’"; fieldwork "from 4 - 8 April 2022";
    #     "Worryingly, in only 5 of the 12"; "But leaders must now ..." (a call); six recommendations, two for the
    #     county council
    ("yateley-yjs-2022", facts([
        svc("Yateley Youth Justice Service", "Yateley YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2022-08-24", "2022-04", 6),
     """N| News

N| Youth justice in north-east Hampshire: more work needed on keeping children safe

N| Published: [24 Aug 2022|D]

N| In its newest report, the probation inspectorate rates [Yateley Youth Justice Service|S] ‘[Requires improvement|R]’.
W| Resettlement, which the inspectorate scores on its own, is ‘[Inadequate|R]’.
N| Inspectors visited the service from [4 - 8 April 2022|D].

S| Inspectors praised the service’s out-of-court work, which had kept down the number of children drawn into youth justice for the first time.
S| Several children said their case managers were approachable and “never gave up on them”.
W| However, the service had lost several experienced staff, and the quality of work had become variable as a result.
W| Worryingly, in only 5 of the 12 custody cases inspected was there a plan for where the child would live on release.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Yateley YJS|S] has dedicated staff, and schools in the area value its support.
R| “But leaders must now take resettlement in hand: every child released from custody should have a safe place to go.”

R| The inspectorate makes six recommendations; [Hampshire County Council|A], as the authority responsible for children’s social care, is the recipient of two.
"""),
    # 14. an embargo line ("Under embargo until 00.01 hours Thursday 28 October 2021"); "has decided that X is a ‘...’
    #     service"; the previous rating beside ("a step up from its last inspection, in 2018, which ended in a rating of
    #     ‘...’"); "inspectors worked remotely, in July 2021"; "Disappointingly"; four recommendations
    ("crowthorne-yjs-2021", facts([
        svc("Crowthorne Youth Justice Service", "Crowthorne YJS", "YJS", GOOD)], "2021-10-28", "2021-07", 4),
     """N| Under embargo until 00.01 hours [Thursday 28 October 2021|D]

N| ‘[Good|R]’ rating for [Crowthorne Youth Justice Service|S]

N| The probation inspectorate, [HMI Probation|A], has decided that [Crowthorne Youth Justice Service|S] is a ‘[Good|R]’ service.
N| COVID-19 rules meant that inspectors worked remotely, in [July 2021|D].
N| This is a step up from its last inspection, in [2018|D], which ended in a rating of ‘[Requires improvement|R]’.

S| Throughout the pandemic, the service had kept up face-to-face contact with most children, meeting them in parks and cafés when offices were closed.
S| [Crowthorne YJS|S]’s diversion scheme, run with [Thames Valley Police|A], was well planned and well recorded.
W| Not all children had the help they needed with their emotional health, because of long waits for [CAMHS|A].
W| Disappointingly, some case managers did not understand how to use the service’s new approach to assessing risk.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Crowthorne|S]’s staff adapted quickly and creatively to a very difficult year.
R| “The partnership should now make sure that children’s emotional and mental health needs are met without delay.”

R| We have made four recommendations, listed in full in the report.
"""),
    # 15. a local-news story with a byline and a date line, the headline's lower-case "Isleworth youth justice service":
    #     "Inspectors have put X into the second-lowest of four categories, ‘...’, in a report out today"; "The watchdog
    #     found that X had ..."; "But inspectors said ..." (praise); "Inspectors visited in June 2023"; the council's
    #     reply
    ("isleworth-yjs-2023", facts([
        svc("Isleworth Youth Justice Service", "Isleworth YJS", "YJS", RI)], "2023-11-15", "2023-06", 7),
     """N| [Isleworth youth justice service|S] told it must improve

N| By [Priya Mistry|X], Local Democracy Reporter

N| [Wednesday 15 November 2023|D]

N| Inspectors have put [Isleworth Youth Justice Service|S] into the second-lowest of four categories, ‘[Requires improvement|R]’, in a report out today.
N| Inspectors visited in [June 2023|D] and looked closely at the cases of 27 children.

W| The watchdog found that [Isleworth|S] had struggled to recruit and keep case managers, leaving some children to be passed from worker to worker.
W| It also said that when a child seemed to be in danger of exploitation, the [Metropolitan Police|A] were not always told quickly enough.
S| But inspectors said case managers worked hard to get to know children and their families, and singled out for praise a mentoring project involving a local football club.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “There is real commitment in this service and a willingness to try new things.
W| “However, too many children are not getting the consistent, careful help they need, and that has to change.”

R| Seven recommendations are directed at [Isleworth YJS|S] and its partners by [HM Inspectorate of Probation|A].

N| A [Hounslow Council|A] spokesperson said the findings were accepted and that four extra case managers had already joined.
"""),
    # 16. "Tuesday, 16th June 2020" below the headline and "today issued"; "where inspectors spent 24 to 28 February
    #     2020"; "Inspectors concluded that the service’s work overall ‘...’"; "in 11 of the 25 cases"; "has the
    #     foundations in place, but"; "I urge the management board to ..."; "The report contains six recommendations."
    ("hornchurch-yjs-2020", facts([
        svc("Hornchurch Youth Justice Service", "Hornchurch YJS", "YJS", RI)], "2020-06-16", "2020-02", 6),
     """N| Youth justice partnership in Havering: inspection report

N| [Tuesday, 16th June 2020|D]

N| [HM Inspectorate of Probation|A] today issued its findings on [Hornchurch Youth Justice Service|S], where inspectors spent [24 to 28 February 2020|D], only weeks before the first lockdown.
N| Inspectors concluded that the service’s work overall ‘[Requires improvement|R]’.

S| Board meetings were well attended, and members understood the particular challenges facing children in the borough.
S| Case managers had a thorough understanding of children’s lives and were skilled at building relationships with them.
W| However, in 11 of the 25 cases inspected, nobody had properly assessed the harm the child might do to others.
W| Planning for children about to transfer to adult probation was not always good enough.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Hornchurch YJS|S] has the foundations in place, but it is not yet consistently delivering the quality of work that children need.
R| “I urge the management board to make risk assessment and planning its priority.”

R| The report contains six recommendations.

N| ENDS
"""),
    # 17. a GOV.UK page: "X needs to improve, says ..., which has given it a ‘...’ rating"; how near it came to
    #     ‘Inadequate’ (a judgement, no fact); "Fieldwork for the inspection of the unit took place in June 2022"; "The
    #     team at X"; the region in the notes; five recommendations
    ("lancing-pdu-2022", facts([
        svc("Lancing Probation Delivery Unit", "Lancing PDU", "PDU", RI)], "2022-11-08", "2022-06", 5),
     """N| Press release

N| Probation unit on the West Sussex coast must improve

N| Inspectors have published their report on a probation delivery unit serving Lancing and the surrounding area.

N| From: [HM Inspectorate of Probation|A]

N| Published [8 November 2022|D]

N| [Lancing Probation Delivery Unit|S] needs to improve, says [HM Inspectorate of Probation|A], which has given it a ‘[Requires improvement|R]’ rating.
W| The unit was only a few points away from being judged ‘[Inadequate|R]’.
N| Fieldwork for the inspection of the unit took place in [June 2022|D].

S| Inspectors found that [Lancing PDU|S]’s leaders had a realistic view of the unit’s problems and a credible plan to tackle them.
S| Staff were warm about their managers and felt able to raise concerns with them.
W| However, caseloads were high, and a third of the probation officer establishment was either vacant or made up of trainees.
W| Sentence plans were often vague, and people on probation were seldom asked what they thought should be in them.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “The team at [Lancing|S] want to do good work, but at present there are simply not enough of them to do it.
R| “The region must make recruitment to this unit a priority.”

R| The report contains five recommendations: three are for the unit, two for the region.

N| Notes to editors
N| 1. [Lancing PDU|S] is part of the [Probation Service – Kent, Surrey & Sussex region|S].
"""),
    # 18. a council news page, "Published: 21 May 2024"; "Inspectors have given X a ‘...’ verdict, two steps up from the
    #     ‘...’ it received in 2021"; fieldwork "from 5 to 9 February 2024"; no count of recommendations (null); the
    #     councillor's thanks
    ("pinner-yjs-2024", facts([
        svc("Pinner Youth Justice Service", "Pinner YJS", "YJS", GOOD)], "2024-05-21", "2024-02", None),
     """N| Inspectors see big improvement in youth justice work

N| Published: [21 May 2024|D]

N| Inspectors have given [Pinner Youth Justice Service|S] a ‘[Good|R]’ verdict, two steps up from the ‘[Inadequate|R]’ it received in [2021|D].
N| Inspectors were on site from [5 to 9 February 2024|D].

S| The inspectors said the service had been transformed by a new leadership team and a management board that now asks searching questions.
S| Every child whose case was examined had been seen promptly after sentence, and most had drafted their plan together with their case manager.
S| Work with [Harrow Council|A]’s children’s social care to protect children at risk of exploitation was described as a real strength.
W| There was less progress on health: some children with suspected speech and language difficulties had waited months for an assessment.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Pinner|S] has turned itself around in three years, and I congratulate everyone involved.
N| “The report shows where the partnership can go next.”

N| Councillor [Anand Verma|X], the council’s lead on children’s services, said the result reflected years of hard work by staff, and thanked them.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the thirty-second shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
