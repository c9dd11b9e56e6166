from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SanctionLift")


@_attrs_define
class SanctionLift:
    """
    Attributes:
        reason (str):
        lifted_on (datetime.date | None | Unset): default: today; the last day it held
    """

    reason: str
    lifted_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        lifted_on: None | str | Unset
        if isinstance(self.lifted_on, Unset):
            lifted_on = UNSET
        elif isinstance(self.lifted_on, datetime.date):
            lifted_on = self.lifted_on.isoformat()
        else:
            lifted_on = self.lifted_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if lifted_on is not UNSET:
            field_dict["lifted_on"] = lifted_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_lifted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifted_on_type_0 = datetime.date.fromisoformat(data)

                return lifted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        lifted_on = _parse_lifted_on(d.pop("lifted_on", UNSET))

        sanction_lift = cls(
            reason=reason,
            lifted_on=lifted_on,
        )

        return sanction_lift
