from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.budget_status_change_status import BudgetStatusChangeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetStatusChange")


@_attrs_define
class BudgetStatusChange:
    """
    Attributes:
        status (BudgetStatusChangeStatus): submitted (a draft); approved (a submitted one, with finance's reference);
            draft (a submitted one returned)
        finance_approval_reference (None | str | Unset): the finance department's approval (财政批复文号), required to approve
        reason (None | str | Unset):
    """

    status: BudgetStatusChangeStatus
    finance_approval_reference: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        finance_approval_reference: None | str | Unset
        if isinstance(self.finance_approval_reference, Unset):
            finance_approval_reference = UNSET
        else:
            finance_approval_reference = self.finance_approval_reference

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
        if finance_approval_reference is not UNSET:
            field_dict["finance_approval_reference"] = finance_approval_reference
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = BudgetStatusChangeStatus(d.pop("status"))

        def _parse_finance_approval_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finance_approval_reference = _parse_finance_approval_reference(
            d.pop("finance_approval_reference", UNSET)
        )

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        budget_status_change = cls(
            status=status,
            finance_approval_reference=finance_approval_reference,
            reason=reason,
        )

        return budget_status_change
