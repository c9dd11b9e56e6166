from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.settlement.benefit_rules import schemas, service
from services.settlement.benefit_rules.auth import BenefitRulesRead, BenefitRulesWrite
from services.settlement.deps import Idempotent
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["benefit rules"])


@router.post(
    "/benefit-rules",
    status_code=201,
    response_model=schemas.BenefitRuleSet,
    summary="Publish a version, or draft one with status draft (bureau)",
    operation_id="create_benefit_rules",
)
async def create_rule_set(
    data: schemas.BenefitRuleSetCreate,
    session: SessionDep,
    principal: BenefitRulesWrite,
    idempotent: Idempotent,
) -> JSONResponse:
    return await idempotent.respond(
        lambda: service.create(session, data, principal.client_id), status_code=201
    )


@router.get(
    "/benefit-rules",
    response_model=schemas.BenefitRuleSetList,
    summary="Every version, or the one in force on a date",
    operation_id="list_benefit_rules",
)
async def list_rule_sets(
    session: SessionDep, principal: BenefitRulesRead, on: dt.date | None = None
) -> schemas.BenefitRuleSetList:
    return schemas.BenefitRuleSetList(items=await service.list_versions(session, on, principal))


@router.get(
    "/benefit-rules/{version}",
    response_model=schemas.BenefitRuleSet,
    summary="One version",
    operation_id="get_benefit_rules",
)
async def get_rule_set(
    version: str, session: SessionDep, principal: BenefitRulesRead
) -> schemas.BenefitRuleSet:
    return await service.get(session, version, principal)


@router.post(
    "/benefit-rules/{version}/publish",
    response_model=schemas.BenefitRuleSet,
    summary="Publish a draft version: in force from its effective_from (bureau)",
    operation_id="publish_benefit_rules",
)
async def publish_rule_set(
    version: str, session: SessionDep, principal: BenefitRulesWrite, idempotent: Idempotent
) -> JSONResponse:
    return await idempotent.respond(lambda: service.publish(session, version, principal.client_id))
