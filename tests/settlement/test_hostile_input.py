"""Hostile input through the gateway: NUL characters, numbers and dates out of any sane range, broken files,
unknown ids, wrong roles and other callers' objects. Every answer is the right 4xx — never a 500 — and no bad
row poisons the county's checks or settlement."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, YONGJIA, Feeds

HUGE = 10**30
NOBODY = "00000000-0000-0000-0000-000000000000"
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,"
    "amount_claimed_fen,checkin_lat,checkin_lon\n"
)


@dataclass
class Setup:
    gateway: httpx.AsyncClient
    person: uuid.UUID
    contractor: dict[str, str]
    bureau: dict[str, str]
    institution: dict[str, str]
    other_institution: dict[str, str]
    yongjia_contractor: dict[str, str]

    def row(self, record_id: str, **fields: str) -> dict[str, str]:
        values = {
            "record_id": record_id,
            "person_id": str(self.person),
            "caregiver_code": "CG-1",
            "care_mode": "home_visit",
            "service_date": "2026-06-02",
            "start_time": "09:00",
            "end_time": "10:00",
            "items": "LT01",
            "amount_claimed_fen": "10000",
            "checkin_lat": "28.0",
            "checkin_lon": "120.6",
        }
        values.update(fields)
        return values

    async def csv(self, *rows: dict[str, str], header: str = HEADER) -> httpx.Response:
        body = header + "".join(",".join(r.values()) + "\n" for r in rows)
        return await self.upload(body.encode(), "text/csv")

    async def upload(self, body: bytes, content_type: str) -> httpx.Response:
        return await self.gateway.post(
            "/api/v1/service-record-imports",
            content=body,
            headers={**self.institution, "Content-Type": content_type},
        )


def _institution(code: str, county: str = LUCHENG) -> dict[str, Any]:
    return {
        "id": code,
        "name": code,
        "county_code": county,
        "kind": "home_care",
        "care_modes": ["home_visit"],
        "agreement_from": "2026-01-01",
        "agreement_to": "2027-12-31",
    }


@pytest.fixture
async def setup(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
    feeds: Feeds,
    session: AsyncSession,
) -> Setup:
    await load_wenzhou_benefit_rules(session)
    person = await feeds.beneficiary(level=5, year=2026)
    contractor = bearer(keys["contractor"])
    yongjia_contractor = bearer(await make_api_key("contractor", county_codes=[YONGJIA]))
    for code, county, who in (("H-1", LUCHENG, contractor), ("H-2", LUCHENG, contractor)):
        assert (
            await gateway.post("/api/v1/institutions", json=_institution(code, county), headers=who)
        ).status_code == 201
    assert (
        await gateway.post(
            "/api/v1/institutions", json=_institution("H-Y", YONGJIA), headers=yongjia_contractor
        )
    ).status_code == 201
    caregiver = {
        "code": "CG-1",
        "real_name": "陈静",
        "qualification": "执业护士",
        "qualified_from": "2025-01-01",
        "qualified_until": "2028-01-01",
        "category": "licensed_nurse",
        "licence_number": "NURSE-CG-1",
    }
    assert (
        await gateway.post("/api/v1/institutions/H-1/caregivers", json=caregiver, headers=contractor)
    ).status_code == 201
    return Setup(
        gateway=gateway,
        person=person,
        contractor=contractor,
        bureau=bearer(keys["bureau"]),
        institution=bearer(await make_api_key("institution", institution_id="H-1")),
        other_institution=bearer(await make_api_key("institution", institution_id="H-2")),
        yongjia_contractor=yongjia_contractor,
    )


def _codes(response: httpx.Response) -> set[str]:
    return {e["code"] for e in response.json()["errors"]}


async def test_institution_and_caregiver_fields_out_of_range(setup: Setup) -> None:
    g, c = setup.gateway, setup.contractor
    for field, value in (("beds", HUGE), ("beds", 2**31), ("name", "a\x00b")):
        r = await g.post("/api/v1/institutions", json={**_institution("H-9"), field: value}, headers=c)
        assert r.status_code == 422, (field, r.text)
    assert (await g.patch("/api/v1/institutions/H-1", json={"beds": HUGE}, headers=c)).status_code == 422
    # the end of a notice three months after 9999-12-31 overflowed the calendar: a 500
    notice = await g.patch(
        "/api/v1/institutions/H-1",
        json={"status": "terminated", "termination_notice_on": "9999-12-31"},
        headers=c,
    )
    assert notice.status_code == 422
    reversed_suspension = await g.patch(
        "/api/v1/institutions/H-1",
        json={"status": "suspended", "suspended_from": "2026-09-01", "suspended_until": "2026-08-01"},
        headers=c,
    )
    assert reversed_suspension.status_code == 422
    assert (await g.get("/api/v1/institutions/H-1", headers=c)).json()["status"] == "active"
    assert (await g.get("/api/v1/institutions/a%00b", headers=c)).status_code in (404, 422)
    caregiver = {
        "code": "CG-2",
        "real_name": "\x00",
        "qualification": "q",
        "qualified_from": "2025-01-01",
        "qualified_until": "2028-01-01",
    }
    assert (await g.post("/api/v1/institutions/H-1/caregivers", json=caregiver, headers=c)).status_code == 422


async def test_client_home_path_and_body_must_name_the_same_person(setup: Setup) -> None:
    g, c = setup.gateway, setup.contractor
    home = {"person_id": str(setup.person), "latitude": 28.0, "longitude": 120.6}
    assert (await g.put("/api/v1/institutions/H-1/clients/xyz/home", json=home, headers=c)).status_code == 422
    mismatch = await g.put(f"/api/v1/institutions/H-1/clients/{NOBODY}/home", json=home, headers=c)
    assert mismatch.status_code == 422
    assert mismatch.json()["code"] == "PERSON_MISMATCH"
    ok = await g.put(f"/api/v1/institutions/H-1/clients/{setup.person}/home", json=home, headers=c)
    assert ok.status_code == 200
    other = await g.put(
        f"/api/v1/institutions/H-1/clients/{setup.person}/home", json=home, headers=setup.other_institution
    )
    assert other.status_code == 404


async def test_benefit_rules_amounts_and_dates_out_of_range(setup: Setup) -> None:
    g, b = setup.gateway, setup.bureau
    rule = {"level": 5, "care_mode": "home_visit", "monthly_cap_share_bp": 5000, "fund_share_bp": 8000}
    base = {"version": "X-1", "effective_from": "2030-01-01", "source": "s", "base_amount_fen": 596000}
    for change in (
        {"base_amount_fen": HUGE},
        {"base_amount_fen": 9 * 10**18},  # accepted before; base × share overflowed in the checks
        {"effective_from": "0001-01-01"},
        {"effective_from": "9999-12-31"},
        {"source": "\x00"},
        {"rules": [{"level": 5, "care_mode": "home_visit", "daily_cap_fen": HUGE, "fund_share_bp": 8000}]},
    ):
        r = await g.post("/api/v1/benefit-rules", json={**base, "rules": [rule], **change}, headers=b)
        assert r.status_code == 422, (change, r.text)
    assert (
        await g.post("/api/v1/benefit-rules", json={**base, "rules": [rule]}, headers=setup.contractor)
    ).status_code == 403
    assert (await g.get("/api/v1/benefit-rules?on=2022-13-01", headers=b)).status_code == 422


async def test_hostile_csv_rows_are_rejected_one_by_one_and_do_not_poison_the_month(setup: Setup) -> None:
    s = setup
    cases = {
        "NUL": s.row("N\x001"),  # was a 500 from COPY
        "BIG-FIELD": s.row("BF", items="x" * 200_000),  # was a 500: csv.Error, field larger than field limit
        "LAT": s.row(
            "LAT", checkin_lat="1000", checkin_lon="1e308"
        ),  # poisoned the distance check: 422 for all
        "NAN": s.row("NAN", checkin_lat="NaN", checkin_lon="Infinity"),
        "T24": s.row("T24", start_time="23:00", end_time="24:00"),  # 24:00 stored, every read of it a 500
        "TWO-TIMES": s.row("TWO", start_time="25:00", end_time="26:00"),  # two INVALID_TIME errors: a 409
        "OLD": s.row("OLD", service_date="0001-01-01"),
        "FAR": s.row("FAR", service_date="9999-12-31"),
        "HUGE": s.row("HUGE", amount_claimed_fen=str(HUGE)),
        "NEG": s.row("NEG", amount_claimed_fen="-5"),
        "LONG-ID": s.row("R" * 5000),  # too long for the unique index: a 500
        "LONG-CG": s.row("LCG", caregiver_code="C" * 5000),
        "QUOTE": s.row('Q"1', items='"LT01'),
    }
    good = s.row("GOOD")
    r = await s.csv(good, *cases.values())
    assert r.status_code == 201, r.text[:300]
    job = r.json()
    # the stray quote swallows the rest of its line: too few fields, that row alone is rejected
    assert (job["rows_total"], job["rows_accepted"], job["rows_rejected"]) == (len(cases) + 1, 1, len(cases))
    assert _codes(r) >= {
        "MALFORMED_ROW",
        "INVALID_LOCATION",
        "INVALID_TIME",
        "INVALID_DATE",
        "INVALID_AMOUNT",
        "TOO_LONG",
    }
    records = await s.gateway.get("/api/v1/service-records?month=2026-06-01", headers=s.institution)
    assert records.status_code == 200
    assert [x["record_id"] for x in records.json()["items"]] == ["GOOD"]
    checked = await s.gateway.post(
        "/api/v1/service-records:check",
        json={"county_code": LUCHENG, "month": "2026-06-01"},
        headers=s.contractor,
    )
    assert checked.status_code == 200, checked.text
    run = await s.gateway.post(
        "/api/v1/settlement-runs", json={"county_code": LUCHENG, "month": "2026-06-01"}, headers=s.contractor
    )
    assert run.status_code == 201, run.text


async def test_malformed_files(setup: Setup) -> None:
    s = setup
    crlf = await s.upload(
        (HEADER + ",".join(s.row("CR").values()) + "\n").replace("\n", "\r\n").encode(), "text/csv"
    )
    assert (crlf.status_code, crlf.json()["rows_accepted"]) == (201, 1)
    wrong = await s.upload(b"a,b,c\n1,2,3\n4,5\n", "text/csv")
    assert (wrong.status_code, wrong.json()["code"]) == (422, "RECORDS_REFUSED")  # every row refused
    job = wrong.json()["job"]
    assert (job["status"], job["rows_total"], job["rows_rejected"]) == ("refused", 2, 2)
    assert {"REQUIRED", "MALFORMED_ROW"} <= _codes(wrong)
    for body in (b"", HEADER.encode(), b"\xff\xfe\x00\x01,\n\x00\x00"):
        r = await s.upload(body, "text/csv")
        assert r.status_code in (201, 422), r.text
        if r.status_code == 201:
            assert r.json()["rows_accepted"] == 0
    huge_header = await s.upload(b"x" * 200_000 + b"\n1\n", "text/csv")
    assert huge_header.status_code == 422
    assert huge_header.json()["code"] == "INVALID_FILE"
    lines = [
        json.dumps(s.row("J\u00001")),  # NUL: a 500 from COPY
        "[" * 100_000,  # RecursionError in the decoder: a 500
        '{"a":',
        "[1]",
        "null",
        '{"amount_claimed_fen": ' + "9" * 5000 + "}",
        json.dumps({**s.row("JBIG"), "amount_claimed_fen": HUGE, "checkin_lat": 1e308}),
        json.dumps(s.row("JOK")),
    ]
    r = await s.upload("\n".join(lines).encode(), "application/x-ndjson")
    assert r.status_code == 201, r.text[:300]
    assert (r.json()["rows_total"], r.json()["rows_accepted"]) == (len(lines), 1)
    assert (await s.upload(b"x", "application/json")).status_code == 415
    by_contractor = await s.gateway.post(
        "/api/v1/service-record-imports",
        content=HEADER.encode(),
        headers={**s.contractor, "Content-Type": "text/csv"},
    )
    assert by_contractor.status_code == 403


async def test_hostile_json_batches(setup: Setup) -> None:
    s = setup
    nul = await s.gateway.post(
        "/api/v1/service-records", json={"records": [s.row("B\x00"), s.row("B1")]}, headers=s.institution
    )
    assert nul.status_code == 201, nul.text  # was a 500
    assert (nul.json()["rows_accepted"], nul.json()["rows_rejected"]) == (1, 1)
    too_many = await s.gateway.post(
        "/api/v1/service-records",
        json={"records": [s.row(f"M{n}") for n in range(40_000)]},
        headers=s.institution,
    )
    assert too_many.status_code in (413, 422)
    not_objects = await s.gateway.post(
        "/api/v1/service-records", json={"records": [1, "x", None]}, headers=s.institution
    )
    assert not_objects.status_code == 422
    assert (
        await s.gateway.post("/api/v1/service-records", json={"records": [s.row("C1")]}, headers=s.contractor)
    ).status_code == 403


@pytest.mark.parametrize("month", ["9999-12-31", "0001-01-01", "2022-13-01", "2022-13"])
async def test_months_out_of_range(setup: Setup, month: str) -> None:
    """December 9999 overflowed every month computation (500s); January 0001 settled a month long gone."""
    s = setup
    body = {"county_code": LUCHENG, "month": month}
    for method, url, json_body, who in (
        ("GET", f"/api/v1/service-records?month={month}", None, s.contractor),
        ("GET", f"/api/v1/institutions/H-1/statements?month={month}", None, s.institution),
        ("GET", f"/api/v1/fund/status?month={month}", None, s.bureau),
        ("GET", f"/api/v1/persons/{s.person}/benefit-statements?month={month}", None, s.bureau),
        ("POST", "/api/v1/service-records:check", body, s.contractor),
        ("POST", "/api/v1/service-records:sample", {**body, "method": "deviation"}, s.contractor),
        ("POST", "/api/v1/settlement-runs", body, s.contractor),
    ):
        r = await s.gateway.request(method, url, json=json_body, headers=who)
        assert r.status_code == 422, (url, r.text)
    csv_status = await s.gateway.get(
        f"/api/v1/fund/status?month={month}", headers={**s.bureau, "Accept": "text/csv"}
    )
    assert csv_status.status_code == 422


async def test_record_queries_and_reviews(setup: Setup) -> None:
    s = setup
    for query in ("check=a%00", "institution_id=a%00", "county_code=%00", "cursor=%25%25", f"limit={HUGE}"):
        r = await s.gateway.get(f"/api/v1/service-records?{query}", headers=s.contractor)
        assert r.status_code == 422, (query, r.text)
    assert (
        await s.gateway.get("/api/v1/service-records?check=OVER_DAILY_CAP", headers=s.contractor)
    ).status_code == 200
    review = {"stage": "first", "reviewer": "r"}
    for decisions in (
        [{"service_record_id": HUGE, "decision": "approved"}],
        [{"service_record_id": 2**63, "decision": "approved"}],
        [{"service_record_id": n, "decision": "approved"} for n in range(1, 40_001)],
    ):
        r = await s.gateway.post(
            "/api/v1/service-records:review", json={**review, "decisions": decisions}, headers=s.contractor
        )
        assert r.status_code == 422, r.text[:300]
    unknown = await s.gateway.post(
        "/api/v1/service-records:review",
        json={**review, "decisions": [{"service_record_id": 2**62, "decision": "approved"}]},
        headers=s.contractor,
    )
    assert unknown.status_code == 404
    sample = {"county_code": LUCHENG, "month": "2026-06-01"}
    for extra in (
        {"method": "amount_above", "threshold_fen": HUGE},
        {"method": "random", "share_bp": 100, "seed": "\x00"},
        {"method": "random", "share_bp": 100, "institution_id": "\x00"},
    ):
        r = await s.gateway.post(
            "/api/v1/service-records:sample", json={**sample, **extra}, headers=s.contractor
        )
        assert r.status_code == 422, r.text
    outside = await s.gateway.post(
        "/api/v1/service-records:sample",
        json={**sample, "county_code": YONGJIA, "method": "deviation"},
        headers=s.contractor,
    )
    assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
    assert (
        await s.gateway.post(
            "/api/v1/service-records:review",
            json={**review, "decisions": [{"service_record_id": 1, "decision": "approved"}]},
            headers=s.institution,
        )
    ).status_code == 403


async def test_disputes_with_unknown_or_foreign_records(setup: Setup) -> None:
    s = setup
    submitted = await s.gateway.post(
        "/api/v1/service-records", json={"records": [s.row("D1")]}, headers=s.institution
    )
    assert submitted.status_code == 201
    record_id = (await s.gateway.get("/api/v1/service-records", headers=s.institution)).json()["items"][0][
        "id"
    ]
    assert (
        await s.gateway.get(f"/api/v1/service-records/{record_id}/disputes", headers=s.institution)
    ).status_code == 200
    for who in (s.other_institution, s.yongjia_contractor):
        assert (
            await s.gateway.get(f"/api/v1/service-records/{record_id}/disputes", headers=who)
        ).status_code == 404
    foreign = await s.gateway.post(
        f"/api/v1/service-records/{record_id}/disputes", json={"reason": "mine"}, headers=s.other_institution
    )
    assert foreign.status_code == 404
    for rid in (-1, 2**62):
        r = await s.gateway.post(
            f"/api/v1/service-records/{rid}/disputes", json={"reason": "r"}, headers=s.institution
        )
        assert r.status_code == 404
    for rid in (2**63, HUGE):
        r = await s.gateway.post(
            f"/api/v1/service-records/{rid}/disputes", json={"reason": "r"}, headers=s.institution
        )
        assert r.status_code in (404, 422)
    decision = {"decision": "upheld", "reason": "r", "adjustment_fen": HUGE}
    r = await s.gateway.post(
        f"/api/v1/service-records/{record_id}/disputes/{NOBODY}/decision", json=decision, headers=s.contractor
    )
    assert r.status_code == 422
    r = await s.gateway.post(
        f"/api/v1/service-records/{record_id}/disputes/{NOBODY}/decision",
        json={**decision, "adjustment_fen": 1},
        headers=s.contractor,
    )
    assert r.status_code == 404
    assert (
        await s.gateway.post(
            f"/api/v1/service-records/{record_id}/disputes", json={"reason": "\x00"}, headers=s.institution
        )
    ).status_code in (409, 422)


async def test_runs_payments_and_statements(setup: Setup) -> None:
    s = setup
    run = await s.gateway.post(
        "/api/v1/settlement-runs", json={"county_code": LUCHENG, "month": "2026-06-01"}, headers=s.contractor
    )
    assert run.status_code == 201
    run_id = run.json()["id"]
    payment = {"institution_id": "H-1", "amount_fen": 1, "paid_on": "2026-07-01", "reference": "x"}
    for change in (
        {"amount_fen": HUGE},
        {"amount_fen": 9 * 10**18},
        {"amount_fen": -1},
        {"paid_on": "9999-12-31"},
        {"paid_on": "0001-01-01"},
    ):
        r = await s.gateway.post(
            f"/api/v1/settlement-runs/{run_id}/payments", json={**payment, **change}, headers=s.contractor
        )
        assert r.status_code == 422, (change, r.text)
    assert (
        await s.gateway.post(f"/api/v1/settlement-runs/{NOBODY}/payments", json=payment, headers=s.contractor)
    ).status_code == 404
    assert (
        await s.gateway.get("/api/v1/settlement-runs/not-a-uuid", headers=s.contractor)
    ).status_code == 422
    for who in (s.yongjia_contractor, s.other_institution):
        assert (await s.gateway.get(f"/api/v1/settlement-runs/{run_id}", headers=who)).status_code == 404
        assert (await s.gateway.get("/api/v1/institutions/H-1/statements", headers=who)).status_code == 404
    assert (
        await s.gateway.get("/api/v1/institutions/H-1/statements", headers=s.institution)
    ).status_code == 200
    assert (
        await s.gateway.get("/api/v1/institutions/H-Y/caregivers", headers=s.contractor)
    ).status_code == 404
    assert (
        await s.gateway.post(
            "/api/v1/settlement-runs",
            json={"county_code": YONGJIA, "month": "2026-06-01"},
            headers=s.contractor,
        )
    ).status_code == 403
    assert (
        await s.gateway.post(
            "/api/v1/settlement-runs",
            json={"county_code": LUCHENG, "month": "2026-06-01"},
            headers=s.institution,
        )
    ).status_code == 403


async def test_ledger_amounts_and_dates_out_of_range(setup: Setup) -> None:
    s = setup
    subsidy = {"county_code": LUCHENG, "amount_fen": 1, "received_on": "2026-01-05", "reference": "s"}
    for change in (
        {"amount_fen": HUGE},
        {"amount_fen": 9 * 10**18},  # accepted twice before: a balance beyond any bigint
        {"received_on": "9999-12-31"},
        {"received_on": "0001-01-01"},
        {"reference": "\x00"},
        {"county_code": "\x00"},
        {"county_code": "330399"},  # no such accounting unit: booked before, now refused
    ):
        r = await s.gateway.post(
            "/api/v1/fund/fiscal-subsidies", json={**subsidy, **change}, headers=s.bureau
        )
        assert r.status_code == 422, (change, r.text)
    unknown = {**subsidy, "county_code": "330399"}
    r = await s.gateway.post("/api/v1/fund/fiscal-subsidies", json=unknown, headers=s.bureau)
    assert r.json()["code"] == "COUNTY_UNKNOWN"
    for query in (
        "county_code=%00",
        f"county_code={LUCHENG}&cursor=%00%ff",
        f"county_code={LUCHENG}&cursor={HUGE}",
    ):
        r = await s.gateway.get(f"/api/v1/fund/transactions?{query}", headers=s.bureau)
        assert r.status_code == 422, query
    assert (
        await s.gateway.get(f"/api/v1/fund/accounts?county_code={YONGJIA}", headers=s.contractor)
    ).status_code == 403
    assert (
        await s.gateway.get(f"/api/v1/fund/accounts?county_code={LUCHENG}", headers=s.institution)
    ).status_code == 403
    clearing = {
        "county_code": LUCHENG,
        "year": 2025,
        "forfeitures": [
            {"institution_id": "H-1", "amount_fen": HUGE, "reason": "r", "case_id": str(uuid.uuid4())}
        ],
    }
    assert (
        await s.gateway.post("/api/v1/annual-clearings", json=clearing, headers=s.contractor)
    ).status_code == 422
    assert (
        await s.gateway.post(
            "/api/v1/annual-clearings", json={"county_code": LUCHENG, "year": 10**30}, headers=s.contractor
        )
    ).status_code == 422
    assert (
        await s.gateway.post(
            "/api/v1/annual-clearings", json={"county_code": YONGJIA, "year": 2025}, headers=s.contractor
        )
    ).status_code == 403
    assert (await s.gateway.get(f"/api/v1/annual-clearings/{NOBODY}", headers=s.bureau)).status_code == 404
    assert (
        await s.gateway.get(
            f"/api/v1/fund/status?month=2026-06-01&county_code={YONGJIA}", headers=s.contractor
        )
    ).status_code == 403
    assert (
        await s.gateway.get(
            f"/api/v1/persons/{s.person}/benefit-statements?month=2026-06-01", headers=s.institution
        )
    ).status_code == 403


async def test_scope_of_record_lists_and_late_payments(setup: Setup) -> None:
    s = setup
    g = s.gateway
    # a contractor naming a county or an institution outside its scope got an empty 200: now a county (public)
    # is refused plainly, an institution (not public) is not found
    r = await g.get(f"/api/v1/service-records?county_code={YONGJIA}", headers=s.contractor)
    assert (r.status_code, r.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
    for query in ("institution_id=H-Y", "institution_id=NOPE"):
        r = await g.get(f"/api/v1/service-records?{query}", headers=s.contractor)
        assert r.status_code == 404, query
    assert (
        await g.get(f"/api/v1/service-records?county_code={LUCHENG}", headers=s.contractor)
    ).status_code == 200
    assert (
        await g.get("/api/v1/service-records?institution_id=H-1", headers=s.contractor)
    ).status_code == 200
    assert (
        await g.get("/api/v1/service-records?institution_id=H-1", headers=s.other_institution)
    ).status_code == 404
    assert (
        await g.get(
            f"/api/v1/persons/{s.person}/benefit-statements?month=2026-06-01", headers=s.yongjia_contractor
        )
    ).status_code == 404
    submitted = await g.post(
        "/api/v1/service-records", json={"records": [s.row("P1")]}, headers=s.institution
    )
    job = submitted.json()["id"]
    for who in (s.other_institution, s.yongjia_contractor):
        # it answered 404 INSTITUTION_NOT_FOUND "no institution H-1": that the job exists, and whose it is
        theirs = await g.get(f"/api/v1/service-record-imports/{job}", headers=who)
        unknown = await g.get(f"/api/v1/service-record-imports/{uuid.uuid4()}", headers=who)
        assert (theirs.status_code, theirs.json()["code"]) == (404, "IMPORT_NOT_FOUND")
        assert theirs.json()["detail"] == unknown.json()["detail"]
        assert "H-1" not in theirs.text
    run = await g.post(
        "/api/v1/settlement-runs", json={"county_code": LUCHENG, "month": "2026-06-01"}, headers=s.contractor
    )
    assert run.status_code == 201
    net = run.json()["statements"][0]["net_payable_fen"]
    payment = {"institution_id": "H-1", "amount_fen": 1, "paid_on": "2026-06-30", "reference": "early"}
    # a June payment dated in June (or in 2000) was booked before the month it pays for was over
    early = await g.post(
        f"/api/v1/settlement-runs/{run.json()['id']}/payments", json=payment, headers=s.contractor
    )
    assert (early.status_code, early.json()["code"]) == (422, "PAID_BEFORE_MONTH_END")
    over = await g.post(
        f"/api/v1/settlement-runs/{run.json()['id']}/payments",
        json={**payment, "paid_on": "2026-07-01", "amount_fen": net + 1},
        headers=s.contractor,
    )
    assert over.status_code == 409
    rules = {
        "version": "V-9",
        "effective_from": "2031-01-01",
        "rules": [{"level": 5, "care_mode": "home_visit", "daily_cap_fen": 1, "fund_share_bp": 1}],
    }
    assert (
        await g.post("/api/v1/benefit-rules", json={**rules, "source": "s" * 300_000}, headers=s.bureau)
    ).status_code == 422
    many_modes = {**_institution("H-L"), "care_modes": ["home_visit"] * 100_000}
    assert (await g.post("/api/v1/institutions", json=many_modes, headers=s.contractor)).status_code == 422
