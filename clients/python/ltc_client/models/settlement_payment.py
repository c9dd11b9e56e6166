from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettlementPayment")


@_attrs_define
class SettlementPayment:
    """
    Attributes:
        id (UUID):
        run_id (UUID):
        institution_id (str):
        amount_fen (int):
        paid_on (datetime.date):
        reference (str):
        ledger_transaction_id (int):
    """

    id: UUID
    run_id: UUID
    institution_id: str
    amount_fen: int
    paid_on: datetime.date
    reference: str
    ledger_transaction_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        run_id = str(self.run_id)

        institution_id = self.institution_id

        amount_fen = self.amount_fen

        paid_on = self.paid_on.isoformat()

        reference = self.reference

        ledger_transaction_id = self.ledger_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "institution_id": institution_id,
                "amount_fen": amount_fen,
                "paid_on": paid_on,
                "reference": reference,
                "ledger_transaction_id": ledger_transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        run_id = UUID(d.pop("run_id"))

        institution_id = d.pop("institution_id")

        amount_fen = d.pop("amount_fen")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        reference = d.pop("reference")

        ledger_transaction_id = d.pop("ledger_transaction_id")

        settlement_payment = cls(
            id=id,
            run_id=run_id,
            institution_id=institution_id,
            amount_fen=amount_fen,
            paid_on=paid_on,
            reference=reference,
            ledger_transaction_id=ledger_transaction_id,
        )

        settlement_payment.additional_properties = d
        return settlement_payment

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
