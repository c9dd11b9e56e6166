from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.care_mode import CareMode
from ..models.caregiver_category import CaregiverCategory
from ..models.service_item_unconfirmed_fields_item import ServiceItemUnconfirmedFieldsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceItem")


@_attrs_define
class ServiceItem:
    """
    Attributes:
        name (str):
        item_class (str): the item's class as the catalogue names it (生活照料, 医疗护理, 康复 …): data, not a fixed list
        care_modes (list[CareMode]): the modes it is given in
        source (str): where the values come from
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters, upper-case letters and
            digits, in five parts (the parts' lengths are not checked: not confirmed)
        personal_care (bool | Unset): counts as personal care (生活照料) in family care's share limit
            (`family_personal_care_max_bp` of the benefit rules) Default: False.
        min_minutes (int | None | Unset): minimum minutes of one performance; null: none set
        max_per_month (int | None | Unset): the most performances a person's month may have; null: none
        caregiver_categories (list[CaregiverCategory] | None | Unset): who may perform it (the caregivers' categories);
            null: not restricted
        unconfirmed_fields (list[ServiceItemUnconfirmedFieldsItem] | Unset): values the source does not confirm
    """

    name: str
    item_class: str
    care_modes: list[CareMode]
    source: str
    code: str
    personal_care: bool | Unset = False
    min_minutes: int | None | Unset = UNSET
    max_per_month: int | None | Unset = UNSET
    caregiver_categories: list[CaregiverCategory] | None | Unset = UNSET
    unconfirmed_fields: list[ServiceItemUnconfirmedFieldsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        item_class = self.item_class

        care_modes = []
        for care_modes_item_data in self.care_modes:
            care_modes_item = care_modes_item_data.value
            care_modes.append(care_modes_item)

        source = self.source

        code = self.code

        personal_care = self.personal_care

        min_minutes: int | None | Unset
        if isinstance(self.min_minutes, Unset):
            min_minutes = UNSET
        else:
            min_minutes = self.min_minutes

        max_per_month: int | None | Unset
        if isinstance(self.max_per_month, Unset):
            max_per_month = UNSET
        else:
            max_per_month = self.max_per_month

        caregiver_categories: list[str] | None | Unset
        if isinstance(self.caregiver_categories, Unset):
            caregiver_categories = UNSET
        elif isinstance(self.caregiver_categories, list):
            caregiver_categories = []
            for caregiver_categories_type_0_item_data in self.caregiver_categories:
                caregiver_categories_type_0_item = caregiver_categories_type_0_item_data.value
                caregiver_categories.append(caregiver_categories_type_0_item)

        else:
            caregiver_categories = self.caregiver_categories

        unconfirmed_fields: list[str] | Unset = UNSET
        if not isinstance(self.unconfirmed_fields, Unset):
            unconfirmed_fields = []
            for unconfirmed_fields_item_data in self.unconfirmed_fields:
                unconfirmed_fields_item = unconfirmed_fields_item_data.value
                unconfirmed_fields.append(unconfirmed_fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "item_class": item_class,
                "care_modes": care_modes,
                "source": source,
                "code": code,
            }
        )
        if personal_care is not UNSET:
            field_dict["personal_care"] = personal_care
        if min_minutes is not UNSET:
            field_dict["min_minutes"] = min_minutes
        if max_per_month is not UNSET:
            field_dict["max_per_month"] = max_per_month
        if caregiver_categories is not UNSET:
            field_dict["caregiver_categories"] = caregiver_categories
        if unconfirmed_fields is not UNSET:
            field_dict["unconfirmed_fields"] = unconfirmed_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        item_class = d.pop("item_class")

        care_modes = []
        _care_modes = d.pop("care_modes")
        for care_modes_item_data in _care_modes:
            care_modes_item = CareMode(care_modes_item_data)

            care_modes.append(care_modes_item)

        source = d.pop("source")

        code = d.pop("code")

        personal_care = d.pop("personal_care", UNSET)

        def _parse_min_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_minutes = _parse_min_minutes(d.pop("min_minutes", UNSET))

        def _parse_max_per_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_per_month = _parse_max_per_month(d.pop("max_per_month", UNSET))

        def _parse_caregiver_categories(data: object) -> list[CaregiverCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                caregiver_categories_type_0 = []
                _caregiver_categories_type_0 = data
                for caregiver_categories_type_0_item_data in _caregiver_categories_type_0:
                    caregiver_categories_type_0_item = CaregiverCategory(
                        caregiver_categories_type_0_item_data
                    )

                    caregiver_categories_type_0.append(caregiver_categories_type_0_item)

                return caregiver_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CaregiverCategory] | None | Unset, data)

        caregiver_categories = _parse_caregiver_categories(d.pop("caregiver_categories", UNSET))

        _unconfirmed_fields = d.pop("unconfirmed_fields", UNSET)
        unconfirmed_fields: list[ServiceItemUnconfirmedFieldsItem] | Unset = UNSET
        if _unconfirmed_fields is not UNSET:
            unconfirmed_fields = []
            for unconfirmed_fields_item_data in _unconfirmed_fields:
                unconfirmed_fields_item = ServiceItemUnconfirmedFieldsItem(unconfirmed_fields_item_data)

                unconfirmed_fields.append(unconfirmed_fields_item)

        service_item = cls(
            name=name,
            item_class=item_class,
            care_modes=care_modes,
            source=source,
            code=code,
            personal_care=personal_care,
            min_minutes=min_minutes,
            max_per_month=max_per_month,
            caregiver_categories=caregiver_categories,
            unconfirmed_fields=unconfirmed_fields,
        )

        return service_item
