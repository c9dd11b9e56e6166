"""Drawing a panel under a row lock on the application, so two concurrent draws cannot both succeed."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.applications import repository as applications
from services.assessment.applications.service import illegal, load_visible, move, policy
from services.assessment.models import ApplicationStatus
from services.assessment.models import PanelDraw as PanelDrawRow
from services.assessment.panels import draw, repository
from services.assessment.panels.exceptions import (
    DrawNotCurrent,
    PanelDrawNotFound,
    PanelUnavailable,
    RedrawReasonRequired,
    ScoresAlreadySubmitted,
)
from services.assessment.panels.schemas import PanelDraw, PanelDrawCreate, Replay
from services.assessment.rule_sets import service as rule_sets
from shared.errors import FieldError
from shared.principal import Principal

STORED_CANDIDATE_FIELDS = ("expert_id", "code", "institution_id", "profession", "open_assignments")


def to_schema(row: PanelDrawRow) -> PanelDraw:
    replayed = draw.pick(row.seed, row.candidates, row.exclusions, row.panel_size)
    return PanelDraw.model_validate(
        {
            **{k: getattr(row, k) for k in PanelDraw.model_fields if k != "replay"},
            "replay": Replay(panel=replayed, matches=replayed == list(row.panel)),
        }
    )


async def draw_panel(
    session: AsyncSession,
    application_id: uuid.UUID,
    data: PanelDrawCreate,
    principal: Principal,
    today: dt.date,
    seed: str | None = None,
) -> PanelDraw:
    app = await load_visible(session, application_id, principal, lock=True)
    previous = await applications.current_draw(session, app.id, app.round)
    redraw = app.status == ApplicationStatus.PANEL_DRAWN
    if redraw:
        if not (data.reason or "").strip():
            raise RedrawReasonRequired(
                "a re-draw needs a reason",
                errors=[
                    FieldError(field="body.reason", code="REQUIRED", message="why the panel is drawn again")
                ],
            )
        assert previous is not None
        if data.replaces_draw_id != previous.id:
            raise DrawNotCurrent(
                "a re-draw names the current draw it replaces",
                current_draw_id=str(previous.id),
            )
        if await applications.scores(session, app.id, app.round):
            raise ScoresAlreadySubmitted("scores are in; the panel can no longer change")
    elif app.status not in (ApplicationStatus.ACCEPTED, ApplicationStatus.OBJECTED):
        raise illegal(app, "draw a panel")
    doc = await rule_sets.document(session, app.rule_set_version)
    size = policy(doc, "panel_size")
    found = await repository.candidates(session, app.county_code, today)
    earlier_experts, earlier_institutions = await repository.earlier_panels(
        session, app.id, app.round, app.checked_conclusion_id
    )
    exclusions = []
    for c in found:
        reasons = draw.exclusion_reasons(
            c,
            person_id=app.person_id,
            care_institution_id=app.care_institution_id,
            family_doctor_id=app.family_doctor_id,
            earlier_experts=earlier_experts,
            earlier_institutions=earlier_institutions,
        )
        if reasons:
            exclusions.append({"expert_id": c["expert_id"], "reasons": reasons})
    candidates = [{k: c[k] for k in STORED_CANDIDATE_FIELDS} for c in found]
    eligible = len(candidates) - len(exclusions)
    if eligible < size:
        raise PanelUnavailable(
            f"{eligible} eligible expert(s) for a panel of {size}: {size - eligible} short",
            needed=size,
            eligible=eligible,
            shortfall=size - eligible,
            candidates=len(candidates),
            excluded=len(exclusions),
        )
    seed = seed or secrets.token_hex(16)
    panel = draw.pick(seed, candidates, exclusions, size)
    row = PanelDrawRow(
        id=uuid.uuid4(),
        application_id=app.id,
        round=app.round,
        algorithm=draw.ALGORITHM,
        seed=seed,
        panel_size=size,
        candidates=candidates,
        exclusions=exclusions,
        panel=panel,
        current=True,
        replaces_draw_id=previous.id if previous is not None and redraw else None,
        reason=data.reason,
        drawn_on=today,
        drawn_by=principal.client_id,
    )
    if previous is not None and redraw:
        previous.current = False
        await repository.cancel_open_assignments(session, previous.id)
    session.add(row)
    await session.flush()
    await repository.assign(session, row.id, app.id, panel)
    move(
        session,
        app,
        ApplicationStatus.PANEL_DRAWN,
        principal.client_id,
        f"re-draw: {data.reason}" if row.replaces_draw_id else None,
    )
    await session.flush()
    return to_schema(row)


async def get(session: AsyncSession, draw_id: uuid.UUID, principal: Principal) -> PanelDraw:
    row = await repository.get(session, draw_id)
    if row is not None:
        app = await applications.get(session, row.application_id)
        if app is not None and principal.sees_county(app.county_code):
            return to_schema(row)
    raise PanelDrawNotFound("no such panel draw")
