from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.services_oversight_complaints_schemas_assignment_create_assignee_kind import (
    ServicesOversightComplaintsSchemasAssignmentCreateAssigneeKind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesOversightComplaintsSchemasAssignmentCreate")


@_attrs_define
class ServicesOversightComplaintsSchemasAssignmentCreate:
    """
    Attributes:
        assignee_kind (ServicesOversightComplaintsSchemasAssignmentCreateAssigneeKind):
        assigned_on (datetime.date):
        contractor_id (None | Unset | UUID): a contractor of the county
        officer (None | str | Unset): the bureau officer
        note (None | str | Unset):
    """

    assignee_kind: ServicesOversightComplaintsSchemasAssignmentCreateAssigneeKind
    assigned_on: datetime.date
    contractor_id: None | Unset | UUID = UNSET
    officer: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        assignee_kind = self.assignee_kind.value

        assigned_on = self.assigned_on.isoformat()

        contractor_id: None | str | Unset
        if isinstance(self.contractor_id, Unset):
            contractor_id = UNSET
        elif isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        officer: None | str | Unset
        if isinstance(self.officer, Unset):
            officer = UNSET
        else:
            officer = self.officer

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assignee_kind": assignee_kind,
                "assigned_on": assigned_on,
            }
        )
        if contractor_id is not UNSET:
            field_dict["contractor_id"] = contractor_id
        if officer is not UNSET:
            field_dict["officer"] = officer
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignee_kind = ServicesOversightComplaintsSchemasAssignmentCreateAssigneeKind(d.pop("assignee_kind"))

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        def _parse_contractor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contractor_id_type_0 = UUID(data)

                return contractor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contractor_id = _parse_contractor_id(d.pop("contractor_id", UNSET))

        def _parse_officer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        officer = _parse_officer(d.pop("officer", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        services_oversight_complaints_schemas_assignment_create = cls(
            assignee_kind=assignee_kind,
            assigned_on=assigned_on,
            contractor_id=contractor_id,
            officer=officer,
            note=note,
        )

        return services_oversight_complaints_schemas_assignment_create
