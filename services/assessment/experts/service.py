"""Pool membership and its history, the CSV import, and quality figures per expert."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.experts import repository
from services.assessment.experts.exceptions import (
    CsvColumnsMissing,
    CsvMalformed,
    ExpertExists,
    ExpertNotFound,
    ExpertRemoved,
    StatusReasonRequired,
)
from services.assessment.experts.schemas import (
    Expert,
    ExpertCreate,
    ExpertImport,
    ExpertQuality,
    ExpertUpdate,
    ImportError_,
    LevelShare,
    StatusChange,
)
from services.assessment.models import Expert as ExpertRow
from services.assessment.models import ExpertStatusChange
from services.assessment.reference.units import known_counties, require_counties
from shared.errors import FieldError, field_errors
from shared.intake import fields
from shared.pagination import PageParams, paginate
from shared.principal import COUNTY_OUT_OF_SCOPE_MESSAGE, Principal, county_unknown_message
from shared.uploads import FileUpload

CSV_COLUMNS = (
    "code",
    "name",
    "profession",
    "institution_id",
    "county_codes",
    "qualification_expires_on",
    "training_expires_on",
    "relative_person_ids",
    "family_doctor_person_ids",
)


def _visible(principal: Principal, row: ExpertRow) -> bool:
    return any(principal.sees_county(c) for c in row.county_codes)


async def _history(session: AsyncSession, expert_id: uuid.UUID) -> list[StatusChange]:
    rows = await session.scalars(
        select(ExpertStatusChange)
        .where(ExpertStatusChange.expert_id == expert_id)
        .order_by(ExpertStatusChange.seq)
    )
    return [StatusChange.model_validate(r, from_attributes=True) for r in rows]


def _schema(row: ExpertRow, history: list[StatusChange] | None = None) -> Expert:
    return Expert.model_validate(
        {
            **{k: getattr(row, k) for k in Expert.model_fields if k != "status_history"},
            "status_history": history or [],
        }
    )


async def create(session: AsyncSession, data: ExpertCreate, principal: Principal, today: dt.date) -> Expert:
    await require_counties(session, principal, data.county_codes, "body.county_codes")
    if await session.scalar(select(ExpertRow.id).where(ExpertRow.code == data.code)) is not None:
        raise ExpertExists(f"an expert with code {data.code} exists")
    row = ExpertRow(id=uuid.uuid4(), status="active", **data.model_dump())
    session.add(row)
    session.add(
        ExpertStatusChange(
            expert_id=row.id,
            status="active",
            effective_on=today,
            reason="admitted",
            changed_by=principal.client_id,
        )
    )
    await session.flush()
    return await get(session, row.id, principal)


async def _row(
    session: AsyncSession, expert_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> ExpertRow:
    stmt = select(ExpertRow).where(ExpertRow.id == expert_id)
    if lock:
        stmt = stmt.with_for_update()
    row = (await session.scalars(stmt)).first()
    if row is None or not _visible(principal, row):
        raise ExpertNotFound("no such expert")
    return row


async def get(session: AsyncSession, expert_id: uuid.UUID, principal: Principal) -> Expert:
    row = await _row(session, expert_id, principal)
    return _schema(row, await _history(session, row.id))


async def update(
    session: AsyncSession, expert_id: uuid.UUID, data: ExpertUpdate, principal: Principal, today: dt.date
) -> Expert:
    row = await _row(session, expert_id, principal, lock=True)
    changes = data.model_dump(exclude_unset=True)
    reason = changes.pop("status_reason", None)
    if "county_codes" in changes:
        await require_counties(session, principal, changes["county_codes"], "body.county_codes")
    new_status = changes.get("status")
    if new_status is not None and new_status != row.status:
        if row.status == "removed":
            raise ExpertRemoved("a removed expert does not come back; admit a new one")
        if not reason:
            raise StatusReasonRequired(
                "a status change needs a reason",
                errors=[FieldError(field="body.status_reason", code="REQUIRED", message="why")],
            )
        session.add(
            ExpertStatusChange(
                expert_id=row.id,
                status=new_status,
                effective_on=today,
                reason=reason,
                changed_by=principal.client_id,
            )
        )
    for key, value in changes.items():
        setattr(row, key, value)
    row.updated_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return _schema(row, await _history(session, row.id))


async def list_experts(
    session: AsyncSession,
    principal: Principal,
    params: PageParams,
    county_code: str | None,
    status: str | None,
) -> tuple[list[Expert], str | None]:
    stmt = select(ExpertRow)
    counties = principal.county_filter()
    if counties is not None:
        stmt = stmt.where(ExpertRow.county_codes.overlap(counties))
    if county_code:
        await require_counties(session, principal, [county_code], "query.county_code")
        stmt = stmt.where(ExpertRow.county_codes.contains([county_code]))
    if status:
        stmt = stmt.where(ExpertRow.status == status)
    rows, cursor = await paginate(session, stmt, [ExpertRow.id], params, key=lambda r: [str(r.id)])
    return [_schema(r) for r in rows], cursor


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace(",", ";").split(";") if v.strip()]


IMPORT_BATCH = 1000
STAGING = "staging_expert_import"
STAGE_CHUNK_ROWS = 5000


async def stage_csv(session: AsyncSession, upload: FileUpload) -> str:
    """Stage the uploaded pool with the intake kit (``shared.intake.fields``: streamed, COPY per chunk);
    the SHA-256 of the bytes received. A header without the first six columns is a 422
    ``CSV_COLUMNS_MISSING``, a line the csv module cannot read (a field above its limit) a 422
    ``CSV_MALFORMED``: the pool is one file, refused whole, as before the kit."""
    digest = hashlib.sha256()

    async def hashed() -> AsyncIterator[bytes]:
        async for chunk in upload.chunks:
            digest.update(chunk)
            yield chunk

    staged = await fields.csv_upload(hashed(), CSV_COLUMNS, upload.encoding, ragged=True)
    missing = [c for c in CSV_COLUMNS[:6] if c not in (staged.header or [])]
    if missing:
        raise CsvColumnsMissing(f"columns missing: {', '.join(missing)}")
    await fields.stage(session, STAGING, staged, STAGE_CHUNK_ROWS)
    bad = await repository.first_malformed(session, STAGING)
    if bad is not None:
        raise CsvMalformed(f"line {bad.row_number + 1}: {bad.malformed}")
    return digest.hexdigest()


async def _staged_records(session: AsyncSession) -> AsyncIterator[tuple[int, dict[str, str]]]:
    """The staged records with their line numbers (the header is line 1), in the file's order, a page of
    ``IMPORT_BATCH`` at a time."""
    after = 0
    while True:
        page = await repository.staged_page(session, STAGING, CSV_COLUMNS, after, IMPORT_BATCH)
        for row in page:
            yield int(row["row_number"]) + 1, {c: row[c] or "" for c in CSV_COLUMNS}
        if len(page) < IMPORT_BATCH:
            return
        after = int(page[-1]["row_number"])


async def import_csv(session: AsyncSession, principal: Principal, today: dt.date) -> ExpertImport:
    """Upsert the pool (staged by :func:`stage_csv`) by expert code; good rows go in, bad rows come back
    with their line and reason."""
    good: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    errors: list[ImportError_] = []
    count = 0
    known = await known_counties(session)
    async for line, rec in _staged_records(session):
        count += 1
        try:
            data = ExpertCreate(
                code=(rec.get("code") or "").strip(),
                name=(rec.get("name") or "").strip(),
                profession=(rec.get("profession") or "").strip(),
                institution_id=(rec.get("institution_id") or "").strip(),
                county_codes=_split(rec.get("county_codes") or ""),
                qualification_expires_on=(rec.get("qualification_expires_on") or "").strip(),
                training_expires_on=(rec.get("training_expires_on") or "").strip() or None,
                relative_person_ids=_split(rec.get("relative_person_ids") or ""),
                family_doctor_person_ids=_split(rec.get("family_doctor_person_ids") or ""),
            )
        except ValidationError as exc:  # worded as a single POST /experts words it (``field_errors``)
            first = field_errors(exc.errors())[0]
            errors.append(ImportError_(line=line, code=first.code, field=first.field, message=first.message))
            continue
        unknown = [c for c in data.county_codes if c not in known]
        if unknown:  # worded as the single call words it (``Principal.require_counties``)
            message = "; ".join(county_unknown_message(c) for c in unknown)
            errors.append(
                ImportError_(line=line, code="COUNTY_UNKNOWN", field="county_codes", message=message)
            )
            continue
        outside = [c for c in data.county_codes if not principal.sees_county(c)]
        if outside:
            message = f"{COUNTY_OUT_OF_SCOPE_MESSAGE}: {', '.join(outside)}"
            errors.append(
                ImportError_(line=line, code="COUNTY_OUT_OF_SCOPE", field="county_codes", message=message)
            )
            continue
        if data.code in good:
            errors.append(
                ImportError_(
                    line=line, code="DUPLICATE_CODE", field="code", message=f"{data.code} twice in the file"
                )
            )
            continue
        good[data.code] = {"id": uuid.uuid4(), "status": "active", **data.model_dump()}
        lines[data.code] = line
    created = updated = 0
    if good:
        returned = await repository.upsert_pool(
            session, list(good.values()), [c for c in CSV_COLUMNS if c != "code"], principal.county_filter()
        )
        fresh = [r.id for r in returned if r.inserted]
        created = len(fresh)
        updated = len(returned) - created
        for code in sorted(set(good) - {r.code for r in returned}, key=lines.__getitem__):
            errors.append(
                ImportError_(
                    line=lines[code],
                    code="EXPERT_OUT_OF_SCOPE",
                    field="code",
                    message=f"{code} belongs to other counties",
                )
            )
        errors.sort(key=lambda e: e.line)
        if fresh:
            await repository.add_admissions(session, fresh, today, principal.client_id)
    return ExpertImport(rows=count, created=created, updated=updated, rejected=len(errors), errors=errors)


async def quality(session: AsyncSession, expert_id: uuid.UUID, principal: Principal) -> ExpertQuality:
    row = await _row(session, expert_id, principal)
    counts = await repository.quality_counts(session, row.id)
    dist = await repository.level_distribution(session, row.id, row.county_codes)
    mine_total = sum(d.mine for d in dist)
    peer_total = sum(d.peers for d in dist)
    mean = sum(d.level * d.mine for d in dist) / mine_total if mine_total else None
    peer_mean = sum(d.level * d.peers for d in dist) / peer_total if peer_total else None
    return ExpertQuality(
        expert_id=row.id,
        assessments=counts.assessments,
        reviewed=counts.reviewed,
        overturned=counts.overturned,
        overturned_share=counts.overturned / counts.reviewed if counts.reviewed else None,
        mean_level=mean,
        peer_mean_level=peer_mean,
        level_distribution=[
            LevelShare(
                level=d.level,
                expert_share=d.mine / mine_total if mine_total else 0.0,
                peer_share=d.peers / peer_total if peer_total else 0.0,
            )
            for d in dist
        ],
        outlier=bool(
            mean is not None and peer_mean is not None and mine_total >= 5 and abs(mean - peer_mean) > 1.0
        ),
    )
