"""The authorization matrix's parts: a world with objects on both sides of a scope line, the table of what a
path parameter names, a realistic request per operation, the nine callers, and the rules that say what each
caller must be answered (``tests/test_authorization_matrix.py`` runs them over the merged OpenAPI).

The rules, computed from each operation's metadata (``x-ltc-capability``, ``x-ltc-roles``) and the request:

1. no key, a revoked key, an unsigned call straight to the owning service → 401;
2. a role without the capability → 403 ``ROLE_NOT_ALLOWED`` naming it;
3. a request that names objects of county A / institution X (its rendering differs when every scoped
   object is swapped for an unknown one), sent by contractor B or institution Y → exactly the answer to the
   same request naming unknown objects (a 404 when the object is in the path);
4. a request that names a county outside the caller's counties → 403 ``COUNTY_OUT_OF_SCOPE`` (counties are
   public; an object's county is not);
5. anything else → authorization passed: 2xx, or 409/422 for a request this object cannot take now.

Reference data (counties, rule sets, benefit rules, calendars, contribution policies) and platform objects
(API clients) carry no scope: only the capability decides. A batch or file judged row by row (``rows``)
reports what is out of scope per row, in a 2xx answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection

from services.assessment.reference import national_scale
from services.gateway.routing import service_for
from shared.principal import PRINCIPAL_HEADER, Principal, Role, encode_principal
from tests.assessment.conftest import ELIGIBLE_SELF, Api, put_in_force, severe_items
from tests.conftest import ALL_COUNTIES, bearer
from tests.feeds.support import drain
from tests.support import credit_code, id_number, unique_id_number

COUNTY_A = "330302"  # 鹿城区: contractor A's, institution X's
COUNTY_B = "330381"  # 瑞安市: contractor B's, institution Y's
INSTITUTION_X = "MX-INST-X"
INSTITUTION_Y = "MX-INST-Y"
MONTH = "2026-06-01"
LEVELS_HEADER = "person,level,valid_from,valid_to,rule_set_version,care_institution_id,reference"
BALANCES_HEADER = "county_code,account,balance_fen,as_of,reference"
SURVEY_HEADER = "respondent_ref,indicator_code,score,surveyed_on,comment"
NEW_BIRTH = dt.date(1944, 4, 4)  # persons the requests enrol: a birth date no world person has
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class World:
    """What a path parameter or a request can name. The first group is county A's and institution X's; the
    second is reference data and platform objects, the same for everybody."""

    person: str
    id_number: str
    employer: str
    bill: str
    enrollment_import: str
    payment_import: str
    expert: str
    application: str
    draw: str
    spot_check: str
    institution: str
    record: int
    record_import: str
    dispute: str
    run: str
    clearing: str
    contractor: str
    contract: str
    recovery: str
    inspection_plan: str
    inspection: str
    case: str
    visit_file: str
    case_file: str
    sanction: str
    complaint: str
    budget: str
    finance_receipt: str
    caregiver: str
    final_accounts: str
    plan_task: str
    supervision_round: str
    evaluation: str
    survey_import: str
    staff: str

    county: str
    level_import: str
    opening_balance_import: str
    api_client: str
    rule_set: str
    benefit_rules: str
    calendar_year: int
    policy_year: int
    oversight_rule: str
    budget_year: int
    scheme: str
    training_course: str
    training_session: str
    training_import: str
    certificate: str
    trainee: str
    item_catalogue: str
    service_item: str
    projection: str

    def unknown(self) -> World:
        """The same world with every scoped object swapped for one nobody has (reference data kept)."""
        fresh: dict[str, Any] = {
            name: (2_000_000_000 if isinstance(value, int) else str(uuid.uuid4()))
            for name, value in self.scoped().items()
        }
        fresh.update(id_number=unique_id_number(), employer=credit_code(), institution="MX-NOBODY")
        return dataclasses.replace(self, **fresh)

    def scoped(self) -> dict[str, str | int]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in UNSCOPED}


UNSCOPED = frozenset({
    "county", "api_client", "rule_set", "benefit_rules", "calendar_year", "policy_year", "level_import",
    "opening_balance_import", "oversight_rule", "budget_year",
    "scheme",
    "training_course", "training_session", "training_import",
    "certificate", "trainee", "item_catalogue", "service_item",
    "projection",
})  # fmt: skip

# A path parameter, named with the collection before it, → the world object it names. An operation whose
# path has a parameter missing here fails the matrix until its object is added to the world.
PARAMS: dict[str, str] = {
    "counties/{code}": "county",
    "persons/{person_id}": "person",
    "clients/{person_id}": "person",
    "employers/{credit_code}": "employer",
    "enrollment-imports/{job_id}": "enrollment_import",
    "payment-imports/{job_id}": "payment_import",
    "contribution-policies/{year}": "policy_year",
    "experts/{expert_id}": "expert",
    "assessment-applications/{application_id}": "application",
    "panel-draws/{draw_id}": "draw",
    "spot-checks/{spot_check_id}": "spot_check",
    "rule-sets/{version}": "rule_set",
    "working-calendars/{year}": "calendar_year",
    "institutions/{institution_id}": "institution",
    "service-records/{id}": "record",
    "disputes/{dispute_id}": "dispute",
    "service-record-imports/{job_id}": "record_import",
    "settlement-runs/{run_id}": "run",
    "annual-clearings/{clearing_id}": "clearing",
    "benefit-rules/{version}": "benefit_rules",
    "api-clients/{client_id}": "api_client",
    "level-imports/{job_id}": "level_import",
    "opening-balance-imports/{job_id}": "opening_balance_import",
    "contractors/{contractor_id}": "contractor",
    "contracts/{contract_id}": "contract",
    "recoveries/{id}": "recovery",
    "inspection-plans/{plan_id}": "inspection_plan",
    "inspections/{inspection_id}": "inspection",
    "cases/{case_id}": "case",
    "files/{visit_file_id}": "visit_file",
    "files/{case_file_id}": "case_file",
    "sanctions/{sanction_id}": "sanction",
    "complaints/{complaint_id}": "complaint",
    "oversight-rules/{key}": "oversight_rule",
    "budgets/{budget_id}": "budget",
    "finance-receipts/{receipt_id}": "finance_receipt",
    "final-accounts/{accounts_id}": "final_accounts",
    "plan-tasks/{task_id}": "plan_task",
    "supervision-rounds/{round_id}": "supervision_round",
    "city-final-accounts/{year}": "budget_year",
    "city-budgets/{year}": "budget_year",
    "projections/{projection_id}": "projection",
    "evaluation-schemes/{scheme_id}": "scheme",
    "evaluations/{evaluation_id}": "evaluation",
    "survey-imports/{job_id}": "survey_import",
    "caregivers/{caregiver_id}": "caregiver",
    "training-courses/{course_code}": "training_course",
    "training-sessions/{session_id}": "training_session",
    "training-result-imports/{job_id}": "training_import",
    "training-certificates/{certificate_id}": "certificate",
    "staff/{staff_id}": "staff",
    "service-item-catalogues/{version}": "item_catalogue",
    "items/{code}": "service_item",
}
TRAINING_RESULTS_HEADER = "id_number,name,score,passed"
MATRIX_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00matrix"  # a photo by its first bytes
MX_ITEM = "M0000000000000001"  # a service item of the world's draft catalogue (17 characters)


def _service_item() -> dict[str, Any]:
    return {
        "name": "矩阵项目",
        "item_class": "生活照料",
        "care_modes": ["home_visit"],
        "min_minutes": 30,
        "source": "matrix",
    }


NEW_TRAINEE = id_number(dt.date(1980, 2, 2), sequence=321)  # a candidate no world object names
_PARAM = re.compile(r"([^/{}]+)/\{(\w+)\}")


@dataclass(frozen=True)
class Request:
    """What is sent besides the path: query, a JSON body or raw content. ``rows``: a batch or file whose
    rows are judged one by one, so what it names is not refused as a whole."""

    json: Any = None
    params: Mapping[str, str] = field(default_factory=dict)
    content: bytes | None = None
    content_type: str | None = None
    rows: bool = False

    def rendered(self) -> tuple[Any, ...]:
        return (repr(self.json), sorted(self.params.items()), self.content)

    def counties(self) -> set[str]:
        """The county codes the request names in its query or JSON body."""
        found: set[str] = set()

        def walk(value: Any) -> None:
            if isinstance(value, str) and value in ALL_COUNTIES:
                found.add(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(dict(self.params))
        walk(self.json)
        return found


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    capability: str | None
    roles: frozenset[str]
    fields: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def probe(self) -> bool:
        """The process's own probes (``/healthz``, ``/readyz``): outside the API, open to everyone."""
        return not self.path.startswith("/api/")

    @property
    def scoped_path(self) -> bool:
        return any(f not in UNSCOPED for f in self.fields)

    def url(self, world: World) -> str:
        return _PARAM.sub(lambda m: f"{m.group(1)}/{getattr(world, PARAMS[m.group(0)])}", self.path)


