from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """
    Attributes:
        code (str):
        name (str):
        hours (int): class hours (学时)
        provider (str): the training provider (培训机构)
        created_by (str):
        created_at (datetime.datetime):
    """

    code: str
    name: str
    hours: int
    provider: str
    created_by: str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        hours = self.hours

        provider = self.provider

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "hours": hours,
                "provider": provider,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        hours = d.pop("hours")

        provider = d.pop("provider")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        course = cls(
            code=code,
            name=name,
            hours=hours,
            provider=provider,
            created_by=created_by,
            created_at=created_at,
        )

        return course
