from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.benefit_rule_institution_kind import BenefitRuleInstitutionKind
from ..models.care_mode import CareMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitRule")


@_attrs_define
class BenefitRule:
    """One level in one care mode (and institution kind, or ``any``).

    Attributes:
        level (int):
        care_mode (CareMode): 护理方式, how care is given: `home_visit` 居家上门护理, `elderly_care_bed` 养老机构护理 (bed-days),
            `medical_bed` 医疗机构护理 (bed-days), `family_care` 家属护理.
        fund_share_bp (int): share the fund pays, basis points (8000 = 80 %)
        institution_kind (BenefitRuleInstitutionKind | Unset):  Default: BenefitRuleInstitutionKind.ANY.
        daily_cap_fen (int | None | Unset): cap per day (元/床日 etc.), fen
        monthly_cap_fen (int | None | Unset): fixed cap per month, fen
        monthly_cap_share_bp (int | None | Unset): monthly cap as a share of the version's base amount
        monthly_minutes (int | None | Unset): service time a month of this level in this mode gives, in minutes (600 =
            10 h); a record beyond it is cut OVER_MONTHLY_HOURS; null: no limit
        unconfirmed_fields (list[str] | Unset):
    """

    level: int
    care_mode: CareMode
    fund_share_bp: int
    institution_kind: BenefitRuleInstitutionKind | Unset = BenefitRuleInstitutionKind.ANY
    daily_cap_fen: int | None | Unset = UNSET
    monthly_cap_fen: int | None | Unset = UNSET
    monthly_cap_share_bp: int | None | Unset = UNSET
    monthly_minutes: int | None | Unset = UNSET
    unconfirmed_fields: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        care_mode = self.care_mode.value

        fund_share_bp = self.fund_share_bp

        institution_kind: str | Unset = UNSET
        if not isinstance(self.institution_kind, Unset):
            institution_kind = self.institution_kind.value

        daily_cap_fen: int | None | Unset
        if isinstance(self.daily_cap_fen, Unset):
            daily_cap_fen = UNSET
        else:
            daily_cap_fen = self.daily_cap_fen

        monthly_cap_fen: int | None | Unset
        if isinstance(self.monthly_cap_fen, Unset):
            monthly_cap_fen = UNSET
        else:
            monthly_cap_fen = self.monthly_cap_fen

        monthly_cap_share_bp: int | None | Unset
        if isinstance(self.monthly_cap_share_bp, Unset):
            monthly_cap_share_bp = UNSET
        else:
            monthly_cap_share_bp = self.monthly_cap_share_bp

        monthly_minutes: int | None | Unset
        if isinstance(self.monthly_minutes, Unset):
            monthly_minutes = UNSET
        else:
            monthly_minutes = self.monthly_minutes

        unconfirmed_fields: list[str] | Unset = UNSET
        if not isinstance(self.unconfirmed_fields, Unset):
            unconfirmed_fields = self.unconfirmed_fields

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "level": level,
                "care_mode": care_mode,
                "fund_share_bp": fund_share_bp,
            }
        )
        if institution_kind is not UNSET:
            field_dict["institution_kind"] = institution_kind
        if daily_cap_fen is not UNSET:
            field_dict["daily_cap_fen"] = daily_cap_fen
        if monthly_cap_fen is not UNSET:
            field_dict["monthly_cap_fen"] = monthly_cap_fen
        if monthly_cap_share_bp is not UNSET:
            field_dict["monthly_cap_share_bp"] = monthly_cap_share_bp
        if monthly_minutes is not UNSET:
            field_dict["monthly_minutes"] = monthly_minutes
        if unconfirmed_fields is not UNSET:
            field_dict["unconfirmed_fields"] = unconfirmed_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = d.pop("level")

        care_mode = CareMode(d.pop("care_mode"))

        fund_share_bp = d.pop("fund_share_bp")

        _institution_kind = d.pop("institution_kind", UNSET)
        institution_kind: BenefitRuleInstitutionKind | Unset
        if isinstance(_institution_kind, Unset):
            institution_kind = UNSET
        else:
            institution_kind = BenefitRuleInstitutionKind(_institution_kind)

        def _parse_daily_cap_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_cap_fen = _parse_daily_cap_fen(d.pop("daily_cap_fen", UNSET))

        def _parse_monthly_cap_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_cap_fen = _parse_monthly_cap_fen(d.pop("monthly_cap_fen", UNSET))

        def _parse_monthly_cap_share_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_cap_share_bp = _parse_monthly_cap_share_bp(d.pop("monthly_cap_share_bp", UNSET))

        def _parse_monthly_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_minutes = _parse_monthly_minutes(d.pop("monthly_minutes", UNSET))

        unconfirmed_fields = cast(list[str], d.pop("unconfirmed_fields", UNSET))

        benefit_rule = cls(
            level=level,
            care_mode=care_mode,
            fund_share_bp=fund_share_bp,
            institution_kind=institution_kind,
            daily_cap_fen=daily_cap_fen,
            monthly_cap_fen=monthly_cap_fen,
            monthly_cap_share_bp=monthly_cap_share_bp,
            monthly_minutes=monthly_minutes,
            unconfirmed_fields=unconfirmed_fields,
        )

        return benefit_rule
