"""The hot reads on the driver connection (``ReadDep``) answer what the session reads answered: the persons
list's filters in every combination with its keyset pages, a contractor's scope, counties one by one."""

from __future__ import annotations

from typing import Any

import pytest

from services.enrollment.persons.repository import list_sql
from shared.pagination import encode_cursor
from tests.conftest import ClientFactory, bearer
from tests.enrollment.conftest import Enrollment


async def every_page(enrollment: Enrollment, key: str, **params: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        asked = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        response = await enrollment.gateway.get("/api/v1/persons", params=asked, headers=bearer(key))
        assert response.status_code == 200, response.text
        seen.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if not cursor:
            return seen


class TestPersonsList:
    async def test_county_and_status_filters_page_through_exactly_their_persons(
        self, enrollment: Enrollment
    ) -> None:
        insured = [(await enrollment.enrol(county_code="330381"))["id"] for _ in range(3)]
        suspended = [(await enrollment.enrol(county_code="330381"))["id"] for _ in range(3)]
        for person_id in suspended:
            await enrollment.status(person_id, "suspended", "2022-08-01")
        key = enrollment.keys["contractor"]
        pages = await every_page(enrollment, key, county_code="330381", status="suspended")
        ids = [p["id"] for p in pages]
        assert set(suspended) <= set(ids)
        assert not set(insured) & set(ids)
        assert ids == sorted(ids)  # id order, no repeats across pages
        assert all(p["status"] == "suspended" and p["county_code"] == "330381" for p in pages)
        assert all("*" in p["id_number"] for p in pages)  # masked on a list

    async def test_a_contractor_pages_through_its_own_counties_only(
        self, enrollment: Enrollment, make_api_key: ClientFactory
    ) -> None:
        elsewhere = (await enrollment.enrol(county_code="330381"))["id"]
        own = (await enrollment.enrol(county_code="330302"))["id"]
        only_lucheng = await make_api_key("contractor", county_codes=["330302"])
        ids = {p["id"] for p in await every_page(enrollment, only_lucheng, status="insured")}
        assert own in ids
        assert elsewhere not in ids

    async def test_a_county_outside_the_scope_is_403_and_an_unknown_one_422(
        self, enrollment: Enrollment, make_api_key: ClientFactory
    ) -> None:
        only_lucheng = await make_api_key("contractor", county_codes=["330302"])
        outside = await enrollment.gateway.get(
            "/api/v1/persons", params={"county_code": "330381"}, headers=bearer(only_lucheng)
        )
        assert (outside.status_code, outside.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE")
        unknown = await enrollment.gateway.get(
            "/api/v1/persons", params={"county_code": "330399"}, headers=bearer(only_lucheng)
        )
        assert (unknown.status_code, unknown.json()["code"]) == (422, "COUNTY_UNKNOWN")

    @pytest.mark.parametrize("cursor", ["not-a-cursor", encode_cursor([5]), encode_cursor(["a", "b"])])
    async def test_a_cursor_this_list_did_not_issue_is_a_422(
        self, enrollment: Enrollment, cursor: str
    ) -> None:
        response = await enrollment.gateway.get(
            "/api/v1/persons", params={"cursor": cursor}, headers=enrollment.headers
        )
        assert (response.status_code, response.json()["code"]) == (422, "INVALID_CURSOR")


def test_each_filter_combination_numbers_its_parameters_in_order() -> None:
    sql = list_sql(scoped=True, county=False, status=True, after=True)
    assert "county_code = ANY($1::text[])" in sql
    assert "status = $2::text" in sql
    assert "id > $3::uuid" in sql
    assert sql.endswith("LIMIT $4::int")
    assert list_sql(scoped=False, county=False, status=False, after=False).endswith(
        "ORDER BY id LIMIT $1::int"
    )


class TestCounties:
    async def test_one_county_reads_as_it_reads_in_the_list(self, enrollment: Enrollment) -> None:
        listed = (await enrollment.gateway.get("/api/v1/counties", headers=enrollment.headers)).json()[
            "items"
        ]
        assert len(listed) == 13
        for county in listed[:3]:
            one = await enrollment.gateway.get(
                f"/api/v1/counties/{county['code']}", headers=enrollment.headers
            )
            assert one.json() == county

    async def test_an_unknown_county_is_a_404(self, enrollment: Enrollment) -> None:
        response = await enrollment.gateway.get("/api/v1/counties/330399", headers=enrollment.headers)
        assert response.status_code == 404
