from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServicesOversightContractorsSchemasDocument")


@_attrs_define
class ServicesOversightContractorsSchemasDocument:
    """Evidence: a document's name, where it is kept (reference or URL) and its date; no file is stored.

    Attributes:
        name (str):
        reference (str): a file number or a URL
        dated_on (datetime.date):
    """

    name: str
    reference: str
    dated_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference

        dated_on = self.dated_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "reference": reference,
                "dated_on": dated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        reference = d.pop("reference")

        dated_on = datetime.date.fromisoformat(d.pop("dated_on"))

        services_oversight_contractors_schemas_document = cls(
            name=name,
            reference=reference,
            dated_on=dated_on,
        )

        return services_oversight_contractors_schemas_document
