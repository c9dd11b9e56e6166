from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.spot_check_item import SpotCheckItem


T = TypeVar("T", bound="SpotCheck")


@_attrs_define
class SpotCheck:
    """
    Attributes:
        id (UUID):
        county_code (None | str):
        seed (str):
        requested_size (int):
        population (int):
        created_at (datetime.datetime):
        items (list[SpotCheckItem]):
    """

    id: UUID
    county_code: None | str
    seed: str
    requested_size: int
    population: int
    created_at: datetime.datetime
    items: list[SpotCheckItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code: None | str
        county_code = self.county_code

        seed = self.seed

        requested_size = self.requested_size

        population = self.population

        created_at = self.created_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "county_code": county_code,
                "seed": seed,
                "requested_size": requested_size,
                "population": population,
                "created_at": created_at,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_check_item import SpotCheckItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        seed = d.pop("seed")

        requested_size = d.pop("requested_size")

        population = d.pop("population")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SpotCheckItem.from_dict(items_item_data)

            items.append(items_item)

        spot_check = cls(
            id=id,
            county_code=county_code,
            seed=seed,
            requested_size=requested_size,
            population=population,
            created_at=created_at,
            items=items,
        )

        spot_check.additional_properties = d
        return spot_check

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
