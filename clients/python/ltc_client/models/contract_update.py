from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contract_update_fee_basis import ContractUpdateFeeBasis
from ..models.contract_update_procurement_method import ContractUpdateProcurementMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractUpdate")


@_attrs_define
class ContractUpdate:
    """A draft's terms; every field optional, ``null`` clears the optional references.

    Attributes:
        lot (str | Unset):
        county_codes (list[str] | Unset):
        starts_on (datetime.date | Unset):
        ends_on (datetime.date | Unset):
        procurement_method (ContractUpdateProcurementMethod | Unset):
        tender_reference (str | Unset):
        fee_basis (ContractUpdateFeeBasis | Unset):
        fee_amount_fen (int | Unset):
        fee_at_risk_bp (int | Unset):
        performance_bond_fen (int | Unset):
        evaluation_scheme (None | str | Unset):
        finance_filing_reference (None | str | Unset):
        finance_filed_on (datetime.date | None | Unset):
        subcontracting_forbidden (bool | Unset):
    """

    lot: str | Unset = UNSET
    county_codes: list[str] | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    procurement_method: ContractUpdateProcurementMethod | Unset = UNSET
    tender_reference: str | Unset = UNSET
    fee_basis: ContractUpdateFeeBasis | Unset = UNSET
    fee_amount_fen: int | Unset = UNSET
    fee_at_risk_bp: int | Unset = UNSET
    performance_bond_fen: int | Unset = UNSET
    evaluation_scheme: None | str | Unset = UNSET
    finance_filing_reference: None | str | Unset = UNSET
    finance_filed_on: datetime.date | None | Unset = UNSET
    subcontracting_forbidden: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lot = self.lot

        county_codes: list[str] | Unset = UNSET
        if not isinstance(self.county_codes, Unset):
            county_codes = self.county_codes

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        procurement_method: str | Unset = UNSET
        if not isinstance(self.procurement_method, Unset):
            procurement_method = self.procurement_method.value

        tender_reference = self.tender_reference

        fee_basis: str | Unset = UNSET
        if not isinstance(self.fee_basis, Unset):
            fee_basis = self.fee_basis.value

        fee_amount_fen = self.fee_amount_fen

        fee_at_risk_bp = self.fee_at_risk_bp

        performance_bond_fen = self.performance_bond_fen

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

        field_dict.update({})
        if lot is not UNSET:
            field_dict["lot"] = lot
        if county_codes is not UNSET:
            field_dict["county_codes"] = county_codes
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if procurement_method is not UNSET:
            field_dict["procurement_method"] = procurement_method
        if tender_reference is not UNSET:
            field_dict["tender_reference"] = tender_reference
        if fee_basis is not UNSET:
            field_dict["fee_basis"] = fee_basis
        if fee_amount_fen is not UNSET:
            field_dict["fee_amount_fen"] = fee_amount_fen
        if fee_at_risk_bp is not UNSET:
            field_dict["fee_at_risk_bp"] = fee_at_risk_bp
        if performance_bond_fen is not UNSET:
            field_dict["performance_bond_fen"] = performance_bond_fen
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
        lot = d.pop("lot", UNSET)

        county_codes = cast(list[str], d.pop("county_codes", UNSET))

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)

        _procurement_method = d.pop("procurement_method", UNSET)
        procurement_method: ContractUpdateProcurementMethod | Unset
        if isinstance(_procurement_method, Unset):
            procurement_method = UNSET
        else:
            procurement_method = ContractUpdateProcurementMethod(_procurement_method)

        tender_reference = d.pop("tender_reference", UNSET)

        _fee_basis = d.pop("fee_basis", UNSET)
        fee_basis: ContractUpdateFeeBasis | Unset
        if isinstance(_fee_basis, Unset):
            fee_basis = UNSET
        else:
            fee_basis = ContractUpdateFeeBasis(_fee_basis)

        fee_amount_fen = d.pop("fee_amount_fen", UNSET)

        fee_at_risk_bp = d.pop("fee_at_risk_bp", UNSET)

        performance_bond_fen = d.pop("performance_bond_fen", UNSET)

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

        contract_update = cls(
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
            evaluation_scheme=evaluation_scheme,
            finance_filing_reference=finance_filing_reference,
            finance_filed_on=finance_filed_on,
            subcontracting_forbidden=subcontracting_forbidden,
        )

        return contract_update
