"""The rules of evaluations: made under an approved scheme version for a subject and period; scored by
indicator (computed from the services' KPI reports, snapshotted; manual by the bureau; third party by the
evaluator assigned; survey from imported files); totalled into a grade and its consequences; published
(评价结果向社会公布), open to the subject's objection within the scheme's window, decided (re-scored) and
made final — announced as ``evaluation.finalized`` in the same transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import GroupBy
from contracts.oversight import EvaluationFinalized
from services.oversight.contracts import repository as contracts
from services.oversight.evaluations import repository
from services.oversight.evaluations.exceptions import (
    EvaluationExists,
    EvaluationIncomplete,
    EvaluationNotFound,
    EvaluationStepNotAllowed,
    IndicatorNotAssigned,
    IndicatorSourceMismatch,
    IndicatorUnknown,
    KpiNotReported,
    ObjectionWindowClosed,
    ObjectionWindowOpen,
    SchemeNotApproved,
    SchemeUnknown,
    SubjectMismatch,
)
from services.oversight.evaluations.kpis import (
    GROUPED_PROVIDERS,
    GROUPINGS,
    PROVIDERS,
    KpiContext,
    KpiGroupQuery,
    KpiQuery,
    KpiReport,
    measured,
    report_json,
)
from services.oversight.evaluations.schemas import (
    Assignment,
    AssignmentCreate,
    DecisionCreate,
    Evaluation,
    EvaluationCreate,
    IndicatorScore,
    KpiBatch,
    KpiBatchCreate,
    KpiBatchItem,
    ObjectionCreate,
    ScoreCreate,
    StepCreate,
)
from services.oversight.models import Evaluation as EvaluationRow
from services.oversight.models import (
    EvaluationAssignment,
    EvaluationStatus,
    IndicatorSource,
    SchemeStatus,
    SubjectKind,
    outbox,
)
from services.oversight.reference.units import require_counties
from services.oversight.schemes.repository import get as get_scheme
from services.oversight.schemes.schemas import Band, Grade, Indicator, SchemeDocument
from shared.errors import FieldError
from shared.pagination import PageParams, paginate
from shared.principal import Principal, Role

S = EvaluationStatus
SCORING = frozenset({S.DRAFT, S.SCORED})
"""Indicators are scored (and re-scored) until the evaluation is published; a change takes it back to
draft until it is totalled again."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _not_allowed(row: EvaluationRow, action: str) -> EvaluationStepNotAllowed:
    return EvaluationStepNotAllowed(
        f"cannot {action}: the evaluation is {row.status}",
        code=f"EVALUATION_IS_{row.status.upper()}",
        current_status=row.status,
    )


def _step(
    row: EvaluationRow, status: EvaluationStatus, principal: Principal, note: str | None = None
) -> None:
    row.status = status.value
    row.history = [
        *row.history,
        {"status": status.value, "by": principal.client_id, "at": _now().isoformat(), "note": note},
    ]
    row.updated_at = _now()


# ------------------------------------------------------------------------------------------------ reads


async def _scheme_document(session: AsyncSession, row: EvaluationRow) -> SchemeDocument:
    scheme = await get_scheme(session, row.scheme_id)
    assert scheme is not None  # a foreign key
    return SchemeDocument.model_validate(scheme.document)


def _schema(
    row: EvaluationRow, document: SchemeDocument, assignments: list[EvaluationAssignment]
) -> Evaluation:
    scores = [
        IndicatorScore.model_validate(row.scores[i.code]) for i in document.indicators if i.code in row.scores
    ]
    return Evaluation.model_validate(
        {
            **{
                k: getattr(row, k)
                for k in Evaluation.model_fields
                if k not in ("scores", "missing", "assignments")
            },
            "scores": scores,
            "missing": [i.code for i in document.indicators if i.code not in row.scores],
            "assignments": [Assignment.model_validate(a) for a in assignments],
        }
    )


async def _answer(session: AsyncSession, row: EvaluationRow) -> Evaluation:
    return _schema(row, await _scheme_document(session, row), await repository.assignments(session, [row.id]))


async def _row(
    session: AsyncSession, evaluation_id: uuid.UUID, principal: Principal, *, lock: bool = False
) -> EvaluationRow:
    row = await repository.get(session, evaluation_id, repository.visible(principal), lock=lock)
    if row is None:
        raise EvaluationNotFound("no such evaluation")
    return row


