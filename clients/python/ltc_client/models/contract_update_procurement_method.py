from enum import StrEnum


class ContractUpdateProcurementMethod(StrEnum):
    COMMISSION = "commission"
    COMPETITIVE_NEGOTIATION = "competitive_negotiation"
    INQUIRY = "inquiry"
    INVITED_TENDER = "invited_tender"
    OPEN_TENDER = "open_tender"
    SINGLE_SOURCE = "single_source"

    def __str__(self) -> str:
        return str(self.value)
