"""The rules of evaluation schemes: a version per change, drafted, changed while a draft, approved once and
then immutable (a change is a new version)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.evaluations.kpis import known_kpi_codes
from services.oversight.models import EvaluationScheme, SchemeStatus
from services.oversight.schemes import repository
from services.oversight.schemes.exceptions import SchemeApproved, SchemeNotFound
from services.oversight.schemes.schemas import Scheme, SchemeCreate, SchemeDocument, SchemeUpdate
from shared.errors import FieldError, Unprocessable
from shared.pagination import PageParams, paginate
from shared.principal import Principal

DOCUMENT_FIELDS = tuple(SchemeDocument.model_fields)


def unconfirmed(document: SchemeDocument) -> list[str]:
    return [
        *(f"indicators.{i.code}" for i in document.indicators if not i.confirmed),
        *(f"grades.{g.grade}" for g in document.grades if not g.confirmed),
        *(["objection_window"] if not document.objection_window.confirmed else []),
    ]


def document_of(row: EvaluationScheme) -> SchemeDocument:
    return SchemeDocument.model_validate(row.document)


def schema(row: EvaluationScheme) -> Scheme:
    document = document_of(row)
    return Scheme.model_validate(
        {
            **document.model_dump(),
            **{
                k: getattr(row, k)
                for k in Scheme.model_fields
                if k not in DOCUMENT_FIELDS and k != "unconfirmed"
            },
            "unconfirmed": unconfirmed(document),
        }
    )


async def row(session: AsyncSession, scheme_id: uuid.UUID, *, lock: bool = False) -> EvaluationScheme:
    found = await repository.get(session, scheme_id, lock=lock)
    if found is None:
        raise SchemeNotFound(f"no evaluation scheme {scheme_id}")
    return found


async def get(session: AsyncSession, scheme_id: uuid.UUID) -> Scheme:
    return schema(await row(session, scheme_id))


def _known_kpis(document: SchemeDocument) -> None:
    """A computed indicator names a KPI some provider reports."""
    known = known_kpi_codes()
    errors = [
        FieldError(
            field=f"body.indicators.{n}.kpi_code",
            code="KPI_CODE_UNKNOWN",
            message=f"{i.kpi_code} is not a KPI any service reports",
        )
        for n, i in enumerate(document.indicators)
        if i.kpi_code is not None and i.kpi_code not in known
    ]
    if errors:
        raise Unprocessable("a computed indicator names a KPI no service reports", errors=errors)


async def create(session: AsyncSession, data: SchemeCreate, principal: Principal) -> Scheme:
    document = SchemeDocument.model_validate(data.model_dump(include=set(DOCUMENT_FIELDS)))
    _known_kpis(document)
    version = await repository.next_version(session, data.code)
    scheme = EvaluationScheme(
        id=uuid.uuid4(),
        code=data.code,
        version=version,
        title=data.title,
        subject_kind=data.subject_kind,
        period_kind=data.period_kind,
        status=SchemeStatus.DRAFT.value,
        document=document.model_dump(mode="json"),
        source=data.source,
        created_by=principal.client_id,
    )
    session.add(scheme)
    await session.flush()
    await session.refresh(scheme)
    return schema(scheme)


async def update(
    session: AsyncSession, scheme_id: uuid.UUID, data: SchemeUpdate, principal: Principal
) -> Scheme:
    scheme = await row(session, scheme_id, lock=True)
    if scheme.status != SchemeStatus.DRAFT:
        raise SchemeApproved(
            f"{scheme.code} v{scheme.version} is approved and never changes: draft a new version",
            scheme_code=scheme.code,
            version=scheme.version,
        )
    scheme.document = SchemeDocument.model_validate(data.model_dump(include=set(DOCUMENT_FIELDS))).model_dump(
        mode="json"
    )
    if data.title is not None:
        scheme.title = data.title
    if data.source is not None:
        scheme.source = data.source
    await session.flush()
    return schema(scheme)


async def approve(session: AsyncSession, scheme_id: uuid.UUID, principal: Principal) -> Scheme:
    scheme = await row(session, scheme_id, lock=True)
    if scheme.status != SchemeStatus.DRAFT:
        raise SchemeApproved(
            f"{scheme.code} v{scheme.version} is approved already",
            scheme_code=scheme.code,
            version=scheme.version,
        )
    scheme.status = SchemeStatus.APPROVED.value
    scheme.approved_by = principal.client_id
    scheme.approved_at = dt.datetime.now(dt.UTC)
    await session.flush()
    return schema(scheme)


async def list_schemes(
    session: AsyncSession,
    page: PageParams,
    code: str | None,
    subject_kind: str | None,
    status: str | None,
) -> tuple[list[Scheme], str | None]:
    rows, cursor = await paginate(
        session,
        repository.listing(code, subject_kind, status),
        [EvaluationScheme.code, EvaluationScheme.version],
        page,
        lambda r: [r.code, r.version],
    )
    return [schema(r) for r in rows], cursor
