from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountyTransfer")


@_attrs_define
class CountyTransfer:
    """
    Attributes:
        from_county_code (str):
        county_code (str):
        effective_on (datetime.date):
        reason (str):
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    from_county_code: str
    county_code: str
    effective_on: datetime.date
    reason: str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_county_code = self.from_county_code

        county_code = self.county_code

        effective_on = self.effective_on.isoformat()

        reason = self.reason

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_county_code": from_county_code,
                "county_code": county_code,
                "effective_on": effective_on,
                "reason": reason,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_county_code = d.pop("from_county_code")

        county_code = d.pop("county_code")

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        reason = d.pop("reason")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        county_transfer = cls(
            from_county_code=from_county_code,
            county_code=county_code,
            effective_on=effective_on,
            reason=reason,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        county_transfer.additional_properties = d
        return county_transfer

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
