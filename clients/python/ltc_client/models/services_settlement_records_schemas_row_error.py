from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServicesSettlementRecordsSchemasRowError")


@_attrs_define
class ServicesSettlementRecordsSchemasRowError:
    """
    Attributes:
        row_number (int):
        record_id (None | str):
        code (str):
        field (None | str):
        message (str):
    """

    row_number: int
    record_id: None | str
    code: str
    field: None | str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_number = self.row_number

        record_id: None | str
        record_id = self.record_id

        code = self.code

        field: None | str
        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_number": row_number,
                "record_id": record_id,
                "code": code,
                "field": field,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        row_number = d.pop("row_number")

        def _parse_record_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        record_id = _parse_record_id(d.pop("record_id"))

        code = d.pop("code")

        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))

        message = d.pop("message")

        services_settlement_records_schemas_row_error = cls(
            row_number=row_number,
            record_id=record_id,
            code=code,
            field=field,
            message=message,
        )

        services_settlement_records_schemas_row_error.additional_properties = d
        return services_settlement_records_schemas_row_error

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
