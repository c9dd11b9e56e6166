"""The life of an application: acceptance gate, state machine, scores, conclusion, publicity, service,
objection; the conclusion events settlement consumes."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.assessment import (
    ApplicationReceived,
    ConclusionInForce,
    ConclusionRevoked,
    ConclusionSuperseded,
)
from services.assessment.applications import coverage, repository
from services.assessment.applications.auth import CONCLUSIONS_REVOKE_MISTAKEN
from services.assessment.applications.schemas import (
    Application,
    ApplicationCreate,
    ConclusionCreate,
    ConclusionOut,
    ConclusionResult,
    DisabilityLevel,
    DisabilityLevels,
    DrawSummary,
    ObjectionCreate,
    ObjectionOut,
    RevocationCreate,
    ScoreCreate,
    ScoreOut,
    Transition,
)
from services.assessment.calendar.service import add_working_days
from services.assessment.models import Application as ApplicationRow
from services.assessment.models import (
    ApplicationTransition,
    Conclusion,
    Objection,
    PanelAssignment,
    Score,
    outbox,
)
from services.assessment.reference.units import require_counties
from services.assessment.rule_sets import scale
from services.assessment.rule_sets import service as rule_sets
from services.assessment.rule_sets.schemas import RuleSetDocument
from shared.errors import Conflict, FieldError, NotFound, Unprocessable
from shared.pagination import PageParams, paginate
from shared.principal import Principal, Role

TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"accepted", "rejected"}),
    "accepted": frozenset({"panel_drawn"}),
    "objected": frozenset({"panel_drawn"}),
    "panel_drawn": frozenset({"panel_drawn", "scored"}),
    "scored": frozenset({"concluded"}),
    "concluded": frozenset({"in_publicity"}),
    "in_publicity": frozenset({"served", "objected"}),
    "served": frozenset({"objected"}),
    "rejected": frozenset(),
}
SEVERE_LEVELS = frozenset({3, 4, 5})


def illegal(app: ApplicationRow, action: str) -> Conflict:
    return Conflict(
        f"cannot {action}: the application is {app.status}",
        code=f"APPLICATION_IS_{app.status.upper()}",
        current_status=app.status,
    )


def move(session: AsyncSession, app: ApplicationRow, to: str, by: str, note: str | None = None) -> None:
    """The one way an application changes state: checked against the machine, timestamped, attributed."""
    if to not in TRANSITIONS.get(app.status, frozenset()):
        raise illegal(app, f"move to {to}")
    session.add(
        ApplicationTransition(application_id=app.id, from_status=app.status, to_status=to, by=by, note=note)
    )
    app.status = to
    app.updated_at = dt.datetime.now(dt.UTC)


def policy(doc: RuleSetDocument, key: str) -> int:
    return doc.policy[key].value


def _months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, 1) if day.day == 1 else dt.date(day.year + y, m + 1, min(day.day, 28))


async def load_visible(
    session: AsyncSession, application_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> ApplicationRow:
    app = await (repository.lock if lock else repository.get)(session, application_id)
    if app is None or not principal.sees_county(app.county_code):
        raise NotFound("no such application", code="APPLICATION_NOT_FOUND")
    return app


async def create(
    session: AsyncSession,
    data: ApplicationCreate,
    principal: Principal,
    today: dt.date,
    enrollment: httpx.AsyncClient | None,
) -> Application:
    """Acceptance gate (受理审核): every reason that applies is recorded, not just the first."""
    doc = await rule_sets.current_document(session)
    errors = scale.self_assessment_errors(doc.self_assessment, data.self_assessment)
    if errors:
        raise Unprocessable(
            "the self-assessment is incomplete", code="SELF_ASSESSMENT_INVALID", errors=errors
        )
    person_id = str(data.person_id)
    # the person's county first: out of scope answers as an unknown person, before anything else is said
    answer = await coverage.coverage_on(enrollment, person_id, today)
    county = answer["county_code"]
    if not principal.sees_county(county):
        raise NotFound("no such person", code="PERSON_NOT_FOUND")
    open_app = await repository.open_for_person(session, person_id)
    if open_app is not None:
        if principal.sees_county(open_app.county_code):
            raise Conflict(
                "the person has an open application",
                code="APPLICATION_ALREADY_OPEN",
                open_application_id=str(open_app.id),
            )
        raise Conflict(
            "the person has an open application in the county they belonged to",
            code="APPLICATION_ALREADY_OPEN",
        )
    grade = scale.self_assessment_grade(doc.self_assessment, data.self_assessment)
    reasons: list[str] = []
    if answer.get("reason") == "COUNTY_NOT_IN_SCHEME":  # the unit has not joined the scheme yet
        reasons.append("COUNTY_NOT_IN_SCHEME")
    elif not answer["covered"]:
        reasons.append("NOT_INSURED")
    if grade not in doc.self_assessment.eligible_grades:
        reasons.append("SELF_ASSESSMENT_GRADE_TOO_LOW")
    if _months_between(data.disabled_since, today) < policy(doc, "min_disabled_months"):
        reasons.append("DISABILITY_TOO_RECENT")
    if not data.materials_complete:
        reasons.append("MATERIALS_INCOMPLETE")
    app = ApplicationRow(
        id=uuid.uuid4(),
        kind="initial",
        person_id=person_id,
        county_code=county,
        care_institution_id=data.care_institution_id,
        family_doctor_id=data.family_doctor_id,
        self_assessment=data.self_assessment,
        self_assessment_grade=grade,
        disabled_since=data.disabled_since,
        materials_complete=data.materials_complete,
        status="submitted",
        reason_codes=reasons,
        rule_set_version=doc.version,
        received_on=today,
        created_by=principal.client_id,
    )
    if not reasons:
        app.onsite_due_on = await add_working_days(
            session, today, policy(doc, "onsite_deadline_working_days")
        )
    session.add(app)
    session.add(
        ApplicationTransition(
            application_id=app.id, from_status=None, to_status="submitted", by=principal.client_id
        )
    )
    move(session, app, "rejected" if reasons else "accepted", principal.client_id, ", ".join(reasons) or None)
    outbox.publish(
        session,
        ApplicationReceived(
            application_id=app.id,
            person_id=data.person_id,
            county_code=county,
            received_on=today,
            accepted=not reasons,
            reason_codes=reasons,
        ),
        aggregate_id=str(app.id),
    )
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict("the person has an open application", code="APPLICATION_ALREADY_OPEN") from None
    return await read(session, app, today)


async def read(session: AsyncSession, app: ApplicationRow, today: dt.date) -> Application:
    objection = await repository.objection(session, app.id)
    return Application(
        **{
            k: getattr(app, k)
            for k in Application.model_fields
            if hasattr(app, k) and k not in ("objection",)
        },
        overdue=repository.is_overdue(app, today),
        history=[
            Transition.model_validate(t, from_attributes=True)
            for t in await repository.history(session, app.id)
        ],
        draws=[
            DrawSummary.model_validate(d, from_attributes=True)
            for d in await repository.draws(session, app.id)
        ],
        scores=[
            ScoreOut.model_validate(s, from_attributes=True) for s in await repository.scores(session, app.id)
        ],
        conclusions=[
            ConclusionOut.model_validate(c, from_attributes=True)
            for c in await repository.conclusions(session, app.id)
        ],
        objection=ObjectionOut.model_validate(objection, from_attributes=True) if objection else None,
    )


async def list_applications(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    today: dt.date,
    status: str | None,
    county_code: str | None,
    overdue: bool | None,
) -> tuple[list[Application], str | None]:
    stmt = select(ApplicationRow)
    counties = principal.county_filter()
    if counties is not None:
        stmt = stmt.where(ApplicationRow.county_code.in_(counties))
    if county_code:
        await require_counties(session, principal, [county_code], "query.county_code")
        stmt = stmt.where(ApplicationRow.county_code == county_code)
    if status:
        stmt = stmt.where(ApplicationRow.status == status)
    if overdue is not None:
        late = ApplicationRow.status.in_(("accepted", "panel_drawn", "objected")) & (
            ApplicationRow.onsite_due_on < today
        )
        stmt = stmt.where(late if overdue else ~late)
    rows, cursor = await paginate(session, stmt, [ApplicationRow.id], params, key=lambda r: [str(r.id)])
    return [await read(session, r, today) for r in rows], cursor


async def submit_score(
    session: AsyncSession, application_id: uuid.UUID, data: ScoreCreate, principal: Principal, today: dt.date
) -> Application:
    app = await load_visible(session, application_id, principal, lock=True)
    if app.status != "panel_drawn":
        raise illegal(app, "take scores")
    draw = await repository.current_draw(session, app.id, app.round)
    assert draw is not None
    if str(data.expert_id) not in draw.panel:
        raise Conflict("the expert is not on the current panel", code="NOT_ON_PANEL", panel=draw.panel)
    doc = await rule_sets.document(session, app.rule_set_version)
    errors = scale.item_errors(doc, data.items)
    if errors:
        raise Unprocessable(
            "; ".join(e.message for e in errors),
            code="SCORE_ITEMS_INVALID",
            errors=[FieldError(field=f"body.{e.field}", code=e.code, message=e.message) for e in errors],
        )
    done = await repository.scores(session, app.id, app.round)
    if any(s.expert_id == data.expert_id for s in done):
        raise Conflict("this expert has already scored this round", code="SCORE_ALREADY_SUBMITTED")
    result = scale.score(doc, data.items)
    session.add(
        Score(
            application_id=app.id,
            round=app.round,
            draw_id=draw.id,
            expert_id=data.expert_id,
            items=data.items,
            adl_total=result.totals["adl"],
            cognition_total=result.totals["cognition"],
            perception_total=result.totals["perception"],
            level=result.level,
            rule_set_version=doc.version,
            visit_minutes=data.visit_minutes,
            submitted_by=principal.client_id,
        )
    )
    await session.execute(
        update(PanelAssignment)
        .where(PanelAssignment.draw_id == draw.id, PanelAssignment.expert_id == data.expert_id)
        .values(status="done")
    )
    if len(done) + 1 >= draw.panel_size:
        move(session, app, "scored", principal.client_id)
    await session.flush()
    return await read(session, app, today)


async def conclude(
    session: AsyncSession,
    application_id: uuid.UUID,
    data: ConclusionCreate,
    principal: Principal,
    today: dt.date,
) -> ConclusionResult:
    app = await load_visible(session, application_id, principal, lock=True)
    if app.status != "scored":
        raise illegal(app, "conclude")
    doc = await rule_sets.document(session, app.rule_set_version)
    draw = await repository.current_draw(session, app.id, app.round)
    assert draw is not None
    scores = await repository.scores(session, app.id, app.round)
    confirming = {str(e) for e in data.confirming_expert_ids}
    needed = policy(doc, "min_confirming_experts")
    if not confirming <= set(draw.panel) or len(confirming) < needed:
        raise Unprocessable(
            f"a conclusion is confirmed by at least {needed} experts of the panel",
            code="NOT_ENOUGH_CONFIRMING_EXPERTS",
            errors=[
                FieldError(
                    field="body.confirming_expert_ids",
                    code="NOT_ENOUGH_CONFIRMING_EXPERTS",
                    message=f"≥ {needed} of {draw.panel}",
                )
            ],
        )
    computed = scale.panel_level([s.level for s in scores])
    level = computed if data.level is None else data.level
    if level != computed and not (data.override_reason or "").strip():
        raise Unprocessable(
            f"overriding the computed level {computed} needs a written reason",
            code="OVERRIDE_REASON_REQUIRED",
            errors=[
                FieldError(field="body.override_reason", code="REQUIRED", message="why the level differs")
            ],
        )
    valid_from = _add_months(today.replace(day=1), policy(doc, "benefits_start_months_after"))
    months = policy(doc, "validity_months_severe" if level in SEVERE_LEVELS else "validity_months_other")
    conclusion = Conclusion(
        id=uuid.uuid4(),
        application_id=app.id,
        round=app.round,
        draw_id=draw.id,
        person_id=app.person_id,
        county_code=app.county_code,
        computed_level=computed,
        level=level,
        override_reason=data.override_reason if level != computed else None,
        rule_set_version=doc.version,
        concluded_on=today,
        valid_from=valid_from,
        valid_to=_add_months(valid_from, months) - dt.timedelta(days=1),
        status="pending",
        concluded_by=principal.client_id,
    )
    session.add(conclusion)
    move(
        session,
        app,
        "concluded",
        principal.client_id,
        None if level == computed else f"overridden: {data.override_reason}",
    )
    await session.flush()
    levels = {str(s.expert_id): s.level for s in scores}
    return ConclusionResult(
        conclusion=ConclusionOut.model_validate(conclusion, from_attributes=True),
        assessor_levels=levels,
        differs_from_conclusion=sorted(e for e, lv in levels.items() if lv != level),
    )


async def start_publicity(
    session: AsyncSession, application_id: uuid.UUID, principal: Principal, today: dt.date
) -> Application:
    app = await load_visible(session, application_id, principal, lock=True)
    if app.status != "concluded":
        raise illegal(app, "start publicity")
    doc = await rule_sets.document(session, app.rule_set_version)
    app.publicity_ends_on = await add_working_days(session, today, policy(doc, "publicity_working_days"))
    move(session, app, "in_publicity", principal.client_id)
    await session.flush()
    return await read(session, app, today)


def _event_in_force(session: AsyncSession, c: Conclusion, app: ApplicationRow) -> None:
    outbox.publish(
        session,
        ConclusionInForce(
            conclusion_id=c.id,
            application_id=c.application_id,
            person_id=c.person_id,
            county_code=c.county_code,
            level=c.level,
            valid_from=c.valid_from,
            valid_to=c.valid_to,
            rule_set_version=c.rule_set_version,
            care_institution_id=app.care_institution_id,
            origin="assessed",
        ),
        aggregate_id=str(c.id),
    )


def _supersede(session: AsyncSession, old: Conclusion, new: Conclusion, cause: str, today: dt.date) -> None:
    old.status = "superseded"
    old.superseded_by = new.id
    old.supersede_cause = cause
    old.ended_on = today
    outbox.publish(
        session,
        ConclusionSuperseded(
            conclusion_id=old.id,
            person_id=old.person_id,
            county_code=old.county_code,
            superseded_by=new.id,
            effective_on=new.valid_from,
            cause=cause,
        ),
        aggregate_id=str(old.id),
    )


async def serve(
    session: AsyncSession, application_id: uuid.UUID, principal: Principal, today: dt.date
) -> Application:
    """Served (送达): the conclusion comes into force, and supersedes the one it replaces."""
    app = await load_visible(session, application_id, principal, lock=True)
    if app.status != "in_publicity":
        raise illegal(app, "serve the result")
    if app.publicity_ends_on is not None and today < app.publicity_ends_on:
        raise Conflict(f"publicity runs until {app.publicity_ends_on}", code="PUBLICITY_NOT_ENDED")
    doc = await rule_sets.document(session, app.rule_set_version)
    new = await repository.conclusion_of_round(session, app.id, app.round)
    assert new is not None
    previous = await repository.in_force_for_person(session, app.person_id)
    if app.kind == "spot_check":
        checked = await session.get(Conclusion, app.checked_conclusion_id, with_for_update=True)
        if checked is not None and checked.status == "in_force" and checked.level == new.level:
            new.status = "not_taken"
        else:
            new.status = "in_force"
            if previous is not None:
                _supersede(session, previous, new, "spot_check", today)
            _event_in_force(session, new, app)
    else:
        new.status = "in_force"
        if previous is not None:
            _supersede(session, previous, new, "reassessment", today)
        if app.round > 1:
            first = await repository.conclusion_of_round(session, app.id, app.round - 1)
            objection = await repository.objection(session, app.id)
            if first is not None and first.status == "pending":
                first.status = "not_taken"
            if objection is not None and first is not None:
                upheld = first.level == new.level
                objection.outcome = "upheld" if upheld else "changed"
                objection.fee_fen = policy(doc, "reassessment_fee_fen")
                objection.fee_borne_by = "applicant" if upheld else "fund"
        _event_in_force(session, new, app)
    app.served_on = today
    if app.kind == "initial" and app.round == 1:
        app.objection_due_on = await add_working_days(
            session, today, policy(doc, "objection_window_working_days")
        )
    move(session, app, "served", principal.client_id)
    await session.flush()
    return await read(session, app, today)


async def object_to(
    session: AsyncSession,
    application_id: uuid.UUID,
    data: ObjectionCreate,
    principal: Principal,
    today: dt.date,
) -> Application:
    """Objection (异议): within the window, once; a re-assessment with a new panel follows."""
    app = await load_visible(session, application_id, principal, lock=True)
    if app.kind != "initial" or app.round != 1:
        raise Conflict("a re-assessment's result is final", code="OBJECTION_NOT_ALLOWED")
    if app.status not in ("in_publicity", "served"):
        raise illegal(app, "object")
    if app.status == "served" and app.objection_due_on is not None and today > app.objection_due_on:
        raise Conflict(
            f"the objection window closed on {app.objection_due_on}", code="OBJECTION_WINDOW_CLOSED"
        )
    first = await repository.conclusion_of_round(session, app.id, app.round)
    assert first is not None
    doc = await rule_sets.current_document(session)
    due = await add_working_days(session, today, policy(doc, "reassessment_deadline_working_days"))
    session.add(
        Objection(
            application_id=app.id,
            objected_conclusion_id=first.id,
            reason=data.reason,
            received_on=today,
            reassessment_due_on=due,
            created_by=principal.client_id,
        )
    )
    move(session, app, "objected", principal.client_id, data.reason)
    app.round += 1
    app.rule_set_version = doc.version
    app.onsite_due_on = due
    app.publicity_ends_on = None
    await session.flush()
    return await read(session, app, today)


async def revoke(
    session: AsyncSession, application_id: uuid.UUID, data: RevocationCreate, principal: Principal
) -> DisabilityLevels:
    """Revocation (撤销) of a conclusion in force: the person died, or the bureau withdraws a mistaken one.
    The level ends on ``effective_on`` (settlement pays nothing from that day on); nothing replaces it — a
    new level needs a new application. Superseding by a re-assessment or spot check is not a revocation."""
    app = await load_visible(session, application_id, principal, lock=True)
    rows = await repository.conclusions(session, app.id)
    c = next((r for r in rows if r.status == "in_force"), rows[-1] if rows else None)
    if c is None:
        raise illegal(app, "revoke its conclusion")
    if data.reason == "MISTAKEN":
        CONCLUSIONS_REVOKE_MISTAKEN.check(principal)
    if c.status != "in_force":
        raise Conflict(
            f"only a conclusion in force can be revoked; this one is {c.status}",
            code=f"CONCLUSION_IS_{c.status.upper()}",
            current_status=c.status,
        )
    if not c.valid_from <= data.effective_on <= c.valid_to:
        raise Unprocessable(
            f"effective_on must lie within the validity {c.valid_from} – {c.valid_to}",
            code="EFFECTIVE_ON_OUTSIDE_VALIDITY",
            errors=[FieldError(field="body.effective_on", code="OUT_OF_RANGE", message="within validity")],
        )
    c.status = "revoked"
    c.ended_on = data.effective_on
    c.revoke_reason = data.reason
    c.revoke_note = data.note
    c.revoked_by = principal.client_id
    outbox.publish(
        session,
        ConclusionRevoked(
            conclusion_id=c.id,
            person_id=c.person_id,
            county_code=c.county_code,
            effective_on=data.effective_on,
            reason=data.reason,
        ),
        aggregate_id=str(c.id),
    )
    await session.flush()
    return await disability_levels(session, c.person_id, principal)


def _level(c: Conclusion) -> DisabilityLevel:
    return DisabilityLevel(
        conclusion_id=c.id,
        level=c.level,
        valid_from=c.valid_from,
        valid_to=c.valid_to,
        status=c.status,
        rule_set_version=c.rule_set_version,
        ended_on=c.ended_on,
        revoke_reason=c.revoke_reason,
        application_id=c.application_id,
        origin="migrated" if c.origin == "migrated" else "assessed",
        migration_ref=c.migration_ref,
        import_job_id=c.import_job_id,
    )


async def disability_levels(session: AsyncSession, person_id: str, principal: Principal) -> DisabilityLevels:
    rows = await repository.person_conclusions(session, person_id)
    current = next((c for c in rows if c.status == "in_force"), None)
    if principal.role is Role.INSTITUTION:
        latest = (
            await session.scalars(
                select(ApplicationRow)
                .where(ApplicationRow.person_id == person_id, ApplicationRow.kind == "initial")
                .order_by(ApplicationRow.created_at.desc())
                .limit(1)
            )
        ).first()
        # the institution named on the latest application, or on a level migrated from the old system
        named = (
            current.care_institution_id
            if current is not None and current.origin == "migrated" and current.care_institution_id
            else latest.care_institution_id
            if latest is not None
            else None
        )
        if named != principal.institution_id or current is None:
            raise NotFound("no such person", code="PERSON_NOT_FOUND")
        return DisabilityLevels(person_id=person_id, current=_level(current), history=[])
    if not rows or not any(principal.sees_county(c.county_code) for c in rows):
        raise NotFound("no such person", code="PERSON_NOT_FOUND")
    return DisabilityLevels(
        person_id=person_id,
        current=_level(current) if current else None,
        history=[_level(c) for c in rows if principal.sees_county(c.county_code)],
    )
