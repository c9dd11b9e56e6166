from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DryRunRequest")


@_attrs_define
class DryRunRequest:
    """
    Attributes:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset): one county; left out: every county
    """

    month: str
    county_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        month = d.pop("month")

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        dry_run_request = cls(
            month=month,
            county_code=county_code,
        )

        return dry_run_request
