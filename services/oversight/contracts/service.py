"""The rules of contracts: drafting per lot of accounting counties, the status flow draft → in force →
suspended → expired / terminated with its history, one live contract per county and period, and the
acceptance of each period's fulfilment. Every change is announced on the feed (``contract.changed``) in the
same transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import ContractChanged
from services.oversight.cases import repository as cases
from services.oversight.contracts import repository
from services.oversight.contracts.exceptions import (
    AcceptanceOutsideContract,
    AcceptancePeriodTaken,
    ContractCountiesTaken,
    ContractNotEnded,
    ContractNotFiled,
    ContractNotFound,
    ContractorBanned,
    ContractorUnknown,
    ContractReasonRequired,
    ContractStepNotAllowed,
    EvaluationNotFinal,
    EvaluationNotOfPeriod,
    EvaluationUnknown,
    WithholdingMismatch,
)
from services.oversight.contracts.schemas import (
    Acceptance,
    AcceptanceCreate,
    Contract,
    ContractCreate,
    ContractUpdate,
    StatusChange,
    StatusChangeCreate,
)
from services.oversight.models import Contract as ContractRow
from services.oversight.models import (
    ContractAcceptance,
    ContractStatus,
    ContractStatusChange,
    Evaluation,
    EvaluationStatus,
    outbox,
)
from services.oversight.reference.units import require_counties
from shared.errors import FieldError, Unprocessable
from shared.pagination import PageParams, paginate
from shared.principal import Principal

S = ContractStatus
TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.IN_FORCE}),
    S.IN_FORCE: frozenset({S.SUSPENDED, S.EXPIRED, S.TERMINATED}),
    S.SUSPENDED: frozenset({S.IN_FORCE, S.EXPIRED, S.TERMINATED}),
    S.EXPIRED: frozenset(),
    S.TERMINATED: frozenset(),
}
REASON_REQUIRED = frozenset({S.SUSPENDED, S.TERMINATED})


def _not_allowed(row: ContractRow, action: str) -> ContractStepNotAllowed:
    return ContractStepNotAllowed(
        f"cannot {action}: the contract is {row.status}",
        code=f"CONTRACT_IS_{row.status.upper()}",
        current_status=row.status,
    )


def _schema(row: ContractRow, history: list[ContractStatusChange]) -> Contract:
    return Contract.model_validate(
        {
            **{k: getattr(row, k) for k in Contract.model_fields if k != "status_history"},
            "status_history": [StatusChange.model_validate(h, from_attributes=True) for h in history],
        }
    )


async def _announce(
    session: AsyncSession,
    row: ContractRow,
    previous: str | None,
    effective_on: dt.date,
    reason: str | None,
) -> None:
    credit_code = await repository.contractor_credit_code(session, row.contractor_id)
    assert credit_code is not None  # a foreign key
    outbox.publish(
        session,
        ContractChanged(
            contract_id=row.id,
            contractor_id=row.contractor_id,
            contractor_credit_code=credit_code,
            lot=row.lot,
            county_codes=list(row.county_codes),
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            status=row.status,
            previous_status=previous,
            effective_on=effective_on,
            reason=reason,
        ),
        aggregate_id=str(row.id),
    )


async def _row(
    session: AsyncSession, contract_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> ContractRow:
    row = await repository.get(session, contract_id, principal, lock=lock)
    if row is None:
        raise ContractNotFound("no such contract")
    return row


async def get(session: AsyncSession, contract_id: uuid.UUID, principal: Principal) -> Contract:
    row = await _row(session, contract_id, principal)
    return _schema(row, await repository.history(session, [row.id]))


async def create(
    session: AsyncSession, data: ContractCreate, principal: Principal, today: dt.date
) -> Contract:
    if await repository.contractor_credit_code(session, data.contractor_id) is None:
        raise ContractorUnknown(f"no contractor {data.contractor_id} is registered")
    await require_counties(session, principal, data.county_codes, "body.county_codes")
    row = ContractRow(
        id=uuid.uuid4(), status=S.DRAFT.value, created_by=principal.client_id, **data.model_dump()
    )
    session.add(row)
    session.add(
        ContractStatusChange(
            contract_id=row.id,
            from_status=None,
            to_status=S.DRAFT.value,
            effective_on=today,
            reason=None,
            changed_by=principal.client_id,
        )
    )
    await session.flush()
    await session.refresh(row)
    await _announce(session, row, None, today, None)
    return await get(session, row.id, principal)


async def update(
    session: AsyncSession, contract_id: uuid.UUID, data: ContractUpdate, principal: Principal, today: dt.date
) -> Contract:
    row = await _row(session, contract_id, principal, lock=True)
    if row.status != S.DRAFT:
        raise _not_allowed(row, "change the terms (only a draft's terms change)")
    changes = data.model_dump(exclude_unset=True)
    changes.pop("subcontracting_forbidden", None)  # true or refused by the schema
    if "county_codes" in changes:
        await require_counties(session, principal, changes["county_codes"], "body.county_codes")
    for key, value in changes.items():
        setattr(row, key, value)
    if row.ends_on < row.starts_on:
        raise Unprocessable(
            "ends_on is before starts_on",
            errors=[
                FieldError(
                    field="body.ends_on", code="PERIOD_INVERTED", message="ends_on is before starts_on"
                )
            ],
        )
    row.updated_at = repository.now()
    await session.flush()
    await session.refresh(row)
    await _announce(session, row, S.DRAFT.value, today, None)
    return await get(session, row.id, principal)


async def change_status(
    session: AsyncSession,
    contract_id: uuid.UUID,
    data: StatusChangeCreate,
    principal: Principal,
    today: dt.date,
) -> Contract:
    row = await _row(session, contract_id, principal, lock=True)
    target = S(data.status)
    if target not in TRANSITIONS[S(row.status)]:
        raise _not_allowed(row, f"move it to {target.value}")
    reason = (data.reason or "").strip() or None
    if target in REASON_REQUIRED and reason is None:
        raise ContractReasonRequired(
            f"a contract is {target.value} for a reason",
            errors=[FieldError(field="body.reason", code="REQUIRED", message="why")],
        )
    effective_on = data.effective_on or today
    if target is S.IN_FORCE and row.status == S.DRAFT:
        if row.finance_filed_on is None or row.finance_filing_reference is None:
            raise ContractNotFiled(
                "a contract comes into force once filed with finance (合同报同级财政部门备案): "
                "set finance_filing_reference and finance_filed_on first"
            )
        banned_until = await cases.ban_until(session, row.contractor_id, effective_on)
        if banned_until is not None:
            raise ContractorBanned(
                f"the contractor's credit record bars it from government purchases of services until "
                f'{banned_until.isoformat()} (S001 "三年之内不得参与政府购买服务")',
                banned_until=banned_until.isoformat(),
            )
        await repository.lock_counties(session, row.county_codes)
        taken = await repository.live_overlapping(
            session, row.id, row.county_codes, row.starts_on, row.ends_on
        )
        if taken:
            counties: dict[str, list[str]] = defaultdict(list)
            for other in taken:
                for code in sorted(set(other.county_codes) & set(row.county_codes)):
                    counties[code].append(str(other.id))
            raise ContractCountiesTaken(
                "another contract in force covers "
                + ", ".join(sorted(counties))
                + " for an overlapping period",
                county_codes=sorted(counties),
                contract_ids=sorted({str(o.id) for o in taken}),
            )
    if target is S.EXPIRED and today <= row.ends_on:
        raise ContractNotEnded(f"the contract runs until {row.ends_on.isoformat()}")
    previous = row.status
    row.status = target.value
    row.status_reason = reason
    row.updated_at = repository.now()
    session.add(
        ContractStatusChange(
            contract_id=row.id,
            from_status=previous,
            to_status=target.value,
            effective_on=effective_on,
            reason=reason,
            changed_by=principal.client_id,
        )
    )
    await session.flush()
    await session.refresh(row)
    await _announce(session, row, previous, effective_on, reason)
    return await get(session, row.id, principal)


async def list_contracts(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    contractor_id: uuid.UUID | None,
    status: str | None,
    county_code: str | None,
) -> tuple[list[Contract], str | None]:
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await paginate(
        session,
        repository.listing(principal, contractor_id, status, county_code),
        [ContractRow.starts_on, ContractRow.id],
        page,
        lambda r: [r.starts_on, r.id],
    )
    history = await repository.history(session, [r.id for r in rows])
    by_contract: dict[uuid.UUID, list[ContractStatusChange]] = defaultdict(list)
    for change in history:
        by_contract[change.contract_id].append(change)
    return [_schema(r, by_contract[r.id]) for r in rows], cursor


def _acceptance(row: ContractAcceptance) -> Acceptance:
    return Acceptance.model_validate(
        {
            **{k: getattr(row, k) for k in Acceptance.model_fields if k != "fee_released_fen"},
            "fee_released_fen": row.fee_payable_fen - row.withheld_fen,
        }
    )


async def accept(
    session: AsyncSession,
    contract_id: uuid.UUID,
    data: AcceptanceCreate,
    principal: Principal,
    today: dt.date,
) -> Acceptance:
    """The contract row is locked first, so two acceptances of one contract take turns and the second sees
    the first's period."""
    row = await _row(session, contract_id, principal, lock=True)
    if row.status == S.DRAFT:
        raise _not_allowed(row, "accept its fulfilment (a draft was never in force)")
    if data.period_start < row.starts_on or data.period_end > row.ends_on:
        raise AcceptanceOutsideContract(
            f"the contract runs from {row.starts_on.isoformat()} to {row.ends_on.isoformat()}"
        )
    before = await repository.accepted_overlapping(session, row.id, data.period_start, data.period_end)
    if before is not None:
        raise AcceptancePeriodTaken(
            f"{before.period_start.isoformat()}–{before.period_end.isoformat()} is accepted already",
            acceptance_id=str(before.id),
        )
    withheld = sum(w.amount_fen for w in data.withholdings)
    if data.evaluation_id is not None:
        evaluation = await repository.evaluation(session, data.evaluation_id)
        _cited(row, data, evaluation, withheld)
    acceptance = ContractAcceptance(
        id=uuid.uuid4(),
        contract_id=row.id,
        period_start=data.period_start,
        period_end=data.period_end,
        fee_payable_fen=data.fee_payable_fen,
        withheld_fen=withheld,
        withholdings=[w.model_dump() for w in data.withholdings],
        accepted_on=today,
        accepted_by=principal.client_id,
        note=data.note,
        evaluation_id=data.evaluation_id,
    )
    session.add(acceptance)
    await session.flush()
    return _acceptance(acceptance)


