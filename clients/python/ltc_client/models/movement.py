from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recovery_movement_kind import RecoveryMovementKind

T = TypeVar("T", bound="Movement")


@_attrs_define
class Movement:
    """
    Attributes:
        id (UUID):
        kind (RecoveryMovementKind): How part of a recovery was settled: netted against a settlement run, paid back, or
            written off.
        amount_fen (int):
        moved_on (datetime.date):
        run_id (None | UUID): the settlement run that netted it
        reference (None | str):
        reason (None | str):
        ledger_transaction_id (int | None): a netting's legs are in its run's transaction
        cancelled_by_run_id (None | UUID): a netting undone when a re-settlement superseded its run (netted again by the
            new one)
        recorded_by (str):
    """

    id: UUID
    kind: RecoveryMovementKind
    amount_fen: int
    moved_on: datetime.date
    run_id: None | UUID
    reference: None | str
    reason: None | str
    ledger_transaction_id: int | None
    cancelled_by_run_id: None | UUID
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        amount_fen = self.amount_fen

        moved_on = self.moved_on.isoformat()

        run_id: None | str
        if isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        reference: None | str
        reference = self.reference

        reason: None | str
        reason = self.reason

        ledger_transaction_id: int | None
        ledger_transaction_id = self.ledger_transaction_id

        cancelled_by_run_id: None | str
        if isinstance(self.cancelled_by_run_id, UUID):
            cancelled_by_run_id = str(self.cancelled_by_run_id)
        else:
            cancelled_by_run_id = self.cancelled_by_run_id

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "amount_fen": amount_fen,
                "moved_on": moved_on,
                "run_id": run_id,
                "reference": reference,
                "reason": reason,
                "ledger_transaction_id": ledger_transaction_id,
                "cancelled_by_run_id": cancelled_by_run_id,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = RecoveryMovementKind(d.pop("kind"))

        amount_fen = d.pop("amount_fen")

        moved_on = datetime.date.fromisoformat(d.pop("moved_on"))

        def _parse_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        run_id = _parse_run_id(d.pop("run_id"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_ledger_transaction_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ledger_transaction_id = _parse_ledger_transaction_id(d.pop("ledger_transaction_id"))

        def _parse_cancelled_by_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_by_run_id_type_0 = UUID(data)

                return cancelled_by_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cancelled_by_run_id = _parse_cancelled_by_run_id(d.pop("cancelled_by_run_id"))

        recorded_by = d.pop("recorded_by")

        movement = cls(
            id=id,
            kind=kind,
            amount_fen=amount_fen,
            moved_on=moved_on,
            run_id=run_id,
            reference=reference,
            reason=reason,
            ledger_transaction_id=ledger_transaction_id,
            cancelled_by_run_id=cancelled_by_run_id,
            recorded_by=recorded_by,
        )

        movement.additional_properties = d
        return movement

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
