from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_line_code import BudgetLineCode

T = TypeVar("T", bound="ExecutionLine")


@_attrs_define
class ExecutionLine:
    """
    Attributes:
        line (BudgetLineCode): The lines of a county's fund budget: income by source, expense by care mode. Each line
            but the
            ``other`` ones is the budget of one ledger account (execution compares them).
        budget_fen (int):
        actual_fen (int): from the ledger, 1 January to the end of the month
        execution_bp (int | None): actual ÷ budget in basis points; null when nothing budgeted
        projected_year_end_fen (int): actual ÷ months elapsed × 12
    """

    line: BudgetLineCode
    budget_fen: int
    actual_fen: int
    execution_bp: int | None
    projected_year_end_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line = self.line.value

        budget_fen = self.budget_fen

        actual_fen = self.actual_fen

        execution_bp: int | None
        execution_bp = self.execution_bp

        projected_year_end_fen = self.projected_year_end_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "budget_fen": budget_fen,
                "actual_fen": actual_fen,
                "execution_bp": execution_bp,
                "projected_year_end_fen": projected_year_end_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line = BudgetLineCode(d.pop("line"))

        budget_fen = d.pop("budget_fen")

        actual_fen = d.pop("actual_fen")

        def _parse_execution_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        execution_bp = _parse_execution_bp(d.pop("execution_bp"))

        projected_year_end_fen = d.pop("projected_year_end_fen")

        execution_line = cls(
            line=line,
            budget_fen=budget_fen,
            actual_fen=actual_fen,
            execution_bp=execution_bp,
            projected_year_end_fen=projected_year_end_fen,
        )

        execution_line.additional_properties = d
        return execution_line

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
