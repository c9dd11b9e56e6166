from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grade import Grade
    from ..models.indicator import Indicator
    from ..models.window import Window


T = TypeVar("T", bound="SchemeUpdate")


@_attrs_define
class SchemeUpdate:
    """A draft's document, whole (indicators, grades, window), and optionally its title and source.

    Attributes:
        indicators (list[Indicator]):
        grades (list[Grade]):
        objection_window (Window):
        title (None | str | Unset):
        source (None | str | Unset):
    """

    indicators: list[Indicator]
    grades: list[Grade]
    objection_window: Window
    title: None | str | Unset = UNSET
    source: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        grades = []
        for grades_item_data in self.grades:
            grades_item = grades_item_data.to_dict()
            grades.append(grades_item)

        objection_window = self.objection_window.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicators": indicators,
                "grades": grades,
                "objection_window": objection_window,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grade import Grade
        from ..models.indicator import Indicator
        from ..models.window import Window

        d = dict(src_dict)
        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = Indicator.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        grades = []
        _grades = d.pop("grades")
        for grades_item_data in _grades:
            grades_item = Grade.from_dict(grades_item_data)

            grades.append(grades_item)

        objection_window = Window.from_dict(d.pop("objection_window"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        scheme_update = cls(
            indicators=indicators,
            grades=grades,
            objection_window=objection_window,
            title=title,
            source=source,
        )

        return scheme_update
