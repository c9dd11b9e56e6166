from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compared_line import ComparedLine
    from ..models.projection_summary import ProjectionSummary


T = TypeVar("T", bound="Comparison")


@_attrs_define
class Comparison:
    """
    Attributes:
        a (ProjectionSummary): A projection in a list: without its outputs, with its city totals once done.
        b (ProjectionSummary): A projection in a list: without its outputs, with its city totals once done.
        lines (list[ComparedLine]):
    """

    a: ProjectionSummary
    b: ProjectionSummary
    lines: list[ComparedLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a = self.a.to_dict()

        b = self.b.to_dict()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "b": b,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compared_line import ComparedLine
        from ..models.projection_summary import ProjectionSummary

        d = dict(src_dict)
        a = ProjectionSummary.from_dict(d.pop("a"))

        b = ProjectionSummary.from_dict(d.pop("b"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ComparedLine.from_dict(lines_item_data)

            lines.append(lines_item)

        comparison = cls(
            a=a,
            b=b,
            lines=lines,
        )

        comparison.additional_properties = d
        return comparison

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
