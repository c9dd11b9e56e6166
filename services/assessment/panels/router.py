from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.assessment.deps import Idempotent, Today
from services.assessment.panels import service
from services.assessment.panels.auth import PanelsDraw, PanelsRead
from services.assessment.panels.schemas import PanelDraw, PanelDrawCreate
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["panel draws"])


@router.post(
    "/assessment-applications/{application_id}/panel-draws",
    status_code=201,
    response_model=PanelDraw,
    summary="Draw the panel at random, with recusal and balanced workload",
)
async def draw_panel(
    application_id: uuid.UUID,
    session: SessionDep,
    principal: PanelsDraw,
    idempotent: Idempotent,
    today: Today,
    data: PanelDrawCreate | None = None,
) -> JSONResponse:
    """A re-draw needs ``reason`` and ``replaces_draw_id``; the earlier draw stays visible.
    Not enough eligible experts → 409 ``PANEL_UNAVAILABLE`` with the shortfall."""
    body = data or PanelDrawCreate()
    return await idempotent.respond(
        lambda: service.draw_panel(session, application_id, body, principal, today), status_code=201
    )


@router.get(
    "/panel-draws/{draw_id}", response_model=PanelDraw, summary="A draw: seed, candidates, exclusions, replay"
)
async def get_draw(draw_id: uuid.UUID, session: SessionDep, principal: PanelsRead) -> PanelDraw:
    return await service.get(session, draw_id, principal)
