from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssessmentStatusChange")


@_attrs_define
class AssessmentStatusChange:
    """
    Attributes:
        status (str):
        effective_on (datetime.date):
        reason (None | str):
        changed_by (str):
    """

    status: str
    effective_on: datetime.date
    reason: None | str
    changed_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        effective_on = self.effective_on.isoformat()

        reason: None | str
        reason = self.reason

        changed_by = self.changed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "effective_on": effective_on,
                "reason": reason,
                "changed_by": changed_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        changed_by = d.pop("changed_by")

        assessment_status_change = cls(
            status=status,
            effective_on=effective_on,
            reason=reason,
            changed_by=changed_by,
        )

        assessment_status_change.additional_properties = d
        return assessment_status_change

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
