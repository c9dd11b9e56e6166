from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_line import BudgetLine


T = TypeVar("T", bound="CountyBudget")


@_attrs_define
class CountyBudget:
    """
    Attributes:
        county_code (str):
        budget_id (None | UUID): the approved version; null when none is approved
        version (int | None):
        lines (list[BudgetLine]):
        income_fen (int):
        expense_fen (int):
    """

    county_code: str
    budget_id: None | UUID
    version: int | None
    lines: list[BudgetLine]
    income_fen: int
    expense_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        budget_id: None | str
        if isinstance(self.budget_id, UUID):
            budget_id = str(self.budget_id)
        else:
            budget_id = self.budget_id

        version: int | None
        version = self.version

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        income_fen = self.income_fen

        expense_fen = self.expense_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "budget_id": budget_id,
                "version": version,
                "lines": lines,
                "income_fen": income_fen,
                "expense_fen": expense_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_line import BudgetLine

        d = dict(src_dict)
        county_code = d.pop("county_code")

        def _parse_budget_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                budget_id_type_0 = UUID(data)

                return budget_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        budget_id = _parse_budget_id(d.pop("budget_id"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLine.from_dict(lines_item_data)

            lines.append(lines_item)

        income_fen = d.pop("income_fen")

        expense_fen = d.pop("expense_fen")

        county_budget = cls(
            county_code=county_code,
            budget_id=budget_id,
            version=version,
            lines=lines,
            income_fen=income_fen,
            expense_fen=expense_fen,
        )

        county_budget.additional_properties = d
        return county_budget

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
