"""The loop of a complaint (seed 002: 受理、分流、处置、督办、回访): received → assigned (to a contractor
holding the county or a bureau officer) → handled → followed up: satisfied closes it, not satisfied reopens
it (assigned again, a new handling deadline); the bureau presses (督办) a complaint whose current step is past
its deadline. Every deadline is rule data (``complaint.*_days``, unconfirmed); closed on time is
``closed_on <= due_on``. Who complained is masked to all but the bureau."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases import service as cases
from services.oversight.cases.exceptions import InstitutionUnknown
from services.oversight.complaints import repository
from services.oversight.complaints.auth import sees_complainant
from services.oversight.complaints.exceptions import (
    AssigneeNotCovering,
    ComplaintNotFound,
    ComplaintNotOverdue,
    ComplaintStepNotAllowed,
)
from services.oversight.complaints.schemas import (
    AssignmentCreate,
    Complaint,
    ComplaintCreate,
    FollowUpCreate,
    HandlingCreate,
    Step,
    SupervisionCreate,
)
from services.oversight.contracts.exceptions import ContractorUnknown
from services.oversight.feeds.repository import institution as institution_in_scope
from services.oversight.models import Complaint as ComplaintRow
from services.oversight.models import ComplaintEvent, ComplaintStatus, ComplaintStep
from services.oversight.reference.units import require_counties
from shared.errors import FieldError
from shared.pagination import PageParams, paginate
from shared.principal import Principal

S = ComplaintStatus
STEP_RULES = {
    S.RECEIVED: "complaint.assign_days",
    S.ASSIGNED: "complaint.handle_days",
    S.HANDLED: "complaint.follow_up_days",
}
CLOSE_RULE = "complaint.close_days"


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_phone(phone: str | None) -> str | None:
    if phone is None:
        return None
    digits = phone.strip()
    return digits[:3] + "*" * max(len(digits) - 7, 1) + digits[-4:] if len(digits) > 7 else "*" * len(digits)


def _schema(
    row: ComplaintRow, steps: list[ComplaintEvent], principal: Principal, today: dt.date
) -> Complaint:
    whole = sees_complainant(principal)
    return Complaint.model_validate(
        {
            **{
                k: getattr(row, k)
                for k in Complaint.model_fields
                if k not in ("steps", "overdue", "closed_on_time", "complainant_name", "complainant_phone")
            },
            "complainant_name": row.complainant_name if whole else mask_name(row.complainant_name),
            "complainant_phone": row.complainant_phone if whole else mask_phone(row.complainant_phone),
            "overdue": row.status != S.CLOSED and row.step_due_on is not None and row.step_due_on < today,
            "closed_on_time": None if row.closed_on is None else row.closed_on <= row.due_on,
            "steps": [Step.model_validate(s, from_attributes=True) for s in steps],
        }
    )


async def _out(session: AsyncSession, row: ComplaintRow, principal: Principal, today: dt.date) -> Complaint:
    await session.flush()
    await session.refresh(row)
    return _schema(row, await repository.steps(session, [row.id]), principal, today)


async def _row(
    session: AsyncSession, complaint_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> ComplaintRow:
    row = await repository.get(session, complaint_id, principal, lock=lock)
    if row is None:
        raise ComplaintNotFound("no such complaint")
    return row


def _not_allowed(row: ComplaintRow, action: str) -> ComplaintStepNotAllowed:
    return ComplaintStepNotAllowed(
        f"cannot {action}: the complaint is {row.status}",
        code=f"COMPLAINT_IS_{row.status.upper()}",
        current_status=row.status,
    )


async def _step(
    session: AsyncSession,
    row: ComplaintRow,
    step: ComplaintStep,
    on: dt.date,
    note: str | None,
    principal: Principal,
) -> None:
    """Record the step; the next step's deadline runs from ``on`` by its rule."""
    rule = STEP_RULES.get(S(row.status))
    due = None if rule is None else on + dt.timedelta(days=await cases.rule_value(session, rule, on))
    if step is not ComplaintStep.SUPERVISE:
        row.step_due_on = due
    session.add(
        ComplaintEvent(
            complaint_id=row.id,
            step=step.value,
            on=on,
            note=note,
            due_on=due if step is not ComplaintStep.SUPERVISE else row.step_due_on,
            by=principal.client_id,
        )
    )
    row.updated_at = repository.now()


