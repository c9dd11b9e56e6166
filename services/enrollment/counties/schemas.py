from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.dates import BusinessDate

Text500 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class InsuredTarget(BaseModel):
    year: int
    employee_insured: int = Field(description="employee medical-insurance participants (persons)")
    target_assured: int = Field(description="LTCI participants the plan must reach (确保数)")
    target_stretch: int = Field(description="LTCI participants the plan strives for (力争数)")
    source: str


class SchemeVersion(BaseModel):
    """One version of a unit's scheme start; the newest is in force."""

    version: int = Field(description="grows with every change")
    scheme_start_on: dt.date = Field(description="the first day the unit is in the LTCI scheme")
    basis: str = Field(description="the document (and its words) the date rests on")
    confirmed: bool = Field(description="false: the basis does not confirm the date; replace it when known")
    reason: str = Field(description="why this version was recorded")
    recorded_by: str
    recorded_at: dt.datetime


class SchemeWrite(BaseModel):
    """A new scheme start for a unit, as the bureau sets it."""

    model_config = ConfigDict(extra="forbid")

    scheme_start_on: BusinessDate
    basis: Text500 = Field(description="the document the date rests on")
    confirmed: bool = Field(description="whether the basis confirms the date")
    reason: Text500 = Field(description="why it changes")


class SchemeHistory(BaseModel):
    county_code: str
    current: SchemeVersion | None
    history: list[SchemeVersion] = Field(description="every version, newest first")


class County(BaseModel):
    code: str = Field(examples=["330302"])
    name: str = Field(examples=["鹿城区"])
    kind: str = Field(description="district / county / county_city / development_zone")
    scheme_start_on: dt.date | None = Field(
        description="the first day the unit is in the LTCI scheme: enrolments, bills, applications and "
        "service records dated earlier are refused or cut (COUNTY_NOT_IN_SCHEME)"
    )
    scheme: SchemeVersion | None = Field(description="the scheme start in force, with its basis")
    insured_target: InsuredTarget | None = Field(description="the latest year's figures")


class CountyList(BaseModel):
    items: list[County]
    next_cursor: str | None = None
