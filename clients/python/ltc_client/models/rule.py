from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_version import RuleVersion


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """
    Attributes:
        key (str):
        current (RuleVersion):
        versions (list[RuleVersion]):
    """

    key: str
    current: RuleVersion
    versions: list[RuleVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        current = self.current.to_dict()

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "current": current,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rule_version import RuleVersion

        d = dict(src_dict)
        key = d.pop("key")

        current = RuleVersion.from_dict(d.pop("current"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = RuleVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        rule = cls(
            key=key,
            current=current,
            versions=versions,
        )

        rule.additional_properties = d
        return rule

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
