from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegOut")


@_attrs_define
class LegOut:
    """
    Attributes:
        account (str):
        institution_id (None | str):
        amount_fen (int):
    """

    account: str
    institution_id: None | str
    amount_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        institution_id: None | str
        institution_id = self.institution_id

        amount_fen = self.amount_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "institution_id": institution_id,
                "amount_fen": amount_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        def _parse_institution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        institution_id = _parse_institution_id(d.pop("institution_id"))

        amount_fen = d.pop("amount_fen")

        leg_out = cls(
            account=account,
            institution_id=institution_id,
            amount_fen=amount_fen,
        )

        leg_out.additional_properties = d
        return leg_out

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
