from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kpi_batch_calls import KpiBatchCalls
    from ..models.kpi_batch_item import KpiBatchItem


T = TypeVar("T", bound="KpiBatch")


@_attrs_define
class KpiBatch:
    """What one batch fetch did: the evaluations it scored, and how many calls each provider took.

    Attributes:
        scheme_id (UUID):
        period_from (datetime.date):
        period_to (datetime.date):
        evaluations (list[KpiBatchItem]): the evaluations whose KPIs were fetched, by id
        calls (KpiBatchCalls): calls made per provider: one per grouping, plus one per subject no group answers
    """

    scheme_id: UUID
    period_from: datetime.date
    period_to: datetime.date
    evaluations: list[KpiBatchItem]
    calls: KpiBatchCalls
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme_id = str(self.scheme_id)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        calls = self.calls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme_id": scheme_id,
                "period_from": period_from,
                "period_to": period_to,
                "evaluations": evaluations,
                "calls": calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kpi_batch_calls import KpiBatchCalls
        from ..models.kpi_batch_item import KpiBatchItem

        d = dict(src_dict)
        scheme_id = UUID(d.pop("scheme_id"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = KpiBatchItem.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        calls = KpiBatchCalls.from_dict(d.pop("calls"))

        kpi_batch = cls(
            scheme_id=scheme_id,
            period_from=period_from,
            period_to=period_to,
            evaluations=evaluations,
            calls=calls,
        )

        kpi_batch.additional_properties = d
        return kpi_batch

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
