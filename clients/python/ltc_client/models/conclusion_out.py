from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConclusionOut")


@_attrs_define
class ConclusionOut:
    """
    Attributes:
        id (UUID):
        round_ (int):
        computed_level (int):
        level (int):
        override_reason (None | str):
        rule_set_version (str):
        concluded_on (datetime.date):
        valid_from (datetime.date):
        valid_to (datetime.date):
        status (str):
    """

    id: UUID
    round_: int
    computed_level: int
    level: int
    override_reason: None | str
    rule_set_version: str
    concluded_on: datetime.date
    valid_from: datetime.date
    valid_to: datetime.date
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        round_ = self.round_

        computed_level = self.computed_level

        level = self.level

        override_reason: None | str
        override_reason = self.override_reason

        rule_set_version = self.rule_set_version

        concluded_on = self.concluded_on.isoformat()

        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "round": round_,
                "computed_level": computed_level,
                "level": level,
                "override_reason": override_reason,
                "rule_set_version": rule_set_version,
                "concluded_on": concluded_on,
                "valid_from": valid_from,
                "valid_to": valid_to,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        round_ = d.pop("round")

        computed_level = d.pop("computed_level")

        level = d.pop("level")

        def _parse_override_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        override_reason = _parse_override_reason(d.pop("override_reason"))

        rule_set_version = d.pop("rule_set_version")

        concluded_on = datetime.date.fromisoformat(d.pop("concluded_on"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_to = datetime.date.fromisoformat(d.pop("valid_to"))

        status = d.pop("status")

        conclusion_out = cls(
            id=id,
            round_=round_,
            computed_level=computed_level,
            level=level,
            override_reason=override_reason,
            rule_set_version=rule_set_version,
            concluded_on=concluded_on,
            valid_from=valid_from,
            valid_to=valid_to,
            status=status,
        )

        conclusion_out.additional_properties = d
        return conclusion_out

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
