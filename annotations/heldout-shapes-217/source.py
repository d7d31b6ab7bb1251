"""Builds the two hundred and seventeenth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three PDUs of one region on a GOV.UK page, the region named first: "X and Z each land at ‘...’; Y drops to
    #    ‘...’, the bottom rung"; "across a fortnight that began on 3 June 2024"; ten recommendations "four go to Y, three
    #    apiece to X and Z"
    ("shottisham-ramsholt-and-bawdsey-pdus-2024", facts([
        svc("Shottisham Probation Delivery Unit", "Shottisham PDU", "PDU", RI),
        svc("Ramsholt Probation Delivery Unit", "Ramsholt PDU", "PDU", INAD),
        svc("Bawdsey Probation Delivery Unit", "Bawdsey PDU", "PDU", RI)], "2024-11-19", "2024-06", 10),
     """N| Press release

N| Three Suffolk coast probation units inspected

N| One unit is failing and two have work to do, inspectors say.

N| From: [HM Inspectorate of Probation|A]

N| Published [19 November 2024|D]

N| Within the [Probation Service – East of England region|S], three neighbouring units have now been reported on: [Shottisham Probation Delivery Unit|S], [Ramsholt Probation Delivery Unit|S] and [Bawdsey Probation Delivery Unit|S].
N| [Shottisham|S] and [Bawdsey|S] each land at ‘[Requires improvement|R]’; [Ramsholt|S] drops to ‘[Inadequate|R]’, the bottom rung of the scale.
N| Fieldwork in the three units lasted a fortnight from [3 June 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “In Ramsholt the people on probation have become almost invisible to a service that is simply too thinly staffed to see them.
W| “Officers there were carrying caseloads half as large again as the national guide, and risk assessments had been left undone for months.
S| “[Shottisham|S] and [Bawdsey|S], for all their difficulties, have managers who know their cases and teams who pull together.”

S| The inspectors singled out the units’ work with [Suffolk Constabulary|A] on people convicted of stalking, which they called thoughtful and quick.
W| Across all three, though, fewer than half of the sentence plans they read took account of the person’s own views.

R| Ten recommendations are spread across the three reports: four go to [Ramsholt|S], three apiece to [Shottisham|S] and [Bawdsey|S].

N| The Regional Probation Director said staff from elsewhere in the region had already been sent to support [Ramsholt|S].
"""),
    # 2. two youth justice services in a local-news story, named Boyton first; "X earned top marks – ‘...’ – and Y picked
    #    up ‘...’"; made public "on Thursday (13 March)" under a Saturday byline; "in the last weeks of November 2024"
    ("boyton-and-chillesford-yjs-2025", facts([
        svc("Boyton Youth Justice Service", "Boyton YJS", "YJS", GOOD),
        svc("Chillesford Youth Justice Service", "Chillesford YJS", "YJS", OUT)], "2025-03-13", "2024-11", 5),
     """N| Top marks for youth justice team near the Alde

N| By [Hannah Blowers|X]

N| [Saturday 15 March 2025|D]

N| Two small youth justice teams on the Suffolk coast, [Boyton Youth Justice Service|S] and [Chillesford Youth Justice Service|S], have had their inspection reports made public.
N| [Chillesford|S] earned top marks – ‘[Outstanding|R]’ – and [Boyton|S] picked up ‘[Good|R]’ in the reports, which came out on Thursday ([13 March|D]).
N| Inspectors from [HM Inspectorate of Probation|A] visited both teams in the last weeks of [November 2024|D].

S| They found that [Chillesford|S] knew every child on its books by name, and that its case workers stayed with the same children from court to the end of their orders.
S| Its links with local schools were described as exceptional: not one child it supervised was out of education when the inspectors called.
S| [Boyton|S] was praised for the speed with which it offered help to children who had been harmed themselves.
W| The report said, however, that [Boyton|S]’s safety plans for other people were sometimes drafted once and then left untouched.

S| Chief Inspector of Probation [Martin Jones|X] said: “Small teams can punch far above their weight, and these two do.”

R| The inspectorate makes five recommendations, three of them to [Boyton|S] and two to [Chillesford|S].

N| A spokesperson for [Suffolk County Council|A] said the authority was “delighted for both teams”.
"""),
    # 3. a unit inside its region: the region in the headline with its own 2023 rating; "Inspectors have judged X to be
    #    ‘...’"; the previous ‘Requires improvement’ (2022) beside it; "spent the week of 8 July 2024"; notes give the day
    ("sudbourne-pdu-2024", facts([
        svc("Sudbourne Probation Delivery Unit", "Sudbourne PDU", "PDU", INAD)], "2024-11-05", "2024-07", 6),
     """N| [East of England probation region|S]: [Sudbourne unit|S] falls to ‘[Inadequate|R]’

N| Inspectors have judged [Sudbourne Probation Delivery Unit|S] to be ‘[Inadequate|R]’, in a report from [HM Inspectorate of Probation|A].
N| The grade is a fall from the ‘[Requires improvement|R]’ the unit was given after its last inspection, in [2022|D].
N| [Sudbourne|S] belongs to the [Probation Service – East of England region|S], itself graded ‘[Requires improvement|R]’ when inspected in [2023|D].
N| Inspectors spent the week of [8 July 2024|D] at the unit.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Sudbourne|S] has lost its grip on the basics.
W| “Home visits had all but ceased, and in nearly two thirds of the cases we looked at, nobody had checked with children’s services whether a child was at risk.
S| “The officers who remain are loyal to the people they supervise and to each other, and that is a foundation to build on.”

