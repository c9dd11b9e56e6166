from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.named_day import NamedDay


T = TypeVar("T", bound="WorkingCalendar")


@_attrs_define
class WorkingCalendar:
    """
    Attributes:
        holidays (list[NamedDay]): days off that would otherwise be working days
        makeup_workdays (list[NamedDay]): weekend days that are working days (调休上班)
        year (int):
        working_days (int):
        source (str):
    """

    holidays: list[NamedDay]
    makeup_workdays: list[NamedDay]
    year: int
    working_days: int
    source: str

    def to_dict(self) -> dict[str, Any]:
        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.to_dict()
            holidays.append(holidays_item)

        makeup_workdays = []
        for makeup_workdays_item_data in self.makeup_workdays:
            makeup_workdays_item = makeup_workdays_item_data.to_dict()
            makeup_workdays.append(makeup_workdays_item)

        year = self.year

        working_days = self.working_days

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "holidays": holidays,
                "makeup_workdays": makeup_workdays,
                "year": year,
                "working_days": working_days,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_day import NamedDay

        d = dict(src_dict)
        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in _holidays:
            holidays_item = NamedDay.from_dict(holidays_item_data)

            holidays.append(holidays_item)

        makeup_workdays = []
        _makeup_workdays = d.pop("makeup_workdays")
        for makeup_workdays_item_data in _makeup_workdays:
            makeup_workdays_item = NamedDay.from_dict(makeup_workdays_item_data)

            makeup_workdays.append(makeup_workdays_item)

        year = d.pop("year")

        working_days = d.pop("working_days")

        source = d.pop("source")

        working_calendar = cls(
            holidays=holidays,
            makeup_workdays=makeup_workdays,
            year=year,
            working_days=working_days,
            source=source,
        )

        return working_calendar
