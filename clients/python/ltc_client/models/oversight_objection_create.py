from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OversightObjectionCreate")


@_attrs_define
class OversightObjectionCreate:
    """
    Attributes:
        reason (str):
        indicator_codes (list[str] | Unset):
    """

    reason: str
    indicator_codes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        indicator_codes: list[str] | Unset = UNSET
        if not isinstance(self.indicator_codes, Unset):
            indicator_codes = self.indicator_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if indicator_codes is not UNSET:
            field_dict["indicator_codes"] = indicator_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        indicator_codes = cast(list[str], d.pop("indicator_codes", UNSET))

        oversight_objection_create = cls(
            reason=reason,
            indicator_codes=indicator_codes,
        )

        return oversight_objection_create
