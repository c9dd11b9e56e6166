"""Monthly settlement per (county, month): checks, statements and ledger postings in one transaction.

The checks' results are saved with the run (``service_record_checks``) and the statements totalled from
them in the same statement; the service records are not rewritten. A run happens once: the month's
advisory lock (``records.checks.lock_month``) serialises runs of one (county, month), and a partial
unique index allows one ``settled`` run per (county, month), so two concurrent runs cannot both succeed. A
re-settlement is explicit and recorded: it reverses the settled run's posting, supersedes it, and settles
again. Upheld disputes of earlier months are paid as adjustments in the next run: a run locks the upheld,
unpaid disputes it pays, so runs of two months of one county never both pay one.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.benefit_rules import service as benefit_rules
from services.settlement.config import SettlementConfig
from services.settlement.ledger import service as ledger
from services.settlement.records import checks
from shared.errors import Conflict, NotFound, Unprocessable
from shared.principal import Principal

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


def month_end(month: dt.date) -> dt.date:
    return checks.month_bounds(month)[1] - dt.timedelta(days=1)


async def settle(
    session: AsyncSession,
    principal: Principal,
    county_code: str,
    month: dt.date,
    config: SettlementConfig,
    *,
    resettle: bool = False,
    reason: str | None = None,
) -> models.SettlementRun:
    m0, _ = checks.month_bounds(month)
    await checks.lock_month(session, county_code, m0)
    current = await session.scalar(
        select(models.SettlementRun).where(
            models.SettlementRun.county_code == county_code,
            models.SettlementRun.month == m0,
            models.SettlementRun.status == "settled",
        )
    )
    if current is not None and not resettle:
        raise Conflict(
            f"{county_code} {m0:%Y-%m} is settled already (run {current.id}); "
            "a re-settlement must be asked for explicitly, with a reason",
            code="ALREADY_SETTLED",
            run_id=str(current.id),
        )
    if current is None and resettle:
        raise Conflict(f"{county_code} {m0:%Y-%m} has no settled run to redo", code="NOTHING_TO_RESETTLE")
    run_id = uuid.uuid4()
    if current is not None:
        if current.ledger_transaction_id is not None:
            await ledger.reverse(
                session,
                current.ledger_transaction_id,
                client_id=f"settlement-reversal:{current.id}",
                posted_on=month_end(m0),
                created_by=principal.client_id,
                memo=f"re-settlement {run_id}: {reason}",
            )
        current.status = "superseded"  # its records are unsettled again; their results are kept
        await session.flush()
        await session.execute(
            update(models.Dispute)
            .where(models.Dispute.paid_in_run_id == current.id)
            .values(paid_in_run_id=None)
        )
    run = models.SettlementRun(
        id=run_id,
        county_code=county_code,
        month=m0,
        status="settled",
        resettles_run_id=current.id if current is not None else None,
        resettle_reason=reason if current is not None else None,
        created_by=principal.client_id,
    )
    session.add(run)
    await session.flush()
    await checks.forget_pending(session, county_code, m0)
    # the adjustments this run pays: locked, so that a run of another month of the county (which holds
    # another month lock) waits and then finds them paid; one upheld after this read is left to the next run
    adjustments = list(
        (
            await session.scalars(
                select(models.Dispute.id)
                .where(
                    models.Dispute.county_code == county_code,
                    models.Dispute.status == "upheld",
                    models.Dispute.paid_in_run_id.is_(None),
                )
                .order_by(models.Dispute.id)
                .with_for_update()
            )
        ).all()
    )
    parameters = await benefit_rules.month_parameters(session, m0)
    await session.execute(
        text(checks.results_sql(None) + SETTLE),
        {
            **checks.pass_parameters(county_code, m0, config, parameters, run_id),
            "deposit_bp": parameters.quality_deposit_bp,
            "adjustments": adjustments,
        },
    )
    await session.execute(
        update(models.Dispute).where(models.Dispute.id.in_(adjustments)).values(paid_in_run_id=run_id)
    )
    statements = (
        await session.scalars(select(models.Statement).where(models.Statement.run_id == run_id))
    ).all()
    legs: list[ledger.Leg] = []
    for s in statements:
        for mode, amount in s.fund_by_mode.items():
            legs.append(ledger.Leg(ledger.EXPENSE_ACCOUNT[mode], int(amount), s.institution_id))
        legs.append(ledger.Leg("payable_institutions", -s.net_payable_fen, s.institution_id))
        legs.append(ledger.Leg("deposits_held", -s.deposit_withheld_fen, s.institution_id))
    if any(leg.amount_fen for leg in legs):
        run.ledger_transaction_id = await ledger.post(
            session,
            client_id=f"settlement:{run_id}",
            county_code=county_code,
            posted_on=month_end(m0),
            kind="settlement",
            legs=legs,
            created_by=principal.client_id,
            memo=f"settlement {county_code} {m0:%Y-%m}",
            settlement_run_id=run_id,
        )
    run.records = sum(s.records for s in statements)
    run.claimed_fen = sum(s.claimed_fen for s in statements)
    run.deducted_fen = sum(s.deducted_fen for s in statements)
    run.fund_payable_fen = sum(s.fund_payable_fen for s in statements)
    run.person_share_fen = sum(s.person_share_fen for s in statements)
    run.adjustments_fen = sum(s.adjustments_fen for s in statements)
    run.deposit_withheld_fen = sum(s.deposit_withheld_fen for s in statements)
    run.net_payable_fen = sum(s.net_payable_fen for s in statements)
    await session.flush()
    return run


async def statements_of(session: AsyncSession, run_id: uuid.UUID) -> list[models.Statement]:
    return list(
        (
            await session.scalars(
                select(models.Statement)
                .where(models.Statement.run_id == run_id)
                .order_by(models.Statement.institution_id)
            )
        ).all()
    )


async def record_payment(
    session: AsyncSession,
    principal: Principal,
    run: models.SettlementRun,
    institution_id: str,
    amount_fen: int,
    paid_on: dt.date,
    reference: str,
) -> tuple[models.Payment, bool]:
    """Record a payout; returns (payment, replayed).

    The bank ``reference`` names one payout of the county: found again with the same run, institution,
    amount and date it is that payout (replayed, nothing changes), with anything else a 409. Payouts of one
    reference take turns (a lock on it), and payouts to one statement too (its row is locked before the
    sum is read), so "paid ≤ payable" holds under concurrency; the database refuses any row that breaks it.
    What an institution is owed for a month counts the payouts made against a run the month's
    re-settlement superseded.
    """
    if paid_on <= month_end(run.month):
        raise Unprocessable(
            f"a payment for {run.month:%Y-%m} is made after the month, not on {paid_on}",
            code="PAID_BEFORE_MONTH_END",
        )
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:county), hashtext(:reference))"),
        {"county": f"settlement.payout_reference:{run.county_code}", "reference": reference},
    )
    existing = await session.scalar(
        select(models.Payment).where(
            models.Payment.county_code == run.county_code, models.Payment.reference == reference
        )
    )
    if existing is not None:
        same = (existing.run_id, existing.institution_id, existing.amount_fen, existing.paid_on) == (
            run.id,
            institution_id,
            amount_fen,
            paid_on,
        )
        if same:
            return existing, True
        raise Conflict(
            f"reference {reference} names another payout of county {run.county_code}",
            code="PAYMENT_REF_CONFLICT",
            payment_id=str(existing.id),
        )
    locked = await session.scalar(
        select(models.SettlementRun)
        .where(models.SettlementRun.id == run.id)
        .with_for_update(read=True)
        .execution_options(populate_existing=True)
    )
    assert locked is not None
    if locked.status != "settled":
        settled = await session.scalar(
            select(models.SettlementRun.id).where(
                models.SettlementRun.county_code == run.county_code,
                models.SettlementRun.month == run.month,
                models.SettlementRun.status == "settled",
            )
        )
        raise Conflict(
            f"run {run.id} was superseded by a re-settlement of {run.month:%Y-%m}; pay against {settled}",
            code="RUN_SUPERSEDED",
            run_id=str(settled) if settled else None,
        )
    statement = await session.scalar(
        select(models.Statement)
        .where(models.Statement.run_id == run.id, models.Statement.institution_id == institution_id)
        .with_for_update()
    )
    if statement is None:
        raise NotFound(f"run {run.id} has no statement for {institution_id}", code="STATEMENT_NOT_FOUND")
    paid = int(
        await session.scalar(
            select(func.coalesce(func.sum(models.Payment.amount_fen), 0))
            .join(models.SettlementRun, models.SettlementRun.id == models.Payment.run_id)
            .where(
                models.SettlementRun.county_code == run.county_code,
                models.SettlementRun.month == run.month,
                models.Payment.institution_id == institution_id,
            )
        )
        or 0
    )
    if paid + amount_fen > statement.net_payable_fen:
        raise Conflict(
            f"{institution_id} is owed {statement.net_payable_fen - paid} fen for {run.month:%Y-%m}",
            code="OVERPAYMENT",
        )
    tx_id = await ledger.post(
        session,
        client_id=f"payment:{run.id}:{institution_id}:{reference}",
        county_code=run.county_code,
        posted_on=paid_on,
        kind="payment",
        legs=[
            ledger.Leg("payable_institutions", amount_fen, institution_id),
            ledger.Leg("cash", -amount_fen),
        ],
        created_by=principal.client_id,
        memo=reference,
        settlement_run_id=run.id,
    )
    payment = models.Payment(
        run_id=run.id,
        county_code=run.county_code,
        institution_id=institution_id,
        amount_fen=amount_fen,
        paid_on=paid_on,
        reference=reference,
        ledger_transaction_id=tx_id,
        recorded_by=principal.client_id,
    )
    session.add(payment)
    await session.flush()
    return payment, False
