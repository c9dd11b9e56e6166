from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_client import ApiClient


T = TypeVar("T", bound="IssuedKey")


@_attrs_define
class IssuedKey:
    """
    Attributes:
        client (ApiClient):
        key (None | str): the API key; shown this once, only its digest is stored — null when the answer is an
            idempotent replay (header `Idempotent-Replayed: true`)
        key_prefix (str):
        previous_keys_valid_until (datetime.datetime | None | Unset): on rotation: when the keys before this one stop
            working
    """

    client: ApiClient
    key: None | str
    key_prefix: str
    previous_keys_valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        key: None | str
        key = self.key

        key_prefix = self.key_prefix

        previous_keys_valid_until: None | str | Unset
        if isinstance(self.previous_keys_valid_until, Unset):
            previous_keys_valid_until = UNSET
        elif isinstance(self.previous_keys_valid_until, datetime.datetime):
            previous_keys_valid_until = self.previous_keys_valid_until.isoformat()
        else:
            previous_keys_valid_until = self.previous_keys_valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "key": key,
                "key_prefix": key_prefix,
            }
        )
        if previous_keys_valid_until is not UNSET:
            field_dict["previous_keys_valid_until"] = previous_keys_valid_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_client import ApiClient

        d = dict(src_dict)
        client = ApiClient.from_dict(d.pop("client"))

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        key_prefix = d.pop("key_prefix")

        def _parse_previous_keys_valid_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_keys_valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return previous_keys_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_keys_valid_until = _parse_previous_keys_valid_until(
            d.pop("previous_keys_valid_until", UNSET)
        )

        issued_key = cls(
            client=client,
            key=key,
            key_prefix=key_prefix,
            previous_keys_valid_until=previous_keys_valid_until,
        )

        issued_key.additional_properties = d
        return issued_key

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
