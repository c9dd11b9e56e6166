from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.planned_visit import PlannedVisit


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """
    Attributes:
        id (UUID):
        name (str):
        period_from (datetime.date):
        period_to (datetime.date):
        county_codes (list[str]):
        institutions (list[PlannedVisit]):
        visits_planned (int):
        visits_done (int):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    name: str
    period_from: datetime.date
    period_to: datetime.date
    county_codes: list[str]
    institutions: list[PlannedVisit]
    visits_planned: int
    visits_done: int
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        county_codes = self.county_codes

        institutions = []
        for institutions_item_data in self.institutions:
            institutions_item = institutions_item_data.to_dict()
            institutions.append(institutions_item)

        visits_planned = self.visits_planned

        visits_done = self.visits_done

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "period_from": period_from,
                "period_to": period_to,
                "county_codes": county_codes,
                "institutions": institutions,
                "visits_planned": visits_planned,
                "visits_done": visits_done,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.planned_visit import PlannedVisit

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        county_codes = cast(list[str], d.pop("county_codes"))

        institutions = []
        _institutions = d.pop("institutions")
        for institutions_item_data in _institutions:
            institutions_item = PlannedVisit.from_dict(institutions_item_data)

            institutions.append(institutions_item)

        visits_planned = d.pop("visits_planned")

        visits_done = d.pop("visits_done")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        plan = cls(
            id=id,
            name=name,
            period_from=period_from,
            period_to=period_to,
            county_codes=county_codes,
            institutions=institutions,
            visits_planned=visits_planned,
            visits_done=visits_done,
            created_by=created_by,
            created_at=created_at,
        )

        plan.additional_properties = d
        return plan

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
