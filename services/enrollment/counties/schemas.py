from __future__ import annotations

from pydantic import BaseModel, Field


class InsuredTarget(BaseModel):
    year: int
    employee_insured: int = Field(description="employee medical-insurance participants (persons)")
    target_assured: int = Field(description="LTCI participants the plan must reach (确保数)")
    target_stretch: int = Field(description="LTCI participants the plan strives for (力争数)")
    source: str


class County(BaseModel):
    code: str = Field(examples=["330302"])
    name: str = Field(examples=["鹿城区"])
    kind: str = Field(description="district / county / county_city / development_zone")
    insured_target: InsuredTarget | None = Field(description="the latest year's figures")


class CountyList(BaseModel):
    items: list[County]
    next_cursor: str | None = None
