from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckRequest")


@_attrs_define
class CheckRequest:
    """
    Attributes:
        county_code (str):
        month (str): the month: YYYY-MM (any day of it, YYYY-MM-DD, too)
    """

    county_code: str
    month: str

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        month = self.month

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "month": month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        month = d.pop("month")

        check_request = cls(
            county_code=county_code,
            month=month,
        )

        return check_request
