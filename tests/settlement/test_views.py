"""The bureau's fund views (per county and month, city-wide, CSV) and per-person benefit statements."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import httpx
import pytest

from tests.conftest import ALL_COUNTIES, ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, RUIAN, YONGJIA, Feeds
from tests.settlement.world import World, visit


@pytest.fixture
async def may(world: World, feeds: Feeds) -> uuid.UUID:
    """鹿城: one level-5 beneficiary (100 元 paid), 3 home visits + 1 bed-day in May, settled; 300 元 billed.
    瑞安: one insured level-4 person, nothing spent."""
    feeds.enrollment_event(
        "bills.generated", "run-1", LUCHENG, year=2026, county_code=LUCHENG, bills=3, amount_due_fen=30_000
    )
    person = await feeds.beneficiary()
    await feeds.beneficiary(county=RUIAN, level=4)
    for n, (received_on, accepted) in enumerate(
        [(dt.date(2026, 5, 3), True), (dt.date(2026, 5, 19), False), (dt.date(2026, 4, 30), True)]
    ):
        feeds.assessment_event(
            "application.received", f"app-{n}", LUCHENG, application_id=str(uuid.uuid4()),
            person_id=str(uuid.uuid4()), county_code=LUCHENG, received_on=received_on, accepted=accepted,
            reason_codes=[] if accepted else ["MATERIALS_INCOMPLETE"],
        )  # fmt: skip
    await feeds.apply()
    home = await world.institution()
    beds = await world.institution("INST-2", kind="elderly_care", modes=("elderly_care_bed",))
    await world.submit(home, *(visit(person, day=dt.date(2026, 5, d)) for d in (4, 5, 6)))
    await world.submit(beds, visit(person, day=dt.date(2026, 5, 20), mode="elderly_care_bed", caregiver=None))
    await world.settle()
    return person


async def status(gateway: httpx.AsyncClient, key: str, query: str, **headers: str) -> httpx.Response:
    return await gateway.get(f"/api/v1/fund/status?{query}", headers={**bearer(key), **headers})


class TestFundStatus:
    async def test_city_wide_lists_all_thirteen_units_zeros_included(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        """Before any money moved, the city-wide view still names every accounting unit (with zeros)."""
        for accept in ("application/json", "text/csv"):
            answer = await status(gateway, keys["bureau"], "month=2026-05-01", Accept=accept)
            assert answer.status_code == 200, answer.text
            if accept == "text/csv":
                rows = list(csv.DictReader(io.StringIO(answer.text)))
                assert [r["county_code"] for r in rows] == [*sorted(ALL_COUNTIES), "total"]
                assert {r["cash_fen"] for r in rows} == {"0"}
                continue
            city = answer.json()
            assert len(city["counties"]) == 13
            assert {c["county_code"] for c in city["counties"]} == ALL_COUNTIES
            assert all(c["insured"] == 0 and c["cash_fen"] == 0 for c in city["counties"])
            assert city["total"]["insured"] == 0

    async def test_a_county_month_from_the_ledger_and_read_models(
        self, may: uuid.UUID, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        answer = await status(gateway, keys["bureau"], f"county_code={LUCHENG}&month=2026-05-01")
        assert answer.status_code == 200, answer.text
        c = answer.json()["counties"][0]
        assert (c["insured"], c["contributions_due_fen"], c["contributions_collected_ytd_fen"]) == (
            1,
            30_000,
            10_000,
        )
        assert (c["applications"], c["applications_accepted"]) == (2, 1)  # May's; April's is April's
        assert c["beneficiaries_by_level"] == {"5": 1}
        assert c["expenditure_month_by_mode_fen"] == {"home_visit": 24_000, "elderly_care_bed": 8_000}
        assert (c["expenditure_ytd_fen"], c["monthly_burn_rate_fen"]) == (32_000, 6_400)
        assert (c["cash_fen"], c["fund_balance_fen"]) == (10_000, 10_000 - 32_000)
        # 100 元 in + 200 元 still due − 320 元 spent − 64 元 × 7 months left
        assert c["projected_year_end_result_fen"] == 10_000 + 20_000 - 32_000 - 6_400 * 7
        assert c["county_finance_exposure_fen"] == 32_000 + 6_400 * 7 - 30_000
        april = (await status(gateway, keys["bureau"], f"county_code={LUCHENG}&month=2026-04-01")).json()
        assert april["counties"][0]["expenditure_month_fen"] == 0

    async def test_city_wide_sums_the_counties_and_contractors_see_only_theirs(
        self, may: uuid.UUID, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        city = (await status(gateway, keys["bureau"], "month=2026-05-01")).json()
        assert [c["county_code"] for c in city["counties"]] == sorted(ALL_COUNTIES)  # all 13, by code
        assert (city["total"]["insured"], city["total"]["expenditure_month_fen"]) == (2, 32_000)
        narrow = await make_api_key("contractor", county_codes=[RUIAN])
        mine = (await status(gateway, narrow, "month=2026-05-01")).json()
        assert [c["county_code"] for c in mine["counties"]] == [RUIAN]
        outside = await status(gateway, narrow, f"county_code={LUCHENG}&month=2026-05-01")
        assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        assert (await status(gateway, keys["institution"], "month=2026-05-01")).status_code == 403

    async def test_the_same_view_as_csv(
        self, may: uuid.UUID, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        answer = await status(gateway, keys["bureau"], "month=2026-05-01", Accept="text/csv")
        assert answer.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(answer.text)))
        assert [r["county_code"] for r in rows] == [*sorted(ALL_COUNTIES), "total"]
        assert rows[0]["expenditure_month_home_visit_fen"] == "24000"
        assert rows[-1]["insured"] == "2"

    async def test_the_trend_is_each_months_status_up_to_the_month_in_one_call(
        self, may: uuid.UUID, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        """A chart of the year is one call: January to the month, each line the total ``/fund/status`` gives
        for that month — city-wide, for one county, and only over a contractor's own counties."""
        for query, key in (
            ("month=2026-06", keys["bureau"]),
            (f"month=2026-06&county_code={LUCHENG}", keys["bureau"]),
            ("month=2026-06", await make_api_key("contractor", county_codes=[RUIAN])),
        ):
            answer = await gateway.get(f"/api/v1/fund/status/trend?{query}", headers=bearer(key))
            assert answer.status_code == 200, answer.text
            trend = answer.json()
            assert [m["month"] for m in trend["months"]] == [f"2026-{n:02d}-01" for n in range(1, 7)]
            for line in trend["months"]:
                month_query = query.replace("month=2026-06", f"month={line['month']}")
                assert line["total"] == (await status(gateway, key, month_query)).json()["total"]
        may_total = (await status(gateway, keys["bureau"], "month=2026-05")).json()["total"]
        next_year = await gateway.get(
            "/api/v1/fund/status/trend?month=2027-02", headers=bearer(keys["bureau"])
        )
        # 2026's books carried into the balances, not into the year's flows
        for line in next_year.json()["months"]:
            same_month = await status(gateway, keys["bureau"], f"month={line['month']}")
            assert line["total"] == same_month.json()["total"]
            assert line["total"]["fund_balance_fen"] == may_total["fund_balance_fen"] != 0
            assert line["total"]["expenditure_ytd_fen"] == 0
        may_line = (
            await gateway.get("/api/v1/fund/status/trend?month=2026-05", headers=bearer(keys["bureau"]))
        ).json()["months"][-1]["total"]
        assert may_line["expenditure_month_by_mode_fen"] == {"home_visit": 24_000, "elderly_care_bed": 8_000}
        outside = await gateway.get(
            f"/api/v1/fund/status/trend?month=2026-05&county_code={LUCHENG}",
            headers=bearer(await make_api_key("contractor", county_codes=[RUIAN])),
        )
        assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")


