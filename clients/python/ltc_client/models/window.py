from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Window")


@_attrs_define
class Window:
    """
    Attributes:
        rule_source (str): where the values come from
        days (int):
        confirmed (bool | Unset): false: no source fixes these values yet Default: False.
    """

    rule_source: str
    days: int
    confirmed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        rule_source = self.rule_source

        days = self.days

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule_source": rule_source,
                "days": days,
            }
        )
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rule_source = d.pop("rule_source")

        days = d.pop("days")

        confirmed = d.pop("confirmed", UNSET)

        window = cls(
            rule_source=rule_source,
            days=days,
            confirmed=confirmed,
        )

        return window
