"""Final accounts (决算) per county and year (S003: "全市统一编制长期护理保险基金年度预决算").

Drawn up once the year's annual clearing is approved (the year closed): each budget line of the budget
version approved for the year against what the ledger shows for the year (the transaction closing the year
left out), with the clearing's result and how a deficit was covered (accumulated surplus, county finance).
A draft is drawn up again as often as asked (the same figures: the year is closed); approval records the
approval reference and freezes it. The city's final accounts are the counties' sum.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.budgets import service as budgets
from services.settlement.final_accounts import repository, schemas
from services.settlement.final_accounts.exceptions import (
    FinalAccountsApproved,
    FinalAccountsNotFound,
    FinalAccountsYearNotCleared,
)
from services.settlement.models import FinalAccounts, FinalAccountsStatus
from services.settlement.reference.units import require_county, visible_counties
from shared.pagination import PageParams
from shared.principal import Principal

FIGURES = (
    "income_fen",
    "expense_fen",
    "result_fen",
    "covered_by_surplus_fen",
    "covered_by_finance_fen",
    "added_to_surplus_fen",
)


def _lines(stored: dict[str, dict[str, int]]) -> list[schemas.FinalLine]:
    out = []
    for code in budgets.LINES:
        x = stored.get(code, {})
        b, f = int(x.get("budget_fen", 0)), int(x.get("final_fen", 0))
        out.append(schemas.FinalLine(line=code, budget_fen=b, final_fen=f, variance_fen=f - b))
    return out


async def describe(session: AsyncSession, rows: Sequence[FinalAccounts]) -> list[schemas.FinalAccounts]:
    versions = await repository.budget_versions(session, [r.budget_id for r in rows if r.budget_id])
    return [
        schemas.FinalAccounts(
            id=r.id,
            county_code=r.county_code,
            year=r.year,
            status=FinalAccountsStatus(r.status),
            clearing_id=r.clearing_id,
            budget_id=r.budget_id,
            budget_version=versions.get(r.budget_id) if r.budget_id else None,
            lines=_lines(r.lines),
            **{k: getattr(r, k) for k in FIGURES},
            approval_reference=r.approval_reference,
            created_by=r.created_by,
            created_at=r.created_at,
            approved_by=r.approved_by,
            approved_at=r.approved_at,
        )
        for r in rows
    ]


async def draw_up(
    session: AsyncSession, principal: Principal, data: schemas.FinalAccountsCreate
) -> tuple[schemas.FinalAccounts, bool]:
    """The county's final accounts of the year, and whether they were drawn up before (redrawn)."""
    await require_county(session, principal, data.county_code, "body.county_code")
    clearing = await repository.approved_clearing(session, data.county_code, data.year)
    if clearing is None:
        raise FinalAccountsYearNotCleared(
            f"{data.county_code}'s {data.year} is not cleared: approve its annual clearing first"
        )
    existing = await repository.of_year(session, data.county_code, data.year, lock=True)
    if existing is not None and existing.status == FinalAccountsStatus.APPROVED:
        raise FinalAccountsApproved(f"{data.county_code}'s {data.year} final accounts are approved")
    budget = await repository.budget_in_force(session, data.county_code, data.year)
    budgeted = await budgets.approved_lines(session, budget.id) if budget else {}
    actual = (await budgets.actual_lines(session, [data.county_code], data.year, dt.date(data.year, 12, 31)))[
        data.county_code
    ]
    lines = {
        code.value: {"budget_fen": budgeted.get(code, 0), "final_fen": actual.get(code, 0)}
        for code in budgets.LINES
    }
    figures = {
        "income_fen": clearing.income_fen,
        "expense_fen": clearing.expenditure_fen,
        "result_fen": clearing.result_fen,
        "covered_by_surplus_fen": clearing.covered_by_surplus_fen,
        "covered_by_finance_fen": clearing.covered_by_finance_fen,
        "added_to_surplus_fen": clearing.added_to_surplus_fen,
    }
    if existing is None:
        existing = FinalAccounts(
            id=uuid.uuid4(),
            county_code=data.county_code,
            year=data.year,
            status=FinalAccountsStatus.DRAFT,
            clearing_id=clearing.id,
            budget_id=budget.id if budget else None,
            lines=lines,
            created_by=principal.client_id,
            **figures,
        )
        session.add(existing)
        redrawn = False
    else:
        existing.clearing_id = clearing.id
        existing.budget_id = budget.id if budget else None
        existing.lines = lines
        for key, value in figures.items():
            setattr(existing, key, value)
        redrawn = True
    await session.flush()
    [out] = await describe(session, [existing])
    return out, redrawn


async def _visible(
    session: AsyncSession, principal: Principal, accounts_id: uuid.UUID, *, lock: bool = False
) -> FinalAccounts:
    found = await repository.get(session, accounts_id, lock=lock)
    if found is None or not principal.sees_county(found.county_code):
        raise FinalAccountsNotFound(f"no final accounts {accounts_id}")
    return found


async def get(session: AsyncSession, principal: Principal, accounts_id: uuid.UUID) -> schemas.FinalAccounts:
    [out] = await describe(session, [await _visible(session, principal, accounts_id)])
    return out


async def approve(
    session: AsyncSession, principal: Principal, accounts_id: uuid.UUID, data: schemas.FinalAccountsApproval
) -> schemas.FinalAccounts:
    found = await _visible(session, principal, accounts_id, lock=True)
    if found.status == FinalAccountsStatus.APPROVED:
        raise FinalAccountsApproved(f"final accounts {accounts_id} are approved already")
    found.status = FinalAccountsStatus.APPROVED
    found.approval_reference = data.approval_reference
    found.approved_by = principal.client_id
    found.approved_at = dt.datetime.now(dt.UTC)
    await session.flush()
    [out] = await describe(session, [found])
    return out


async def list_accounts(
    session: AsyncSession, principal: Principal, params: PageParams, year: int | None, county_code: str | None
) -> tuple[list[schemas.FinalAccounts], str | None]:
    where: list[ColumnElement[bool]] = [principal.in_counties(FinalAccounts.county_code)]
    if year is not None:
        where.append(FinalAccounts.year == year)
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        where.append(FinalAccounts.county_code == county_code)
    rows, cursor = await repository.page(session, params, where)
    return await describe(session, rows), cursor


async def city(session: AsyncSession, principal: Principal, year: int) -> schemas.CityFinalAccounts:
    counties = await visible_counties(session, principal)
    rows = await repository.of_years(session, year, counties)
    lines: dict[str, dict[str, int]] = {c.value: {"budget_fen": 0, "final_fen": 0} for c in budgets.LINES}
    for r in rows:
        for code, x in r.lines.items():
            lines[code]["budget_fen"] += int(x.get("budget_fen", 0))
            lines[code]["final_fen"] += int(x.get("final_fen", 0))
    done = {r.county_code: r.status for r in rows}
    return schemas.CityFinalAccounts(
        year=year,
        counties_approved=sorted(c for c, s in done.items() if s == FinalAccountsStatus.APPROVED),
        counties_draft=sorted(c for c, s in done.items() if s == FinalAccountsStatus.DRAFT),
        counties_missing=[c for c in counties if c not in done],
        lines=_lines(lines),
        **{k: sum(getattr(r, k) for r in rows) for k in FIGURES},
    )
