from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """
    Attributes:
        finding (str):
        task_id (None | Unset | UUID): the task it concerns, if any
        rectify_by (datetime.date | None | Unset):
    """

    finding: str
    task_id: None | Unset | UUID = UNSET
    rectify_by: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        finding = self.finding

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        elif isinstance(self.task_id, UUID):
            task_id = str(self.task_id)
        else:
            task_id = self.task_id

        rectify_by: None | str | Unset
        if isinstance(self.rectify_by, Unset):
            rectify_by = UNSET
        elif isinstance(self.rectify_by, datetime.date):
            rectify_by = self.rectify_by.isoformat()
        else:
            rectify_by = self.rectify_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "finding": finding,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if rectify_by is not UNSET:
            field_dict["rectify_by"] = rectify_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        finding = d.pop("finding")

        def _parse_task_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_id_type_0 = UUID(data)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_rectify_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectify_by_type_0 = datetime.date.fromisoformat(data)

                return rectify_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        rectify_by = _parse_rectify_by(d.pop("rectify_by", UNSET))

        finding = cls(
            finding=finding,
            task_id=task_id,
            rectify_by=rectify_by,
        )

        return finding
