from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.staff_create_role import StaffCreateRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffCreate")


@_attrs_define
class StaffCreate:
    """A person's account: a role and a scope exactly like an API client's (``ApiClientCreate``).

    Attributes:
        username (str): lower-case letters, digits, `.`, `_`, `-`; 3–64 characters
        display_name (str):
        role (StaffCreateRole):
        password (str): the first password: at least 12 characters, of at least two kinds (letters, digits, other), not
            containing the username (422 `PASSWORD_TOO_WEAK`)
        county_codes (list[str] | Unset): required for a contractor
        institution_id (None | str | Unset): required for an institution: its own institution id
        contractor_id (None | Unset | UUID): a contractor's staff: the contractor (oversight's id) it works for
        staff_admin (bool | Unset): a contractor's staff administrator: manages the contractor's staff Default: False.
    """

    username: str
    display_name: str
    role: StaffCreateRole
    password: str
    county_codes: list[str] | Unset = UNSET
    institution_id: None | str | Unset = UNSET
    contractor_id: None | Unset | UUID = UNSET
    staff_admin: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        display_name = self.display_name

        role = self.role.value

        password = self.password

        county_codes: list[str] | Unset = UNSET
        if not isinstance(self.county_codes, Unset):
            county_codes = self.county_codes

        institution_id: None | str | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        contractor_id: None | str | Unset
        if isinstance(self.contractor_id, Unset):
            contractor_id = UNSET
        elif isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        staff_admin = self.staff_admin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "display_name": display_name,
                "role": role,
                "password": password,
            }
        )
        if county_codes is not UNSET:
            field_dict["county_codes"] = county_codes
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if contractor_id is not UNSET:
            field_dict["contractor_id"] = contractor_id
        if staff_admin is not UNSET:
            field_dict["staff_admin"] = staff_admin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        display_name = d.pop("display_name")

        role = StaffCreateRole(d.pop("role"))

        password = d.pop("password")

        county_codes = cast(list[str], d.pop("county_codes", UNSET))

        def _parse_institution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_id = _parse_institution_id(d.pop("institution_id", UNSET))

        def _parse_contractor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contractor_id_type_0 = UUID(data)

                return contractor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contractor_id = _parse_contractor_id(d.pop("contractor_id", UNSET))

        staff_admin = d.pop("staff_admin", UNSET)

        staff_create = cls(
            username=username,
            display_name=display_name,
            role=role,
            password=password,
            county_codes=county_codes,
            institution_id=institution_id,
            contractor_id=contractor_id,
            staff_admin=staff_admin,
        )

        return staff_create
