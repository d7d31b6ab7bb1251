"""Builds the fifty-ninth shapes held-out set (*.json) from the marked-up texts below: `python source.py` in this directory.

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
    # 1. three Neath Port Talbot PDUs on a GOV.UK page, the region named before the units: "X and Y were both placed at
    #    ‘...’, while Z was given the lowest possible rating, ‘...’"; fieldwork "during January 2024"; nine
    #    recommendations "three for each PDU"; the Director of Probation for Wales's reply
    ("pontardawe-skewen-and-aberavon-pdus-2024", facts([
        svc("Pontardawe Probation Delivery Unit", "Pontardawe PDU", "PDU", RI),
        svc("Skewen Probation Delivery Unit", "Skewen PDU", "PDU", INAD),
        svc("Aberavon Probation Delivery Unit", "Aberavon PDU", "PDU", RI)], "2024-05-21", "2024-01", 9),
     """N| Press release

N| Three probation delivery units in Neath Port Talbot inspected

N| Inspectors report on the work of three units supervising people on probation in the Swansea Bay area.

N| From: [HM Inspectorate of Probation|A]

N| Published [21 May 2024|D]

N| Reports published today by [HM Inspectorate of Probation|A] look at three units run by [Probation Service – Wales|S]: [Pontardawe Probation Delivery Unit|S], [Skewen Probation Delivery Unit|S] and [Aberavon Probation Delivery Unit|S].
N| [Pontardawe|S] and [Aberavon|S] were both placed at ‘[Requires improvement|R]’, while [Skewen|S] was given the lowest possible rating, ‘[Inadequate|R]’.
N| Inspectors visited all three units during [January 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Skewen|S]’s staff were doing their best, but there were far too few of them to cope.
W| “Half of the probation officer posts were empty or covered by agency staff, and people on licence had been left unseen for weeks at a time.
S| “[Pontardawe|S] and [Aberavon|S] are in a better position, with steady teams and managers who check the quality of their work.”

S| [Aberavon PDU|S]’s work with [South Wales Police|A] on domestic abuse call-outs was picked out by inspectors as an example for other units in Wales.
W| Across the three units, risk to children was properly assessed in fewer than half of the cases inspectors read.
W| Too few people were starting accredited programmes, and waiting times in [Skewen PDU|S] had stretched beyond nine months.

R| In all, the reports contain nine recommendations, three for each PDU.

N| [Ian Barrow|X], Director of Probation for Wales, said: “We accept every recommendation and have already moved extra staff into Skewen.”
"""),
    # 2. two youth justice services in a local-news story: the reports "came out on Tuesday (10 October)" under a byline
    #    of Friday 13 October 2023; "X came out on top with ‘...’, while Y was assessed as ‘...’", in the other order from
    #    the one the services were first named in; "I would like Gresford to ..."; five recommendations
    ("gresford-and-chirk-yjs-2023", facts([
        svc("Gresford Youth Justice Service", "Gresford YJS", "YJS", GOOD),
        svc("Chirk Youth Justice Service", "Chirk YJS", "YJS", OUT)], "2023-10-10", "2023-06", 5),
     """N| Youth justice teams near Wrexham win praise from inspectors

N| By [Siân Pritchard|X]

N| [Friday 13 October 2023|D]

N| Inspectors’ reports on [Gresford Youth Justice Service|S] and [Chirk Youth Justice Service|S] came out on Tuesday ([10 October|D]), following visits in [June 2023|D].
N| [Chirk|S] came out on top with ‘[Outstanding|R]’, while [Gresford|S] was assessed as ‘[Good|R]’.

S| The watchdog found that [Chirk|S]’s staff had built such close links with local schools that nearly every child under supervision was in full-time education.
S| [Gresford|S] was commended for getting children quick help with their mental health, through a worker seconded from [Betsi Cadwaladr University Health Board|A].
W| However, inspectors said [Gresford YJS|S] did not always involve victims in decisions about restorative work.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “Two small teams are doing a great deal for the children of this corner of north Wales.
R| “I would like [Gresford|S] to involve victims as closely as it already involves the children it supervises.”

R| Five recommendations are made in total, three for [Gresford|S] and two for [Chirk|S].

