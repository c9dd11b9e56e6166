"""Settlement announces what it does (issue 15): a month settled, a payout, a dispute raised and decided, an
institution registered or changed — each event built with its contract model in the transaction of the
change, and read back from settlement's ``/internal/events`` the way a consumer will read it (signed as a
service, parsed with the same contract). Oversight reads its institutions and recoveries
(``services/oversight/feeds/``)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, get_args

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from contracts import settlement as contract
from contracts.settlement import FEED as SETTLEMENT_FEED
from services.settlement import models
from services.settlement.models import outbox, outbox_events
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from tests.conftest import ClientFactory, bearer, signed_service_client
from tests.feeds.support import high_water
from tests.settlement.conftest import LUCHENG, Feeds

INSTITUTION = "WZ-LC-0200"
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,amount_claimed_fen"
)


class SettlementFeed:
    """Settlement's feed from where it stood when the test began, read as a consumer reads it."""

    def __init__(self, app: FastAPI, start: int) -> None:
        self.app = app
        self.start = start

    async def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        async with signed_service_client(self.app, "oversight") as client:
            response = await client.get("/internal/events", params={"after": self.start, "limit": 1000})
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return [e for e in items if event_type is None or e["event_type"] == event_type]

    async def payloads(self, event_type: str) -> list[Any]:
        """The payloads of one event type, each parsed with its contract (as a consumer parses it)."""
        return [SETTLEMENT_FEED.parse(e["event_type"], e["payload"]) for e in await self.events(event_type)]


@pytest.fixture
async def feed(session: AsyncSession, service_apps: dict[str, FastAPI]) -> SettlementFeed:
    return SettlementFeed(service_apps["settlement"], await high_water(session, outbox_events))


class Month:
    """One institution's month through the gateway: registered, its records uploaded, settled, paid."""

    def __init__(self, gateway: httpx.AsyncClient, contractor: str, institution: str, person: str) -> None:
        self.gateway = gateway
        self.contractor = contractor
        self.institution = institution
        self.person = person

    async def upload(self, month: str, *, unregistered_caregiver_on: int | None = None) -> None:
        """Five visits of 200 元 in the month; one by a caregiver the institution never registered."""
        lines = [HEADER]
        for day in range(1, 6):
            caregiver = "NOPE" if day == unregistered_caregiver_on else "CG-9"
            lines.append(
                f"{month}-{day:02d},{self.person},{caregiver},home_visit,{month}-{day:02d},09:00,10:30,LT01,20000"
            )
        upload = await self.gateway.post(
            "/api/v1/service-record-imports",
            content="\n".join(lines).encode(),
            headers={**bearer(self.institution), "Content-Type": "text/csv"},
        )
        assert upload.status_code == 201, upload.text
        assert upload.json()["rows_accepted"] == 5

    async def settle(self, month: str, **extra: Any) -> httpx.Response:
        return await self.gateway.post(
            "/api/v1/settlement-runs",
            json={"county_code": LUCHENG, "month": month, **extra},
            headers=bearer(self.contractor),
        )

    async def pay(self, run_id: str, amount_fen: int, reference: str) -> httpx.Response:
        return await self.gateway.post(
            f"/api/v1/settlement-runs/{run_id}/payments",
            json={"institution_id": INSTITUTION, "amount_fen": amount_fen, "paid_on": "2026-08-05",
                  "reference": reference},
            headers=bearer(self.contractor),
        )  # fmt: skip


