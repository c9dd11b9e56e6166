from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.final_line import FinalLine


T = TypeVar("T", bound="CityFinalAccounts")


@_attrs_define
class CityFinalAccounts:
    """The city's final accounts: the sum of the counties' (approved ones, and drafts named apart).

    Attributes:
        year (int):
        counties_approved (list[str]):
        counties_draft (list[str]):
        counties_missing (list[str]):
        lines (list[FinalLine]):
        income_fen (int):
        expense_fen (int):
        result_fen (int):
        covered_by_surplus_fen (int):
        covered_by_finance_fen (int):
        added_to_surplus_fen (int):
    """

    year: int
    counties_approved: list[str]
    counties_draft: list[str]
    counties_missing: list[str]
    lines: list[FinalLine]
    income_fen: int
    expense_fen: int
    result_fen: int
    covered_by_surplus_fen: int
    covered_by_finance_fen: int
    added_to_surplus_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        counties_approved = self.counties_approved

        counties_draft = self.counties_draft

        counties_missing = self.counties_missing

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "counties_approved": counties_approved,
                "counties_draft": counties_draft,
                "counties_missing": counties_missing,
                "lines": lines,
                "income_fen": income_fen,
                "expense_fen": expense_fen,
                "result_fen": result_fen,
                "covered_by_surplus_fen": covered_by_surplus_fen,
                "covered_by_finance_fen": covered_by_finance_fen,
                "added_to_surplus_fen": added_to_surplus_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.final_line import FinalLine

        d = dict(src_dict)
        year = d.pop("year")

        counties_approved = cast(list[str], d.pop("counties_approved"))

        counties_draft = cast(list[str], d.pop("counties_draft"))

        counties_missing = cast(list[str], d.pop("counties_missing"))

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

        city_final_accounts = cls(
            year=year,
            counties_approved=counties_approved,
            counties_draft=counties_draft,
            counties_missing=counties_missing,
            lines=lines,
            income_fen=income_fen,
            expense_fen=expense_fen,
            result_fen=result_fen,
            covered_by_surplus_fen=covered_by_surplus_fen,
            covered_by_finance_fen=covered_by_finance_fen,
            added_to_surplus_fen=added_to_surplus_fen,
        )

        city_final_accounts.additional_properties = d
        return city_final_accounts

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
