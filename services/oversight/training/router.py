"""The training register: courses, exam sessions, results by file, certificates (人社 and the bureau)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from services.oversight.deps import Idempotent, Today
from services.oversight.models import TrainingResultImportError
from services.oversight.training import service
from services.oversight.training.auth import TrainingRead, TrainingWrite, sees_whole_id_numbers
from services.oversight.training.schemas import (
    CODE,
    RESULT_COLUMNS_DOC,
    BulkIssue,
    BulkIssueCreate,
    Certificate,
    CertificateCreate,
    CertificateList,
    Course,
    CourseCreate,
    CourseList,
    Result,
    ResultImport,
    ResultList,
    RevocationCreate,
    Session,
    SessionCreate,
    SessionList,
)
from shared.db import SessionDep
from shared.identifiers import IdNumber, mask_id_number
from shared.intake.report import RowErrorList, error_report
from shared.pagination import PageParams, page_params
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["training register"])
Page = Annotated[PageParams, Depends(page_params)]
Format = Annotated[Literal["csv", "jsonl"] | None, Query(description="default: from the Content-Type")]


@router.post(
    "/training-courses", status_code=201, response_model=Course, summary="Register a training course"
)
async def create_course(
    data: CourseCreate, session: SessionDep, principal: TrainingWrite, idempotent: Idempotent
) -> JSONResponse:
    """409 ``TRAINING_COURSE_EXISTS`` for a code registered before."""

    async def produce() -> Course:
        return Course.model_validate(await service.create_course(session, data, principal))

    return await idempotent.respond(produce, status_code=201)


@router.get("/training-courses", response_model=CourseList, summary="Training courses, by code")
async def list_courses(session: SessionDep, principal: TrainingRead, page: Page) -> CourseList:
    rows, cursor = await service.list_courses(session, page)
    return CourseList(items=[Course.model_validate(r) for r in rows], next_cursor=cursor)


@router.get("/training-courses/{course_code}", response_model=Course, summary="One training course")
async def get_course(course_code: str, session: SessionDep, principal: TrainingRead) -> Course:
    return Course.model_validate(await service.get_course(session, course_code))


@router.post(
    "/training-sessions",
    status_code=201,
    response_model=Session,
    summary="Record an exam session of a course",
)
async def create_session(
    data: SessionCreate, session: SessionDep, principal: TrainingWrite, idempotent: Idempotent
) -> JSONResponse:
    """422 ``TRAINING_COURSE_UNKNOWN`` for a course the register does not have."""

    async def produce() -> Session:
        return Session.model_validate(await service.create_session(session, data, principal))

    return await idempotent.respond(produce, status_code=201)


@router.get("/training-sessions", response_model=SessionList, summary="Exam sessions, by date")
async def list_sessions(
    session: SessionDep,
    principal: TrainingRead,
    page: Page,
    course_code: Annotated[str | None, Query(pattern=CODE)] = None,
) -> SessionList:
    rows, cursor = await service.list_sessions(session, page, course_code)
    return SessionList(items=[Session.model_validate(r) for r in rows], next_cursor=cursor)


@router.get("/training-sessions/{session_id}", response_model=Session, summary="One exam session")
async def get_session(session_id: uuid.UUID, session: SessionDep, principal: TrainingRead) -> Session:
    return Session.model_validate(await service.get_session(session, session_id))


@router.post(
    "/training-result-imports",
    status_code=201,
    response_model=ResultImport,
    summary="Import an exam session's results (CSV or JSON lines; `?session_id=`)",
    description=f"Columns / keys: {RESULT_COLUMNS_DOC}. Good rows are kept when others fail; the same file "
    "again changes nothing (a result recorded before with the same content is unchanged, with other content "
    "a `RESULT_RECORDED` row error). Row codes: `MALFORMED_LINE`, `REQUIRED`, `ID_NUMBER_LENGTH`, "
    "`ID_NUMBER_FORMAT`, `ID_NUMBER_CHECKSUM`, `ID_NUMBER_BIRTH_DATE`, `DUPLICATE_IN_FILE`, "
    "`RESULT_RECORDED`, `TOO_LONG`, `SCORE_FORMAT`, `PASSED_FORMAT` (`GET /training-result-imports/{job_id}"
    "/errors`, JSON or `Accept: text/csv`).",
    openapi_extra=UPLOAD_OPENAPI,
    responses=UPLOAD_RESPONSES,
    max_body_size=MAX_UPLOAD_BYTES,
)
async def import_results(
    request: Request,
    session: SessionDep,
    principal: TrainingWrite,
    session_id: Annotated[uuid.UUID, Query(description="the exam session the results are of")],
    format: Format = None,
) -> ResultImport:
    exam = await service.get_session(session, session_id)
    upload = await receive_upload(request, IMPORT_FORMATS, format)
    return ResultImport.model_validate(await service.import_results(session, exam, principal, upload))


@router.get(
    "/training-sessions/{session_id}/results",
    response_model=ResultList,
    summary="A session's results (ID numbers masked)",
)
async def list_results(
    session_id: uuid.UUID, session: SessionDep, principal: TrainingRead, page: Page
) -> ResultList:
    rows, cursor = await service.list_results(session, session_id, page)
    items = [
        Result.model_validate(r).model_copy(update={"holder_id_number": mask_id_number(r.holder_id_number)})
        for r in rows
    ]
    return ResultList(items=items, next_cursor=cursor)


@router.get(
    "/training-result-imports/{job_id}", response_model=ResultImport, summary="One import of exam results"
)
async def get_result_import(job_id: uuid.UUID, session: SessionDep, principal: TrainingRead) -> ResultImport:
    return ResultImport.model_validate(await service.get_import(session, job_id))


@router.get(
    "/training-result-imports/{job_id}/errors",
    response_model=RowErrorList,
    summary="Per-row errors of an import of exam results (`Accept: text/csv` for a file)",
)
async def result_import_errors(
    job_id: uuid.UUID, request: Request, session: SessionDep, principal: TrainingRead, page: Page
) -> RowErrorList | StreamingResponse:
    job = await service.get_import(session, job_id)
    return await error_report(
        session,
        TrainingResultImportError,
        job.id,
        request,
        page,
        f"training-result-import-{job.id}-errors.csv",
    )


@router.post(
    "/training-certificates",
    status_code=201,
    response_model=Certificate,
    summary="Issue a training certificate to a holder who passed an exam session",
)
async def issue_certificate(
    data: CertificateCreate, session: SessionDep, principal: TrainingWrite, idempotent: Idempotent
) -> JSONResponse:
    """Announced on oversight's feed (``training.passed``, status valid): settlement lets a care worker with
    this ID number care from ``issued_on`` to ``valid_until``. 409 ``TRAINING_NOT_PASSED`` without a passed
    result of the holder in the session, ``CERTIFICATE_NUMBER_TAKEN``; 422 ``TRAINING_SESSION_UNKNOWN``,
    ``CERTIFICATE_BEFORE_SESSION``."""

    async def produce() -> Certificate:
        row = await service.issue(session, data, principal)
        return service.certificate(row, full_id=sees_whole_id_numbers(principal))

    return await idempotent.respond(produce, status_code=201)


@router.post(
    "/training-sessions/{session_id}/certificate-issues",
    status_code=201,
    response_model=BulkIssue,
    summary="Issue certificates to everyone who passed the session's exam and holds none of it",
)
async def issue_to_passed(
    session_id: uuid.UUID,
    data: BulkIssueCreate,
    session: SessionDep,
    principal: TrainingWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    """Numbered ``{number_prefix}{n:05d}`` after the session's earlier certificates, in the order of the ID
    numbers; each announced (``training.passed``) as a single issue is. A holder who holds a certificate of
    the session is left as is (``holding_already``), so a second call issues only to those who passed since
    (safe under concurrent calls: they take turns on the session; send an ``Idempotency-Key`` to retry
    safely). 404 ``TRAINING_SESSION_NOT_FOUND``; 409 ``CERTIFICATE_NUMBER_TAKEN`` when a number is taken
    (nothing issued); 422 ``CERTIFICATE_BEFORE_SESSION``."""

    async def produce() -> BulkIssue:
        rows, holding = await service.issue_to_passed(session, session_id, data, principal)
        return BulkIssue(
            session_id=session_id,
            issued=[service.certificate(r, full_id=False) for r in rows],
            holding_already=holding,
        )

    return await idempotent.respond(produce, status_code=201)


@router.get(
    "/training-certificates", response_model=CertificateList, summary="Certificates (ID numbers masked)"
)
async def list_certificates(
    session: SessionDep,
    principal: TrainingRead,
    page: Page,
    holder_id_number: IdNumber | None = None,
    course_code: Annotated[str | None, Query(pattern=CODE)] = None,
    status: Literal["valid", "revoked"] | None = None,
) -> CertificateList:
    rows, cursor = await service.list_certificates(session, page, holder_id_number, course_code, status)
    return CertificateList(items=[service.certificate(r, full_id=False) for r in rows], next_cursor=cursor)


@router.get(
    "/training-certificates/{certificate_id}",
    response_model=Certificate,
    summary="One certificate (the holder's ID number whole to 人社 and the bureau)",
)
async def get_certificate(
    certificate_id: uuid.UUID, session: SessionDep, principal: TrainingRead
) -> Certificate:
    row = await service.get_certificate(session, certificate_id)
    return service.certificate(row, full_id=sees_whole_id_numbers(principal))


@router.post(
    "/training-certificates/{certificate_id}/revocations",
    status_code=201,
    response_model=Certificate,
    summary="Revoke a certificate, or end it early, from a day",
)
async def revoke_certificate(
    certificate_id: uuid.UUID,
    data: RevocationCreate,
    session: SessionDep,
    principal: TrainingWrite,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """It holds until the day before ``effective_on`` (default today); announced on the feed
    (``training.passed``, status revoked, ``valid_until`` the last day it held). 409
    ``CERTIFICATE_REVOKED``."""

    async def produce() -> Certificate:
        row = await service.revoke(session, certificate_id, data, today)
        return service.certificate(row, full_id=sees_whole_id_numbers(principal))

    return await idempotent.respond(produce, status_code=201)
