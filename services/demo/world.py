"""The demo world: what a city already has on the day an integrator first calls, made through the public API
with the demo keys, so that every demo key has something real to do.

In 鹿城区 (330302) and 瑞安市 (330381), the demo contractor's counties, from July 2022 on (the scheme starts
on 2022-06-25, seed 003: "本实施方案自 2022 年 6 月 25 日起开始实施"):

- an employer and six insured persons enrolled on 2022-07-01, their 2022 bills issued and paid in full;
- seven assessment experts; three applications concluded at level 5 in July 2022: two served and in force
  from 2022-08-01, one whose publicity has ended and that waits to be served (the walkthrough serves it);
- the demo institution ``DEMO-INST-0001`` contracted from 2022-07-01 for home visits, with two caregivers
  (a licensed nurse and a rehabilitation therapist, with licence and ID numbers) and the homes of its clients;
- its service records of August 2022, settled (one record cut: a caregiver it never registered), and of
  September 2022, submitted and not yet settled;
- the demo contractor (商保经办机构, S003 §二(七)) with its contract in force over both counties — a lot
  procured by open tender, filed with finance, 2022-07-01 to 2031-06-30 so that the demo keeps running —
  and the demo contractor's client bound to it: its writes are judged by that contract
  (``CONTRACT_NOT_IN_FORCE`` once it is suspended or ends), as every contractor client's should be.

The assessment steps happen on their own dates in 2022: ``set_assessment_today`` pins the assessment
service's business date (``app.state.today``, the pin tests and drills use) while they run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from stdnum.cn import ric, uscc

from services.assessment.reference import national_scale
from services.demo.api import Api

LUCHENG, RUIAN = "330302", "330381"
INSTITUTION = "DEMO-INST-0001"
ENROLLED_ON = "2022-07-01"
APPLIED_ON = dt.date(2022, 7, 4)  # a Monday
SETTLED_MONTH = dt.date(2022, 8, 1)
SUBMITTED_MONTH = dt.date(2022, 9, 1)
HOME = (28.0236, 120.6723)  # 鹿城区
SELF_ASSESSMENT = {
    "feeding": "dependent",
    "continence": "dependent",
    "bathing": "dependent",
    "dressing": "dependent",
    "toileting": "partly",
    "transfer": "independent",
}


def id_number(county: str, birth: str, sequence: int) -> str:
    """A valid resident ID number (GB 11643): county, birth date, sequence and the check character."""
    first17 = f"{county}{birth}{sequence:03d}"
    return first17 + ric.calc_check_digit(first17 + "0")  # it ignores the last character


def credit_code(county: str, body: str) -> str:
    """A valid unified social credit code (GB 32100) of a company registered in ``county``."""
    first17 = f"91{county}{body}"
    return first17 + uscc.calc_check_digit(first17)


def severe_scores() -> dict[str, int]:
    """The lowest value of every item of the national scale NHSA-2021-37: level 5."""
    return {item.code: min(v.points for v in item.values) for item in national_scale.document().items}


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    county: str
    birth: str
    sequence: int
    category: str = "retiree"
    level: str | None = None  # "in_force" | "awaiting_service" | None

    @property
    def id_number(self) -> str:
        return id_number(self.county, self.birth, self.sequence)


EMPLOYER = credit_code(LUCHENG, "MA1DEMX01")
CONTRACTOR = credit_code(LUCHENG, "MA2DEMX02")
QUALIFYING_CONDITIONS = (  # S001's seven, each met with its evidence
    "legally_established",
    "sound_governance",
    "sound_financial_management",
    "facilities_staff_and_expertise",
    "tax_and_social_security_record",
    "no_major_violation_three_years",
    "other_project_requirements",
)
PERSONS = (
    Person("chen", "陈阿婆", LUCHENG, "19380305", 12, level="in_force"),
    Person("wang", "王大伯", LUCHENG, "19410817", 31, level="in_force"),
    Person("lin", "林奶奶", LUCHENG, "19400122", 24, level="awaiting_service"),
    Person("zhou", "周爷爷", LUCHENG, "19450609", 15),
    Person("wu", "吴建国", LUCHENG, "19700410", 37, category="employee"),
    Person("huang", "黄阿姨", RUIAN, "19500212", 46),
)
EXPERTS = tuple((f"DEMO-E-{n:02d}", LUCHENG if n <= 5 else RUIAN) for n in range(1, 8))
# code, name, category (S003 §二(六): licensed staff care on their licence), licence number, birth, sequence
CAREGIVERS = (
    ("CG-001", "李娜", "licensed_nurse", "202233030200001", "19850312", 901),
    ("CG-002", "赵敏", "rehabilitation_therapist", "202233030200002", "19880706", 902),
)


def records(month: dt.date, persons: dict[str, str], prefix: str, later: int = 0) -> Iterator[dict[str, Any]]:
    """Home visits of one hour, on weekdays of ``month``: 陈阿婆 by CG-001 in the morning, 王大伯 by
    CG-002 in the afternoon, and one visit by a caregiver the institution never registered (cut); all
    ``later`` hours later (a second batch of the same month)."""
    day, n = month, 0
    while day.month == month.month and n < 16:
        if day.weekday() < 5:
            for who, caregiver, hour in (("chen", "CG-001", 8 + n % 2), ("wang", "CG-002", 13 + n % 2)):
                n += 1
                yield record(f"{prefix}-{n:03d}", persons[who], caregiver, day, hour + later)
        day += dt.timedelta(days=1)
    yield record(f"{prefix}-X01", persons["chen"], "CG-999", month.replace(day=28), 15 + later)


def record(record_id: str, person_id: str, caregiver: str, day: dt.date, hour: int) -> dict[str, Any]:
    return {
        "record_id": record_id,
        "person_id": person_id,
        "caregiver_code": caregiver,
        "care_mode": "home_visit",
        "service_date": day.isoformat(),
        "start_time": f"{hour:02d}:00",
        "end_time": f"{hour + 1:02d}:00",
        "items": ["LT0101"],
        "amount_claimed_fen": 8_000,
        "checkin_lat": HOME[0],
        "checkin_lon": HOME[1],
    }


async def contract_contractor(api: Api, catch_up_feeds: Callable[[], Any]) -> str:
    """The demo contractor and its contract in force over both counties (made once: found by its credit
    code afterwards), announced to the gateway; its id."""
    known = await api.call("bureau", "GET", "/api/v1/contractors", params={"limit": 200})
    found = [c for c in known["items"] if c["credit_code"] == CONTRACTOR]
    if found:
        return str(found[0]["id"])
    contractor = await api.call(
        "bureau",
        "POST",
        "/api/v1/contractors",
        expect=201,
        json={
            "credit_code": CONTRACTOR,
            "name": "演示人寿保险股份有限公司温州中心支公司",
            "team_size": 36,
            "contacts": [{"name": "周经理", "role": "项目负责人", "phone": "0577-88880000"}],
            "outlets": [
                {"county_code": LUCHENG, "name": "鹿城服务网点", "address": "鹿城区演示路 1 号"},
                {"county_code": RUIAN, "name": "瑞安服务网点", "address": "瑞安市演示路 2 号"},
            ],
            "qualifications": [
                {
                    "condition": condition,
                    "met": True,
                    "documents": [
                        {"name": "证明材料", "reference": f"DEMO-{condition}", "dated_on": "2022-06-01"}
                    ],
                }
                for condition in QUALIFYING_CONDITIONS
            ],
        },
    )
    contract = await api.call(
        "bureau",
        "POST",
        "/api/v1/contracts",
        expect=201,
        json={
            "contractor_id": contractor["id"],
            "lot": "演示标段（鹿城区、瑞安市）",
            "county_codes": [LUCHENG, RUIAN],
            "starts_on": "2022-07-01",
            "ends_on": "2031-06-30",
            "procurement_method": "open_tender",
            "tender_reference": "WZYB-2022-LTC-DEMO",
            "fee_basis": "lump_sum",
            "fee_amount_fen": 120_000_000,
            "fee_at_risk_bp": 2000,
            "performance_bond_fen": 5_000_000,
            "evaluation_scheme": "WZ-LTC-EVAL-DRAFT",
            "finance_filing_reference": "温财备〔2022〕演示号",
            "finance_filed_on": "2022-06-28",
        },
    )
    await api.call(
        "bureau",
        "POST",
        f"/api/v1/contracts/{contract['id']}/status-changes",
        expect=201,
        json={"status": "in_force", "effective_on": "2022-07-01"},
    )
    await catch_up_feeds()  # the gateway hears of the contract in force
    return str(contractor["id"])


async def is_loaded(api: Api) -> bool:
    """The world is there when its institution is (the world is loaded in one transaction)."""
    response = await api.client.get(
        f"/api/v1/institutions/{INSTITUTION}", headers={"Authorization": f"Bearer {api.keys['contractor']}"}
    )
    return response.status_code == 200


async def enrol_and_pay(api: Api) -> dict[str, str]:
    """Employer, persons, their 2022 bills, paid in full; person key → person id."""
    await api.call(
        "contractor",
        "POST",
        "/api/v1/employers",
        json={"credit_code": EMPLOYER, "name": "温州市鹿城区示范服务有限公司", "county_code": LUCHENG},
        expect=201,
    )
    ids: dict[str, str] = {}
    for p in PERSONS:
        body: dict[str, Any] = {
            "id_number": p.id_number,
            "name": p.name,
            "category": p.category,
            "county_code": p.county,
            "enrolled_on": ENROLLED_ON,
        }
        if p.category == "employee":
            body["employer_credit_code"] = EMPLOYER
        ids[p.key] = (await api.call("contractor", "POST", "/api/v1/persons", json=body, expect=201))["id"]
    for county in (LUCHENG, RUIAN):
        await api.call(
            "contractor",
            "POST",
            "/api/v1/contribution-bills:generate",
            json={"year": 2022, "county_code": county},
        )
    for p in PERSONS:
        await pay_bill(api, ids[p.key], "2022-07-15", f"DEMO-PAY-{p.key}")
    return ids


async def pay_bill(api: Api, person_id: str, paid_on: str, reference: str) -> None:
    """Both halves of the person's 2022 bill, each by the channel its payer uses."""
    bills = await api.call("contractor", "GET", "/api/v1/contribution-bills", params={"person_id": person_id})
    bill = bills["items"][0]
    # seed 003 names annual self-payment for retirees; an employee's own half comes from the personal account
    personal_channel = "annual_self_payment" if bill["category"] == "retiree" else "personal_account"
    for payer, due in (("employer", bill["employer_due_fen"]), ("individual", bill["individual_due_fen"])):
        if due <= 0:
            continue
        employer_pays = payer == "employer" and bill["employer_half_payer"] == "employer"
        await api.call(
            "contractor",
            "POST",
            "/api/v1/payments",
            json={
                "bill_id": bill["id"],
                "payer": payer,
                "channel": "employer_premium_transfer" if employer_pays else personal_channel,
                "amount_fen": due,
                "paid_on": paid_on,
                "external_ref": f"{reference}-{payer}",
            },
            expect=201,
        )


