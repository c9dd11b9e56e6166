from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SampleResult")


@_attrs_define
class SampleResult:
    """
    Attributes:
        county_code (str):
        month (datetime.date):
        method (str):
        seed (None | str):
        candidates (int): unsettled records the method looked at
        picked (int):
        service_record_ids (list[int]):
    """

    county_code: str
    month: datetime.date
    method: str
    seed: None | str
    candidates: int
    picked: int
    service_record_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        month = self.month.isoformat()

        method = self.method

        seed: None | str
        seed = self.seed

        candidates = self.candidates

        picked = self.picked

        service_record_ids = self.service_record_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "month": month,
                "method": method,
                "seed": seed,
                "candidates": candidates,
                "picked": picked,
                "service_record_ids": service_record_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        month = datetime.date.fromisoformat(d.pop("month"))

        method = d.pop("method")

        def _parse_seed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        seed = _parse_seed(d.pop("seed"))

        candidates = d.pop("candidates")

        picked = d.pop("picked")

        service_record_ids = cast(list[int], d.pop("service_record_ids"))

        sample_result = cls(
            county_code=county_code,
            month=month,
            method=method,
            seed=seed,
            candidates=candidates,
            picked=picked,
            service_record_ids=service_record_ids,
        )

        sample_result.additional_properties = d
        return sample_result

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
