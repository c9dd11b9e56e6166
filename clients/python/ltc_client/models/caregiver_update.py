from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.caregiver_category import CaregiverCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaregiverUpdate")


@_attrs_define
class CaregiverUpdate:
    """Complete or correct a caregiver: category, licence, ID number, qualification. ``null`` clears the
    licence number (refused while the category is a licensed one) and the ID number.

        Attributes:
            real_name (str | Unset):
            qualification (str | Unset):
            qualified_from (datetime.date | Unset):
            qualified_until (datetime.date | Unset):
            category (CaregiverCategory | Unset): Who may care (S003 §二(六)): "明确具有执业医师、执业护士、康复治疗师等医学相关专业人员符合护理服务
                从业条件；其他从业人员需经规范化培训合格后上岗". The three licensed categories care on their licence
                (number required); a trained care worker needs a valid training certificate on the service date;
                whether a family caregiver does is the rule set's flagged ``family_caregivers_need_training``.
            licence_number (None | str | Unset): 执业证书编号; required for the three licensed categories
            id_number (None | str | Unset):
    """

    real_name: str | Unset = UNSET
    qualification: str | Unset = UNSET
    qualified_from: datetime.date | Unset = UNSET
    qualified_until: datetime.date | Unset = UNSET
    category: CaregiverCategory | Unset = UNSET
    licence_number: None | str | Unset = UNSET
    id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        real_name = self.real_name

        qualification = self.qualification

        qualified_from: str | Unset = UNSET
        if not isinstance(self.qualified_from, Unset):
            qualified_from = self.qualified_from.isoformat()

        qualified_until: str | Unset = UNSET
        if not isinstance(self.qualified_until, Unset):
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

        field_dict.update({})
        if real_name is not UNSET:
            field_dict["real_name"] = real_name
        if qualification is not UNSET:
            field_dict["qualification"] = qualification
        if qualified_from is not UNSET:
            field_dict["qualified_from"] = qualified_from
        if qualified_until is not UNSET:
            field_dict["qualified_until"] = qualified_until
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
        real_name = d.pop("real_name", UNSET)

        qualification = d.pop("qualification", UNSET)

        _qualified_from = d.pop("qualified_from", UNSET)
        qualified_from: datetime.date | Unset
        if isinstance(_qualified_from, Unset):
            qualified_from = UNSET
        else:
            qualified_from = datetime.date.fromisoformat(_qualified_from)

        _qualified_until = d.pop("qualified_until", UNSET)
        qualified_until: datetime.date | Unset
        if isinstance(_qualified_until, Unset):
            qualified_until = UNSET
        else:
            qualified_until = datetime.date.fromisoformat(_qualified_until)

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

        caregiver_update = cls(
            real_name=real_name,
            qualification=qualification,
            qualified_from=qualified_from,
            qualified_until=qualified_until,
            category=category,
            licence_number=licence_number,
            id_number=id_number,
        )

        return caregiver_update
