from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.staff_role import StaffRole

T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff:
    """
    Attributes:
        id (UUID):
        username (str):
        display_name (str):
        role (StaffRole):
        county_codes (list[str]):
        institution_id (None | str):
        contractor_id (None | UUID):
        staff_admin (bool):
        second_factor (bool): a TOTP second factor is enrolled
        locked_until (datetime.datetime | None): locked after repeated failed sign-ins until then
        created_at (datetime.datetime):
        created_by (str):
        disabled_at (datetime.datetime | None):
    """

    id: UUID
    username: str
    display_name: str
    role: StaffRole
    county_codes: list[str]
    institution_id: None | str
    contractor_id: None | UUID
    staff_admin: bool
    second_factor: bool
    locked_until: datetime.datetime | None
    created_at: datetime.datetime
    created_by: str
    disabled_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        username = self.username

        display_name = self.display_name

        role = self.role.value

        county_codes = self.county_codes

        institution_id: None | str
        institution_id = self.institution_id

        contractor_id: None | str
        if isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        staff_admin = self.staff_admin

        second_factor = self.second_factor

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "display_name": display_name,
                "role": role,
                "county_codes": county_codes,
                "institution_id": institution_id,
                "contractor_id": contractor_id,
                "staff_admin": staff_admin,
                "second_factor": second_factor,
                "locked_until": locked_until,
                "created_at": created_at,
                "created_by": created_by,
                "disabled_at": disabled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        username = d.pop("username")

        display_name = d.pop("display_name")

        role = StaffRole(d.pop("role"))

        county_codes = cast(list[str], d.pop("county_codes"))

        def _parse_institution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        institution_id = _parse_institution_id(d.pop("institution_id"))

        def _parse_contractor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contractor_id_type_0 = UUID(data)

                return contractor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contractor_id = _parse_contractor_id(d.pop("contractor_id"))

        staff_admin = d.pop("staff_admin")

        second_factor = d.pop("second_factor")

        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)

                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        staff = cls(
            id=id,
            username=username,
            display_name=display_name,
            role=role,
            county_codes=county_codes,
            institution_id=institution_id,
            contractor_id=contractor_id,
            staff_admin=staff_admin,
            second_factor=second_factor,
            locked_until=locked_until,
            created_at=created_at,
            created_by=created_by,
            disabled_at=disabled_at,
        )

        staff.additional_properties = d
        return staff

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
