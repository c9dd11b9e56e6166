from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dispute_decision_decision import DisputeDecisionDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeDecision")


@_attrs_define
class DisputeDecision:
    """
    Attributes:
        decision (DisputeDecisionDecision):
        reason (str):
        adjustment_fen (int | None | Unset): upheld: what the fund pays with the next settlement; default the fund's
            share of the deduction; at most the deduction
    """

    decision: DisputeDecisionDecision
    reason: str
    adjustment_fen: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason = self.reason

        adjustment_fen: int | None | Unset
        if isinstance(self.adjustment_fen, Unset):
            adjustment_fen = UNSET
        else:
            adjustment_fen = self.adjustment_fen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "reason": reason,
            }
        )
        if adjustment_fen is not UNSET:
            field_dict["adjustment_fen"] = adjustment_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decision = DisputeDecisionDecision(d.pop("decision"))

        reason = d.pop("reason")

        def _parse_adjustment_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        adjustment_fen = _parse_adjustment_fen(d.pop("adjustment_fen", UNSET))

        dispute_decision = cls(
            decision=decision,
            reason=reason,
            adjustment_fen=adjustment_fen,
        )

        return dispute_decision
