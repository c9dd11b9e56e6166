from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.api_client_create_role import ApiClientCreateRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientCreate")


@_attrs_define
class ApiClientCreate:
    """
    Attributes:
        name (str):
        role (ApiClientCreateRole):
        county_codes (list[str] | Unset): required for a contractor: the counties it operates
        institution_id (None | str | Unset): required for an institution: its own institution id
        contractor_id (None | Unset | UUID): a contractor client: the contractor (oversight's id) it belongs to. Its
            counties must lie within that contractor's contracts in force, and once none covers them its writes are refused
            (`CONTRACT_NOT_IN_FORCE`) while reads stay open
    """

    name: str
    role: ApiClientCreateRole
    county_codes: list[str] | Unset = UNSET
    institution_id: None | str | Unset = UNSET
    contractor_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if county_codes is not UNSET:
            field_dict["county_codes"] = county_codes
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if contractor_id is not UNSET:
            field_dict["contractor_id"] = contractor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        role = ApiClientCreateRole(d.pop("role"))

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

        api_client_create = cls(
            name=name,
            role=role,
            county_codes=county_codes,
            institution_id=institution_id,
            contractor_id=contractor_id,
        )

        return api_client_create
