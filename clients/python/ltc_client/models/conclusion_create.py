from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConclusionCreate")


@_attrs_define
class ConclusionCreate:
    """
    Attributes:
        confirming_expert_ids (list[UUID]): panel experts confirming the conclusion
        level (int | None | Unset): omit to confirm the computed level
        override_reason (None | str | Unset):
    """

    confirming_expert_ids: list[UUID]
    level: int | None | Unset = UNSET
    override_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        confirming_expert_ids = []
        for confirming_expert_ids_item_data in self.confirming_expert_ids:
            confirming_expert_ids_item = str(confirming_expert_ids_item_data)
            confirming_expert_ids.append(confirming_expert_ids_item)

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confirming_expert_ids": confirming_expert_ids,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirming_expert_ids = []
        _confirming_expert_ids = d.pop("confirming_expert_ids")
        for confirming_expert_ids_item_data in _confirming_expert_ids:
            confirming_expert_ids_item = UUID(confirming_expert_ids_item_data)

            confirming_expert_ids.append(confirming_expert_ids_item)

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))

        conclusion_create = cls(
            confirming_expert_ids=confirming_expert_ids,
            level=level,
            override_reason=override_reason,
        )

        return conclusion_create
