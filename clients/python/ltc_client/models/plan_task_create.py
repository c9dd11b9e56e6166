from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanTaskCreate")


@_attrs_define
class PlanTaskCreate:
    """
    Attributes:
        code (str):
        year (int):
        title (str):
        requirement (str):
        source (str): where the task comes from, e.g. `S003 附件 1 第 6 项`
        responsible (str):
        due_on (datetime.date):
        county_code (None | str | Unset): null: city-wide
        assisting (list[str] | Unset):
    """

    code: str
    year: int
    title: str
    requirement: str
    source: str
    responsible: str
    due_on: datetime.date
    county_code: None | str | Unset = UNSET
    assisting: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        year = self.year

        title = self.title

        requirement = self.requirement

        source = self.source

        responsible = self.responsible

        due_on = self.due_on.isoformat()

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        assisting: list[str] | Unset = UNSET
        if not isinstance(self.assisting, Unset):
            assisting = self.assisting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "year": year,
                "title": title,
                "requirement": requirement,
                "source": source,
                "responsible": responsible,
                "due_on": due_on,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if assisting is not UNSET:
            field_dict["assisting"] = assisting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        year = d.pop("year")

        title = d.pop("title")

        requirement = d.pop("requirement")

        source = d.pop("source")

        responsible = d.pop("responsible")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        assisting = cast(list[str], d.pop("assisting", UNSET))

        plan_task_create = cls(
            code=code,
            year=year,
            title=title,
            requirement=requirement,
            source=source,
            responsible=responsible,
            due_on=due_on,
            county_code=county_code,
            assisting=assisting,
        )

        return plan_task_create
