"""The rules of the training register (S003 §二(六) "其他从业人员需经规范化培训合格后上岗"; annex 1 #9): a
course, its exam sessions, each candidate's result (imported by file through the intake kit: per-row errors,
good rows kept, the same file twice changes nothing), and a certificate issued only to a holder who passed
the session. Issuing and revoking a certificate is announced (``training.passed``) in the same transaction;
settlement matches it to caregivers on the holder's ID number."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import TrainingPassed
from services.oversight.models import (
    CertificateStatus,
    TrainingCertificate,
    TrainingCourse,
    TrainingResult,
    TrainingResultImport,
    TrainingSession,
    outbox,
)
from services.oversight.training import repository
from services.oversight.training.exceptions import (
    CertificateBeforeSession,
    CertificateNotFound,
    CertificateNumberTaken,
    CertificateRevoked,
    CourseExists,
    CourseNotFound,
    CourseUnknown,
    ImportNotFound,
    SessionNotFound,
    SessionUnknown,
    TrainingNotPassed,
)
from services.oversight.training.schemas import (
    BulkIssueCreate,
    Certificate,
    CertificateCreate,
    CourseCreate,
    RevocationCreate,
    SessionCreate,
)
from shared.errors import FieldError, Unprocessable
from shared.identifiers import ID_NUMBER_MESSAGES, IdentifierError, mask_id_number, parse_id_number
from shared.intake.rows import Row, stage_rows
from shared.intake.staging import FAILED, codes_column, record_row_errors, take_turns
from shared.pagination import PageParams, paginate
from shared.principal import Principal
from shared.row_checks import RowCheck
from shared.uploads import FileUpload

# -- courses and sessions -----------------------------------------------------------------------------------


async def create_course(session: AsyncSession, data: CourseCreate, principal: Principal) -> TrainingCourse:
    if await repository.course(session, data.code) is not None:
        raise CourseExists(f"course {data.code} is registered")
    row = TrainingCourse(**data.model_dump(), created_by=principal.client_id)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row


async def get_course(session: AsyncSession, code: str) -> TrainingCourse:
    row = await repository.course(session, code)
    if row is None:
        raise CourseNotFound(f"no course {code}")
    return row


async def list_courses(session: AsyncSession, page: PageParams) -> tuple[list[TrainingCourse], str | None]:
    rows, cursor = await paginate(
        session, repository.courses(), [TrainingCourse.code], page, lambda r: [r.code]
    )
    return list(rows), cursor


async def create_session(session: AsyncSession, data: SessionCreate, principal: Principal) -> TrainingSession:
    if await repository.course(session, data.course_code) is None:
        raise CourseUnknown(
            f"no course {data.course_code}",
            errors=[
                FieldError(field="body.course_code", code="TRAINING_COURSE_UNKNOWN", message="no such course")
            ],
        )
    row = TrainingSession(id=uuid.uuid4(), **data.model_dump(), created_by=principal.client_id)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row


async def get_session(session: AsyncSession, session_id: uuid.UUID) -> TrainingSession:
    row = await repository.exam_session(session, session_id)
    if row is None:
        raise SessionNotFound(f"no exam session {session_id}")
    return row


async def list_sessions(
    session: AsyncSession, page: PageParams, course_code: str | None
) -> tuple[list[TrainingSession], str | None]:
    rows, cursor = await paginate(
        session,
        repository.sessions(course_code),
        [TrainingSession.held_on, TrainingSession.id],
        page,
        lambda r: [r.held_on, r.id],
    )
    return list(rows), cursor


async def list_results(
    session: AsyncSession, session_id: uuid.UUID, page: PageParams
) -> tuple[list[TrainingResult], str | None]:
    await get_session(session, session_id)
    rows, cursor = await paginate(
        session,
        repository.results(session_id),
        [TrainingResult.holder_id_number],
        page,
        lambda r: [r.holder_id_number],
    )
    return list(rows), cursor


# -- results by file ----------------------------------------------------------------------------------------

COLUMNS = ("id_number", "name", "score", "passed")
ERRORS = "oversight.training_result_import_errors"
CHUNK_ROWS = 1000
MESSAGES = {
    "MALFORMED_LINE": "the line cannot be read",
    "REQUIRED": "required",
    "TOO_LONG": "at most 100 characters",
    "DUPLICATE_IN_FILE": "the same ID number appears earlier in this file",
    "SCORE_FORMAT": "a whole number from 0 to 100",
    "PASSED_FORMAT": "true or false",
    "RESULT_RECORDED": "this candidate's result in the session was recorded before with other content",
    **ID_NUMBER_MESSAGES,
}


def _check(field: str, sql: str, *codes: str) -> RowCheck:
    return RowCheck(field, sql, MESSAGES[codes[-1]], {c: MESSAGES[c] for c in codes})


CHECKS = (
    RowCheck.when("line", "MALFORMED_LINE", "malformed IS NOT NULL", MESSAGES["MALFORMED_LINE"]),
    _check("id_number", """CASE WHEN malformed IS NULL AND id_number IS NULL THEN 'REQUIRED'
                               WHEN malformed IS NULL AND id_fault = 'ID_NUMBER_LENGTH'
                                    THEN 'ID_NUMBER_LENGTH'
                               WHEN malformed IS NULL AND id_fault = 'ID_NUMBER_FORMAT'
                                    THEN 'ID_NUMBER_FORMAT'
                               WHEN malformed IS NULL AND id_fault = 'ID_NUMBER_CHECKSUM'
                                    THEN 'ID_NUMBER_CHECKSUM'
                               WHEN malformed IS NULL AND id_fault = 'ID_NUMBER_BIRTH_DATE'
                                    THEN 'ID_NUMBER_BIRTH_DATE'
                               WHEN malformed IS NULL AND occurrence > 1 THEN 'DUPLICATE_IN_FILE'
                               WHEN malformed IS NULL AND recorded_before
                                    AND NOT (name_before = name AND score_before = score_value
                                             AND passed_before = passed_value)
                                    THEN 'RESULT_RECORDED' END""",
           "REQUIRED", "ID_NUMBER_LENGTH", "ID_NUMBER_FORMAT", "ID_NUMBER_CHECKSUM", "ID_NUMBER_BIRTH_DATE",
           "DUPLICATE_IN_FILE", "RESULT_RECORDED"),
    _check("name", """CASE WHEN malformed IS NULL AND name IS NULL THEN 'REQUIRED'
                          WHEN malformed IS NULL AND length(name) > 100 THEN 'TOO_LONG' END""",
           "REQUIRED", "TOO_LONG"),
    _check("score", """CASE WHEN malformed IS NULL AND score IS NULL THEN 'REQUIRED'
                           WHEN malformed IS NULL AND score_value IS NULL THEN 'SCORE_FORMAT' END""",
           "REQUIRED", "SCORE_FORMAT"),
    _check("passed", """CASE WHEN malformed IS NULL AND passed IS NULL THEN 'REQUIRED'
                            WHEN malformed IS NULL AND passed_value IS NULL THEN 'PASSED_FORMAT' END""",
           "REQUIRED", "PASSED_FORMAT"),
)  # fmt: skip


async def _with_id_numbers(chunk: list[Row]) -> list[tuple[Any, ...]]:
    """Each row with its ID number checked (``python-stdnum``, as every ID number of the platform):
    ``id_fault`` the code it breaks, ``id_norm`` the number as stored."""
    records: list[tuple[Any, ...]] = []
    for row in chunk:
        raw = row.values["id_number"]
        fault: str | None = None
        norm: str | None = None
        if raw is not None:
            try:
                norm = parse_id_number(raw).number
            except IdentifierError as exc:
                fault = exc.code
        records.append((row.line_no, row.malformed, *(row.values[c] for c in COLUMNS), fault, norm))
    return records


async def import_results(
    session: AsyncSession, exam: TrainingSession, principal: Principal, upload: FileUpload
) -> TrainingResultImport:
    """One file of a session's results: every row checked once in SQL, the failed ones' errors written, the
    good ones recorded; a result recorded before is unchanged when the same, a row error when not."""
    await take_turns(session, "oversight.training_result_imports")
    job = TrainingResultImport(
        id=uuid.uuid4(),
        session_id=exam.id,
        format=upload.format,
        client_id=principal.client_id,
        imported_by=principal.name,
    )
    session.add(job)
    await session.flush()
    staged, checked = f"training_rows_{job.id.hex[:12]}", f"training_checked_{job.id.hex[:12]}"
    await stage_rows(
        session,
        staged,
        upload,
        COLUMNS,
        COLUMNS,
        chunk_rows=CHUNK_ROWS,
        extra=(("id_fault", "text"), ("id_norm", "text")),
        enrich=_with_id_numbers,
    )
    params: dict[str, Any] = {"job": job.id, "session": exam.id}
    await repository.create_checked(session, checked, staged, codes_column(CHECKS), FAILED, params)
    await record_row_errors(session, ERRORS, checked, CHECKS, params)
    total, failed, unchanged = await repository.counts(session, checked)
    created = await repository.merge_results(session, checked, params)
    job.rows_total, job.rows_failed, job.rows_unchanged, job.rows_created = total, failed, unchanged, created
    await session.flush()
    await session.refresh(job)
    return job


async def get_import(session: AsyncSession, job_id: uuid.UUID) -> TrainingResultImport:
    job = await repository.result_import(session, job_id)
    if job is None:
        raise ImportNotFound(f"no training result import {job_id}")
    return job


# -- certificates -------------------------------------------------------------------------------------------


def holds_until(row: TrainingCertificate) -> dt.date:
    """The last day the certificate holds: as issued, or the day before its revocation took effect."""
    if row.revoked_on is None:
        return row.valid_until
    return min(row.valid_until, row.revoked_on - dt.timedelta(days=1))


def certificate(row: TrainingCertificate, *, full_id: bool) -> Certificate:
    return Certificate(
        id=row.id,
        number=row.number,
        holder_id_number=row.holder_id_number if full_id else mask_id_number(row.holder_id_number),
        holder_name=row.holder_name,
        course_code=row.course_code,
        session_id=row.session_id,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        status=CertificateStatus(row.status).value,
        revoked_on=row.revoked_on,
        revocation_reason=row.revocation_reason,
        holds_until=holds_until(row),
        issued_by=row.issued_by,
        created_at=row.created_at,
    )


async def _announce(session: AsyncSession, row: TrainingCertificate) -> None:
    course = await repository.course(session, row.course_code)
    assert course is not None  # a foreign key
    outbox.publish(
        session,
        TrainingPassed(
            certificate_id=row.id,
            certificate_number=row.number,
            holder_id_number=row.holder_id_number,
            holder_name=row.holder_name,
            course_code=row.course_code,
            course_name=course.name,
            status=CertificateStatus(row.status).value,
            issued_on=row.issued_on,
            valid_until=holds_until(row),
            revoked_on=row.revoked_on,
            reason=row.revocation_reason,
        ),
        aggregate_id=str(row.id),
    )


async def issue(session: AsyncSession, data: CertificateCreate, principal: Principal) -> TrainingCertificate:
    """A certificate for a holder who passed the session's exam, numbered once (two issues of one number take
    turns on its lock)."""
    exam = await repository.exam_session(session, data.session_id)
    if exam is None:
        raise SessionUnknown(
            f"no exam session {data.session_id}",
            errors=[
                FieldError(
                    field="body.session_id", code="TRAINING_SESSION_UNKNOWN", message="no such session"
                )
            ],
        )
    passed = await repository.result(session, exam.id, data.holder_id_number)
    if passed is None or not passed.passed:
        raise TrainingNotPassed(
            "no passed result of this holder is recorded for the session: import the session's results first"
        )
    if data.issued_on < exam.held_on:
        raise CertificateBeforeSession(
            f"the exam was held on {exam.held_on.isoformat()}",
            errors=[
                FieldError(
                    field="body.issued_on", code="CERTIFICATE_BEFORE_SESSION", message="on or after the exam"
                )
            ],
        )
    await repository.lock_certificate_number(session, data.number)
    if await repository.certificate_numbered(session, data.number) is not None:
        raise CertificateNumberTaken(f"certificate {data.number} is recorded")
    row = TrainingCertificate(
        id=uuid.uuid4(),
        number=data.number,
        holder_id_number=data.holder_id_number,
        holder_name=passed.holder_name,
        course_code=exam.course_code,
        session_id=exam.id,
        issued_on=data.issued_on,
        valid_until=data.valid_until,
        status=CertificateStatus.VALID.value,
        issued_by=principal.client_id,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    await _announce(session, row)
    return row


async def issue_to_passed(
    session: AsyncSession, session_id: uuid.UUID, data: BulkIssueCreate, principal: Principal
) -> tuple[list[TrainingCertificate], int]:
    """A certificate to every holder who passed the session's exam and holds none of it yet (annex 1
    #9 "规范化培训…考核"), each announced (``training.passed``) as a single issue is. Two calls of one
    session take turns on its lock, so each holder's certificate is issued once however many calls run
    together."""
    exam = await get_session(session, session_id)
    if data.issued_on < exam.held_on:
        raise CertificateBeforeSession(
            f"the exam was held on {exam.held_on.isoformat()}",
            errors=[
                FieldError(
                    field="body.issued_on", code="CERTIFICATE_BEFORE_SESSION", message="on or after the exam"
                )
            ],
        )
    await repository.lock_session_issue(session, exam.id)
    waiting, holding, issued_before = await repository.passed_without_certificate(session, exam.id)
    numbers = [f"{data.number_prefix}{issued_before + i:05d}" for i in range(1, len(waiting) + 1)]
    for number in numbers:
        await repository.lock_certificate_number(session, number)
    taken = await repository.numbers_taken(session, numbers) if numbers else []
    if taken:
        raise CertificateNumberTaken(
            f"certificate {taken[0]} is recorded ({len(taken)} of the numbers {numbers[0]}…{numbers[-1]}); "
            "choose another number_prefix"
        )
    rows = [
        TrainingCertificate(
            id=uuid.uuid4(),
            number=number,
            holder_id_number=result.holder_id_number,
            holder_name=result.holder_name,
            course_code=exam.course_code,
            session_id=exam.id,
            issued_on=data.issued_on,
            valid_until=data.valid_until,
            status=CertificateStatus.VALID.value,
            issued_by=principal.client_id,
        )
        for number, result in zip(numbers, waiting, strict=True)
    ]
    session.add_all(rows)
    await session.flush()
    for row in rows:
        await session.refresh(row)
        await _announce(session, row)
    return rows, holding


async def get_certificate(
    session: AsyncSession, certificate_id: uuid.UUID, *, lock: bool = False
) -> TrainingCertificate:
    row = await repository.certificate(session, certificate_id, lock=lock)
    if row is None:
        raise CertificateNotFound(f"no certificate {certificate_id}")
    return row


async def revoke(
    session: AsyncSession, certificate_id: uuid.UUID, data: RevocationCreate, today: dt.date
) -> TrainingCertificate:
    """Revoke (or end early) a certificate from ``effective_on``: it holds until the day before."""
    row = await get_certificate(session, certificate_id, lock=True)
    if row.status == CertificateStatus.REVOKED:
        raise CertificateRevoked(f"revoked from {row.revoked_on}")
    effective_on = data.effective_on or today
    if effective_on < row.issued_on:
        raise Unprocessable(
            "a revocation takes effect on or after the day the certificate was issued",
            errors=[
                FieldError(field="body.effective_on", code="PERIOD_INVERTED", message="on or after issued_on")
            ],
        )
    row.status = CertificateStatus.REVOKED.value
    row.revoked_on = effective_on
    row.revocation_reason = data.reason
    await session.flush()
    await _announce(session, row)
    return row


async def list_certificates(
    session: AsyncSession,
    page: PageParams,
    holder_id_number: str | None,
    course_code: str | None,
    status: str | None,
) -> tuple[list[TrainingCertificate], str | None]:
    rows, cursor = await paginate(
        session,
        repository.certificates(holder_id_number, course_code, status),
        [TrainingCertificate.number],
        page,
        lambda r: [r.number],
    )
    return list(rows), cursor
