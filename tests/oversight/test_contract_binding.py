"""A contractor's API clients belong to the contractor; their counties must lie within a contract in force;
after the contract ends, writes are refused with a stable code and reads stay open for the handover
(issue 15, S003 §二(七)). The gateway learns the contracts from oversight's feed (``contract.changed``)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.contracts.consumer import OversightContractsConsumer
from services.gateway.models import consumer_cursors
from services.oversight.models import outbox_events
from tests.conftest import ClientFactory, bearer, signed_service_client
from tests.feeds.support import drain, start_at_head
from tests.oversight.conftest import COUNTY_A, COUNTY_B, Oversight
from tests.support import unique_id_number


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
    """Each call reads the client's contracts afresh. In a running gateway the contract's change drops
    the cached keys of its contractor's clients by NOTIFY, as a revoke does (the key-cache tests)."""
    gateway_app.state.authenticator.ttl = 0


async def bound_client(
    gateway: httpx.AsyncClient, admin: str, contractor_id: str, counties: list[str], expect: int = 201
) -> dict[str, Any]:
    response = await gateway.post(
        "/api/v1/api-clients",
        json={
            "name": f"contractor-{uuid.uuid4().hex[:8]}",
            "role": "contractor",
            "county_codes": counties,
            "contractor_id": contractor_id,
        },
        headers=bearer(admin),
    )
    assert response.status_code == expect, response.text
    return dict(response.json())


async def enrol(gateway: httpx.AsyncClient, key: str) -> httpx.Response:
    return await gateway.post(
        "/api/v1/persons",
        json={
            "id_number": unique_id_number(),
            "name": "张三",
            "category": "retiree",
            "county_code": COUNTY_A,
            "enrolled_on": "2022-01-01",
        },
        headers=bearer(key),
    )


class TestBindingAClientToItsContractor:
    async def test_a_client_may_cover_only_the_counties_of_its_contractors_contracts_in_force(
        self,
        gateway: httpx.AsyncClient,
        bureau: Oversight,
        make_api_key: ClientFactory,
        contracts_feed: OversightContractsConsumer,
    ) -> None:
        admin = await make_api_key("admin")
        contractor = await bureau.contractor()
        await bureau.live_contract(contractor["id"], county_codes=[COUNTY_A], starts_on="2026-01-01")
        await drain(contracts_feed)

        made = await bound_client(gateway, admin, contractor["id"], [COUNTY_A])
        assert made["client"]["contractor_id"] == contractor["id"]

        outside = await bound_client(gateway, admin, contractor["id"], [COUNTY_A, COUNTY_B], expect=422)
        assert (outside["code"], outside["counties"]) == ("CONTRACT_COUNTIES_NOT_COVERED", [COUNTY_B])

    async def test_a_draft_contract_binds_nothing_nor_does_an_unknown_contractor(
        self,
        gateway: httpx.AsyncClient,
        bureau: Oversight,
        make_api_key: ClientFactory,
        contracts_feed: OversightContractsConsumer,
    ) -> None:
        admin = await make_api_key("admin")
        contractor = await bureau.contractor()
        await bureau.contract(contractor["id"], county_codes=[COUNTY_A])
        await drain(contracts_feed)
        draft = await bound_client(gateway, admin, contractor["id"], [COUNTY_A], expect=422)
        assert draft["code"] == "CONTRACT_COUNTIES_NOT_COVERED"
        unknown = await bound_client(gateway, admin, str(uuid.uuid4()), [COUNTY_A], expect=422)
        assert unknown["code"] == "CONTRACT_COUNTIES_NOT_COVERED"

    async def test_only_a_contractor_client_belongs_to_a_contractor(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        response = await gateway.post(
            "/api/v1/api-clients",
            json={"name": "bureau-x", "role": "bureau", "contractor_id": str(uuid.uuid4())},
            headers=bearer(await make_api_key("admin")),
        )
        assert response.status_code == 422, response.text


class TestWhenTheContractEnds:
    async def test_writes_are_refused_and_reads_stay_open_for_the_handover(
        self,
        gateway: httpx.AsyncClient,
        bureau: Oversight,
        make_api_key: ClientFactory,
        contracts_feed: OversightContractsConsumer,
    ) -> None:
        admin = await make_api_key("admin")
        contractor = await bureau.contractor()
        contract = await bureau.live_contract(
            contractor["id"], county_codes=[COUNTY_A], starts_on="2026-01-01"
        )
        await drain(contracts_feed)
        key = (await bound_client(gateway, admin, contractor["id"], [COUNTY_A]))["key"]

        while_in_force = await enrol(gateway, key)
        assert while_in_force.status_code == 201, while_in_force.text
        person_id = while_in_force.json()["id"]

        await bureau.move(contract["id"], "terminated", reason="合同解除：严重违约")
        await drain(contracts_feed)

        after = await enrol(gateway, key)
        assert after.status_code == 403, after.text
        assert after.headers["content-type"].startswith("application/problem+json")
        assert (after.json()["code"], after.json()["counties"]) == ("CONTRACT_NOT_IN_FORCE", [COUNTY_A])
        assert "request_id" in after.json()

        read = await gateway.get(f"/api/v1/persons/{person_id}", headers=bearer(key))
        assert read.status_code == 200, read.text

    async def test_a_suspended_contract_stops_writes_until_it_is_in_force_again(
        self,
        gateway: httpx.AsyncClient,
        bureau: Oversight,
        make_api_key: ClientFactory,
        contracts_feed: OversightContractsConsumer,
    ) -> None:
        admin = await make_api_key("admin")
        contractor = await bureau.contractor()
        contract = await bureau.live_contract(
            contractor["id"], county_codes=[COUNTY_A], starts_on="2026-01-01"
        )
        await drain(contracts_feed)
        key = (await bound_client(gateway, admin, contractor["id"], [COUNTY_A]))["key"]

        await bureau.move(contract["id"], "suspended", reason="整改期间暂停")
        await drain(contracts_feed)
        assert (await enrol(gateway, key)).json()["code"] == "CONTRACT_NOT_IN_FORCE"

        await bureau.move(contract["id"], "in_force", reason="整改完成")
        await drain(contracts_feed)
        assert (await enrol(gateway, key)).status_code == 201

    async def test_a_contractor_client_not_bound_to_a_contractor_is_not_judged_by_contracts(
        self, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        key = await make_api_key("contractor", county_codes=[COUNTY_A])
        assert (await enrol(gateway, key)).status_code == 201
