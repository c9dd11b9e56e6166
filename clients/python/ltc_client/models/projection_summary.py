from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectionSummary")


@_attrs_define
class ProjectionSummary:
    """A projection in a list: without its outputs, with its city totals once done.

    Attributes:
        id (UUID):
        name (str):
        base_year (int):
        rule_set_version (str):
        status (str):
        progress_bp (int):
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        city_result_fen (int | None | Unset):
        city_finance_exposure_fen (int | None | Unset):
    """

    id: UUID
    name: str
    base_year: int
    rule_set_version: str
    status: str
    progress_bp: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    city_result_fen: int | None | Unset = UNSET
    city_finance_exposure_fen: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        base_year = self.base_year

        rule_set_version = self.rule_set_version

        status = self.status

        progress_bp = self.progress_bp

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        city_result_fen: int | None | Unset
        if isinstance(self.city_result_fen, Unset):
            city_result_fen = UNSET
        else:
            city_result_fen = self.city_result_fen

        city_finance_exposure_fen: int | None | Unset
        if isinstance(self.city_finance_exposure_fen, Unset):
            city_finance_exposure_fen = UNSET
        else:
            city_finance_exposure_fen = self.city_finance_exposure_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "base_year": base_year,
                "rule_set_version": rule_set_version,
                "status": status,
                "progress_bp": progress_bp,
                "created_at": created_at,
                "finished_at": finished_at,
            }
        )
        if city_result_fen is not UNSET:
            field_dict["city_result_fen"] = city_result_fen
        if city_finance_exposure_fen is not UNSET:
            field_dict["city_finance_exposure_fen"] = city_finance_exposure_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        base_year = d.pop("base_year")

        rule_set_version = d.pop("rule_set_version")

        status = d.pop("status")

        progress_bp = d.pop("progress_bp")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_city_result_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        city_result_fen = _parse_city_result_fen(d.pop("city_result_fen", UNSET))

        def _parse_city_finance_exposure_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        city_finance_exposure_fen = _parse_city_finance_exposure_fen(
            d.pop("city_finance_exposure_fen", UNSET)
        )

        projection_summary = cls(
            id=id,
            name=name,
            base_year=base_year,
            rule_set_version=rule_set_version,
            status=status,
            progress_bp=progress_bp,
            created_at=created_at,
            finished_at=finished_at,
            city_result_fen=city_result_fen,
            city_finance_exposure_fen=city_finance_exposure_fen,
        )

        projection_summary.additional_properties = d
        return projection_summary

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
