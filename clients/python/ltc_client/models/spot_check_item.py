from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpotCheckItem")


@_attrs_define
class SpotCheckItem:
    """
    Attributes:
        checked_conclusion_id (UUID):
        application_id (UUID):
        status (str):
        checked_level (int):
        new_level (int | None):
        finding (str): pending / confirmed / mismatch
    """

    checked_conclusion_id: UUID
    application_id: UUID
    status: str
    checked_level: int
    new_level: int | None
    finding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_conclusion_id = str(self.checked_conclusion_id)

        application_id = str(self.application_id)

        status = self.status

        checked_level = self.checked_level

        new_level: int | None
        new_level = self.new_level

        finding = self.finding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked_conclusion_id": checked_conclusion_id,
                "application_id": application_id,
                "status": status,
                "checked_level": checked_level,
                "new_level": new_level,
                "finding": finding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checked_conclusion_id = UUID(d.pop("checked_conclusion_id"))

        application_id = UUID(d.pop("application_id"))

        status = d.pop("status")

        checked_level = d.pop("checked_level")

        def _parse_new_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        new_level = _parse_new_level(d.pop("new_level"))

        finding = d.pop("finding")

        spot_check_item = cls(
            checked_conclusion_id=checked_conclusion_id,
            application_id=application_id,
            status=status,
            checked_level=checked_level,
            new_level=new_level,
            finding=finding,
        )

        spot_check_item.additional_properties = d
        return spot_check_item

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
