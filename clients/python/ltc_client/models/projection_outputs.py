from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_projection import CountyProjection


T = TypeVar("T", bound="ProjectionOutputs")


@_attrs_define
class ProjectionOutputs:
    """
    Attributes:
        months_replayed (list[str]):
        counties (list[CountyProjection]):
        city (CountyProjection):
    """

    months_replayed: list[str]
    counties: list[CountyProjection]
    city: CountyProjection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        months_replayed = self.months_replayed

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        city = self.city.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "months_replayed": months_replayed,
                "counties": counties,
                "city": city,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_projection import CountyProjection

        d = dict(src_dict)
        months_replayed = cast(list[str], d.pop("months_replayed"))

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyProjection.from_dict(counties_item_data)

            counties.append(counties_item)

        city = CountyProjection.from_dict(d.pop("city"))

        projection_outputs = cls(
            months_replayed=months_replayed,
            counties=counties,
            city=city,
        )

        projection_outputs.additional_properties = d
        return projection_outputs

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
