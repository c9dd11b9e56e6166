"""Reference data oversight keeps a copy of: the accounting units (统筹区)."""

from __future__ import annotations

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base


class AccountingUnit(Base):
    """An accounting county: the same units as enrollment's, loaded with the reference data. A county a
    request names (a service outlet's, a contract's lot) must be one of them."""

    __tablename__ = "accounting_units"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
