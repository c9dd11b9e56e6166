from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """
    Attributes:
        course_code (str):
        held_on (datetime.date): the day of the exam (考核)
        place (str):
        id (UUID):
        created_by (str):
        created_at (datetime.datetime):
    """

    course_code: str
    held_on: datetime.date
    place: str
    id: UUID
    created_by: str
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        held_on = self.held_on.isoformat()

        place = self.place

        id = str(self.id)

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "course_code": course_code,
                "held_on": held_on,
                "place": place,
                "id": id,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course_code = d.pop("course_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        id = UUID(d.pop("id"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        session = cls(
            course_code=course_code,
            held_on=held_on,
            place=place,
            id=id,
            created_by=created_by,
            created_at=created_at,
        )

        return session
