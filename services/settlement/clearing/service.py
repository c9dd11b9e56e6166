"""Annual clearing per county and year (按自然年度清算), proposed by the contractor, approved by the bureau.

result = income − expenditure of the year, from the ledger. A deficit is covered first by the county's
accumulated surplus and the rest by the county's finance (a receivable); a surplus is added to the
accumulated surplus. Quality deposits held at year end are released to their institutions (payable) or
forfeited to the fund (income of the year). On approval, two ledger transactions dated 31 December post
this (deposits, then closing the year's income and expense accounts), and the year is closed: the database
refuses any later posting dated in it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.clearing import repository, schemas
from services.settlement.clearing.exceptions import (
    ClearingNotFound,
    ClearingStale,
    ClearingUnsettledRecords,
    ClearingYearClosed,
    ClearingYearNotOver,
    ForfeitExceedsEvaluation,
    ForfeitTooLarge,
    ForfeitureCitationUnknown,
    ForfeitureUncited,
)
from services.settlement.ledger import repository as ledger_repository
from services.settlement.ledger import service as ledger
from services.settlement.models import ClearingStatus
from services.settlement.recoveries import repository as citations
from shared.principal import Principal

SHANGHAI = ZoneInfo("Asia/Shanghai")
CLOSING_ACCOUNTS = (*ledger.INCOME_ACCOUNTS, *ledger.EXPENSE_ACCOUNTS)


@dataclass(frozen=True)
class Figures:
    income_fen: int
    expenditure_fen: int
    result_fen: int
    surplus_before_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
    deposits_released_fen: int
    deposits_forfeited_fen: int
    held: dict[str, int]
    forfeited: dict[str, int]


def _client_ids(county_code: str, year: int) -> tuple[str, str]:
    return f"annual-clearing:deposits:{county_code}:{year}", f"annual-clearing:close:{county_code}:{year}"


async def figures(
    session: AsyncSession, county_code: str, year: int, forfeitures: list[schemas.Forfeiture]
) -> Figures:
    y0, y1 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    of_year = await ledger.balances(session, county_code, since=y0, until=y1)
    income = -sum(of_year.get(a, 0) for a in ledger.INCOME_ACCOUNTS)
    expenditure = sum(of_year.get(a, 0) for a in ledger.EXPENSE_ACCOUNTS)
    surplus_before = max(
        0, -(await ledger.balances(session, county_code, until=y1)).get("accumulated_surplus", 0)
    )
    held = await repository.deposits_held(session, county_code, y1)
    forfeited: dict[str, int] = {}
    for f in forfeitures:
        forfeited[f.institution_id] = forfeited.get(f.institution_id, 0) + f.amount_fen
    for institution_id, amount in forfeited.items():
        if amount > held.get(institution_id, 0):
            raise ForfeitTooLarge(
                f"{institution_id} has {held.get(institution_id, 0)} fen of deposits held, not {amount}"
            )
    forfeited_total = sum(forfeited.values())
    income += forfeited_total
    result = income - expenditure
    deficit = max(0, -result)
    by_surplus = min(deficit, surplus_before)
    return Figures(
        income_fen=income,
        expenditure_fen=expenditure,
        result_fen=result,
        surplus_before_fen=surplus_before,
        covered_by_surplus_fen=by_surplus,
        covered_by_finance_fen=deficit - by_surplus,
        added_to_surplus_fen=max(0, result),
        deposits_released_fen=sum(held.values()) - forfeited_total,
        deposits_forfeited_fen=forfeited_total,
        held=held,
        forfeited=forfeited,
    )


def _values(f: Figures) -> dict[str, int]:
    return {
        "income_fen": f.income_fen,
        "expenditure_fen": f.expenditure_fen,
        "result_fen": f.result_fen,
        "surplus_before_fen": f.surplus_before_fen,
        "covered_by_surplus_fen": f.covered_by_surplus_fen,
        "covered_by_finance_fen": f.covered_by_finance_fen,
        "added_to_surplus_fen": f.added_to_surplus_fen,
        "deposits_released_fen": f.deposits_released_fen,
        "deposits_forfeited_fen": f.deposits_forfeited_fen,
    }


async def propose(
    session: AsyncSession, principal: Principal, data: schemas.ClearingCreate, *, today: dt.date | None = None
) -> models.AnnualClearing:
    today = today or dt.datetime.now(SHANGHAI).date()
    if today <= dt.date(data.year, 12, 31):
        raise ClearingYearNotOver(f"{data.year} is not over yet")
    await repository.lock_clearing(session, data.county_code, data.year)
    existing = await repository.clearing_of_year_for_update(session, data.county_code, data.year)
    if existing is not None and existing.status == ClearingStatus.APPROVED:
        raise ClearingYearClosed(f"{data.year} of {data.county_code} is cleared and closed")
    unsettled = await repository.unsettled_records(session, data.county_code, data.year)
    if unsettled:
        raise ClearingUnsettledRecords(
            f"{unsettled} service records of {data.year} are not settled yet; settle their months first"
        )
    f = await figures(session, data.county_code, data.year, data.forfeitures)
    await check_citations(session, data.year, data.forfeitures, f.held)
    forfeitures = {"items": [x.model_dump(mode="json") for x in data.forfeitures], "held": f.held}
    if existing is None:
        existing = models.AnnualClearing(
            id=uuid.uuid4(),
            county_code=data.county_code,
            year=data.year,
            status=ClearingStatus.PROPOSED,
            forfeitures=forfeitures,
            proposed_by=principal.client_id,
            **_values(f),
        )
        session.add(existing)
    else:
        for key, value in _values(f).items():
            setattr(existing, key, value)
        existing.forfeitures = forfeitures
        existing.proposed_by = principal.client_id
        existing.proposed_at = dt.datetime.now(dt.UTC)
    await session.flush()
    await session.refresh(existing)
    return existing


async def check_citations(
    session: AsyncSession, year: int, forfeitures: list[schemas.Forfeiture], held: dict[str, int]
) -> None:
    """Each forfeiture cites a final evaluation of its institution whose period touches the year (and
    keeps no more than the share of the deposit held its grade does not release), or a case that decided a
    sanction on the institution."""
    for i, f in enumerate(forfeitures):
        where = f"forfeitures[{i}] ({f.institution_id})"
        if f.evaluation_id is None and f.case_id is None:
            raise ForfeitureUncited(f"{where} cites neither an evaluation_id nor a case_id")
        if f.evaluation_id is not None:
            evaluation = await citations.evaluation(session, f.evaluation_id)
            if (
                evaluation is None
                or evaluation.institution_id != f.institution_id
                or not evaluation.period_from <= dt.date(year, 12, 31)
                or not evaluation.period_to >= dt.date(year, 1, 1)
            ):
                raise ForfeitureCitationUnknown(
                    f"{where}: {f.evaluation_id} is no final evaluation of the institution for {year}"
                )
            keepable = held.get(f.institution_id, 0) * (10000 - evaluation.deposit_release_bp) // 10000
            if f.amount_fen > keepable:
                raise ForfeitExceedsEvaluation(
                    f"{where}: evaluation graded {evaluation.grade} releases {evaluation.deposit_release_bp} "
                    f"bp of the deposit; at most {keepable} fen may be kept"
                )
        if f.case_id is not None and not await citations.case_sanctions_institution(
            session, f.case_id, f.institution_id
        ):
            raise ForfeitureCitationUnknown(
                f"{where}: case {f.case_id} decided no sanction on the institution"
            )


async def approve(
    session: AsyncSession, principal: Principal, clearing_id: uuid.UUID
) -> models.AnnualClearing:
    clearing = await repository.clearing_for_update(session, clearing_id)
    if clearing is None:
        raise ClearingNotFound("no such annual clearing")
    if clearing.status == ClearingStatus.APPROVED:
        raise ClearingYearClosed("approved already; the year is closed")
    county, year = clearing.county_code, clearing.year
    # postings into the year hold its period lock shared until they commit: waiting for it exclusively
    # means the figures below see every posting of the year, and any later one finds the year closed
    await ledger_repository.lock_period(session, county, year, exclusive=True)
    proposed = [schemas.Forfeiture.model_validate(x) for x in clearing.forfeitures.get("items", [])]
    now = await figures(session, county, year, proposed)
    if _values(now) != {k: getattr(clearing, k) for k in _values(now)}:
        raise ClearingStale(
            "the ledger changed since the proposal; the contractor must propose again", current=_values(now)
        )
    year_end = dt.date(year, 12, 31)
    deposits_id, close_id = _client_ids(county, year)
    deposit_legs: list[ledger.Leg] = []
    for institution_id, held in now.held.items():
        forfeit = now.forfeited.get(institution_id, 0)
        deposit_legs += [
            ledger.Leg("deposits_held", held, institution_id),
            ledger.Leg("payable_institutions", -(held - forfeit), institution_id),
            ledger.Leg("income_forfeited_deposits", -forfeit, institution_id),
        ]
    if any(leg.amount_fen for leg in deposit_legs):
        await ledger.post(
            session,
            client_id=deposits_id,
            county_code=county,
            posted_on=year_end,
            kind="annual_clearing",
            legs=deposit_legs,
            created_by=principal.client_id,
            memo=f"quality deposits at the end of {year}: released {now.deposits_released_fen}, "
            f"forfeited {now.deposits_forfeited_fen}",
        )
    of_year = await ledger.balances(session, county, since=dt.date(year, 1, 1), until=year_end)
    close_legs = [ledger.Leg(a, -of_year.get(a, 0)) for a in CLOSING_ACCOUNTS]
    close_legs += [
        ledger.Leg("accumulated_surplus", -now.result_fen - now.covered_by_finance_fen),
        ledger.Leg("finance_receivable", now.covered_by_finance_fen),
    ]
    if sum(1 for leg in close_legs if leg.amount_fen) >= 2:
        await ledger.post(
            session,
            client_id=close_id,
            county_code=county,
            posted_on=year_end,
            kind="annual_clearing",
            legs=close_legs,
            created_by=principal.client_id,
            memo=f"annual clearing {county} {year}: result {now.result_fen}, "
            f"from surplus {now.covered_by_surplus_fen}, from county finance {now.covered_by_finance_fen}",
        )
    session.add(models.LedgerPeriod(county_code=county, year=year, closed_by=principal.client_id))
    clearing.status = ClearingStatus.APPROVED
    clearing.approved_by = principal.client_id
    clearing.approved_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return clearing


async def visible_clearing(
    session: AsyncSession, principal: Principal, clearing_id: uuid.UUID
) -> models.AnnualClearing:
    clearing = await repository.clearing(session, clearing_id)
    if clearing is None or not principal.sees_county(clearing.county_code):
        raise ClearingNotFound("no such annual clearing")
    return clearing


async def transaction_ids(session: AsyncSession, clearing: models.AnnualClearing) -> list[int]:
    client_ids = _client_ids(clearing.county_code, clearing.year)
    return await repository.transaction_ids_by_client_id(session, client_ids)
