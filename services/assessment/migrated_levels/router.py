"""Level imports (the old system's disability levels in force) and the levels they brought in."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

import httpx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from services.assessment.deps import Today
from services.assessment.migrated_levels import service
from services.assessment.migrated_levels.auth import LevelImportsRead, LevelsMigrate, MigratedLevelsRead
from services.assessment.migrated_levels.schemas import (
    COLUMNS_DOC,
    LevelImport,
    MigratedLevelList,
)
from services.assessment.models import LevelImportError
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.intake.report import RowErrorList, error_report
from shared.pagination import PageParams, page_params
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["migration from the old system"])
Format = Annotated[Literal["csv", "jsonl"] | None, Query(description="default: from the Content-Type")]
Page = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/level-imports",
    status_code=201,
    response_model=LevelImport,
    summary="Import disability levels in force from the old system (CSV or JSON lines; bureau)",
    description=f"Columns / keys: {COLUMNS_DOC}. Streamed; good rows are kept when others fail; the same "
    "file again changes nothing (a reference sent before with the same content is unchanged, with other "
    "content it is a `MIGRATION_REF_CONFLICT` row error). Each good row becomes a level in force of origin "
    "`migrated`, announced as `conclusion.in_force` like an assessed one. Row codes: `PERSON_NOT_FOUND`, "
    "`NOT_INSURED`, `LEVEL_FORMAT`, `LEVEL_NOT_IN_SCALE`, `DATE_FORMAT`, `DATE_RANGE`, `LEVEL_ENDED`, "
    "`LEVEL_OVERLAP`, `RULE_SET_UNKNOWN`, `DUPLICATE_IN_FILE`, `MIGRATION_REF_CONFLICT`, `REQUIRED`, "
    "`TOO_LONG`, `MALFORMED_LINE` (`GET …/{job_id}/errors`).",
    openapi_extra=UPLOAD_OPENAPI,
    responses={**UPLOAD_RESPONSES, **problem_responses(503)},
    max_body_size=MAX_UPLOAD_BYTES,
)
async def import_levels(
    request: Request, session: SessionDep, principal: LevelsMigrate, today: Today, format: Format = None
) -> LevelImport:
    upload = await receive_upload(request, IMPORT_FORMATS, format)
    client: httpx.AsyncClient | None = getattr(request.app.state, "enrollment_client", None)
    job = await service.run_import(session, principal, upload, today, client)
    return LevelImport.model_validate(job)


@router.get("/level-imports/{job_id}", response_model=LevelImport, summary="One level import")
async def get_level_import(
    job_id: uuid.UUID, session: SessionDep, principal: LevelImportsRead
) -> LevelImport:
    return LevelImport.model_validate(await service.get_job(session, job_id))


@router.get(
    "/level-imports/{job_id}/errors",
    response_model=RowErrorList,
    summary="Per-row errors of a level import (`Accept: text/csv` for a file)",
)
async def level_import_errors(
    job_id: uuid.UUID, request: Request, session: SessionDep, principal: LevelImportsRead, page: Page
) -> RowErrorList | StreamingResponse:
    job = await service.get_job(session, job_id)
    return await error_report(
        session, LevelImportError, job.id, request, page, f"level-import-{job.id}-errors.csv"
    )


@router.get(
    "/migrated-levels",
    response_model=MigratedLevelList,
    summary="Levels migrated from the old system, by import, reference or county (audit)",
)
async def list_migrated_levels(
    session: SessionDep,
    principal: MigratedLevelsRead,
    page: Page,
    import_job_id: uuid.UUID | None = None,
    migration_ref: Annotated[str | None, Query(max_length=128)] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
) -> MigratedLevelList:
    return await service.list_migrated(
        session,
        principal,
        page,
        county_code=county_code,
        import_job_id=import_job_id,
        migration_ref=migration_ref,
    )
