"""The mirror of settlement's institutions and the recovery amounts settlement reports, written by the
consumer; the institution lookups every supervision domain makes."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.settlement import InstitutionChanged, RecoveryChanged
from services.oversight.models import InstitutionMirror, Recovery
from shared.principal import Principal, Role


async def mirror_institution(session: AsyncSession, seq: int, payload: InstitutionChanged) -> None:
    """Replace what is held by the announced state, unless a later event's state is held already."""
    values = {
        "name": payload.name,
        "county_code": payload.county_code,
        "status": payload.status,
        "source_seq": seq,
    }
    stmt = pg_insert(InstitutionMirror).values(id=payload.institution_id, **values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[InstitutionMirror.id],
            set_={**values, "updated_at": stmt.excluded.updated_at},
            where=InstitutionMirror.source_seq < stmt.excluded.source_seq,
        )
    )


async def report_recovery(session: AsyncSession, seq: int, payload: RecoveryChanged) -> bool:
    """Settlement's amounts on the recovery; False when oversight never ordered it."""
    result = await session.execute(
        update(Recovery)
        .where(Recovery.id == payload.recovery_id, Recovery.source_seq < seq)
        .values(
            status=payload.status,
            netted_fen=payload.netted_fen,
            repaid_fen=payload.repaid_fen,
            written_off_fen=payload.written_off_fen,
            outstanding_fen=payload.outstanding_fen,
            reported_on=payload.changed_on,
            source_seq=seq,
        )
        .returning(Recovery.id)
    )
    if result.first() is not None:
        return True
    return await session.scalar(select(Recovery.id).where(Recovery.id == payload.recovery_id)) is not None


async def institution(
    session: AsyncSession, institution_id: str, principal: Principal
) -> InstitutionMirror | None:
    """The institution as the caller may name it: a contractor, one of its counties'; an institution,
    itself; None when unknown or out of scope (answered alike)."""
    row = await session.get(InstitutionMirror, institution_id)
    if row is None:
        return None
    if principal.role is Role.INSTITUTION and principal.institution_id != row.id:
        return None
    if not principal.sees_county(row.county_code) and principal.role is Role.CONTRACTOR:
        return None
    return row
