from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_line_code import BudgetLineCode

T = TypeVar("T", bound="BudgetLine")


@_attrs_define
class BudgetLine:
    """
    Attributes:
        line (BudgetLineCode): The lines of a county's fund budget: income by source, expense by care mode. Each line
            but the
            ``other`` ones is the budget of one ledger account (execution compares them).
        amount_fen (int):
    """

    line: BudgetLineCode
    amount_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line = self.line.value

        amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "amount_fen": amount_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line = BudgetLineCode(d.pop("line"))

        amount_fen = d.pop("amount_fen")

        budget_line = cls(
            line=line,
            amount_fen=amount_fen,
        )

        budget_line.additional_properties = d
        return budget_line

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
