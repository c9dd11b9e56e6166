from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.self_grade_grade import SelfGradeGrade

T = TypeVar("T", bound="SelfGrade")


@_attrs_define
class SelfGrade:
    """
    Attributes:
        grade (SelfGradeGrade):
        pairs (list[list[int]]): (a, b): dependent activities of class a and b
        confirmed (bool):
    """

    grade: SelfGradeGrade
    pairs: list[list[int]]
    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        grade = self.grade.value

        pairs = []
        for pairs_item_data in self.pairs:
            pairs_item = []
            for pairs_item_item_data in pairs_item_data:
                pairs_item_item: int
                pairs_item_item = pairs_item_item_data
                pairs_item.append(pairs_item_item)

            pairs.append(pairs_item)

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grade": grade,
                "pairs": pairs,
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grade = SelfGradeGrade(d.pop("grade"))

        pairs = []
        _pairs = d.pop("pairs")
        for pairs_item_data in _pairs:
            pairs_item = []
            _pairs_item = pairs_item_data
            for pairs_item_item_data in _pairs_item:

                def _parse_pairs_item_item(data: object) -> int:
                    return cast(int, data)

                pairs_item_item = _parse_pairs_item_item(pairs_item_item_data)

                pairs_item.append(pairs_item_item)

            pairs.append(pairs_item)

        confirmed = d.pop("confirmed")

        self_grade = cls(
            grade=grade,
            pairs=pairs,
            confirmed=confirmed,
        )

        return self_grade
