from enum import StrEnum


class PolicyWriteChannelsByCategoryAdditionalPropertyItem(StrEnum):
    ANNUAL_SELF_PAYMENT = "annual_self_payment"
    FAMILY_ACCOUNT = "family_account"
    PENSION_DEDUCTION = "pension_deduction"
    PERSONAL_ACCOUNT = "personal_account"

    def __str__(self) -> str:
        return str(self.value)
