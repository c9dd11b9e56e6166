"""Service records: batches and files in (institutions), results out (scoped), checks on demand."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from services.settlement import models
from services.settlement.bounds import MonthQuery
from services.settlement.config import ConfigDep
from services.settlement.deps import Idempotent, sees_institution, visible_institution
from services.settlement.disputes import service as disputes
from services.settlement.records import checks, intake, repository, results, schemas, service
from services.settlement.records.auth import RecordsCheck, RecordsRead, RecordsSubmit
from services.settlement.records.exceptions import RecordImportNotFound
from services.settlement.reference.units import require_county
from shared.db import SessionDep
from shared.errors import FieldError, problem_response
from shared.pagination import PageParams, page_params
from shared.principal import Principal
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["service records"])
Page = Annotated[PageParams, Depends(page_params)]


async def _job_out(session: SessionDep, job: models.ImportJob) -> schemas.ImportJob:
    errors = await repository.first_errors(session, job.id)
    out = schemas.ImportJob.model_validate(job)
    out.errors = [schemas.RowError.model_validate(e) for e in errors]
    return out


def _refused(job: schemas.ImportJob, field: Callable[[schemas.RowError], str]) -> JSONResponse:
    """Every record refused: a 422 that says so, with the row errors and the job (kept, so the same report
    can be read again at ``/service-record-imports/{id}``)."""
    return problem_response(
        422,
        "RECORDS_REFUSED",
        f"none of the {job.rows_total} records was accepted; each refused record has its errors",
        errors=[FieldError(field=field(e), code=e.code, message=e.message) for e in job.errors],
        job=job.model_dump(mode="json"),
    )


async def _own_institution(session: SessionDep, principal: Principal) -> models.Institution:
    return await visible_institution(session, principal, principal.institution_id or "")


@router.post(
    "/service-records",
    status_code=201,
    response_model=schemas.ImportJob,
    summary="A batch of records, each with the institution's own record_id (a resend is harmless)",
    description="Each record is checked on its own: good ones are kept, a refused one comes back with its "
    "errors (`errors[]`: `row_number` 1 = the first record). 201 when at least one record was stored or "
    "had been received before (`rows_accepted`, `rows_already_received`, `rows_rejected`); **422 "
    "`RECORDS_REFUSED` when every record was refused** — nothing was stored; the problem names each "
    "record's errors (`body.records.<index>.<field>`, index from 0) and carries the job (`job`), which "
    "stays readable at `/service-record-imports/{id}` with `status: refused`.",
    operation_id="submit_service_records",
)
async def submit_batch(
    data: schemas.ServiceRecordBatch,
    session: SessionDep,
    principal: RecordsSubmit,
    idempotent: Idempotent,
    config: ConfigDep,
) -> JSONResponse:
    institution = await _own_institution(session, principal)

    async def produce() -> schemas.ImportJob | JSONResponse:
        job = await _job_out(
            session,
            await intake.ingest(session, institution, intake.batch_upload(data.records), "batch", config),
        )
        if job.status == "refused":
            return _refused(job, lambda e: f"body.records.{e.row_number - 1}.{e.field or 'record'}")
        return job

    return await idempotent.respond(produce, status_code=201)


@router.post(
    "/service-record-imports",
    status_code=201,
    response_model=schemas.ImportJob,
    summary="A month of records as a file: CSV with a header, or JSON lines; streamed, never held whole",
    description="Each row is a `ServiceRecordIn` (CSV: `items` as codes separated by `|`), checked on its "
    "own. 201 when at least one row was stored or had been received before; 422 `RECORDS_REFUSED` when "
    "every row was refused (`errors[].field` = `rows.<row number>.<field>`, the job in `job`).",
    max_body_size=MAX_UPLOAD_BYTES,
    responses=UPLOAD_RESPONSES,
    openapi_extra=UPLOAD_OPENAPI,
    operation_id="import_service_records",
)
async def import_file(
    request: Request, session: SessionDep, principal: RecordsSubmit, config: ConfigDep
) -> schemas.ImportJob | JSONResponse:
    institution = await _own_institution(session, principal)
    file = await receive_upload(request, IMPORT_FORMATS)
    if file.format == "csv":
        upload = await intake.csv_upload(file.chunks, file.encoding)
    else:
        upload = intake.jsonl_upload(file.chunks, file.encoding)
    job = await intake.ingest(session, institution, upload, file.media_type, config)
    out = await _job_out(session, job)  # every row refused: 422 RECORDS_REFUSED, as for a batch
    return (
        _refused(out, lambda e: f"rows.{e.row_number}.{e.field or 'line'}")
        if out.status == "refused"
        else out
    )


@router.get(
    "/service-record-imports/{job_id}",
    response_model=schemas.ImportJob,
    summary="An import job",
    operation_id="get_service_record_import",
)
async def get_import(job_id: uuid.UUID, session: SessionDep, principal: RecordsRead) -> schemas.ImportJob:
    found = await repository.find_import(session, job_id)
    if found is None or not sees_institution(principal, found[1]):
        raise RecordImportNotFound("no such import")  # never whose it is
    return await _job_out(session, found[0])


@router.get("/service-records", response_model=schemas.ServiceRecordList, summary="Records with results")
async def list_records(
    session: SessionDep,
    principal: RecordsRead,
    page: Page,
    institution_id: str | None = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    month: MonthQuery | None = None,
    check: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z0-9_]{1,64}$",
            description="a reason code, `passed`, `deducted`, `unchecked`, `sampled` or `rejected`",
        ),
    ] = None,
) -> schemas.ServiceRecordList:
    return await service.list_records(
        session,
        principal,
        page,
        institution_id=institution_id,
        county_code=county_code,
        month=month,
        check=check,
    )


@router.get(
    "/service-records/{id}",
    response_model=schemas.ServiceRecord,
    summary="One record with its results, by the platform's id (an institution: its own)",
    description="`id` is the platform's id of the record, as every answer names it (`id`); the "
    "institution's own `record_id` names a record only inside its batches and files. A record of another "
    "institution, or outside a contractor's counties, answers 404 `RECORD_NOT_FOUND` as an unknown one.",
)
async def get_record(
    id: schemas.RecordId, session: SessionDep, principal: RecordsRead
) -> schemas.ServiceRecord:
    record = await disputes.visible_record(session, principal, id)
    [out] = await results.records_out(session, [record])
    return out


@router.post(
    "/service-records:check",
    response_model=schemas.CheckResult,
    summary="Run the checks now",
    operation_id="check_service_records",
)
async def check_month(
    data: schemas.CheckRequest, session: SessionDep, principal: RecordsCheck, config: ConfigDep
) -> schemas.CheckResult:
    await require_county(session, principal, data.county_code, "body.county_code")
    checked = await checks.run_checks(session, data.county_code, data.month, config)
    return schemas.CheckResult(county_code=data.county_code, month=data.month.replace(day=1), checked=checked)
