from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_bill_status import PaymentBillStatus
from ..models.payment_channel import PaymentChannel
from ..models.payment_payer import PaymentPayer

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        id (UUID):
        bill_id (UUID):
        person_id (UUID):
        county_code (str):
        year (int):
        payer (PaymentPayer):
        channel (PaymentChannel):
        amount_fen (int):
        applied_fen (int): what went to the bill (one half, or both if the person owes both)
        excess_fen (int): beyond what the payer still owed: to refund
        paid_on (datetime.date):
        external_ref (str):
        payer_id_number (None | str): masked
        recorded_at (datetime.datetime):
        bill_status (PaymentBillStatus):
    """

    id: UUID
    bill_id: UUID
    person_id: UUID
    county_code: str
    year: int
    payer: PaymentPayer
    channel: PaymentChannel
    amount_fen: int
    applied_fen: int
    excess_fen: int
    paid_on: datetime.date
    external_ref: str
    payer_id_number: None | str
    recorded_at: datetime.datetime
    bill_status: PaymentBillStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        bill_id = str(self.bill_id)

        person_id = str(self.person_id)

        county_code = self.county_code

        year = self.year

        payer = self.payer.value

        channel = self.channel.value

        amount_fen = self.amount_fen

        applied_fen = self.applied_fen

        excess_fen = self.excess_fen

        paid_on = self.paid_on.isoformat()

        external_ref = self.external_ref

        payer_id_number: None | str
        payer_id_number = self.payer_id_number

        recorded_at = self.recorded_at.isoformat()

        bill_status = self.bill_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bill_id": bill_id,
                "person_id": person_id,
                "county_code": county_code,
                "year": year,
                "payer": payer,
                "channel": channel,
                "amount_fen": amount_fen,
                "applied_fen": applied_fen,
                "excess_fen": excess_fen,
                "paid_on": paid_on,
                "external_ref": external_ref,
                "payer_id_number": payer_id_number,
                "recorded_at": recorded_at,
                "bill_status": bill_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        bill_id = UUID(d.pop("bill_id"))

        person_id = UUID(d.pop("person_id"))

        county_code = d.pop("county_code")

        year = d.pop("year")

        payer = PaymentPayer(d.pop("payer"))

        channel = PaymentChannel(d.pop("channel"))

        amount_fen = d.pop("amount_fen")

        applied_fen = d.pop("applied_fen")

        excess_fen = d.pop("excess_fen")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        external_ref = d.pop("external_ref")

        def _parse_payer_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payer_id_number = _parse_payer_id_number(d.pop("payer_id_number"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        bill_status = PaymentBillStatus(d.pop("bill_status"))

        payment = cls(
            id=id,
            bill_id=bill_id,
            person_id=person_id,
            county_code=county_code,
            year=year,
            payer=payer,
            channel=channel,
            amount_fen=amount_fen,
            applied_fen=applied_fen,
            excess_fen=excess_fen,
            paid_on=paid_on,
            external_ref=external_ref,
            payer_id_number=payer_id_number,
            recorded_at=recorded_at,
            bill_status=bill_status,
        )

        payment.additional_properties = d
        return payment

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
