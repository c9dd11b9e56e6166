"""Benefit rules are data: a version is in force from its date until the next version starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.benefit_rules import repository, schemas
from services.settlement.benefit_rules.auth import sees_drafts
from services.settlement.benefit_rules.exceptions import (
    BenefitRuleSetDateTaken,
    BenefitRuleSetExists,
    BenefitRuleSetNotFound,
    BenefitRuleSetPublished,
)
from services.settlement.reference import benefit_rules as reference
from shared.principal import Principal


@dataclass(frozen=True)
class MonthParameters:
    """What a month is checked and settled with, from the version in force on its first day."""

    quality_deposit_bp: int
    checkin_max_distance_m: int
    regular_times_min_visits: int
    family_caregivers_need_training: bool
    family_personal_care_max_bp: int | None = None


def _shipped(name: str) -> int:
    value = reference.PARAMETERS[name]
    assert value is not None, name
    return int(value)


SHIPPED = MonthParameters(
    quality_deposit_bp=_shipped("quality_deposit_bp"),
    checkin_max_distance_m=_shipped("checkin_max_distance_m"),
    regular_times_min_visits=_shipped("regular_times_min_visits"),
    family_caregivers_need_training=bool(reference.PARAMETERS["family_caregivers_need_training"]),
)


async def in_force(session: AsyncSession, on: dt.date) -> models.BenefitRuleSet | None:
    return await repository.rule_set_in_force(session, on)


async def month_parameters(session: AsyncSession, month: dt.date) -> MonthParameters:
    """The parameters of the version in force on the month's first day (the shipped ones before any)."""
    rule_set = await in_force(session, month.replace(day=1))
    if rule_set is None:
        return SHIPPED
    return MonthParameters(**{name: getattr(rule_set, name) for name in schemas.PARAMETERS})


async def create(
    session: AsyncSession, data: schemas.BenefitRuleSetCreate, created_by: str
) -> schemas.BenefitRuleSet:
    if await repository.rule_set(session, data.version) is not None:
        raise BenefitRuleSetExists(f"benefit rules {data.version} exist already")
    published = data.status == models.RuleSetStatus.PUBLISHED.value
    if published:
        await repository.lock_start_date(session, data.effective_from)
    clash = await repository.version_starting_on(session, data.effective_from) if published else None
    if clash is not None:
        raise BenefitRuleSetDateTaken(f"{clash} already starts on {data.effective_from}")
    # parameters left out carry over from the version in force on that date, unconfirmed if they were
    before = await in_force(session, data.effective_from)
    parameters: dict[str, int | bool | None] = {}
    unconfirmed = set(data.unconfirmed_fields)
    for name in schemas.PARAMETERS:
        given = getattr(data, name)
        if given is not None:
            parameters[name] = given
        elif before is not None:
            parameters[name] = getattr(before, name)
            if name in before.unconfirmed_fields:
                unconfirmed.add(name)
        else:
            parameters[name] = getattr(SHIPPED, name)
            unconfirmed.add(name)
    session.add(
        models.BenefitRuleSet(
            version=data.version,
            effective_from=data.effective_from,
            base_amount_fen=data.base_amount_fen,
            source=data.source,
            unconfirmed=data.unconfirmed,
            **parameters,
            unconfirmed_fields=[name for name in schemas.PARAMETERS if name in unconfirmed],
            created_by=created_by,
            status=data.status,
            published_by=created_by if published else None,
            published_at=func.now() if published else None,
        )
    )
    await session.flush()
    session.add_all(models.BenefitRule(version=data.version, **r.model_dump()) for r in data.rules)
    await session.flush()
    return await get(session, data.version)


async def get(
    session: AsyncSession, version: str, principal: Principal | None = None
) -> schemas.BenefitRuleSet:
    """The version; a draft is unknown (404) to a caller that does not see drafts."""
    rule_set = await repository.rule_set(session, version)
    hidden = (
        rule_set is not None
        and rule_set.status == models.RuleSetStatus.DRAFT
        and principal is not None
        and not sees_drafts(principal)
    )
    if rule_set is None or hidden:
        raise BenefitRuleSetNotFound(f"no benefit rules {version}")
    rules = await repository.rules_of(session, version)
    return schemas.BenefitRuleSet(
        version=rule_set.version,
        effective_from=rule_set.effective_from,
        base_amount_fen=rule_set.base_amount_fen,
        source=rule_set.source,
        unconfirmed=rule_set.unconfirmed,
        quality_deposit_bp=rule_set.quality_deposit_bp,
        checkin_max_distance_m=rule_set.checkin_max_distance_m,
        regular_times_min_visits=rule_set.regular_times_min_visits,
        family_caregivers_need_training=rule_set.family_caregivers_need_training,
        family_personal_care_max_bp=rule_set.family_personal_care_max_bp,
        unconfirmed_fields=list(rule_set.unconfirmed_fields),
        rules=[schemas.BenefitRule.model_validate(r) for r in rules],
        status=rule_set.status,
        published_at=rule_set.published_at,
    )


async def publish(session: AsyncSession, version: str, published_by: str) -> schemas.BenefitRuleSet:
    """A draft comes into force from its ``effective_from`` (one published version per start date)."""
    rule_set = await repository.rule_set_for_update(session, version)
    if rule_set is None:
        raise BenefitRuleSetNotFound(f"no benefit rules {version}")
    if rule_set.status == models.RuleSetStatus.PUBLISHED:
        raise BenefitRuleSetPublished(f"benefit rules {version} are published already")
    await repository.lock_start_date(session, rule_set.effective_from)
    clash = await repository.version_starting_on(session, rule_set.effective_from)
    if clash is not None:
        raise BenefitRuleSetDateTaken(f"{clash} already starts on {rule_set.effective_from}")
    rule_set.status = models.RuleSetStatus.PUBLISHED
    rule_set.published_by = published_by
    rule_set.published_at = func.now()
    await session.flush()
    await session.refresh(rule_set)
    return await get(session, version)


async def list_versions(
    session: AsyncSession, on: dt.date | None, principal: Principal
) -> list[schemas.BenefitRuleSet]:
    if on is not None:
        rule_set = await in_force(session, on)
        return [] if rule_set is None else [await get(session, rule_set.version)]
    versions = await repository.versions_newest_first(session, drafts=sees_drafts(principal))
    return [await get(session, v) for v in versions]
