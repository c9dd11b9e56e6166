"""The quarterly data bulletin (数据通报): S003 §三(三) "做好季度工作调度，加强数据通报", annex 1
item 11 "每季".

Per county and for the city, one quarter: insured against annex 2's 确保数 and 力争数 (and the
city's 200 万 by the end of 2022), the year's contributions due and collected, applications and the
on-time share of on-site assessments, levels 3–5 in force, experts in the pool — from enrollment's
and assessment's grouped KPI reports (``GET /internal/kpis?group_by=county``, one call each) — and,
from settlement's own books, the beneficiaries paid for, the quarter's spending by care mode with
the home-visit share ("鼓励护理机构开展上门护理服务"), the fund balance, budget execution to the
quarter's end, institutions contracted by kind against annex 1 item 6's milestones, and caregivers
trained. Counties are ranked by insured against their 确保数."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import KPI_PATH, AssessmentKpi, EnrollmentKpi, KpiGroupedReport
from services.settlement.budgets import service as budgets
from services.settlement.bulletins import repository, schemas
from services.settlement.bulletins.exceptions import BulletinSourceUnavailable, BulletinTargetUnknown
from services.settlement.ledger.service import EXPENSE_ACCOUNT
from services.settlement.models import CARE_MODES, INSTITUTION_KINDS, BulletinTarget
from services.settlement.reference.units import visible_counties
from services.settlement.views.service import ASSETS_AND_LIABILITIES
from shared.principal import Principal, service_principal

CITY = "city"
RANKED_BY = "insured_vs_assured_bp"
CITY_INSURED = "city_insured"
Figures = dict[str, tuple[int, int | None]]


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first, after - dt.timedelta(days=1)


def bp(numerator: int, denominator: int | None) -> int | None:
    if not denominator:
        return None
    return (numerator * 10_000 + denominator // 2) // denominator


def _target(row: BulletinTarget) -> schemas.BulletinTarget:
    return schemas.BulletinTarget.model_validate(row, from_attributes=True)


async def _grouped(
    clients: Mapping[str, httpx.AsyncClient], service: str, q0: dt.date, q1: dt.date
) -> dict[str, Figures]:
    """County → code → (numerator, denominator) of one service's grouped KPI report (all counties)."""
    client = clients.get(service)
    if client is None:
        raise BulletinSourceUnavailable(f"no client for {service}'s KPI report", service=service)
    params = {"period_from": q0.isoformat(), "period_to": q1.isoformat(), "group_by": "county"}
    try:
        response = await client.get(KPI_PATH, params=params)
    except httpx.HTTPError as exc:
        raise BulletinSourceUnavailable(f"{service} did not answer: {exc}", service=service) from exc
    if response.status_code != 200:
        raise BulletinSourceUnavailable(
            f"{service} answered its KPI report with {response.status_code}", service=service
        )
    try:
        report = KpiGroupedReport.model_validate(response.json())
    except (ValueError, ValidationError) as exc:
        raise BulletinSourceUnavailable(f"{service}'s KPI report is not one: {exc}", service=service) from exc
    return {
        r.county_codes[0]: {i.code: (i.numerator, i.denominator) for i in r.indicators}
        for r in report.reports
    }


