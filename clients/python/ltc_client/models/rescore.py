from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Rescore")


@_attrs_define
class Rescore:
    """
    Attributes:
        indicator_code (str):
        points_bp (int):
    """

    indicator_code: str
    points_bp: int

    def to_dict(self) -> dict[str, Any]:
        indicator_code = self.indicator_code

        points_bp = self.points_bp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_code": indicator_code,
                "points_bp": points_bp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        points_bp = d.pop("points_bp")

        rescore = cls(
            indicator_code=indicator_code,
            points_bp=points_bp,
        )

        return rescore
