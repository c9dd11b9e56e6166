from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ObjectionOut")


@_attrs_define
class ObjectionOut:
    """
    Attributes:
        reason (str):
        received_on (datetime.date):
        reassessment_due_on (datetime.date):
        outcome (None | str):
        fee_fen (int | None):
        fee_borne_by (None | str):
    """

    reason: str
    received_on: datetime.date
    reassessment_due_on: datetime.date
    outcome: None | str
    fee_fen: int | None
    fee_borne_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        received_on = self.received_on.isoformat()

        reassessment_due_on = self.reassessment_due_on.isoformat()

        outcome: None | str
        outcome = self.outcome

        fee_fen: int | None
        fee_fen = self.fee_fen

        fee_borne_by: None | str
        fee_borne_by = self.fee_borne_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "received_on": received_on,
                "reassessment_due_on": reassessment_due_on,
                "outcome": outcome,
                "fee_fen": fee_fen,
                "fee_borne_by": fee_borne_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        reassessment_due_on = datetime.date.fromisoformat(d.pop("reassessment_due_on"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_fee_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fee_fen = _parse_fee_fen(d.pop("fee_fen"))

        def _parse_fee_borne_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fee_borne_by = _parse_fee_borne_by(d.pop("fee_borne_by"))

        objection_out = cls(
            reason=reason,
            received_on=received_on,
            reassessment_due_on=reassessment_due_on,
            outcome=outcome,
            fee_fen=fee_fen,
            fee_borne_by=fee_borne_by,
        )

        objection_out.additional_properties = d
        return objection_out

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