N| A spokesperson for [Wrexham County Borough Council|A] said: “We are delighted with both reports and proud of our youth justice staff.”
"""),
    # 3. two Gwent PDUs in a justiceinspectorates news item, the region named in the first sentence: "have each been given
    #    the lowest rating on the inspectorate’s scale, ‘...’"; "Published: 4 Feb 2025"; fieldwork "between 2 and 13
    #    September 2024"; "Mr Jones continued"; eight recommendations "three for each unit and two for the Probation
    #    Service in Wales"
    ("abercarn-and-newbridge-pdus-2025", facts([
        svc("Abercarn Probation Delivery Unit", "Abercarn PDU", "PDU", INAD),
        svc("Newbridge Probation Delivery Unit", "Newbridge PDU", "PDU", INAD)], "2025-02-04", "2024-09", 8),
     """N| News

N| Two probation units in Gwent judged ‘[Inadequate|R]’

N| Published: [4 Feb 2025|D]

N| Two of the units that make up [Probation Service – Wales|S], [Abercarn Probation Delivery Unit|S] and [Newbridge Probation Delivery Unit|S], have each been given the lowest rating on the inspectorate’s scale, ‘[Inadequate|R]’.
N| The fieldwork for both inspections ran between [2 and 13 September 2024|D].

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am seriously concerned about the safety of the public in this part of the Gwent valleys.
W| “In both units, managers had lost sight of which cases posed the highest risk, and warnings from [Gwent Police|A] were sometimes not read for days.”

W| Mr Jones continued: “Practitioners told us they felt exhausted and unsupported, and several were holding caseloads of more than 70.”

S| Inspectors did find that [Newbridge PDU|S]’s unpaid work team had kept its projects running throughout, with good links to community groups.
S| At [Abercarn PDU|S], a new approach to checking people’s accommodation on release from prison was starting to show results.
W| In neither unit was there a reliable system for recording contact with victims.

R| Eight recommendations are made: three for each unit and two for the [Probation Service|A] in Wales.
"""),
    # 4. a unit inside its region, the region in the headline and the first sentence: "Inspectors have found that X, one
    #    of the units of Y, ‘...’" (the rating as the verb); fieldwork "3 - 7 June 2024"; "Worryingly, in only 15 of the
    #    42 cases"; "The unit now needs to ..."; the publication day in the notes
    ("saundersfoot-pdu-2024", facts([
        svc("Saundersfoot Probation Delivery Unit", "Saundersfoot PDU", "PDU", RI)], "2024-10-15", "2024-06", 6),
     """N| [Probation Service – Wales|S]: unit in Pembrokeshire ‘must get to grips with risk’

N| Inspectors have found that [Saundersfoot Probation Delivery Unit|S], one of the units of [Probation Service – Wales|S], ‘[Requires improvement|R]’.
N| An inspection team spent [3 - 7 June 2024|D] at the unit’s offices, reading 42 cases and speaking to staff and partners.

S| The unit had a settled staff group, and almost all practitioners said their manager was easy to approach.
S| People on probation told inspectors they were treated with respect and that appointments were rarely cancelled.
W| Worryingly, in only 15 of the 42 cases had the practitioner looked properly at the risk the person posed to a partner or ex-partner.
W| Checks with [Dyfed-Powys Police|A] about domestic abuse call-outs were not routinely made at the start of an order.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Saundersfoot|S] has a stable, caring team, and people on probation clearly value it.
R| “Leaders must now make sure risk is assessed with the same care, so that partners and children are properly protected.”

R| Six recommendations are made: four are for the PDU, the other two for [Probation Service – Wales|S].

N| ENDS

N| Notes to editors
N| 1. Embargoed until 00.01 on [Tuesday 15 October 2024|D], when the report is published.
N| 2. [Saundersfoot PDU|S] covers south Pembrokeshire and supervises around 550 people.
"""),
    # 5. a unit inside its region, with its previous rating: "has been given the lowest possible rating by ...: ‘...’";
    #    "previously rated ‘...’ in a report published in March 2022"; fieldwork "in October and November 2024"; the
    #    region told to act; seven recommendations
    ("knighton-pdu-2025", facts([
        svc("Knighton Probation Delivery Unit", "Knighton PDU", "PDU", INAD)], "2025-03-11", "2024-10", 7),
     """N| Probation unit in Powys falls to ‘[Inadequate|R]’

N| Published: [11 Mar 2025|D]

