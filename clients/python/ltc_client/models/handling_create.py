from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HandlingCreate")


@_attrs_define
class HandlingCreate:
    """
    Attributes:
        result (str):
        handled_on (datetime.date):
    """

    result: str
    handled_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        handled_on = self.handled_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result": result,
                "handled_on": handled_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result")

        handled_on = datetime.date.fromisoformat(d.pop("handled_on"))

        handling_create = cls(
            result=result,
            handled_on=handled_on,
        )

        return handling_create
