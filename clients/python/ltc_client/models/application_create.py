from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_create_self_assessment import ApplicationCreateSelfAssessment


T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        person_id (UUID): enrollment's id of the insured person
        self_assessment (ApplicationCreateSelfAssessment): table B: each of feeding, continence, bathing, dressing,
            toileting, transfer → independent / partly / dependent
        disabled_since (datetime.date): since when, after treatment, the person is disabled
        materials_complete (bool):
        care_institution_id (None | str | Unset):
        family_doctor_id (None | str | Unset): expert id or code of the family doctor
    """

    person_id: UUID
    self_assessment: ApplicationCreateSelfAssessment
    disabled_since: datetime.date
    materials_complete: bool
    care_institution_id: None | str | Unset = UNSET
    family_doctor_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        self_assessment = self.self_assessment.to_dict()

        disabled_since = self.disabled_since.isoformat()

        materials_complete = self.materials_complete

        care_institution_id: None | str | Unset
        if isinstance(self.care_institution_id, Unset):
            care_institution_id = UNSET
        else:
            care_institution_id = self.care_institution_id

        family_doctor_id: None | str | Unset
        if isinstance(self.family_doctor_id, Unset):
            family_doctor_id = UNSET
        else:
            family_doctor_id = self.family_doctor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "self_assessment": self_assessment,
                "disabled_since": disabled_since,
                "materials_complete": materials_complete,
            }
        )
        if care_institution_id is not UNSET:
            field_dict["care_institution_id"] = care_institution_id
        if family_doctor_id is not UNSET:
            field_dict["family_doctor_id"] = family_doctor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_create_self_assessment import ApplicationCreateSelfAssessment

        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        self_assessment = ApplicationCreateSelfAssessment.from_dict(d.pop("self_assessment"))

        disabled_since = datetime.date.fromisoformat(d.pop("disabled_since"))

        materials_complete = d.pop("materials_complete")

        def _parse_care_institution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        care_institution_id = _parse_care_institution_id(d.pop("care_institution_id", UNSET))

        def _parse_family_doctor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_doctor_id = _parse_family_doctor_id(d.pop("family_doctor_id", UNSET))

        application_create = cls(
            person_id=person_id,
            self_assessment=self_assessment,
            disabled_since=disabled_since,
            materials_complete=materials_complete,
            care_institution_id=care_institution_id,
            family_doctor_id=family_doctor_id,
        )

        return application_create
