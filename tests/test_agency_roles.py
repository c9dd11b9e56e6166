"""The city's other departments (seed 003 §三(二)) and the third-party evaluator: read-only roles, city-wide,
each reading what its duty needs and changing nothing, with ID numbers masked. What each may read is pinned
here by name, so a grant added to an ``auth.py`` for one of them is a decision this table records too."""

from __future__ import annotations

import uuid
from typing import Any, get_args

import httpx
import pytest
from fastapi import FastAPI

from services.gateway.api_clients.schemas import ClientRole
from shared.permissions import REGISTRY, api_routes, route_capability
from shared.principal import READ_ONLY_ROLES, Principal, Role
from tests.conftest import ClientFactory, bearer
from tests.support import unique_id_number

LEVELS = {
    "assessment.applications.read",
    "assessment.calendar.read",
    "assessment.disability_levels.read",
    "assessment.levels.migrated.read",
    "assessment.rule_sets.read",
    "enrollment.counties.read",
}
INSPECTIONS = {
    "oversight.inspections.read",
    "oversight.inspections.plans.read",
}  # the care institutions' quality
BUREAU_READS_BUT_ID_NUMBERS = {
    "assessment.applications.read",
    "assessment.calendar.read",
    "assessment.disability_levels.read",
    "assessment.experts.read",
    "assessment.levels.imports.read",
    "assessment.levels.migrated.read",
    "assessment.panels.read",
    "assessment.rule_sets.read",
    "assessment.spot_checks.read",
    "enrollment.contribution_policies.read",
    "enrollment.contributions.read",
    "enrollment.counties.read",
    "enrollment.coverage.read",
    "enrollment.employers.read",
    "enrollment.persons.read",
    "gateway.audit.read",
    "oversight.cases.read",
    "oversight.complaints.read",
    "oversight.contractors.read",
    "oversight.contracts.read",
    "oversight.inspections.plans.read",
    "oversight.inspections.read",
    "oversight.rules.read",
    "oversight.evaluations.read",
    "oversight.schemes.read",
    "oversight.training.read",
    "settlement.benefit_rules.read",
    "settlement.benefit_statements.read",
    "settlement.budgets.read",
    "settlement.bulletins.read",
    "settlement.clearings.read",
    "settlement.disputes.read",
    "settlement.final_accounts.read",
    "settlement.finance_receipts.read",
    "settlement.fund.read",
    "settlement.fund_status.read",
    "settlement.institutions.read",
    "settlement.opening_balances.read",
    "settlement.plan_tasks.read",
    "settlement.projections.read",
    "settlement.records.read",
    "settlement.recoveries.read",
    "settlement.runs.read",
    "settlement.service_items.read",
}
GRANTED: dict[Role, set[str]] = {
    Role.FINANCE: {
        "enrollment.counties.read",
        "enrollment.contribution_policies.read",
        "oversight.cases.read",
        "oversight.contracts.read",
        "settlement.benefit_rules.read",
        "settlement.budgets.read",
        "settlement.bulletins.read",
        "settlement.clearings.read",
        "settlement.final_accounts.read",
        "settlement.finance_receipts.read",
        "settlement.fund.read",
        "settlement.fund_status.read",
        "settlement.opening_balances.read",
        "settlement.plan_tasks.read",
        "settlement.projections.read",
        "settlement.recoveries.read",
        "settlement.runs.read",
        "settlement.service_items.read",
    },
    Role.CIVIL_AFFAIRS: LEVELS | INSPECTIONS | {"settlement.institutions.read", "settlement.plan_tasks.read"},
    Role.HEALTH: LEVELS
    | INSPECTIONS
    | {
        "assessment.experts.read",
        "assessment.spot_checks.read",
        "settlement.institutions.read",
        "settlement.plan_tasks.read",
        "settlement.service_items.read",
    },
    Role.HUMAN_RESOURCES: {
        "enrollment.counties.read",
        "settlement.institutions.read",
        "settlement.plan_tasks.read",
        "settlement.service_items.read",
        "oversight.training.read",
        "oversight.training.write",
        "oversight.training.id_numbers.read",
    },
    Role.TAX: {
        "enrollment.counties.read",
        "enrollment.contribution_policies.read",
        "enrollment.contributions.read",
        "enrollment.employers.read",
    },
    Role.AUDIT: BUREAU_READS_BUT_ID_NUMBERS,
    Role.DISABLED_PERSONS_FEDERATION: LEVELS,
    Role.INSURANCE_REGULATOR: {
        "enrollment.counties.read",
        "oversight.complaints.read",
        "oversight.contractors.read",
        "oversight.contracts.read",
        "settlement.fund_status.read",
    },
    Role.EVALUATOR: {"enrollment.counties.read"},
}
# Performance evaluation (S001 "评价结果向社会公布"): every read-only role reads the published evaluations and
# the schemes they are made by; the evaluator (第三方) reads and scores what the bureau assigns to it — the
# one write a read-only role has, by the brief of issue 15.
PUBLISHED_EVALUATIONS = {"oversight.evaluations.read", "oversight.schemes.read"}
for _role in READ_ONLY_ROLES - {Role.AUDIT}:
    GRANTED[_role] = GRANTED[_role] | PUBLISHED_EVALUATIONS
