from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InsuredTarget")


@_attrs_define
class InsuredTarget:
    """
    Attributes:
        year (int):
        employee_insured (int): employee medical-insurance participants (persons)
        target_assured (int): LTCI participants the plan must reach (确保数)
        target_stretch (int): LTCI participants the plan strives for (力争数)
        source (str):
    """

    year: int
    employee_insured: int
    target_assured: int
    target_stretch: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        employee_insured = self.employee_insured

        target_assured = self.target_assured

        target_stretch = self.target_stretch

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "employee_insured": employee_insured,
                "target_assured": target_assured,
                "target_stretch": target_stretch,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        employee_insured = d.pop("employee_insured")

        target_assured = d.pop("target_assured")

        target_stretch = d.pop("target_stretch")

        source = d.pop("source")

        insured_target = cls(
            year=year,
            employee_insured=employee_insured,
            target_assured=target_assured,
            target_stretch=target_stretch,
            source=source,
        )

        insured_target.additional_properties = d
        return insured_target

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
