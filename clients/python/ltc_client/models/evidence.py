from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Evidence")


@_attrs_define
class Evidence:
    """
    Attributes:
        name (str): what the evidence is (佐证材料), e.g. the notice issued
        reference (str): its document number, file reference or address
        dated_on (datetime.date | None | Unset):
    """

    name: str
    reference: str
    dated_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference

        dated_on: None | str | Unset
        if isinstance(self.dated_on, Unset):
            dated_on = UNSET
        elif isinstance(self.dated_on, datetime.date):
            dated_on = self.dated_on.isoformat()
        else:
            dated_on = self.dated_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "reference": reference,
            }
        )
        if dated_on is not UNSET:
            field_dict["dated_on"] = dated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        reference = d.pop("reference")

        def _parse_dated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dated_on_type_0 = datetime.date.fromisoformat(data)

                return dated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dated_on = _parse_dated_on(d.pop("dated_on", UNSET))

        evidence = cls(
            name=name,
            reference=reference,
            dated_on=dated_on,
        )

        return evidence
