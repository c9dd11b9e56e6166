from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.assessment.deps import Idempotent, Today
from services.assessment.spot_checks import service
from services.assessment.spot_checks.auth import SpotChecksRead, SpotChecksWrite
from services.assessment.spot_checks.schemas import SpotCheck, SpotCheckCreate
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["spot checks"])


@router.post(
    "/spot-checks",
    status_code=201,
    response_model=SpotCheck,
    summary="Sample conclusions in force for re-assessment",
)
async def create_spot_check(
    data: SpotCheckCreate,
    session: SessionDep,
    principal: SpotChecksWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Each sampled conclusion gets a spot-check application (accepted, a panel excluding the first one and
    its institutions); a different level, once served, supersedes the old conclusion."""
    return await idempotent.respond(lambda: service.create(session, data, principal, today), status_code=201)


@router.get("/spot-checks/{spot_check_id}", response_model=SpotCheck, summary="A spot check and its findings")
async def get_spot_check(
    spot_check_id: uuid.UUID, session: SessionDep, principal: SpotChecksRead
) -> SpotCheck:
    return await service.get(session, spot_check_id, principal)
