from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument


T = TypeVar("T", bound="EntryCreate")


@_attrs_define
class EntryCreate:
    """
    Attributes:
        text (str):
        documents (list[ServicesOversightCasesSchemasDocument] | Unset):
    """

    text: str
    documents: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_oversight_cases_schemas_document import ServicesOversightCasesSchemasDocument

        d = dict(src_dict)
        text = d.pop("text")

        _documents = d.pop("documents", UNSET)
        documents: list[ServicesOversightCasesSchemasDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = ServicesOversightCasesSchemasDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        entry_create = cls(
            text=text,
            documents=documents,
        )

        return entry_create
