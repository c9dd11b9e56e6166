from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.band_indicator import BandIndicator

T = TypeVar("T", bound="Band")


@_attrs_define
class Band:
    """
    Attributes:
        indicator (BandIndicator):
        grade (int): 0 能力完好, 1 轻度受损, 2 中度受损, 3 重度受损
        min_total (int):
        max_total (int):
        confirmed (bool):
    """

    indicator: BandIndicator
    grade: int
    min_total: int
    max_total: int
    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator.value

        grade = self.grade

        min_total = self.min_total

        max_total = self.max_total

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator": indicator,
                "grade": grade,
                "min_total": min_total,
                "max_total": max_total,
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicator = BandIndicator(d.pop("indicator"))

        grade = d.pop("grade")

        min_total = d.pop("min_total")

        max_total = d.pop("max_total")

        confirmed = d.pop("confirmed")

        band = cls(
            indicator=indicator,
            grade=grade,
            min_total=min_total,
            max_total=max_total,
            confirmed=confirmed,
        )

        return band
