"""The care institution's desk (in-process, httpx): a month's file uploaded through the console keeps its good
rows and lists the bad ones to fix; the records show their check outcome and reason codes in words; the
statements are the API's to the fen; a deduction is disputed from the record; and a second institution's
clerk sees none of the first's imports, records, statements, disputes or clients — the first's URLs answer
404 to it. Every form is refused without the session's CSRF token."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.console import institution
from services.gateway.console.i18n import yuan
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from tests.conftest import ClientFactory, bearer
from tests.console.conftest import Browser, MakeStaff, csrf_of
from tests.settlement.conftest import LUCHENG, Feeds, feeds  # noqa: F401

OWN, OTHER = "WZ-LC-0301", "WZ-LC-0302"
MONTH = "2026-06"
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,amount_claimed_fen"
)
_ROW = re.compile(r'<tr[^>]*data-key="([^"]*)"[^>]*>(.*?)</tr>', re.S)
_FEN = re.compile(r'data-fen="(-?\d+)"')
_JOB = re.compile(r'data-job="([0-9a-f-]{36})"')


@dataclass
class Desk:
    """Two contracted institutions in 鹿城区 with a clerk each signed in, and one insured client (level 5)."""

    own: Browser
    other: Browser
    person: str
    contractor: str
    own_key: str


def month_file(person: str) -> bytes:
    """Three visits of June 2026: two good ones (one by a caregiver never registered: accepted, later cut)
    and one with a date that does not exist (refused at the upload)."""
    return "\n".join([
        HEADER,
        f"J1,{person},CG-9,home_visit,2026-06-02,09:00,10:00,LT01,20000",
        f"J2,{person},CG-404,home_visit,2026-06-03,09:00,10:00,LT01,15000",
        f"J3,{person},CG-9,home_visit,2026-06-31,09:00,10:00,LT01,20000",
    ]).encode()  # fmt: skip


async def contract(gateway: httpx.AsyncClient, contractor: str, institution_id: str) -> None:
    created = await gateway.post(
        "/api/v1/institutions",
        json={
            "id": institution_id, "name": f"鹿城护理站 {institution_id}", "county_code": LUCHENG,
            "kind": "home_care", "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01", "agreement_to": "2027-12-31",
        },
        headers={**bearer(contractor), "Idempotency-Key": f"desk-{institution_id}"},
    )  # fmt: skip
    assert created.status_code == 201, created.text


@pytest.fixture
async def desk(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
    make_staff: MakeStaff,
    browser_factory: Callable[[], Browser],
    feeds: Feeds,  # noqa: F811
    session: AsyncSession,
) -> Desk:
    await load_wenzhou_benefit_rules(session)
    person = await feeds.beneficiary(level=5, year=2026)
    for institution_id in (OWN, OTHER):
        await contract(gateway, keys["contractor"], institution_id)
    own_key = await make_api_key("institution", institution_id=OWN)
    caregiver = await gateway.post(
        f"/api/v1/institutions/{OWN}/caregivers",
        json={
            "code": "CG-9", "real_name": "陈静", "qualification": "执业护士", "qualified_from": "2025-01-01",
            "qualified_until": "2028-01-01", "category": "licensed_nurse", "licence_number": "NURSE-CG-9",
        },
        headers=bearer(own_key),
    )  # fmt: skip
    assert caregiver.status_code == 201, caregiver.text
    browsers = []
    for institution_id in (OWN, OTHER):
        account = await make_staff("institution", institution_id=institution_id)
        browser = browser_factory()
        assert (await browser.sign_in(account["username"])).status_code == 303
        browsers.append(browser)
    return Desk(browsers[0], browsers[1], str(person), keys["contractor"], own_key)


async def upload(browser: Browser, name: str, content: bytes, *, token: bool = True) -> httpx.Response:
    """The page's script: the form (charset, file) by XMLHttpRequest with the CSRF header."""
    page = await browser.page("/console/institution")
    assert page.status_code == 200, page.text
    headers = {"X-Requested-With": "XMLHttpRequest"}
    if token:
        headers["X-CSRF-Token"] = csrf_of(page)
    return await browser.client.post(
        "/console/institution/imports",
        data={"charset": "utf-8"},
        files={"file": (name, content, "text/csv")},
        headers=headers,
    )


async def uploaded_job(desk: Desk) -> str:
    answer = await upload(desk.own, "2026-06.csv", month_file(desk.person))
    assert answer.status_code == 201, answer.text
    found = _JOB.search(answer.text)
    assert found, answer.text
    return found.group(1)


