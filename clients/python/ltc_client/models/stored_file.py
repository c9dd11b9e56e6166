from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_file_media_type import StoredFileMediaType
from ..models.stored_file_parent_kind import StoredFileParentKind
from ..models.stored_file_purpose import StoredFilePurpose

T = TypeVar("T", bound="StoredFile")


@_attrs_define
class StoredFile:
    """A file's description; its bytes are at ``download``.

    Attributes:
        id (UUID):
        parent_kind (StoredFileParentKind):
        parent_id (UUID):
        purpose (StoredFilePurpose):
        filename (str):
        media_type (StoredFileMediaType): as its first bytes show it
        size_bytes (int):
        sha256 (str): hex SHA-256 of the bytes, as stored
        uploaded_by (str):
        uploaded_role (str):
        created_at (datetime.datetime):
        download (str): the path that answers the bytes (`Content-Disposition: attachment`)
    """

    id: UUID
    parent_kind: StoredFileParentKind
    parent_id: UUID
    purpose: StoredFilePurpose
    filename: str
    media_type: StoredFileMediaType
    size_bytes: int
    sha256: str
    uploaded_by: str
    uploaded_role: str
    created_at: datetime.datetime
    download: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        parent_kind = self.parent_kind.value

        parent_id = str(self.parent_id)

        purpose = self.purpose.value

        filename = self.filename

        media_type = self.media_type.value

        size_bytes = self.size_bytes

        sha256 = self.sha256

        uploaded_by = self.uploaded_by

        uploaded_role = self.uploaded_role

        created_at = self.created_at.isoformat()

        download = self.download

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent_kind": parent_kind,
                "parent_id": parent_id,
                "purpose": purpose,
                "filename": filename,
                "media_type": media_type,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "uploaded_by": uploaded_by,
                "uploaded_role": uploaded_role,
                "created_at": created_at,
                "download": download,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        parent_kind = StoredFileParentKind(d.pop("parent_kind"))

        parent_id = UUID(d.pop("parent_id"))

        purpose = StoredFilePurpose(d.pop("purpose"))

        filename = d.pop("filename")

        media_type = StoredFileMediaType(d.pop("media_type"))

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        uploaded_by = d.pop("uploaded_by")

        uploaded_role = d.pop("uploaded_role")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        download = d.pop("download")

        stored_file = cls(
            id=id,
            parent_kind=parent_kind,
            parent_id=parent_id,
            purpose=purpose,
            filename=filename,
            media_type=media_type,
            size_bytes=size_bytes,
            sha256=sha256,
            uploaded_by=uploaded_by,
            uploaded_role=uploaded_role,
            created_at=created_at,
            download=download,
        )

        stored_file.additional_properties = d
        return stored_file

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
