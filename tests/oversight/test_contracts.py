"""Service contracts per lot of counties: the status flow and its history, one live contract per county
and period, the filing with finance, no subcontracting, acceptance of fulfilment, the feed, and scope."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import FEED
from services.oversight.models import outbox_events
from tests.conftest import ClientFactory, bearer
from tests.oversight.conftest import COUNTY_A, COUNTY_B, COUNTY_C, Oversight, contract_body


@pytest.fixture
async def contractor(bureau: Oversight) -> dict[str, Any]:
    return await bureau.contractor()


class TestDrafting:
    async def test_a_draft_keeps_its_terms_and_starts_its_history(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        draft = await bureau.contract(contractor["id"], county_codes=[COUNTY_A, COUNTY_C])
        assert draft["status"] == "draft"
        assert draft["subcontracting_forbidden"] is True
        assert draft["fee_amount_fen"] == 120_000_000
        assert [(h["from_status"], h["to_status"]) for h in draft["status_history"]] == [(None, "draft")]

    async def test_subcontracting_cannot_be_allowed(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        body = contract_body(contractor["id"], subcontracting_forbidden=False)
        refused = await bureau.call("POST", "/api/v1/contracts", 422, json=body)
        assert [e["code"] for e in refused["errors"]] == ["SUBCONTRACTING_FORBIDDEN"]

    @pytest.mark.parametrize(
        ("overrides", "code"),
        [
            ({"ends_on": "2026-06-30"}, "PERIOD_INVERTED"),
            ({"county_codes": [COUNTY_A, COUNTY_A]}, "COUNTY_DUPLICATE"),
            ({"fee_at_risk_bp": 10_001}, "TOO_LARGE"),
            ({"procurement_method": "auction"}, "NOT_ALLOWED"),
        ],
    )
    async def test_terms_out_of_shape_are_refused_by_field(
        self, bureau: Oversight, contractor: dict[str, Any], overrides: dict[str, Any], code: str
    ) -> None:
        refused = await bureau.call(
            "POST", "/api/v1/contracts", 422, json=contract_body(contractor["id"], **overrides)
        )
        assert code in [e["code"] for e in refused["errors"]]

    async def test_an_unknown_contractor_or_county_is_refused(self, bureau: Oversight) -> None:
        nobody = contract_body("00000000-0000-4000-8000-000000000000")
        assert (await bureau.call("POST", "/api/v1/contracts", 422, json=nobody))[
            "code"
        ] == "CONTRACTOR_UNKNOWN"
        contractor = await bureau.contractor()
        nowhere = contract_body(contractor["id"], county_codes=["999999"])
        assert (await bureau.call("POST", "/api/v1/contracts", 422, json=nowhere))["code"] == "COUNTY_UNKNOWN"

    async def test_only_a_draft_changes_its_terms(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        draft = await bureau.contract(contractor["id"], finance_filing_reference=None, finance_filed_on=None)
        path = f"/api/v1/contracts/{draft['id']}"
        changed = await bureau.call(
            "PATCH",
            path,
            200,
            json={"finance_filing_reference": "温财备〔2026〕9号", "finance_filed_on": "2026-06-25"},
        )
        assert changed["finance_filed_on"] == "2026-06-25"
        inverted = await bureau.call("PATCH", path, 422, json={"ends_on": "2026-01-01"})
        assert inverted["errors"][0]["code"] == "PERIOD_INVERTED"
        await bureau.move(draft["id"], "in_force")
        refused = await bureau.call("PATCH", path, 409, json={"fee_amount_fen": 1})
        assert (refused["code"], refused["current_status"]) == ("CONTRACT_IS_IN_FORCE", "in_force")


class TestTheStatusFlow:
    async def test_a_contract_comes_into_force_only_once_filed_with_finance(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        draft = await bureau.contract(contractor["id"], finance_filing_reference=None, finance_filed_on=None)
        refused = await bureau.move(draft["id"], "in_force", expect=409)
        assert refused["code"] == "CONTRACT_NOT_FILED"

    async def test_suspend_resume_and_terminate_with_reasons_in_the_history(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        live = await bureau.live_contract(contractor["id"])
        unexplained = await bureau.move(live["id"], "suspended", expect=422)
        assert unexplained["code"] == "CONTRACT_REASON_REQUIRED"
        await bureau.move(live["id"], "suspended", reason="考核不合格，限期整改")
        await bureau.move(live["id"], "in_force")
        ended = await bureau.move(live["id"], "terminated", reason="严重违约", effective_on="2027-03-31")
        assert (ended["status"], ended["status_reason"]) == ("terminated", "严重违约")
        steps = [(h["from_status"], h["to_status"], h["reason"]) for h in ended["status_history"]]
        assert steps == [
            (None, "draft", None),
            ("draft", "in_force", None),
            ("in_force", "suspended", "考核不合格，限期整改"),
            ("suspended", "in_force", None),
            ("in_force", "terminated", "严重违约"),
        ]
        assert ended["status_history"][-1]["effective_on"] == "2027-03-31"
        again = await bureau.move(live["id"], "in_force", expect=409)
        assert (again["code"], again["current_status"]) == ("CONTRACT_IS_TERMINATED", "terminated")

    async def test_a_contract_expires_only_after_its_end(
        self, bureau: Oversight, contractor: dict[str, Any], service_apps: dict[str, FastAPI]
    ) -> None:
        live = await bureau.live_contract(contractor["id"])
        service_apps["oversight"].state.today = dt.date(2029, 6, 30)
        assert (await bureau.move(live["id"], "expired", expect=409))["code"] == "CONTRACT_NOT_ENDED"
        service_apps["oversight"].state.today = dt.date(2029, 7, 1)
        assert (await bureau.move(live["id"], "expired"))["status"] == "expired"

    async def test_a_draft_cannot_be_suspended(self, bureau: Oversight, contractor: dict[str, Any]) -> None:
        draft = await bureau.contract(contractor["id"])
        refused = await bureau.move(draft["id"], "suspended", reason="x", expect=409)
        assert refused["code"] == "CONTRACT_IS_DRAFT"


class TestOneLiveContractPerCounty:
    async def test_a_second_contract_over_a_county_and_an_overlapping_period_is_refused(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        first = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A, COUNTY_C])
        other = await bureau.contractor()
        clash = await bureau.contract(other["id"], county_codes=[COUNTY_C, COUNTY_B], starts_on="2029-01-01")
        refused = await bureau.move(clash["id"], "in_force", expect=409)
        assert refused["code"] == "CONTRACT_COUNTIES_TAKEN"
        assert (refused["county_codes"], refused["contract_ids"]) == ([COUNTY_C], [first["id"]])

    async def test_other_counties_or_a_later_period_are_free(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        first = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A])
        await bureau.live_contract(contractor["id"], county_codes=[COUNTY_B])
        await bureau.live_contract(
            contractor["id"], county_codes=[COUNTY_A], starts_on="2029-07-01", ends_on="2032-06-30"
        )
        assert first["status"] == "in_force"

    async def test_a_suspended_contract_still_holds_its_lot_and_a_terminated_one_frees_it(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        first = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A])
        await bureau.move(first["id"], "suspended", reason="整改")
        successor = await bureau.contract(contractor["id"], county_codes=[COUNTY_A])
        assert (await bureau.move(successor["id"], "in_force", expect=409))[
            "code"
        ] == "CONTRACT_COUNTIES_TAKEN"
        await bureau.move(first["id"], "terminated", reason="解除合同")
        assert (await bureau.move(successor["id"], "in_force"))["status"] == "in_force"


class TestAcceptance:
    async def test_a_period_is_accepted_with_what_is_withheld_and_why(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        live = await bureau.live_contract(contractor["id"])
        path = f"/api/v1/contracts/{live['id']}/acceptances"
        accepted = await bureau.call(
            "POST",
            path,
            201,
            json={
                "period_start": "2026-07-01",
                "period_end": "2027-06-30",
                "fee_payable_fen": 40_000_000,
                "withholdings": [
                    {"reason": "评估超时率超标", "amount_fen": 3_000_000},
                    {"reason": "投诉办结不及时", "amount_fen": 1_000_001},
                ],
            },
        )
        assert (accepted["withheld_fen"], accepted["fee_released_fen"]) == (4_000_001, 35_999_999)
        listed = await bureau.call("GET", path, 200)
        assert [a["id"] for a in listed["items"]] == [accepted["id"]]

    @pytest.mark.parametrize(
        ("period", "status", "code"),
        [
            (("2027-01-01", "2027-12-31"), 409, "ACCEPTANCE_PERIOD_TAKEN"),
            (("2029-01-01", "2029-12-31"), 422, "ACCEPTANCE_OUTSIDE_CONTRACT"),
        ],
    )
    async def test_a_period_taken_or_outside_the_contract_is_refused(
        self,
        bureau: Oversight,
        contractor: dict[str, Any],
        period: tuple[str, str],
        status: int,
        code: str,
    ) -> None:
        live = await bureau.live_contract(contractor["id"])
        path = f"/api/v1/contracts/{live['id']}/acceptances"
        first = {"period_start": "2026-07-01", "period_end": "2027-06-30", "fee_payable_fen": 100}
        await bureau.call("POST", path, 201, json=first)
        body = {"period_start": period[0], "period_end": period[1], "fee_payable_fen": 100}
        assert (await bureau.call("POST", path, status, json=body))["code"] == code

    async def test_more_withheld_than_payable_or_a_draft_is_refused(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        draft = await bureau.contract(contractor["id"])
        body = {"period_start": "2026-07-01", "period_end": "2026-12-31", "fee_payable_fen": 100}
        path = f"/api/v1/contracts/{draft['id']}/acceptances"
        assert (await bureau.call("POST", path, 409, json=body))["code"] == "CONTRACT_IS_DRAFT"
        over = {**body, "withholdings": [{"reason": "x", "amount_fen": 101}]}
        refused = await bureau.call("POST", path, 422, json=over)
        assert refused["errors"][0]["code"] == "WITHHELD_ABOVE_FEE"

    async def test_the_same_idempotency_key_accepts_once(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        live = await bureau.live_contract(contractor["id"])
        path = f"/api/v1/contracts/{live['id']}/acceptances"
        body = {"period_start": "2026-07-01", "period_end": "2026-12-31", "fee_payable_fen": 500}
        headers = {"Idempotency-Key": "accept-h2-2026"}
        first = await bureau.call("POST", path, 201, json=body, headers=headers)
        assert await bureau.call("POST", path, 201, json=body, headers=headers) == first
        assert len((await bureau.call("GET", path, 200))["items"]) == 1


class TestTheFeed:
    async def test_every_change_is_announced_as_a_typed_contract_changed_event(
        self, bureau: Oversight, contractor: dict[str, Any], session: AsyncSession
    ) -> None:
        live = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A, COUNTY_B])
        await bureau.move(live["id"], "suspended", reason="整改")
        rows = (
            await session.execute(
                select(outbox_events.c.event_type, outbox_events.c.payload)
                .where(outbox_events.c.aggregate_id == live["id"])
                .order_by(outbox_events.c.seq)
            )
        ).all()
        events = [FEED.parse(t, p) for t, p in rows]
        assert [(e.previous_status, e.status) for e in events] == [  # type: ignore[union-attr]
            (None, "draft"),
            ("draft", "in_force"),
            ("in_force", "suspended"),
        ]
        last = events[-1]
        assert last is not None
        assert last.model_dump(include={"contractor_credit_code", "county_codes", "reason"}) == {
            "contractor_credit_code": contractor["credit_code"],
            "county_codes": [COUNTY_A, COUNTY_B],
            "reason": "整改",
        }


class TestScope:
    async def test_a_contractor_client_reads_its_counties_contracts_only_and_writes_nothing(
        self,
        bureau: Oversight,
        contractor: dict[str, Any],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        ours = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A])
        theirs = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_B])
        client_a = bearer(await make_api_key("contractor", county_codes=[COUNTY_A]))
        assert (await gateway.get(f"/api/v1/contracts/{ours['id']}", headers=client_a)).status_code == 200
        hidden = await gateway.get(f"/api/v1/contracts/{theirs['id']}/acceptances", headers=client_a)
        assert (hidden.status_code, hidden.json()["code"]) == (404, "CONTRACT_NOT_FOUND")
        listed = (await gateway.get("/api/v1/contracts", headers=client_a)).json()["items"]
        assert ours["id"] in {c["id"] for c in listed}
        assert theirs["id"] not in {c["id"] for c in listed}
        outside = await gateway.get("/api/v1/contracts", params={"county_code": COUNTY_B}, headers=client_a)
        assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        move = await gateway.post(
            f"/api/v1/contracts/{ours['id']}/status-changes", json={"status": "suspended"}, headers=client_a
        )
        assert (move.status_code, move.json()["code"]) == (403, "ROLE_NOT_ALLOWED")

    async def test_the_list_filters_by_contractor_status_and_county(
        self, bureau: Oversight, contractor: dict[str, Any]
    ) -> None:
        live = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_C])
        draft = await bureau.contract(contractor["id"], county_codes=[COUNTY_C])
        found = await bureau.call(
            "GET",
            "/api/v1/contracts",
            200,
            params={"contractor_id": contractor["id"], "status": "in_force", "county_code": COUNTY_C},
        )
        assert [c["id"] for c in found["items"]] == [live["id"]]
        assert draft["id"] not in [c["id"] for c in found["items"]]