N| [Knighton Probation Delivery Unit|S], part of [Probation Service – Wales|S], has been given the lowest possible rating by [HM Inspectorate of Probation|A]: ‘[Inadequate|R]’.
N| When last inspected, in a report out in [March 2022|D], the unit was given ‘[Requires improvement|R]’.
N| Inspectors carried out their fieldwork in [October and November 2024|D].

W| The report describes a unit stretched too thin across a huge rural area, where some people on probation had to travel more than two hours to an appointment.
W| Since the last inspection, leadership had changed three times, and the improvement plan drawn up in [2022|D] had been largely forgotten.
W| Home visits were rare, even in cases where there were concerns about children.
S| Inspectors noted some promising joint work with [Powys Teaching Health Board|A] on mental health support.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “I am disappointed that [Knighton|S] has gone backwards since our last visit.
R| “[Probation Service – Wales|S] must give this unit the managers and staff it needs, and quickly.”

R| The report makes seven recommendations.

N| A [Probation Service|A] spokesperson said: “We are putting an urgent recovery plan in place for the unit.”
"""),
    # 6. a Probation Trust in 2011, before ratings: percentage scores, "Inspectors were pleased to find that:" / "However,
    #    inspectors were concerned to find that:" bullet lists; the verdict in the first sentence; "Thursday, 9th June
    #    2011" above "published today"; "The inspection, which took place in February 2011"; seven recommendations
    ("whitland-and-st-clears-probation-trust-2011", facts([
        svc("Whitland and St Clears Probation Trust", "Whitland and St Clears Probation Trust", "other", None)],
        "2011-06-09", "2011-02", 7),
     """N| Offender management in west Carmarthenshire – inspection findings published

N| [Thursday, 9th June 2011|D]

S| [Whitland and St Clears Probation Trust|S] is making a real difference to the lives of the offenders it supervises, inspectors from [HM Inspectorate of Probation|A] say in their report on the Trust, which comes out today.
N| The inspection, which took place in [February 2011|D], looked at a sample of 54 cases.

S| The Trust achieved a score of 78% for work to reduce the likelihood of reoffending and 83% for making sure sentences were complied with.
W| Public protection work scored lower, at 64%.

N| Inspectors were pleased to find that:
S| • offenders were seen promptly after sentence and most had a clear supervision plan;
S| • staff had good working relationships with [Dyfed-Powys Police|A] and with local housing providers.

N| However, inspectors were concerned to find that:
W| • risk of harm was not reviewed after significant changes in an offender’s circumstances;
W| • contact with children’s services was not always recorded where there were child protection concerns.

S| [Liz Calderbank|X], HM Chief Inspector of Probation, said: “Staff here are committed and know their communities well.
R| “The Trust should now make its public protection work as consistent as the rest of what it does.”

R| We have made seven recommendations.
"""),
    # 7. a CRC in 2018 owned by a named provider, with an embargo line: "has judged X (CRC), owned by ..., to be ‘...’
    #    overall"; resettlement "which was rated separately, was found to be ‘...’"; "Inspectors visited the CRC in July
    #    2018"; the provider's reply
    ("tintern-and-raglan-crc-2018", facts([
        svc("Tintern and Raglan Community Rehabilitation Company", "Tintern and Raglan CRC", "CRC", RI,
            [{"aspect": "resettlement", "rating": INAD}])], "2018-12-13", "2018-07", 6),
     """N| Embargoed until 00.01 [Thursday 13 December 2018|D]

N| Probation company in Monmouthshire ‘not yet delivering’, say inspectors

N| [HM Inspectorate of Probation|A] has judged [Tintern and Raglan Community Rehabilitation Company|S] (CRC), which is run by [Working Links|A], to be ‘[Requires improvement|R]’ overall.
W| Resettlement work, which was rated separately, was found to be ‘[Inadequate|R]’.
N| Inspectors visited the CRC in [July 2018|D].

S| Dame [Glenys Stacey|X], HM Chief Inspector of Probation, said: “Its staff are enthusiastic and keen to do well, and the CRC’s unpaid work is well organised.
W| “But too many people are leaving prison with nowhere to live and no real help to find work.”

W| Inspectors found that staff turnover was high, with a quarter of posts vacant or filled by agency workers.
S| Work with women was a bright spot: a dedicated women’s service in Chepstow gave practical and emotional support.
W| Relationships with the [National Probation Service|A] were workable, but information about cases at court was often passed on late.

R| Six recommendations are made, four of them for the CRC and [Working Links|A]; [HM Prison and Probation Service|A] must act on the rest.

