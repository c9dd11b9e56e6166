from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.review_request_stage import ReviewRequestStage

if TYPE_CHECKING:
    from ..models.decision import Decision


T = TypeVar("T", bound="ReviewRequest")


@_attrs_define
class ReviewRequest:
    """Decisions of one review stage; all are applied or none (an unknown record refuses the batch).

    Attributes:
        stage (ReviewRequestStage): first review (初审) or second review (复核)
        reviewer (str): the staff member deciding; a second review needs another
        decisions (list[Decision]):
    """

    stage: ReviewRequestStage
    reviewer: str
    decisions: list[Decision]

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        reviewer = self.reviewer

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stage": stage,
                "reviewer": reviewer,
                "decisions": decisions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.decision import Decision

        d = dict(src_dict)
        stage = ReviewRequestStage(d.pop("stage"))

        reviewer = d.pop("reviewer")

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = Decision.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        review_request = cls(
            stage=stage,
            reviewer=reviewer,
            decisions=decisions,
        )

        return review_request