W| Inspectors found the unit’s interim managers had changed four times in a year, leaving staff unsure who to ask for advice.
W| Work with [Suffolk Constabulary|A] on domestic abuse call-outs was patchy, with information often arriving after a plan had been agreed.

R| The report contains six recommendations, five for the unit and one for the region.

N| ENDS

N| Notes to editors
N| 1. The report will be published on the [HM Inspectorate of Probation|A] website at 00.01 on [5 November 2024|D].
"""),
    # 4. a Probation Trust in 2012, before ratings: date line with an ordinal, "Inspectors were pleased to find that:" /
    #    "However, inspectors were concerned to find that:" lists; "took place in October 2011"; five recommendations
    ("iken-and-blaxhall-probation-trust-2012", facts([
        svc("Iken and Blaxhall Probation Trust", "Iken and Blaxhall Probation Trust", "other", None)],
        "2012-03-14", "2011-10", 5),
     """N| Iken and Blaxhall probation: offender management inspection

N| [Wednesday, 14th March 2012|D]

W| [Iken and Blaxhall Probation Trust|S] manages most offenders soundly but has further to go in protecting victims, [HM Inspectorate of Probation|A] reports today.
N| Inspectors carried out the fieldwork for this offender management inspection in [October 2011|D].

N| Inspectors were pleased to find that:
S| • almost every case had an assessment of the likelihood of reoffending done on time;
S| • offender managers had built purposeful relationships with the people they supervised;
S| • the Trust worked closely with [HMP Warren Hill|S] to prepare prisoners for release.

N| However, inspectors were concerned to find that:
W| • the risk of harm to known victims was not always identified at the start of the order;
W| • reviews were seldom carried out after a significant change in an offender’s circumstances.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff in the Trust clearly care about getting it right.
R| “The Trust must now make the protection of victims as much a part of everyday practice as its work on reoffending.”

R| The report makes five recommendations.

N| ENDS
"""),
    # 5. a CRC in 2018: "owned by Sodexo Justice Services"; "inspectors place X at ‘...’"; unpaid work "rated as a
    #    stand-alone element" ‘Inadequate’; "Inspectors visited in September 2018"; "Of the eight recommendations, six ..."
    ("friston-and-sternfield-crc-2018", facts([
        svc("Friston and Sternfield Community Rehabilitation Company", "Friston and Sternfield CRC", "CRC", RI,
            [{"aspect": "unpaid work", "rating": INAD}])], "2019-01-22", "2018-09", 8),
     """N| [Friston and Sternfield Community Rehabilitation Company|S]: inspection report

N| Published: [22 Jan 2019|D]

N| In a report published today, inspectors place [Friston and Sternfield Community Rehabilitation Company|S] (CRC) at ‘[Requires improvement|R]’ overall.
N| The CRC, owned by [Sodexo Justice Services|A], supervises about 3,000 people on community orders and licences.
N| Inspectors visited in [September 2018|D].

W| Unpaid work, rated as a stand-alone element of the inspection, was found ‘[Inadequate|R]’: too many people waited weeks for a placement, and some sessions were cancelled on the day.
S| Inspectors praised the CRC’s women’s centre, where staff and volunteers offered advice on debt, housing and health under one roof.
W| The contact many people had with their responsible officer was by telephone only, and some had not been seen in person for half a year.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “The CRC has some able and committed staff.
W| “Yet the model it runs leaves them with too little time for the people who need them most.”

