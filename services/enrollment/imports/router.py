from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from services.enrollment.contributions.auth import CONTRIBUTIONS_READ, CONTRIBUTIONS_WRITE
from services.enrollment.imports import service
from services.enrollment.imports.schemas import ImportJob, RowErrorList
from services.enrollment.models import ImportRowError
from services.enrollment.persons.auth import PERSONS_READ, PERSONS_WRITE
from shared.db import SessionDep
from shared.intake.report import error_report
from shared.pagination import PageParams, page_params
from shared.permissions import Capability, require
from shared.principal import Principal
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["imports"])
Format = Annotated[
    Literal["csv", "jsonl"] | None,
    Query(description="default: from the Content-Type (of a form's file part: else its name)"),
]


def _routes(kind: str, path: str, columns: str, write: Capability, read: Capability) -> None:
    writer, reader = require(write), require(read)

    @router.post(
        f"/{path}",
        status_code=201,
        response_model=ImportJob,
        summary=f"Upload {kind} as CSV or JSON lines (the body, or a multipart form's `file`)",
        description=f"Columns / keys: {columns}. Streamed; good rows are kept when others fail; "
        "the same file again changes nothing. Errors per row: `GET …/{job_id}/errors`.",
        openapi_extra=UPLOAD_OPENAPI,
        responses=UPLOAD_RESPONSES,
        max_body_size=MAX_UPLOAD_BYTES,
        name=f"upload_{kind}",
        operation_id=f"import_{kind}",
    )
    async def upload(
        request: Request, session: SessionDep, format: Format = None, principal: Principal = writer
    ) -> ImportJob:
        upload = await receive_upload(request, IMPORT_FORMATS, format)
        return ImportJob.model_validate(
            await service.run_import(session, principal, upload, kind, upload.format)
        )

    @router.get(
        f"/{path}/{{job_id}}",
        response_model=ImportJob,
        summary=f"One {kind} import",
        name=f"get_{kind}",
        operation_id=f"get_{kind}_import",
    )
    async def get(job_id: uuid.UUID, session: SessionDep, principal: Principal = reader) -> ImportJob:
        return ImportJob.model_validate(await service.get_job(session, principal, job_id, kind))

    @router.get(
        f"/{path}/{{job_id}}/errors",
        response_model=RowErrorList,
        summary=f"Per-row errors of a {kind} import (`Accept: text/csv` for a file)",
        name=f"errors_{kind}",
        operation_id=f"{kind}_import_errors",
    )
    async def errors(
        job_id: uuid.UUID,
        request: Request,
        session: SessionDep,
        page: Annotated[PageParams, Depends(page_params)],
        principal: Principal = reader,
    ) -> RowErrorList | StreamingResponse:
        job = await service.get_job(session, principal, job_id, kind)
        return await error_report(
            session, ImportRowError, job.id, request, page, f"{kind}-import-{job.id}-errors.csv"
        )


_routes(
    "persons",
    "enrollment-imports",
    "id_number, name, category (employee/retiree/flexible), county_code, employer_credit_code, enrolled_on",
    PERSONS_WRITE,
    PERSONS_READ,
)
_routes(
    "payments",
    "payment-imports",
    "bill_id or id_number + year, payer (employer/individual), channel, amount_fen, paid_on, external_ref, "
    "payer_id_number (family_account)",
    CONTRIBUTIONS_WRITE,
    CONTRIBUTIONS_READ,
)
