from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LevelCell")


@_attrs_define
class LevelCell:
    """
    Attributes:
        adl_grade (int):
        other_grade (int): the worse of the cognition and perception grades
        level (int):
        confirmed (bool):
    """

    adl_grade: int
    other_grade: int
    level: int
    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        adl_grade = self.adl_grade

        other_grade = self.other_grade

        level = self.level

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adl_grade": adl_grade,
                "other_grade": other_grade,
                "level": level,
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        adl_grade = d.pop("adl_grade")

        other_grade = d.pop("other_grade")

        level = d.pop("level")

        confirmed = d.pop("confirmed")

        level_cell = cls(
            adl_grade=adl_grade,
            other_grade=other_grade,
            level=level,
            confirmed=confirmed,
        )

        return level_cell
