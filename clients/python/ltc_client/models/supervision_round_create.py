from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.supervision_kind import SupervisionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finding import Finding


T = TypeVar("T", bound="SupervisionRoundCreate")


@_attrs_define
class SupervisionRoundCreate:
    """
    Attributes:
        kind (SupervisionKind): 季度跟踪, 半年督查, 年终核验 (S003 annex 1 #11).
        period_from (datetime.date):
        period_to (datetime.date):
        held_on (datetime.date):
        county_code (None | str | Unset): null: city-wide
        findings (list[Finding] | Unset):
    """

    kind: SupervisionKind
    period_from: datetime.date
    period_to: datetime.date
    held_on: datetime.date
    county_code: None | str | Unset = UNSET
    findings: list[Finding] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        held_on = self.held_on.isoformat()

        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "period_from": period_from,
                "period_to": period_to,
                "held_on": held_on,
            }
        )
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if findings is not UNSET:
            field_dict["findings"] = findings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.finding import Finding

        d = dict(src_dict)
        kind = SupervisionKind(d.pop("kind"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        _findings = d.pop("findings", UNSET)
        findings: list[Finding] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = Finding.from_dict(findings_item_data)

                findings.append(findings_item)

        supervision_round_create = cls(
            kind=kind,
            period_from=period_from,
            period_to=period_to,
            held_on=held_on,
            county_code=county_code,
            findings=findings,
        )

        return supervision_round_create
