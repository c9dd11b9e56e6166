from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.expert_profession import ExpertProfession
from ..models.expert_status import ExpertStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_status_change import AssessmentStatusChange


T = TypeVar("T", bound="Expert")


@_attrs_define
class Expert:
    """
    Attributes:
        code (str): the contractor's own id of the expert
        name (str):
        profession (ExpertProfession):
        institution_id (str): employing institution
        county_codes (list[str]):
        qualification_expires_on (datetime.date):
        id (UUID):
        status (ExpertStatus):
        training_expires_on (datetime.date | None | Unset):
        relative_person_ids (list[str] | Unset): declared relatives
        family_doctor_person_ids (list[str] | Unset): persons whose family doctor
        status_history (list[AssessmentStatusChange] | Unset):
    """

    code: str
    name: str
    profession: ExpertProfession
    institution_id: str
    county_codes: list[str]
    qualification_expires_on: datetime.date
    id: UUID
    status: ExpertStatus
    training_expires_on: datetime.date | None | Unset = UNSET
    relative_person_ids: list[str] | Unset = UNSET
    family_doctor_person_ids: list[str] | Unset = UNSET
    status_history: list[AssessmentStatusChange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        profession = self.profession.value

        institution_id = self.institution_id

        county_codes = self.county_codes

        qualification_expires_on = self.qualification_expires_on.isoformat()

        id = str(self.id)

        status = self.status.value

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

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "profession": profession,
                "institution_id": institution_id,
                "county_codes": county_codes,
                "qualification_expires_on": qualification_expires_on,
                "id": id,
                "status": status,
            }
        )
        if training_expires_on is not UNSET:
            field_dict["training_expires_on"] = training_expires_on
        if relative_person_ids is not UNSET:
            field_dict["relative_person_ids"] = relative_person_ids
        if family_doctor_person_ids is not UNSET:
            field_dict["family_doctor_person_ids"] = family_doctor_person_ids
        if status_history is not UNSET:
            field_dict["status_history"] = status_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment_status_change import AssessmentStatusChange

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        profession = ExpertProfession(d.pop("profession"))

        institution_id = d.pop("institution_id")

        county_codes = cast(list[str], d.pop("county_codes"))

        qualification_expires_on = datetime.date.fromisoformat(d.pop("qualification_expires_on"))

        id = UUID(d.pop("id"))

        status = ExpertStatus(d.pop("status"))

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

        _status_history = d.pop("status_history", UNSET)
        status_history: list[AssessmentStatusChange] | Unset = UNSET
        if _status_history is not UNSET:
            status_history = []
            for status_history_item_data in _status_history:
                status_history_item = AssessmentStatusChange.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        expert = cls(
            code=code,
            name=name,
            profession=profession,
            institution_id=institution_id,
            county_codes=county_codes,
            qualification_expires_on=qualification_expires_on,
            id=id,
            status=status,
            training_expires_on=training_expires_on,
            relative_person_ids=relative_person_ids,
            family_doctor_person_ids=family_doctor_person_ids,
            status_history=status_history,
        )

        return expert
