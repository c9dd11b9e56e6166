from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SharedIntakeReportRowError")


@_attrs_define
class SharedIntakeReportRowError:
    """
    Attributes:
        row_number (int): line of the file, the CSV header being line 1
        field (str):
        code (str):
        message (str):
    """

    row_number: int
    field: str
    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_number = self.row_number

        field = self.field

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_number": row_number,
                "field": field,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        row_number = d.pop("row_number")

        field = d.pop("field")

        code = d.pop("code")

        message = d.pop("message")

        shared_intake_report_row_error = cls(
            row_number=row_number,
            field=field,
            code=code,
            message=message,
        )

        shared_intake_report_row_error.additional_properties = d
        return shared_intake_report_row_error

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
