from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountyFinanceOwed")


@_attrs_define
class CountyFinanceOwed:
    """
    Attributes:
        county_code (str):
        booked_fen (int): what the approved clearings put on the county finance, all years
        received_fen (int): what the county finance has paid
        owed_fen (int): what it still owes: the balance of `finance_receivable`
    """

    county_code: str
    booked_fen: int
    received_fen: int
    owed_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        booked_fen = self.booked_fen

        received_fen = self.received_fen

        owed_fen = self.owed_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "booked_fen": booked_fen,
                "received_fen": received_fen,
                "owed_fen": owed_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        booked_fen = d.pop("booked_fen")

        received_fen = d.pop("received_fen")

        owed_fen = d.pop("owed_fen")

        county_finance_owed = cls(
            county_code=county_code,
            booked_fen=booked_fen,
            received_fen=received_fen,
            owed_fen=owed_fen,
        )

        county_finance_owed.additional_properties = d
        return county_finance_owed

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
