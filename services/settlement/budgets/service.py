"""Fund budgets (预算) per county and year, versioned; the city's budget as the counties' sum; execution
(预算执行) against the ledger.

S003: "统一基金预决算管理，全市统一编制长期护理保险基金年度预决算". A county's budget is drawn up as a draft,
submitted, and approved with the finance department's approval reference; one version is in the works and one
in force (approved) per county and year. A version drawn up after one was approved is an adjustment
(预算调整) with its reason; approving it supersedes the version before. The city's budget is the sum of the
counties' approved versions.

Execution compares each line with its ledger account from 1 January to a month's end (the year-end closing
left out): income lines with the income accounts (``income_other`` with every income account no other line
names: forfeited deposits, recoveries), expense lines with the benefit expense per care mode. The year-end
projection is linear: actual ÷ months elapsed × 12.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.budgets import repository, schemas
from services.settlement.budgets.exceptions import (
    BudgetAdjustmentReason,
    BudgetApprovalReference,
    BudgetInTheWorks,
    BudgetNotDraft,
    BudgetNotFound,
    BudgetTransitionNotAllowed,
)
from services.settlement.models import Budget, BudgetLineCode, BudgetStatus
from services.settlement.reference.units import require_county, visible_counties
from services.settlement.runs.service import month_end
from shared.pagination import PageParams
from shared.principal import Principal

LINES = tuple(BudgetLineCode)
INCOME_LINES = tuple(c for c in LINES if c.startswith("income_"))
EXPENSE_LINES = tuple(c for c in LINES if c.startswith("expense_"))
OTHER = {"income": BudgetLineCode.INCOME_OTHER, "expense": BudgetLineCode.EXPENSE_OTHER}
# submitted → draft: returned for changes
TRANSITIONS = {
    BudgetStatus.DRAFT: {BudgetStatus.SUBMITTED},
    BudgetStatus.SUBMITTED: {BudgetStatus.APPROVED, BudgetStatus.DRAFT},
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _full(lines: dict[str, int]) -> list[schemas.BudgetLine]:
    return [schemas.BudgetLine(line=code, amount_fen=lines.get(code, 0)) for code in LINES]


def _totals(lines: dict[str, int]) -> tuple[int, int]:
    return sum(lines.get(c, 0) for c in INCOME_LINES), sum(lines.get(c, 0) for c in EXPENSE_LINES)


async def describe(session: AsyncSession, budgets: Sequence[Budget]) -> list[schemas.Budget]:
    lines = await repository.lines_of(session, [b.id for b in budgets])
    out = []
    for b in budgets:
        income, expense = _totals(lines[b.id])
        out.append(
            schemas.Budget(
                id=b.id,
                county_code=b.county_code,
                year=b.year,
                version=b.version,
                status=BudgetStatus(b.status),
                adjustment_reason=b.adjustment_reason,
                lines=_full(lines[b.id]),
                income_fen=income,
                expense_fen=expense,
                result_fen=income - expense,
                assumptions=b.assumptions,
                finance_approval_reference=b.finance_approval_reference,
                status_history=b.status_history,
                created_by=b.created_by,
                created_at=b.created_at,
                approved_at=b.approved_at,
            )
        )
    return out


def _step(status: str, principal: Principal, reason: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"status": status, "at": _now().isoformat(), "by": principal.client_id, "reason": reason, **extra}


async def create(session: AsyncSession, principal: Principal, data: schemas.BudgetCreate) -> schemas.Budget:
    await require_county(session, principal, data.county_code, "body.county_code")
    await repository.lock_county_year(session, data.county_code, data.year)
    versions = await repository.versions(session, data.county_code, data.year)
    open_ = next((v for v in versions if v.status in (BudgetStatus.DRAFT, BudgetStatus.SUBMITTED)), None)
    if open_ is not None:
        raise BudgetInTheWorks(
            f"version {open_.version} of {data.county_code}'s {data.year} budget is {open_.status}: "
            "change that one",
            budget_id=str(open_.id),
        )
    adjusting = any(v.status in (BudgetStatus.APPROVED, BudgetStatus.SUPERSEDED) for v in versions)
    if adjusting and data.adjustment_reason is None:
        raise BudgetAdjustmentReason(
            f"{data.county_code}'s {data.year} budget is approved: a new version is an adjustment (预算调整) "
            "and needs `adjustment_reason`"
        )
    budget = Budget(
        id=uuid.uuid4(),
        county_code=data.county_code,
        year=data.year,
        version=max((v.version for v in versions), default=0) + 1,
        status=BudgetStatus.DRAFT,
        adjustment_reason=data.adjustment_reason if adjusting else None,
        assumptions=data.assumptions.model_dump(mode="json"),
        status_history=[_step(BudgetStatus.DRAFT, principal, data.adjustment_reason)],
        created_by=principal.client_id,
    )
    session.add(budget)
    await session.flush()
    await repository.replace_lines(session, budget.id, {x.line: x.amount_fen for x in data.lines})
    [out] = await describe(session, [budget])
    return out


async def _visible(
    session: AsyncSession, principal: Principal, budget_id: uuid.UUID, *, lock: bool = False
) -> Budget:
    budget = await repository.get(session, budget_id, lock=lock)
    counties = principal.county_filter()
    if budget is None or (counties is not None and budget.county_code not in counties):
        raise BudgetNotFound(f"no budget {budget_id}")
    return budget


async def get(session: AsyncSession, principal: Principal, budget_id: uuid.UUID) -> schemas.Budget:
    [out] = await describe(session, [await _visible(session, principal, budget_id)])
    return out


async def update(
    session: AsyncSession, principal: Principal, budget_id: uuid.UUID, data: schemas.BudgetUpdate
) -> schemas.Budget:
    budget = await _visible(session, principal, budget_id, lock=True)
    if budget.status != BudgetStatus.DRAFT:
        raise BudgetNotDraft(f"budget {budget_id} is {budget.status}; only a draft changes")
    if data.lines is not None:
        await repository.replace_lines(session, budget.id, {x.line: x.amount_fen for x in data.lines})
    if data.assumptions is not None:
        budget.assumptions = data.assumptions.model_dump(mode="json")
    if data.adjustment_reason is not None and budget.version > 1:
        budget.adjustment_reason = data.adjustment_reason
    await session.flush()
    [out] = await describe(session, [budget])
    return out


async def change_status(
    session: AsyncSession, principal: Principal, budget_id: uuid.UUID, data: schemas.BudgetStatusChange
) -> schemas.Budget:
    found = await _visible(session, principal, budget_id)
    await repository.lock_county_year(session, found.county_code, found.year)
    budget = await _visible(session, principal, budget_id, lock=True)
    target = BudgetStatus(data.status)
    if target not in TRANSITIONS.get(BudgetStatus(budget.status), set()):
        raise BudgetTransitionNotAllowed(f"budget {budget_id} is {budget.status}; it cannot become {target}")
    extra: dict[str, Any] = {}
    if target == BudgetStatus.APPROVED:
        if data.finance_approval_reference is None:
            raise BudgetApprovalReference("approving records finance's approval reference (财政批复文号)")
        for before in await repository.versions(session, budget.county_code, budget.year):
            if before.status == BudgetStatus.APPROVED:
                before.status = BudgetStatus.SUPERSEDED
                before.status_history = [
                    *before.status_history,
                    _step(BudgetStatus.SUPERSEDED, principal, f"superseded by version {budget.version}"),
                ]
        await session.flush()  # the partial unique index allows one approved version at a time
        budget.finance_approval_reference = data.finance_approval_reference
        budget.approved_at = _now()
        extra["finance_approval_reference"] = data.finance_approval_reference
    budget.status = target
    budget.status_history = [*budget.status_history, _step(target, principal, data.reason, **extra)]
    await session.flush()
    [out] = await describe(session, [budget])
    return out


async def list_budgets(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    *,
    county_code: str | None,
    year: int | None,
    status: BudgetStatus | None,
) -> tuple[list[schemas.Budget], str | None]:
    where: list[ColumnElement[bool]] = [principal.in_counties(Budget.county_code)]
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        where.append(Budget.county_code == county_code)
    if year is not None:
        where.append(Budget.year == year)
    if status is not None:
        where.append(Budget.status == status)
    rows, cursor = await repository.page(session, params, where)
    return await describe(session, rows), cursor


async def _approved_lines(
    session: AsyncSession, year: int, counties: Sequence[str]
) -> dict[str, tuple[Budget, dict[str, int]]]:
    approved = await repository.approved_of_year(session, year, counties)
    lines = await repository.lines_of(session, [b.id for b in approved])
    return {b.county_code: (b, lines[b.id]) for b in approved}


def _sum(many: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = defaultdict(int)
    for lines in many:
        for code, amount in lines.items():
            total[code] += amount
    return dict(total)


async def city_budget(session: AsyncSession, principal: Principal, year: int) -> schemas.CityBudget:
    counties = await visible_counties(session, principal)
    approved = await _approved_lines(session, year, counties)
    per_county = []
    for county in counties:
        budget, lines = approved.get(county, (None, {}))
        income, expense = _totals(lines)
        per_county.append(
            schemas.CountyBudget(
                county_code=county,
                budget_id=budget.id if budget else None,
                version=budget.version if budget else None,
                lines=_full(lines),
                income_fen=income,
                expense_fen=expense,
            )
        )
    total = _sum(lines for _, lines in approved.values())
    income, expense = _totals(total)
    return schemas.CityBudget(
        year=year,
        counties_approved=len(approved),
        counties_without_budget=[c for c in counties if c not in approved],
        lines=_full(total),
        income_fen=income,
        expense_fen=expense,
        result_fen=income - expense,
        counties=per_county,
    )


def line_of(account: str, kind: str) -> str:
    """The budget line an income or expense account's actuals count towards."""
    return account if account in LINES else OTHER[kind]


