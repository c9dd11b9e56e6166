from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesOversightComplaintsSchemasFollowUpCreate")


@_attrs_define
class ServicesOversightComplaintsSchemasFollowUpCreate:
    """
    Attributes:
        satisfied (bool):
        followed_up_on (datetime.date):
        note (None | str | Unset):
    """

    satisfied: bool
    followed_up_on: datetime.date
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        satisfied = self.satisfied

        followed_up_on = self.followed_up_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "satisfied": satisfied,
                "followed_up_on": followed_up_on,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        satisfied = d.pop("satisfied")

        followed_up_on = datetime.date.fromisoformat(d.pop("followed_up_on"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        services_oversight_complaints_schemas_follow_up_create = cls(
            satisfied=satisfied,
            followed_up_on=followed_up_on,
            note=note,
        )

        return services_oversight_complaints_schemas_follow_up_create