async def conclude(api: Api, person_id: str, *, disabled_since: str = "2021-12-01") -> dict[str, Any]:
    """Apply (cared for by the demo institution), draw the panel, score, conclude; the application."""
    applied = await api.call(
        "contractor",
        "POST",
        "/api/v1/assessment-applications",
        json={
            "person_id": person_id,
            "self_assessment": SELF_ASSESSMENT,
            "disabled_since": disabled_since,
            "materials_complete": True,
            "care_institution_id": INSTITUTION,
        },
        expect=201,
    )
    path = f"/api/v1/assessment-applications/{applied['id']}"
    panel = (await api.call("contractor", "POST", f"{path}/panel-draws", expect=201))["panel"]
    for expert_id in panel:
        await api.call(
            "contractor",
            "POST",
            f"{path}/scores",
            json={"expert_id": expert_id, "items": severe_scores()},
            expect=201,
        )
    await api.call(
        "contractor", "POST", f"{path}/conclusion", json={"confirming_expert_ids": panel}, expect=201
    )
    return dict(applied)


async def assess(
    api: Api, ids: dict[str, str], set_assessment_today: Callable[[dt.date | None], None]
) -> None:
    """Experts admitted in July 2022; three level-5 conclusions, two served (in force from 2022-08-01)."""
    set_assessment_today(APPLIED_ON)
    try:
        for code, county in EXPERTS:
            await api.call(
                "contractor",
                "POST",
                "/api/v1/experts",
                json={
                    "code": code,
                    "name": f"专家{code[-2:]}",
                    "profession": "doctor",
                    "institution_id": f"HOSP-{code[-2:]}",
                    "county_codes": [county],
                    "qualification_expires_on": "2030-12-31",
                },
                expect=201,
            )
        for p in PERSONS:
            if p.level is None:
                continue
            set_assessment_today(APPLIED_ON)
            applied = await conclude(api, ids[p.key])
            path = f"/api/v1/assessment-applications/{applied['id']}"
            started = await api.call("contractor", "POST", f"{path}:start-publicity")
            if p.level == "in_force":
                set_assessment_today(dt.date.fromisoformat(started["publicity_ends_on"]))
                await api.call("contractor", "POST", f"{path}:serve")
    finally:
        set_assessment_today(None)


