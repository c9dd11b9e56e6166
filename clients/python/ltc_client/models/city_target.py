from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CityTarget")


@_attrs_define
class CityTarget:
    """
    Attributes:
        code (str):
        due_on (datetime.date):
        target (int):
        insured (int):
        share_bp (int | None):
        met (bool | None): null while the due date lies after the quarter's end
    """

    code: str
    due_on: datetime.date
    target: int
    insured: int
    share_bp: int | None
    met: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        due_on = self.due_on.isoformat()

        target = self.target

        insured = self.insured

        share_bp: int | None
        share_bp = self.share_bp

        met: bool | None
        met = self.met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "due_on": due_on,
                "target": target,
                "insured": insured,
                "share_bp": share_bp,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        target = d.pop("target")

        insured = d.pop("insured")

        def _parse_share_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        share_bp = _parse_share_bp(d.pop("share_bp"))

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        city_target = cls(
            code=code,
            due_on=due_on,
            target=target,
            insured=insured,
            share_bp=share_bp,
            met=met,
        )

        city_target.additional_properties = d
        return city_target

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
