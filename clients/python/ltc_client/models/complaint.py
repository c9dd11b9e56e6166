from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_assignee_kind_type_0 import ComplaintAssigneeKindType0
from ..models.complaint_channel import ComplaintChannel
from ..models.complaint_status import ComplaintStatus

if TYPE_CHECKING:
    from ..models.services_oversight_complaints_schemas_step import ServicesOversightComplaintsSchemasStep


T = TypeVar("T", bound="Complaint")


@_attrs_define
class Complaint:
    """
    Attributes:
        id (UUID):
        number (str):
        channel (ComplaintChannel):
        complainant_name (str): masked (张*) but to the bureau
        complainant_phone (None | str): masked (138****1234) but to the bureau
        county_code (str):
        institution_id (None | str):
        contractor_id (None | UUID):
        summary (str):
        received_on (datetime.date):
        status (ComplaintStatus):
        assignee_kind (ComplaintAssigneeKindType0 | None):
        assignee_contractor_id (None | UUID):
        assignee_officer (None | str):
        step_due_on (datetime.date | None): the deadline of the current step (rule data)
        due_on (datetime.date): closed on time when closed by this day (rule `complaint.close_days`)
        overdue (bool): the current step is past its deadline
        result (None | str):
        closed_on (datetime.date | None):
        closed_on_time (bool | None): null while open
        reopened (int): times a follow-up found the complainant not satisfied
        supervised (int): times the bureau pressed it (督办)
        case_id (None | UUID): the case it opened, if any
        steps (list[ServicesOversightComplaintsSchemasStep]):
        created_at (datetime.datetime):
    """

    id: UUID
    number: str
    channel: ComplaintChannel
    complainant_name: str
    complainant_phone: None | str
    county_code: str
    institution_id: None | str
    contractor_id: None | UUID
    summary: str
    received_on: datetime.date
    status: ComplaintStatus
    assignee_kind: ComplaintAssigneeKindType0 | None
    assignee_contractor_id: None | UUID
    assignee_officer: None | str
    step_due_on: datetime.date | None
    due_on: datetime.date
    overdue: bool
    result: None | str
    closed_on: datetime.date | None
    closed_on_time: bool | None
    reopened: int
    supervised: int
    case_id: None | UUID
    steps: list[ServicesOversightComplaintsSchemasStep]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        channel = self.channel.value

        complainant_name = self.complainant_name

        complainant_phone: None | str
        complainant_phone = self.complainant_phone

        county_code = self.county_code

        institution_id: None | str
        institution_id = self.institution_id

        contractor_id: None | str
        if isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        summary = self.summary

        received_on = self.received_on.isoformat()

        status = self.status.value

        assignee_kind: None | str
        if isinstance(self.assignee_kind, ComplaintAssigneeKindType0):
            assignee_kind = self.assignee_kind.value
        else:
            assignee_kind = self.assignee_kind

        assignee_contractor_id: None | str
        if isinstance(self.assignee_contractor_id, UUID):
            assignee_contractor_id = str(self.assignee_contractor_id)
        else:
            assignee_contractor_id = self.assignee_contractor_id

        assignee_officer: None | str
        assignee_officer = self.assignee_officer

        step_due_on: None | str
        if isinstance(self.step_due_on, datetime.date):
            step_due_on = self.step_due_on.isoformat()
        else:
            step_due_on = self.step_due_on

        due_on = self.due_on.isoformat()

        overdue = self.overdue

        result: None | str
        result = self.result

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        closed_on_time: bool | None
        closed_on_time = self.closed_on_time

        reopened = self.reopened

        supervised = self.supervised

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "channel": channel,
                "complainant_name": complainant_name,
                "complainant_phone": complainant_phone,
                "county_code": county_code,
                "institution_id": institution_id,
                "contractor_id": contractor_id,
                "summary": summary,
                "received_on": received_on,
                "status": status,
                "assignee_kind": assignee_kind,
                "assignee_contractor_id": assignee_contractor_id,
                "assignee_officer": assignee_officer,
                "step_due_on": step_due_on,
                "due_on": due_on,
                "overdue": overdue,
                "result": result,
                "closed_on": closed_on,
                "closed_on_time": closed_on_time,
                "reopened": reopened,
                "supervised": supervised,
                "case_id": case_id,
                "steps": steps,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_oversight_complaints_schemas_step import ServicesOversightComplaintsSchemasStep

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        channel = ComplaintChannel(d.pop("channel"))

        complainant_name = d.pop("complainant_name")

        def _parse_complainant_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complainant_phone = _parse_complainant_phone(d.pop("complainant_phone"))

        county_code = d.pop("county_code")

        def _parse_institution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        institution_id = _parse_institution_id(d.pop("institution_id"))

        def _parse_contractor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contractor_id_type_0 = UUID(data)

                return contractor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contractor_id = _parse_contractor_id(d.pop("contractor_id"))

        summary = d.pop("summary")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        status = ComplaintStatus(d.pop("status"))

        def _parse_assignee_kind(data: object) -> ComplaintAssigneeKindType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_kind_type_0 = ComplaintAssigneeKindType0(data)

                return assignee_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplaintAssigneeKindType0 | None, data)

        assignee_kind = _parse_assignee_kind(d.pop("assignee_kind"))

        def _parse_assignee_contractor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_contractor_id_type_0 = UUID(data)

                return assignee_contractor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_contractor_id = _parse_assignee_contractor_id(d.pop("assignee_contractor_id"))

        def _parse_assignee_officer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee_officer = _parse_assignee_officer(d.pop("assignee_officer"))

        def _parse_step_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                step_due_on_type_0 = datetime.date.fromisoformat(data)

                return step_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        step_due_on = _parse_step_due_on(d.pop("step_due_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        overdue = d.pop("overdue")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_closed_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        closed_on_time = _parse_closed_on_time(d.pop("closed_on_time"))

        reopened = d.pop("reopened")

        supervised = d.pop("supervised")

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ServicesOversightComplaintsSchemasStep.from_dict(steps_item_data)

            steps.append(steps_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        complaint = cls(
            id=id,
            number=number,
            channel=channel,
            complainant_name=complainant_name,
            complainant_phone=complainant_phone,
            county_code=county_code,
            institution_id=institution_id,
            contractor_id=contractor_id,
            summary=summary,
            received_on=received_on,
            status=status,
            assignee_kind=assignee_kind,
            assignee_contractor_id=assignee_contractor_id,
            assignee_officer=assignee_officer,
            step_due_on=step_due_on,
            due_on=due_on,
            overdue=overdue,
            result=result,
            closed_on=closed_on,
            closed_on_time=closed_on_time,
            reopened=reopened,
            supervised=supervised,
            case_id=case_id,
            steps=steps,
            created_at=created_at,
        )

        complaint.additional_properties = d
        return complaint

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
