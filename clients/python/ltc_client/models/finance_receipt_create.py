from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinanceReceiptCreate")


@_attrs_define
class FinanceReceiptCreate:
    """
    Attributes:
        county_code (str):
        amount_fen (int): amount in fen, > 0
        received_on (datetime.date): the day the money reached the fund's account
        reference (str): the bank or treasury reference: one receipt of the county
        memo (str | Unset):  Default: ''.
    """

    county_code: str
    amount_fen: int
    received_on: datetime.date
    reference: str
    memo: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        amount_fen = self.amount_fen

        received_on = self.received_on.isoformat()

        reference = self.reference

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "amount_fen": amount_fen,
                "received_on": received_on,
                "reference": reference,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        amount_fen = d.pop("amount_fen")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        reference = d.pop("reference")

        memo = d.pop("memo", UNSET)

        finance_receipt_create = cls(
            county_code=county_code,
            amount_fen=amount_fen,
            received_on=received_on,
            reference=reference,
            memo=memo,
        )

        return finance_receipt_create
