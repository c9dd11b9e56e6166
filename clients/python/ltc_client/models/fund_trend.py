from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trend_month import TrendMonth


T = TypeVar("T", bound="FundTrend")


@_attrs_define
class FundTrend:
    """
    Attributes:
        month (datetime.date): the last month of the series (January of its year is the first)
        county_code (None | str):
        months (list[TrendMonth]):
    """

    month: datetime.date
    county_code: None | str
    months: list[TrendMonth]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month.isoformat()

        county_code: None | str
        county_code = self.county_code

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "county_code": county_code,
                "months": months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trend_month import TrendMonth

        d = dict(src_dict)
        month = datetime.date.fromisoformat(d.pop("month"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        months = []
        _months = d.pop("months")
        for months_item_data in _months:
            months_item = TrendMonth.from_dict(months_item_data)

            months.append(months_item)

        fund_trend = cls(
            month=month,
            county_code=county_code,
            months=months,
        )

        fund_trend.additional_properties = d
        return fund_trend

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
