"""SQL of benefit rules: the versions (rule sets) and their rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import BenefitRule, BenefitRuleSet


async def rule_set(session: AsyncSession, version: str) -> BenefitRuleSet | None:
    return await session.get(BenefitRuleSet, version)


async def rule_set_in_force(session: AsyncSession, on: dt.date) -> BenefitRuleSet | None:
    """The version that starts last on or before ``on``."""
    return await session.scalar(
        select(BenefitRuleSet)
        .where(BenefitRuleSet.effective_from <= on)
        .order_by(BenefitRuleSet.effective_from.desc())
        .limit(1)
    )


async def version_starting_on(session: AsyncSession, day: dt.date) -> str | None:
    return await session.scalar(select(BenefitRuleSet.version).where(BenefitRuleSet.effective_from == day))


async def rules_of(session: AsyncSession, version: str) -> Sequence[BenefitRule]:
    return (
        await session.scalars(
            select(BenefitRule)
            .where(BenefitRule.version == version)
            .order_by(BenefitRule.level, BenefitRule.care_mode, BenefitRule.institution_kind)
        )
    ).all()


async def versions_newest_first(session: AsyncSession) -> Sequence[str]:
    return (
        await session.scalars(select(BenefitRuleSet.version).order_by(BenefitRuleSet.effective_from.desc()))
    ).all()
