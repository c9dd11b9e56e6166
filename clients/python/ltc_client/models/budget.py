from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_status import BudgetStatus

if TYPE_CHECKING:
    from ..models.budget_assumptions import BudgetAssumptions
    from ..models.budget_line import BudgetLine
    from ..models.budget_status_history_item import BudgetStatusHistoryItem


T = TypeVar("T", bound="Budget")


@_attrs_define
class Budget:
    """
    Attributes:
        id (UUID):
        county_code (str):
        year (int):
        version (int):
        status (BudgetStatus): Where a budget version stands: drafted, submitted for approval, approved (the one in
            force for its
            county and year), superseded by a later approved version (an adjustment 预算调整).
        adjustment_reason (None | str):
        lines (list[BudgetLine]): every line, 0 where none was budgeted
        income_fen (int):
        expense_fen (int):
        result_fen (int): income − expense
        assumptions (BudgetAssumptions):
        finance_approval_reference (None | str):
        status_history (list[BudgetStatusHistoryItem]):
        created_by (str):
        created_at (datetime.datetime):
        approved_at (datetime.datetime | None):
    """

    id: UUID
    county_code: str
    year: int
    version: int
    status: BudgetStatus
    adjustment_reason: None | str
    lines: list[BudgetLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    assumptions: BudgetAssumptions
    finance_approval_reference: None | str
    status_history: list[BudgetStatusHistoryItem]
    created_by: str
    created_at: datetime.datetime
    approved_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code = self.county_code

        year = self.year

        version = self.version

        status = self.status.value

        adjustment_reason: None | str
        adjustment_reason = self.adjustment_reason

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        income_fen = self.income_fen

        expense_fen = self.expense_fen

        result_fen = self.result_fen

        assumptions = self.assumptions.to_dict()

        finance_approval_reference: None | str
        finance_approval_reference = self.finance_approval_reference

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "county_code": county_code,
                "year": year,
                "version": version,
                "status": status,
                "adjustment_reason": adjustment_reason,
                "lines": lines,
                "income_fen": income_fen,
                "expense_fen": expense_fen,
                "result_fen": result_fen,
                "assumptions": assumptions,
                "finance_approval_reference": finance_approval_reference,
                "status_history": status_history,
                "created_by": created_by,
                "created_at": created_at,
                "approved_at": approved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_assumptions import BudgetAssumptions
        from ..models.budget_line import BudgetLine
        from ..models.budget_status_history_item import BudgetStatusHistoryItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        county_code = d.pop("county_code")

        year = d.pop("year")

        version = d.pop("version")

        status = BudgetStatus(d.pop("status"))

        def _parse_adjustment_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        adjustment_reason = _parse_adjustment_reason(d.pop("adjustment_reason"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLine.from_dict(lines_item_data)

            lines.append(lines_item)

        income_fen = d.pop("income_fen")

        expense_fen = d.pop("expense_fen")

        result_fen = d.pop("result_fen")

        assumptions = BudgetAssumptions.from_dict(d.pop("assumptions"))

        def _parse_finance_approval_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finance_approval_reference = _parse_finance_approval_reference(d.pop("finance_approval_reference"))

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = BudgetStatusHistoryItem.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        budget = cls(
            id=id,
            county_code=county_code,
            year=year,
            version=version,
            status=status,
            adjustment_reason=adjustment_reason,
            lines=lines,
            income_fen=income_fen,
            expense_fen=expense_fen,
            result_fen=result_fen,
            assumptions=assumptions,
            finance_approval_reference=finance_approval_reference,
            status_history=status_history,
            created_by=created_by,
            created_at=created_at,
            approved_at=approved_at,
        )

        budget.additional_properties = d
        return budget

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