N| A spokesperson for [Working Links|A] said: “We are already acting on the report’s findings.”
"""),
    # 8. a youth offending team written out, on a council page in 2016, before ratings: a joint inspection "led by ...",
    #    with Estyn, the Care and Social Services Inspectorate Wales and Healthcare Inspectorate Wales; "Posted:
    #    24/11/2016" (day/month/year); bullet lists; six recommendations
    ("harlech-and-barmouth-yot-2016", facts([
        svc("Harlech and Barmouth Youth Offending Team", "Harlech and Barmouth YOT", "YJS", None)],
        "2016-11-24", "2016-09", 6),
     """N| Inspection of youth offending work in Harlech and Barmouth

N| Posted: [24/11/2016|D]

N| A joint inspection of [Harlech and Barmouth Youth Offending Team|S] (YOT), led by [HM Inspectorate of Probation|A], has now been published.
N| Inspectors from [Estyn|A], the [Care and Social Services Inspectorate Wales|A] and [Healthcare Inspectorate Wales|A] also took part, and fieldwork took place in [September 2016|D].

N| Inspectors were pleased to find that:
S| • children were seen quickly after sentence and knew what their plans were meant to achieve;
S| • case managers had strong links with schools across the area, including Welsh-medium schools.

N| However, inspectors were concerned that:
W| • the risk children might pose to other people was not always considered in assessments;
W| • the management board did not have the information it needed to hold the YOT to account.

R| The report makes six recommendations, most of them for the management board.

N| Councillor [Gareth Owen|X], [Gwynedd Council|A]’s cabinet member for children and families, said: “We accept the findings and thank our staff for their hard work.”
"""),
    # 9. "Youth Offending Service" in 2019, the headline's lower-case "Corwen youth offending service": "has been found to
    #    be ‘...’ by ..., which inspected the service in May 2019"; "I would encourage the service to ..."; "The report
    #    will be available online from: Wednesday 9 October 2019" in the notes; four recommendations
    ("corwen-yos-2019", facts([
        svc("Corwen Youth Offending Service", "Corwen YOS", "YJS", GOOD)], "2019-10-09", "2019-05", 4),
     """N| Inspectors give [Corwen youth offending service|S] a ‘[Good|R]’ rating

N| [Corwen Youth Offending Service|S] has been found to be ‘[Good|R]’ by [Her Majesty’s Inspectorate of Probation|A] after its inspection in [May 2019|D].

S| Leaders knew where they wanted the service to go, and the management board, chaired by a senior officer from [Denbighshire County Council|A], challenged partners where needed.
S| Children spoke warmly of the adults supervising them; several said that no adult had ever listened to them so carefully before.
S| Work to divert children from the courts was a particular strength, with most children completing their programme.
W| Yet planning for children’s own safety was not as strong: in a third of cases, the risks children faced from others had been underestimated.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Corwen|S] is a service with a clear purpose and a team that cares deeply about the children it works with.
R| “I would encourage the service to look again at how it assesses the risks to children’s own safety.”

R| Four recommendations have been made, all for the service and its board.

N| ENDS

N| Notes to editors
N| 1. The report will be available online from: [Wednesday 9 October 2019|D].
N| 2. [Corwen YOS|S] supervises children aged 10 to 17 across south Denbighshire.
"""),
    # 10. a year-less "published today (Thursday, 17 November)" (the fieldwork's year, July 2022): "... finds that X
    #     ‘...’" (the rating as the verb); resettlement "which is rated separately, was judged ‘...’"; "there is still a gap
    #     between ..." after "but"; six recommendations, one for a health board
    ("loughor-yjs-2022", facts([
        svc("Loughor Youth Justice Service", "Loughor YJS", "YJS", RI,
            [{"aspect": "resettlement policy and provision", "rating": GOOD}])], "2022-11-17", "2022-07", 6),
     """N| Youth justice in Loughor ‘moving in the right direction’

N| In a report published today (Thursday, [17 November|D]), [HM Inspectorate of Probation|A] finds that [Loughor Youth Justice Service|S] ‘[Requires improvement|R]’.
S| Its resettlement policy and provision, which inspectors rate on its own, was judged ‘[Good|R]’.
N| The inspection took place in [July 2022|D].

