from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conclusion_out import ConclusionOut
    from ..models.draw_summary import DrawSummary
    from ..models.objection_out import ObjectionOut
    from ..models.score_out import ScoreOut
    from ..models.transition import Transition


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        id (UUID):
        kind (str):
        person_id (str):
        county_code (str):
        status (str):
        round_ (int):
        reason_codes (list[str]):
        self_assessment_grade (None | str):
        care_institution_id (None | str):
        rule_set_version (str):
        received_on (datetime.date):
        onsite_due_on (datetime.date | None):
        publicity_ends_on (datetime.date | None):
        served_on (datetime.date | None):
        objection_due_on (datetime.date | None):
        overdue (bool):
        history (list[Transition] | Unset):
        draws (list[DrawSummary] | Unset):
        scores (list[ScoreOut] | Unset):
        conclusions (list[ConclusionOut] | Unset):
        objection (None | ObjectionOut | Unset):
    """

    id: UUID
    kind: str
    person_id: str
    county_code: str
    status: str
    round_: int
    reason_codes: list[str]
    self_assessment_grade: None | str
    care_institution_id: None | str
    rule_set_version: str
    received_on: datetime.date
    onsite_due_on: datetime.date | None
    publicity_ends_on: datetime.date | None
    served_on: datetime.date | None
    objection_due_on: datetime.date | None
    overdue: bool
    history: list[Transition] | Unset = UNSET
    draws: list[DrawSummary] | Unset = UNSET
    scores: list[ScoreOut] | Unset = UNSET
    conclusions: list[ConclusionOut] | Unset = UNSET
    objection: None | ObjectionOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.objection_out import ObjectionOut

        id = str(self.id)

        kind = self.kind

        person_id = self.person_id

        county_code = self.county_code

        status = self.status

        round_ = self.round_

        reason_codes = self.reason_codes

        self_assessment_grade: None | str
        self_assessment_grade = self.self_assessment_grade

        care_institution_id: None | str
        care_institution_id = self.care_institution_id

        rule_set_version = self.rule_set_version

        received_on = self.received_on.isoformat()

        onsite_due_on: None | str
        if isinstance(self.onsite_due_on, datetime.date):
            onsite_due_on = self.onsite_due_on.isoformat()
        else:
            onsite_due_on = self.onsite_due_on

        publicity_ends_on: None | str
        if isinstance(self.publicity_ends_on, datetime.date):
            publicity_ends_on = self.publicity_ends_on.isoformat()
        else:
            publicity_ends_on = self.publicity_ends_on

        served_on: None | str
        if isinstance(self.served_on, datetime.date):
            served_on = self.served_on.isoformat()
        else:
            served_on = self.served_on

        objection_due_on: None | str
        if isinstance(self.objection_due_on, datetime.date):
            objection_due_on = self.objection_due_on.isoformat()
        else:
            objection_due_on = self.objection_due_on

        overdue = self.overdue

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        draws: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.draws, Unset):
            draws = []
            for draws_item_data in self.draws:
                draws_item = draws_item_data.to_dict()
                draws.append(draws_item)

        scores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = []
            for scores_item_data in self.scores:
                scores_item = scores_item_data.to_dict()
                scores.append(scores_item)

        conclusions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conclusions, Unset):
            conclusions = []
            for conclusions_item_data in self.conclusions:
                conclusions_item = conclusions_item_data.to_dict()
                conclusions.append(conclusions_item)

        objection: dict[str, Any] | None | Unset
        if isinstance(self.objection, Unset):
            objection = UNSET
        elif isinstance(self.objection, ObjectionOut):
            objection = self.objection.to_dict()
        else:
            objection = self.objection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "person_id": person_id,
                "county_code": county_code,
                "status": status,
                "round": round_,
                "reason_codes": reason_codes,
                "self_assessment_grade": self_assessment_grade,
                "care_institution_id": care_institution_id,
                "rule_set_version": rule_set_version,
                "received_on": received_on,
                "onsite_due_on": onsite_due_on,
                "publicity_ends_on": publicity_ends_on,
                "served_on": served_on,
                "objection_due_on": objection_due_on,
                "overdue": overdue,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history
        if draws is not UNSET:
            field_dict["draws"] = draws
        if scores is not UNSET:
            field_dict["scores"] = scores
        if conclusions is not UNSET:
            field_dict["conclusions"] = conclusions
        if objection is not UNSET:
            field_dict["objection"] = objection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conclusion_out import ConclusionOut
        from ..models.draw_summary import DrawSummary
        from ..models.objection_out import ObjectionOut
        from ..models.score_out import ScoreOut
        from ..models.transition import Transition

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        person_id = d.pop("person_id")

        county_code = d.pop("county_code")

        status = d.pop("status")

        round_ = d.pop("round")

        reason_codes = cast(list[str], d.pop("reason_codes"))

        def _parse_self_assessment_grade(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        self_assessment_grade = _parse_self_assessment_grade(d.pop("self_assessment_grade"))

        def _parse_care_institution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        care_institution_id = _parse_care_institution_id(d.pop("care_institution_id"))

        rule_set_version = d.pop("rule_set_version")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_onsite_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                onsite_due_on_type_0 = datetime.date.fromisoformat(data)

                return onsite_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        onsite_due_on = _parse_onsite_due_on(d.pop("onsite_due_on"))

        def _parse_publicity_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publicity_ends_on_type_0 = datetime.date.fromisoformat(data)

                return publicity_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        publicity_ends_on = _parse_publicity_ends_on(d.pop("publicity_ends_on"))

        def _parse_served_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                served_on_type_0 = datetime.date.fromisoformat(data)

                return served_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        served_on = _parse_served_on(d.pop("served_on"))

        def _parse_objection_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_due_on_type_0 = datetime.date.fromisoformat(data)

                return objection_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        objection_due_on = _parse_objection_due_on(d.pop("objection_due_on"))

        overdue = d.pop("overdue")

        _history = d.pop("history", UNSET)
        history: list[Transition] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = Transition.from_dict(history_item_data)

                history.append(history_item)

        _draws = d.pop("draws", UNSET)
        draws: list[DrawSummary] | Unset = UNSET
        if _draws is not UNSET:
            draws = []
            for draws_item_data in _draws:
                draws_item = DrawSummary.from_dict(draws_item_data)

                draws.append(draws_item)

        _scores = d.pop("scores", UNSET)
        scores: list[ScoreOut] | Unset = UNSET
        if _scores is not UNSET:
            scores = []
            for scores_item_data in _scores:
                scores_item = ScoreOut.from_dict(scores_item_data)

                scores.append(scores_item)

        _conclusions = d.pop("conclusions", UNSET)
        conclusions: list[ConclusionOut] | Unset = UNSET
        if _conclusions is not UNSET:
            conclusions = []
            for conclusions_item_data in _conclusions:
                conclusions_item = ConclusionOut.from_dict(conclusions_item_data)

                conclusions.append(conclusions_item)

        def _parse_objection(data: object) -> None | ObjectionOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                objection_type_0 = ObjectionOut.from_dict(data)

                return objection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectionOut | Unset, data)

        objection = _parse_objection(d.pop("objection", UNSET))

        application = cls(
            id=id,
            kind=kind,
            person_id=person_id,
            county_code=county_code,
            status=status,
            round_=round_,
            reason_codes=reason_codes,
            self_assessment_grade=self_assessment_grade,
            care_institution_id=care_institution_id,
            rule_set_version=rule_set_version,
            received_on=received_on,
            onsite_due_on=onsite_due_on,
            publicity_ends_on=publicity_ends_on,
            served_on=served_on,
            objection_due_on=objection_due_on,
            overdue=overdue,
            history=history,
            draws=draws,
            scores=scores,
            conclusions=conclusions,
            objection=objection,
        )

        application.additional_properties = d
        return application

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
