from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.complaint_create_channel import ComplaintCreateChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintCreate")


@_attrs_define
class ComplaintCreate:
    """
    Attributes:
        channel (ComplaintCreateChannel):
        received_on (datetime.date):
        complainant_name (str):
        county_code (str):
        summary (str):
        complainant_phone (None | str | Unset):
        institution_id (None | str | Unset): the institution complained of
        contractor_id (None | Unset | UUID): the contractor complained of
    """

    channel: ComplaintCreateChannel
    received_on: datetime.date
    complainant_name: str
    county_code: str
    summary: str
    complainant_phone: None | str | Unset = UNSET
    institution_id: None | str | Unset = UNSET
    contractor_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        received_on = self.received_on.isoformat()

        complainant_name = self.complainant_name

        county_code = self.county_code

        summary = self.summary

        complainant_phone: None | str | Unset
        if isinstance(self.complainant_phone, Unset):
            complainant_phone = UNSET
        else:
            complainant_phone = self.complainant_phone

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
                "channel": channel,
                "received_on": received_on,
                "complainant_name": complainant_name,
                "county_code": county_code,
                "summary": summary,
            }
        )
        if complainant_phone is not UNSET:
            field_dict["complainant_phone"] = complainant_phone
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if contractor_id is not UNSET:
            field_dict["contractor_id"] = contractor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = ComplaintCreateChannel(d.pop("channel"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        complainant_name = d.pop("complainant_name")

        county_code = d.pop("county_code")

        summary = d.pop("summary")

        def _parse_complainant_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complainant_phone = _parse_complainant_phone(d.pop("complainant_phone", UNSET))

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

        complaint_create = cls(
            channel=channel,
            received_on=received_on,
            complainant_name=complainant_name,
            county_code=county_code,
            summary=summary,
            complainant_phone=complainant_phone,
            institution_id=institution_id,
            contractor_id=contractor_id,
        )

        return complaint_create
