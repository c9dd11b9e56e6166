from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_out_items import ScoreOutItems


T = TypeVar("T", bound="ScoreOut")


@_attrs_define
class ScoreOut:
    """
    Attributes:
        expert_id (UUID):
        round_ (int):
        items (ScoreOutItems):
        adl_total (int):
        cognition_total (int):
        perception_total (int):
        level (int):
        rule_set_version (str):
    """

    expert_id: UUID
    round_: int
    items: ScoreOutItems
    adl_total: int
    cognition_total: int
    perception_total: int
    level: int
    rule_set_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expert_id = str(self.expert_id)

        round_ = self.round_

        items = self.items.to_dict()

        adl_total = self.adl_total

        cognition_total = self.cognition_total

        perception_total = self.perception_total

        level = self.level

        rule_set_version = self.rule_set_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert_id": expert_id,
                "round": round_,
                "items": items,
                "adl_total": adl_total,
                "cognition_total": cognition_total,
                "perception_total": perception_total,
                "level": level,
                "rule_set_version": rule_set_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_out_items import ScoreOutItems

        d = dict(src_dict)
        expert_id = UUID(d.pop("expert_id"))

        round_ = d.pop("round")

        items = ScoreOutItems.from_dict(d.pop("items"))

        adl_total = d.pop("adl_total")

        cognition_total = d.pop("cognition_total")

        perception_total = d.pop("perception_total")

        level = d.pop("level")

        rule_set_version = d.pop("rule_set_version")

        score_out = cls(
            expert_id=expert_id,
            round_=round_,
            items=items,
            adl_total=adl_total,
            cognition_total=cognition_total,
            perception_total=perception_total,
            level=level,
            rule_set_version=rule_set_version,
        )

        score_out.additional_properties = d
        return score_out

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
