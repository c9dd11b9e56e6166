from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SchemeWrite")


@_attrs_define
class SchemeWrite:
    """A new scheme start for a unit, as the bureau sets it.

    Attributes:
        scheme_start_on (datetime.date):
        basis (str): the document the date rests on
        confirmed (bool): whether the basis confirms the date
        reason (str): why it changes
    """

    scheme_start_on: datetime.date
    basis: str
    confirmed: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        scheme_start_on = self.scheme_start_on.isoformat()

        basis = self.basis

        confirmed = self.confirmed

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme_start_on": scheme_start_on,
                "basis": basis,
                "confirmed": confirmed,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scheme_start_on = datetime.date.fromisoformat(d.pop("scheme_start_on"))

        basis = d.pop("basis")

        confirmed = d.pop("confirmed")

        reason = d.pop("reason")

        scheme_write = cls(
            scheme_start_on=scheme_start_on,
            basis=basis,
            confirmed=confirmed,
            reason=reason,
        )

        return scheme_write
