"""The whole flow through the gateway: enrolment and a conclusion in force arrive by feed, the institution
uploads its month as a file, the contractor settles, the institution reads its paid statement — and sees
nothing of any other institution."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, Feeds

INSTITUTION = "WZ-LC-0100"


async def test_from_enrolment_to_a_paid_statement(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
    feeds: Feeds,
    session: AsyncSession,
) -> None:
    await load_wenzhou_benefit_rules(session)
    person = await feeds.beneficiary(level=5, year=2026)
    contractor = keys["contractor"]
    created = await gateway.post(
        "/api/v1/institutions",
        json={
            "id": INSTITUTION,
            "name": "鹿城居家护理站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
        headers={**bearer(contractor), "Idempotency-Key": "flow-inst"},
    )
    assert created.status_code == 201
    institution = await make_api_key("institution", institution_id=INSTITUTION)
    caregiver = await gateway.post(
        f"/api/v1/institutions/{INSTITUTION}/caregivers",
        json={
            "code": "CG-9",
            "real_name": "陈静",
            "qualification": "执业护士",
            "qualified_from": "2025-01-01",
            "qualified_until": "2028-01-01",
            "category": "licensed_nurse",
            "licence_number": "NURSE-CG-9",
        },
        headers=bearer(institution),
    )
    assert caregiver.status_code == 201

    header = (
        "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,"
        "amount_claimed_fen"
    )
    lines = [header]
    for day in range(1, 11):
        lines.append(
            f"V{day},{person},CG-9,home_visit,2026-06-{day:02d},{8 + day % 3}:00,{9 + day % 3}:30,LT01,20000"
        )
    lines.append(f"BAD1,{person},CG-9,home_visit,2026-06-31,09:00,10:00,LT01,20000")
    lines.append("BAD2,not-a-person,CG-9,teleport,2026-06-02,09:00,10:00,LT01,-5")
    upload = await gateway.post(
        "/api/v1/service-record-imports",
        content="\n".join(lines).encode(),
        headers={**bearer(institution), "Content-Type": "text/csv"},
    )
    assert upload.status_code == 201, upload.text
    job = upload.json()
    assert (job["rows_total"], job["rows_accepted"], job["rows_rejected"]) == (12, 10, 2)
    assert {e["code"] for e in job["errors"]} >= {
        "INVALID_DATE",
        "INVALID_PERSON_ID",
        "NOT_ALLOWED",
        "INVALID_AMOUNT",
    }
    resend = await gateway.post(
        "/api/v1/service-record-imports",
        content="\n".join(lines[:3]).encode(),
        headers={**bearer(institution), "Content-Type": "text/csv"},
    )
    assert resend.json()["rows_already_received"] == 2

    run = await gateway.post(
        "/api/v1/settlement-runs",
        json={"county_code": LUCHENG, "month": "2026-06-01"},
        headers={**bearer(contractor), "Idempotency-Key": "flow-run"},
    )
    assert run.status_code == 201, run.text
    statement = run.json()["statements"][0]
    # 10 × 200 元 claimed; level 5 cap 2,980 元 a month → all 2,000 元 within the cap; the fund pays 80 %
    assert (statement["claimed_fen"], statement["fund_payable_fen"], statement["person_share_fen"]) == (
        200_000,
        160_000,
        40_000,
    )
    again = await gateway.post(
        "/api/v1/settlement-runs",
        json={"county_code": LUCHENG, "month": "2026-06-01"},
        headers=bearer(contractor),
    )
    assert again.status_code == 409
    assert again.json()["code"] == "ALREADY_SETTLED"

    paid = await gateway.post(
        f"/api/v1/settlement-runs/{run.json()['id']}/payments",
        json={
            "institution_id": INSTITUTION,
            "amount_fen": statement["net_payable_fen"],
            "paid_on": "2026-07-05",
            "reference": "TX-1",
        },
        headers={**bearer(contractor), "Idempotency-Key": "flow-pay"},
    )
    assert paid.status_code == 201

    own = await gateway.get(
        f"/api/v1/institutions/{INSTITUTION}/statements?month=2026-06-01", headers=bearer(institution)
    )
    assert [s["net_payable_fen"] for s in own.json()["items"]] == [statement["net_payable_fen"]]
    records = await gateway.get(
        "/api/v1/service-records?month=2026-06-01&check=passed", headers=bearer(institution)
    )
    assert len(records.json()["items"]) == 10

    stranger = await make_api_key("institution", institution_id="SOMEONE-ELSE")
    assert (
        await gateway.get(f"/api/v1/institutions/{INSTITUTION}/statements", headers=bearer(stranger))
    ).status_code == 404
    assert (
        await gateway.get(f"/api/v1/settlement-runs/{run.json()['id']}", headers=bearer(stranger))
    ).status_code == 404
    assert (
        await gateway.get(f"/api/v1/service-record-imports/{job['id']}", headers=bearer(stranger))
    ).status_code == 404
    unseen = await gateway.get(
        f"/api/v1/service-records?institution_id={INSTITUTION}", headers=bearer(stranger)
    )
    assert unseen.status_code == 404


async def test_a_file_larger_than_the_json_body_limit_streams_through_the_gateway(
    gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory, feeds: Feeds
) -> None:
    person = await feeds.beneficiary(level=5, year=2026)
    created = await gateway.post(
        "/api/v1/institutions",
        json={
            "id": INSTITUTION,
            "name": "鹿城居家护理站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
        headers=bearer(keys["contractor"]),
    )
    assert created.status_code == 201
    institution = await make_api_key("institution", institution_id=INSTITUTION)
    items = "|".join(["LT0101"] * 700)
    rows = 2_000
    body = "record_id,person_id,care_mode,service_date,items,amount_claimed_fen\n" + "".join(
        f"L{n},{person},home_visit,2026-06-{n % 28 + 1:02d},{items},100\n" for n in range(rows)
    )
    assert len(body) > 9 * 1024 * 1024
    upload = await gateway.post(
        "/api/v1/service-record-imports",
        content=body.encode(),
        headers={**bearer(institution), "Content-Type": "text/csv"},
    )
    assert upload.status_code == 201, upload.text[:500]
    assert (upload.json()["rows_total"], upload.json()["rows_accepted"]) == (rows, rows)
    too_big_json = await gateway.post(
        "/api/v1/service-records",
        content=b'{"records": [' + b'{"x": "' + b"y" * (9 * 1024 * 1024) + b'"}]}',
        headers={**bearer(institution), "Content-Type": "application/json"},
    )
    assert too_big_json.status_code == 413
