"""Requests and answers of the catalogue of service items."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Day
from services.settlement.models import CatalogueStatus
from services.settlement.models.base import CareMode
from services.settlement.models.institutions import CaregiverCategory

# 医保办函〔2025〕28号《长期护理服务项目编码规则和方法》:
# "长期护理服务项目代码分5个部分共17位，通过大写英文字母和阿拉伯数字按特定顺序排列表示" (part 1 an
# identification code, part 2 the administrative division code, …). The length and the characters are
# confirmed; the length of each part is not (the rule's full text was not at hand), so no part is checked.
ITEM_CODE_PATTERN = r"^[0-9A-Z]{17}$"
ITEM_CODE_DESCRIPTION = (
    "the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters, upper-case letters "
    "and digits, in five parts (the parts' lengths are not checked: not confirmed)"
)

ItemField = Literal[
    "name",
    "item_class",
    "personal_care",
    "care_modes",
    "min_minutes",
    "max_per_month",
    "caregiver_categories",
]
ItemCode = Annotated[
    str, Path(pattern=ITEM_CODE_PATTERN, description=ITEM_CODE_DESCRIPTION, examples=["A0000000000000001"])
]
VERSION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


class ServiceItemFields(BaseModel):
    """An item's values; each one the ``source`` does not confirm is named in ``unconfirmed_fields``."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)

    name: str = Field(min_length=1, max_length=200, examples=["协助进食"])
    item_class: str = Field(
        min_length=1,
        max_length=64,
        description="the item's class as the catalogue names it (生活照料, 医疗护理, 康复 …): data, "
        "not a fixed list",
        examples=["生活照料"],
    )
    personal_care: bool = Field(
        default=False,
        description="counts as personal care (生活照料) in family care's share limit "
        "(`family_personal_care_max_bp` of the benefit rules)",
    )
    care_modes: list[CareMode] = Field(min_length=1, max_length=4, description="the modes it is given in")
    min_minutes: int | None = Field(
        default=None, ge=0, le=1_440, description="minimum minutes of one performance; null: none set"
    )
    max_per_month: int | None = Field(
        default=None,
        ge=1,
        le=1_000,
        description="the most performances a person's month may have; null: none",
    )
    caregiver_categories: list[CaregiverCategory] | None = Field(
        default=None,
        min_length=1,
        max_length=5,
        description="who may perform it (the caregivers' categories); null: not restricted",
    )
    source: str = Field(min_length=1, max_length=2000, description="where the values come from")
    unconfirmed_fields: list[ItemField] = Field(
        default_factory=list, max_length=7, description="values the source does not confirm"
    )

    @model_validator(mode="after")
    def no_repeats(self) -> ServiceItemFields:
        if len(set(self.care_modes)) != len(self.care_modes):
            raise ValueError("care_modes names a mode twice")
        if self.caregiver_categories is not None and len(set(self.caregiver_categories)) != len(
            self.caregiver_categories
        ):
            raise ValueError("caregiver_categories names a category twice")
        return self


class ServiceItemIn(ServiceItemFields):
    code: str = Field(pattern=ITEM_CODE_PATTERN, description=ITEM_CODE_DESCRIPTION)


class ServiceItem(ServiceItemIn):
    pass


class CatalogueCreate(BaseModel):
    """A new draft version, with its items or without (add them one by one, then publish)."""

    model_config = ConfigDict(extra="forbid")

    version: str = Field(pattern=VERSION_PATTERN, examples=["WZ-ITEMS-2027"])
    effective_from: Day = Field(description="published, it is in force from this day until the next version")
    source: str = Field(min_length=1, max_length=2000, description="the notice the catalogue comes from")
    items: list[ServiceItemIn] = Field(default_factory=list, max_length=5_000)

    @model_validator(mode="after")
    def codes_unique(self) -> CatalogueCreate:
        codes = [item.code for item in self.items]
        if len(codes) != len(set(codes)):
            raise ValueError("one item per code")
        return self


class CatalogueSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: str
    effective_from: dt.date
    status: CatalogueStatus
    source: str
    created_by: str
    created_at: dt.datetime
    published_by: str | None
    published_at: dt.datetime | None
    item_count: int = 0


class Catalogue(CatalogueSummary):
    items: list[ServiceItem]


class CatalogueList(BaseModel):
    items: list[CatalogueSummary]
    next_cursor: str | None = None


StatusFilter = Literal["draft", "published"]
