"""The old system's fund balances brought into the ledger (the bureau's opening-balance import): each a
balanced transaction against ``opening_balances``, marked as migrated, harmless to resend; the fund views
start from them."""

from __future__ import annotations

import uuid

import httpx

from tests.conftest import bearer

HEADER = "county_code,account,balance_fen,as_of,reference"
LUCHENG = "330302"


async def upload(
    gateway: httpx.AsyncClient, key: str, content: str, media: str = "text/csv"
) -> httpx.Response:
    return await gateway.post(
        "/api/v1/opening-balance-imports",
        content=content.encode(),
        headers={**bearer(key), "Content-Type": media},
    )


async def errors(gateway: httpx.AsyncClient, key: str, job_id: str) -> list[tuple[int, str, str]]:
    r = await gateway.get(f"/api/v1/opening-balance-imports/{job_id}/errors", headers=bearer(key))
    assert r.status_code == 200, r.text
    return [(e["row_number"], e["field"], e["code"]) for e in r.json()["items"]]


async def balances(gateway: httpx.AsyncClient, key: str, county: str = LUCHENG) -> dict[str, int]:
    r = await gateway.get("/api/v1/fund/accounts", params={"county_code": county}, headers=bearer(key))
    assert r.status_code == 200, r.text
    return {a["account"]: a["balance_fen"] for a in r.json()["items"]}


class TestOpeningBalanceImport:
    async def test_balances_are_posted_against_opening_balances_and_bad_rows_reported(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        tag = uuid.uuid4().hex[:6]
        lines = [
            HEADER,
            f"{LUCHENG},cash,1234567890,2022-06-24,{tag}-1",  # 2
            f"{LUCHENG},payable_institutions,45600,2022-06-24,{tag}-2",  # 3: a liability, credit
            f"{LUCHENG},accumulated_surplus,1234522290,2022-06-24,{tag}-3",  # 4: equity, credit
            f"999999,cash,100,2022-06-24,{tag}-4",  # 5: no such county
            f"{LUCHENG},income_fiscal_subsidy,100,2022-06-24,{tag}-5",  # 6: not a balance-sheet account
            f"{LUCHENG},cash,12.50,2022-06-24,{tag}-6",  # 7: not whole fen
            f"{LUCHENG},cash,100,2022-13-01,{tag}-7",  # 8: no such date
            f"{LUCHENG},cash,100,2022-06-24,{tag}-1",  # 9: reference twice in the file
            f"{LUCHENG},nonsense,100,2022-06-24,{tag}-8",  # 10: no such account
        ]
        r = await upload(gateway, keys["bureau"], "\n".join(lines) + "\n")
        assert r.status_code == 201, r.text
        job = r.json()
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (9, 3, 6)
        assert await errors(gateway, keys["bureau"], job["id"]) == [
            (5, "county_code", "COUNTY_UNKNOWN"),
            (6, "account", "ACCOUNT_NOT_ALLOWED"),
            (7, "balance_fen", "AMOUNT_FORMAT"),
            (8, "as_of", "DATE_FORMAT"),
            (9, "reference", "DUPLICATE_IN_FILE"),
            (10, "account", "ACCOUNT_UNKNOWN"),
        ]
        books = await balances(gateway, keys["bureau"])
        assert books["cash"] == 1_234_567_890
        assert books["payable_institutions"] == -45_600
        assert books["accumulated_surplus"] == -1_234_522_290
        assert books["opening_balances"] == 0, "a complete trial balance leaves the contra account at zero"

        listed = await gateway.get(
            "/api/v1/opening-balances", params={"import_job_id": job["id"]}, headers=bearer(keys["bureau"])
        )
        assert listed.status_code == 200, listed.text
        items = listed.json()["items"]
        assert sorted((i["account"], i["balance_fen"]) for i in items) == [
            ("accumulated_surplus", 1_234_522_290),
            ("cash", 1_234_567_890),
            ("payable_institutions", 45_600),
        ]
        assert {(i["origin"], i["import_job_id"]) for i in items} == {("migrated", job["id"])}
        tx = await gateway.get(
            "/api/v1/fund/transactions", params={"county_code": LUCHENG}, headers=bearer(keys["bureau"])
        )
        assert {t["kind"] for t in tx.json()["items"]} >= {"opening_balance"}

    async def test_the_fund_view_starts_from_the_opening_balance(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        content = f"{HEADER}\n{LUCHENG},cash,500000,2022-06-24,FV-{uuid.uuid4().hex[:6]}\n"
        assert (await upload(gateway, keys["bureau"], content)).json()["rows_created"] == 1
        r = await gateway.get(
            "/api/v1/fund/status",
            params={"county_code": LUCHENG, "month": "2022-07-01"},
            headers=bearer(keys["bureau"]),
        )
        assert r.status_code == 200, r.text
        [county] = [c for c in r.json()["counties"] if c["county_code"] == LUCHENG]
        assert county["cash_fen"] == 500_000

    async def test_a_resend_changes_nothing_and_a_reference_with_other_content_is_refused(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        ref = f"RS-{uuid.uuid4().hex[:6]}"
        content = f"{HEADER}\n{LUCHENG},cash,700,2022-06-24,{ref}\n"
        first = (await upload(gateway, keys["bureau"], content)).json()
        again = (await upload(gateway, keys["bureau"], content)).json()
        assert (first["rows_created"], again["rows_created"], again["rows_unchanged"]) == (1, 0, 1)
        changed = (await upload(gateway, keys["bureau"], content.replace(",700,", ",701,"))).json()
        assert await errors(gateway, keys["bureau"], changed["id"]) == [
            (2, "reference", "OPENING_BALANCE_REF_CONFLICT")
        ]
        assert (await balances(gateway, keys["bureau"]))["cash"] == 700

    async def test_json_lines(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        line = (
            f'{{"county_code": "{LUCHENG}", "account": "deposits_held", "balance_fen": 3000, '
            f'"as_of": "2022-06-24", "reference": "JL-{uuid.uuid4().hex[:6]}"}}\n'
        )
        r = await upload(gateway, keys["bureau"], line + "[1]\n", "application/x-ndjson")
        assert r.status_code == 201, r.text
        assert (r.json()["rows_created"], r.json()["rows_failed"]) == (1, 1)
        assert (await balances(gateway, keys["bureau"]))["deposits_held"] == -3000

    async def test_the_error_report_is_also_a_csv_file(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        content = f"{HEADER}\n{LUCHENG},cash,0,2022-06-24,CSV-{uuid.uuid4().hex[:6]}\n"
        job = (await upload(gateway, keys["bureau"], content)).json()
        r = await gateway.get(
            f"/api/v1/opening-balance-imports/{job['id']}/errors",
            headers={**bearer(keys["bureau"]), "Accept": "text/csv"},
        )
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/csv")
        assert r.text.splitlines()[:2] == [
            "row_number,field,code,message",
            '2,balance_fen,AMOUNT_FORMAT,"a whole number of fen, not 0"',
        ]

    async def test_only_the_bureau_imports_balances(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        r = await upload(gateway, keys["contractor"], f"{HEADER}\n")
        assert r.status_code == 403
