from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.leg_out import LegOut


T = TypeVar("T", bound="TransactionOut")


@_attrs_define
class TransactionOut:
    """
    Attributes:
        id (int):
        client_id (str):
        county_code (str):
        posted_on (datetime.date):
        kind (str):
        memo (str):
        reverses_id (int | None):
        legs (list[LegOut]):
    """

    id: int
    client_id: str
    county_code: str
    posted_on: datetime.date
    kind: str
    memo: str
    reverses_id: int | None
    legs: list[LegOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        county_code = self.county_code

        posted_on = self.posted_on.isoformat()

        kind = self.kind

        memo = self.memo

        reverses_id: int | None
        reverses_id = self.reverses_id

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "county_code": county_code,
                "posted_on": posted_on,
                "kind": kind,
                "memo": memo,
                "reverses_id": reverses_id,
                "legs": legs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.leg_out import LegOut

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        county_code = d.pop("county_code")

        posted_on = datetime.date.fromisoformat(d.pop("posted_on"))

        kind = d.pop("kind")

        memo = d.pop("memo")

        def _parse_reverses_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reverses_id = _parse_reverses_id(d.pop("reverses_id"))

        legs = []
        _legs = d.pop("legs")
        for legs_item_data in _legs:
            legs_item = LegOut.from_dict(legs_item_data)

            legs.append(legs_item)

        transaction_out = cls(
            id=id,
            client_id=client_id,
            county_code=county_code,
            posted_on=posted_on,
            kind=kind,
            memo=memo,
            reverses_id=reverses_id,
            legs=legs,
        )

        transaction_out.additional_properties = d
        return transaction_out

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
