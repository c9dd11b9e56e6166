"""Publishing rule sets and replaying a version over stored scores."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.models import RuleSet as RuleSetRow
from services.assessment.models import RuleSetStatus
from services.assessment.rule_sets import repository, scale
from services.assessment.rule_sets.exceptions import (
    NoRuleSetPublished,
    RuleSetExists,
    RuleSetInvalid,
    RuleSetPublished,
    ScaleRuleSetNotFound,
)
from services.assessment.rule_sets.schemas import (
    CountyDryRun,
    DryRun,
    LevelChange,
    RuleSet,
    RuleSetDocument,
    RuleSetSummary,
)
from shared.principal import Principal


def document_of(row: RuleSetRow) -> RuleSetDocument:
    return RuleSetDocument.model_validate(row.definition)


def to_schema(row: RuleSetRow) -> RuleSet:
    doc = document_of(row)
    return RuleSet(
        **doc.model_dump(),
        status=row.status,
        created_at=row.created_at,
        published_at=row.published_at,
        unconfirmed=scale.unconfirmed_paths(doc),
    )


def summary(row: RuleSetRow) -> RuleSetSummary:
    return RuleSetSummary(
        version=row.version,
        title=row.title,
        status=row.status,
        published_at=row.published_at,
        unconfirmed_count=len(scale.unconfirmed_paths(document_of(row))),
    )


async def list_summaries(session: AsyncSession) -> list[RuleSetSummary]:
    return [summary(r) for r in await repository.list_all(session)]


async def create(session: AsyncSession, doc: RuleSetDocument, principal: Principal) -> RuleSet:
    errors = scale.validate(doc)
    if errors:
        raise RuleSetInvalid(f"rule set {doc.version} is not valid: {len(errors)} problem(s)", errors=errors)
    if not await repository.insert_if_absent(session, doc, principal.client_id):
        raise RuleSetExists(f"rule set {doc.version} exists; versions never change")
    await session.flush()
    return await get(session, doc.version)


async def get(session: AsyncSession, version: str) -> RuleSet:
    row = await repository.get(session, version)
    if row is None:
        raise ScaleRuleSetNotFound(f"no rule set {version}")
    return to_schema(row)


async def publish(session: AsyncSession, version: str, principal: Principal) -> RuleSet:
    row = await repository.get(session, version, for_update=True)
    if row is None:
        raise ScaleRuleSetNotFound(f"no rule set {version}")
    if row.status == RuleSetStatus.PUBLISHED:
        raise RuleSetPublished(f"rule set {version} is already published")
    await repository.publish(session, version, principal.client_id)
    await session.flush()
    session.expire(row)
    return await get(session, version)


async def current_document(session: AsyncSession) -> RuleSetDocument:
    row = await repository.current(session)
    if row is None:
        raise NoRuleSetPublished("no rule set is published")
    return document_of(row)


async def document(session: AsyncSession, version: str) -> RuleSetDocument:
    row = await repository.get(session, version)
    if row is None:
        raise ScaleRuleSetNotFound(f"no rule set {version}")
    return document_of(row)


async def dry_run(session: AsyncSession, version: str) -> DryRun:
    if await repository.get(session, version) is None:
        raise ScaleRuleSetNotFound(f"no rule set {version}")
    rows = await repository.dry_run(session, version)
    counties: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    changes: list[LevelChange] = []
    for r in rows:
        counties[r["county_code"]][0] += r["persons"]
        if r["from_level"] != r["to_level"]:
            counties[r["county_code"]][1] += r["persons"]
            changes.append(LevelChange(**r))
    return DryRun(
        version=version,
        compared=sum(c[0] for c in counties.values()),
        changed=sum(c[1] for c in counties.values()),
        changes=changes,
        counties=[
            CountyDryRun(county_code=k, assessed=v[0], changed=v[1]) for k, v in sorted(counties.items())
        ],
    )
