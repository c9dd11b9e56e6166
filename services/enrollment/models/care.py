"""Which care institution looks after a person, as assessment announces it (read model of its feed)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, Index, Text, Uuid, func
from sqlalchemy.orm import Mapped, mapped_column

from services.enrollment.models.base import Base, metadata
from shared.consumer import cursor_table
from shared.dead_letters import dead_letter_table


class InstitutionClient(Base):
    """A person's care institution (护理机构) named on the application of their disability level in force:
    the institution may read that person's coverage ("its own clients")."""

    __tablename__ = "institution_clients"

    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    institution_id: Mapped[str] = mapped_column(Text, nullable=False)
    conclusion_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (Index(None, "institution_id", "person_id"),)


consumer_cursors = cursor_table(metadata)
feed_dead_letters = dead_letter_table(metadata)
