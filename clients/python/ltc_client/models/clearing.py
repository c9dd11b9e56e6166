from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clearing_forfeitures import ClearingForfeitures


T = TypeVar("T", bound="Clearing")


@_attrs_define
class Clearing:
    """
    Attributes:
        id (UUID):
        county_code (str):
        year (int):
        status (str):
        income_fen (int): contributions, fiscal subsidies and forfeited deposits of the year
        expenditure_fen (int): benefits of the year, all care modes
        result_fen (int): income − expenditure: positive a surplus, negative a deficit
        surplus_before_fen (int): the county's accumulated surplus before this year
        covered_by_surplus_fen (int):
        covered_by_finance_fen (int): what the county's finance owes the fund (a receivable)
        added_to_surplus_fen (int):
        deposits_released_fen (int):
        deposits_forfeited_fen (int):
        forfeitures (ClearingForfeitures):
        proposed_by (str):
        proposed_at (datetime.datetime):
        approved_by (None | str):
        approved_at (datetime.datetime | None):
        ledger_transaction_ids (list[int] | Unset):
    """

    id: UUID
    county_code: str
    year: int
    status: str
    income_fen: int
    expenditure_fen: int
    result_fen: int
    surplus_before_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
    deposits_released_fen: int
    deposits_forfeited_fen: int
    forfeitures: ClearingForfeitures
    proposed_by: str
    proposed_at: datetime.datetime
    approved_by: None | str
    approved_at: datetime.datetime | None
    ledger_transaction_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code = self.county_code

        year = self.year

        status = self.status

        income_fen = self.income_fen

        expenditure_fen = self.expenditure_fen

        result_fen = self.result_fen

        surplus_before_fen = self.surplus_before_fen

        covered_by_surplus_fen = self.covered_by_surplus_fen

        covered_by_finance_fen = self.covered_by_finance_fen

        added_to_surplus_fen = self.added_to_surplus_fen

        deposits_released_fen = self.deposits_released_fen

        deposits_forfeited_fen = self.deposits_forfeited_fen

        forfeitures = self.forfeitures.to_dict()

        proposed_by = self.proposed_by

        proposed_at = self.proposed_at.isoformat()

        approved_by: None | str
        approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        ledger_transaction_ids: list[int] | Unset = UNSET
        if not isinstance(self.ledger_transaction_ids, Unset):
            ledger_transaction_ids = self.ledger_transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "county_code": county_code,
                "year": year,
                "status": status,
                "income_fen": income_fen,
                "expenditure_fen": expenditure_fen,
                "result_fen": result_fen,
                "surplus_before_fen": surplus_before_fen,
                "covered_by_surplus_fen": covered_by_surplus_fen,
                "covered_by_finance_fen": covered_by_finance_fen,
                "added_to_surplus_fen": added_to_surplus_fen,
                "deposits_released_fen": deposits_released_fen,
                "deposits_forfeited_fen": deposits_forfeited_fen,
                "forfeitures": forfeitures,
                "proposed_by": proposed_by,
                "proposed_at": proposed_at,
                "approved_by": approved_by,
                "approved_at": approved_at,
            }
        )
        if ledger_transaction_ids is not UNSET:
            field_dict["ledger_transaction_ids"] = ledger_transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clearing_forfeitures import ClearingForfeitures

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        county_code = d.pop("county_code")

        year = d.pop("year")

        status = d.pop("status")

        income_fen = d.pop("income_fen")

        expenditure_fen = d.pop("expenditure_fen")

        result_fen = d.pop("result_fen")

        surplus_before_fen = d.pop("surplus_before_fen")

        covered_by_surplus_fen = d.pop("covered_by_surplus_fen")

        covered_by_finance_fen = d.pop("covered_by_finance_fen")

        added_to_surplus_fen = d.pop("added_to_surplus_fen")

        deposits_released_fen = d.pop("deposits_released_fen")

        deposits_forfeited_fen = d.pop("deposits_forfeited_fen")

        forfeitures = ClearingForfeitures.from_dict(d.pop("forfeitures"))

        proposed_by = d.pop("proposed_by")

        proposed_at = datetime.datetime.fromisoformat(d.pop("proposed_at"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        ledger_transaction_ids = cast(list[int], d.pop("ledger_transaction_ids", UNSET))

        clearing = cls(
            id=id,
            county_code=county_code,
            year=year,
            status=status,
            income_fen=income_fen,
            expenditure_fen=expenditure_fen,
            result_fen=result_fen,
            surplus_before_fen=surplus_before_fen,
            covered_by_surplus_fen=covered_by_surplus_fen,
            covered_by_finance_fen=covered_by_finance_fen,
            added_to_surplus_fen=added_to_surplus_fen,
            deposits_released_fen=deposits_released_fen,
            deposits_forfeited_fen=deposits_forfeited_fen,
            forfeitures=forfeitures,
            proposed_by=proposed_by,
            proposed_at=proposed_at,
            approved_by=approved_by,
            approved_at=approved_at,
            ledger_transaction_ids=ledger_transaction_ids,
        )

        clearing.additional_properties = d
        return clearing

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