async def contract_institution(api: Api, ids: dict[str, str]) -> None:
    """The demo institution, its caregivers and its clients' homes."""
    await api.call(
        "contractor",
        "POST",
        "/api/v1/institutions",
        json={
            "id": INSTITUTION,
            "name": "鹿城区示范居家护理服务站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2022-07-01",
            "agreement_to": "2027-12-31",
        },
        expect=201,
    )
    for code, name, category, licence, birth, sequence in CAREGIVERS:
        await api.call(
            "institution",
            "POST",
            f"/api/v1/institutions/{INSTITUTION}/caregivers",
            json={
                "code": code,
                "real_name": name,
                "qualification": "执业护士" if category == "licensed_nurse" else "康复治疗师",
                "qualified_from": "2022-01-01",
                "qualified_until": "2027-12-31",
                "category": category,
                "licence_number": licence,
                "id_number": id_number("330302", birth, sequence),
            },
            expect=201,
        )
    for p in PERSONS:
        if p.level is not None:
            await api.call(
                "institution",
                "PUT",
                f"/api/v1/institutions/{INSTITUTION}/clients/{ids[p.key]}/home",
                json={"person_id": ids[p.key], "latitude": HOME[0], "longitude": HOME[1]},
            )


async def submit(
    api: Api, month: dt.date, ids: dict[str, str], prefix: str, later: int = 0
) -> dict[str, Any]:
    job = await api.call(
        "institution",
        "POST",
        "/api/v1/service-records",
        json={"records": list(records(month, ids, prefix, later))},
        expect=201,
    )
    return dict(job)


