from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recovery_detail_booked_against import RecoveryDetailBookedAgainst
from ..models.recovery_status import RecoveryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.movement import Movement


T = TypeVar("T", bound="RecoveryDetail")


@_attrs_define
class RecoveryDetail:
    """
    Attributes:
        id (UUID):
        case_id (UUID):
        case_number (str):
        institution_id (str):
        county_code (str):
        amount_fen (int):
        paid_in_year (int):
        decided_on (datetime.date):
        reason (str):
        booked_against (RecoveryDetailBookedAgainst): the expense of the year paid (its books open), or a recovery
            income (that year closed)
        booked_on (datetime.date):
        netted_fen (int):
        repaid_fen (int):
        written_off_fen (int):
        outstanding_fen (int):
        status (RecoveryStatus): ``open`` while anything is owed, else how the last of it went.
        ledger_transaction_id (int): the booking of the receivable
        movements (list[Movement] | Unset):
        ledger_transaction_ids (list[int] | Unset): every ledger transaction of it: the booking, nettings, repayments
    """

    id: UUID
    case_id: UUID
    case_number: str
    institution_id: str
    county_code: str
    amount_fen: int
    paid_in_year: int
    decided_on: datetime.date
    reason: str
    booked_against: RecoveryDetailBookedAgainst
    booked_on: datetime.date
    netted_fen: int
    repaid_fen: int
    written_off_fen: int
    outstanding_fen: int
    status: RecoveryStatus
    ledger_transaction_id: int
    movements: list[Movement] | Unset = UNSET
    ledger_transaction_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id = str(self.case_id)

        case_number = self.case_number

        institution_id = self.institution_id

        county_code = self.county_code

        amount_fen = self.amount_fen

        paid_in_year = self.paid_in_year

        decided_on = self.decided_on.isoformat()

        reason = self.reason

        booked_against = self.booked_against.value

        booked_on = self.booked_on.isoformat()

        netted_fen = self.netted_fen

        repaid_fen = self.repaid_fen

        written_off_fen = self.written_off_fen

        outstanding_fen = self.outstanding_fen

        status = self.status.value

        ledger_transaction_id = self.ledger_transaction_id

        movements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.movements, Unset):
            movements = []
            for movements_item_data in self.movements:
                movements_item = movements_item_data.to_dict()
                movements.append(movements_item)

        ledger_transaction_ids: list[int] | Unset = UNSET
        if not isinstance(self.ledger_transaction_ids, Unset):
            ledger_transaction_ids = self.ledger_transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "case_number": case_number,
                "institution_id": institution_id,
                "county_code": county_code,
                "amount_fen": amount_fen,
                "paid_in_year": paid_in_year,
                "decided_on": decided_on,
                "reason": reason,
                "booked_against": booked_against,
                "booked_on": booked_on,
                "netted_fen": netted_fen,
                "repaid_fen": repaid_fen,
                "written_off_fen": written_off_fen,
                "outstanding_fen": outstanding_fen,
                "status": status,
                "ledger_transaction_id": ledger_transaction_id,
            }
        )
        if movements is not UNSET:
            field_dict["movements"] = movements
        if ledger_transaction_ids is not UNSET:
            field_dict["ledger_transaction_ids"] = ledger_transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.movement import Movement

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        case_number = d.pop("case_number")

        institution_id = d.pop("institution_id")

        county_code = d.pop("county_code")

        amount_fen = d.pop("amount_fen")

        paid_in_year = d.pop("paid_in_year")

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        reason = d.pop("reason")

        booked_against = RecoveryDetailBookedAgainst(d.pop("booked_against"))

        booked_on = datetime.date.fromisoformat(d.pop("booked_on"))

        netted_fen = d.pop("netted_fen")

        repaid_fen = d.pop("repaid_fen")

        written_off_fen = d.pop("written_off_fen")

        outstanding_fen = d.pop("outstanding_fen")

        status = RecoveryStatus(d.pop("status"))

        ledger_transaction_id = d.pop("ledger_transaction_id")

        _movements = d.pop("movements", UNSET)
        movements: list[Movement] | Unset = UNSET
        if _movements is not UNSET:
            movements = []
            for movements_item_data in _movements:
                movements_item = Movement.from_dict(movements_item_data)

                movements.append(movements_item)

        ledger_transaction_ids = cast(list[int], d.pop("ledger_transaction_ids", UNSET))

        recovery_detail = cls(
            id=id,
            case_id=case_id,
            case_number=case_number,
            institution_id=institution_id,
            county_code=county_code,
            amount_fen=amount_fen,
            paid_in_year=paid_in_year,
            decided_on=decided_on,
            reason=reason,
            booked_against=booked_against,
            booked_on=booked_on,
            netted_fen=netted_fen,
            repaid_fen=repaid_fen,
            written_off_fen=written_off_fen,
            outstanding_fen=outstanding_fen,
            status=status,
            ledger_transaction_id=ledger_transaction_id,
            movements=movements,
            ledger_transaction_ids=ledger_transaction_ids,
        )

        recovery_detail.additional_properties = d
        return recovery_detail

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