def plan(doc: Mapping[str, Any]) -> tuple[list[Operation], list[str]]:
    """Every operation of the merged OpenAPI document, and what keeps the matrix from judging one: an API
    operation without ``x-ltc-capability``, a probe with one, a path parameter :data:`PARAMS` lacks."""
    operations: list[Operation] = []
    problems: list[str] = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            name = f"{method.upper()} {path}"
            capability = op.get("x-ltc-capability")
            if path.startswith("/api/") and not capability:
                problems.append(f"{name}: no x-ltc-capability — every API route requires one capability")
            if not path.startswith("/api/") and capability:
                problems.append(f"{name}: a probe outside /api/ is open to all and requires no capability")
            fields = []
            for m in _PARAM.finditer(path):
                if m.group(0) in PARAMS:
                    fields.append(PARAMS[m.group(0)])
                else:
                    problems.append(
                        f"{name}: path parameter {{{m.group(2)}}} after {m.group(1)}/ names no object of the "
                        "matrix's world — add it to tests/matrix_support.py PARAMS (and the world)"
                    )
            unparsed = re.sub(_PARAM, "", path)
            if "{" in unparsed:
                problems.append(f"{name}: a path parameter the matrix cannot place ({path})")
            operations.append(
                Operation(
                    method.upper(), path, capability, frozenset(op.get("x-ltc-roles", ())), tuple(fields)
                )
            )
    return operations, problems


# --------------------------------------------------------------------------------------------- requests


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def _record(person: str, record_id: str, caregiver: str = "CG-1", day: str = "2026-06-20") -> dict[str, Any]:
    return {
        "record_id": record_id,
        "person_id": person,
        "caregiver_code": caregiver,
        "care_mode": "home_visit",
        "service_date": day,
        "start_time": "09:00",
        "end_time": "10:00",
        "items": ["LT0101"],
        "amount_claimed_fen": 10_000,
        "checkin_lat": 28.0,
        "checkin_lon": 120.65,
    }


def _policy(year: int) -> dict[str, Any]:
    return {
        "amount_per_person_fen": 18_000,
        "employer_share_fen": 9_000,
        "individual_share_fen": 9_000,
        "grace_period_days": 90,
        "effective_from": f"{year}-01-01",
        "due_on": f"{year}-03-31",
        "source": "matrix",
    }


def _draft(version: str) -> dict[str, Any]:
    raw: dict[str, Any] = national_scale.document().model_dump(mode="json")
    raw["version"] = version
    return raw


BUDGET_ASSUMPTIONS = {"insured": 1000, "beneficiaries_by_level": {"5": 10}}


def _budget(county: str, year: int) -> dict[str, Any]:
    return {
        "county_code": county,
        "year": year,
        "lines": [{"line": "expense_home_visit", "amount_fen": 100_000}],
        "assumptions": BUDGET_ASSUMPTIONS,
    }


def _projection() -> dict[str, Any]:
    """A projection (测算) of the shipped rules over 2026, at 120 元 a year per insured person."""
    return {
        "name": "矩阵测算",
        "base_year": 2026,
        "rule_set_version": "WZ-2022-reported",
        "contributions": [{"employer_fen": 6000, "individual_fen": 6000}],
    }


def _plan_task(county: str, code: str) -> dict[str, Any]:
    return {
        "code": code,
        "year": 2026,
        "title": "矩阵任务",
        "requirement": "矩阵",
        "source": "matrix",
        "county_code": county,
        "responsible": "矩阵",
        "due_on": "2026-12-31",
    }


def _round(county: str) -> dict[str, Any]:
    return {
        "kind": "quarterly_tracking",
        "period_from": "2026-04-01",
        "period_to": "2026-06-30",
        "county_code": county,
        "held_on": "2026-07-05",
        "findings": [{"finding": "矩阵"}],
    }


def _contract(contractor: str, county: str) -> dict[str, Any]:
    return {
        "contractor_id": contractor,
        "lot": f"矩阵标段 {county}",
        "county_codes": [county],
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "procurement_method": "open_tender",
        "tender_reference": "MX-TENDER",
        "fee_basis": "lump_sum",
        "fee_amount_fen": 100_000,
        "fee_at_risk_bp": 2000,
        "performance_bond_fen": 10_000,
        "finance_filing_reference": "MX-FILED",
        "finance_filed_on": "2026-06-20",
    }


def _scheme(code: str) -> dict[str, Any]:
    """A contractor's scheme: oversight's own KPI, a manual, a third-party and a survey indicator."""
    flag = {"confirmed": False, "rule_source": "matrix"}

    def indicator(code: str, source: str, weight: int, **extra: Any) -> dict[str, Any]:
        return {"code": code, "name": code, "dimension": "quality", "source": source, "weight_bp": weight,
                **flag, **extra}  # fmt: skip

    return {
        "code": code,
        "title": "矩阵方案",
        "subject_kind": "contractor",
        "period_kind": "half_year",
        "source": "matrix",
        "indicators": [
            indicator("acceptances", "computed", 2500, kpi_code="oversight.acceptances"),
            indicator("care_quality", "manual", 2500),
            indicator("third_party_review", "third_party", 2500),
            indicator("satisfaction", "survey", 2500),
        ],
        "grades": [
            {
                "grade": "pass",
                "min_score_bp": 0,
                "fee_release_bp": 10000,
                "deposit_release_bp": 10000,
                "renewal_eligible": True,
                **flag,
            },
        ],
        "objection_window": {"days": 10, **flag},
    }


Build = Callable[[World], Request]

