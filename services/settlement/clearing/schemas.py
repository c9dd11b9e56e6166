from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.settlement.bounds import PositiveFen


class Forfeiture(BaseModel):
    """A quality deposit kept by the fund: it must cite a final evaluation of the institution (its grade's
    ``deposit_release_bp`` bounds what may be kept) or a case that decided a sanction on it, as oversight
    published them; ``reason`` says why in words."""

    model_config = ConfigDict(extra="forbid")

    institution_id: str
    amount_fen: PositiveFen
    reason: str = Field(min_length=1, max_length=1000)
    evaluation_id: uuid.UUID | None = Field(default=None, description="a final evaluation of the institution")
    case_id: uuid.UUID | None = Field(default=None, description="a case with a sanction on the institution")


class ClearingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    year: int = Field(ge=2000, le=2100)
    forfeitures: list[Forfeiture] = Field(
        default_factory=list,
        description="quality deposits kept by the fund (poor service); every other deposit held is released",
    )


class Clearing(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    county_code: str
    year: int
    status: str
    income_fen: int = Field(description="contributions, fiscal subsidies and forfeited deposits of the year")
    expenditure_fen: int = Field(description="benefits of the year, all care modes")
    result_fen: int = Field(description="income − expenditure: positive a surplus, negative a deficit")
    surplus_before_fen: int = Field(description="the county's accumulated surplus before this year")
    covered_by_surplus_fen: int
    covered_by_finance_fen: int = Field(description="what the county's finance owes the fund (a receivable)")
    added_to_surplus_fen: int
    deposits_released_fen: int
    deposits_forfeited_fen: int
    forfeitures: dict[str, Any]
    proposed_by: str
    proposed_at: dt.datetime
    approved_by: str | None
    approved_at: dt.datetime | None
    ledger_transaction_ids: list[int] = Field(default_factory=list)
