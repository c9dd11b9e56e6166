from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.amounts import Amounts
    from ..models.dry_run_group import DryRunGroup


T = TypeVar("T", bound="SettlementDryRun")


@_attrs_define
class SettlementDryRun:
    """
    Attributes:
        rule_set_version (str):
        rule_set_status (str):
        month (datetime.date):
        counties (list[str]): the counties replayed (those with a settled run of the month)
        groups (list[DryRunGroup]):
        totals (Amounts): A group's records as settled (``*_before``) and under the replayed rule set (``*_after``),
            fen.
    """

    rule_set_version: str
    rule_set_status: str
    month: datetime.date
    counties: list[str]
    groups: list[DryRunGroup]
    totals: Amounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_set_version = self.rule_set_version

        rule_set_status = self.rule_set_status

        month = self.month.isoformat()

        counties = self.counties

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_set_version": rule_set_version,
                "rule_set_status": rule_set_status,
                "month": month,
                "counties": counties,
                "groups": groups,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amounts import Amounts
        from ..models.dry_run_group import DryRunGroup

        d = dict(src_dict)
        rule_set_version = d.pop("rule_set_version")

        rule_set_status = d.pop("rule_set_status")

        month = datetime.date.fromisoformat(d.pop("month"))

        counties = cast(list[str], d.pop("counties"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = DryRunGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        totals = Amounts.from_dict(d.pop("totals"))

        settlement_dry_run = cls(
            rule_set_version=rule_set_version,
            rule_set_status=rule_set_status,
            month=month,
            counties=counties,
            groups=groups,
            totals=totals,
        )

        settlement_dry_run.additional_properties = d
        return settlement_dry_run

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
