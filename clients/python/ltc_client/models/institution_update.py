from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.care_mode import CareMode
from ..models.institution_update_status import InstitutionUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstitutionUpdate")


@_attrs_define
class InstitutionUpdate:
    """Every field optional; ``status`` moves the agreement: suspend (with dates), reinstate, or give
    notice of termination (the agreement ends three months after the notice). ``null`` clears a suspension or
    notice date, as long as the agreement's status does not need it.

        Attributes:
            name (str | Unset):
            beds (int | Unset):
            care_modes (list[CareMode] | Unset):
            agreement_to (datetime.date | Unset):
            status (InstitutionUpdateStatus | Unset):
            suspended_from (datetime.date | None | Unset):
            suspended_until (datetime.date | None | Unset):
            termination_notice_on (datetime.date | None | Unset):
    """

    name: str | Unset = UNSET
    beds: int | Unset = UNSET
    care_modes: list[CareMode] | Unset = UNSET
    agreement_to: datetime.date | Unset = UNSET
    status: InstitutionUpdateStatus | Unset = UNSET
    suspended_from: datetime.date | None | Unset = UNSET
    suspended_until: datetime.date | None | Unset = UNSET
    termination_notice_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        beds = self.beds

        care_modes: list[str] | Unset = UNSET
        if not isinstance(self.care_modes, Unset):
            care_modes = []
            for care_modes_item_data in self.care_modes:
                care_modes_item = care_modes_item_data.value
                care_modes.append(care_modes_item)

        agreement_to: str | Unset = UNSET
        if not isinstance(self.agreement_to, Unset):
            agreement_to = self.agreement_to.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        suspended_from: None | str | Unset
        if isinstance(self.suspended_from, Unset):
            suspended_from = UNSET
        elif isinstance(self.suspended_from, datetime.date):
            suspended_from = self.suspended_from.isoformat()
        else:
            suspended_from = self.suspended_from

        suspended_until: None | str | Unset
        if isinstance(self.suspended_until, Unset):
            suspended_until = UNSET
        elif isinstance(self.suspended_until, datetime.date):
            suspended_until = self.suspended_until.isoformat()
        else:
            suspended_until = self.suspended_until

        termination_notice_on: None | str | Unset
        if isinstance(self.termination_notice_on, Unset):
            termination_notice_on = UNSET
        elif isinstance(self.termination_notice_on, datetime.date):
            termination_notice_on = self.termination_notice_on.isoformat()
        else:
            termination_notice_on = self.termination_notice_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if beds is not UNSET:
            field_dict["beds"] = beds
        if care_modes is not UNSET:
            field_dict["care_modes"] = care_modes
        if agreement_to is not UNSET:
            field_dict["agreement_to"] = agreement_to
        if status is not UNSET:
            field_dict["status"] = status
        if suspended_from is not UNSET:
            field_dict["suspended_from"] = suspended_from
        if suspended_until is not UNSET:
            field_dict["suspended_until"] = suspended_until
        if termination_notice_on is not UNSET:
            field_dict["termination_notice_on"] = termination_notice_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        beds = d.pop("beds", UNSET)

        _care_modes = d.pop("care_modes", UNSET)
        care_modes: list[CareMode] | Unset = UNSET
        if _care_modes is not UNSET:
            care_modes = []
            for care_modes_item_data in _care_modes:
                care_modes_item = CareMode(care_modes_item_data)

                care_modes.append(care_modes_item)

        _agreement_to = d.pop("agreement_to", UNSET)
        agreement_to: datetime.date | Unset
        if isinstance(_agreement_to, Unset):
            agreement_to = UNSET
        else:
            agreement_to = datetime.date.fromisoformat(_agreement_to)

        _status = d.pop("status", UNSET)
        status: InstitutionUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InstitutionUpdateStatus(_status)

        def _parse_suspended_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_from_type_0 = datetime.date.fromisoformat(data)

                return suspended_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        suspended_from = _parse_suspended_from(d.pop("suspended_from", UNSET))

        def _parse_suspended_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_until_type_0 = datetime.date.fromisoformat(data)

                return suspended_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        suspended_until = _parse_suspended_until(d.pop("suspended_until", UNSET))

        def _parse_termination_notice_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                termination_notice_on_type_0 = datetime.date.fromisoformat(data)

                return termination_notice_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        termination_notice_on = _parse_termination_notice_on(d.pop("termination_notice_on", UNSET))

        institution_update = cls(
            name=name,
            beds=beds,
            care_modes=care_modes,
            agreement_to=agreement_to,
            status=status,
            suspended_from=suspended_from,
            suspended_until=suspended_until,
            termination_notice_on=termination_notice_on,
        )

        return institution_update