R| Six of the eight recommendations are for the CRC, while two go to [HM Prison and Probation Service|A].

N| A spokesperson for [Sodexo Justice Services|A] said the company would study the findings carefully.
"""),
    # 6. an NPS division in 2019, its full name "Rendham division of the National Probation Service", short "NPS
    #    Rendham"; "awards the division its second-highest grade, ‘Good’, as its overall regional rating"; "fieldwork in
    #    March 2019"; "four recommendations, one of them for HMPPS"
    ("rendham-nps-division-2019", facts([
        svc("Rendham division of the National Probation Service", "NPS Rendham", "region", GOOD)],
        "2019-07-09", "2019-03", 4),
     """N| [National Probation Service|A] division earns ‘[Good|R]’ rating

N| [HM Inspectorate of Probation|A] awards the [Rendham division of the National Probation Service|S] its second-highest grade, ‘[Good|R]’, as its overall regional rating.
N| The report was published on [Tuesday 9 July 2019|D].
N| Fieldwork for the inspection was done in [March 2019|D].

S| [NPS Rendham|S] had a clear vision, shared by staff at every grade, and leaders who took the trouble to explain their decisions.
S| Court reports were prepared promptly and were of a high standard, so magistrates had the information they needed on the day.
S| Staff caseloads were manageable in nearly every office inspectors visited.
W| Work to protect children was weaker, with home visits used far less often than the cases demanded.

S| [Dame Glenys Stacey|X], HM Chief Inspector of Probation, said: “[Rendham|S]’s leaders have steadied the ship.
S| “The division’s staff can be rightly proud of the way they assess and manage risk.”

R| Four recommendations are made; [HM Prison and Probation Service|A] is the recipient of one.

N| ENDS
"""),
    # 7. a youth offending service written out in lower case after the abbreviation in the headline: the service is
    #    "Waldringfield youth offending service" (the lower-case full form); "emerged from its inspection with ‘...’";
    #    "inspection in May 2019"; "three recommendations"
    ("waldringfield-yos-2019", facts([
        svc("Waldringfield youth offending service", "Waldringfield YOS", "YJS", GOOD)], "2019-09-10", "2019-05", 3),
     """N| [Waldringfield YOS|S] rated ‘[Good|R]’ by inspectors

N| Posted on [10/09/2019|D]

N| The [Waldringfield youth offending service|S] has emerged from its inspection by [HM Inspectorate of Probation|A] with a ‘[Good|R]’.
N| Inspectors spent time with the service in [May 2019|D] and their report is published today.

S| They said the [Waldringfield YOS management board|A] knew its children and asked hard questions of every partner around the table.
S| Case workers gave children time and patience, and many children told inspectors they felt listened to.
W| Inspectors did find that work to help children back into school after an exclusion started too late in some cases.
W| Health assessments were also missing from a small number of files.

N| [Suffolk County Council|A]’s lead member for children, Councillor [Alan Pettit|X], said: “The team has done us proud, and each point the inspectors raised will be acted on.”

R| The inspectors made three recommendations, all of which the service has accepted.
"""),
    # 8. two PDUs in one embargoed release: "Both units are placed at ‘...’"; the second unit's unpaid work "scored
    #    separately, reached ‘Good’"; "from 30 September to 11 October 2024"; "nine recommendations: five for X, four
    #    for Y"
    ("bromeswell-and-ufford-pdus-2025", facts([
        svc("Bromeswell Probation Delivery Unit", "Bromeswell PDU", "PDU", RI),
        svc("Ufford Probation Delivery Unit", "Ufford PDU", "PDU", RI, [{"aspect": "unpaid work", "rating": GOOD}])],
        "2025-02-18", "2024-09", 9),
     """N| EMBARGOED UNTIL 00:01 [TUESDAY 18 FEBRUARY 2025|D]

N| Two Deben valley probation units must improve, inspectors conclude

