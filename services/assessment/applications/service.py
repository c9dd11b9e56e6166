"""The life of an application: acceptance gate, state machine, scores, conclusion, publicity, service,
objection; the conclusion events settlement consumes."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.assessment import (
    ApplicationReceived,
    ConclusionInForce,
    ConclusionRevoked,
    ConclusionSuperseded,
)
from services.assessment.applications import coverage, repository
from services.assessment.applications.auth import CONCLUSIONS_REVOKE_MISTAKEN, sees_own_clients_only
from services.assessment.applications.exceptions import (
    ApplicationAlreadyOpen,
    ApplicationNotFound,
    ApplicationStepNotAllowed,
    AssessedPersonNotFound,
    ConclusionNotInForce,
    EffectiveOnOutsideValidity,
    NotEnoughConfirmingExperts,
    NotOnPanel,
    ObjectionNotAllowed,
    ObjectionWindowClosed,
    OverrideReasonRequired,
    PublicityNotEnded,
    ScoreAlreadySubmitted,
    ScoreItemsInvalid,
    SelfAssessmentInvalid,
)
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
from services.assessment.models import (
    AWAITING_VISIT,
    ApplicationKind,
    ApplicationStatus,
    ApplicationTransition,
    Conclusion,
    ConclusionOrigin,
    ConclusionStatus,
    Objection,
    ObjectionOutcome,
    Score,
    outbox,
)
from services.assessment.models import Application as ApplicationRow
from services.assessment.reference.units import require_counties
from services.assessment.rule_sets import scale
from services.assessment.rule_sets import service as rule_sets
from services.assessment.rule_sets.schemas import RuleSetDocument
from shared.errors import FieldError
from shared.pagination import PageParams
from shared.principal import Principal

TRANSITIONS: dict[str, frozenset[ApplicationStatus]] = {
    ApplicationStatus.SUBMITTED: frozenset({ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED}),
    ApplicationStatus.ACCEPTED: frozenset({ApplicationStatus.PANEL_DRAWN}),
    ApplicationStatus.OBJECTED: frozenset({ApplicationStatus.PANEL_DRAWN}),
    ApplicationStatus.PANEL_DRAWN: frozenset({ApplicationStatus.PANEL_DRAWN, ApplicationStatus.SCORED}),
    ApplicationStatus.SCORED: frozenset({ApplicationStatus.CONCLUDED}),
    ApplicationStatus.CONCLUDED: frozenset({ApplicationStatus.IN_PUBLICITY}),
    ApplicationStatus.IN_PUBLICITY: frozenset({ApplicationStatus.SERVED, ApplicationStatus.OBJECTED}),
    ApplicationStatus.SERVED: frozenset({ApplicationStatus.OBJECTED}),
    ApplicationStatus.REJECTED: frozenset(),
}
SEVERE_LEVELS = frozenset({3, 4, 5})


def illegal(app: ApplicationRow, action: str) -> ApplicationStepNotAllowed:
    return ApplicationStepNotAllowed(
        f"cannot {action}: the application is {app.status}",
        code=f"APPLICATION_IS_{app.status.upper()}",
        current_status=app.status,
    )


def is_overdue(app: ApplicationRow, today: dt.date) -> bool:
    """Past the on-site deadline while the visit is still due."""
    return bool(app.onsite_due_on is not None and app.status in AWAITING_VISIT and app.onsite_due_on < today)


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
        raise ApplicationNotFound("no such application")
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
        raise SelfAssessmentInvalid("the self-assessment is incomplete", errors=errors)
    person_id = str(data.person_id)
    # the person's county first: out of scope answers as an unknown person, before anything else is said
    answer = await coverage.coverage_on(enrollment, person_id, today)
    county = answer["county_code"]
    if not principal.sees_county(county):
        raise AssessedPersonNotFound("no such person")
    open_app = await repository.open_for_person(session, person_id)
    if open_app is not None:
        if principal.sees_county(open_app.county_code):
            raise ApplicationAlreadyOpen(
                "the person has an open application", open_application_id=str(open_app.id)
            )
        raise ApplicationAlreadyOpen("the person has an open application in the county they belonged to")
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
        kind=ApplicationKind.INITIAL,
        person_id=person_id,
        county_code=county,
        care_institution_id=data.care_institution_id,
        family_doctor_id=data.family_doctor_id,
        self_assessment=data.self_assessment,
        self_assessment_grade=grade,
        disabled_since=data.disabled_since,
        materials_complete=data.materials_complete,
        status=ApplicationStatus.SUBMITTED,
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
            application_id=app.id,
            from_status=None,
            to_status=ApplicationStatus.SUBMITTED,
            by=principal.client_id,
        )
    )
    move(
        session,
        app,
        ApplicationStatus.REJECTED if reasons else ApplicationStatus.ACCEPTED,
        principal.client_id,
        ", ".join(reasons) or None,
    )
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
        raise ApplicationAlreadyOpen("the person has an open application") from None
    return await read(session, app, today)


async def read(session: AsyncSession, app: ApplicationRow, today: dt.date) -> Application:
    objection = await repository.objection(session, app.id)
    return Application(
        **{
            k: getattr(app, k)
            for k in Application.model_fields
            if hasattr(app, k) and k not in ("objection",)
        },
        overdue=is_overdue(app, today),
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
    if county_code:
        await require_counties(session, principal, [county_code], "query.county_code")
    rows, cursor = await repository.page(session, principal, params, today, status, county_code, overdue)
    return [await read(session, r, today) for r in rows], cursor


async def submit_score(
    session: AsyncSession, application_id: uuid.UUID, data: ScoreCreate, principal: Principal, today: dt.date
) -> Application:
    app = await load_visible(session, application_id, principal, lock=True)
    if app.status != ApplicationStatus.PANEL_DRAWN:
        raise illegal(app, "take scores")
    draw = await repository.current_draw(session, app.id, app.round)
    assert draw is not None
    if str(data.expert_id) not in draw.panel:
        raise NotOnPanel("the expert is not on the current panel", panel=draw.panel)
    doc = await rule_sets.document(session, app.rule_set_version)
    errors = scale.item_errors(doc, data.items)
    if errors:
        raise ScoreItemsInvalid(
            "; ".join(e.message for e in errors),
            errors=[FieldError(field=f"body.{e.field}", code=e.code, message=e.message) for e in errors],
        )
    done = await repository.scores(session, app.id, app.round)
    if any(s.expert_id == data.expert_id for s in done):
        raise ScoreAlreadySubmitted("this expert has already scored this round")
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
    await repository.finish_assignment(session, draw.id, data.expert_id)
    if len(done) + 1 >= draw.panel_size:
        move(session, app, ApplicationStatus.SCORED, principal.client_id)
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
    if app.status != ApplicationStatus.SCORED:
        raise illegal(app, "conclude")
    doc = await rule_sets.document(session, app.rule_set_version)
    draw = await repository.current_draw(session, app.id, app.round)
    assert draw is not None
    scores = await repository.scores(session, app.id, app.round)
    confirming = {str(e) for e in data.confirming_expert_ids}
    needed = policy(doc, "min_confirming_experts")
    if not confirming <= set(draw.panel) or len(confirming) < needed:
        raise NotEnoughConfirmingExperts(
            f"a conclusion is confirmed by at least {needed} experts of the panel",
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
        raise OverrideReasonRequired(
            f"overriding the computed level {computed} needs a written reason",
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
        status=ConclusionStatus.PENDING,
        concluded_by=principal.client_id,
    )
    session.add(conclusion)
    move(
        session,
        app,
        ApplicationStatus.CONCLUDED,
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
    if app.status != ApplicationStatus.CONCLUDED:
        raise illegal(app, "start publicity")
    doc = await rule_sets.document(session, app.rule_set_version)
    app.publicity_ends_on = await add_working_days(session, today, policy(doc, "publicity_working_days"))
    move(session, app, ApplicationStatus.IN_PUBLICITY, principal.client_id)
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
    old.status = ConclusionStatus.SUPERSEDED
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
    if app.status != ApplicationStatus.IN_PUBLICITY:
        raise illegal(app, "serve the result")
    if app.publicity_ends_on is not None and today < app.publicity_ends_on:
        raise PublicityNotEnded(f"publicity runs until {app.publicity_ends_on}")
    doc = await rule_sets.document(session, app.rule_set_version)
    new = await repository.conclusion_of_round(session, app.id, app.round)
    assert new is not None
    previous = await repository.in_force_for_person(session, app.person_id)
    if app.kind == ApplicationKind.SPOT_CHECK:
        checked = await repository.lock_conclusion(session, app.checked_conclusion_id)
        if checked is not None and checked.status == ConclusionStatus.IN_FORCE and checked.level == new.level:
            new.status = ConclusionStatus.NOT_TAKEN
        else:
            new.status = ConclusionStatus.IN_FORCE
            if previous is not None:
                _supersede(session, previous, new, "spot_check", today)
            _event_in_force(session, new, app)
    else:
        new.status = ConclusionStatus.IN_FORCE
        if previous is not None:
            _supersede(session, previous, new, "reassessment", today)
        if app.round > 1:
            first = await repository.conclusion_of_round(session, app.id, app.round - 1)
            objection = await repository.objection(session, app.id)
            if first is not None and first.status == ConclusionStatus.PENDING:
                first.status = ConclusionStatus.NOT_TAKEN
            if objection is not None and first is not None:
                upheld = first.level == new.level
                objection.outcome = ObjectionOutcome.UPHELD if upheld else ObjectionOutcome.CHANGED
                objection.fee_fen = policy(doc, "reassessment_fee_fen")
                objection.fee_borne_by = "applicant" if upheld else "fund"
        _event_in_force(session, new, app)
    app.served_on = today
    if app.kind == ApplicationKind.INITIAL and app.round == 1:
        app.objection_due_on = await add_working_days(
            session, today, policy(doc, "objection_window_working_days")
        )
    move(session, app, ApplicationStatus.SERVED, principal.client_id)
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
    if app.kind != ApplicationKind.INITIAL or app.round != 1:
        raise ObjectionNotAllowed("a re-assessment's result is final")
    if app.status not in (ApplicationStatus.IN_PUBLICITY, ApplicationStatus.SERVED):
        raise illegal(app, "object")
    if (
        app.status == ApplicationStatus.SERVED
        and app.objection_due_on is not None
        and today > app.objection_due_on
    ):
        raise ObjectionWindowClosed(f"the objection window closed on {app.objection_due_on}")
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
    move(session, app, ApplicationStatus.OBJECTED, principal.client_id, data.reason)
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
    c = next((r for r in rows if r.status == ConclusionStatus.IN_FORCE), rows[-1] if rows else None)
    if c is None:
        raise illegal(app, "revoke its conclusion")
    if data.reason == "MISTAKEN":
        CONCLUSIONS_REVOKE_MISTAKEN.check(principal)
    if c.status != ConclusionStatus.IN_FORCE:
        raise ConclusionNotInForce(
            f"only a conclusion in force can be revoked; this one is {c.status}",
            code=f"CONCLUSION_IS_{c.status.upper()}",
            current_status=c.status,
        )
    if not c.valid_from <= data.effective_on <= c.valid_to:
        raise EffectiveOnOutsideValidity(
            f"effective_on must lie within the validity {c.valid_from} – {c.valid_to}",
            errors=[FieldError(field="body.effective_on", code="OUT_OF_RANGE", message="within validity")],
        )
    c.status = ConclusionStatus.REVOKED
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
        origin="migrated" if c.origin == ConclusionOrigin.MIGRATED else "assessed",
        migration_ref=c.migration_ref,
        import_job_id=c.import_job_id,
    )


async def disability_levels(session: AsyncSession, person_id: str, principal: Principal) -> DisabilityLevels:
    rows = await repository.person_conclusions(session, person_id)
    current = next((c for c in rows if c.status == ConclusionStatus.IN_FORCE), None)
    if sees_own_clients_only(principal):
        latest = await repository.latest_initial(session, person_id)
        # the institution named on the latest application, or on a level migrated from the old system
        named = (
            current.care_institution_id
            if current is not None
            and current.origin == ConclusionOrigin.MIGRATED
            and current.care_institution_id
            else latest.care_institution_id
            if latest is not None
            else None
        )
        if named != principal.institution_id or current is None:
            raise AssessedPersonNotFound("no such person")
        return DisabilityLevels(person_id=person_id, current=_level(current), history=[])
    if not rows or not any(principal.sees_county(c.county_code) for c in rows):
        raise AssessedPersonNotFound("no such person")
    return DisabilityLevels(
        person_id=person_id,
        current=_level(current) if current else None,
        history=[_level(c) for c in rows if principal.sees_county(c.county_code)],
    )
