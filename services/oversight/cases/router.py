from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse

from services.oversight.cases import service
from services.oversight.cases.auth import (
    CasesDecide,
    CasesRead,
    CasesState,
    CasesWrite,
    RulesRead,
    RulesWrite,
)
from services.oversight.cases.schemas import (
    Case,
    CaseCreate,
    CaseList,
    CaseStatusChangeCreate,
    DecisionCreate,
    EntryCreate,
    Rule,
    RuleList,
    RuleUpdate,
    SanctionLift,
)
from services.oversight.deps import Idempotent, Today
from shared.db import SessionDep
from shared.pagination import PageParams, page_params

router = APIRouter(prefix="/api/v1", tags=["cases"])
RuleKey = Annotated[str, Path(pattern=r"^[a-z_]+(\.[a-z_]+)+$", max_length=100)]


@router.post("/cases", status_code=201, response_model=Case, summary="Open a case of suspected violation")
async def open_case(
    data: CaseCreate, session: SessionDep, principal: CasesWrite, idempotent: Idempotent, today: Today
) -> JSONResponse:
    """On an institution, from a finding (``inspection_id``), a review (``service_record_id``), a complaint
    (``complaint_id``) or a data rule (``data_rule``). 422 ``INSTITUTION_UNKNOWN`` for an institution the
    caller may not name (a contractor: outside its counties), ``CASE_SOURCE_UNKNOWN``."""
    return await idempotent.respond(lambda: service.create(session, data, principal, today), status_code=201)


@router.get(
    "/cases", response_model=CaseList, summary="Cases (a contractor: its counties'; an institution: its own)"
)
async def list_cases(
    session: SessionDep,
    principal: CasesRead,
    page: Annotated[PageParams, Depends(page_params)],
    status: Annotated[str | None, Query(pattern="^(open|investigating|decided|closed)$")] = None,
    institution_id: Annotated[str | None, Query(max_length=100)] = None,
    county_code: Annotated[str | None, Query(pattern=r"^[0-9]{6}$")] = None,
    contractor_id: Annotated[uuid.UUID | None, Query(description="cases about this contractor")] = None,
) -> CaseList:
    items, cursor = await service.list_cases(
        session, principal, page, status, institution_id, county_code, contractor_id
    )
    return CaseList(items=items, next_cursor=cursor)


@router.get(
    "/cases/{case_id}",
    response_model=Case,
    summary="One case: history, evidence, statements, sanctions, recoveries with what settlement reports",
)
async def get_case(case_id: uuid.UUID, session: SessionDep, principal: CasesRead) -> Case:
    return await service.get(session, case_id, principal)


@router.post("/cases/{case_id}/evidence", status_code=201, response_model=Case, summary="Add evidence")
async def add_evidence(
    case_id: uuid.UUID, data: EntryCreate, session: SessionDep, principal: CasesWrite, idempotent: Idempotent
) -> JSONResponse:
    """409 ``CASE_IS_CLOSED`` once closed."""
    return await idempotent.respond(
        lambda: service.add_evidence(session, case_id, data, principal), status_code=201
    )


@router.post(
    "/cases/{case_id}/statements",
    status_code=201,
    response_model=Case,
    summary="The institution states its case (陈述申辩)",
)
async def add_statement(
    case_id: uuid.UUID, data: EntryCreate, session: SessionDep, principal: CasesState, idempotent: Idempotent
) -> JSONResponse:
    """Its own case only, while undecided (409 ``CASE_IS_DECIDED`` / ``CASE_IS_CLOSED``)."""
    return await idempotent.respond(
        lambda: service.add_statement(session, case_id, data, principal), status_code=201
    )


@router.post(
    "/cases/{case_id}/status-changes",
    status_code=201,
    response_model=Case,
    summary="Start the investigation, or close the case",
)
async def change_case_status(
    case_id: uuid.UUID,
    data: CaseStatusChangeCreate,
    session: SessionDep,
    principal: CasesWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    """open → investigating; decided → closed; open or investigating → closed (dismissed, ``reason``
    required: 422 ``CASE_REASON_REQUIRED``). 409 ``CASE_IS_<STATUS>`` for any other step."""
    return await idempotent.respond(
        lambda: service.change_status(session, case_id, data, principal), status_code=201
    )


@router.post(
    "/cases/{case_id}/decision",
    status_code=201,
    response_model=Case,
    summary="Decide a case: sanctions and money ordered recovered (追回)",
)
async def decide_case(
    case_id: uuid.UUID,
    data: DecisionCreate,
    session: SessionDep,
    principal: CasesDecide,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """Once per case (409 ``CASE_IS_DECIDED``; safe under concurrent calls: the case row is locked; send an
    ``Idempotency-Key`` to retry safely). Announces ``sanction.changed`` per sanction and
    ``recovery.ordered`` per recovery. A credit record's ban runs for the rule ``credit_record.ban_years``."""
    return await idempotent.respond(
        lambda: service.decide(session, case_id, data, principal, today), status_code=201
    )


@router.post("/sanctions/{sanction_id}:lift", status_code=201, response_model=Case, summary="Lift a sanction")
async def lift_sanction(
    sanction_id: uuid.UUID,
    data: SanctionLift,
    session: SessionDep,
    principal: CasesDecide,
    idempotent: Idempotent,
    today: Today,
) -> JSONResponse:
    """409 ``SANCTION_LIFTED`` when lifted already; announces ``sanction.changed`` (status lifted)."""
    return await idempotent.respond(
        lambda: service.lift(session, sanction_id, data, principal, today), status_code=201
    )


@router.get("/oversight-rules", response_model=RuleList, summary="The rules of supervision, every version")
async def list_rules(session: SessionDep, principal: RulesRead) -> RuleList:
    return RuleList(items=await service.list_rules(session))


@router.get("/oversight-rules/{key}", response_model=Rule, summary="One rule of supervision, every version")
async def get_rule(key: RuleKey, session: SessionDep, principal: RulesRead) -> Rule:
    return await service.get_rule(session, key)


@router.put(
    "/oversight-rules/{key}", response_model=Rule, summary="Set a rule of supervision (a new version)"
)
async def set_rule(key: RuleKey, data: RuleUpdate, session: SessionDep, principal: RulesWrite) -> Rule:
    """Confirmed or not, with its source; the earlier versions are kept."""
    return await service.set_rule(session, key, data, principal)
