from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.case_create_source import CaseCreateSource
from ..models.case_create_subject_kind import CaseCreateSubjectKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument


T = TypeVar("T", bound="CaseCreate")


@_attrs_define
class CaseCreate:
    """
    Attributes:
        source (CaseCreateSource): finding, review, complaint or data_rule
        summary (str):
        subject_kind (CaseCreateSubjectKind | Unset): an institution (协议护理机构, `institution_id`) or a contractor (商保经办机构)
            under one of its contracts (`contract_id`; the bureau's only) Default: CaseCreateSubjectKind.INSTITUTION.
        institution_id (None | str | Unset):
        contract_id (None | Unset | UUID): a contractor's case: the contract its conduct was under
        inspection_id (None | Unset | UUID): the visit whose finding it is
        service_record_id (int | None | Unset): the reviewed service record
        complaint_id (None | Unset | UUID):
        data_rule (None | str | Unset): the data rule that flagged it
        evidence (list[ServicesOversightCasesSchemasDocument] | Unset):
    """

    source: CaseCreateSource
    summary: str
    subject_kind: CaseCreateSubjectKind | Unset = CaseCreateSubjectKind.INSTITUTION
    institution_id: None | str | Unset = UNSET
    contract_id: None | Unset | UUID = UNSET
    inspection_id: None | Unset | UUID = UNSET
    service_record_id: int | None | Unset = UNSET
    complaint_id: None | Unset | UUID = UNSET
    data_rule: None | str | Unset = UNSET
    evidence: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        summary = self.summary

        subject_kind: str | Unset = UNSET
        if not isinstance(self.subject_kind, Unset):
            subject_kind = self.subject_kind.value

        institution_id: None | str | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        elif isinstance(self.contract_id, UUID):
            contract_id = str(self.contract_id)
        else:
            contract_id = self.contract_id

        inspection_id: None | str | Unset
        if isinstance(self.inspection_id, Unset):
            inspection_id = UNSET
        elif isinstance(self.inspection_id, UUID):
            inspection_id = str(self.inspection_id)
        else:
            inspection_id = self.inspection_id

        service_record_id: int | None | Unset
        if isinstance(self.service_record_id, Unset):
            service_record_id = UNSET
        else:
            service_record_id = self.service_record_id

        complaint_id: None | str | Unset
        if isinstance(self.complaint_id, Unset):
            complaint_id = UNSET
        elif isinstance(self.complaint_id, UUID):
            complaint_id = str(self.complaint_id)
        else:
            complaint_id = self.complaint_id

        data_rule: None | str | Unset
        if isinstance(self.data_rule, Unset):
            data_rule = UNSET
        else:
            data_rule = self.data_rule

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "summary": summary,
            }
        )
        if subject_kind is not UNSET:
            field_dict["subject_kind"] = subject_kind
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if inspection_id is not UNSET:
            field_dict["inspection_id"] = inspection_id
        if service_record_id is not UNSET:
            field_dict["service_record_id"] = service_record_id
        if complaint_id is not UNSET:
            field_dict["complaint_id"] = complaint_id
        if data_rule is not UNSET:
            field_dict["data_rule"] = data_rule
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument

        d = dict(src_dict)
        source = CaseCreateSource(d.pop("source"))

        summary = d.pop("summary")

        _subject_kind = d.pop("subject_kind", UNSET)
        subject_kind: CaseCreateSubjectKind | Unset
        if isinstance(_subject_kind, Unset):
            subject_kind = UNSET
        else:
            subject_kind = CaseCreateSubjectKind(_subject_kind)

        def _parse_institution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_id = _parse_institution_id(d.pop("institution_id", UNSET))

        def _parse_contract_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_id_type_0 = UUID(data)

                return contract_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_inspection_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inspection_id_type_0 = UUID(data)

                return inspection_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        inspection_id = _parse_inspection_id(d.pop("inspection_id", UNSET))

        def _parse_service_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_record_id = _parse_service_record_id(d.pop("service_record_id", UNSET))

        def _parse_complaint_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complaint_id_type_0 = UUID(data)

                return complaint_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id", UNSET))

        def _parse_data_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_rule = _parse_data_rule(d.pop("data_rule", UNSET))

        _evidence = d.pop("evidence", UNSET)
        evidence: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = ServicesOversightCasesSchemasDocument.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        case_create = cls(
            source=source,
            summary=summary,
            subject_kind=subject_kind,
            institution_id=institution_id,
            contract_id=contract_id,
            inspection_id=inspection_id,
            service_record_id=service_record_id,
            complaint_id=complaint_id,
            data_rule=data_rule,
            evidence=evidence,
        )

        return case_create
