from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.benefit_line import BenefitLine


T = TypeVar("T", bound="BenefitStatement")


@_attrs_define
class BenefitStatement:
    """
    Attributes:
        person_id (UUID):
        month (datetime.date):
        county_code (None | str):
        lines (list[BenefitLine]):
        fund_paid_fen (int):
        person_pays_fen (int):
        unsettled_records (int): records of the month not settled yet (not included above)
    """

    person_id: UUID
    month: datetime.date
    county_code: None | str
    lines: list[BenefitLine]
    fund_paid_fen: int
    person_pays_fen: int
    unsettled_records: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        month = self.month.isoformat()

        county_code: None | str
        county_code = self.county_code

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        fund_paid_fen = self.fund_paid_fen

        person_pays_fen = self.person_pays_fen

        unsettled_records = self.unsettled_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_id": person_id,
                "month": month,
                "county_code": county_code,
                "lines": lines,
                "fund_paid_fen": fund_paid_fen,
                "person_pays_fen": person_pays_fen,
                "unsettled_records": unsettled_records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.benefit_line import BenefitLine

        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        month = datetime.date.fromisoformat(d.pop("month"))

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BenefitLine.from_dict(lines_item_data)

            lines.append(lines_item)

        fund_paid_fen = d.pop("fund_paid_fen")

        person_pays_fen = d.pop("person_pays_fen")

        unsettled_records = d.pop("unsettled_records")

        benefit_statement = cls(
            person_id=person_id,
            month=month,
            county_code=county_code,
            lines=lines,
            fund_paid_fen=fund_paid_fen,
            person_pays_fen=person_pays_fen,
            unsettled_records=unsettled_records,
        )

        benefit_statement.additional_properties = d
        return benefit_statement

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
