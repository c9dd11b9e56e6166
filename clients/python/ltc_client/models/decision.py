from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.decision_decision import DecisionDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="Decision")


@_attrs_define
class Decision:
    """
    Attributes:
        service_record_id (int):
        decision (DecisionDecision):
        reason (None | str | Unset):
    """

    service_record_id: int
    decision: DecisionDecision
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_record_id = self.service_record_id

        decision = self.decision.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service_record_id": service_record_id,
                "decision": decision,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_record_id = d.pop("service_record_id")

        decision = DecisionDecision(d.pop("decision"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        decision = cls(
            service_record_id=service_record_id,
            decision=decision,
            reason=reason,
        )

        return decision
