from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.payment_create_channel import PaymentCreateChannel
from ..models.payment_create_payer import PaymentCreatePayer
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """
    Attributes:
        payer (PaymentCreatePayer): who pays. `employer`: the employer half (an employee's employer, by
            employer_premium_transfer). `individual`: the person's part — the individual half first, and for a person who
            owes both halves (retirees and flexible workers, `employer_half_payer = individual`) then the employer half, so
            one payment of the whole amount settles the bill; only what exceeds what the person still owes is kept as
            `excess_fen` to refund. An employee's `individual` payment pays the individual half only.
        channel (PaymentCreateChannel): the channels allowed for the person's category are the year's contribution
            policy (`channels_by_category`); otherwise 422 CHANNEL_NOT_ALLOWED
        amount_fen (int): amount in fen, > 0
        paid_on (datetime.date):
        external_ref (str): the paying system's own reference; the same reference again is the same payment
        bill_id (None | Unset | UUID):
        id_number (None | str | Unset): with `year`, instead of `bill_id`
        year (int | None | Unset):
        payer_id_number (None | str | Unset): the family member whose account paid (channel family_account)
    """

    payer: PaymentCreatePayer
    channel: PaymentCreateChannel
    amount_fen: int
    paid_on: datetime.date
    external_ref: str
    bill_id: None | Unset | UUID = UNSET
    id_number: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    payer_id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payer = self.payer.value

        channel = self.channel.value

        amount_fen = self.amount_fen

        paid_on = self.paid_on.isoformat()

        external_ref = self.external_ref

        bill_id: None | str | Unset
        if isinstance(self.bill_id, Unset):
            bill_id = UNSET
        elif isinstance(self.bill_id, UUID):
            bill_id = str(self.bill_id)
        else:
            bill_id = self.bill_id

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        payer_id_number: None | str | Unset
        if isinstance(self.payer_id_number, Unset):
            payer_id_number = UNSET
        else:
            payer_id_number = self.payer_id_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payer": payer,
                "channel": channel,
                "amount_fen": amount_fen,
                "paid_on": paid_on,
                "external_ref": external_ref,
            }
        )
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if year is not UNSET:
            field_dict["year"] = year
        if payer_id_number is not UNSET:
            field_dict["payer_id_number"] = payer_id_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payer = PaymentCreatePayer(d.pop("payer"))

        channel = PaymentCreateChannel(d.pop("channel"))

        amount_fen = d.pop("amount_fen")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        external_ref = d.pop("external_ref")

        def _parse_bill_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_id_type_0 = UUID(data)

                return bill_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        bill_id = _parse_bill_id(d.pop("bill_id", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_payer_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payer_id_number = _parse_payer_id_number(d.pop("payer_id_number", UNSET))

        payment_create = cls(
            payer=payer,
            channel=channel,
            amount_fen=amount_fen,
            paid_on=paid_on,
            external_ref=external_ref,
            bill_id=bill_id,
            id_number=id_number,
            year=year,
            payer_id_number=payer_id_number,
        )

        return payment_create
