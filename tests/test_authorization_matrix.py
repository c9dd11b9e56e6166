"""The authorization matrix: every operation of the merged OpenAPI × eighteen callers — admin, bureau,
contractor of county A, contractor of county B, institution X (in A), institution Y (in B), one key of each
read-only agency role (finance … evaluator, city-wide), no key, a revoked key and an unsigned call straight to
the owning service — each answered as the rules in ``tests/matrix_support.py`` say,
against a world with one of every object kind on both sides of the scope line. The expectations come from
the operations' metadata, so a new route is judged as soon as it exists, and one whose path names an object
the world does not have fails until it is added."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from services.enrollment.feeds import AssessmentConsumer as EnrollmentAssessmentConsumer
from services.oversight.feeds import SettlementConsumer as OversightSettlementReader
from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
from shared.principal import READ_ONLY_ROLES, Principal, Role
from tests.assessment.conftest import assessment_app, assessment_reference  # noqa: F401
from tests.conftest import ClientFactory, bearer
from tests.feeds.conftest import enrollment_consumer  # noqa: F401
from tests.matrix_support import (
    COUNTY_A,
    COUNTY_B,
    INSTITUTION_X,
    INSTITUTION_Y,
    PARAMS,
    REQUESTS,
    Caller,
    Matrix,
    World,
    WorldBuilder,
    build_world,
    plan,
)
from tests.oversight.supervision import settlement_reader_fixture  # noqa: F401
from tests.settlement.conftest import Feeds, feeds  # noqa: F401
from tests.support import id_number


@pytest.fixture
async def openapi(gateway: httpx.AsyncClient) -> dict[str, Any]:
    response = await gateway.get("/openapi.json")
    assert response.status_code == 200
    doc: dict[str, Any] = response.json()
    return doc


@pytest.fixture
async def callers(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> list[Caller]:
    scopes: dict[str, tuple[Role, dict[str, Any]]] = {
        "admin": (Role.ADMIN, {}),
        "bureau": (Role.BUREAU, {}),
        "contractor A": (Role.CONTRACTOR, {"county_codes": [COUNTY_A]}),
        "contractor B": (Role.CONTRACTOR, {"county_codes": [COUNTY_B]}),
        "institution X": (Role.INSTITUTION, {"institution_id": INSTITUTION_X}),
        "institution Y": (Role.INSTITUTION, {"institution_id": INSTITUTION_Y}),
        **{role.value: (role, {}) for role in sorted(READ_ONLY_ROLES)},
    }
    out = [
        Caller(
            name,
            "key",
            await make_api_key(role.value, **scope),
            Principal(client_id=name, name=name, role=role, **scope),
        )
        for name, (role, scope) in scopes.items()
    ]
    admin = bearer(out[0].key or "")
    issued = await gateway.post(
        "/api/v1/api-clients",
        json={"name": "mx-revoked", "role": "contractor", "county_codes": [COUNTY_A]},
        headers=admin,
    )
    assert issued.status_code == 201, issued.text
    revoked = await gateway.post(f"/api/v1/api-clients/{issued.json()['client']['id']}/revoke", headers=admin)
    assert revoked.status_code == 200, revoked.text
    return [
        *out,
        Caller("no key", "no_key"),
        Caller("revoked key", "revoked_key", issued.json()["key"]),
        Caller("unsigned direct", "unsigned_direct"),
    ]


@pytest.fixture
async def world(
    gateway: httpx.AsyncClient,
    callers: list[Caller],
    assessment_app: FastAPI,  # noqa: F811
    feeds: Feeds,  # noqa: F811
    enrollment_consumer: EnrollmentAssessmentConsumer,  # noqa: F811
    settlement_reader: OversightSettlementReader,
    session: AsyncSession,
) -> World:
    await load_wenzhou_benefit_rules(session)
    await session.commit()
    keys = {c.name: c.key for c in callers if c.key is not None}
    builder = WorldBuilder(
        gateway,
        {
            "admin": keys["admin"],
            "bureau": keys["bureau"],
            INSTITUTION_X: keys["institution X"],
            INSTITUTION_Y: keys["institution Y"],
        },
        assessment_app,
    )
    return await build_world(
        builder,
        {COUNTY_A: keys["contractor A"], COUNTY_B: keys["contractor B"]},
        feeds,
        enrollment_consumer,
        settlement_reader,
    )


@pytest.fixture
async def matrix(
    gateway: httpx.AsyncClient,
    gateway_app: FastAPI,
    service_apps: dict[str, FastAPI],
    connection: AsyncConnection,
    world: World,
) -> AsyncIterator[Matrix]:
    runner = Matrix(gateway, {"gateway": gateway_app, **service_apps}, connection, world)
    yield runner
    await runner.close()


class TestTheMatrix:
    async def test_every_operation_answers_every_caller_as_its_metadata_and_scope_say(
        self, openapi: dict[str, Any], callers: list[Caller], matrix: Matrix
    ) -> None:
        operations, problems = plan(openapi)
        assert problems == [], "\n".join(problems)
        assert len(operations) > 80
        wrong = await matrix.run(operations, callers)
        if wrong:
            pytest.fail(
                f"{len(wrong)} wrong cells of {matrix.calls} calls:\n" + "\n".join(wrong), pytrace=False
            )


class TestTheMatrixKeepsUpWithTheRoutes:
    def test_a_path_parameter_naming_an_object_the_world_lacks_fails_with_what_to_add(self) -> None:
        doc = {
            "paths": {
                "/api/v1/widgets/{widget_id}": {
                    "get": {"x-ltc-capability": "settlement.widgets.read", "x-ltc-roles": ["bureau"]}
                }
            }
        }
        _, problems = plan(doc)
        assert problems == [
            "GET /api/v1/widgets/{widget_id}: path parameter {widget_id} after widgets/ names no object of "
            "the matrix's world — add it to tests/matrix_support.py PARAMS (and the world)"
        ]

    def test_an_api_operation_without_a_capability_fails(self) -> None:
        _, problems = plan({"paths": {"/api/v1/forgotten": {"post": {}}}})
        assert problems == [
            "POST /api/v1/forgotten: no x-ltc-capability — every API route requires one capability"
        ]

    def test_every_request_row_and_parameter_names_an_operation_that_exists(
        self, openapi: dict[str, Any]
    ) -> None:
        operations, _ = plan(openapi)
        names = {op.name for op in operations}
        assert sorted(set(REQUESTS) - names) == []
        used = {key for op in operations for key in PARAMS if "/" + key in op.path}
        assert sorted(set(PARAMS) - used) == []


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
    ("GET", "/api/v1/contracts", {"params": {"county_code": COUNTY_A}}),
    ("POST", "/api/v1/complaints", {"json": {"channel": "phone", "received_on": "2026-07-01",
                                             "complainant_name": "甲", "county_code": COUNTY_A,
                                             "summary": "投诉"}}),
    ("GET", "/api/v1/cases", {"params": {"county_code": COUNTY_A}}),
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
