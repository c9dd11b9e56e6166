from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inspection_rectification_status import InspectionRectificationStatus

if TYPE_CHECKING:
    from ..models.oversight_finding import OversightFinding
    from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument


T = TypeVar("T", bound="Inspection")


@_attrs_define
class Inspection:
    """
    Attributes:
        id (UUID):
        plan_id (None | UUID):
        institution_id (str):
        county_code (str):
        visited_on (datetime.date):
        inspectors (list[str]):
        findings (list[OversightFinding]):
        documents (list[ServicesOversightCasesSchemasDocument]):
        rectification_due_on (datetime.date | None):
        rectification_status (InspectionRectificationStatus):
        overdue (bool): pending past its deadline
        followed_up_on (datetime.date | None):
        follow_up_note (None | str):
        case_id (None | UUID):
        note (None | str):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    plan_id: None | UUID
    institution_id: str
    county_code: str
    visited_on: datetime.date
    inspectors: list[str]
    findings: list[OversightFinding]
    documents: list[ServicesOversightCasesSchemasDocument]
    rectification_due_on: datetime.date | None
    rectification_status: InspectionRectificationStatus
    overdue: bool
    followed_up_on: datetime.date | None
    follow_up_note: None | str
    case_id: None | UUID
    note: None | str
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        plan_id: None | str
        if isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        institution_id = self.institution_id

        county_code = self.county_code

        visited_on = self.visited_on.isoformat()

        inspectors = self.inspectors

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        rectification_due_on: None | str
        if isinstance(self.rectification_due_on, datetime.date):
            rectification_due_on = self.rectification_due_on.isoformat()
        else:
            rectification_due_on = self.rectification_due_on

        rectification_status = self.rectification_status.value

        overdue = self.overdue

        followed_up_on: None | str
        if isinstance(self.followed_up_on, datetime.date):
            followed_up_on = self.followed_up_on.isoformat()
        else:
            followed_up_on = self.followed_up_on

        follow_up_note: None | str
        follow_up_note = self.follow_up_note

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        note: None | str
        note = self.note

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "institution_id": institution_id,
                "county_code": county_code,
                "visited_on": visited_on,
                "inspectors": inspectors,
                "findings": findings,
                "documents": documents,
                "rectification_due_on": rectification_due_on,
                "rectification_status": rectification_status,
                "overdue": overdue,
                "followed_up_on": followed_up_on,
                "follow_up_note": follow_up_note,
                "case_id": case_id,
                "note": note,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oversight_finding import OversightFinding
        from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        institution_id = d.pop("institution_id")

        county_code = d.pop("county_code")

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        inspectors = cast(list[str], d.pop("inspectors"))

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = OversightFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = ServicesOversightCasesSchemasDocument.from_dict(documents_item_data)

            documents.append(documents_item)

        def _parse_rectification_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectification_due_on_type_0 = datetime.date.fromisoformat(data)

                return rectification_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rectification_due_on = _parse_rectification_due_on(d.pop("rectification_due_on"))

        rectification_status = InspectionRectificationStatus(d.pop("rectification_status"))

        overdue = d.pop("overdue")

        def _parse_followed_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                followed_up_on_type_0 = datetime.date.fromisoformat(data)

                return followed_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        followed_up_on = _parse_followed_up_on(d.pop("followed_up_on"))

        def _parse_follow_up_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        follow_up_note = _parse_follow_up_note(d.pop("follow_up_note"))

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

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        inspection = cls(
            id=id,
            plan_id=plan_id,
            institution_id=institution_id,
            county_code=county_code,
            visited_on=visited_on,
            inspectors=inspectors,
            findings=findings,
            documents=documents,
            rectification_due_on=rectification_due_on,
            rectification_status=rectification_status,
            overdue=overdue,
            followed_up_on=followed_up_on,
            follow_up_note=follow_up_note,
            case_id=case_id,
            note=note,
            created_by=created_by,
            created_at=created_at,
        )

        inspection.additional_properties = d
        return inspection

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
