"""Contractors (商保经办机构) the bureau buys the fund's operation from (S003 §二(七); S001, government
purchase of services): their credit code, service outlets per county, team and qualifying conditions."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import DateTime, Integer, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base


class Contractor(Base):
    """One contractor. Outlets, contacts and the qualification checklist are value lists kept with it
    (``outlets``: ``{county_code, name, address, phone}``; ``contacts``: ``{name, role, phone, email}``;
    ``qualifications``: ``{condition, met, documents: [{name, reference, dated_on}], note}``)."""

    __tablename__ = "contractors"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    credit_code: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    team_size: Mapped[int] = mapped_column(Integer, nullable=False)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    outlets: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    qualifications: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
