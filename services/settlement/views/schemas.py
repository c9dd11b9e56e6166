from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field


class CountyStatus(BaseModel):
    county_code: str | None = Field(description="null on the city-wide total")
    insured: int = Field(description="persons insured at the end of the month")
    contributions_due_fen: int = Field(description="billed for the year (bills.generated)")
    contributions_collected_month_fen: int
    contributions_collected_ytd_fen: int
    applications: int = Field(description="applications for an assessment received in the month")
    applications_accepted: int = Field(description="of them, accepted (the others were refused with reasons)")
    beneficiaries_by_level: dict[str, int] = Field(description="persons with paid services in the month")
    expenditure_month_by_mode_fen: dict[str, int]
    expenditure_month_fen: int
    expenditure_ytd_fen: int
    income_ytd_fen: int = Field(description="contributions, fiscal subsidies, forfeited deposits")
    cash_fen: int = Field(description="fund deposits at the end of the month")
    fund_balance_fen: int = Field(description="cash + receivables − payables − deposits held")
    accumulated_surplus_fen: int
    monthly_burn_rate_fen: int = Field(description="average benefit expenditure per month this year so far")
    projected_year_end_result_fen: int = Field(
        description="income so far + contributions still due − (spent so far + burn rate × months left)"
    )
    county_finance_exposure_fen: int = Field(
        description="what the county's finance would cover: projected deficit beyond the accumulated surplus"
    )
    county_finance_owed_fen: int = Field(
        description="what the county's finance still owes the fund for deficits the annual clearings put on "
        "it (`finance_receivable` at the month's end; its receipts: `/finance-receipts`)"
    )


class FundStatus(BaseModel):
    month: dt.date
    county_code: str | None
    counties: list[CountyStatus]
    total: CountyStatus
    notes: list[str]


class TrendMonth(BaseModel):
    month: dt.date
    total: CountyStatus = Field(description="the month's figures, as the total of /fund/status gives them")


class FundTrend(BaseModel):
    month: dt.date = Field(description="the last month of the series (January of its year is the first)")
    county_code: str | None
    months: list[TrendMonth]


class BenefitLine(BaseModel):
    institution_id: str
    care_mode: str
    records: int
    claimed_fen: int
    deducted_fen: int
    fund_paid_fen: int = Field(description="what the fund paid the institution on the person's behalf")
    person_pays_fen: int = Field(description="the person's own share of what was eligible")
    adjustments_fen: int = Field(
        default=0, description="upheld disputes of the person's records paid this month"
    )


class BenefitStatement(BaseModel):
    person_id: uuid.UUID
    month: dt.date
    county_code: str | None
    lines: list[BenefitLine]
    fund_paid_fen: int
    person_pays_fen: int
    unsettled_records: int = Field(description="records of the month not settled yet (not included above)")
