from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oversight_recovery_status import OversightRecoveryStatus

T = TypeVar("T", bound="OversightRecovery")


@_attrs_define
class OversightRecovery:
    """
    Attributes:
        id (UUID):
        amount_fen (int):
        paid_in_year (int):
        reason (str):
        decided_on (datetime.date):
        status (OversightRecoveryStatus): ordered until settlement reports it booked; then as settlement reports it
        netted_fen (int):
        repaid_fen (int):
        written_off_fen (int):
        outstanding_fen (int):
        reported_on (datetime.date | None): the day of settlement's last report
    """

    id: UUID
    amount_fen: int
    paid_in_year: int
    reason: str
    decided_on: datetime.date
    status: OversightRecoveryStatus
    netted_fen: int
    repaid_fen: int
    written_off_fen: int
    outstanding_fen: int
    reported_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        amount_fen = self.amount_fen

        paid_in_year = self.paid_in_year

        reason = self.reason

        decided_on = self.decided_on.isoformat()

        status = self.status.value

        netted_fen = self.netted_fen

        repaid_fen = self.repaid_fen

        written_off_fen = self.written_off_fen

        outstanding_fen = self.outstanding_fen

        reported_on: None | str
        if isinstance(self.reported_on, datetime.date):
            reported_on = self.reported_on.isoformat()
        else:
            reported_on = self.reported_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount_fen": amount_fen,
                "paid_in_year": paid_in_year,
                "reason": reason,
                "decided_on": decided_on,
                "status": status,
                "netted_fen": netted_fen,
                "repaid_fen": repaid_fen,
                "written_off_fen": written_off_fen,
                "outstanding_fen": outstanding_fen,
                "reported_on": reported_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        amount_fen = d.pop("amount_fen")

        paid_in_year = d.pop("paid_in_year")

        reason = d.pop("reason")

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        status = OversightRecoveryStatus(d.pop("status"))

        netted_fen = d.pop("netted_fen")

        repaid_fen = d.pop("repaid_fen")

        written_off_fen = d.pop("written_off_fen")

        outstanding_fen = d.pop("outstanding_fen")

        def _parse_reported_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_on_type_0 = datetime.date.fromisoformat(data)

                return reported_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reported_on = _parse_reported_on(d.pop("reported_on"))

        oversight_recovery = cls(
            id=id,
            amount_fen=amount_fen,
            paid_in_year=paid_in_year,
            reason=reason,
            decided_on=decided_on,
            status=status,
            netted_fen=netted_fen,
            repaid_fen=repaid_fen,
            written_off_fen=written_off_fen,
            outstanding_fen=outstanding_fen,
            reported_on=reported_on,
        )

        oversight_recovery.additional_properties = d
        return oversight_recovery

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
