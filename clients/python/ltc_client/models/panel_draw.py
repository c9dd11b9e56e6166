from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.panel_draw_candidates_item import PanelDrawCandidatesItem
    from ..models.panel_draw_exclusions_item import PanelDrawExclusionsItem
    from ..models.replay import Replay


T = TypeVar("T", bound="PanelDraw")


@_attrs_define
class PanelDraw:
    """
    Attributes:
        id (UUID):
        application_id (UUID):
        round_ (int):
        algorithm (str):
        seed (str):
        panel_size (int):
        candidates (list[PanelDrawCandidatesItem]):
        exclusions (list[PanelDrawExclusionsItem]):
        panel (list[str]):
        current (bool):
        replaces_draw_id (None | UUID):
        reason (None | str):
        drawn_on (datetime.date):
        drawn_by (str):
        drawn_at (datetime.datetime):
        replay (Replay):
    """

    id: UUID
    application_id: UUID
    round_: int
    algorithm: str
    seed: str
    panel_size: int
    candidates: list[PanelDrawCandidatesItem]
    exclusions: list[PanelDrawExclusionsItem]
    panel: list[str]
    current: bool
    replaces_draw_id: None | UUID
    reason: None | str
    drawn_on: datetime.date
    drawn_by: str
    drawn_at: datetime.datetime
    replay: Replay
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        application_id = str(self.application_id)

        round_ = self.round_

        algorithm = self.algorithm

        seed = self.seed

        panel_size = self.panel_size

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        exclusions = []
        for exclusions_item_data in self.exclusions:
            exclusions_item = exclusions_item_data.to_dict()
            exclusions.append(exclusions_item)

        panel = self.panel

        current = self.current

        replaces_draw_id: None | str
        if isinstance(self.replaces_draw_id, UUID):
            replaces_draw_id = str(self.replaces_draw_id)
        else:
            replaces_draw_id = self.replaces_draw_id

        reason: None | str
        reason = self.reason

        drawn_on = self.drawn_on.isoformat()

        drawn_by = self.drawn_by

        drawn_at = self.drawn_at.isoformat()

        replay = self.replay.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "round": round_,
                "algorithm": algorithm,
                "seed": seed,
                "panel_size": panel_size,
                "candidates": candidates,
                "exclusions": exclusions,
                "panel": panel,
                "current": current,
                "replaces_draw_id": replaces_draw_id,
                "reason": reason,
                "drawn_on": drawn_on,
                "drawn_by": drawn_by,
                "drawn_at": drawn_at,
                "replay": replay,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.panel_draw_candidates_item import PanelDrawCandidatesItem
        from ..models.panel_draw_exclusions_item import PanelDrawExclusionsItem
        from ..models.replay import Replay

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        application_id = UUID(d.pop("application_id"))

        round_ = d.pop("round")

        algorithm = d.pop("algorithm")

        seed = d.pop("seed")

        panel_size = d.pop("panel_size")

        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = PanelDrawCandidatesItem.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        exclusions = []
        _exclusions = d.pop("exclusions")
        for exclusions_item_data in _exclusions:
            exclusions_item = PanelDrawExclusionsItem.from_dict(exclusions_item_data)

            exclusions.append(exclusions_item)

        panel = cast(list[str], d.pop("panel"))

        current = d.pop("current")

        def _parse_replaces_draw_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replaces_draw_id_type_0 = UUID(data)

                return replaces_draw_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        replaces_draw_id = _parse_replaces_draw_id(d.pop("replaces_draw_id"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        drawn_on = datetime.date.fromisoformat(d.pop("drawn_on"))

        drawn_by = d.pop("drawn_by")

        drawn_at = datetime.datetime.fromisoformat(d.pop("drawn_at"))

        replay = Replay.from_dict(d.pop("replay"))

        panel_draw = cls(
            id=id,
            application_id=application_id,
            round_=round_,
            algorithm=algorithm,
            seed=seed,
            panel_size=panel_size,
            candidates=candidates,
            exclusions=exclusions,
            panel=panel,
            current=current,
            replaces_draw_id=replaces_draw_id,
            reason=reason,
            drawn_on=drawn_on,
            drawn_by=drawn_by,
            drawn_at=drawn_at,
            replay=replay,
        )

        panel_draw.additional_properties = d
        return panel_draw

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