# Realistic requests, by operation. An operation not here is sent with no body (GET) or ``{}``: a 422 for
# a caller let in proves authorization passed, and a scoped one will miss its 404 until it has a row.
REQUESTS: dict[str, Build] = {
    # enrollment
    "GET /api/v1/persons:lookup": lambda w: Request(params={"id_number": w.id_number}),
    "POST /api/v1/persons": lambda w: Request(
        json={
            "id_number": id_number(NEW_BIRTH, address=w.county, sequence=1),
            "name": "王五",
            "category": "retiree",
            "county_code": w.county,
            "enrolled_on": "2022-07-01",
        }
    ),
    "GET /api/v1/persons": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/persons/{person_id}/status-changes": lambda w: Request(
        json={"status": "suspended", "effective_on": "2026-07-01", "reason": "矩阵"}
    ),
    "POST /api/v1/persons/{person_id}/county-transfers": lambda w: Request(
        json={"county_code": COUNTY_B, "effective_on": "2026-07-01", "reason": "户籍迁移"}
    ),
    "GET /api/v1/persons/{person_id}/coverage": lambda w: Request(params={"on": "2026-06-15"}),
    "GET /api/v1/persons/{person_id}/benefit-statements": lambda w: Request(params={"month": MONTH}),
    "POST /api/v1/employers": lambda w: Request(
        json={"credit_code": credit_code("MXMATRX01"), "name": "矩阵有限公司", "county_code": w.county}
    ),
    "GET /api/v1/employers": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/contribution-policies": lambda w: Request(json={"year": 2029, **_policy(2029)}),
    "PUT /api/v1/contribution-policies/{year}": lambda w: Request(json=_policy(w.policy_year)),
    "PUT /api/v1/counties/{code}/scheme": lambda w: Request(
        json={"scheme_start_on": "2019-01-01", "basis": "matrix", "confirmed": False, "reason": "matrix"}
    ),
    "POST /api/v1/contribution-bills:generate": lambda w: Request(
        json={"year": 2022, "county_code": w.county}
    ),
    "GET /api/v1/contribution-bills": lambda w: Request(params={"person_id": w.person}),
    "POST /api/v1/payments": lambda w: Request(
        json={
            "bill_id": w.bill,
            "payer": "individual",
            "channel": "annual_self_payment",
            "amount_fen": 100,
            "paid_on": "2022-03-05",
            "external_ref": "MX-PAY-MATRIX",
        }
    ),
    "POST /api/v1/enrollment-imports": lambda w: Request(
        content=_csv(
            "id_number,name,category,county_code,employer_credit_code,enrolled_on",
            f"{id_number(NEW_BIRTH, address=w.county, sequence=2)},甲,retiree,{w.county},,2022-07-02",
        ),
        content_type="text/csv",
        rows=True,
    ),
    "POST /api/v1/payment-imports": lambda w: Request(
        content=_csv(
            "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number",
            f"{w.bill},,,individual,annual_self_payment,100,2022-03-06,MX-FILE-MATRIX,",
        ),
        content_type="text/csv",
        rows=True,
    ),
    # assessment
    "POST /api/v1/experts": lambda w: Request(
        json={
            "code": "E-MX-NEW",
            "name": "新专家",
            "profession": "doctor",
            "institution_id": "HOSP-MX",
            "county_codes": [w.county],
            "qualification_expires_on": "2030-12-31",
        }
    ),
    "GET /api/v1/experts": lambda w: Request(params={"county_code": w.county}),
    "PATCH /api/v1/experts/{expert_id}": lambda w: Request(json={"name": "改名专家"}),
    "POST /api/v1/experts:import": lambda w: Request(
        content=_csv(
            "code,name,profession,institution_id,county_codes,qualification_expires_on",
            f"E-MX-IMPORT,导入专家,doctor,HOSP-MX,{w.county},2030-12-31",
        ),
        content_type="text/csv",
        rows=True,
    ),
    "POST /api/v1/assessment-applications": lambda w: Request(
        json={
            "person_id": w.person,
            "self_assessment": ELIGIBLE_SELF,
            "disabled_since": "2025-06-01",
            "materials_complete": True,
        }
    ),
    "GET /api/v1/assessment-applications": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/assessment-applications/{application_id}/panel-draws": lambda w: Request(json={}),
    "POST /api/v1/assessment-applications/{application_id}/scores": lambda w: Request(
        json={"expert_id": w.expert, "items": severe_items()}
    ),
    "POST /api/v1/assessment-applications/{application_id}/conclusion": lambda w: Request(
        json={"confirming_expert_ids": [w.expert]}
    ),
    "POST /api/v1/assessment-applications/{application_id}/objections": lambda w: Request(
        json={"reason": "家属认为评估偏低"}
    ),
    "POST /api/v1/assessment-applications/{application_id}/conclusion:revoke": lambda w: Request(
        json={"reason": "DECEASED", "effective_on": "2026-09-01", "note": "死亡"}
    ),
    "POST /api/v1/assessment-applications/{application_id}:start-publicity": lambda w: Request(),
    "POST /api/v1/assessment-applications/{application_id}:serve": lambda w: Request(),
    "POST /api/v1/rule-sets": lambda w: Request(json=_draft("MX-DRAFT-2")),
    "POST /api/v1/rule-sets/{version}:publish": lambda w: Request(),
    "POST /api/v1/rule-sets/{version}:dry-run": lambda w: Request(),
    "POST /api/v1/spot-checks": lambda w: Request(json={"sample_size": 1, "county_code": w.county}),
    "PUT /api/v1/working-calendars/{year}": lambda w: Request(
        json={"holidays": [{"date": f"{w.calendar_year}-01-01", "name": "元旦"}], "makeup_workdays": []}
    ),
    # settlement
    "POST /api/v1/institutions": lambda w: Request(
        json={
            "id": "MX-INST-NEW",
            "name": "新护理站",
            "county_code": w.county,
            "kind": "home_care",
            "care_modes": ["home_visit"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        }
    ),
    "PATCH /api/v1/institutions/{institution_id}": lambda w: Request(json={"beds": 60}),
    "POST /api/v1/institutions/{institution_id}/caregivers": lambda w: Request(
        json={
            "code": "CG-MX-NEW",
            "real_name": "陈静",
            "qualification": "养老护理员 四级",
            "qualified_from": "2025-01-01",
            "qualified_until": "2028-01-01",
        }
    ),
    "PUT /api/v1/institutions/{institution_id}/clients/{person_id}/home": lambda w: Request(
        json={"person_id": w.person, "latitude": 28.01, "longitude": 120.66}
    ),
    "GET /api/v1/institutions/{institution_id}/statements": lambda w: Request(params={"month": MONTH}),
    "POST /api/v1/service-records": lambda w: Request(
        json={"records": [_record(w.person, "MX-R-NEW")]}, rows=True
    ),
    "POST /api/v1/level-imports": lambda w: Request(
        content=_csv(
            LEVELS_HEADER, f"{uuid.UUID(int=7)},3,2026-01-01,2027-12-31,NHSA-2021-37,,MX-LEVEL-NOBODY"
        ),
        content_type="text/csv",
        rows=True,
    ),
    "POST /api/v1/opening-balance-imports": lambda w: Request(
        content=_csv(BALANCES_HEADER, "999999,cash,100,2022-06-24,MX-OB-NOWHERE"),
        content_type="text/csv",
        rows=True,
    ),
    "POST /api/v1/service-record-imports": lambda w: Request(
        content=_csv(
            "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,"
            "amount_claimed_fen",
            f"MX-F-NEW,{w.person},CG-1,home_visit,2026-06-21,09:00,10:00,LT0101,10000",
        ),
        content_type="text/csv",
        rows=True,
    ),
    "GET /api/v1/service-records": lambda w: Request(
        params={"institution_id": w.institution, "month": MONTH}
    ),
    "POST /api/v1/service-records/{id}/disputes": lambda w: Request(json={"reason": "护理员资质已更新"}),
    "POST /api/v1/service-records/{id}/disputes/{dispute_id}/decision": lambda w: Request(
        json={"decision": "rejected", "reason": "资质证明不足"}
    ),
    "POST /api/v1/service-records:check": lambda w: Request(json={"county_code": w.county, "month": MONTH}),
    "POST /api/v1/service-records:review": lambda w: Request(
        json={
            "stage": "first",
            "reviewer": "审核员甲",
            "decisions": [{"service_record_id": w.record, "decision": "approved"}],
        }
    ),
    "POST /api/v1/service-records:sample": lambda w: Request(
        json={"county_code": w.county, "month": MONTH, "method": "random", "share_bp": 5000}
    ),
    "POST /api/v1/settlement-runs": lambda w: Request(json={"county_code": w.county, "month": MONTH}),
    "GET /api/v1/settlement-runs/{run_id}/payments": lambda w: Request(),
    "POST /api/v1/settlement-runs/{run_id}/payments": lambda w: Request(
        json={"institution_id": w.institution, "amount_fen": 1, "paid_on": "2026-07-05", "reference": "MX-PO"}
    ),
    "POST /api/v1/annual-clearings": lambda w: Request(json={"county_code": w.county, "year": 2025}),
    "POST /api/v1/fund/fiscal-subsidies": lambda w: Request(
        json={
            "county_code": w.county,
            "amount_fen": 100_000,
            "received_on": "2026-07-01",
            "reference": "MX-FS",
        }
    ),
    "GET /api/v1/fund/accounts": lambda w: Request(params={"county_code": w.county}),
    "GET /api/v1/fund/transactions": lambda w: Request(params={"county_code": w.county}),
    "GET /api/v1/fund/status": lambda w: Request(params={"county_code": w.county, "month": MONTH}),
    "GET /api/v1/disputes": lambda w: Request(params={"county_code": w.county, "status": "open"}),
    "GET /api/v1/fund/status/trend": lambda w: Request(params={"county_code": w.county, "month": MONTH}),
    "POST /api/v1/benefit-rules": lambda w: Request(
        json={
            "version": "MX-BR-2027",
            "effective_from": "2027-01-01",
            "source": "matrix",
            "rules": [
                {"level": 5, "care_mode": "home_visit", "monthly_cap_fen": 298_000, "fund_share_bp": 8000}
            ],
        }
    ),
    "POST /api/v1/service-item-catalogues": lambda w: Request(
        json={"version": "MX-ITEMS-NEW", "effective_from": "2032-01-01", "source": "matrix", "items": []}
    ),
    "PUT /api/v1/service-item-catalogues/{version}/items/{code}": lambda w: Request(json=_service_item()),
    # oversight
    "POST /api/v1/contractors": lambda w: Request(
        json={
            "credit_code": credit_code("MXCNTRA01"),
            "name": "矩阵经办机构",
            "team_size": 3,
            "outlets": [{"county_code": w.county, "name": "网点", "address": "某路 1 号"}],
        }
    ),
    "PATCH /api/v1/contractors/{contractor_id}": lambda w: Request(json={"team_size": 7}),
    "POST /api/v1/contracts": lambda w: Request(json=_contract(w.contractor, w.county)),
    # settlement's recoveries (追回), ordered on oversight's feed
    "POST /api/v1/recoveries/{id}/repayments": lambda w: Request(
        json={"amount_fen": 1, "paid_on": "2026-07-01", "reference": "MX-REPAID-1"}
    ),
    "POST /api/v1/recoveries/{id}/write-offs": lambda w: Request(
        json={"amount_fen": 1, "written_off_on": "2026-07-02", "reason": "矩阵", "reference": "MX-WO-1"}
    ),
    "GET /api/v1/contracts": lambda w: Request(params={"county_code": w.county}),
    "PATCH /api/v1/contracts/{contract_id}": lambda w: Request(json={"fee_amount_fen": 1}),
    "POST /api/v1/contracts/{contract_id}/status-changes": lambda w: Request(
        json={"status": "suspended", "reason": "矩阵"}
    ),
    "POST /api/v1/contracts/{contract_id}/acceptances": lambda w: Request(
        json={"period_start": "2026-07-01", "period_end": "2026-12-31", "fee_payable_fen": 100}
    ),
    "POST /api/v1/inspection-plans": lambda w: Request(
        json={
            "name": "矩阵巡查",
            "period_from": "2026-07-01",
            "period_to": "2026-09-30",
            "county_codes": [w.county],
            "institution_ids": [w.institution],
        }
    ),
    "GET /api/v1/inspection-plans": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/inspections": lambda w: Request(
        json={
            "institution_id": w.institution,
            "plan_id": w.inspection_plan,
            "visited_on": "2026-07-20",
            "inspectors": ["矩阵检查员"],
            "findings": [{"kind": "records", "severity": "minor", "description": "记录不全"}],
        }
    ),
    "GET /api/v1/inspections": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/inspections/{inspection_id}/follow-ups": lambda w: Request(
        json={"outcome": "rectified", "checked_on": "2026-08-10"}
    ),
    "POST /api/v1/cases": lambda w: Request(
        json={
            "institution_id": w.institution,
            "source": "finding",
            "inspection_id": w.inspection,
            "summary": "矩阵案件",
        }
    ),
    "GET /api/v1/cases": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/cases/{case_id}/evidence": lambda w: Request(json={"text": "矩阵证据"}),
    "POST /api/v1/cases/{case_id}/statements": lambda w: Request(json={"text": "矩阵陈述"}),
    "POST /api/v1/inspections/{inspection_id}/files": lambda w: Request(
        params={"purpose": "finding"}, content=MATRIX_JPEG, content_type="image/jpeg"
    ),
    "POST /api/v1/cases/{case_id}/evidence-files": lambda w: Request(
        content=MATRIX_JPEG, content_type="image/jpeg"
    ),
    "POST /api/v1/cases/{case_id}/statement-files": lambda w: Request(
        content=MATRIX_JPEG, content_type="image/jpeg"
    ),
    "POST /api/v1/cases/{case_id}/status-changes": lambda w: Request(json={"status": "closed"}),
    "POST /api/v1/cases/{case_id}/decision": lambda w: Request(
        json={"outcome": "no_violation", "reason": "矩阵"}
    ),
    "POST /api/v1/sanctions/{sanction_id}:lift": lambda w: Request(json={"reason": "矩阵"}),
    "PUT /api/v1/oversight-rules/{key}": lambda w: Request(
        json={"value": 40, "confirmed": False, "source": "矩阵", "effective_from": "2027-01-01"}
    ),
    "POST /api/v1/complaints": lambda w: Request(
        json={
            "channel": "phone",
            "received_on": "2026-07-01",
            "complainant_name": "矩阵投诉人",
            "county_code": w.county,
            "institution_id": w.institution,
            "summary": "矩阵投诉",
        }
    ),
    "GET /api/v1/complaints": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/complaints/{complaint_id}/assignment": lambda w: Request(
        json={"assignee_kind": "bureau_officer", "officer": "矩阵科长", "assigned_on": "2026-07-02"}
    ),
    "POST /api/v1/complaints/{complaint_id}/handling": lambda w: Request(
        json={"result": "矩阵处置", "handled_on": "2026-07-05"}
    ),
    "POST /api/v1/complaints/{complaint_id}/supervision": lambda w: Request(json={"note": "矩阵督办"}),
    "POST /api/v1/complaints/{complaint_id}/follow-up": lambda w: Request(
        json={"satisfied": True, "followed_up_on": "2026-07-08"}
    ),
    # caregivers and the training register
    "PATCH /api/v1/institutions/{institution_id}/caregivers/{caregiver_id}": lambda w: Request(
        json={"qualification": "执业护士 主管护师"}
    ),
    "POST /api/v1/training-courses": lambda w: Request(
        json={"code": "MX-COURSE-NEW", "name": "矩阵培训", "hours": 40, "provider": "矩阵培训学校"}
    ),
    "POST /api/v1/training-sessions": lambda w: Request(
        json={"course_code": w.training_course, "held_on": "2026-06-01", "place": "鹿城"}
    ),
    "POST /api/v1/training-result-imports": lambda w: Request(
        params={"session_id": w.training_session},
        content=_csv(TRAINING_RESULTS_HEADER, f"{NEW_TRAINEE},王新,75,true"),
        content_type="text/csv",
        rows=True,
    ),
    "POST /api/v1/training-certificates": lambda w: Request(
        json={
            "number": "MX-CERT-NEW",
            "session_id": w.training_session,
            "holder_id_number": w.trainee,
            "issued_on": "2026-06-02",
            "valid_until": "2029-06-01",
        }
    ),
    "POST /api/v1/training-sessions/{session_id}/certificate-issues": lambda w: Request(
        json={"number_prefix": "MX-BULK-", "issued_on": "2026-06-02", "valid_until": "2029-06-01"}
    ),
    "POST /api/v1/training-certificates/{certificate_id}/revocations": lambda w: Request(
        json={"reason": "矩阵", "effective_on": "2026-07-01"}
    ),
    # fund planning
    "POST /api/v1/budgets": lambda w: Request(json=_budget(w.county, 2027)),
    "GET /api/v1/budgets": lambda w: Request(params={"county_code": w.county}),
    "PATCH /api/v1/budgets/{budget_id}": lambda w: Request(json={"assumptions": BUDGET_ASSUMPTIONS}),
    "POST /api/v1/budgets/{budget_id}/status-changes": lambda w: Request(json={"status": "submitted"}),
    "GET /api/v1/budget-execution": lambda w: Request(params={"county_code": w.county, "month": MONTH}),
    "POST /api/v1/finance-receipts": lambda w: Request(
        json={
            "county_code": w.county,
            "amount_fen": 100,
            "received_on": "2026-07-02",
            "reference": "MX-FR-NEW",
        }
    ),
    "GET /api/v1/finance-receipts": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/plan-tasks": lambda w: Request(json=_plan_task(w.county, "MX-TASK-NEW")),
    "GET /api/v1/plan-tasks": lambda w: Request(params={"county_code": w.county}),
    "PATCH /api/v1/plan-tasks/{task_id}": lambda w: Request(json={"due_on": "2026-12-30"}),
    "POST /api/v1/plan-tasks/{task_id}/status-changes": lambda w: Request(
        json={"status": "done", "evidence": [{"name": "矩阵", "reference": "MX-1"}]}
    ),
    "POST /api/v1/supervision-rounds": lambda w: Request(json=_round(w.county)),
    "POST /api/v1/final-accounts": lambda w: Request(json={"county_code": w.county, "year": 2025}),
    "POST /api/v1/benefit-rules/{version}/dry-runs": lambda w: Request(
        json={"month": MONTH, "county_code": w.county}
    ),
    "POST /api/v1/projections": lambda w: Request(json=_projection()),
    "GET /api/v1/projections/compare": lambda w: Request(params={"a": w.projection, "b": w.projection}),
    "GET /api/v1/final-accounts": lambda w: Request(params={"county_code": w.county}),
    "POST /api/v1/final-accounts/{accounts_id}/approvals": lambda w: Request(
        json={"approval_reference": "MX-FA"}
    ),
    "GET /api/v1/reports/quarterly": lambda w: Request(params={"year": "2026", "quarter": "3"}),
    "POST /api/v1/bulletin-targets": lambda w: Request(
        json={
            "code": "city_insured",
            "value": 2_000_000,
            "due_on": "2022-12-31",
            "confirmed": True,
            "rule_source": "矩阵",
            "reason": "矩阵",
        }
    ),
    "POST /api/v1/evaluation-schemes": lambda w: Request(json=_scheme("mx-scheme-new")),
    "PUT /api/v1/evaluation-schemes/{scheme_id}": lambda w: Request(
        json={k: v for k, v in _scheme("x").items() if k in ("indicators", "grades", "objection_window")}
    ),
    "POST /api/v1/evaluations": lambda w: Request(
        json={
            "scheme_id": w.scheme,
            "subject_kind": "contractor",
            "contract_id": w.contract,
            "period_from": "2026-07-01",
            "period_to": "2026-12-31",
        }
    ),
    "POST /api/v1/evaluations:fetch-kpis": lambda w: Request(
        json={"scheme_id": w.scheme, "period_from": "2027-01-01", "period_to": "2027-12-31"}
    ),
    "POST /api/v1/evaluations/{evaluation_id}/assignments": lambda w: Request(
        json={"indicator_code": "third_party_review", "evaluator_client_id": "mx-evaluator"}
    ),
    "POST /api/v1/evaluations/{evaluation_id}/scores": lambda w: Request(
        json={"indicator_code": "third_party_review", "points_bp": 5000}
    ),
    "POST /api/v1/evaluations/{evaluation_id}/objections": lambda w: Request(json={"reason": "矩阵"}),
    "POST /api/v1/evaluations/{evaluation_id}/objection-decision": lambda w: Request(
        json={"upheld": False, "reason": "矩阵"}
    ),
    "POST /api/v1/survey-imports": lambda w: Request(
        params={"evaluation_id": w.evaluation},
        content=_csv(SURVEY_HEADER, "MX-R1,satisfaction,90,2026-10-01,"),
        content_type="text/csv",
    ),
    # gateway
    "POST /api/v1/api-clients": lambda w: Request(json={"name": "mx-new-client", "role": "bureau"}),
    "POST /api/v1/api-clients/{client_id}/rotate": lambda w: Request(json={"grace_seconds": 0}),
    "GET /api/v1/audit-events": lambda w: Request(params={"limit": "5"}),
    "PUT /api/v1/staff/{staff_id}/password": lambda w: Request(json={"password": "Matrix-2026-new-pw"}),
}