N| [Bromeswell Probation Delivery Unit|S] and [Ufford Probation Delivery Unit|S], both in the [East of England probation region|S], are the subject of two reports from [HM Inspectorate of Probation|A] out today.
N| Both units are placed at ‘[Requires improvement|R]’.
S| [Ufford|S]’s unpaid work, scored separately, reached ‘[Good|R]’.
N| Inspectors were in the units from [30 September to 11 October 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “These are two units heading in the right direction but not there yet.
W| “[Bromeswell|S]’s public protection work still depends too much on which officer a person happens to be given.
S| “[Ufford|S] has built a strong unpaid work scheme, with placements that give people real skills and benefit the community.”

W| Both units had vacancies among senior probation officers, and newly qualified staff said they were not supervised often enough.

R| There are nine recommendations: five for [Bromeswell|S], four for [Ufford|S].

N| ENDS
"""),
    # 9. a unit in its region on a GOV.UK page: "X’s overall grade is ‘...’ – a step up from the ‘...’ it received in
    #    2023"; "Inspectors were at the unit during January 2025"; "seven recommendations, including ..."
    ("eastbridge-pdu-2025", facts([
        svc("Eastbridge Probation Delivery Unit", "Eastbridge PDU", "PDU", RI)], "2025-05-27", "2025-01", 7),
     """N| Press release

N| [Eastbridge probation unit|S] improving, says report

N| From: [HM Inspectorate of Probation|A]

N| Published [27 May 2025|D]

N| [Eastbridge Probation Delivery Unit|S] has been inspected again; its home is the [East of England region of the Probation Service|S].
N| Its overall grade is now ‘[Requires improvement|R]’, one rung higher than the ‘[Inadequate|R]’ awarded in [2023|D].
N| Inspectors were at the unit during [January 2025|D].

S| The report credits a new head of service with bringing order to the unit: caseloads have been shared out more evenly and every officer now has monthly supervision.
S| Inspectors saw good links with drug and alcohol services, so people were assessed within days of starting their orders.
W| But assessments of the risk people posed to partners and children were still too thin in a third of cases.
W| Only 14 of the 31 cases inspected had a plan that said how the person would be helped into work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “This is a unit on the way back.
R| “Leaders must now make sure that the gains in staffing reach the people on probation in the form of better plans and better protection for victims.”

R| We have made seven recommendations, including that the region protect the unit’s staffing over the next year.
"""),
    # 10. an ordinary youth justice service on a GOV.UK page; stock rating sentence; "over five days in June 2024"; notes
    ("blyford-yjs-2024", facts([
        svc("Blyford Youth Justice Service", "Blyford YJS", "YJS", RI)], "2024-09-24", "2024-06", 6),
     """N| Press release

N| Blyford youth justice work ‘[Requires improvement|R]’

N| [Blyford Youth Justice Service|S] has been rated ‘[Requires improvement|R]’ by [HM Inspectorate of Probation|A].
N| Fieldwork was carried out over five days in [June 2024|D].

S| Inspectors were impressed with the service’s work to divert children away from court, which was swift and well thought through.
S| Children’s voices were heard clearly in their plans, and parents said staff kept them informed.
W| However, in too many cases the assessment of the risk a child might pose to others was out of date.
W| The service’s board had not yet settled what information it needed to oversee the work, and its meetings were poorly attended by health partners.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Blyford|S]’s staff are warm and committed.
W| “What they lack is a grip on risk, and that has to be the board’s first concern.”

R| The report makes six recommendations, including that the service improve its assessment of risk to others.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [24 September 2024|D] at 00.01.
"""),
    # 11. an ordinary justiceinspectorates.gov.uk news item, ‘Outstanding’; "Published: 7 Nov 2023"; "in July 2023";
    #     "just two recommendations"
    ("thorington-yjs-2023", facts([
        svc("Thorington Youth Justice Service", "Thorington YJS", "YJS", OUT)], "2023-11-07", "2023-07", 2),
     """N| News

N| ‘[Outstanding|R]’ rating for youth justice in Thorington

N| Published: [7 Nov 2023|D]

N| [Thorington Youth Justice Service|S] has been rated ‘[Outstanding|R]’ by [HM Inspectorate of Probation|A].
N| The inspection took place in [July 2023|D].

S| Every child inspectors looked at had a named worker who knew them well, and the work done with them was consistently of a high standard.
S| The service’s education, training and employment offer stood out: nine in ten children were in a school, college or apprenticeship.
S| Joint work with [CAMHS|A] meant that children waiting for mental health care were seen by a specialist within a fortnight.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Thorington|S] is what good looks like, and then some.
N| “I hope other services will come and see how it is done.”

