"""Performance evaluations: HTTP only."""

from __future__ import annotations

import uuid
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from services.oversight.deps import Idempotent, Today
from services.oversight.evaluations import service, surveys
from services.oversight.evaluations.auth import (
    EvaluationsObject,
    EvaluationsRead,
    EvaluationsScore,
    EvaluationsWrite,
)
from services.oversight.evaluations.exceptions import EvaluationNotFound, SurveyImportNotFound
from services.oversight.evaluations.repository import survey_job
from services.oversight.evaluations.schemas import (
    SURVEY_COLUMNS_DOC,
    AssignmentCreate,
    DecisionCreate,
    Evaluation,
    EvaluationCreate,
    EvaluationList,
    KpiBatch,
    KpiBatchCreate,
    ObjectionCreate,
    ScoreCreate,
    StepCreate,
    SurveyImport,
)
from services.oversight.models import SurveyImportError
from shared.db import SessionDep
from shared.intake.report import RowErrorList, error_report
from shared.pagination import PageParams, page_params
from shared.settings import MAX_UPLOAD_BYTES
from shared.uploads import IMPORT_FORMATS, UPLOAD_OPENAPI, UPLOAD_RESPONSES, receive_upload

router = APIRouter(prefix="/api/v1", tags=["performance evaluation"])
Page = Annotated[PageParams, Depends(page_params)]
Path = "/evaluations/{evaluation_id}"


def kpi_clients(request: Request) -> dict[str, httpx.AsyncClient]:
    """The signed clients of the services' KPI reports (made in the app's lifespan; tests set them)."""
    clients: dict[str, httpx.AsyncClient] = getattr(request.app.state, "kpi_clients", None) or {}
    return clients


@router.post(
    "/evaluations", status_code=201, response_model=Evaluation, summary="Open an evaluation (绩效评价)"
)
async def create_evaluation(
    data: EvaluationCreate, session: SessionDep, principal: EvaluationsWrite, idempotent: Idempotent
) -> JSONResponse:
    """A subject (a contractor on its contract, an institution or an expert with its county) for a period
    under an approved scheme version: 422 ``SCHEME_UNKNOWN``, 409 ``SCHEME_NOT_APPROVED``, 422
    ``EVALUATION_SUBJECT_INVALID``, 409 ``EVALUATION_EXISTS``."""
    return await idempotent.respond(lambda: service.create(session, data, principal), status_code=201)


@router.get(
    "/evaluations", response_model=EvaluationList, summary="Evaluations (each caller those it may see)"
)
async def list_evaluations(
    session: SessionDep,
    principal: EvaluationsRead,
    page: Page,
    status: Annotated[str | None, Query(pattern="^(draft|scored|published|objected|final)$")] = None,
    subject_kind: Annotated[str | None, Query(pattern="^(contractor|institution|expert)$")] = None,
    subject_id: Annotated[str | None, Query(max_length=100)] = None,
    contract_id: uuid.UUID | None = None,
) -> EvaluationList:
    items, cursor = await service.list_evaluations(
        session, principal, page, status, subject_kind, subject_id, contract_id
    )
    return EvaluationList(items=items, next_cursor=cursor)


@router.get(Path, response_model=Evaluation, summary="One evaluation with its scores, evidence and history")
async def get_evaluation(
    evaluation_id: uuid.UUID, session: SessionDep, principal: EvaluationsRead
) -> Evaluation:
    return await service.get(session, evaluation_id, principal)


@router.post(
    Path + "/kpi-snapshots",
    response_model=Evaluation,
    summary="Fetch the computed indicators' KPI reports, keep them as evidence and score by the bands",
)
async def fetch_kpis(
    evaluation_id: uuid.UUID, request: Request, session: SessionDep, principal: EvaluationsWrite
) -> Evaluation:
    """503 ``KPI_SOURCE_UNAVAILABLE`` when a service cannot answer (nothing is recorded), 409
    ``KPI_NOT_REPORTED`` when a report lacks an indicator the scheme computes."""
    return await service.fetch_kpis(session, evaluation_id, principal, kpi_clients(request))


@router.post(
    "/evaluations:fetch-kpis",
    response_model=KpiBatch,
    summary="Fetch the KPIs of every evaluation of a scheme version and period at once (grouped calls)",
)
async def fetch_kpis_batch(
    data: KpiBatchCreate, request: Request, session: SessionDep, principal: EvaluationsWrite
) -> KpiBatch:
    """Every evaluation of the scheme version and period still being scored (draft or scored) gets the
    snapshots and scores ``/evaluations/{id}/kpi-snapshots`` would give it, from one call per service and
    grouping (by county; settlement by institution) instead of one per subject. 422 ``SCHEME_UNKNOWN``,
    503 ``KPI_SOURCE_UNAVAILABLE`` and 409 ``KPI_NOT_REPORTED`` as for one evaluation (nothing recorded)."""
    return await service.fetch_kpis_batch(session, data, principal, kpi_clients(request))


@router.post(
    Path + "/assignments",
    response_model=Evaluation,
    summary="Assign a third-party indicator to an evaluator (第三方)",
)
async def assign_indicator(
    evaluation_id: uuid.UUID, data: AssignmentCreate, session: SessionDep, principal: EvaluationsWrite
) -> Evaluation:
    return await service.assign(session, evaluation_id, data, principal)


