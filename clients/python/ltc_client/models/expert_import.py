from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_error import ImportError_


T = TypeVar("T", bound="ExpertImport")


@_attrs_define
class ExpertImport:
    """
    Attributes:
        rows (int):
        created (int):
        updated (int):
        rejected (int):
        errors (list[ImportError_]):
    """

    rows: int
    created: int
    updated: int
    rejected: int
    errors: list[ImportError_]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        created = self.created

        updated = self.updated

        rejected = self.rejected

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "created": created,
                "updated": updated,
                "rejected": rejected,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_error import ImportError_

        d = dict(src_dict)
        rows = d.pop("rows")

        created = d.pop("created")

        updated = d.pop("updated")

        rejected = d.pop("rejected")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ImportError_.from_dict(errors_item_data)

            errors.append(errors_item)

        expert_import = cls(
            rows=rows,
            created=created,
            updated=updated,
            rejected=rejected,
            errors=errors,
        )

        expert_import.additional_properties = d
        return expert_import

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