def request_for(op: Operation, world: World) -> Request:
    build = REQUESTS.get(op.name)
    if build is not None:
        return build(world)
    return Request() if op.method in ("GET", "DELETE") else Request(json={})


# ---------------------------------------------------------------------------------------------- callers

CallerKind = Literal["key", "no_key", "revoked_key", "unsigned_direct"]


@dataclass(frozen=True)
class Caller:
    name: str
    kind: CallerKind
    key: str | None = None
    principal: Principal | None = None

    def sees_world(self) -> bool:
        """Whether county A's and institution X's objects are in this caller's scope."""
        assert self.principal is not None
        if self.principal.role is Role.CONTRACTOR:
            return COUNTY_A in self.principal.county_codes
        if self.principal.role is Role.INSTITUTION:
            return self.principal.institution_id == INSTITUTION_X
        return True


# The world's evaluation is county A's contractor's, unpublished and assigned to no evaluator: an
# institution, an agency or an evaluator (who see published evaluations, their own, those assigned to them)
# meet it as unknown; the bureau, admin, audit and county A's contractor see it.
UNPUBLISHED_EVALUATION = frozenset(
    {"oversight.evaluations.read", "oversight.evaluations.score", "oversight.evaluations.object"}
)
SEES_DRAFTS = frozenset({Role.ADMIN, Role.BUREAU, Role.AUDIT, Role.CONTRACTOR})

