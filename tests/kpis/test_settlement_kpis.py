"""Settlement's indicators for oversight, of the counties or of one institution: sampled records reviewed
(first and second review), the days from a month's end to its settlement and from settlement to payout,
dispute turnaround and the share upheld, what the checks cut, and the error rate of record imports."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import SettlementKpi as K
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from shared.dates import SHANGHAI
from tests.conftest import ClientFactory, bearer
from tests.kpis.conftest import Kpis, change
from tests.settlement.conftest import LUCHENG, Feeds, feeds  # noqa: F401

INSTITUTION = "WZ-LC-0300"
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,amount_claimed_fen"
)


class Institution:
    """A home-care institution of 鹿城区 with one registered caregiver, and its contractor."""

    def __init__(self, gateway: httpx.AsyncClient, contractor: str, key: str, person: str) -> None:
        self.gateway = gateway
        self.contractor = contractor
        self.key = key
        self.person = person

    async def upload_june(self) -> httpx.Response:
        """Five visits of 200 元 (the third by a caregiver it never registered) and one refused line."""
        lines = [HEADER]
        for day in range(1, 6):
            caregiver = "NOPE" if day == 3 else "CG-9"
            lines.append(
                f"J{day},{self.person},{caregiver},home_visit,2026-06-{day:02d},09:00,10:30,LT01,20000"
            )
        lines.append(f"J9,{self.person},CG-9,spa_day,2026-06-09,09:00,10:30,LT01,20000")
        return await self.gateway.post(
            "/api/v1/service-record-imports",
            content="\n".join(lines).encode(),
            headers={**bearer(self.key), "Content-Type": "text/csv"},
        )

    async def call(self, path: str, body: dict[str, Any], key: str | None = None) -> dict[str, Any]:
        response = await self.gateway.post(path, json=body, headers=bearer(key or self.contractor))
        assert response.status_code in (200, 201), response.text
        return dict(response.json())


@pytest.fixture
async def institution(
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
    feeds: Feeds,  # noqa: F811
    session: AsyncSession,
) -> Institution:
    await load_wenzhou_benefit_rules(session)
    person = await feeds.beneficiary(level=5, year=2026)
    registered = await gateway.post(
        "/api/v1/institutions",
        json={"id": INSTITUTION, "name": "鹿城居家护理三站", "county_code": LUCHENG, "kind": "home_care",
              "care_modes": ["home_visit"], "agreement_from": "2026-01-01", "agreement_to": "2027-12-31"},
        headers=bearer(keys["contractor"]),
    )  # fmt: skip
    assert registered.status_code == 201, registered.text
    key = await make_api_key("institution", institution_id=INSTITUTION)
    caregiver = await gateway.post(
        f"/api/v1/institutions/{INSTITUTION}/caregivers",
        json={"code": "CG-9", "real_name": "陈静", "qualification": "执业护士",
              "category": "licensed_nurse", "licence_number": "NURSE-KPI-9",
              "qualified_from": "2025-01-01", "qualified_until": "2028-01-01"},
        headers=bearer(key),
    )  # fmt: skip
    assert caregiver.status_code == 201, caregiver.text
    return Institution(gateway, keys["contractor"], key, str(person))


class TestAMonthOfOneInstitution:
    async def test_each_figure_is_what_was_recorded(
        self, institution: Institution, settlement_kpis: Kpis
    ) -> None:
        today = dt.datetime.now(SHANGHAI).date()
        period = {"period_from": "2026-06-01", "period_to": max(today, dt.date(2026, 12, 31)).isoformat()}
        counties = {"county_code": LUCHENG, **period}
        own = {**counties, "institution_id": INSTITUTION}
        elsewhere = {**counties, "county_code": "330305"}
        before, before_own = await settlement_kpis.figures(**counties), await settlement_kpis.figures(**own)
        before_elsewhere = await settlement_kpis.figures(**elsewhere)

        uploaded = await institution.upload_june()
        assert uploaded.status_code == 201, uploaded.text
        assert (uploaded.json()["rows_total"], uploaded.json()["rows_rejected"]) == (6, 1)
        sampled = await institution.call(
            "/api/v1/service-records:sample",
            {"county_code": LUCHENG, "month": "2026-06", "method": "amount_above", "threshold_fen": 15_000,
             "institution_id": INSTITUTION},
        )  # fmt: skip
        ids = sampled["service_record_ids"]
        assert len(ids) == 5
        await institution.call(
            "/api/v1/service-records:review",
            {"stage": "first", "reviewer": "王审核",
             "decisions": [{"service_record_id": i, "decision": "approved"} for i in ids[:3]]},
        )  # fmt: skip
        await institution.call(
            "/api/v1/service-records:review",
            {"stage": "second", "reviewer": "李复核",
             "decisions": [{"service_record_id": ids[0], "decision": "approved"}]},
        )  # fmt: skip
        run = await institution.call("/api/v1/settlement-runs", {"county_code": LUCHENG, "month": "2026-06"})
        owed = run["statements"][0]["net_payable_fen"]
        await institution.call(
            f"/api/v1/settlement-runs/{run['id']}/payments",
            {
                "institution_id": INSTITUTION,
                "amount_fen": owed,
                "paid_on": "2026-08-05",
                "reference": "TX-KPI-1",
            },
        )
        cut = await institution.gateway.get(
            "/api/v1/service-records?month=2026-06-01&check=deducted", headers=bearer(institution.key)
        )
        [record] = cut.json()["items"]
        raised = await institution.call(
            f"/api/v1/service-records/{record['id']}/disputes",
            {"reason": "registered on paper"},
            institution.key,
        )
        await institution.call(
            f"/api/v1/service-records/{record['id']}/disputes/{raised['id']}/decision",
            {"decision": "upheld", "reason": "registration proven"},
        )

        settled_on = dt.datetime.fromisoformat(run["created_at"]).astimezone(SHANGHAI).date()
        expected = {
            K.SAMPLED_RECORDS_FIRST_REVIEWED: (3, 5),
            K.SAMPLED_RECORDS_SECOND_REVIEWED: (1, 5),
            K.SETTLEMENT_DAYS_AFTER_MONTH_END: ((settled_on - dt.date(2026, 6, 30)).days, 1),
            K.PAYOUT_LAG_DAYS: ((dt.date(2026, 8, 5) - settled_on).days, 1),
            K.DISPUTE_TURNAROUND_DAYS: (0, 1),  # raised and decided the same day
            K.DISPUTES_UPHELD: (1, 1),
            K.RECORDS_CUT_BY_CHECKS: (1, 5),  # the visit by the unregistered caregiver
            K.CLAIMED_FEN_CUT_BY_CHECKS: (20_000, 100_000),
            K.RECORD_IMPORT_ROWS_REJECTED: (1, 6),
        }
        assert change(before, await settlement_kpis.figures(**counties)) == expected
        assert change(before_own, await settlement_kpis.figures(**own)) == expected

        report = await settlement_kpis.report(**own)
        assert (report.service, report.institution_id, report.county_codes) == (
            "settlement",
            INSTITUTION,
            [LUCHENG],
        )
        # another county's figures hold none of it
        assert change(before_elsewhere, await settlement_kpis.figures(**elsewhere)) == dict.fromkeys(
            expected, (0, 0)
        )

    async def test_an_unknown_institution_is_refused(self, settlement_kpis: Kpis) -> None:
        response = await settlement_kpis.get(
            county_code=LUCHENG, period_from="2026-01-01", period_to="2026-12-31", institution_id="WZ-NOPE"
        )
        assert response.status_code == 422
        assert response.json()["code"] == "KPI_INSTITUTION_UNKNOWN"
        assert [e["field"] for e in response.json()["errors"]] == ["query.institution_id"]
