"""The sample files of ``examples/`` for the migration imports, through the gateway as a bureau sends them:
the good rows land, the deliberately bad rows are reported with their codes."""

from __future__ import annotations

import httpx

from shared.settings import PROJECT_ROOT
from tests.assessment.conftest import Api
from tests.conftest import bearer

EXAMPLES = PROJECT_ROOT / "examples"
PERSONS = {  # the persons the sample levels name, enrolled first (the old system's insured persons)
    "330302194103081012": "330302",
    "330302193811201025": "330302",
    "330381194001151038": "330381",
    "330381193607021049": "330381",
}


async def send(
    gateway: httpx.AsyncClient, key: str, path: str, name: str, *, as_form: bool = False
) -> dict[str, object]:
    """The file as the raw body, or as a form (``curl -F file=@examples/<name>``: the part's type unsaid)."""
    data = (EXAMPLES / name).read_bytes()
    if as_form:
        files = {"file": (name, data, "application/octet-stream")}
        r = await gateway.post(path, files=files, headers=bearer(key))
    else:
        r = await gateway.post(path, content=data, headers={**bearer(key), "Content-Type": "text/csv"})
    assert r.status_code == 201, r.text
    job: dict[str, object] = r.json()
    errors = await gateway.get(f"{path}/{job['id']}/errors", headers=bearer(key))
    job["errors"] = [(e["row_number"], e["field"], e["code"]) for e in errors.json()["items"]]
    return job


class TestMigrationExamples:
    async def test_migrated_levels_csv(self, bureau: Api, contractor: Api, keys: dict[str, str]) -> None:
        for number, county in PERSONS.items():
            body = {"id_number": number, "name": "样例", "category": "retiree", "county_code": county,
                    "enrolled_on": "2022-07-01"}  # fmt: skip
            r = await contractor.post("/api/v1/persons", body)
            assert r.status_code == 201, r.text
        job = await send(bureau.gateway, keys["bureau"], "/api/v1/level-imports", "migrated-levels.csv")
        again = await send(
            bureau.gateway, keys["bureau"], "/api/v1/level-imports", "migrated-levels.csv", as_form=True
        )  # the same file again, as a form: harmless
        assert (again["rows_created"], again["rows_failed"]) == (0, 2)
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (5, 3, 2)
        assert job["errors"] == [(5, "level", "LEVEL_FORMAT"), (6, "valid_to", "DATE_RANGE")]

    async def test_opening_balances_csv(self, gateway: httpx.AsyncClient, keys: dict[str, str]) -> None:
        job = await send(
            gateway, keys["bureau"], "/api/v1/opening-balance-imports", "opening-balances.csv", as_form=True
        )
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (7, 5, 2)
        assert job["errors"] == [(7, "account", "ACCOUNT_NOT_ALLOWED"), (8, "balance_fen", "AMOUNT_FORMAT")]
        accounts = await gateway.get(
            "/api/v1/fund/accounts", params={"county_code": "330302"}, headers=bearer(keys["bureau"])
        )
        by_account = {a["account"]: a["balance_fen"] for a in accounts.json()["items"]}
        assert by_account["cash"] == 1_850_000_000
        assert by_account["opening_balances"] == 0
