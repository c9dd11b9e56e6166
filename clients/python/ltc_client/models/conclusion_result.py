from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conclusion_out import ConclusionOut
    from ..models.conclusion_result_assessor_levels import ConclusionResultAssessorLevels


T = TypeVar("T", bound="ConclusionResult")


@_attrs_define
class ConclusionResult:
    """
    Attributes:
        conclusion (ConclusionOut):
        assessor_levels (ConclusionResultAssessorLevels):
        differs_from_conclusion (list[str]): experts whose own level differs from the conclusion
    """

    conclusion: ConclusionOut
    assessor_levels: ConclusionResultAssessorLevels
    differs_from_conclusion: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conclusion = self.conclusion.to_dict()

        assessor_levels = self.assessor_levels.to_dict()

        differs_from_conclusion = self.differs_from_conclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conclusion": conclusion,
                "assessor_levels": assessor_levels,
                "differs_from_conclusion": differs_from_conclusion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conclusion_out import ConclusionOut
        from ..models.conclusion_result_assessor_levels import ConclusionResultAssessorLevels

        d = dict(src_dict)
        conclusion = ConclusionOut.from_dict(d.pop("conclusion"))

        assessor_levels = ConclusionResultAssessorLevels.from_dict(d.pop("assessor_levels"))

        differs_from_conclusion = cast(list[str], d.pop("differs_from_conclusion"))

        conclusion_result = cls(
            conclusion=conclusion,
            assessor_levels=assessor_levels,
            differs_from_conclusion=differs_from_conclusion,
        )

        conclusion_result.additional_properties = d
        return conclusion_result

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
