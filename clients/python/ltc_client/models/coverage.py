from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coverage_reason_type_0 import CoverageReasonType0
from ..models.coverage_status_type_0 import CoverageStatusType0

T = TypeVar("T", bound="Coverage")


@_attrs_define
class Coverage:
    """
    Attributes:
        person_id (UUID):
        on (datetime.date):
        covered (bool):
        reason (CoverageReasonType0 | None): why not covered; null when covered
        county_code (str):
        status (CoverageStatusType0 | None): the status in force on that date (null before enrolment)
        contribution_year (int):
        contribution_settled (bool | None): that year's bill fully paid; null when no bill has been generated for the
            year
        grace_ends_on (datetime.date | None): last day an unpaid bill still counts as covered
        scheme_start_on (datetime.date | None): the person's accounting unit joined the scheme on this date; before it
            the answer is not covered, reason COUNTY_NOT_IN_SCHEME
    """

    person_id: UUID
    on: datetime.date
    covered: bool
    reason: CoverageReasonType0 | None
    county_code: str
    status: CoverageStatusType0 | None
    contribution_year: int
    contribution_settled: bool | None
    grace_ends_on: datetime.date | None
    scheme_start_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        on = self.on.isoformat()

        covered = self.covered

        reason: None | str
        if isinstance(self.reason, CoverageReasonType0):
            reason = self.reason.value
        else:
            reason = self.reason

        county_code = self.county_code

        status: None | str
        if isinstance(self.status, CoverageStatusType0):
            status = self.status.value
        else:
            status = self.status

        contribution_year = self.contribution_year

        contribution_settled: bool | None
        contribution_settled = self.contribution_settled

        grace_ends_on: None | str
        if isinstance(self.grace_ends_on, datetime.date):
            grace_ends_on = self.grace_ends_on.isoformat()
        else:
            grace_ends_on = self.grace_ends_on

        scheme_start_on: None | str
        if isinstance(self.scheme_start_on, datetime.date):
            scheme_start_on = self.scheme_start_on.isoformat()
        else:
            scheme_start_on = self.scheme_start_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_id": person_id,
                "on": on,
                "covered": covered,
                "reason": reason,
                "county_code": county_code,
                "status": status,
                "contribution_year": contribution_year,
                "contribution_settled": contribution_settled,
                "grace_ends_on": grace_ends_on,
                "scheme_start_on": scheme_start_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        covered = d.pop("covered")

        def _parse_reason(data: object) -> CoverageReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = CoverageReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoverageReasonType0 | None, data)

        reason = _parse_reason(d.pop("reason"))

        county_code = d.pop("county_code")

        def _parse_status(data: object) -> CoverageStatusType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CoverageStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoverageStatusType0 | None, data)

        status = _parse_status(d.pop("status"))

        contribution_year = d.pop("contribution_year")

        def _parse_contribution_settled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        contribution_settled = _parse_contribution_settled(d.pop("contribution_settled"))

        def _parse_grace_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grace_ends_on_type_0 = datetime.date.fromisoformat(data)

                return grace_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        grace_ends_on = _parse_grace_ends_on(d.pop("grace_ends_on"))

        def _parse_scheme_start_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_start_on_type_0 = datetime.date.fromisoformat(data)

                return scheme_start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        scheme_start_on = _parse_scheme_start_on(d.pop("scheme_start_on"))

        coverage = cls(
            person_id=person_id,
            on=on,
            covered=covered,
            reason=reason,
            county_code=county_code,
            status=status,
            contribution_year=contribution_year,
            contribution_settled=contribution_settled,
            grace_ends_on=grace_ends_on,
            scheme_start_on=scheme_start_on,
        )

        coverage.additional_properties = d
        return coverage

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
