from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.benefit_rule_set_create_status import BenefitRuleSetCreateStatus
from ..models.benefit_rule_set_create_unconfirmed_fields_item import BenefitRuleSetCreateUnconfirmedFieldsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_rule import BenefitRule


T = TypeVar("T", bound="BenefitRuleSetCreate")


@_attrs_define
class BenefitRuleSetCreate:
    """
    Attributes:
        version (str):
        effective_from (datetime.date):
        source (str):
        rules (list[BenefitRule]):
        base_amount_fen (int | None | Unset):
        unconfirmed (bool | Unset):  Default: False.
        quality_deposit_bp (int | None | Unset): share of each payment withheld as quality deposit, basis points; left
            out: that of the version in force on effective_from
        checkin_max_distance_m (int | None | Unset): a home visit checked in farther from the home is cut; left out: as
            before
        regular_times_min_visits (int | None | Unset): this many visits in a month, all at one start time, are flagged;
            left out: as before
        family_caregivers_need_training (bool | None | Unset): whether a family caregiver without a valid training
            certificate is cut (CAREGIVER_UNTRAINED) like a care worker; left out: as before (shipped: false, unconfirmed)
        family_personal_care_max_bp (int | None | Unset): the most of a person's family-care month (by the items'
            minimum minutes) that personal-care items (生活照料) may take, basis points; beyond it the month's family-care
            records are flagged FAMILY_PERSONAL_CARE_SHARE; left out: as before (shipped: no limit, unconfirmed)
        unconfirmed_fields (list[BenefitRuleSetCreateUnconfirmedFieldsItem] | Unset): parameters given here that are not
            confirmed
        status (BenefitRuleSetCreateStatus | Unset): published (in force from effective_from, the default) or a draft
            for dry runs and projections (测算), published later by POST /benefit-rules/{version}/publish Default:
            BenefitRuleSetCreateStatus.PUBLISHED.
    """

    version: str
    effective_from: datetime.date
    source: str
    rules: list[BenefitRule]
    base_amount_fen: int | None | Unset = UNSET
    unconfirmed: bool | Unset = False
    quality_deposit_bp: int | None | Unset = UNSET
    checkin_max_distance_m: int | None | Unset = UNSET
    regular_times_min_visits: int | None | Unset = UNSET
    family_caregivers_need_training: bool | None | Unset = UNSET
    family_personal_care_max_bp: int | None | Unset = UNSET
    unconfirmed_fields: list[BenefitRuleSetCreateUnconfirmedFieldsItem] | Unset = UNSET
    status: BenefitRuleSetCreateStatus | Unset = BenefitRuleSetCreateStatus.PUBLISHED

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        effective_from = self.effective_from.isoformat()

        source = self.source

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        base_amount_fen: int | None | Unset
        if isinstance(self.base_amount_fen, Unset):
            base_amount_fen = UNSET
        else:
            base_amount_fen = self.base_amount_fen

        unconfirmed = self.unconfirmed

        quality_deposit_bp: int | None | Unset
        if isinstance(self.quality_deposit_bp, Unset):
            quality_deposit_bp = UNSET
        else:
            quality_deposit_bp = self.quality_deposit_bp

        checkin_max_distance_m: int | None | Unset
        if isinstance(self.checkin_max_distance_m, Unset):
            checkin_max_distance_m = UNSET
        else:
            checkin_max_distance_m = self.checkin_max_distance_m

        regular_times_min_visits: int | None | Unset
        if isinstance(self.regular_times_min_visits, Unset):
            regular_times_min_visits = UNSET
        else:
            regular_times_min_visits = self.regular_times_min_visits

        family_caregivers_need_training: bool | None | Unset
        if isinstance(self.family_caregivers_need_training, Unset):
            family_caregivers_need_training = UNSET
        else:
            family_caregivers_need_training = self.family_caregivers_need_training

        family_personal_care_max_bp: int | None | Unset
        if isinstance(self.family_personal_care_max_bp, Unset):
            family_personal_care_max_bp = UNSET
        else:
            family_personal_care_max_bp = self.family_personal_care_max_bp

        unconfirmed_fields: list[str] | Unset = UNSET
        if not isinstance(self.unconfirmed_fields, Unset):
            unconfirmed_fields = []
            for unconfirmed_fields_item_data in self.unconfirmed_fields:
                unconfirmed_fields_item = unconfirmed_fields_item_data.value
                unconfirmed_fields.append(unconfirmed_fields_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "effective_from": effective_from,
                "source": source,
                "rules": rules,
            }
        )
        if base_amount_fen is not UNSET:
            field_dict["base_amount_fen"] = base_amount_fen
        if unconfirmed is not UNSET:
            field_dict["unconfirmed"] = unconfirmed
        if quality_deposit_bp is not UNSET:
            field_dict["quality_deposit_bp"] = quality_deposit_bp
        if checkin_max_distance_m is not UNSET:
            field_dict["checkin_max_distance_m"] = checkin_max_distance_m
        if regular_times_min_visits is not UNSET:
            field_dict["regular_times_min_visits"] = regular_times_min_visits
        if family_caregivers_need_training is not UNSET:
            field_dict["family_caregivers_need_training"] = family_caregivers_need_training
        if family_personal_care_max_bp is not UNSET:
            field_dict["family_personal_care_max_bp"] = family_personal_care_max_bp
        if unconfirmed_fields is not UNSET:
            field_dict["unconfirmed_fields"] = unconfirmed_fields
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.benefit_rule import BenefitRule

        d = dict(src_dict)
        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        source = d.pop("source")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = BenefitRule.from_dict(rules_item_data)

            rules.append(rules_item)

        def _parse_base_amount_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_amount_fen = _parse_base_amount_fen(d.pop("base_amount_fen", UNSET))

        unconfirmed = d.pop("unconfirmed", UNSET)

        def _parse_quality_deposit_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quality_deposit_bp = _parse_quality_deposit_bp(d.pop("quality_deposit_bp", UNSET))

        def _parse_checkin_max_distance_m(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        checkin_max_distance_m = _parse_checkin_max_distance_m(d.pop("checkin_max_distance_m", UNSET))

        def _parse_regular_times_min_visits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        regular_times_min_visits = _parse_regular_times_min_visits(d.pop("regular_times_min_visits", UNSET))

        def _parse_family_caregivers_need_training(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        family_caregivers_need_training = _parse_family_caregivers_need_training(
            d.pop("family_caregivers_need_training", UNSET)
        )

        def _parse_family_personal_care_max_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        family_personal_care_max_bp = _parse_family_personal_care_max_bp(
            d.pop("family_personal_care_max_bp", UNSET)
        )

        _unconfirmed_fields = d.pop("unconfirmed_fields", UNSET)
        unconfirmed_fields: list[BenefitRuleSetCreateUnconfirmedFieldsItem] | Unset = UNSET
        if _unconfirmed_fields is not UNSET:
            unconfirmed_fields = []
            for unconfirmed_fields_item_data in _unconfirmed_fields:
                unconfirmed_fields_item = BenefitRuleSetCreateUnconfirmedFieldsItem(
                    unconfirmed_fields_item_data
                )

                unconfirmed_fields.append(unconfirmed_fields_item)

        _status = d.pop("status", UNSET)
        status: BenefitRuleSetCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BenefitRuleSetCreateStatus(_status)

        benefit_rule_set_create = cls(
            version=version,
            effective_from=effective_from,
            source=source,
            rules=rules,
            base_amount_fen=base_amount_fen,
            unconfirmed=unconfirmed,
            quality_deposit_bp=quality_deposit_bp,
            checkin_max_distance_m=checkin_max_distance_m,
            regular_times_min_visits=regular_times_min_visits,
            family_caregivers_need_training=family_caregivers_need_training,
            family_personal_care_max_bp=family_personal_care_max_bp,
            unconfirmed_fields=unconfirmed_fields,
            status=status,
        )

        return benefit_rule_set_create
