from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_status import EvaluationStatus
from ..models.evaluation_subject_kind import EvaluationSubjectKind

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.evaluation_evidence_item import EvaluationEvidenceItem
    from ..models.indicator_score import IndicatorScore
    from ..models.objection import Objection
    from ..models.oversight_decision import OversightDecision
    from ..models.services_oversight_evaluations_schemas_step import ServicesOversightEvaluationsSchemasStep


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """
    Attributes:
        id (UUID):
        scheme_id (UUID):
        scheme_code (str):
        scheme_version (int):
        subject_kind (EvaluationSubjectKind):
        subject_id (str):
        contract_id (None | UUID):
        county_codes (list[str]):
        period_from (datetime.date):
        period_to (datetime.date):
        status (EvaluationStatus):
        scores (list[IndicatorScore]):
        missing (list[str]): indicators without a score yet
        score_bp (int | None):
        grade (None | str):
        fee_release_bp (int | None):
        deposit_release_bp (int | None):
        renewal_eligible (bool | None):
        published_on (datetime.date | None):
        objection_until (datetime.date | None): the last day the subject may object
        objection (None | Objection):
        decision (None | OversightDecision):
        finalized_on (datetime.date | None):
        assignments (list[Assignment]):
        evidence (list[EvaluationEvidenceItem]): the KPI reports fetched, as answered (snapshots: service, fetched_at,
            report)
        history (list[ServicesOversightEvaluationsSchemasStep]):
        created_at (datetime.datetime):
    """

    id: UUID
    scheme_id: UUID
    scheme_code: str
    scheme_version: int
    subject_kind: EvaluationSubjectKind
    subject_id: str
    contract_id: None | UUID
    county_codes: list[str]
    period_from: datetime.date
    period_to: datetime.date
    status: EvaluationStatus
    scores: list[IndicatorScore]
    missing: list[str]
    score_bp: int | None
    grade: None | str
    fee_release_bp: int | None
    deposit_release_bp: int | None
    renewal_eligible: bool | None
    published_on: datetime.date | None
    objection_until: datetime.date | None
    objection: None | Objection
    decision: None | OversightDecision
    finalized_on: datetime.date | None
    assignments: list[Assignment]
    evidence: list[EvaluationEvidenceItem]
    history: list[ServicesOversightEvaluationsSchemasStep]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.objection import Objection
        from ..models.oversight_decision import OversightDecision

        id = str(self.id)

        scheme_id = str(self.scheme_id)

        scheme_code = self.scheme_code

        scheme_version = self.scheme_version

        subject_kind = self.subject_kind.value

        subject_id = self.subject_id

        contract_id: None | str
        if isinstance(self.contract_id, UUID):
            contract_id = str(self.contract_id)
        else:
            contract_id = self.contract_id

        county_codes = self.county_codes

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        status = self.status.value

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        missing = self.missing

        score_bp: int | None
        score_bp = self.score_bp

        grade: None | str
        grade = self.grade

        fee_release_bp: int | None
        fee_release_bp = self.fee_release_bp

        deposit_release_bp: int | None
        deposit_release_bp = self.deposit_release_bp

        renewal_eligible: bool | None
        renewal_eligible = self.renewal_eligible

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        objection_until: None | str
        if isinstance(self.objection_until, datetime.date):
            objection_until = self.objection_until.isoformat()
        else:
            objection_until = self.objection_until

        objection: dict[str, Any] | None
        if isinstance(self.objection, Objection):
            objection = self.objection.to_dict()
        else:
            objection = self.objection

        decision: dict[str, Any] | None
        if isinstance(self.decision, OversightDecision):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        finalized_on: None | str
        if isinstance(self.finalized_on, datetime.date):
            finalized_on = self.finalized_on.isoformat()
        else:
            finalized_on = self.finalized_on

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scheme_id": scheme_id,
                "scheme_code": scheme_code,
                "scheme_version": scheme_version,
                "subject_kind": subject_kind,
                "subject_id": subject_id,
                "contract_id": contract_id,
                "county_codes": county_codes,
                "period_from": period_from,
                "period_to": period_to,
                "status": status,
                "scores": scores,
                "missing": missing,
                "score_bp": score_bp,
                "grade": grade,
                "fee_release_bp": fee_release_bp,
                "deposit_release_bp": deposit_release_bp,
                "renewal_eligible": renewal_eligible,
                "published_on": published_on,
                "objection_until": objection_until,
                "objection": objection,
                "decision": decision,
                "finalized_on": finalized_on,
                "assignments": assignments,
                "evidence": evidence,
                "history": history,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assignment import Assignment
        from ..models.evaluation_evidence_item import EvaluationEvidenceItem
        from ..models.indicator_score import IndicatorScore
        from ..models.objection import Objection
        from ..models.oversight_decision import OversightDecision
        from ..models.services_oversight_evaluations_schemas_step import (
            ServicesOversightEvaluationsSchemasStep,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        scheme_id = UUID(d.pop("scheme_id"))

        scheme_code = d.pop("scheme_code")

        scheme_version = d.pop("scheme_version")

        subject_kind = EvaluationSubjectKind(d.pop("subject_kind"))

        subject_id = d.pop("subject_id")

        def _parse_contract_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_id_type_0 = UUID(data)

                return contract_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contract_id = _parse_contract_id(d.pop("contract_id"))

        county_codes = cast(list[str], d.pop("county_codes"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        status = EvaluationStatus(d.pop("status"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = IndicatorScore.from_dict(scores_item_data)

            scores.append(scores_item)

        missing = cast(list[str], d.pop("missing"))

        def _parse_score_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        score_bp = _parse_score_bp(d.pop("score_bp"))

        def _parse_grade(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grade = _parse_grade(d.pop("grade"))

        def _parse_fee_release_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fee_release_bp = _parse_fee_release_bp(d.pop("fee_release_bp"))

        def _parse_deposit_release_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deposit_release_bp = _parse_deposit_release_bp(d.pop("deposit_release_bp"))

        def _parse_renewal_eligible(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        renewal_eligible = _parse_renewal_eligible(d.pop("renewal_eligible"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        def _parse_objection_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_until_type_0 = datetime.date.fromisoformat(data)

                return objection_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        objection_until = _parse_objection_until(d.pop("objection_until"))

        def _parse_objection(data: object) -> None | Objection:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                objection_type_0 = Objection.from_dict(data)

                return objection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Objection, data)

        objection = _parse_objection(d.pop("objection"))

        def _parse_decision(data: object) -> None | OversightDecision:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = OversightDecision.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OversightDecision, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_finalized_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_on_type_0 = datetime.date.fromisoformat(data)

                return finalized_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finalized_on = _parse_finalized_on(d.pop("finalized_on"))

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = Assignment.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvaluationEvidenceItem.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = ServicesOversightEvaluationsSchemasStep.from_dict(history_item_data)

            history.append(history_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evaluation = cls(
            id=id,
            scheme_id=scheme_id,
            scheme_code=scheme_code,
            scheme_version=scheme_version,
            subject_kind=subject_kind,
            subject_id=subject_id,
            contract_id=contract_id,
            county_codes=county_codes,
            period_from=period_from,
            period_to=period_to,
            status=status,
            scores=scores,
            missing=missing,
            score_bp=score_bp,
            grade=grade,
            fee_release_bp=fee_release_bp,
            deposit_release_bp=deposit_release_bp,
            renewal_eligible=renewal_eligible,
            published_on=published_on,
            objection_until=objection_until,
            objection=objection,
            decision=decision,
            finalized_on=finalized_on,
            assignments=assignments,
            evidence=evidence,
            history=history,
            created_at=created_at,
        )

        evaluation.additional_properties = d
        return evaluation

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
