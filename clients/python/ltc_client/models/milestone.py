from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """Annex 1 item 6 for one county: institutions of the kinds contracted by the due date.

    Attributes:
        code (str):
        due_on (datetime.date):
        required (int):
        contracted_by_due_date (int): contracted (agreement in force) on the due date
        met (bool | None): null while the due date lies after the quarter's end
    """

    code: str
    due_on: datetime.date
    required: int
    contracted_by_due_date: int
    met: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        due_on = self.due_on.isoformat()

        required = self.required

        contracted_by_due_date = self.contracted_by_due_date

        met: bool | None
        met = self.met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "due_on": due_on,
                "required": required,
                "contracted_by_due_date": contracted_by_due_date,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        required = d.pop("required")

        contracted_by_due_date = d.pop("contracted_by_due_date")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        milestone = cls(
            code=code,
            due_on=due_on,
            required=required,
            contracted_by_due_date=contracted_by_due_date,
            met=met,
        )

        milestone.additional_properties = d
        return milestone

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
