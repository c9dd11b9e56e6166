from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.growth_output_beneficiaries_by_level_pct import GrowthOutputBeneficiariesByLevelPct
    from ..models.growth_output_use_by_mode_pct import GrowthOutputUseByModePct


T = TypeVar("T", bound="GrowthOutput")


@_attrs_define
class GrowthOutput:
    """Growth over the base year, in percent (defaults 0): insured persons (income), beneficiaries per
    level and use per care mode (the fund's spending of that level / mode).

        Attributes:
            insured_pct (str | Unset):  Default: '0'.
            beneficiaries_by_level_pct (GrowthOutputBeneficiariesByLevelPct | Unset):
            use_by_mode_pct (GrowthOutputUseByModePct | Unset):
    """

    insured_pct: str | Unset = "0"
    beneficiaries_by_level_pct: GrowthOutputBeneficiariesByLevelPct | Unset = UNSET
    use_by_mode_pct: GrowthOutputUseByModePct | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        insured_pct = self.insured_pct

        beneficiaries_by_level_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiaries_by_level_pct, Unset):
            beneficiaries_by_level_pct = self.beneficiaries_by_level_pct.to_dict()

        use_by_mode_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_by_mode_pct, Unset):
            use_by_mode_pct = self.use_by_mode_pct.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if insured_pct is not UNSET:
            field_dict["insured_pct"] = insured_pct
        if beneficiaries_by_level_pct is not UNSET:
            field_dict["beneficiaries_by_level_pct"] = beneficiaries_by_level_pct
        if use_by_mode_pct is not UNSET:
            field_dict["use_by_mode_pct"] = use_by_mode_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.growth_output_beneficiaries_by_level_pct import GrowthOutputBeneficiariesByLevelPct
        from ..models.growth_output_use_by_mode_pct import GrowthOutputUseByModePct

        d = dict(src_dict)
        insured_pct = d.pop("insured_pct", UNSET)

        _beneficiaries_by_level_pct = d.pop("beneficiaries_by_level_pct", UNSET)
        beneficiaries_by_level_pct: GrowthOutputBeneficiariesByLevelPct | Unset
        if isinstance(_beneficiaries_by_level_pct, Unset):
            beneficiaries_by_level_pct = UNSET
        else:
            beneficiaries_by_level_pct = GrowthOutputBeneficiariesByLevelPct.from_dict(
                _beneficiaries_by_level_pct
            )

        _use_by_mode_pct = d.pop("use_by_mode_pct", UNSET)
        use_by_mode_pct: GrowthOutputUseByModePct | Unset
        if isinstance(_use_by_mode_pct, Unset):
            use_by_mode_pct = UNSET
        else:
            use_by_mode_pct = GrowthOutputUseByModePct.from_dict(_use_by_mode_pct)

        growth_output = cls(
            insured_pct=insured_pct,
            beneficiaries_by_level_pct=beneficiaries_by_level_pct,
            use_by_mode_pct=use_by_mode_pct,
        )

        return growth_output
