from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.care_mode import CareMode
from ..models.institution_create_kind import InstitutionCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstitutionCreate")


@_attrs_define
class InstitutionCreate:
    """
    Attributes:
        id (str): the institution's opaque code
        name (str):
        county_code (str):
        kind (InstitutionCreateKind):
        care_modes (list[CareMode]):
        agreement_from (datetime.date):
        agreement_to (datetime.date):
        beds (int | Unset):  Default: 0.
    """

    id: str
    name: str
    county_code: str
    kind: InstitutionCreateKind
    care_modes: list[CareMode]
    agreement_from: datetime.date
    agreement_to: datetime.date
    beds: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        county_code = self.county_code

        kind = self.kind.value

        care_modes = []
        for care_modes_item_data in self.care_modes:
            care_modes_item = care_modes_item_data.value
            care_modes.append(care_modes_item)

        agreement_from = self.agreement_from.isoformat()

        agreement_to = self.agreement_to.isoformat()

        beds = self.beds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "county_code": county_code,
                "kind": kind,
                "care_modes": care_modes,
                "agreement_from": agreement_from,
                "agreement_to": agreement_to,
            }
        )
        if beds is not UNSET:
            field_dict["beds"] = beds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        county_code = d.pop("county_code")

        kind = InstitutionCreateKind(d.pop("kind"))

        care_modes = []
        _care_modes = d.pop("care_modes")
        for care_modes_item_data in _care_modes:
            care_modes_item = CareMode(care_modes_item_data)

            care_modes.append(care_modes_item)

        agreement_from = datetime.date.fromisoformat(d.pop("agreement_from"))

        agreement_to = datetime.date.fromisoformat(d.pop("agreement_to"))

        beds = d.pop("beds", UNSET)

        institution_create = cls(
            id=id,
            name=name,
            county_code=county_code,
            kind=kind,
            care_modes=care_modes,
            agreement_from=agreement_from,
            agreement_to=agreement_to,
            beds=beds,
        )

        return institution_create
