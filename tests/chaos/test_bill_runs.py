"""The fund's view of what enrollment billed (``contributions_due``) counts every bill run of a year: a second
run bills only the persons enrolled since the first, and its ``bills.generated`` replaced the first run's
figures instead of adding to them (found by the chaos run: bills per county differed between enrollment and
settlement after a second bill run)."""

from __future__ import annotations

from sqlalchemy import text

from bench.chaos.platform import Platform
from shared.principal import Principal
from tests.chaos.conftest import LUCHENG
from tests.support import unique_id_number


async def drain(platform: Platform, name: str) -> None:
    while await platform.consumers[name].poll_once():
        pass


async def test_a_second_bill_run_of_the_year_adds_its_bills_to_what_the_fund_sees_as_due(
    platform: Platform, contractor: Principal
) -> None:
    enrollment = platform.client("enrollment", contractor)
    for run in range(2):
        for _ in range(run + 1):
            created = await enrollment.post(
                "/api/v1/persons",
                json={
                    "id_number": unique_id_number(),
                    "name": "王五",
                    "category": "retiree",
                    "county_code": LUCHENG,
                    "enrolled_on": "2022-01-01",
                },
            )
            assert created.status_code == 201, created.text
        generated = await enrollment.post(
            "/api/v1/contribution-bills:generate", json={"year": 2022, "county_code": LUCHENG}
        )
        assert generated.status_code == 200, generated.text
        assert generated.json()["bills_created"] == run + 1
    await drain(platform, "settlement.enrollment")

    async with platform.engine.connect() as conn:
        billed = (
            await conn.execute(
                text(
                    "SELECT count(*), sum(employer_due_fen + individual_due_fen) "
                    "FROM enrollment.contribution_bills WHERE year = 2022 AND county_code = :c"
                ),
                {"c": LUCHENG},
            )
        ).one()
        due = (
            await conn.execute(
                text(
                    "SELECT bills, amount_due_fen FROM settlement.contributions_due "
                    "WHERE year = 2022 AND county_code = :c"
                ),
                {"c": LUCHENG},
            )
        ).one()
    assert tuple(billed) == (3, 30_000)
    assert tuple(due) == tuple(billed)
