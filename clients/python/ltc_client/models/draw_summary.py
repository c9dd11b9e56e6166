from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DrawSummary")


@_attrs_define
class DrawSummary:
    """
    Attributes:
        id (UUID):
        round_ (int):
        current (bool):
        panel (list[str]):
        reason (None | str):
        drawn_at (datetime.datetime):
    """

    id: UUID
    round_: int
    current: bool
    panel: list[str]
    reason: None | str
    drawn_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        round_ = self.round_

        current = self.current

        panel = self.panel

        reason: None | str
        reason = self.reason

        drawn_at = self.drawn_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "round": round_,
                "current": current,
                "panel": panel,
                "reason": reason,
                "drawn_at": drawn_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        round_ = d.pop("round")

        current = d.pop("current")

        panel = cast(list[str], d.pop("panel"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        drawn_at = datetime.datetime.fromisoformat(d.pop("drawn_at"))

        draw_summary = cls(
            id=id,
            round_=round_,
            current=current,
            panel=panel,
            reason=reason,
            drawn_at=drawn_at,
        )

        draw_summary.additional_properties = d
        return draw_summary

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