@router.post(
    Path + "/scores",
    response_model=Evaluation,
    summary="Score an indicator: the bureau a manual one, an evaluator a third-party one assigned to it",
)
async def score_indicator(
    evaluation_id: uuid.UUID, data: ScoreCreate, session: SessionDep, principal: EvaluationsScore
) -> Evaluation:
    """422 ``INDICATOR_UNKNOWN``, ``INDICATOR_SOURCE_MISMATCH``; 403 ``INDICATOR_NOT_ASSIGNED``; an
    evaluator sees only the evaluations assigned to it (others are 404)."""
    return await service.score(session, evaluation_id, data, principal)


@router.post(
    "/survey-imports",
    status_code=201,
    response_model=SurveyImport,
    summary="Import an evaluation's beneficiary satisfaction survey answers (CSV or JSON lines)",
    description=f"`evaluation_id` in the query names the evaluation. Columns / keys: {SURVEY_COLUMNS_DOC}. "
    "Good rows are kept when others fail; a respondent's answer to an indicator is recorded once (the same "
    "file again changes nothing). Row codes: `REQUIRED`, `TOO_LONG`, `DUPLICATE_IN_FILE`, "
    "`INDICATOR_UNKNOWN`, `SCORE_FORMAT`, `DATE_FORMAT`, `DATE_OUTSIDE_PERIOD`, `MALFORMED_LINE` "
    "(`GET /survey-imports/{job_id}/errors`). Each survey indicator with answers is scored at once: the "
    "mean × 100 through its bands.",
    openapi_extra=UPLOAD_OPENAPI,
    responses=UPLOAD_RESPONSES,
    max_body_size=MAX_UPLOAD_BYTES,
)
async def import_surveys(
    evaluation_id: uuid.UUID, request: Request, session: SessionDep, principal: EvaluationsWrite
) -> SurveyImport:
    row = await service.scoring_row(session, evaluation_id, principal, "import surveys")
    upload = await receive_upload(request, IMPORT_FORMATS)
    return SurveyImport.model_validate(await surveys.run_import(session, row, principal, upload))


async def _job(session: SessionDep, job_id: uuid.UUID, principal: EvaluationsRead) -> SurveyImport:
    job = await survey_job(session, job_id)
    if job is None:
        raise SurveyImportNotFound("no such survey import")
    try:
        await service.get(session, job.evaluation_id, principal)  # its evaluation's scope
    except EvaluationNotFound:
        raise SurveyImportNotFound("no such survey import") from None
    return SurveyImport.model_validate(job)


@router.get("/survey-imports/{job_id}", response_model=SurveyImport, summary="One survey import")
async def get_survey_import(
    job_id: uuid.UUID, session: SessionDep, principal: EvaluationsRead
) -> SurveyImport:
    return await _job(session, job_id, principal)


@router.get(
    "/survey-imports/{job_id}/errors",
    response_model=RowErrorList,
    summary="Per-row errors of a survey import (`Accept: text/csv` for a file)",
)
async def survey_import_errors(
    job_id: uuid.UUID, request: Request, session: SessionDep, principal: EvaluationsRead, page: Page
) -> RowErrorList | StreamingResponse:
    job = await _job(session, job_id, principal)
    return await error_report(
        session, SurveyImportError, job.id, request, page, f"survey-import-{job.id}-errors.csv"
    )


@router.post(
    Path + ":total", response_model=Evaluation, summary="Total the scores: the grade and its consequences"
)
async def total_evaluation(
    evaluation_id: uuid.UUID, session: SessionDep, principal: EvaluationsWrite, data: StepCreate | None = None
) -> Evaluation:
    """409 ``EVALUATION_INCOMPLETE`` naming the indicators without a score (``missing``)."""
    return await service.total(session, evaluation_id, data or StepCreate(), principal)


@router.post(
    Path + ":publish", response_model=Evaluation, summary="Publish a scored evaluation (评价结果向社会公布)"
)
async def publish_evaluation(
    evaluation_id: uuid.UUID,
    session: SessionDep,
    principal: EvaluationsWrite,
    today: Today,
    data: StepCreate | None = None,
) -> Evaluation:
    """Every role reads it from now on; the subject may object until ``objection_until`` (the scheme's
    window)."""
    return await service.publish(session, evaluation_id, data or StepCreate(), principal, today)


@router.post(
    Path + "/objections",
    status_code=201,
    response_model=Evaluation,
    summary="Object to a published evaluation of oneself within the window (异议)",
)
async def object_to_evaluation(
    evaluation_id: uuid.UUID,
    data: ObjectionCreate,
    session: SessionDep,
    principal: EvaluationsObject,
    today: Today,
) -> Evaluation:
    """409 ``OBJECTION_WINDOW_CLOSED`` after ``objection_until``; another's evaluation is 404."""
    return await service.object_to(session, evaluation_id, data, principal, today)


@router.post(
    Path + "/objection-decision",
    response_model=Evaluation,
    summary="Decide the objection (re-score when upheld); the evaluation is then final",
)
async def decide_objection(
    evaluation_id: uuid.UUID,
    data: DecisionCreate,
    session: SessionDep,
    principal: EvaluationsWrite,
    today: Today,
) -> Evaluation:
    return await service.decide(session, evaluation_id, data, principal, today)


@router.post(
    Path + ":finalize",
    response_model=Evaluation,
    summary="Make a published evaluation final once its objection window passed without objection",
)
async def finalize_evaluation(
    evaluation_id: uuid.UUID,
    session: SessionDep,
    principal: EvaluationsWrite,
    today: Today,
    data: StepCreate | None = None,
) -> Evaluation:
    """409 ``OBJECTION_WINDOW_OPEN`` until the window has passed. Announces ``evaluation.finalized``."""
    return await service.finalize(session, evaluation_id, data or StepCreate(), principal, today)
