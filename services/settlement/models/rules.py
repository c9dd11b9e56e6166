"""Benefit rules as versioned data: per level × care mode × institution kind, caps and the fund share."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import CARE_MODES, Base, one_of


class RuleSetStatus(StrEnum):
    """A version is a draft (dry runs and projections only; nothing settles with it) until published."""

    DRAFT = "draft"
    PUBLISHED = "published"


class BenefitRuleSet(Base):
    """One version of the rules, in force from a date until the next version starts.

    Besides the per-level rules it holds the month's settlement parameters: the share of each payment
    withheld as quality deposit, the check-in distance beyond which a home visit is cut and the number of
    visits at one start time that flags a month, and whether a family caregiver without a valid training
    certificate is cut (``CAREGIVER_UNTRAINED``: S003 §二(六) names "其他从业人员", not whether a family
    caregiver is one), and the most of a family-care month's item minutes that personal-care items (生活照料)
    may take (``family_personal_care_max_bp``, null: no limit; a month beyond it is flagged
    ``FAMILY_PERSONAL_CARE_SHARE``); a month is settled with the version in force on its first day.
    ``unconfirmed_fields`` names the parameters DOMAIN.md gives no figure for. Only ``published`` versions
    are in force; a ``draft`` is for dry runs and projections (测算) until the bureau publishes it, and two
    drafts may start on one date (one published version per date).
    """

    __tablename__ = "benefit_rule_sets"

    version: Mapped[str] = mapped_column(Text, primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    base_amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    unconfirmed: Mapped[bool] = mapped_column(nullable=False, server_default="false")
    quality_deposit_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    checkin_max_distance_m: Mapped[int] = mapped_column(Integer, nullable=False)
    regular_times_min_visits: Mapped[int] = mapped_column(Integer, nullable=False)
    family_caregivers_need_training: Mapped[bool] = mapped_column(nullable=False, server_default="false")
    family_personal_care_max_bp: Mapped[int | None] = mapped_column(Integer)
    unconfirmed_fields: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=RuleSetStatus.PUBLISHED.value)
    published_by: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(RuleSetStatus)), name="status_known"),
        Index(
            "uq_benefit_rule_sets_published_from",
            "effective_from",
            unique=True,
            postgresql_where=text(f"status = '{RuleSetStatus.PUBLISHED}'"),
        ),
        CheckConstraint("quality_deposit_bp BETWEEN 0 AND 10000", name="deposit_share_range"),
        CheckConstraint("checkin_max_distance_m >= 0", name="distance_not_negative"),
        CheckConstraint("regular_times_min_visits >= 2", name="regular_times_at_least_two"),
        CheckConstraint("family_personal_care_max_bp BETWEEN 0 AND 10000", name="personal_care_share_range"),
    )


class BenefitRule(Base):
    """A level's benefit in one mode; ``institution_kind = 'any'`` applies to every kind.

    Caps are per day and/or per month, each a fixed amount or a share (basis points) of the version's
    base amount; the fund pays ``fund_share_bp`` of what is within the caps, the person the rest.
    ``monthly_minutes`` is the service time a month of the level in the mode gives (S003 §二(三)
    "待遇支付标准与失能等级、服务时长相结合"), in minutes: a record beyond it is cut
    ``OVER_MONTHLY_HOURS``; null, no limit.
    """

    __tablename__ = "benefit_rules"

    version: Mapped[str] = mapped_column(ForeignKey("benefit_rule_sets.version"), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    care_mode: Mapped[str] = mapped_column(Text, primary_key=True)
    institution_kind: Mapped[str] = mapped_column(Text, primary_key=True)
    daily_cap_fen: Mapped[int | None] = mapped_column(BigInteger)
    monthly_cap_fen: Mapped[int | None] = mapped_column(BigInteger)
    monthly_cap_share_bp: Mapped[int | None] = mapped_column(Integer)
    fund_share_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    monthly_minutes: Mapped[int | None] = mapped_column(Integer)
    unconfirmed_fields: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")

    __table_args__ = (
        CheckConstraint(one_of("care_mode", CARE_MODES), name="care_mode_known"),
        CheckConstraint(
            "institution_kind IN ('any', 'elderly_care', 'medical', 'home_care')", name="kind_known"
        ),
        CheckConstraint("fund_share_bp BETWEEN 0 AND 10000", name="fund_share_range"),
        CheckConstraint("monthly_cap_share_bp BETWEEN 0 AND 10000", name="cap_share_range"),
        CheckConstraint("daily_cap_fen >= 0 AND monthly_cap_fen >= 0", name="caps_not_negative"),
        CheckConstraint("monthly_minutes >= 0", name="monthly_minutes_not_negative"),
    )
