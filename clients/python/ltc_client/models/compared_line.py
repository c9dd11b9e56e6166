from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compared_line_a import ComparedLineA
    from ..models.compared_line_b import ComparedLineB
    from ..models.compared_line_difference import ComparedLineDifference


T = TypeVar("T", bound="ComparedLine")


@_attrs_define
class ComparedLine:
    """One county (or the city, ``county_code`` null): a's and b's figures and b − a.

    Attributes:
        county_code (None | str):
        a (ComparedLineA):
        b (ComparedLineB):
        difference (ComparedLineDifference):
    """

    county_code: None | str
    a: ComparedLineA
    b: ComparedLineB
    difference: ComparedLineDifference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code: None | str
        county_code = self.county_code

        a = self.a.to_dict()

        b = self.b.to_dict()

        difference = self.difference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "a": a,
                "b": b,
                "difference": difference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compared_line_a import ComparedLineA
        from ..models.compared_line_b import ComparedLineB
        from ..models.compared_line_difference import ComparedLineDifference

        d = dict(src_dict)

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        a = ComparedLineA.from_dict(d.pop("a"))

        b = ComparedLineB.from_dict(d.pop("b"))

        difference = ComparedLineDifference.from_dict(d.pop("difference"))

        compared_line = cls(
            county_code=county_code,
            a=a,
            b=b,
            difference=difference,
        )

        compared_line.additional_properties = d
        return compared_line

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
