from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_task_status import PlanTaskStatus

if TYPE_CHECKING:
    from ..models.plan_task_evidence_item import PlanTaskEvidenceItem
    from ..models.plan_task_status_history_item import PlanTaskStatusHistoryItem


T = TypeVar("T", bound="PlanTask")


@_attrs_define
class PlanTask:
    """
    Attributes:
        id (UUID):
        code (str):
        year (int):
        title (str):
        requirement (str):
        source (str):
        county_code (None | str):
        responsible (str):
        assisting (list[str]):
        due_on (datetime.date):
        status (PlanTaskStatus): A task of the plan's list (清单) and its closure (闭环): open → done (with evidence) →
            verified, or
            reopened (→ done again).
        done_on (datetime.date | None):
        overdue (bool): open or reopened past its deadline
        done_late (bool): done after its deadline
        evidence (list[PlanTaskEvidenceItem]):
        status_history (list[PlanTaskStatusHistoryItem]):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    code: str
    year: int
    title: str
    requirement: str
    source: str
    county_code: None | str
    responsible: str
    assisting: list[str]
    due_on: datetime.date
    status: PlanTaskStatus
    done_on: datetime.date | None
    overdue: bool
    done_late: bool
    evidence: list[PlanTaskEvidenceItem]
    status_history: list[PlanTaskStatusHistoryItem]
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        year = self.year

        title = self.title

        requirement = self.requirement

        source = self.source

        county_code: None | str
        county_code = self.county_code

        responsible = self.responsible

        assisting = self.assisting

        due_on = self.due_on.isoformat()

        status = self.status.value

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        overdue = self.overdue

        done_late = self.done_late

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "year": year,
                "title": title,
                "requirement": requirement,
                "source": source,
                "county_code": county_code,
                "responsible": responsible,
                "assisting": assisting,
                "due_on": due_on,
                "status": status,
                "done_on": done_on,
                "overdue": overdue,
                "done_late": done_late,
                "evidence": evidence,
                "status_history": status_history,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_task_evidence_item import PlanTaskEvidenceItem
        from ..models.plan_task_status_history_item import PlanTaskStatusHistoryItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        year = d.pop("year")

        title = d.pop("title")

        requirement = d.pop("requirement")

        source = d.pop("source")

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        responsible = d.pop("responsible")

        assisting = cast(list[str], d.pop("assisting"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        status = PlanTaskStatus(d.pop("status"))

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)

                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))

        overdue = d.pop("overdue")

        done_late = d.pop("done_late")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = PlanTaskEvidenceItem.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = PlanTaskStatusHistoryItem.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        plan_task = cls(
            id=id,
            code=code,
            year=year,
            title=title,
            requirement=requirement,
            source=source,
            county_code=county_code,
            responsible=responsible,
            assisting=assisting,
            due_on=due_on,
            status=status,
            done_on=done_on,
            overdue=overdue,
            done_late=done_late,
            evidence=evidence,
            status_history=status_history,
            created_by=created_by,
            created_at=created_at,
        )

        plan_task.additional_properties = d
        return plan_task

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