def withheld_by_grade(fee_payable_fen: int, fee_at_risk_bp: int, fee_release_bp: int) -> int:
    """The fee at risk (fee payable × the contract's share at risk) less the share the grade releases,
    rounded half up to the fen."""
    numerator = fee_payable_fen * fee_at_risk_bp * (10_000 - fee_release_bp)
    return (numerator + 50_000_000) // 100_000_000


def _cited(row: ContractRow, data: AcceptanceCreate, evaluation: Evaluation | None, withheld: int) -> None:
    """An acceptance citing a final evaluation of the contract's period withholds what its grade says."""
    assert data.evaluation_id is not None
    if evaluation is None:
        raise EvaluationUnknown(f"no evaluation {data.evaluation_id}")
    if evaluation.contract_id != row.id or (evaluation.period_from, evaluation.period_to) != (
        data.period_start,
        data.period_end,
    ):
        raise EvaluationNotOfPeriod(
            f"the evaluation is of {evaluation.period_from.isoformat()}–{evaluation.period_to.isoformat()}"
            + ("" if evaluation.contract_id == row.id else " and of another contract"),
        )
    if evaluation.status != EvaluationStatus.FINAL or evaluation.fee_release_bp is None:
        raise EvaluationNotFinal(
            f"the evaluation is {evaluation.status}, not final", current_status=evaluation.status
        )
    expected = withheld_by_grade(data.fee_payable_fen, row.fee_at_risk_bp, evaluation.fee_release_bp)
    if withheld != expected:
        raise WithholdingMismatch(
            f"grade {evaluation.grade} releases {evaluation.fee_release_bp / 100:g}% of the fee at risk: "
            f"{expected} fen is withheld, not {withheld}",
            expected_withheld_fen=expected,
            grade=evaluation.grade,
            fee_release_bp=evaluation.fee_release_bp,
        )


async def list_acceptances(
    session: AsyncSession, contract_id: uuid.UUID, principal: Principal
) -> list[Acceptance]:
    row = await _row(session, contract_id, principal)
    return [_acceptance(a) for a in await repository.acceptances(session, row.id)]