async def settle(api: Api, month: dt.date) -> dict[str, Any]:
    return dict(
        await api.call(
            "contractor",
            "POST",
            "/api/v1/settlement-runs",
            json={"county_code": LUCHENG, "month": month.isoformat()},
            expect=201,
        )
    )


async def load(
    api: Api,
    set_assessment_today: Callable[[dt.date | None], None],
    catch_up_feeds: Callable[[], Any],
    bind_contractor: Callable[[str, str], Awaitable[None]] | None = None,
) -> bool:
    """Make the world unless it is there; ``catch_up_feeds`` brings settlement, enrollment and the gateway
    up to the producers' heads; ``bind_contractor(key, contractor_id)`` binds the demo contractor's client
    to the demo contractor (a world made before it had one gets it now). True when the world was made now."""
    contractor_id = await contract_contractor(api, catch_up_feeds)
    if bind_contractor is not None:
        await bind_contractor(api.keys["contractor"], contractor_id)
    if await is_loaded(api):
        return False
    ids = await enrol_and_pay(api)
    await assess(api, ids, set_assessment_today)
    await contract_institution(api, ids)
    await catch_up_feeds()
    await submit(api, SETTLED_MONTH, ids, "DEMO-2022-08")
    await settle(api, SETTLED_MONTH)
    await submit(api, SUBMITTED_MONTH, ids, "DEMO-2022-09")
    return True