async def settle(gateway: httpx.AsyncClient, desk: Desk) -> dict[str, object]:
    run = await gateway.post(
        "/api/v1/settlement-runs",
        json={"county_code": LUCHENG, "month": f"{MONTH}-01"},
        headers={**bearer(desk.contractor), "Idempotency-Key": "desk-run"},
    )
    assert run.status_code == 201, run.text
    body: dict[str, object] = run.json()
    return body


async def test_an_upload_keeps_the_good_rows_and_lists_the_bad_ones_to_fix(desk: Desk) -> None:
    job_id = await uploaded_job(desk)
    progress = await desk.own.page(f"/console/institution/imports/{job_id}/progress")
    assert progress.status_code == 200
    assert 'data-status="completed"' in progress.text
    assert "hx-trigger" not in progress.text  # finished: the fragment stops asking
    counts = {
        name: re.search(rf'id="job-{name}">([\d,]+)<', progress.text).group(1)  # type: ignore[union-attr]
        for name in ("read", "checked", "accepted", "rejected")
    }
    assert counts == {"read": "3", "checked": "3", "accepted": "2", "rejected": "1"}

    page = await desk.own.page(f"/console/institution/imports/{job_id}")
    assert page.status_code == 200
    errors = dict(_ROW.findall(page.text))
    assert set(errors) == {"3"}  # the file's third record (J3): row 1 is the first after the header
    assert "INVALID_DATE" in errors["3"]
    assert "J3" in errors["3"]
    exported = await desk.own.page(f"/console/institution/imports/{job_id}/errors.csv")
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert "J3" in exported.text
    assert "INVALID_DATE" in exported.text

    records = await desk.own.page(f"/console/institution/records?month={MONTH}&outcome=unchecked")
    assert set(dict(_ROW.findall(records.text))) == {"J1", "J2"}


