from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oversight_finding import OversightFinding
    from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument


T = TypeVar("T", bound="InspectionCreate")


@_attrs_define
class InspectionCreate:
    """
    Attributes:
        institution_id (str):
        visited_on (datetime.date):
        inspectors (list[str]):
        plan_id (None | Unset | UUID): the plan the visit belongs to
        findings (list[OversightFinding] | Unset):
        documents (list[ServicesOversightCasesSchemasDocument] | Unset): documents and photos
        rectification_due_on (datetime.date | None | Unset): when findings call for rectification; default: the visit +
            rule `inspection.rectification_days`
        note (None | str | Unset):
    """

    institution_id: str
    visited_on: datetime.date
    inspectors: list[str]
    plan_id: None | Unset | UUID = UNSET
    findings: list[OversightFinding] | Unset = UNSET
    documents: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET
    rectification_due_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        visited_on = self.visited_on.isoformat()

        inspectors = self.inspectors

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        rectification_due_on: None | str | Unset
        if isinstance(self.rectification_due_on, Unset):
            rectification_due_on = UNSET
        elif isinstance(self.rectification_due_on, datetime.date):
            rectification_due_on = self.rectification_due_on.isoformat()
        else:
            rectification_due_on = self.rectification_due_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "institution_id": institution_id,
                "visited_on": visited_on,
                "inspectors": inspectors,
            }
        )
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if findings is not UNSET:
            field_dict["findings"] = findings
        if documents is not UNSET:
            field_dict["documents"] = documents
        if rectification_due_on is not UNSET:
            field_dict["rectification_due_on"] = rectification_due_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oversight_finding import OversightFinding
        from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument

        d = dict(src_dict)
        institution_id = d.pop("institution_id")

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        inspectors = cast(list[str], d.pop("inspectors"))

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        _findings = d.pop("findings", UNSET)
        findings: list[OversightFinding] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = OversightFinding.from_dict(findings_item_data)

                findings.append(findings_item)

        _documents = d.pop("documents", UNSET)
        documents: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = ServicesOversightCasesSchemasDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        def _parse_rectification_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectification_due_on_type_0 = datetime.date.fromisoformat(data)

                return rectification_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        rectification_due_on = _parse_rectification_due_on(d.pop("rectification_due_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        inspection_create = cls(
            institution_id=institution_id,
            visited_on=visited_on,
            inspectors=inspectors,
            plan_id=plan_id,
            findings=findings,
            documents=documents,
            rectification_due_on=rectification_due_on,
            note=note,
        )

        return inspection_create
