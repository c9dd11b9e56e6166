from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance


T = TypeVar("T", bound="AccountList")


@_attrs_define
class AccountList:
    """
    Attributes:
        county_code (str):
        items (list[AccountBalance]):
        total_fen (int): always 0: every transaction balances
    """

    county_code: str
    items: list[AccountBalance]
    total_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_fen = self.total_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "items": items,
                "total_fen": total_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_balance import AccountBalance

        d = dict(src_dict)
        county_code = d.pop("county_code")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AccountBalance.from_dict(items_item_data)

            items.append(items_item)

        total_fen = d.pop("total_fen")

        account_list = cls(
            county_code=county_code,
            items=items,
            total_fen=total_fen,
        )

        account_list.additional_properties = d
        return account_list

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
