from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_status import CountyStatus


T = TypeVar("T", bound="TrendMonth")


@_attrs_define
class TrendMonth:
    """
    Attributes:
        month (datetime.date):
        total (CountyStatus):
    """

    month: datetime.date
    total: CountyStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month.isoformat()

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_status import CountyStatus

        d = dict(src_dict)
        month = datetime.date.fromisoformat(d.pop("month"))

        total = CountyStatus.from_dict(d.pop("total"))

        trend_month = cls(
            month=month,
            total=total,
        )

        trend_month.additional_properties = d
        return trend_month

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