def _county(
    county: str,
    enrollment: Figures,
    assessment: Figures,
    own: dict[str, Any],
    execution: tuple[int, int],
    milestones: list[schemas.Milestone],
) -> schemas.CountyBulletin:
    insured, assured = enrollment[EnrollmentKpi.INSURED_VS_TARGET_ASSURED]
    _, stretch = enrollment[EnrollmentKpi.INSURED_VS_TARGET_STRETCH]
    collected, due = enrollment[EnrollmentKpi.CONTRIBUTIONS_COLLECTED_YEAR_TO_DATE]
    on_time, visits = assessment[AssessmentKpi.ONSITE_VISITS_ON_TIME]
    accounts: dict[str, list[int]] = own["accounts"]
    by_mode = {mode: int(accounts.get(a, [0, 0])[1]) for mode, a in EXPENSE_ACCOUNT.items()}
    by_mode = {mode: fen for mode, fen in by_mode.items() if fen}
    spent = sum(by_mode.values())
    budget, actual = execution
    return schemas.CountyBulletin(
        county_code=county,
        rank=None,
        insured=insured,
        target_assured=assured or 0,
        target_stretch=stretch or 0,
        insured_vs_assured_bp=bp(insured, assured),
        insured_vs_stretch_bp=bp(insured, stretch),
        contributions_due_fen=due or 0,
        contributions_collected_fen=collected,
        contributions_collected_bp=bp(collected, due),
        applications=assessment[AssessmentKpi.APPLICATIONS_RECEIVED][0],
        assessments_due=visits or 0,
        assessments_on_time=on_time,
        assessments_on_time_bp=bp(on_time, visits),
        levels_in_force={
            "3": assessment[AssessmentKpi.LEVEL_3_IN_FORCE][0],
            "4": assessment[AssessmentKpi.LEVEL_4_IN_FORCE][0],
            "5": assessment[AssessmentKpi.LEVEL_5_IN_FORCE][0],
        },
        beneficiaries=int(own["beneficiaries"]),
        spending_by_mode_fen=by_mode,
        spending_fen=spent,
        home_visit_bp=bp(by_mode.get("home_visit", 0), spent),
        fund_balance_fen=sum(int(accounts.get(a, [0, 0])[0]) for a in ASSETS_AND_LIABILITIES),
        accumulated_surplus_fen=max(0, -int(accounts.get("accumulated_surplus", [0, 0])[0])),
        expense_budget_fen=budget,
        expense_actual_fen=actual,
        budget_execution_bp=bp(actual, budget),
        institutions_by_kind={k: int(n) for k, n in sorted(own["institutions"].items())},
        milestones=milestones,
        experts_in_pool=assessment[AssessmentKpi.EXPERTS_IN_POOL][0],
        caregivers_trained=int(own["caregivers_trained"]),
    )


def _city(rows: list[schemas.CountyBulletin], budget: int, actual: int) -> schemas.CountyBulletin:
    summed: dict[str, Any] = {}
    for field in ("insured", "target_assured", "target_stretch", "contributions_due_fen",
                  "contributions_collected_fen", "applications", "assessments_due", "assessments_on_time",
                  "beneficiaries", "spending_fen", "fund_balance_fen", "accumulated_surplus_fen",
                  "experts_in_pool", "caregivers_trained"):  # fmt: skip
        summed[field] = sum(getattr(r, field) for r in rows)
    keyed = ("levels_in_force", "spending_by_mode_fen", "institutions_by_kind")
    merged: dict[str, dict[str, int]] = {field: defaultdict(int) for field in keyed}
    for r in rows:
        for field in merged:
            for key, n in getattr(r, field).items():
                merged[field][key] += n
    return schemas.CountyBulletin(
        county_code=CITY,
        rank=None,
        **summed,
        **{field: dict(sorted(values.items())) for field, values in merged.items()},
        insured_vs_assured_bp=bp(summed["insured"], summed["target_assured"]),
        insured_vs_stretch_bp=bp(summed["insured"], summed["target_stretch"]),
        contributions_collected_bp=bp(summed["contributions_collected_fen"], summed["contributions_due_fen"]),
        assessments_on_time_bp=bp(summed["assessments_on_time"], summed["assessments_due"]),
        home_visit_bp=bp(merged["spending_by_mode_fen"].get("home_visit", 0), summed["spending_fen"]),
        expense_budget_fen=budget,
        expense_actual_fen=actual,
        budget_execution_bp=bp(actual, budget),
        milestones=[],
    )


def _ranked(rows: list[schemas.CountyBulletin]) -> list[schemas.CountyBulletin]:
    """By insured against the 确保数, furthest first; a county without a target last; ties by code."""
    ordered = sorted(
        rows,
        key=lambda r: (r.insured_vs_assured_bp is None, -(r.insured_vs_assured_bp or 0), r.county_code),
    )
    return [r.model_copy(update={"rank": n}) for n, r in enumerate(ordered, 1)]