async def get(session: AsyncSession, evaluation_id: uuid.UUID, principal: Principal) -> Evaluation:
    return await _answer(session, await _row(session, evaluation_id, principal))


async def list_evaluations(
    session: AsyncSession,
    principal: Principal,
    page: PageParams,
    status: str | None,
    subject_kind: str | None,
    subject_id: str | None,
    contract_id: uuid.UUID | None,
) -> tuple[list[Evaluation], str | None]:
    rows, cursor = await paginate(
        session,
        repository.listing(principal, status, subject_kind, subject_id, contract_id),
        [EvaluationRow.period_from, EvaluationRow.id],
        page,
        lambda r: [r.period_from, r.id],
    )
    documents: dict[uuid.UUID, SchemeDocument] = {}
    for r in rows:
        if r.scheme_id not in documents:
            documents[r.scheme_id] = await _scheme_document(session, r)
    by_evaluation: dict[uuid.UUID, list[EvaluationAssignment]] = defaultdict(list)
    for a in await repository.assignments(session, [r.id for r in rows]):
        by_evaluation[a.evaluation_id].append(a)
    return [_schema(r, documents[r.scheme_id], by_evaluation[r.id]) for r in rows], cursor


# ------------------------------------------------------------------------------------------------ making


def _subject_invalid(field: str, message: str) -> SubjectMismatch:
    return SubjectMismatch(
        message, errors=[FieldError(field=field, code="EVALUATION_SUBJECT_INVALID", message=message)]
    )


async def create(session: AsyncSession, data: EvaluationCreate, principal: Principal) -> Evaluation:
    if data.county_codes:  # a county named is judged first, as everywhere
        await require_counties(session, principal, data.county_codes, "body.county_codes")
    scheme = await get_scheme(session, data.scheme_id)
    if scheme is None:
        raise SchemeUnknown(f"no evaluation scheme {data.scheme_id}")
    if scheme.status != SchemeStatus.APPROVED:
        raise SchemeNotApproved(
            f"{scheme.code} v{scheme.version} is a draft: approve it first", scheme_id=str(scheme.id)
        )
    if scheme.subject_kind != data.subject_kind:
        raise _subject_invalid("body.subject_kind", f"{scheme.code} evaluates a {scheme.subject_kind}")
    contract_id: uuid.UUID | None = None
    if data.subject_kind == SubjectKind.CONTRACTOR.value:
        if data.contract_id is None:
            raise _subject_invalid("body.contract_id", "a contractor is evaluated on a contract")
        contract = await contracts.get(session, data.contract_id, principal)
        if contract is None:
            raise _subject_invalid("body.contract_id", f"no contract {data.contract_id}")
        if data.period_from < contract.starts_on or data.period_to > contract.ends_on:
            raise _subject_invalid("body.period_from", "the period lies outside the contract's")
        contract_id, subject_id, counties = (
            contract.id,
            str(contract.contractor_id),
            list(contract.county_codes),
        )
    else:
        if data.subject_id is None or not data.county_codes:
            raise _subject_invalid("body.subject_id", f"an {data.subject_kind} is named with its county")
        if data.contract_id is not None:
            raise _subject_invalid("body.contract_id", "only a contractor is evaluated on a contract")
        subject_id, counties = data.subject_id, list(dict.fromkeys(data.county_codes))
    await repository.lock_subject(session, scheme.code, data.subject_kind, subject_id)
    before = await repository.existing(
        session, scheme.code, data.subject_kind, subject_id, (data.period_from, data.period_to)
    )
    if before is not None:
        raise EvaluationExists(
            "the subject is evaluated under this scheme for this period already", evaluation_id=str(before.id)
        )
    row = EvaluationRow(
        id=uuid.uuid4(),
        scheme_id=scheme.id,
        scheme_code=scheme.code,
        scheme_version=scheme.version,
        subject_kind=data.subject_kind,
        subject_id=subject_id,
        contract_id=contract_id,
        county_codes=counties,
        period_from=data.period_from,
        period_to=data.period_to,
        status=S.DRAFT.value,
        scores={},
        evidence=[],
        history=[],
        created_by=principal.client_id,
    )
    _step(row, S.DRAFT, principal)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return await _answer(session, row)


# ------------------------------------------------------------------------------------------------ scoring


