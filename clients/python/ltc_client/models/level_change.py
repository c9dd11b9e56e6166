from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LevelChange")


@_attrs_define
class LevelChange:
    """
    Attributes:
        county_code (str):
        from_level (int):
        to_level (int):
        persons (int):
    """

    county_code: str
    from_level: int
    to_level: int
    persons: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        from_level = self.from_level

        to_level = self.to_level

        persons = self.persons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "from_level": from_level,
                "to_level": to_level,
                "persons": persons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        from_level = d.pop("from_level")

        to_level = d.pop("to_level")

        persons = d.pop("persons")

        level_change = cls(
            county_code=county_code,
            from_level=from_level,
            to_level=to_level,
            persons=persons,
        )

        level_change.additional_properties = d
        return level_change

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
