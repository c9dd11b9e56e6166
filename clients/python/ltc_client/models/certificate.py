from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_status import CertificateStatus

T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """
    Attributes:
        id (UUID):
        number (str):
        holder_id_number (str): whole on one certificate to 人社 and the bureau; masked in lists and to other roles
        holder_name (str):
        course_code (str):
        session_id (UUID):
        issued_on (datetime.date):
        valid_until (datetime.date): as issued
        status (CertificateStatus):
        revoked_on (datetime.date | None):
        revocation_reason (None | str):
        holds_until (datetime.date): the last day it holds: valid_until, or the day before revoked_on
        issued_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    number: str
    holder_id_number: str
    holder_name: str
    course_code: str
    session_id: UUID
    issued_on: datetime.date
    valid_until: datetime.date
    status: CertificateStatus
    revoked_on: datetime.date | None
    revocation_reason: None | str
    holds_until: datetime.date
    issued_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        holder_id_number = self.holder_id_number

        holder_name = self.holder_name

        course_code = self.course_code

        session_id = str(self.session_id)

        issued_on = self.issued_on.isoformat()

        valid_until = self.valid_until.isoformat()

        status = self.status.value

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        revocation_reason: None | str
        revocation_reason = self.revocation_reason

        holds_until = self.holds_until.isoformat()

        issued_by = self.issued_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "holder_id_number": holder_id_number,
                "holder_name": holder_name,
                "course_code": course_code,
                "session_id": session_id,
                "issued_on": issued_on,
                "valid_until": valid_until,
                "status": status,
                "revoked_on": revoked_on,
                "revocation_reason": revocation_reason,
                "holds_until": holds_until,
                "issued_by": issued_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        holder_id_number = d.pop("holder_id_number")

        holder_name = d.pop("holder_name")

        course_code = d.pop("course_code")

        session_id = UUID(d.pop("session_id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        status = CertificateStatus(d.pop("status"))

        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)

                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))

        def _parse_revocation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocation_reason"))

        holds_until = datetime.date.fromisoformat(d.pop("holds_until"))

        issued_by = d.pop("issued_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        certificate = cls(
            id=id,
            number=number,
            holder_id_number=holder_id_number,
            holder_name=holder_name,
            course_code=course_code,
            session_id=session_id,
            issued_on=issued_on,
            valid_until=valid_until,
            status=status,
            revoked_on=revoked_on,
            revocation_reason=revocation_reason,
            holds_until=holds_until,
            issued_by=issued_by,
            created_at=created_at,
        )

        certificate.additional_properties = d
        return certificate

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
