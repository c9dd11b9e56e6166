from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OversightDecision")


@_attrs_define
class OversightDecision:
    """
    Attributes:
        upheld (bool):
        reason (str):
        rescored (list[str]):
        by (str):
        at (datetime.datetime):
    """

    upheld: bool
    reason: str
    rescored: list[str]
    by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upheld = self.upheld

        reason = self.reason

        rescored = self.rescored

        by = self.by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upheld": upheld,
                "reason": reason,
                "rescored": rescored,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upheld = d.pop("upheld")

        reason = d.pop("reason")

        rescored = cast(list[str], d.pop("rescored"))

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        oversight_decision = cls(
            upheld=upheld,
            reason=reason,
            rescored=rescored,
            by=by,
            at=at,
        )

        oversight_decision.additional_properties = d
        return oversight_decision

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
