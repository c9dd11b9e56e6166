"""Recoveries (追回) of money paid wrongly to an institution, as oversight orders them (``recovery.ordered``).

Booked on arrival as one balanced ledger transaction: a receivable from the institution
(``receivable_institutions``) against the expense of the year the money was paid (``expense_recovered``,
dated in that year) while that year's books are open, or against a recovery income (``income_recoveries``)
once its annual clearing has closed it. Then, until nothing is outstanding:

- **netted**: the institution's next settlement run in its county takes what it can (never more than the
  statement's net payable) as a statement line, with its legs in the run's transaction (payable down,
  receivable down); a re-settlement reverses that transaction and cancels the run's nettings, so the new run
  nets them once again, never twice;
- **repaid**: the institution pays back (cash in, receivable down), once per bank reference;
- **written off**: the bureau gives up the rest, with a reason (an expense of the year written off).

Each change is a row of ``recovery_movements`` and is announced (``recovery.changed``) in its transaction.
A recovery's row is locked while it changes, so concurrent repayments, write-offs and runs take turns.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from contracts import oversight
from contracts.settlement import RecoveryChanged
from services.settlement import models
from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.ledger import repository as ledger_repository
from services.settlement.ledger import service as ledger
from services.settlement.models import RecoveryBooking, RecoveryMovementKind, RecoveryStatus, outbox
from services.settlement.recoveries import repository, schemas
from services.settlement.recoveries.auth import sees_recovery
from services.settlement.recoveries.exceptions import (
    RecoveryClosed,
    RecoveryDateBeforeDecision,
    RecoveryNotApplicable,
    RecoveryNotFound,
    RecoveryOverpaid,
    RecoveryRefConflict,
)
from shared import dates
from shared.pagination import PageParams
from shared.principal import Principal

FEED_ACTOR = "feed"
RECEIVABLE = "receivable_institutions"


async def order(session: AsyncSession, p: oversight.RecoveryOrdered) -> models.Recovery:
    """Book a recovery oversight ordered (once: the same order again changes nothing)."""
    existing = await repository.recovery(session, p.recovery_id)
    if existing is not None:
        return existing
    institution = await session.get(models.Institution, p.institution_id)
    if institution is None or institution.county_code != p.county_code:
        raise RecoveryNotApplicable(f"no institution {p.institution_id} in county {p.county_code}")
    if p.paid_in_year > p.decided_on.year:
        raise RecoveryNotApplicable(f"money paid in {p.paid_in_year} cannot be recovered on {p.decided_on}")
    if await ledger_repository.is_closed(session, p.county_code, p.paid_in_year):
        booking, account, booked_on = RecoveryBooking.INCOME, "income_recoveries", p.decided_on
        if await ledger_repository.is_closed(session, p.county_code, booked_on.year):
            booked_on = dates.today()
    else:
        booking, account = RecoveryBooking.EXPENSE, "expense_recovered"
        booked_on = min(p.decided_on, dt.date(p.paid_in_year, 12, 31))
    tx_id = await ledger.post(
        session,
        client_id=f"recovery:{p.recovery_id}",
        county_code=p.county_code,
        posted_on=booked_on,
        kind="recovery",
        legs=[
            ledger.Leg(RECEIVABLE, p.amount_fen, p.institution_id),
            ledger.Leg(account, -p.amount_fen, p.institution_id),
        ],
        created_by=FEED_ACTOR,
        memo=f"{p.case_number}: {p.reason}"[:500],
    )
    recovery = models.Recovery(
        id=p.recovery_id,
        case_id=p.case_id,
        case_number=p.case_number,
        institution_id=p.institution_id,
        county_code=p.county_code,
        amount_fen=p.amount_fen,
        paid_in_year=p.paid_in_year,
        decided_on=p.decided_on,
        reason=p.reason,
        booked_against=booking,
        booked_on=booked_on,
        ledger_transaction_id=tx_id,
        netted_fen=0,
        repaid_fen=0,
        written_off_fen=0,
        status=RecoveryStatus.OPEN,
    )
    session.add(recovery)
    await session.flush()
    _announce(session, recovery, booked_on)
    return recovery


def _announce(
    session: AsyncSession, r: models.Recovery, changed_on: dt.date, run_id: uuid.UUID | None = None
) -> None:
    outbox.publish(
        session,
        RecoveryChanged(
            recovery_id=r.id,
            case_id=r.case_id,
            institution_id=r.institution_id,
            county_code=r.county_code,
            amount_fen=r.amount_fen,
            netted_fen=r.netted_fen,
            repaid_fen=r.repaid_fen,
            written_off_fen=r.written_off_fen,
            outstanding_fen=r.outstanding_fen,
            status=RecoveryStatus(r.status).value,
            changed_on=changed_on,
            run_id=run_id,
        ),
        aggregate_id=str(r.id),
    )


def _settle_status(r: models.Recovery, last: RecoveryMovementKind) -> None:
    r.status = RecoveryStatus.OPEN if r.outstanding_fen > 0 else RecoveryStatus(last.value)
    r.updated_at = dt.datetime.now(dt.UTC)


async def net(
    session: AsyncSession,
    run_id: uuid.UUID,
    county_code: str,
    netted_on: dt.date,
    payable: dict[str, int],
    created_by: str,
) -> dict[str, int]:
    """Net the open recoveries of the institutions of a run against their statements' net payable
    (``payable``: institution → fen), oldest decision first; answers institution → fen netted."""
    netted: dict[str, int] = {}
    open_ones = await repository.open_recoveries_for_netting(
        session, county_code, [i for i, fen in payable.items() if fen > 0]
    )
    for r in open_ones:
        room = payable[r.institution_id] - netted.get(r.institution_id, 0)
        take = min(room, r.outstanding_fen)
        if take <= 0:
            continue
        netted[r.institution_id] = netted.get(r.institution_id, 0) + take
        session.add(
            models.RecoveryMovement(
                recovery_id=r.id,
                kind=RecoveryMovementKind.NETTED,
                amount_fen=take,
                moved_on=netted_on,
                run_id=run_id,
                recorded_by=created_by,
            )
        )
        r.netted_fen += take
        _settle_status(r, RecoveryMovementKind.NETTED)
        await session.flush()
        _announce(session, r, netted_on, run_id)
    return netted


async def link_nettings(session: AsyncSession, run_id: uuid.UUID, transaction_id: int) -> None:
    await repository.link_nettings(session, run_id, transaction_id)


async def cancel_nettings(session: AsyncSession, superseded_run_id: uuid.UUID, by_run_id: uuid.UUID) -> None:
    """A re-settlement reversed the run's transaction (its netting legs with it): what the run netted is
    owed again, for the new run to net."""
    nettings = await repository.nettings_of_run(session, superseded_run_id)
    for m in nettings:
        r = await repository.recovery(session, m.recovery_id, lock=True)
        assert r is not None
        r.netted_fen -= m.amount_fen
        _settle_status(r, RecoveryMovementKind.NETTED)
    await repository.cancel_nettings(session, [m.id for m in nettings], by_run_id)
    await session.flush()


async def visible(
    session: AsyncSession, principal: Principal, recovery_id: uuid.UUID, *, lock: bool = False
) -> models.Recovery:
    r = await repository.recovery(session, recovery_id, lock=lock)
    if r is None or not sees_recovery(principal, r):
        raise RecoveryNotFound(f"no recovery {recovery_id}")
    return r


async def list_recoveries(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    *,
    county_code: str | None,
    institution_id: str | None,
    status: RecoveryStatus | None,
) -> tuple[list[models.Recovery], str | None]:
    own = principal.institution_id if acts_for_one_institution(principal) else None
    return await repository.recoveries_page(
        session,
        principal,
        params,
        own_institution=own,
        filters={"county_code": county_code, "institution_id": institution_id, "status": status},
    )


async def detail(session: AsyncSession, r: models.Recovery) -> schemas.RecoveryDetail:
    movements = await repository.movements_of(session, r.id)
    out = schemas.RecoveryDetail.model_validate(r)
    out.movements = [schemas.Movement.model_validate(m) for m in movements]
    ids = {r.ledger_transaction_id}
    ids.update(m.ledger_transaction_id for m in movements if m.ledger_transaction_id is not None)
    out.ledger_transaction_ids = sorted(ids)
    return out


async def _move(
    session: AsyncSession,
    principal: Principal,
    recovery_id: uuid.UUID,
    kind: RecoveryMovementKind,
    *,
    amount_fen: int | None,
    moved_on: dt.date,
    reference: str,
    reason: str | None,
    account: str,
) -> tuple[models.Recovery, bool]:
    """A repayment or a write-off, once per reference: the same again is replayed, other content under
    the reference is a 409. The recovery's row is locked first, so concurrent ones take turns."""
    r = await visible(session, principal, recovery_id, lock=True)
    existing = await repository.movement_by_reference(session, r.id, kind, reference)
    if existing is not None:
        same_amount = amount_fen is None or existing.amount_fen == amount_fen
        if same_amount and (existing.moved_on, existing.reason) == (moved_on, reason):
            return r, True
        raise RecoveryRefConflict(f"reference {reference} names another {kind.value} of this recovery")
    if moved_on < r.decided_on:
        raise RecoveryDateBeforeDecision(f"the recovery was decided on {r.decided_on}, not before {moved_on}")
    if r.outstanding_fen == 0:
        raise RecoveryClosed(f"nothing is outstanding on recovery {r.id} ({r.status})")
    amount = r.outstanding_fen if amount_fen is None else amount_fen
    if amount > r.outstanding_fen:
        raise RecoveryOverpaid(f"{r.outstanding_fen} fen is outstanding, not {amount}")
    tx_id = await ledger.post(
        session,
        client_id=f"recovery-{kind.value}:{r.id}:{reference}",
        county_code=r.county_code,
        posted_on=moved_on,
        kind=f"recovery_{kind.value}",
        legs=[
            ledger.Leg(account, amount, r.institution_id),
            ledger.Leg(RECEIVABLE, -amount, r.institution_id),
        ],
        created_by=principal.client_id,
        memo=(reason or reference)[:500],
    )
    session.add(
        models.RecoveryMovement(
            recovery_id=r.id,
            kind=kind,
            amount_fen=amount,
            moved_on=moved_on,
            reference=reference,
            reason=reason,
            ledger_transaction_id=tx_id,
            recorded_by=principal.client_id,
        )
    )
    if kind is RecoveryMovementKind.REPAID:
        r.repaid_fen += amount
    else:
        r.written_off_fen += amount
    _settle_status(r, kind)
    await session.flush()
    _announce(session, r, moved_on)
    return r, False


async def repay(
    session: AsyncSession, principal: Principal, recovery_id: uuid.UUID, data: schemas.RepaymentCreate
) -> tuple[models.Recovery, bool]:
    return await _move(
        session,
        principal,
        recovery_id,
        RecoveryMovementKind.REPAID,
        amount_fen=data.amount_fen,
        moved_on=data.paid_on,
        reference=data.reference,
        reason=None,
        account="cash",
    )


async def write_off(
    session: AsyncSession, principal: Principal, recovery_id: uuid.UUID, data: schemas.WriteOffCreate
) -> tuple[models.Recovery, bool]:
    return await _move(
        session,
        principal,
        recovery_id,
        RecoveryMovementKind.WRITTEN_OFF,
        amount_fen=data.amount_fen,
        moved_on=data.written_off_on,
        reference=data.reference,
        reason=data.reason,
        account="expense_recoveries_written_off",
    )
