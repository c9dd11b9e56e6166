from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assumptions import Assumptions
    from ..models.budget_line_in import BudgetLineIn


T = TypeVar("T", bound="BudgetUpdate")


@_attrs_define
class BudgetUpdate:
    """A draft's lines (the whole set), assumptions or adjustment reason.

    Attributes:
        lines (list[BudgetLineIn] | Unset):
        assumptions (Assumptions | Unset): What the budget's figures rest on (预算编制依据).
        adjustment_reason (str | Unset):
    """

    lines: list[BudgetLineIn] | Unset = UNSET
    assumptions: Assumptions | Unset = UNSET
    adjustment_reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        assumptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assumptions, Unset):
            assumptions = self.assumptions.to_dict()

        adjustment_reason = self.adjustment_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if assumptions is not UNSET:
            field_dict["assumptions"] = assumptions
        if adjustment_reason is not UNSET:
            field_dict["adjustment_reason"] = adjustment_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assumptions import Assumptions
        from ..models.budget_line_in import BudgetLineIn

        d = dict(src_dict)
        _lines = d.pop("lines", UNSET)
        lines: list[BudgetLineIn] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = BudgetLineIn.from_dict(lines_item_data)

                lines.append(lines_item)

        _assumptions = d.pop("assumptions", UNSET)
        assumptions: Assumptions | Unset
        if isinstance(_assumptions, Unset):
            assumptions = UNSET
        else:
            assumptions = Assumptions.from_dict(_assumptions)

        adjustment_reason = d.pop("adjustment_reason", UNSET)

        budget_update = cls(
            lines=lines,
            assumptions=assumptions,
            adjustment_reason=adjustment_reason,
        )

        return budget_update
