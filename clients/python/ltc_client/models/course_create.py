from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CourseCreate")


@_attrs_define
class CourseCreate:
    """
    Attributes:
        code (str):
        name (str):
        hours (int): class hours (学时)
        provider (str): the training provider (培训机构)
    """

    code: str
    name: str
    hours: int
    provider: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        hours = self.hours

        provider = self.provider

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "hours": hours,
                "provider": provider,
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

        course_create = cls(
            code=code,
            name=name,
            hours=hours,
            provider=provider,
        )

        return course_create
