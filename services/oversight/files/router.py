"""Photos and documents of supervision as files: on a visit (findings, the rectification's follow-up) and on
a case (evidence; the institution's statement). Raw body or multipart form in, the bytes out with
``Content-Disposition``."""

from __future__ import annotations

import uuid
from enum import Enum
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from services.oversight.cases.auth import CasesRead, CasesState, CasesWrite
from services.oversight.files import service
from services.oversight.files.schemas import StoredFile, StoredFileList
from services.oversight.files.upload import openapi_body, receive_file
from services.oversight.inspections.auth import InspectionsRead, InspectionsWrite
from services.oversight.models import FileMediaType, FilePurpose, SupervisionFile
from shared.db import SessionDep
from shared.settings import MAX_UPLOAD_BYTES, Settings

router = APIRouter(prefix="/api/v1")  # each route under its parent's tag: inspections, cases
VISITS: list[str | Enum] = ["inspections"]
CASES: list[str | Enum] = ["cases"]
FileName = Annotated[
    str | None,
    Query(max_length=200, description="the file's name, for a raw body (a form part names its own)"),
]
UPLOAD: dict[str, Any] = {
    "status_code": 201,
    "response_model": StoredFile,
    "responses": {
        200: {"model": StoredFile, "description": "the same bytes were kept before for this purpose"}
    },
    "openapi_extra": openapi_body(),
    "max_body_size": MAX_UPLOAD_BYTES,  # the file's own limit is the setting, checked as it arrives
}
DOWNLOAD: dict[str, Any] = {
    "response_class": Response,
    "responses": {
        200: {
            "description": "the file's bytes (`Content-Disposition: attachment`, `ETag` its SHA-256)",
            "content": {t.value: {"schema": {"type": "string", "format": "binary"}} for t in FileMediaType},
        }
    },
}


def _limit(request: Request) -> int:
    settings: Settings = request.app.state.settings
    return settings.oversight_file_max_bytes


def _stored(found: tuple[StoredFile, bool]) -> JSONResponse:
    described, created = found
    return JSONResponse(described.model_dump(mode="json"), status_code=201 if created else 200)


def _download(row: SupervisionFile) -> Response:
    ascii_name = row.filename.encode("ascii", "replace").decode().replace('"', "'").replace("?", "_")
    return Response(
        row.content,
        media_type=row.media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_name}"; '
            f"filename*=UTF-8''{quote(row.filename)}",
            "ETag": f'"{row.sha256}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


@router.post(
    "/inspections/{inspection_id}/files",
    tags=VISITS,
    summary="Keep a photo or document of a visit: its findings or the rectification's follow-up",
    **UPLOAD,
)
async def add_visit_file(
    inspection_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: InspectionsWrite,
    purpose: Annotated[Literal["finding", "follow_up"], Query(description="what the file shows")],
    filename: FileName = None,
) -> JSONResponse:
    """JPEG, PNG or PDF, told by its first bytes (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``). A contractor in its counties; 404
    ``INSPECTION_NOT_FOUND`` outside them."""
    await service.visit(session, inspection_id, principal)
    received = await receive_file(request, _limit(request), filename)
    return _stored(
        await service.add_to_visit(session, inspection_id, FilePurpose(purpose), received, principal)
    )


@router.get(
    "/inspections/{inspection_id}/files",
    response_model=StoredFileList,
    tags=VISITS,
    summary="A visit's files",
)
async def list_visit_files(
    inspection_id: uuid.UUID, session: SessionDep, principal: InspectionsRead
) -> StoredFileList:
    return StoredFileList(items=await service.list_visit_files(session, inspection_id, principal))


@router.get(
    "/inspections/{inspection_id}/files/{visit_file_id}",
    tags=VISITS,
    summary="Download one file of a visit",
    **DOWNLOAD,
)
async def get_visit_file(
    inspection_id: uuid.UUID, visit_file_id: uuid.UUID, session: SessionDep, principal: InspectionsRead
) -> Response:
    return _download(await service.visit_file(session, inspection_id, visit_file_id, principal))


@router.post(
    "/cases/{case_id}/evidence-files",
    tags=CASES,
    summary="Keep a photo or document as a case's evidence",
    **UPLOAD,
)
async def add_evidence_file(
    case_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: CasesWrite,
    filename: FileName = None,
) -> JSONResponse:
    """Until the case is closed (409 ``CASE_IS_CLOSED``); JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``),
    at most ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``)."""
    await service.case(session, case_id, principal)
    received = await receive_file(request, _limit(request), filename)
    return _stored(await service.add_evidence(session, case_id, received, principal))


@router.post(
    "/cases/{case_id}/statement-files",
    tags=CASES,
    summary="The institution's statement (陈述申辩) as a document, on its own case while undecided",
    **UPLOAD,
)
async def add_statement_file(
    case_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: CasesState,
    filename: FileName = None,
) -> JSONResponse:
    """409 ``CASE_IS_DECIDED`` / ``CASE_IS_CLOSED``; JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``)."""
    await service.case(session, case_id, principal)
    received = await receive_file(request, _limit(request), filename)
    return _stored(await service.add_statement(session, case_id, received, principal))


@router.get(
    "/cases/{case_id}/files",
    response_model=StoredFileList,
    tags=CASES,
    summary="A case's files (an institution: its statements' files)",
)
async def list_case_files(case_id: uuid.UUID, session: SessionDep, principal: CasesRead) -> StoredFileList:
    return StoredFileList(items=await service.list_case_files(session, case_id, principal))


@router.get(
    "/cases/{case_id}/files/{case_file_id}", tags=CASES, summary="Download one file of a case", **DOWNLOAD
)
async def get_case_file(
    case_id: uuid.UUID, case_file_id: uuid.UUID, session: SessionDep, principal: CasesRead
) -> Response:
    return _download(await service.case_file(session, case_id, case_file_id, principal))
