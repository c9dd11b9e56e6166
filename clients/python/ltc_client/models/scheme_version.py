from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemeVersion")


@_attrs_define
class SchemeVersion:
    """One version of a unit's scheme start; the newest is in force.

    Attributes:
        version (int): grows with every change
        scheme_start_on (datetime.date): the first day the unit is in the LTCI scheme
        basis (str): the document (and its words) the date rests on
        confirmed (bool): false: the basis does not confirm the date; replace it when known
        reason (str): why this version was recorded
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    version: int
    scheme_start_on: datetime.date
    basis: str
    confirmed: bool
    reason: str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        scheme_start_on = self.scheme_start_on.isoformat()

        basis = self.basis

        confirmed = self.confirmed

        reason = self.reason

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "scheme_start_on": scheme_start_on,
                "basis": basis,
                "confirmed": confirmed,
                "reason": reason,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version")

        scheme_start_on = datetime.date.fromisoformat(d.pop("scheme_start_on"))

        basis = d.pop("basis")

        confirmed = d.pop("confirmed")

        reason = d.pop("reason")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        scheme_version = cls(
            version=version,
            scheme_start_on=scheme_start_on,
            basis=basis,
            confirmed=confirmed,
            reason=reason,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        scheme_version.additional_properties = d
        return scheme_version

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
