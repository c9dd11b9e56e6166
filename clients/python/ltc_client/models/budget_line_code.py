from enum import StrEnum


class BudgetLineCode(StrEnum):
    EXPENSE_ELDERLY_CARE_BED = "expense_elderly_care_bed"
    EXPENSE_FAMILY_CARE = "expense_family_care"
    EXPENSE_HOME_VISIT = "expense_home_visit"
    EXPENSE_MEDICAL_BED = "expense_medical_bed"
    EXPENSE_OTHER = "expense_other"
    INCOME_CONTRIBUTION_EMPLOYER = "income_contribution_employer"
    INCOME_CONTRIBUTION_INDIVIDUAL = "income_contribution_individual"
    INCOME_FISCAL_SUBSIDY = "income_fiscal_subsidy"
    INCOME_OTHER = "income_other"

    def __str__(self) -> str:
        return str(self.value)
