from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.self_assessment_table_eligible_grades_item import SelfAssessmentTableEligibleGradesItem

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.self_grade import SelfGrade


T = TypeVar("T", bound="SelfAssessmentTable")


@_attrs_define
class SelfAssessmentTable:
    """
    Attributes:
        activities (list[Activity]):
        grades (list[SelfGrade]):
        eligible_grades (list[SelfAssessmentTableEligibleGradesItem]):
        confirmed (bool):
    """

    activities: list[Activity]
    grades: list[SelfGrade]
    eligible_grades: list[SelfAssessmentTableEligibleGradesItem]
    confirmed: bool

    def to_dict(self) -> dict[str, Any]:
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.to_dict()
            activities.append(activities_item)

        grades = []
        for grades_item_data in self.grades:
            grades_item = grades_item_data.to_dict()
            grades.append(grades_item)

        eligible_grades = []
        for eligible_grades_item_data in self.eligible_grades:
            eligible_grades_item = eligible_grades_item_data.value
            eligible_grades.append(eligible_grades_item)

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "activities": activities,
                "grades": grades,
                "eligible_grades": eligible_grades,
                "confirmed": confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity import Activity
        from ..models.self_grade import SelfGrade

        d = dict(src_dict)
        activities = []
        _activities = d.pop("activities")
        for activities_item_data in _activities:
            activities_item = Activity.from_dict(activities_item_data)

            activities.append(activities_item)

        grades = []
        _grades = d.pop("grades")
        for grades_item_data in _grades:
            grades_item = SelfGrade.from_dict(grades_item_data)

            grades.append(grades_item)

        eligible_grades = []
        _eligible_grades = d.pop("eligible_grades")
        for eligible_grades_item_data in _eligible_grades:
            eligible_grades_item = SelfAssessmentTableEligibleGradesItem(eligible_grades_item_data)

            eligible_grades.append(eligible_grades_item)

        confirmed = d.pop("confirmed")

        self_assessment_table = cls(
            activities=activities,
            grades=grades,
            eligible_grades=eligible_grades,
            confirmed=confirmed,
        )

        return self_assessment_table