class TestBenefitStatements:
    async def test_by_institution_and_mode_what_the_fund_paid_and_what_the_person_pays(
        self, may: uuid.UUID, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        answer = await gateway.get(
            f"/api/v1/persons/{may}/benefit-statements?month=2026-05-01", headers=bearer(keys["contractor"])
        )
        assert answer.status_code == 200, answer.text
        s = answer.json()
        lines = [
            (x["institution_id"], x["care_mode"], x["records"], x["fund_paid_fen"], x["person_pays_fen"])
            for x in s["lines"]
        ]
        assert lines == [
            ("INST-1", "home_visit", 3, 24_000, 6_000),
            ("INST-2", "elderly_care_bed", 1, 8_000, 2_000),
        ]
        assert (s["fund_paid_fen"], s["person_pays_fen"], s["unsettled_records"]) == (32_000, 8_000, 0)

    async def test_scoped_to_the_contractors_counties(
        self, may: uuid.UUID, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        elsewhere = await feeds.beneficiary(county=YONGJIA)
        for person in (elsewhere, uuid.uuid4()):
            hidden = await gateway.get(
                f"/api/v1/persons/{person}/benefit-statements?month=2026-05-01",
                headers=bearer(keys["contractor"]),
            )
            assert hidden.status_code == 404
        bureau = await gateway.get(
            f"/api/v1/persons/{elsewhere}/benefit-statements?month=2026-05-01", headers=bearer(keys["bureau"])
        )
        assert bureau.json()["lines"] == []
        institution = await gateway.get(
            f"/api/v1/persons/{may}/benefit-statements?month=2026-05-01", headers=bearer(keys["institution"])
        )
        assert institution.status_code == 403