FORGED = Principal(client_id="forged", name="forged", role=Role.BUREAU)
UNAUTHENTICATED_CODES: dict[CallerKind, str] = {
    "no_key": "UNAUTHENTICATED",
    "revoked_key": "API_KEY_INVALID",
    "unsigned_direct": "SIGNATURE_MISSING",
}


# ------------------------------------------------------------------------------------------------ rules


@dataclass(frozen=True)
class Expect:
    kind: Literal["unauthenticated", "role", "as_unknown", "county", "allowed", "open"]
    code: str | None = None
    must_404: bool = False

    def __str__(self) -> str:
        return {
            "unauthenticated": f"401 {self.code}",
            "role": "403 ROLE_NOT_ALLOWED",
            "as_unknown": "the answer to unknown objects" + (" (404)" if self.must_404 else ""),
            "county": "403 COUNTY_OUT_OF_SCOPE",
            "allowed": "let in (2xx, 409, 422)",
            "open": "answered without a key (2xx)",
        }[self.kind]


def expect(op: Operation, caller: Caller, names_objects: bool, counties: Iterable[str]) -> Expect:
    if op.probe:
        return Expect("open")
    if caller.kind != "key":
        code = UNAUTHENTICATED_CODES[caller.kind]
        if caller.kind == "unsigned_direct" and service_for(op.path) is None:
            code = UNAUTHENTICATED_CODES["no_key"]  # the gateway owns it: no key is no key
        return Expect("unauthenticated", code)
    assert caller.principal is not None
    if caller.principal.role.value not in op.roles:
        return Expect("role")
    if names_objects and not caller.sees_world():
        return Expect("as_unknown", must_404=op.scoped_path)
    if names_objects and op.capability in UNPUBLISHED_EVALUATION and caller.principal.role not in SEES_DRAFTS:
        return Expect("as_unknown", must_404=op.scoped_path)
    if any(not caller.principal.sees_county(c) for c in counties):
        return Expect("county")
    return Expect("allowed")