S| Every child released from custody had accommodation and an education plan arranged well ahead of the release date.
S| Case managers had a knack for winning over children who had previously refused to work with anyone.
W| However, the service’s work to manage the risk children posed to others was not good enough, with safety plans often vague or out of date.
W| The management board had only recently begun to look at which children were being excluded from school.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Loughor|S] has made a real effort, and it shows, but there is still a wide gap between its best and its weakest practice.
R| “Leaders should now set clear expectations for how every case manager plans to keep other people safe.”

R| Six recommendations are made, five for the service and one for [Swansea Bay University Health Board|A].
"""),
    # 11. a GOV.UK page: "X has been awarded ‘...’, the highest rating ... can give"; the previous rating beside ("It was
    #     rated ‘Good’ at its last inspection, in 2021"); fieldwork "in August and September 2024"; three
    #     recommendations
    ("clydach-yjs-2024", facts([
        svc("Clydach Youth Justice Service", "Clydach YJS", "YJS", OUT)], "2024-12-10", "2024-08", 3),
     """N| Press release

N| Youth justice service near Swansea rated ‘[Outstanding|R]’

N| Inspectors publish their findings on [Clydach Youth Justice Service|S].

N| From: [HM Inspectorate of Probation|A]

N| Published [10 December 2024|D]

N| [Clydach Youth Justice Service|S] has been awarded ‘[Outstanding|R]’, the highest rating [HM Inspectorate of Probation|A] can give.
N| At its previous inspection, in [2021|D], the service received ‘[Good|R]’.
N| Fieldwork took place in [August and September 2024|D].

S| Every child whose case was examined had a say in what went into their plan, and most could explain it in their own words.
S| Joint work with [South Wales Police|A] meant that children arrested for the first time were usually offered a diversion programme within days.
S| Inspectors were impressed by the range of activities on offer, from boxing to music production, each linked to what the child needed.

S| [Martin Jones|X], HM Chief Inspector of Probation, said: “[Clydach|S] is an exceptional service, and its staff should be very proud.
S| “Its leaders set high standards and make sure every child benefits from them.”

R| Inspectors made three recommendations, all for the service’s management board, including one on access to child and adolescent mental health services.
"""),
    # 12. a Welsh council page with a date line "12/03/2025" (day/month/year): "has published its report on X, which it
    #     rated ‘...’"; fieldwork "in November 2024"; 12 recommendations in digits with the recipients; the cabinet
    #     member's reply
    ("hirwaun-yjs-2025", facts([
        svc("Hirwaun Youth Justice Service", "Hirwaun YJS", "YJS", INAD)], "2025-03-12", "2024-11", 12),
     """N| Statement: inspection of [Hirwaun Youth Justice Service|S]

N| [12/03/2025|D]

N| [HM Inspectorate of Probation|A]’s report on [Hirwaun Youth Justice Service|S], released today, rates the service ‘[Inadequate|R]’.
N| Inspectors visited the service in [November 2024|D].

W| Inspectors found that children at risk of exploitation were not always identified, and that information from partners was not used well in assessments.
W| Staff sickness and vacancies meant that some children had had three or four case managers in the space of a year.
W| The report also found that the management board had not been given an accurate picture of how the service was performing.
S| Inspectors did see committed front-line practitioners, and victims were offered a real say in restorative work.

R| The report contains 12 recommendations for the service, its board, [Rhondda Cynon Taf County Borough Council|A] and [Cwm Taf Morgannwg University Health Board|A].

N| Councillor [Rhys Lewis|X], cabinet member for children’s services, said: “This is a disappointing report, and we accept every one of its findings.
N| “We have appointed a new head of service and are working with the [Youth Justice Board|A] on an improvement plan.”
"""),
    # 13. a justiceinspectorates.gov.uk news item: "X has received a ‘...’ rating following an inspection between 13 and
    #     17 March 2023"; the headline's lower-case "Abercynon youth justice service"; "only 11 of the 26 plans"; four
    #     recommendations, one for South Wales Police
    ("abercynon-yjs-2023", facts([
        svc("Abercynon Youth Justice Service", "Abercynon YJS", "YJS", RI)], "2023-07-25", "2023-03", 4),
     """N| News

N| [Abercynon youth justice service|S] told to strengthen safety work

N| Published: [25 Jul 2023|D]

N| [Abercynon Youth Justice Service|S] has received a ‘[Requires improvement|R]’ rating following an inspection between [13 and 17 March 2023|D].