R| Inspectors left just two recommendations, both about recording.
"""),
    # 12. an ordinary PDU release with an embargo line, ‘Inadequate’ given "the lowest of the four grades"; "in February
    #     and March 2024"; "eleven recommendations"
    ("kyson-pdu-2024", facts([
        svc("Kyson Probation Delivery Unit", "Kyson PDU", "PDU", INAD)], "2024-07-11", "2024-02", 11),
     """N| EMBARGOED: 00.01hrs [Thursday 11 July 2024|D]

N| [Kyson probation unit|S] handed lowest grade

N| [HM Inspectorate of Probation|A] has given [Kyson Probation Delivery Unit|S] the lowest of its four grades, ‘[Inadequate|R]’.
N| Inspectors carried out their fieldwork in [February and March 2024|D].

W| The unit had lost almost a third of its probation officers in the previous year, and agency staff filled many of the gaps.
W| Inspectors found that domestic abuse enquiries with [Suffolk Constabulary|A] had been made in fewer than half of the relevant cases.
W| Sentence plans tended to be carried forward unchanged at each review.
S| The unit’s approved premises, on the other hand, were well run, and residents spoke warmly of the staff.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “I know the team in Kyson is working hard under real pressure.
W| “But the public cannot be confident that the risks posed by people on probation here are being properly managed.”
N| Mr Jones continued: “We will return to the unit next year.”

R| The report makes eleven recommendations, eight for the unit and three for the [Probation Service|A] nationally.

N| ENDS
"""),
    # 13. a council page told in the third person, "Posted on 21/06/2022"; "came away with ‘Good’"; "carried out in
    #     February 2022"; "four recommendations"
    ("holton-yjs-2022", facts([
        svc("Holton Youth Justice Service", "Holton YJS", "YJS", GOOD)], "2022-06-21", "2022-02", 4),
     """N| Youth justice team praised by inspectors

N| Posted on [21/06/2022|D]

N| [Holton Youth Justice Service|S] walked away with a ‘[Good|R]’ grade in the report [HM Inspectorate of Probation|A] released today.
N| The inspection was carried out in [February 2022|D].

S| The watchdog found that staff went on seeing children in person right through the pandemic.
S| It also praised the service’s restorative justice work, which gave victims a real say.
W| Inspectors noted that preparations for a child’s release from custody sometimes began too late.

N| Councillor [Helen Garrod|X], who speaks for children and families at [Suffolk County Council|A], said: “My thanks go to everyone in the team for all they do.
N| “We will look closely at the report and come back on our progress.”

R| The inspectorate made four recommendations in all.
"""),
    # 14. a date line with an ordinal and "published today"; "judged to require improvement" with the capitalised term;
    #     "between 18 and 22 November 2019"; "seven recommendations"
    ("uggeshall-yjs-2020", facts([
        svc("Uggeshall Youth Justice Service", "Uggeshall YJS", "YJS", RI)], "2020-03-03", "2019-11", 7),
     """N| Uggeshall youth justice inspection report published

N| [Tuesday, 3rd March 2020|D]

N| In a report published today, [Her Majesty’s Inspectorate of Probation|A] finds that [Uggeshall Youth Justice Service|S] ‘[Requires improvement|R]’.
N| The inspection team was on site from [18 to 22 November 2019|D].

S| The service’s partnership with [Suffolk Constabulary|A] on out-of-court disposals was a notable strength, and decisions were made quickly and fairly.
W| Court work was less secure: in only nine of 20 cases did the assessment properly consider the child’s safety.
W| Staff said training had been cancelled repeatedly, and some had never had an appraisal.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “There is real talent in this service.
W| “Too often, though, it is held back by gaps in management oversight.”

R| Seven recommendations follow, aimed at the service and its partners.

N| ENDS
"""),
    # 15. a 2025 public-protection release, no rating: "Context" / "Findings" bullets; region as context; "in June 2025";
    #     "four recommendations"
    ("wangford-pdu-2025", facts([
        svc("Wangford Probation Delivery Unit", "Wangford PDU", "PDU", None)], "2025-10-15", "2025-06", 4),
     """N| Public protection inspection: [Wangford Probation Delivery Unit|S]

N| From: [HM Inspectorate of Probation|A]

N| Published [15 October 2025|D]

N| [Wangford Probation Delivery Unit|S], close to the coast and within the [Probation Service – East of England region|S], is the subject of a public protection report out today from [HM Inspectorate of Probation|A].
N| Public protection inspections do not give a rating.
N| Inspectors looked at the unit’s work in [June 2025|D].

