from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkIssueCreate")


@_attrs_define
class BulkIssueCreate:
    """Certificates for everyone who passed a session's exam and holds none of it yet, numbered
    ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the session's certificates
    issued before.

        Attributes:
            number_prefix (str): e.g. WZHR-2026-
            issued_on (datetime.date):
            valid_until (datetime.date): the last day the certificates hold
    """

    number_prefix: str
    issued_on: datetime.date
    valid_until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        number_prefix = self.number_prefix

        issued_on = self.issued_on.isoformat()

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number_prefix": number_prefix,
                "issued_on": issued_on,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number_prefix = d.pop("number_prefix")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        bulk_issue_create = cls(
            number_prefix=number_prefix,
            issued_on=issued_on,
            valid_until=valid_until,
        )

        return bulk_issue_create
