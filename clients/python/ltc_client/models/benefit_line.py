from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitLine")


@_attrs_define
class BenefitLine:
    """
    Attributes:
        institution_id (str):
        care_mode (str):
        records (int):
        claimed_fen (int):
        deducted_fen (int):
        fund_paid_fen (int): what the fund paid the institution on the person's behalf
        person_pays_fen (int): the person's own share of what was eligible
        adjustments_fen (int | Unset): upheld disputes of the person's records paid this month Default: 0.
    """

    institution_id: str
    care_mode: str
    records: int
    claimed_fen: int
    deducted_fen: int
    fund_paid_fen: int
    person_pays_fen: int
    adjustments_fen: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        care_mode = self.care_mode

        records = self.records

        claimed_fen = self.claimed_fen

        deducted_fen = self.deducted_fen

        fund_paid_fen = self.fund_paid_fen

        person_pays_fen = self.person_pays_fen

        adjustments_fen = self.adjustments_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institution_id": institution_id,
                "care_mode": care_mode,
                "records": records,
                "claimed_fen": claimed_fen,
                "deducted_fen": deducted_fen,
                "fund_paid_fen": fund_paid_fen,
                "person_pays_fen": person_pays_fen,
            }
        )
        if adjustments_fen is not UNSET:
            field_dict["adjustments_fen"] = adjustments_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_id = d.pop("institution_id")

        care_mode = d.pop("care_mode")

        records = d.pop("records")

        claimed_fen = d.pop("claimed_fen")

        deducted_fen = d.pop("deducted_fen")

        fund_paid_fen = d.pop("fund_paid_fen")

        person_pays_fen = d.pop("person_pays_fen")

        adjustments_fen = d.pop("adjustments_fen", UNSET)

        benefit_line = cls(
            institution_id=institution_id,
            care_mode=care_mode,
            records=records,
            claimed_fen=claimed_fen,
            deducted_fen=deducted_fen,
            fund_paid_fen=fund_paid_fen,
            person_pays_fen=person_pays_fen,
            adjustments_fen=adjustments_fen,
        )

        benefit_line.additional_properties = d
        return benefit_line

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
