from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RuleUpdate")


@_attrs_define
class RuleUpdate:
    """
    Attributes:
        value (int):
        confirmed (bool):
        source (str): where the value comes from
        effective_from (datetime.date):
    """

    value: int
    confirmed: bool
    source: str
    effective_from: datetime.date

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        confirmed = self.confirmed

        source = self.source

        effective_from = self.effective_from.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "confirmed": confirmed,
                "source": source,
                "effective_from": effective_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        confirmed = d.pop("confirmed")

        source = d.pop("source")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        rule_update = cls(
            value=value,
            confirmed=confirmed,
            source=source,
            effective_from=effective_from,
        )

        return rule_update
