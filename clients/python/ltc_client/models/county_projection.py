from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cell import Cell
    from ..models.county_projection_expenditure_by_level_fen import CountyProjectionExpenditureByLevelFen
    from ..models.county_projection_expenditure_by_mode_fen import CountyProjectionExpenditureByModeFen
    from ..models.county_projection_income_by_source_fen import CountyProjectionIncomeBySourceFen


T = TypeVar("T", bound="CountyProjection")


@_attrs_define
class CountyProjection:
    """
    Attributes:
        county_code (None | str): null: the city (the sum of the counties)
        insured_base (int): persons billed for the base year
        billed_base_fen (int): what they were billed for the base year
        insured (int): insured persons after growth
        income_fen (int):
        income_by_source_fen (CountyProjectionIncomeBySourceFen):
        settled_fund_fen (int): the base year's fund paid as settled
        replayed_fund_fen (int):
        expenditure_fen (int):
        expenditure_by_mode_fen (CountyProjectionExpenditureByModeFen):
        expenditure_by_level_fen (CountyProjectionExpenditureByLevelFen):
        result_fen (int): income − expenditure
        surplus_before_fen (int): accumulated surplus at the base year's end (ledger)
        surplus_after_fen (int): accumulated surplus after the result; never below 0
        finance_exposure_fen (int): the deficit the accumulated surplus cannot cover, borne by the county finance (S003)
        cells (list[Cell]):
    """

    county_code: None | str
    insured_base: int
    billed_base_fen: int
    insured: int
    income_fen: int
    income_by_source_fen: CountyProjectionIncomeBySourceFen
    settled_fund_fen: int
    replayed_fund_fen: int
    expenditure_fen: int
    expenditure_by_mode_fen: CountyProjectionExpenditureByModeFen
    expenditure_by_level_fen: CountyProjectionExpenditureByLevelFen
    result_fen: int
    surplus_before_fen: int
    surplus_after_fen: int
    finance_exposure_fen: int
    cells: list[Cell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code: None | str
        county_code = self.county_code

        insured_base = self.insured_base

        billed_base_fen = self.billed_base_fen

        insured = self.insured

        income_fen = self.income_fen

        income_by_source_fen = self.income_by_source_fen.to_dict()

        settled_fund_fen = self.settled_fund_fen

        replayed_fund_fen = self.replayed_fund_fen

        expenditure_fen = self.expenditure_fen

        expenditure_by_mode_fen = self.expenditure_by_mode_fen.to_dict()

        expenditure_by_level_fen = self.expenditure_by_level_fen.to_dict()

        result_fen = self.result_fen

        surplus_before_fen = self.surplus_before_fen

        surplus_after_fen = self.surplus_after_fen

        finance_exposure_fen = self.finance_exposure_fen

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "insured_base": insured_base,
                "billed_base_fen": billed_base_fen,
                "insured": insured,
                "income_fen": income_fen,
                "income_by_source_fen": income_by_source_fen,
                "settled_fund_fen": settled_fund_fen,
                "replayed_fund_fen": replayed_fund_fen,
                "expenditure_fen": expenditure_fen,
                "expenditure_by_mode_fen": expenditure_by_mode_fen,
                "expenditure_by_level_fen": expenditure_by_level_fen,
                "result_fen": result_fen,
                "surplus_before_fen": surplus_before_fen,
                "surplus_after_fen": surplus_after_fen,
                "finance_exposure_fen": finance_exposure_fen,
                "cells": cells,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cell import Cell
        from ..models.county_projection_expenditure_by_level_fen import CountyProjectionExpenditureByLevelFen
        from ..models.county_projection_expenditure_by_mode_fen import CountyProjectionExpenditureByModeFen
        from ..models.county_projection_income_by_source_fen import CountyProjectionIncomeBySourceFen

        d = dict(src_dict)

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        insured_base = d.pop("insured_base")

        billed_base_fen = d.pop("billed_base_fen")

        insured = d.pop("insured")

        income_fen = d.pop("income_fen")

        income_by_source_fen = CountyProjectionIncomeBySourceFen.from_dict(d.pop("income_by_source_fen"))

        settled_fund_fen = d.pop("settled_fund_fen")

        replayed_fund_fen = d.pop("replayed_fund_fen")

        expenditure_fen = d.pop("expenditure_fen")

        expenditure_by_mode_fen = CountyProjectionExpenditureByModeFen.from_dict(
            d.pop("expenditure_by_mode_fen")
        )

        expenditure_by_level_fen = CountyProjectionExpenditureByLevelFen.from_dict(
            d.pop("expenditure_by_level_fen")
        )

        result_fen = d.pop("result_fen")

        surplus_before_fen = d.pop("surplus_before_fen")

        surplus_after_fen = d.pop("surplus_after_fen")

        finance_exposure_fen = d.pop("finance_exposure_fen")

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = Cell.from_dict(cells_item_data)

            cells.append(cells_item)

        county_projection = cls(
            county_code=county_code,
            insured_base=insured_base,
            billed_base_fen=billed_base_fen,
            insured=insured,
            income_fen=income_fen,
            income_by_source_fen=income_by_source_fen,
            settled_fund_fen=settled_fund_fen,
            replayed_fund_fen=replayed_fund_fen,
            expenditure_fen=expenditure_fen,
            expenditure_by_mode_fen=expenditure_by_mode_fen,
            expenditure_by_level_fen=expenditure_by_level_fen,
            result_fen=result_fen,
            surplus_before_fen=surplus_before_fen,
            surplus_after_fen=surplus_after_fen,
            finance_exposure_fen=finance_exposure_fen,
            cells=cells,
        )

        county_projection.additional_properties = d
        return county_projection

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
