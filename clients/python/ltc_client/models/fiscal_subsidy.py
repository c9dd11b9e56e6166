from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FiscalSubsidy")


@_attrs_define
class FiscalSubsidy:
    """
    Attributes:
        county_code (str):
        amount_fen (int): amount in fen, > 0
        received_on (datetime.date):
        reference (str): the finance bureau's transfer reference
        transaction_id (int): the ledger transaction that posted it
    """

    county_code: str
    amount_fen: int
    received_on: datetime.date
    reference: str
    transaction_id: int

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        amount_fen = self.amount_fen

        received_on = self.received_on.isoformat()

        reference = self.reference

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "amount_fen": amount_fen,
                "received_on": received_on,
                "reference": reference,
                "transaction_id": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        amount_fen = d.pop("amount_fen")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        reference = d.pop("reference")

        transaction_id = d.pop("transaction_id")

        fiscal_subsidy = cls(
            county_code=county_code,
            amount_fen=amount_fen,
            received_on=received_on,
            reference=reference,
            transaction_id=transaction_id,
        )

        return fiscal_subsidy
