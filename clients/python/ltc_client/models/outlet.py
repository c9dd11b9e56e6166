from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Outlet")


@_attrs_define
class Outlet:
    """A service outlet (服务网点) in an accounting county.

    Attributes:
        county_code (str):
        name (str):
        address (str):
        phone (None | str | Unset):
    """

    county_code: str
    name: str
    address: str
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        name = self.name

        address = self.address

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "name": name,
                "address": address,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        name = d.pop("name")

        address = d.pop("address")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        outlet = cls(
            county_code=county_code,
            name=name,
            address=address,
            phone=phone,
        )

        return outlet
