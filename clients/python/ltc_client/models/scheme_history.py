from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scheme_version import SchemeVersion


T = TypeVar("T", bound="SchemeHistory")


@_attrs_define
class SchemeHistory:
    """
    Attributes:
        county_code (str):
        current (None | SchemeVersion):
        history (list[SchemeVersion]): every version, newest first
    """

    county_code: str
    current: None | SchemeVersion
    history: list[SchemeVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scheme_version import SchemeVersion

        county_code = self.county_code

        current: dict[str, Any] | None
        if isinstance(self.current, SchemeVersion):
            current = self.current.to_dict()
        else:
            current = self.current

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "current": current,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheme_version import SchemeVersion

        d = dict(src_dict)
        county_code = d.pop("county_code")

        def _parse_current(data: object) -> None | SchemeVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = SchemeVersion.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemeVersion, data)

        current = _parse_current(d.pop("current"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = SchemeVersion.from_dict(history_item_data)

            history.append(history_item)

        scheme_history = cls(
            county_code=county_code,
            current=current,
            history=history,
        )

        scheme_history.additional_properties = d
        return scheme_history

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
