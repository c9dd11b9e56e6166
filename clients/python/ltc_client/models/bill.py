from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_employer_half_payer import BillEmployerHalfPayer
from ..models.bill_status import BillStatus

T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """
    Attributes:
        id (UUID):
        person_id (UUID):
        year (int):
        county_code (str):
        category (str):
        employer_credit_code (None | str):
        employer_half_payer (BillEmployerHalfPayer): who owes the employer half: the employer, or the person
        employer_due_fen (int):
        individual_due_fen (int):
        employer_paid_fen (int):
        individual_paid_fen (int):
        excess_fen (int): paid beyond what was due: to refund
        due_on (datetime.date):
        status (BillStatus):
    """

    id: UUID
    person_id: UUID
    year: int
    county_code: str
    category: str
    employer_credit_code: None | str
    employer_half_payer: BillEmployerHalfPayer
    employer_due_fen: int
    individual_due_fen: int
    employer_paid_fen: int
    individual_paid_fen: int
    excess_fen: int
    due_on: datetime.date
    status: BillStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        year = self.year

        county_code = self.county_code

        category = self.category

        employer_credit_code: None | str
        employer_credit_code = self.employer_credit_code

        employer_half_payer = self.employer_half_payer.value

        employer_due_fen = self.employer_due_fen

        individual_due_fen = self.individual_due_fen

        employer_paid_fen = self.employer_paid_fen

        individual_paid_fen = self.individual_paid_fen

        excess_fen = self.excess_fen

        due_on = self.due_on.isoformat()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "person_id": person_id,
                "year": year,
                "county_code": county_code,
                "category": category,
                "employer_credit_code": employer_credit_code,
                "employer_half_payer": employer_half_payer,
                "employer_due_fen": employer_due_fen,
                "individual_due_fen": individual_due_fen,
                "employer_paid_fen": employer_paid_fen,
                "individual_paid_fen": individual_paid_fen,
                "excess_fen": excess_fen,
                "due_on": due_on,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("person_id"))

        year = d.pop("year")

        county_code = d.pop("county_code")

        category = d.pop("category")

        def _parse_employer_credit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_credit_code = _parse_employer_credit_code(d.pop("employer_credit_code"))

        employer_half_payer = BillEmployerHalfPayer(d.pop("employer_half_payer"))

        employer_due_fen = d.pop("employer_due_fen")

        individual_due_fen = d.pop("individual_due_fen")

        employer_paid_fen = d.pop("employer_paid_fen")

        individual_paid_fen = d.pop("individual_paid_fen")

        excess_fen = d.pop("excess_fen")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        status = BillStatus(d.pop("status"))

        bill = cls(
            id=id,
            person_id=person_id,
            year=year,
            county_code=county_code,
            category=category,
            employer_credit_code=employer_credit_code,
            employer_half_payer=employer_half_payer,
            employer_due_fen=employer_due_fen,
            individual_due_fen=individual_due_fen,
            employer_paid_fen=employer_paid_fen,
            individual_paid_fen=individual_paid_fen,
            excess_fen=excess_fen,
            due_on=due_on,
            status=status,
        )

        bill.additional_properties = d
        return bill

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
