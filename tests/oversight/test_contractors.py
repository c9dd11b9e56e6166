"""The register of contractors (商保经办机构): who may keep it and read it, its credit codes, outlets in
accounting counties and S001's qualifying conditions."""

from __future__ import annotations

import httpx

from tests.conftest import ClientFactory, bearer
from tests.oversight.conftest import COUNTY_A, COUNTY_B, FULL_CHECKLIST, Oversight, contractor_body
from tests.support import credit_code


class TestRegistering:
    async def test_a_contractor_meeting_every_condition_is_qualified_and_can_be_read_back(
        self, bureau: Oversight
    ) -> None:
        made = await bureau.contractor()
        assert made["qualified"] is True
        assert made["outlets"][0]["county_code"] == COUNTY_A
        again = await bureau.call("GET", f"/api/v1/contractors/{made['id']}", 200)
        assert again == made

    async def test_a_condition_unmet_or_missing_leaves_it_unqualified(self, bureau: Oversight) -> None:
        unmet = [{**FULL_CHECKLIST[0], "met": False}, *FULL_CHECKLIST[1:]]
        assert (await bureau.contractor(qualifications=unmet))["qualified"] is False
        assert (await bureau.contractor(qualifications=FULL_CHECKLIST[1:]))["qualified"] is False

    async def test_a_condition_listed_twice_is_refused(self, bureau: Oversight) -> None:
        body = contractor_body(qualifications=[FULL_CHECKLIST[0], FULL_CHECKLIST[0]])
        refused = await bureau.call("POST", "/api/v1/contractors", 422, json=body)
        assert [e["code"] for e in refused["errors"]] == ["CONDITION_DUPLICATE"]

    async def test_a_credit_code_with_a_wrong_check_character_is_refused(self, bureau: Oversight) -> None:
        good = credit_code()
        wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
        body = contractor_body(credit_code=wrong)
        refused = await bureau.call("POST", "/api/v1/contractors", 422, json=body)
        assert refused["errors"][0]["code"] == "CREDIT_CODE_CHECKSUM"

    async def test_one_credit_code_is_one_contractor(self, bureau: Oversight) -> None:
        code = credit_code()
        await bureau.contractor(credit_code=code)
        body = contractor_body(credit_code=code)
        refused = await bureau.call("POST", "/api/v1/contractors", 409, json=body)
        assert refused["code"] == "CONTRACTOR_EXISTS"

    async def test_an_outlet_outside_the_accounting_units_is_refused(self, bureau: Oversight) -> None:
        outlets = [{"county_code": "999999", "name": "无", "address": "无"}]
        refused = await bureau.call("POST", "/api/v1/contractors", 422, json=contractor_body(outlets=outlets))
        assert refused["code"] == "COUNTY_UNKNOWN"

    async def test_the_same_idempotency_key_registers_once(self, bureau: Oversight) -> None:
        body = contractor_body()
        headers = {"Idempotency-Key": "register-once"}
        first = await bureau.call("POST", "/api/v1/contractors", 201, json=body, headers=headers)
        second = await bureau.call("POST", "/api/v1/contractors", 201, json=body, headers=headers)
        assert first["id"] == second["id"]


class TestChanging:
    async def test_patch_changes_only_what_it_names(self, bureau: Oversight) -> None:
        made = await bureau.contractor()
        outlets = [
            *made["outlets"],
            {"county_code": COUNTY_B, "name": "瑞安服务网点", "address": "瑞安市某路 2 号", "phone": None},
        ]
        changed = await bureau.call(
            "PATCH", f"/api/v1/contractors/{made['id']}", 200, json={"team_size": 50, "outlets": outlets}
        )
        assert changed["team_size"] == 50
        assert [o["county_code"] for o in changed["outlets"]] == [COUNTY_A, COUNTY_B]
        assert changed["name"] == made["name"]
        assert changed["credit_code"] == made["credit_code"]

    async def test_null_does_not_clear_a_required_field_and_the_credit_code_does_not_change(
        self, bureau: Oversight
    ) -> None:
        made = await bureau.contractor()
        nulled = await bureau.call("PATCH", f"/api/v1/contractors/{made['id']}", 422, json={"name": None})
        assert nulled["errors"][0]["code"] == "NULL_NOT_ALLOWED"
        await bureau.call(
            "PATCH", f"/api/v1/contractors/{made['id']}", 422, json={"credit_code": credit_code()}
        )

    async def test_an_unknown_contractor_is_a_404(self, bureau: Oversight) -> None:
        missing = await bureau.call(
            "PATCH", "/api/v1/contractors/00000000-0000-4000-8000-000000000000", 404, json={"team_size": 1}
        )
        assert missing["code"] == "CONTRACTOR_NOT_FOUND"


class TestTheList:
    async def test_pages_by_credit_code_with_a_cursor(self, bureau: Oversight) -> None:
        made = {(await bureau.contractor())["credit_code"] for _ in range(3)}
        seen: list[str] = []
        cursor: str | None = None
        while True:
            params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
            page = await bureau.call("GET", "/api/v1/contractors", 200, params=params)
            seen += [c["credit_code"] for c in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert made <= set(seen)
        assert seen == sorted(seen)


class TestWhoMay:
    async def test_only_the_bureau_registers_and_admin_reads(
        self, bureau: Oversight, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        made = await bureau.contractor()
        for role in ("admin", "contractor", "institution"):
            key = bearer(await make_api_key(role))
            refused = await gateway.post("/api/v1/contractors", json=contractor_body(), headers=key)
            assert (refused.status_code, refused.json()["code"]) == (403, "ROLE_NOT_ALLOWED")
        admin = bearer(await make_api_key("admin"))
        assert (await gateway.get(f"/api/v1/contractors/{made['id']}", headers=admin)).status_code == 200
        institution = bearer(await make_api_key("institution"))
        assert (await gateway.get("/api/v1/contractors", headers=institution)).status_code == 403

    async def test_a_contractor_client_sees_the_contractor_of_its_counties_contracts_only(
        self, bureau: Oversight, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        ours = await bureau.contractor()
        theirs = await bureau.contractor()
        await bureau.contract(ours["id"], county_codes=[COUNTY_A])
        await bureau.contract(theirs["id"], county_codes=[COUNTY_B])
        client_a = bearer(await make_api_key("contractor", county_codes=[COUNTY_A]))
        assert (await gateway.get(f"/api/v1/contractors/{ours['id']}", headers=client_a)).status_code == 200
        hidden = await gateway.get(f"/api/v1/contractors/{theirs['id']}", headers=client_a)
        assert (hidden.status_code, hidden.json()["code"]) == (404, "CONTRACTOR_NOT_FOUND")
        listed = (await gateway.get("/api/v1/contractors", headers=client_a)).json()["items"]
        ids = {c["id"] for c in listed}
        assert ours["id"] in ids
        assert theirs["id"] not in ids
