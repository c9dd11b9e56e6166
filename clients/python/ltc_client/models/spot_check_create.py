from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotCheckCreate")


@_attrs_define
class SpotCheckCreate:
    """
    Attributes:
        sample_size (int):
        county_code (None | str | Unset):
    """

    sample_size: int
    county_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sample_size = self.sample_size

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sample_size": sample_size,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sample_size = d.pop("sample_size")

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        spot_check_create = cls(
            sample_size=sample_size,
            county_code=county_code,
        )

        return spot_check_create
