"""Disputes (申诉) of a deduction: an institution disputes a settled record's deduction once, with a reason;
the contractor decides. An upheld dispute is paid as an adjustment by the county's next settlement run
(``runs.service``); the settled month is never edited. Raising and deciding are announced on settlement's feed
(``contracts.settlement``) in the same transaction."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from contracts import settlement as events
from services.settlement import models
from services.settlement.disputes import repository, schemas
from services.settlement.disputes.auth import sees_record
from services.settlement.disputes.exceptions import (
    AdjustmentRequired,
    AdjustmentTooLarge,
    DisputeDecided,
    DisputeExists,
    DisputeNotFound,
    NothingDeducted,
    RecordNotSettled,
    ServiceRecordNotFound,
)
from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.models import DisputeStatus, outbox
from services.settlement.records import results
from services.settlement.reference.units import require_county
from shared.pagination import PageParams
from shared.principal import Principal


async def visible_record(
    session: AsyncSession, principal: Principal, record_id: int, *, lock: bool = False
) -> models.ServiceRecord:
    record = await repository.service_record(session, record_id, lock=lock)
    if record is None or not sees_record(principal, record):
        raise ServiceRecordNotFound(f"no service record {record_id}")
    return record


async def disputes_of(session: AsyncSession, principal: Principal, record_id: int) -> list[models.Dispute]:
    """The record's dispute (none or one), if the caller sees the record."""
    await visible_record(session, principal, record_id)
    return await repository.disputes_of(session, record_id)


async def list_disputes(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    *,
    county_code: str | None,
    status: DisputeStatus | None,
    institution_id: str | None,
    month: dt.date | None = None,
) -> tuple[list[models.Dispute], str | None]:
    """The disputes the caller sees — an institution its own, anyone else those of its counties — oldest
    first: the contractor's queue of open disputes is ``?status=open``."""
    where = []
    if acts_for_one_institution(principal):
        where.append(models.Dispute.institution_id == principal.institution_id)
    else:
        where.append(principal.in_counties(models.Dispute.county_code))
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        where.append(models.Dispute.county_code == county_code)
    if status is not None:
        where.append(models.Dispute.status == status)
    if institution_id is not None:
        where.append(models.Dispute.institution_id == institution_id)
    if month is not None:
        where.append(repository.of_records_served_in(month))
    return await repository.page(session, params, where)


async def listed(session: AsyncSession, disputes: list[models.Dispute]) -> list[schemas.DisputeListed]:
    """The page's disputes with their records' current deduction and reason codes (one read for the page)."""
    records = await repository.service_records(session, [d.service_record_id for d in disputes])
    checked = {r.id: r for r in await results.records_out(session, list(records.values()))}
    out = []
    for dispute in disputes:
        record = checked[dispute.service_record_id]
        out.append(
            schemas.DisputeListed.model_validate(
                {
                    **schemas.Dispute.model_validate(dispute).model_dump(),
                    "record_id": record.record_id,
                    "service_date": record.service_date,
                    "deducted_fen": record.deducted_fen,
                    "reason_codes": record.reason_codes,
                }
            )
        )
    return out


async def raise_dispute(
    session: AsyncSession, principal: Principal, record_id: int, data: schemas.DisputeCreate
) -> models.Dispute:
    record = await visible_record(session, principal, record_id, lock=True)
    settled = await results.settled_result(session, record.id)
    if settled is None:
        raise RecordNotSettled("the record is not settled yet; its checks can still change")
    if not settled.deducted_fen:
        raise NothingDeducted("nothing was deducted from this record")
    if await repository.disputes_of(session, record_id):
        raise DisputeExists("a deduction can be disputed once")
    dispute = models.Dispute(
        service_record_id=record.id,
        institution_id=record.institution_id,
        county_code=record.county_code,
        care_mode=record.care_mode,
        reason=data.reason,
        status=DisputeStatus.OPEN,
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
    outbox.publish(
        session,
        events.DisputeRaised(
            dispute_id=dispute.id,
            service_record_id=dispute.service_record_id,
            institution_id=dispute.institution_id,
            county_code=dispute.county_code,
            care_mode=dispute.care_mode,
            settlement_run_id=settled.run_id,
            reason_codes=list(settled.reason_codes),
            deducted_fen=settled.deducted_fen,
            raised_at=dispute.raised_at,
        ),
        aggregate_id=str(dispute.id),
    )
    return dispute


async def decide(
    session: AsyncSession,
    principal: Principal,
    record_id: int,
    dispute_id: uuid.UUID,
    data: schemas.DisputeDecision,
) -> models.Dispute:
    record = await visible_record(session, principal, record_id)
    dispute = await repository.dispute_for_update(session, dispute_id, record.id)
    if dispute is None:
        raise DisputeNotFound("no such dispute")
    if dispute.status != DisputeStatus.OPEN:
        raise DisputeDecided(f"the dispute was {dispute.status} already")
    settled = await results.settled_result(session, record.id)
    deducted = settled.deducted_fen if settled is not None else 0
    decision = DisputeStatus(data.decision)
    if decision is DisputeStatus.UPHELD:
        amount = data.adjustment_fen
        if amount is None:
            if settled is None or settled.fund_share_bp is None:
                raise AdjustmentRequired("the record had no benefit rule; give adjustment_fen")
            amount = (deducted * settled.fund_share_bp + 5000) // 10000
        if amount > deducted:
            raise AdjustmentTooLarge(f"the adjustment may not exceed the deduction of {deducted} fen")
        dispute.adjustment_fen = amount
    dispute.status = decision
    dispute.decided_by = principal.client_id
    dispute.decision_reason = data.reason
    dispute.decided_at = dt.datetime.now(dt.UTC)
    await session.flush()
    outbox.publish(
        session,
        events.DisputeDecided(
            dispute_id=dispute.id,
            service_record_id=dispute.service_record_id,
            institution_id=dispute.institution_id,
            county_code=dispute.county_code,
            care_mode=dispute.care_mode,
            outcome=decision.value,
            deducted_fen=deducted,
            adjustment_fen=dispute.adjustment_fen,
            raised_at=dispute.raised_at,
            decided_at=dispute.decided_at,
        ),
        aggregate_id=str(dispute.id),
    )
    return dispute
