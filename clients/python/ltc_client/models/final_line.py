from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_line_code import BudgetLineCode

T = TypeVar("T", bound="FinalLine")


@_attrs_define
class FinalLine:
    """
    Attributes:
        line (BudgetLineCode): The lines of a county's fund budget: income by source, expense by care mode. Each line
            but the
            ``other`` ones is the budget of one ledger account (execution compares them).
        budget_fen (int): the approved budget's line (0 without a budget)
        final_fen (int): what the ledger shows for the year
        variance_fen (int): final − budget
    """

    line: BudgetLineCode
    budget_fen: int
    final_fen: int
    variance_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line = self.line.value

        budget_fen = self.budget_fen

        final_fen = self.final_fen

        variance_fen = self.variance_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "budget_fen": budget_fen,
                "final_fen": final_fen,
                "variance_fen": variance_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line = BudgetLineCode(d.pop("line"))

        budget_fen = d.pop("budget_fen")

        final_fen = d.pop("final_fen")

        variance_fen = d.pop("variance_fen")

        final_line = cls(
            line=line,
            budget_fen=budget_fen,
            final_fen=final_fen,
            variance_fen=variance_fen,
        )

        final_line.additional_properties = d
        return final_line

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
