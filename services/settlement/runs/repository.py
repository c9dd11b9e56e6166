"""SQL of settlement runs: the month's settled run, the statements totalled from the checks' results in one
statement (``SETTLE``, after ``records.checks.RESULTS``), the adjustments a run pays, payouts, their locks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import Dispute, DisputeStatus, Payment, RunStatus, SettlementRun, Statement
from services.settlement.records import checks

# after the checks' CTEs (``records.checks.RESULTS``): save the results with the run, and total them per
# institution with the upheld disputes not paid yet
SETTLE = """
, saved AS (
    INSERT INTO settlement.service_record_checks (record_id, run_id, county_code, month, checked_at,
           reason_codes, review_flags, fund_share_bp, eligible_fen, fund_fen, person_fen, deducted_fen)
    SELECT x.id, CAST(:run AS uuid), CAST(:county AS text), CAST(:m0 AS date), now(), x.reason_codes,
           x.review_flags, x.fund_share_bp, x.eligible, x.fund, x.eligible - x.fund, x.deducted
      FROM results x
), recs AS (
    SELECT institution_id, count(*) AS records, sum(claimed) AS claimed, sum(deducted) AS deducted,
           sum(eligible) AS eligible, sum(fund) AS fund, sum(eligible - fund) AS person
      FROM results
     GROUP BY institution_id
), reasons AS (
    SELECT institution_id, jsonb_object_agg(code, amount) AS by_reason
      FROM (SELECT institution_id, reason_codes[1] AS code, sum(deducted) AS amount
              FROM results WHERE deducted > 0
             GROUP BY 1, 2) x
     GROUP BY institution_id
), modes AS (
    SELECT institution_id, care_mode, sum(amount) AS amount
      FROM (SELECT institution_id, care_mode, fund AS amount FROM results
            UNION ALL
            SELECT institution_id, care_mode, adjustment_fen FROM settlement.disputes
             WHERE id = ANY(CAST(:adjustments AS uuid[]))) m
     GROUP BY 1, 2
), by_mode AS (
    SELECT institution_id, jsonb_object_agg(care_mode, amount) FILTER (WHERE amount <> 0) AS fund_by_mode
      FROM modes GROUP BY institution_id
), adj AS (
    SELECT institution_id, sum(adjustment_fen) AS adjustments FROM settlement.disputes
     WHERE id = ANY(CAST(:adjustments AS uuid[]))
     GROUP BY institution_id
), totals AS (
    SELECT coalesce(recs.institution_id, adj.institution_id) AS institution_id,
           coalesce(recs.records, 0) AS records, coalesce(recs.claimed, 0) AS claimed,
           coalesce(recs.deducted, 0) AS deducted, coalesce(recs.eligible, 0) AS eligible,
           coalesce(recs.fund, 0) AS fund, coalesce(recs.person, 0) AS person,
           coalesce(adj.adjustments, 0) AS adjustments
      FROM recs FULL JOIN adj ON adj.institution_id = recs.institution_id
)
INSERT INTO settlement.settlement_statements (run_id, institution_id, county_code, month, records, claimed_fen,
       deducted_fen, deducted_by_reason, eligible_fen, fund_payable_fen, person_share_fen, adjustments_fen,
       deposit_withheld_fen, net_payable_fen, fund_by_mode)
SELECT :run, t.institution_id, :county, :m0, t.records, t.claimed, t.deducted,
       coalesce(reasons.by_reason, '{}'), t.eligible, t.fund, t.person, t.adjustments,
       div((t.fund + t.adjustments) * :deposit_bp + 5000, 10000),
       t.fund + t.adjustments - div((t.fund + t.adjustments) * :deposit_bp + 5000, 10000),
       coalesce(by_mode.fund_by_mode, '{}')
  FROM totals t
  LEFT JOIN reasons ON reasons.institution_id = t.institution_id
  LEFT JOIN by_mode ON by_mode.institution_id = t.institution_id
"""  # noqa: E501


async def run_by_id(session: AsyncSession, run_id: uuid.UUID) -> SettlementRun | None:
    return await session.get(SettlementRun, run_id)


async def settled_run(session: AsyncSession, county_code: str, month: dt.date) -> SettlementRun | None:
    """The month's settled run (``month``: its first day), if any."""
    return await session.scalar(
        select(SettlementRun).where(
            SettlementRun.county_code == county_code,
            SettlementRun.month == month,
            SettlementRun.status == RunStatus.SETTLED,
        )
    )


async def settled_run_id(session: AsyncSession, county_code: str, month: dt.date) -> uuid.UUID | None:
    return await session.scalar(
        select(SettlementRun.id).where(
            SettlementRun.county_code == county_code,
            SettlementRun.month == month,
            SettlementRun.status == RunStatus.SETTLED,
        )
    )


async def unpay_adjustments(session: AsyncSession, run_id: uuid.UUID) -> None:
    """The adjustments a superseded run paid are unpaid again (the next run pays them)."""
    await session.execute(update(Dispute).where(Dispute.paid_in_run_id == run_id).values(paid_in_run_id=None))


