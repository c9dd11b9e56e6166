from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kpi_batch_item_status import KpiBatchItemStatus
from ..models.kpi_batch_item_subject_kind import KpiBatchItemSubjectKind

T = TypeVar("T", bound="KpiBatchItem")


@_attrs_define
class KpiBatchItem:
    """
    Attributes:
        id (UUID):
        subject_kind (KpiBatchItemSubjectKind):
        subject_id (str):
        status (KpiBatchItemStatus):
    """

    id: UUID
    subject_kind: KpiBatchItemSubjectKind
    subject_id: str
    status: KpiBatchItemStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        subject_kind = self.subject_kind.value

        subject_id = self.subject_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject_kind": subject_kind,
                "subject_id": subject_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        subject_kind = KpiBatchItemSubjectKind(d.pop("subject_kind"))

        subject_id = d.pop("subject_id")

        status = KpiBatchItemStatus(d.pop("status"))

        kpi_batch_item = cls(
            id=id,
            subject_kind=subject_kind,
            subject_id=subject_id,
            status=status,
        )

        kpi_batch_item.additional_properties = d
        return kpi_batch_item

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
