from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_create_items import ScoreCreateItems


T = TypeVar("T", bound="ScoreCreate")


@_attrs_define
class ScoreCreate:
    """
    Attributes:
        expert_id (UUID):
        items (ScoreCreateItems): the 17 items of the scale, item code → points
        visit_minutes (int | None | Unset):
    """

    expert_id: UUID
    items: ScoreCreateItems
    visit_minutes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expert_id = str(self.expert_id)

        items = self.items.to_dict()

        visit_minutes: int | None | Unset
        if isinstance(self.visit_minutes, Unset):
            visit_minutes = UNSET
        else:
            visit_minutes = self.visit_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expert_id": expert_id,
                "items": items,
            }
        )
        if visit_minutes is not UNSET:
            field_dict["visit_minutes"] = visit_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_create_items import ScoreCreateItems

        d = dict(src_dict)
        expert_id = UUID(d.pop("expert_id"))

        items = ScoreCreateItems.from_dict(d.pop("items"))

        def _parse_visit_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visit_minutes = _parse_visit_minutes(d.pop("visit_minutes", UNSET))

        score_create = cls(
            expert_id=expert_id,
            items=items,
            visit_minutes=visit_minutes,
        )

        return score_create
