from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CertificateCreate")


@_attrs_define
class CertificateCreate:
    """
    Attributes:
        number (str): the number printed on the certificate
        session_id (UUID): the exam session the holder passed (names the course)
        holder_id_number (str):
        issued_on (datetime.date):
        valid_until (datetime.date): the last day the certificate holds
    """

    number: str
    session_id: UUID
    holder_id_number: str
    issued_on: datetime.date
    valid_until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        session_id = str(self.session_id)

        holder_id_number = self.holder_id_number

        issued_on = self.issued_on.isoformat()

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "session_id": session_id,
                "holder_id_number": holder_id_number,
                "issued_on": issued_on,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        session_id = UUID(d.pop("session_id"))

        holder_id_number = d.pop("holder_id_number")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        certificate_create = cls(
            number=number,
            session_id=session_id,
            holder_id_number=holder_id_number,
            issued_on=issued_on,
            valid_until=valid_until,
        )

        return certificate_create
