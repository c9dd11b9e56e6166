"""The policy calculation (测算): projections of a draft benefit rule set, and a rule set's dry run."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from services.settlement.deps import Idempotent
from services.settlement.projections import schemas, service
from services.settlement.projections.auth import ProjectionsRead, ProjectionsWrite, RuleDryRun
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["fund planning"])
Page = Annotated[PageParams, Depends(page_params)]


def _wants_csv(request: Request) -> bool:
    return "text/csv" in request.headers.get("accept", "")


def _csv(body: str, name: str) -> Response:
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post(
    "/benefit-rules/{version}/dry-runs",
    response_model=schemas.DryRun,
    summary="Replay a (draft) rule set over a settled month: each institution's fund from → to; "
    "Accept: text/csv for a file",
    responses={200: {"content": {"text/csv": {}}}},
    operation_id="dry_run_benefit_rules",
)
async def dry_run(
    version: str,
    data: schemas.DryRunRequest,
    request: Request,
    session: SessionDep,
    principal: RuleDryRun,
) -> schemas.DryRun | Response:
    report = await service.dry_run(session, principal, version, data)
    if _wants_csv(request):
        name = f"dry-run-{version}-{data.county_code or 'city'}-{data.month:%Y-%m}.csv"
        return _csv(service.dry_run_csv(report), name)
    return report


@router.post(
    "/projections",
    status_code=202,
    response_model=schemas.Projection,
    summary="Start a projection (测算) of a draft rule set and a contribution over a settled base year",
)
async def create_projection(
    data: schemas.ProjectionCreate, session: SessionDep, principal: ProjectionsWrite, idempotent: Idempotent
) -> JSONResponse:
    return await idempotent.respond(lambda: service.create(session, principal, data), status_code=202)


@router.get("/projections", response_model=schemas.ProjectionList, summary="Projections, newest first")
async def list_projections(
    session: SessionDep, principal: ProjectionsRead, page: Page
) -> schemas.ProjectionList:
    items, cursor = await service.list_projections(session, page)
    return schemas.ProjectionList(items=items, next_cursor=cursor)


@router.get(
    "/projections/compare",
    response_model=schemas.Comparison,
    summary="Two finished projections side by side (b − a); Accept: text/csv for a file",
    responses={200: {"content": {"text/csv": {}}}},
)
async def compare_projections(
    request: Request,
    session: SessionDep,
    principal: ProjectionsRead,
    a: Annotated[uuid.UUID, Query(description="the first projection")],
    b: Annotated[uuid.UUID, Query(description="the second projection")],
) -> schemas.Comparison | Response:
    comparison = await service.compare(session, a, b)
    if _wants_csv(request):
        return _csv(service.comparison_csv(comparison), f"projections-{a}-{b}.csv")
    return comparison


@router.get(
    "/projections/{projection_id}",
    response_model=schemas.Projection,
    summary="One projection: its inputs, status and progress, its outputs once done",
)
async def get_projection(
    projection_id: uuid.UUID, session: SessionDep, principal: ProjectionsRead
) -> schemas.Projection:
    return await service.get(session, projection_id)
