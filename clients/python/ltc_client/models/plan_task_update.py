from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanTaskUpdate")


@_attrs_define
class PlanTaskUpdate:
    """An open or reopened task's wording, units or deadline.

    Attributes:
        title (str | Unset):
        requirement (str | Unset):
        responsible (str | Unset):
        assisting (list[str] | Unset):
        due_on (datetime.date | Unset):
    """

    title: str | Unset = UNSET
    requirement: str | Unset = UNSET
    responsible: str | Unset = UNSET
    assisting: list[str] | Unset = UNSET
    due_on: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        requirement = self.requirement

        responsible = self.responsible

        assisting: list[str] | Unset = UNSET
        if not isinstance(self.assisting, Unset):
            assisting = self.assisting

        due_on: str | Unset = UNSET
        if not isinstance(self.due_on, Unset):
            due_on = self.due_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if requirement is not UNSET:
            field_dict["requirement"] = requirement
        if responsible is not UNSET:
            field_dict["responsible"] = responsible
        if assisting is not UNSET:
            field_dict["assisting"] = assisting
        if due_on is not UNSET:
            field_dict["due_on"] = due_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        requirement = d.pop("requirement", UNSET)

        responsible = d.pop("responsible", UNSET)

        assisting = cast(list[str], d.pop("assisting", UNSET))

        _due_on = d.pop("due_on", UNSET)
        due_on: datetime.date | Unset
        if isinstance(_due_on, Unset):
            due_on = UNSET
        else:
            due_on = datetime.date.fromisoformat(_due_on)

        plan_task_update = cls(
            title=title,
            requirement=requirement,
            responsible=responsible,
            assisting=assisting,
            due_on=due_on,
        )

        return plan_task_update
