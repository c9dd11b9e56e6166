from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogue_status import CatalogueStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueSummary")


@_attrs_define
class CatalogueSummary:
    """
    Attributes:
        version (str):
        effective_from (datetime.date):
        status (CatalogueStatus): A version is drafted (its items editable), then published (frozen, in force from its
            date).
        source (str):
        created_by (str):
        created_at (datetime.datetime):
        published_by (None | str):
        published_at (datetime.datetime | None):
        item_count (int | Unset):  Default: 0.
    """

    version: str
    effective_from: datetime.date
    status: CatalogueStatus
    source: str
    created_by: str
    created_at: datetime.datetime
    published_by: None | str
    published_at: datetime.datetime | None
    item_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        effective_from = self.effective_from.isoformat()

        status = self.status.value

        source = self.source

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        published_by: None | str
        published_by = self.published_by

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        item_count = self.item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "effective_from": effective_from,
                "status": status,
                "source": source,
                "created_by": created_by,
                "created_at": created_at,
                "published_by": published_by,
                "published_at": published_at,
            }
        )
        if item_count is not UNSET:
            field_dict["item_count"] = item_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        status = CatalogueStatus(d.pop("status"))

        source = d.pop("source")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        item_count = d.pop("item_count", UNSET)

        catalogue_summary = cls(
            version=version,
            effective_from=effective_from,
            status=status,
            source=source,
            created_by=created_by,
            created_at=created_at,
            published_by=published_by,
            published_at=published_at,
            item_count=item_count,
        )

        catalogue_summary.additional_properties = d
        return catalogue_summary

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
