from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DisputeListed")


@_attrs_define
class DisputeListed:
    """A dispute in a list, with what its record's current results deduct (so a queue needs no call per
    record to show what is at stake).

        Attributes:
            id (UUID):
            service_record_id (int): the platform's id of the record (`id` of the record)
            institution_id (str):
            county_code (str):
            care_mode (str):
            reason (str):
            status (str):
            raised_by (str):
            raised_at (datetime.datetime):
            decided_by (None | str):
            decision_reason (None | str):
            decided_at (datetime.datetime | None):
            adjustment_fen (int | None):
            paid_in_run_id (None | UUID): the settlement run that paid the adjustment
            record_id (str): the institution's own id of the record
            service_date (datetime.date):
            deducted_fen (int | None): what the record's current results deduct
            reason_codes (list[str]): the record's current reason codes
    """

    id: UUID
    service_record_id: int
    institution_id: str
    county_code: str
    care_mode: str
    reason: str
    status: str
    raised_by: str
    raised_at: datetime.datetime
    decided_by: None | str
    decision_reason: None | str
    decided_at: datetime.datetime | None
    adjustment_fen: int | None
    paid_in_run_id: None | UUID
    record_id: str
    service_date: datetime.date
    deducted_fen: int | None
    reason_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        service_record_id = self.service_record_id

        institution_id = self.institution_id

        county_code = self.county_code

        care_mode = self.care_mode

        reason = self.reason

        status = self.status

        raised_by = self.raised_by

        raised_at = self.raised_at.isoformat()

        decided_by: None | str
        decided_by = self.decided_by

        decision_reason: None | str
        decision_reason = self.decision_reason

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        adjustment_fen: int | None
        adjustment_fen = self.adjustment_fen

        paid_in_run_id: None | str
        if isinstance(self.paid_in_run_id, UUID):
            paid_in_run_id = str(self.paid_in_run_id)
        else:
            paid_in_run_id = self.paid_in_run_id

        record_id = self.record_id

        service_date = self.service_date.isoformat()

        deducted_fen: int | None
        deducted_fen = self.deducted_fen

        reason_codes = self.reason_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "service_record_id": service_record_id,
                "institution_id": institution_id,
                "county_code": county_code,
                "care_mode": care_mode,
                "reason": reason,
                "status": status,
                "raised_by": raised_by,
                "raised_at": raised_at,
                "decided_by": decided_by,
                "decision_reason": decision_reason,
                "decided_at": decided_at,
                "adjustment_fen": adjustment_fen,
                "paid_in_run_id": paid_in_run_id,
                "record_id": record_id,
                "service_date": service_date,
                "deducted_fen": deducted_fen,
                "reason_codes": reason_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        service_record_id = d.pop("service_record_id")

        institution_id = d.pop("institution_id")

        county_code = d.pop("county_code")

        care_mode = d.pop("care_mode")

        reason = d.pop("reason")

        status = d.pop("status")

        raised_by = d.pop("raised_by")

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_adjustment_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        adjustment_fen = _parse_adjustment_fen(d.pop("adjustment_fen"))

        def _parse_paid_in_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_in_run_id_type_0 = UUID(data)

                return paid_in_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        paid_in_run_id = _parse_paid_in_run_id(d.pop("paid_in_run_id"))

        record_id = d.pop("record_id")

        service_date = datetime.date.fromisoformat(d.pop("service_date"))

        def _parse_deducted_fen(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deducted_fen = _parse_deducted_fen(d.pop("deducted_fen"))

        reason_codes = cast(list[str], d.pop("reason_codes"))

        dispute_listed = cls(
            id=id,
            service_record_id=service_record_id,
            institution_id=institution_id,
            county_code=county_code,
            care_mode=care_mode,
            reason=reason,
            status=status,
            raised_by=raised_by,
            raised_at=raised_at,
            decided_by=decided_by,
            decision_reason=decision_reason,
            decided_at=decided_at,
            adjustment_fen=adjustment_fen,
            paid_in_run_id=paid_in_run_id,
            record_id=record_id,
            service_date=service_date,
            deducted_fen=deducted_fen,
            reason_codes=reason_codes,
        )

        dispute_listed.additional_properties = d
        return dispute_listed

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
