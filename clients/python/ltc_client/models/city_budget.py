from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_line import BudgetLine
    from ..models.county_budget import CountyBudget


T = TypeVar("T", bound="CityBudget")


@_attrs_define
class CityBudget:
    """The city's budget: the sum of the counties' approved versions (全市统一编制).

    Attributes:
        year (int):
        counties_approved (int):
        counties_without_budget (list[str]):
        lines (list[BudgetLine]):
        income_fen (int):
        expense_fen (int):
        result_fen (int):
        counties (list[CountyBudget]):
    """

    year: int
    counties_approved: int
    counties_without_budget: list[str]
    lines: list[BudgetLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    counties: list[CountyBudget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        counties_approved = self.counties_approved

        counties_without_budget = self.counties_without_budget

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        income_fen = self.income_fen

        expense_fen = self.expense_fen

        result_fen = self.result_fen

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "counties_approved": counties_approved,
                "counties_without_budget": counties_without_budget,
                "lines": lines,
                "income_fen": income_fen,
                "expense_fen": expense_fen,
                "result_fen": result_fen,
                "counties": counties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_line import BudgetLine
        from ..models.county_budget import CountyBudget

        d = dict(src_dict)
        year = d.pop("year")

        counties_approved = d.pop("counties_approved")

        counties_without_budget = cast(list[str], d.pop("counties_without_budget"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLine.from_dict(lines_item_data)

            lines.append(lines_item)

        income_fen = d.pop("income_fen")

        expense_fen = d.pop("expense_fen")

        result_fen = d.pop("result_fen")

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyBudget.from_dict(counties_item_data)

            counties.append(counties_item)

        city_budget = cls(
            year=year,
            counties_approved=counties_approved,
            counties_without_budget=counties_without_budget,
            lines=lines,
            income_fen=income_fen,
            expense_fen=expense_fen,
            result_fen=result_fen,
            counties=counties,
        )

        city_budget.additional_properties = d
        return city_budget

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