PER_CALL = frozenset({"instance", "request_id"})


def comparable(response: httpx.Response, world: World) -> tuple[int, Any]:
    """The answer without what differs per call, the world's objects replaced by their kind's name."""
    names = {str(v): f"<{k}>" for k, v in world.scoped().items()}
    pattern = re.compile(
        "|".join(rf"(?<![\w-]){re.escape(v)}(?![\w-])" for v in sorted(names, key=len)[::-1])
    )

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(lambda m: names[m.group(0)], value)
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and str(value) in names:
            return names[str(value)]
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items() if k not in PER_CALL}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    try:
        body = response.json()
    except ValueError:
        body = response.text
    return response.status_code, scrub(body)


def _code(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return str(body.get("code")) if isinstance(body, dict) and "code" in body else None


def judge(
    op: Operation,
    expected: Expect,
    got: httpx.Response,
    world: World,
    unknown: httpx.Response | None = None,
    unknown_world: World | None = None,
) -> str | None:
    """What is wrong with the answer, or None."""
    status, code = got.status_code, _code(got)
    if status >= 500:
        return "a server error"
    if status >= 400 and not got.headers.get("content-type", "").startswith("application/problem+json"):
        return "an error that is not problem+json"
    if expected.kind == "open":
        return None if status < 300 else "refused"
    if expected.kind == "unauthenticated":
        return None if (status, code) == (401, expected.code) else "not refused as unauthenticated"
    if expected.kind == "role":
        if (status, code) != (403, "ROLE_NOT_ALLOWED"):
            return "the role was not refused"
        return None if got.json().get("capability") == op.capability else "refused naming another capability"
    if expected.kind == "county":
        return None if (status, code) == (403, "COUNTY_OUT_OF_SCOPE") else "the county was not refused"
    if expected.kind == "as_unknown":
        assert unknown is not None
        assert unknown_world is not None
        if expected.must_404 and status != 404:
            return "out of scope is not a 404"
        theirs, nobodys = comparable(got, world), comparable(unknown, unknown_world)
        if theirs != nobodys:
            return f"out of scope differs from unknown ({unknown.status_code} {unknown.text[:160]})"
        return None
    if status in (401, 403, 404) or not (200 <= status < 300 or status in (409, 422)):
        return "not let in"
    return None


# ------------------------------------------------------------------------------------------------ runner


class Matrix:
    """Sends every cell's request and collects every wrong answer. Each call runs inside a savepoint of the
    test's transaction that is rolled back after it: every caller meets the same world, whatever an earlier
    call created, revoked or approved."""

    def __init__(
        self,
        gateway: httpx.AsyncClient,
        apps: Mapping[str, FastAPI],
        connection: AsyncConnection,
        world: World,
    ) -> None:
        self.gateway = gateway
        self.direct = {
            name: httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://{name}.test")
            for name, app in apps.items()
        }
        self.connection = connection
        self.world = world
        self.unknown = world.unknown()
        self.calls = 0

    async def close(self) -> None:
        for client in self.direct.values():
            await client.aclose()

    async def send(self, op: Operation, caller: Caller, world: World) -> httpx.Response:
        request = request_for(op, world)
        headers: dict[str, str] = {}
        client = self.gateway
        if caller.kind == "unsigned_direct":
            client = self.direct.get(service_for(op.path) or "gateway", self.gateway)
            headers[PRINCIPAL_HEADER] = encode_principal(FORGED)
        elif caller.key is not None:
            headers.update(bearer(caller.key))
        if request.content_type:
            headers["Content-Type"] = request.content_type
        savepoint = await self.connection.begin_nested()
        try:
            self.calls += 1
            return await client.request(
                op.method,
                op.url(world),
                params=dict(request.params),
                json=request.json if request.content is None and request.json is not None else None,
                content=request.content,
                headers=headers,
            )
        finally:
            await savepoint.rollback()

    async def run(self, operations: list[Operation], callers: list[Caller]) -> list[str]:
        wrong: list[str] = []
        for op in operations:
            request, nobodys = request_for(op, self.world), request_for(op, self.unknown)
            if request.rendered() != request_for(op, self.world).rendered():
                wrong.append(
                    f"{op.name}: its request differs from call to call; REQUESTS must be deterministic"
                )
                continue
            names_objects = op.scoped_path or (not request.rows and request.rendered() != nobodys.rendered())
            counties = set() if request.rows else request.counties()
            for caller in callers:
                expected = expect(op, caller, names_objects, counties)
                got = await self.send(op, caller, self.world)
                unknown = await self.send(op, caller, self.unknown) if expected.kind == "as_unknown" else None
                problem = judge(op, expected, got, self.world, unknown, self.unknown)
                if problem is not None:
                    wrong.append(
                        f"{caller.name:<15} {op.name}: {problem}; expected {expected}, got "
                        f"{got.status_code} {got.text[:200]}"
                    )
        return wrong


# ------------------------------------------------------------------------------------------------- world


class WorldBuilder:
    """County A (contractor A, institution X) and county B (contractor B, institution Y), each with one of
    every object kind, made through the public API as their owners would make them."""

    def __init__(self, gateway: httpx.AsyncClient, keys: Mapping[str, str], assessment_app: FastAPI) -> None:
        self.gateway = gateway
        self.keys = keys
        self.assessment_app = assessment_app

    async def call(self, key: str, method: str, path: str, *, expect: int = 201, **kwargs: Any) -> Any:
        response = await self.gateway.request(
            method, path, headers={**bearer(key), **kwargs.pop("headers", {})}, **kwargs
        )
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def before_feeds(self, county: str, contractor: str, institution: str) -> dict[str, Any]:
        """What enrollment and assessment hold: person, employer, bill, payment, imports, experts, a
        conclusion in force naming the institution; the institution and its caregiver."""
        made: dict[str, Any] = {}
        made["employer"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/employers",
                json={"credit_code": credit_code(), "name": "矩阵用人单位", "county_code": county},
            )
        )["credit_code"]
        made["id_number"] = unique_id_number(address=county)
        made["person"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/persons",
                json={
                    "id_number": made["id_number"],
                    "name": "张三",
                    "category": "retiree",
                    "county_code": county,
                    "enrolled_on": "2022-07-01",
                },
            )
        )["id"]
        made["enrollment_import"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/enrollment-imports",
                content=_csv(
                    "id_number,name,category,county_code,employer_credit_code,enrolled_on",
                    f"{unique_id_number(address=county)},李四,retiree,{county},,2022-07-02",
                ),
                headers={"Content-Type": "text/csv"},
            )
        )["id"]
        await self.call(
            contractor,
            "POST",
            "/api/v1/contribution-bills:generate",
            json={"year": 2022, "county_code": county},
            expect=200,
        )
        bills = await self.call(
            contractor, "GET", "/api/v1/contribution-bills", params={"person_id": made["person"]}, expect=200
        )
        made["bill"] = bills["items"][0]["id"]
        await self.call(
            contractor,
            "POST",
            "/api/v1/payments",
            json={
                "bill_id": made["bill"],
                "payer": "individual",
                "channel": "annual_self_payment",
                "amount_fen": 1_000,
                "paid_on": "2022-03-01",
                "external_ref": f"MX-PAY-{county}",
            },
        )
        made["payment_import"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/payment-imports",
                content=_csv(
                    "bill_id,id_number,year,payer,channel,amount_fen,paid_on,external_ref,payer_id_number",
                    f"{made['bill']},,,individual,annual_self_payment,1000,2022-03-02,MX-FILE-{county},",
                ),
                headers={"Content-Type": "text/csv"},
            )
        )["id"]

        api = Api(self.gateway, contractor)
        experts = [await api.expert(county) for _ in range(3)]
        made["expert"] = experts[0]["id"]
        applied = await self.call(
            contractor,
            "POST",
            "/api/v1/assessment-applications",
            json={
                "person_id": made["person"],
                "self_assessment": ELIGIBLE_SELF,
                "disabled_since": "2025-06-01",
                "materials_complete": True,
                "care_institution_id": institution,
            },
        )
        made["application"] = applied["id"]
        await put_in_force(api, self.assessment_app, applied["id"], severe_items())
        shown = await self.call(
            contractor, "GET", f"/api/v1/assessment-applications/{applied['id']}", expect=200
        )
        made["draw"] = shown["draws"][0]["id"]

        made["institution"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/institutions",
                json={
                    "id": institution,
                    "name": f"{institution} 居家护理站",
                    "county_code": county,
                    "kind": "home_care",
                    "care_modes": ["home_visit"],
                    "agreement_from": "2026-01-01",
                    "agreement_to": "2027-12-31",
                },
            )
        )["id"]
        own = self.keys[institution]
        made["caregiver"] = await self.call(
            own,
            "POST",
            f"/api/v1/institutions/{institution}/caregivers",
            json={
                "code": "CG-1",
                "real_name": "李娜",
                "qualification": "执业护士",
                "qualified_from": "2025-01-01",
                "qualified_until": "2028-01-01",
                "category": "licensed_nurse",
                "licence_number": f"NURSE-{institution}",
                "id_number": unique_id_number(),
            },
        )
        made["caregiver"] = made["caregiver"]["id"]
        await self.call(
            own,
            "PUT",
            f"/api/v1/institutions/{institution}/clients/{made['person']}/home",
            json={"person_id": made["person"], "latitude": 28.0, "longitude": 120.65},
            expect=200,
        )
        made["staff"] = (  # a console account of the county's contractor, made by its own administrator
            await self.call(
                contractor,
                "POST",
                "/api/v1/staff",
                json={
                    "username": f"mx.reviewer.{county}",
                    "display_name": "矩阵审核员",
                    "role": "contractor",
                    "county_codes": [county],
                    "password": "Matrix-2026-review",
                },
            )
        )["id"]
        return made

    async def after_feeds(
        self, county: str, contractor: str, institution: str, made: dict[str, Any]
    ) -> dict[str, Any]:
        """What settlement holds once the feeds brought person and level: records (one cut: a caregiver the
        institution never registered), the month's run, a dispute of the cut, a clearing; a spot check."""
        own = self.keys[institution]
        job = await self.call(
            own,
            "POST",
            "/api/v1/service-records",
            json={
                "records": [
                    _record(made["person"], f"MX-{county}-1", day="2026-06-10"),
                    _record(made["person"], f"MX-{county}-2", caregiver="CG-UNKNOWN", day="2026-06-11"),
                ]
            },
        )
        assert job["rows_accepted"] == 2, job
        made["record_import"] = job["id"]
        records = await self.call(
            contractor, "GET", "/api/v1/service-records", params={"institution_id": institution}, expect=200
        )
        by_id = {r["record_id"]: r["id"] for r in records["items"]}
        made["record"] = by_id[f"MX-{county}-2"]
        run = await self.call(
            contractor, "POST", "/api/v1/settlement-runs", json={"county_code": county, "month": MONTH}
        )
        assert [s["institution_id"] for s in run["statements"]] == [institution], run
        made["run"] = run["id"]
        made["dispute"] = (
            await self.call(
                own,
                "POST",
                f"/api/v1/service-records/{made['record']}/disputes",
                json={"reason": "护理员已持证"},
            )
        )["id"]
        made["clearing"] = (
            await self.call(
                contractor, "POST", "/api/v1/annual-clearings", json={"county_code": county, "year": 2025}
            )
        )["id"]
        made["spot_check"] = (
            await self.call(contractor, "POST", "/api/v1/spot-checks", json={"sample_size": 1})
        )["id"]
        bureau = self.keys["bureau"]
        made["contractor"] = (
            await self.call(
                bureau,
                "POST",
                "/api/v1/contractors",
                json={"credit_code": credit_code(), "name": f"{county} 经办机构", "team_size": 5},
            )
        )["id"]
        made["contract"] = (
            await self.call(bureau, "POST", "/api/v1/contracts", json=_contract(made["contractor"], county))
        )["id"]
        await self.call(
            bureau,
            "POST",
            f"/api/v1/contracts/{made['contract']}/status-changes",
            json={"status": "in_force"},
        )
        made["budget"] = (await self.call(bureau, "POST", "/api/v1/budgets", json=_budget(county, 2026)))[
            "id"
        ]
        await self.call(  # a receivable from the county finance, migrated, for it to pay
            bureau,
            "POST",
            "/api/v1/opening-balance-imports",
            content=_csv(BALANCES_HEADER, f"{county},finance_receivable,5000,2022-06-24,MX-FR-{county}"),
            headers={"Content-Type": "text/csv"},
        )
        made["finance_receipt"] = (
            await self.call(
                bureau,
                "POST",
                "/api/v1/finance-receipts",
                json={
                    "county_code": county,
                    "amount_fen": 1000,
                    "received_on": "2026-07-01",
                    "reference": f"MX-FR-{county}",
                },
            )
        )["id"]
        await self.call(bureau, "POST", f"/api/v1/annual-clearings/{made['clearing']}/approve", expect=200)
        made["plan_task"] = (
            await self.call(
                bureau, "POST", "/api/v1/plan-tasks", json=_plan_task(county, f"MX-TASK-{county}")
            )
        )["id"]
        made["supervision_round"] = (
            await self.call(bureau, "POST", "/api/v1/supervision-rounds", json=_round(county))
        )["id"]
        made["final_accounts"] = (
            await self.call(
                bureau, "POST", "/api/v1/final-accounts", json={"county_code": county, "year": 2025}
            )
        )["id"]
        scheme = await self.call(bureau, "POST", "/api/v1/evaluation-schemes", json=_scheme(f"mx-{county}"))
        await self.call(bureau, "POST", f"/api/v1/evaluation-schemes/{scheme['id']}:approve", expect=200)
        made["scheme"] = scheme["id"]
        made["evaluation"] = (
            await self.call(
                bureau,
                "POST",
                "/api/v1/evaluations",
                json={
                    "scheme_id": scheme["id"],
                    "subject_kind": "contractor",
                    "contract_id": made["contract"],
                    "period_from": "2026-07-01",
                    "period_to": "2026-12-31",
                },
            )
        )["id"]
        made["survey_import"] = (
            await self.call(
                bureau,
                "POST",
                "/api/v1/survey-imports",
                params={"evaluation_id": made["evaluation"]},
                content=_csv(SURVEY_HEADER, "MX-R0,satisfaction,80,2026-09-01,"),
                headers={"Content-Type": "text/csv"},
            )
        )["id"]
        return made

    async def supervision(
        self, county: str, contractor: str, institution: str, made: dict[str, Any]
    ) -> dict[str, Any]:
        """Oversight's supervision of the institution (once oversight heard of it from settlement's feed):
        an inspection plan and a visit with a pending rectification, a complaint, a case decided with a
        sanction in force."""
        plan = await self.call(
            contractor,
            "POST",
            "/api/v1/inspection-plans",
            json={
                "name": f"{county} 巡查",
                "period_from": "2026-07-01",
                "period_to": "2026-09-30",
                "county_codes": [county],
                "institution_ids": [institution],
            },
        )
        made["inspection_plan"] = plan["id"]
        made["inspection"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/inspections",
                json={
                    "institution_id": institution,
                    "plan_id": plan["id"],
                    "visited_on": "2026-07-15",
                    "inspectors": ["检查员"],
                    "findings": [{"kind": "records", "severity": "serious", "description": "记录不符"}],
                },
            )
        )["id"]
        made["complaint"] = (
            await self.call(
                contractor,
                "POST",
                "/api/v1/complaints",
                json={
                    "channel": "hotline_12345",
                    "received_on": "2026-07-01",
                    "complainant_name": "投诉人",
                    "county_code": county,
                    "institution_id": institution,
                    "summary": "未按时上门",
                },
            )
        )["id"]
        case = await self.call(
            contractor,
            "POST",
            "/api/v1/cases",
            json={"institution_id": institution, "source": "data_rule", "data_rule": "矩阵", "summary": "案"},
        )
        made["case"] = case["id"]
        made["case_file"] = (
            await self.call(
                self.keys[institution],
                "POST",
                f"/api/v1/cases/{case['id']}/statement-files",
                content=b"%PDF-1.7\n%matrix statement\n",
                headers={"Content-Type": "application/pdf"},
            )
        )["id"]
        made["visit_file"] = (
            await self.call(
                contractor,
                "POST",
                f"/api/v1/inspections/{made['inspection']}/files",
                params={"purpose": "finding"},
                content=b"\x89PNG\r\n\x1a\nmatrix finding",
                headers={"Content-Type": "image/png"},
            )
        )["id"]
        decided = await self.call(
            self.keys["bureau"],
            "POST",
            f"/api/v1/cases/{case['id']}/decision",
            json={
                "outcome": "violation",
                "reason": "查实",
                "sanctions": [{"kind": "rectification", "ends_on": "2026-12-31", "reason": "限期整改"}],
                "recoveries": [{"amount_fen": 10_000_000, "paid_in_year": 2026, "reason": "虚构上门服务"}],
            },
        )
        made["sanction"] = decided["sanctions"][0]["id"]
        made["recovery"] = decided["recoveries"][0]["id"]  # booked by settlement from oversight's order
        return made