async def adjustments_to_pay(session: AsyncSession, county_code: str) -> list[uuid.UUID]:
    """The county's upheld disputes no run has paid, locked: a run of another month of the county (which
    holds another month lock) waits and then finds them paid."""
    return list(
        (
            await session.scalars(
                select(Dispute.id)
                .where(
                    Dispute.county_code == county_code,
                    Dispute.status == DisputeStatus.UPHELD,
                    Dispute.paid_in_run_id.is_(None),
                )
                .order_by(Dispute.id)
                .with_for_update()
            )
        ).all()
    )


async def save_results_and_statements(
    session: AsyncSession, parameters: dict[str, Any], deposit_bp: int, adjustments: Sequence[uuid.UUID]
) -> None:
    """Run the checks, save their results with the run and total them into its statements, one statement."""
    await session.execute(
        text(checks.results_sql() + SETTLE),
        {**parameters, "deposit_bp": deposit_bp, "adjustments": list(adjustments)},
    )


async def mark_adjustments_paid(session: AsyncSession, ids: Sequence[uuid.UUID], run_id: uuid.UUID) -> None:
    await session.execute(update(Dispute).where(Dispute.id.in_(ids)).values(paid_in_run_id=run_id))


async def statements_of(
    session: AsyncSession, run_id: uuid.UUID, *, by_institution: bool = True
) -> list[Statement]:
    stmt = select(Statement).where(Statement.run_id == run_id)
    if by_institution:
        stmt = stmt.order_by(Statement.institution_id)
    return list((await session.scalars(stmt)).all())


async def settled_statements_of_institution(
    session: AsyncSession, institution_id: str, month: dt.date | None
) -> list[Statement]:
    """The institution's statements of settled runs, newest month first (of one month if given)."""
    stmt = (
        select(Statement)
        .join(SettlementRun, SettlementRun.id == Statement.run_id)
        .where(Statement.institution_id == institution_id, SettlementRun.status == RunStatus.SETTLED)
        .order_by(Statement.month.desc())
    )
    if month is not None:
        stmt = stmt.where(Statement.month == month)
    return list((await session.scalars(stmt)).all())


async def lock_payout_reference(session: AsyncSession, county_code: str, reference: str) -> None:
    """Payouts of one (county, bank reference) take turns."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:county), hashtext(:reference))"),
        {"county": f"settlement.payout_reference:{county_code}", "reference": reference},
    )


async def payment_by_reference(session: AsyncSession, county_code: str, reference: str) -> Payment | None:
    return await session.scalar(
        select(Payment).where(Payment.county_code == county_code, Payment.reference == reference)
    )


async def paid_by_statement(
    session: AsyncSession, run_ids: Sequence[uuid.UUID], institution_id: str | None = None
) -> dict[tuple[uuid.UUID, str], int]:
    """What was paid out against each (run, institution) statement of ``run_ids``, in one grouped read."""
    if not run_ids:
        return {}
    stmt = (
        select(Payment.run_id, Payment.institution_id, func.sum(Payment.amount_fen))
        .where(Payment.run_id.in_(run_ids))
        .group_by(Payment.run_id, Payment.institution_id)
    )
    if institution_id is not None:
        stmt = stmt.where(Payment.institution_id == institution_id)
    return {(run, inst): int(total) for run, inst, total in (await session.execute(stmt)).all()}


async def payments_of_run(
    session: AsyncSession, run_id: uuid.UUID, institution_id: str | None
) -> Sequence[Payment]:
    stmt = select(Payment).where(Payment.run_id == run_id)
    if institution_id is not None:
        stmt = stmt.where(Payment.institution_id == institution_id)
    return (await session.scalars(stmt.order_by(Payment.paid_on, Payment.institution_id, Payment.id))).all()


async def run_locked_for_share(session: AsyncSession, run_id: uuid.UUID) -> SettlementRun | None:
    """The run, re-read under a share lock (a re-settlement waits for the payout, or the payout for it)."""
    return await session.scalar(
        select(SettlementRun)
        .where(SettlementRun.id == run_id)
        .with_for_update(read=True)
        .execution_options(populate_existing=True)
    )


async def statement_for_update(
    session: AsyncSession, run_id: uuid.UUID, institution_id: str
) -> Statement | None:
    return await session.scalar(
        select(Statement)
        .where(Statement.run_id == run_id, Statement.institution_id == institution_id)
        .with_for_update()
    )


async def paid_for_month(session: AsyncSession, county_code: str, month: dt.date, institution_id: str) -> int:
    """What the institution was paid for the county's month, against any of its runs (superseded included)."""
    return int(
        await session.scalar(
            select(func.coalesce(func.sum(Payment.amount_fen), 0))
            .join(SettlementRun, SettlementRun.id == Payment.run_id)
            .where(
                SettlementRun.county_code == county_code,
                SettlementRun.month == month,
                Payment.institution_id == institution_id,
            )
        )
        or 0
    )