def _execution(
    county: str, version: int | None, budget: dict[str, int], actual: dict[str, int], months: int
) -> schemas.CountyExecution:
    lines = []
    for code in LINES:
        b, a = budget.get(code, 0), actual.get(code, 0)
        lines.append(
            schemas.ExecutionLine(
                line=code,
                budget_fen=b,
                actual_fen=a,
                execution_bp=(a * 10_000 // b) if b else None,
                projected_year_end_fen=a * 12 // months,
            )
        )
    return schemas.CountyExecution(
        county_code=county,
        budget_version=version,
        lines=lines,
        income_budget_fen=sum(budget.get(c, 0) for c in INCOME_LINES),
        income_actual_fen=sum(actual.get(c, 0) for c in INCOME_LINES),
        expense_budget_fen=sum(budget.get(c, 0) for c in EXPENSE_LINES),
        expense_actual_fen=sum(actual.get(c, 0) for c in EXPENSE_LINES),
    )


async def actual_lines(
    session: AsyncSession, counties: Sequence[str], year: int, until: dt.date
) -> dict[str, dict[str, int]]:
    """County → line → what the ledger shows from 1 January to ``until`` (income as a positive amount)."""
    actual: dict[str, dict[str, int]] = {c: defaultdict(int) for c in counties}
    for county, account, kind, debit in await repository.actuals(session, counties, year, until):
        amount = -int(debit) if kind == "income" else int(debit)  # income is a credit
        actual[county][line_of(account, kind)] += amount
    return actual


async def approved_lines(session: AsyncSession, budget_id: uuid.UUID) -> dict[str, int]:
    return (await repository.lines_of(session, [budget_id]))[budget_id]


async def execution(
    session: AsyncSession, principal: Principal, month: dt.date, county_code: str | None
) -> schemas.BudgetExecution:
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        counties = [county_code]
    else:
        counties = await visible_counties(session, principal)
    year = month.year
    until = month_end(month)
    approved = await _approved_lines(session, year, counties)
    actual = await actual_lines(session, counties, year, until)
    rows = []
    for county in counties:
        budget, lines = approved.get(county, (None, {}))
        rows.append(
            _execution(county, budget.version if budget else None, lines, actual[county], month.month)
        )
    city = _execution(
        "city",
        None,
        _sum(lines for _, lines in approved.values()),
        _sum(actual.values()),
        month.month,
    )
    return schemas.BudgetExecution(
        year=year, month=month, months_elapsed=month.month, counties=rows, city=city
    )


def execution_csv(report: schemas.BudgetExecution) -> str:
    out = ["county_code,budget_version,line,budget_fen,actual_fen,execution_bp,projected_year_end_fen"]
    for row in [*report.counties, report.city]:
        for x in row.lines:
            out.append(
                f"{row.county_code},{row.budget_version or ''},{x.line},{x.budget_fen},{x.actual_fen},"
                f"{'' if x.execution_bp is None else x.execution_bp},{x.projected_year_end_fen}"
            )
    return "\n".join(out) + "\n"
