from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from services.enrollment.contributions.schemas import (
    CHANNELS_DOC,
    FIRST_YEAR_RULE_DOC,
    Category,
    FirstYearRule,
    PersonalChannel,
)


class ContributionPolicy(BaseModel):
    year: int
    amount_per_person_fen: int = Field(description="yearly contribution per insured person, fen")
    employer_share_fen: int
    individual_share_fen: int
    grace_period_days: int = Field(description="days after the due date before coverage lapses")
    effective_from: dt.date
    due_on: dt.date = Field(description="the date the year's bills fall due")
    first_year_rule: FirstYearRule = Field(description=FIRST_YEAR_RULE_DOC)
    channels_by_category: dict[Category, list[PersonalChannel]] = Field(description=CHANNELS_DOC)
    source: str
    unconfirmed_fields: list[str] = Field(
        description="fields whose values the source documents do not confirm; replace them when known"
    )


class ContributionPolicyList(BaseModel):
    items: list[ContributionPolicy]
    next_cursor: str | None = None
