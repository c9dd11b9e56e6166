from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.contract_create_fee_basis import ContractCreateFeeBasis
from ..models.contract_create_procurement_method import ContractCreateProcurementMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractCreate")


@_attrs_define
class ContractCreate:
    """
    Attributes:
        lot (str): the lot (标段) awarded
        county_codes (list[str]): the lot's accounting counties
        starts_on (datetime.date):
        ends_on (datetime.date):
        procurement_method (ContractCreateProcurementMethod): 公开招标 open_tender, 邀请招标 invited_tender, 竞争性谈判
            competitive_negotiation, 询价 inquiry, 单一来源 single_source, 委托 commission
        tender_reference (str): the procurement's reference
        fee_basis (ContractCreateFeeBasis):
        fee_amount_fen (int): per year, insured person or case, by basis
        fee_at_risk_bp (int): share of the fee at risk on performance
        performance_bond_fen (int):
        contractor_id (UUID):
        evaluation_scheme (None | str | Unset): the scheme's reference
        finance_filing_reference (None | str | Unset): 财政备案 reference
        finance_filed_on (datetime.date | None | Unset):
        subcontracting_forbidden (bool | Unset): always true: false is refused Default: True.
    """

    lot: str
    county_codes: list[str]
    starts_on: datetime.date
    ends_on: datetime.date
    procurement_method: ContractCreateProcurementMethod
    tender_reference: str
    fee_basis: ContractCreateFeeBasis
    fee_amount_fen: int
    fee_at_risk_bp: int
    performance_bond_fen: int
    contractor_id: UUID
    evaluation_scheme: None | str | Unset = UNSET
    finance_filing_reference: None | str | Unset = UNSET
    finance_filed_on: datetime.date | None | Unset = UNSET
    subcontracting_forbidden: bool | Unset = True

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

        contractor_id = str(self.contractor_id)

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
                "contractor_id": contractor_id,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lot = d.pop("lot")

        county_codes = cast(list[str], d.pop("county_codes"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        procurement_method = ContractCreateProcurementMethod(d.pop("procurement_method"))

        tender_reference = d.pop("tender_reference")

        fee_basis = ContractCreateFeeBasis(d.pop("fee_basis"))

        fee_amount_fen = d.pop("fee_amount_fen")

        fee_at_risk_bp = d.pop("fee_at_risk_bp")

        performance_bond_fen = d.pop("performance_bond_fen")

        contractor_id = UUID(d.pop("contractor_id"))

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

        contract_create = cls(
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
            contractor_id=contractor_id,
            evaluation_scheme=evaluation_scheme,
            finance_filing_reference=finance_filing_reference,
            finance_filed_on=finance_filed_on,
            subcontracting_forbidden=subcontracting_forbidden,
        )

        return contract_create
