"""Monthly settlement per (county, month): checks, statements and ledger postings in one transaction.

The checks' results are saved with the run (``service_record_checks``) and the statements totalled from
them in the same statement; the service records are not rewritten. A run happens once: the month's
advisory lock (``records.checks.lock_month``) serialises runs of one (county, month), and a partial
unique index allows one ``settled`` run per (county, month), so two concurrent runs cannot both succeed. A
re-settlement is explicit and recorded: it reverses the settled run's posting, supersedes it, and settles
again. Upheld disputes of earlier months are paid as adjustments in the next run: a run locks the upheld,
unpaid disputes it pays, so runs of two months of one county never both pay one. A settled run and a payout
are announced on settlement's feed (``contracts.settlement``) in the transaction that makes them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.settlement import PayoutRecorded, SettlementRunSettled
from services.settlement import models
from services.settlement.benefit_rules import service as benefit_rules
from services.settlement.config import SettlementConfig
from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.ledger import service as ledger
from services.settlement.models import RunStatus, outbox
from services.settlement.records import checks
from services.settlement.recoveries import service as recoveries
from services.settlement.runs import repository, schemas
from services.settlement.runs.exceptions import (
    MonthAlreadySettled,
    NothingToResettle,
    Overpayment,
    PaidBeforeMonthEnd,
    PayoutRefConflict,
    RunSuperseded,
    SettlementRunNotFound,
    StatementNotFound,
)
from shared.principal import Principal


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
    current = await repository.settled_run(session, county_code, m0)
    if current is not None and not resettle:
        raise MonthAlreadySettled(
            f"{county_code} {m0:%Y-%m} is settled already (run {current.id}); "
            "a re-settlement must be asked for explicitly, with a reason",
            run_id=str(current.id),
        )
    if current is None and resettle:
        raise NothingToResettle(f"{county_code} {m0:%Y-%m} has no settled run to redo")
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
        current.status = RunStatus.SUPERSEDED  # its records are unsettled again; their results are kept
        await session.flush()
        await repository.unpay_adjustments(session, current.id)
        await recoveries.cancel_nettings(session, current.id, run_id)  # the new run nets them again
    run = models.SettlementRun(
        id=run_id,
        county_code=county_code,
        month=m0,
        status=RunStatus.SETTLED,
        resettles_run_id=current.id if current is not None else None,
        resettle_reason=reason if current is not None else None,
        created_by=principal.client_id,
    )
    session.add(run)
    await session.flush()
    await checks.forget_pending(session, county_code, m0)
    # the adjustments this run pays (locked); one upheld after this read is left to the next run
    adjustments = await repository.adjustments_to_pay(session, county_code)
    parameters = await benefit_rules.month_parameters(session, m0)
    await repository.save_results_and_statements(
        session,
        checks.pass_parameters(county_code, m0, config, parameters, run_id),
        parameters.quality_deposit_bp,
        adjustments,
    )
    await repository.mark_adjustments_paid(session, adjustments, run_id)
    statements = await repository.statements_of(session, run_id, by_institution=False)
    # open recoveries of the institutions are netted against what they are owed: a statement line
    netted = await recoveries.net(
        session,
        run_id,
        county_code,
        month_end(m0),
        {s.institution_id: s.net_payable_fen for s in statements},
        principal.client_id,
    )
    legs: list[ledger.Leg] = []
    for s in statements:
        s.recoveries_netted_fen = netted.get(s.institution_id, 0)
        s.net_payable_fen -= s.recoveries_netted_fen
        for mode, amount in s.fund_by_mode.items():
            legs.append(ledger.Leg(ledger.EXPENSE_ACCOUNT[mode], int(amount), s.institution_id))
        legs.append(ledger.Leg("payable_institutions", -s.net_payable_fen, s.institution_id))
        legs.append(ledger.Leg("deposits_held", -s.deposit_withheld_fen, s.institution_id))
        legs.append(ledger.Leg(recoveries.RECEIVABLE, -s.recoveries_netted_fen, s.institution_id))
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
        if run.ledger_transaction_id is not None and netted:
            await recoveries.link_nettings(session, run_id, run.ledger_transaction_id)
    run.records = sum(s.records for s in statements)
    run.claimed_fen = sum(s.claimed_fen for s in statements)
    run.deducted_fen = sum(s.deducted_fen for s in statements)
    run.fund_payable_fen = sum(s.fund_payable_fen for s in statements)
    run.person_share_fen = sum(s.person_share_fen for s in statements)
    run.adjustments_fen = sum(s.adjustments_fen for s in statements)
    run.deposit_withheld_fen = sum(s.deposit_withheld_fen for s in statements)
    run.recoveries_netted_fen = sum(s.recoveries_netted_fen for s in statements)
    run.net_payable_fen = sum(s.net_payable_fen for s in statements)
    await session.flush()
    outbox.publish(session, run_settled(run, len(statements), adjustments), aggregate_id=str(run.id))
    return run


def run_settled(
    run: models.SettlementRun, statements: int, paid_disputes: list[uuid.UUID]
) -> SettlementRunSettled:
    return SettlementRunSettled(
        run_id=run.id,
        county_code=run.county_code,
        month=run.month,
        resettles_run_id=run.resettles_run_id,
        resettle_reason=run.resettle_reason,
        statements=statements,
        records=run.records,
        claimed_fen=run.claimed_fen,
        deducted_fen=run.deducted_fen,
        fund_payable_fen=run.fund_payable_fen,
        person_share_fen=run.person_share_fen,
        adjustments_fen=run.adjustments_fen,
        deposit_withheld_fen=run.deposit_withheld_fen,
        net_payable_fen=run.net_payable_fen,
        paid_dispute_ids=paid_disputes,
    )


async def statements_of(session: AsyncSession, run_id: uuid.UUID) -> list[models.Statement]:
    return await repository.statements_of(session, run_id)


async def visible_run(session: AsyncSession, principal: Principal, run_id: uuid.UUID) -> models.SettlementRun:
    """The run if the caller sees its county (an institution: any run, narrowed to its own statement by
    :func:`run_view`); otherwise 404."""
    run = await repository.run_by_id(session, run_id)
    if run is None or not (principal.sees_county(run.county_code) or acts_for_one_institution(principal)):
        raise SettlementRunNotFound("no such settlement run")
    return run


async def run_view(session: AsyncSession, principal: Principal, run: models.SettlementRun) -> schemas.Run:
    """The run with its statements; an institution sees its own statement only, and no run without one."""
    out = schemas.Run.model_validate(run)
    statements = await repository.statements_of(session, run.id)
    if acts_for_one_institution(principal):
        statements = [s for s in statements if s.institution_id == principal.institution_id]
        if not statements:
            raise SettlementRunNotFound("no such settlement run")
    out.statements = await statements_out(session, statements)
    return out


async def statements_out(
    session: AsyncSession, statements: Sequence[models.Statement]
) -> list[schemas.Statement]:
    """Statements as the API shows them, each with what was paid out against it so far."""
    paid = await repository.paid_by_statement(session, sorted({s.run_id for s in statements}))
    out = []
    for statement in statements:
        shown = schemas.Statement.model_validate(statement)
        shown.paid_fen = paid.get((statement.run_id, statement.institution_id), 0)
        out.append(shown)
    return out


async def payments_of(
    session: AsyncSession, principal: Principal, run: models.SettlementRun
) -> list[models.Payment]:
    """The payouts recorded against the run, by date; an institution sees its own only, and no run without
    a statement of its own (404, as :func:`run_view`)."""
    if acts_for_one_institution(principal):
        await run_view(session, principal, run)
        return list(await repository.payments_of_run(session, run.id, principal.institution_id))
    return list(await repository.payments_of_run(session, run.id, None))


async def institution_statements(
    session: AsyncSession, institution_id: str, month: dt.date | None
) -> list[models.Statement]:
    """The institution's statements of settled runs, newest first (of one month if given)."""
    first_day = month.replace(day=1) if month is not None else None
    return await repository.settled_statements_of_institution(session, institution_id, first_day)


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
        raise PaidBeforeMonthEnd(f"a payment for {run.month:%Y-%m} is made after the month, not on {paid_on}")
    await repository.lock_payout_reference(session, run.county_code, reference)
    existing = await repository.payment_by_reference(session, run.county_code, reference)
    if existing is not None:
        same = (existing.run_id, existing.institution_id, existing.amount_fen, existing.paid_on) == (
            run.id,
            institution_id,
            amount_fen,
            paid_on,
        )
        if same:
            return existing, True
        raise PayoutRefConflict(
            f"reference {reference} names another payout of county {run.county_code}",
            payment_id=str(existing.id),
        )
    locked = await repository.run_locked_for_share(session, run.id)
    assert locked is not None
    if locked.status != RunStatus.SETTLED:
        settled = await repository.settled_run_id(session, run.county_code, run.month)
        raise RunSuperseded(
            f"run {run.id} was superseded by a re-settlement of {run.month:%Y-%m}; pay against {settled}",
            run_id=str(settled) if settled else None,
        )
    statement = await repository.statement_for_update(session, run.id, institution_id)
    if statement is None:
        raise StatementNotFound(f"run {run.id} has no statement for {institution_id}")
    paid = await repository.paid_for_month(session, run.county_code, run.month, institution_id)
    if paid + amount_fen > statement.net_payable_fen:
        raise Overpayment(
            f"{institution_id} is owed {statement.net_payable_fen - paid} fen for {run.month:%Y-%m}"
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
    outbox.publish(session, payout_recorded(payment, run.month), aggregate_id=str(payment.id))
    return payment, False


def payout_recorded(payment: models.Payment, month: dt.date) -> PayoutRecorded:
    return PayoutRecorded(
        payment_id=payment.id,
        run_id=payment.run_id,
        county_code=payment.county_code,
        month=month,
        institution_id=payment.institution_id,
        amount_fen=payment.amount_fen,
        paid_on=payment.paid_on,
        reference=payment.reference,
    )
