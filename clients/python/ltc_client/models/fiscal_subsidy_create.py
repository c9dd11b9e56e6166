from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FiscalSubsidyCreate")


@_attrs_define
class FiscalSubsidyCreate:
    """
    Attributes:
        county_code (str):
        amount_fen (int): amount in fen, > 0
        received_on (datetime.date):
        reference (str): the finance bureau's transfer reference
    """

    county_code: str
    amount_fen: int
    received_on: datetime.date
    reference: str

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        amount_fen = self.amount_fen

        received_on = self.received_on.isoformat()

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "amount_fen": amount_fen,
                "received_on": received_on,
                "reference": reference,
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

        fiscal_subsidy_create = cls(
            county_code=county_code,
            amount_fen=amount_fen,
            received_on=received_on,
            reference=reference,
        )

        return fiscal_subsidy_create
