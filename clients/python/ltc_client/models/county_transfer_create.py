from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CountyTransferCreate")


@_attrs_define
class CountyTransferCreate:
    """
    Attributes:
        county_code (str):
        effective_on (datetime.date):
        reason (str):
    """

    county_code: str
    effective_on: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        effective_on = self.effective_on.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "effective_on": effective_on,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        reason = d.pop("reason")

        county_transfer_create = cls(
            county_code=county_code,
            effective_on=effective_on,
            reason=reason,
        )

        return county_transfer_create
