from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rescore import Rescore


T = TypeVar("T", bound="ServicesOversightEvaluationsSchemasDecisionCreate")


@_attrs_define
class ServicesOversightEvaluationsSchemasDecisionCreate:
    """
    Attributes:
        upheld (bool): true: the objection holds and the scores below replace the old ones
        reason (str):
        scores (list[Rescore] | Unset):
    """

    upheld: bool
    reason: str
    scores: list[Rescore] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        upheld = self.upheld

        reason = self.reason

        scores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = []
            for scores_item_data in self.scores:
                scores_item = scores_item_data.to_dict()
                scores.append(scores_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "upheld": upheld,
                "reason": reason,
            }
        )
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rescore import Rescore

        d = dict(src_dict)
        upheld = d.pop("upheld")

        reason = d.pop("reason")

        _scores = d.pop("scores", UNSET)
        scores: list[Rescore] | Unset = UNSET
        if _scores is not UNSET:
            scores = []
            for scores_item_data in _scores:
                scores_item = Rescore.from_dict(scores_item_data)

                scores.append(scores_item)

        services_oversight_evaluations_schemas_decision_create = cls(
            upheld=upheld,
            reason=reason,
            scores=scores,
        )

        return services_oversight_evaluations_schemas_decision_create
