from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assumptions import Assumptions
    from ..models.budget_line_in import BudgetLineIn


T = TypeVar("T", bound="BudgetCreate")


@_attrs_define
class BudgetCreate:
    """
    Attributes:
        county_code (str):
        year (int):
        lines (list[BudgetLineIn]): lines not sent are 0; each line at most once
        assumptions (Assumptions): What the budget's figures rest on (预算编制依据).
        adjustment_reason (None | str | Unset): required once a version is approved: this version is an adjustment
    """

    county_code: str
    year: int
    lines: list[BudgetLineIn]
    assumptions: Assumptions
    adjustment_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        year = self.year

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        assumptions = self.assumptions.to_dict()

        adjustment_reason: None | str | Unset
        if isinstance(self.adjustment_reason, Unset):
            adjustment_reason = UNSET
        else:
            adjustment_reason = self.adjustment_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "year": year,
                "lines": lines,
                "assumptions": assumptions,
            }
        )
        if adjustment_reason is not UNSET:
            field_dict["adjustment_reason"] = adjustment_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assumptions import Assumptions
        from ..models.budget_line_in import BudgetLineIn

        d = dict(src_dict)
        county_code = d.pop("county_code")

        year = d.pop("year")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

        assumptions = Assumptions.from_dict(d.pop("assumptions"))

        def _parse_adjustment_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adjustment_reason = _parse_adjustment_reason(d.pop("adjustment_reason", UNSET))

        budget_create = cls(
            county_code=county_code,
            year=year,
            lines=lines,
            assumptions=assumptions,
            adjustment_reason=adjustment_reason,
        )

        return budget_create
