from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServicesOversightEvaluationsSchemasAssignmentCreate")


@_attrs_define
class ServicesOversightEvaluationsSchemasAssignmentCreate:
    """
    Attributes:
        indicator_code (str):
        evaluator_client_id (str): the evaluator's API client id (第三方机构)
    """

    indicator_code: str
    evaluator_client_id: str

    def to_dict(self) -> dict[str, Any]:
        indicator_code = self.indicator_code

        evaluator_client_id = self.evaluator_client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_code": indicator_code,
                "evaluator_client_id": evaluator_client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        evaluator_client_id = d.pop("evaluator_client_id")

        services_oversight_evaluations_schemas_assignment_create = cls(
            indicator_code=indicator_code,
            evaluator_client_id=evaluator_client_id,
        )

        return services_oversight_evaluations_schemas_assignment_create
