from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.level_share import LevelShare


T = TypeVar("T", bound="ExpertQuality")


@_attrs_define
class ExpertQuality:
    """
    Attributes:
        expert_id (UUID):
        assessments (int):
        reviewed (int): its assessments later re-assessed (objection or spot check)
        overturned (int):
        overturned_share (float | None):
        mean_level (float | None):
        peer_mean_level (float | None):
        level_distribution (list[LevelShare]):
        outlier (bool): mean level more than one level from its county peers' (≥ 5 assessments)
    """

    expert_id: UUID
    assessments: int
    reviewed: int
    overturned: int
    overturned_share: float | None
    mean_level: float | None
    peer_mean_level: float | None
    level_distribution: list[LevelShare]
    outlier: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expert_id = str(self.expert_id)

        assessments = self.assessments

        reviewed = self.reviewed

        overturned = self.overturned

        overturned_share: float | None
        overturned_share = self.overturned_share

        mean_level: float | None
        mean_level = self.mean_level

        peer_mean_level: float | None
        peer_mean_level = self.peer_mean_level

        level_distribution = []
        for level_distribution_item_data in self.level_distribution:
            level_distribution_item = level_distribution_item_data.to_dict()
            level_distribution.append(level_distribution_item)

        outlier = self.outlier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert_id": expert_id,
                "assessments": assessments,
                "reviewed": reviewed,
                "overturned": overturned,
                "overturned_share": overturned_share,
                "mean_level": mean_level,
                "peer_mean_level": peer_mean_level,
                "level_distribution": level_distribution,
                "outlier": outlier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.level_share import LevelShare

        d = dict(src_dict)
        expert_id = UUID(d.pop("expert_id"))

        assessments = d.pop("assessments")

        reviewed = d.pop("reviewed")

        overturned = d.pop("overturned")

        def _parse_overturned_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overturned_share = _parse_overturned_share(d.pop("overturned_share"))

        def _parse_mean_level(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_level = _parse_mean_level(d.pop("mean_level"))

        def _parse_peer_mean_level(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_mean_level = _parse_peer_mean_level(d.pop("peer_mean_level"))

        level_distribution = []
        _level_distribution = d.pop("level_distribution")
        for level_distribution_item_data in _level_distribution:
            level_distribution_item = LevelShare.from_dict(level_distribution_item_data)

            level_distribution.append(level_distribution_item)

        outlier = d.pop("outlier")

        expert_quality = cls(
            expert_id=expert_id,
            assessments=assessments,
            reviewed=reviewed,
            overturned=overturned,
            overturned_share=overturned_share,
            mean_level=mean_level,
            peer_mean_level=peer_mean_level,
            level_distribution=level_distribution,
            outlier=outlier,
        )

        expert_quality.additional_properties = d
        return expert_quality

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
