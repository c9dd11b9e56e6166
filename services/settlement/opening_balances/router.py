"""Opening-balance imports (the old system's fund balances) and the balances they posted."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from services.settlement.models import OpeningBalanceImportError
from services.settlement.opening_balances import repository, service
from services.settlement.opening_balances.auth import OpeningBalancesImport, OpeningBalancesRead
from services.settlement.opening_balances.schemas import (
    COLUMNS_DOC,
    OpeningBalance,
    OpeningBalanceImport,
    OpeningBalanceList,
)
from services.settlement.reference.units import require_county
from shared.dates import today
from shared.db import SessionDep
from shared.intake.report import RowErrorList, error_report
from shared.pagination import PageParams, page_params
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["migration from the old system"])
Format = Annotated[Literal["csv", "jsonl"] | None, Query(description="default: from the Content-Type")]
Page = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/opening-balance-imports",
    status_code=201,
    response_model=OpeningBalanceImport,
    summary="Import the old system's opening fund balances into the ledger (CSV or JSON lines; bureau)",
    description=f"Columns / keys: {COLUMNS_DOC}. Each good row is one balanced ledger transaction (kind "
    "`opening_balance`) against the equity account `opening_balances`; the fund views then start from it. "
    "Streamed; good rows are kept when others fail; the same file again changes nothing (a reference posted "
    "before with the same content is unchanged, with other content an `OPENING_BALANCE_REF_CONFLICT` row "
    "error). Row codes: `REQUIRED`, `COUNTY_UNKNOWN`, `ACCOUNT_UNKNOWN`, `ACCOUNT_NOT_ALLOWED`, "
    "`AMOUNT_FORMAT`, `DATE_FORMAT`, `DATE_IN_FUTURE`, `TOO_LONG`, `DUPLICATE_IN_FILE`, "
    "`OPENING_BALANCE_REF_CONFLICT`, `PERIOD_CLOSED`, `MALFORMED_LINE` (`GET …/{job_id}/errors`).",
    openapi_extra=UPLOAD_OPENAPI,
    responses=UPLOAD_RESPONSES,
    max_body_size=MAX_UPLOAD_BYTES,
)
async def import_opening_balances(
    request: Request, session: SessionDep, principal: OpeningBalancesImport, format: Format = None
) -> OpeningBalanceImport:
    upload = await receive_upload(request, IMPORT_FORMATS, format)
    job = await service.run_import(session, principal, upload, today())
    return OpeningBalanceImport.model_validate(job)


@router.get(
    "/opening-balance-imports/{job_id}",
    response_model=OpeningBalanceImport,
    summary="One opening-balance import",
)
async def get_opening_balance_import(
    job_id: uuid.UUID, session: SessionDep, principal: OpeningBalancesRead
) -> OpeningBalanceImport:
    return OpeningBalanceImport.model_validate(await service.get_job(session, job_id))


@router.get(
    "/opening-balance-imports/{job_id}/errors",
    response_model=RowErrorList,
    summary="Per-row errors of an opening-balance import (`Accept: text/csv` for a file)",
)
async def opening_balance_import_errors(
    job_id: uuid.UUID, request: Request, session: SessionDep, principal: OpeningBalancesRead, page: Page
) -> RowErrorList | StreamingResponse:
    job = await service.get_job(session, job_id)
    return await error_report(
        session,
        OpeningBalanceImportError,
        job.id,
        request,
        page,
        f"opening-balance-import-{job.id}-errors.csv",
    )


@router.get(
    "/opening-balances",
    response_model=OpeningBalanceList,
    summary="Opening balances migrated from the old system, by county or import (audit)",
)
async def list_opening_balances(
    session: SessionDep,
    principal: OpeningBalancesRead,
    page: Page,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    import_job_id: uuid.UUID | None = None,
) -> OpeningBalanceList:
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
    rows, cursor = await repository.balances_page(
        session, page, county_code=county_code, import_job_id=import_job_id
    )
    return OpeningBalanceList(items=[OpeningBalance.model_validate(r) for r in rows], next_cursor=cursor)
