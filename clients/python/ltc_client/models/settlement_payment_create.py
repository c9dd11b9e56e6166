from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettlementPaymentCreate")


@_attrs_define
class SettlementPaymentCreate:
    """
    Attributes:
        institution_id (str):
        amount_fen (int): amount in fen, > 0
        paid_on (datetime.date):
        reference (str): the bank transfer reference
    """

    institution_id: str
    amount_fen: int
    paid_on: datetime.date
    reference: str

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        amount_fen = self.amount_fen

        paid_on = self.paid_on.isoformat()

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "institution_id": institution_id,
                "amount_fen": amount_fen,
                "paid_on": paid_on,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_id = d.pop("institution_id")

        amount_fen = d.pop("amount_fen")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        reference = d.pop("reference")

        settlement_payment_create = cls(
            institution_id=institution_id,
            amount_fen=amount_fen,
            paid_on=paid_on,
            reference=reference,
        )

        return settlement_payment_create
