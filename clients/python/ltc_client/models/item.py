from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.item_indicator import ItemIndicator

if TYPE_CHECKING:
    from ..models.point_value import PointValue


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        code (str):
        indicator (ItemIndicator):
        label (str):
        values (list[PointValue]):
        confirmed (bool): the item and its wording
    """

    code: str
    indicator: ItemIndicator
    label: str
    values: list[PointValue]
    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        indicator = self.indicator.value

        label = self.label

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "indicator": indicator,
                "label": label,
                "values": values,
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.point_value import PointValue

        d = dict(src_dict)
        code = d.pop("code")

        indicator = ItemIndicator(d.pop("indicator"))

        label = d.pop("label")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = PointValue.from_dict(values_item_data)

            values.append(values_item)

        confirmed = d.pop("confirmed")

        item = cls(
            code=code,
            indicator=indicator,
            label=label,
            values=values,
            confirmed=confirmed,
        )

        return item
