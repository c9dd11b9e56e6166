from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caregiver_category import CaregiverCategory

T = TypeVar("T", bound="Caregiver")


@_attrs_define
class Caregiver:
    """
    Attributes:
        id (UUID):
        institution_id (str):
        code (str):
        real_name (str):
        qualification (str):
        qualified_from (datetime.date):
        qualified_until (datetime.date):
        category (CaregiverCategory): Who may care (S003 §二(六)): "明确具有执业医师、执业护士、康复治疗师等医学相关专业人员符合护理服务
            从业条件；其他从业人员需经规范化培训合格后上岗". The three licensed categories care on their licence
            (number required); a trained care worker needs a valid training certificate on the service date;
            whether a family caregiver does is the rule set's flagged ``family_caregivers_need_training``.
        licence_number (None | str):
        id_number (None | str): whole on one caregiver's answer to the institution, its contractor and the bureau;
            masked in lists and to every other role
    """

    id: UUID
    institution_id: str
    code: str
    real_name: str
    qualification: str
    qualified_from: datetime.date
    qualified_until: datetime.date
    category: CaregiverCategory
    licence_number: None | str
    id_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        institution_id = self.institution_id

        code = self.code

        real_name = self.real_name

        qualification = self.qualification

        qualified_from = self.qualified_from.isoformat()

        qualified_until = self.qualified_until.isoformat()

        category = self.category.value

        licence_number: None | str
        licence_number = self.licence_number

        id_number: None | str
        id_number = self.id_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institution_id": institution_id,
                "code": code,
                "real_name": real_name,
                "qualification": qualification,
                "qualified_from": qualified_from,
                "qualified_until": qualified_until,
                "category": category,
                "licence_number": licence_number,
                "id_number": id_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        institution_id = d.pop("institution_id")

        code = d.pop("code")

        real_name = d.pop("real_name")

        qualification = d.pop("qualification")

        qualified_from = datetime.date.fromisoformat(d.pop("qualified_from"))

        qualified_until = datetime.date.fromisoformat(d.pop("qualified_until"))

        category = CaregiverCategory(d.pop("category"))

        def _parse_licence_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence_number = _parse_licence_number(d.pop("licence_number"))

        def _parse_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id_number = _parse_id_number(d.pop("id_number"))

        caregiver = cls(
            id=id,
            institution_id=institution_id,
            code=code,
            real_name=real_name,
            qualification=qualification,
            qualified_from=qualified_from,
            qualified_until=qualified_until,
            category=category,
            licence_number=licence_number,
            id_number=id_number,
        )

        caregiver.additional_properties = d
        return caregiver

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
