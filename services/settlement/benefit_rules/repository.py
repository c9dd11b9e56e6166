"""SQL of benefit rules: the versions (rule sets) and their rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import BenefitRule, BenefitRuleSet, RuleSetStatus


async def rule_set(session: AsyncSession, version: str) -> BenefitRuleSet | None:
    return await session.get(BenefitRuleSet, version)


async def rule_set_in_force(session: AsyncSession, on: dt.date) -> BenefitRuleSet | None:
    """The published version that starts last on or before ``on`` (a draft is never in force)."""
    return await session.scalar(
        select(BenefitRuleSet)
        .where(BenefitRuleSet.effective_from <= on, BenefitRuleSet.status == RuleSetStatus.PUBLISHED)
        .order_by(BenefitRuleSet.effective_from.desc())
        .limit(1)
    )


async def lock_start_date(session: AsyncSession, day: dt.date) -> None:
    """Publications of versions starting on one date take turns (one published version per date)."""
    await session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"settlement.benefit_rules:{day}"}
    )


async def version_starting_on(session: AsyncSession, day: dt.date) -> str | None:
    """The published version starting on ``day``, if any."""
    return await session.scalar(
        select(BenefitRuleSet.version).where(
            BenefitRuleSet.effective_from == day, BenefitRuleSet.status == RuleSetStatus.PUBLISHED
        )
    )


async def rule_set_for_update(session: AsyncSession, version: str) -> BenefitRuleSet | None:
    return await session.scalar(
        select(BenefitRuleSet).where(BenefitRuleSet.version == version).with_for_update()
    )


async def rules_of(session: AsyncSession, version: str) -> Sequence[BenefitRule]:
    return (
        await session.scalars(
            select(BenefitRule)
            .where(BenefitRule.version == version)
            .order_by(BenefitRule.level, BenefitRule.care_mode, BenefitRule.institution_kind)
        )
    ).all()


async def versions_newest_first(session: AsyncSession, *, drafts: bool = True) -> Sequence[str]:
    stmt = select(BenefitRuleSet.version).order_by(
        BenefitRuleSet.effective_from.desc(), BenefitRuleSet.version
    )
    if not drafts:
        stmt = stmt.where(BenefitRuleSet.status == RuleSetStatus.PUBLISHED)
    return (await session.scalars(stmt)).all()
