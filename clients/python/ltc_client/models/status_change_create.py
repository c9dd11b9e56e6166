from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.status_change_create_status import StatusChangeCreateStatus

T = TypeVar("T", bound="StatusChangeCreate")


@_attrs_define
class StatusChangeCreate:
    """
    Attributes:
        status (StatusChangeCreateStatus):
        effective_on (datetime.date):
        reason (str):
    """

    status: StatusChangeCreateStatus
    effective_on: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        effective_on = self.effective_on.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "effective_on": effective_on,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = StatusChangeCreateStatus(d.pop("status"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        reason = d.pop("reason")

        status_change_create = cls(
            status=status,
            effective_on=effective_on,
            reason=reason,
        )

        return status_change_create
