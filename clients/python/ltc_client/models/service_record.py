from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceRecord")


@_attrs_define
class ServiceRecord:
    """
    Attributes:
        id (int): the platform's id: `/service-records/{id}`, `…/{id}/disputes`, reviews
        institution_id (str):
        record_id (str): the institution's own id of the record (unique per institution)
        county_code (str):
        person_id (UUID):
        caregiver_code (None | str):
        care_mode (str):
        service_date (datetime.date):
        start_time (None | str):
        end_time (None | str):
        items (list[str]):
        amount_claimed_fen (int):
        sampled_for_review (None | str): how the record was picked for review, if it was
        first_review (None | str):
        first_reviewer (None | str):
        first_review_reason (None | str):
        second_review (None | str):
        second_reviewer (None | str):
        second_review_reason (None | str):
        checked_at (datetime.datetime | None | Unset):
        reason_codes (list[str] | Unset):
        review_flags (list[str] | Unset):
        fund_share_bp (int | None | Unset):
        eligible_fen (int | None | Unset):
        fund_fen (int | None | Unset):
        person_fen (int | None | Unset):
        deducted_fen (int | None | Unset):
        settlement_run_id (None | Unset | UUID):
    """

    id: int
    institution_id: str
    record_id: str
    county_code: str
    person_id: UUID
    caregiver_code: None | str
    care_mode: str
    service_date: datetime.date
    start_time: None | str
    end_time: None | str
    items: list[str]
    amount_claimed_fen: int
    sampled_for_review: None | str
    first_review: None | str
    first_reviewer: None | str
    first_review_reason: None | str
    second_review: None | str
    second_reviewer: None | str
    second_review_reason: None | str
    checked_at: datetime.datetime | None | Unset = UNSET
    reason_codes: list[str] | Unset = UNSET
    review_flags: list[str] | Unset = UNSET
    fund_share_bp: int | None | Unset = UNSET
    eligible_fen: int | None | Unset = UNSET
    fund_fen: int | None | Unset = UNSET
    person_fen: int | None | Unset = UNSET
    deducted_fen: int | None | Unset = UNSET
    settlement_run_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        institution_id = self.institution_id

        record_id = self.record_id

        county_code = self.county_code

        person_id = str(self.person_id)

        caregiver_code: None | str
        caregiver_code = self.caregiver_code

        care_mode = self.care_mode

        service_date = self.service_date.isoformat()

        start_time: None | str
        start_time = self.start_time

        end_time: None | str
        end_time = self.end_time

        items = self.items

        amount_claimed_fen = self.amount_claimed_fen

        sampled_for_review: None | str
        sampled_for_review = self.sampled_for_review

        first_review: None | str
        first_review = self.first_review

        first_reviewer: None | str
        first_reviewer = self.first_reviewer

        first_review_reason: None | str
        first_review_reason = self.first_review_reason

        second_review: None | str
        second_review = self.second_review

        second_reviewer: None | str
        second_reviewer = self.second_reviewer

        second_review_reason: None | str
        second_review_reason = self.second_review_reason

        checked_at: None | str | Unset
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        elif isinstance(self.checked_at, datetime.datetime):
            checked_at = self.checked_at.isoformat()
        else:
            checked_at = self.checked_at

        reason_codes: list[str] | Unset = UNSET
        if not isinstance(self.reason_codes, Unset):
            reason_codes = self.reason_codes

        review_flags: list[str] | Unset = UNSET
        if not isinstance(self.review_flags, Unset):
            review_flags = self.review_flags

        fund_share_bp: int | None | Unset
        if isinstance(self.fund_share_bp, Unset):
            fund_share_bp = UNSET
        else:
            fund_share_bp = self.fund_share_bp

        eligible_fen: int | None | Unset
        if isinstance(self.eligible_fen, Unset):
            eligible_fen = UNSET
        else:
            eligible_fen = self.eligible_fen

        fund_fen: int | None | Unset
        if isinstance(self.fund_fen, Unset):
            fund_fen = UNSET
        else:
            fund_fen = self.fund_fen

        person_fen: int | None | Unset
        if isinstance(self.person_fen, Unset):
            person_fen = UNSET
        else:
            person_fen = self.person_fen

        deducted_fen: int | None | Unset
        if isinstance(self.deducted_fen, Unset):
            deducted_fen = UNSET
        else:
            deducted_fen = self.deducted_fen

        settlement_run_id: None | str | Unset
        if isinstance(self.settlement_run_id, Unset):
            settlement_run_id = UNSET
        elif isinstance(self.settlement_run_id, UUID):
            settlement_run_id = str(self.settlement_run_id)
        else:
            settlement_run_id = self.settlement_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institution_id": institution_id,
                "record_id": record_id,
                "county_code": county_code,
                "person_id": person_id,
                "caregiver_code": caregiver_code,
                "care_mode": care_mode,
                "service_date": service_date,
                "start_time": start_time,
                "end_time": end_time,
                "items": items,
                "amount_claimed_fen": amount_claimed_fen,
                "sampled_for_review": sampled_for_review,
                "first_review": first_review,
                "first_reviewer": first_reviewer,
                "first_review_reason": first_review_reason,
                "second_review": second_review,
                "second_reviewer": second_reviewer,
                "second_review_reason": second_review_reason,
            }
        )
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if reason_codes is not UNSET:
            field_dict["reason_codes"] = reason_codes
        if review_flags is not UNSET:
            field_dict["review_flags"] = review_flags
        if fund_share_bp is not UNSET:
            field_dict["fund_share_bp"] = fund_share_bp
        if eligible_fen is not UNSET:
            field_dict["eligible_fen"] = eligible_fen
        if fund_fen is not UNSET:
            field_dict["fund_fen"] = fund_fen
        if person_fen is not UNSET:
            field_dict["person_fen"] = person_fen
        if deducted_fen is not UNSET:
            field_dict["deducted_fen"] = deducted_fen
        if settlement_run_id is not UNSET:
            field_dict["settlement_run_id"] = settlement_run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        institution_id = d.pop("institution_id")

        record_id = d.pop("record_id")

        county_code = d.pop("county_code")

        person_id = UUID(d.pop("person_id"))

        def _parse_caregiver_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        caregiver_code = _parse_caregiver_code(d.pop("caregiver_code"))

        care_mode = d.pop("care_mode")

        service_date = datetime.date.fromisoformat(d.pop("service_date"))

        def _parse_start_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_end_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_time = _parse_end_time(d.pop("end_time"))

        items = cast(list[str], d.pop("items"))

        amount_claimed_fen = d.pop("amount_claimed_fen")

        def _parse_sampled_for_review(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sampled_for_review = _parse_sampled_for_review(d.pop("sampled_for_review"))

        def _parse_first_review(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_review = _parse_first_review(d.pop("first_review"))

        def _parse_first_reviewer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_reviewer = _parse_first_reviewer(d.pop("first_reviewer"))

        def _parse_first_review_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_review_reason = _parse_first_review_reason(d.pop("first_review_reason"))

        def _parse_second_review(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        second_review = _parse_second_review(d.pop("second_review"))

        def _parse_second_reviewer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        second_reviewer = _parse_second_reviewer(d.pop("second_reviewer"))

        def _parse_second_review_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        second_review_reason = _parse_second_review_reason(d.pop("second_review_reason"))

        def _parse_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        checked_at = _parse_checked_at(d.pop("checked_at", UNSET))

        reason_codes = cast(list[str], d.pop("reason_codes", UNSET))

        review_flags = cast(list[str], d.pop("review_flags", UNSET))

        def _parse_fund_share_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fund_share_bp = _parse_fund_share_bp(d.pop("fund_share_bp", UNSET))

        def _parse_eligible_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        eligible_fen = _parse_eligible_fen(d.pop("eligible_fen", UNSET))

        def _parse_fund_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fund_fen = _parse_fund_fen(d.pop("fund_fen", UNSET))

        def _parse_person_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_fen = _parse_person_fen(d.pop("person_fen", UNSET))

        def _parse_deducted_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deducted_fen = _parse_deducted_fen(d.pop("deducted_fen", UNSET))

        def _parse_settlement_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settlement_run_id_type_0 = UUID(data)

                return settlement_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        settlement_run_id = _parse_settlement_run_id(d.pop("settlement_run_id", UNSET))

        service_record = cls(
            id=id,
            institution_id=institution_id,
            record_id=record_id,
            county_code=county_code,
            person_id=person_id,
            caregiver_code=caregiver_code,
            care_mode=care_mode,
            service_date=service_date,
            start_time=start_time,
            end_time=end_time,
            items=items,
            amount_claimed_fen=amount_claimed_fen,
            sampled_for_review=sampled_for_review,
            first_review=first_review,
            first_reviewer=first_reviewer,
            first_review_reason=first_review_reason,
            second_review=second_review,
            second_reviewer=second_reviewer,
            second_review_reason=second_review_reason,
            checked_at=checked_at,
            reason_codes=reason_codes,
            review_flags=review_flags,
            fund_share_bp=fund_share_bp,
            eligible_fen=eligible_fen,
            fund_fen=fund_fen,
            person_fen=person_fen,
            deducted_fen=deducted_fen,
            settlement_run_id=settlement_run_id,
        )

        service_record.additional_properties = d
        return service_record

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
