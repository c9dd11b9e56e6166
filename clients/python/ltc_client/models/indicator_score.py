from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_score_source import IndicatorScoreSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_score_evidence_type_0 import IndicatorScoreEvidenceType0


T = TypeVar("T", bound="IndicatorScore")


@_attrs_define
class IndicatorScore:
    """
    Attributes:
        indicator_code (str):
        source (IndicatorScoreSource):
        weight_bp (int):
        value (int | None): the measured value (computed, survey); null for a given score
        points_bp (int): 0–100.00 points as 0–10000
        scored_by (str):
        scored_at (datetime.datetime):
        note (None | str | Unset):
        evidence (IndicatorScoreEvidenceType0 | None | Unset): what the value was read from (the KPI's numerator,
            denominator, unit)
    """

    indicator_code: str
    source: IndicatorScoreSource
    weight_bp: int
    value: int | None
    points_bp: int
    scored_by: str
    scored_at: datetime.datetime
    note: None | str | Unset = UNSET
    evidence: IndicatorScoreEvidenceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_score_evidence_type_0 import IndicatorScoreEvidenceType0

        indicator_code = self.indicator_code

        source = self.source.value

        weight_bp = self.weight_bp

        value: int | None
        value = self.value

        points_bp = self.points_bp

        scored_by = self.scored_by

        scored_at = self.scored_at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, IndicatorScoreEvidenceType0):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator_code": indicator_code,
                "source": source,
                "weight_bp": weight_bp,
                "value": value,
                "points_bp": points_bp,
                "scored_by": scored_by,
                "scored_at": scored_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.indicator_score_evidence_type_0 import IndicatorScoreEvidenceType0

        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        source = IndicatorScoreSource(d.pop("source"))

        weight_bp = d.pop("weight_bp")

        def _parse_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        value = _parse_value(d.pop("value"))

        points_bp = d.pop("points_bp")

        scored_by = d.pop("scored_by")

        scored_at = datetime.datetime.fromisoformat(d.pop("scored_at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_evidence(data: object) -> IndicatorScoreEvidenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = IndicatorScoreEvidenceType0.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorScoreEvidenceType0 | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        indicator_score = cls(
            indicator_code=indicator_code,
            source=source,
            weight_bp=weight_bp,
            value=value,
            points_bp=points_bp,
            scored_by=scored_by,
            scored_at=scored_at,
            note=note,
            evidence=evidence,
        )

        indicator_score.additional_properties = d
        return indicator_score

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
