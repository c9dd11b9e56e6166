from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_import_format import SurveyImportFormat

T = TypeVar("T", bound="SurveyImport")


@_attrs_define
class SurveyImport:
    """
    Attributes:
        id (UUID):
        evaluation_id (UUID):
        format_ (SurveyImportFormat):
        imported_by (str):
        rows_total (int):
        rows_created (int): responses recorded
        rows_unchanged (int): the same respondent's answer to the indicator was recorded before
        rows_failed (int): rows refused; see the error report
        created_at (datetime.datetime):
    """

    id: UUID
    evaluation_id: UUID
    format_: SurveyImportFormat
    imported_by: str
    rows_total: int
    rows_created: int
    rows_unchanged: int
    rows_failed: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        evaluation_id = str(self.evaluation_id)

        format_ = self.format_.value

        imported_by = self.imported_by

        rows_total = self.rows_total

        rows_created = self.rows_created

        rows_unchanged = self.rows_unchanged

        rows_failed = self.rows_failed

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "evaluation_id": evaluation_id,
                "format": format_,
                "imported_by": imported_by,
                "rows_total": rows_total,
                "rows_created": rows_created,
                "rows_unchanged": rows_unchanged,
                "rows_failed": rows_failed,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        evaluation_id = UUID(d.pop("evaluation_id"))

        format_ = SurveyImportFormat(d.pop("format"))

        imported_by = d.pop("imported_by")

        rows_total = d.pop("rows_total")

        rows_created = d.pop("rows_created")

        rows_unchanged = d.pop("rows_unchanged")

        rows_failed = d.pop("rows_failed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        survey_import = cls(
            id=id,
            evaluation_id=evaluation_id,
            format_=format_,
            imported_by=imported_by,
            rows_total=rows_total,
            rows_created=rows_created,
            rows_unchanged=rows_unchanged,
            rows_failed=rows_failed,
            created_at=created_at,
        )

        survey_import.additional_properties = d
        return survey_import

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
