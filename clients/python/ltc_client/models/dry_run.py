from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_dry_run import CountyDryRun
    from ..models.level_change import LevelChange


T = TypeVar("T", bound="DryRun")


@_attrs_define
class DryRun:
    """
    Attributes:
        version (str):
        compared (int): conclusions in force replayed
        changed (int):
        changes (list[LevelChange]):
        counties (list[CountyDryRun]):
    """

    version: str
    compared: int
    changed: int
    changes: list[LevelChange]
    counties: list[CountyDryRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        compared = self.compared

        changed = self.changed

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "compared": compared,
                "changed": changed,
                "changes": changes,
                "counties": counties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_dry_run import CountyDryRun
        from ..models.level_change import LevelChange

        d = dict(src_dict)
        version = d.pop("version")

        compared = d.pop("compared")

        changed = d.pop("changed")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = LevelChange.from_dict(changes_item_data)

            changes.append(changes_item)

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyDryRun.from_dict(counties_item_data)

            counties.append(counties_item)

        dry_run = cls(
            version=version,
            compared=compared,
            changed=changed,
            changes=changes,
            counties=counties,
        )

        dry_run.additional_properties = d
        return dry_run

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