async def test_a_wrong_file_type_and_a_file_too_large_are_clear_messages(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = await upload(desk.own, "2026-06.xlsx", b"PK\x03\x04")
    assert wrong.status_code == 415
    assert "2026-06.xlsx" in wrong.text
    assert 'id="upload-error"' in wrong.text
    empty = await upload(desk.own, "2026-06.csv", b"")
    assert empty.status_code == 422
    monkeypatch.setattr(institution, "MAX_UPLOAD_BYTES", 10)
    too_big = await upload(desk.own, "2026-06.csv", month_file(desk.person))
    assert too_big.status_code == 413
    assert "64 MB" in too_big.text
    monkeypatch.undo()
    refused = await upload(desk.own, "bad.csv", f"{HEADER}\nX1,nobody,,teleport,x,,,,-1".encode())
    assert refused.status_code == 201  # every row refused: the job with its errors, not a failure
    assert 'data-status="refused"' in refused.text


async def test_every_form_is_refused_without_the_sessions_csrf_token(desk: Desk) -> None:
    refused = await upload(desk.own, "2026-06.csv", month_file(desk.person), token=False)
    assert refused.status_code == 403
    records = await desk.own.page(f"/console/institution/records?month={MONTH}")
    assert "J1" not in records.text  # nothing was forwarded to the API
    dispute = await desk.own.client.post("/console/institution/records/1/disputes", data={"reason": "other"})
    assert dispute.status_code == 403


async def test_the_statement_is_the_apis_to_the_fen_and_a_deduction_is_disputed(
    desk: Desk, gateway: httpx.AsyncClient
) -> None:
    await uploaded_job(desk)
    run = await settle(gateway, desk)
    [statement] = (
        await gateway.get(
            f"/api/v1/institutions/{OWN}/statements", params={"month": MONTH}, headers=bearer(desk.own_key)
        )
    ).json()["items"]
    paid = statement["net_payable_fen"] // 2  # the contractor pays half so far
    payout = await gateway.post(
        f"/api/v1/settlement-runs/{run['id']}/payments",
        json={"institution_id": OWN, "amount_fen": paid, "paid_on": "2026-07-05", "reference": "DESK-PAY-1"},
        headers=bearer(desk.contractor),
    )
    assert payout.status_code == 201, payout.text
    page = await desk.own.page("/console/institution/statements")
    assert page.status_code == 200
    statements = page.text[
        page.text.index('id="statements-table"') : page.text.index('id="deductions-title"')
    ]
    rows = {key: [int(f) for f in _FEN.findall(body)] for key, body in _ROW.findall(statements)}
    assert rows[MONTH] == [
        statement[f]
        for f in (
            "claimed_fen", "deducted_fen", "eligible_fen", "fund_payable_fen", "person_share_fen",
            "adjustments_fen", "deposit_withheld_fen", "recoveries_netted_fen", "net_payable_fen",
        )
    ] + [paid, statement["net_payable_fen"] - paid]  # paid out, still to pay  # fmt: skip
    assert statement["deducted_by_reason"] == {"CAREGIVER_NOT_QUALIFIED": 15000}
    assert "护理员未登记或无资质" in page.text
    assert 'data-fen="15000"' in page.text
    assert yuan(statement["net_payable_fen"]) in page.text
    await desk.own.page("/console/language?to=en&next=/console/institution")
    english = await desk.own.page("/console/institution/statements")
    assert "Deducted by reason" in english.text
    assert "not paid: the caregiver is unknown or not qualified" in english.text  # the catalogue's words
    await desk.own.page("/console/language?to=zh&next=/console/institution")

    cut = await desk.own.page(f"/console/institution/records?month={MONTH}&outcome=cut")
    assert set(dict(_ROW.findall(cut.text))) == {"J2"}
    record_href = re.search(r'href="(/console/institution/records/\d+)">J2<', cut.text)
    assert record_href, cut.text
    record = await desk.own.page(record_href.group(1))
    assert "护理员未登记或无资质" in record.text
    raised = await desk.own.client.post(
        f"{record_href.group(1)}/disputes",
        data={"reason": "qualified", "note": "护理员已于当日登记", "csrf_token": csrf_of(record)},
    )
    assert raised.status_code == 201, raised.text
    assert 'data-status="open"' in raised.text
    assert "护理员已于当日登记" in raised.text
    again = await desk.own.client.post(
        f"{record_href.group(1)}/disputes", data={"reason": "other", "csrf_token": csrf_of(record)}
    )
    assert again.status_code == 409  # one dispute per record: the API's problem, shown on the page
    disputes = await desk.own.page(f"/console/institution/disputes?month={MONTH}")
    assert "待处理" in disputes.text
    assert "J2" in disputes.text


async def test_a_second_institution_sees_none_of_the_firsts(desk: Desk, gateway: httpx.AsyncClient) -> None:
    job_id = await uploaded_job(desk)
    await settle(gateway, desk)
    cut = await desk.own.page(f"/console/institution/records?month={MONTH}&outcome=cut")
    record_path = re.search(r'href="(/console/institution/records/\d+)">J2<', cut.text).group(1)  # type: ignore[union-attr]
    record = await desk.own.page(record_path)
    raised = await desk.own.client.post(
        f"{record_path}/disputes", data={"reason": "delivered", "csrf_token": csrf_of(record)}
    )
    assert raised.status_code == 201
    own_clients = await desk.own.page(f"/console/institution/clients?month={MONTH}")
    assert desk.person in own_clients.text

    other = desk.other
    for path in (
        f"/console/institution/imports/{job_id}",
        f"/console/institution/imports/{job_id}/progress",
        f"/console/institution/imports/{job_id}/errors.csv",
        record_path,
    ):
        answer = await other.page(path)
        assert answer.status_code == 404, path
        assert "J1" not in answer.text
        assert "J3" not in answer.text
    desk_page = await other.page("/console/institution")
    forged = await other.client.post(
        f"{record_path}/disputes", data={"reason": "other", "csrf_token": csrf_of(desk_page)}
    )
    assert forged.status_code == 404
    for path in (
        f"/console/institution/records?month={MONTH}",
        f"/console/institution/records.csv?month={MONTH}",
        "/console/institution/statements",
        "/console/institution/statements.csv",
        f"/console/institution/disputes?month={MONTH}",
        f"/console/institution/clients?month={MONTH}",
    ):
        answer = await other.page(path)
        assert answer.status_code == 200, path
        assert "J1" not in answer.text, path
        assert "J2" not in answer.text, path
        assert desk.person not in answer.text, path
        assert "data-fen" not in answer.text, path
        assert OWN not in answer.text, path


async def test_only_an_institutions_clerk_has_the_desk(
    make_staff: MakeStaff, browser_factory: Callable[[], Browser]
) -> None:
    account = await make_staff("bureau")
    browser = browser_factory()
    await browser.sign_in(account["username"])
    assert (await browser.page("/console/institution")).status_code == 403
    assert (await browser.page("/console/institution/statements")).status_code == 403
    anonymous = browser_factory()
    assert (await anonymous.page("/console/institution")).status_code == 303
