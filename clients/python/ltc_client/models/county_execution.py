from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.execution_line import ExecutionLine


T = TypeVar("T", bound="CountyExecution")


@_attrs_define
class CountyExecution:
    """
    Attributes:
        county_code (str): a county, or `city` for the sum
        budget_version (int | None):
        lines (list[ExecutionLine]):
        income_budget_fen (int):
        income_actual_fen (int):
        expense_budget_fen (int):
        expense_actual_fen (int):
    """

    county_code: str
    budget_version: int | None
    lines: list[ExecutionLine]
    income_budget_fen: int
    income_actual_fen: int
    expense_budget_fen: int
    expense_actual_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        budget_version: int | None
        budget_version = self.budget_version

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        income_budget_fen = self.income_budget_fen

        income_actual_fen = self.income_actual_fen

        expense_budget_fen = self.expense_budget_fen

        expense_actual_fen = self.expense_actual_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "budget_version": budget_version,
                "lines": lines,
                "income_budget_fen": income_budget_fen,
                "income_actual_fen": income_actual_fen,
                "expense_budget_fen": expense_budget_fen,
                "expense_actual_fen": expense_actual_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.execution_line import ExecutionLine

        d = dict(src_dict)
        county_code = d.pop("county_code")

        def _parse_budget_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        budget_version = _parse_budget_version(d.pop("budget_version"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ExecutionLine.from_dict(lines_item_data)

            lines.append(lines_item)

        income_budget_fen = d.pop("income_budget_fen")

        income_actual_fen = d.pop("income_actual_fen")

        expense_budget_fen = d.pop("expense_budget_fen")

        expense_actual_fen = d.pop("expense_actual_fen")

        county_execution = cls(
            county_code=county_code,
            budget_version=budget_version,
            lines=lines,
            income_budget_fen=income_budget_fen,
            income_actual_fen=income_actual_fen,
            expense_budget_fen=expense_budget_fen,
            expense_actual_fen=expense_actual_fen,
        )

        county_execution.additional_properties = d
        return county_execution

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