GRANTED[Role.EVALUATOR] = GRANTED[Role.EVALUATOR] | {"oversight.evaluations.score"}
THIRD_PARTY_SCORING = {"oversight.evaluations.score"}
# The one write an agency has: 人社 keeps the training register with the bureau (S003 §三(二)
# "人力社保部门负责加强护理服务从业人员队伍建设", annex 1 #9 "开展护理从业人员规范化培训…考核": 市人力社保局),
# and sees on one certificate the holder's ID number it recorded.
AGENCY_WRITES = {"oversight.training.write": frozenset({Role.HUMAN_RESOURCES})}
AGENCY_WHOLE_ID_NUMBERS = {"oversight.training.id_numbers.read": frozenset({Role.HUMAN_RESOURCES})}
# the services this table judges
JUDGED = ("enrollment.", "assessment.", "settlement.", "oversight.", "gateway.", "internal.")
MONTH = "2026-06-01"


@pytest.fixture
def all_apps(service_apps: dict[str, FastAPI], gateway_app: FastAPI) -> dict[str, FastAPI]:
    return {"gateway": gateway_app, **service_apps}


class TestWhatEachReadOnlyRoleMayRead:
    @pytest.mark.parametrize("role", sorted(READ_ONLY_ROLES))
    def test_its_capabilities_are_the_ones_its_duty_needs(
        self, role: Role, all_apps: dict[str, FastAPI]
    ) -> None:
        granted = {name for name, cap in REGISTRY.items() if role in cap.roles and name.startswith(JUDGED)}
        assert granted == GRANTED[role]

    def test_audit_reads_what_the_bureau_reads_but_whole_id_numbers(
        self, all_apps: dict[str, FastAPI]
    ) -> None:
        bureau_reads = {
            cap.name
            for _, app in all_apps.items()
            for _, route in api_routes(app.routes)
            if (cap := route_capability(route)) is not None
            and Role.BUREAU in cap.roles
            and route.methods == {"GET"}
        }
        assert bureau_reads == BUREAU_READS_BUT_ID_NUMBERS

    def test_no_route_that_changes_anything_lets_one_in(self, all_apps: dict[str, FastAPI]) -> None:
        writes = [
            f"{sorted(route.methods or ())} {path}: {cap.name}"
            for _, app in all_apps.items()
            for path, route in api_routes(app.routes)
            if (cap := route_capability(route)) is not None
            and cap.roles & READ_ONLY_ROLES
            and route.methods != {"GET"}
            and not (cap.name in THIRD_PARTY_SCORING and cap.roles & READ_ONLY_ROLES == {Role.EVALUATOR})
            and AGENCY_WRITES.get(cap.name) != cap.roles & READ_ONLY_ROLES
        ]
        assert writes == []
        decided_within = [
            c.name
            for c in REGISTRY.values()
            if c.within
            and c.roles & READ_ONLY_ROLES
            and AGENCY_WHOLE_ID_NUMBERS.get(c.name) != c.roles & READ_ONLY_ROLES
        ]
        assert decided_within == []  # whole ID numbers included

    @pytest.mark.parametrize("role", sorted(READ_ONLY_ROLES))
    def test_they_see_every_county(self, role: Role) -> None:
        principal = Principal(client_id=role.value, name=role.value, role=role)
        assert all(principal.sees_county(code) for code in ("330302", "330381"))
        assert principal.county_filter() is None


