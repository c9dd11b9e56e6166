from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rule_set_status import RuleSetStatus

if TYPE_CHECKING:
    from ..models.band import Band
    from ..models.item import Item
    from ..models.level_cell import LevelCell
    from ..models.rule_set_policy import RuleSetPolicy
    from ..models.self_assessment_table import SelfAssessmentTable


T = TypeVar("T", bound="RuleSet")


@_attrs_define
class RuleSet:
    """
    Attributes:
        version (str):
        title (str):
        source (str):
        items (list[Item]):
        bands (list[Band]):
        levels (list[LevelCell]):
        self_assessment (SelfAssessmentTable):
        policy (RuleSetPolicy):
        status (RuleSetStatus):
        created_at (datetime.datetime):
        published_at (datetime.datetime | None):
        unconfirmed (list[str]): paths of every value shipped unconfirmed
    """

    version: str
    title: str
    source: str
    items: list[Item]
    bands: list[Band]
    levels: list[LevelCell]
    self_assessment: SelfAssessmentTable
    policy: RuleSetPolicy
    status: RuleSetStatus
    created_at: datetime.datetime
    published_at: datetime.datetime | None
    unconfirmed: list[str]

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        title = self.title

        source = self.source

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        self_assessment = self.self_assessment.to_dict()

        policy = self.policy.to_dict()

        status = self.status.value

        created_at = self.created_at.isoformat()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        unconfirmed = self.unconfirmed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "title": title,
                "source": source,
                "items": items,
                "bands": bands,
                "levels": levels,
                "self_assessment": self_assessment,
                "policy": policy,
                "status": status,
                "created_at": created_at,
                "published_at": published_at,
                "unconfirmed": unconfirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.band import Band
        from ..models.item import Item
        from ..models.level_cell import LevelCell
        from ..models.rule_set_policy import RuleSetPolicy
        from ..models.self_assessment_table import SelfAssessmentTable

        d = dict(src_dict)
        version = d.pop("version")

        title = d.pop("title")

        source = d.pop("source")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        bands = []
        _bands = d.pop("bands")
        for bands_item_data in _bands:
            bands_item = Band.from_dict(bands_item_data)

            bands.append(bands_item)

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = LevelCell.from_dict(levels_item_data)

            levels.append(levels_item)

        self_assessment = SelfAssessmentTable.from_dict(d.pop("self_assessment"))

        policy = RuleSetPolicy.from_dict(d.pop("policy"))

        status = RuleSetStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        unconfirmed = cast(list[str], d.pop("unconfirmed"))

        rule_set = cls(
            version=version,
            title=title,
            source=source,
            items=items,
            bands=bands,
            levels=levels,
            self_assessment=self_assessment,
            policy=policy,
            status=status,
            created_at=created_at,
            published_at=published_at,
            unconfirmed=unconfirmed,
        )

        return rule_set
