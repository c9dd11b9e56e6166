from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Cell")


@_attrs_define
class Cell:
    """One care mode × level of a county: the base year as settled, replayed, and grown.

    Attributes:
        care_mode (str):
        level (str):
        records (int):
        records_changed (int):
        claimed_fen (int):
        settled_fund_fen (int): the fund paid for these records as settled
        replayed_fund_fen (int): the fund the draft pays for the same records
        expenditure_fen (int): replayed, with the growth of the level and the mode
    """

    care_mode: str
    level: str
    records: int
    records_changed: int
    claimed_fen: int
    settled_fund_fen: int
    replayed_fund_fen: int
    expenditure_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        care_mode = self.care_mode

        level = self.level

        records = self.records

        records_changed = self.records_changed

        claimed_fen = self.claimed_fen

        settled_fund_fen = self.settled_fund_fen

        replayed_fund_fen = self.replayed_fund_fen

        expenditure_fen = self.expenditure_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "care_mode": care_mode,
                "level": level,
                "records": records,
                "records_changed": records_changed,
                "claimed_fen": claimed_fen,
                "settled_fund_fen": settled_fund_fen,
                "replayed_fund_fen": replayed_fund_fen,
                "expenditure_fen": expenditure_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        care_mode = d.pop("care_mode")

        level = d.pop("level")

        records = d.pop("records")

        records_changed = d.pop("records_changed")

        claimed_fen = d.pop("claimed_fen")

        settled_fund_fen = d.pop("settled_fund_fen")

        replayed_fund_fen = d.pop("replayed_fund_fen")

        expenditure_fen = d.pop("expenditure_fen")

        cell = cls(
            care_mode=care_mode,
            level=level,
            records=records,
            records_changed=records_changed,
            claimed_fen=claimed_fen,
            settled_fund_fen=settled_fund_fen,
            replayed_fund_fen=replayed_fund_fen,
            expenditure_fen=expenditure_fen,
        )

        cell.additional_properties = d
        return cell

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
