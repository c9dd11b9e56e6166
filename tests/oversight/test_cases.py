"""Cases of suspected violations (issue 15, S003 "着力打击违规行为"): opened from a finding, a review, a
complaint or a data rule; evidence and the institution's own statement; open → investigating → decided →
closed with history; the bureau's decision with sanctions and money ordered recovered (announced on the
feed in the same transaction); sanctions lifted; what settlement reports of each recovery shown on the case.
Scope: a contractor its counties, an institution its own, out of scope answered as unknown."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import RecoveryOrdered, SanctionChanged
from contracts.settlement import FEED as SETTLEMENT_FEED
from contracts.settlement import InstitutionChanged
from services.oversight.cases.kpis import own_kpis
from services.oversight.models import feed_dead_letters
from services.settlement.models import outbox_events as settlement_events
from shared.feed_health import FeedLimits
from tests.feeds.support import drain, open_dead_letters, publish
from tests.oversight.supervision import (  # noqa: F401  (the fixtures)
    COUNTY_A,
    COUNTY_B,
    World,
    document,
    register_institution,
    settlement_reader_fixture,
    world_fixture,
)

pytestmark = pytest.mark.usefixtures("world")


async def open_case(w: World, **overrides: Any) -> dict[str, Any]:
    body = {
        "institution_id": w.x,
        "source": "data_rule",
        "data_rule": "同一护理员同时段两处服务",
        "summary": "2026 年 6 月同一护理员同时段在两处打卡",
        "evidence": [document("打卡记录.csv", "text/csv")],
        **overrides,
    }
    made: dict[str, Any] = await w.contractor_a.post("/api/v1/cases", body)
    return made


FRAUD = {
    "outcome": "violation",
    "reason": "虚构服务记录，骗取基金",
    "decided_on": "2026-08-20",
    "sanctions": [
        {
            "kind": "suspension",
            "effective_on": "2026-09-01",
            "ends_on": "2026-11-30",
            "reason": "暂停协议三个月",
        },
        {"kind": "credit_record", "effective_on": "2026-09-01", "reason": "弄虚作假、冒领资金"},
        {"kind": "referral", "referred_to": "市公安局", "reason": "涉嫌诈骗"},
    ],
    "recoveries": [{"amount_fen": 125_000, "paid_in_year": 2026, "reason": "2026 年 6 月虚构上门服务 25 次"}],
}


class TestOpeningACase:
    async def test_a_contractor_opens_one_on_an_institution_of_its_county_with_its_source_and_evidence(
        self, world: World
    ) -> None:
        case = await open_case(world)
        assert (case["status"], case["county_code"], case["source"]) == ("open", COUNTY_A, "data_rule")
        assert case["number"].startswith("AJ-")
        assert [e["kind"] for e in case["entries"]] == ["evidence"]
        assert [h["to_status"] for h in case["status_history"]] == ["open"]

    async def test_from_a_review_it_names_the_service_record(self, world: World) -> None:
        case = await open_case(world, source="review", data_rule=None, service_record_id=4711)
        assert case["service_record_id"] == 4711
        refused = await world.contractor_a.post(
            "/api/v1/cases", {"institution_id": world.x, "source": "review", "summary": "s"}, expect=422
        )
        assert refused["errors"][0]["code"] == "CASE_SOURCE_REFERENCE_REQUIRED"

    async def test_an_institution_outside_the_contractors_counties_is_unknown_to_it(
        self, world: World
    ) -> None:
        theirs = await world.contractor_b.post(
            "/api/v1/cases",
            {"institution_id": world.x, "source": "data_rule", "data_rule": "r", "summary": "s"},
            expect=422,
        )
        nobodys = await world.contractor_b.post(
            "/api/v1/cases",
            {"institution_id": "SV-NOBODY", "source": "data_rule", "data_rule": "r", "summary": "s"},
            expect=422,
        )
        assert theirs["code"] == nobodys["code"] == "INSTITUTION_UNKNOWN"

    async def test_an_institution_may_not_open_one(self, world: World) -> None:
        refused = await world.institution_x.post("/api/v1/cases", {}, expect=403)
        assert refused["capability"] == "oversight.cases.write"


class TestWhoSeesACase:
    async def test_the_institution_sees_its_own_and_the_other_contractor_or_institution_as_unknown(
        self, world: World
    ) -> None:
        case = await open_case(world)
        assert (await world.institution_x.get(f"/api/v1/cases/{case['id']}"))["id"] == case["id"]
        unknown = f"/api/v1/cases/{uuid.uuid4()}"
        for caller in (world.institution_y, world.contractor_b):
            theirs = await caller.get(f"/api/v1/cases/{case['id']}", expect=404)
            nobodys = await caller.get(unknown, expect=404)
            assert theirs["code"] == nobodys["code"] == "CASE_NOT_FOUND"
            assert theirs["detail"] == nobodys["detail"]
        assert [c["id"] for c in (await world.institution_x.get("/api/v1/cases"))["items"]] == [case["id"]]
        assert (await world.institution_y.get("/api/v1/cases"))["items"] == []
        assert (await world.contractor_b.get("/api/v1/cases"))["items"] == []


class TestTheInstitutionsStatement:
    async def test_it_states_its_own_case_while_undecided_and_not_after(self, world: World) -> None:
        case = await open_case(world)
        stated = await world.institution_x.post(
            f"/api/v1/cases/{case['id']}/statements",
            {"text": "护理员当日系替班，附排班表", "documents": [document("排班表.pdf", "application/pdf")]},
        )
        assert [(e["kind"], e["recorded_role"]) for e in stated["entries"]] == [
            ("evidence", "contractor"),
            ("statement", "institution"),
        ]
        await world.institution_y.post(f"/api/v1/cases/{case['id']}/statements", {"text": "x"}, expect=404)
        await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        late = await world.institution_x.post(
            f"/api/v1/cases/{case['id']}/statements", {"text": "x"}, expect=409
        )
        assert late["code"] == "CASE_IS_DECIDED"

    async def test_the_contractor_adds_evidence_but_may_not_state_for_the_institution(
        self, world: World
    ) -> None:
        case = await open_case(world)
        added = await world.contractor_a.post(
            f"/api/v1/cases/{case['id']}/evidence", {"text": "走访笔录", "documents": [document("笔录.pdf")]}
        )
        assert len(added["entries"]) == 2
        refused = await world.contractor_a.post(
            f"/api/v1/cases/{case['id']}/statements", {"text": "x"}, expect=403
        )
        assert refused["capability"] == "oversight.cases.state"


class TestTheStatuses:
    async def test_open_investigating_decided_closed_each_step_in_the_history(self, world: World) -> None:
        case = await open_case(world)
        path = f"/api/v1/cases/{case['id']}"
        await world.contractor_a.post(f"{path}/status-changes", {"status": "investigating"})
        again = await world.contractor_a.post(
            f"{path}/status-changes", {"status": "investigating"}, expect=409
        )
        assert again["code"] == "CASE_IS_INVESTIGATING"
        await world.bureau.post(f"{path}/decision", {"outcome": "no_violation", "reason": "排班属实"})
        closed = await world.contractor_a.post(f"{path}/status-changes", {"status": "closed"})
        assert [(h["from_status"], h["to_status"]) for h in closed["status_history"]] == [
            (None, "open"),
            ("open", "investigating"),
            ("investigating", "decided"),
            ("decided", "closed"),
        ]
        assert closed["outcome"] == "no_violation"

    async def test_an_undecided_case_is_dismissed_only_with_a_reason(self, world: World) -> None:
        case = await open_case(world)
        path = f"/api/v1/cases/{case['id']}/status-changes"
        refused = await world.contractor_a.post(path, {"status": "closed"}, expect=422)
        assert refused["code"] == "CASE_REASON_REQUIRED"
        closed = await world.contractor_a.post(path, {"status": "closed", "reason": "数据误报"})
        assert closed["status"] == "closed"


class TestTheDecision:
    async def test_only_the_bureau_decides(self, world: World) -> None:
        case = await open_case(world)
        refused = await world.contractor_a.post(f"/api/v1/cases/{case['id']}/decision", FRAUD, expect=403)
        assert refused["capability"] == "oversight.cases.decide"

    async def test_sanctions_and_recoveries_are_announced_in_the_decisions_transaction(
        self, world: World, session: AsyncSession
    ) -> None:
        case = await open_case(world)
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        assert (decided["status"], decided["outcome"], decided["decided_on"]) == (
            "decided",
            "violation",
            "2026-08-20",
        )
        suspension, _, referral = decided["sanctions"]
        assert (suspension["effective_on"], suspension["ends_on"]) == ("2026-09-01", "2026-11-30")
        assert referral["referred_to"] == "市公安局"
        (recovery,) = decided["recoveries"]
        assert (recovery["status"], recovery["amount_fen"], recovery["outstanding_fen"]) == (
            "ordered",
            125_000,
            125_000,
        )

        sanctions = await world.events(session, "sanction.changed")
        assert all(isinstance(e, SanctionChanged) for e in sanctions)
        mine = [e for e in sanctions if str(e.case_id) == case["id"]]
        assert [(e.kind, e.status, e.institution_id, e.county_code) for e in mine] == [
            ("suspension", "in_force", world.x, COUNTY_A),
            ("credit_record", "in_force", world.x, COUNTY_A),
            ("referral", "in_force", world.x, COUNTY_A),
        ]
        assert mine[0].case_number == case["number"]
        orders = [e for e in await world.events(session, "recovery.ordered") if str(e.case_id) == case["id"]]
        assert orders == [
            RecoveryOrdered(
                recovery_id=uuid.UUID(recovery["id"]),
                case_id=uuid.UUID(case["id"]),
                case_number=case["number"],
                institution_id=world.x,
                county_code=COUNTY_A,
                amount_fen=125_000,
                paid_in_year=2026,
                decided_on=orders[0].decided_on,
                reason="2026 年 6 月虚构上门服务 25 次",
            )
        ]

    async def test_a_credit_record_bans_for_the_rules_years_s001_three_years_for_fraud(
        self, world: World
    ) -> None:
        case = await open_case(world)
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        credit = decided["sanctions"][1]
        assert (credit["effective_on"], credit["ends_on"]) == ("2026-09-01", "2029-08-31")
        assert credit["rule"]["key"] == "credit_record.ban_years"
        assert (credit["rule"]["value"], credit["rule"]["confirmed"]) == (3, True)
        assert "三年之内不得参与政府购买服务" in credit["rule"]["source"]

    async def test_the_ban_period_is_rule_data_the_bureau_changes_as_a_new_version(
        self, world: World
    ) -> None:
        rule = await world.bureau.call(
            "PUT",
            "/api/v1/oversight-rules/credit_record.ban_years",
            200,
            json={"value": 5, "confirmed": False, "source": "试行", "effective_from": "2027-01-01"},
        )
        assert [(v["version"], v["value"]) for v in rule["versions"]] == [(1, 3), (2, 5)]
        case = await open_case(world)
        later = {
            **FRAUD,
            "sanctions": [{"kind": "credit_record", "effective_on": "2027-03-01", "reason": "r"}],
        }
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", later)
        assert decided["sanctions"][0]["ends_on"] == "2032-02-29"
        assert decided["sanctions"][0]["rule"]["version"] == 2
        contractor = await world.contractor_a.call(
            "PUT", "/api/v1/oversight-rules/credit_record.ban_years", 403, json={}
        )
        assert contractor["capability"] == "oversight.rules.write"

    async def test_a_case_is_decided_once_and_a_retry_with_its_key_replays(self, world: World) -> None:
        case = await open_case(world)
        path = f"/api/v1/cases/{case['id']}/decision"
        key = {"Idempotency-Key": str(uuid.uuid4())}
        first = await world.gateway.post(path, json=FRAUD, headers={**world.bureau.headers, **key})
        replay = await world.gateway.post(path, json=FRAUD, headers={**world.bureau.headers, **key})
        assert (first.status_code, replay.status_code) == (201, 201)
        assert replay.headers.get("Idempotent-Replayed") == "true"
        assert replay.json() == first.json()
        again = await world.bureau.post(path, FRAUD, expect=409)
        assert again["code"] == "CASE_IS_DECIDED"

    @pytest.mark.parametrize(
        ("sanction", "code"),
        [
            ({"kind": "rectification", "reason": "r"}, "SANCTION_END_REQUIRED"),
            ({"kind": "warning", "ends_on": "2026-12-31", "reason": "r"}, "SANCTION_END_NOT_TAKEN"),
            ({"kind": "referral", "reason": "r"}, "REFERRAL_TARGET_REQUIRED"),
            (
                {"kind": "suspension", "effective_on": "2026-09-01", "ends_on": "2026-08-01", "reason": "r"},
                "PERIOD_INVERTED",
            ),
        ],
    )
    async def test_a_sanction_says_what_its_kind_needs(
        self, world: World, sanction: dict[str, Any], code: str
    ) -> None:
        case = await open_case(world)
        refused = await world.bureau.post(
            f"/api/v1/cases/{case['id']}/decision",
            {"outcome": "violation", "reason": "r", "sanctions": [sanction]},
            expect=422,
        )
        assert [e["code"] for e in refused["errors"]] == [code]

    async def test_no_violation_carries_no_sanction_and_money_is_whole_fen(self, world: World) -> None:
        case = await open_case(world)
        path = f"/api/v1/cases/{case['id']}/decision"
        refused = await world.bureau.post(path, {**FRAUD, "outcome": "no_violation"}, expect=422)
        assert refused["errors"][0]["code"] == "NO_VIOLATION_NO_SANCTION"
        zero = {**FRAUD, "recoveries": [{"amount_fen": 0, "paid_in_year": 2026, "reason": "r"}]}
        assert (await world.bureau.post(path, zero, expect=422))["code"] == "VALIDATION_FAILED"


class TestLiftingASanction:
    async def test_the_bureau_lifts_it_once_and_settlement_hears_of_it(
        self, world: World, session: AsyncSession
    ) -> None:
        case = await open_case(world)
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        suspension = decided["sanctions"][0]
        path = f"/api/v1/sanctions/{suspension['id']}:lift"
        early = await world.bureau.post(path, {"lifted_on": "2026-08-01", "reason": "r"}, expect=422)
        assert early["code"] == "SANCTION_LIFT_BEFORE_EFFECT"
        lifted = await world.bureau.post(path, {"lifted_on": "2026-10-15", "reason": "整改到位"})
        shown = next(s for s in lifted["sanctions"] if s["id"] == suspension["id"])
        assert (shown["status"], shown["ends_on"], shown["lifted_on"]) == (
            "lifted",
            "2026-10-15",
            "2026-10-15",
        )
        again = await world.bureau.post(path, {"reason": "r"}, expect=409)
        assert again["code"] == "SANCTION_LIFTED"
        events = [
            e
            for e in await world.events(session, "sanction.changed")
            if str(e.sanction_id) == suspension["id"]
        ]
        assert [(e.status, e.ends_on.isoformat() if e.ends_on else None) for e in events] == [
            ("in_force", "2026-11-30"),
            ("lifted", "2026-10-15"),
        ]
        await world.contractor_a.post(path, {"reason": "r"}, expect=403)
        unknown = await world.bureau.post(
            f"/api/v1/sanctions/{uuid.uuid4()}:lift", {"reason": "r"}, expect=404
        )
        assert unknown["code"] == "SANCTION_NOT_FOUND"


class TestWhatSettlementReportsOfARecovery:
    async def test_the_case_shows_outstanding_netted_repaid_and_written_off(
        self, world: World, session: AsyncSession
    ) -> None:
        case = await open_case(world)
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        recovery_id = decided["recoveries"][0]["id"]
        report = {
            "recovery_id": recovery_id,
            "case_id": case["id"],
            "institution_id": world.x,
            "county_code": COUNTY_A,
            "amount_fen": 125_000,
            "run_id": None,
        }
        await world.settlement_reports(
            session,
            "recovery.changed",
            **report,
            netted_fen=100_000,
            repaid_fen=0,
            written_off_fen=0,
            outstanding_fen=25_000,
            status="open",
            changed_on="2026-09-05",
        )
        await world.settlement_reports(
            session,
            "recovery.changed",
            **report,
            netted_fen=100_000,
            repaid_fen=25_000,
            written_off_fen=0,
            outstanding_fen=0,
            status="repaid",
            changed_on="2026-09-20",
        )
        shown = (await world.institution_x.get(f"/api/v1/cases/{case['id']}"))["recoveries"][0]
        assert (shown["status"], shown["netted_fen"], shown["repaid_fen"], shown["outstanding_fen"]) == (
            "repaid",
            100_000,
            25_000,
            0,
        )
        assert shown["reported_on"] == "2026-09-20"


class TestTheIndicator:
    async def test_money_recovered_is_what_settlement_recovered_of_what_was_ordered(
        self, world: World, session: AsyncSession
    ) -> None:
        case = await open_case(world)
        decided = await world.bureau.post(f"/api/v1/cases/{case['id']}/decision", FRAUD)
        await world.settlement_reports(
            session,
            "recovery.changed",
            recovery_id=decided["recoveries"][0]["id"],
            case_id=case["id"],
            institution_id=world.x,
            county_code=COUNTY_A,
            amount_fen=125_000,
            netted_fen=100_000,
            repaid_fen=0,
            written_off_fen=0,
            outstanding_fen=25_000,
            status="open",
            changed_on="2026-09-05",
            run_id=None,
        )
        period = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
        kpis = {k["code"]: k for k in await own_kpis(session, [COUNTY_A], *period)}
        assert (kpis["money_recovered"]["numerator"], kpis["money_recovered"]["denominator"]) == (
            100_000,
            125_000,
        )
        theirs = {k["code"]: k for k in await own_kpis(session, [COUNTY_A], *period, institution_id=world.y)}
        assert (theirs["money_recovered"]["numerator"], theirs["money_recovered"]["denominator"]) == (0, 0)


class TestTheReaderOfSettlementsFeed:
    async def test_a_report_of_a_recovery_never_ordered_is_set_aside_and_the_next_event_applies(
        self, world: World, session: AsyncSession
    ) -> None:
        world.reader.limits = FeedLimits(max_attempts=1)
        stray = {
            "recovery_id": str(uuid.uuid4()),
            "case_id": str(uuid.uuid4()),
            "institution_id": world.x,
            "county_code": COUNTY_A,
            "amount_fen": 1,
            "netted_fen": 0,
            "repaid_fen": 0,
            "written_off_fen": 0,
            "outstanding_fen": 1,
            "status": "open",
            "changed_on": "2026-09-05",
            "run_id": None,
        }
        publish(session, SETTLEMENT_FEED, settlement_events, "recovery.changed", "stray", COUNTY_A, stray)
        await register_institution(world.gateway, world.keys["contractor_a"], "SV-LATER-1", COUNTY_A)
        await session.commit()
        assert await drain(world.reader) == 2
        letters = await open_dead_letters(session, feed_dead_letters)
        assert [(d["event_type"], d["blocking"]) for d in letters] == [("recovery.changed", False)]
        assert "no recovery" in letters[0]["error"]
        opened = await open_case(world, institution_id="SV-LATER-1")
        assert opened["institution_id"] == "SV-LATER-1"

    async def test_an_older_state_of_an_institution_never_overwrites_a_newer_one(
        self, world: World, session: AsyncSession
    ) -> None:
        from services.oversight.feeds.repository import mirror_institution
        from services.oversight.models import InstitutionMirror

        older = InstitutionChanged.model_validate({**InstitutionChanged.example, "institution_id": world.x})
        await mirror_institution(session, 1, older.model_copy(update={"county_code": COUNTY_B}))
        row = await session.get(InstitutionMirror, world.x)
        assert row is not None
        await session.refresh(row)
        assert row.county_code == COUNTY_A
