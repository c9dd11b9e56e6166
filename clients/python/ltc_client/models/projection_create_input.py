from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contribution import Contribution
    from ..models.growth_input import GrowthInput


T = TypeVar("T", bound="ProjectionCreateInput")


@_attrs_define
class ProjectionCreateInput:
    """
    Attributes:
        name (str):
        base_year (int): the settled year whose records are replayed
        rule_set_version (str): the (draft) benefit rule set replayed over the base year
        contributions (list[Contribution]):
        growth (GrowthInput | Unset): Growth over the base year, in percent (defaults 0): insured persons (income),
            beneficiaries per
            level and use per care mode (the fund's spending of that level / mode).
    """

    name: str
    base_year: int
    rule_set_version: str
    contributions: list[Contribution]
    growth: GrowthInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        base_year = self.base_year

        rule_set_version = self.rule_set_version

        contributions = []
        for contributions_item_data in self.contributions:
            contributions_item = contributions_item_data.to_dict()
            contributions.append(contributions_item)

        growth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.growth, Unset):
            growth = self.growth.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "base_year": base_year,
                "rule_set_version": rule_set_version,
                "contributions": contributions,
            }
        )
        if growth is not UNSET:
            field_dict["growth"] = growth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contribution import Contribution
        from ..models.growth_input import GrowthInput

        d = dict(src_dict)
        name = d.pop("name")

        base_year = d.pop("base_year")

        rule_set_version = d.pop("rule_set_version")

        contributions = []
        _contributions = d.pop("contributions")
        for contributions_item_data in _contributions:
            contributions_item = Contribution.from_dict(contributions_item_data)

            contributions.append(contributions_item)

        _growth = d.pop("growth", UNSET)
        growth: GrowthInput | Unset
        if isinstance(_growth, Unset):
            growth = UNSET
        else:
            growth = GrowthInput.from_dict(_growth)

        projection_create_input = cls(
            name=name,
            base_year=base_year,
            rule_set_version=rule_set_version,
            contributions=contributions,
            growth=growth,
        )

        return projection_create_input
