from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.qualification_condition import QualificationCondition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_oversight_contractors_schemas_document import (
        ServicesOversightContractorsSchemasDocument,
    )


T = TypeVar("T", bound="Qualification")


@_attrs_define
class Qualification:
    """
    Attributes:
        condition (QualificationCondition):
        met (bool):
        documents (list[ServicesOversightContractorsSchemasDocument] | Unset):
        note (None | str | Unset):
    """

    condition: QualificationCondition
    met: bool
    documents: list[ServicesOversightContractorsSchemasDocument] | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition.value

        met = self.met

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "condition": condition,
                "met": met,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_oversight_contractors_schemas_document import (
            ServicesOversightContractorsSchemasDocument,
        )

        d = dict(src_dict)
        condition = QualificationCondition(d.pop("condition"))

        met = d.pop("met")

        _documents = d.pop("documents", UNSET)
        documents: list[ServicesOversightContractorsSchemasDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = ServicesOversightContractorsSchemasDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        qualification = cls(
            condition=condition,
            met=met,
            documents=documents,
            note=note,
        )

        return qualification