async def register(gateway: httpx.AsyncClient, contractor: str) -> httpx.Response:
    return await gateway.post(
        "/api/v1/institutions",
        json={
            "id": INSTITUTION,
            "name": "鹿城居家护理二站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
        headers=bearer(contractor),
    )


async def change(gateway: httpx.AsyncClient, contractor: str, **body: Any) -> httpx.Response:
    return await gateway.patch(f"/api/v1/institutions/{INSTITUTION}", json=body, headers=bearer(contractor))


@pytest.fixture
async def month(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
    feeds: Feeds,
    session: AsyncSession,
    feed: SettlementFeed,
) -> Month:
    """A registered home-care institution with one caregiver and a beneficiary with level 5 all of 2026
    (registered after the ``feed`` starts: its ``institution.changed`` is on it)."""
    await load_wenzhou_benefit_rules(session)
    person = await feeds.beneficiary(level=5, year=2026)
    assert (await register(gateway, keys["contractor"])).status_code == 201
    institution = await make_api_key("institution", institution_id=INSTITUTION)
    caregiver = await gateway.post(
        f"/api/v1/institutions/{INSTITUTION}/caregivers",
        json={"code": "CG-9", "real_name": "陈静", "qualification": "执业护士",
              "qualified_from": "2025-01-01", "qualified_until": "2028-01-01",
              "category": "licensed_nurse", "licence_number": "NURSE-CG-9"},
        headers=bearer(institution),
    )  # fmt: skip
    assert caregiver.status_code == 201, caregiver.text
    return Month(gateway, keys["contractor"], institution, str(person))


class TestTheContract:
    @pytest.mark.parametrize("event_type", list(SETTLEMENT_FEED.events))
    async def test_each_event_built_with_its_model_reads_back_the_same_from_the_feed(
        self, event_type: str, feed: SettlementFeed, session: AsyncSession
    ) -> None:
        model = SETTLEMENT_FEED.events[event_type]
        built = model.model_validate(model.example)
        outbox.publish(session, built, aggregate_id="example")
        await session.commit()
        [event] = await feed.events()
        assert (event["event_type"], event["aggregate_type"], event["county_code"]) == (
            event_type,
            model.aggregate_type,
            model.example["county_code"],
        )
        assert SETTLEMENT_FEED.parse(event["event_type"], event["payload"]) == built

    def test_a_consumer_reads_on_when_the_producer_adds_a_field_first(self) -> None:
        payload = {**contract.PayoutRecorded.example, "value_date": "2026-07-06"}
        parsed = SETTLEMENT_FEED.parse("payout.recorded", payload)
        assert parsed == contract.PayoutRecorded.model_validate(contract.PayoutRecorded.example)

    def test_the_contract_spells_the_services_vocabularies_as_settlement_does(self) -> None:
        assert get_args(contract.CareMode) == tuple(models.CareMode)
        assert get_args(contract.InstitutionKind) == models.INSTITUTION_KINDS
        assert get_args(contract.InstitutionStatus) == tuple(models.InstitutionStatus)
        outcomes = get_args(contract.DisputeDecided.model_fields["outcome"].annotation)
        assert set(outcomes) == set(models.DisputeStatus) - {models.DisputeStatus.OPEN}


class TestSettlingAMonth:
    async def test_the_run_is_on_the_feed_with_its_totals_once_and_a_resettlement_names_the_run_it_redoes(
        self, month: Month, feed: SettlementFeed
    ) -> None:
        await month.upload("2026-06")
        run = await month.settle("2026-06")
        assert run.status_code == 201, run.text
        body = run.json()
        [settled] = await feed.payloads("settlement_run.settled")
        # 5 × 200 元 within the level-5 cap; the fund pays 80 %
        assert (settled.records, settled.claimed_fen, settled.fund_payable_fen, settled.person_share_fen) == (
            5,
            100_000,
            80_000,
            20_000,
        )
        assert settled == contract.SettlementRunSettled(
            run_id=body["id"],
            county_code=LUCHENG,
            month=dt.date(2026, 6, 1),
            resettles_run_id=None,
            resettle_reason=None,
            statements=len(body["statements"]),
            **{k: body[k] for k in ("records", "claimed_fen", "deducted_fen", "fund_payable_fen",
                                    "person_share_fen", "adjustments_fen", "deposit_withheld_fen",
                                    "net_payable_fen")},
            paid_dispute_ids=[],
        )  # fmt: skip
        assert settled.statements == 1

        again = await month.settle("2026-06")
        assert again.json()["code"] == "ALREADY_SETTLED"
        assert len(await feed.events("settlement_run.settled")) == 1

        redo = await month.settle("2026-06", resettle=True, reason="a record was corrected")
        assert redo.status_code == 201, redo.text
        first, second = await feed.payloads("settlement_run.settled")
        assert (second.run_id, second.resettles_run_id, second.resettle_reason) == (
            uuid.UUID(redo.json()["id"]),
            first.run_id,
            "a record was corrected",
        )
        assert second.net_payable_fen == first.net_payable_fen


class TestPayouts:
    async def test_a_payout_is_on_the_feed_once_and_a_refused_one_not_at_all(
        self, month: Month, feed: SettlementFeed
    ) -> None:
        await month.upload("2026-07")
        run = (await month.settle("2026-07")).json()
        owed = run["statements"][0]["net_payable_fen"]
        paid = await month.pay(run["id"], owed - 100, "TX-FEED-1")
        assert paid.status_code == 201, paid.text
        replayed = await month.pay(run["id"], owed - 100, "TX-FEED-1")
        assert replayed.headers.get("Idempotent-Replayed") == "true"
        too_much = await month.pay(run["id"], 101, "TX-FEED-2")
        assert too_much.json()["code"] == "OVERPAYMENT"
        assert await feed.payloads("payout.recorded") == [
            contract.PayoutRecorded(
                payment_id=paid.json()["id"],
                run_id=run["id"],
                county_code=LUCHENG,
                month=dt.date(2026, 7, 1),
                institution_id=INSTITUTION,
                amount_fen=owed - 100,
                paid_on=dt.date(2026, 8, 5),
                reference="TX-FEED-1",
            )
        ]
        [event] = await feed.events("payout.recorded")
        assert (event["aggregate_id"], event["county_code"]) == (paid.json()["id"], LUCHENG)


class TestDisputes:
    async def test_raised_decided_and_paid_with_the_next_run_each_step_on_the_feed(
        self, month: Month, feed: SettlementFeed, gateway: httpx.AsyncClient
    ) -> None:
        await month.upload("2026-06", unregistered_caregiver_on=3)
        june = (await month.settle("2026-06")).json()
        records = await gateway.get(
            "/api/v1/service-records?month=2026-06-01&check=deducted", headers=bearer(month.institution)
        )
        [cut] = records.json()["items"]
        raised = await gateway.post(
            f"/api/v1/service-records/{cut['id']}/disputes",
            json={"reason": "CG-7 was registered, paper copy attached"},
            headers=bearer(month.institution),
        )
        assert raised.status_code == 201, raised.text
        dispute_id = raised.json()["id"]
        [raise_event] = await feed.payloads("dispute.raised")
        assert raise_event == contract.DisputeRaised(
            dispute_id=dispute_id,
            service_record_id=cut["id"],
            institution_id=INSTITUTION,
            county_code=LUCHENG,
            care_mode="home_visit",
            settlement_run_id=june["id"],
            reason_codes=["CAREGIVER_NOT_QUALIFIED"],
            deducted_fen=20_000,
            raised_at=raise_event.raised_at,
        )
        assert raise_event.raised_at == dt.datetime.fromisoformat(raised.json()["raised_at"])

        decided = await gateway.post(
            f"/api/v1/service-records/{cut['id']}/disputes/{dispute_id}/decision",
            json={"decision": "upheld", "reason": "registration proven"},
            headers=bearer(month.contractor),
        )
        assert decided.status_code == 200, decided.text
        [decision] = await feed.payloads("dispute.decided")
        assert (decision.dispute_id, decision.outcome, decision.deducted_fen, decision.adjustment_fen) == (
            raise_event.dispute_id,
            "upheld",
            20_000,
            decided.json()["adjustment_fen"],
        )
        assert decision.adjustment_fen == 16_000  # the fund's 80 % of the deduction
        assert decision.decided_at == dt.datetime.fromisoformat(decided.json()["decided_at"])
        assert decision.raised_at == raise_event.raised_at

        july = await month.settle("2026-07")
        assert july.status_code == 201, july.text
        _, paid_with = await feed.payloads("settlement_run.settled")
        assert (paid_with.paid_dispute_ids, paid_with.adjustments_fen) == ([decision.dispute_id], 16_000)

        assert {e["event_type"] for e in await feed.events()} == set(SETTLEMENT_FEED.events) - {
            "payout.recorded",
            "recovery.changed",
        }  # with the institution registered by ``month``

    async def test_a_rejected_dispute_is_announced_with_no_adjustment(
        self, month: Month, feed: SettlementFeed, gateway: httpx.AsyncClient
    ) -> None:
        await month.upload("2026-06", unregistered_caregiver_on=1)
        await month.settle("2026-06")
        [cut] = (
            await gateway.get(
                "/api/v1/service-records?month=2026-06-01&check=deducted", headers=bearer(month.institution)
            )
        ).json()["items"]
        raised = await gateway.post(
            f"/api/v1/service-records/{cut['id']}/disputes",
            json={"reason": "x"},
            headers=bearer(month.institution),
        )
        rejected = await gateway.post(
            f"/api/v1/service-records/{cut['id']}/disputes/{raised.json()['id']}/decision",
            json={"decision": "rejected", "reason": "not registered"},
            headers=bearer(month.contractor),
        )
        assert rejected.status_code == 200, rejected.text
        [decision] = await feed.payloads("dispute.decided")
        assert (decision.outcome, decision.adjustment_fen) == ("rejected", None)
        twice = await gateway.post(
            f"/api/v1/service-records/{cut['id']}/disputes/{raised.json()['id']}/decision",
            json={"decision": "upheld", "reason": "changed my mind"},
            headers=bearer(month.contractor),
        )
        assert twice.json()["code"] == "DISPUTE_DECIDED"
        assert len(await feed.events("dispute.decided")) == 1


class TestInstitutions:
    async def test_registered_and_changed_each_announced_whole_and_nothing_for_no_change_or_a_refusal(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], feed: SettlementFeed
    ) -> None:
        contractor = keys["contractor"]
        assert (await register(gateway, contractor)).status_code == 201
        [registered] = await feed.payloads("institution.changed")
        assert registered == contract.InstitutionChanged(
            institution_id=INSTITUTION,
            name="鹿城居家护理二站",
            county_code=LUCHENG,
            kind="home_care",
            care_modes=["home_visit"],
            beds=0,
            status="active",
            agreement_from=dt.date(2026, 1, 1),
            agreement_to=dt.date(2027, 12, 31),
            suspended_from=None,
            suspended_until=None,
            termination_notice_on=None,
            terminated_on=None,
        )

        suspended = await change(gateway, contractor, status="suspended", suspended_from="2026-08-01")
        assert suspended.status_code == 200, suspended.text
        same = await change(gateway, contractor, status="suspended", suspended_from="2026-08-01")
        assert same.status_code == 200, same.text
        refused = await change(gateway, contractor, agreement_to="2025-12-31")
        assert refused.status_code in (409, 422), refused.text
        terminated = await change(
            gateway, contractor, status="terminated", termination_notice_on="2026-09-15"
        )
        assert terminated.status_code == 200, terminated.text

        events = await feed.events("institution.changed")
        assert [(e["aggregate_id"], e["county_code"]) for e in events] == [(INSTITUTION, LUCHENG)] * 3
        _, suspension, termination = [SETTLEMENT_FEED.parse(e["event_type"], e["payload"]) for e in events]
        assert suspension == registered.model_copy(
            update={"status": "suspended", "suspended_from": dt.date(2026, 8, 1)}
        )
        assert termination == contract.InstitutionChanged.model_validate(
            {**terminated.json(), "institution_id": INSTITUTION}, extra="ignore"
        )
        assert (termination.status, termination.terminated_on) == ("terminated", dt.date(2026, 12, 15))
