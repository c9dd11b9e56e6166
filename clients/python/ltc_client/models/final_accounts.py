from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.final_accounts_status import FinalAccountsStatus

if TYPE_CHECKING:
    from ..models.final_line import FinalLine


T = TypeVar("T", bound="FinalAccounts")


@_attrs_define
class FinalAccounts:
    """
    Attributes:
        id (UUID):
        county_code (str):
        year (int):
        status (FinalAccountsStatus): Final accounts (决算) drawn up from the approved clearing, then approved.
        clearing_id (UUID):
        budget_id (None | UUID): the budget version approved at the time; null: none
        budget_version (int | None):
        lines (list[FinalLine]):
        income_fen (int):
        expense_fen (int):
        result_fen (int):
        covered_by_surplus_fen (int):
        covered_by_finance_fen (int):
        added_to_surplus_fen (int):
        approval_reference (None | str):
        created_by (str):
        created_at (datetime.datetime):
        approved_by (None | str):
        approved_at (datetime.datetime | None):
    """

    id: UUID
    county_code: str
    year: int
    status: FinalAccountsStatus
    clearing_id: UUID
    budget_id: None | UUID
    budget_version: int | None
    lines: list[FinalLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
    approval_reference: None | str
    created_by: str
    created_at: datetime.datetime
    approved_by: None | str
    approved_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code = self.county_code

        year = self.year

        status = self.status.value

        clearing_id = str(self.clearing_id)

        budget_id: None | str
        if isinstance(self.budget_id, UUID):
            budget_id = str(self.budget_id)
        else:
            budget_id = self.budget_id

        budget_version: int | None
        budget_version = self.budget_version

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        income_fen = self.income_fen

        expense_fen = self.expense_fen

        result_fen = self.result_fen

        covered_by_surplus_fen = self.covered_by_surplus_fen

        covered_by_finance_fen = self.covered_by_finance_fen

        added_to_surplus_fen = self.added_to_surplus_fen

        approval_reference: None | str
        approval_reference = self.approval_reference

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        approved_by: None | str
        approved_by = self.approved_by

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
                "status": status,
                "clearing_id": clearing_id,
                "budget_id": budget_id,
                "budget_version": budget_version,
                "lines": lines,
                "income_fen": income_fen,
                "expense_fen": expense_fen,
                "result_fen": result_fen,
                "covered_by_surplus_fen": covered_by_surplus_fen,
                "covered_by_finance_fen": covered_by_finance_fen,
                "added_to_surplus_fen": added_to_surplus_fen,
                "approval_reference": approval_reference,
                "created_by": created_by,
                "created_at": created_at,
                "approved_by": approved_by,
                "approved_at": approved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.final_line import FinalLine

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        county_code = d.pop("county_code")

        year = d.pop("year")

        status = FinalAccountsStatus(d.pop("status"))

        clearing_id = UUID(d.pop("clearing_id"))

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

        def _parse_budget_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        budget_version = _parse_budget_version(d.pop("budget_version"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = FinalLine.from_dict(lines_item_data)

            lines.append(lines_item)

        income_fen = d.pop("income_fen")

        expense_fen = d.pop("expense_fen")

        result_fen = d.pop("result_fen")

        covered_by_surplus_fen = d.pop("covered_by_surplus_fen")

        covered_by_finance_fen = d.pop("covered_by_finance_fen")

        added_to_surplus_fen = d.pop("added_to_surplus_fen")

        def _parse_approval_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_reference = _parse_approval_reference(d.pop("approval_reference"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

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

        final_accounts = cls(
            id=id,
            county_code=county_code,
            year=year,
            status=status,
            clearing_id=clearing_id,
            budget_id=budget_id,
            budget_version=budget_version,
            lines=lines,
            income_fen=income_fen,
            expense_fen=expense_fen,
            result_fen=result_fen,
            covered_by_surplus_fen=covered_by_surplus_fen,
            covered_by_finance_fen=covered_by_finance_fen,
            added_to_surplus_fen=added_to_surplus_fen,
            approval_reference=approval_reference,
            created_by=created_by,
            created_at=created_at,
            approved_by=approved_by,
            approved_at=approved_at,
        )

        final_accounts.additional_properties = d
        return final_accounts

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
