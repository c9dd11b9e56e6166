from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RuleVersion")


@_attrs_define
class RuleVersion:
    """
    Attributes:
        key (str):
        version (int):
        value (int):
        unit (str):
        description (str):
        confirmed (bool):
        source (str):
        effective_from (datetime.date):
        created_by (str):
        created_at (datetime.datetime):
    """

    key: str
    version: int
    value: int
    unit: str
    description: str
    confirmed: bool
    source: str
    effective_from: datetime.date
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        version = self.version

        value = self.value

        unit = self.unit

        description = self.description

        confirmed = self.confirmed

        source = self.source

        effective_from = self.effective_from.isoformat()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "version": version,
                "value": value,
                "unit": unit,
                "description": description,
                "confirmed": confirmed,
                "source": source,
                "effective_from": effective_from,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        version = d.pop("version")

        value = d.pop("value")

        unit = d.pop("unit")

        description = d.pop("description")

        confirmed = d.pop("confirmed")

        source = d.pop("source")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        rule_version = cls(
            key=key,
            version=version,
            value=value,
            unit=unit,
            description=description,
            confirmed=confirmed,
            source=source,
            effective_from=effective_from,
            created_by=created_by,
            created_at=created_at,
        )

        rule_version.additional_properties = d
        return rule_version

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
