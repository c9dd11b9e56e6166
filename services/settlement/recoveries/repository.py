"""SQL of recoveries (追回): the recoveries, their movements, the open ones a settlement run nets (locked),
and the references oversight's feed made citable (sanctions, final evaluations)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import (
    CitedEvaluation,
    CitedSanction,
    Recovery,
    RecoveryMovement,
    RecoveryMovementKind,
    RecoveryStatus,
)
from shared.pagination import PageParams, paginate
from shared.principal import Principal


async def recovery(session: AsyncSession, recovery_id: uuid.UUID, *, lock: bool = False) -> Recovery | None:
    stmt = select(Recovery).where(Recovery.id == recovery_id)
    if lock:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return await session.scalar(stmt)


async def recoveries_page(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    *,
    own_institution: str | None,
    filters: dict[str, Any],
) -> tuple[list[Recovery], str | None]:
    """A page of the recoveries the caller sees (its own institution's, or of its counties), newest first."""
    stmt = select(Recovery)
    if own_institution is not None:
        stmt = stmt.where(Recovery.institution_id == own_institution)
    else:
        stmt = stmt.where(principal.in_counties(Recovery.county_code))
    for column, value in filters.items():
        if value is not None:
            stmt = stmt.where(getattr(Recovery, column) == value)
    return await paginate(
        session,
        stmt,
        [Recovery.decided_on, Recovery.id],
        params,
        lambda r: [r.decided_on, r.id],
        descending=True,
    )


async def movements_of(session: AsyncSession, recovery_id: uuid.UUID) -> list[RecoveryMovement]:
    return list(
        (
            await session.scalars(
                select(RecoveryMovement)
                .where(RecoveryMovement.recovery_id == recovery_id)
                .order_by(RecoveryMovement.seq)
            )
        ).all()
    )


async def movement_by_reference(
    session: AsyncSession, recovery_id: uuid.UUID, kind: RecoveryMovementKind, reference: str
) -> RecoveryMovement | None:
    return await session.scalar(
        select(RecoveryMovement).where(
            RecoveryMovement.recovery_id == recovery_id,
            RecoveryMovement.kind == kind,
            RecoveryMovement.reference == reference,
        )
    )


async def open_recoveries_for_netting(
    session: AsyncSession, county_code: str, institution_ids: list[str]
) -> list[Recovery]:
    """The open recoveries of the institutions in the county, oldest decision first, locked: a repayment
    or write-off waits for the run, or the run for it."""
    return list(
        (
            await session.scalars(
                select(Recovery)
                .where(
                    Recovery.county_code == county_code,
                    Recovery.institution_id.in_(institution_ids),
                    Recovery.status == RecoveryStatus.OPEN,
                )
                .order_by(Recovery.decided_on, Recovery.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        ).all()
    )


async def nettings_of_run(session: AsyncSession, run_id: uuid.UUID) -> list[RecoveryMovement]:
    """The nettings a run made that still count (not cancelled by a re-settlement)."""
    return list(
        (
            await session.scalars(
                select(RecoveryMovement)
                .where(
                    RecoveryMovement.run_id == run_id,
                    RecoveryMovement.kind == RecoveryMovementKind.NETTED,
                    RecoveryMovement.cancelled_by_run_id.is_(None),
                )
                .with_for_update()
            )
        ).all()
    )


async def link_nettings(session: AsyncSession, run_id: uuid.UUID, transaction_id: int) -> None:
    """A run's nettings point at the run's ledger transaction, which carries their legs."""
    await session.execute(
        update(RecoveryMovement)
        .where(RecoveryMovement.run_id == run_id, RecoveryMovement.kind == RecoveryMovementKind.NETTED)
        .values(ledger_transaction_id=transaction_id)
    )


async def cancel_nettings(session: AsyncSession, ids: list[uuid.UUID], by_run_id: uuid.UUID) -> None:
    await session.execute(
        update(RecoveryMovement).where(RecoveryMovement.id.in_(ids)).values(cancelled_by_run_id=by_run_id)
    )


async def keep_sanction(session: AsyncSession, seq: int, values: dict[str, Any]) -> None:
    """The sanction as the feed last said it (a later event of it replaces it)."""
    stmt = pg_insert(CitedSanction).values(seq=seq, **values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[CitedSanction.sanction_id],
            set_={k: stmt.excluded[k] for k in (*values, "seq") if k != "sanction_id"},
            where=CitedSanction.seq < stmt.excluded.seq,
        )
    )


async def keep_evaluation(session: AsyncSession, values: dict[str, Any]) -> None:
    stmt = pg_insert(CitedEvaluation).values(**values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[CitedEvaluation.evaluation_id],
            set_={k: stmt.excluded[k] for k in values if k != "evaluation_id"},
        )
    )


async def evaluation(session: AsyncSession, evaluation_id: uuid.UUID) -> CitedEvaluation | None:
    return await session.get(CitedEvaluation, evaluation_id)


async def case_sanctions_institution(session: AsyncSession, case_id: uuid.UUID, institution_id: str) -> bool:
    """Whether the case decided a sanction on the institution."""
    found = await session.scalar(
        select(CitedSanction.sanction_id)
        .where(CitedSanction.case_id == case_id, CitedSanction.institution_id == institution_id)
        .limit(1)
    )
    return found is not None