# (role, method, path, request, answer, the capability a 403 names)
CALLS: list[tuple[Role, str, str, dict[str, Any], int, str | None]] = [
    (Role.FINANCE, "GET", "/api/v1/fund/status", {"params": {"month": MONTH}}, 200, None),
    (Role.FINANCE, "GET", "/api/v1/fund/accounts", {"params": {"county_code": "330381"}}, 200, None),
    (Role.FINANCE, "POST", "/api/v1/fund/fiscal-subsidies", {"json": {}}, 403, "settlement.fund.write"),
    (Role.FINANCE, "GET", "/api/v1/persons", {}, 403, "enrollment.persons.read"),
    (Role.FINANCE, "GET", "/api/v1/recoveries", {}, 200, None),
    (
        Role.FINANCE,
        "POST",
        f"/api/v1/recoveries/{uuid.UUID(int=1)}/write-offs",
        {"json": {}},
        403,
        "settlement.recoveries.write_off",
    ),
    (Role.FINANCE, "GET", "/api/v1/city-budgets/2026", {}, 200, None),
    (Role.FINANCE, "GET", "/api/v1/budget-execution", {"params": {"month": MONTH}}, 200, None),
    (Role.FINANCE, "GET", "/api/v1/finance-receipts/owed", {}, 200, None),
    (Role.FINANCE, "GET", "/api/v1/city-final-accounts/2025", {}, 200, None),
    (Role.FINANCE, "POST", "/api/v1/budgets", {"json": {}}, 403, "settlement.budgets.write"),
    (Role.FINANCE, "GET", "/api/v1/projections", {}, 200, None),
    (Role.FINANCE, "POST", "/api/v1/projections", {"json": {}}, 403, "settlement.projections.write"),
    (Role.HEALTH, "GET", "/api/v1/projections", {}, 403, "settlement.projections.read"),
    (
        Role.FINANCE,
        "POST",
        "/api/v1/finance-receipts",
        {"json": {}},
        403,
        "settlement.finance_receipts.write",
    ),
    (Role.CIVIL_AFFAIRS, "GET", "/api/v1/institutions", {}, 200, None),
    (Role.CIVIL_AFFAIRS, "GET", "/api/v1/assessment-applications", {}, 200, None),
    (Role.CIVIL_AFFAIRS, "POST", "/api/v1/institutions", {"json": {}}, 403, "settlement.institutions.write"),
    (Role.HEALTH, "GET", "/api/v1/experts", {}, 200, None),
    (Role.HEALTH, "POST", "/api/v1/experts", {"json": {}}, 403, "assessment.experts.write"),
    (
        Role.HEALTH,
        "GET",
        "/api/v1/fund/status",
        {"params": {"month": MONTH}},
        403,
        "settlement.fund_status.read",
    ),
    (Role.HUMAN_RESOURCES, "GET", "/api/v1/institutions", {}, 200, None),
    (
        Role.HUMAN_RESOURCES,
        "POST",
        "/api/v1/institutions/MX-NOBODY/caregivers",
        {"json": {}},
        403,
        "settlement.caregivers.write",
    ),
    (Role.HUMAN_RESOURCES, "GET", "/api/v1/training-certificates", {}, 200, None),
    (
        Role.HUMAN_RESOURCES,
        "POST",
        "/api/v1/training-courses",
        {"json": {"code": "AR-COURSE", "name": "护理员规范化培训", "hours": 80, "provider": "人社培训中心"}},
        201,
        None,
    ),
    (Role.HEALTH, "GET", "/api/v1/training-courses", {}, 403, "oversight.training.read"),
    (Role.AUDIT, "GET", "/api/v1/training-courses", {}, 200, None),
    (Role.AUDIT, "POST", "/api/v1/training-courses", {"json": {}}, 403, "oversight.training.write"),
    (Role.TAX, "GET", "/api/v1/contribution-bills", {"params": {"year": "2022"}}, 200, None),
    (Role.TAX, "GET", "/api/v1/employers", {}, 200, None),
    (Role.TAX, "POST", "/api/v1/payments", {"json": {}}, 403, "enrollment.contributions.write"),
    (Role.AUDIT, "GET", "/api/v1/audit-events", {}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/service-records", {}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/recoveries", {}, 200, None),
    (
        Role.AUDIT,
        "POST",
        f"/api/v1/recoveries/{uuid.UUID(int=1)}/repayments",
        {"json": {}},
        403,
        "settlement.recoveries.repay",
    ),
    (Role.AUDIT, "POST", "/api/v1/persons", {"json": {}}, 403, "enrollment.persons.write"),
    (Role.AUDIT, "GET", "/api/v1/budgets", {}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/finance-receipts", {}, 200, None),
    (Role.AUDIT, "POST", "/api/v1/api-clients", {"json": {}}, 403, "gateway.api_clients.manage"),
    (Role.AUDIT, "GET", "/api/v1/staff", {}, 403, "gateway.staff.manage"),
    (Role.FINANCE, "POST", "/api/v1/staff", {"json": {}}, 403, "gateway.staff.manage"),
    (Role.DISABLED_PERSONS_FEDERATION, "GET", "/api/v1/migrated-levels", {}, 200, None),
    (Role.DISABLED_PERSONS_FEDERATION, "GET", "/api/v1/persons", {}, 403, "enrollment.persons.read"),
    (
        Role.DISABLED_PERSONS_FEDERATION,
        "POST",
        "/api/v1/level-imports",
        {"content": b"x", "headers": {"Content-Type": "text/csv"}},
        403,
        "assessment.levels.migrate",
    ),
    (Role.INSURANCE_REGULATOR, "GET", "/api/v1/fund/status", {"params": {"month": MONTH}}, 200, None),
    (Role.INSURANCE_REGULATOR, "GET", "/api/v1/fund/transactions", {}, 403, "settlement.fund.read"),
    (
        Role.INSURANCE_REGULATOR,
        "POST",
        "/api/v1/annual-clearings",
        {"json": {}},
        403,
        "settlement.clearings.propose",
    ),
    (Role.FINANCE, "GET", "/api/v1/cases", {}, 200, None),
    (
        Role.FINANCE,
        "POST",
        "/api/v1/cases/00000000-0000-4000-8000-000000000000/decision",
        {"json": {}},
        403,
        "oversight.cases.decide",
    ),
    (Role.HEALTH, "GET", "/api/v1/inspections", {}, 200, None),
    (Role.CIVIL_AFFAIRS, "GET", "/api/v1/inspection-plans", {}, 200, None),
    (Role.CIVIL_AFFAIRS, "POST", "/api/v1/inspections", {"json": {}}, 403, "oversight.inspections.write"),
    (Role.HUMAN_RESOURCES, "GET", "/api/v1/inspections", {}, 403, "oversight.inspections.read"),
    (Role.INSURANCE_REGULATOR, "GET", "/api/v1/complaints", {}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/oversight-rules", {}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/complaints", {}, 200, None),
    (Role.EVALUATOR, "GET", "/api/v1/counties", {}, 200, None),
    (Role.EVALUATOR, "GET", "/api/v1/cases", {}, 403, "oversight.cases.read"),
    (Role.EVALUATOR, "GET", "/api/v1/evaluations", {}, 200, None),
    (Role.EVALUATOR, "POST", "/api/v1/evaluations", {"json": {}}, 403, "oversight.evaluations.write"),
    (
        Role.EVALUATOR,
        "POST",
        "/api/v1/evaluations/00000000-0000-4000-8000-000000000000/scores",
        {"json": {"indicator_code": "third_party_review", "points_bp": 9000}},
        404,  # not assigned to it: unknown
        None,
    ),
    (Role.FINANCE, "GET", "/api/v1/evaluations", {"params": {"status": "final"}}, 200, None),
    (Role.AUDIT, "GET", "/api/v1/evaluation-schemes", {}, 200, None),
    (
        Role.INSURANCE_REGULATOR,
        "POST",
        "/api/v1/evaluations/00000000-0000-4000-8000-000000000000/objections",
        {"json": {"reason": "x"}},
        403,
        "oversight.evaluations.object",
    ),
    (Role.EVALUATOR, "GET", "/api/v1/institutions", {}, 403, "settlement.institutions.read"),
    (Role.HEALTH, "GET", "/api/v1/recoveries", {}, 403, "settlement.recoveries.read"),
    (Role.HEALTH, "GET", "/api/v1/budgets", {}, 403, "settlement.budgets.read"),
]


class TestThroughTheGateway:
    @pytest.mark.parametrize(
        ("role", "method", "path", "request_kwargs", "status", "capability"),
        CALLS,
        ids=[f"{c[0].value}-{c[1]}-{c[2]}" for c in CALLS],
    )
    async def test_a_read_of_its_duty_is_answered_and_anything_else_refused(
        self,
        role: Role,
        method: str,
        path: str,
        request_kwargs: dict[str, Any],
        status: int,
        capability: str | None,
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        key = bearer(await make_api_key(role.value))
        headers = {**key, **request_kwargs.pop("headers", {})}
        answer = await gateway.request(method, path, headers=headers, **request_kwargs)
        assert answer.status_code == status, answer.text
        if capability is not None:
            assert answer.json()["code"] == "ROLE_NOT_ALLOWED"
            assert answer.json()["capability"] == capability

    async def test_the_auditor_sees_an_id_number_masked_as_the_admin_does(
        self, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        number = unique_id_number()
        enrolled = await gateway.post(
            "/api/v1/persons",
            json={
                "id_number": number,
                "name": "张三",
                "category": "retiree",
                "county_code": "330381",
                "enrolled_on": "2022-07-01",
            },
            headers=bearer(keys["contractor"]),
        )
        assert enrolled.status_code == 201, enrolled.text
        audit = bearer(await make_api_key("audit"))
        shown = await gateway.get(f"/api/v1/persons/{enrolled.json()['id']}", headers=audit)
        assert shown.status_code == 200, shown.text
        assert shown.json()["id_number"] == number[:4] + "*" * 10 + number[-4:]
        looked_up = await gateway.get("/api/v1/persons:lookup", params={"id_number": number}, headers=audit)
        assert looked_up.status_code == 200, looked_up.text
        assert number not in looked_up.text


class TestTheAdminCreatesTheirClients:
    def test_every_role_but_service_may_be_a_client(self) -> None:
        assert set(get_args(ClientRole)) == {r.value for r in Role} - {Role.SERVICE.value}

    @pytest.mark.parametrize("role", sorted(READ_ONLY_ROLES))
    async def test_with_no_scope_fields_and_its_key_works(
        self, role: Role, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        admin = bearer(keys["admin"])
        issued = await gateway.post(
            "/api/v1/api-clients", json={"name": f"agency-{role.value}", "role": role.value}, headers=admin
        )
        assert issued.status_code == 201, issued.text
        client = issued.json()["client"]
        assert (client["role"], client["county_codes"], client["institution_id"]) == (role.value, [], None)
        counties = await gateway.get("/api/v1/counties", headers=bearer(issued.json()["key"]))
        assert counties.status_code == 200, counties.text

    @pytest.mark.parametrize(
        "scope", [{"county_codes": ["330302"]}, {"institution_id": "INST-1"}], ids=["counties", "institution"]
    )
    async def test_but_not_scoped_to_counties_or_an_institution(
        self, scope: dict[str, Any], gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        refused = await gateway.post(
            "/api/v1/api-clients",
            json={"name": "agency-scoped", "role": "finance", **scope},
            headers=bearer(keys["admin"]),
        )
        assert refused.status_code == 422, refused.text
