from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Institution")


@_attrs_define
class Institution:
    """
    Attributes:
        id (str):
        name (str):
        county_code (str):
        kind (str):
        beds (int):
        care_modes (list[str]):
        agreement_from (datetime.date):
        agreement_to (datetime.date):
        status (str):
        suspended_from (datetime.date | None):
        suspended_until (datetime.date | None):
        termination_notice_on (datetime.date | None):
        terminated_on (datetime.date | None):
    """

    id: str
    name: str
    county_code: str
    kind: str
    beds: int
    care_modes: list[str]
    agreement_from: datetime.date
    agreement_to: datetime.date
    status: str
    suspended_from: datetime.date | None
    suspended_until: datetime.date | None
    termination_notice_on: datetime.date | None
    terminated_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        county_code = self.county_code

        kind = self.kind

        beds = self.beds

        care_modes = self.care_modes

        agreement_from = self.agreement_from.isoformat()

        agreement_to = self.agreement_to.isoformat()

        status = self.status

        suspended_from: None | str
        if isinstance(self.suspended_from, datetime.date):
            suspended_from = self.suspended_from.isoformat()
        else:
            suspended_from = self.suspended_from

        suspended_until: None | str
        if isinstance(self.suspended_until, datetime.date):
            suspended_until = self.suspended_until.isoformat()
        else:
            suspended_until = self.suspended_until

        termination_notice_on: None | str
        if isinstance(self.termination_notice_on, datetime.date):
            termination_notice_on = self.termination_notice_on.isoformat()
        else:
            termination_notice_on = self.termination_notice_on

        terminated_on: None | str
        if isinstance(self.terminated_on, datetime.date):
            terminated_on = self.terminated_on.isoformat()
        else:
            terminated_on = self.terminated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "county_code": county_code,
                "kind": kind,
                "beds": beds,
                "care_modes": care_modes,
                "agreement_from": agreement_from,
                "agreement_to": agreement_to,
                "status": status,
                "suspended_from": suspended_from,
                "suspended_until": suspended_until,
                "termination_notice_on": termination_notice_on,
                "terminated_on": terminated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        county_code = d.pop("county_code")

        kind = d.pop("kind")

        beds = d.pop("beds")

        care_modes = cast(list[str], d.pop("care_modes"))

        agreement_from = datetime.date.fromisoformat(d.pop("agreement_from"))

        agreement_to = datetime.date.fromisoformat(d.pop("agreement_to"))

        status = d.pop("status")

        def _parse_suspended_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_from_type_0 = datetime.date.fromisoformat(data)

                return suspended_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        suspended_from = _parse_suspended_from(d.pop("suspended_from"))

        def _parse_suspended_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_until_type_0 = datetime.date.fromisoformat(data)

                return suspended_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        suspended_until = _parse_suspended_until(d.pop("suspended_until"))

        def _parse_termination_notice_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                termination_notice_on_type_0 = datetime.date.fromisoformat(data)

                return termination_notice_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        termination_notice_on = _parse_termination_notice_on(d.pop("termination_notice_on"))

        def _parse_terminated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_on_type_0 = datetime.date.fromisoformat(data)

                return terminated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        terminated_on = _parse_terminated_on(d.pop("terminated_on"))

        institution = cls(
            id=id,
            name=name,
            county_code=county_code,
            kind=kind,
            beds=beds,
            care_modes=care_modes,
            agreement_from=agreement_from,
            agreement_to=agreement_to,
            status=status,
            suspended_from=suspended_from,
            suspended_until=suspended_until,
            termination_notice_on=termination_notice_on,
            terminated_on=terminated_on,
        )

        institution.additional_properties = d
        return institution

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
