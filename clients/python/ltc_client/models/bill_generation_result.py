from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillGenerationResult")


@_attrs_define
class BillGenerationResult:
    """
    Attributes:
        year (int):
        county_codes (list[str]):
        bills_created (int): new bills; persons who had one already are left as they are
        amount_due_fen (int): total due on the new bills
        bills_existing (int): insured persons of those counties who already had a bill
    """

    year: int
    county_codes: list[str]
    bills_created: int
    amount_due_fen: int
    bills_existing: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        county_codes = self.county_codes

        bills_created = self.bills_created

        amount_due_fen = self.amount_due_fen

        bills_existing = self.bills_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "county_codes": county_codes,
                "bills_created": bills_created,
                "amount_due_fen": amount_due_fen,
                "bills_existing": bills_existing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        county_codes = cast(list[str], d.pop("county_codes"))

        bills_created = d.pop("bills_created")

        amount_due_fen = d.pop("amount_due_fen")

        bills_existing = d.pop("bills_existing")

        bill_generation_result = cls(
            year=year,
            county_codes=county_codes,
            bills_created=bills_created,
            amount_due_fen=amount_due_fen,
            bills_existing=bills_existing,
        )

        bill_generation_result.additional_properties = d
        return bill_generation_result

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
