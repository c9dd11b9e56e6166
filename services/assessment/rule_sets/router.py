from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.assessment.deps import Idempotent
from services.assessment.rule_sets import service
from services.assessment.rule_sets.auth import RuleSetsRead, RuleSetsWrite
from services.assessment.rule_sets.schemas import DryRun, RuleSet, RuleSetDocument, RuleSetList
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["rule sets"])


@router.post(
    "/rule-sets", status_code=201, response_model=RuleSet, summary="Add a rule-set version as a draft"
)
async def create_rule_set(
    doc: RuleSetDocument, session: SessionDep, principal: RuleSetsWrite, idempotent: Idempotent
) -> JSONResponse:
    """Validated: the bands of each indicator cover every achievable total exactly once, the combination
    table has one level for each of its 16 cells, table B puts each of the 16 (a, b) pairs in one grade."""
    return await idempotent.respond(lambda: service.create(session, doc, principal), status_code=201)


@router.post(
    "/rule-sets/{version}:publish", response_model=RuleSet, summary="Publish a draft: it applies from now on"
)
async def publish_rule_set(version: str, session: SessionDep, principal: RuleSetsWrite) -> RuleSet:
    return await service.publish(session, version, principal)


@router.post(
    "/rule-sets/{version}:dry-run",
    response_model=DryRun,
    summary="Replay a version over the stored scores",
    operation_id="dry_run_rule_set",
)
async def dry_run(version: str, session: SessionDep, principal: RuleSetsWrite) -> DryRun:
    """Every conclusion in force, re-graded from its panel's stored totals under ``version``: how many
    persons would change level, from what to what, per county. Changes nothing."""
    return await service.dry_run(session, version)


@router.get("/rule-sets", response_model=RuleSetList, summary="Every rule-set version")
async def list_rule_sets(session: SessionDep, principal: RuleSetsRead) -> RuleSetList:
    return RuleSetList(items=await service.list_summaries(session))


@router.get("/rule-sets/{version}", response_model=RuleSet, summary="One version, every value flagged")
async def get_rule_set(version: str, session: SessionDep, principal: RuleSetsRead) -> RuleSet:
    return await service.get(session, version)
