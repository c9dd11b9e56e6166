from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insured_target import InsuredTarget
    from ..models.scheme_version import SchemeVersion


T = TypeVar("T", bound="County")


@_attrs_define
class County:
    """
    Attributes:
        code (str):
        name (str):
        kind (str): district / county / county_city / development_zone
        scheme_start_on (datetime.date | None): the first day the unit is in the LTCI scheme: enrolments, bills,
            applications and service records dated earlier are refused or cut (COUNTY_NOT_IN_SCHEME)
        scheme (None | SchemeVersion): the scheme start in force, with its basis
        insured_target (InsuredTarget | None): the latest year's figures
    """

    code: str
    name: str
    kind: str
    scheme_start_on: datetime.date | None
    scheme: None | SchemeVersion
    insured_target: InsuredTarget | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.insured_target import InsuredTarget
        from ..models.scheme_version import SchemeVersion

        code = self.code

        name = self.name

        kind = self.kind

        scheme_start_on: None | str
        if isinstance(self.scheme_start_on, datetime.date):
            scheme_start_on = self.scheme_start_on.isoformat()
        else:
            scheme_start_on = self.scheme_start_on

        scheme: dict[str, Any] | None
        if isinstance(self.scheme, SchemeVersion):
            scheme = self.scheme.to_dict()
        else:
            scheme = self.scheme

        insured_target: dict[str, Any] | None
        if isinstance(self.insured_target, InsuredTarget):
            insured_target = self.insured_target.to_dict()
        else:
            insured_target = self.insured_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
                "scheme_start_on": scheme_start_on,
                "scheme": scheme,
                "insured_target": insured_target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insured_target import InsuredTarget
        from ..models.scheme_version import SchemeVersion

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = d.pop("kind")

        def _parse_scheme_start_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_start_on_type_0 = datetime.date.fromisoformat(data)

                return scheme_start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        scheme_start_on = _parse_scheme_start_on(d.pop("scheme_start_on"))

        def _parse_scheme(data: object) -> None | SchemeVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scheme_type_0 = SchemeVersion.from_dict(data)

                return scheme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemeVersion, data)

        scheme = _parse_scheme(d.pop("scheme"))

        def _parse_insured_target(data: object) -> InsuredTarget | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                insured_target_type_0 = InsuredTarget.from_dict(data)

                return insured_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsuredTarget | None, data)

        insured_target = _parse_insured_target(d.pop("insured_target"))

        county = cls(
            code=code,
            name=name,
            kind=kind,
            scheme_start_on=scheme_start_on,
            scheme=scheme,
            insured_target=insured_target,
        )

        county.additional_properties = d
        return county

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
