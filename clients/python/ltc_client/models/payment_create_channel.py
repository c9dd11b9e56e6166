from enum import StrEnum


class PaymentCreateChannel(StrEnum):
    ANNUAL_SELF_PAYMENT = "annual_self_payment"
    EMPLOYER_PREMIUM_TRANSFER = "employer_premium_transfer"
    FAMILY_ACCOUNT = "family_account"
    PENSION_DEDUCTION = "pension_deduction"
    PERSONAL_ACCOUNT = "personal_account"

    def __str__(self) -> str:
        return str(self.value)
