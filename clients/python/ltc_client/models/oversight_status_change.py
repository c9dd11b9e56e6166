from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oversight_status_change_from_status_type_0 import OversightStatusChangeFromStatusType0
from ..models.oversight_status_change_to_status import OversightStatusChangeToStatus

T = TypeVar("T", bound="OversightStatusChange")


@_attrs_define
class OversightStatusChange:
    """
    Attributes:
        from_status (None | OversightStatusChangeFromStatusType0):
        to_status (OversightStatusChangeToStatus):
        effective_on (datetime.date):
        reason (None | str):
        changed_by (str):
        changed_at (datetime.datetime):
    """

    from_status: None | OversightStatusChangeFromStatusType0
    to_status: OversightStatusChangeToStatus
    effective_on: datetime.date
    reason: None | str
    changed_by: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_status: None | str
        if isinstance(self.from_status, OversightStatusChangeFromStatusType0):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        effective_on = self.effective_on.isoformat()

        reason: None | str
        reason = self.reason

        changed_by = self.changed_by

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_status": from_status,
                "to_status": to_status,
                "effective_on": effective_on,
                "reason": reason,
                "changed_by": changed_by,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_from_status(data: object) -> None | OversightStatusChangeFromStatusType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = OversightStatusChangeFromStatusType0(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OversightStatusChangeFromStatusType0, data)

        from_status = _parse_from_status(d.pop("from_status"))

        to_status = OversightStatusChangeToStatus(d.pop("to_status"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        changed_by = d.pop("changed_by")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        oversight_status_change = cls(
            from_status=from_status,
            to_status=to_status,
            effective_on=effective_on,
            reason=reason,
            changed_by=changed_by,
            changed_at=changed_at,
        )

        oversight_status_change.additional_properties = d
        return oversight_status_change

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
