from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_kind import EntryKind

if TYPE_CHECKING:
    from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument


T = TypeVar("T", bound="Entry")


@_attrs_define
class Entry:
    """
    Attributes:
        kind (EntryKind):
        text (str):
        documents (list[ServicesOversightCasesSchemasDocument]):
        recorded_by (str):
        recorded_role (str):
        recorded_at (datetime.datetime):
    """

    kind: EntryKind
    text: str
    documents: list[ServicesOversightCasesSchemasDocument]
    recorded_by: str
    recorded_role: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        text = self.text

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        recorded_by = self.recorded_by

        recorded_role = self.recorded_role

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "text": text,
                "documents": documents,
                "recorded_by": recorded_by,
                "recorded_role": recorded_role,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument

        d = dict(src_dict)
        kind = EntryKind(d.pop("kind"))

        text = d.pop("text")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = ServicesOversightCasesSchemasDocument.from_dict(documents_item_data)

            documents.append(documents_item)

        recorded_by = d.pop("recorded_by")

        recorded_role = d.pop("recorded_role")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        entry = cls(
            kind=kind,
            text=text,
            documents=documents,
            recorded_by=recorded_by,
            recorded_role=recorded_role,
            recorded_at=recorded_at,
        )

        entry.additional_properties = d
        return entry

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
