from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        name (str):
        period_from (datetime.date):
        period_to (datetime.date):
        county_codes (list[str]):
        institution_ids (list[str] | Unset): to visit
    """

    name: str
    period_from: datetime.date
    period_to: datetime.date
    county_codes: list[str]
    institution_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        county_codes = self.county_codes

        institution_ids: list[str] | Unset = UNSET
        if not isinstance(self.institution_ids, Unset):
            institution_ids = self.institution_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "period_from": period_from,
                "period_to": period_to,
                "county_codes": county_codes,
            }
        )
        if institution_ids is not UNSET:
            field_dict["institution_ids"] = institution_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        county_codes = cast(list[str], d.pop("county_codes"))

        institution_ids = cast(list[str], d.pop("institution_ids", UNSET))

        plan_create = cls(
            name=name,
            period_from=period_from,
            period_to=period_to,
            county_codes=county_codes,
            institution_ids=institution_ids,
        )

        return plan_create
