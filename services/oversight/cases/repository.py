"""Cases' SQL: scope, the case row lock of a decision, history, entries, sanctions, recoveries; the rules."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases.auth import sees_case
from services.oversight.models import (
    Case,
    CaseEntry,
    CaseStatusChange,
    OversightRule,
    Recovery,
    Sanction,
)
from shared.principal import Principal


def visible(principal: Principal) -> ColumnElement[bool]:
    return sees_case(principal, Case.subject_kind, Case.county_code, Case.institution_id)


async def get(
    session: AsyncSession, case_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Case | None:
    stmt = select(Case).where(Case.id == case_id, visible(principal))
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def listing(
    principal: Principal,
    status: str | None,
    institution_id: str | None,
    county_code: str | None,
    contractor_id: uuid.UUID | None = None,
) -> Select[Case]:
    stmt = select(Case).where(visible(principal))
    if contractor_id is not None:
        stmt = stmt.where(Case.contractor_id == contractor_id)
    if status is not None:
        stmt = stmt.where(Case.status == status)
    if institution_id is not None:
        stmt = stmt.where(Case.institution_id == institution_id)
    if county_code is not None:
        stmt = stmt.where(Case.county_code == county_code)
    return stmt


async def history(session: AsyncSession, case_ids: Sequence[uuid.UUID]) -> list[CaseStatusChange]:
    rows = await session.scalars(
        select(CaseStatusChange).where(CaseStatusChange.case_id.in_(case_ids)).order_by(CaseStatusChange.seq)
    )
    return list(rows)


async def entries(session: AsyncSession, case_ids: Sequence[uuid.UUID]) -> list[CaseEntry]:
    rows = await session.scalars(
        select(CaseEntry).where(CaseEntry.case_id.in_(case_ids)).order_by(CaseEntry.seq)
    )
    return list(rows)


async def sanctions(session: AsyncSession, case_ids: Sequence[uuid.UUID]) -> list[Sanction]:
    rows = await session.scalars(
        select(Sanction).where(Sanction.case_id.in_(case_ids)).order_by(Sanction.case_id, Sanction.position)
    )
    return list(rows)


async def recoveries(session: AsyncSession, case_ids: Sequence[uuid.UUID]) -> list[Recovery]:
    rows = await session.scalars(
        select(Recovery).where(Recovery.case_id.in_(case_ids)).order_by(Recovery.case_id, Recovery.position)
    )
    return list(rows)


async def sanction_with_case(
    session: AsyncSession, sanction_id: uuid.UUID, principal: Principal
) -> tuple[Sanction, Case] | None:
    """The sanction and its case (both locked), when the caller sees the case."""
    row = (
        await session.execute(
            select(Sanction, Case)
            .join(Case, Case.id == Sanction.case_id)
            .where(Sanction.id == sanction_id, visible(principal))
            .with_for_update()
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def rule_versions(session: AsyncSession, key: str | None = None) -> list[OversightRule]:
    stmt = select(OversightRule).order_by(OversightRule.key, OversightRule.version)
    if key is not None:
        stmt = stmt.where(OversightRule.key == key)
    return list(await session.scalars(stmt))


async def rule_on(session: AsyncSession, key: str, on: dt.date | None = None) -> OversightRule | None:
    """The version in force on ``on`` (the highest taking effect by then), or the latest when None."""
    stmt = select(OversightRule).where(OversightRule.key == key)
    if on is not None:
        stmt = stmt.where(OversightRule.effective_from <= on)
    return (await session.scalars(stmt.order_by(OversightRule.version.desc()).limit(1))).first()


async def lock_rule(session: AsyncSession, key: str) -> None:
    """Two new versions of one rule take turns (each gets the next number)."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('oversight.rule'), hashtext(:key))"), {"key": key}
    )


def now() -> ColumnElement[dt.datetime]:
    return func.now()


async def ban_until(session: AsyncSession, contractor_id: uuid.UUID, on: dt.date) -> dt.date | None:
    """The last day of the longest credit-record ban (信用记录) in force on ``on`` against the contractor,
    from a case about it (S001 "三年之内不得参与政府购买服务"); None when none holds."""
    return await session.scalar(
        select(func.max(Sanction.ends_on))
        .join(Case, Case.id == Sanction.case_id)
        .where(
            Case.contractor_id == contractor_id,
            Sanction.kind == "credit_record",
            Sanction.status == "in_force",
            Sanction.effective_on <= on,
            Sanction.ends_on >= on,
        )
    )


async def other_suspensions(session: AsyncSession, contract_id: uuid.UUID, sanction_id: uuid.UUID) -> int:
    """Suspensions in force on cases about the contract, besides this one."""
    found = await session.scalar(
        select(func.count())
        .select_from(Sanction)
        .join(Case, Case.id == Sanction.case_id)
        .where(
            Case.contract_id == contract_id,
            Sanction.kind == "suspension",
            Sanction.status == "in_force",
            Sanction.id != sanction_id,
        )
    )
    return int(found or 0)
