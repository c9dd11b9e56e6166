from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.care_mode import CareMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceRecordBatchServiceRecordIn")


@_attrs_define
class ServiceRecordBatchServiceRecordIn:
    """One record as the institution submits it: an item of a batch, a JSON line or a CSV row of a file
    (there ``items`` is one field, the codes separated by ``|``). The intake checks each record on its own,
    so a record that does not fit is refused with its row errors and the others are kept.

        Attributes:
            record_id (str): the institution's own id: a record sent again is ignored
            person_id (UUID): the insured person (enrollment's id)
            care_mode (CareMode): 护理方式, how care is given: `home_visit` 居家上门护理, `elderly_care_bed` 养老机构护理 (bed-days),
                `medical_bed` 医疗机构护理 (bed-days), `family_care` 家属护理.
            service_date (datetime.date): YYYY-MM-DD
            amount_claimed_fen (int): claimed, in fen
            caregiver_code (None | str | Unset): the caregiver's code at the institution
            start_time (None | str | Unset): local time HH:MM (or HH:MM:SS)
            end_time (None | str | Unset): local time, after start_time
            items (list[str] | Unset): service-item codes
            checkin_lat (float | None | Unset): home visits: with checkin_lon
            checkin_lon (float | None | Unset):
    """

    record_id: str
    person_id: UUID
    care_mode: CareMode
    service_date: datetime.date
    amount_claimed_fen: int
    caregiver_code: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    items: list[str] | Unset = UNSET
    checkin_lat: float | None | Unset = UNSET
    checkin_lon: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        person_id = str(self.person_id)

        care_mode = self.care_mode.value

        service_date = self.service_date.isoformat()

        amount_claimed_fen = self.amount_claimed_fen

        caregiver_code: None | str | Unset
        if isinstance(self.caregiver_code, Unset):
            caregiver_code = UNSET
        else:
            caregiver_code = self.caregiver_code

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        checkin_lat: float | None | Unset
        if isinstance(self.checkin_lat, Unset):
            checkin_lat = UNSET
        else:
            checkin_lat = self.checkin_lat

        checkin_lon: float | None | Unset
        if isinstance(self.checkin_lon, Unset):
            checkin_lon = UNSET
        else:
            checkin_lon = self.checkin_lon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "person_id": person_id,
                "care_mode": care_mode,
                "service_date": service_date,
                "amount_claimed_fen": amount_claimed_fen,
            }
        )
        if caregiver_code is not UNSET:
            field_dict["caregiver_code"] = caregiver_code
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if items is not UNSET:
            field_dict["items"] = items
        if checkin_lat is not UNSET:
            field_dict["checkin_lat"] = checkin_lat
        if checkin_lon is not UNSET:
            field_dict["checkin_lon"] = checkin_lon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        person_id = UUID(d.pop("person_id"))

        care_mode = CareMode(d.pop("care_mode"))

        service_date = datetime.date.fromisoformat(d.pop("service_date"))

        amount_claimed_fen = d.pop("amount_claimed_fen")

        def _parse_caregiver_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caregiver_code = _parse_caregiver_code(d.pop("caregiver_code", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        items = cast(list[str], d.pop("items", UNSET))

        def _parse_checkin_lat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        checkin_lat = _parse_checkin_lat(d.pop("checkin_lat", UNSET))

        def _parse_checkin_lon(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        checkin_lon = _parse_checkin_lon(d.pop("checkin_lon", UNSET))

        service_record_batch_service_record_in = cls(
            record_id=record_id,
            person_id=person_id,
            care_mode=care_mode,
            service_date=service_date,
            amount_claimed_fen=amount_claimed_fen,
            caregiver_code=caregiver_code,
            start_time=start_time,
            end_time=end_time,
            items=items,
            checkin_lat=checkin_lat,
            checkin_lon=checkin_lon,
        )

        service_record_batch_service_record_in.additional_properties = d
        return service_record_batch_service_record_in

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
