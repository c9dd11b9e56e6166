"""The rules of supervision files: a visit's files are kept by whoever may record visits in its scope
(findings any time, the follow-up's too); a case's evidence files by whoever may add evidence, until the case
is closed; the institution's statement files by the institution, on its own case while undecided — as its
written statement (``cases.service``). Each file is described by its SHA-256, size and the type its bytes
show; the same bytes again for the same purpose are the file kept before."""

from __future__ import annotations

import uuid

from sqlalchemy import true
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.cases import repository as cases
from services.oversight.cases.exceptions import CaseNotFound
from services.oversight.cases.service import not_allowed
from services.oversight.files import repository
from services.oversight.files.auth import sees_case_file
from services.oversight.files.exceptions import FileNotFound
from services.oversight.files.schemas import StoredFile
from services.oversight.files.upload import ReceivedFile, clean_name
from services.oversight.inspections import repository as inspections
from services.oversight.inspections.exceptions import InspectionNotFound
from services.oversight.models import Case, CaseStatus, FileParent, FilePurpose, Inspection, SupervisionFile
from shared.principal import Principal

COLLECTIONS = {FileParent.INSPECTION: "inspections", FileParent.CASE: "cases"}


def describe(row: SupervisionFile) -> StoredFile:
    kind = FileParent(row.parent_kind)
    return StoredFile.model_validate(
        {
            **{k: getattr(row, k) for k in StoredFile.model_fields if k != "download"},
            "download": f"/api/v1/{COLLECTIONS[kind]}/{row.parent_id}/files/{row.id}",
        }
    )


async def visit(session: AsyncSession, inspection_id: uuid.UUID, principal: Principal) -> Inspection:
    row = await inspections.visit(session, inspection_id, principal)
    if row is None:
        raise InspectionNotFound("no such inspection")
    return row


async def case(
    session: AsyncSession, case_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> Case:
    row = await cases.get(session, case_id, principal, lock=lock)
    if row is None:
        raise CaseNotFound("no such case")
    return row


async def _store(
    session: AsyncSession,
    kind: FileParent,
    parent_id: uuid.UUID,
    purpose: FilePurpose,
    county_code: str,
    institution_id: str | None,
    received: ReceivedFile,
    principal: Principal,
) -> tuple[StoredFile, bool]:
    file_id = uuid.uuid4()
    row, created = await repository.insert_or_existing(
        session,
        {
            "id": file_id,
            "parent_kind": kind.value,
            "parent_id": parent_id,
            "purpose": purpose.value,
            "county_code": county_code,
            "institution_id": institution_id,
            "filename": clean_name(received.filename, received.media_type, f"{purpose.value}-{file_id}"),
            "media_type": received.media_type.value,
            "size_bytes": len(received.content),
            "sha256": received.sha256,
            "content": received.content,
            "uploaded_by": principal.client_id,
            "uploaded_role": principal.role.value,
        },
    )
    return describe(row), created


async def add_to_visit(
    session: AsyncSession,
    inspection_id: uuid.UUID,
    purpose: FilePurpose,
    received: ReceivedFile,
    principal: Principal,
) -> tuple[StoredFile, bool]:
    row = await visit(session, inspection_id, principal)
    return await _store(
        session,
        FileParent.INSPECTION,
        row.id,
        purpose,
        row.county_code,
        row.institution_id,
        received,
        principal,
    )


async def add_evidence(
    session: AsyncSession, case_id: uuid.UUID, received: ReceivedFile, principal: Principal
) -> tuple[StoredFile, bool]:
    """Evidence, until the case is closed (409 ``CASE_IS_CLOSED``), as written evidence is."""
    row = await case(session, case_id, principal, lock=True)
    if row.status == CaseStatus.CLOSED:
        raise not_allowed(row, "add evidence")
    return await _store(
        session,
        FileParent.CASE,
        row.id,
        FilePurpose.EVIDENCE,
        row.county_code,
        row.institution_id,
        received,
        principal,
    )


async def add_statement(
    session: AsyncSession, case_id: uuid.UUID, received: ReceivedFile, principal: Principal
) -> tuple[StoredFile, bool]:
    """The institution's statement (陈述申辩) on its own case while undecided, as its written statement."""
    row = await case(session, case_id, principal, lock=True)
    if row.status not in (CaseStatus.OPEN, CaseStatus.INVESTIGATING):
        raise not_allowed(row, "state your case (the case is no longer undecided)")
    return await _store(
        session,
        FileParent.CASE,
        row.id,
        FilePurpose.STATEMENT,
        row.county_code,
        row.institution_id,
        received,
        principal,
    )


async def list_visit_files(
    session: AsyncSession, inspection_id: uuid.UUID, principal: Principal
) -> list[StoredFile]:
    row = await visit(session, inspection_id, principal)
    return [describe(f) for f in await repository.files_of(session, FileParent.INSPECTION, row.id, true())]


async def list_case_files(
    session: AsyncSession, case_id: uuid.UUID, principal: Principal
) -> list[StoredFile]:
    row = await case(session, case_id, principal)
    visible = sees_case_file(principal)
    return [describe(f) for f in await repository.files_of(session, FileParent.CASE, row.id, visible)]


async def visit_file(
    session: AsyncSession, inspection_id: uuid.UUID, file_id: uuid.UUID, principal: Principal
) -> SupervisionFile:
    row = await visit(session, inspection_id, principal)
    found = await repository.file_with_content(session, FileParent.INSPECTION, row.id, file_id, true())
    if found is None:
        raise FileNotFound("no such file on this inspection")
    return found


async def case_file(
    session: AsyncSession, case_id: uuid.UUID, file_id: uuid.UUID, principal: Principal
) -> SupervisionFile:
    row = await case(session, case_id, principal)
    found = await repository.file_with_content(
        session, FileParent.CASE, row.id, file_id, sees_case_file(principal)
    )
    if found is None:
        raise FileNotFound("no such file on this case")
    return found
