from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.oversight_finding_kind import OversightFindingKind
from ..models.oversight_finding_severity import OversightFindingSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="OversightFinding")


@_attrs_define
class OversightFinding:
    """
    Attributes:
        kind (OversightFindingKind):
        severity (OversightFindingSeverity):
        description (str):
        rectification_required (bool | Unset): orders a rectification Default: True.
    """

    kind: OversightFindingKind
    severity: OversightFindingSeverity
    description: str
    rectification_required: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        severity = self.severity.value

        description = self.description

        rectification_required = self.rectification_required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "severity": severity,
                "description": description,
            }
        )
        if rectification_required is not UNSET:
            field_dict["rectification_required"] = rectification_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = OversightFindingKind(d.pop("kind"))

        severity = OversightFindingSeverity(d.pop("severity"))

        description = d.pop("description")

        rectification_required = d.pop("rectification_required", UNSET)

        oversight_finding = cls(
            kind=kind,
            severity=severity,
            description=description,
            rectification_required=rectification_required,
        )

        return oversight_finding
