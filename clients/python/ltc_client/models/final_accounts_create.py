from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FinalAccountsCreate")


@_attrs_define
class FinalAccountsCreate:
    """
    Attributes:
        county_code (str):
        year (int):
    """

    county_code: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        year = d.pop("year")

        final_accounts_create = cls(
            county_code=county_code,
            year=year,
        )

        return final_accounts_create
