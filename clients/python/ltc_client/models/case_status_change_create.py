from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_status_change_create_status import CaseStatusChangeCreateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseStatusChangeCreate")


@_attrs_define
class CaseStatusChangeCreate:
    """
    Attributes:
        status (CaseStatusChangeCreateStatus):
        reason (None | str | Unset): required to close an undecided case
    """

    status: CaseStatusChangeCreateStatus
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = CaseStatusChangeCreateStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        case_status_change_create = cls(
            status=status,
            reason=reason,
        )

        return case_status_change_create
