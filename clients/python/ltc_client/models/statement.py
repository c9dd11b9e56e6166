from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statement_deducted_by_reason import StatementDeductedByReason
    from ..models.statement_fund_by_mode import StatementFundByMode


T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """
    Attributes:
        run_id (UUID):
        institution_id (str):
        county_code (str):
        month (datetime.date):
        records (int):
        claimed_fen (int):
        deducted_fen (int):
        deducted_by_reason (StatementDeductedByReason):
        eligible_fen (int):
        fund_payable_fen (int):
        person_share_fen (int):
        adjustments_fen (int): upheld disputes of earlier months paid with this run
        deposit_withheld_fen (int):
        recoveries_netted_fen (int): open recoveries (追回) of the institution netted against this statement (a line)
        net_payable_fen (int): what is paid out: the fund's share, adjustments, less both
        fund_by_mode (StatementFundByMode):
        paid_fen (int | Unset): paid out against this statement so far (`GET /settlement-runs/{id}/payments`) Default:
            0.
    """

    run_id: UUID
    institution_id: str
    county_code: str
    month: datetime.date
    records: int
    claimed_fen: int
    deducted_fen: int
    deducted_by_reason: StatementDeductedByReason
    eligible_fen: int
    fund_payable_fen: int
    person_share_fen: int
    adjustments_fen: int
    deposit_withheld_fen: int
    recoveries_netted_fen: int
    net_payable_fen: int
    fund_by_mode: StatementFundByMode
    paid_fen: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        institution_id = self.institution_id

        county_code = self.county_code

        month = self.month.isoformat()

        records = self.records

        claimed_fen = self.claimed_fen

        deducted_fen = self.deducted_fen

        deducted_by_reason = self.deducted_by_reason.to_dict()

        eligible_fen = self.eligible_fen

        fund_payable_fen = self.fund_payable_fen

        person_share_fen = self.person_share_fen

        adjustments_fen = self.adjustments_fen

        deposit_withheld_fen = self.deposit_withheld_fen

        recoveries_netted_fen = self.recoveries_netted_fen

        net_payable_fen = self.net_payable_fen

        fund_by_mode = self.fund_by_mode.to_dict()

        paid_fen = self.paid_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "institution_id": institution_id,
                "county_code": county_code,
                "month": month,
                "records": records,
                "claimed_fen": claimed_fen,
                "deducted_fen": deducted_fen,
                "deducted_by_reason": deducted_by_reason,
                "eligible_fen": eligible_fen,
                "fund_payable_fen": fund_payable_fen,
                "person_share_fen": person_share_fen,
                "adjustments_fen": adjustments_fen,
                "deposit_withheld_fen": deposit_withheld_fen,
                "recoveries_netted_fen": recoveries_netted_fen,
                "net_payable_fen": net_payable_fen,
                "fund_by_mode": fund_by_mode,
            }
        )
        if paid_fen is not UNSET:
            field_dict["paid_fen"] = paid_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statement_deducted_by_reason import StatementDeductedByReason
        from ..models.statement_fund_by_mode import StatementFundByMode

        d = dict(src_dict)
        run_id = UUID(d.pop("run_id"))

        institution_id = d.pop("institution_id")

        county_code = d.pop("county_code")

        month = datetime.date.fromisoformat(d.pop("month"))

        records = d.pop("records")

        claimed_fen = d.pop("claimed_fen")

        deducted_fen = d.pop("deducted_fen")

        deducted_by_reason = StatementDeductedByReason.from_dict(d.pop("deducted_by_reason"))

        eligible_fen = d.pop("eligible_fen")

        fund_payable_fen = d.pop("fund_payable_fen")

        person_share_fen = d.pop("person_share_fen")

        adjustments_fen = d.pop("adjustments_fen")

        deposit_withheld_fen = d.pop("deposit_withheld_fen")

        recoveries_netted_fen = d.pop("recoveries_netted_fen")

        net_payable_fen = d.pop("net_payable_fen")

        fund_by_mode = StatementFundByMode.from_dict(d.pop("fund_by_mode"))

        paid_fen = d.pop("paid_fen", UNSET)

        statement = cls(
            run_id=run_id,
            institution_id=institution_id,
            county_code=county_code,
            month=month,
            records=records,
            claimed_fen=claimed_fen,
            deducted_fen=deducted_fen,
            deducted_by_reason=deducted_by_reason,
            eligible_fen=eligible_fen,
            fund_payable_fen=fund_payable_fen,
            person_share_fen=person_share_fen,
            adjustments_fen=adjustments_fen,
            deposit_withheld_fen=deposit_withheld_fen,
            recoveries_netted_fen=recoveries_netted_fen,
            net_payable_fen=net_payable_fen,
            fund_by_mode=fund_by_mode,
            paid_fen=paid_fen,
        )

        statement.additional_properties = d
        return statement

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
