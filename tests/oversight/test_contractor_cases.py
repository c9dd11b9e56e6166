"""Cases about a contractor (商保经办机构 违规, issue 15: "Cases of suspected violations … sanctions —
warning, rectification, suspension of the agreement, termination, credit record with a ban period"): the
bureau opens
one under a contract of the contractor; its suspension and termination act on that contract through the
contract's own steps, so ``contract.changed`` tells the gateway and the contractor's bound clients may no
longer write (reads stay open); lifting the suspension brings the contract back; a credit record bars the
contractor from a new contract for the rule's years (S001 "三年之内不得参与政府购买服务"). Only the bureau
and the city-wide readers see such a case; to a contractor's client it is unknown. All through the gateway."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts.oversight import FEED, ContractChanged, SanctionChanged
from services.gateway.contracts.consumer import OversightContractsConsumer
from services.gateway.models import consumer_cursors
from services.oversight.models import outbox_events
from tests.conftest import ClientFactory, bearer, signed_service_client
from tests.feeds.support import drain, start_at_head
from tests.oversight.conftest import COUNTY_A, COUNTY_B, Oversight
from tests.oversight.test_contract_binding import bound_client, enrol


@pytest.fixture
async def contracts_feed(
    session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession], service_apps: dict[str, FastAPI]
) -> OversightContractsConsumer:
    await start_at_head(session, consumer_cursors, "gateway.oversight", "oversight", outbox_events)
    await session.commit()
    return OversightContractsConsumer(
        signed_service_client(service_apps["oversight"], "gateway"), sessionmaker
    )


@pytest.fixture(autouse=True)
def no_key_cache(gateway_app: FastAPI) -> None:
    gateway_app.state.authenticator.ttl = 0


class Scene:
    """A contractor with a contract in force over counties A and B, a client bound to it, the bureau."""

    def __init__(
        self, bureau: Oversight, contractor: dict[str, Any], contract: dict[str, Any], key: str
    ) -> None:
        self.bureau = bureau
        self.contractor = contractor
        self.contract = contract
        self.key = key

    async def open_case(self, **overrides: Any) -> dict[str, Any]:
        body = {
            "subject_kind": "contractor",
            "contract_id": self.contract["id"],
            "source": "data_rule",
            "data_rule": "评估结论复核推翻率异常",
            "summary": "经办机构违规出具评估结论、截留服务费",
            **overrides,
        }
        made: dict[str, Any] = await self.bureau.call("POST", "/api/v1/cases", 201, json=body)
        return made

    async def decide(self, case: dict[str, Any], *sanctions: dict[str, Any], expect: int = 201) -> Any:
        return await self.bureau.call(
            "POST",
            f"/api/v1/cases/{case['id']}/decision",
            expect,
            json={"outcome": "violation", "reason": "查实", "sanctions": list(sanctions)},
        )


@pytest.fixture
async def scene(
    gateway: httpx.AsyncClient,
    bureau: Oversight,
    make_api_key: ClientFactory,
    contracts_feed: OversightContractsConsumer,
) -> Scene:
    contractor = await bureau.contractor()
    contract = await bureau.live_contract(contractor["id"], county_codes=[COUNTY_B, COUNTY_A])
    await drain(contracts_feed)
    made = await bound_client(gateway, await make_api_key("admin"), contractor["id"], [COUNTY_A])
    return Scene(bureau, contractor, contract, made["key"])


async def events(session: AsyncSession, event_type: str) -> list[Any]:
    rows = (
        await session.execute(
            select(outbox_events.c.event_type, outbox_events.c.payload)
            .where(outbox_events.c.event_type == event_type)
            .order_by(outbox_events.c.seq)
        )
    ).all()
    return [FEED.parse(t, p) for t, p in rows]


class TestOpeningACaseOnAContractor:
    async def test_the_bureau_opens_it_under_a_contract_and_no_contractor_client_sees_it(
        self, scene: Scene, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        case = await scene.open_case()
        assert (case["subject_kind"], case["contractor_id"], case["contract_id"], case["institution_id"]) == (
            "contractor",
            scene.contractor["id"],
            scene.contract["id"],
            None,
        )
        assert case["county_code"] == COUNTY_A, "the first county of the contract's lot"
        listed = await scene.bureau.call(
            "GET", "/api/v1/cases", 200, params={"contractor_id": scene.contractor["id"]}
        )
        assert [c["id"] for c in listed["items"]] == [case["id"]]
        finance = await make_api_key("finance")
        assert (await gateway.get(f"/api/v1/cases/{case['id']}", headers=bearer(finance))).status_code == 200
        for key in (scene.key, await make_api_key("contractor", county_codes=[COUNTY_A])):
            theirs = await gateway.get(f"/api/v1/cases/{case['id']}", headers=bearer(key))
            nobodys = await gateway.get(f"/api/v1/cases/{uuid.uuid4()}", headers=bearer(key))
            assert theirs.status_code == nobodys.status_code == 404
            assert theirs.json()["detail"] == nobodys.json()["detail"]
            assert (await gateway.get("/api/v1/cases", headers=bearer(key))).json()["items"] == []

    async def test_a_contractor_client_cannot_open_one_even_on_itself_and_the_subject_must_be_named(
        self, scene: Scene, gateway: httpx.AsyncClient
    ) -> None:
        body = {"subject_kind": "contractor", "source": "data_rule", "data_rule": "r", "summary": "s"}
        own = await gateway.post(
            "/api/v1/cases", json={**body, "contract_id": scene.contract["id"]}, headers=bearer(scene.key)
        )
        unknown = await gateway.post(
            "/api/v1/cases", json={**body, "contract_id": str(uuid.uuid4())}, headers=bearer(scene.key)
        )
        assert own.status_code == unknown.status_code == 422
        assert own.json()["code"] == unknown.json()["code"] == "CASE_CONTRACT_UNKNOWN"
        missing = await scene.bureau.call("POST", "/api/v1/cases", 422, json=body)
        assert missing["errors"][0]["code"] == "CASE_SUBJECT_INVALID"
        from_a_visit = await scene.bureau.call(
            "POST",
            "/api/v1/cases",
            422,
            json={
                **body,
                "contract_id": scene.contract["id"],
                "source": "finding",
                "inspection_id": str(uuid.uuid4()),
            },
        )
        assert from_a_visit["errors"][0]["code"] == "CASE_SUBJECT_INVALID"

    async def test_no_money_is_recovered_from_a_contractor_on_a_case(self, scene: Scene) -> None:
        case = await scene.open_case()
        refused = await scene.bureau.call(
            "POST",
            f"/api/v1/cases/{case['id']}/decision",
            422,
            json={
                "outcome": "violation",
                "reason": "查实",
                "recoveries": [{"amount_fen": 100_000, "paid_in_year": 2026, "reason": "r"}],
            },
        )
        assert refused["code"] == "RECOVERY_NOT_FOR_CONTRACTOR"


class TestSanctionsOnAContractor:
    async def test_a_suspension_suspends_its_contract_its_clients_may_read_not_write_until_lifted(
        self,
        scene: Scene,
        gateway: httpx.AsyncClient,
        contracts_feed: OversightContractsConsumer,
        session: AsyncSession,
    ) -> None:
        assert (await enrol(gateway, scene.key)).status_code == 201
        case = await scene.open_case()
        decided = await scene.decide(
            case,
            {"kind": "warning", "reason": "警告"},
            {"kind": "suspension", "reason": "暂停服务协议，限期整改"},
        )
        contract = await scene.bureau.call("GET", f"/api/v1/contracts/{scene.contract['id']}", 200)
        assert contract["status"] == "suspended"
        assert contract["status_history"][-1]["reason"].startswith(case["number"])
        await drain(contracts_feed)
        refused = await enrol(gateway, scene.key)
        assert (refused.status_code, refused.json()["code"]) == (403, "CONTRACT_NOT_IN_FORCE")
        assert (await gateway.get("/api/v1/persons", headers=bearer(scene.key))).status_code == 200
        announced = [e for e in await events(session, "sanction.changed") if str(e.case_id) == case["id"]]
        assert all(isinstance(e, SanctionChanged) for e in announced)
        assert [(e.subject_kind, str(e.contractor_id), e.institution_id, e.kind) for e in announced] == [
            ("contractor", scene.contractor["id"], None, "warning"),
            ("contractor", scene.contractor["id"], None, "suspension"),
        ]
        changed = [
            e for e in await events(session, "contract.changed") if str(e.contract_id) == scene.contract["id"]
        ]
        assert isinstance(changed[-1], ContractChanged)
        assert changed[-1].status == "suspended"

        suspension = decided["sanctions"][1]
        await scene.bureau.call(
            "POST", f"/api/v1/sanctions/{suspension['id']}:lift", 201, json={"reason": "整改到位"}
        )
        back = await scene.bureau.call("GET", f"/api/v1/contracts/{scene.contract['id']}", 200)
        assert back["status"] == "in_force"
        await drain(contracts_feed)
        assert (await enrol(gateway, scene.key)).status_code == 201

    async def test_two_cases_suspend_one_contract_and_it_comes_back_when_both_are_lifted(
        self, scene: Scene
    ) -> None:
        first = await scene.decide(await scene.open_case(), {"kind": "suspension", "reason": "暂停一"})
        second = await scene.decide(await scene.open_case(), {"kind": "suspension", "reason": "暂停二"})
        contract = f"/api/v1/contracts/{scene.contract['id']}"
        for decided, status in ((first, "suspended"), (second, "in_force")):
            sanction = decided["sanctions"][0]["id"]
            await scene.bureau.call(
                "POST", f"/api/v1/sanctions/{sanction}:lift", 201, json={"reason": "整改"}
            )
            assert (await scene.bureau.call("GET", contract, 200))["status"] == status

    async def test_a_termination_ends_the_contract_and_a_credit_record_bars_a_new_one_for_three_years(
        self, scene: Scene, gateway: httpx.AsyncClient, contracts_feed: OversightContractsConsumer
    ) -> None:
        case = await scene.open_case()
        decided = await scene.decide(
            case,
            {"kind": "termination", "reason": "解除服务合同"},
            {"kind": "credit_record", "reason": "弄虚作假、骗取服务费"},
        )
        credit = decided["sanctions"][1]
        assert credit["rule"]["value"] == 3
        ended = await scene.bureau.call("GET", f"/api/v1/contracts/{scene.contract['id']}", 200)
        assert ended["status"] == "terminated"
        await drain(contracts_feed)
        refused = await enrol(gateway, scene.key)
        assert (refused.status_code, refused.json()["code"]) == (403, "CONTRACT_NOT_IN_FORCE")

        draft = await scene.bureau.contract(scene.contractor["id"], county_codes=[COUNTY_A])
        banned = await scene.bureau.move(draft["id"], "in_force", expect=409)
        assert (banned["code"], banned["banned_until"]) == ("CONTRACTOR_BANNED", credit["ends_on"])
        await scene.bureau.call(
            "POST", f"/api/v1/sanctions/{credit['id']}:lift", 201, json={"reason": "复议撤销"}
        )
        assert (await scene.bureau.move(draft["id"], "in_force"))["status"] == "in_force"

    async def test_a_suspension_of_a_contract_no_longer_in_force_is_refused_whole(self, scene: Scene) -> None:
        await scene.bureau.move(scene.contract["id"], "terminated", reason="到期前解除")
        case = await scene.open_case()
        refused = await scene.decide(case, {"kind": "suspension", "reason": "暂停"}, expect=409)
        assert refused["code"] == "CONTRACT_IS_TERMINATED"
        again = await scene.bureau.call("GET", f"/api/v1/cases/{case['id']}", 200)
        assert (again["status"], again["sanctions"]) == ("open", [])
