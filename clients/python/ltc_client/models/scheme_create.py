from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.scheme_create_period_kind import SchemeCreatePeriodKind
from ..models.scheme_create_subject_kind import SchemeCreateSubjectKind

if TYPE_CHECKING:
    from ..models.grade import Grade
    from ..models.indicator import Indicator
    from ..models.window import Window


T = TypeVar("T", bound="SchemeCreate")


@_attrs_define
class SchemeCreate:
    """
    Attributes:
        indicators (list[Indicator]):
        grades (list[Grade]):
        objection_window (Window):
        code (str): a new code, or a new version of one
        title (str):
        subject_kind (SchemeCreateSubjectKind):
        period_kind (SchemeCreatePeriodKind):
        source (str): the scheme's basis (文件, 合同…)
    """

    indicators: list[Indicator]
    grades: list[Grade]
    objection_window: Window
    code: str
    title: str
    subject_kind: SchemeCreateSubjectKind
    period_kind: SchemeCreatePeriodKind
    source: str

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

        code = self.code

        title = self.title

        subject_kind = self.subject_kind.value

        period_kind = self.period_kind.value

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicators": indicators,
                "grades": grades,
                "objection_window": objection_window,
                "code": code,
                "title": title,
                "subject_kind": subject_kind,
                "period_kind": period_kind,
                "source": source,
            }
        )

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

        code = d.pop("code")

        title = d.pop("title")

        subject_kind = SchemeCreateSubjectKind(d.pop("subject_kind"))

        period_kind = SchemeCreatePeriodKind(d.pop("period_kind"))

        source = d.pop("source")

        scheme_create = cls(
            indicators=indicators,
            grades=grades,
            objection_window=objection_window,
            code=code,
            title=title,
            subject_kind=subject_kind,
            period_kind=period_kind,
            source=source,
        )

        return scheme_create
