from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.activity_activity_class import ActivityActivityClass

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """
    Attributes:
        code (str):
        label (str):
        activity_class (ActivityActivityClass):
    """

    code: str
    label: str
    activity_class: ActivityActivityClass

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        activity_class = self.activity_class.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "label": label,
                "activity_class": activity_class,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        activity_class = ActivityActivityClass(d.pop("activity_class"))

        activity = cls(
            code=code,
            label=label,
            activity_class=activity_class,
        )

        return activity
