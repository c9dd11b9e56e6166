from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supervision_kind import SupervisionKind

if TYPE_CHECKING:
    from ..models.supervision_round_findings_item import SupervisionRoundFindingsItem


T = TypeVar("T", bound="SupervisionRound")


@_attrs_define
class SupervisionRound:
    """
    Attributes:
        id (UUID):
        kind (SupervisionKind): 季度跟踪, 半年督查, 年终核验 (S003 annex 1 #11).
        period_from (datetime.date):
        period_to (datetime.date):
        county_code (None | str):
        held_on (datetime.date):
        findings (list[SupervisionRoundFindingsItem]):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    kind: SupervisionKind
    period_from: datetime.date
    period_to: datetime.date
    county_code: None | str
    held_on: datetime.date
    findings: list[SupervisionRoundFindingsItem]
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        county_code: None | str
        county_code = self.county_code

        held_on = self.held_on.isoformat()

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "period_from": period_from,
                "period_to": period_to,
                "county_code": county_code,
                "held_on": held_on,
                "findings": findings,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.supervision_round_findings_item import SupervisionRoundFindingsItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = SupervisionKind(d.pop("kind"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = SupervisionRoundFindingsItem.from_dict(findings_item_data)

            findings.append(findings_item)

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        supervision_round = cls(
            id=id,
            kind=kind,
            period_from=period_from,
            period_to=period_to,
            county_code=county_code,
            held_on=held_on,
            findings=findings,
            created_by=created_by,
            created_at=created_at,
        )

        supervision_round.additional_properties = d
        return supervision_round

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
