from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FinalAccountsApproval")


@_attrs_define
class FinalAccountsApproval:
    """
    Attributes:
        approval_reference (str): the approval of the final accounts (决算批复文号)
    """

    approval_reference: str

    def to_dict(self) -> dict[str, Any]:
        approval_reference = self.approval_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approval_reference": approval_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approval_reference = d.pop("approval_reference")

        final_accounts_approval = cls(
            approval_reference=approval_reference,
        )

        return final_accounts_approval
