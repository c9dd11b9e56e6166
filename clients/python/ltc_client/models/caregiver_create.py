from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.caregiver_category import CaregiverCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaregiverCreate")


@_attrs_define
class CaregiverCreate:
    """
    Attributes:
        code (str): the institution's staff code for this caregiver
        real_name (str):
        qualification (str):
        qualified_from (datetime.date):
        qualified_until (datetime.date):
        category (CaregiverCategory | Unset): Who may care (S003 §二(六)): "明确具有执业医师、执业护士、康复治疗师等医学相关专业人员符合护理服务
            从业条件；其他从业人员需经规范化培训合格后上岗". The three licensed categories care on their licence
            (number required); a trained care worker needs a valid training certificate on the service date;
            whether a family caregiver does is the rule set's flagged ``family_caregivers_need_training``.
        licence_number (None | str | Unset): 执业证书编号; required for the three licensed categories
        id_number (None | str | Unset): 居民身份证号, to match training certificates (a care worker without one is cut)
    """

    code: str
    real_name: str
    qualification: str
    qualified_from: datetime.date
    qualified_until: datetime.date
    category: CaregiverCategory | Unset = UNSET
    licence_number: None | str | Unset = UNSET
    id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        real_name = self.real_name

        qualification = self.qualification

        qualified_from = self.qualified_from.isoformat()

        qualified_until = self.qualified_until.isoformat()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        licence_number: None | str | Unset
        if isinstance(self.licence_number, Unset):
            licence_number = UNSET
        else:
            licence_number = self.licence_number

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "real_name": real_name,
                "qualification": qualification,
                "qualified_from": qualified_from,
                "qualified_until": qualified_until,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if licence_number is not UNSET:
            field_dict["licence_number"] = licence_number
        if id_number is not UNSET:
            field_dict["id_number"] = id_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        real_name = d.pop("real_name")

        qualification = d.pop("qualification")

        qualified_from = datetime.date.fromisoformat(d.pop("qualified_from"))

        qualified_until = datetime.date.fromisoformat(d.pop("qualified_until"))

        _category = d.pop("category", UNSET)
        category: CaregiverCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = CaregiverCategory(_category)

        def _parse_licence_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence_number = _parse_licence_number(d.pop("licence_number", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        caregiver_create = cls(
            code=code,
            real_name=real_name,
            qualification=qualification,
            qualified_from=qualified_from,
            qualified_until=qualified_until,
            category=category,
            licence_number=licence_number,
            id_number=id_number,
        )

        return caregiver_create
