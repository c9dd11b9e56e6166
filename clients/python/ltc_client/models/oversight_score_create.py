from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OversightScoreCreate")


@_attrs_define
class OversightScoreCreate:
    """
    Attributes:
        indicator_code (str):
        points_bp (int): 0–100.00 points as 0–10000
        note (None | str | Unset):
    """

    indicator_code: str
    points_bp: int
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        indicator_code = self.indicator_code

        points_bp = self.points_bp

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_code": indicator_code,
                "points_bp": points_bp,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        points_bp = d.pop("points_bp")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        oversight_score_create = cls(
            indicator_code=indicator_code,
            points_bp=points_bp,
            note=note,
        )

        return oversight_score_create
