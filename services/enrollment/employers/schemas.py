from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.identifiers import CreditCode

CountyCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]


class EmployerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    credit_code: CreditCode = Field(description="unified social credit code (GB 32100-2015)")
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    county_code: CountyCode


class Employer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    credit_code: str
    name: str
    county_code: str
    created_at: dt.datetime


class EmployerList(BaseModel):
    items: list[Employer]
    next_cursor: str | None = None
