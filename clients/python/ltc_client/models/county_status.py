from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_status_beneficiaries_by_level import CountyStatusBeneficiariesByLevel
    from ..models.county_status_expenditure_month_by_mode_fen import CountyStatusExpenditureMonthByModeFen


T = TypeVar("T", bound="CountyStatus")


@_attrs_define
class CountyStatus:
    """
    Attributes:
        county_code (None | str): null on the city-wide total
        insured (int): persons insured at the end of the month
        contributions_due_fen (int): billed for the year (bills.generated)
        contributions_collected_month_fen (int):
        contributions_collected_ytd_fen (int):
        applications (int): applications for an assessment received in the month
        applications_accepted (int): of them, accepted (the others were refused with reasons)
        beneficiaries_by_level (CountyStatusBeneficiariesByLevel): persons with paid services in the month
        expenditure_month_by_mode_fen (CountyStatusExpenditureMonthByModeFen):
        expenditure_month_fen (int):
        expenditure_ytd_fen (int):
        income_ytd_fen (int): contributions, fiscal subsidies, forfeited deposits
        cash_fen (int): fund deposits at the end of the month
        fund_balance_fen (int): cash + receivables − payables − deposits held
        accumulated_surplus_fen (int):
        monthly_burn_rate_fen (int): average benefit expenditure per month this year so far
        projected_year_end_result_fen (int): income so far + contributions still due − (spent so far + burn rate ×
            months left)
        county_finance_exposure_fen (int): what the county's finance would cover: projected deficit beyond the
            accumulated surplus
        county_finance_owed_fen (int): what the county's finance still owes the fund for deficits the annual clearings
            put on it (`finance_receivable` at the month's end; its receipts: `/finance-receipts`)
    """

    county_code: None | str
    insured: int
    contributions_due_fen: int
    contributions_collected_month_fen: int
    contributions_collected_ytd_fen: int
    applications: int
    applications_accepted: int
    beneficiaries_by_level: CountyStatusBeneficiariesByLevel
    expenditure_month_by_mode_fen: CountyStatusExpenditureMonthByModeFen
    expenditure_month_fen: int
    expenditure_ytd_fen: int
    income_ytd_fen: int
    cash_fen: int
    fund_balance_fen: int
    accumulated_surplus_fen: int
    monthly_burn_rate_fen: int
    projected_year_end_result_fen: int
    county_finance_exposure_fen: int
    county_finance_owed_fen: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code: None | str
        county_code = self.county_code

        insured = self.insured

        contributions_due_fen = self.contributions_due_fen

        contributions_collected_month_fen = self.contributions_collected_month_fen

        contributions_collected_ytd_fen = self.contributions_collected_ytd_fen

        applications = self.applications

        applications_accepted = self.applications_accepted

        beneficiaries_by_level = self.beneficiaries_by_level.to_dict()

        expenditure_month_by_mode_fen = self.expenditure_month_by_mode_fen.to_dict()

        expenditure_month_fen = self.expenditure_month_fen

        expenditure_ytd_fen = self.expenditure_ytd_fen

        income_ytd_fen = self.income_ytd_fen

        cash_fen = self.cash_fen

        fund_balance_fen = self.fund_balance_fen

        accumulated_surplus_fen = self.accumulated_surplus_fen

        monthly_burn_rate_fen = self.monthly_burn_rate_fen

        projected_year_end_result_fen = self.projected_year_end_result_fen

        county_finance_exposure_fen = self.county_finance_exposure_fen

        county_finance_owed_fen = self.county_finance_owed_fen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "insured": insured,
                "contributions_due_fen": contributions_due_fen,
                "contributions_collected_month_fen": contributions_collected_month_fen,
                "contributions_collected_ytd_fen": contributions_collected_ytd_fen,
                "applications": applications,
                "applications_accepted": applications_accepted,
                "beneficiaries_by_level": beneficiaries_by_level,
                "expenditure_month_by_mode_fen": expenditure_month_by_mode_fen,
                "expenditure_month_fen": expenditure_month_fen,
                "expenditure_ytd_fen": expenditure_ytd_fen,
                "income_ytd_fen": income_ytd_fen,
                "cash_fen": cash_fen,
                "fund_balance_fen": fund_balance_fen,
                "accumulated_surplus_fen": accumulated_surplus_fen,
                "monthly_burn_rate_fen": monthly_burn_rate_fen,
                "projected_year_end_result_fen": projected_year_end_result_fen,
                "county_finance_exposure_fen": county_finance_exposure_fen,
                "county_finance_owed_fen": county_finance_owed_fen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_status_beneficiaries_by_level import CountyStatusBeneficiariesByLevel
        from ..models.county_status_expenditure_month_by_mode_fen import CountyStatusExpenditureMonthByModeFen

        d = dict(src_dict)

        def _parse_county_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county_code = _parse_county_code(d.pop("county_code"))

        insured = d.pop("insured")

        contributions_due_fen = d.pop("contributions_due_fen")

        contributions_collected_month_fen = d.pop("contributions_collected_month_fen")

        contributions_collected_ytd_fen = d.pop("contributions_collected_ytd_fen")

        applications = d.pop("applications")

        applications_accepted = d.pop("applications_accepted")

        beneficiaries_by_level = CountyStatusBeneficiariesByLevel.from_dict(d.pop("beneficiaries_by_level"))

        expenditure_month_by_mode_fen = CountyStatusExpenditureMonthByModeFen.from_dict(
            d.pop("expenditure_month_by_mode_fen")
        )

        expenditure_month_fen = d.pop("expenditure_month_fen")

        expenditure_ytd_fen = d.pop("expenditure_ytd_fen")

        income_ytd_fen = d.pop("income_ytd_fen")

        cash_fen = d.pop("cash_fen")

        fund_balance_fen = d.pop("fund_balance_fen")

        accumulated_surplus_fen = d.pop("accumulated_surplus_fen")

        monthly_burn_rate_fen = d.pop("monthly_burn_rate_fen")

        projected_year_end_result_fen = d.pop("projected_year_end_result_fen")

        county_finance_exposure_fen = d.pop("county_finance_exposure_fen")

        county_finance_owed_fen = d.pop("county_finance_owed_fen")

        county_status = cls(
            county_code=county_code,
            insured=insured,
            contributions_due_fen=contributions_due_fen,
            contributions_collected_month_fen=contributions_collected_month_fen,
            contributions_collected_ytd_fen=contributions_collected_ytd_fen,
            applications=applications,
            applications_accepted=applications_accepted,
            beneficiaries_by_level=beneficiaries_by_level,
            expenditure_month_by_mode_fen=expenditure_month_by_mode_fen,
            expenditure_month_fen=expenditure_month_fen,
            expenditure_ytd_fen=expenditure_ytd_fen,
            income_ytd_fen=income_ytd_fen,
            cash_fen=cash_fen,
            fund_balance_fen=fund_balance_fen,
            accumulated_surplus_fen=accumulated_surplus_fen,
            monthly_burn_rate_fen=monthly_burn_rate_fen,
            projected_year_end_result_fen=projected_year_end_result_fen,
            county_finance_exposure_fen=county_finance_exposure_fen,
            county_finance_owed_fen=county_finance_owed_fen,
        )

        county_status.additional_properties = d
        return county_status

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
