"""Disputes (申诉) of a deduction: an institution disputes a settled record's deduction once, with a reason;
the contractor decides. An upheld dispute is paid as an adjustment by the county's next settlement run
(``runs.service``); the settled month is never edited."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.disputes import schemas
from services.settlement.records import results
from shared.errors import Conflict, NotFound, Unprocessable
from shared.principal import Principal, Role


async def visible_record(
    session: AsyncSession, principal: Principal, record_id: int, *, lock: bool = False
) -> models.ServiceRecord:
    stmt = select(models.ServiceRecord).where(models.ServiceRecord.id == record_id)
    if lock:
        stmt = stmt.with_for_update()
    record = await session.scalar(stmt)
    if record is not None:
        if principal.role is Role.INSTITUTION:
            visible = record.institution_id == principal.institution_id
        else:
            visible = principal.sees_county(record.county_code)
        if visible:
            return record
    raise NotFound(f"no service record {record_id}", code="RECORD_NOT_FOUND")


async def disputes_of(session: AsyncSession, record_id: int) -> list[models.Dispute]:
    return list(
        (
            await session.scalars(
                select(models.Dispute)
                .where(models.Dispute.service_record_id == record_id)
                .order_by(models.Dispute.raised_at)
            )
        ).all()
    )


async def raise_dispute(
    session: AsyncSession, principal: Principal, record_id: int, data: schemas.DisputeCreate
) -> models.Dispute:
    record = await visible_record(session, principal, record_id, lock=True)
    settled = await results.settled_result(session, record.id)
    if settled is None:
        raise Conflict(
            "the record is not settled yet; its checks can still change", code="RECORD_NOT_SETTLED"
        )
    if not settled.deducted_fen:
        raise Conflict("nothing was deducted from this record", code="NOTHING_DEDUCTED")
    if await disputes_of(session, record_id):
        raise Conflict("a deduction can be disputed once", code="DISPUTE_EXISTS")
    dispute = models.Dispute(
        service_record_id=record.id,
        institution_id=record.institution_id,
        county_code=record.county_code,
        care_mode=record.care_mode,
        reason=data.reason,
        status="open",
        raised_by=principal.client_id,
        details={
            "reason_codes": list(settled.reason_codes),
            "deducted_fen": settled.deducted_fen,
            "settlement_run_id": str(settled.run_id),
        },
    )
    session.add(dispute)
    await session.flush()
    await session.refresh(dispute)
    return dispute


async def decide(
    session: AsyncSession,
    principal: Principal,
    record_id: int,
    dispute_id: uuid.UUID,
    data: schemas.DisputeDecision,
) -> models.Dispute:
    record = await visible_record(session, principal, record_id)
    dispute = await session.scalar(
        select(models.Dispute)
        .where(models.Dispute.id == dispute_id, models.Dispute.service_record_id == record.id)
        .with_for_update()
    )
    if dispute is None:
        raise NotFound("no such dispute", code="DISPUTE_NOT_FOUND")
    if dispute.status != "open":
        raise Conflict(f"the dispute was {dispute.status} already", code="DISPUTE_DECIDED")
    settled = await results.settled_result(session, record.id)
    deducted = settled.deducted_fen if settled is not None else 0
    if data.decision == "upheld":
        amount = data.adjustment_fen
        if amount is None:
            if settled is None or settled.fund_share_bp is None:
                raise Unprocessable(
                    "the record had no benefit rule; give adjustment_fen", code="ADJUSTMENT_REQUIRED"
                )
            amount = (deducted * settled.fund_share_bp + 5000) // 10000
        if amount > deducted:
            raise Unprocessable(
                f"the adjustment may not exceed the deduction of {deducted} fen", code="ADJUSTMENT_TOO_LARGE"
            )
        dispute.adjustment_fen = amount
    dispute.status = data.decision
    dispute.decided_by = principal.client_id
    dispute.decision_reason = data.reason
    dispute.decided_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return dispute
