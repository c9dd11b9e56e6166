"""Reading what the checks made of service records (``service_record_checks``).

A record's current results are those of the settled run that covers it, else those of the last check
without settlement while it is unsettled; a record has at most one such row. A record is settled while a
row of a ``settled`` run exists for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.settlement import models
from services.settlement.records import schemas

_current_rows = (
    select(models.RecordCheck)
    .outerjoin(models.SettlementRun, models.SettlementRun.id == models.RecordCheck.run_id)
    .where(or_(models.RecordCheck.run_id.is_(None), models.SettlementRun.status == "settled"))
    .subquery("current_checks")
)
Current = aliased(models.RecordCheck, _current_rows)


def has_current(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    """The record (``models.ServiceRecord``) has current results meeting ``conditions``."""
    return exists().where(Current.record_id == models.ServiceRecord.id, *conditions)


def settled(record_id: Any) -> ColumnElement[bool]:
    """A row of a settled run exists for ``record_id`` (a column or value)."""
    return exists().where(
        models.RecordCheck.record_id == record_id,
        models.SettlementRun.id == models.RecordCheck.run_id,
        models.SettlementRun.status == "settled",
    )


async def current_of(session: AsyncSession, record_ids: Sequence[int]) -> dict[int, models.RecordCheck]:
    if not record_ids:
        return {}
    rows = (await session.scalars(select(Current).where(Current.record_id.in_(record_ids)))).all()
    return {r.record_id: r for r in rows}


async def settled_result(session: AsyncSession, record_id: int) -> models.RecordCheck | None:
    """The results the record was settled with, if it is settled."""
    return await session.scalar(
        select(models.RecordCheck)
        .join(models.SettlementRun, models.SettlementRun.id == models.RecordCheck.run_id)
        .where(and_(models.RecordCheck.record_id == record_id, models.SettlementRun.status == "settled"))
    )


_RECORD_FIELDS = [f for f in schemas.ServiceRecord.model_fields if f not in schemas.CHECK_FIELDS]


def record_out(record: models.ServiceRecord, check: models.RecordCheck | None) -> schemas.ServiceRecord:
    values: dict[str, Any] = {f: getattr(record, f) for f in _RECORD_FIELDS}
    if check is not None:
        values.update({f: getattr(check, f) for f in schemas.CHECK_FIELDS if f != "settlement_run_id"})
        values["settlement_run_id"] = check.run_id
    return schemas.ServiceRecord(**values)


async def records_out(
    session: AsyncSession, records: Sequence[models.ServiceRecord]
) -> list[schemas.ServiceRecord]:
    found = await current_of(session, [r.id for r in records])
    return [record_out(r, found.get(r.id)) for r in records]