S| Inspectors found a service that knew its children well and worked hard to keep them in education.
S| Out-of-court work was a strength, and children diverted from court rarely came back to the attention of the police.
W| However, only 11 of the 26 plans inspectors looked at said clearly how the child’s own safety would be protected.
W| The service had lost both its seconded probation officer and its police officer during the year, and neither post had been filled.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Abercynon|S]’s staff are dedicated, but dedication alone will not keep children safe.
R| “Partners must make sure the service has the specialist staff it needs.”

R| The report makes four recommendations, one of them for [South Wales Police|A].

N| The service’s management board said it would publish an action plan within six weeks.
"""),
    # 14. a 2025-26 public-protection inspection of a PDU: no rating ("This type of inspection does not give a rating"),
    #     "Skip to content", "Context" and "Findings" bullets, the region in a bullet; "Published: 9 Dec 2025"; fieldwork
    #     "in September 2025"; four recommendations
    ("neyland-pdu-2025", facts([
        svc("Neyland Probation Delivery Unit", "Neyland PDU", "PDU", None)], "2025-12-09", "2025-09", 4),
     """N| Skip to content

N| Public protection inspection: probation unit in Pembrokeshire

N| Published: [9 Dec 2025|D]

N| [HM Inspectorate of Probation|A] has published its inspection of public protection work at [Neyland Probation Delivery Unit|S].
N| This type of inspection does not give a rating.
N| Inspectors carried out the fieldwork in [September 2025|D].

N| Context
N| • [Neyland PDU|S], within [Probation Service – Wales|S], covers the south and west of Pembrokeshire.
N| • About one in five of the people it supervises has been convicted of a sexual offence.

N| Findings
S| • Home visits were used well to check on people who posed a risk to children.
W| • Too few cases had been discussed with [Dyfed-Powys Police|A] before a decision was made about someone’s level of risk.
W| • Domestic abuse enquiries were missing in a quarter of the relevant cases.
S| • Practitioners received regular, helpful supervision from their managers.

R| Four recommendations are made, three for the PDU and one for [Probation Service – Wales|S].
"""),
    # 15. a remote inspection in 2021: "has slipped to ‘...’, having been rated ‘...’ when it was last inspected in 2018";
    #     "carried out remotely in February 2021"; "Published: Tuesday 15th June 2021"; "sound in only 10 of 24 cases";
    #     "The board needs to ..."; the council's thanks
    ("cwmaman-yjs-2021", facts([
        svc("Cwmaman Youth Justice Service", "Cwmaman YJS", "YJS", RI)], "2021-06-15", "2021-02", 6),
     """N| Youth justice in the Cynon Valley: risk work ‘has slipped’, inspectors say

N| Published: [Tuesday 15th June 2021|D]

N| [Cwmaman Youth Justice Service|S] has fallen back to ‘[Requires improvement|R]’; in [2018|D], inspectors had given it ‘[Good|R]’.
N| The inspection was carried out remotely in [February 2021|D], because of COVID-19 restrictions.

S| Throughout the lockdowns, staff kept seeing children, often calling at their doorsteps to check they were safe.
S| Thanks to joint work with [Cwm Taf Morgannwg University Health Board|A], children could see a nurse or psychologist without a long wait.
W| On the other hand, assessments of the risk children posed to others were sound in only 10 of 24 cases.
W| Leaders had lost track of the quality of case work during the pandemic.

W| [Justin Russell|X], HM Chief Inspector of Probation, said: “I understand the pressures of the past year, but [Cwmaman|S] has let some important things slip.
R| “The board needs to take a closer interest in what is happening in individual cases.”

R| Six recommendations are made in the report.

N| [Rhondda Cynon Taf County Borough Council|A] thanked inspectors for their work.
"""),
    # 16. a 2020 release: "has been judged ‘...’ in a report published today by ..."; "Wednesday, 22nd July 2020" at the
    #     top; fieldwork "between 2 and 6 March 2020"; "Staff at Laugharne can take credit"; no count of recommendations
    #     (null)
    ("laugharne-yjs-2020", facts([
        svc("Laugharne Youth Justice Service", "Laugharne YJS", "YJS", GOOD)], "2020-07-22", "2020-03", None),
     """N| Inspectors rate youth justice work in Laugharne ‘[Good|R]’

N| [Wednesday, 22nd July 2020|D]

