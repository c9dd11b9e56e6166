from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Objection")


@_attrs_define
class Objection:
    """
    Attributes:
        reason (str):
        indicator_codes (list[str]):
        by (str):
        at (datetime.datetime):
    """

    reason: str
    indicator_codes: list[str]
    by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        indicator_codes = self.indicator_codes

        by = self.by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "indicator_codes": indicator_codes,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        indicator_codes = cast(list[str], d.pop("indicator_codes"))

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        objection = cls(
            reason=reason,
            indicator_codes=indicator_codes,
            by=by,
            at=at,
        )

        objection.additional_properties = d
        return objection

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
