from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCreate")


@_attrs_define
class RunCreate:
    """
    Attributes:
        county_code (str):
        month (str): the month to settle: YYYY-MM (any day of it, YYYY-MM-DD, too)
        resettle (bool | Unset): explicitly reverse the settled run and settle again Default: False.
        reason (None | str | Unset):
    """

    county_code: str
    month: str
    resettle: bool | Unset = False
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        month = self.month

        resettle = self.resettle

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "month": month,
            }
        )
        if resettle is not UNSET:
            field_dict["resettle"] = resettle
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        month = d.pop("month")

        resettle = d.pop("resettle", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        run_create = cls(
            county_code=county_code,
            month=month,
            resettle=resettle,
            reason=reason,
        )

        return run_create