N| Context
N| • [Wangford PDU|S] covers a rural stretch of coast and supervises around 600 people.
N| • About a quarter of them have a conviction for a violent offence.

N| Findings
S| • Officers understood the risks in their caseloads well and wrote them down clearly.
W| • Information from [Suffolk Constabulary|A] about domestic abuse call-outs was missing in a fifth of cases.
W| • Plans seldom set out what would happen if risk rose.
S| • Work through [MAPPA|A] was well organised and timely.

R| Of its four recommendations, three are for the unit and one is for the region.
"""),
    # 16. a remote inspection in 2021 on a news item; "has come through its inspection with ‘Good’"; "carried out
    #     remotely in March 2021"; three recommendations
    ("reydon-yjs-2021", facts([
        svc("Reydon Youth Justice Service", "Reydon YJS", "YJS", GOOD)], "2021-07-06", "2021-03", 3),
     """N| News

N| [Reydon youth justice service|S] rated ‘[Good|R]’

N| Published: [6 Jul 2021|D]

N| [Reydon Youth Justice Service|S] has come through its inspection with a ‘[Good|R]’ from [HM Inspectorate of Probation|A].
N| The inspection was carried out remotely in [March 2021|D].

S| Inspectors found a settled, well-led service that switched quickly to phone calls, video and doorstep visits when the pandemic struck.
S| Relationships with the youth court and with [Suffolk Constabulary|A] were strong.
W| Support for children’s speech and language needs was harder to come by, with long waits for an assessment.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Reydon|S] has coped with a very difficult year remarkably well.
R| “The board should now press health partners to play their full part.”

R| Three recommendations are made.
"""),
    # 17. a local-news story: "Inspectors have graded X ‘...’"; the report "published on Wednesday (16 August)" under a
    #     Friday byline; "during April 2023"; "half a dozen recommendations"
    ("alderton-pdu-2023", facts([
        svc("Alderton Probation Delivery Unit", "Alderton PDU", "PDU", RI)], "2023-08-16", "2023-04", 6),
     """N| Probation unit ‘must do better’ say inspectors

N| By [Tom Hartley|X]

N| [Friday 18 August 2023|D]

N| Inspectors have graded [Alderton Probation Delivery Unit|S] ‘[Requires improvement|R]’ in a report published on Wednesday ([16 August|D]).
N| The inspection team from [HM Inspectorate of Probation|A] visited during [April 2023|D].

W| They found that the unit, which covers a swathe of the Sandlings, was short of a quarter of its probation officers.
W| Risk assessments were good enough in only 12 of the 26 cases examined.
S| But the report was positive about the unit’s work with [Nacro|A] to find housing for people leaving prison.

S| Chief Inspector of Probation [Justin Russell|X] said: “There are plenty of staff in Alderton who want to do the right thing.
W| “They need more colleagues and more time, and until they get them, the work will stay uneven.”

R| The report makes half a dozen recommendations.

N| The [Probation Service|A] said a recruitment drive was under way.
"""),
    # 18. an ordinary youth justice page opening on "Skip to content" and an empty "Published:" line; "placed at the foot
    #     of the inspectorate’s four-point scale"; "visited in the third week of May 2024"; "a total of eight
    #     recommendations"; the notes' day
    ("sweffling-yjs-2024", facts([
        svc("Sweffling Youth Justice Service", "Sweffling YJS", "YJS", INAD)], "2024-10-01", "2024-05", 8),
     """N| Skip to content

N| Published:

N| [Sweffling youth justice service|S] placed at foot of inspection scale

N| [HM Inspectorate of Probation|A] has placed [Sweffling Youth Justice Service|S] at the foot of its four-point scale, ‘[Inadequate|R]’.
N| Inspectors visited in the third week of [May 2024|D].

W| Even where police had flagged a danger of exploitation, children were too often left with no safety plan.
W| The management board had met only twice in the year before the inspection, and several partners had stopped attending.
S| Inspectors did praise the service’s reparation projects, which children enjoyed and which local people valued.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Children in Sweffling have been let down by the people responsible for overseeing this service.
R| “The council and its partners need to act now; I will be looking for a credible improvement plan within weeks.”

R| The report sets out a total of eight recommendations.

N| ENDS

N| Notes to editors
N| 1. The report will be available on the [HM Inspectorate of Probation|A] website on [1 October 2024|D] at 00.01.
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the two hundred and seventeenth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
