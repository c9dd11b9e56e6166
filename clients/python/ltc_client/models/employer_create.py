from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmployerCreate")


@_attrs_define
class EmployerCreate:
    """
    Attributes:
        credit_code (str): unified social credit code (GB 32100-2015)
        name (str):
        county_code (str):
    """

    credit_code: str
    name: str
    county_code: str

    def to_dict(self) -> dict[str, Any]:
        credit_code = self.credit_code

        name = self.name

        county_code = self.county_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credit_code": credit_code,
                "name": name,
                "county_code": county_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credit_code = d.pop("credit_code")

        name = d.pop("name")

        county_code = d.pop("county_code")

        employer_create = cls(
            credit_code=credit_code,
            name=name,
            county_code=county_code,
        )

        return employer_create
