from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEventOut")


@_attrs_define
class AuditEventOut:
    """
    Attributes:
        id (int):
        occurred_at (datetime.datetime):
        client_id (None | UUID):
        client_name (None | str):
        role (None | str):
        method (str):
        path (str):
        status (int):
        outcome (str):
        request_id (str): the gateway's id of the call (its `X-Request-ID` answer header)
        client_request_id (None | str): the `X-Request-ID` the client sent, if any
        service (str):
        source_address (None | str):
        key_prefix (None | str): public prefix of a refused API key
        object_id (None | str): what the call touched: the created id, else the path's id
        code (None | str): the problem code of a refused or failed call
        security_event (bool): Unauthenticated, forbidden or throttled.
        staff_user_id (None | Unset | UUID): the person (a staff account) who made the call through the console;
            `client_name` names them. Null for an API client's call
    """

    id: int
    occurred_at: datetime.datetime
    client_id: None | UUID
    client_name: None | str
    role: None | str
    method: str
    path: str
    status: int
    outcome: str
    request_id: str
    client_request_id: None | str
    service: str
    source_address: None | str
    key_prefix: None | str
    object_id: None | str
    code: None | str
    security_event: bool
    staff_user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        client_id: None | str
        if isinstance(self.client_id, UUID):
            client_id = str(self.client_id)
        else:
            client_id = self.client_id

        client_name: None | str
        client_name = self.client_name

        role: None | str
        role = self.role

        method = self.method

        path = self.path

        status = self.status

        outcome = self.outcome

        request_id = self.request_id

        client_request_id: None | str
        client_request_id = self.client_request_id

        service = self.service

        source_address: None | str
        source_address = self.source_address

        key_prefix: None | str
        key_prefix = self.key_prefix

        object_id: None | str
        object_id = self.object_id

        code: None | str
        code = self.code

        security_event = self.security_event

        staff_user_id: None | str | Unset
        if isinstance(self.staff_user_id, Unset):
            staff_user_id = UNSET
        elif isinstance(self.staff_user_id, UUID):
            staff_user_id = str(self.staff_user_id)
        else:
            staff_user_id = self.staff_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "client_id": client_id,
                "client_name": client_name,
                "role": role,
                "method": method,
                "path": path,
                "status": status,
                "outcome": outcome,
                "request_id": request_id,
                "client_request_id": client_request_id,
                "service": service,
                "source_address": source_address,
                "key_prefix": key_prefix,
                "object_id": object_id,
                "code": code,
                "security_event": security_event,
            }
        )
        if staff_user_id is not UNSET:
            field_dict["staff_user_id"] = staff_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_client_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_id_type_0 = UUID(data)

                return client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_client_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_name = _parse_client_name(d.pop("client_name"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        method = d.pop("method")

        path = d.pop("path")

        status = d.pop("status")

        outcome = d.pop("outcome")

        request_id = d.pop("request_id")

        def _parse_client_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_request_id = _parse_client_request_id(d.pop("client_request_id"))

        service = d.pop("service")

        def _parse_source_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_address = _parse_source_address(d.pop("source_address"))

        def _parse_key_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key_prefix = _parse_key_prefix(d.pop("key_prefix"))

        def _parse_object_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_id = _parse_object_id(d.pop("object_id"))

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        security_event = d.pop("security_event")

        def _parse_staff_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                staff_user_id_type_0 = UUID(data)

                return staff_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        staff_user_id = _parse_staff_user_id(d.pop("staff_user_id", UNSET))

        audit_event_out = cls(
            id=id,
            occurred_at=occurred_at,
            client_id=client_id,
            client_name=client_name,
            role=role,
            method=method,
            path=path,
            status=status,
            outcome=outcome,
            request_id=request_id,
            client_request_id=client_request_id,
            service=service,
            source_address=source_address,
            key_prefix=key_prefix,
            object_id=object_id,
            code=code,
            security_event=security_event,
            staff_user_id=staff_user_id,
        )

        audit_event_out.additional_properties = d
        return audit_event_out

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
