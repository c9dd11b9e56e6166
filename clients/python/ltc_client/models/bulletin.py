from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulletin_target import BulletinTarget
    from ..models.city_target import CityTarget
    from ..models.county_bulletin import CountyBulletin


T = TypeVar("T", bound="Bulletin")


@_attrs_define
class Bulletin:
    """The quarterly data bulletin (数据通报, S003 §三(三) and annex 1 item 11).

    Attributes:
        year (int):
        quarter (int):
        period_from (datetime.date):
        period_to (datetime.date):
        ranked_by (str): what orders the counties
        counties (list[CountyBulletin]): by rank (a contractor: its counties only)
        city (CountyBulletin): One county's line of the bulletin (or the city's: ``county_code`` `city`, no rank).
        city_insured (CityTarget | None): the city's insured target, when one is known
        targets (list[BulletinTarget]): the target versions measured against
        notes (list[str]):
    """

    year: int
    quarter: int
    period_from: datetime.date
    period_to: datetime.date
    ranked_by: str
    counties: list[CountyBulletin]
    city: CountyBulletin
    city_insured: CityTarget | None
    targets: list[BulletinTarget]
    notes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.city_target import CityTarget

        year = self.year

        quarter = self.quarter

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        ranked_by = self.ranked_by

        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        city = self.city.to_dict()

        city_insured: dict[str, Any] | None
        if isinstance(self.city_insured, CityTarget):
            city_insured = self.city_insured.to_dict()
        else:
            city_insured = self.city_insured

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "quarter": quarter,
                "period_from": period_from,
                "period_to": period_to,
                "ranked_by": ranked_by,
                "counties": counties,
                "city": city,
                "city_insured": city_insured,
                "targets": targets,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulletin_target import BulletinTarget
        from ..models.city_target import CityTarget
        from ..models.county_bulletin import CountyBulletin

        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        ranked_by = d.pop("ranked_by")

        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyBulletin.from_dict(counties_item_data)

            counties.append(counties_item)

        city = CountyBulletin.from_dict(d.pop("city"))

        def _parse_city_insured(data: object) -> CityTarget | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                city_insured_type_0 = CityTarget.from_dict(data)

                return city_insured_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CityTarget | None, data)

        city_insured = _parse_city_insured(d.pop("city_insured"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = BulletinTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        notes = cast(list[str], d.pop("notes"))

        bulletin = cls(
            year=year,
            quarter=quarter,
            period_from=period_from,
            period_to=period_to,
            ranked_by=ranked_by,
            counties=counties,
            city=city,
            city_insured=city_insured,
            targets=targets,
            notes=notes,
        )

        bulletin.additional_properties = d
        return bulletin

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
