"""Moving a person to another accounting county: the bureau decides, from a date on; the old county's
contractor loses sight of the person, the new one gains it, and the fund is told."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import outbox_events
from tests.conftest import bearer
from tests.enrollment.conftest import Enrollment


async def transfer(
    enrollment: Enrollment, person_id: str, county: str, on: str, *, key: str | None = None, expect: int = 201
) -> dict[str, Any]:
    response = await enrollment.gateway.post(
        f"/api/v1/persons/{person_id}/county-transfers",
        json={"county_code": county, "effective_on": on, "reason": "moved house (户籍迁移)"},
        headers=bearer(key or enrollment.keys["bureau"]),
    )
    assert response.status_code == expect, response.text
    return dict(response.json())


class TestCountyTransfer:
    async def test_the_bureau_moves_a_person_and_the_fund_is_told(
        self, enrollment: Enrollment, session: AsyncSession
    ) -> None:
        start = await session.scalar(select(func.coalesce(func.max(outbox_events.c.seq), 0)))
        person = await enrollment.enrol(county_code="330302", enrolled_on="2022-01-01")
        moved = await transfer(enrollment, person["id"], "330381", "2022-07-01")
        assert moved["county_code"] == "330381"
        [change] = moved["county_transfers"]
        assert (change["from_county_code"], change["county_code"], change["effective_on"]) == (
            "330302",
            "330381",
            "2022-07-01",
        )
        [event] = (
            await session.execute(
                select(outbox_events.c.county_code, outbox_events.c.payload).where(
                    outbox_events.c.seq > start, outbox_events.c.event_type == "person.county_changed"
                )
            )
        ).all()
        assert event.county_code == "330381"
        assert event.payload == {
            "person_id": person["id"],
            "from_county_code": "330302",
            "county_code": "330381",
            "effective_on": "2022-07-01",
        }

    async def test_the_old_countys_contractor_no_longer_sees_the_person(
        self, enrollment: Enrollment, make_api_key: Any
    ) -> None:
        lucheng_only = await make_api_key("contractor", county_codes=["330302"])
        person = await enrollment.enrol(county_code="330302")
        url = f"/api/v1/persons/{person['id']}"
        assert (await enrollment.gateway.get(url, headers=bearer(lucheng_only))).status_code == 200
        await transfer(enrollment, person["id"], "330303", "2022-07-01")
        assert (await enrollment.gateway.get(url, headers=bearer(lucheng_only))).status_code == 404

    async def test_only_the_bureau_moves_persons(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        refused = await transfer(
            enrollment, person["id"], "330381", "2022-07-01", key=enrollment.keys["contractor"], expect=403
        )
        assert refused["status"] == 403

    async def test_a_transfer_to_the_same_county_or_before_the_last_date_is_refused(
        self, enrollment: Enrollment
    ) -> None:
        person = await enrollment.enrol(county_code="330302", enrolled_on="2022-03-01")
        same = await transfer(enrollment, person["id"], "330302", "2022-07-01", expect=409)
        assert same["code"] == "COUNTY_UNCHANGED"
        early = await transfer(enrollment, person["id"], "330381", "2022-02-01", expect=409)
        assert (early["code"], early["earliest"]) == ("TRANSFER_DATE_BEFORE_LAST", "2022-03-01")
        await transfer(enrollment, person["id"], "330381", "2022-07-01")
        back = await transfer(enrollment, person["id"], "330302", "2022-06-30", expect=409)
        assert (back["code"], back["earliest"]) == ("TRANSFER_DATE_BEFORE_LAST", "2022-07-01")

    async def test_an_unknown_county_is_refused(self, enrollment: Enrollment) -> None:
        person = await enrollment.enrol()
        unknown = await transfer(enrollment, person["id"], "330399", "2022-07-01", expect=422)
        assert unknown["code"] == "COUNTY_UNKNOWN"
