from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.expert_update_profession import ExpertUpdateProfession
from ..models.expert_update_status import ExpertUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpertUpdate")


@_attrs_define
class ExpertUpdate:
    """Every field optional; ``null`` clears ``training_expires_on`` (and ``status_reason`` says nothing).

    Attributes:
        name (str | Unset):
        profession (ExpertUpdateProfession | Unset):
        institution_id (str | Unset):
        county_codes (list[str] | Unset):
        qualification_expires_on (datetime.date | Unset):
        training_expires_on (datetime.date | None | Unset):
        relative_person_ids (list[str] | Unset):
        family_doctor_person_ids (list[str] | Unset):
        status (ExpertUpdateStatus | Unset):
        status_reason (None | str | Unset):
    """

    name: str | Unset = UNSET
    profession: ExpertUpdateProfession | Unset = UNSET
    institution_id: str | Unset = UNSET
    county_codes: list[str] | Unset = UNSET
    qualification_expires_on: datetime.date | Unset = UNSET
    training_expires_on: datetime.date | None | Unset = UNSET
    relative_person_ids: list[str] | Unset = UNSET
    family_doctor_person_ids: list[str] | Unset = UNSET
    status: ExpertUpdateStatus | Unset = UNSET
    status_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        profession: str | Unset = UNSET
        if not isinstance(self.profession, Unset):
            profession = self.profession.value

        institution_id = self.institution_id

        county_codes: list[str] | Unset = UNSET
        if not isinstance(self.county_codes, Unset):
            county_codes = self.county_codes

        qualification_expires_on: str | Unset = UNSET
        if not isinstance(self.qualification_expires_on, Unset):
            qualification_expires_on = self.qualification_expires_on.isoformat()

        training_expires_on: None | str | Unset
        if isinstance(self.training_expires_on, Unset):
            training_expires_on = UNSET
        elif isinstance(self.training_expires_on, datetime.date):
            training_expires_on = self.training_expires_on.isoformat()
        else:
            training_expires_on = self.training_expires_on

        relative_person_ids: list[str] | Unset = UNSET
        if not isinstance(self.relative_person_ids, Unset):
            relative_person_ids = self.relative_person_ids

        family_doctor_person_ids: list[str] | Unset = UNSET
        if not isinstance(self.family_doctor_person_ids, Unset):
            family_doctor_person_ids = self.family_doctor_person_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if profession is not UNSET:
            field_dict["profession"] = profession
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if county_codes is not UNSET:
            field_dict["county_codes"] = county_codes
        if qualification_expires_on is not UNSET:
            field_dict["qualification_expires_on"] = qualification_expires_on
        if training_expires_on is not UNSET:
            field_dict["training_expires_on"] = training_expires_on
        if relative_person_ids is not UNSET:
            field_dict["relative_person_ids"] = relative_person_ids
        if family_doctor_person_ids is not UNSET:
            field_dict["family_doctor_person_ids"] = family_doctor_person_ids
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _profession = d.pop("profession", UNSET)
        profession: ExpertUpdateProfession | Unset
        if isinstance(_profession, Unset):
            profession = UNSET
        else:
            profession = ExpertUpdateProfession(_profession)

        institution_id = d.pop("institution_id", UNSET)

        county_codes = cast(list[str], d.pop("county_codes", UNSET))

        _qualification_expires_on = d.pop("qualification_expires_on", UNSET)
        qualification_expires_on: datetime.date | Unset
        if isinstance(_qualification_expires_on, Unset):
            qualification_expires_on = UNSET
        else:
            qualification_expires_on = datetime.date.fromisoformat(_qualification_expires_on)

        def _parse_training_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                training_expires_on_type_0 = datetime.date.fromisoformat(data)

                return training_expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        training_expires_on = _parse_training_expires_on(d.pop("training_expires_on", UNSET))

        relative_person_ids = cast(list[str], d.pop("relative_person_ids", UNSET))

        family_doctor_person_ids = cast(list[str], d.pop("family_doctor_person_ids", UNSET))

        _status = d.pop("status", UNSET)
        status: ExpertUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExpertUpdateStatus(_status)

        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))

        expert_update = cls(
            name=name,
            profession=profession,
            institution_id=institution_id,
            county_codes=county_codes,
            qualification_expires_on=qualification_expires_on,
            training_expires_on=training_expires_on,
            relative_person_ids=relative_person_ids,
            family_doctor_person_ids=family_doctor_person_ids,
            status=status,
            status_reason=status_reason,
        )

        return expert_update
