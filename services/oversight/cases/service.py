"""The rules of cases: opened on an institution from a finding, a review, a complaint or a data rule; evidence
and the institution's statement; open → investigating → decided → closed with its history; the bureau's
decision with sanctions and money ordered recovered, announced on the feed (``sanction.changed``,
``recovery.ordered``) in the same transaction; sanctions lifted; the rules of supervision as versioned
data."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import RecoveryOrdered, SanctionChanged
from services.oversight.cases import repository
from services.oversight.cases.auth import may_name_contracts
from services.oversight.cases.exceptions import (
    CaseContractUnknown,
    CaseNotFound,
    CaseSourceUnknown,
    CaseStepNotAllowed,
    InstitutionUnknown,
    RecoveryNotForContractor,
    RuleNotFound,
    SanctionLiftBeforeEffect,
    SanctionLifted,
    SanctionNotFound,
)
from services.oversight.cases.schemas import (
    Case,
    CaseCreate,
    CaseStatusChangeCreate,
    DecisionCreate,
    EntryCreate,
    Recovery,
    Rule,
    RuleUpdate,
    RuleVersion,
    Sanction,
    SanctionLift,
)
from services.oversight.cases.schemas import CaseStatusChange as StatusChangeOut
from services.oversight.cases.schemas import Entry as EntryOut
from services.oversight.contracts import service as contracts
from services.oversight.contracts.schemas import StatusChangeCreate
from services.oversight.feeds.repository import institution as institution_in_scope
from services.oversight.models import Case as CaseRow
from services.oversight.models import (
    CaseEntry,
    CaseStatus,
    CaseStatusChange,
    CaseSubject,
    Complaint,
    ContractStatus,
    Inspection,
    InstitutionMirror,
    OversightRule,
    RecoveryStatus,
    SanctionKind,
    SanctionStatus,
    outbox,
)
from services.oversight.models import Contract as ContractRow
from services.oversight.models import Recovery as RecoveryRow
from services.oversight.models import Sanction as SanctionRow
from services.oversight.reference.units import require_counties
from shared.errors import FieldError, Unprocessable
from shared.pagination import PageParams, paginate
from shared.principal import Principal

S = CaseStatus
BAN_RULE = "credit_record.ban_years"


def not_allowed(row: CaseRow, action: str) -> CaseStepNotAllowed:
    return CaseStepNotAllowed(
        f"cannot {action}: the case is {row.status}",
        code=f"CASE_IS_{row.status.upper()}",
        current_status=row.status,
    )


def _sanction(row: SanctionRow) -> Sanction:
    return Sanction.model_validate(row, from_attributes=True)


def _recovery(row: RecoveryRow) -> Recovery:
    return Recovery.model_validate(row, from_attributes=True)


async def _schemas(session: AsyncSession, rows: list[CaseRow]) -> list[Case]:
    ids = [r.id for r in rows]
    history: dict[uuid.UUID, list[Any]] = defaultdict(list)
    entries: dict[uuid.UUID, list[Any]] = defaultdict(list)
    sanctions: dict[uuid.UUID, list[Any]] = defaultdict(list)
    recoveries: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for h in await repository.history(session, ids):
        history[h.case_id].append(StatusChangeOut.model_validate(h, from_attributes=True))
    for e in await repository.entries(session, ids):
        entries[e.case_id].append(EntryOut.model_validate(e, from_attributes=True))
    for s in await repository.sanctions(session, ids):
        sanctions[s.case_id].append(_sanction(s))
    for r in await repository.recoveries(session, ids):
        recoveries[r.case_id].append(_recovery(r))
    return [
        Case.model_validate(
            {
                **{
                    k: getattr(row, k)
                    for k in Case.model_fields
                    if k not in ("status_history", "entries", "sanctions", "recoveries")
                },
                "status_history": history[row.id],
                "entries": entries[row.id],
                "sanctions": sanctions[row.id],
                "recoveries": recoveries[row.id],
            }
        )
        for row in rows
    ]


async def _row(
    session: AsyncSession, case_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> CaseRow:
    row = await repository.get(session, case_id, principal, lock=lock)
    if row is None:
        raise CaseNotFound("no such case")
    return row


async def get(session: AsyncSession, case_id: uuid.UUID, principal: Principal) -> Case:
    (case,) = await _schemas(session, [await _row(session, case_id, principal)])
    return case


def _history(
    row: CaseRow, previous: str | None, reason: str | None, principal: Principal
) -> CaseStatusChange:
    return CaseStatusChange(
        case_id=row.id,
        from_status=previous,
        to_status=row.status,
        reason=reason,
        changed_by=principal.client_id,
    )


async def _subject(
    session: AsyncSession, data: CaseCreate, principal: Principal
) -> tuple[InstitutionMirror | None, ContractRow | None]:
    """The institution the case is on, or the contract under which the contractor's conduct is (the bureau's
    only: to anyone else every contract is unknown here)."""
    if data.subject_kind == "contractor":
        assert data.contract_id is not None  # the schema requires it
        contract = await session.get(ContractRow, data.contract_id) if may_name_contracts(principal) else None
        if contract is None:
            raise CaseContractUnknown(
                f"no contract {data.contract_id} that you may name",
                errors=[
                    FieldError(field="body.contract_id", code="CASE_CONTRACT_UNKNOWN", message="unknown")
                ],
            )
        return None, contract
    assert data.institution_id is not None  # the schema requires it
    institution = await institution_in_scope(session, data.institution_id, principal)
    if institution is None:
        raise InstitutionUnknown(
            f"no institution {data.institution_id} that you may name",
            errors=[FieldError(field="body.institution_id", code="INSTITUTION_UNKNOWN", message="unknown")],
        )
    return institution, None


async def open_case(
    session: AsyncSession,
    data: CaseCreate,
    principal: Principal,
    today: dt.date,
) -> CaseRow:
    """A new case (``open``) on an institution or on a contractor under one of its contracts (商保经办机构
    违规); its source is linked back (the visit's or the complaint's ``case_id``)."""
    institution, contract = await _subject(session, data, principal)
    counties = (
        [institution.county_code]
        if institution is not None
        else sorted(contract.county_codes if contract else [])
    )
    source_row: Inspection | Complaint | None = None
    if data.inspection_id is not None and data.source == "finding" and institution is not None:
        source_row = await session.get(Inspection, data.inspection_id, with_for_update=True)
        if source_row is None or source_row.institution_id != institution.id:
            raise CaseSourceUnknown(f"no visit {data.inspection_id} of {institution.id}")
    if data.complaint_id is not None and data.source == "complaint":
        source_row = await session.get(Complaint, data.complaint_id, with_for_update=True)
        if source_row is None or (
            source_row.institution_id != institution.id
            if institution is not None
            else source_row.county_code not in counties
        ):
            raise CaseSourceUnknown(f"no complaint {data.complaint_id} about this subject")
    row = CaseRow(
        id=uuid.uuid4(),
        number=f"AJ-{today.year}-{uuid.uuid4().hex[:8].upper()}",
        subject_kind=data.subject_kind,
        institution_id=institution.id if institution else None,
        contractor_id=contract.contractor_id if contract else None,
        contract_id=contract.id if contract else None,
        county_code=counties[0],
        source=data.source,
        inspection_id=data.inspection_id if data.source == "finding" else None,
        service_record_id=data.service_record_id if data.source == "review" else None,
        complaint_id=data.complaint_id if data.source == "complaint" else None,
        data_rule=data.data_rule if data.source == "data_rule" else None,
        summary=data.summary,
        status=S.OPEN.value,
        opened_on=today,
        created_by=principal.client_id,
    )
    session.add(row)
    await session.flush()
    if source_row is not None:
        source_row.case_id = row.id
    session.add(_history(row, None, None, principal))
    if data.evidence:
        session.add(
            CaseEntry(
                case_id=row.id,
                kind="evidence",
                text=data.summary,
                documents=[d.model_dump() for d in data.evidence],
                recorded_by=principal.client_id,
                recorded_role=principal.role.value,
            )
        )
    await session.flush()
    return row


async def create(session: AsyncSession, data: CaseCreate, principal: Principal, today: dt.date) -> Case:
    row = await open_case(session, data, principal, today)
    return await get(session, row.id, principal)


async def add_evidence(
    session: AsyncSession, case_id: uuid.UUID, data: EntryCreate, principal: Principal
) -> Case:
    row = await _row(session, case_id, principal, lock=True)
    if row.status == S.CLOSED:
        raise not_allowed(row, "add evidence")
    return await _entry(session, row, "evidence", data, principal)


async def add_statement(
    session: AsyncSession, case_id: uuid.UUID, data: EntryCreate, principal: Principal
) -> Case:
    """The institution states its case (陈述申辩) while the case is undecided."""
    row = await _row(session, case_id, principal, lock=True)
    if row.status not in (S.OPEN, S.INVESTIGATING):
        raise not_allowed(row, "state your case (the case is no longer undecided)")
    return await _entry(session, row, "statement", data, principal)


async def _entry(
    session: AsyncSession, row: CaseRow, kind: str, data: EntryCreate, principal: Principal
) -> Case:
    session.add(
        CaseEntry(
            case_id=row.id,
            kind=kind,
            text=data.text,
            documents=[d.model_dump() for d in data.documents],
            recorded_by=principal.client_id,
            recorded_role=principal.role.value,
        )
    )
    row.updated_at = repository.now()
    await session.flush()
    await session.refresh(row)
    return await get(session, row.id, principal)


async def change_status(
    session: AsyncSession, case_id: uuid.UUID, data: CaseStatusChangeCreate, principal: Principal
) -> Case:
    """open → investigating; decided → closed; an undecided case closed (dismissed) with a reason."""
    row = await _row(session, case_id, principal, lock=True)
    reason = (data.reason or "").strip() or None
    previous = row.status
    target = S(data.status)
    if target is S.INVESTIGATING and row.status != S.OPEN:
        raise not_allowed(row, "start the investigation")
    if target is S.CLOSED:
        if row.status == S.CLOSED:
            raise not_allowed(row, "close it")
        if row.status != S.DECIDED and reason is None:
            raise Unprocessable(
                "an undecided case is closed (dismissed) for a reason",
                code="CASE_REASON_REQUIRED",
                errors=[FieldError(field="body.reason", code="REQUIRED", message="why")],
            )
    row.status = data.status
    row.updated_at = repository.now()
    session.add(_history(row, previous, reason, principal))
    await session.flush()
    await session.refresh(row)
    return await get(session, row.id, principal)


def _announce_sanction(row: SanctionRow, case: CaseRow, decided_on: dt.date) -> SanctionChanged:
    return SanctionChanged(
        sanction_id=row.id,
        case_id=case.id,
        case_number=case.number,
        subject_kind=CaseSubject(case.subject_kind).value,
        institution_id=case.institution_id,
        contractor_id=case.contractor_id,
        county_code=case.county_code,
        kind=row.kind,
        status=row.status,
        decided_on=decided_on,
        effective_on=row.effective_on,
        ends_on=row.ends_on,
        reason=row.lift_reason if row.status == SanctionStatus.LIFTED and row.lift_reason else row.reason,
    )


def _rule_ref(rule: OversightRule) -> dict[str, Any]:
    return {
        "key": rule.key,
        "version": rule.version,
        "value": rule.value,
        "unit": rule.unit,
        "confirmed": rule.confirmed,
        "source": rule.source,
    }


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


async def _on_contract(
    session: AsyncSession, case: CaseRow, sanction: SanctionRow, principal: Principal, today: dt.date
) -> None:
    """A contractor's suspension or termination acts on the contract of its case through the contract's own
    steps, so ``contract.changed`` is announced and the gateway refuses its clients' writes; lifting a
    suspension brings a suspended contract back into force unless another case's suspension still holds
    it. A warning, a rectification, a referral and a credit record act on nothing here (the credit
    record's ban is read when a contract comes into force)."""
    if case.subject_kind != CaseSubject.CONTRACTOR or case.contract_id is None:
        return
    kind = SanctionKind(sanction.kind)
    lifted = sanction.status == SanctionStatus.LIFTED
    why = f"{case.number}: {sanction.lift_reason if lifted else sanction.reason}"[:1000]
    if kind is SanctionKind.SUSPENSION and not lifted:
        contract = await session.get(ContractRow, case.contract_id)
        if contract is not None and contract.status == ContractStatus.SUSPENDED:
            return  # suspended already by another case: this suspension holds it too
        step = StatusChangeCreate(status="suspended", reason=why)
    elif kind is SanctionKind.TERMINATION and not lifted:
        step = StatusChangeCreate(status="terminated", reason=why)
    elif kind is SanctionKind.SUSPENSION and lifted:
        contract = await session.get(ContractRow, case.contract_id)
        if contract is None or contract.status != ContractStatus.SUSPENDED:
            return  # terminated or expired meanwhile: nothing to bring back
        if await repository.other_suspensions(session, case.contract_id, sanction.id):
            return  # another case's suspension still holds it
        step = StatusChangeCreate(status="in_force", reason=why)
    else:
        return
    step.effective_on = sanction.lifted_on if lifted else sanction.effective_on
    await contracts.change_status(session, case.contract_id, step, principal, today)


async def decide(
    session: AsyncSession, case_id: uuid.UUID, data: DecisionCreate, principal: Principal, today: dt.date
) -> Case:
    """The bureau's decision, once: the case row is locked first, so two decisions sent together take turns
    and the second is told the case is decided. Each sanction is announced (``sanction.changed``) and each
    recovery ordered (``recovery.ordered``) in the same transaction."""
    row = await _row(session, case_id, principal, lock=True)
    if row.status not in (S.OPEN, S.INVESTIGATING):
        raise not_allowed(row, "decide it")
    if row.subject_kind == CaseSubject.CONTRACTOR and data.recoveries:
        raise RecoveryNotForContractor(
            "money is recovered from an institution it was paid to; a contractor's fee is withheld at the "
            "acceptance of its fulfilment (POST /contracts/{id}/acceptances)",
            errors=[FieldError(field="body.recoveries", code="RECOVERY_NOT_FOR_CONTRACTOR", message="none")],
        )
    decided_on = data.decided_on or today
    made: list[SanctionRow] = []
    for index, sanction in enumerate(data.sanctions):
        effective_on = sanction.effective_on or decided_on
        ends_on = sanction.ends_on
        rule = None
        if SanctionKind(sanction.kind) is SanctionKind.CREDIT_RECORD:
            found = await repository.rule_on(session, BAN_RULE, effective_on)
            if found is None:
                raise RuleNotFound(f"no version of {BAN_RULE} is in force on {effective_on.isoformat()}")
            rule = _rule_ref(found)
            ends_on = _years_later(effective_on, found.value) - dt.timedelta(days=1)
        if ends_on is not None and ends_on < effective_on:
            raise Unprocessable(
                "the sanction ends before it takes effect",
                errors=[
                    FieldError(
                        field=f"body.sanctions.{index}.ends_on",
                        code="PERIOD_INVERTED",
                        message="ends_on is before effective_on",
                    )
                ],
            )
        made.append(
            SanctionRow(
                id=uuid.uuid4(),
                case_id=row.id,
                position=index,
                kind=sanction.kind,
                status=SanctionStatus.IN_FORCE.value,
                effective_on=effective_on,
                ends_on=ends_on,
                referred_to=(sanction.referred_to or "").strip() or None,
                reason=sanction.reason,
                rule=rule,
            )
        )
    orders = [
        RecoveryRow(
            id=uuid.uuid4(),
            case_id=row.id,
            position=index,
            institution_id=institution_id,
            county_code=row.county_code,
            amount_fen=r.amount_fen,
            paid_in_year=r.paid_in_year,
            reason=r.reason,
            decided_on=decided_on,
            status=RecoveryStatus.ORDERED.value,
            outstanding_fen=r.amount_fen,
        )
        for institution_id in [row.institution_id]
        if institution_id is not None  # a contractor's case was refused any recovery above
        for index, r in enumerate(data.recoveries)
    ]
    previous = row.status
    row.status = S.DECIDED.value
    row.outcome = data.outcome
    row.decided_on = decided_on
    row.decision_reason = data.reason
    row.decided_by = principal.client_id
    row.updated_at = repository.now()
    session.add(_history(row, previous, data.reason, principal))
    session.add_all(made)
    session.add_all(orders)
    await session.flush()
    for sanction_row in made:
        outbox.publish(
            session, _announce_sanction(sanction_row, row, decided_on), aggregate_id=str(sanction_row.id)
        )
        await _on_contract(session, row, sanction_row, principal, today)
    for order in orders:
        outbox.publish(
            session,
            RecoveryOrdered(
                recovery_id=order.id,
                case_id=row.id,
                case_number=row.number,
                institution_id=order.institution_id,
                county_code=row.county_code,
                amount_fen=order.amount_fen,
                paid_in_year=order.paid_in_year,
                decided_on=decided_on,
                reason=order.reason,
            ),
            aggregate_id=str(order.id),
        )
    await session.refresh(row)
    return await get(session, row.id, principal)


async def lift(
    session: AsyncSession, sanction_id: uuid.UUID, data: SanctionLift, principal: Principal, today: dt.date
) -> Case:
    found = await repository.sanction_with_case(session, sanction_id, principal)
    if found is None:
        raise SanctionNotFound("no such sanction")
    sanction, case = found
    if sanction.status == SanctionStatus.LIFTED:
        raise SanctionLifted(f"the sanction was lifted on {sanction.lifted_on}")
    lifted_on = data.lifted_on or today
    if lifted_on < sanction.effective_on:
        raise SanctionLiftBeforeEffect(
            f"the sanction takes effect on {sanction.effective_on.isoformat()}; lift it on that day or later"
        )
    sanction.status = SanctionStatus.LIFTED.value
    sanction.lifted_on = lifted_on
    sanction.lift_reason = data.reason
    sanction.lifted_by = principal.client_id
    if sanction.ends_on is None or sanction.ends_on > lifted_on:
        sanction.ends_on = lifted_on
    await session.flush()
    assert case.decided_on is not None  # a sanction is made by a decision
    outbox.publish(
        session, _announce_sanction(sanction, case, case.decided_on), aggregate_id=str(sanction.id)
    )
    await _on_contract(session, case, sanction, principal, today)
    return await get(session, case.id, principal)


async def list_cases(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    status: str | None,
    institution_id: str | None,
    county_code: str | None,
    contractor_id: uuid.UUID | None = None,
) -> tuple[list[Case], str | None]:
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await paginate(
        session,
        repository.listing(principal, status, institution_id, county_code, contractor_id),
        [CaseRow.opened_on, CaseRow.id],
        page,
        lambda r: [r.opened_on, r.id],
    )
    return await _schemas(session, list(rows)), cursor


# --- rules -------------------------------------------------------------------------------------------------


def _rules(versions: list[OversightRule]) -> list[Rule]:
    by_key: dict[str, list[RuleVersion]] = defaultdict(list)
    for v in versions:
        by_key[v.key].append(RuleVersion.model_validate(v, from_attributes=True))
    return [Rule(key=key, current=vs[-1], versions=vs) for key, vs in sorted(by_key.items())]


async def list_rules(session: AsyncSession) -> list[Rule]:
    return _rules(await repository.rule_versions(session))


async def get_rule(session: AsyncSession, key: str) -> Rule:
    versions = await repository.rule_versions(session, key)
    if not versions:
        raise RuleNotFound(f"no rule {key}")
    return _rules(versions)[0]


async def set_rule(session: AsyncSession, key: str, data: RuleUpdate, principal: Principal) -> Rule:
    """A new version of a known rule (its unit and meaning kept)."""
    await repository.lock_rule(session, key)
    latest = await repository.rule_on(session, key)
    if latest is None:
        raise RuleNotFound(f"no rule {key}")
    session.add(
        OversightRule(
            key=key,
            version=latest.version + 1,
            value=data.value,
            unit=latest.unit,
            description=latest.description,
            confirmed=data.confirmed,
            source=data.source,
            effective_from=data.effective_from,
            created_by=principal.client_id,
        )
    )
    await session.flush()
    return await get_rule(session, key)


async def rule_value(session: AsyncSession, key: str, on: dt.date) -> int:
    """The value of a rule in force on ``on`` (a rule the migration ships; missing is a deployment fault)."""
    found = await repository.rule_on(session, key, on) or await repository.rule_on(session, key)
    if found is None:
        raise RuleNotFound(f"no rule {key}")
    return found.value
