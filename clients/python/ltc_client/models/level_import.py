from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_import_format import LevelImportFormat
from ..models.level_import_status import LevelImportStatus

T = TypeVar("T", bound="LevelImport")


@_attrs_define
class LevelImport:
    """
    Attributes:
        id (UUID):
        format_ (LevelImportFormat):
        status (LevelImportStatus):
        imported_by (str): the API client that sent the file
        rows_total (int): data lines in the file (blank lines and the CSV header not counted)
        rows_created (int): levels brought into force
        rows_unchanged (int): the same reference with the same content was imported before
        rows_failed (int): rows refused; see the error report
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
    """

    id: UUID
    format_: LevelImportFormat
    status: LevelImportStatus
    imported_by: str
    rows_total: int
    rows_created: int
    rows_unchanged: int
    rows_failed: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        format_ = self.format_.value

        status = self.status.value

        imported_by = self.imported_by

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
                "format": format_,
                "status": status,
                "imported_by": imported_by,
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

        format_ = LevelImportFormat(d.pop("format"))

        status = LevelImportStatus(d.pop("status"))

        imported_by = d.pop("imported_by")

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

        level_import = cls(
            id=id,
            format_=format_,
            status=status,
            imported_by=imported_by,
            rows_total=rows_total,
            rows_created=rows_created,
            rows_unchanged=rows_unchanged,
            rows_failed=rows_failed,
            created_at=created_at,
            finished_at=finished_at,
        )

        level_import.additional_properties = d
        return level_import

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
