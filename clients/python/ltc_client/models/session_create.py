from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SessionCreate")


@_attrs_define
class SessionCreate:
    """
    Attributes:
        course_code (str):
        held_on (datetime.date): the day of the exam (考核)
        place (str):
    """

    course_code: str
    held_on: datetime.date
    place: str

    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        held_on = self.held_on.isoformat()

        place = self.place

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "course_code": course_code,
                "held_on": held_on,
                "place": place,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_code = d.pop("course_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        session_create = cls(
            course_code=course_code,
            held_on=held_on,
            place=place,
        )

        return session_create
