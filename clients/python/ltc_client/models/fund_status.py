from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_status import CountyStatus


T = TypeVar("T", bound="FundStatus")


@_attrs_define
class FundStatus:
    """
    Attributes:
        month (datetime.date):
        county_code (None | str):
        counties (list[CountyStatus]):
        total (CountyStatus):
        notes (list[str]):
    """

    month: datetime.date
    county_code: None | str
    counties: list[CountyStatus]
    total: CountyStatus
    notes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month.isoformat()

        county_code: None | str
        county_code = self.county_code

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        total = self.total.to_dict()

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "county_code": county_code,
                "counties": counties,
                "total": total,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_status import CountyStatus

        d = dict(src_dict)
        month = datetime.date.fromisoformat(d.pop("month"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyStatus.from_dict(counties_item_data)

            counties.append(counties_item)

        total = CountyStatus.from_dict(d.pop("total"))

        notes = cast(list[str], d.pop("notes"))

        fund_status = cls(
            month=month,
            county_code=county_code,
            counties=counties,
            total=total,
            notes=notes,
        )

        fund_status.additional_properties = d
        return fund_status

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
