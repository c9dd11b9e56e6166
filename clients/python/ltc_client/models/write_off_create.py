from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WriteOffCreate")


@_attrs_define
class WriteOffCreate:
    """What the bureau gives up recovering (核销), with why.

    Attributes:
        written_off_on (datetime.date):
        reason (str):
        reference (str): the decision's number: one write-off
        amount_fen (int | None | Unset): all that is outstanding when left out
    """

    written_off_on: datetime.date
    reason: str
    reference: str
    amount_fen: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        written_off_on = self.written_off_on.isoformat()

        reason = self.reason

        reference = self.reference

        amount_fen: int | None | Unset
        if isinstance(self.amount_fen, Unset):
            amount_fen = UNSET
        else:
            amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "written_off_on": written_off_on,
                "reason": reason,
                "reference": reference,
            }
        )
        if amount_fen is not UNSET:
            field_dict["amount_fen"] = amount_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        written_off_on = datetime.date.fromisoformat(d.pop("written_off_on"))

        reason = d.pop("reason")

        reference = d.pop("reference")

        def _parse_amount_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_fen = _parse_amount_fen(d.pop("amount_fen", UNSET))

        write_off_create = cls(
            written_off_on=written_off_on,
            reason=reason,
            reference=reference,
            amount_fen=amount_fen,
        )

        return write_off_create
