from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClientHome")


@_attrs_define
class ClientHome:
    """Where a client served at home lives, for the check-in distance check.

    Attributes:
        person_id (UUID):
        latitude (float):
        longitude (float):
    """

    person_id: UUID
    latitude: float
    longitude: float

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "latitude": latitude,
                "longitude": longitude,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        client_home = cls(
            person_id=person_id,
            latitude=latitude,
            longitude=longitude,
        )

        return client_home