def _indicator(document: SchemeDocument, code: str) -> Indicator:
    for indicator in document.indicators:
        if indicator.code == code:
            return indicator
    raise IndicatorUnknown(f"the scheme has no indicator {code}", indicator_code=code)


def points_for(value: int | None, bands: list[Band]) -> int:
    """The points of the first band holding the value; none (or no value): 0."""
    if value is None:
        return 0
    for band in bands:
        if (band.from_value is None or value >= band.from_value) and (
            band.to_value is None or value <= band.to_value
        ):
            return band.points_bp
    return 0


def _score(
    indicator: Indicator,
    points: int,
    principal: Principal,
    *,
    value: int | None = None,
    note: str | None = None,
    evidence: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return IndicatorScore(
        indicator_code=indicator.code,
        source=indicator.source,
        weight_bp=indicator.weight_bp,
        value=value,
        points_bp=points,
        scored_by=principal.client_id,
        scored_at=_now(),
        note=note,
        evidence=evidence,
    ).model_dump(mode="json")


def _rescore(row: EvaluationRow, scores: Mapping[str, dict[str, Any]], principal: Principal) -> None:
    row.scores = {**row.scores, **scores}
    if row.status == S.SCORED:
        row.score_bp = row.grade = row.fee_release_bp = row.deposit_release_bp = row.renewal_eligible = None
        _step(row, S.DRAFT, principal, "re-scored")
    row.updated_at = _now()


async def scoring_row(
    session: AsyncSession, evaluation_id: uuid.UUID, principal: Principal, action: str
) -> EvaluationRow:
    row = await _row(session, evaluation_id, principal, lock=True)
    if S(row.status) not in SCORING:
        raise _not_allowed(row, action)
    return row


def _kpi_plan(document: SchemeDocument) -> dict[str, list[Indicator]]:
    """The scheme's computed indicators by the service (provider) they come from."""
    by_service: dict[str, list[Indicator]] = defaultdict(list)
    for indicator in document.indicators:
        if indicator.source == IndicatorSource.COMPUTED.value:
            assert indicator.kpi_code is not None  # the scheme's rule
            by_service[indicator.kpi_code.split(".", 1)[0]].append(indicator)
    return dict(sorted(by_service.items()))


def _query(row: EvaluationRow) -> KpiQuery:
    return KpiQuery(
        county_codes=list(row.county_codes),
        period_from=row.period_from,
        period_to=row.period_to,
        institution_id=row.subject_id if row.subject_kind == SubjectKind.INSTITUTION else None,
    )


def _apply_reports(
    row: EvaluationRow,
    plan: dict[str, list[Indicator]],
    reports: Mapping[str, KpiReport],
    principal: Principal,
    fetched_at: str,
) -> list[str]:
    """Snapshot each service's report as evidence and score the computed indicators by their bands; the
    KPI codes no report carried."""
    snapshots: list[dict[str, Any]] = []
    scores: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    for service, indicators in plan.items():
        report = reports[service]
        snapshots.append({"service": service, "fetched_at": fetched_at, "report": report_json(report)})
        reported = {k.code: k for k in report.indicators}
        for indicator in indicators:
            assert indicator.kpi_code is not None
            kpi = reported.get(indicator.kpi_code.split(".", 1)[1])
            if kpi is None:
                missing.append(indicator.kpi_code)
                continue
            value = measured(kpi)
            scores[indicator.code] = _score(
                indicator,
                points_for(value, indicator.bands),
                principal,
                value=value,
                evidence={"kpi_code": indicator.kpi_code, **kpi.model_dump(mode="json")},
            )
    if not missing:
        row.evidence = [*row.evidence, *snapshots]
        _rescore(row, scores, principal)
    return missing


async def fetch_kpis(
    session: AsyncSession,
    evaluation_id: uuid.UUID,
    principal: Principal,
    clients: Mapping[str, httpx.AsyncClient],
) -> Evaluation:
    """Ask each service the scheme's computed indicators come from for its KPI report, keep the reports as
    evidence, and score each computed indicator by its bands."""
    row = await scoring_row(session, evaluation_id, principal, "fetch its KPIs")
    plan = _kpi_plan(await _scheme_document(session, row))
    context = KpiContext(session=session, clients=clients)
    query = _query(row)
    reports = {service: await PROVIDERS[service](context, query) for service in plan}
    missing = _apply_reports(row, plan, reports, principal, _now().isoformat())
    if missing:
        raise KpiNotReported("the services' reports lack " + ", ".join(missing), kpi_codes=sorted(missing))
    await session.flush()
    return await _answer(session, row)


def _grouping(service: str, row: EvaluationRow) -> GroupBy | None:
    """How a subject's report can come out of one grouped call: an institution's from settlement by
    institution, any one-county subject's by county; None when the provider does not group."""
    kinds = GROUPINGS.get(service, set())
    if row.subject_kind == SubjectKind.INSTITUTION and "institution" in kinds:
        return "institution"
    return "county" if "county" in kinds else None


def _group_key(grouping: GroupBy, row: EvaluationRow) -> str | None:
    if grouping == "institution":
        return row.subject_id
    return row.county_codes[0] if len(row.county_codes) == 1 else None


async def fetch_kpis_batch(
    session: AsyncSession,
    data: KpiBatchCreate,
    principal: Principal,
    clients: Mapping[str, httpx.AsyncClient],
) -> KpiBatch:
    """Fetch the KPIs of every evaluation of one scheme version and period still being scored, asking each
    service once per grouping (by county; settlement by institution for institutions) instead of once per
    subject. A subject no group answers exactly (several counties, an institution evaluated outside its own
    county) is asked alone, as one evaluation's fetch asks; each snapshot equals what that fetch keeps."""
    scheme = await get_scheme(session, data.scheme_id)
    if scheme is None:
        raise SchemeUnknown(f"no evaluation scheme {data.scheme_id}")
    rows = await repository.scoring_batch(
        session, data.scheme_id, data.period_from, data.period_to, [s.value for s in SCORING]
    )
    plan = _kpi_plan(SchemeDocument.model_validate(scheme.document))
    context = KpiContext(session=session, clients=clients)
    calls: dict[str, int] = defaultdict(int)
    grouped: dict[tuple[str, GroupBy], dict[str, KpiReport]] = {}
    for service in plan:
        for grouping in sorted({g for row in rows if (g := _grouping(service, row)) is not None}):
            counties = sorted(
                {c for row in rows if _grouping(service, row) == grouping for c in row.county_codes}
            )
            answered = await GROUPED_PROVIDERS[service](
                context, KpiGroupQuery(counties, data.period_from, data.period_to, grouping)
            )
            calls[service] += 1
            grouped[service, grouping] = {
                (r.institution_id if grouping == "institution" else r.county_codes[0]) or "": r
                for r in answered
            }
    fetched_at = _now().isoformat()
    missing: set[str] = set()
    for row in rows:
        query = _query(row)
        reports: dict[str, KpiReport] = {}
        for service in plan:
            kind = _grouping(service, row)
            key = None if kind is None else _group_key(kind, row)
            found = None if kind is None or key is None else grouped[service, kind].get(key)
            if found is None or found.county_codes != query.county_codes:
                found = await PROVIDERS[service](context, query)
                calls[service] += 1
            reports[service] = found
        missing.update(_apply_reports(row, plan, reports, principal, fetched_at))
    if missing:
        raise KpiNotReported(
            "the services' reports lack " + ", ".join(sorted(missing)), kpi_codes=sorted(missing)
        )
    await session.flush()
    return KpiBatch(
        scheme_id=data.scheme_id,
        period_from=data.period_from,
        period_to=data.period_to,
        evaluations=[
            KpiBatchItem(
                id=row.id, subject_kind=row.subject_kind, subject_id=row.subject_id, status=row.status
            )
            for row in rows
        ],
        calls=dict(sorted(calls.items())),
    )


async def score(
    session: AsyncSession, evaluation_id: uuid.UUID, data: ScoreCreate, principal: Principal
) -> Evaluation:
    """The bureau scores its manual indicators; an evaluator the third-party indicators assigned to it
    (another evaluation is, to it, unknown)."""
    row = await scoring_row(session, evaluation_id, principal, "score it")
    document = await _scheme_document(session, row)
    indicator = _indicator(document, data.indicator_code)
    if principal.role is Role.EVALUATOR:
        assigned = {
            a.indicator_code
            for a in await repository.assignments(session, [row.id])
            if a.evaluator_client_id == principal.client_id
        }
        if indicator.code not in assigned:
            raise IndicatorNotAssigned(
                f"{indicator.code} is not assigned to you", indicator_code=indicator.code
            )
    elif indicator.source != IndicatorSource.MANUAL.value:
        raise IndicatorSourceMismatch(
            f"{indicator.code} is a {indicator.source} indicator: the bureau scores manual ones",
            indicator_code=indicator.code,
            source=indicator.source,
        )
    _rescore(row, {indicator.code: _score(indicator, data.points_bp, principal, note=data.note)}, principal)
    await session.flush()
    return await _answer(session, row)


async def assign(
    session: AsyncSession, evaluation_id: uuid.UUID, data: AssignmentCreate, principal: Principal
) -> Evaluation:
    row = await scoring_row(session, evaluation_id, principal, "assign an indicator")
    indicator = _indicator(await _scheme_document(session, row), data.indicator_code)
    if indicator.source != IndicatorSource.THIRD_PARTY.value:
        raise IndicatorSourceMismatch(
            f"{indicator.code} is a {indicator.source} indicator: only third-party ones are assigned",
            indicator_code=indicator.code,
            source=indicator.source,
        )
    current = {a.indicator_code: a for a in await repository.assignments(session, [row.id])}
    if indicator.code in current:
        current[indicator.code].evaluator_client_id = data.evaluator_client_id
        current[indicator.code].assigned_by = principal.client_id
    else:
        session.add(
            EvaluationAssignment(
                evaluation_id=row.id,
                indicator_code=indicator.code,
                evaluator_client_id=data.evaluator_client_id,
                assigned_by=principal.client_id,
            )
        )
    await session.flush()
    return await _answer(session, row)


async def apply_surveys(session: AsyncSession, row: EvaluationRow, principal: Principal) -> None:
    """Score every survey indicator with responses: its mean score × 100, through its bands (or as it is
    when it has none)."""
    document = await _scheme_document(session, row)
    means = await repository.survey_means(session, row.id)
    scores: dict[str, dict[str, Any]] = {}
    for indicator in document.indicators:
        if indicator.source != IndicatorSource.SURVEY.value or indicator.code not in means:
            continue
        responses, mean = means[indicator.code]
        points = points_for(mean, indicator.bands) if indicator.bands else min(mean, 10000)
        scores[indicator.code] = _score(
            indicator, points, principal, value=mean, evidence={"responses": responses, "mean_x100": mean}
        )
    if scores:
        _rescore(row, scores, principal)


def _grade(document: SchemeDocument, score_bp: int) -> Grade:
    return max((g for g in document.grades if g.min_score_bp <= score_bp), key=lambda g: g.min_score_bp)


def _total(row: EvaluationRow, document: SchemeDocument) -> None:
    total = sum(i.weight_bp * int(row.scores[i.code]["points_bp"]) for i in document.indicators)
    row.score_bp = (total + 5000) // 10000
    grade = _grade(document, row.score_bp)
    row.grade = grade.grade
    row.fee_release_bp = grade.fee_release_bp
    row.deposit_release_bp = grade.deposit_release_bp
    row.renewal_eligible = grade.renewal_eligible


async def total(
    session: AsyncSession, evaluation_id: uuid.UUID, data: StepCreate, principal: Principal
) -> Evaluation:
    """The weighted score, its grade and the grade's consequences; every indicator needs a score."""
    row = await scoring_row(session, evaluation_id, principal, "total it")
    document = await _scheme_document(session, row)
    missing = [i.code for i in document.indicators if i.code not in row.scores]
    if missing:
        raise EvaluationIncomplete("indicators without a score: " + ", ".join(missing), missing=missing)
    _total(row, document)
    _step(row, S.SCORED, principal, data.note)
    await session.flush()
    return await _answer(session, row)


# ------------------------------------------------------------------------------------ publication, objection


async def publish(
    session: AsyncSession, evaluation_id: uuid.UUID, data: StepCreate, principal: Principal, today: dt.date
) -> Evaluation:
    row = await _row(session, evaluation_id, principal, lock=True)
    if row.status != S.SCORED:
        raise _not_allowed(row, "publish it (a scored evaluation is published)")
    document = await _scheme_document(session, row)
    row.published_on = today
    row.objection_until = today + dt.timedelta(days=document.objection_window.days)
    _step(row, S.PUBLISHED, principal, data.note)
    await session.flush()
    return await _answer(session, row)


async def object_to(
    session: AsyncSession,
    evaluation_id: uuid.UUID,
    data: ObjectionCreate,
    principal: Principal,
    today: dt.date,
) -> Evaluation:
    """The subject's objection (异议), once, within the window; another's evaluation is unknown to it."""
    row = await repository.get(session, evaluation_id, repository.own(principal), lock=True)
    if row is None:
        raise EvaluationNotFound("no such evaluation of yours")
    if row.status != S.PUBLISHED:
        raise _not_allowed(row, "object to it (a published evaluation is objected to, once)")
    assert row.objection_until is not None
    if today > row.objection_until:
        raise ObjectionWindowClosed(
            f"objections were taken until {row.objection_until.isoformat()}",
            objection_until=row.objection_until.isoformat(),
        )
    document = await _scheme_document(session, row)
    for code in data.indicator_codes:
        _indicator(document, code)
    row.objection = {
        "reason": data.reason,
        "indicator_codes": list(dict.fromkeys(data.indicator_codes)),
        "by": principal.client_id,
        "at": _now().isoformat(),
    }
    _step(row, S.OBJECTED, principal, data.reason)
    await session.flush()
    return await _answer(session, row)


async def decide(
    session: AsyncSession,
    evaluation_id: uuid.UUID,
    data: DecisionCreate,
    principal: Principal,
    today: dt.date,
) -> Evaluation:
    """The bureau's decision on the objection: upheld, the scores given replace the old ones and the total
    and grade are computed again; either way the evaluation is then final."""
    row = await _row(session, evaluation_id, principal, lock=True)
    if row.status != S.OBJECTED:
        raise _not_allowed(row, "decide an objection (none is pending)")
    document = await _scheme_document(session, row)
    rescored: dict[str, dict[str, Any]] = {}
    for item in data.scores:
        indicator = _indicator(document, item.indicator_code)
        before = row.scores.get(indicator.code, {})
        rescored[indicator.code] = _score(
            indicator, item.points_bp, principal, value=before.get("value"), note=f"objection: {data.reason}"
        )
    row.scores = {**row.scores, **rescored}
    _total(row, document)
    row.decision = {
        "upheld": data.upheld,
        "reason": data.reason,
        "rescored": sorted(rescored),
        "by": principal.client_id,
        "at": _now().isoformat(),
    }
    await _finalize(session, row, principal, today, f"objection {'upheld' if data.upheld else 'rejected'}")
    return await _answer(session, row)


async def finalize(
    session: AsyncSession, evaluation_id: uuid.UUID, data: StepCreate, principal: Principal, today: dt.date
) -> Evaluation:
    """A published evaluation nobody objected to is final once its window has passed."""
    row = await _row(session, evaluation_id, principal, lock=True)
    if row.status != S.PUBLISHED:
        raise _not_allowed(row, "make it final (a published one without objection, or decide the objection)")
    assert row.objection_until is not None
    if today <= row.objection_until:
        raise ObjectionWindowOpen(
            f"the subject may object until {row.objection_until.isoformat()}",
            objection_until=row.objection_until.isoformat(),
        )
    await _finalize(session, row, principal, today, data.note)
    return await _answer(session, row)


async def _finalize(
    session: AsyncSession, row: EvaluationRow, principal: Principal, today: dt.date, note: str | None
) -> None:
    row.finalized_on = today
    _step(row, S.FINAL, principal, note)
    await session.flush()
    assert row.score_bp is not None
    assert row.grade is not None
    assert row.fee_release_bp is not None
    assert row.deposit_release_bp is not None
    assert row.renewal_eligible is not None
    outbox.publish(
        session,
        EvaluationFinalized(
            evaluation_id=row.id,
            scheme_code=row.scheme_code,
            scheme_version=row.scheme_version,
            subject_kind=row.subject_kind,
            subject_id=row.subject_id,
            contract_id=row.contract_id,
            county_codes=list(row.county_codes),
            period_from=row.period_from,
            period_to=row.period_to,
            score_bp=row.score_bp,
            grade=row.grade,
            fee_release_bp=row.fee_release_bp,
            deposit_release_bp=row.deposit_release_bp,
            renewal_eligible=row.renewal_eligible,
            finalized_on=today,
        ),
        aggregate_id=str(row.id),
    )
