"""Evaluation schemes: HTTP only."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.oversight.deps import Idempotent
from services.oversight.schemes import service
from services.oversight.schemes.auth import SchemesRead, SchemesWrite
from services.oversight.schemes.schemas import Scheme, SchemeCreate, SchemeList, SchemeUpdate
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["performance evaluation"])


@router.post(
    "/evaluation-schemes",
    status_code=201,
    response_model=Scheme,
    summary="Draft an evaluation scheme, or a new version of one (绩效评价方案)",
)
async def create_scheme(
    data: SchemeCreate, session: SessionDep, principal: SchemesWrite, idempotent: Idempotent
) -> JSONResponse:
    """The next version of ``code`` as a draft. The weights add up to 10000 (``WEIGHTS_NOT_10000``), a
    computed indicator names its KPI (``KPI_CODE_REQUIRED``), one grade starts at 0
    (``GRADE_FLOOR_MISSING``). Every item carries ``confirmed`` and ``rule_source``."""
    return await idempotent.respond(lambda: service.create(session, data, principal), status_code=201)


@router.get("/evaluation-schemes", response_model=SchemeList, summary="Evaluation schemes and their versions")
async def list_schemes(
    session: SessionDep,
    principal: SchemesRead,
    page: Annotated[PageParams, Depends(page_params)],
    code: Annotated[str | None, Query(max_length=60)] = None,
    subject_kind: Annotated[str | None, Query(pattern="^(contractor|institution|expert)$")] = None,
    status: Annotated[str | None, Query(pattern="^(draft|approved)$")] = None,
) -> SchemeList:
    items, cursor = await service.list_schemes(session, page, code, subject_kind, status)
    return SchemeList(items=items, next_cursor=cursor)


@router.get(
    "/evaluation-schemes/{scheme_id}",
    response_model=Scheme,
    summary="One evaluation scheme version",
    operation_id="get_evaluation_scheme",
)
async def get_scheme(scheme_id: uuid.UUID, session: SessionDep, principal: SchemesRead) -> Scheme:
    return await service.get(session, scheme_id)


@router.put(
    "/evaluation-schemes/{scheme_id}", response_model=Scheme, summary="Replace a draft version's document"
)
async def update_scheme(
    scheme_id: uuid.UUID, data: SchemeUpdate, session: SessionDep, principal: SchemesWrite
) -> Scheme:
    """409 ``SCHEME_APPROVED`` once approved: an approved version never changes, a change is a new one."""
    return await service.update(session, scheme_id, data, principal)


@router.post(
    "/evaluation-schemes/{scheme_id}:approve",
    response_model=Scheme,
    summary="Approve a draft version (then immutable; evaluations are made under approved versions)",
)
async def approve_scheme(scheme_id: uuid.UUID, session: SessionDep, principal: SchemesWrite) -> Scheme:
    return await service.approve(session, scheme_id, principal)