N| [Laugharne Youth Justice Service|S] has been judged ‘[Good|R]’ by [HM Inspectorate of Probation|A] in its report out today.
N| Fieldwork was carried out between [2 and 6 March 2020|D], two weeks before the country went into lockdown.

S| Inspectors praised the close relationships case managers built with children and their families.
S| The service had a well-established partnership with [Hywel Dda University Health Board|A], so children with speech and language needs were identified early.
W| Out-of-court disposal work was less consistent, and some children waited weeks before anyone met them.

S| [Justin Russell|X], HM Chief Inspector of Probation, said: “[Laugharne|S] is a thoughtful, child-centred service.
S| “Staff at [Laugharne|S] can take credit for the difference they make to children’s lives.”

N| Areas for further improvement are set out in the full report.
"""),
    # 17. "... has concluded that X ‘...’ overall" (the rating as the verb); how near it came to ‘Inadequate’ (no fact);
    #     resettlement "given a rating of its own, was ‘...’ too"; the headline's lower-case "St Davids youth justice
    #     service"; "Report publication date: 28 August 2024" in the notes; seven recommendations
    ("st-davids-yjs-2024", facts([
        svc("St Davids Youth Justice Service", "St Davids YJS", "YJS", RI,
            [{"aspect": "resettlement", "rating": RI}])], "2024-08-28", "2024-04", 7),
     """N| [St Davids youth justice service|S] ‘came close to lowest rating’

N| [HM Inspectorate of Probation|A] has concluded that [St Davids Youth Justice Service|S] ‘[Requires improvement|R]’ overall.
W| The service missed an ‘[Inadequate|R]’ rating by a single point.
W| Resettlement work, given a rating of its own, was ‘[Requires improvement|R]’ too.
N| Inspectors visited the service in [April 2024|D].

W| Managers rarely checked the quality of assessments, and some children’s plans had not been reviewed in over a year.
W| Children in custody were seldom visited by their case managers.
S| However, inspectors found some good practice, including a project with [Pembrokeshire County Council|A]’s youth service that gave children somewhere to go in the evenings.

W| [Martin Jones|X], HM Chief Inspector of Probation, said: “Leaders had not realised how much ground the service had lost, and that worries me.
R| “The partnership must act without delay to put proper oversight in place.”

R| The report makes seven recommendations.

N| Notes to editors
N| 1. Report publication date: [28 August 2024|D].
"""),
    # 18. a Welsh council page, a "Youth Justice and Prevention Service": the headline's lower-case "Newcastle Emlyn youth
    #     justice service"; the page date "07/02/2023"; "has been rated ‘...’ by ..."; the previous rating beside ("last
    #     inspected in 2019, when it was rated ‘...’"); four recommendations; the cabinet member's reply
    ("newcastle-emlyn-yjs-2023", facts([
        svc("Newcastle Emlyn Youth Justice and Prevention Service", "Newcastle Emlyn YJPS", "YJS", GOOD)],
        "2023-02-07", "2022-10", 4),
     """N| Council welcomes inspection of [Newcastle Emlyn youth justice service|S]

N| [07/02/2023|D]

N| [HM Inspectorate of Probation|A] has given [Newcastle Emlyn Youth Justice and Prevention Service|S] (YJPS) a rating of ‘[Good|R]’.
N| In [2019|D], the service’s rating was ‘[Requires improvement|R]’.
N| Inspectors visited in [October 2022|D].

S| The report praised the service’s prevention work, which offered help to children before they came into contact with the police.
S| Inspectors found that staff were skilled at working with children in both Welsh and English.
W| However, the report said that planning for children’s release from custody needed to be more thorough.
S| The service’s links with [Hywel Dda University Health Board|A] and [Dyfed-Powys Police|A] were described as strong.

R| Inspectors made four recommendations, which the service will address in its improvement plan.

N| Councillor [Elin Davies|X], [Carmarthenshire County Council|A]’s cabinet member for education and children, said: “I am very pleased that the hard work of the team at [Newcastle Emlyn YJPS|S] has been recognised.”
"""),
]


def build(rid: str, facts: dict, body: str) -> dict:
    """The release built by the first shapes set's builder, with this set's provenance."""
    return FIRST["build"](rid, facts, body, source="written for the fifty-ninth shapes held-out set")


if __name__ == "__main__":
    FIRST["write_set"](RELEASES, Path(__file__).resolve().parent, build)
