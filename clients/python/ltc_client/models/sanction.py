from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sanction_kind import SanctionKind
from ..models.sanction_status import SanctionStatus

if TYPE_CHECKING:
    from ..models.sanction_rule_type_0 import SanctionRuleType0


T = TypeVar("T", bound="Sanction")


@_attrs_define
class Sanction:
    """
    Attributes:
        id (UUID):
        kind (SanctionKind):
        status (SanctionStatus):
        effective_on (datetime.date):
        ends_on (datetime.date | None):
        referred_to (None | str):
        reason (str):
        rule (None | SanctionRuleType0): the rule version that set ends_on (credit record)
        lifted_on (datetime.date | None):
        lift_reason (None | str):
    """

    id: UUID
    kind: SanctionKind
    status: SanctionStatus
    effective_on: datetime.date
    ends_on: datetime.date | None
    referred_to: None | str
    reason: str
    rule: None | SanctionRuleType0
    lifted_on: datetime.date | None
    lift_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sanction_rule_type_0 import SanctionRuleType0

        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        effective_on = self.effective_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        referred_to: None | str
        referred_to = self.referred_to

        reason = self.reason

        rule: dict[str, Any] | None
        if isinstance(self.rule, SanctionRuleType0):
            rule = self.rule.to_dict()
        else:
            rule = self.rule

        lifted_on: None | str
        if isinstance(self.lifted_on, datetime.date):
            lifted_on = self.lifted_on.isoformat()
        else:
            lifted_on = self.lifted_on

        lift_reason: None | str
        lift_reason = self.lift_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "status": status,
                "effective_on": effective_on,
                "ends_on": ends_on,
                "referred_to": referred_to,
                "reason": reason,
                "rule": rule,
                "lifted_on": lifted_on,
                "lift_reason": lift_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sanction_rule_type_0 import SanctionRuleType0

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = SanctionKind(d.pop("kind"))

        status = SanctionStatus(d.pop("status"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        def _parse_referred_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referred_to = _parse_referred_to(d.pop("referred_to"))

        reason = d.pop("reason")

        def _parse_rule(data: object) -> None | SanctionRuleType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_type_0 = SanctionRuleType0.from_dict(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SanctionRuleType0, data)

        rule = _parse_rule(d.pop("rule"))

        def _parse_lifted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifted_on_type_0 = datetime.date.fromisoformat(data)

                return lifted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        lifted_on = _parse_lifted_on(d.pop("lifted_on"))

        def _parse_lift_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lift_reason = _parse_lift_reason(d.pop("lift_reason"))

        sanction = cls(
            id=id,
            kind=kind,
            status=status,
            effective_on=effective_on,
            ends_on=ends_on,
            referred_to=referred_to,
            reason=reason,
            rule=rule,
            lifted_on=lifted_on,
            lift_reason=lift_reason,
        )

        sanction.additional_properties = d
        return sanction

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
