from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_outcome_type_0 import CaseOutcomeType0
from ..models.case_source import CaseSource
from ..models.case_status import CaseStatus
from ..models.case_subject_kind import CaseSubjectKind

if TYPE_CHECKING:
    from ..models.case_status_change import CaseStatusChange
    from ..models.entry import Entry
    from ..models.oversight_recovery import OversightRecovery
    from ..models.sanction import Sanction


T = TypeVar("T", bound="Case")


@_attrs_define
class Case:
    """
    Attributes:
        id (UUID):
        number (str):
        subject_kind (CaseSubjectKind):
        institution_id (None | str): null for a contractor's case
        contractor_id (None | UUID): null for an institution's case
        contract_id (None | UUID): a contractor's case: the contract it concerns
        county_code (str): the institution's county, or the first of the contract's lot
        source (CaseSource):
        inspection_id (None | UUID):
        service_record_id (int | None):
        complaint_id (None | UUID):
        data_rule (None | str):
        summary (str):
        status (CaseStatus):
        outcome (CaseOutcomeType0 | None):
        decided_on (datetime.date | None):
        decision_reason (None | str):
        opened_on (datetime.date):
        status_history (list[CaseStatusChange]):
        entries (list[Entry]):
        sanctions (list[Sanction]):
        recoveries (list[OversightRecovery]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    number: str
    subject_kind: CaseSubjectKind
    institution_id: None | str
    contractor_id: None | UUID
    contract_id: None | UUID
    county_code: str
    source: CaseSource
    inspection_id: None | UUID
    service_record_id: int | None
    complaint_id: None | UUID
    data_rule: None | str
    summary: str
    status: CaseStatus
    outcome: CaseOutcomeType0 | None
    decided_on: datetime.date | None
    decision_reason: None | str
    opened_on: datetime.date
    status_history: list[CaseStatusChange]
    entries: list[Entry]
    sanctions: list[Sanction]
    recoveries: list[OversightRecovery]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        subject_kind = self.subject_kind.value

        institution_id: None | str
        institution_id = self.institution_id

        contractor_id: None | str
        if isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        contract_id: None | str
        if isinstance(self.contract_id, UUID):
            contract_id = str(self.contract_id)
        else:
            contract_id = self.contract_id

        county_code = self.county_code

        source = self.source.value

        inspection_id: None | str
        if isinstance(self.inspection_id, UUID):
            inspection_id = str(self.inspection_id)
        else:
            inspection_id = self.inspection_id

        service_record_id: int | None
        service_record_id = self.service_record_id

        complaint_id: None | str
        if isinstance(self.complaint_id, UUID):
            complaint_id = str(self.complaint_id)
        else:
            complaint_id = self.complaint_id

        data_rule: None | str
        data_rule = self.data_rule

        summary = self.summary

        status = self.status.value

        outcome: None | str
        if isinstance(self.outcome, CaseOutcomeType0):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        decision_reason: None | str
        decision_reason = self.decision_reason

        opened_on = self.opened_on.isoformat()

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item = sanctions_item_data.to_dict()
            sanctions.append(sanctions_item)

        recoveries = []
        for recoveries_item_data in self.recoveries:
            recoveries_item = recoveries_item_data.to_dict()
            recoveries.append(recoveries_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "subject_kind": subject_kind,
                "institution_id": institution_id,
                "contractor_id": contractor_id,
                "contract_id": contract_id,
                "county_code": county_code,
                "source": source,
                "inspection_id": inspection_id,
                "service_record_id": service_record_id,
                "complaint_id": complaint_id,
                "data_rule": data_rule,
                "summary": summary,
                "status": status,
                "outcome": outcome,
                "decided_on": decided_on,
                "decision_reason": decision_reason,
                "opened_on": opened_on,
                "status_history": status_history,
                "entries": entries,
                "sanctions": sanctions,
                "recoveries": recoveries,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_status_change import CaseStatusChange
        from ..models.entry import Entry
        from ..models.oversight_recovery import OversightRecovery
        from ..models.sanction import Sanction

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        subject_kind = CaseSubjectKind(d.pop("subject_kind"))

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

        def _parse_contract_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_id_type_0 = UUID(data)

                return contract_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contract_id = _parse_contract_id(d.pop("contract_id"))

        county_code = d.pop("county_code")

        source = CaseSource(d.pop("source"))

        def _parse_inspection_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inspection_id_type_0 = UUID(data)

                return inspection_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        inspection_id = _parse_inspection_id(d.pop("inspection_id"))

        def _parse_service_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        service_record_id = _parse_service_record_id(d.pop("service_record_id"))

        def _parse_complaint_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complaint_id_type_0 = UUID(data)

                return complaint_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id"))

        def _parse_data_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_rule = _parse_data_rule(d.pop("data_rule"))

        summary = d.pop("summary")

        status = CaseStatus(d.pop("status"))

        def _parse_outcome(data: object) -> CaseOutcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = CaseOutcomeType0(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseOutcomeType0 | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decided_on"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = CaseStatusChange.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = Entry.from_dict(entries_item_data)

            entries.append(entries_item)

        sanctions = []
        _sanctions = d.pop("sanctions")
        for sanctions_item_data in _sanctions:
            sanctions_item = Sanction.from_dict(sanctions_item_data)

            sanctions.append(sanctions_item)

        recoveries = []
        _recoveries = d.pop("recoveries")
        for recoveries_item_data in _recoveries:
            recoveries_item = OversightRecovery.from_dict(recoveries_item_data)

            recoveries.append(recoveries_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        case = cls(
            id=id,
            number=number,
            subject_kind=subject_kind,
            institution_id=institution_id,
            contractor_id=contractor_id,
            contract_id=contract_id,
            county_code=county_code,
            source=source,
            inspection_id=inspection_id,
            service_record_id=service_record_id,
            complaint_id=complaint_id,
            data_rule=data_rule,
            summary=summary,
            status=status,
            outcome=outcome,
            decided_on=decided_on,
            decision_reason=decision_reason,
            opened_on=opened_on,
            status_history=status_history,
            entries=entries,
            sanctions=sanctions,
            recoveries=recoveries,
            created_at=created_at,
            updated_at=updated_at,
        )

        case.additional_properties = d
        return case

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
