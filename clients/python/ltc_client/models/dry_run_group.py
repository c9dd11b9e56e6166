from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.care_mode import CareMode

if TYPE_CHECKING:
    from ..models.dry_run_institution import DryRunInstitution


T = TypeVar("T", bound="DryRunGroup")


@_attrs_define
class DryRunGroup:
    """One county × level × care mode, with its institutions (from → to).

    Attributes:
        records (int):
        records_changed (int): records whose eligible amount or fund share changes
        claimed_fen (int):
        eligible_before_fen (int):
        eligible_after_fen (int):
        fund_before_fen (int):
        fund_after_fen (int):
        difference_fen (int): fund after − fund before
        county_code (str):
        level (str): the disability level on the service date; `none` without one
        care_mode (CareMode): 护理方式, how care is given: `home_visit` 居家上门护理, `elderly_care_bed` 养老机构护理 (bed-days),
            `medical_bed` 医疗机构护理 (bed-days), `family_care` 家属护理.
        institutions (list[DryRunInstitution]):
    """

    records: int
    records_changed: int
    claimed_fen: int
    eligible_before_fen: int
    eligible_after_fen: int
    fund_before_fen: int
    fund_after_fen: int
    difference_fen: int
    county_code: str
    level: str
    care_mode: CareMode
    institutions: list[DryRunInstitution]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = self.records

        records_changed = self.records_changed

        claimed_fen = self.claimed_fen

        eligible_before_fen = self.eligible_before_fen

        eligible_after_fen = self.eligible_after_fen

        fund_before_fen = self.fund_before_fen

        fund_after_fen = self.fund_after_fen

        difference_fen = self.difference_fen

        county_code = self.county_code

        level = self.level

        care_mode = self.care_mode.value

        institutions = []
        for institutions_item_data in self.institutions:
            institutions_item = institutions_item_data.to_dict()
            institutions.append(institutions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "records_changed": records_changed,
                "claimed_fen": claimed_fen,
                "eligible_before_fen": eligible_before_fen,
                "eligible_after_fen": eligible_after_fen,
                "fund_before_fen": fund_before_fen,
                "fund_after_fen": fund_after_fen,
                "difference_fen": difference_fen,
                "county_code": county_code,
                "level": level,
                "care_mode": care_mode,
                "institutions": institutions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dry_run_institution import DryRunInstitution

        d = dict(src_dict)
        records = d.pop("records")

        records_changed = d.pop("records_changed")

        claimed_fen = d.pop("claimed_fen")

        eligible_before_fen = d.pop("eligible_before_fen")

        eligible_after_fen = d.pop("eligible_after_fen")

        fund_before_fen = d.pop("fund_before_fen")

        fund_after_fen = d.pop("fund_after_fen")

        difference_fen = d.pop("difference_fen")

        county_code = d.pop("county_code")

        level = d.pop("level")

        care_mode = CareMode(d.pop("care_mode"))

        institutions = []
        _institutions = d.pop("institutions")
        for institutions_item_data in _institutions:
            institutions_item = DryRunInstitution.from_dict(institutions_item_data)

            institutions.append(institutions_item)

        dry_run_group = cls(
            records=records,
            records_changed=records_changed,
            claimed_fen=claimed_fen,
            eligible_before_fen=eligible_before_fen,
            eligible_after_fen=eligible_after_fen,
            fund_before_fen=fund_before_fen,
            fund_after_fen=fund_after_fen,
            difference_fen=difference_fen,
            county_code=county_code,
            level=level,
            care_mode=care_mode,
            institutions=institutions,
        )

        dry_run_group.additional_properties = d
        return dry_run_group

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
