from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.person_create_category import PersonCreateCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonCreate")


@_attrs_define
class PersonCreate:
    """
    Attributes:
        id_number (str): 18-character resident ID number; a lower-case x is accepted
        name (str):
        category (PersonCreateCategory):
        county_code (str): accounting county — its own field, never read from the ID
        enrolled_on (datetime.date):
        employer_credit_code (None | str | Unset): required for employees
    """

    id_number: str
    name: str
    category: PersonCreateCategory
    county_code: str
    enrolled_on: datetime.date
    employer_credit_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        name = self.name

        category = self.category.value

        county_code = self.county_code

        enrolled_on = self.enrolled_on.isoformat()

        employer_credit_code: None | str | Unset
        if isinstance(self.employer_credit_code, Unset):
            employer_credit_code = UNSET
        else:
            employer_credit_code = self.employer_credit_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_number": id_number,
                "name": name,
                "category": category,
                "county_code": county_code,
                "enrolled_on": enrolled_on,
            }
        )
        if employer_credit_code is not UNSET:
            field_dict["employer_credit_code"] = employer_credit_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_number = d.pop("id_number")

        name = d.pop("name")

        category = PersonCreateCategory(d.pop("category"))

        county_code = d.pop("county_code")

        enrolled_on = datetime.date.fromisoformat(d.pop("enrolled_on"))

        def _parse_employer_credit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_credit_code = _parse_employer_credit_code(d.pop("employer_credit_code", UNSET))

        person_create = cls(
            id_number=id_number,
            name=name,
            category=category,
            county_code=county_code,
            enrolled_on=enrolled_on,
            employer_credit_code=employer_credit_code,
        )

        return person_create
