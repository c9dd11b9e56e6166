from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Assignment")


@_attrs_define
class Assignment:
    """
    Attributes:
        indicator_code (str):
        evaluator_client_id (str):
        assigned_by (str):
        assigned_at (datetime.datetime):
    """

    indicator_code: str
    evaluator_client_id: str
    assigned_by: str
    assigned_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator_code = self.indicator_code

        evaluator_client_id = self.evaluator_client_id

        assigned_by = self.assigned_by

        assigned_at = self.assigned_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator_code": indicator_code,
                "evaluator_client_id": evaluator_client_id,
                "assigned_by": assigned_by,
                "assigned_at": assigned_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        evaluator_client_id = d.pop("evaluator_client_id")

        assigned_by = d.pop("assigned_by")

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))

        assignment = cls(
            indicator_code=indicator_code,
            evaluator_client_id=evaluator_client_id,
            assigned_by=assigned_by,
            assigned_at=assigned_at,
        )

        assignment.additional_properties = d
        return assignment

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