async def bulletin(
    session: AsyncSession,
    principal: Principal,
    year: int,
    quarter: int,
    clients: Mapping[str, httpx.AsyncClient],
) -> schemas.Bulletin:
    """The bulletin of a quarter. Every county is computed and ranked; a contractor is answered its own
    counties' lines (with their rank among all) and the city's totals."""
    q0, q1 = quarter_bounds(year, quarter)
    counties = await visible_counties(session, service_principal("settlement"))
    enrollment = await _grouped(clients, "enrollment", q0, q1)
    assessment = await _grouped(clients, "assessment", q0, q1)
    own = await repository.figures(session, counties, q0, q1)
    execution = await budgets.execution(session, service_principal("settlement"), q1.replace(day=1), None)
    executed = {r.county_code: (r.expense_budget_fen, r.expense_actual_fen) for r in execution.counties}
    targets = await repository.latest(session)
    milestones: dict[str, list[schemas.Milestone]] = defaultdict(list)
    for target in targets.values():
        if not target.institution_kinds:
            continue
        contracted = await repository.contracted_on(
            session, counties, list(target.institution_kinds), target.due_on
        )
        for county in counties:
            n = contracted.get(county, 0)
            milestones[county].append(
                schemas.Milestone(
                    code=target.code,
                    due_on=target.due_on,
                    required=target.value,
                    contracted_by_due_date=n,
                    met=None if target.due_on > q1 else n >= target.value,
                )
            )
    rows = _ranked(
        [
            _county(county, enrollment[county], assessment[county], own[county], executed.get(county, (0, 0)),
                    milestones[county])
            for county in counties
        ]
    )  # fmt: skip
    city = _city(rows, execution.city.expense_budget_fen, execution.city.expense_actual_fen)
    city_target = targets.get(CITY_INSURED)
    scope = principal.county_filter()
    notes = [
        "insured, targets, contributions: enrollment; applications, on-time assessments, levels, experts: "
        "assessment (grouped KPI reports); the rest from settlement's ledger, runs and registers",
        "an expert serving several counties counts in each county's line and so in the city's sum",
    ]
    if scope is not None:
        notes.append(
            "a contractor's bulletin: its counties' lines with their rank among all, the city's totals"
        )
    return schemas.Bulletin(
        year=year,
        quarter=quarter,
        period_from=q0,
        period_to=q1,
        ranked_by=RANKED_BY,
        counties=[r for r in rows if scope is None or r.county_code in scope],
        city=city,
        city_insured=None
        if city_target is None
        else schemas.CityTarget(
            code=city_target.code,
            due_on=city_target.due_on,
            target=city_target.value,
            insured=city.insured,
            share_bp=bp(city.insured, city_target.value),
            met=None if city_target.due_on > q1 else city.insured >= city_target.value,
        ),
        targets=[_target(t) for t in targets.values()],
        notes=notes,
    )


def csv_text(report: schemas.Bulletin) -> str:
    """One line per county (by rank) and the city's, every figure a column."""
    scalar = [
        f
        for f in schemas.CountyBulletin.model_fields
        if f not in ("levels_in_force", "spending_by_mode_fen", "institutions_by_kind", "milestones")
    ]
    milestones = sorted({m.code for r in report.counties for m in r.milestones})
    header = [
        "year", "quarter", *scalar, *(f"level_{lv}_in_force" for lv in ("3", "4", "5")),
        *(f"spending_{mode}_fen" for mode in CARE_MODES), *(f"institutions_{k}" for k in INSTITUTION_KINDS),
        *(f"{code}_met" for code in milestones),
    ]  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for r in [*report.counties, report.city]:
        met = {m.code: m.met for m in r.milestones}
        writer.writerow(
            [
                report.year, report.quarter,
                *("" if getattr(r, f) is None else getattr(r, f) for f in scalar),
                *(r.levels_in_force.get(lv, 0) for lv in ("3", "4", "5")),
                *(r.spending_by_mode_fen.get(mode, 0) for mode in CARE_MODES),
                *(r.institutions_by_kind.get(k, 0) for k in INSTITUTION_KINDS),
                *("" if met.get(code) is None else str(met[code]).lower() for code in milestones),
            ]
        )  # fmt: skip
    return buffer.getvalue()


async def list_targets(session: AsyncSession) -> schemas.BulletinTargetList:
    return schemas.BulletinTargetList(items=[_target(t) for t in await repository.targets(session)])


async def new_target_version(
    session: AsyncSession, principal: Principal, data: schemas.BulletinTargetCreate
) -> schemas.BulletinTarget:
    """A new version of a known target (the previous ones stay, as every rule's do)."""
    before = await repository.lock_code(session, data.code)
    if before is None:
        raise BulletinTargetUnknown(f"no bulletin target {data.code}", code_asked=data.code)
    row = BulletinTarget(
        code=data.code,
        version=await repository.max_version(session, data.code) + 1,
        title=before.title,
        value=data.value,
        due_on=data.due_on,
        institution_kinds=before.institution_kinds
        if data.institution_kinds is None
        else list(dict.fromkeys(data.institution_kinds)),
        confirmed=data.confirmed,
        rule_source=data.rule_source,
        reason=data.reason,
        created_by=principal.client_id,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return _target(row)
