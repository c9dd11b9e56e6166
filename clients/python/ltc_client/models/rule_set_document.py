from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.band import Band
    from ..models.item import Item
    from ..models.level_cell import LevelCell
    from ..models.rule_set_document_policy import RuleSetDocumentPolicy
    from ..models.self_assessment_table import SelfAssessmentTable


T = TypeVar("T", bound="RuleSetDocument")


@_attrs_define
class RuleSetDocument:
    """A whole rule-set version; every value carries ``confirmed``.

    Attributes:
        version (str):
        title (str):
        source (str):
        items (list[Item]):
        bands (list[Band]):
        levels (list[LevelCell]):
        self_assessment (SelfAssessmentTable):
        policy (RuleSetDocumentPolicy):
    """

    version: str
    title: str
    source: str
    items: list[Item]
    bands: list[Band]
    levels: list[LevelCell]
    self_assessment: SelfAssessmentTable
    policy: RuleSetDocumentPolicy

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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.band import Band
        from ..models.item import Item
        from ..models.level_cell import LevelCell
        from ..models.rule_set_document_policy import RuleSetDocumentPolicy
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

        policy = RuleSetDocumentPolicy.from_dict(d.pop("policy"))

        rule_set_document = cls(
            version=version,
            title=title,
            source=source,
            items=items,
            bands=bands,
            levels=levels,
            self_assessment=self_assessment,
            policy=policy,
        )

        return rule_set_document