async def build_world(
    builder: WorldBuilder,
    contractors: Mapping[str, str],
    feeds: Any,
    enrollment_reader: Any,
    oversight_reader: Any,
) -> World:
    """Both sides, then the reference and platform objects; the A side's objects are the world returned."""
    sides = {COUNTY_A: INSTITUTION_X, COUNTY_B: INSTITUTION_Y}
    made = {
        county: await builder.before_feeds(county, contractors[county], institution)
        for county, institution in sides.items()
    }
    await feeds.apply()
    await drain(enrollment_reader)
    for county, institution in sides.items():
        await builder.after_feeds(county, contractors[county], institution, made[county])
    await drain(oversight_reader)  # oversight hears of the institutions from settlement's feed
    for county, institution in sides.items():
        await builder.supervision(county, contractors[county], institution, made[county])
    await feeds.apply()  # settlement books the money the cases ordered recovered
    keys = builder.keys
    draft = await builder.call(keys["bureau"], "POST", "/api/v1/rule-sets", json=_draft("MX-DRAFT-1"))
    spare = await builder.call(
        keys["admin"], "POST", "/api/v1/api-clients", json={"name": "mx-spare", "role": "bureau"}
    )
    level_import = await builder.call(
        keys["bureau"],
        "POST",
        "/api/v1/level-imports",
        content=_csv(LEVELS_HEADER, f"{uuid.UUID(int=8)},3,2026-01-01,2027-12-31,NHSA-2021-37,,MX-LEVEL-W"),
        headers={"Content-Type": "text/csv"},
    )
    opening_balance_import = await builder.call(
        keys["bureau"],
        "POST",
        "/api/v1/opening-balance-imports",
        content=_csv(BALANCES_HEADER, "999999,cash,100,2022-06-24,MX-OB-W"),
        headers={"Content-Type": "text/csv"},
    )
    catalogue = await builder.call(
        keys["bureau"],
        "POST",
        "/api/v1/service-item-catalogues",
        json={
            "version": "MX-ITEMS",
            "effective_from": "2031-01-01",
            "source": "matrix",
            "items": [{"code": MX_ITEM, **_service_item()}],
        },
    )
    hr = keys["bureau"]
    course = await builder.call(
        hr,
        "POST",
        "/api/v1/training-courses",
        json={"code": "MX-COURSE", "name": "护理员规范化培训", "hours": 80, "provider": "矩阵培训学校"},
    )
    exam = await builder.call(
        hr,
        "POST",
        "/api/v1/training-sessions",
        json={"course_code": course["code"], "held_on": "2026-05-20", "place": "鹿城"},
    )
    trainee, second = unique_id_number(), unique_id_number()
    training_import = await builder.call(
        hr,
        "POST",
        "/api/v1/training-result-imports",
        params={"session_id": exam["id"]},
        content=_csv(TRAINING_RESULTS_HEADER, f"{trainee},李新,88,true", f"{second},赵新,90,true"),
        headers={"Content-Type": "text/csv"},
    )
    certificate = await builder.call(
        hr,
        "POST",
        "/api/v1/training-certificates",
        json={
            "number": "MX-CERT-1",
            "session_id": exam["id"],
            "holder_id_number": second,
            "issued_on": "2026-05-21",
            "valid_until": "2029-05-20",
        },
    )
    projection = await builder.call(
        keys["bureau"], "POST", "/api/v1/projections", json=_projection(), expect=202
    )
    return World(
        **made[COUNTY_A],
        projection=projection["id"],
        training_course=course["code"],
        training_session=exam["id"],
        training_import=training_import["id"],
        certificate=certificate["id"],
        trainee=trainee,
        item_catalogue=catalogue["version"],
        service_item=MX_ITEM,
        county=COUNTY_A,
        level_import=level_import["id"],
        opening_balance_import=opening_balance_import["id"],
        api_client=spare["client"]["id"],
        rule_set=draft["version"],
        benefit_rules="WZ-2022-reported",
        calendar_year=2026,
        policy_year=2022,
        oversight_rule="complaint.close_days",
        budget_year=2026,
    )
