from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.disability_level import DisabilityLevel


T = TypeVar("T", bound="DisabilityLevels")


@_attrs_define
class DisabilityLevels:
    """
    Attributes:
        person_id (str):
        current (DisabilityLevel | None):
        history (list[DisabilityLevel]):
    """

    person_id: str
    current: DisabilityLevel | None
    history: list[DisabilityLevel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.disability_level import DisabilityLevel

        person_id = self.person_id

        current: dict[str, Any] | None
        if isinstance(self.current, DisabilityLevel):
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
                "person_id": person_id,
                "current": current,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disability_level import DisabilityLevel

        d = dict(src_dict)
        person_id = d.pop("person_id")

        def _parse_current(data: object) -> DisabilityLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = DisabilityLevel.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisabilityLevel | None, data)

        current = _parse_current(d.pop("current"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = DisabilityLevel.from_dict(history_item_data)

            history.append(history_item)

        disability_levels = cls(
            person_id=person_id,
            current=current,
            history=history,
        )

        disability_levels.additional_properties = d
        return disability_levels

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
