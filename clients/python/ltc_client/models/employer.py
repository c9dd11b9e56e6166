from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Employer")


@_attrs_define
class Employer:
    """
    Attributes:
        credit_code (str):
        name (str):
        county_code (str):
        created_at (datetime.datetime):
    """

    credit_code: str
    name: str
    county_code: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_code = self.credit_code

        name = self.name

        county_code = self.county_code

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_code": credit_code,
                "name": name,
                "county_code": county_code,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credit_code = d.pop("credit_code")

        name = d.pop("name")

        county_code = d.pop("county_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        employer = cls(
            credit_code=credit_code,
            name=name,
            county_code=county_code,
            created_at=created_at,
        )

        employer.additional_properties = d
        return employer

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
