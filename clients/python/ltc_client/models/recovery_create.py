from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RecoveryCreate")


@_attrs_define
class RecoveryCreate:
    """
    Attributes:
        amount_fen (int): what is to be recovered, in fen
        paid_in_year (int): the year the money was paid out
        reason (str):
    """

    amount_fen: int
    paid_in_year: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        paid_in_year = self.paid_in_year

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_fen": amount_fen,
                "paid_in_year": paid_in_year,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        paid_in_year = d.pop("paid_in_year")

        reason = d.pop("reason")

        recovery_create = cls(
            amount_fen=amount_fen,
            paid_in_year=paid_in_year,
            reason=reason,
        )

        return recovery_create
