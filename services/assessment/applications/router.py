from __future__ import annotations

import uuid
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from services.assessment.applications import service
from services.assessment.applications.auth import (
    ApplicationsRead,
    ApplicationsWrite,
    ConclusionsRevoke,
    DisabilityLevelsRead,
)
from services.assessment.applications.schemas import (
    Application,
    ApplicationCreate,
    ApplicationList,
    ConclusionCreate,
    ConclusionResult,
    DisabilityLevels,
    ObjectionCreate,
    RevocationCreate,
    ScoreCreate,
)
from services.assessment.deps import Idempotent, Today
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["assessment applications"])


def enrollment_client(request: Request) -> httpx.AsyncClient | None:
    client: httpx.AsyncClient | None = getattr(request.app.state, "enrollment_client", None)
    return client


@router.post(
    "/assessment-applications",
    status_code=201,
    response_model=Application,
    summary="Apply; the acceptance gate decides",
)
async def create_application(
    data: ApplicationCreate,
    request: Request,
    session: SessionDep,
    principal: ApplicationsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Accepted, or rejected with every reason code that applies: ``COUNTY_NOT_IN_SCHEME`` (the person's unit
    has not joined the scheme yet, asked of enrollment now), ``NOT_INSURED`` (asked of enrollment now),
    ``SELF_ASSESSMENT_GRADE_TOO_LOW`` (table B grade not E/F/G), ``DISABILITY_TOO_RECENT``,
    ``MATERIALS_INCOMPLETE``. 409 ``APPLICATION_ALREADY_OPEN`` names the open one to a caller that sees it;
    503 ``ENROLLMENT_UNAVAILABLE`` when enrollment cannot answer (nothing is recorded). A person outside the
    caller's counties is a 404 ``PERSON_NOT_FOUND``, as an unknown one."""
    client = enrollment_client(request)
    return await idempotent.respond(
        lambda: service.create(session, data, principal, today, client), status_code=201
    )


@router.get(
    "/assessment-applications",
    response_model=ApplicationList,
    summary="Applications with deadlines and history",
)
async def list_applications(
    session: SessionDep,
    principal: ApplicationsRead,
    today: Today,
    page: Annotated[PageParams, Depends(page_params)],
    status: str | None = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    overdue: bool | None = None,
) -> ApplicationList:
    items, cursor = await service.list_applications(
        session, principal, page, today, status, county_code, overdue
    )
    return ApplicationList(items=items, next_cursor=cursor)


@router.get(
    "/assessment-applications/{application_id}",
    response_model=Application,
    summary="One application, all its draws",
)
async def get_application(
    application_id: uuid.UUID, session: SessionDep, principal: ApplicationsRead, today: Today
) -> Application:
    return await service.read(session, await service.load_visible(session, application_id, principal), today)


@router.post(
    "/assessment-applications/{application_id}/scores",
    status_code=201,
    response_model=Application,
    summary="One assessor's 17 items",
)
async def submit_score(
    application_id: uuid.UUID,
    data: ScoreCreate,
    session: SessionDep,
    principal: ApplicationsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.submit_score(session, application_id, data, principal, today), status_code=201
    )


@router.post(
    "/assessment-applications/{application_id}/conclusion",
    status_code=201,
    response_model=ConclusionResult,
    summary="Confirm the computed level or override it with a reason",
)
async def conclude(
    application_id: uuid.UUID,
    data: ConclusionCreate,
    session: SessionDep,
    principal: ApplicationsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.conclude(session, application_id, data, principal, today), status_code=201
    )


@router.post(
    "/assessment-applications/{application_id}:start-publicity",
    response_model=Application,
    summary="Publicity (公示)",
)
async def start_publicity(
    application_id: uuid.UUID, session: SessionDep, principal: ApplicationsWrite, today: Today
) -> Application:
    return await service.start_publicity(session, application_id, principal, today)


@router.post(
    "/assessment-applications/{application_id}:serve",
    response_model=Application,
    summary="Served (送达): in force",
    operation_id="serve_conclusion",
)
async def serve(
    application_id: uuid.UUID, session: SessionDep, principal: ApplicationsWrite, today: Today
) -> Application:
    """The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one."""
    return await service.serve(session, application_id, principal, today)


@router.post(
    "/assessment-applications/{application_id}/objections",
    status_code=201,
    response_model=Application,
    summary="Objection within the window → re-assessment with a new panel",
    operation_id="object_to_conclusion",
)
async def object_to(
    application_id: uuid.UUID,
    data: ObjectionCreate,
    session: SessionDep,
    principal: ApplicationsWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.object_to(session, application_id, data, principal, today), status_code=201
    )


@router.get(
    "/persons/{person_id}/disability-levels",
    response_model=DisabilityLevels,
    summary="Current level and history (an institution: the current level of its own clients)",
)
async def disability_levels(
    person_id: str, session: SessionDep, principal: DisabilityLevelsRead
) -> DisabilityLevels:
    return await service.disability_levels(session, person_id, principal)


@router.post(
    "/assessment-applications/{application_id}/conclusion:revoke",
    response_model=DisabilityLevels,
    summary="Revoke a conclusion in force (death; a mistaken conclusion, bureau only)",
)
async def revoke_conclusion(
    application_id: uuid.UUID,
    data: RevocationCreate,
    session: SessionDep,
    principal: ConclusionsRevoke,
    idempotent: Idempotent,
) -> JSONResponse:
    """The application's conclusion in force ends on ``effective_on``: ``DECEASED`` (contractor or bureau)
    or ``MISTAKEN`` (bureau only); settlement is told by ``conclusion.revoked``. 409
    ``CONCLUSION_IS_<STATUS>`` unless in force (a superseded one has nothing left to revoke)."""
    return await idempotent.respond(lambda: service.revoke(session, application_id, data, principal))
