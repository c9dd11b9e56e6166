from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LevelShare")


@_attrs_define
class LevelShare:
    """
    Attributes:
        level (int):
        expert_share (float):
        peer_share (float):
    """

    level: int
    expert_share: float
    peer_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        expert_share = self.expert_share

        peer_share = self.peer_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "expert_share": expert_share,
                "peer_share": peer_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = d.pop("level")

        expert_share = d.pop("expert_share")

        peer_share = d.pop("peer_share")

        level_share = cls(
            level=level,
            expert_share=expert_share,
            peer_share=peer_share,
        )

        level_share.additional_properties = d
        return level_share

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
