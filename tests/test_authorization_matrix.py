"""Who may do what, cell by cell. A county the caller names itself is refused plainly by every service."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.support import id_number

COUNTY_A = "330302"
COUNTY_B = "330381"


# one read and one write per service that name a county; each answered 404, 422 or an empty 200 before
COUNTY_NAMED = [
    ("POST", "/api/v1/persons", {"json": {"id_number": id_number(), "name": "甲", "category": "retiree",
                                          "county_code": COUNTY_A, "enrolled_on": "2022-01-01"}}),
    ("GET", "/api/v1/persons", {"params": {"county_code": COUNTY_A}}),
    ("POST", "/api/v1/experts", {"json": {"code": "E-1", "name": "乙", "profession": "doctor",
                                          "institution_id": "H", "county_codes": [COUNTY_A],
                                          "qualification_expires_on": "2030-12-31"}}),
    ("POST", "/api/v1/spot-checks", {"json": {"sample_size": 1, "county_code": COUNTY_A}}),
    ("GET", "/api/v1/assessment-applications", {"params": {"county_code": COUNTY_A}}),
    ("POST", "/api/v1/institutions", {"json": {"id": "H-1", "name": "丙", "county_code": COUNTY_A,
                                               "kind": "home_care", "care_modes": ["home_visit"],
                                               "agreement_from": "2026-01-01",
                                               "agreement_to": "2027-12-31"}}),
    ("POST", "/api/v1/settlement-runs", {"json": {"county_code": COUNTY_A, "month": "2026-06-01"}}),
    ("GET", "/api/v1/fund/accounts", {"params": {"county_code": COUNTY_A}}),
]  # fmt: skip


class TestACountyOutsideOnesScope:
    @pytest.mark.parametrize(("method", "path", "request_kwargs"), COUNTY_NAMED, ids=lambda v: str(v)[:40])
    async def test_is_refused_plainly_by_every_service_in_reads_and_writes(
        self,
        method: str,
        path: str,
        request_kwargs: dict[str, Any],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        other = bearer(await make_api_key("contractor", county_codes=[COUNTY_B]))
        answer = await gateway.request(method, path, headers=other, **request_kwargs)
        assert (answer.status_code, answer.json()["code"]) == (403, "COUNTY_OUT_OF_SCOPE"), answer.text
        assert answer.json()["detail"] == f"not one of this client's counties: {COUNTY_A}"
