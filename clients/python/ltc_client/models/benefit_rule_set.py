from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.benefit_rule_set_status import BenefitRuleSetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_rule import BenefitRule


T = TypeVar("T", bound="BenefitRuleSet")


@_attrs_define
class BenefitRuleSet:
    """
    Attributes:
        version (str):
        effective_from (datetime.date):
        base_amount_fen (int | None):
        source (str):
        unconfirmed (bool):
        quality_deposit_bp (int):
        checkin_max_distance_m (int):
        regular_times_min_visits (int):
        family_caregivers_need_training (bool):
        unconfirmed_fields (list[str]): parameters of the version that are not confirmed
        rules (list[BenefitRule]):
        status (BenefitRuleSetStatus):
        family_personal_care_max_bp (int | None | Unset):
        published_at (datetime.datetime | None | Unset):
    """

    version: str
    effective_from: datetime.date
    base_amount_fen: int | None
    source: str
    unconfirmed: bool
    quality_deposit_bp: int
    checkin_max_distance_m: int
    regular_times_min_visits: int
    family_caregivers_need_training: bool
    unconfirmed_fields: list[str]
    rules: list[BenefitRule]
    status: BenefitRuleSetStatus
    family_personal_care_max_bp: int | None | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        effective_from = self.effective_from.isoformat()

        base_amount_fen: int | None
        base_amount_fen = self.base_amount_fen

        source = self.source

        unconfirmed = self.unconfirmed

        quality_deposit_bp = self.quality_deposit_bp

        checkin_max_distance_m = self.checkin_max_distance_m

        regular_times_min_visits = self.regular_times_min_visits

        family_caregivers_need_training = self.family_caregivers_need_training

        unconfirmed_fields = self.unconfirmed_fields

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        status = self.status.value

        family_personal_care_max_bp: int | None | Unset
        if isinstance(self.family_personal_care_max_bp, Unset):
            family_personal_care_max_bp = UNSET
        else:
            family_personal_care_max_bp = self.family_personal_care_max_bp

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "effective_from": effective_from,
                "base_amount_fen": base_amount_fen,
                "source": source,
                "unconfirmed": unconfirmed,
                "quality_deposit_bp": quality_deposit_bp,
                "checkin_max_distance_m": checkin_max_distance_m,
                "regular_times_min_visits": regular_times_min_visits,
                "family_caregivers_need_training": family_caregivers_need_training,
                "unconfirmed_fields": unconfirmed_fields,
                "rules": rules,
                "status": status,
            }
        )
        if family_personal_care_max_bp is not UNSET:
            field_dict["family_personal_care_max_bp"] = family_personal_care_max_bp
        if published_at is not UNSET:
            field_dict["published_at"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.benefit_rule import BenefitRule

        d = dict(src_dict)
        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_base_amount_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        base_amount_fen = _parse_base_amount_fen(d.pop("base_amount_fen"))

        source = d.pop("source")

        unconfirmed = d.pop("unconfirmed")

        quality_deposit_bp = d.pop("quality_deposit_bp")

        checkin_max_distance_m = d.pop("checkin_max_distance_m")

        regular_times_min_visits = d.pop("regular_times_min_visits")

        family_caregivers_need_training = d.pop("family_caregivers_need_training")

        unconfirmed_fields = cast(list[str], d.pop("unconfirmed_fields"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = BenefitRule.from_dict(rules_item_data)

            rules.append(rules_item)

        status = BenefitRuleSetStatus(d.pop("status"))

        def _parse_family_personal_care_max_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        family_personal_care_max_bp = _parse_family_personal_care_max_bp(
            d.pop("family_personal_care_max_bp", UNSET)
        )

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        benefit_rule_set = cls(
            version=version,
            effective_from=effective_from,
            base_amount_fen=base_amount_fen,
            source=source,
            unconfirmed=unconfirmed,
            quality_deposit_bp=quality_deposit_bp,
            checkin_max_distance_m=checkin_max_distance_m,
            regular_times_min_visits=regular_times_min_visits,
            family_caregivers_need_training=family_caregivers_need_training,
            unconfirmed_fields=unconfirmed_fields,
            rules=rules,
            status=status,
            family_personal_care_max_bp=family_personal_care_max_bp,
            published_at=published_at,
        )

        benefit_rule_set.additional_properties = d
        return benefit_rule_set

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
