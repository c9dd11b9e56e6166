from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assumptions_beneficiaries_by_level import AssumptionsBeneficiariesByLevel
    from ..models.assumptions_unit_cost_fen_by_mode import AssumptionsUnitCostFenByMode


T = TypeVar("T", bound="Assumptions")


@_attrs_define
class Assumptions:
    """What the budget's figures rest on (预算编制依据).

    Attributes:
        insured (int): insured persons expected on average in the year
        beneficiaries_by_level (AssumptionsBeneficiariesByLevel | Unset): beneficiaries expected per disability level
            (失能等级)
        unit_cost_fen_by_mode (AssumptionsUnitCostFenByMode | Unset): the fund's cost per beneficiary-month in each care
            mode, fen
        notes (None | str | Unset):
    """

    insured: int
    beneficiaries_by_level: AssumptionsBeneficiariesByLevel | Unset = UNSET
    unit_cost_fen_by_mode: AssumptionsUnitCostFenByMode | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        insured = self.insured

        beneficiaries_by_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiaries_by_level, Unset):
            beneficiaries_by_level = self.beneficiaries_by_level.to_dict()

        unit_cost_fen_by_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost_fen_by_mode, Unset):
            unit_cost_fen_by_mode = self.unit_cost_fen_by_mode.to_dict()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "insured": insured,
            }
        )
        if beneficiaries_by_level is not UNSET:
            field_dict["beneficiaries_by_level"] = beneficiaries_by_level
        if unit_cost_fen_by_mode is not UNSET:
            field_dict["unit_cost_fen_by_mode"] = unit_cost_fen_by_mode
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assumptions_beneficiaries_by_level import AssumptionsBeneficiariesByLevel
        from ..models.assumptions_unit_cost_fen_by_mode import AssumptionsUnitCostFenByMode

        d = dict(src_dict)
        insured = d.pop("insured")

        _beneficiaries_by_level = d.pop("beneficiaries_by_level", UNSET)
        beneficiaries_by_level: AssumptionsBeneficiariesByLevel | Unset
        if isinstance(_beneficiaries_by_level, Unset):
            beneficiaries_by_level = UNSET
        else:
            beneficiaries_by_level = AssumptionsBeneficiariesByLevel.from_dict(_beneficiaries_by_level)

        _unit_cost_fen_by_mode = d.pop("unit_cost_fen_by_mode", UNSET)
        unit_cost_fen_by_mode: AssumptionsUnitCostFenByMode | Unset
        if isinstance(_unit_cost_fen_by_mode, Unset):
            unit_cost_fen_by_mode = UNSET
        else:
            unit_cost_fen_by_mode = AssumptionsUnitCostFenByMode.from_dict(_unit_cost_fen_by_mode)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        assumptions = cls(
            insured=insured,
            beneficiaries_by_level=beneficiaries_by_level,
            unit_cost_fen_by_mode=unit_cost_fen_by_mode,
            notes=notes,
        )

        return assumptions
