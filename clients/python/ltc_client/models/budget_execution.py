from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_execution import CountyExecution


T = TypeVar("T", bound="BudgetExecution")


@_attrs_define
class BudgetExecution:
    """Budget execution (预算执行) to the end of ``month``, per county and for the city.

    Attributes:
        year (int):
        month (datetime.date):
        months_elapsed (int):
        counties (list[CountyExecution]):
        city (CountyExecution):
    """

    year: int
    month: datetime.date
    months_elapsed: int
    counties: list[CountyExecution]
    city: CountyExecution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        month = self.month.isoformat()

        months_elapsed = self.months_elapsed

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        city = self.city.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "month": month,
                "months_elapsed": months_elapsed,
                "counties": counties,
                "city": city,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_execution import CountyExecution

        d = dict(src_dict)
        year = d.pop("year")

        month = datetime.date.fromisoformat(d.pop("month"))

        months_elapsed = d.pop("months_elapsed")

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyExecution.from_dict(counties_item_data)

            counties.append(counties_item)

        city = CountyExecution.from_dict(d.pop("city"))

        budget_execution = cls(
            year=year,
            month=month,
            months_elapsed=months_elapsed,
            counties=counties,
            city=city,
        )

        budget_execution.additional_properties = d
        return budget_execution

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
