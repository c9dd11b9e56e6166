"""Evaluations' SQL: who sees which, the subject's lock, assignments and survey responses."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.oversight.models import (
    Evaluation,
    EvaluationAssignment,
    EvaluationStatus,
    SubjectKind,
    SurveyImport,
    SurveyResponse,
)
from shared.principal import Principal, Role

PUBLIC = (EvaluationStatus.PUBLISHED.value, EvaluationStatus.OBJECTED.value, EvaluationStatus.FINAL.value)
"""Published evaluations (评价结果向社会公布) are read by every role."""
SEE_ALL = frozenset({Role.ADMIN, Role.BUREAU, Role.AUDIT, Role.SERVICE})


def assigned_to(client_id: str) -> ColumnElement[bool]:
    return Evaluation.id.in_(
        select(EvaluationAssignment.evaluation_id).where(
            EvaluationAssignment.evaluator_client_id == client_id
        )
    )


def own(principal: Principal) -> ColumnElement[bool]:
    """The evaluations of the caller itself (or, for a contractor, of its counties): what it may object to."""
    if principal.role is Role.CONTRACTOR:
        return and_(
            Evaluation.subject_kind == SubjectKind.CONTRACTOR.value,
            Evaluation.county_codes.overlap(list(principal.county_codes)),
        )
    if principal.role is Role.INSTITUTION and principal.institution_id is not None:
        return and_(
            Evaluation.subject_kind == SubjectKind.INSTITUTION.value,
            Evaluation.subject_id == principal.institution_id,
        )
    return Evaluation.id.is_(None)


def visible(principal: Principal) -> ColumnElement[bool] | None:
    """None for the bureau, admin and audit; a contractor sees those of its counties, an institution its
    own, an evaluator those assigned to it; everybody the published ones."""
    if principal.role in SEE_ALL:
        return None
    public = Evaluation.status.in_(PUBLIC)
    if principal.role is Role.CONTRACTOR:
        return or_(public, Evaluation.county_codes.overlap(list(principal.county_codes)))
    if principal.role is Role.INSTITUTION:
        return or_(public, own(principal))
    if principal.role is Role.EVALUATOR:
        return or_(public, assigned_to(principal.client_id))
    return public


async def get(
    session: AsyncSession,
    evaluation_id: uuid.UUID,
    scope: ColumnElement[bool] | None,
    *,
    lock: bool = False,
) -> Evaluation | None:
    stmt = select(Evaluation).where(Evaluation.id == evaluation_id)
    if scope is not None:
        stmt = stmt.where(scope)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


async def scoring_batch(
    session: AsyncSession,
    scheme_id: uuid.UUID,
    period_from: dt.date,
    period_to: dt.date,
    statuses: list[str],
) -> Sequence[Evaluation]:
    """The evaluations of one scheme version and period in a scoring status, locked, by id."""
    stmt = (
        select(Evaluation)
        .where(
            Evaluation.scheme_id == scheme_id,
            Evaluation.period_from == period_from,
            Evaluation.period_to == period_to,
            Evaluation.status.in_(statuses),
        )
        .order_by(Evaluation.id)
        .with_for_update()
    )
    return (await session.scalars(stmt)).all()


def listing(
    principal: Principal,
    status: str | None,
    subject_kind: str | None,
    subject_id: str | None,
    contract_id: uuid.UUID | None,
) -> Select[Evaluation]:
    stmt = select(Evaluation)
    scope = visible(principal)
    if scope is not None:
        stmt = stmt.where(scope)
    if status is not None:
        stmt = stmt.where(Evaluation.status == status)
    if subject_kind is not None:
        stmt = stmt.where(Evaluation.subject_kind == subject_kind)
    if subject_id is not None:
        stmt = stmt.where(Evaluation.subject_id == subject_id)
    if contract_id is not None:
        stmt = stmt.where(Evaluation.contract_id == contract_id)
    return stmt


async def lock_subject(session: AsyncSession, scheme_code: str, subject_kind: str, subject_id: str) -> None:
    """One evaluation per subject, scheme and period, also under concurrent calls."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('oversight.evaluation'), hashtext(:key))"),
        {"key": f"{scheme_code}/{subject_kind}/{subject_id}"},
    )


async def existing(
    session: AsyncSession, scheme_code: str, subject_kind: str, subject_id: str, period: tuple[object, object]
) -> Evaluation | None:
    return (
        await session.scalars(
            select(Evaluation).where(
                Evaluation.scheme_code == scheme_code,
                Evaluation.subject_kind == subject_kind,
                Evaluation.subject_id == subject_id,
                Evaluation.period_from == period[0],
                Evaluation.period_to == period[1],
            )
        )
    ).first()


async def assignments(
    session: AsyncSession, evaluation_ids: Sequence[uuid.UUID]
) -> list[EvaluationAssignment]:
    rows = await session.scalars(
        select(EvaluationAssignment)
        .where(EvaluationAssignment.evaluation_id.in_(list(evaluation_ids)))
        .order_by(EvaluationAssignment.indicator_code)
    )
    return list(rows)


async def survey_means(session: AsyncSession, evaluation_id: uuid.UUID) -> dict[str, tuple[int, int]]:
    """Per survey indicator: (responses, the mean score × 100 rounded)."""
    rows = await session.execute(
        select(
            SurveyResponse.indicator_code,
            func.count(),
            func.round(func.avg(SurveyResponse.score) * 100),
        )
        .where(SurveyResponse.evaluation_id == evaluation_id)
        .group_by(SurveyResponse.indicator_code)
    )
    return {code: (int(n), int(mean)) for code, n, mean in rows}


async def survey_job(session: AsyncSession, job_id: uuid.UUID) -> SurveyImport | None:
    return await session.get(SurveyImport, job_id)
