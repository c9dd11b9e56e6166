from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PanelDrawCreate")


@_attrs_define
class PanelDrawCreate:
    """
    Attributes:
        reason (None | str | Unset): required for a re-draw
        replaces_draw_id (None | Unset | UUID): required for a re-draw: the current draw
    """

    reason: None | str | Unset = UNSET
    replaces_draw_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        replaces_draw_id: None | str | Unset
        if isinstance(self.replaces_draw_id, Unset):
            replaces_draw_id = UNSET
        elif isinstance(self.replaces_draw_id, UUID):
            replaces_draw_id = str(self.replaces_draw_id)
        else:
            replaces_draw_id = self.replaces_draw_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if replaces_draw_id is not UNSET:
            field_dict["replaces_draw_id"] = replaces_draw_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_replaces_draw_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replaces_draw_id_type_0 = UUID(data)

                return replaces_draw_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        replaces_draw_id = _parse_replaces_draw_id(d.pop("replaces_draw_id", UNSET))

        panel_draw_create = cls(
            reason=reason,
            replaces_draw_id=replaces_draw_id,
        )

        return panel_draw_create
