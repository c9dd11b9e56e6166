from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Grade")


@_attrs_define
class Grade:
    """
    Attributes:
        rule_source (str): where the values come from
        grade (str):
        min_score_bp (int): the lowest weighted score with this grade
        fee_release_bp (int): share of the fee at risk that is paid
        deposit_release_bp (int): share of the quality deposit released
        renewal_eligible (bool):
        confirmed (bool | Unset): false: no source fixes these values yet Default: False.
    """

    rule_source: str
    grade: str
    min_score_bp: int
    fee_release_bp: int
    deposit_release_bp: int
    renewal_eligible: bool
    confirmed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        rule_source = self.rule_source

        grade = self.grade

        min_score_bp = self.min_score_bp

        fee_release_bp = self.fee_release_bp

        deposit_release_bp = self.deposit_release_bp

        renewal_eligible = self.renewal_eligible

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule_source": rule_source,
                "grade": grade,
                "min_score_bp": min_score_bp,
                "fee_release_bp": fee_release_bp,
                "deposit_release_bp": deposit_release_bp,
                "renewal_eligible": renewal_eligible,
            }
        )
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rule_source = d.pop("rule_source")

        grade = d.pop("grade")

        min_score_bp = d.pop("min_score_bp")

        fee_release_bp = d.pop("fee_release_bp")

        deposit_release_bp = d.pop("deposit_release_bp")

        renewal_eligible = d.pop("renewal_eligible")

        confirmed = d.pop("confirmed", UNSET)

        grade = cls(
            rule_source=rule_source,
            grade=grade,
            min_score_bp=min_score_bp,
            fee_release_bp=fee_release_bp,
            deposit_release_bp=deposit_release_bp,
            renewal_eligible=renewal_eligible,
            confirmed=confirmed,
        )

        return grade
