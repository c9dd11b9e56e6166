from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sanction_create_kind import SanctionCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SanctionCreate")


@_attrs_define
class SanctionCreate:
    """
    Attributes:
        kind (SanctionCreateKind):
        reason (str):
        effective_on (datetime.date | None | Unset): default: the decision's day
        ends_on (datetime.date | None | Unset): rectification: its deadline (required); suspension: the last day (open-
            ended when null); credit_record: computed from the rule `credit_record.ban_years`; others: none
        referred_to (None | str | Unset): referral: to whom (required)
    """

    kind: SanctionCreateKind
    reason: str
    effective_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    referred_to: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reason = self.reason

        effective_on: None | str | Unset
        if isinstance(self.effective_on, Unset):
            effective_on = UNSET
        elif isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        referred_to: None | str | Unset
        if isinstance(self.referred_to, Unset):
            referred_to = UNSET
        else:
            referred_to = self.referred_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "reason": reason,
            }
        )
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if referred_to is not UNSET:
            field_dict["referred_to"] = referred_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SanctionCreateKind(d.pop("kind"))

        reason = d.pop("reason")

        def _parse_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)

                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_on = _parse_effective_on(d.pop("effective_on", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_referred_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referred_to = _parse_referred_to(d.pop("referred_to", UNSET))

        sanction_create = cls(
            kind=kind,
            reason=reason,
            effective_on=effective_on,
            ends_on=ends_on,
            referred_to=referred_to,
        )

        return sanction_create
