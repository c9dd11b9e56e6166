"""Contracts' SQL: scope, the lot's county locks, the overlap of live contracts, and acceptances."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import (
    LIVE_STATUSES,
    Contract,
    ContractAcceptance,
    Contractor,
    ContractStatusChange,
    Evaluation,
)
from shared.principal import Principal


def visible(principal: Principal) -> ColumnElement[bool] | None:
    """None for the bureau and admin; a contractor client sees the contracts of a lot with one of its
    counties."""
    counties = principal.county_filter()
    return None if counties is None else Contract.county_codes.overlap(counties)


async def get(
    session: AsyncSession, contract_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Contract | None:
    stmt = select(Contract).where(Contract.id == contract_id)
    scope = visible(principal)
    if scope is not None:
        stmt = stmt.where(scope)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def listing(
    principal: Principal, contractor_id: uuid.UUID | None, status: str | None, county_code: str | None
) -> Select[Contract]:
    stmt = select(Contract)
    scope = visible(principal)
    if scope is not None:
        stmt = stmt.where(scope)
    if contractor_id is not None:
        stmt = stmt.where(Contract.contractor_id == contractor_id)
    if status is not None:
        stmt = stmt.where(Contract.status == status)
    if county_code is not None:
        stmt = stmt.where(Contract.county_codes.any_() == county_code)
    return stmt


async def contractor_credit_code(session: AsyncSession, contractor_id: uuid.UUID) -> str | None:
    return await session.scalar(select(Contractor.credit_code).where(Contractor.id == contractor_id))


async def lock_counties(session: AsyncSession, county_codes: Sequence[str]) -> None:
    """Serialize every change that could put two live contracts on one county: one transaction-scoped
    advisory lock per county, always taken in the same order."""
    for code in sorted(set(county_codes)):
        await session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext('oversight.contract-county'), hashtext(:code))"),
            {"code": code},
        )


async def live_overlapping(
    session: AsyncSession,
    contract_id: uuid.UUID,
    county_codes: Sequence[str],
    starts_on: dt.date,
    ends_on: dt.date,
) -> list[Contract]:
    """Other live contracts (in force or suspended) with a county of the lot and a period that overlaps."""
    rows = await session.scalars(
        select(Contract)
        .where(
            Contract.id != contract_id,
            Contract.status.in_([s.value for s in LIVE_STATUSES]),
            Contract.county_codes.overlap(list(county_codes)),
            Contract.starts_on <= ends_on,
            Contract.ends_on >= starts_on,
        )
        .order_by(Contract.starts_on, Contract.id)
    )
    return list(rows)


async def history(session: AsyncSession, contract_ids: Sequence[uuid.UUID]) -> list[ContractStatusChange]:
    rows = await session.scalars(
        select(ContractStatusChange)
        .where(ContractStatusChange.contract_id.in_(list(contract_ids)))
        .order_by(ContractStatusChange.seq)
    )
    return list(rows)


async def acceptances(session: AsyncSession, contract_id: uuid.UUID) -> list[ContractAcceptance]:
    rows = await session.scalars(
        select(ContractAcceptance)
        .where(ContractAcceptance.contract_id == contract_id)
        .order_by(ContractAcceptance.period_start)
    )
    return list(rows)


async def accepted_overlapping(
    session: AsyncSession, contract_id: uuid.UUID, start: dt.date, end: dt.date
) -> ContractAcceptance | None:
    return (
        await session.scalars(
            select(ContractAcceptance)
            .where(
                ContractAcceptance.contract_id == contract_id,
                ContractAcceptance.period_start <= end,
                ContractAcceptance.period_end >= start,
            )
            .limit(1)
        )
    ).first()


def now() -> ColumnElement[dt.datetime]:
    return func.now()


async def evaluation(session: AsyncSession, evaluation_id: uuid.UUID) -> Evaluation | None:
    """The evaluation an acceptance cites (the bureau accepts: no scope)."""
    return await session.get(Evaluation, evaluation_id)
