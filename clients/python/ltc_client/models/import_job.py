from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_job_format import ImportJobFormat
from ..models.import_job_kind import ImportJobKind
from ..models.import_job_status import ImportJobStatus

T = TypeVar("T", bound="ImportJob")


@_attrs_define
class ImportJob:
    """
    Attributes:
        id (UUID):
        kind (ImportJobKind):
        format_ (ImportJobFormat):
        status (ImportJobStatus):
        content_sha256 (None | str): of the bytes received; the same file gives the same digest
        bytes_received (int):
        rows_total (int): data lines in the file (blank lines and the CSV header not counted)
        rows_created (int):
        rows_unchanged (int): rows that match what is stored already: nothing to do
        rows_failed (int): rows refused; see the error report
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
    """

    id: UUID
    kind: ImportJobKind
    format_: ImportJobFormat
    status: ImportJobStatus
    content_sha256: None | str
    bytes_received: int
    rows_total: int
    rows_created: int
    rows_unchanged: int
    rows_failed: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        format_ = self.format_.value

        status = self.status.value

        content_sha256: None | str
        content_sha256 = self.content_sha256

        bytes_received = self.bytes_received

        rows_total = self.rows_total

        rows_created = self.rows_created

        rows_unchanged = self.rows_unchanged

        rows_failed = self.rows_failed

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "format": format_,
                "status": status,
                "content_sha256": content_sha256,
                "bytes_received": bytes_received,
                "rows_total": rows_total,
                "rows_created": rows_created,
                "rows_unchanged": rows_unchanged,
                "rows_failed": rows_failed,
                "created_at": created_at,
                "finished_at": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = ImportJobKind(d.pop("kind"))

        format_ = ImportJobFormat(d.pop("format"))

        status = ImportJobStatus(d.pop("status"))

        def _parse_content_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_sha256 = _parse_content_sha256(d.pop("content_sha256"))

        bytes_received = d.pop("bytes_received")

        rows_total = d.pop("rows_total")

        rows_created = d.pop("rows_created")

        rows_unchanged = d.pop("rows_unchanged")

        rows_failed = d.pop("rows_failed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        import_job = cls(
            id=id,
            kind=kind,
            format_=format_,
            status=status,
            content_sha256=content_sha256,
            bytes_received=bytes_received,
            rows_total=rows_total,
            rows_created=rows_created,
            rows_unchanged=rows_unchanged,
            rows_failed=rows_failed,
            created_at=created_at,
            finished_at=finished_at,
        )

        import_job.additional_properties = d
        return import_job

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
