from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_detail_category import PersonDetailCategory
from ..models.person_detail_sex import PersonDetailSex
from ..models.person_detail_status import PersonDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.county_transfer import CountyTransfer
    from ..models.status_change import StatusChange


T = TypeVar("T", bound="PersonDetail")


@_attrs_define
class PersonDetail:
    """
    Attributes:
        id (UUID):
        id_number (str): whole on detail reads by contractor and bureau, masked elsewhere
        name (str):
        sex (PersonDetailSex):
        birth_date (datetime.date):
        category (PersonDetailCategory):
        county_code (str):
        employer_credit_code (None | str):
        enrolled_on (datetime.date):
        status (PersonDetailStatus):
        status_on (datetime.date): the date the current status took effect
        created_at (datetime.datetime):
        status_history (list[StatusChange]):
        county_transfers (list[CountyTransfer] | Unset):
    """

    id: UUID
    id_number: str
    name: str
    sex: PersonDetailSex
    birth_date: datetime.date
    category: PersonDetailCategory
    county_code: str
    employer_credit_code: None | str
    enrolled_on: datetime.date
    status: PersonDetailStatus
    status_on: datetime.date
    created_at: datetime.datetime
    status_history: list[StatusChange]
    county_transfers: list[CountyTransfer] | Unset = UNSET
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

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        county_transfers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.county_transfers, Unset):
            county_transfers = []
            for county_transfers_item_data in self.county_transfers:
                county_transfers_item = county_transfers_item_data.to_dict()
                county_transfers.append(county_transfers_item)

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
                "status_history": status_history,
            }
        )
        if county_transfers is not UNSET:
            field_dict["county_transfers"] = county_transfers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_transfer import CountyTransfer
        from ..models.status_change import StatusChange

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        id_number = d.pop("id_number")

        name = d.pop("name")

        sex = PersonDetailSex(d.pop("sex"))

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        category = PersonDetailCategory(d.pop("category"))

        county_code = d.pop("county_code")

        def _parse_employer_credit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_credit_code = _parse_employer_credit_code(d.pop("employer_credit_code"))

        enrolled_on = datetime.date.fromisoformat(d.pop("enrolled_on"))

        status = PersonDetailStatus(d.pop("status"))

        status_on = datetime.date.fromisoformat(d.pop("status_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = StatusChange.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        _county_transfers = d.pop("county_transfers", UNSET)
        county_transfers: list[CountyTransfer] | Unset = UNSET
        if _county_transfers is not UNSET:
            county_transfers = []
            for county_transfers_item_data in _county_transfers:
                county_transfers_item = CountyTransfer.from_dict(county_transfers_item_data)

                county_transfers.append(county_transfers_item)

        person_detail = cls(
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
            status_history=status_history,
            county_transfers=county_transfers,
        )

        person_detail.additional_properties = d
        return person_detail

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
