from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulletinTarget")


@_attrs_define
class BulletinTarget:
    """One version of a target the bulletin measures against (versioned reference data).

    Attributes:
        code (str):
        version (int):
        title (str):
        value (int): persons (city_insured) or institutions per county
        due_on (datetime.date): by when
        institution_kinds (list[str]): the institution kinds counted (institution targets)
        confirmed (bool):
        rule_source (str): where the value comes from (the seed's words)
        reason (None | str):
        created_by (str):
        created_at (datetime.datetime):
    """

    code: str
    version: int
    title: str
    value: int
    due_on: datetime.date
    institution_kinds: list[str]
    confirmed: bool
    rule_source: str
    reason: None | str
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        version = self.version

        title = self.title

        value = self.value

        due_on = self.due_on.isoformat()

        institution_kinds = self.institution_kinds

        confirmed = self.confirmed

        rule_source = self.rule_source

        reason: None | str
        reason = self.reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "version": version,
                "title": title,
                "value": value,
                "due_on": due_on,
                "institution_kinds": institution_kinds,
                "confirmed": confirmed,
                "rule_source": rule_source,
                "reason": reason,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        version = d.pop("version")

        title = d.pop("title")

        value = d.pop("value")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        institution_kinds = cast(list[str], d.pop("institution_kinds"))

        confirmed = d.pop("confirmed")

        rule_source = d.pop("rule_source")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        bulletin_target = cls(
            code=code,
            version=version,
            title=title,
            value=value,
            due_on=due_on,
            institution_kinds=institution_kinds,
            confirmed=confirmed,
            rule_source=rule_source,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
        )

        bulletin_target.additional_properties = d
        return bulletin_target

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
