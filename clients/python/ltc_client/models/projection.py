from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.projection_create_output import ProjectionCreateOutput
    from ..models.projection_outputs import ProjectionOutputs


T = TypeVar("T", bound="Projection")


@_attrs_define
class Projection:
    """
    Attributes:
        id (UUID):
        name (str):
        base_year (int):
        rule_set_version (str):
        status (str):
        progress_bp (int): share of the base year's months replayed, basis points
        inputs (ProjectionCreateOutput):
        created_by (str):
        created_at (datetime.datetime):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        outputs (None | ProjectionOutputs | Unset):
        error (None | str | Unset):
    """

    id: UUID
    name: str
    base_year: int
    rule_set_version: str
    status: str
    progress_bp: int
    inputs: ProjectionCreateOutput
    created_by: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    outputs: None | ProjectionOutputs | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.projection_outputs import ProjectionOutputs

        id = str(self.id)

        name = self.name

        base_year = self.base_year

        rule_set_version = self.rule_set_version

        status = self.status

        progress_bp = self.progress_bp

        inputs = self.inputs.to_dict()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, ProjectionOutputs):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "base_year": base_year,
                "rule_set_version": rule_set_version,
                "status": status,
                "progress_bp": progress_bp,
                "inputs": inputs,
                "created_by": created_by,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
            }
        )
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.projection_create_output import ProjectionCreateOutput
        from ..models.projection_outputs import ProjectionOutputs

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        base_year = d.pop("base_year")

        rule_set_version = d.pop("rule_set_version")

        status = d.pop("status")

        progress_bp = d.pop("progress_bp")

        inputs = ProjectionCreateOutput.from_dict(d.pop("inputs"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_outputs(data: object) -> None | ProjectionOutputs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = ProjectionOutputs.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectionOutputs | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        projection = cls(
            id=id,
            name=name,
            base_year=base_year,
            rule_set_version=rule_set_version,
            status=status,
            progress_bp=progress_bp,
            inputs=inputs,
            created_by=created_by,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            outputs=outputs,
            error=error,
        )

        projection.additional_properties = d
        return projection

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