async def receive(
    session: AsyncSession, data: ComplaintCreate, principal: Principal, today: dt.date
) -> Complaint:
    await require_counties(session, principal, [data.county_code], "body.county_code")
    if data.institution_id is not None:
        institution = await institution_in_scope(session, data.institution_id, principal)
        if institution is None or institution.county_code != data.county_code:
            raise InstitutionUnknown(
                f"no institution {data.institution_id} in {data.county_code}",
                errors=[
                    FieldError(field="body.institution_id", code="INSTITUTION_UNKNOWN", message="unknown")
                ],
            )
    if data.contractor_id is not None and not await repository.contractor_exists(session, data.contractor_id):
        raise ContractorUnknown(f"no contractor {data.contractor_id} is registered")
    close_days = await cases.rule_value(session, CLOSE_RULE, data.received_on)
    row = ComplaintRow(
        id=uuid.uuid4(),
        number=f"TS-{data.received_on.year}-{uuid.uuid4().hex[:8].upper()}",
        status=S.RECEIVED.value,
        due_on=data.received_on + dt.timedelta(days=close_days),
        created_by=principal.client_id,
        **data.model_dump(),
    )
    session.add(row)
    await session.flush()
    await _step(session, row, ComplaintStep.RECEIVE, data.received_on, None, principal)
    return await _out(session, row, principal, today)


async def assign(
    session: AsyncSession,
    complaint_id: uuid.UUID,
    data: AssignmentCreate,
    principal: Principal,
    today: dt.date,
) -> Complaint:
    row = await _row(session, complaint_id, principal, lock=True)
    if row.status != S.RECEIVED:
        raise _not_allowed(row, "assign it")
    if data.contractor_id is not None:
        if not await repository.contractor_exists(session, data.contractor_id):
            raise ContractorUnknown(f"no contractor {data.contractor_id} is registered")
        if not await repository.covers(session, data.contractor_id, row.county_code, data.assigned_on):
            raise AssigneeNotCovering(
                f"the contractor holds no contract in force over {row.county_code} on {data.assigned_on}"
            )
    row.assignee_kind = data.assignee_kind
    row.assignee_contractor_id = data.contractor_id
    row.assignee_officer = data.officer
    row.status = S.ASSIGNED.value
    await _step(session, row, ComplaintStep.ASSIGN, data.assigned_on, data.note, principal)
    return await _out(session, row, principal, today)


async def handle(
    session: AsyncSession, complaint_id: uuid.UUID, data: HandlingCreate, principal: Principal, today: dt.date
) -> Complaint:
    row = await _row(session, complaint_id, principal, lock=True)
    if row.status != S.ASSIGNED:
        raise _not_allowed(row, "record its handling")
    row.result = data.result
    row.status = S.HANDLED.value
    await _step(session, row, ComplaintStep.HANDLE, data.handled_on, data.result, principal)
    return await _out(session, row, principal, today)


async def supervise(
    session: AsyncSession,
    complaint_id: uuid.UUID,
    data: SupervisionCreate,
    principal: Principal,
    today: dt.date,
) -> Complaint:
    row = await _row(session, complaint_id, principal, lock=True)
    if row.status == S.CLOSED:
        raise _not_allowed(row, "press it")
    if row.step_due_on is None or row.step_due_on >= today:
        raise ComplaintNotOverdue(
            f"the current step is due on {row.step_due_on}; 督办 presses an overdue complaint",
            step_due_on=None if row.step_due_on is None else row.step_due_on.isoformat(),
        )
    row.supervised += 1
    await _step(session, row, ComplaintStep.SUPERVISE, today, data.note, principal)
    return await _out(session, row, principal, today)


async def follow_up(
    session: AsyncSession, complaint_id: uuid.UUID, data: FollowUpCreate, principal: Principal, today: dt.date
) -> Complaint:
    """Satisfied: closed on the follow-up's day. Not satisfied: reopened, assigned again to the same assignee
    with a new handling deadline."""
    row = await _row(session, complaint_id, principal, lock=True)
    if row.status != S.HANDLED:
        raise _not_allowed(row, "follow it up")
    note = ("satisfied" if data.satisfied else "not satisfied") + (f": {data.note}" if data.note else "")
    if data.satisfied:
        await _step(session, row, ComplaintStep.FOLLOW_UP, data.followed_up_on, note, principal)
        row.status = S.CLOSED.value
        row.closed_on = data.followed_up_on
        row.step_due_on = None
    else:
        row.status = S.ASSIGNED.value
        row.reopened += 1
        row.result = None
        await _step(session, row, ComplaintStep.FOLLOW_UP, data.followed_up_on, note, principal)
    return await _out(session, row, principal, today)


async def get(
    session: AsyncSession, complaint_id: uuid.UUID, principal: Principal, today: dt.date
) -> Complaint:
    row = await _row(session, complaint_id, principal)
    return _schema(row, await repository.steps(session, [row.id]), principal, today)


async def list_complaints(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    today: dt.date,
    status: str | None,
    county_code: str | None,
    institution_id: str | None,
) -> tuple[list[Complaint], str | None]:
    if county_code is not None:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await paginate(
        session,
        repository.listing(principal, status, county_code, institution_id),
        [ComplaintRow.received_on, ComplaintRow.id],
        page,
        lambda r: [r.received_on, r.id],
    )
    by: dict[uuid.UUID, list[ComplaintEvent]] = defaultdict(list)
    for s in await repository.steps(session, [r.id for r in rows]):
        by[s.complaint_id].append(s)
    return [_schema(r, by[r.id], principal, today) for r in rows], cursor
