"""Benefit rules are data: a version is in force from its date until the next version starts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.benefit_rules import schemas
from shared.errors import Conflict, NotFound


async def create(
    session: AsyncSession, data: schemas.BenefitRuleSetCreate, created_by: str
) -> schemas.BenefitRuleSet:
    if await session.get(models.BenefitRuleSet, data.version) is not None:
        raise Conflict(f"benefit rules {data.version} exist already", code="RULE_SET_EXISTS")
    clash = await session.scalar(
        select(models.BenefitRuleSet.version).where(
            models.BenefitRuleSet.effective_from == data.effective_from
        )
    )
    if clash is not None:
        raise Conflict(f"{clash} already starts on {data.effective_from}", code="RULE_SET_DATE_TAKEN")
    session.add(
        models.BenefitRuleSet(
            version=data.version,
            effective_from=data.effective_from,
            base_amount_fen=data.base_amount_fen,
            source=data.source,
            unconfirmed=data.unconfirmed,
            created_by=created_by,
        )
    )
    await session.flush()
    session.add_all(models.BenefitRule(version=data.version, **r.model_dump()) for r in data.rules)
    await session.flush()
    return await get(session, data.version)


async def get(session: AsyncSession, version: str) -> schemas.BenefitRuleSet:
    rule_set = await session.get(models.BenefitRuleSet, version)
    if rule_set is None:
        raise NotFound(f"no benefit rules {version}", code="RULE_SET_NOT_FOUND")
    rules = (
        await session.scalars(
            select(models.BenefitRule)
            .where(models.BenefitRule.version == version)
            .order_by(
                models.BenefitRule.level, models.BenefitRule.care_mode, models.BenefitRule.institution_kind
            )
        )
    ).all()
    return schemas.BenefitRuleSet(
        version=rule_set.version,
        effective_from=rule_set.effective_from,
        base_amount_fen=rule_set.base_amount_fen,
        source=rule_set.source,
        unconfirmed=rule_set.unconfirmed,
        rules=[schemas.BenefitRule.model_validate(r) for r in rules],
    )


async def list_versions(session: AsyncSession, on: dt.date | None) -> list[schemas.BenefitRuleSet]:
    stmt = select(models.BenefitRuleSet.version).order_by(models.BenefitRuleSet.effective_from.desc())
    if on is not None:
        stmt = stmt.where(models.BenefitRuleSet.effective_from <= on).limit(1)
    return [await get(session, v) for v in (await session.scalars(stmt)).all()]
