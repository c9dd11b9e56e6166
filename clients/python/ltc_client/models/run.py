from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statement import Statement


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """
    Attributes:
        id (UUID):
        county_code (str):
        month (datetime.date):
        status (str):
        resettles_run_id (None | UUID):
        resettle_reason (None | str):
        created_by (str):
        created_at (datetime.datetime):
        records (int):
        claimed_fen (int):
        deducted_fen (int):
        fund_payable_fen (int):
        person_share_fen (int):
        adjustments_fen (int):
        deposit_withheld_fen (int):
        recoveries_netted_fen (int):
        net_payable_fen (int):
        ledger_transaction_id (int | None):
        statements (list[Statement] | Unset):
    """

    id: UUID
    county_code: str
    month: datetime.date
    status: str
    resettles_run_id: None | UUID
    resettle_reason: None | str
    created_by: str
    created_at: datetime.datetime
    records: int
    claimed_fen: int
    deducted_fen: int
    fund_payable_fen: int
    person_share_fen: int
    adjustments_fen: int
    deposit_withheld_fen: int
    recoveries_netted_fen: int
    net_payable_fen: int
    ledger_transaction_id: int | None
    statements: list[Statement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        county_code = self.county_code

        month = self.month.isoformat()

        status = self.status

        resettles_run_id: None | str
        if isinstance(self.resettles_run_id, UUID):
            resettles_run_id = str(self.resettles_run_id)
        else:
            resettles_run_id = self.resettles_run_id

        resettle_reason: None | str
        resettle_reason = self.resettle_reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        records = self.records

        claimed_fen = self.claimed_fen

        deducted_fen = self.deducted_fen

        fund_payable_fen = self.fund_payable_fen

        person_share_fen = self.person_share_fen

        adjustments_fen = self.adjustments_fen

        deposit_withheld_fen = self.deposit_withheld_fen

        recoveries_netted_fen = self.recoveries_netted_fen

        net_payable_fen = self.net_payable_fen

        ledger_transaction_id: int | None
        ledger_transaction_id = self.ledger_transaction_id

        statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = []
            for statements_item_data in self.statements:
                statements_item = statements_item_data.to_dict()
                statements.append(statements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "county_code": county_code,
                "month": month,
                "status": status,
                "resettles_run_id": resettles_run_id,
                "resettle_reason": resettle_reason,
                "created_by": created_by,
                "created_at": created_at,
                "records": records,
                "claimed_fen": claimed_fen,
                "deducted_fen": deducted_fen,
                "fund_payable_fen": fund_payable_fen,
                "person_share_fen": person_share_fen,
                "adjustments_fen": adjustments_fen,
                "deposit_withheld_fen": deposit_withheld_fen,
                "recoveries_netted_fen": recoveries_netted_fen,
                "net_payable_fen": net_payable_fen,
                "ledger_transaction_id": ledger_transaction_id,
            }
        )
        if statements is not UNSET:
            field_dict["statements"] = statements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statement import Statement

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        county_code = d.pop("county_code")

        month = datetime.date.fromisoformat(d.pop("month"))

        status = d.pop("status")

        def _parse_resettles_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resettles_run_id_type_0 = UUID(data)

                return resettles_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        resettles_run_id = _parse_resettles_run_id(d.pop("resettles_run_id"))

        def _parse_resettle_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resettle_reason = _parse_resettle_reason(d.pop("resettle_reason"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        records = d.pop("records")

        claimed_fen = d.pop("claimed_fen")

        deducted_fen = d.pop("deducted_fen")

        fund_payable_fen = d.pop("fund_payable_fen")

        person_share_fen = d.pop("person_share_fen")

        adjustments_fen = d.pop("adjustments_fen")

        deposit_withheld_fen = d.pop("deposit_withheld_fen")

        recoveries_netted_fen = d.pop("recoveries_netted_fen")

        net_payable_fen = d.pop("net_payable_fen")

        def _parse_ledger_transaction_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ledger_transaction_id = _parse_ledger_transaction_id(d.pop("ledger_transaction_id"))

        _statements = d.pop("statements", UNSET)
        statements: list[Statement] | Unset = UNSET
        if _statements is not UNSET:
            statements = []
            for statements_item_data in _statements:
                statements_item = Statement.from_dict(statements_item_data)

                statements.append(statements_item)

        run = cls(
            id=id,
            county_code=county_code,
            month=month,
            status=status,
            resettles_run_id=resettles_run_id,
            resettle_reason=resettle_reason,
            created_by=created_by,
            created_at=created_at,
            records=records,
            claimed_fen=claimed_fen,
            deducted_fen=deducted_fen,
            fund_payable_fen=fund_payable_fen,
            person_share_fen=person_share_fen,
            adjustments_fen=adjustments_fen,
            deposit_withheld_fen=deposit_withheld_fen,
            recoveries_netted_fen=recoveries_netted_fen,
            net_payable_fen=net_payable_fen,
            ledger_transaction_id=ledger_transaction_id,
            statements=statements,
        )

        run.additional_properties = d
        return run

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
