from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulletin_target_create_institution_kinds_type_0_item import (
    BulletinTargetCreateInstitutionKindsType0Item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulletinTargetCreate")


@_attrs_define
class BulletinTargetCreate:
    """A new version of a known target.

    Attributes:
        code (str): a target the bulletin knows
        value (int):
        due_on (datetime.date):
        confirmed (bool):
        rule_source (str):
        reason (str): why the target changes
        institution_kinds (list[BulletinTargetCreateInstitutionKindsType0Item] | None | Unset): institution targets: the
            kinds counted (unchanged when absent)
    """

    code: str
    value: int
    due_on: datetime.date
    confirmed: bool
    rule_source: str
    reason: str
    institution_kinds: list[BulletinTargetCreateInstitutionKindsType0Item] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        value = self.value

        due_on = self.due_on.isoformat()

        confirmed = self.confirmed

        rule_source = self.rule_source

        reason = self.reason

        institution_kinds: list[str] | None | Unset
        if isinstance(self.institution_kinds, Unset):
            institution_kinds = UNSET
        elif isinstance(self.institution_kinds, list):
            institution_kinds = []
            for institution_kinds_type_0_item_data in self.institution_kinds:
                institution_kinds_type_0_item = institution_kinds_type_0_item_data.value
                institution_kinds.append(institution_kinds_type_0_item)

        else:
            institution_kinds = self.institution_kinds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "value": value,
                "due_on": due_on,
                "confirmed": confirmed,
                "rule_source": rule_source,
                "reason": reason,
            }
        )
        if institution_kinds is not UNSET:
            field_dict["institution_kinds"] = institution_kinds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        value = d.pop("value")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        confirmed = d.pop("confirmed")

        rule_source = d.pop("rule_source")

        reason = d.pop("reason")

        def _parse_institution_kinds(
            data: object,
        ) -> list[BulletinTargetCreateInstitutionKindsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                institution_kinds_type_0 = []
                _institution_kinds_type_0 = data
                for institution_kinds_type_0_item_data in _institution_kinds_type_0:
                    institution_kinds_type_0_item = BulletinTargetCreateInstitutionKindsType0Item(
                        institution_kinds_type_0_item_data
                    )

                    institution_kinds_type_0.append(institution_kinds_type_0_item)

                return institution_kinds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BulletinTargetCreateInstitutionKindsType0Item] | None | Unset, data)

        institution_kinds = _parse_institution_kinds(d.pop("institution_kinds", UNSET))

        bulletin_target_create = cls(
            code=code,
            value=value,
            due_on=due_on,
            confirmed=confirmed,
            rule_source=rule_source,
            reason=reason,
            institution_kinds=institution_kinds,
        )

        return bulletin_target_create
