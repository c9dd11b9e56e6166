from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_category import PersonCategory
from ..models.person_sex import PersonSex
from ..models.person_status import PersonStatus

T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """
    Attributes:
        id (UUID):
        id_number (str): whole on detail reads by contractor and bureau, masked elsewhere
        name (str):
        sex (PersonSex):
        birth_date (datetime.date):
        category (PersonCategory):
        county_code (str):
        employer_credit_code (None | str):
        enrolled_on (datetime.date):
        status (PersonStatus):
        status_on (datetime.date): the date the current status took effect
        created_at (datetime.datetime):
    """

    id: UUID
    id_number: str
    name: str
    sex: PersonSex
    birth_date: datetime.date
    category: PersonCategory
    county_code: str
    employer_credit_code: None | str
    enrolled_on: datetime.date
    status: PersonStatus
    status_on: datetime.date
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        id_number = self.id_number

        name = self.name

        sex = self.sex.value

        birth_date = self.birth_date.isoformat()

        category = self.category.value

        county_code = self.county_code

        employer_credit_code: None | str
        employer_credit_code = self.employer_credit_code

        enrolled_on = self.enrolled_on.isoformat()

        status = self.status.value

        status_on = self.status_on.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "id_number": id_number,
                "name": name,
                "sex": sex,
                "birth_date": birth_date,
                "category": category,
                "county_code": county_code,
                "employer_credit_code": employer_credit_code,
                "enrolled_on": enrolled_on,
                "status": status,
                "status_on": status_on,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        id_number = d.pop("id_number")

        name = d.pop("name")

        sex = PersonSex(d.pop("sex"))

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        category = PersonCategory(d.pop("category"))

        county_code = d.pop("county_code")

        def _parse_employer_credit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_credit_code = _parse_employer_credit_code(d.pop("employer_credit_code"))

        enrolled_on = datetime.date.fromisoformat(d.pop("enrolled_on"))

        status = PersonStatus(d.pop("status"))

        status_on = datetime.date.fromisoformat(d.pop("status_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        person = cls(
            id=id,
            id_number=id_number,
            name=name,
            sex=sex,
            birth_date=birth_date,
            category=category,
            county_code=county_code,
            employer_credit_code=employer_credit_code,
            enrolled_on=enrolled_on,
            status=status,
            status_on=status_on,
            created_at=created_at,
        )

        person.additional_properties = d
        return person

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
