from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.revocation_create_reason import RevocationCreateReason

T = TypeVar("T", bound="RevocationCreate")


@_attrs_define
class RevocationCreate:
    """
    Attributes:
        reason (RevocationCreateReason): DECEASED: the person died (contractor or bureau); MISTAKEN: the bureau
            withdraws a conclusion that should not have been made (false materials, a wrong person, a procedural error)
        effective_on (datetime.date): no level from this day on: the day after death, or the conclusion's valid_from to
            void it from the start
        note (str):
    """

    reason: RevocationCreateReason
    effective_on: datetime.date
    note: str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        effective_on = self.effective_on.isoformat()

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "effective_on": effective_on,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = RevocationCreateReason(d.pop("reason"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        note = d.pop("note")

        revocation_create = cls(
            reason=reason,
            effective_on=effective_on,
            note=note,
        )

        return revocation_create
