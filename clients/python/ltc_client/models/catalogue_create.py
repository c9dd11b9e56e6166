from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_item_in import ServiceItemIn


T = TypeVar("T", bound="CatalogueCreate")


@_attrs_define
class CatalogueCreate:
    """A new draft version, with its items or without (add them one by one, then publish).

    Attributes:
        version (str):
        effective_from (datetime.date): published, it is in force from this day until the next version
        source (str): the notice the catalogue comes from
        items (list[ServiceItemIn] | Unset):
    """

    version: str
    effective_from: datetime.date
    source: str
    items: list[ServiceItemIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        effective_from = self.effective_from.isoformat()

        source = self.source

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "effective_from": effective_from,
                "source": source,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_item_in import ServiceItemIn

        d = dict(src_dict)
        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        source = d.pop("source")

        _items = d.pop("items", UNSET)
        items: list[ServiceItemIn] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ServiceItemIn.from_dict(items_item_data)

                items.append(items_item)

        catalogue_create = cls(
            version=version,
            effective_from=effective_from,
            source=source,
            items=items,
        )

        return catalogue_create
