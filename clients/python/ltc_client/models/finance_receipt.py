from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FinanceReceipt")


@_attrs_define
class FinanceReceipt:
    """
    Attributes:
        id (UUID):
        county_code (str):
        amount_fen (int):
        received_on (datetime.date):
        reference (str):
        memo (str):
        ledger_transaction_id (int):
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    id: UUID
    county_code: str
    amount_fen: int
    received_on: datetime.date
    reference: str
    memo: str
    ledger_transaction_id: int
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code = self.county_code

        amount_fen = self.amount_fen

        received_on = self.received_on.isoformat()

        reference = self.reference

        memo = self.memo

        ledger_transaction_id = self.ledger_transaction_id

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "county_code": county_code,
                "amount_fen": amount_fen,
                "received_on": received_on,
                "reference": reference,
                "memo": memo,
                "ledger_transaction_id": ledger_transaction_id,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        county_code = d.pop("county_code")

        amount_fen = d.pop("amount_fen")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        reference = d.pop("reference")

        memo = d.pop("memo")

        ledger_transaction_id = d.pop("ledger_transaction_id")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        finance_receipt = cls(
            id=id,
            county_code=county_code,
            amount_fen=amount_fen,
            received_on=received_on,
            reference=reference,
            memo=memo,
            ledger_transaction_id=ledger_transaction_id,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        finance_receipt.additional_properties = d
        return finance_receipt

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
