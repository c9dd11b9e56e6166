from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Withholding")


@_attrs_define
class Withholding:
    """
    Attributes:
        reason (str):
        amount_fen (int):
    """

    reason: str
    amount_fen: int

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "amount_fen": amount_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        amount_fen = d.pop("amount_fen")

        withholding = cls(
            reason=reason,
            amount_fen=amount_fen,
        )

        return withholding
