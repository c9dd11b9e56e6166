from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.services_oversight_complaints_schemas_step_step import (
    ServicesOversightComplaintsSchemasStepStep,
)

T = TypeVar("T", bound="ServicesOversightComplaintsSchemasStep")


@_attrs_define
class ServicesOversightComplaintsSchemasStep:
    """
    Attributes:
        step (ServicesOversightComplaintsSchemasStepStep):
        on (datetime.date):
        note (None | str):
        due_on (datetime.date | None): the deadline of the step this one opened
        by (str):
        at (datetime.datetime):
    """

    step: ServicesOversightComplaintsSchemasStepStep
    on: datetime.date
    note: None | str
    due_on: datetime.date | None
    by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step.value

        on = self.on.isoformat()

        note: None | str
        note = self.note

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        by = self.by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "on": on,
                "note": note,
                "due_on": due_on,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step = ServicesOversightComplaintsSchemasStepStep(d.pop("step"))

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        services_oversight_complaints_schemas_step = cls(
            step=step,
            on=on,
            note=note,
            due_on=due_on,
            by=by,
            at=at,
        )

        services_oversight_complaints_schemas_step.additional_properties = d
        return services_oversight_complaints_schemas_step

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
