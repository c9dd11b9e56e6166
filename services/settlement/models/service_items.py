"""The catalogue of service items (护理服务项目目录, S003 §二(六)
"统一全市长期护理保险护理服务项目和服务标准"): versions the bureau drafts and publishes, and the
items of each version."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.settlement.models.base import Base, one_of


class CatalogueStatus(StrEnum):
    """A version is drafted (its items editable), then published (frozen, in force from its date)."""

    DRAFT = "draft"
    PUBLISHED = "published"


class ServiceItemCatalogue(Base):
    """One version of the catalogue. A published version is in force from ``effective_from`` until the next
    published version starts; drafts are in force nowhere. ``source`` says where its items come from."""

    __tablename__ = "service_item_catalogues"

    version: Mapped[str] = mapped_column(Text, primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default=CatalogueStatus.DRAFT.value)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    published_by: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint(one_of("status", tuple(CatalogueStatus)), name="status_known"),
        CheckConstraint("(status = 'published') = (published_at IS NOT NULL)", name="published_has_instant"),
        # one published version starts on a given day
        Index(
            "uq_service_item_catalogues_published_from",
            "effective_from",
            unique=True,
            postgresql_where=text("status = 'published'"),
        ),
    )


class ServiceItem(Base):
    """One item of a version: the national 17-character code, its name and class, the care modes it is
    given in, its minimum minutes, how often a month it may be given, the caregiver categories who may
    perform it (null: not restricted). ``unconfirmed_fields`` names the values its ``source`` does not
    confirm."""

    __tablename__ = "service_items"

    version: Mapped[str] = mapped_column(ForeignKey("service_item_catalogues.version"), primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    item_class: Mapped[str] = mapped_column(Text, nullable=False)
    personal_care: Mapped[bool] = mapped_column(nullable=False, server_default="false")
    care_modes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    min_minutes: Mapped[int | None] = mapped_column(Integer)
    max_per_month: Mapped[int | None] = mapped_column(Integer)
    caregiver_categories: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    source: Mapped[str] = mapped_column(Text, nullable=False)
    unconfirmed_fields: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")

    __table_args__ = (
        CheckConstraint("code ~ '^[0-9A-Z]{17}$'", name="code_shape"),
        CheckConstraint("cardinality(care_modes) > 0", name="has_care_modes"),
        CheckConstraint("min_minutes >= 0 AND max_per_month >= 1", name="limits_positive"),
    )
