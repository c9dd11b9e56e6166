from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.outlet import Outlet
    from ..models.qualification import Qualification


T = TypeVar("T", bound="Contractor")


@_attrs_define
class Contractor:
    """
    Attributes:
        credit_code (str): unified social credit code (GB 32100-2015)
        name (str):
        team_size (int): staff on the fund's operation
        id (UUID):
        qualified (bool): every one of S001's seven conditions is listed and met
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        contacts (list[Contact] | Unset):
        outlets (list[Outlet] | Unset):
        qualifications (list[Qualification] | Unset): S001's qualifying conditions, each once, with evidence
    """

    credit_code: str
    name: str
    team_size: int
    id: UUID
    qualified: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contacts: list[Contact] | Unset = UNSET
    outlets: list[Outlet] | Unset = UNSET
    qualifications: list[Qualification] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_code = self.credit_code

        name = self.name

        team_size = self.team_size

        id = str(self.id)

        qualified = self.qualified

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        outlets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outlets, Unset):
            outlets = []
            for outlets_item_data in self.outlets:
                outlets_item = outlets_item_data.to_dict()
                outlets.append(outlets_item)

        qualifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = []
            for qualifications_item_data in self.qualifications:
                qualifications_item = qualifications_item_data.to_dict()
                qualifications.append(qualifications_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credit_code": credit_code,
                "name": name,
                "team_size": team_size,
                "id": id,
                "qualified": qualified,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if outlets is not UNSET:
            field_dict["outlets"] = outlets
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact import Contact
        from ..models.outlet import Outlet
        from ..models.qualification import Qualification

        d = dict(src_dict)
        credit_code = d.pop("credit_code")

        name = d.pop("name")

        team_size = d.pop("team_size")

        id = UUID(d.pop("id"))

        qualified = d.pop("qualified")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _outlets = d.pop("outlets", UNSET)
        outlets: list[Outlet] | Unset = UNSET
        if _outlets is not UNSET:
            outlets = []
            for outlets_item_data in _outlets:
                outlets_item = Outlet.from_dict(outlets_item_data)

                outlets.append(outlets_item)

        _qualifications = d.pop("qualifications", UNSET)
        qualifications: list[Qualification] | Unset = UNSET
        if _qualifications is not UNSET:
            qualifications = []
            for qualifications_item_data in _qualifications:
                qualifications_item = Qualification.from_dict(qualifications_item_data)

                qualifications.append(qualifications_item)

        contractor = cls(
            credit_code=credit_code,
            name=name,
            team_size=team_size,
            id=id,
            qualified=qualified,
            created_at=created_at,
            updated_at=updated_at,
            contacts=contacts,
            outlets=outlets,
            qualifications=qualifications,
        )

        return contractor
