from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PointValue")


@_attrs_define
class PointValue:
    """
    Attributes:
        points (int):
        confirmed (bool):
        label (None | str | Unset):
    """

    points: int
    confirmed: bool
    label: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        confirmed = self.confirmed

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points": points,
                "confirmed": confirmed,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points = d.pop("points")

        confirmed = d.pop("confirmed")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        point_value = cls(
            points=points,
            confirmed=confirmed,
            label=label,
        )

        return point_value
