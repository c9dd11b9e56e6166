from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.budget_line_code import BudgetLineCode

T = TypeVar("T", bound="BudgetLineIn")


@_attrs_define
class BudgetLineIn:
    """
    Attributes:
        line (BudgetLineCode): The lines of a county's fund budget: income by source, expense by care mode. Each line
            but the
            ``other`` ones is the budget of one ledger account (execution compares them).
        amount_fen (int):
    """

    line: BudgetLineCode
    amount_fen: int

    def to_dict(self) -> dict[str, Any]:
        line = self.line.value

        amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}

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

        budget_line_in = cls(
            line=line,
            amount_fen=amount_fen,
        )

        return budget_line_in
