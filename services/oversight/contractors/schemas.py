from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from shared.identifiers import CreditCode
from shared.patch import PatchModel

Condition = Literal[
    "legally_established",
    "sound_governance",
    "sound_financial_management",
    "facilities_staff_and_expertise",
    "tax_and_social_security_record",
    "no_major_violation_three_years",
    "other_project_requirements",
]
"""S001's seven conditions of a contractor (承接主体需要符合以下条件): 依法设立…; 治理结构健全…;
财务管理…健全; 具备…设施、人员和专业技术能力; 依法缴纳税收和社会保障资金的良好记录;
前三年内无重大违法违纪行为; 其他条件."""


class Document(BaseModel):
    """Evidence: a document's name, where it is kept (reference or URL) and its date; no file is stored."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    reference: str = Field(min_length=1, max_length=500, description="a file number or a URL")
    dated_on: dt.date


class Qualification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    condition: Condition
    met: bool
    documents: list[Document] = Field(default_factory=list)
    note: str | None = Field(default=None, max_length=1000)


class Outlet(BaseModel):
    """A service outlet (服务网点) in an accounting county."""

    model_config = ConfigDict(extra="forbid")

    county_code: str = Field(pattern=r"^[0-9]{6}$")
    name: str = Field(min_length=1, max_length=200)
    address: str = Field(min_length=1, max_length=500)
    phone: str | None = Field(default=None, max_length=50)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    role: str = Field(min_length=1, max_length=100, description="e.g. 项目负责人, 经办主管")
    phone: str | None = Field(default=None, max_length=50)
    email: str | None = Field(default=None, max_length=200)


def _one_per_condition(items: list[Qualification] | None) -> list[Qualification] | None:
    if items is not None:
        seen = [q.condition for q in items]
        if len(seen) != len(set(seen)):
            raise PydanticCustomError("CONDITION_DUPLICATE", "list each condition once")
    return items


class ContractorCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    credit_code: CreditCode = Field(description="unified social credit code (GB 32100-2015)")
    name: str = Field(min_length=1, max_length=200)
    team_size: int = Field(ge=0, le=100_000, description="staff on the fund's operation")
    contacts: list[Contact] = Field(default_factory=list)
    outlets: list[Outlet] = Field(default_factory=list)
    qualifications: list[Qualification] = Field(
        default_factory=list, description="S001's qualifying conditions, each once, with evidence"
    )

    _conditions = field_validator("qualifications")(_one_per_condition)


class ContractorUpdate(PatchModel):
    """Every field optional; the credit code does not change (register a new contractor instead)."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    team_size: int | None = Field(default=None, ge=0, le=100_000)
    contacts: list[Contact] | None = None
    outlets: list[Outlet] | None = None
    qualifications: list[Qualification] | None = None

    _conditions = field_validator("qualifications")(_one_per_condition)


class Contractor(ContractorCreate):
    id: uuid.UUID
    qualified: bool = Field(description="every one of S001's seven conditions is listed and met")
    created_at: dt.datetime
    updated_at: dt.datetime


class ContractorList(BaseModel):
    items: list[Contractor]
    next_cursor: str | None = None
