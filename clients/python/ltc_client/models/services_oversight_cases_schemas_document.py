from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServicesOversightCasesSchemasDocument")


@_attrs_define
class ServicesOversightCasesSchemasDocument:
    """A document or photo: its metadata (the file stays in the records system that holds it).

    Attributes:
        name (str):
        reference (str): where the file is: archive number or URL
        sha256 (str): the file's SHA-256, hex
        content_type (str):
    """

    name: str
    reference: str
    sha256: str
    content_type: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference

        sha256 = self.sha256

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "reference": reference,
                "sha256": sha256,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        reference = d.pop("reference")

        sha256 = d.pop("sha256")

        content_type = d.pop("content_type")

        services_oversight_cases_schemas_document = cls(
            name=name,
            reference=reference,
            sha256=sha256,
            content_type=content_type,
        )

        return services_oversight_cases_schemas_document
