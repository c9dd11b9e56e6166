from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OversightBand")


@_attrs_define
class OversightBand:
    """A measured value within ``[from_value, to_value]`` (either end open when null) earns ``points_bp``.
    A ratio is measured in basis points (10000 = 100 %), days, counts and fen as they are, a survey as its
    mean score × 100 (0–10000). The first band that holds the value counts; none: 0 points.

        Attributes:
            points_bp (int): 0–100.00 points as 0–10000
            from_value (int | None | Unset):
            to_value (int | None | Unset):
    """

    points_bp: int
    from_value: int | None | Unset = UNSET
    to_value: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        points_bp = self.points_bp

        from_value: int | None | Unset
        if isinstance(self.from_value, Unset):
            from_value = UNSET
        else:
            from_value = self.from_value

        to_value: int | None | Unset
        if isinstance(self.to_value, Unset):
            to_value = UNSET
        else:
            to_value = self.to_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points_bp": points_bp,
            }
        )
        if from_value is not UNSET:
            field_dict["from_value"] = from_value
        if to_value is not UNSET:
            field_dict["to_value"] = to_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points_bp = d.pop("points_bp")

        def _parse_from_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_value = _parse_from_value(d.pop("from_value", UNSET))

        def _parse_to_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_value = _parse_to_value(d.pop("to_value", UNSET))

        oversight_band = cls(
            points_bp=points_bp,
            from_value=from_value,
            to_value=to_value,
        )

        return oversight_band
