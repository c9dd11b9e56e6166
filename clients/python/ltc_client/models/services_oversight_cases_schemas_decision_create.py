from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.services_oversight_cases_schemas_decision_create_outcome import (
    ServicesOversightCasesSchemasDecisionCreateOutcome,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recovery_create import RecoveryCreate
    from ..models.sanction_create import SanctionCreate


T = TypeVar("T", bound="ServicesOversightCasesSchemasDecisionCreate")


@_attrs_define
class ServicesOversightCasesSchemasDecisionCreate:
    """
    Attributes:
        outcome (ServicesOversightCasesSchemasDecisionCreateOutcome):
        reason (str):
        decided_on (datetime.date | None | Unset): default: today
        sanctions (list[SanctionCreate] | Unset):
        recoveries (list[RecoveryCreate] | Unset):
    """

    outcome: ServicesOversightCasesSchemasDecisionCreateOutcome
    reason: str
    decided_on: datetime.date | None | Unset = UNSET
    sanctions: list[SanctionCreate] | Unset = UNSET
    recoveries: list[RecoveryCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason = self.reason

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        sanctions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sanctions, Unset):
            sanctions = []
            for sanctions_item_data in self.sanctions:
                sanctions_item = sanctions_item_data.to_dict()
                sanctions.append(sanctions_item)

        recoveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recoveries, Unset):
            recoveries = []
            for recoveries_item_data in self.recoveries:
                recoveries_item = recoveries_item_data.to_dict()
                recoveries.append(recoveries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "reason": reason,
            }
        )
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if sanctions is not UNSET:
            field_dict["sanctions"] = sanctions
        if recoveries is not UNSET:
            field_dict["recoveries"] = recoveries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recovery_create import RecoveryCreate
        from ..models.sanction_create import SanctionCreate

        d = dict(src_dict)
        outcome = ServicesOversightCasesSchemasDecisionCreateOutcome(d.pop("outcome"))

        reason = d.pop("reason")

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        _sanctions = d.pop("sanctions", UNSET)
        sanctions: list[SanctionCreate] | Unset = UNSET
        if _sanctions is not UNSET:
            sanctions = []
            for sanctions_item_data in _sanctions:
                sanctions_item = SanctionCreate.from_dict(sanctions_item_data)

                sanctions.append(sanctions_item)

        _recoveries = d.pop("recoveries", UNSET)
        recoveries: list[RecoveryCreate] | Unset = UNSET
        if _recoveries is not UNSET:
            recoveries = []
            for recoveries_item_data in _recoveries:
                recoveries_item = RecoveryCreate.from_dict(recoveries_item_data)

                recoveries.append(recoveries_item)

        services_oversight_cases_schemas_decision_create = cls(
            outcome=outcome,
            reason=reason,
            decided_on=decided_on,
            sanctions=sanctions,
            recoveries=recoveries,
        )

        return services_oversight_cases_schemas_decision_create
