from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from services.assessment.deps import Idempotent, Today
from services.assessment.experts import service
from services.assessment.experts.auth import ExpertsRead, ExpertsWrite
from services.assessment.experts.schemas import (
    Expert,
    ExpertCreate,
    ExpertImport,
    ExpertList,
    ExpertQuality,
    ExpertUpdate,
)
from shared.db import SessionDep
from shared.pagination import PageParams, page_params
from shared.uploads import CSV_ONLY, UPLOAD_RESPONSES, receive_upload, upload_openapi

router = APIRouter(prefix="/api/v1", tags=["expert pool"])


@router.post("/experts", status_code=201, response_model=Expert, summary="Admit an expert to the pool")
async def create_expert(
    data: ExpertCreate, session: SessionDep, principal: ExpertsWrite, idempotent: Idempotent, today: Today
) -> JSONResponse:
    return await idempotent.respond(lambda: service.create(session, data, principal, today), status_code=201)


@router.post(
    "/experts:import",
    response_model=ExpertImport,
    summary="Bulk import of the pool from CSV (the body, or a multipart form's `file`)",
    openapi_extra=upload_openapi(CSV_ONLY),
    responses=UPLOAD_RESPONSES,
)
async def import_experts(
    request: Request, session: SessionDep, principal: ExpertsWrite, idempotent: Idempotent, today: Today
) -> JSONResponse:
    """Columns: ``code,name,profession,institution_id,county_codes,qualification_expires_on,
    training_expires_on,relative_person_ids,family_doctor_person_ids`` (lists separated by ``;``). Upserts
    by ``code``; bad rows are reported by line and never stop the good ones. Streamed into staging
    (``shared/intake``); the answer carries every error inline."""
    upload = await receive_upload(request, CSV_ONLY)
    digest = await service.stage_csv(session, upload)  # streamed into staging with the intake kit
    return await idempotent.respond(
        lambda: service.import_csv(session, principal, today),
        content=f"{upload.encoding}\n{digest}".encode(),  # the same file again, raw or as a new form
    )


@router.get(
    "/experts", response_model=ExpertList, summary="The pool (a contractor sees its counties' experts)"
)
async def list_experts(
    session: SessionDep,
    principal: ExpertsRead,
    page: Annotated[PageParams, Depends(page_params)],
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    status: Annotated[str | None, Query(pattern="^(active|suspended|removed)$")] = None,
) -> ExpertList:
    items, cursor = await service.list_experts(session, principal, page, county_code, status)
    return ExpertList(items=items, next_cursor=cursor)


@router.get("/experts/{expert_id}", response_model=Expert, summary="One expert with its status history")
async def get_expert(expert_id: uuid.UUID, session: SessionDep, principal: ExpertsRead) -> Expert:
    return await service.get(session, expert_id, principal)


@router.patch(
    "/experts/{expert_id}", response_model=Expert, summary="Change an expert; status changes need a reason"
)
async def update_expert(
    expert_id: uuid.UUID, data: ExpertUpdate, session: SessionDep, principal: ExpertsWrite, today: Today
) -> Expert:
    return await service.update(session, expert_id, data, principal, today)


@router.get(
    "/experts/{expert_id}/quality", response_model=ExpertQuality, summary="Assessments, overturn rate, levels"
)
async def expert_quality(expert_id: uuid.UUID, session: SessionDep, principal: ExpertsRead) -> ExpertQuality:
    return await service.quality(session, expert_id, principal)
