from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_client_role import ApiClientRole

T = TypeVar("T", bound="ApiClient")


@_attrs_define
class ApiClient:
    """
    Attributes:
        id (UUID):
        name (str):
        role (ApiClientRole):
        county_codes (list[str]):
        institution_id (None | str):
        contractor_id (None | UUID): the contractor a contractor client belongs to; null when it is not bound to one
        created_at (datetime.datetime):
        revoked_at (datetime.datetime | None):
        active_key_prefixes (list[str]): prefixes of keys that still authenticate
    """

    id: UUID
    name: str
    role: ApiClientRole
    county_codes: list[str]
    institution_id: None | str
    contractor_id: None | UUID
    created_at: datetime.datetime
    revoked_at: datetime.datetime | None
    active_key_prefixes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        role = self.role.value

        county_codes = self.county_codes

        institution_id: None | str
        institution_id = self.institution_id

        contractor_id: None | str
        if isinstance(self.contractor_id, UUID):
            contractor_id = str(self.contractor_id)
        else:
            contractor_id = self.contractor_id

        created_at = self.created_at.isoformat()

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        active_key_prefixes = self.active_key_prefixes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "county_codes": county_codes,
                "institution_id": institution_id,
                "contractor_id": contractor_id,
                "created_at": created_at,
                "revoked_at": revoked_at,
                "active_key_prefixes": active_key_prefixes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        role = ApiClientRole(d.pop("role"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        active_key_prefixes = cast(list[str], d.pop("active_key_prefixes"))

        api_client = cls(
            id=id,
            name=name,
            role=role,
            county_codes=county_codes,
            institution_id=institution_id,
            contractor_id=contractor_id,
            created_at=created_at,
            revoked_at=revoked_at,
            active_key_prefixes=active_key_prefixes,
        )

        api_client.additional_properties = d
        return api_client

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
