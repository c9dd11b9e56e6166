from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DryRunInstitution")


@_attrs_define
class DryRunInstitution:
    """
    Attributes:
        records (int):
        records_changed (int): records whose eligible amount or fund share changes
        claimed_fen (int):
        eligible_before_fen (int):
        eligible_after_fen (int):
        fund_before_fen (int):
        fund_after_fen (int):
        difference_fen (int): fund after − fund before
        institution_id (str):
    """

    records: int
    records_changed: int
    claimed_fen: int
    eligible_before_fen: int
    eligible_after_fen: int
    fund_before_fen: int
    fund_after_fen: int
    difference_fen: int
    institution_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = self.records

        records_changed = self.records_changed

        claimed_fen = self.claimed_fen

        eligible_before_fen = self.eligible_before_fen

        eligible_after_fen = self.eligible_after_fen

        fund_before_fen = self.fund_before_fen

        fund_after_fen = self.fund_after_fen

        difference_fen = self.difference_fen

        institution_id = self.institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "records_changed": records_changed,
                "claimed_fen": claimed_fen,
                "eligible_before_fen": eligible_before_fen,
                "eligible_after_fen": eligible_after_fen,
                "fund_before_fen": fund_before_fen,
                "fund_after_fen": fund_after_fen,
                "difference_fen": difference_fen,
                "institution_id": institution_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        records = d.pop("records")

        records_changed = d.pop("records_changed")

        claimed_fen = d.pop("claimed_fen")

        eligible_before_fen = d.pop("eligible_before_fen")

        eligible_after_fen = d.pop("eligible_after_fen")

        fund_before_fen = d.pop("fund_before_fen")

        fund_after_fen = d.pop("fund_after_fen")

        difference_fen = d.pop("difference_fen")

        institution_id = d.pop("institution_id")

        dry_run_institution = cls(
            records=records,
            records_changed=records_changed,
            claimed_fen=claimed_fen,
            eligible_before_fen=eligible_before_fen,
            eligible_after_fen=eligible_after_fen,
            fund_before_fen=fund_before_fen,
            fund_after_fen=fund_after_fen,
            difference_fen=difference_fen,
            institution_id=institution_id,
        )

        dry_run_institution.additional_properties = d
        return dry_run_institution

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
