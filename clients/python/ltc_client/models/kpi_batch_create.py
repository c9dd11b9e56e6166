from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="KpiBatchCreate")


@_attrs_define
class KpiBatchCreate:
    """Fetch the KPIs of every evaluation of one scheme version and period still being scored.

    Attributes:
        scheme_id (UUID): the scheme version the evaluations are made under
        period_from (datetime.date):
        period_to (datetime.date):
    """

    scheme_id: UUID
    period_from: datetime.date
    period_to: datetime.date

    def to_dict(self) -> dict[str, Any]:
        scheme_id = str(self.scheme_id)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme_id": scheme_id,
                "period_from": period_from,
                "period_to": period_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scheme_id = UUID(d.pop("scheme_id"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        kpi_batch_create = cls(
            scheme_id=scheme_id,
            period_from=period_from,
            period_to=period_to,
        )

        return kpi_batch_create
