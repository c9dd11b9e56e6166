from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.services_oversight_inspections_schemas_follow_up_create_outcome import (
    ServicesOversightInspectionsSchemasFollowUpCreateOutcome,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesOversightInspectionsSchemasFollowUpCreate")


@_attrs_define
class ServicesOversightInspectionsSchemasFollowUpCreate:
    """
    Attributes:
        outcome (ServicesOversightInspectionsSchemasFollowUpCreateOutcome):
        checked_on (datetime.date):
        note (None | str | Unset):
        open_case (bool | Unset): not rectified: open a case from the findings Default: False.
        case_summary (None | str | Unset):
    """

    outcome: ServicesOversightInspectionsSchemasFollowUpCreateOutcome
    checked_on: datetime.date
    note: None | str | Unset = UNSET
    open_case: bool | Unset = False
    case_summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        checked_on = self.checked_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        open_case = self.open_case

        case_summary: None | str | Unset
        if isinstance(self.case_summary, Unset):
            case_summary = UNSET
        else:
            case_summary = self.case_summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "checked_on": checked_on,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if open_case is not UNSET:
            field_dict["open_case"] = open_case
        if case_summary is not UNSET:
            field_dict["case_summary"] = case_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = ServicesOversightInspectionsSchemasFollowUpCreateOutcome(d.pop("outcome"))

        checked_on = datetime.date.fromisoformat(d.pop("checked_on"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        open_case = d.pop("open_case", UNSET)

        def _parse_case_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_summary = _parse_case_summary(d.pop("case_summary", UNSET))

        services_oversight_inspections_schemas_follow_up_create = cls(
            outcome=outcome,
            checked_on=checked_on,
            note=note,
            open_case=open_case,
            case_summary=case_summary,
        )

        return services_oversight_inspections_schemas_follow_up_create
