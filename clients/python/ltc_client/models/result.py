from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        session_id (UUID):
        holder_id_number (str): masked
        holder_name (str):
        score (int):
        passed (bool):
        import_job_id (UUID):
    """

    session_id: UUID
    holder_id_number: str
    holder_name: str
    score: int
    passed: bool
    import_job_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        holder_id_number = self.holder_id_number

        holder_name = self.holder_name

        score = self.score

        passed = self.passed

        import_job_id = str(self.import_job_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "holder_id_number": holder_id_number,
                "holder_name": holder_name,
                "score": score,
                "passed": passed,
                "import_job_id": import_job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        holder_id_number = d.pop("holder_id_number")

        holder_name = d.pop("holder_name")

        score = d.pop("score")

        passed = d.pop("passed")

        import_job_id = UUID(d.pop("import_job_id"))

        result = cls(
            session_id=session_id,
            holder_id_number=holder_id_number,
            holder_name=holder_name,
            score=score,
            passed=passed,
            import_job_id=import_job_id,
        )

        result.additional_properties = d
        return result

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
