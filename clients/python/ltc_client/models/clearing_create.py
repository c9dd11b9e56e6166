from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forfeiture import Forfeiture


T = TypeVar("T", bound="ClearingCreate")


@_attrs_define
class ClearingCreate:
    """
    Attributes:
        county_code (str):
        year (int):
        forfeitures (list[Forfeiture] | Unset): quality deposits kept by the fund (poor service); every other deposit
            held is released
    """

    county_code: str
    year: int
    forfeitures: list[Forfeiture] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        year = self.year

        forfeitures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.forfeitures, Unset):
            forfeitures = []
            for forfeitures_item_data in self.forfeitures:
                forfeitures_item = forfeitures_item_data.to_dict()
                forfeitures.append(forfeitures_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "year": year,
            }
        )
        if forfeitures is not UNSET:
            field_dict["forfeitures"] = forfeitures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forfeiture import Forfeiture

        d = dict(src_dict)
        county_code = d.pop("county_code")

        year = d.pop("year")

        _forfeitures = d.pop("forfeitures", UNSET)
        forfeitures: list[Forfeiture] | Unset = UNSET
        if _forfeitures is not UNSET:
            forfeitures = []
            for forfeitures_item_data in _forfeitures:
                forfeitures_item = Forfeiture.from_dict(forfeitures_item_data)

                forfeitures.append(forfeitures_item)

        clearing_create = cls(
            county_code=county_code,
            year=year,
            forfeitures=forfeitures,
        )

        return clearing_create
