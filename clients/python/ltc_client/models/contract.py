from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.contract_fee_basis import ContractFeeBasis
from ..models.contract_procurement_method import ContractProcurementMethod
from ..models.contract_status import ContractStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oversight_status_change import OversightStatusChange


T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """
    Attributes:
        lot (str): the lot (标段) awarded
        county_codes (list[str]): the lot's accounting counties
        starts_on (datetime.date):
        ends_on (datetime.date):
        procurement_method (ContractProcurementMethod): 公开招标 open_tender, 邀请招标 invited_tender, 竞争性谈判
            competitive_negotiation, 询价 inquiry, 单一来源 single_source, 委托 commission
        tender_reference (str): the procurement's reference
        fee_basis (ContractFeeBasis):
        fee_amount_fen (int): per year, insured person or case, by basis
        fee_at_risk_bp (int): share of the fee at risk on performance
        performance_bond_fen (int):
        id (UUID):
        contractor_id (UUID):
        status (ContractStatus):
        status_reason (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        evaluation_scheme (None | str | Unset): the scheme's reference
        finance_filing_reference (None | str | Unset): 财政备案 reference
        finance_filed_on (datetime.date | None | Unset):
        subcontracting_forbidden (bool | Unset): always true: false is refused Default: True.
        status_history (list[OversightStatusChange] | Unset):
    """

    lot: str
    county_codes: list[str]
    starts_on: datetime.date
    ends_on: datetime.date
    procurement_method: ContractProcurementMethod
    tender_reference: str
    fee_basis: ContractFeeBasis
    fee_amount_fen: int
    fee_at_risk_bp: int
    performance_bond_fen: int
    id: UUID
    contractor_id: UUID
    status: ContractStatus
    status_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    evaluation_scheme: None | str | Unset = UNSET
    finance_filing_reference: None | str | Unset = UNSET
    finance_filed_on: datetime.date | None | Unset = UNSET
    subcontracting_forbidden: bool | Unset = True
    status_history: list[OversightStatusChange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lot = self.lot

        county_codes = self.county_codes

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        procurement_method = self.procurement_method.value

        tender_reference = self.tender_reference

        fee_basis = self.fee_basis.value

        fee_amount_fen = self.fee_amount_fen

        fee_at_risk_bp = self.fee_at_risk_bp

        performance_bond_fen = self.performance_bond_fen

        id = str(self.id)

        contractor_id = str(self.contractor_id)

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        evaluation_scheme: None | str | Unset
        if isinstance(self.evaluation_scheme, Unset):
            evaluation_scheme = UNSET
        else:
            evaluation_scheme = self.evaluation_scheme

        finance_filing_reference: None | str | Unset
        if isinstance(self.finance_filing_reference, Unset):
            finance_filing_reference = UNSET
        else:
            finance_filing_reference = self.finance_filing_reference

        finance_filed_on: None | str | Unset
        if isinstance(self.finance_filed_on, Unset):
            finance_filed_on = UNSET
        elif isinstance(self.finance_filed_on, datetime.date):
            finance_filed_on = self.finance_filed_on.isoformat()
        else:
            finance_filed_on = self.finance_filed_on

        subcontracting_forbidden = self.subcontracting_forbidden

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lot": lot,
                "county_codes": county_codes,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "procurement_method": procurement_method,
                "tender_reference": tender_reference,
                "fee_basis": fee_basis,
                "fee_amount_fen": fee_amount_fen,
                "fee_at_risk_bp": fee_at_risk_bp,
                "performance_bond_fen": performance_bond_fen,
                "id": id,
                "contractor_id": contractor_id,
                "status": status,
                "status_reason": status_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if evaluation_scheme is not UNSET:
            field_dict["evaluation_scheme"] = evaluation_scheme
        if finance_filing_reference is not UNSET:
            field_dict["finance_filing_reference"] = finance_filing_reference
        if finance_filed_on is not UNSET:
            field_dict["finance_filed_on"] = finance_filed_on
        if subcontracting_forbidden is not UNSET:
            field_dict["subcontracting_forbidden"] = subcontracting_forbidden
        if status_history is not UNSET:
            field_dict["status_history"] = status_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oversight_status_change import OversightStatusChange

        d = dict(src_dict)
        lot = d.pop("lot")

        county_codes = cast(list[str], d.pop("county_codes"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        procurement_method = ContractProcurementMethod(d.pop("procurement_method"))

        tender_reference = d.pop("tender_reference")

        fee_basis = ContractFeeBasis(d.pop("fee_basis"))

        fee_amount_fen = d.pop("fee_amount_fen")

        fee_at_risk_bp = d.pop("fee_at_risk_bp")

        performance_bond_fen = d.pop("performance_bond_fen")

        id = UUID(d.pop("id"))

        contractor_id = UUID(d.pop("contractor_id"))

        status = ContractStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_evaluation_scheme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluation_scheme = _parse_evaluation_scheme(d.pop("evaluation_scheme", UNSET))

        def _parse_finance_filing_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finance_filing_reference = _parse_finance_filing_reference(d.pop("finance_filing_reference", UNSET))

        def _parse_finance_filed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finance_filed_on_type_0 = datetime.date.fromisoformat(data)

                return finance_filed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        finance_filed_on = _parse_finance_filed_on(d.pop("finance_filed_on", UNSET))

        subcontracting_forbidden = d.pop("subcontracting_forbidden", UNSET)

        _status_history = d.pop("status_history", UNSET)
        status_history: list[OversightStatusChange] | Unset = UNSET
        if _status_history is not UNSET:
            status_history = []
            for status_history_item_data in _status_history:
                status_history_item = OversightStatusChange.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        contract = cls(
            lot=lot,
            county_codes=county_codes,
            starts_on=starts_on,
            ends_on=ends_on,
            procurement_method=procurement_method,
            tender_reference=tender_reference,
            fee_basis=fee_basis,
            fee_amount_fen=fee_amount_fen,
            fee_at_risk_bp=fee_at_risk_bp,
            performance_bond_fen=performance_bond_fen,
            id=id,
            contractor_id=contractor_id,
            status=status,
            status_reason=status_reason,
            created_at=created_at,
            updated_at=updated_at,
            evaluation_scheme=evaluation_scheme,
            finance_filing_reference=finance_filing_reference,
            finance_filed_on=finance_filed_on,
            subcontracting_forbidden=subcontracting_forbidden,
            status_history=status_history,
        )

        return contract
