"""Benefit rules are data: a version is in force from its date until the next version starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.benefit_rules import repository, schemas
from services.settlement.benefit_rules.exceptions import (
    BenefitRuleSetDateTaken,
    BenefitRuleSetExists,
    BenefitRuleSetNotFound,
)
from services.settlement.reference import benefit_rules as reference


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
    clash = await repository.version_starting_on(session, data.effective_from)
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
        )
    )
    await session.flush()
    session.add_all(models.BenefitRule(version=data.version, **r.model_dump()) for r in data.rules)
    await session.flush()
    return await get(session, data.version)


async def get(session: AsyncSession, version: str) -> schemas.BenefitRuleSet:
    rule_set = await repository.rule_set(session, version)
    if rule_set is None:
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
    )


async def list_versions(session: AsyncSession, on: dt.date | None) -> list[schemas.BenefitRuleSet]:
    if on is not None:
        rule_set = await in_force(session, on)
        return [] if rule_set is None else [await get(session, rule_set.version)]
    return [await get(session, v) for v in await repository.versions_newest_first(session)]
