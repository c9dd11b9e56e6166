from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.services_oversight_evaluations_schemas_step_status import (
    ServicesOversightEvaluationsSchemasStepStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesOversightEvaluationsSchemasStep")


@_attrs_define
class ServicesOversightEvaluationsSchemasStep:
    """
    Attributes:
        status (ServicesOversightEvaluationsSchemasStepStatus):
        by (str):
        at (datetime.datetime):
        note (None | str | Unset):
    """

    status: ServicesOversightEvaluationsSchemasStepStatus
    by: str
    at: datetime.datetime
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        by = self.by

        at = self.at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "by": by,
                "at": at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ServicesOversightEvaluationsSchemasStepStatus(d.pop("status"))

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        services_oversight_evaluations_schemas_step = cls(
            status=status,
            by=by,
            at=at,
            note=note,
        )

        services_oversight_evaluations_schemas_step.additional_properties = d
        return services_oversight_evaluations_schemas_step

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
